//! Residue of the page a text was copied from: HTML character references (`&quot;`,
//! `&#8220;`, `&nbsp;`), inline tags (`<p>`, `<a href="…">`, `</em>`), Markdown links
//! (`[Tokayev](https://…)`), the hard line wraps of text extracted from a PDF ("the
//! Col-\nlective Security Treaty", a paragraph broken every 70 characters), and UTF-8 text
//! read back as Windows-1252 ("â€œ", "Ã‡avuÅŸoÄŸlu").
//!
//! [`decode`] gives the text a reader of the page saw, with a map back to the characters
//! of the source, so an article still points at its exact place in the document. Only
//! known references and tag names are touched: "AT&T", "x < 5" and "[sic]" stay as they
//! are; lines are joined only in a document whose lines of text are nearly all wrapped at
//! one width. Linear passes; pure, no I/O.

/// A document's text with its markup decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// `(decoded char offset, source char offset)` after each replaced piece, ascending.
    breaks: Vec<(usize, usize)>,
}

impl Decoded {
    /// The character offset in the source of the decoded character at `offset` (or of the
    /// end of the text). Markup removed right before that character is skipped, so an
    /// article's start points at its first letter and its end past its last piece.
    pub fn source_offset(&self, offset: usize) -> usize {
        let after = self.breaks.partition_point(|&(decoded, _)| decoded <= offset);
        match after.checked_sub(1).and_then(|i| self.breaks.get(i)) {
            Some(&(decoded, source)) => source + (offset - decoded),
            None => offset,
        }
    }
}

