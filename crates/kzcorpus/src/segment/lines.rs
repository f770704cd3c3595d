//! Line-level tests used by segmentation: page furniture, teaser-block headers, image links
//! and captions, and the shapes of headings and paragraphs.
//!
//! Every test looks at one line (plus, for captions, its neighbour) and is linear in the
//! line's length. The furniture and teaser patterns are data (`data/furniture.txt`,
//! `data/teaser_markers.txt`), compiled once into [`RegexSet`]s.

use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;
use regex::{Regex, RegexSet};

const FURNITURE: &str = include_str!("../../data/furniture.txt");
const TEASER_MARKERS: &str = include_str!("../../data/teaser_markers.txt");

/// The patterns of a data file: one a line, `#` starts a comment line. Word boundaries are
/// made ASCII (`\b` is rewritten to `(?-u:\b)`), which keeps matching on the fast DFA for
/// non-ASCII text.
fn patterns(source: &str) -> impl Iterator<Item = String> + '_ {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.replace(r"\b", r"(?-u:\b)"))
}

/// Compiles the patterns of a data file into one set.
fn pattern_set(source: &str) -> RegexSet {
    crate::rx::set_ci(patterns(source)).expect("the bundled line patterns are valid")
}

/// The furniture patterns, split so that running text is rejected cheaply.
struct FurnitureSet {
    /// Patterns anchored at the line's start: the search stops a few characters into a paragraph.
    anchored: RegexSet,
    /// Patterns that can match anywhere in the line, tried only when `gate` finds a word.
    gated: RegexSet,
    /// The gate words of the `gated` patterns, looked for in one pass ignoring ASCII case,
    /// plus the two non-ASCII letters that case-insensitive matching equates with ASCII ones
    /// (`ſ` with `s`, the Kelvin sign with `k`): a line holding either is always tried.
    gate: AhoCorasick,
}

impl FurnitureSet {
    /// Parses `data/furniture.txt`: a pattern starts with `^` or with its gate words in braces
    /// (`{word|word} pattern`).
    fn parse(source: &str) -> FurnitureSet {
        let mut anchored = Vec::new();
        let mut gated = Vec::new();
        let mut gate = vec!["\u{17f}".to_owned(), "\u{212a}".to_owned()];
        for pattern in patterns(source) {
            if let Some((words, rest)) = pattern.strip_prefix('{').and_then(|p| p.split_once('}')) {
                gate.extend(words.split('|').map(str::to_ascii_lowercase).filter(|w| !w.is_empty()));
                gated.push(rest.trim().to_owned());
            } else {
                assert!(pattern.starts_with('^'), "a furniture pattern starts with ^ or a gate: {pattern}");
                anchored.push(pattern);
            }
        }
        FurnitureSet {
            anchored: crate::rx::set_ci(anchored).expect("the bundled furniture patterns are valid"),
            gated: crate::rx::set_ci(gated).expect("the bundled furniture patterns are valid"),
            gate: {
                gate.sort();
                gate.dedup();
                AhoCorasick::builder().ascii_case_insensitive(true).build(&gate).expect("the furniture gate words build a searcher")
            },
        }
    }

    fn is_match(&self, line: &str) -> bool {
        if self.anchored.is_match(line) {
            return true;
        }
        self.gate.is_match(line) && self.gated.is_match(line)
    }
}

static FURNITURE_SET: Lazy<FurnitureSet> = Lazy::new(|| FurnitureSet::parse(FURNITURE));
static TEASER_SET: Lazy<RegexSet> = Lazy::new(|| pattern_set(TEASER_MARKERS));

/// One line of a document and where it sits, in characters.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// The line as written, without its `\n`.
    pub text: &'a str,
    /// Character offset of the line's first character in the document.
    pub start: usize,
    /// Its number of words, counted up to [`LONG_LINE_WORDS`] (segmentation asks for the
    /// shape of most lines several times).
    pub words: usize,
}

impl<'a> Line<'a> {
    /// The line without ASCII spaces and tabs at its edges (NBSP and other characters kept).
    pub fn clean(&self) -> &'a str {
        clean(self.text)
    }

    /// Character offset just past the cleaned text's last character.
    pub fn clean_end(&self) -> usize {
        let trailing = self.text.chars().rev().take_while(|c| matches!(c, ' ' | '\t')).count();
        self.start + self.text.chars().count() - trailing
    }

    /// True for a line that reads as running text (see [`is_paragraph_counted`]).
    pub fn is_paragraph(&self) -> bool {
        is_paragraph_counted(self.clean(), self.words)
    }

    /// True for a line shaped like a headline or sub-heading (see [`heading_shape_counted`]).
    pub fn is_heading_shape(&self) -> bool {
        heading_shape_counted(self.clean().trim(), self.words)
    }

    /// Character offset of the cleaned text's first character.
    pub fn clean_start(&self) -> usize {
        self.start + self.text.chars().take_while(|c| matches!(c, ' ' | '\t')).count()
    }
}

/// Splits `text` into lines at `\n`, with character offsets.
pub(crate) fn split_lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        out.push(Line { text: line, start, words: word_count_upto(line, LONG_LINE_WORDS) });
        start += line.chars().count() + 1;
    }
    out
}

/// Removes ASCII spaces and tabs at the edges; other whitespace (NBSP) is text and stays.
pub(crate) fn clean(line: &str) -> &str {
    line.trim_matches(|c| matches!(c, ' ' | '\t' | '\r'))
}

/// True for a line with nothing but whitespace (including NBSP).
pub(crate) fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// True for page furniture: comment counters, follower counts, share widgets, "READ:" links,
/// donation/newsletter/ad-blocker appeals, correction prompts, UI residue.
/// A social-media handle alone on its line: "@annlee", "@lenahartmann@mastodon.social".
/// An e-mail address alone on its line: "weiling@sph.com.sg".
pub(crate) fn is_email(line: &str) -> bool {
    let line = line.trim();
    let Some((user, domain)) = line.split_once('@') else { return false };
    !user.is_empty()
        && user.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
        && domain.contains('.')
        && domain.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
}

pub(crate) fn is_handle(line: &str) -> bool {
    let Some(rest) = line.trim().strip_prefix('@') else { return false };
    let (user, server) = rest.split_once('@').unwrap_or((rest, ""));
    let handle_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
    (1..=40).contains(&user.len())
        && user.chars().all(handle_char)
        && server.chars().all(|c| handle_char(c) || c == '-')
        && (server.is_empty() || server.contains('.'))
}

pub(crate) fn is_furniture(line: &str) -> bool {
    let line = line.trim();
    FURNITURE_SET.is_match(line)
        || is_breadcrumb(line)
        || is_ui_residue(line)
        || is_broadcast_sign_off(line)
        || is_spaced_menu(line)
        || is_language_switcher(line)
        || is_foreign_script(line)
        || is_bilingual_tagline(line)
}

/// A wire story's keyword slug in capitals: words joined by hyphens, no spaces
/// ("KAZAKHSTAN-MOURNING"). Alone it may as well be a name in capitals ("LEVADA-CENTER"), so
/// the caller asks for a feed's control line above it.
pub(crate) fn is_keyword_slug(line: &str) -> bool {
    let line = line.trim();
    let parts: Vec<&str> = line.split('-').collect();
    parts.len() >= 2 && parts.iter().all(|p| p.len() >= 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
}

/// A calendar's entry: a day, then a dash or colon and what happens on it ("Wed 12 Jan —
/// NATO-Russia Council, Brussels", "January 13: OSCE Permanent Council").
pub(crate) fn is_agenda_entry(line: &str) -> bool {
    AGENDA_ENTRY.is_match(line.trim())
}

static AGENDA_ENTRY: Lazy<Regex> = Lazy::new(|| {
    let month = crate::metadata::MONTH_RE;
    crate::rx::regex(&format!(
        r"(?i)^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}\s+{month}|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\s*[—–:-]\s*\S"
    ))
    .expect("the agenda pattern is valid")
});

/// Whether `c` is a letter of a script without capitals (Arabic, Hebrew, Chinese).
fn is_caseless_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// Whether `c` is a letter of the Latin script (accented ones too: "é", "ş", "ā").
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && matches!(c, '\u{c0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}'))
}

/// Whether a line is written wholly in another script than English's: the site's own
/// language left on an English page ("本文系观察者网独家稿件，未经授权，不得转载。",
/// "Барлық құқықтар қорғалған."). Two letters at least, none of them Latin.
fn is_foreign_script(line: &str) -> bool {
    // (not a quotation in its own words: "«Шал, кет!»")
    line.chars().filter(|c| c.is_alphabetic()).take(2).count() == 2
        && !line.chars().any(|c| is_latin_letter(c) || matches!(c, '«' | '»' | '“' | '”' | '"' | '„'))
}

/// Words that end a paper's description of itself ("Republican socio-political newspaper").
const SELF_DESCRIPTIONS: &[&str] = &["newspaper", "magazine", "news agency", "weekly", "daily", "journal", "news portal", "news website", "news site"];

