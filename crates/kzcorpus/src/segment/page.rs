//! Page-level reading for segmentation: what each line is ([`Kind`]), where teaser
//! blocks are, and the metadata printed once for the whole page ([`PageMeta`]).
//!
//! Pure functions over the page's lines. No SQL, no I/O.

use std::collections::HashMap;

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use super::lines::{self, Line};
use super::SegmentOptions;
use crate::metadata;
use crate::model::Media;

/// What one line of the page is.
#[derive(Debug, Clone)]
pub(super) enum Kind {
    /// Empty or whitespace only.
    Blank,
    /// Furniture, or a line already used (a caption), never body text.
    Drop,
    /// An image link or a credited caption.
    Media(Media),
    /// A publication date stamp.
    Date(NaiveDate),
    /// A crawl-relative stamp ("3 days ago").
    Relative(chrono::Duration),
    /// A byline with its authors, and the date printed on it if any.
    Byline { authors: Vec<String>, date: Option<NaiveDate>, place: Option<String>, outlet: Option<String> },
    /// An agency credit line at the foot of the text ("Reporting by …; Editing by …").
    Credit(Vec<String>),
    /// A line naming the outlet (`weak`: only a tagline or copyright notice).
    Outlet { name: String, weak: bool },
    /// Anything else: headline, heading or body text.
    Content,
}

/// An outlet name printed in the header that the gazetteer does not know: a short
/// capitalised line right after the byline, or printed twice in a row.
pub(super) fn unknown_outlet<'a>(page: &[Line<'a>], kinds: &[Kind], i: usize) -> Option<&'a str> {
    let text = page[i].clean();
    // (a date without its year is no name: "Dana Whitford" / "Jan 10")
    // (nor a stamp without its year: "BRUSSELS, 10. JAN, 06:59")
    let dated = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .any(|w| metadata::month_number(&w.trim_end_matches('.').to_lowercase()).is_some())
        && text.chars().any(|c| c.is_ascii_digit());
    // (nor is a translator's note: "Translated from Belarusian")
    let note = text.starts_with("Translated") || text.starts_with("Translation");
    // (nor the writer's role: "By Ann Lee" / "Europe Correspondent")
    let role = text.split_whitespace().last().is_some_and(|w| {
        ["correspondent", "editor", "reporter", "writer", "columnist", "contributor", "analyst", "producer", "presenter"].iter().any(|r| w.eq_ignore_ascii_case(r))
    });
    // (nor a row of buttons: "Open in browser   Share   Save")
    let buttons = text.contains("   ");
    // (nor a record's labelled field: "Dateline: YEREVAN", "Section: World")
    let field = text.split_once(": ").is_some_and(|(label, _)| !label.contains(' ') && label.starts_with(char::is_uppercase));
    let short = lines::words(text) <= 5 && text.chars().count() <= 40 && page[i].is_heading_shape() && !dated && !note && !role && !buttons && !field;
    let after_byline = i > 0 && matches!(kinds[i - 1], Kind::Byline { .. });
    let repeated = (i > 0 && page[i - 1].clean() == text) || page.get(i + 1).is_some_and(|l| l.clean() == text);
    (short && (after_byline || repeated)).then_some(text)
}

/// Paragraphs in a row that end a teaser block: the article's text resumes after a
/// mid-page block of links ("Related coverage" between two paragraphs).
const RESUME_PARAGRAPHS: usize = 2;

/// A mid-page link block is short: text resumes within this many non-blank lines of the
/// block's header, or the block runs to the end of the page (a list of teasers, whose
/// snippets can look like running text).
const MAX_LINK_BLOCK_LINES: usize = 8;