/// Decodes the markup of `text`, or `None` when it has none (the common case, found
/// without allocating).
///
/// # Examples
/// ```
/// let page = "<p>Tokayev said order was &quot;largely restored&quot;.";
/// let decoded = kzcorpus::markup::decode(page).unwrap();
/// assert_eq!(decoded.text, "Tokayev said order was \"largely restored\".");
/// assert_eq!(decoded.source_offset(0), 3);
/// assert!(kzcorpus::markup::decode("AT&T said x < 5 [sic].").is_none());
/// ```
pub fn decode(text: &str) -> Option<Decoded> {
    // (a feed's lines are its tags' lines, never a wrapped paragraph)
    let feed = crate::feed::feed_pieces(text);
    let mut joins = if feed.is_empty() { wrapped_line_joins(text) } else { Vec::new() };
    // the numbers and times of subtitles' cues, and the breaks inside their sentences
    // the tags of a news feed, and its machinery
    joins.extend(feed.into_iter().map(|p| Join {
        at: p.start,
        kind: if p.with.is_empty() { JoinKind::Remove(p.end - p.start) } else { JoinKind::Put(p.end - p.start, p.with) },
    }));
    // text saved as UTF-8 but read back as Windows-1252 ("â€œ", "Ã‡avuÅŸoÄŸlu")
    joins.extend(mojibake_swaps(text).into_iter().map(|(at, len, with)| Join { at, kind: JoinKind::Swap(len, with) }));
    joins.extend(crate::subtitles::cue_breaks(text).into_iter().map(|c| Join {
        at: c.start,
        kind: match c.with {
            Some(with) => JoinKind::Swap(c.end - c.start, with),
            None => JoinKind::Remove(c.end - c.start),
        },
    }));
    if joins.is_empty() && memchr::memchr3(b'&', b'<', b'[', text.as_bytes()).is_none() && !text.contains('#') {
        return None;
    }
    // the syntax of a page saved as Markdown goes like the breaks of a wrapped one
    let markdown = crate::markdown::syntax(text);
    let relative_links = !markdown.is_empty();
    if relative_links {
        joins.extend(markdown.into_iter().map(|(at, end)| Join { at, kind: JoinKind::Remove(end - at) }));
    }
    joins.sort_by_key(|j| j.at);
    let mut out = String::new();
    let mut breaks = Vec::new();
    // bytes of `text` copied up to here, and the char counts of both sides at that point
    let mut copied = 0;
    let (mut source_chars, mut decoded_chars) = (0usize, 0usize);
    let mut at = 0;
    let mut joins = joins.into_iter().peekable();
    loop {
        let markup = memchr::memchr3(b'&', b'<', b'[', &text.as_bytes()[at..]).map(|found| at + found);
        // (a piece already replaced may hold syntax: "[**label**](…)")
        while joins.peek().is_some_and(|j| j.at < at) {
            joins.next();
        }
        let join = joins.peek().copied();
        let start = match (markup, join) {
            (Some(m), Some(j)) => m.min(j.at),
            (Some(m), None) => m,
            (None, Some(j)) => j.at,
            (None, None) => break,
        };
        let piece = if let Some(j) = join.filter(|j| j.at == start) {
            joins.next();
            // "Col-\nlective" loses the hyphen and the break, "Russia-\nled" the break only;
            // any other break is a space
            match j.kind {
                JoinKind::Mend => Some((Replacement::Nothing, 2)),
                JoinKind::Glue => Some((Replacement::Nothing, 1)),
                JoinKind::Space => Some((Replacement::Char(' '), 1)),
                JoinKind::Remove(len) => Some((Replacement::Nothing, len)),
                JoinKind::Swap(len, with) => Some((Replacement::Char(with), len)),
                JoinKind::Put(len, with) => Some((Replacement::Str(with), len)),
            }
        } else {
            match text.as_bytes()[start] {
                // a soft hyphen or zero-width space is no character a reader sees
                b'&' => reference_at(text, start).map(|(c, len)| {
                    (if matches!(c, '\u{ad}' | '\u{200b}') { Replacement::Nothing } else { Replacement::Char(c) }, len)
                }),
                b'<' => tag_at(text, start).map(|(len, block)| {
                    // a block tag inside a line ends it; at either end of a line it is dropped
                    let at_line_edge = start == 0
                        || text.as_bytes()[start - 1] == b'\n'
                        || matches!(text.as_bytes().get(start + len), None | Some(b'\n' | b'\r'));
                    (if block && !at_line_edge { Replacement::Char('\n') } else { Replacement::Nothing }, len)
                }),
                _ => link_at(text, start, relative_links)
                    .map(|(label, len)| (Replacement::Text(label), len))
                    .or_else(|| citation_at(text, start).map(|len| (Replacement::Nothing, len))),
            }
        };
        let Some((replacement, len)) = piece else {
            at = start + 1;
            continue;
        };
        let kept = &text[copied..start];
        out.push_str(kept);
        let kept_chars = kept.chars().count();
        source_chars += kept_chars;
        decoded_chars += kept_chars;
        match replacement {
            Replacement::Char(c) => {
                out.push(c);
                decoded_chars += 1;
            }
            Replacement::Text((from, to)) => {
                // the label is kept: map its characters one to one, then skip the URL
                let label = &text[from..to];
                source_chars += 1; // "["
                breaks.push((decoded_chars, source_chars));
                out.push_str(label);
                let label_chars = label.chars().count();
                source_chars += label_chars;
                decoded_chars += label_chars;
                source_chars -= label_chars + 1; // counted again with the whole link below
            }
            Replacement::Str(with) => {
                out.push_str(with);
                decoded_chars += with.chars().count();
            }
            Replacement::Nothing => {}
        }
        source_chars += text[start..start + len].chars().count();
        breaks.push((decoded_chars, source_chars));
        copied = start + len;
        at = copied;
    }
    if breaks.is_empty() {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(Decoded { text: out, breaks })
}

/// The fewest repaired sequences that show a document was mis-decoded: one odd pair of
/// letters in a real name ("Ä’s") is no evidence, three are.
const MOJIBAKE_MIN: usize = 3;

/// The byte a Windows-1252 decoder read as `c` (its undefined slots come back as the C1
/// control of the same number), for the characters that stand for bytes 0x80–0xFF.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x80..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    let byte = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(byte)
}

/// Whether a repaired character is one an English news text holds: Latin letters with
/// accents, Greek, Cyrillic, Arabic, Hebrew, typographic punctuation, currency signs.
fn plausible_repair(c: char) -> bool {
    matches!(u32::from(c), 0xA0..=0x24F | 0x370..=0x52F | 0x590..=0x6FF | 0x2000..=0x206F | 0x20A0..=0x20CF | 0x2100..=0x214F)
}