/// A paper's tagline printed in its own script and in English, between bars: "Республикалық
/// қоғамдық-саяси газет | Republican socio-political newspaper". One part has no Latin
/// letter; the English part is a short description ending in the kind of paper.
fn is_bilingual_tagline(line: &str) -> bool {
    let Some((first, second)) = line.split_once(" | ") else { return false };
    let (first, second) = (first.trim(), second.trim());
    let english = |part: &str| {
        let lower = part.to_lowercase();
        part.split_whitespace().count() <= 6 && SELF_DESCRIPTIONS.iter().any(|kind| lower.ends_with(kind))
    };
    (is_foreign_script(first) && english(second)) || (is_foreign_script(second) && english(first))
}

/// A site's navigation under its name: a menu ("Politics | Incidents | Health | Stars"), a
/// language switcher, a breadcrumb ("Home > World") or a section path ("Air | Global | Europe").
pub(crate) fn is_site_navigation(line: &str) -> bool {
    let line = line.trim();
    is_spaced_menu(line) || is_language_switcher(line) || is_breadcrumb(line) || (is_section_label(line) && !is_issue_number(line))
}

/// The names and codes of a site's language versions, folded to lower case.
const LANGUAGE_LABELS: [&str; 69] = [
    "en", "eng", "english", "ru", "rus", "рус", "ру", "русский", "kz", "kaz", "қаз", "каз", "қазақша", "mn", "mon", "мон",
    "монгол", "中文", "日本語", "한국어", "ქართ", "ქართული", "ka", "geo", "uz", "uzb", "ўзб", "o'z", "oʻz", "ky", "кыр",
    "tj", "тоҷ", "az", "aze", "hy", "հայ", "ua", "ukr", "укр", "ar", "عربي", "tr", "de", "o'zbekcha", "oʻzbekcha", "ўзбекча",
    "kurdî", "kurdi", "türkçe", "deutsch", "français", "español", "فارسی", "العربية", "cymraeg", "cy", "gaeilge", "gàidhlig",
    "italiano", "português", "polski", "українська", "bahasa", "melayu", "indonesia", "bm", "اردو", "বাংলা",
];

/// A site's language switcher: "ENG  МОН  РУС  中文  日本語", "ქართ | ENG | РУС". Two or more
/// labels, all of them languages, one of them English.
fn is_language_switcher(line: &str) -> bool {
    if line.len() > 80 {
        return false;
    }
    let labels: Vec<String> = line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·')).filter(|l| !l.is_empty()).map(str::to_lowercase).collect();
    // (the site's name in its own script may stand first: "شفق نيوز | Kurdî | English")
    let languages = labels.iter().filter(|l| LANGUAGE_LABELS.contains(&l.as_str())).count();
    languages >= 2
        && labels.iter().all(|l| LANGUAGE_LABELS.contains(&l.as_str()) || is_foreign_script(l))
        && labels.iter().any(|l| matches!(l.as_str(), "en" | "eng" | "english"))
}

/// A site's menu flattened into one line, its items set apart by runs of spaces, tabs or
/// bars: "Home   Following   Answer   Spaces   Notifications", "Saudi Arabia  Middle East  World
/// Business  Opinion". At least four items of one to three words, each starting with a capital,
/// and no digits (a table's row has figures and dates); nothing ends a sentence.
fn is_spaced_menu(line: &str) -> bool {
    if line.len() > 200 || !(line.contains("  ") || line.contains('\t') || line.matches('|').count() >= 4 || line.contains(" · ")) {
        return false;
    }
    let items: Vec<&str> =
        line.split("  ").flat_map(|part| part.split(['\t', '|', '·', '•'])).map(str::trim).filter(|item| !item.is_empty()).collect();
    // (five or more items between bars are a menu even in lower case: "new | past | comments")
    let barred = items.len() >= 5 && line.matches('|').count() >= 4;
    // (three items between dots when one is a section: "News  ·  Russia  ·  Belarus")
    let dotted_sections = items.len() == 3 && line.contains('·') && items.iter().any(|item| MENU_WORDS.contains(&item.to_lowercase().as_str()));
    // (three items of a word or two set apart by three spaces or more: "My List   Discover   Archive")
    let wide_three = items.len() == 3
        && (line.contains("   ") || line.contains('\t'))
        && !line.contains(['|', '·', '•'])
        && line.split("  ").filter(|p| !p.trim().is_empty()).count() == 3
        && items.iter().all(|item| item.split_whitespace().count() <= 2);
    // (a record's row of five actions or more set apart by three spaces may hold longer ones:
    // "Download PDF   Cite   Email   Print   Save to My Research")
    let wide_row = items.len() >= 5 && line.split("   ").filter(|p| !p.trim().is_empty()).count() >= 5;
    let menu_like = (items.len() >= 4 || dotted_sections || wide_three)
        && items.iter().all(|item| {
            // ("Israel & the Region": a joined pair is one item)
            let words = item.split_whitespace().filter(|w| !matches!(*w, "&" | "and" | "the")).count();
            (1..=if wide_row { 4 } else { 3 }).contains(&words)
                // (a longer joined pair between bars: "RUSSIAN POLITICS & DIPLOMACY")
                && item.chars().count() <= if barred { 32 } else { 25 }
                // (a product's name in camel case: "ePaper", "iPlayer")
                // (the last items may be languages' names in their own scripts, which have no
                // capitals: "… Reports   عربي", "… Videos   پښتو   دری")
                && (item.starts_with(char::is_uppercase)
                    || barred
                    || item.chars().nth(1).is_some_and(char::is_uppercase)
                    || (item.starts_with(is_caseless_letter)
                        && items.iter().skip_while(|i| !i.starts_with(is_caseless_letter)).all(|i| i.starts_with(is_caseless_letter) && !i.contains(' '))))
                // ("Military Balance+": a product's plus; "Currency / Forex": a pair's spaced slash)
                && item.trim_end_matches('+').replace(" / ", " ").chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '&' | '-' | '\'' | '.'))
                // ("U.S." is an item, "Order restored." a sentence)
                && (!item.ends_with(['.', '!', '?']) || item.split('.').filter(|p| !p.is_empty()).all(|p| p.chars().count() == 1))
        });
    if !menu_like {
        return false;
    }
    // three spaces, a tab or a bar set items apart; a headline set with double spaces between
    // its words is still a headline, so items set apart by two spaces need an item of several
    // words ("Middle East") or the words of a site's sections
    // (five items at least when two spaces set apart items of several words: a table's row or a
    // headline set with wide spaces has fewer: "Karim Massimov  Security Chief  Nur-Sultan  Detained")
    if line.contains("   ") || line.contains('\t') || line.contains(['|', '·', '•']) || (items.len() >= 5 && items.iter().any(|item| item.contains(' '))) {
        return true;
    }
    let sections = items.iter().filter(|item| MENU_WORDS.contains(&item.to_lowercase().as_str())).count();
    2 * sections >= items.len()
}

/// Words of a site's menu.
const MENU_WORDS: &[&str] = &[
    "home", "news", "world", "politics", "business", "economy", "opinion", "analysis", "society", "culture", "sport", "sports",
    "health", "science", "tech", "technology", "money", "travel", "lifestyle", "video", "videos", "podcasts", "photos", "local",
    "climate", "investigations", "features", "markets", "entertainment", "showbiz", "arts", "books", "food", "education", "weather",
    "en", "ru", "kz", "eng", "rus", "menu", "search", "login", "subscribe", "newsletters", "regions", "interviews", "blogs",
    "international", "europe", "asia", "nation", "region", "economics", "finance",
    // (a translated page's buttons: "Hören  Merken  Drucken  Teilen", "Partager  Imprimer")
    "teilen", "drucken", "merken", "hören", "partager", "imprimer", "compartir", "imprimir", "condividi", "stampa", "dela", "del",
];

/// A reporter's sign-off closing a broadcast: "For NPR News, I'm Ann Lee in Almaty." (the
/// outlet, then a capitalised name of two or three words, then maybe the place), not
/// "For now, I'm staying with my parents."
fn is_broadcast_sign_off(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("For ") else { return false };
    let Some((outlet, name)) = rest.split_once(", I'm ").or_else(|| rest.split_once(", I’m ")) else { return false };
    if !outlet.starts_with(char::is_uppercase) {
        return false;
    }
    let name = name.trim_end_matches('.');
    let (name, place) = match name.split_once(" in ").or_else(|| name.split_once(" reporting from ")) {
        Some((name, place)) => (name, Some(place)),
        None => (name, None),
    };
    let capitalised = |s: &str| s.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    (2..=3).contains(&name.split_whitespace().count()) && capitalised(name) && place.is_none_or(|p| !p.is_empty() && capitalised(p)) && rest.len() <= 120
}

/// The characters between the crumbs of a breadcrumb trail.
const CRUMB_SEPARATORS: [char; 4] = ['>', '»', '›', '/'];
/// The most separators in a trail.
const MAX_CRUMB_SEPARATORS: usize = 6;
/// The longest crumb, in characters.
const MAX_CRUMB_CHARS: usize = 31;

/// One crumb: a letter, then letters, spaces, apostrophes, hyphens and ampersands (letters
/// case-insensitively, as the furniture set matches them).
static CRUMB: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"(?i)^\p{L}[\p{L}&' -]*$").expect("the crumb pattern is valid"));