/// Marks the lines inside teaser blocks. A block starts at a teaser header that follows
/// some running text and runs to the end of the page, unless running text resumes soon
/// ([`RESUME_PARAGRAPHS`] paragraphs with nothing but blank lines between them, starting
/// within [`MAX_LINK_BLOCK_LINES`] lines of the header).
pub(super) fn teaser_blocks(page: &[Line<'_>]) -> Vec<bool> {
    let mut inside = vec![false; page.len()];
    let mut seen_text = false;
    let mut block: Option<usize> = None;
    let mut run: Vec<usize> = Vec::new();
    let mut seen_in_block = 0usize;
    for (i, line) in page.iter().enumerate() {
        let text = line.clean();
        match block {
            None => {
                if line.is_paragraph() {
                    seen_text = true;
                } else if seen_text && lines::is_teaser_marker(text) {
                    block = Some(i);
                    run.clear();
                    seen_in_block = 0;
                }
            }
            Some(start) => {
                if lines::is_blank(text) {
                    continue;
                }
                seen_in_block += 1;
                if line.is_paragraph() && (!run.is_empty() || seen_in_block <= MAX_LINK_BLOCK_LINES) {
                    run.push(i);
                    if run.len() == RESUME_PARAGRAPHS {
                        inside[start..run[0]].iter_mut().for_each(|x| *x = true);
                        block = None;
                    }
                } else {
                    run.clear();
                }
            }
        }
    }
    if let Some(start) = block {
        inside[start..].iter_mut().for_each(|x| *x = true);
    }
    inside
}

/// A stamp with no year ("13.1. 18:20") is looked for in this many first lines, and only
/// while no dated stamp and no paragraph of text came before it (a curfew's "January 14 at
/// 6:00 pm" in the text is no stamp).
const YEARLESS_STAMP_LINES: usize = 30;

/// The day of a periodical's masthead line that spaces out its issue, its date and other
/// calendars' days: "Vol. IX, No. 273    12 January 2022    Wednesday    10th Waxing of
/// Pyatho 1383 ME" gives 12 January 2022. The first field must be the issue's number; each
/// other field a weekday or a few words with a number.
pub(crate) fn issue_line_date(text: &str) -> Option<NaiveDate> {
    if text.len() > 160 || !(text.contains("   ") || text.contains('\t')) {
        return None;
    }
    let fields: Vec<&str> = text.split("   ").flat_map(|f| f.split('\t')).map(str::trim).filter(|f| !f.is_empty()).collect();
    let (first, rest) = fields.split_first()?;
    if rest.len() < 2 || !lines::is_issue_number(first) {
        return None;
    }
    let mut day = None;
    for field in rest {
        if let Some(date) = metadata::date_line(field) {
            day.get_or_insert(date);
        } else if !(crate::events::dates::weekday_name(&field.to_lowercase())
            || (field.split_whitespace().count() <= 6 && field.contains(|c: char| c.is_ascii_digit())))
        {
            return None;
        }
    }
    day
}

/// Whether line `i` stands where a page's stamp stands: above its text, or under a
/// standfirst and a short line (the writer's name: "standfirst" / "Sanna Virtanen HS" /
/// "13.1. 18:20"); not between paragraphs of text.
fn yearless_stamp_slot(page: &[Line<'_>], kinds: &[Kind], i: usize) -> bool {
    let paragraphs = (0..i).filter(|&j| matches!(kinds[j], Kind::Content) && page[j].is_paragraph()).count();
    let previous = (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank));
    paragraphs == 0 || (paragraphs == 1 && previous.is_some_and(|j| !page[j].is_paragraph() && lines::words(page[j].clean()) <= 4))
}

/// A masthead of a paper the gazetteer does not know is looked for in this many first lines.
const MASTHEAD_LINES: usize = 8;

/// The codes a Factiva export opens its fields with ("WC" word count, "PD" date, "SN" source,
/// "LP" lead, "TD" text, …), but for the headline's "HD" and the byline's "BY", read as on any page.
const FACTIVA_CODES: [&str; 21] = [
    "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "AN", "NS", "RE", "IPD", "IPC", "CO", "IN", "PUB", "CR", "ART",
];

/// Whether the page is a record exported from Factiva: three of its first lines open with the
/// codes of a headline, a date, a source or a word count.
fn is_factiva_record(page: &[Line<'_>]) -> bool {
    page.iter()
        .take(25)
        .filter(|l| ["HD ", "PD ", "SN ", "WC "].iter().any(|code| l.clean().starts_with(code)))
        .count()
        >= 3
}

/// The kind of a Factiva record's field line: its date, its source, and the codes and
/// apparatus that are no text ("WC 521 words", "LA English", "LP", "TD"). The headline ("HD …")
/// and the byline ("BY …") are read as on any page.
fn factiva_field(text: &str) -> Option<Kind> {
    let (code, rest) = text.split_once(' ').map_or((text, ""), |(c, r)| (c, r.trim()));
    // (the record's number closing it: "Document TEL0000020220112ei1c0001l")
    if code == "Document" && !rest.contains(' ') && rest.chars().any(|c| c.is_ascii_digit()) {
        return Some(Kind::Drop);
    }
    if !FACTIVA_CODES.contains(&code) {
        return None;
    }
    Some(match code {
        "PD" => metadata::date_line(rest).map_or(Kind::Drop, Kind::Date),
        "SN" if !rest.is_empty() => Kind::Outlet { name: metadata::outlet_name(rest).map_or_else(|| rest.to_owned(), str::to_owned), weak: false },
        _ => Kind::Drop,
    })
}

pub(super) fn classify(page: &[Line<'_>], in_teaser: &[bool]) -> Vec<Kind> {
    let mut kinds = Vec::with_capacity(page.len());
    let factiva = is_factiva_record(page);
    let mut i = 0;
    while i < page.len() {
        let text = page[i].clean();
        let kind = if lines::is_blank(text) {
            Kind::Blank
        } else if let Some(kind) = factiva.then(|| factiva_field(text)).flatten() {
            kind
        } else if in_teaser.get(i).copied().unwrap_or(false) && !metadata::is_copyright_notice(text) {
            // (a copyright notice is classified even inside a teaser block: it names the outlet)
            Kind::Drop
        } else if let Some(url) = lines::bare_url(text) {
            if lines::is_image_url(url) {
                let caption = page.get(i + 1).map(|l| l.clean()).filter(|c| lines::is_caption_after_image(c));
                let media = Media { url: url.to_owned(), caption: caption.map(str::to_owned) };
                if caption.is_some() {
                    kinds.push(Kind::Media(media));
                    kinds.push(Kind::Drop);
                    i += 2;
                    continue;
                }
                Kind::Media(media)
            } else {
                Kind::Drop
            }
        } else if page[i].words >= lines::LONG_LINE_WORDS {
            // a line of forty words or more is no stamp, byline or masthead: only furniture (a
            // donation appeal, a cookie notice) and a photo's credited caption are told apart
            // from text
            if lines::is_furniture(text) {
                Kind::Drop
            } else if lines::is_credited_caption(text) || lines::is_labelled_caption(text) {
                Kind::Media(Media { url: String::new(), caption: Some(text.to_owned()) })
            } else {
                Kind::Content
            }
        } else if let Some(place) = metadata::agency_credit_place(text) {
            // "AFP and Reuters, ALMATY, Kazakhstan": the agencies' credit and their place
            // (with the page's stamp after a bar: "Agence France-Presse . Almaty | Published: …")
            Kind::Byline { authors: Vec::new(), date: metadata::find_date(text), place: Some(place), outlet: None }
        } else if let Some((authors, outlet, date)) = metadata::citation_line(text) {
            // a research database's citation: "Kowalczyk, Anna; Herrera, Mike.  The Lakefront
            // Ledger; Milwaukee, Wis. [Milwaukee, Wis]. 12 Jan 2022: A.6."
            Kind::Byline { authors, date: Some(date), place: None, outlet: Some(outlet) }
        } else if let Some((source, date)) = metadata::labelled_fields_stamp(text) {
            // an agency's stamp of fields: "Source: Tianshan Wire   Editor: Ma Ling   2022-01-12 16:48:05"
            Kind::Byline { authors: Vec::new(), date: Some(date), place: None, outlet: Some(source) }
        } else if let Some(authors) = metadata::byline(text) {
            // before the date test: "Jan 12, 2022 | Ann Lee" is a byline with its date
            Kind::Byline {
                authors,
                date: metadata::find_date(text),
                place: metadata::byline_place(text),
                outlet: metadata::bar_outlet(text).or_else(|| metadata::byline_outlet(text).map(str::to_owned)),
            }
        } else if let Some((source, date)) = metadata::source_stamp(text) {
            // an aggregator's item: its source and year-less stamp under the headline
            Kind::Byline { authors: Vec::new(), date: Some(date), place: None, outlet: Some(source) }
        } else if let Some((place, date)) = metadata::credit_place_stamp(text) {
            // an agency's or desk's credit with its place and the stamp: "Reuters | Almaty | Updated: …"
            Kind::Byline { authors: Vec::new(), date: Some(date), place: Some(place), outlet: None }
        } else if let Some(name) = metadata::dated_outlet(text) {
            // a masthead: "THE STEPPE LETTER | Wednesday, 12 January 2022"
            Kind::Byline { authors: Vec::new(), date: metadata::find_date(text), place: None, outlet: Some(name) }
        } else if let Some(date) = metadata::date_line(text).or_else(|| metadata::credited_date_line(text)).or_else(|| issue_line_date(text)) {
            Kind::Date(date)
        } else if let Some(date) =
            (i < YEARLESS_STAMP_LINES && !kinds.iter().any(|k| matches!(k, Kind::Date(_))) && yearless_stamp_slot(page, &kinds, i))
                .then(|| metadata::yearless_stamp(text))
                .flatten()
        {
            // a stamp with no year near the top of a page that has no other: "13.1. 18:20"
            Kind::Date(date)
        } else if let Some(stamp) = metadata::relative_stamp(text) {
            Kind::Relative(stamp)
        } else if let Some(authors) = metadata::credit_line(text) {
            Kind::Credit(authors)
        } else if let Some(name) = metadata::outlet_name(text)
            .or_else(|| metadata::masthead_outlet(text))
            // (a name that is also a label only as the page's first line: "Foreign Affairs"; a
            // cookie banner or a skip link dropped above it does not count)
            .filter(|name| !metadata::logo_only(name) || (0..i).all(|j| lines::is_blank(page[j].clean()) || matches!(kinds[j], Kind::Drop)))
        {
            Kind::Outlet { name: name.to_owned(), weak: false }
        } else if let Some(name) = (i < MASTHEAD_LINES).then(|| metadata::bilingual_masthead(text)).flatten() {
            // a masthead in the site's own script and in Latin letters: "ВЁРСТКА / VERSTKA"
            Kind::Outlet { name: name.to_owned(), weak: false }
        } else if let Some(name) = metadata::outlet_from_tagline(text)
            .or_else(|| metadata::copyright_outlet(text))
            .or_else(|| metadata::source_outlet(text))
            .or_else(|| metadata::follow_outlet(text))
            .or_else(|| metadata::desk_outlet(text))
            .map(str::to_owned)
            .or_else(|| metadata::service_masthead(text))
            .or_else(|| metadata::official_site(text))
            // (an unknown paper's name only at the top of the page: quoted in an op-ed, it is text)
            // ("CSIS | Center for Strategic and International Studies": the acronym of the name)
            .or_else(|| {
                (i < MASTHEAD_LINES)
                    .then(|| metadata::press_masthead(text).or_else(|| metadata::official_body(text)).or_else(|| metadata::acronym_of_name(text).map(str::to_owned)))
                    .flatten()
            })
        {
            Kind::Outlet { name, weak: true }
        } else if let Some(name) = metadata::unknown_copyright_holder(text) {
            Kind::Outlet { name, weak: true }
        } else if lines::is_furniture(text) || (matches!(kinds.last(), Some(Kind::Drop)) && lines::is_keyword_slug(text)) {
            // (a wire's keyword slug under the feed's control line: "URGENT" / "KAZAKHSTAN-MOURNING")
            Kind::Drop
        } else if lines::is_credited_caption(text) || lines::is_labelled_caption(text) {
            Kind::Media(Media { url: String::new(), caption: Some(text.to_owned()) })
        } else {
            Kind::Content
        };
        kinds.push(kind);
        i += 1;
    }
    kinds
}

/// A numbered source note: "[2] Interior ministry statement, January 9." or "3 Ministry of
/// Internal Affairs briefing, 11 January 2022." (a numbered heading has a dot: "1. Outlook").
static NOTE_LINE: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"^(?:\[([0-9]{1,3})\] *|([0-9]{1,3}) +)\p{Lu}").expect("the note pattern is valid"));

/// A note marker glued to the text it annotates: "in Almaty.[1]", "the next day.1 This",
/// "a \"technical error\".2".
static NOTE_MARKER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r#"[^ 0-9](?:\[([0-9]{1,3})\]|[.,;:!?"”’)]([0-9]{1,3}))(?: |$)"#).expect("the note-marker pattern is valid")
});