/// The sequences of a text saved as UTF-8 and read back as Windows-1252, each as (byte
/// offset, byte length, the character it was): "â€œ" is `“`, "Ã¼" is `ü`, "ÐŸ" is `П`.
/// A closing `”` whose last byte the decoder dropped ("â€" before a space) is repaired
/// too. Empty unless the text holds at least [`MOJIBAKE_MIN`] of them.
fn mojibake_swaps(text: &str) -> Vec<(usize, usize, char)> {
    // (every lead byte's stand-in, 'Â' to 'ô', is encoded with a leading 0xC3)
    if memchr::memchr(0xC3, text.as_bytes()).is_none() {
        return Vec::new();
    }
    let mut swaps = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let Some(lead) = cp1252_byte(c).filter(|b| (0xC2..=0xF4).contains(b)) else { continue };
        let need = match lead {
            0xC2..=0xDF => 1,
            0xE0..=0xEF => 2,
            _ => 3,
        };
        let mut bytes = vec![lead];
        let mut end = at + c.len_utf8();
        let mut lookahead = chars.clone();
        while bytes.len() <= need {
            let Some((i, next)) = lookahead.next() else { break };
            let Some(b) = cp1252_byte(next).filter(|b| (0x80..=0xBF).contains(b)) else { break };
            bytes.push(b);
            end = i + next.len_utf8();
        }
        let repaired = match std::str::from_utf8(&bytes).ok().and_then(|s| s.chars().next()).filter(|_| bytes.len() == need + 1) {
            Some(r) => Some(r),
            // ("â€" alone: the third byte of `”`, 0x9D, has no Windows-1252 character)
            None if bytes == [0xE2, 0x80] => Some('”'),
            None => None,
        };
        if let Some(r) = repaired.filter(|&r| plausible_repair(r)) {
            swaps.push((at, end - at, r));
            while chars.peek().is_some_and(|&(i, _)| i < end) {
                chars.next();
            }
        }
    }
    if swaps.len() < MOJIBAKE_MIN {
        swaps.clear();
    }
    swaps
}