/// A kicker of short labels joined by bars or bullets ("Opinion | Central Asia", "World |
/// Europe", "Jeddah • Riyadh • Dammam"): no part is longer than two words. A headline with a
/// site suffix ("Talks stall in Vienna | Reuters") has a longer part.
pub(crate) fn is_section_label(line: &str) -> bool {
    // ("Science & Tech", "Life & Style": a joined pair is one label)
    (line.contains(" | ") && line.split('|').all(|part| (1..=2).contains(&part.split_whitespace().filter(|w| !matches!(*w, "&" | "and")).count())))
        // (or by bullets, as a paper lists its cities: "Jeddah • Riyadh • Dammam")
        // (two such labels only when every word is capitalised, a section's path: "Former USSR ·
        // Kazakhstan", "CENTRAL ASIA · TIMELINE"; not a post's "Original audio · somebody")
        || ([" • ", " · "].iter().any(|sep| line.contains(sep)) && bullet_labels(line))
        || is_issue_number(line)
        // a section path of two short names: "Region & World", "News › Central Asia"
        || ([" & ", " › ", " > ", " / "].iter().any(|sep| line.contains(sep)) && line.split_whitespace().count() <= 4 && !line.ends_with(['.', '?', '!']))
}

/// Whether every part of a line split at its bullets is one or two words, and there are three
/// parts or more or every word is capitalised without digits ([`is_section_label`]).
fn bullet_labels(line: &str) -> bool {
    let parts: Vec<&str> = line.split(['•', '·']).collect();
    parts.iter().all(|part| (1..=2).contains(&part.split_whitespace().count()))
        && (parts.len() >= 3
            || parts.iter().flat_map(|part| part.split_whitespace()).all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(|c: char| c.is_ascii_digit())))
}

/// A one-word section label between a site's name and its headline: "International",
/// "Society" (a capitalised word, no place, nothing a sentence would end with).
pub(crate) fn is_short_label(line: &str) -> bool {
    let line = line.trim();
    let mut words = line.split_whitespace();
    let (Some(word), None) = (words.next(), words.next()) else { return false };
    // (a site's section, not an article's kind: "Exclusive", "Explainer" are kickers)
    word.starts_with(|c: char| c.is_uppercase()) && MENU_WORDS.contains(&word.to_lowercase().as_str())
}

/// A site's name printed as one word at the top of its page, a logo ("Kloop", "KLOOP"):
/// capitalised letters, not a place, a month, a day or another word that starts or labels
/// sentences (`data/non_names.txt`), nor a section ("Politics", "Opinion").
pub(crate) fn is_logo_word(line: &str) -> bool {
    let word = line.trim();
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let lower = word.to_lowercase();
    (3..=16).contains(&word.chars().count())
        && word.starts_with(|c: char| c.is_uppercase())
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !g.non_names.contains(lower.as_str())
        && !g.first_names.contains_key(lower.as_str())
        && !crate::metadata::is_place_word(word)
        && !LOGO_LOOKALIKES.contains(&lower.as_str())
        && !MENU_WORDS.contains(&lower.as_str())
}

/// Words that head a page on their own without naming its site (besides [`MENU_WORDS`]).
const LOGO_LOOKALIKES: &[&str] = &[
    "exclusive", "breaking", "live", "explainer", "interview", "editorial", "commentary", "feature", "advertisement",
    "sponsored", "close", "transcript", "update", "updates", "latest", "statement", "announcement", "press", "release",
    "briefing", "newsletter", "podcast", "column", "blog", "letters", "obituary", "review", "journalist",
    "correspondent", "correction", "clarification", "unrest", "protests", "crisis", "newswire", "wire", "digest",
    "bulletin", "brief", "dispatch", "roundup",
];

/// A periodical's issue or volume line, or a release's number: "Issue No. 1578", "Vol. 12,
/// No. 3", "Press Release (2022) 004".
pub(crate) fn is_issue_number(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    // (or a series' number after its name: "Briefing Paper No. 1/2022", "Policy Brief No. 12";
    // not "Tokayev signs Decree No. 153" or "Presidential Decree No. 153", headlines)
    let words: Vec<&str> = line.split_whitespace().collect();
    let numbered = words.len() >= 3
        && words.len() <= 6
        && words[words.len() - 2].eq_ignore_ascii_case("no.")
        && words[..words.len() - 2].iter().all(|w| w.starts_with(char::is_uppercase))
        && words[..words.len() - 2].iter().any(|w| {
            ["paper", "brief", "briefing", "report", "bulletin", "council", "note", "commentary", "series", "memo", "statement"].contains(&w.to_lowercase().as_str())
        });
    // (a word of its own: "Issued on: 13/01/2022" is a stamp)
    let first = lower.split_whitespace().next().unwrap_or("").trim_end_matches([':', ',']);
    let labelled = matches!(first, "issue" | "volume") || first.starts_with("no.") || first.starts_with("vol.") || lower.starts_with("press release");
    (labelled || numbered)
        && lower.chars().any(|c| c.is_ascii_digit())
        && lower.split_whitespace().count() <= 6
}

/// A site's tagline under its name: words about what the site covers ("Life, food and
/// politics from Almaty", "News and analysis from Central Asia").
pub(crate) fn is_site_tagline(line: &str) -> bool {
    // (a paper saying what it is in a few words, ending with it: "Georgia's English-language
    // daily"; not "Daily Press Briefing by …" nor "English-language schools reopen")
    let paper = words(line) <= 5
        && line.split_whitespace().last().is_some_and(|w| matches!(w.trim_end_matches('.').to_lowercase().as_str(), "newspaper" | "paper" | "daily" | "weekly"));
    paper || line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        matches!(
            w.as_str(),
            "news" | "analysis" | "politics" | "life" | "culture" | "commentary" | "insight" | "insights" | "perspectives" | "since" | "independent" | "edition"
        )
    }) && !line.trim_end().ends_with(['.', '?', '!'])
}

/// A company's name and nothing else ("Steppe Uranium PLC", "Acme Holdings Ltd."): the
/// issuer of a release, not its headline.
pub(crate) fn is_company_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let suffix = words.last().map(|w| w.trim_end_matches([',', '.']).to_ascii_lowercase());
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '(' || c == '&'))
        && suffix.is_some_and(|s| matches!(s.as_str(), "plc" | "ltd" | "limited" | "inc" | "llc" | "jsc" | "corp" | "corporation" | "ag" | "n.v" | "s.a"))
}

/// Head nouns of an institution's or a publication's name.
/// ("News" and "Journal" are left out: "Breaking News", "Opinion Journal" are labels.)
const INSTITUTION_NOUNS: [&str; 32] = [
    "institute", "institution", "centre", "center", "council", "foundation", "endowment", "embassy", "consulate", "ministry",
    "service", "offices", "ratings",
    "committee", "commission", "agency", "forum", "times", "post", "tribune", "herald", "gazette", "observer", "monitor",
    "chancellery", "organization", "organisation", "bank", "kenesh", "parliament", "secretariat", "university",
];

/// A line naming an institution or a publication and nothing else: a name of at most
/// eight words with a head noun among them ("Harrow Institute for International Affairs",
/// "U.S. Embassy & Consulate in Kazakhstan").
pub(crate) fn is_institution_name(line: &str) -> bool {
    // ("U.S." keeps its full stops: an abbreviation, not the end of a sentence)
    let unabbreviated = line.replace("U.S.", "US").replace("U.K.", "UK");
    line.split_whitespace().count() <= 8
        && is_name_like(&unabbreviated)
        && line.split_whitespace().any(|w| INSTITUTION_NOUNS.contains(&w.trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase().as_str()))
}

/// A line that is a name and nothing else: every word capitalised, or a connector ("The
/// Ministry of Foreign Affairs of the Russian Federation", "Central Asia Analysis").
pub(crate) fn is_name_like(line: &str) -> bool {
    let mut words = 0;
    for word in line.split_whitespace() {
        words += 1;
        let connector = ["of", "the", "and", "&", "for", "de", "on", "in"].iter().any(|c| word.eq_ignore_ascii_case(c));
        if !(connector || word.starts_with(|c: char| c.is_uppercase())) || word.ends_with([',', ':', ';', '.']) {
            return false;
        }
    }
    (2..=10).contains(&words)
}

/// What a note about the author calls them ("… is a writer on Russia", "… is a senior fellow at …").
const AUTHOR_ROLES: [&str; 17] = [
    "writer", "journalist", "reporter", "correspondent", "analyst", "editor", "columnist", "fellow", "professor",
    "researcher", "commentator", "contributor", "author", "lecturer", "freelancer", "photographer", "historian",
];