/// The longest source note, in characters.
const MAX_NOTE_CHARS: usize = 200;

/// A line printed at least this many times on the page (a running head of a PDF's pages)
/// is furniture. A pull quote is printed twice, not three times.
const RUNNING_HEAD_REPEATS: usize = 3;

/// The longest running head, in characters.
const MAX_RUNNING_HEAD_CHARS: usize = 100;

/// Marks as furniture the source notes at the foot of a report, whose numbers the text
/// cites with markers glued to its words, and the running heads a PDF repeats on every
/// page. Only lines still taken for content are changed.
pub(super) fn drop_notes_and_running_heads(page: &[Line<'_>], kinds: &mut [Kind]) {
    let mut cited: Vec<u32> = Vec::new();
    // the last line citing a bare-number note: the notes come after it
    let mut last_citing = 0;
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (at, (line, kind)) in page.iter().zip(kinds.iter()).enumerate() {
        if !matches!(kind, Kind::Content) {
            continue;
        }
        let text = line.clean();
        // (a marker is a digit right after a mark or a bracket: most lines have none)
        let marked = text.as_bytes().windows(2).any(|w| {
            w[1].is_ascii_digit() && matches!(w[0], b'[' | b'.' | b',' | b';' | b':' | b'!' | b'?' | b'"' | b')' | 0x9d | 0x99)
        });
        if marked {
            for caps in NOTE_MARKER.captures_iter(text) {
                // ("No.2", "Jan.7", "p.12" number things, they cite nothing)
                let Some(number) = caps.get(1).or_else(|| caps.get(2)) else { continue };
                // (the text up to the number ends with its mark)
                if abbreviation_before(&text[..number.start()]) {
                    continue;
                }
                if let Ok(n) = number.as_str().parse() {
                    cited.push(n);
                    last_citing = at;
                }
            }
        }
        if text.len() <= MAX_RUNNING_HEAD_CHARS * 4 && text.chars().count() <= MAX_RUNNING_HEAD_CHARS && !ends_like_text(text) {
            *counts.entry(text).or_default() += 1;
        }
    }
    for (at, (line, kind)) in page.iter().zip(kinds.iter_mut()).enumerate() {
        if !matches!(kind, Kind::Content) {
            continue;
        }
        let text = line.clean();
        // (a bracketed number opening a line is a note whatever cites it: the markup stage
        // has already removed the "[1]" markers glued to the text; a bare number is a note
        // only below the text citing it, and not a day: "2 January: protests begin")
        let dated = text.split_whitespace().nth(1).is_some_and(|w| crate::events::dates::month_number(w.trim_end_matches([':', ',', '.'])).is_some());
        let note = text.starts_with(|c: char| c == '[' || c.is_ascii_digit())
            && text.chars().count() <= MAX_NOTE_CHARS
            && NOTE_LINE.captures(text).is_some_and(|caps| {
                caps.get(1).is_some()
                    || (at > last_citing
                        && !dated
                        && caps.get(2).and_then(|n| n.as_str().parse::<u32>().ok()).is_some_and(|n| cited.contains(&n)))
            });
        // (a running head carries a bar or a number: a name repeated as a transcript's label
        // is text)
        let running_head = counts.get(text).is_some_and(|&n| n >= RUNNING_HEAD_REPEATS)
            && text.contains(|c: char| c == '|' || c.is_ascii_digit());
        if note || running_head {
            *kind = Kind::Drop;
        }
    }
}

/// Abbreviations a number follows with a full stop: "No.2", "Jan.7", "p.12", "Art.5".
const NUMBERING_ABBREVIATIONS: [&str; 24] = [
    "no", "nos", "nr", "p", "pp", "art", "vol", "fig", "ch", "sec", "para", "st", "ed", "op", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct",
];

/// Whether `head` (the text up to and with the mark before a number) ends with a
/// numbering abbreviation and its full stop.
fn abbreviation_before(head: &str) -> bool {
    let Some(word) = head.strip_suffix('.') else { return false };
    let start = word.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = word[start..].to_ascii_lowercase();
    NUMBERING_ABBREVIATIONS.contains(&word.as_str()) || matches!(word.as_str(), "nov" | "dec")
}

/// Whether a line ends like a sentence or a quotation (no running head does).
fn ends_like_text(text: &str) -> bool {
    text.ends_with(['.', '"', '”', '!', '?'])
}

/// Headings of the apparatus closing a reference page or report: everything after one is
/// a list of sources, not text.
const APPARATUS_HEADINGS: [&str; 8] =
    ["references", "notes", "footnotes", "endnotes", "bibliography", "further reading", "external links", "citations"];

/// The most words in a line of a reference list; a longer line is text, and a heading
/// above text is no apparatus.
const MAX_APPARATUS_LINE_WORDS: usize = 40;

/// The most words in an entry of a table of contents ("2 Deployment", "4.1 Russia").
const MAX_CONTENTS_ENTRY_WORDS: usize = 6;

/// Marks as furniture the entries of a table of contents (the numbered lines under a
/// "Contents" line) and the apparatus after the text: the lines from a closing
/// "References" or "Notes" heading to the end of the page, once some text came before it,
/// when they read as a list (no line of running text) and no new story starts among them
/// (a heading over a byline or date stamp).
pub(super) fn drop_contents_and_apparatus(page: &[Line<'_>], kinds: &mut [Kind]) {
    // the author box first: the label and the paragraph of biography under it
    for i in 0..page.len() {
        let text = page[i].clean();
        let label = text.len() <= 20 && matches!(text.trim_end_matches(':').to_lowercase().as_str(), "about the author" | "about the authors");
        if !label {
            continue;
        }
        if let Some(bio) = (i + 1..page.len()).find(|&j| !lines::is_blank(page[j].clean())) {
            // (a biography: "Ann Lee is a fellow …", "… was a correspondent"; a label linking
            // to the author's page is followed by the lede, which stays)
            let describes = page[bio].clean().split_whitespace().take(8).any(|w| matches!(w, "is" | "was" | "has" | "writes" | "covers"));
            if matches!(kinds[bio], Kind::Content) && describes {
                kinds[bio] = Kind::Drop;
            }
        }
    }
    let mut seen_text = false;
    let mut i = 0;
    while i < page.len() {
        let text = page[i].clean();
        // (the labels are short: longer lines are not lowercased)
        let label = if text.len() <= 20 { text.trim_end_matches(':').to_lowercase() } else { String::new() };
        if label == "contents" || label == "table of contents" {
            let mut j = i + 1;
            while j < page.len() {
                let entry = page[j].clean();
                if lines::is_blank(entry) {
                    if j > i + 1 {
                        break;
                    }
                } else if entry.starts_with(|c: char| c.is_ascii_digit()) && lines::words(entry) <= MAX_CONTENTS_ENTRY_WORDS {
                    kinds[j] = Kind::Drop;
                } else {
                    break;
                }
                j += 1;
            }
            i = j;
            continue;
        }
        if seen_text && APPARATUS_HEADINGS.contains(&label.as_str()) {
            // (every entry numbered, bulleted, or a citation with a year or a link)
            let entry = |t: &str| {
                t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '[' | '•' | '-' | '*' | '^' | '·' | '¹' | '²' | '³' | '⁰'..='⁹'))
                    || t.contains("http")
                    || t.as_bytes().windows(4).any(|w| (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit))
            };
            // (lines already known as furniture, such as an author box, do not count)
            let list = page[i + 1..].iter().zip(&kinds[i + 1..]).all(|(l, kind)| {
                let t = l.clean();
                lines::is_blank(t) || matches!(kind, Kind::Drop) || (lines::words(t) <= MAX_APPARATUS_LINE_WORDS && entry(t))
            });
            let new_story = kinds[i + 1..].iter().any(|k| matches!(k, Kind::Byline { .. }));
            if list && !new_story {
                for kind in &mut kinds[i..] {
                    if matches!(kind, Kind::Content | Kind::Date(_) | Kind::Media(_)) {
                        *kind = Kind::Drop;
                    }
                }
                return;
            }
        }
        seen_text |= matches!(kinds[i], Kind::Content) && page[i].is_paragraph();
        i += 1;
    }
}