/// A line break inside a wrapped paragraph: the byte where the replaced piece starts
/// (the break, or the hyphen before it when the word is split).
#[derive(Debug, Clone, Copy)]
struct Join {
    at: usize,
    kind: JoinKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JoinKind {
    /// The break becomes a space.
    Space,
    /// A word split by a hyphen: hyphen and break go ("secur-\nity").
    Mend,
    /// A compound split after its hyphen: the break goes ("Russia-\nled").
    Glue,
    /// Markdown syntax or a subtitle cue's header of this many bytes goes ("## ", "**").
    Remove(usize),
    /// This many bytes become one character (the cue header between two subtitles).
    Swap(usize, char),
    /// This many bytes become a short text (a feed's author tag becomes "By ").
    Put(usize, &'static str),
}

/// Lines of text at least this long (in characters) may end in a wrap.
const WRAP_MIN: usize = 40;
/// Wrapped lines are at most this long.
const WRAP_MAX: usize = 100;

/// The breaks to join in a document whose lines were wrapped at a fixed width (text taken
/// from a PDF): at least 8 lines of 40 characters or more, nearly all (85 %) of them at
/// most 100. Scraped web pages put a paragraph on one long line and never qualify. Inside
/// such a document, a line of 40 or more characters continues on the next line unless
/// that one is blank or starts a list item.
fn wrapped_line_joins(text: &str) -> Vec<Join> {
    // the test first, without allocating: most documents fail it
    let (mut long, mut wrapped) = (0usize, 0usize);
    for line in text.split('\n') {
        if line.len() < WRAP_MIN {
            continue;
        }
        let n = line.trim().chars().count();
        long += usize::from(n >= WRAP_MIN);
        wrapped += usize::from((WRAP_MIN..=WRAP_MAX).contains(&n));
    }
    if long < 8 || wrapped * 100 < long * 85 {
        return if is_column_text(text) { column_joins(text) } else { Vec::new() };
    }
    let lines: Vec<(usize, &str)> = text
        .split('\n')
        .scan(0usize, |pos, line| {
            let at = *pos;
            *pos += line.len() + 1;
            Some((at, line))
        })
        .collect();
    let lengths: Vec<usize> = lines.iter().map(|(_, l)| l.trim().chars().count()).collect();
    let mut out = Vec::new();
    for i in 0..lines.len().saturating_sub(1) {
        let (at, line) = lines[i];
        let next = lines[i + 1].1.trim_start();
        if !(WRAP_MIN..=WRAP_MAX).contains(&lengths[i]) || line.ends_with([' ', '\r']) && line.trim_end().is_empty() {
            continue;
        }
        let list_item = next.starts_with(['-', '*', '•', '–', '—']) || {
            let digits = next.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && matches!(next.as_bytes().get(digits), Some(b')' | b'.')) && next.as_bytes().get(digits + 1) == Some(&b' ')
        };
        // a page's running furniture ("Page 2 of 4", "© 2022 …") is no continuation, and a
        // sentence's end followed by a capital may be a paragraph's end: kept as a break
        let furniture = next.starts_with('©')
            || next.strip_prefix("Page ").is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        let sentence_end = line.trim_end().ends_with(['.', '!', '?', ':', '"', '”']) && next.starts_with(|c: char| !c.is_lowercase());
        if next.is_empty() || list_item || furniture || sentence_end || line.ends_with('\r') {
            continue;
        }
        // a word split by a hyphen ("secur-\nity", "Col-\nlective"): see `join_at`
        let newline = at + line.len();
        let fragment = line.rsplit(char::is_whitespace).next().unwrap_or("");
        let split_word = line.ends_with('-') && fragment.len() > 1 && next.starts_with(|c: char| c.is_lowercase());
        out.push(join_at(line, newline, split_word));
    }
    out
}

/// Lines of a newspaper column are at least this long (in characters) when wrapped.
const COLUMN_MIN: usize = 12;
/// ... and at most this long.
const COLUMN_MAX: usize = 45;

/// Whether `text` was printed in narrow newspaper columns (text read from a scanned page):
/// at least 15 lines of 12–45 characters, hardly any (15 %) longer line, a third of the
/// column lines or more running on into a next line that starts in lower case, words split
/// by hyphens at the ends of lines (one in 20 lines), and most lines (60 %) filling the
/// column to within 8 characters of its usual width. A list, a poem or a feed of short
/// posts has lines of many lengths and no split words.
fn is_column_text(text: &str) -> bool {
    let (mut narrow, mut wide, mut running_on, mut split) = (0usize, 0usize, 0usize, 0usize);
    let mut widths: Vec<usize> = Vec::new();
    let mut previous_narrow = false;
    let mut previous_hyphen = false;
    for line in text.split('\n') {
        // (a long paragraph line is wide without counting its characters)
        let n = if line.len() > 4 * COLUMN_MAX { usize::MAX } else { line.trim().chars().count() };
        let lower = line.trim_start().starts_with(|c: char| c.is_lowercase());
        if previous_narrow && lower {
            running_on += 1;
            split += usize::from(previous_hyphen);
        }
        previous_narrow = (COLUMN_MIN..=COLUMN_MAX).contains(&n);
        previous_hyphen = line.trim_end().ends_with('-');
        narrow += usize::from(previous_narrow);
        wide += usize::from(n > COLUMN_MAX);
        // (a web page's paragraphs settle it early)
        if wide >= 10 && wide > narrow {
            return false;
        }
        if previous_narrow {
            widths.push(n);
        }
    }
    if !(narrow >= 15 && wide * 100 <= narrow * 15 && running_on * 3 >= narrow && split * 20 >= narrow) {
        return false;
    }
    widths.sort_unstable();
    let usual = widths[widths.len() / 2];
    let filled = widths.iter().filter(|&&w| w + 8 >= usual && w <= usual + 8).count();
    filled * 10 >= widths.len() * 6
}

/// The breaks to join in column text: a column line runs on into the next when that one
/// starts in lower case, or the line ends with a split word, or it ends mid-sentence and
/// the next starts with a figure or a quotation mark. An indented line starts a paragraph.
fn column_joins(text: &str) -> Vec<Join> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let newline = at + line.len();
        at = newline + 1;
        let Some(next_raw) = lines.peek() else { break };
        let trimmed = line.trim();
        let n = trimmed.chars().count();
        let next = next_raw.trim_start();
        if !(COLUMN_MIN..=COLUMN_MAX).contains(&n) || next.is_empty() || next_raw.starts_with([' ', '\t']) || line.ends_with([' ', '\r']) {
            continue;
        }
        let lower = next.starts_with(|c: char| c.is_lowercase());
        let split_word = trimmed.ends_with('-') && trimmed.len() > 1 && lower;
        let mid_sentence = !trimmed.ends_with(['.', '!', '?', ':', ';', '"', '”']);
        let figure_or_quote = next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '"' | '“' | '\'' | '‘'));
        // a sentence running on into a name: "… are scheduled to begin\nMonday in Geneva." (a
        // line ending in a lower-case word; a byline's "By ANN LEE\nHerald Staff" does not)
        // (the next line has a lower-case word: "By ANN LEE" under a headline is a byline)
        // (nor a line of names: "Ann Lee and Bob Smith" under a headline)
        let names_only = next.split_whitespace().nth(1).is_some() && next.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(w, "and" | "of" | "the" | "de" | "von"));
        let last_word_lower = !names_only
            && trimmed.rsplit(' ').next().is_some_and(|w| w.chars().all(|c| c.is_lowercase()))
            && (next.split_whitespace().skip(1).any(|w| w.chars().all(char::is_lowercase))
                || next.split_whitespace().count() == 1 && next.ends_with(['.', ',', ';']))
            && !next.starts_with("By ");
        if !(lower || mid_sentence && (figure_or_quote || last_word_lower)) {
            continue;
        }
        out.push(join_at(trimmed, newline, split_word));
    }
    out
}