/// A short note about the author: a name of one to three capitalised words, "is" (or
/// "is a", "is the"), at most four more words, then a role ("Daniyar Kassenov is a
/// journalist based in Almaty", "Catherine Holloway is a writer on Russia and Central Asia").
pub(crate) fn is_author_note(line: &str) -> bool {
    if words(line) > 20 || line.contains(" said") || line.contains(" says") {
        return false;
    }
    let mut tokens = line.split_whitespace();
    let name = tokens.by_ref().take_while(|w| *w != "is").count();
    let pronoun = line.split_whitespace().next().is_some_and(|w| ["He", "She", "They", "It", "This", "That"].contains(&w));
    if !(2..=3).contains(&name) || pronoun || !line.split_whitespace().take(name).all(|w| w.starts_with(|c: char| c.is_uppercase())) {
        return false;
    }
    tokens.take(6).any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
        AUTHOR_ROLES.iter().any(|role| w == *role || w.strip_suffix('s') == Some(role))
    })
}

/// A breadcrumb trail ("Home > World > Asia", "News » Europe", "Home / Russia & FSU /"): two
/// to seven crumbs of at most [`MAX_CRUMB_CHARS`] characters, separated by `>`, `»`, `›` or
/// `/` with whitespace on both sides, maybe closed by one more separator. The same lines as
/// `^C(?:\s+[>»›/]\s+C){1,6}(?:\s+[>»›/])?$` with `C` the crumb pattern
/// bounded by `{0,30}`, which as a regular expression took 100 ms to compile.
fn is_breadcrumb(line: &str) -> bool {
    // ("Home >> World": a doubled separator is one)
    let single;
    let line = if line.contains(">>") {
        single = line.replace(">>", ">");
        single.as_str()
    } else {
        line
    };
    // "Home / Russia & FSU /": a trail may end in a separator after whitespace
    let line = match line.strip_suffix(CRUMB_SEPARATORS) {
        Some(rest) if rest.ends_with(char::is_whitespace) => rest.trim_end(),
        _ => line,
    };
    let separators = line.matches(CRUMB_SEPARATORS).count();
    if !(1..=MAX_CRUMB_SEPARATORS).contains(&separators) {
        return false;
    }
    // a separator is never part of a crumb, so the split is the only way to read the line
    line.split(CRUMB_SEPARATORS).enumerate().all(|(i, part)| {
        let mut crumb = part;
        if i > 0 {
            crumb = crumb.trim_start();
            if crumb.len() == part.len() {
                return false;
            }
        }
        if i < separators {
            // the crumb ends at its last non-space: a space it could also take only makes it longer
            let before = crumb.len();
            crumb = crumb.trim_end();
            if crumb.len() == before {
                return false;
            }
        }
        // (the last crumb may be the page's day after an arrow: "Home » Current Affairs » 10
        // January 2022"; a slash before a stamp is a credit's, "short by Ann Lee / 11:08 am on
        // 13 Jan 2022")
        (crumb.chars().count() <= MAX_CRUMB_CHARS && CRUMB.is_match(crumb))
            || (i == separators && i > 0 && !line.contains('/') && crate::metadata::date_line(crumb).is_some())
    })
}

/// A lone lowercase word such as a button label left by the scraper ("clear", "menu").
fn is_ui_residue(line: &str) -> bool {
    !line.is_empty()
        && line.chars().count() <= 20
        && line.chars().all(|c| c.is_lowercase() || c == '-')
}

/// True for the header of a block of teasers for other articles ("Related", "YOU MAY ALSO LIKE").
pub(crate) fn is_teaser_marker(line: &str) -> bool {
    TEASER_SET.is_match(line.trim())
}

static BARE_URL: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"^(?:https?://|www\.)\S+$").expect("the URL pattern is valid"));
static IMAGE_HINT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)\.(?:jpe?g|png|gif|webp|avif|svg)(?-u:\b)|image|img|photo|media|picture|cdn").expect("the image pattern is valid")
});

/// The URL of a line that is a bare link and nothing else.
pub(crate) fn bare_url(line: &str) -> Option<&str> {
    let line = line.trim();
    BARE_URL.is_match(line).then_some(line)
}

/// True when a bare URL points at an image.
pub(crate) fn is_image_url(url: &str) -> bool {
    IMAGE_HINT.is_match(url)
}

static BRACKET_CREDIT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)\[[^\[\]]*(?:courtesy|photo|getty|images?|reuters|afp|(?-u:\b)ap(?-u:\b)|epa|shutterstock|credit|pool|handout|/)[^\[\]]*\]$")
        .expect("the credit pattern is valid")
});
static AGENCY_CREDIT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?:^\[\d+/\d+\]\s)|(?-u:\b)(?:REUTERS|AFP|AP|EPA|EPA-EFE|Getty Images|Reuters|Sputnik|TASS|Anadolu)/\p{Lu}[\p{L} .'-]*$|(?-u:\b)(?:Handout|HANDOUT|handout) via (?:REUTERS|Reuters|AFP|AP|EPA|Getty Images|Sputnik)$")
        .expect("the credit pattern is valid")
});
/// A credit in parentheses closing a caption: "… Jan. 11, 2022. (AA Photo)", "(Photo: Ann Lee)".
static PAREN_CREDIT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)\((?:[^()]*(?-u:\b)(?:photos?|photograph|image|getty|handout)(?-u:\b)[^()]*)\)$").expect("the credit pattern is valid")
});
static SLASH_CREDIT: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"\s/\s?\p{Lu}[\p{L}\d .&'-]*(?:/[\p{L}\d .&'-]+)*$").expect("the credit pattern is valid"));

/// True for a photo caption that ends with its credit: "… [NAME/AFP/Getty Images]",
/// "… [Courtesy: X]", "… /Agency/AFP".
pub(crate) fn is_credited_caption(line: &str) -> bool {
    let line = line.trim();
    // (a site's menu is no caption, though a slash may stand in it: "Homepage   Equities
    // Currency / Forex   Commodities")
    if is_spaced_menu(line) {
        return false;
    }
    // (each pattern is tried only on a line with the marks it needs: most lines are text)
    let agency_marks = line.starts_with('[') || line.contains('/') || line.contains(" via ");
    if agency_marks && AGENCY_CREDIT.is_match(line) && word_count(line) < LONG_LINE_WORDS {
        return true;
    }
    if let Some(m) = line.ends_with(']').then(|| BRACKET_CREDIT.find(line)).flatten() {
        let before = line[..m.start()].trim_end();
        return before.split_whitespace().count() >= 3 && !ends_sentence(before);
    }
    if let Some(m) = line.ends_with(')').then(|| PAREN_CREDIT.find(line)).flatten() {
        // "(AA Photo)" after a complete caption sentence; a bare "(Photo: …)" line is a
        // labelled caption, handled elsewhere
        let before = line[..m.start()].trim_end();
        return before.split_whitespace().count() >= 3;
    }
    if let Some(m) = line.contains('/').then(|| SLASH_CREDIT.find(line)).flatten() {
        return !ends_sentence(line[..m.start()].trim_end());
    }
    labelled_credit_end(line)
}

/// The longest credit after a caption's label, in characters.
const MAX_CREDIT_CHARS: usize = 80;

/// A caption closed by a labelled credit: "… on 5 January. Photograph: Ann Lee/AFP via
/// Getty Images" (at least three words before the label, a capitalised credit with no
/// sentence punctuation after it).
fn labelled_credit_end(line: &str) -> bool {
    let Some(colon) = line.rfind(':') else { return false };
    let head = line[..colon].trim_end();
    let word_start = head.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    let label = &head[word_start..];
    if !["photograph", "photo", "picture", "image", "video"].iter().any(|l| label.eq_ignore_ascii_case(l)) {
        return false;
    }
    let credit = line[colon + 1..].trim();
    // (a credit names a photographer's agency: "Ann Lee/AFP", "… via Getty Images")
    let lower = credit.to_ascii_lowercase();
    let agency = credit.contains('/')
        || [" via ", "getty", "reuters", "afp", "epa", "anadolu", "tass", "sputnik", "shutterstock", "handout", "alamy", "pool"]
            .iter()
            .any(|a| lower.contains(a));
    agency
        && credit.starts_with(char::is_uppercase)
        && credit.chars().count() <= MAX_CREDIT_CHARS
        && !credit.contains(['.', ';', '!', '?'])
        && head[..word_start].split_whitespace().count() >= 3
        && word_count(line) < LONG_LINE_WORDS
}

static CAPTION_LABEL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:(?:image|photo|picture|media|video) (?:source|caption|credit)|photo|photograph|picture|file photo|image|credit|caption)\s*[,:]\s*\S|^\((?:photo|image|picture|file photo)(?-u:\b)[^()]*\)$|^(?:photo|image|picture)s? by\s+\p{Lu}")
        .expect("the caption-label pattern is valid")
});

/// True for a labelled caption or credit line ("Image caption, …", "Photo: …", "(Photo by …)").
pub(crate) fn is_labelled_caption(line: &str) -> bool {
    CAPTION_LABEL.is_match(line.trim())
}

/// True when the caption line under an image link looks like a caption rather than the
/// article's next paragraph.
pub(crate) fn is_caption_after_image(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty() && bare_url(line).is_none() && (is_credited_caption(line) || !ends_sentence(line))
}

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '*'];
// (with the opening marks of German and Hungarian „…“, Danish »…« and Swedish ”…” quotes)
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '„', '»', '”', '(', '[', '-', '–', '—', '*'];