/// The sender of an e-mailed newsletter named in its header, when that is no person: "From:
/// Rond-Point Weekly <newsletter@rondpoint-weekly.eu>" gives "Rond-Point Weekly" ("From: Ann
/// Lee <ann@example.org>" gives none).
fn newsletter_sender(page: &[Line<'_>]) -> Option<String> {
    let line = page.iter().take(6).map(|l| l.clean()).find(|l| l.starts_with("From: "))?;
    let (name, address) = line["From: ".len()..].split_once(" <")?;
    let name = name.trim().trim_matches('"');
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let first = name.split_whitespace().next()?;
    let words = name.split_whitespace().count();
    let personal = g.first_names.contains_key(first.to_lowercase().as_str()) || g.is_title(first) || crate::speakers::gender_of(name).is_some();
    // (nor a body's desk: "Press Office", "Media Team")
    let desk = name.split_whitespace().last().is_some_and(|w| ["office", "team", "desk", "department", "unit", "secretariat"].contains(&w.to_lowercase().as_str()));
    (address.contains('@') && (1..=5).contains(&words) && name.starts_with(char::is_uppercase) && !personal && !desk).then(|| name.to_owned())
}

/// Metadata printed once for the whole page.
pub(super) struct PageMeta {
    pub(super) outlet: Option<String>,
    pub(super) published: Option<NaiveDate>,
}

impl PageMeta {
    pub(super) fn collect(
        page: &[Line<'_>],
        kinds: &[Kind],
        header_end: usize,
        headline: Option<usize>,
        options: &SegmentOptions,
    ) -> PageMeta {
        // Outlet: a name line in the header, the headline's site suffix, a name line
        // anywhere, a tagline or copyright notice, then the agency of a dateline.
        let name_in = |range: std::ops::Range<usize>, want_weak: bool| {
            range
                .filter_map(|i| match &kinds[i] {
                    Kind::Outlet { name, weak } if *weak == want_weak => Some(name.clone()),
                    _ => None,
                })
                .next()
        };
        let suffix = headline.and_then(|h| metadata::outlet_in_headline(page[h].clean())).map(str::to_owned);
        // (the first lines of text: a wire's first paragraph may end in a colon)
        let agency = (header_end.min(headline.map_or(0, |h| h + 1))..page.len())
            // (a story's summary bullets come before it: "* Detentions reach 4,404")
            .filter(|&i| matches!(kinds[i], Kind::Content) && Some(i) != headline && !lines::is_bullet(page[i].clean()))
            .take(3)
            .find_map(|i| metadata::dateline_agency(page[i].clean()).map(str::to_owned).or_else(|| metadata::dateline_credit(page[i].clean())));
        // A publisher's name on the page's first line, right above the headline.
        let top_name = || {
            let h = headline?;
            let first = (0..h).find(|&i| !matches!(kinds[i], Kind::Blank))?;
            // (a tagline under it is dropped already)
            // (or with only its issue, date or section between: "Al-Ahram Weekly" / "Issue No.
            // 1578" / "6 - 12 January 2022" / "Region & World" / headline)
            // ("Le Point" / "International" / headline: a one-word label is a section)
            // (or its tagline right under it: "Radio Prague International" / "Czech news in English")
            let adjacent = (first + 1..h).all(|i| {
                matches!(kinds[i], Kind::Blank | Kind::Drop | Kind::Date(_))
                    || (matches!(kinds[i], Kind::Content)
                        && (lines::is_section_label(page[i].clean())
                            || lines::is_short_label(page[i].clean())
                            // (a dateline on its own line under the stamp: "Dushanbe")
                            || metadata::place_line(page[i].clean())
                            || crate::events::types::is_place_name(page[i].clean())
                            || (i == first + 1 && lines::is_site_tagline(page[i].clean()))))
            });
            let text = page[first].clean();
            // ("Yle News", "ERR News": a short brand and "News" is a site; "Business News",
            // "Tech News", "Kazakhstan News" are sections)
            let words: Vec<&str> = text.split_whitespace().collect();
            let site_news = words.len() == 2
                && words[1] == "News"
                && (words[0].chars().count() <= 3 || !words[0].chars().any(char::is_lowercase))
                && !metadata::is_place_word(words[0]);
            let checked = if site_news { &words[..words.len() - 1] } else { &words[..] };
            let section = checked.iter().any(|w| {
                [
                    "news", "live", "updates", "update", "opinion", "breaking", "world", "politics", "latest", "home", "top", "fact",
                    "check", "explainer", "feature", "features", "interview", "comment", "editorial", "read",
                ]
                    .iter()
                    .any(|s| w.eq_ignore_ascii_case(s))
            });
            // (a person's name there is the writer's or the poster's: "Gabrielius Landsbergis")
            let person = metadata::names_byline(text).is_some();
            // (a one-word name is a logo only over the site's menus: "Kloop" / "News · Kyrgyzstan")
            let menus = (first + 1..h).any(|i| {
                matches!(kinds[i], Kind::Drop)
                    || (matches!(kinds[i], Kind::Content) && (lines::is_section_label(page[i].clean()) || lines::is_short_label(page[i].clean())))
            });
            let named = lines::is_name_like(text) || (menus && lines::is_logo_word(text));
            (adjacent && matches!(kinds[first], Kind::Content) && named && !section && !person)
                .then(|| (text.to_owned(), menus))
        };
        // (a site's name over its menus comes before an agency's credit under the headline: the
        // page that carries the copy is its outlet, "Luxembourg Times" / menus / headline / "dpa")
        let credit_below_headline = |range: std::ops::Range<usize>| {
            range.clone().find(|&i| matches!(&kinds[i], Kind::Outlet { weak: false, .. })).is_some_and(|i| headline.is_some_and(|h| i > h))
        };
        // (the site's name may be one read as a weak name: "Investing.com" / menus)
        let weak_site_over_menus = || {
            let first = (0..page.len()).find(|&i| !matches!(kinds[i], Kind::Blank))?;
            let menus = kinds.get(first + 1).is_some_and(|k| matches!(k, Kind::Drop));
            match &kinds[first] {
                Kind::Outlet { name, weak: true } if menus => Some(name.clone()),
                _ => None,
            }
        };
        let site_over_credit = || {
            credit_below_headline(0..header_end).then(|| top_name().filter(|(_, menus)| *menus).map(|(name, _)| name).or_else(weak_site_over_menus)).flatten()
        };
        // (a research database's citation names the paper, whatever the database's own name
        // over its buttons: "ProQuest" / … / "Lee, Ann.  The Harbour Daily; Oslo. 12 Jan 2022")
        let cited = (0..header_end.min(kinds.len()))
            .filter(|&i| matches!(kinds[i], Kind::Byline { .. }))
            .find_map(|i| metadata::citation_line(page[i].clean()).map(|(_, outlet, _)| outlet));
        let outlet = cited
            .or_else(site_over_credit)
            .or_else(|| name_in(0..header_end, false))
            .or(suffix)
            .or_else(|| name_in(0..kinds.len(), false))
            // (a site's name over its menus and headline comes before a copyright holder or a
            // desk named lower down: "RTÉ" / menus / headline … "© Informa UK"; without menus
            // after them)
            .or_else(|| top_name().filter(|(_, menus)| *menus).map(|(name, _)| name))
            .or_else(|| name_in(0..kinds.len(), true))
            .or_else(|| {
                // the name beside the date and writer on a bar-separated meta line
                kinds.iter().find_map(|k| match k {
                    Kind::Byline { outlet, .. } => outlet.clone(),
                    _ => None,
                })
            })
            .or_else(|| newsletter_sender(page))
            .or(agency)
            .or_else(|| top_name().map(|(name, _)| name));
        // Date: a date stamp line, the date on a byline, an anchored relative stamp, then a
        // breadcrumb's day.
        let date = kinds.iter().find_map(|k| match k {
            Kind::Date(d) => Some(*d),
            _ => None,
        });
        let byline_date = kinds.iter().find_map(|k| match k {
            Kind::Byline { date, .. } => *date,
            _ => None,
        });
        let relative = kinds.iter().find_map(|k| match k {
            Kind::Relative(r) => metadata::resolve_relative(*r, options.crawled),
            _ => None,
        });
        // (or, when nothing else dates the page, its breadcrumb trail: "Home / News feed / 13 January 2022")
        let crumb = || (0..page.len()).filter(|&i| !matches!(kinds[i], Kind::Blank)).take(MASTHEAD_LINES).find_map(|i| metadata::breadcrumb_date(page[i].clean()));
        PageMeta { outlet, published: date.or(byline_date).or(relative).or_else(crumb) }
    }
}