/// How the break at byte `newline` after `line` is joined: a space, or for a word split by
/// a hyphen the hyphen and break go ("secur-\nity"), unless the part before it is a country
/// or people ("Russia-\nled", "Kazakh-\nowned"): that hyphen is the word's, only the break goes.
fn join_at(line: &str, newline: usize, split_word: bool) -> Join {
    if !split_word {
        return Join { at: newline, kind: JoinKind::Space };
    }
    let fragment = line.rsplit(char::is_whitespace).next().unwrap_or("");
    let stem = fragment.trim_end_matches('-').trim_start_matches(|c: char| !c.is_alphabetic());
    if crate::speakers::gazetteer::GAZETTEER.nationality(stem).is_some() {
        Join { at: newline, kind: JoinKind::Glue }
    } else {
        Join { at: newline - 1, kind: JoinKind::Mend }
    }
}

enum Replacement {
    Char(char),
    Nothing,
    /// byte range of the kept label
    Text((usize, usize)),
    /// a short text put in place of markup
    Str(&'static str),
}

/// Named references a scraped news page uses, with their characters.
const NAMED: [(&str, char); 32] = [
    ("quot", '"'), ("amp", '&'), ("lt", '<'), ("gt", '>'), ("apos", '\''), ("nbsp", '\u{a0}'),
    ("ndash", '–'), ("mdash", '—'), ("hellip", '…'), ("lsquo", '‘'), ("rsquo", '’'), ("ldquo", '“'),
    ("rdquo", '”'), ("laquo", '«'), ("raquo", '»'), ("bdquo", '„'), ("sbquo", '‚'), ("copy", '©'),
    ("reg", '®'), ("trade", '™'), ("middot", '·'), ("bull", '•'), ("euro", '€'), ("pound", '£'),
    ("deg", '°'), ("eacute", 'é'), ("uuml", 'ü'), ("ouml", 'ö'), ("ccedil", 'ç'), ("thinsp", '\u{2009}'),
    ("shy", '\u{ad}'), ("times", '×'),
];

/// The character of a reference starting at byte `start` ("&quot;", "&#8220;", "&#x201C;")
/// and the reference's length in bytes.
fn reference_at(text: &str, start: usize) -> Option<(char, usize)> {
    let rest = text.get(start + 1..)?;
    let end = rest.bytes().take(10).position(|b| b == b';')?;
    let name = &rest[..end];
    let c = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)?
    };
    Some((c, end + 2))
}

/// Tags removed from the text: inline and paragraph-level ones a scrape leaves behind.
const TAGS: [&str; 26] = [
    "p", "a", "br", "b", "i", "u", "em", "strong", "span", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
    "h5", "h6", "blockquote", "figure", "figcaption", "img", "small", "sup", "sub",
];