/// True when the text ends like a sentence: `.`, `!`, `?` or `…`, maybe inside closing
/// marks, and maybe followed by the credit of a digest item ("… talking. (Reuters)",
/// "… level. — TASS").
pub(crate) fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end();
    text.trim_end_matches(CLOSERS).ends_with(['.', '!', '?', '…'])
        || without_trailing_credit(text).is_some_and(|t| t.trim_end_matches(CLOSERS).ends_with(['.', '!', '?', '…']))
        || without_thread_counter(text).is_some_and(|t| t.trim_end_matches(CLOSERS).ends_with(['.', '!', '?', '…']))
        || before_dash_attribution(text).is_some_and(|t| t.trim_end_matches(CLOSERS).ends_with(['.', '!', '?', '…']))
}

/// A quotation opening the line, before the dash that names its speaker: "\"We are ready to
/// talk.\" – Jens Stoltenberg, Nato secretary general" gives the quotation.
fn before_dash_attribution(text: &str) -> Option<&str> {
    let text = text.trim();
    if !text.starts_with(['"', '“', '«', '„']) {
        return None;
    }
    [" – ", " — ", " - "].iter().filter_map(|d| text.find(d)).min().map(|at| &text[..at]).filter(|quote| quote.trim_end().ends_with(['"', '”', '»', '“']))
}

/// The text before a thread's post counter closing it: "… End of thread. 7/7", "(3/7)".
fn without_thread_counter(text: &str) -> Option<&str> {
    let (before, counter) = text.rsplit_once(' ')?;
    let (n, of) = counter.trim_start_matches('(').trim_end_matches(')').split_once('/')?;
    let number = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    (number(n) && (of.is_empty() || number(of))).then_some(before)
}

/// The text before a short source credit closing it: "(Reuters)", "(AP)", "— TASS".
fn without_trailing_credit(text: &str) -> Option<&str> {
    let credit_like = |c: &str| {
        let words: Vec<&str> = c.split_whitespace().collect();
        (1..=3).contains(&words.len()) && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase)) && !c.contains('.')
    };
    if let Some(inner) = text.strip_suffix(')') {
        let open = inner.rfind('(')?;
        return credit_like(&inner[open + 1..]).then(|| inner[..open].trim_end());
    }
    let dash = text.rfind(['—', '–'])?;
    let credit = text[dash..].trim_start_matches(['—', '–']).trim();
    credit_like(credit).then(|| text[..dash].trim_end())
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Number of words, counted up to `cap` (enough for the shape tests, and it stops early on
/// long paragraphs, which segmentation tests several times per line).
fn word_count_upto(text: &str, cap: usize) -> usize {
    // one pass, counting the starts of whitespace-separated runs (what
    // `split_whitespace().take(cap).count()` counts, without its searcher per word); ASCII
    // bytes are tested without decoding
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() && count < cap {
        let b = bytes[i];
        let space = if b.is_ascii() {
            i += 1;
            // what `char::is_whitespace` says of ASCII: space, \t, \n, \x0B, \x0C, \r
            b == b' ' || (b'\t'..=b'\r').contains(&b)
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
            i += c.len_utf8();
            c.is_whitespace()
        };
        count += usize::from(!space && !in_word);
        in_word = !space;
    }
    count
}

/// Lines this long are running text whatever their ending.
pub(crate) const LONG_LINE_WORDS: usize = 40;

/// Whether a line is an item of a bulleted list: "* Former KNB head detained", "• Talks end".
pub(crate) fn is_bullet(line: &str) -> bool {
    let line = line.trim_start();
    ["* ", "• ", "· ", "- ", "– "].iter().any(|b| line.starts_with(b))
}

/// [`Line::is_paragraph`] of a string (the tests' way in).
#[cfg(test)]
fn is_paragraph(line: &str) -> bool {
    is_paragraph_counted(line, word_count_upto(line, LONG_LINE_WORDS))
}

/// True for a line that reads as running text: a sentence-final mark and at least six
/// words, or a long line whatever its ending. A question in Title Case is a headline.
/// `words` is the line's `word_count_upto(line, LONG_LINE_WORDS)`.
fn is_paragraph_counted(line: &str, words: usize) -> bool {
    let question = line.trim_end().trim_end_matches(CLOSERS).ends_with('?');
    (words >= 6 && ends_sentence(line) && !(question && is_title_case(line))) || words >= LONG_LINE_WORDS
}

/// [`Line::is_heading_shape`] of a string (the tests' way in).
#[cfg(test)]
fn is_heading_shape(line: &str) -> bool {
    let line = line.trim();
    heading_shape_counted(line, word_count_upto(line, LONG_LINE_WORDS))
}

/// True for a line shaped like a headline or sub-heading: short, starting with a capital
/// (after any opening mark), not ending in `.`, `!`, `,`, `;` or `:`, and not running text.
/// `line` is trimmed; `words` is its `word_count_upto(line, LONG_LINE_WORDS)`.
fn heading_shape_counted(line: &str, words: usize) -> bool {
    if words == 0 || words >= LONG_LINE_WORDS || is_paragraph_counted(line, words) {
        return false;
    }
    let first = line.trim_start_matches(OPENERS).trim_start().chars().next();
    if !first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let last = line.trim_end_matches(CLOSERS).chars().last();
    !matches!(last, Some('.' | '!' | ',' | ';' | ':' | '…'))
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs",
    "via", "per", "into", "over", "off", "up",
];

/// True for a heading in Title Case ("Lavrov Meets Baerbock In Moscow"): at least three
/// content words (so "Moscow, January 20" or a name alone is not one) and nearly all of
/// them capitalised.
pub(crate) fn is_title_case(line: &str) -> bool {
    let mut content = 0usize;
    let mut capitalised = 0usize;
    for raw in line.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else { continue };
        if !first.is_alphabetic() || SMALL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(word)) {
            continue;
        }
        content += 1;
        if first.is_uppercase() {
            capitalised += 1;
        }
    }
    content >= 3 && capitalised * 100 >= content * 85
}