/// Tags that end a line of text: paragraphs, breaks, headings, list items.
const BLOCK_TAGS: [&str; 14] = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "ul", "ol"];

/// The length in bytes of a known tag starting at byte `start` ("<p>", "</a>",
/// "<a href=\"…\">", "<br/>"), on one line, and whether it is a block tag (read as a
/// line break).
fn tag_at(text: &str, start: usize) -> Option<(usize, bool)> {
    let rest = text.get(start + 1..)?;
    let body = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = &body[..name_len];
    if !TAGS.iter().any(|t| t.eq_ignore_ascii_case(name)) {
        return None;
    }
    let after = &body[name_len..];
    if !after.starts_with(['>', ' ', '/']) {
        return None;
    }
    let close = rest.bytes().take(400).position(|b| matches!(b, b'>' | b'<' | b'\n'))?;
    let block = BLOCK_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name));
    (rest.as_bytes()[close] == b'>').then_some((close + 2, block))
}

/// A reference-work citation marker glued to the text at byte `start` ("in Almaty.[1]",
/// "soldiers[12]", "[citation needed]"): its length in bytes. A marker opening a line is a
/// note's number, and "[sic]" or "[the president]" are words of the text; both stay.
fn citation_at(text: &str, start: usize) -> Option<usize> {
    let glued = start > 0 && !text.as_bytes()[start - 1].is_ascii_whitespace();
    if !glued {
        return None;
    }
    let rest = &text[start + 1..];
    let close = rest.bytes().take(20).position(|b| b == b']')?;
    let inside = &rest[..close];
    let numbered = (1..=3).contains(&inside.len()) && inside.bytes().all(|b| b.is_ascii_digit());
    let needed = matches!(inside, "citation needed" | "clarification needed" | "better source needed" | "when?" | "who?");
    (numbered || needed).then_some(close + 2)
}

/// A Markdown link at byte `start` ("[label](https://…)"): the byte range of its label and
/// the link's length in bytes. In a Markdown document a link may also point within the site
/// ("(#main)", "(img/a.jpg)").
fn link_at(text: &str, start: usize, relative: bool) -> Option<((usize, usize), usize)> {
    let rest = text.get(start + 1..)?;
    let label_len = rest.bytes().take(200).position(|b| matches!(b, b']' | b'[' | b'\n'))?;
    if rest.as_bytes()[label_len] != b']' || label_len == 0 {
        return None;
    }
    let target = &rest[label_len + 1..];
    let url = target.strip_prefix('(')?;
    let absolute = url.starts_with("http://") || url.starts_with("https://") || url.starts_with('/');
    let within_site = relative && url.starts_with(|c: char| c == '#' || c.is_ascii_alphanumeric());
    if !(absolute || within_site) {
        return None;
    }
    let url_len = url.bytes().take(500).position(|b| b == b')' || b.is_ascii_whitespace())?;
    if url.as_bytes()[url_len] != b')' {
        return None;
    }
    Some(((start + 1, start + 1 + label_len), 1 + label_len + 2 + url_len + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_read_back_as_windows_1252_is_repaired() {
        let saved = "Foreign Minister MevlÃ¼t Ã‡avuÅŸoÄŸlu said Kazakhstan â€œwill overcome thisâ€ soon. ÐŸÑ€Ð°Ð²Ð´Ð°";
        let decoded = decode(saved).expect("repaired");
        assert_eq!(decoded.text, "Foreign Minister Mevlüt Çavuşoğlu said Kazakhstan “will overcome this” soon. Правда");
        // (offsets point back into the saved text)
        let at = decoded.text.chars().position(|c| c == '“').unwrap_or(0);
        assert_eq!(source_slice(saved, decoded.source_offset(at), decoded.source_offset(at + 1)), "â€œ");
        // one or two odd pairs are a name's letters, not a mis-decoded page
        assert!(decode("The band Ä’s and MÃ¼ller's team met in Bonn.").is_none());
        assert!(decode("Café owners in Almaty reopened on Monday.").is_none());
    }

    fn source_slice(source: &str, from: usize, to: usize) -> String {
        source.chars().skip(from).take(to - from).collect()
    }

    #[test]
    fn citation_markers_glued_to_the_text_are_removed() {
        let source = "It numbered 2,030 troops.[6] Belarus sent 500[8][9] and more[citation needed].\n[1] A note.";
        let d = decode(source).unwrap();
        assert_eq!(d.text, "It numbered 2,030 troops. Belarus sent 500 and more.\n[1] A note.");
        let at = d.text.find("Belarus").unwrap();
        assert_eq!(source_slice(source, d.source_offset(at), d.source_offset(at) + 7), "Belarus");
        assert!(decode("He said [sic] that x[the president] and [2] stay.").is_none());
    }

    #[test]
    fn decodes_named_and_numeric_references() {
        let d = decode("Kazakhstan&#8217;s &ldquo;order&rdquo; &amp; 5&nbsp;800 &#x201C;x&#X201D;").unwrap();
        assert_eq!(d.text, "Kazakhstan’s “order” & 5\u{a0}800 “x”");
    }

    #[test]
    fn removes_known_tags_and_keeps_link_labels() {
        let d = decode("President [Tokayev](https://www.akorda.kz/en/news) spoke.\n<a href=\"/x\">Who is Masimov?</a> Kaza&shy;khstan").unwrap();
        assert_eq!(d.text, "President Tokayev spoke.\nWho is Masimov? Kazakhstan");
        // block tags end lines: a headline, a byline and a paragraph stay apart
        let d = decode("<h1>Kazakhstan lifts emergency</h1><p>By Ann Lee</p><p>Tokayev lifted it.</p>").unwrap();
        assert_eq!(d.text.split('\n').filter(|l| !l.is_empty()).collect::<Vec<_>>(), ["Kazakhstan lifts emergency", "By Ann Lee", "Tokayev lifted it."]);
    }

    #[test]
    fn a_markdown_page_reads_as_its_text_with_offsets_into_the_source() {
        let page = "[Skip to content](#main)\n\n# Troops arrive in Almaty\n\n**By Ann Lee**\n\n\
                    ![A patrol. Photo: AP](img/a.jpg)\n\n> The [operation](https://x.org/op) **continues**.\n";
        let d = decode(page).unwrap();
        assert_eq!(d.text, "Skip to content\n\nTroops arrive in Almaty\n\nBy Ann Lee\n\nA patrol. Photo: AP\n\nThe operation continues.\n");
        for word in ["Troops", "Ann", "patrol", "operation", "continues"] {
            let decoded_at = d.text[..d.text.find(word).unwrap()].chars().count();
            let source_at = d.source_offset(decoded_at);
            assert_eq!(source_slice(page, source_at, source_at + word.chars().count()), word);
        }
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        for text in ["AT&T and R&D; x < 5 > 3", "[sic] and [1] and [a](b)", "<unknown> tag & <p", "&bogus; &#xZZ; &#0;"] {
            assert_eq!(decode(text), None, "{text}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_source() {
        let source = "<p>Ann said &quot;no&quot; to [Bob](https://b.example) today.";
        let d = decode(source).unwrap();
        assert_eq!(d.text, "Ann said \"no\" to Bob today.");
        let chars: Vec<char> = d.text.chars().collect();
        for (word, raw) in [("Ann", "Ann"), ("no", "no"), ("Bob", "Bob](https://b.example)"), ("today.", "today.")] {
            let at = d.text.find(word).map(|b| d.text[..b].chars().count()).unwrap();
            let end = at + word.chars().count();
            assert_eq!(chars[at..end].iter().collect::<String>(), word);
            assert_eq!(source_slice(source, d.source_offset(at), d.source_offset(end)), raw, "{word}");
        }
        // (an end takes the markup right after it: the link's target above)
        // a decoded reference maps to the whole reference
        let q = d.text.find('"').unwrap();
        assert_eq!(source_slice(source, d.source_offset(q), d.source_offset(q + 1)), "&quot;");
        assert_eq!(d.source_offset(chars.len()), source.chars().count());
    }

    #[test]
    fn hard_wrapped_text_is_joined_and_split_words_mended() {
        let para = "Between 2 and 11 January 2022 Kazakhstan went through the most serious\n\
                    domestic crisis since independence. On the night of 5 January the Col-\n\
                    lective Security Treaty Organization was asked for help, and Russia-\n\
                    led units landed the next day at the airfields near Almaty city.\n";
        let source = format!("Kazakhstan's January Crisis: Casualties, Detentions and the\nCSTO Deployment\n\n{}\n{}", para, para);
        let d = decode(&source).unwrap();
        assert!(d.text.starts_with("Kazakhstan's January Crisis: Casualties, Detentions and the CSTO Deployment\n\n"), "{}", d.text);
        assert!(d.text.contains("the Collective Security Treaty Organization was asked for help, and Russia-led units landed"), "{}", d.text);
        assert!(d.text.contains("most serious domestic crisis"), "{}", d.text);
        // offsets still lead back into the source
        let at = d.text.find("lective").map(|b| d.text[..b].chars().count()).unwrap() - 3;
        let src: String = source.chars().skip(d.source_offset(at)).take(3).collect();
        assert_eq!(src, "Col");
        let after: String = source.chars().skip(d.source_offset(at + 3)).take(7).collect();
        assert_eq!(after, "lective");
    }

    #[test]
    fn newspaper_columns_are_joined_and_split_words_mended() {
        let column = "Troops fan out\nacross the city\n\n  ALMATY - Troops from a Rus-\nsia-led alliance fanned\nout across the country on Fri-\n\
                      day to guard the airports and\ngovernment buildings, as the\npresident said order had been\nrestored.\n\
                      \"Those who do not surrender\nwill be destroyed,\" he said.\n  The ministry said\n26 attackers had been killed\n\
                      and 18 officers had died in\nthe unrest, the worst since in-\ndependence three decades\nago, it said on Friday\n\
                      evening in a statement to\nreporters in the capital. Talks are to\nbegin on Monday in\nGeneva.\n\nCouncil to vote on new\nparking rules\nBy ANN LEE\nHerald Staff Writer\n\nTroops fan out\nacross the city\nAnn Lee and Bob Smith\n";
        let d = decode(column).unwrap();
        assert_eq!(
            d.text,
            "Troops fan out across the city\n\n  ALMATY - Troops from a Russia-led alliance fanned out across the country on Friday \
             to guard the airports and government buildings, as the president said order had been restored.\n\
             \"Those who do not surrender will be destroyed,\" he said.\n  The ministry said 26 attackers had been killed \
             and 18 officers had died in the unrest, the worst since independence three decades ago, it said on Friday \
             evening in a statement to reporters in the capital. Talks are to begin on Monday in Geneva.\n\nCouncil to vote on new parking rules\nBy ANN LEE\nHerald Staff Writer\n\nTroops fan out across the city\nAnn Lee and Bob Smith\n"
        );
        // a list of short lines, each a sentence or a name, is no column text
        let list = (0..20).map(|i| format!("Item number {i} of the list.\n")).collect::<String>();
        assert_eq!(decode(&list), None);
        // nor a feed of short lower-case posts, nor a poem
        let feed = "Gunfire heard in central Almaty\nprotesters have entered the akimat\nsmoke over the square\n\
                    police are retreating to the north\nno internet since noon\ncrowds on Abai avenue\nshots near the airport\n\
                    the mayor's office is burning\nDemands of the protesters:\nlower fuel prices\nresignation of local governors\n\
                    release of the detained\nan end to the emergency\nnew elections this year\nfree press\nno more arrests\n";
        assert_eq!(decode(feed), None);
    }

    #[test]
    fn web_pages_with_long_paragraph_lines_are_not_joined() {
        let line = "Officials said the troops would leave within ten days, and that order had been restored across the country.";
        let page = format!("Headline Of The Day\n\n{}\n{}\n{}\n- a list item that is long enough to matter here\n", line, line, line);
        assert_eq!(decode(&page), None);
        // short lines alone (a list, a table) are not a wrapped document either
        assert_eq!(decode(&"Persons detained\n9,900\n".repeat(20)), None);
    }

    #[test]
    fn long_or_broken_markup_is_linear_and_safe() {
        let hostile = "&".repeat(50_000) + &"<p".repeat(50_000) + &"[x](".repeat(50_000) + "&#99999999999;";
        assert_eq!(decode(&hostile), None);
        let many = "&quot;é&quot;".repeat(20_000);
        let d = decode(&many).unwrap();
        assert_eq!(d.text.chars().count(), 60_000);
        assert_eq!(d.source_offset(60_000), many.chars().count());
    }
}