/// Number of words, for choosing the fullest headline candidate.
pub(crate) fn words(line: &str) -> usize {
    word_count(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_numbers_are_section_labels() {
        assert!(is_section_label("Issue No. 1578"));
        assert!(is_section_label("Vol. 12, No. 3"));
        assert!(is_section_label("Region & World"));
        assert!(is_section_label("News › Central Asia"));
        assert!(!is_section_label("Russia & China Back Tokayev Over Unrest"));
        assert!(is_section_label("Home | UK | World | Science & Tech | Business"));
        assert!(is_section_label("Gulf | Middle East | Life & Style | Videos"));
        assert!(is_section_label("Press Release (2022) 004"));
        assert!(!is_section_label("Talks stall in Vienna | Reuters"));
        assert!(!is_section_label("Issue of troops divides the alliance"));
        assert!(is_section_label("Jeddah • Riyadh • Dammam"));
        assert!(is_section_label("CENTRAL ASIA · TIMELINE") && is_section_label("Former USSR  ·  Kazakhstan"));
        assert!(!is_section_label("Original audio · ankahaberenglish") && !is_section_label("Public page · 58,402 followers"));
        assert!(!is_section_label("Kazakhstan • Troops begin to leave Almaty"));
    }

    #[test]
    fn institution_names_are_names_with_a_head_noun() {
        assert!(is_institution_name("Harrow Institute for International Affairs"));
        assert!(is_institution_name("U.S. Embassy & Consulate in Kazakhstan"));
        assert!(is_institution_name("Government Offices of Sweden"));
        assert!(is_institution_name("Congressional Research Service"));
        assert!(!is_institution_name("Kazakhstan Country Information"));
        assert!(!is_institution_name("BREAKING NEWS"));
        assert!(!is_institution_name("Central Asia News"));
        assert!(!is_institution_name("Troops arrive at the embassy in Almaty"));
        assert!(!is_institution_name("The Council of the European Union Meets Today on Sanctions Against Belarus Again"));
    }

    #[test]
    fn word_count_stops_at_the_cap() {
        let line = "  One two\u{a0}three\tfour  five ";
        for cap in 0..8 {
            assert_eq!(word_count_upto(line, cap), line.split_whitespace().take(cap).count());
        }
        assert_eq!(word_count_upto(line, 40), 5);
        assert_eq!(word_count_upto(" \n ", 40), 0);
        // every ASCII and some non-ASCII whitespace, non-ASCII words, the cap mid-text
        let line = "a\x0Bb\x0Cc\rd\u{85}é\u{2003}ж\u{3000}北京\u{1f}x\u{200b}y";
        for cap in 0..12 {
            assert_eq!(word_count_upto(line, cap), line.split_whitespace().take(cap).count(), "{cap}");
        }
        assert_eq!(word_count_upto(line, 40), 7);
    }

    #[test]
    fn furniture_lines_are_recognised() {
        for line in [
            "(Adds Blinken comments, detention figure, details on airport)",
            "(ATTN: ADDS foreign ministry comments in paras 5-6; UPDATES casualty figures in para 9)",
            "Eds: UPDATES with detention figures, Price comments. With AP Photos.",
            "ZCZC KZI0233 3 POL 0310 /KZINF-ENG/",
            "NNNN",
            "V3456",
            "C0844  3  POL  (SUB)",
            "BC-EU--Russia-US-Security, 1st Ld",
            "AP-WF-01-10-22 1702GMT",
            "AFP  ENG  0412  4  POL  /AFP-NU10",
            "xhE 20220113 GB 0716 0542 WOR",
            "IF-AVN 120922 MSK  ID:7731845",
            "URGENT",
            "UPDATE 1",
            "(3rd writethru)",
            "KAZAKHSTAN-TOKAYEV-ADDRESS",
            "KAZAKHSTAN-JAPANESE (SUB)",
            "Kazakhstan-unrest-Russia-military,2ndlead",
            "ATTENTION -- UPDATED with OSCE meeting outcome, Peskov remarks in paras 6-9; TOP LINE changed -- ATTENTION",
            "*** KILL *** KILL *** KILL ***",
            "*** END KILL ***",
            "Editors: Please KILL the story slugged KAZAKHSTAN-JAPANESE, headlined \"12 hurt\". A substitute story follows.",
            "EDITOR: Murat Kaya",
            "AA NEWS FEED - ENGLISH SERVICE",
            "VERSION: 2 (supersedes version 1 sent 10.01.2022 09:12)",
            "PRIORITY: 3",
            "WORD COUNT: 412",
            "ADDS Serdyukov comments, detention figure, paras 6-8",
            "AFP 111248 GMT JAN 22",
            "(END)",
            "--IANS",
            "ksk/shb/",
            "ad/ mmi/",
            "tr. Tomasz Wilk",
            "News ID: 1823517",
            "Copyright(c) Yonhap News Agency prohibits its content from being redistributed without permission.",
            "The president addresses lawmakers on Tuesday. Photo courtesy of Akorda/UPI | License Photo",
            "Comments / 3",
            "Open in app",
            "Sign up   Sign in",
            "(Unofficial English translation)",
            "Verbatim report of proceedings",
            "This is Google's cache of https://example.com/a.html. It is a snapshot of the page as it appeared on 9 Jan 2022.",
            "Go to the full CNN experience",
            "Posted in Bulgaria, Europe, World",
            "Listen (2 min)",
            "Listen  4:12",
            "Page 4 · World",
            "S. Hrg. 117-412",
            "House of Lords",
            "Leave a Comment",
            "12K+",
            "Followers",
            "READ: Ministers meet again in Vienna",
            "Please turn off your ad blocker to keep reading.",
            "Our supporters get this briefing in their inbox every morning.",
            "#Energy#Gas#Europe",
            "clear",
            "4 min read",
            "Reading time: 6 min",
            "Read time 3 minutes",
            "Story continues below advertisement",
            "Home > Europe > Baltics",
            "News » World",
            "Share on Facebook Share on Telegram Share via Email",
            "Reuters reporter Anna Berg in Riga contributed.",
            "We use cookies to improve your experience. By continuing you agree. Accept all | Manage preferences",
            "Manage preferences",
            "Cookies on GOV.UK",
            "Translator's note: translated from the Russian. Names are given as in the original publication.",
            "This is a Swedish article machine-translated into English.",
            "This is a column. The writer is responsible for analysis and opinions in the text.",
            "Menu  Search  Watch live",
            "This article has been translated from Swedish. Read the original here.",
            "We value your privacy",
            "We and our 842 partners use cookies and similar technologies to store and access information on your device.",
            "ACCEPT ALL    MORE OPTIONS",
            "Register for free to continue reading",
            "Registration is a free and easy way to support our journalism.",
            "Sign up with email    Already have an account? Sign in",
            "We use some essential cookies to make this website work.",
            "Accept additional cookies   Reject additional cookies   View cookies",
            "Home / Russia & FSU /",
            "Subscribe to the Morning Brief | Unsubscribe | Privacy",
            "Podcasts | Shows | Documentaries",
            "This article first appeared on the Central Asia Analysis website. Republished with permission.",
            "Follow RT on Telegram",
            "Page 3 of 12",
            "- AFP",
            "bur-ai/jbr",
            "ab/xy (AFP, Reuters, dpa)",
            "Updated at 17.05 GMT",
            "2,418 Retweets 9,133 Likes",
            "Correction (13.04.2023, 10:05): An earlier version of this story gave the wrong town.",
            "Correction, 15 April: an earlier version of this story gave the wrong title.",
            "Correction: May 9, 2023",
            "From: Press Office <press@example.org>",
            "To: Media List",
            "Contents",
            "This article is about the 2023 floods. For the earlier floods, see Floods in Latvia.",
            "Col. 224",
            "-----Original Message-----",
            "Dear colleagues,",
            "Kind regards,",
            "Tel.: +7 (495) 606-97-71",
            "CONFIDENTIALITY NOTICE: This e-mail is intended solely for the addressee.",
            "example-agency.org",
            "[MUSIC]",
            "Transcript",
            "READER COMMENTS (3)",
            "You need to enable JavaScript to run this app.",
            "A version of this article appears in print on May 9, 2023, Section A, Page 8.",
            "Ann Lee contributed reporting from Riga.",
            "(The briefing was concluded at 2:51 p.m.)",
            "(SOUNDBITE OF MUSIC)",
            "(SOUNDBITE OF ARCHIVED RECORDING)",
            "NPR transcripts are created on a rush deadline by a contractor.",
            "For more Human Rights Watch reporting on Latvia, please visit:",
            "For more information, please contact:",
            "In Berlin, Ann Lee (English, German): +49-30-259-306-10; or +49-151-1141-2521 (mobile).",
            "For information media. Not an official record.",
            "Forwarded from RIA Novosti",
            "👁 48.2K",
            "PTI KR ZH",
            "==Kyodo",
            "(Only the headline may have been reworked by staff; the rest is auto-generated from a syndicated feed.)",
            "When using BelTA materials, a hyperlink to belta.by is obligatory.",
            "Use of the materials is allowed only with a link to the agency, which is obligatory.",
            "Material use at, the agency link obligatory.",
            "All information is the property of the Agency. Reproduction without reference to the Agency is prohibited.",
            "Please don't copy articles from example.com and redistribute by email or post to the web.",
            "ak ms",
            "12 thoughts on \u{201c}Five days without internet\u{201d}",
            "3 responses to \"Talks end in Geneva\"",
            "vb ak lt",
            "ENDS",
            "- ends -",
            "For further information, please contact:",
            "INSIDE: Opinion A10 | Obituaries B4 | Sports C1",
            "WEATHER: Snow likely, high 28, low 14. Details, B8",
            "Tribune Foreign Desk",
            "Herald Staff Writer",
            "Continued on Page A6",
            "— With assistance from Anna Kerimbayeva",
            "This story has been updated with the ministry's latest figures.",
            "Editor's note: An earlier version of this story said that 4,404 people had been detained.",
            "Clarification: A previous version of this story described him as a former prime minister.",
            "To the editor:",
            "Letters may be edited for length and clarity.",
            "About the author: Ann Lee is a lecturer in politics.",
            "Entries are in chronological order, oldest first.",
            "The latest on the unrest in Kazakhstan (all times local):",
            "14 points · 9 comments · 89% Upvoted",
            "[removed]",
            "level 1 load more comments (2)",
            "Continued from Page 1",
            "For Eurasia Now, I'm Kate Lindgren.",
            "For NPR News, I'm Ann Lee in Almaty.",
            "About the author",
            "The Institute takes no institutional positions. The views expressed are those of the author.",
            "The views expressed in this commentary are those of the author.",
            "Summary",
            "Highlights",
        ] {
            assert!(is_furniture(line), "{line}");
        }
    }

    #[test]
    fn company_names_are_told_from_headlines() {
        assert!(is_company_name("Steppe Uranium PLC"));
        assert!(is_company_name("Acme Holdings Ltd."));
        assert!(!is_company_name("Uranium miner says output unaffected, PLC"));
        assert!(!is_company_name("Protests Hit Air Astana JSC"));
        assert!(!is_company_name("Update on operations in Kazakhstan"));
        assert!(!is_company_name("PLC"));
    }

    #[test]
    fn article_sentences_are_not_furniture() {
        for line in [
            "SC/14763",
            "LEVADA-CENTER",
            "A380",
            "Urgent talks open in Geneva",
            "Adds to the pressure on Moscow, the minister said in paras 6-8 of the decree.",
            "(Adds to the pressure on Moscow, the minister said.) The talks went on.",
            "The end",
            "Eds: the paragraph below is no note",
            "The ministry said 40 people were detained in the capital.",
            "Open in app stores since May, the game reached Almaty.",
            "Posted in Almaty by our correspondent, the letter reached us on Monday.",
            "Listen to the minister (2 min) and judge for yourself.",
            "(An unofficial translation of the decree was published on Monday.)",
            "Read the statement, the spokesman told reporters, and judge for yourself.",
            "Donations of food arrived at the border on Monday.",
            "We will support our allies, the minister said.",
            "Prices rose > 5% in March, the bank said.",
            "Every region contributed troops to the exercise, the ministry said.",
            "Hackers use cookies stolen from officials, the agency said.",
            "Prices rose 5 percent / year, the bank said.",
            "Follow the money, the minister told the parliament on Telegram and in the press.",
            "He wants the Russians gone before they become his patrons. But the lesson for the rest of us is the template.",
            "This article is about the talks, and the story continues in Vienna on Thursday.",
            "Dear friends and colleagues were among those detained, she said.",
            "Page after page of the report lists the dead.",
            "- Reuters reported that 40 people were detained",
            "Updated figures at 17.05 showed 40 dead, the ministry said.",
            "Corrections officers were deployed to the prison, the ministry said.",
            "Contents of the letter were not disclosed, the ministry said.",
            "Dear colleagues, the minister began, we face a hard winter.",
            "Regards to the family were sent by the president.",
            "Sources said the talks had stalled.",
            "Transcripts of the call were not released.",
            "Ann Lee contributed to the fund, the report said.",
            "Sources: Russia to send 3,000 troops to the border",
            "Correction: police now say 40 people died, not 26.",
            "To: the people of the region, the governor wrote, we will restore order.",
            "From: Riga to Daugavpils, protests spread in hours as police detained 200 people.",
            "Disclaimer: the author advised the government in 2019.",
            "This article is about how residents see the mission.",
            "(Soundbite of the president's speech was broadcast on every channel.)",
            "For more than a week, the city was without power, please note.",
            "In Almaty, police said: 40 people were detained on Monday.",
            "Forwarded from the ministry, the letter asked for calm.",
            "Inside: the story of a week that changed the country.",
            "The desk officer said the foreign desk was closed.",
            "For the president, I'm told, the matter is closed.",
            "About the authority of the council, little is known.",
            "The views expressed by the minister are his own, a spokesman said.",
            "For now, I'm staying with my parents in Almaty.",
            "For my family, I'm the only one with a car.",
            "For now, I'm Staying Home.",
            "In total, the interior ministry reported: 10 000 people detained across the country.",
            "In Almaty, the curfew hours are now: 23.00-07.00 every day.",
            "The newspaper later said the views expressed are those of the author, and removed the column.",
            "The bank takes no institutional positions on politics, its chairman said.",
            "Inside: the story of a week that changed the country, told on Abai Avenue, section B2",
            "Behind the front desk",
            "This story has many sides, the minister said.",
            "Editor's note: the writer is a former diplomat.",
            "14 points were made in the letter to the president.",
            "Using a link to the database is required, the ministry said, for every request.",
            "All information is the property of the state, the minister said.",
            "Using the government's link to register for compensation is mandatory.",
            "2 responses to \"Russia's security demands\" were delivered in Moscow on January 26.",
            "Ends and means were discussed at the summit.",
            "No, he said.",
            "AK MS",
            "12 thoughts on the talks were shared by the minister.",
            "It ends here.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    /// A deterministic pseudo-random line built from `pieces`.
    fn soup(state: &mut u32, pieces: &[&str], len: usize) -> String {
        (0..len)
            .map(|_| {
                *state ^= *state << 13;
                *state ^= *state >> 17;
                *state ^= *state << 5;
                pieces[*state as usize % pieces.len()]
            })
            .collect()
    }

    #[test]
    fn breadcrumbs_are_the_lines_of_the_bounded_pattern() {
        let pattern = r"^[\p{L}][\p{L}&' -]{0,30}(?:\s+[>»›/]\s+[\p{L}][\p{L}&' -]{0,30}){1,6}(?:\s+[>»›/])?$";
        let re = regex::RegexBuilder::new(pattern).case_insensitive(true).build().expect("valid");
        for line in ["Home > World > Asia", "News » Europe", "Home > Europe > Baltics", "Prices rose > 5% in March", "Home / Russia & FSU /"] {
            assert_eq!(is_breadcrumb(line), re.is_match(line), "{line}");
        }
        assert!(is_paragraph_counted("\"We are ready to talk. We also have to be ready for the talks to fail.\" – Jens Stoltenberg, Nato secretary general", 20));
        assert!(!is_paragraph_counted("\"Dead end\" – Ryabkov on the talks", 6));
        assert!(is_spaced_menu("RUSSIAN POLITICS & DIPLOMACY | WORLD | BUSINESS & ECONOMY | MILITARY & DEFENSE | SPORT"));
        assert!(is_issue_number("Issue 212"));
        assert!(is_issue_number("Vol. 12, No. 3"));
        assert!(!is_issue_number("Issued on: 13/01/2022 - 18:47"));
        assert!(is_breadcrumb("News » World"));
        assert!(is_breadcrumb("Home » Current Affairs » 10 January 2022"));
        assert!(!is_breadcrumb("10 January 2022 » Current Affairs"));
        assert!(!is_breadcrumb("short by Aditi Rao / 11:08 am on 13 Jan 2022, Thursday"));
        assert!(is_breadcrumb("Home >> World"));
        assert!(!is_breadcrumb("News »World"));
        assert!(!is_breadcrumb("A > B > C > D > E > F > G > H"));
        assert!(is_breadcrumb(&format!("{} > B", "a".repeat(31))));
        assert!(!is_breadcrumb(&format!("{} > B", "a".repeat(32))));
        let pieces = ["a", "Zé", "ж", "\u{345}", " ", "  ", "\t", "\u{a0}", ">", "»", "›", "/", " > ", " » ", " / ", "&", "'", "-", "7", ".", "aaaaaaaaaa"];
        let mut state = 0x9E37_79B9_u32;
        for n in 0..4000 {
            let line = soup(&mut state, &pieces, 2 + n % 24);
            assert_eq!(is_breadcrumb(&line), re.is_match(&line), "{line:?}");
        }
    }

    #[test]
    fn the_gated_furniture_set_matches_the_whole_set() {
        // every pattern of the file (gates removed) and the breadcrumb pattern, in one set
        let mut all: Vec<String> =
            patterns(FURNITURE).map(|p| if p.starts_with('{') { p.split_once("} ").map_or(p.clone(), |(_, rest)| rest.to_owned()) } else { p }).collect();
        all.push(r"^[\p{L}][\p{L}&' -]{0,30}(?:\s+[>»›/]\s+[\p{L}][\p{L}&' -]{0,30}){1,6}(?:\s+[>»›/])?$".to_owned());
        // (one set of everything is larger than the default compile limit: the test raises it)
        let whole = regex::RegexSetBuilder::new(&all).case_insensitive(true).size_limit(256 << 20).build().expect("valid");
        let pieces = [
            "ad blocker", "Ad-Blockers", "our ", "us ", "patrons", "Patreon", "newsletter", "inbox", "please ", "donate",
            "donation", "now", "support ", "ſupport uſ", "bloc\u{212a}er", "join our community", "close this page", "sign up ",
            "subscribe ", "for ", "to ", "the ", "free ", "weekly", "contributed ", "reporting ", "report", "story", ".", "writer ",
            "Ctrl + Enter", " ", "x", "Home", " > ", " / ", "share ", "4 min read", "comments", "#tag", "we use cookies",
            "unsubscribe", " | ", "privacy", "republished with permission",
        ];
        let mut state = 0x2545_F491_u32;
        for n in 0..4000 {
            let line = soup(&mut state, &pieces, 1 + n % 9);
            let line = line.trim();
            assert_eq!(FURNITURE_SET.is_match(line) || is_breadcrumb(line), whole.is_match(line), "{line:?}");
        }
    }

    #[test]
    fn menus_flattened_into_spaced_lines_are_furniture() {
        assert!(is_spaced_menu("Local   China   World   Business   Sports   Editorial   Weekend   ePaper"));
        assert!(is_spaced_menu("Download PDF   Cite   Email   Print   Save to My Research   Add to Selected items"));
        assert!(is_furniture("Home   Following   Answer   Spaces   Notifications   Search Quora"));
        assert!(is_furniture("News\tWorld\tBusiness\tSport"));
        assert!(is_furniture("Research   Publications   Events   Online Analysis   Military Balance+"));
        assert!(is_furniture("Upvote · 2.1K   Share · 48   Comments · 112"));
        // a table's row holds figures; a sentence set out with wide spaces is still text
        assert!(!is_furniture("Almaty   Jan 5   Protest   103"));
        assert!(!is_furniture("Troops arrived.   Police   Fired   Shots"));
        assert!(!is_furniture("Home   Following"));
    }

    #[test]
    fn a_site_s_own_script_and_its_translation_notices_are_furniture() {
        for line in [
            "本文系观察者网独家稿件，未经授权，不得转载。",
            "Барлық құқықтар қорғалған.",
            "Республикалық қоғамдық-саяси газет | Republican socio-political newspaper",
            "O'zbekcha | Ўзбекча | Русский | English",
            "شفق نيوز | Kurdî | English",
            "Translated automatically from the Kazakh language",
            "[This page was translated automatically from German. Original: \"Russische Fallschirmjäger in Almaty\"]",
            "[Machine translation from Chinese by browser. Translation may contain errors.]",
            "[Google Translate: Turkish → English]  Show original",
            "[Machine translation · Chinese → English]",
            "Translated from Russian · Show original",
            "[Translated from Italian]",
            "Translated to: English   Show original   Options ▼",
            "ru.sputnik.kz   |   Translated from Russian",
            "Presented by Ledgerly",
            "A publication of the Quincy Institute for Responsible Statecraft",
            "Story No: 4395271",
            "1.9K   Share   Download   Clip   Save",
            "Like · Reply · Share",
            "Good morning, Quartz readers!",
            "Good morning,",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in [
            "观察者网 guancha.cn",
            "ФОНТАНКА.ру | FONTANKA",
            "Тоқаев: «Ел аман» | Tokayev's address to the nation",
            "Machine translation has made Kazakh news readable abroad.",
            "Translated from Kazakh, the slogan reads “Old man, go away”.",
            "Ünal Çevik Demirtaş",
            "1 | 2",
            "Good morning. If you own a uranium ETF, you had a better Thursday than most of Almaty did.",
            "Good morning, Almaty",
            "Good evening, compatriots!",
            "«Шал, кет!»",
            "Google Translate renders the slogan as \"Old man, go away\", which is close to its meaning.",
            "Machine translation of Kazakh remains poor, linguists said.",
            "A Project of the Kremlin: How the CSTO Came to Kazakhstan",
            "Presented by the foreign minister, the plan was adopted on Monday.",
            "Share and save",
            "Save the date",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
        // two spaces: items of several words, a bar, or the words of a site's sections
        assert!(is_furniture("Saudi Arabia  Middle East  World  Business  Opinion  Sport"));
        assert!(is_furniture("News  Investigations  Politics  Society  Opinion  EN"));
        assert!(is_furniture("KAZAKHSTAN  WORLD  SOCIETY  SPORT  |  ҚАЗ  РУС  ENG"));
        assert!(is_furniture("Home  News  Royals  U.S.  Sport  TV  Showbiz  Femail  Health"));
        assert!(is_furniture("Front page  Finland  World  Politics  Economy  Culture"));
        assert!(!is_furniture("Russian  Troops  Arrive  In  Almaty  After  Protests"));
        assert!(!is_furniture("Troops  Arrive  In  Almaty"));
        assert!(!is_furniture("Tokayev Says  Order Restored.  Troops  Leave"));
        assert!(!is_furniture("Tokayev Blames  Foreign Terrorists  For Unrest  In Almaty"));
        assert!(!is_furniture("Karim Massimov  Security Chief  Nur-Sultan  Detained"));
        assert!(is_furniture("Israel & the Region   Jewish Times   Israel Inside   Ops & Blogs   Podcasts"));
        assert!(is_furniture("Hacker News new | past | comments | ask | show | jobs | submit\tlogin"));
        assert!(!is_furniture("Troops arrive in Almaty  |  protests spread to Aktau and Shymkent, police say"));
        assert!(is_furniture("Jump to navigation   Jump to search"));
        assert!(is_furniture("Israel & the Region | Jewish Times | Israel Inside | Ops & Blogs | Liveblog"));
        assert!(is_furniture("News  ·  Kyrgyzstan  ·  Kazakhstan"));
        assert!(!is_furniture("Tokayev · Putin · Lukashenko"));
        assert!(is_furniture("From Wikinews, the free news source you can write!"));
        assert!(!is_furniture("Tokayev  Accepts  Government  Resignation"));
        assert!(is_furniture("ENG  МОН  РУС  中文  日本語"));
        assert!(is_furniture("ქართ | ENG | РУС"));
        assert!(is_furniture("Cymraeg | English"));
        assert!(is_furniture("Bahasa Melayu | English"));
        // (a caseless item only as the menu's last, a language's name)
        assert!(!is_furniture("Watch   Local   中国新闻网   Video"));
        assert!(is_furniture("Home   Afghanistan   Business   Sport   World   Opinion   Videos   پښتو   دری"));
        assert!(!is_furniture("ENG"));
        assert!(!is_furniture("English Tea"));
        // (a language's name in a script without capitals closes a site's menu)
        assert!(is_furniture("Home   Kingdom   International   Economic   Sports   Culture   Reports   عربي"));
    }

    #[test]
    fn teaser_headers_are_recognised() {
        assert!(is_teaser_marker("YOU MAY ALSO LIKE"));
        assert!(is_teaser_marker("Related"));
        assert!(is_teaser_marker("More from Europe"));
        assert!(!is_teaser_marker("Related talks will be held in Rome."));
    }

    #[test]
    fn digest_items_with_a_source_credit_end_like_sentences() {
        assert!(ends_sentence("Both sides said they were ready to keep talking. (Reuters)"));
        assert!(ends_sentence("Relations were at a \"critically low level\". — TASS"));
        assert!(is_paragraph("Both sides said they were ready to keep talking. (Reuters)"));
        assert!(!ends_sentence("Talks in Geneva (Reuters)"));
        assert!(!ends_sentence("A new era — Kazakhstan"));
    }

    #[test]
    fn captions_with_credits() {
        assert!(is_credited_caption("Soldiers stand guard at the airport [Jan Kowal/Reuters]"));
        assert!(is_credited_caption("A rally in the capital [Courtesy: Ann Smith]"));
        assert!(is_credited_caption("Troops unload a plane /Defence Ministry/AFP"));
        // (a site's menu with a slash in it is no caption)
        assert!(!is_credited_caption("Homepage   Equities   Indexes   Currency / Forex   Commodities"));
        assert!(!is_credited_caption("He said the work was done [in full]."));
        assert!(is_credited_caption("Police stand guard in Almaty, January 10, 2022. REUTERS/Jan Kowal"));
        assert!(is_credited_caption("[2/5] Police stand guard in Almaty"));
        assert!(is_credited_caption("Ministers attend a videoconference in Ankara, Jan. 11, 2022. (AA Photo)"));
        assert!(is_credited_caption("Servicemen board a plane near Almaty, January 13, 2022. Russian Defence Ministry/Handout via REUTERS"));
        assert!(!is_credited_caption("The minister spoke for an hour (photo below)."));
        assert!(!is_credited_caption("(Photo)"));
        assert!(is_credited_caption("Barges wait at the locks on 5 May. Photograph: Ann Lee/AFP via Getty Images"));
        assert!(!is_credited_caption("The minister held up a photo: Lee's picture of the locks."));
        assert!(!is_credited_caption("Placards read ‘Say no to war’: Crowds"));
        assert!(!is_credited_caption("The week in one video: Almaty in flames"));
        assert!(is_labelled_caption("Image caption, Crowds gathered in the square"));
        assert!(is_labelled_caption("Photo: Ann Lee/Reuters"));
        assert!(is_labelled_caption("(Photo by Ann Lee/Getty Images)"));
        assert!(!is_labelled_caption("Photographs of the event were published on Monday."));
    }

    #[test]
    fn line_after_image_is_caption_unless_it_is_a_paragraph() {
        assert!(is_caption_after_image("Protesters in the main square"));
        assert!(!is_caption_after_image("The protests began on Sunday and spread quickly to other towns."));
        assert!(is_image_url("https://cdn.example.org/pics/a.jpg"));
        assert_eq!(bare_url(" https://example.org/x "), Some("https://example.org/x"));
        assert_eq!(bare_url("See https://example.org/x"), None);
    }

    #[test]
    fn heading_and_paragraph_shapes() {
        assert!(is_heading_shape("Ministers agree on a new gas deal"));
        assert!(is_heading_shape("Will the ceasefire hold?"));
        assert!(is_heading_shape("Can Europe Keep The Lights On This Winter?"));
        assert!(is_paragraph("Can the government keep the lights on this winter?"));
        assert!(is_heading_shape("- Back to work -"));
        assert!(!is_heading_shape("It was cold."));
        assert!(!is_heading_shape("and then nothing happened"));
        assert!(is_paragraph("The talks ended late on Tuesday without a deal."));
        assert!(!is_paragraph("Ministers agree on a new gas deal"));
    }

    #[test]
    fn keyword_slugs() {
        assert!(is_keyword_slug("KAZAKHSTAN-MOURNING"));
        assert!(is_keyword_slug("LEVADA-CENTER"));
        assert!(!is_keyword_slug("KAZAKHSTAN"));
        assert!(!is_keyword_slug("NUR-SULTAN, Jan 7"));
        assert!(!is_keyword_slug("Kazakhstan-mourning"));
    }

    #[test]
    fn title_case_detection() {
        assert!(is_title_case("Ministers Agree On New Gas Deal In Rome"));
        assert!(is_title_case("Minister's 'Hard Choices' Speech To Parliament"));
        assert!(!is_title_case("Ministers agree on a new gas deal in Rome"));
        assert!(!is_title_case("Merkel meets Macron in Paris"));
        assert!(!is_title_case("Geneva, January 10"));
    }

    #[test]
    fn line_offsets_are_in_characters() {
        let lines = split_lines("Ünï\n  ab  \nc");
        assert_eq!(lines[1].start, 4);
        assert_eq!(lines[1].clean(), "ab");
        assert_eq!((lines[1].clean_start(), lines[1].clean_end()), (6, 8));
        assert_eq!(lines[2].start, 11);
    }
}
