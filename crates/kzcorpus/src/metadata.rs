//! Article metadata: outlet, publication date, byline authors and dateline.
//!
//! Pure functions over single lines of page text, used by [`crate::segment`] while it walks
//! a page. They recognise the common printed forms — a byline ("By A, B and C"), a date
//! stamp ("date 2022-01-13", "January 8, 2022 at 5:24 pm"), an outlet line or tagline (from
//! the gazetteer `data/outlets.tsv`), a crawl-relative stamp ("3 days ago") and a dateline
//! at the start of the body ("Kiev, Ukraine – …"). No SQL, no I/O.

use chrono::{Datelike, Duration, NaiveDate};
use once_cell::sync::Lazy;
use regex::Regex;

/// The outlet gazetteer: canonical name, kind (`name`/`tagline`), text.
const OUTLETS_TSV: &str = include_str!("../data/outlets.tsv");
/// Byline tokens that credit a photo source rather than a writer.
const PHOTO_CREDITS: &str = include_str!("../data/photo_credits.txt");

struct Outlets {
    /// (folded name, canonical name, the name as the gazetteer writes it)
    names: Vec<(String, &'static str, &'static str)>,
    /// (folded tagline, canonical name)
    taglines: Vec<(String, &'static str)>,
    /// Outlets named only by a page's first line: their names are also ordinary labels
    /// ("Foreign Affairs", "Global News").
    logos: Vec<&'static str>,
    /// `names`' positions by folded name, in file order: the look-up of every line's name.
    by_name: std::collections::HashMap<String, Vec<usize>>,
}

impl Outlets {
    /// The entries whose folded name is `key`, in file order.
    fn named(&self, key: &str) -> impl Iterator<Item = &(String, &'static str, &'static str)> {
        self.by_name.get(key).into_iter().flatten().map(|&i| &self.names[i])
    }
}

static OUTLETS: Lazy<Outlets> = Lazy::new(|| {
    let mut names = Vec::new();
    let mut taglines = Vec::new();
    let mut logos = Vec::new();
    for line in OUTLETS_TSV.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let mut cols = line.split('\t');
        let (Some(canonical), Some(kind), Some(text)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        names.push((fold(canonical), canonical, canonical));
        match kind {
            "tagline" => taglines.push((fold(text), canonical)),
            "logo" => {
                logos.push(canonical);
                names.push((fold(text), canonical, text));
            }
            _ => names.push((fold(text), canonical, text)),
        }
    }
    let mut by_name: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (i, (name, _, _)) in names.iter().enumerate() {
        by_name.entry(name.clone()).or_default().push(i);
    }
    Outlets { names, taglines, logos, by_name }
});

static CREDITS: Lazy<Vec<String>> = Lazy::new(|| {
    PHOTO_CREDITS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(fold).collect()
});

/// Lowercases and squeezes whitespace, for gazetteer comparisons.
fn fold(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The Latin half of a masthead printed in two scripts: "ВЁРСТКА / VERSTKA" gives "VERSTKA",
/// "Radio Svoboda / Радио Свобода" gives "Radio Svoboda", "Європейська правда | European
/// Pravda" gives "European Pravda". One half has no Latin letter, the other one to four
/// words of Latin letters.
///
/// # Examples
/// ```
/// use kzcorpus::metadata::bilingual_masthead;
/// assert_eq!(bilingual_masthead("ВЁРСТКА / VERSTKA"), Some("VERSTKA"));
/// assert_eq!(bilingual_masthead("Radio Svoboda / Радио Свобода"), Some("Radio Svoboda"));
/// assert_eq!(bilingual_masthead("News / Politics"), None);
/// assert_eq!(bilingual_masthead("Қаз / Рус / Eng"), None);
/// assert_eq!(bilingual_masthead("Рус / English"), None);
/// assert_eq!(bilingual_masthead("Қазақстан / Kazakhstan"), None);
/// assert_eq!(bilingual_masthead("Жаңалықтар / News"), None);
/// assert_eq!(bilingual_masthead("Республикалық газет | Republican socio-political newspaper"), None);
/// ```
pub fn bilingual_masthead(line: &str) -> Option<&str> {
    let line = line.trim();
    if line.len() > 120 || line.is_ascii() {
        return None;
    }
    let (a, b) = line.split_once(" / ").or_else(|| line.split_once(" | "))?;
    let (a, b) = (a.trim(), b.trim());
    let foreign = |p: &str| p.chars().any(char::is_alphabetic) && !p.chars().any(|c| c.is_ascii_alphabetic());
    let latin = |p: &str| {
        (1..=4).contains(&p.split_whitespace().count())
            && p.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''))
            // (a name, each word capitalised: not a tagline's "Republican socio-political newspaper")
            && p.split_whitespace().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
            // (nor a section's or a country's name: "Жаңалықтар / News", "Қазақстан / Kazakhstan")
            && !p.split_whitespace().any(|w| is_place_word(w) && !w.chars().all(|c| c.is_ascii_uppercase()))
            && !is_section_word(p)
            && !matches!(p.to_lowercase().as_str(), "news" | "home" | "main" | "latest news" | "top news")
            // (a language switcher's "Рус / English" names no outlet)
            && p.len() >= 4
            && !matches!(p.to_lowercase().as_str(), "english" | "russian" | "kazakh" | "ukrainian" | "uzbek" | "kyrgyz" | "tajik" | "deutsch" | "français")
    };
    match (foreign(a), foreign(b)) {
        (true, false) if latin(b) => Some(b),
        (false, true) if latin(a) => Some(a),
        _ => None,
    }
}

/// The outlet of a masthead line: a known outlet's name, a bar and a short section label
/// ("The Moscow Times | Latest news").
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::masthead_outlet("The Moscow Times | Latest news"), Some("The Moscow Times"));
/// assert_eq!(kzcorpus::metadata::masthead_outlet("Talks stall in Vienna | Reuters"), None);
/// assert_eq!(kzcorpus::metadata::masthead_outlet("ФОНТАНКА.ру | FONTANKA"), Some("Fontanka"));
/// assert_eq!(kzcorpus::metadata::masthead_outlet("НГ  Nezavisimaya Gazeta"), Some("Nezavisimaya Gazeta"));
/// ```
pub fn masthead_outlet(line: &str) -> Option<&'static str> {
    let line = line.trim();
    // a masthead in two scripts: "ФОНТАНКА.ру | FONTANKA", "НГ  Nezavisimaya Gazeta"
    let (first, second) = line.split_once('|').or_else(|| line.split_once("  ")).map_or(("", ""), |(a, b)| (a.trim(), b.trim()));
    let latin = |part: &str| part.chars().any(|c| c.is_ascii_alphabetic());
    let other_script = |part: &str| part.chars().any(|c| c.is_alphabetic() && !c.is_ascii()) && !latin(part);
    if !first.is_empty() && !second.is_empty() && !second.contains('|') {
        for (one, other) in [(first, second), (second, first)] {
            if other_script(one) && latin(other) {
                if let Some(name) = outlet_name(other) {
                    return Some(name);
                }
            }
        }
    }
    let (name, section) = line.split_once(" | ")?;
    let words = section.split_whitespace().count();
    ((1..=3).contains(&words) && !section.contains('|')).then(|| outlet_name(name)).flatten()
}

/// Whether the outlet `name` counts only as a page's first line (`logo` in `data/outlets.tsv`):
/// its name is also an ordinary section or column label.
///
/// # Examples
/// ```
/// assert!(kzcorpus::metadata::logo_only("Foreign Affairs"));
/// assert!(!kzcorpus::metadata::logo_only("Reuters"));
/// ```
pub fn logo_only(name: &str) -> bool {
    OUTLETS.logos.contains(&name)
}

/// The outlet named by a line that consists of an outlet's name alone ("AFP", "The Independent").
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::outlet_name("  Reuters "), Some("Reuters"));
/// assert_eq!(kzcorpus::metadata::outlet_name("Reuters reported on Monday"), None);
/// assert_eq!(kzcorpus::metadata::outlet_name("DAILY SABAH WITH AA"), Some("Daily Sabah"));
/// assert_eq!(kzcorpus::metadata::outlet_name("Euronews with AP, AFP"), Some("Euronews"));
/// assert_eq!(kzcorpus::metadata::outlet_name("Euronews with friends"), None);
/// assert_eq!(kzcorpus::metadata::outlet_name("THE GLOBE AND MAIL*"), Some("The Globe and Mail"));
/// assert_eq!(kzcorpus::metadata::outlet_name("Morning Brew ☕"), Some("Morning Brew"));
/// assert_eq!(kzcorpus::metadata::outlet_name("GAZETA.RU — English digest"), Some("Gazeta.ru"));
/// assert_eq!(kzcorpus::metadata::outlet_name("Xinhua English"), Some("Xinhua"));
/// assert_eq!(kzcorpus::metadata::outlet_name("derStandard"), Some("Der Standard"));
/// assert_eq!(kzcorpus::metadata::outlet_name("AlmatyNews"), None);
/// ```
pub fn outlet_name(line: &str) -> Option<&'static str> {
    if line.len() > 120 {
        return None;
    }
    // "(FRANCE 24 with AFP)": a credit line in brackets at the foot of a story
    let line = line.trim();
    let line = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')).unwrap_or(line);
    // (a logo's mark after the name: "THE GLOBE AND MAIL*", "Morning Brew ☕")
    let line = line.trim_end_matches(|c: char| c == '*' || (!c.is_ascii() && !c.is_alphanumeric())).trim_end();
    let key = fold(line);
    if key.is_empty() || key.len() > 60 {
        return None;
    }
    // "DAILY SABAH WITH AA", "Al Jazeera and news agencies": the outlet, crediting agencies
    let key = AGENCY_CREDIT_SUFFIXES.iter().find_map(|suffix| key.strip_suffix(suffix)).unwrap_or(&key);
    // ("Euronews with AP, AFP", "RFI with AFP and Reuters": a list of agencies)
    let key = key.split_once(" with ").filter(|(_, credited)| credits_agencies(credited)).map_or(key, |(name, _)| name);
    let known = |key: &str| OUTLETS.named(key).find(|(_, _, written)| cased_like(line, written));
    let listed = |key: &str| OUTLETS.by_name.contains_key(key);
    // ("IRNA English", "Xinhua English", "GAZETA.RU — English digest": an edition of the outlet)
    let edition = |key: &str| -> Option<usize> {
        let at = key.rfind(" english")?;
        let (name, rest) = (key[..at].trim_end_matches([' ', '—', '–', '-']).len(), &key[at + " english".len()..]);
        matches!(rest.trim(), "" | "digest" | "translation" | "edition" | "version" | "service" | "section" | "news").then_some(name)
    };
    let key = if listed(key) { key } else { edition(key).and_then(|n| key.get(..n)).unwrap_or(key) };
    known(key).map(|(_, canonical, _)| *canonical).or_else(|| domain_masthead(line)).or_else(|| camel_case_logo(line))
}

/// A known outlet whose logo runs its words together: "derStandard", "SpiegelOnline.de" (the
/// words split where a lower-case letter meets a capital, a domain's ending dropped).
fn camel_case_logo(line: &str) -> Option<&'static str> {
    let word = line.rsplit_once('.').filter(|(_, tld)| (2..=3).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_lowercase())).map_or(line, |(name, _)| name);
    // (a lower-case letter right before a capital: the cheap test first)
    let camel = word.as_bytes().windows(2).any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
    if word.len() < 4 || !camel || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut spaced = String::with_capacity(word.len() + 4);
    let mut previous_lower = false;
    for c in word.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            spaced.push(' ');
        }
        previous_lower = c.is_ascii_lowercase();
        spaced.push(c);
    }
    if !spaced.contains(' ') {
        return None;
    }
    let key = spaced.to_lowercase();
    OUTLETS.named(&key).next().map(|(_, canonical, _)| *canonical)
}

/// Whether `line` capitalises the words of the outlet's name as `written` does, unless the
/// line is in capitals: "Foreign policy" is a section label, not the magazine "Foreign Policy".
fn cased_like(line: &str, written: &str) -> bool {
    // (a line in capitals, or all in lower case like a logo's "the guardian", says nothing)
    if !line.chars().any(char::is_lowercase) || !line.chars().any(char::is_uppercase) {
        return true;
    }
    line.split_whitespace()
        .zip(written.split_whitespace())
        .all(|(seen, name)| !name.starts_with(char::is_uppercase) || seen.starts_with(|c: char| !c.is_lowercase()))
}

/// Top-level domains that news sites of the region and wires use as their names.
const SITE_DOMAINS: [&str; 35] = [
    "az", "kz", "kg", "uz", "tj", "tm", "am", "ge", "by", "ua", "ru", "md", "mn", "media", "news", "info", "de", "fr", "ch", "pl",
    "cz", "ee", "fi", "lt", "lv", "it", "es", "nl", "at", "se", "tr", "il", "af", "ir", "cn",
];

/// A site named by its domain alone ("Report.az", "KAKTUS.MEDIA", "Kun.uz"): one word, a dot
/// and a known domain, written as the site writes its name (capitals only for the first letter).
fn domain_masthead(line: &str) -> Option<&'static str> {
    let (name, domain) = line.rsplit_once('.')?;
    let plausible = (3..=24).contains(&name.chars().count())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && name.chars().any(|c| c.is_ascii_alphabetic())
        && SITE_DOMAINS.contains(&domain.to_ascii_lowercase().as_str());
    if !plausible {
        return None;
    }
    let mut chars = name.chars();
    let first = chars.next()?.to_ascii_uppercase();
    let rest: String = if name.chars().all(|c| !c.is_ascii_lowercase()) { chars.as_str().to_ascii_lowercase() } else { chars.as_str().to_owned() };
    Some(intern(format!("{first}{rest}.{}", domain.to_ascii_lowercase())))
}

/// A name made at run time, kept for the life of the process: the outlet functions return
/// `&'static str`, and the few site names read from pages are stored once each.
fn intern(name: String) -> &'static str {
    static NAMES: Lazy<std::sync::Mutex<std::collections::HashSet<&'static str>>> = Lazy::new(Default::default);
    let mut names = NAMES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(known) = names.get(name.as_str()) {
        return known;
    }
    let leaked: &'static str = Box::leak(name.into_boxed_str());
    names.insert(leaked);
    leaked
}

/// News agencies an outlet's line credits, folded to lower case.
const AGENCIES: [&str; 15] = [
    "ap", "afp", "reuters", "aa", "dpa", "efe", "ansa", "tass", "ria novosti", "interfax", "xinhua", "anadolu", "agencies", "news agencies", "upi",
];

/// Whether `list` ("ap, afp", "afp and reuters") names only news agencies.
fn credits_agencies(list: &str) -> bool {
    list.split(',').flat_map(|p| p.split(" and ")).map(str::trim).all(|agency| AGENCIES.contains(&agency))
}

/// Endings of an outlet line that credit the agencies it used.
const AGENCY_CREDIT_SUFFIXES: [&str; 8] = [
    " with aa", " with afp", " with ap", " with reuters", " with agencies", " with news agencies", " and agencies",
    " and news agencies",
];

/// The outlet whose tagline (slogan) a short line prints.
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::outlet_from_tagline("Democracy Dies in Darkness"), Some("The Washington Post"));
/// ```
pub fn outlet_from_tagline(line: &str) -> Option<&'static str> {
    if line.len() > 200 {
        return None;
    }
    let key = fold(line);
    OUTLETS
        .taglines
        .iter()
        .find(|(tagline, _)| key.len() <= tagline.len() + 30 && key.contains(tagline.as_str()))
        .map(|(_, canonical)| *canonical)
}

static COPYRIGHT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:copyright\s*)?(?:©|\(c\))?\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?[.,]?)?\s*(?P<name>[^.]+?)\.?\s*(?:\d{4}\.?)?\s*(?:all rights reserved\.?)?$")
        .expect("the copyright pattern is valid")
});

/// Whether `line` starts like a copyright notice ("Copyright", "©" or "(c)").
pub fn is_copyright_notice(line: &str) -> bool {
    let head: String = line.trim_start().chars().take(9).collect::<String>().to_lowercase();
    head.starts_with("copyright") || head.starts_with('©') || head.starts_with("(c)")
}

/// A copyright line without the footer links printed after its "All rights reserved."
/// ("… Ltd. All rights reserved. Terms of use | Privacy policy").
fn copyright_notice_only(line: &str) -> &str {
    const RESERVED: &str = "all rights reserved";
    match line.to_ascii_lowercase().find(RESERVED) {
        // ASCII lowercasing keeps byte offsets, so the index is valid in `line`
        Some(at) => {
            let end = at + RESERVED.len();
            let end = if line[end..].starts_with('.') { end + 1 } else { end };
            &line[..end]
        }
        None => line,
    }
}

/// A video page's stamp without its count of views and its hashtags: "48,213 views  Jan 12,
/// 2022  #NATO #Russia" gives "Jan 12, 2022".
fn viewed_stamp(line: &str) -> Option<&str> {
    let (count, rest) = line.split_once(' ')?;
    let counted = !count.is_empty() && count.chars().all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'K' | 'M'));
    let rest = rest.trim_start().strip_prefix("views")?.trim_start_matches([' ', '·', '•']);
    if !counted {
        return None;
    }
    rest.split(" #").next().map(str::trim)
}

/// The outlet of a copyright line ("© 2022 Reuters. All rights reserved").
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::copyright_outlet("Copyright 2021 The Associated Press. All rights reserved."), Some("Associated Press"));
/// assert_eq!(kzcorpus::metadata::copyright_outlet("Copyright (c) 2022. RFE/RL, Inc. All Rights Reserved."), Some("RFE/RL"));
/// assert_eq!(kzcorpus::metadata::copyright_outlet("(c) BBC Monitoring 2022"), Some("BBC Monitoring"));
/// assert_eq!(kzcorpus::metadata::copyright_outlet("ALL RIGHTS RESERVED © Copyright ANSA"), Some("ANSA"));
/// ```
pub fn copyright_outlet(line: &str) -> Option<&'static str> {
    // ("ALL RIGHTS RESERVED © Copyright ANSA": the reservation first)
    let line = line.trim();
    const RESERVED: &str = "all rights reserved";
    let line = line.get(..RESERVED.len()).filter(|head| head.eq_ignore_ascii_case(RESERVED)).map_or(line, |_| line[RESERVED.len()..].trim_start());
    // (the notice's start, tested first, is also the start of its part before the footer links)
    if !is_copyright_notice(line) {
        return None;
    }
    let line = copyright_notice_only(line);
    if line.len() > 200 || !is_copyright_notice(line) {
        return None;
    }
    let name = COPYRIGHT.captures(line)?.name("name")?.as_str().trim();
    outlet_name(name).or_else(|| outlet_name(without_corporate_suffix(name)))
}

/// A holder's name without a trailing corporate suffix ("RFE/RL, Inc" → "RFE/RL").
fn without_corporate_suffix(name: &str) -> &str {
    match name.rsplit_once([' ', ',']) {
        Some((head, last)) if CORPORATE_SUFFIXES.contains(&last.trim_end_matches('.').to_lowercase().as_str()) => {
            head.trim_end_matches([',', ' '])
        }
        _ => name,
    }
}

/// Corporate suffixes dropped from an unknown copyright holder ("Steppe Media LLC").
const CORPORATE_SUFFIXES: &[&str] = &["inc", "llc", "ltd", "limited", "plc", "corp", "corporation", "gmbh", "co"];

/// Lowercase words allowed inside an outlet's name ("Voice of the Steppe", "News & Views").
const NAME_CONNECTORS: &[&str] = &["of", "the", "and", "&", "for", "de", "la", "el", "al", "du"];

/// The holder of a copyright line when the outlet gazetteer does not know it
/// ("© 2022 Steppe Daily. All rights reserved." → "Steppe Daily").
///
/// Only a line that is a whole copyright notice with a year counts, and only a short name
/// of capitalised words (connectors such as "of" and "the" inside) that is not a photo
/// credit ("© 2022 Getty Images"); a trailing corporate suffix is dropped. Known outlets
/// are left to [`copyright_outlet`].
///
/// # Examples
/// ```
/// use kzcorpus::metadata::unknown_copyright_holder;
/// assert_eq!(unknown_copyright_holder("© 2022 Steppe Daily. All rights reserved.").as_deref(), Some("Steppe Daily"));
/// assert_eq!(unknown_copyright_holder("Copyright 2021-2022 Voice of the Steppe Media LLC").as_deref(), Some("Voice of the Steppe Media"));
/// assert_eq!(
///     unknown_copyright_holder("© 2022 The Eurasia Ledger Ltd. All rights reserved. Terms of use | Privacy policy").as_deref(),
///     Some("The Eurasia Ledger")
/// );
/// assert_eq!(unknown_copyright_holder("© 2022 Getty Images"), None);
/// assert_eq!(unknown_copyright_holder("© 2022 all rights reserved"), None);
/// ```
pub fn unknown_copyright_holder(line: &str) -> Option<String> {
    if !is_copyright_notice(line.trim()) {
        return None;
    }
    let line = copyright_notice_only(line.trim());
    if line.len() > 120 || !is_copyright_notice(line) {
        return None;
    }
    if copyright_outlet(line).is_some() || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let name = COPYRIGHT.captures(line)?.name("name")?.as_str().trim().trim_end_matches(',');
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 && words.last().is_some_and(|w| CORPORATE_SUFFIXES.contains(&w.trim_end_matches(['.', ',']).to_lowercase().as_str())) {
        words.pop();
    }
    if let Some(last) = words.last_mut() {
        *last = last.trim_end_matches(',');
    }
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "'’-.&".contains(c));
    let plausible = (1..=5).contains(&words.len())
        && words.first().is_some_and(|w| capitalised(w))
        && words.last().is_some_and(|w| capitalised(w))
        && words.iter().all(|w| capitalised(w) || NAME_CONNECTORS.contains(&w.to_lowercase().as_str()));
    let name = words.join(" ");
    if !plausible || fold(&name).contains("rights reserved") || CREDITS.contains(&fold(&name)) {
        return None;
    }
    Some(name)
}

static FOLLOW_LINE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^follow\s+(?P<name>.{1,40}?)\s+on\s+(?:telegram|twitter|facebook|instagram|youtube|tiktok|vk|x|whatsapp)\.?$")
        .expect("the follow-line pattern is valid")
});

/// The outlet of a "Follow RT on Telegram" prompt, when the gazetteer knows the name.
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::follow_outlet("Follow RT on Telegram"), Some("RT"));
/// assert_eq!(kzcorpus::metadata::follow_outlet("Follow us on Telegram"), None);
/// ```
pub fn follow_outlet(line: &str) -> Option<&'static str> {
    outlet_name(FOLLOW_LINE.captures(line.trim())?.name("name")?.as_str())
}

static DESK_LINE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:the\s+)?(?P<name>.{1,40}?)(?:'s|’s)?\s+(?:news\s+)?(?:desk|staff|newsroom)\s+contributed\b")
        .expect("the desk-line pattern is valid")
});

/// The outlet of a "Kyiv Independent news desk contributed to this story." line, when
/// the gazetteer knows the name.
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::desk_outlet("Kyiv Independent news desk contributed to this story."), Some("Kyiv Independent"));
/// assert_eq!(kzcorpus::metadata::desk_outlet("Our news desk contributed to this story."), None);
/// ```
pub fn desk_outlet(line: &str) -> Option<&'static str> {
    if line.len() > 120 || !line.contains("contributed") {
        return None;
    }
    outlet_name(DESK_LINE.captures(line.trim())?.name("name")?.as_str())
}

/// A site's title line naming whose site it is ("Official Website of the President of the
/// Republic of Kazakhstan"): the publisher, as printed.
///
/// # Examples
/// ```
/// let line = "Official Website of the President of the Republic of Kazakhstan";
/// assert_eq!(kzcorpus::metadata::official_site(line).as_deref(), Some(line));
/// assert_eq!(kzcorpus::metadata::official_site("The official website of the ministry was down."), None);
/// ```
pub fn official_site(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > 90 || line.ends_with(['.', '!', '?', ':']) {
        return None;
    }
    let lower = line.to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let titled = ["official website of ", "official site of "].iter().any(|p| lower.starts_with(p));
    (titled && line.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()) || NAME_CONNECTORS.contains(&w.to_lowercase().as_str())))
        .then(|| line.to_owned())
}

static SOURCE_LINE: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"(?i)^source\s*:\s*(?P<names>.{1,80})$").expect("the source-line pattern is valid"));

/// The outlet of a closing "Source: Al Jazeera and news agencies" line.
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::source_outlet("SOURCE: Reuters, AFP"), Some("Reuters"));
/// assert_eq!(kzcorpus::metadata::source_outlet("Source: a person close to the talks"), None);
/// ```
pub fn source_outlet(line: &str) -> Option<&'static str> {
    let names = SOURCE_LINE.captures(line.trim())?.name("names")?.as_str();
    NAME_SEPARATORS.split(names.trim_end_matches('.')).find_map(outlet_name)
}

/// The outlet named as the site suffix of a headline ("Talks stall | Reuters",
/// "Talks stall - The Moscow Times").
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::outlet_in_headline("Talks stall in Vienna | Reuters"), Some("Reuters"));
/// assert_eq!(kzcorpus::metadata::outlet_in_headline("Talks stall in Vienna | News"), None);
/// ```
pub fn outlet_in_headline(headline: &str) -> Option<&'static str> {
    [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| headline.rfind(sep).map(|at| &headline[at + sep.len()..]))
        .find_map(outlet_name)
}

const MONTHS: [&str; 12] =
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The month a word names ("Jan.", "January", "sept"), 1-based.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    let prefix = w.get(..3)?;
    let full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    MONTHS.iter().position(|m| *m == prefix).filter(|&i| full[i].starts_with(&w) || w == "sept").map(|i| i as u32 + 1)
}

pub(crate) const MONTH_RE: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

/// Month names a translated page keeps in its stamp, in French, German, Spanish, Italian,
/// Portuguese, Dutch, the Nordic languages (Icelandic, Finnish's partitive) and the West Slavic
/// ones' genitive (Czech, Polish), lower case, by month.
const FOREIGN_MONTHS: [&[&str]; 12] = [
    &["janvier", "januar", "jänner", "enero", "gennaio", "januari", "janeiro", "janúar", "tammikuuta", "ledna", "stycznia"],
    &["février", "fevrier", "februar", "febrero", "febbraio", "februari", "fevereiro", "febrúar", "helmikuuta", "února", "lutego"],
    &["mars", "märz", "maerz", "marzo", "março", "maart", "maaliskuuta", "března", "marca"],
    &["avril", "abril", "aprile", "apríl", "huhtikuuta", "dubna", "kwietnia"],
    &["mai", "mayo", "maggio", "maj", "maio", "mei", "maí", "toukokuuta", "května", "maja"],
    &["juin", "juni", "junio", "giugno", "junho", "júní", "kesäkuuta", "června", "czerwca"],
    &["juillet", "juli", "julio", "luglio", "julho", "júlí", "heinäkuuta", "července", "lipca"],
    &["août", "aout", "agosto", "augusti", "ágúst", "elokuuta", "srpna", "sierpnia"],
    &["septembre", "septiembre", "setiembre", "settembre", "setembro", "syyskuuta", "září", "września"],
    &["octobre", "oktober", "octubre", "ottobre", "outubro", "október", "lokakuuta", "října", "października"],
    &["novembre", "noviembre", "novembro", "nóvember", "marraskuuta", "listopadu", "listopada"],
    &["décembre", "decembre", "dezember", "diciembre", "dicembre", "desember", "dezembro", "joulukuuta", "prosince", "grudnia"],
];

/// The month a foreign month name ("janvier", "enero") names, 1-based.
fn foreign_month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    FOREIGN_MONTHS.iter().position(|names| names.contains(&w.as_str())).map(|i| i as u32 + 1)
}

/// [`FOREIGN_MONTHS`] as one alternation.
fn foreign_month_re() -> String {
    let mut names: Vec<&str> = FOREIGN_MONTHS.iter().flat_map(|m| m.iter().copied()).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!("(?:{})", names.join("|"))
}

/// The date itself, in the common news forms: ISO-like ("2022-01-08", "2022/01/08"),
/// day-first numeric ("08.01.2022"), "January 8, 2022" and "8 January 2022".
fn date_pattern() -> String {
    // ("8 janvier 2022", "10. januar 2022", "9 de enero de 2022": a translated page's stamp)
    let foreign = foreign_month_re();
    format!(
        r"(?:(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})|(?P<ed>\d{{1,2}})\.\s?(?P<em>\d{{1,2}})\.\s?(?P<ey>\d{{4}})|(?P<s1>\d{{1,2}})(?P<ssep>/|-)(?P<s2>\d{{1,2}})(?:/|-)(?P<sy>\d{{4}})|(?P<t1>\d{{1,2}})/(?P<t2>\d{{1,2}})/(?P<ty>\d{{2}})|(?P<am>{MONTH_RE})\s+(?P<ad>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<ay>\d{{4}})|(?P<bd>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+|-)(?P<bm>{MONTH_RE})(?:,?\s+|-)(?P<by>\d{{4}})|(?P<fd>\d{{1,2}})\.?\s+(?:de\s+)?(?P<fm>{foreign})(?:\s+de)?\s+(?P<fy>\d{{4}})|(?P<cy>\d{{4}})年(?P<cm>\d{{1,2}})月(?P<cd>\d{{1,2}})日)"
    )
}

/// A whole-line date stamp: optional label, optional weekday, a date, optional time, and at
/// most two trailing tokens of page residue (also glued to the year: "10 Jan 202210 Jan 2022").
static DATE_LINE: Lazy<Regex> = Lazy::new(|| {
    // (or in a sentence: "This content was published on January 10, 2022 - 18:05")
    let label = r"(?:(?:this (?:content|article|story|page) was )?(?:first |last )?(?:published|publish|updated|posted|modified|event date|date created|air date|recorded|date|dated|aired|broadcast|released|issued|sent|uploaded|asked|answered|status|still current at|publication date|publié le|publiée le|mis à jour le|publicerad|uppdaterad|publisert|oppdatert|publiziert am|veröffentlicht am|aktualisiert am|stand|gepubliceerd|aangepast|actualizado|publicado|pubblicato|aggiornato|diterbitkan|dikemaskini|dikemas kini|diperbarui)(?:\s+on|\s+at|\s+date|\s+el|\s+il|\s+pada|\s+of\s+(?:issue|publication|release))?\s*[:/]?\s*)?";
    // a place before the date of a release: "Moscow, 14 January 2022"
    // (ASCII letters: a Unicode class under case folding would make this pattern slow to build)
    // (or a bullet: "Jakarta ● Sun, January 9, 2022")
    // (or a known place with no comma: "Strasbourg 12/01/2022")
    // (or a city and its country before the bullet: "Nur-Sultan, Kazakhstan   ●   Wed, …")
    let place = r"(?:(?P<cityplace>[a-z][a-z.'’-]+(?:\s+[a-z][a-z.'’-]+){0,2},\s+[a-z][a-z.'’-]+(?:\s+[a-z][a-z.'’-]+)?)\s+(?P<citybullet>[●•·])\s+|(?P<place>[a-z][a-z.'’-]+(?:\s+[a-z][a-z.'’-]+){0,2})(?:,|\s+(?P<bullet>[●•·]))\s+|(?P<bareplace>[a-z][a-z'’-]+)\s+)?";
    // (or in a translated page's own language: "Domingo, 9 enero 2022")
    let weekday = format!(r"(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|{})\.?,?\s+)?", FOREIGN_WEEKDAYS.join("|"));
    let date = date_pattern();
    // (or a translated page's: "à 19h42", "kl. 15.41", "13.22 Uhr")
    let time = r"(?:\s*(?:[-–—|•·,/]\s*)?(?:(?:at|à|kl\.?|um|alle|ore|a las)\s+)?\d{1,2}(?:[:.]|h)\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*uhr)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?";
    // (or in brackets, or "Last update on:": "… 1:48 PM  [ Last Update: Monday, 10 January 2022 3:20 PM ]")
    let updated = r"(?:\s*[|,;(\[\-–/]?\s*(?:last )?(?:updated?|modified|modifica|aggiornato|actualizado|oppdatert|uppdaterad|aktualisiert|mis à jour)(?-u:\b).*)?";
    // (or after two spaces: "7 January 2022  Peace and Security")
    // (or after a slash or a comma: "… / 5:40 PM / CBS News", "…, 6.00pm, The Times")
    // (up to three parts after the time: "08.01.2022 · 17:32 · Lada.kz · 👁 21 784 · 💬 56")
    let section = r"(?:(?:\s*[|•·/]\s*[^|•·/]{0,40}){1,3}|\s{2,}[a-z][a-z &:]{0,40}|,\s*[a-z][a-z .&']{0,30}(?:,\s*[a-z][a-z .&']{0,30})?)?";
    // a time first, after a section's name: "18:10 03.03.2021", "Politics 19:42, 6 January, 2022"
    // (or with its zone, "14:26 GMT 11.01.2022"; or a reading time, "8 min read · Jan 9, 2022")
    // (or a wire's four-digit time with its zones: "Updated 1143 GMT (1943 HKT) January 7, 2022")
    let lead_time = r"(?:(?:updated\s+)?\d{4}\s+(?:gmt|utc)\s+(?:\(\d{4}\s+[a-z]{2,4}\)\s+)?|(?:politics|world|society|economy|business|news|sport|sports|culture|region|regions|opinion|analysis|incidents|official)\s+\d{1,2}:\d{2},?\s+|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:gmt|utc|msk|cet|est|edt|bst))?\s+(?:on\s+)?|\d{1,2}\s+min(?:ute)?s?\s+read\s*[·|•]\s*)?";
    // a time between the label and the date: "Published: 8:15pm, 7 Jan, 2022"
    // (or with its zone: "Published 11:48 a.m. ET Jan. 7, 2022")
    let labelled_time = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s+(?:(?:et|est|edt|gmt|utc|bst|cet|pt|ct|ist|msk)\s+)?)?";
    // a page's view counter after the stamp: "07.01.2022, 14:22   👁 12 430", "Views: 2 517"
    // (or set off by a bar, with a comment count: "2022.01.12, 16:38  |  Views 3,417  |  Comments 9")
    let counter = r"(?:\s*[|•·]?\s+(?:👁\S*|views?:?|qarau:)\s*\d[\d ,.]*(?:\s*[|•·]?\s*comments?:?\s*\d+)?)?";
    // an archive's note of the page's age after the stamp: "January 12, 2022 04:35 PM Age: 4 years"
    // (or the story's reading time: "Thu., Jan. 13, 2022 timer 4 min. read")
    let age = r"(?:\s+age:\s*\d+\s+(?:years?|months?|days?)|\s+(?:timer\s+)?\d{1,2}\s+min(?:ute)?s?\.?\s+read|\s*[-–|,]\s*\d{1,2}\s+(?:dey|bahman)\s+14\d\d(?:\s*[-–|,]\s*\d{1,2}:\d{2})?)?";
    // a week's issue dated by its range: "6 - 12 January 2022" (the first day counts)
    let range = r"(?:(?P<rs>\d{1,2})\s*[-–]\s*)?";
    // a printed paper's page after the stamp: "Sat, Jan 08, 2022 - page 5", "January 8, 2022, p. A6"
    let page = r"(?:\s*[-–|,]?\s*(?:page|p\.)\s*[a-z]?\d{1,3})?";
    // a section's label set off by two spaces before it: "NEWS  11 January 2022, 20:40"
    // (or a slash: "Politics  / 08.01.2022 / 13:05")
    let lead_label = r"(?:(?:news|politics|world|society|economy|business|region|regions|culture|sport|city)(?:\s{2,}|\s*/\s*))?";
    let pattern = format!(r"(?i)^{lead_label}{lead_time}{label}{labelled_time}{place}{weekday}{range}{date}\S*{time}{page}{counter}{age}{updated}{section}(?:\s+\S+){{0,2}}$");
    crate::rx::regex(&pattern).expect("the date-line pattern is valid")
});

/// A paper's issue number opening a stamp: "No. 7 (29 412)   ".
static ISSUE_NUMBER: Lazy<Regex> = Lazy::new(|| {
    // (a series' name may come first: "INSS Insight No. 1553, January 13, 2022")
    crate::rx::regex(r"^(?:[A-Z][A-Za-z]*\s+){0,3}(?:No\.|№|#)\s*\d{1,5}(?:\s*\([\d ]{1,12}\))?,?\s+").expect("the issue-number pattern is valid")
});

/// A date anywhere in a short text, with word boundaries.
static DATE_ANYWHERE: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(&format!(r"(?i)(?-u:\b){}(?-u:\b)", date_pattern())).expect("the date pattern is valid"));

/// Which number of a slashed date is the month.
enum Convention {
    DayFirst,
    MonthFirst,
}

/// How the stamp holding a slashed date writes it, told by its clock: a 24-hour time
/// ("07/01/2022 - 14:32") is written day first, a 12-hour time or a US time zone ("01/07/2022
/// 10:15 AM EST") month first; `None` without a clock.
fn clock_convention(caps: &regex::Captures<'_>) -> Option<Convention> {
    let line = caps.get(0)?.as_str().to_ascii_lowercase();
    let words: Vec<&str> = line.split(|c: char| !c.is_ascii_alphanumeric() && c != '.').filter(|w| !w.is_empty()).collect();
    let twelve_hour = words.iter().any(|w| matches!(*w, "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m" | "est" | "edt" | "et" | "cst" | "cdt" | "pst" | "pdt" | "pt"));
    if twelve_hour {
        return Some(Convention::MonthFirst);
    }
    let clock = line.char_indices().any(|(i, c)| c == ':' && line[..i].ends_with(|d: char| d.is_ascii_digit()) && line[i + 1..].starts_with(|d: char| d.is_ascii_digit()));
    clock.then_some(Convention::DayFirst)
}

/// Whether year `y`, month `m`, day `d` is a date within a month of the weeks the corpus covers.
fn near_corpus_weeks(y: u32, m: u32, d: u32) -> bool {
    i32::try_from(y).ok().and_then(|y| NaiveDate::from_ymd_opt(y, m, d)).is_some_and(|date| (crate::extract::DOMAIN_ANCHOR - date).num_days().abs() <= 31)
}

/// Whether year `y`, month `m`, day `d` falls in the month the corpus covers (the thirty days
/// up to its anchor).
fn in_corpus_month(y: u32, m: u32, d: u32) -> bool {
    i32::try_from(y).ok().and_then(|y| NaiveDate::from_ymd_opt(y, m, d)).is_some_and(|date| (0..=30).contains(&(crate::extract::DOMAIN_ANCHOR - date).num_days()))
}

fn date_from(caps: &regex::Captures<'_>) -> Option<NaiveDate> {
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let (y, m, d) = if let (Some(y), Some(m), Some(d)) = (num("iy"), num("im"), num("id")) {
        (y, m, d)
    } else if let (Some(y), Some(m), Some(d)) = (num("cy"), num("cm"), num("cd")) {
        // "2022年01月09日"
        (y, m, d)
    } else if let (Some(y), Some(m), Some(d)) = (num("ey"), num("em"), num("ed")) {
        (y, m, d)
    } else if let (Some(y), Some(a), Some(b)) = (num("sy"), num("s1"), num("s2")) {
        // "13/01/2022" is day first, "1/13/2022" month first; "06/01/2022", both numbers
        // written with two digits, is day first as the sites that print such stamps write
        // it (US style leaves out the zero: "1/6/2022", which could be either and is no
        // date here)
        let padded = ["s1", "s2"].iter().all(|n| caps.name(n).is_some_and(|m| m.as_str().len() == 2));
        match (a > 12, b > 12) {
            (true, false) => (y, b, a),
            (false, true) => (y, a, b),
            // ("02-05-2022": a dashed date is written day first, unless only the other reading
            // falls in the corpus's weeks: "01-07-2022 13:15" on an Israeli site is 7 January)
            (false, false) if caps.name("ssep").is_some_and(|s| s.as_str() == "-") => {
                if padded && in_corpus_month(y, a, b) && !near_corpus_weeks(y, b, a) {
                    (y, a, b)
                } else {
                    (y, b, a)
                }
            }
            (false, false) if padded => {
                // the one reading within a month of the weeks the corpus covers ("10/01/2022"
                // and "01/10/2022" are 10 January; "07/01/2022 06:45 PM" from a site that
                // writes the day first is 7 January), else the clock's convention
                let near = |m: u32, d: u32| near_corpus_weeks(y, m, d);
                match (near(a, b), near(b, a), clock_convention(caps)) {
                    (true, false, _) => (y, a, b),
                    (false, true, _) => (y, b, a),
                    (_, _, Some(Convention::DayFirst)) => (y, b, a),
                    (_, _, Some(Convention::MonthFirst)) => (y, a, b),
                    _ => return None,
                }
            }
            // ("1/12/2022 2:26 PM": a US stamp, told by its 12-hour clock, is written month first)
            (false, false) if matches!(clock_convention(caps), Some(Convention::MonthFirst)) => (y, a, b),
            _ => return None,
        }
    } else if let (Some(y), Some(a), Some(b)) = (num("ty"), num("t1"), num("t2")) {
        // "12/01/22 14:37": a two-digit year, read like the padded form above ("1/7/22", as a
        // US byline writes it, is 7 January: the one reading in the corpus's weeks)
        let y = 2000 + y;
        let near = |m: u32, d: u32| near_corpus_weeks(y, m, d);
        match (a > 12, b > 12, clock_convention(caps)) {
            (true, false, _) | (false, false, Some(Convention::DayFirst)) => (y, b, a),
            (false, true, _) | (false, false, Some(Convention::MonthFirst)) => (y, a, b),
            (false, false, None) if near(a, b) && !near(b, a) => (y, a, b),
            (false, false, None) if near(b, a) && !near(a, b) => (y, b, a),
            _ => return None,
        }
    } else if let (Some(y), Some(m), Some(d)) = (num("fy"), caps.name("fm").and_then(|m| foreign_month_number(m.as_str())), num("fd")) {
        (y, m, d)
    } else if let (Some(y), Some(m), Some(d)) = (num("ay"), caps.name("am").and_then(|m| month_number(m.as_str())), num("ad")) {
        (y, m, d)
    } else {
        (num("by")?, caps.name("bm").and_then(|m| month_number(m.as_str()))?, num("bd")?)
    };
    // (a year of another calendar is no Gregorian date: the Hijri "1443/6/8" beside "2022/01/11")
    if !GREGORIAN_YEARS.contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// The years a date written with its day, month and year may fall in.
const GREGORIAN_YEARS: std::ops::RangeInclusive<u32> = 1800..=2200;

/// A stamp with a day and a time but no year: "13.1. 18:20 | Updated 13.1. 20:05", "01-09
/// 19:42", "12 Jan, 14:20", "January 12 at 2:20 pm".
static YEARLESS_STAMP: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(
        r"(?i)^(?:(?:published|updated|posted)\s*:?\s+)?(?:(?P<d1>\d{{1,2}})\.(?P<m1>\d{{1,2}})\.|(?P<a>\d{{2}})-(?P<b>\d{{2}})|(?P<d2>\d{{1,2}})\.?\s+(?P<m2>{MONTH_RE}),?|(?P<m3>{MONTH_RE})\s+(?P<d3>\d{{1,2}}),?)\s+(?:at\s+)?\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[|,·]\s*updated:?\s+.*)?$"
    );
    crate::rx::regex(&pattern).expect("the year-less stamp pattern is valid")
});

/// The date of a stamp printed with its day and time but no year ("13.1. 18:20", "01-09
/// 19:42", "12 Jan, 14:20"), in the year that puts it within a month of the weeks the corpus
/// covers; `None` for other lines and for days outside those weeks. A day alone ("12 Jan")
/// is as likely a live blog's heading and is no stamp here.
///
/// # Examples
/// ```
/// use chrono::NaiveDate;
/// use kzcorpus::metadata::yearless_stamp;
/// assert_eq!(yearless_stamp("13.1. 18:20 | Updated 13.1. 20:05"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(yearless_stamp("01-09 19:42"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(yearless_stamp("12 Jan, 14:20"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(yearless_stamp("12 Jan"), None);
/// assert_eq!(yearless_stamp("12 June, 14:20"), None);
/// ```
pub fn yearless_stamp(line: &str) -> Option<NaiveDate> {
    let line = line.trim();
    if line.len() > 60 || !line.contains(':') {
        return None;
    }
    let caps = YEARLESS_STAMP.captures(line)?;
    let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
    let month = |name: &str| caps.name(name).and_then(|m| month_number(m.as_str()));
    let readings: Vec<(u32, u32)> = if let (Some(d), Some(m)) = (num("d1"), num("m1")) {
        vec![(m, d)]
    } else if let (Some(a), Some(b)) = (num("a"), num("b")) {
        // ("01-09": either way round; the reading in the corpus's weeks decides)
        vec![(a, b), (b, a)]
    } else if let (Some(d), Some(m)) = (num("d2"), month("m2")) {
        vec![(m, d)]
    } else {
        vec![(month("m3")?, num("d3")?)]
    };
    let year = crate::extract::DOMAIN_ANCHOR.year();
    let mut dates: Vec<NaiveDate> = readings
        .iter()
        .flat_map(|&(m, d)| [year - 1, year, year + 1].map(|y| (y, m, d)))
        .filter(|&(y, m, d)| u32::try_from(y).is_ok_and(|y| near_corpus_weeks(y, m, d)))
        .filter_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
        .collect();
    dates.dedup();
    match dates[..] {
        [date] => Some(date),
        _ => None,
    }
}

/// A news aggregator's line under an item's headline: the source's name and its year-less
/// stamp between a bar ("Eurasia Wire Service  |  13 Jan 16:22"). Gives the source and the day.
///
/// # Examples
/// ```
/// use chrono::NaiveDate;
/// use kzcorpus::metadata::source_stamp;
/// let line = "Eurasia Wire Service  |  13 Jan 16:22";
/// assert_eq!(source_stamp(line), Some(("Eurasia Wire Service".to_owned(), NaiveDate::from_ymd_opt(2022, 1, 13).unwrap())));
/// assert_eq!(source_stamp("Politics  |  13 Jan 16:22"), None);
/// assert_eq!(source_stamp("Ann Lee | 13 Jan 16:22"), None);
/// assert_eq!(source_stamp("Talks end in Vienna | 13 Jan 16:22"), None);
/// ```
pub fn source_stamp(line: &str) -> Option<(String, NaiveDate)> {
    let line = line.trim();
    if line.len() > 80 || !line.contains('|') {
        return None;
    }
    let (name, stamp) = line.split_once('|')?;
    let (name, stamp) = (name.trim(), stamp.trim());
    // (the stamp first: it is the cheaper test and the rarer)
    let day = yearless_stamp(stamp)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    // (a name of capitalised words, no section's single word, no headline's verbs in lower case)
    let known = outlet_name(name);
    // (a reporter's name over a live blog's entry is no source: "Ann Lee | 13 Jan 16:22")
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let personal = words.first().is_some_and(|w| g.first_names.contains_key(w.to_lowercase().as_str()));
    if personal && known.is_none() {
        return None;
    }
    let named = (2..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
        || known.is_some();
    if !named || stamp.contains('|') {
        return None;
    }
    Some((known.map_or_else(|| name.to_owned(), str::to_owned), day))
}

/// The day a breadcrumb trail ends in: "Home / News feed / 13 January 2022". Such a trail is
/// the site's menu, no stamp under a headline, so it dates a page only when nothing else does.
///
/// # Examples
/// ```
/// use chrono::NaiveDate;
/// use kzcorpus::metadata::breadcrumb_date;
/// assert_eq!(breadcrumb_date("Home / News feed / 13 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(breadcrumb_date("Home > World > 08.01.2022"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(breadcrumb_date("Talks / 13 January 2022"), None);
/// ```
pub fn breadcrumb_date(line: &str) -> Option<NaiveDate> {
    let (trail, day) = line.trim().rsplit_once(" / ").or_else(|| line.trim().rsplit_once(" > "))?;
    let crumbs: Vec<&str> = trail.split(['/', '>']).map(str::trim).collect();
    let home = crumbs.first().is_some_and(|c| c.eq_ignore_ascii_case("home"));
    (home && crumbs.iter().all(|c| c.split_whitespace().count() <= 4 && !c.contains(|ch: char| ch.is_ascii_digit()))).then(|| date_line(day)).flatten()
}

/// An AP wire feed's closing stamp: "AP-WF-01-07-22 1612GMT" (feed, month, day, two-digit year, time).
static AP_FEED_STAMP: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"^AP-[A-Z]{2}-(?P<m>\d\d)-(?P<d>\d\d)-(?P<y>\d\d)(?:\s+\d{3,4}\s*(?:GMT|UTC|EST|EDT))?$").expect("the AP stamp pattern is valid"));

/// The publication date printed by a line that is a date stamp and nothing else
/// (apart from a label such as "Published", a time, and a little page residue).
///
/// # Examples
/// ```
/// use chrono::NaiveDate;
/// use kzcorpus::metadata::date_line;
/// assert_eq!(date_line("March 3, 2021 at 9:05 am"), NaiveDate::from_ymd_opt(2021, 3, 3));
/// assert_eq!(date_line("Talks resumed on March 3, 2021 in Vienna."), None);
/// assert_eq!(date_line("Published: 8:15pm, 7 Jan, 2022"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("14:26 GMT 11.01.2022 (updated 15:02 GMT 11.01.2022)"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("8 min read · Jan 9, 2022"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("Updated: 07/01/2022 - 14:32"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("1/7/2022"), None);
/// assert_eq!(date_line("07/01/2022"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Published 01/07/2022 10:15 AM EST"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("12/01/22 14:37, Bishkek"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("Updated 1143 GMT (1943 HKT) January 7, 2022"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("07.01.2022, 14:22   👁 12 430"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("6 - 12 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 6));
/// assert_eq!(date_line(" |07.01.2022 - 16:42 | Update: 07.01.2022 - 18:05"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Published date: 7 January 2022 10:45 GMT"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Updated / Thursday, 13 Jan 2022 18:02"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("Date of issue: 10 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("7 January 2022  Peace and Security"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("06:48 PM January 07, 2022"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Status: 09.01.2022 16:12"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("10/01/2022"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("01/10/2022"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("03/04/2021"), None);
/// assert_eq!(date_line("02/01/2022"), None);
/// assert_eq!(date_line("[Record Volume 168, Number 7 (Wednesday, January 12, 2022)]"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("[Talks in Geneva (January 12, 2022)] were long"), None);
/// assert_eq!(date_line("Sat, Jan 08, 2022 - page 5"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("Asked Jan 11, 2022   Modified Jan 13, 2022   Viewed 2k times"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("NEW DELHI, January 08, 2022 22:10 IST"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("13-01-2022 - 17:40"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("02-05-2022"), NaiveDate::from_ymd_opt(2022, 5, 2));
/// assert_eq!(date_line("Published on 01-07-2022 13:15"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Monday, 10 January 2022 1:48 PM  [ Last Update: Monday, 10 January 2022 3:20 PM ]"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("7:41 am on 8 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("Sun Jan 9, 2022 06:12 PM  Last update on: Sun Jan 9, 2022 07:40 PM"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("07/01/2022 06:45 PM"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Jakarta ● Sun, January 9, 2022"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("Nur-Sultan, Kazakhstan   ●   Wed, January 12, 2022"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("Berlin, Thursday, 13 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("11 January 2022 — Subject: Europe & foreign affairs"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("Published at : January 12, 2022"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("(Xinhua) 09:31, January 08, 2022"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("AFP , Monday 10 Jan 2022"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("Moscow, Monday 10 Jan 2022"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("No. 7 (29 412)   Tuesday, 11 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("2022.01.12, 16:38  |  Views 3,417  |  Comments 9"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("10.01.2022 · 17:25 · Views: 1 846"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("NEWS  11 January 2022, 20:40"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("1/12/2022 2:26 PM"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("Published 11:48 a.m. ET Jan. 7, 2022 | Updated 6:12 p.m. ET Jan. 7, 2022"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Jan. 11, 2022, 1:37 PM UTC / Updated Jan. 11, 2022, 4:05 PM UTC"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("Updated on: January 6, 2022 / 5:40 PM / CBS News"), NaiveDate::from_ymd_opt(2022, 1, 6));
/// assert_eq!(date_line("Wednesday January 12 2022, 6.00pm, The Times"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("Politics  / 08.01.2022 / 13:05"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("Posted on : Jan.12,2022 17:05 KST Modified on : Jan.12,2022 17:40 KST"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("THE IRISH TIMES Saturday, January 8, 2022                 11"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("This content was published on January 10, 2022 - 18:05"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("Agenda.ge, 12 Jan 2022 - 17:48, Tbilisi, Georgia"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("Posted at: Jan 08, 2022, 7:40 PM; last updated: Jan 08, 2022, 7:40 PM (IST)"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("2022-01-10 21:05  Source: The Paper"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("2022年01月09日 08:21  Global Network"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("[2022.01.14]"), NaiveDate::from_ymd_opt(2022, 1, 14));
/// assert_eq!(date_line("Strasbourg 12/01/2022"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("Statement 12/01/2022"), None);
/// assert_eq!(date_line("Monday 10 Jan 2022"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("№ 4 (2 317)   |   Friday, 14 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 14));
/// assert_eq!(date_line("publié le 8 janvier 2022 à 19h42"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("Publicerad 12 januari 2022 kl 10.15"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("12. janúar 2022 kl. 11:20"), NaiveDate::from_ymd_opt(2022, 1, 12));
/// assert_eq!(date_line("fredag 7. januar 2022 kl. 16.42"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("Thu., Jan. 13, 2022 timer 4 min. read"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("Jan 8, 2022 - 18 Dey 1400 - 13:42"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("Stand: 10.01.2022, 07:05 Uhr"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("Gepubliceerd: 9 januari 2022, 11:52"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("13. 1. 2022  14:05"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("11. ledna 2022 14:05"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("Publisert 10.01.2022, kl. 15.41"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// assert_eq!(date_line("Publiziert am 13.01.2022 13.22 Uhr"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("14.01.2022, 05.30 Uhr"), NaiveDate::from_ymd_opt(2022, 1, 14));
/// assert_eq!(date_line("Actualizado Domingo, 9 enero 2022 - 01:12"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("6 gennaio 2022 (modifica il 6 gennaio 2022 | 21:30)"), NaiveDate::from_ymd_opt(2022, 1, 6));
/// assert_eq!(date_line("9 de enero de 2022"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("08.01.2022 · 17:32 · Lada.kz · 👁 21 784 · 💬 56"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("1/12/2022"), None);
/// assert_eq!(date_line("AP-WF-01-07-22 1612GMT"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(date_line("INSS Insight No. 1553, January 13, 2022"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("11 January، 2022"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("Publish : 09 Jan 2022, 07:15 PM   Update : 09 Jan 2022, 07:52 PM"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("13. Jan 2022 at 18:40"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("Saturday, 09:15, 08/01/2022"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(date_line("Tuesday - 8 Jumada al-Akhirah 1443 AH - 11 January 2022 AD Issue Number [15750]"), NaiveDate::from_ymd_opt(2022, 1, 11));
/// assert_eq!(date_line("Published: 13 January ,2022: 08:05 PM GST"), NaiveDate::from_ymd_opt(2022, 1, 13));
/// assert_eq!(date_line("Sunday, January 9, 2022 — Dey 19, 1400 — Jumada al-Akhirah 6, 1443"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// assert_eq!(date_line("Posted by PrepWise Editorial Team | 10 January 2022"), NaiveDate::from_ymd_opt(2022, 1, 10));
/// ```
pub fn date_line(line: &str) -> Option<NaiveDate> {
    if line.len() > 160 || !has_year_digits(line) {
        return None;
    }
    let line = line.trim();
    // (an Arabic comma in an English stamp: "11 January، 2022")
    if line.contains('،') {
        return date_line(&line.replace('،', ","));
    }
    // an AP wire feed's closing stamp, month first with a two-digit year: "AP-WF-01-07-22 1612GMT"
    if let Some(caps) = line.starts_with("AP-").then(|| AP_FEED_STAMP.captures(line)).flatten() {
        let number = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
        return NaiveDate::from_ymd_opt(2000 + i32::try_from(number("y")?).ok()?, number("m")?, number("d")?);
    }
    // a record's bracketed header dated at its end: "[Congressional Record Volume 168,
    // Number 7 (Wednesday, January 12, 2022)]"
    if let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(")]")) {
        return inner.rsplit_once('(').and_then(|(_, date)| date_line(date));
    }
    // (a post's categories before it: "Categories: Press Freedom, Safety  |  13/01/2022")
    if let Some((head, tail)) = line.rsplit_once('|') {
        let lower = head.trim_start().to_ascii_lowercase();
        // (or a desk's credit: "Posted by PrepWise Editorial Team | 10 January 2022")
        if ["categories:", "category:", "tags:", "topics:", "topic:", "section:", "filed under:", "posted by ", "published by "].iter().any(|l| lower.starts_with(l)) {
            return date_line(tail);
        }
    }
    // (a labelled topic after a dash: "11 January 2022 — Subject: Europe & foreign affairs")
    if let Some((stamp, label)) = [" — ", " – ", " - "].iter().find_map(|sep| line.rsplit_once(sep)) {
        let lower = label.trim_start().to_ascii_lowercase();
        if ["subject:", "topic:", "topics:", "section:", "category:", "tags:"].iter().any(|l| lower.starts_with(l)) {
            return date_line(stamp);
        }
    }
    // (a bar left over from a stripped column: " |07.01.2022 - 16:42 | Update: …"; or a dash:
    // "-Updated on 08.01.2022-15:12")
    let line = line.trim_start_matches(['|', '·', '•', '-', '–', '—']).trim_start();
    // (a date alone in brackets: "[2022.01.14]"; a post's "[05.01.2022 01:12]" in a channel's
    // feed is read as such elsewhere)
    let line = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')).filter(|inner| !inner.contains(':')).unwrap_or(line);
    // (a month's abbreviation glued to its day: "Posted on : Jan.12,2022 17:05 KST")
    let spaced;
    let line = match glued_month_day(line) {
        Some(at) => {
            spaced = format!("{} {}", &line[..at], &line[at..]);
            spaced.as_str()
        }
        None => line,
    };
    // (a paper's issue number before it: "No. 7 (29 412)   Tuesday, 11 January 2022")
    let line = ISSUE_NUMBER.find(line).and_then(|m| line.get(m.end()..)).map_or(line, |rest| rest.trim_start_matches(['|', '·', '•']).trim_start());
    // (a video's views before it and its hashtags after: "48,213 views  Jan 12, 2022  #NATO #Russia")
    let line = viewed_stamp(line).unwrap_or(line);
    // (a paper's name before it in a printed page's running head: "THE IRISH TIMES Saturday,
    // January 8, 2022      11")
    let line = paper_name_before_date(line).unwrap_or(line);
    // (an agency's credit in brackets before it: "(Xinhua) 09:31, January 08, 2022", or before
    // a comma: "AFP , Monday 10 Jan 2022")
    let line = match line.strip_prefix('(').and_then(|l| l.split_once(')')).or_else(|| line.split_once(',')) {
        // (or a site's domain: "Agenda.ge, 12 Jan 2022 - 17:48, Tbilisi, Georgia")
        Some((agency, rest)) if agency.len() <= 30 && (outlet_name(agency).is_some() || is_domain(agency)) => rest.trim_start(),
        _ => line,
    };
    // (a weekday and the clock before the date: "Saturday, 09:15, 08/01/2022")
    let line = clock_before_date(line).unwrap_or(line);
    // (the Hijri date beside it and the issue's number: "Tuesday - 8 Jumada al-Akhirah 1443 AH -
    // 11 January 2022 AD Issue Number [15750]"; a space before the year's comma: "13 January
    // ,2022")
    let gregorian;
    let line = if line.contains(" ,") || HIJRI_PART.is_match(line) {
        gregorian = HIJRI_PART.replace_all(&line.replace(" ,", ", "), " ").into_owned();
        gregorian.trim_matches([' ', '-']).trim()
    } else {
        line
    };
    let caps = DATE_LINE.captures(line)?;
    // a place before the date must be one the gazetteer knows ("Moscow, 14 January 2022"),
    // not a headline's words ("Clashes in Almaty, 5 January 2022")
    // (a place with no comma must be one the gazetteer knows, or a weekday: "Strasbourg
    // 12/01/2022", "Monday 10 Jan 2022")
    if let Some(place) = caps.name("bareplace") {
        let word = place.as_str();
        let known = crate::speakers::gazetteer::GAZETTEER.places.contains(word.to_lowercase().as_str()) || crate::events::types::is_place_name(word);
        // (a translated page's weekday may be in lower case: "fredag 7. januar 2022 kl. 16.42")
        let lower = word.to_lowercase();
        let weekday = crate::events::dates::weekday_name(&lower) || FOREIGN_WEEKDAYS.contains(&lower.as_str());
        if !weekday && !(word.starts_with(char::is_uppercase) && known) {
            return None;
        }
    }
    if let Some(place) = caps.name("place").or_else(|| caps.name("cityplace")) {
        let g = &*crate::speakers::gazetteer::GAZETTEER;
        let words: Vec<&str> = place.as_str().split_whitespace().collect();
        let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase));
        // (word by word, or as a whole: "NEW DELHI, January 08, 2022 22:10 IST")
        let known = words.iter().all(|w| g.places.contains(w.trim_matches(['.', ',']).to_lowercase().as_str()))
            || crate::events::types::is_place_name(place.as_str());
        // (one capitalised word is a place or a weekday; more must be a known place, and so
        // must a place set off by a bullet: "Jakarta ● Sun, …", not "Politics · …")
        let bulleted = caps.name("bullet").or_else(|| caps.name("citybullet")).is_some();
        if !capitalised || !(known || (words.len() == 1 && !bulleted)) {
            return None;
        }
    }
    let date = date_from(&caps)?;
    match caps.name("rs").and_then(|m| m.as_str().parse::<u32>().ok()) {
        // (only a range of days written before a day and its month: "6 - 12 January 2022")
        Some(first) if caps.name("bd").is_some() && first < date.day() => date.with_day(first),
        Some(_) => None,
        None => Some(date),
    }
}

/// A Hijri date or the issue's number beside a stamp's Gregorian date, and the era's mark
/// after it ("8 Jumada al-Akhirah 1443 AH", "1443/6/8 - 2022/01/11", "AD Issue Number [15750]").
static HIJRI_PART: Lazy<Regex> = Lazy::new(|| {
    // (the Hijri months and the Iranian ones of the corpus's weeks, day first or month first)
    let month = r"(?:muharram|safar|rabi[a-z'’ -]{0,12}|jumad[a-z'’ -]{0,14}|rajab|sha['’]?ban|ramadan|shawwal|dhu[a-z'’ -]{0,12}|dey|bahman|esfand|azar|aban)";
    crate::rx::regex(&format!(
        r"(?i)\s*[-–—|]?\s*(?:\b\d{{1,2}}\s+{month}\s+1[34]\d\d|\b{month}\s+\d{{1,2}},?\s+1[34]\d\d|(?-u:\b)14\d\d/\d{{1,2}}/\d{{1,2}}(?-u:\b))(?:\s*AH)?\s*[-–—|]?\s*|\s+AD\b(?:\s+issue\s+(?:number|no\.?)\s*\[?\d+\]?)?\s*$"
    ))
    .expect("the Hijri part pattern is valid")
});

/// Whether `text` holds four digits that could be a Hijri year of these centuries (13xx, 14xx):
/// the cheap test before [`HIJRI_PART`] runs.
fn has_hijri_year(text: &str) -> bool {
    text.as_bytes().windows(4).any(|w| w[0] == b'1' && matches!(w[1], b'3' | b'4') && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

/// `text` without a Hijri date written beside a Gregorian one ("Sunday 29 Jumada Al-Ula 1443
/// (2 January 2022)" gives "Sunday (2 January 2022)"); the text itself when it has none.
pub(crate) fn without_hijri_date(text: &str) -> std::borrow::Cow<'_, str> {
    if has_hijri_year(text) {
        HIJRI_PART.replace_all(text, " ")
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The rest of a stamp that opens with a weekday and the clock: "Saturday, 09:15,
/// 08/01/2022" gives "08/01/2022".
fn clock_before_date(line: &str) -> Option<&str> {
    let (weekday, rest) = line.split_once(", ")?;
    let (clock, rest) = rest.split_once(", ")?;
    let is_clock = clock.len() <= 5 && clock.split_once([':', '.']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    (is_clock && crate::events::dates::weekday_name(&weekday.to_lowercase())).then_some(rest)
}

/// A site's domain written as its name: "Agenda.ge", "news.postimees.ee".
fn is_domain(text: &str) -> bool {
    crate::speakers::names::is_domain_name(text.trim())
}

/// The rest of a line that opens with a known paper's name in capitals and a weekday:
/// "THE IRISH TIMES Saturday, January 8, 2022" gives "Saturday, January 8, 2022".
fn paper_name_before_date(line: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = line.split_whitespace().map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w)).take(6).collect();
    (1..words.len()).find_map(|k| {
        let (at, next) = words[k];
        let name = line[..at].trim_end();
        let capitals = !name.chars().any(char::is_lowercase);
        let weekday = crate::events::dates::weekday_name(&next.trim_end_matches([',', '.']).to_lowercase());
        (capitals && weekday && outlet_name(name).is_some()).then(|| &line[at..])
    })
}

/// Where a month's abbreviation is glued to its day by a full stop ("Jan.12,2022"): the byte
/// offset of the day.
fn glued_month_day(line: &str) -> Option<usize> {
    const ABBREVIATIONS: [&str; 11] = ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."];
    // (most lines have no letter, full stop and digit in a row)
    let glued = line.as_bytes().windows(3).any(|w| w[0].is_ascii_alphabetic() && w[1] == b'.' && w[2].is_ascii_digit());
    if !glued {
        return None;
    }
    ABBREVIATIONS.iter().find_map(|m| {
        let at = line.find(m)? + m.len();
        line[at..].starts_with(|c: char| c.is_ascii_digit()).then_some(at)
    })
}

/// The place a date stamp names before its date: "Vienna, 13 January 2022" gives "Vienna".
///
/// # Examples
/// ```
/// use kzcorpus::metadata::stamp_place;
/// assert_eq!(stamp_place("Vienna, 13 January 2022").as_deref(), Some("Vienna"));
/// assert_eq!(stamp_place("13 January 2022"), None);
/// assert_eq!(stamp_place("Thursday, January 13, 2022"), None);
/// assert_eq!(stamp_place("Published: 10:21 GMT, 7 January 2022"), None);
/// assert_eq!(stamp_place("Agenda.ge, 12 Jan 2022 - 17:48, Tbilisi, Georgia"), None);
/// ```
pub fn stamp_place(line: &str) -> Option<String> {
    let line = line.trim();
    date_line(line)?;
    let caps = DATE_LINE.captures(line)?;
    let place = caps.name("place").or_else(|| caps.name("cityplace")).or_else(|| caps.name("bareplace"))?.as_str();
    // ("Thursday, January 13, 2022": a weekday, not a place; "Published: 10:21 GMT, 7
    // January 2022": a time zone)
    let zone = TIME_ZONES.contains(&place.trim());
    // (nor a site's domain: "Agenda.ge, 12 Jan 2022 - 17:48")
    (!crate::events::dates::weekday_name(&place.to_lowercase()) && !zone && !is_domain(place)).then(|| place.to_owned())
}

/// Weekdays a translated page keeps in its stamp (French, German, Spanish, Italian and the
/// Scandinavian languages): [`DATE_LINE`]'s weekday alternation is built from them.
const FOREIGN_WEEKDAYS: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
    "samstag", "sonntag", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "lunedì",
    "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
    "söndag", "mandag", "tirsdag", "lørdag", "søndag",
];

/// Time zones written after a clock time.
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT", "MT",
    "MST", "IST", "ALMT", "JST", "KST", "HKT", "SGT", "AEDT", "AEST", "GST", "TRT", "Z",
];

/// A header line that names only where the text was given, under its date stamp: "The
/// Kremlin, Moscow", "NATO Headquarters, Brussels", "Vienna". Up to six capitalised words,
/// no digits, the last comma-separated part a place the gazetteer knows.
///
/// # Examples
/// ```
/// use kzcorpus::metadata::place_line;
/// assert!(place_line("The Kremlin, Moscow"));
/// assert!(place_line("NATO Headquarters, Brussels"));
/// assert!(!place_line("Moscow calls for calm"));
/// assert!(!place_line("Protests in Almaty"));
/// assert!(!place_line("Ann Lee, Moscow"));
/// ```
pub fn place_line(line: &str) -> bool {
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || line.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':' | ';' | '"' | '“')) {
        return false;
    }
    let last = line.rsplit(',').next().unwrap_or(line).trim();
    let capitalised = words.iter().all(|w| w.starts_with(char::is_uppercase) || NAME_CONNECTORS.contains(&w.to_lowercase().as_str()));
    // before the comma, a place or a building ("The Kremlin", "NATO Headquarters"), not a
    // writer's name ("Ann Lee, Moscow")
    let first = line.rsplit_once(',').map_or("", |(first, _)| first);
    let site = first.is_empty()
        || first.split_whitespace().any(|w| {
            is_place_word(w)
                || ["kremlin", "headquarters", "house", "palace", "hall", "building", "office", "ministry", "akorda", "embassy", "centre", "center", "residence"]
                    .contains(&w.to_lowercase().as_str())
        });
    capitalised && site && !last.is_empty() && last.split_whitespace().all(is_place_word) && (last == line || line.contains(','))
}

static FEED_STAMP: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UTC?|[ECMP][SD]T|Z)|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}))$",
    )
    .expect("the feed-stamp pattern is valid")
});

/// Whether a line is a machine time stamp of a news feed: RFC 822 ("Mon, 10 Jan 2022
/// 19:05:00 GMT", RSS) or ISO 8601 ("2022-01-10T19:05:00Z", Atom). People do not write
/// dates so; feeds print one over every story.
///
/// # Examples
/// ```
/// assert!(kzcorpus::metadata::is_feed_stamp("Mon, 10 Jan 2022 19:05:00 +0000"));
/// assert!(kzcorpus::metadata::is_feed_stamp("2022-01-10T19:05:00Z"));
/// assert!(!kzcorpus::metadata::is_feed_stamp("Monday, 10 January 2022"));
/// ```
pub fn is_feed_stamp(line: &str) -> bool {
    FEED_STAMP.is_match(line.trim())
}

/// The separators between the parts of a masthead or stamp line.
const STAMP_SEPARATORS: [&str; 6] = [" | ", " · ", " • ", " - ", " – ", " — "];

/// A date stamp after a short credit or name and a separator: "PTI | Updated: Jan 7, 2022,
/// 11:42 IST", "KYODO NEWS - Jan 7, 2022 - 18:05 | World". The lead is one to four words
/// with no digit and no sentence punctuation.
///
/// # Examples
/// ```
/// use chrono::NaiveDate;
/// use kzcorpus::metadata::credited_date_line;
/// assert_eq!(credited_date_line("PTI | Updated: Jan 7, 2022, 11:42 IST"), NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(credited_date_line("Talks resumed - January 7, 2022"), None);
/// assert_eq!(credited_date_line("January 8, 2022 - Press ISW"), NaiveDate::from_ymd_opt(2022, 1, 8));
/// assert_eq!(credited_date_line("January 8, 2022 - troops arrive in Almaty"), None);
/// assert_eq!(credited_date_line("January 2, 2022 - Protests Begin"), None);
/// assert_eq!(credited_date_line("09.01.2022 - Press release"), NaiveDate::from_ymd_opt(2022, 1, 9));
/// // (a desk's credit, the stamp's time and the sections after it)
/// let line = "Staff Writer | January 6, 2022 | 11:52 am   Markets  Asia  Uranium";
/// assert_eq!(credited_date_line(line), NaiveDate::from_ymd_opt(2022, 1, 6));
/// assert_eq!(kzcorpus::metadata::dated_outlet("Staff Writer | January 6, 2022 | 11:52 am"), None);
/// ```
pub fn credited_date_line(line: &str) -> Option<NaiveDate> {
    // (a stamp line is short: paragraphs are not searched for separators)
    if line.len() > 160 || !has_year_digits(line) {
        return None;
    }
    let (lead, rest) = split_lead(line.trim())?;
    // the columns of a printed page's header name its paper ("THE TRIBUNE     SATURDAY, …");
    // a table's row ("Almaty     Jan 5, 2022     103") is no stamp
    if line.contains("   ") && !line.contains(" | ") && outlet_name(lead).is_none() && press_masthead(lead).is_none() {
        return None;
    }
    let words: Vec<&str> = lead.split_whitespace().collect();
    let credit = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '&' | '-' | '/')))
        // "Talks Resume" is a headline's words; a credit is in capitals, known, or one word
        && (words.len() == 1 || !lead.chars().any(char::is_lowercase) || outlet_name(lead).is_some() || is_desk_credit(lead));
    if credit {
        return date_line(rest);
    }
    // the other way round, a date over a short label: "January 8, 2022 - Press ISW"
    let label: Vec<&str> = rest.split_whitespace().collect();
    // (a credit's acronym or a section's word: "Press ISW", "Live Updates"; not a timeline's
    // entry, "January 2, 2022 - Protests Begin")
    let credit_word = |w: &&str| {
        (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
            || matches!(w.to_lowercase().as_str(), "press" | "news" | "update" | "updates" | "live" | "opinion" | "analysis" | "commentary")
    };
    let labelled = (1..=3).contains(&label.len())
        && label.iter().any(credit_word)
        && label.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && label.iter().all(|w| w.chars().all(char::is_alphabetic))
        && !STAMP_SEPARATORS.iter().any(|sep| rest.contains(sep));
    if labelled { date_line(lead) } else { None }
}

/// The part of a line before its first stamp separator, and the rest. The columns of a
/// printed page's header count as parts ("THE TRIBUNE     SATURDAY, JANUARY 8, 2022     A1"),
/// and a page number opening it is passed over ("A6     THE TRIBUNE     …").
fn split_lead(line: &str) -> Option<(&str, &str)> {
    let columns = line.find("   ").map(|at| (at, line[at..].len() - line[at..].trim_start().len()));
    let (at, len) = STAMP_SEPARATORS
        .iter()
        .filter_map(|sep| line.find(sep).map(|at| (at, sep.len())))
        .chain(columns)
        .min_by_key(|&(at, _)| at)?;
    let (lead, rest) = (line[..at].trim(), line[at + len..].trim());
    if is_page_number(lead) && columns.is_some() {
        return split_lead(rest);
    }
    Some((lead, rest))
}

/// A printed page's number: "A6", "12", "B12".
fn is_page_number(word: &str) -> bool {
    let digits = word.trim_start_matches(|c: char| c.is_ascii_uppercase());
    word.len() - digits.len() <= 1 && (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `line` has two digits in a row, as every stamp's year does ("2022", "12/01/22"): a
/// line without them is no date line, and the stamp patterns need not be tried on it. (Any
/// numeric character counts, as the patterns' `\d` does.)
fn has_year_digits(line: &str) -> bool {
    let mut run = 0;
    line.chars().any(|c| {
        run = if c.is_numeric() { run + 1 } else { 0 };
        run == 2
    })
}

/// The first date written anywhere in `text` (for bylines such as "By A | March 3, 2021").
pub fn find_date(text: &str) -> Option<NaiveDate> {
    DATE_ANYWHERE.captures_iter(text).find_map(|c| date_from(&c))
}

static RELATIVE_STAMP: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:(?:published|updated|posted)\s+)?(?P<n>\d+|an?|one)\s*(?P<unit>min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|d|weeks?|w)\s+ago$")
        .expect("the relative-stamp pattern is valid")
});

/// How long before the crawl a relative stamp line ("3 days ago", "5 hours ago") says the
/// page was published; `None` when the line is not such a stamp.
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::relative_stamp(" 2 days ago"), Some(chrono::Duration::days(2)));
/// ```
pub fn relative_stamp(line: &str) -> Option<Duration> {
    if line.len() > 60 {
        return None;
    }
    let caps = RELATIVE_STAMP.captures(line.trim())?;
    let n: i64 = match caps.name("n")?.as_str().to_lowercase().as_str() {
        "a" | "an" | "one" => 1,
        digits => digits.parse().ok()?,
    };
    let unit = caps.name("unit")?.as_str().to_lowercase();
    Some(if unit.starts_with('m') {
        Duration::minutes(n)
    } else if unit.starts_with('h') {
        Duration::hours(n)
    } else if unit.starts_with('w') {
        Duration::weeks(n)
    } else {
        Duration::days(n)
    })
}

/// Resolves a relative stamp against the date the page was crawled. Without an anchor a
/// relative stamp gives no date.
pub fn resolve_relative(stamp: Duration, crawled: Option<NaiveDate>) -> Option<NaiveDate> {
    let crawled = crawled?.and_hms_opt(0, 0, 0)?;
    Some((crawled - stamp).date())
}

static BYLINE: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"(?i)^(?P<label>by:?|byline:|written by:?|words by|article by:?|story by:?|analysis by|commentary by|interview by|interviewed by|posted by|words:|authors?:?|writers?:|reporters? ?:|correspondents?:|rapporteur:|analysts?:|text:|par|di|por|av|af|von)\s+(?P<names>.+)$").expect("the byline pattern is valid"));
/// An agency's credit with a writer's reporting: "Caspian Newswire, with local reporting by
/// Madi Zhaksylykov".
static AGENCY_WITH_REPORTING: Lazy<Regex> = Lazy::new(|| {
    // (plain classes, not Unicode letter classes: they compile to far smaller automata; the
    // capital opening the agency's name is checked by the caller)
    crate::rx::regex(r"^[^,;:.]{2,41},?\s+with\s+(?:(?:local|additional|extra|further)\s+)?reporting\s+by\s+(?P<names>[^|;()]+)$")
        .expect("the agency-with-reporting pattern is valid")
});
/// A letter's writer over it: "From Dr Anna Liebermann, Frankfurt, Germany", "From Kairat
/// Omarov, London, UK".
static LETTER_SIGNATURE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"^From (?:(?P<title>Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Lord|Lady|Rev|Colonel|General)\.? )?(?P<name>[^\s,;:.]+(?: [^\s,;:.]+){1,3})(?:, [^,;:]{2,60}){1,4}$")
        .expect("the letter-signature pattern is valid")
});
/// A research database's citation line: the writers, surname first, the paper (and its
/// place after a semicolon), the day and the page.
static CITATION_LINE: Lazy<Regex> = Lazy::new(|| {
    // (plain classes, not Unicode letter classes: they compile to far smaller automata; the
    // names' capitals are checked by the caller)
    let name = r"[^\s,;.\[\]]+(?: [^\s,;.\[\]]+)?, [^\s,;\[\]]+(?: [^\s,;\[\]]+)?";
    crate::rx::regex(&format!(
        r"^(?P<names>{name}(?:; {name})*)\.\s+(?P<outlet>[^;\[\]]{{2,60}}?)(?:;[^\[\]]{{0,60}}?)?(?: \[[^\]]{{0,60}}\])?\.\s+(?P<date>\d{{1,2}} [A-Za-z]{{3,9}}\.? \d{{4}})(?::.{{0,20}})?$"
    ))
    .expect("the citation pattern is valid")
});

/// A stamp of labelled fields set apart by wide spaces or bars, as an agency's page prints
/// it under the headline: "Source: Tianshan Wire   Editor: Ma Ling   2022-01-12 16:48:05".
/// Gives the source named (an outlet the gazetteer knows by its own spelling) and the day;
/// `None` without a source. An editor is no writer, and the fields' labels must all be a
/// stamp's.
///
/// # Examples
/// ```
/// use kzcorpus::metadata::labelled_fields_stamp;
/// let (source, day) = labelled_fields_stamp("Source: Tianshan Wire   Editor: Ma Ling   2022-01-12 16:48:05").unwrap();
/// assert_eq!(source, "Tianshan Wire");
/// assert_eq!(day, chrono::NaiveDate::from_ymd_opt(2022, 1, 12).unwrap());
/// assert_eq!(labelled_fields_stamp("Source: the ministry said on 12 January 2022 that it would"), None);
/// assert_eq!(labelled_fields_stamp("Editor: Ma Ling   2022-01-12 16:48:05"), None);
/// assert_eq!(labelled_fields_stamp("Source: Tianshan Wire   2022-01-12 16:48:05   Click here to read more"), None);
/// ```
pub fn labelled_fields_stamp(line: &str) -> Option<(String, NaiveDate)> {
    if line.len() > 160 || !line.contains(": ") {
        return None;
    }
    let fields: Vec<&str> = line.split("  ").flat_map(|f| f.split(" | ")).map(str::trim).filter(|f| !f.is_empty()).collect();
    if fields.len() < 2 {
        return None;
    }
    let mut source = None;
    let mut day = None;
    for field in fields {
        match field.split_once(':') {
            Some((label, value)) if STAMP_FIELD_LABELS.contains(&label.trim().to_lowercase().as_str()) => {
                let value = value.trim();
                match label.trim().to_lowercase().as_str() {
                    "source" | "from" => {
                        let words = value.split_whitespace().count();
                        source = outlet_name(value).map(str::to_owned).or_else(|| ((1..=5).contains(&words) && value.starts_with(char::is_uppercase)).then(|| value.to_owned()));
                    }
                    "published" | "updated" | "date" | "time" | "posted" => day = day.or_else(|| date_line(value)),
                    _ => {}
                }
            }
            // (a clock's colon is no label: "2022-01-12 16:48:05"; any other field must be the date)
            _ => {
                let date = date_line(field)?;
                day.get_or_insert(date);
            }
        }
    }
    // (a stamp naming no source is read as a date line: " |07.01.2022 - 16:42 | Update: …")
    Some((source?, day?))
}

/// The labels of a stamp's fields ([`labelled_fields_stamp`]).
const STAMP_FIELD_LABELS: [&str; 10] = ["source", "from", "editor", "editors", "responsible editor", "published", "updated", "date", "time", "posted"];

/// A research database's citation of an article: its writers (turned to given name first),
/// its paper and its day. "Kowalczyk, Anna; Herrera, Mike.  The Lakefront Ledger; Milwaukee,
/// Wis. [Milwaukee, Wis]. 12 Jan 2022: A.6." gives Anna Kowalczyk and Mike Herrera, "The
/// Lakefront Ledger" and 12 January 2022.
///
/// # Examples
/// ```
/// use kzcorpus::metadata::citation_line;
/// let (names, outlet, day) = citation_line("Lee, Ann; Tran, Bo.  The Harbour Daily; Oslo. 12 Jan 2022: A.6.").unwrap();
/// assert_eq!(names, ["Ann Lee", "Bo Tran"]);
/// assert_eq!(outlet, "The Harbour Daily");
/// assert_eq!(day, chrono::NaiveDate::from_ymd_opt(2022, 1, 12).unwrap());
/// assert_eq!(citation_line("Almaty, Kazakhstan. The city was calm on 12 Jan 2022."), None);
/// ```
pub fn citation_line(line: &str) -> Option<(Vec<String>, String, NaiveDate)> {
    if !line.contains("; ") && !line.contains(".  ") {
        return None;
    }
    let caps = CITATION_LINE.captures(line.trim())?;
    let date = date_line(caps.name("date")?.as_str())?;
    let capitalised = |part: &str| part.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    let names: Vec<String> = caps
        .name("names")?
        .as_str()
        .split("; ")
        .filter_map(|n| n.split_once(", ").filter(|(surname, given)| capitalised(surname) && capitalised(given)))
        .map(|(surname, given)| format!("{given} {surname}"))
        .collect();
    if names.len() != caps.name("names")?.as_str().split("; ").count() || !caps.name("outlet")?.as_str().starts_with(char::is_uppercase) {
        return None;
    }
    // (the writers are people: a known first name opens one of them)
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let personal = names.iter().any(|n| n.split_whitespace().next().is_some_and(|w| g.first_names.contains_key(w.to_lowercase().as_str())));
    let outlet = caps.name("outlet")?.as_str().trim().to_owned();
    (personal && !names.is_empty()).then_some((names, outlet, date))
}

/// A blog's post line: "Posted on January 8, 2022 by Ann Lee".
static POSTED_BYLINE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:posted|published|written)(?:\s+on)?\s+(?P<date>[^|]{6,40}?)\s+by\s+(?P<names>.+)$").expect("the posted-byline pattern is valid")
});
/// A social post's header: the writer's name and handle ("Lena Hartmann @lena@mastodon.social";
/// not an embedded post's "Ann Lee @annlee · Jan 7").
static HANDLE_BYLINE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"^(?P<name>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})\s+@[\w.]+(?:@[\w.-]+)?$")
        .expect("the handle-byline pattern is valid")
});
static NAME_SEPARATORS: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"\s*,\s*and\s+|\s*(?:,|;|&|\||•|·)\s*|\s+and\s+").expect("the name-separator pattern is valid"));
/// "… in Moscow", "… at The Hill", "… for Reuters" after a name.
static NAME_TAIL: Lazy<Regex> =
    Lazy::new(|| crate::rx::regex(r"\s+(?:in|at|for|from|reporting from|with|IN|AT|FOR|FROM|WITH)\s+.*$").expect("the name-tail pattern is valid"));
/// A credit line at the foot of agency copy: "Reporting by A and B; Editing by C".
static CREDIT_LINE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^\(?(?:additional )?(?:reporting|writing|written|compiled)(?: by)?\s").expect("the credit-line pattern is valid")
});
static CREDIT_PART: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:additional )?(?P<role>reporting|writing|written|compiled|editing|edited|graphics|photos?|video)(?: by)?\s+(?P<names>.+)$")
        .expect("the credit-part pattern is valid")
});

/// A newsroom credit rather than a person: "World Desk", "Staff", "Reuters Staff",
/// "RFE/RL's Kazakh Service".
fn is_desk_credit(token: &str) -> bool {
    let last = token.rsplit(' ').next().unwrap_or("").to_lowercase();
    // (a "Service" only after an owner or a language: "RFE/RL's Kazakh Service", not the
    // historian Robert Service)
    let service = matches!(last.as_str(), "service" | "services")
        && (token.contains("'s ") || token.contains("’s ") || {
            let words: Vec<&str> = token.split_whitespace().collect();
            words.len() >= 2
                && crate::speakers::gazetteer::GAZETTEER.nationality(&words[words.len() - 2].to_lowercase()).is_some_and(|c| !c.is_empty())
        });
    // (a broadcaster's studio in a city: "ARD-Studio Moscow", "BBC Studio Almaty")
    let studio = token.split(|c: char| c == ' ' || c == '-').any(|w| w == "Studio" || w == "studio") && token.split_whitespace().count() <= 3;
    service
        || studio
        || matches!(last.as_str(), "desk" | "staff" | "newsroom" | "team" | "bureau" | "editors" | "reporters" | "correspondents")
        // a writer's role after the name: "Ann Lee, Foreign Correspondent"
        || (matches!(
            last.as_str(),
            "correspondent" | "reporter" | "writer" | "editor" | "columnist" | "contributor" | "analyst" | "strategist" | "economist" | "producer" | "presenter" | "journalist"
        ) && token.split_whitespace().count() <= 3)
        || staff_outlet(token).is_some()
}

/// The outlet of a writer's role after their name: "Nikkei staff writer", "Reuters
/// correspondent".
fn staff_outlet(token: &str) -> Option<&'static str> {
    let lower = token.to_lowercase();
    let role = [" staff writer", " staff reporter", " correspondent", " reporter", " contributor"].iter().find(|r| lower.ends_with(*r))?;
    outlet_name(token.get(..token.len() - role.len())?)
}

/// The outlet a byline names among its writers: "By Ann Lee and Bo Tran, CNN", "KENJI
/// TAKAHASHI, Nikkei staff writer".
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::byline_outlet("By Ann Lee and Tom Tran, CNN"), Some("CNN"));
/// assert_eq!(kzcorpus::metadata::byline_outlet("By Ann Lee, Chief Correspondent"), None);
/// assert_eq!(kzcorpus::metadata::byline_outlet("By Ann Lee, Human Rights Watch"), None);
/// assert_eq!(kzcorpus::metadata::byline_outlet("By ANN LEE FOR MAILONLINE"), Some("Daily Mail"));
/// assert_eq!(kzcorpus::metadata::byline_outlet("By Ann Lee for a local paper"), None);
/// ```
pub fn byline_outlet(line: &str) -> Option<&'static str> {
    let line = line.trim();
    if line.len() > 160 {
        return None;
    }
    let names = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")).unwrap_or(line);
    // (a research institute or a rights group after the name is the writer's affiliation,
    // not the publisher: "By Ann Lee, Human Rights Watch")
    let affiliation = |name: &str| {
        ["Watch", "Council", "Endowment", "Institute", "Foundation", "House", "Group", "Amnesty", "Centre", "Center"].iter().any(|w| name.contains(w))
    };
    NAME_SEPARATORS
        .split(names)
        .map(|t| t.trim().trim_end_matches('.'))
        .find_map(|t| {
            // ("By Ann Lee for MailOnline": the outlet the writer wrote for)
            let written_for = t.split_once(" for ").or_else(|| t.split_once(" FOR ")).and_then(|(_, outlet)| outlet_name(outlet));
            outlet_name(t).or_else(|| staff_outlet(t)).or(written_for)
        })
        .filter(|name| !affiliation(name))
}

/// Lowercase name particles allowed inside a personal name ("Ursula von der Leyen").
const NAME_PARTICLES: &[&str] = &["von", "van", "der", "den", "de", "la", "le", "da", "di", "du", "dos", "bin", "al", "el", "ibn", "ter"];

fn looks_like_name(token: &str) -> bool {
    let words: Vec<&str> = token.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|w| {
            let starts_upper = w.chars().next().is_some_and(|c| c.is_uppercase());
            (starts_upper || NAME_PARTICLES.contains(w))
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// Removes an outlet name glued to the end of a name ("JANE DOE Associated Press").
fn strip_trailing_outlet(token: &str) -> &str {
    for (i, c) in token.char_indices() {
        if c == ' ' && outlet_name(&token[i + 1..]).is_some() {
            let head = token[..i].trim_end();
            // ("The Washington Post" is all outlet: its article is no name)
            return if head.eq_ignore_ascii_case("the") { "" } else { head };
        }
    }
    token
}

/// Splits a list of names, dropping photo credits, outlets and date residue; `None` when
/// some part is not a name.
fn name_list(names: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    // (a writer's post set off by commas is no name, nor its "and": "By Ann Lee, Research Fellow
    // for Russian and Eurasian Military Capability, and Bo Tran, Senior Fellow")
    let without_posts: String;
    // (nor a role in lower case, "and" and all: "By Philippa Grant, standards and style editor")
    let post = |(k, part): (usize, &str)| writer_post(part) || (k > 0 && writer_described(part));
    let names = if names.contains(", ") && names.split(", ").enumerate().any(post) {
        without_posts = names.split(", ").enumerate().filter(|&p| !post(p)).map(|(_, part)| part).collect::<Vec<_>>().join(", ");
        without_posts.as_str()
    } else {
        names
    };
    for token in NAME_SEPARATORS.split(names) {
        let token = token.trim().trim_end_matches('.');
        let token = NAME_TAIL.replace(token, "");
        let token = strip_trailing_outlet(token.trim());
        // ("Hannah Lindqvist Globe Staff": the paper's staff after a writer's name)
        let token = match token.rsplitn(3, ' ').collect::<Vec<_>>().as_slice() {
            [staff, _, name] if staff.eq_ignore_ascii_case("staff") && name.split_whitespace().count() >= 2 => name,
            _ => token,
        };
        if token.is_empty() || CREDITS.contains(&fold(token)) || outlet_name(token).is_some() || is_desk_credit(token) {
            continue;
        }
        if token.chars().any(|c| c.is_ascii_digit()) {
            continue; // a date or time printed on the byline
        }
        if !out.is_empty() && writer_described(token) {
            continue; // "By Ann Lee, the writer of the Morning Brief"
        }
        let lower = token.to_ascii_lowercase();
        if ["edited by ", "editing by ", "produced by ", "editor:"].iter().any(|p| lower.starts_with(p)) {
            continue; // "By HT News Desk | Edited by Ann Lee": the editor is no writer
        }
        if !looks_like_name(token) {
            return None;
        }
        out.push(token.to_owned());
    }
    Some(out)
}

/// A writer's post after their name, in title case: "Research Fellow for …", "Senior Fellow",
/// "Professor of Politics at …". The words after it (split at "and") are no names.
fn writer_post(token: &str) -> bool {
    const POSTS: [&str; 16] = [
        "research", "senior", "fellow", "professor", "associate", "assistant", "director", "visiting", "lecturer", "researcher",
        "non-resident", "nonresident", "programme", "program", "adjunct", "distinguished",
    ];
    let is_post = |w: &str| w.starts_with(char::is_uppercase) && POSTS.contains(&w.to_lowercase().as_str());
    let mut words = token.split_whitespace();
    let mut posts = 0;
    let mut next = words.next();
    while next.is_some_and(is_post) {
        posts += 1;
        next = words.next();
    }
    // (the post alone, or its field after it: not "Professor Bo Tran")
    posts > 0 && next.is_none_or(|w| matches!(w, "for" | "of" | "at" | "in" | "on"))
}

/// A description of the writer after their name, in lower case: "the writer of Foreign
/// Policy's Morning Brief", "a columnist for the paper", "our correspondent in Almaty".
fn writer_described(token: &str) -> bool {
    const ROLES: [&str; 9] = ["writer", "author", "editor", "correspondent", "columnist", "reporter", "contributor", "host", "founder"];
    let role = |w: &str| ROLES.contains(&w.trim_end_matches(['.', ',', 's']));
    let mut words = token.split_whitespace();
    // (or a role in lower case alone: "standards and style editor", "staff writer")
    let lower_case_role = (1..=5).contains(&token.split_whitespace().count())
        && token.split_whitespace().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && token.split_whitespace().last().is_some_and(role);
    lower_case_role || (matches!(words.next(), Some("the" | "a" | "an" | "our")) && words.take(3).any(role))
}

/// The authors of a byline line ("By A, B, Handout, C"), in order and as written; photo
/// credit tokens (Handout, AFP, Getty Images …), outlet names, places ("in Moscow") and
/// dates are dropped. `None` when the line is not a byline.
///
/// # Examples
/// ```
/// let authors = kzcorpus::metadata::byline("By Ann LEE, Getty Images and Bo Tran");
/// assert_eq!(authors, Some(vec!["Ann LEE".to_owned(), "Bo Tran".to_owned()]));
/// let labelled = kzcorpus::metadata::byline("Writer: Ann Lee");
/// assert_eq!(labelled, Some(vec!["Ann Lee".to_owned()]));
/// let role = kzcorpus::metadata::names_byline("Ann Lee, Foreign Correspondent");
/// assert_eq!(role, Some(vec!["Ann Lee".to_owned()]));
/// let paper = kzcorpus::metadata::byline("By Ann Lee, The Washington Post");
/// assert_eq!(paper, Some(vec!["Ann Lee".to_owned()]));
/// let research = kzcorpus::metadata::byline("Analysts: Katrine Lund, Senior Oil Analyst | Pieter de Wit, EM Strategist");
/// assert_eq!(research, Some(vec!["Katrine Lund".to_owned(), "Pieter de Wit".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Analysts: Tokayev Wins, Nazarbayev Loses"), None);
/// let studio = kzcorpus::metadata::byline("By Ann Lee, ARD-Studio Moscow");
/// assert_eq!(studio, Some(vec!["Ann Lee".to_owned()]));
/// let edited = kzcorpus::metadata::byline("By HT News Desk | Edited by Ann Lee");
/// assert_eq!(edited, Some(vec![]));
/// let described = kzcorpus::metadata::byline("By Ann Lee, the writer of Foreign Policy’s Morning Brief.");
/// assert_eq!(described, Some(vec!["Ann Lee".to_owned()]));
/// let serial = kzcorpus::metadata::byline("By Ann Lee, Bo Tran, and Eva Roth");
/// assert_eq!(serial, Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned(), "Eva Roth".to_owned()]));
/// let posted = kzcorpus::metadata::byline("Posted on January 8, 2022 by Timur Bekov");
/// assert_eq!(posted, Some(vec!["Timur Bekov".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Posted on the wall by the door"), None);
/// let filed = kzcorpus::metadata::byline("Posted on January 8, 2022 by Timur Bekov in Politics, Kazakhstan");
/// assert_eq!(filed, Some(vec!["Timur Bekov".to_owned()]));
/// let spaced = kzcorpus::metadata::byline("By Nguyen Minh Chau   January 8, 2022 | 05:36 pm GMT+7");
/// assert_eq!(spaced, Some(vec!["Nguyen Minh Chau".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By Kenji Sato / Yomiuri Shimbun Correspondent"), Some(vec!["Kenji Sato".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Author: Daniel Ooi, ANU"), Some(vec!["Daniel Ooi".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By: Paolo Dizon - Reporter / @PDizonINQ"), Some(vec!["Paolo Dizon".to_owned()]));
/// let outlet = kzcorpus::metadata::byline("Published on 11/01/2022 - 18:20 By Ana Lima - Reporter, Agência Brasil - Brasília");
/// assert_eq!(outlet, Some(vec!["Ana Lima".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By Europe correspondent Isobel Hartley and wires"), Some(vec!["Isobel Hartley".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By Ann Lee, Moscow correspondent The Guardian"), Some(vec!["Ann Lee".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Jan 12, 2022  Marta Kowalczyk"), Some(vec!["Marta Kowalczyk".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Jan 12, 2022  Kassym-Jomart Tokayev"), None);
/// let dashed = kzcorpus::metadata::byline("By Farid Nazari - January 7, 2022");
/// assert_eq!(dashed, Some(vec!["Farid Nazari".to_owned()]));
/// let authored = kzcorpus::metadata::byline("13 January 2022, 14:20 | Author: Arman Zhunusov | 👁 8 341 | 💬 27");
/// assert_eq!(authored, Some(vec!["Arman Zhunusov".to_owned()]));
/// let dated = kzcorpus::metadata::byline("By Ann Lee On 1/7/22 at 11:18 AM EST");
/// assert_eq!(dated, Some(vec!["Ann Lee".to_owned()]));
/// assert_eq!(kzcorpus::metadata::find_date("By Ann Lee On 1/7/22 at 11:18 AM EST"), chrono::NaiveDate::from_ymd_opt(2022, 1, 7));
/// assert_eq!(kzcorpus::metadata::byline("Article by: Taras Hnatiuk"), Some(vec!["Taras Hnatiuk".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Author Katja Brenner"), Some(vec!["Katja Brenner".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Author of the decree, the president said so."), None);
/// assert_eq!(kzcorpus::metadata::byline("Author\tMessage"), None);
/// assert_eq!(kzcorpus::metadata::byline("By Philippa Grant, standards and style editor"), Some(vec!["Philippa Grant".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Posted by Jonas Ekberg on January 8, 2022 | 14 comments"), Some(vec!["Jonas Ekberg".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Posted by Silk Road Briefing"), None);
/// assert_eq!(kzcorpus::metadata::byline("Words: Lukas Brandstätter"), Some(vec!["Lukas Brandstätter".to_owned()]));
/// let line = "Posted by Olga Verner | 9 January 2022 | Filed under: Word of the Week | 14 comments";
/// assert_eq!(kzcorpus::metadata::byline(line), Some(vec!["Olga Verner".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Interview by Kateryna Bondar"), Some(vec!["Kateryna Bondar".to_owned()]));
/// let posted = kzcorpus::metadata::byline("By Ann Lee and Bo Tran, Associated Press | Posted - Jan. 7, 2022 at 10:12 a.m.");
/// assert_eq!(posted, Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By Ann Lee Special correspondent"), Some(vec!["Ann Lee".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By Claire Dubois Ottawa Bureau"), Some(vec!["Claire Dubois".to_owned()]));
/// let post = "By Thomas Ravensworth, Research Fellow for Russian and Eurasian Military Capability";
/// assert_eq!(kzcorpus::metadata::byline(post), Some(vec!["Thomas Ravensworth".to_owned()]));
/// let two = "By Ann Lee, Research Fellow, and Bo Tran, Senior Fellow";
/// assert_eq!(kzcorpus::metadata::byline(two), Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned()]));
/// let titled = "By Ann Lee, Professor Bo Tran and Cy Wu";
/// assert_eq!(kzcorpus::metadata::byline(titled).map(|n| n.len()), Some(3));
/// assert_eq!(kzcorpus::metadata::byline("By Ann Lee Staff Reporter"), Some(vec!["Ann Lee".to_owned()]));
/// let staff = kzcorpus::metadata::byline("By Ann Lee and Bo Tran Globe Staff, Updated January 12, 2022, 7:18 p.m.");
/// assert_eq!(staff, Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By Ann Lee, ITV News Producer"), Some(vec!["Ann Lee".to_owned()]));
/// let placed = kzcorpus::metadata::byline("By Ann Lee | New Delhi | Updated: January 7, 2022 8:12:40 pm IST");
/// assert_eq!(placed, Some(vec!["Ann Lee".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("By Ann Lee | Mumbai"), Some(vec!["Ann Lee".to_owned()]));
/// let handle = kzcorpus::metadata::byline("Lena Hartmann @lenahartmann@mastodon.social");
/// assert_eq!(handle, Some(vec!["Lena Hartmann".to_owned()]));
/// assert_eq!(kzcorpus::metadata::byline("Kazakh Embassy @KZEmbassy"), None);
/// assert_eq!(kzcorpus::metadata::byline("Marat Bekov @maratbekov · Jan 7"), None);
/// ```
pub fn byline(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    // ("(By Chen Yu-hsuan and Lee Wen-ting)": a wire's credit in brackets)
    let line = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')).filter(|l| l.starts_with("By ") && !l.contains(['(', ')'])).unwrap_or(line);
    if line.chars().count() > 200 {
        return None;
    }
    // a social post's "Lena Hartmann @lena@mastodon.social": the name when it is a person's
    if let Some(caps) = line.contains('@').then(|| HANDLE_BYLINE.captures(line)).flatten() {
        let g = &*crate::speakers::gazetteer::GAZETTEER;
        let name = caps.name("name")?.as_str();
        let personal = name.split_whitespace().next().is_some_and(|w| g.first_names.contains_key(w.to_lowercase().as_str()));
        return personal.then(|| vec![name.to_owned()]);
    }
    // a blog's "Posted on January 8, 2022 by Ann Lee"
    if let Some(caps) = POSTED_BYLINE.captures(line) {
        if caps.name("date").is_some_and(|d| date_line(d.as_str()).is_some()) {
            // ("… by Ann Lee in Politics, Kazakhstan", "… by Ann Lee — 3 Comments")
            let names = caps.name("names")?.as_str();
            let names = [" in ", " — ", " – ", " | ", " · "].iter().fold(names, |n, sep| n.split(sep).next().unwrap_or(n));
            // ("Published on 11/01/2022 - 18:20 By Ann Lee - Reporter, Agência Brasil")
            return name_list(without_newsroom_role(names.trim())).filter(|n| !n.is_empty());
        }
    }
    // ("Di Maio", "Von Drehle": a surname's particle, capitalised, is no label; "di Ann Lee" is)
    let particle = |caps: &regex::Captures<'_>| caps.name("label").is_some_and(|l| matches!(l.as_str(), "Di" | "DI" | "Von" | "VON"));
    // ("Author Katja Brenner" without a colon: a space, then a name of two words at least; not a
    // forum's column heads, "Author\tMessage")
    let bare_author = |caps: &regex::Captures<'_>| {
        caps.name("label").is_some_and(|l| l.as_str().eq_ignore_ascii_case("author") || l.as_str().eq_ignore_ascii_case("authors"))
            && caps.name("names").is_none_or(|n| !line[..n.start()].ends_with(' ') || n.as_str().split_whitespace().count() < 2)
    };
    // ("Posted by Jonas Ekberg on …" names a person; "Posted by Silk Road Briefing" is the site)
    let site_posted = |caps: &regex::Captures<'_>| {
        let g = &*crate::speakers::gazetteer::GAZETTEER;
        caps.name("label").is_some_and(|l| l.as_str().eq_ignore_ascii_case("posted by"))
            && caps.name("names").and_then(|n| n.as_str().split_whitespace().next()).is_none_or(|w| !g.first_names.contains_key(w.to_lowercase().as_str()))
    };
    // an agency's copy with a local writer's reporting: "Caspian Newswire, with local reporting
    // by Madi Zhaksylykov" (the agency's own writers are in its footer)
    if let Some(caps) = (line.starts_with(char::is_uppercase) && line.contains("reporting by")).then(|| AGENCY_WITH_REPORTING.captures(line)).flatten() {
        return caps.name("names").and_then(|n| name_list(n.as_str().trim())).filter(|n| !n.is_empty());
    }
    // a letter's writer over it: "From Dr Anna Liebermann, Frankfurt, Germany" (a person's
    // first name or a title, then places or a post; "From Moscow, a warning" is none)
    if let Some(caps) = line.starts_with("From ").then(|| LETTER_SIGNATURE.captures(line)).flatten() {
        let g = &*crate::speakers::gazetteer::GAZETTEER;
        let name = caps.name("name").map_or("", |n| n.as_str());
        let capitals = name.split_whitespace().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')));
        let personal = capitals
            && (caps.name("title").is_some() || name.split_whitespace().next().is_some_and(|w| g.first_names.contains_key(w.to_lowercase().as_str())));
        if personal && !line.ends_with(['.', '?', '!']) {
            return Some(vec![name.to_owned()]);
        }
    }
    let Some(caps) = BYLINE.captures(line).filter(|c| !particle(c) && !bare_author(c) && !site_posted(c)) else { return bar_byline(line).map(|(names, _)| names) };
    // ("By — Lisa Marchetti": a dash after the label)
    let names = caps.name("names")?.as_str().trim().trim_start_matches(['—', '–', '-']).trim_start();
    // ("Words by Hannah Voss | Photographs by Ann Lee for Lodestar": the photographer's credit
    // after a bar is no writer's)
    let names = names
        .split_once(" | ")
        .or_else(|| names.split_once("; "))
        .filter(|(_, credit)| is_picture_credit(credit))
        .map_or(names, |(writers, _)| writers.trim_end());
    // ("By Claire Dumont (Almaty, special correspondent) and Julien Marchal (Moscow,
    // correspondent)": a writer's place and post in brackets)
    // ("Ann Lee  @annlee", "Ann Lee [ann.lee@paper.kr]": the handle or address after the name)
    let names = names.find(" @").map_or(names, |at| names[..at].trim_end_matches([' ', '/', '|']));
    let unbracketed: String;
    let names = if (names.contains(" (") && names.contains(')')) || (names.contains('[') && names.contains(']')) {
        unbracketed = without_brackets(names);
        unbracketed.as_str()
    } else {
        names
    };
    // "By Ann Lee On 1/7/22 at 11:18 AM EST", "By Ann Lee - January 7, 2022", "by Ann Lee
    // 2022.01.09.": the date after the names is no name
    let names = [" On ", " on ", " ON ", "  ", " - ", " – ", " — ", " | "]
        .iter()
        .filter_map(|on| names.find(on).filter(|&at| find_date(&names[at..]).is_some()))
        .min()
        .map_or(names, |at| names[..at].trim());
    // ("By Ann Lee, Associated Press | Posted - Jan. 7, 2022": the stamp's label before its date)
    let names = names
        .rsplit_once(['|', '·'])
        .filter(|(_, label)| matches!(label.trim().to_lowercase().as_str(), "posted" | "published" | "updated" | "posted on" | "published on"))
        .map_or(names, |(rest, _)| rest.trim_end());
    // ("By: Paolo Dizon - Reporter / @PDizonINQ", "By Ann Lee – Staff Writer": the writer's role
    // after a dash, and their handle)
    let names = without_newsroom_role(names);
    // ("By Europe correspondent Isobel Hartley and wires": the role before the name)
    // (the beat a place or lower-case words, "Europe", "chief"; not "By Ann Lee, Moscow
    // correspondent The Guardian" nor "By Ann Lee and correspondent Ben Ode")
    let names = names
        .split_once(" correspondent ")
        .filter(|(before, after)| {
            let beat: Vec<&str> = before.split_whitespace().collect();
            (1..=3).contains(&beat.len())
                && beat.iter().all(|w| !w.contains(',') && (is_place_word(w) || w.chars().all(char::is_lowercase)) && *w != "and")
                && after.starts_with(char::is_uppercase)
        })
        .map_or(names, |(_, after)| after);
    // ("By Ann Lee Special correspondent", "By Ann Lee Staff Reporter": the writer's role after
    // the name)
    let names = names
        .rsplit_once(' ')
        .filter(|(_, last)| ["correspondent", "reporter", "writer", "editor", "columnist", "contributor"].contains(&last.to_lowercase().as_str()))
        .and_then(|(rest, _)| rest.rsplit_once(' '))
        .filter(|(_, qualifier)| ["Special", "Staff", "Senior", "Foreign", "Chief", "Contributing"].contains(qualifier))
        .map_or(names, |(name, _)| name.trim_end());
    // ("By Claire Dubois Ottawa Bureau": the writer's bureau, a place and "Bureau", after the name)
    let names = names
        .rsplit_once(' ')
        .filter(|(_, last)| matches!(*last, "Bureau" | "bureau" | "Desk" | "desk"))
        .and_then(|(rest, _)| rest.rsplit_once(' '))
        .filter(|(name, place)| is_place_word(place) && name.split_whitespace().count() >= 2)
        .map_or(names, |(name, _)| name.trim_end());
    // ("By Kenji Sato / Yomiuri Shimbun Correspondent", "By KENJI SATO/ Staff Writer": the
    // writer's post after a slash)
    let names = names
        .split_once('/')
        .map(|(name, post)| (name.trim_end(), post.trim_start()))
        .filter(|(_, post)| {
            post.split_whitespace().last().is_some_and(|w| {
                let w = w.to_lowercase();
                WRITER_ROLES.contains(&w.as_str()) || matches!(w.as_str(), "staff" | "bureau")
            })
        })
        .map_or(names, |(name, _)| name.trim_end());
    // (a place between bars: "By Ann Lee | New Delhi | Updated: …")
    let unplaced: String;
    let names = if names.contains('|') {
        unplaced = names.split('|').map(str::trim).filter(|p| !crate::events::types::is_place_name(p)).collect::<Vec<_>>().join(" | ");
        unplaced.as_str()
    } else {
        names
    };
    let mut list = name_list(byline_names_and_place(names).0)?;
    // ("By Ann Lee, Moscow": the place the writer filed from is no second writer)
    // (nor an institution's initials: "Author: Daniel Ooi, ANU")
    let initials = |w: &str| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
    if list.len() >= 2 && list.last().is_some_and(|last| !last.contains(' ') && (is_place_word(last) || initials(last))) {
        list.pop();
    }
    // ("Analysts: Tokayev Wins, Nazarbayev Loses" is a headline: analysts are people whose
    // first names the gazetteer knows)
    let analysts = caps.name("label").is_some_and(|l| l.as_str().to_ascii_lowercase().starts_with("analyst"));
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let personal = |n: &String| n.split_whitespace().next().is_some_and(|w| g.first_names.contains_key(w.to_lowercase().as_str()));
    // (or names each followed by a role: "Analysts: Ann Lee, Senior Oil Analyst | …")
    let lower = names.to_lowercase();
    let roles = names.contains([',', '|']) && ["analyst", "strategist", "economist"].iter().any(|r| lower.contains(r));
    (!analysts || (!list.is_empty() && (roles || list.iter().all(personal)))).then_some(list)
}

/// Whether a byline's part credits the pictures: "Photographs by Ann Lee", "Photo: Ann Lee".
fn is_picture_credit(part: &str) -> bool {
    let part = part.trim_start().to_lowercase();
    ["photo", "photographs", "pictures", "images", "video", "illustration", "camera"].iter().any(|w| {
        part.strip_prefix(w).is_some_and(|rest| rest.starts_with([' ', ':', 's']) && (rest.contains("by ") || rest.trim_start_matches('s').starts_with(':')))
    })
}

/// `text` without its bracketed asides and the space before each: "Ann Lee (Almaty) and Bo
/// Tran (Moscow)" → "Ann Lee and Bo Tran", "[8]Ann Lee" → "Ann Lee".
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The names of a byline without the writer's role set off by a dash after them, with
/// their handle or their outlet: "Paolo Dizon - Reporter / @PDizonINQ", "Ann Lee – Staff
/// Writer", "Ann Lee - Reporter, Agência Brasil - Brasília" all give the name alone.
fn without_newsroom_role(names: &str) -> &str {
    let newsroom_role = |role: &str| {
        let role = role.split(" / ").next().unwrap_or(role);
        let role = role.split(',').next().unwrap_or(role).trim();
        (1..=4).contains(&role.split_whitespace().count())
            && role.split_whitespace().last().is_some_and(|w| WRITER_ROLES.contains(&w.to_lowercase().as_str()))
    };
    [" - ", " – ", " — "].iter().find_map(|sep| names.split_once(sep)).filter(|(_, role)| newsroom_role(role)).map_or(names, |(name, _)| name.trim_end())
}

/// A meta line of parts between bars, one a date and one the writer: "Jan 12, 2022 |
/// Daniyar Kassenov", "The Steppe Review | 12 January 2022 | Interview by Ann Lee". Gives
/// the writers and the parts left over (an outlet's name, a section).
fn bar_byline<'a>(line: &'a str) -> Option<(Vec<String>, Vec<&'a str>)> {
    // (one part is a date: no year, no such line)
    if !has_year_digits(line) {
        return None;
    }
    // bars, else a spaced dash or dot: "Ann Lee — 7 January 2022, 18:52", "14 January 2022 -
    // Piotr Zawadzki"
    // (or a run of spaces left by a stripped column: "Jan 12, 2022  Marta Kowalczyk")
    let separator = if line.contains('|') {
        "|"
    } else {
        [" — ", " – ", " · ", " • ", " - ", "  "].into_iter().find(|s| line.contains(s))?
    };
    // (bars and dots together: "Ann Lee · CBC News · Posted: Jan 12, 2022 | Last Updated: …")
    let dots = |part: &'a str| part.split(" · ").flat_map(|p| p.split(" • "));
    let parts: Vec<&str> = if separator == "|" {
        line.split(separator).flat_map(dots).map(str::trim).filter(|p| !p.is_empty()).collect()
    } else {
        line.split(separator).map(str::trim).filter(|p| !p.is_empty()).collect()
    };
    // (a translator's credit is no writer's: "Published on 11/01/2022 • Clara Delmas •
    // Translated from French by Tom Whitaker")
    let parts: Vec<&str> = parts.into_iter().filter(|p| !TRANSLATOR_CREDIT.is_match(p)).collect();
    if !(2..=4).contains(&parts.len()) || !parts.iter().any(|p| date_line(p).is_some()) {
        return None;
    }
    // beside a dash a title is as likely as a writer ("Department Press Briefing – January 6,
    // 2022"): no word of the name may be an organisation's head, a title or a kind of page
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let titled = |p: &str| {
        p.split_whitespace().any(|w| {
            let lower = w.to_lowercase();
            g.org_heads.contains(lower.as_str())
                || g.is_title(&lower)
                || ["briefing", "press", "news", "update", "report", "statement", "live", "podcast", "episode", "edition", "bulletin", "digest", "brief", "transcript", "review"]
                    .contains(&lower.as_str())
        })
    };
    // (nor a place or a month: "Kazakhstan Crisis — 7 January 2022", "Bloody January — …")
    let placed = |p: &str| {
        p.split_whitespace().any(|w| is_place_word(w) || month_number(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).is_some())
    };
    if separator != "|" && parts.iter().any(|p| date_line(p).is_none() && (titled(p) || placed(p))) {
        return None;
    }
    let others: Vec<&str> = parts.iter().copied().filter(|p| date_line(p).is_none()).collect();
    // an explicit credit ("Interview by A") first, else a part that is one personal name
    let credited = others.iter().position(|p| BAR_CREDIT.is_match(p));
    let (at, names) = match credited {
        Some(i) => (i, name_list(BAR_CREDIT.captures(others[i])?.name("names")?.as_str())?),
        None => others.iter().enumerate().find_map(|(i, p)| {
            let personal = |n: &Vec<String>| {
                n.len() == 1 && (2..=4).contains(&n[0].split_whitespace().count()) && !n[0].to_lowercase().starts_with("the ")
            };
            name_list(p).filter(personal).map(|n| (i, n))
        })?,
    };
    if names.is_empty() {
        return None;
    }
    // (beside a spaced hyphen or a run of spaces only a writer the first-name list knows, and no one well known: not
    // a headline's "Kassym-Jomart Tokayev - January 7, 2022", nor a timeline's "2 January 2022 -
    // Fuel Protests Begin")
    if matches!(separator, " - " | "  ") {
        let first_known = names[0].split_whitespace().next().is_some_and(|w| g.first_names.contains_key(w.to_lowercase().as_str()));
        let notable = names[0].split_whitespace().last().is_some_and(|w| crate::speakers::notable_full_name(w).is_some());
        if !first_known || notable {
            return None;
        }
    }
    let rest = others.iter().enumerate().filter(|&(i, _)| i != at).map(|(_, p)| *p).collect();
    Some((names, rest))
}

/// A translator's credit: "Translated from French by Tom Whitaker", "Translation: Ann Lee".
static TRANSLATOR_CREDIT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:translated(?:\s+from\s+\w+)?\s+by|translation(?:\s+by|\s*:))\s+\S").expect("the translator pattern is valid")
});

/// "Interview by A", "Text by A", "By A" inside a bar-separated meta line (or a translated
/// page's "Von A", "Par A").
static BAR_CREDIT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^(?:(?:(?:interview|text|story|words|report|analysis|compiled|written)\s+)?by\s+|(?:von|par|por|av|af)\s+|authors?:\s*)(?P<names>.+)$").expect("the credit pattern is valid")
});

/// The outlet printed beside the date and writer on a bar-separated meta line ("The
/// Steppe Review | 12 January 2022 | Interview by Ann Lee" gives "The Steppe Review"):
/// the one part left that looks like a name.
///
/// # Examples
/// ```
/// let line = "The Steppe Review | 12 January 2022 | Interview by Ann Lee";
/// assert_eq!(kzcorpus::metadata::byline(line), Some(vec!["Ann Lee".to_owned()]));
/// assert_eq!(kzcorpus::metadata::bar_outlet(line).as_deref(), Some("The Steppe Review"));
/// let line = "Von Anna Berghofer | 19.32 Uhr, 13. Jänner 2022";
/// assert_eq!(kzcorpus::metadata::byline(line), Some(vec!["Anna Berghofer".to_owned()]));
/// ```
pub fn bar_outlet(line: &str) -> Option<String> {
    let (_, rest) = bar_byline(line.trim())?;
    let [part] = rest.as_slice() else { return None };
    let words: Vec<&str> = part.split_whitespace().collect();
    let capitalised = (1..=6).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || NAME_CONNECTORS.contains(&w.to_lowercase().as_str()));
    // (a place beside the writer is where they wrote: "Ann Lee | Almaty · 7 January 2022")
    let place = words.iter().all(|w| is_place_word(w));
    (capitalised && !place).then(|| part.to_string())
}

/// The outlet of a masthead line of a name and a date between bars ("THE STEPPE LETTER |
/// Wednesday, 12 January 2022" gives "The Steppe Letter"). A name in capitals is
/// written in title case, except short ones ("RT", "AP").
///
/// # Examples
/// ```
/// let line = "THE STEPPE LETTER | Wednesday, 12 January 2022";
/// assert_eq!(kzcorpus::metadata::dated_outlet(line).as_deref(), Some("The Steppe Letter"));
/// assert_eq!(kzcorpus::metadata::dated_outlet("Politics | 12 January 2022"), None);
/// let line = "Source: Xinhua | 2022-01-10 19:48:06 | Editor: huaxia";
/// assert_eq!(kzcorpus::metadata::dated_outlet(line).as_deref(), Some("Xinhua"));
/// assert_eq!(kzcorpus::metadata::dated_outlet("VLAST.KZ · Society · 12.01.2022, 18:20").as_deref(), Some("Vlast.kz"));
/// assert_eq!(kzcorpus::metadata::dated_outlet("HARBOUR.net / 06:48 PM January 07, 2022").as_deref(), Some("HARBOUR.net"));
/// assert_eq!(kzcorpus::metadata::dated_outlet("ALMATY, Kazakhstan | January 6, 2022"), None);
/// assert_eq!(kzcorpus::metadata::dated_outlet("U.S. | January 6, 2022"), None);
/// ```
pub fn dated_outlet(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > 120 || !has_year_digits(line) {
        return None;
    }
    // "KYODO NEWS - Jan 7, 2022 - 18:05 | World, All": a name before a dash, the stamp after
    if let Some((lead, _)) = split_lead(line).filter(|(_, rest)| date_line(rest).is_some()) {
        if let Some(known) = outlet_name(lead) {
            return Some(known.to_owned());
        }
        // a printed page's header names its paper: "THE LAKESHORE TRIBUNE     SATURDAY, …"
        if line.contains("   ") {
            return press_masthead(lead);
        }
    }
    // (or a slash: "INQUIRER.net / 06:48 PM January 07, 2022")
    let separator = [" | ", " · ", " • ", " / "].into_iter().find(|sep| line.contains(sep))?;
    let parts: Vec<&str> = line.split(separator).map(str::trim).collect();
    // one part is the date; the outlet is a "Source: X" part or the first part naming one
    // ("VLAST.KZ · Society · 12.01.2022, 18:20", "Source: Xinhua | 2022-01-10 19:48:06 | Editor: huaxia")
    if !(2..=4).contains(&parts.len()) || parts.iter().filter(|p| date_line(p).is_some()).count() != 1 {
        return None;
    }
    let name = parts.iter().find_map(|p| {
        let lower = p.to_lowercase();
        lower.starts_with("source:").then(|| p["source:".len()..].trim())
    });
    let name = name.or_else(|| parts.first().copied().filter(|p| date_line(p).is_none()))?;
    if let Some(known) = outlet_name(name) {
        return Some(known.to_owned());
    }
    // a place ("ALMATY, Kazakhstan", "U.S.") is a dateline, not a publisher; nor is a
    // writer's role ("Staff Writer | January 6, 2022")
    let place = name.split([',', ' ']).filter(|w| !w.is_empty()).any(is_place_word);
    if name.contains(',') || place || is_desk_credit(name) {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = (2..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) || NAME_CONNECTORS.contains(&w.to_lowercase().as_str()));
    // a site's domain ("Vlast.kz"): letters around the dots, no one-letter parts
    let domain = words.len() == 1
        && name.contains('.')
        && name.split('.').all(|part| part.len() >= 2 && part.chars().all(|c| c.is_alphanumeric() || c == '-'));
    if domain {
        return Some(name.to_owned());
    }
    if !named {
        return None;
    }
    Some(title_case_capitals(name))
}

/// Whether an author's name names a publisher, not a writer: the page's own outlet, a known
/// outlet, a site's domain, a desk ("Web Desk", "Scroll Staff") or a newsroom ("Midwest News";
/// "Ronald Media" may be a person).
///
/// # Examples
/// ```
/// use kzcorpus::metadata::names_a_publisher;
/// assert!(names_a_publisher("Ariana News", Some("Ariana News")));
/// assert!(names_a_publisher("RTTNews.com", None));
/// assert!(names_a_publisher("Web Desk", None));
/// assert!(names_a_publisher("Midwest News", None));
/// assert!(!names_a_publisher("Ann Lee", Some("Ariana News")));
/// ```
pub fn names_a_publisher(name: &str, outlet: Option<&str>) -> bool {
    let name = name.trim();
    outlet.is_some_and(|o| o.eq_ignore_ascii_case(name))
        || outlet_name(name).is_some()
        || (!name.contains(' ') && is_domain(&name.to_lowercase()))
        || is_desk_credit(name)
        // (a newsroom's name: "Written by Midwest News")
        || (name.split_whitespace().count() >= 2 && name.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("news")))
}

/// A wire service's name over its feed, in capitals: the agency's name, then what the
/// service is ("DANUBE RADIO INTERNATIONAL - ENGLISH SERVICE" gives "Danube Radio
/// International", "XINHUA ENGLISH NEWS SERVICE" gives "Xinhua"). An unknown name needs two
/// words ("AA NEWS FEED - ENGLISH SERVICE" names none).
///
/// # Examples
/// ```
/// use kzcorpus::metadata::service_masthead;
/// assert_eq!(service_masthead("DANUBE RADIO INTERNATIONAL - ENGLISH SERVICE").as_deref(), Some("Danube Radio International"));
/// assert_eq!(service_masthead("XINHUA ENGLISH NEWS SERVICE").as_deref(), Some("Xinhua"));
/// assert_eq!(service_masthead("KYODO NEWS ENGLISH WIRE  --  EDITORS' NOTE").as_deref(), Some("Kyodo News"));
/// assert_eq!(service_masthead("AA NEWS FEED - ENGLISH SERVICE"), None);
/// assert_eq!(service_masthead("Xinhua English News Service"), None);
/// assert_eq!(service_masthead("KAZAKHSTAN RESTORES MOBILE INTERNET SERVICE"), None);
/// ```
pub fn service_masthead(line: &str) -> Option<String> {
    // (in capitals only: most lines are text)
    if line.chars().any(char::is_lowercase) || !(line.contains("SERVICE") || line.contains("FEED") || line.contains("WIRE")) {
        return None;
    }
    let caps = SERVICE_MASTHEAD.captures(line.trim())?;
    let name = caps.name("name")?.as_str().trim().trim_end_matches(['-', '–', '—', '|']).trim();
    if let Some(known) = outlet_name(name) {
        return Some(known.to_owned());
    }
    let words = name.split_whitespace().count();
    ((2..=5).contains(&words) && !name.contains(|c: char| c.is_ascii_digit())).then(|| title_case_capitals(name))
}

static SERVICE_MASTHEAD: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"^(?P<name>[A-Z][A-Z&.\-]*(?:\s+[A-Z][A-Z&.\-]*){0,5}?)(?:\s*[-–—|]{1,2}\s*(?:ENGLISH\s+)?(?:NEWS\s+)?|\s+ENGLISH\s+(?:NEWS\s+)?|\s+NEWS\s+(?:ENGLISH\s+)?)(?:SERVICE|FEED|WIRE|NEWSWIRE)(?:\s+(?:[-–—|]{1,2}\s*)?(?:ENGLISH\s+)?(?:SERVICE|FEED|WIRE|EDITORS['’]?\s+NOTE))?(?:\s*[-–—|]{1,2}\s*[A-Z][A-Z'’ ]{0,30})?$",
    )
    .expect("the service masthead pattern is valid")
});

/// Words a name writes in lower case after its first word ("Ministry of Defence", "Voice of
/// America", "Council on Foreign Relations").
const NAME_SMALL_WORDS: [&str; 8] = ["of", "the", "and", "for", "in", "on", "at", "de"];

/// A name printed in capitals, in title case ("THE STEPPE LETTER" → "The Steppe Letter",
/// "MINISTRY OF DEFENCE" → "Ministry of Defence"; short words such as "RT" and initials
/// without a vowel such as "SBC" stay); a name with lower case letters is kept as printed.
pub(crate) fn title_case_capitals(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_owned();
    }
    let title = |(i, w): (usize, &str)| -> String {
        let lower = w.to_lowercase();
        if i > 0 && NAME_SMALL_WORDS.contains(&lower.as_str()) {
            return lower;
        }
        // (each part of a hyphened word: "BALTIC-CASPIAN" → "Baltic-Caspian")
        w.split('-')
            .map(|part| {
                let mut chars = part.chars();
                // (an abbreviation's point makes a word: "ST." → "St.")
                let initials = part.chars().all(|c| c.is_ascii_uppercase()) && !part.chars().any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'));
                match chars.next() {
                    Some(first) if part.chars().count() > 2 && !initials => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                    _ => part.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join("-")
    };
    name.split_whitespace().enumerate().map(title).collect::<Vec<_>>().join(" ")
}

/// An outlet's name with its small words after the first in lower case, as names are
/// written: "Associated Press Of Pakistan" → "Associated Press of Pakistan".
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::outlet_small_words("Associated Press Of Pakistan"), "Associated Press of Pakistan");
/// assert_eq!(kzcorpus::metadata::outlet_small_words("The Times of India"), "The Times of India");
/// ```
pub fn outlet_small_words(name: &str) -> String {
    if !name.split(' ').skip(1).any(|w| w.len() <= 3 && w.starts_with(char::is_uppercase) && NAME_SMALL_WORDS.contains(&w.to_lowercase().as_str())) {
        return name.to_owned();
    }
    name.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            // (a word in capitals stays: "PRESS OF" is no title-cased name)
            let title_cased = w.chars().skip(1).all(|c| !c.is_uppercase());
            if i > 0 && title_cased && NAME_SMALL_WORDS.contains(&lower.as_str()) {
                lower
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The last words of a newspaper's or newsletter's name.
/// Words of a writer's role, never part of their name.
const WRITER_ROLES: &[&str] = &["producer", "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "presenter", "contributor"];

const PRESS_NOUNS: &[&str] = &[
    "chronicle", "times", "monitor", "post", "herald", "tribune", "gazette", "journal", "daily", "news", "review", "observer",
    "express", "telegraph", "standard", "record", "courier", "weekly", "insider", "letter", "digest", "bulletin", "dispatch",
    "mirror", "inquirer", "examiner", "register", "sentinel", "independent",
];

/// The name of a publication the gazetteer does not know, printed as a masthead line: two to
/// five capitalised words ending with a press noun, with at most a short section label after a
/// bar ("THE INDIAN CHRONICLE", "EURASIA MONITOR | Channel watch"); or a known outlet's name
/// and a section word ("Axios World").
///
/// # Examples
/// ```
/// use kzcorpus::metadata::press_masthead;
/// assert_eq!(press_masthead("THE INDIAN CHRONICLE").as_deref(), Some("The Indian Chronicle"));
/// assert_eq!(press_masthead("EURASIA MONITOR | Channel watch").as_deref(), Some("Eurasia Monitor"));
/// assert_eq!(press_masthead("Axios World").as_deref(), Some("Axios"));
/// assert_eq!(press_masthead("Kazakhstan Makes the News"), None);
/// assert_eq!(press_masthead("The End of Fake News"), None);
/// assert_eq!(press_masthead("BREAKING NEWS"), None);
/// ```
pub fn press_masthead(line: &str) -> Option<String> {
    let line = line.trim();
    if line.len() > 320 || line.chars().count() > 80 {
        return None;
    }
    let name = match line.split_once(" | ") {
        Some((name, section)) if (1..=3).contains(&section.split_whitespace().count()) && !section.contains('|') => name.trim(),
        Some(_) => return None,
        None => line,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    // a known outlet and a section word: "Axios World", "Reuters Business"
    if let [outlet @ .., section] = words.as_slice() {
        if !outlet.is_empty() && section.starts_with(char::is_uppercase) && is_section_word(section) {
            if let Some(known) = outlet_name(&outlet.join(" ")) {
                return Some(known.to_owned());
            }
        }
    }
    // printed in capitals ("THE INDIAN CHRONICLE"): a title-case line ending in "News" or
    // "Post" is as often a headline ("The End of Fake News", "The Last Post")
    let named = (2..=5).contains(&words.len())
        && !name.chars().any(char::is_lowercase)
        && words.last().is_some_and(|w| PRESS_NOUNS.contains(&w.to_lowercase().as_str()))
        && !words.iter().any(|w| NOT_IN_MASTHEADS.contains(&w.to_lowercase().as_str()));
    let place_only = words.iter().all(|w| is_place_word(w));
    (named && !place_only).then(|| title_case_capitals(name))
}

/// A public body's name printed in capitals as a site's header ("MINISTRY OF DEFENCE OF THE
/// RUSSIAN FEDERATION", "PROSECUTOR GENERAL'S OFFICE OF THE REPUBLIC OF KAZAKHSTAN"): three
/// to ten words, one of them a body's head noun, joined by "of". Given in title case.
///
/// # Examples
/// ```
/// use kzcorpus::metadata::official_body;
/// assert_eq!(official_body("MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION").as_deref(), Some("Ministry of Defence of the Russian Federation"));
/// assert_eq!(official_body("Ministry of Defence"), None);
/// assert_eq!(official_body("TROOPS OF THE ALLIANCE LEAVE"), None);
/// assert_eq!(official_body("EUROPEAN UNION").as_deref(), Some("European Union"));
/// assert_eq!(official_body("TRADE UNION ANGER"), None);
/// assert_eq!(official_body("PROTESTERS DEFY EURASIAN UNION"), None);
/// // (in title case, the state's name last)
/// let site = "The Ministry of Foreign Affairs of the Russian Federation";
/// assert_eq!(official_body(site).as_deref(), Some(site));
/// assert_eq!(official_body("Ministry of Defence of Russia Says Troops Will Leave"), None);
/// assert_eq!(official_body("Ministry of Defence Confirms Troop Pullout From Kazakhstan"), None);
/// assert_eq!(official_body("Government of Kazakhstan Declares Day of Mourning in Almaty"), None);
/// assert_eq!(official_body("Ministry of Foreign Affairs"), None);
/// ```
pub fn official_body(line: &str) -> Option<String> {
    let line = line.trim();
    if line.len() > 120 {
        return None;
    }
    if line.chars().any(char::is_lowercase) {
        return titled_official_body(line).then(|| line.to_owned());
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let heads = ["MINISTRY", "OFFICE", "COMMITTEE", "SERVICE", "DEPARTMENT", "AGENCY", "ADMINISTRATION", "SECRETARIAT", "COUNCIL", "EMBASSY"];
    let body = (3..=10).contains(&words.len())
        && words.contains(&"OF")
        && words.iter().any(|w| heads.contains(w))
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-')));
    // (a union or alliance of states needs no "of": "EUROPEAN UNION", "UNITED NATIONS")
    // (its other words a people's or place's, or of a treaty's name: not "PROTESTERS DEFY
    // EURASIAN UNION")
    let bloc = (2..=4).contains(&words.len())
        && words.last().is_some_and(|w| ["UNION", "NATIONS", "ALLIANCE", "ORGANIZATION", "ORGANISATION", "COMMUNITY"].contains(w))
        && words[..words.len() - 1].iter().all(|w| {
            is_place_word(w) || ["UNITED", "EUROPEAN", "AFRICAN", "EURASIAN", "ECONOMIC", "TREATY", "ATLANTIC", "NORTH", "SECURITY", "COLLECTIVE"].contains(w)
        });
    (body || bloc).then(|| title_case_capitals(line))
}

/// A state body's full name in title case, as its own site prints it over the page: "The
/// Ministry of Foreign Affairs of the Russian Federation", "Embassy of Japan in Kazakhstan". It
/// opens with the body's head noun, every word but "of", "the", "and", "for" and "in" is
/// capitalised, and it ends with the state's name, so a headline about a ministry ("Ministry of
/// Defence of Russia Says …") is none.
fn titled_official_body(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let words = words.strip_prefix(&["The"]).unwrap_or(&words);
    let heads = ["Ministry", "Office", "Embassy", "Administration", "Secretariat", "Presidency", "Government", "Mission", "Consulate"];
    let connector = |w: &str| matches!(w, "of" | "the" | "and" | "for" | "in" | "to");
    let state = |w: &str| is_place_word(w) || matches!(w, "Federation" | "Republic" | "Kingdom" | "States");
    // (every other word a field's or the state's: "Foreign", "Affairs", "Russian"; not a
    // headline's verbs, "Ministry of Defence Confirms Troop Pullout From Kazakhstan")
    let field = |w: &str| {
        let lower = w.to_lowercase();
        heads.contains(&w) || state(w) || OFFICE_FIELD_WORDS.contains(&lower.as_str())
    };
    (4..=12).contains(&words.len())
        && words.first().is_some_and(|w| heads.contains(w))
        && words.contains(&"of")
        && words.iter().all(|w| connector(w) || (w.starts_with(char::is_uppercase) && field(w)))
        && words.last().is_some_and(|w| state(w))
}

/// The words of a state body's field ("Foreign Affairs", "Internal Affairs", "Emergency
/// Situations") as its full name prints them.
const OFFICE_FIELD_WORDS: &[&str] = &[
    "foreign", "affairs", "internal", "defence", "defense", "justice", "finance", "health", "healthcare", "education", "science",
    "energy", "trade", "integration", "emergency", "situations", "information", "social", "development", "culture", "sport",
    "national", "economy", "interior", "home", "president", "prime", "minister", "general", "staff", "security", "cooperation",
    "international", "european", "commonwealth", "federal", "public", "agriculture", "industry", "infrastructure", "digital",
];

/// Words of section labels and kickers printed in capitals ("BREAKING NEWS", "MORE WORLD
/// NEWS", "THE WEEK IN REVIEW"), which no masthead has.
const NOT_IN_MASTHEADS: &[&str] =
    &["breaking", "more", "latest", "top", "live", "today", "today's", "week", "weekly", "world", "in", "fake", "end", "last", "related", "other", "local", "sponsored"];

/// Whether a word is a section of a news site ("World", "Politics", "Business").
fn is_section_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "world" | "politics" | "business" | "news" | "europe" | "asia" | "opinion" | "analysis" | "nation" | "region" | "international"
    )
}

/// An organisation's acronym printed with its name after a bar: "CSIS | Center for
/// Strategic and International Studies" gives "CSIS" (the acronym's letters are the
/// initials of the name's capitalised words).
///
/// # Examples
/// ```
/// use kzcorpus::metadata::acronym_of_name;
/// assert_eq!(acronym_of_name("CSIS | Center for Strategic and International Studies"), Some("CSIS"));
/// assert_eq!(acronym_of_name("NEWS | Central Asia Security"), None);
/// assert_eq!(acronym_of_name("IFJ - International Federation of Journalists"), Some("IFJ"));
/// ```
pub fn acronym_of_name(line: &str) -> Option<&str> {
    // (or a dash between them: "IFJ - International Federation of Journalists")
    let line = line.trim();
    let (acronym, name) = [" | ", " - ", " – ", " — "].iter().find_map(|sep| line.split_once(sep))?;
    let acronym = acronym.trim();
    if !(2..=6).contains(&acronym.chars().count()) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let initials: String = name.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect();
    (initials == acronym).then_some(acronym)
}

/// The place printed after the names of a byline: "By Ann Lee | Brussels, 13 January 2022"
/// gives "Brussels". Only a place followed by a date counts, or a place the gazetteer knows
/// between bars ("By Ann Lee | New Delhi | Updated: …").
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::byline_place("By Ann Lee | Brussels, 13 January 2022"), Some("Brussels".to_owned()));
/// assert_eq!(kzcorpus::metadata::byline_place("By Ann Lee | Reuters"), None);
/// assert_eq!(kzcorpus::metadata::byline_place("By Ann Lee | New Delhi | Updated: January 7, 2022"), Some("New Delhi".to_owned()));
/// ```
pub fn byline_place(line: &str) -> Option<String> {
    let line = line.trim();
    if line.chars().count() > 200 {
        return None;
    }
    let names = BYLINE.captures(line)?.name("names")?.as_str().trim();
    byline_names_and_place(names)
        .1
        .or_else(|| names.split('|').skip(1).map(str::trim).find(|p| crate::events::types::is_place_name(p)))
        .map(str::to_owned)
}

/// Splits "Ann Lee | Brussels, 13 January 2022" into the names and the place of a dated
/// tail after a bar; without such a tail the whole text is names.
fn byline_names_and_place(names: &str) -> (&str, Option<&str>) {
    let Some((who, tail)) = names.split_once('|') else { return (names, None) };
    let tail = tail.trim();
    let Some((place, date)) = tail.split_once(',') else { return (names, None) };
    let place = place.trim();
    let dated = find_date(date).is_some();
    let place_like = (1..=3).contains(&place.split_whitespace().count())
        && place.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !place.chars().any(|c| c.is_ascii_digit());
    if dated && place_like {
        (who.trim(), Some(place))
    } else {
        (names, None)
    }
}

/// The place and date of a credit line between bars: an agency or a desk, the place it filed
/// from, and the page's stamp ("Reuters | Almaty | Updated: 11-01-2022 19:42 IST", "Our Bureau |
/// Mumbai, January 8 | Updated on: Jan 08, 2022 at 21:34 IST").
///
/// # Examples
/// ```
/// use chrono::NaiveDate;
/// use kzcorpus::metadata::credit_place_stamp;
/// let line = "Reuters | Almaty | Updated: 11-01-2022 19:42 IST | Created: 11-01-2022 19:42 IST";
/// assert_eq!(credit_place_stamp(line), Some(("Almaty".to_owned(), NaiveDate::from_ymd_opt(2022, 1, 11).unwrap())));
/// let line = "Our Bureau | Mumbai, January 8 | Updated on: Jan 08, 2022 at 21:34 IST";
/// assert_eq!(credit_place_stamp(line).map(|(p, _)| p).as_deref(), Some("Mumbai"));
/// assert_eq!(credit_place_stamp("Reuters | Politics | Jan 8, 2022"), None);
/// ```
pub fn credit_place_stamp(line: &str) -> Option<(String, NaiveDate)> {
    let line = line.trim();
    if line.len() > 160 || !line.contains(" | ") || !has_year_digits(line) {
        return None;
    }
    let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let [credit, place, rest @ ..] = parts.as_slice() else { return None };
    let credited = outlet_name(credit).is_some() || is_desk_credit(credit);
    // (the place, maybe with its day: "Mumbai, January 8")
    let place = place.split(',').next().unwrap_or(place).trim();
    let date = rest.iter().find_map(|p| date_line(p))?;
    (credited && known_place(place)).then(|| (place.to_owned(), date))
}

/// The place of a credit line naming only agencies and where they reported from: "AFP and
/// Reuters, ALMATY, Kazakhstan" gives "ALMATY, Kazakhstan".
///
/// # Examples
/// ```
/// use kzcorpus::metadata::agency_credit_place;
/// assert_eq!(agency_credit_place("AFP and Reuters, ALMATY, Kazakhstan").as_deref(), Some("ALMATY, Kazakhstan"));
/// assert_eq!(agency_credit_place("Reuters, Moscow").as_deref(), Some("Moscow"));
/// assert_eq!(agency_credit_place("Ann Lee, Moscow"), None);
/// assert_eq!(agency_credit_place("Reuters, Moscow said the talks failed"), None);
/// assert_eq!(agency_credit_place("Euronews with AP, AFP"), None);
/// let stamped = "Agence France-Presse . Almaty | Published: 00:05, Jan 12,2022 | Updated: 00:31, Jan 12,2022";
/// assert_eq!(agency_credit_place(stamped).as_deref(), Some("Almaty"));
/// assert_eq!(agency_credit_place("Reuters . Almaty | Politics"), None);
/// ```
pub fn agency_credit_place(line: &str) -> Option<String> {
    let line = line.trim();
    // (the page's stamp after a bar: "Agence France-Presse . Almaty | Published: 00:05, Jan 12,2022")
    let line = match line.split_once(" | ") {
        Some((credit, stamp)) if stamp.split(" | ").any(|part| date_line(part).is_some()) => credit.trim_end(),
        Some(_) => return None,
        None => line,
    };
    if line.len() > 80 {
        return None;
    }
    // (a spaced full stop between the agency and its place: "Agence France-Presse . Almaty")
    let (credit, place) = line.split_once(", ").or_else(|| line.split_once(" . "))?;
    let agencies: Vec<&str> = credit.split(" and ").flat_map(|a| a.split(" & ")).flat_map(|a| a.split('/')).map(str::trim).collect();
    if !agencies.iter().all(|a| a.split_whitespace().count() <= 3 && outlet_name(a).is_some()) {
        return None;
    }
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let known = |p: &str| {
        let p = p.trim();
        crate::events::types::is_place_name(p) || g.places.contains(p.to_lowercase().as_str())
    };
    let parts: Vec<&str> = place.split(", ").collect();
    let words = place.split_whitespace().count();
    (parts.len() <= 2 && words <= 4 && known(parts[0]) && !place.chars().any(|c| c.is_ascii_digit())).then(|| place.to_owned())
}

static PLACED_BYLINE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"^(?P<names>.+?)\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$").expect("the placed-byline pattern is valid")
});

/// A byline printed without "By" but with the writer's location, as some sites do
/// ("Ann Lee in Moscow", "Ann Lee and Bo Tran in Kyiv"). Only names that look like
/// personal names (two to four capitalised words each) are accepted.
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::placed_byline("Ann Lee in Moscow"), Some(vec!["Ann Lee".to_owned()]));
/// assert_eq!(kzcorpus::metadata::placed_byline("Protests in Moscow"), None);
/// ```
pub fn placed_byline(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if line.chars().count() > 100 {
        return None;
    }
    let names = name_list(PLACED_BYLINE.captures(line)?.name("names")?.as_str())?;
    let personal = |n: &String| (2..=4).contains(&n.split_whitespace().count());
    (!names.is_empty() && names.iter().all(personal)).then_some(names)
}

/// A writers' line printed without "By" under the headline: personal names only, each
/// starting with a known first name ("Madina Seitkali and Piotr Zalewski", "Rory Callan
/// (now) and Sophie Marr (earlier)"); short parenthesised notes are dropped.
///
/// # Examples
/// ```
/// let line = "Rory Callan (now) and Sophie Marr (earlier)";
/// assert_eq!(kzcorpus::metadata::names_byline(line), Some(vec!["Rory Callan".to_owned(), "Sophie Marr".to_owned()]));
/// assert_eq!(kzcorpus::metadata::names_byline("Troops And Tanks"), None);
/// assert_eq!(kzcorpus::metadata::names_byline("Dian Pratiwi (The Jakarta Post)"), Some(vec!["Dian Pratiwi".to_owned()]));
/// assert_eq!(kzcorpus::metadata::names_byline("Sana Rahman, Senior Reporter"), Some(vec!["Sana Rahman".to_owned()]));
/// assert_eq!(kzcorpus::metadata::names_byline("Central Asia, Senior Reporter"), None);
/// assert_eq!(kzcorpus::metadata::names_byline("Arjun Nair, DHNS, New Delhi"), Some(vec!["Arjun Nair".to_owned()]));
/// assert_eq!(kzcorpus::metadata::names_byline("Gulnara Bekova, sociologist"), None);
/// assert_eq!(kzcorpus::metadata::names_byline("Ann Lee, European Pravda"), Some(vec!["Ann Lee".to_owned()]));
/// assert_eq!(kzcorpus::metadata::names_byline("Vladimir Putin, Moscow"), None);
/// assert_eq!(kzcorpus::metadata::names_byline("Stanislav Zas, CSTO"), None);
/// assert_eq!(kzcorpus::metadata::names_byline("Milica Jovanovic  BIRN  Belgrade"), Some(vec!["Milica Jovanovic".to_owned()]));
/// assert_eq!(kzcorpus::metadata::names_byline("Vladimir Putin  Kremlin  Moscow"), None);
/// let line = "Kirill Vorontsov; Alma Zhumagulova, Almaty";
/// assert_eq!(kzcorpus::metadata::names_byline(line), Some(vec!["Kirill Vorontsov".to_owned(), "Alma Zhumagulova".to_owned()]));
/// let line = "Hugo Marchant, Brussels | Tom Ashworth, Moscow";
/// assert_eq!(kzcorpus::metadata::names_byline(line), Some(vec!["Hugo Marchant".to_owned(), "Tom Ashworth".to_owned()]));
/// ```
pub fn names_byline(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if line.chars().count() > 100 {
        return None;
    }
    // a writer and their paper in brackets: "Dian Pratiwi (The Jakarta Post)"; a writer and
    // their job: "Sana Rahman, Senior Reporter"
    if let Some((name, outlet)) = line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        // (in brackets after a name a paper's title-case name is no headline: "The Jakarta Post")
        let words: Vec<&str> = outlet.split_whitespace().collect();
        let paper = (2..=5).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the"))
            && words.last().is_some_and(|w| PRESS_NOUNS.contains(&w.to_lowercase().as_str()));
        if outlet_name(outlet).is_some() || press_masthead(outlet).is_some() || paper {
            return stamped_name(name).map(|n| vec![n]);
        }
    }
    // (a writer and the paper they write for, or the desk's code and the place they filed
    // from: "Maryna Stepanenko, European Pravda", "Arjun Nair, DHNS, New Delhi")
    let place = |p: &str| p.split_whitespace().all(is_place_word) || crate::events::types::is_place_name(p);
    if let Some((name, rest)) = line.split_once(", ") {
        // (an organisation's initials are no desk: "Stanislav Zas, CSTO" is a caption)
        let parts: Vec<&str> = rest.split(", ").map(str::trim).collect();
        let credited = parts.iter().all(|p| outlet_name(p).is_some() || place(p)) && parts.iter().any(|p| outlet_name(p).is_some());
        if credited && parts.len() <= 3 {
            if let Some(n) = stamped_name(name) {
                return Some(vec![n]);
            }
        }
    }
    // (or set apart by runs of spaces, a page's columns: "Milica Jovanovic  BIRN  Belgrade")
    if !line.contains(", ") && line.contains("  ") {
        let parts: Vec<&str> = line.split("  ").map(str::trim).filter(|p| !p.is_empty()).collect();
        if let [name, rest @ ..] = parts.as_slice() {
            let credited = (1..=2).contains(&rest.len()) && rest.iter().all(|p| outlet_name(p).is_some() || place(p)) && rest.iter().any(|p| outlet_name(p).is_some());
            if credited {
                if let Some(n) = stamped_name(name) {
                    return Some(vec![n]);
                }
            }
        }
    }
    if let Some((name, role)) = line.split_once(", ") {
        let job = role.split_whitespace().last().is_some_and(|w| {
            ["reporter", "correspondent", "editor", "writer", "columnist", "journalist", "contributor"].contains(&w.to_lowercase().as_str())
        });
        if job && role.split_whitespace().count() <= 4 && role.starts_with(char::is_uppercase) {
            if let Some(n) = stamped_name(name) {
                return Some(vec![n]);
            }
        }
    }
    // writers each with their place, between bars: "Hugo Marchant, Brussels | Tom Ashworth, Moscow"
    let unplaced: String;
    let line = if line.contains(" | ") {
        let parts: Vec<&str> = line
            .split(" | ")
            .map(|part| part.rsplit_once(", ").filter(|(_, place)| is_place_word(place.trim())).map_or(part, |(name, _)| name))
            .collect();
        unplaced = parts.join(" | ");
        unplaced.as_str()
    } else {
        line
    };
    // drop "(now)", "(earlier)": notes of at most 12 characters in brackets
    let mut plain = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('(') {
        let close = rest[open..].find(')').map(|c| open + c)?;
        if close - open > 13 {
            return None;
        }
        plain.push_str(&rest[..open]);
        rest = &rest[close + 1..];
    }
    plain.push_str(rest);
    let mut names = name_list(&plain)?;
    // (the place the last writer filed from closes the list: "Kirill Vorontsov; Alma
    // Zhumagulova, Almaty")
    if names.len() >= 3 && names.last().is_some_and(|p| is_place_word(p)) {
        names.pop();
    }
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let personal = |n: &String| {
        let words: Vec<&str> = n.split_whitespace().collect();
        (2..=3).contains(&words.len()) && g.first_names.contains_key(words[0].to_lowercase().as_str())
    };
    (!names.is_empty() && names.iter().all(personal)).then_some(names)
}

/// A writer's name printed alone right above the date stamp, whatever the first name
/// ("Jonah Reyes" / "Jan 10, 2022"): two or three capitalised words, none of them a place, a
/// people, a title, an organisation's head noun or a section's word. The caller checks
/// that a date stamp follows.
///
/// # Examples
/// ```
/// use kzcorpus::metadata::stamped_name;
/// assert_eq!(stamped_name("Jonah Reyes").as_deref(), Some("Jonah Reyes"));
/// assert_eq!(stamped_name("Central Asia"), None);
/// assert_eq!(stamped_name("Maria Santiago").as_deref(), Some("Maria Santiago"));
/// assert_eq!(stamped_name("Santiago Chile"), None);
/// assert_eq!(stamped_name("SAMUEL O'DONNELL").as_deref(), Some("SAMUEL O'DONNELL"));
/// assert_eq!(stamped_name("CENTRAL ASIA"), None);
/// assert_eq!(stamped_name("Foreign Ministry"), None);
/// assert_eq!(stamped_name("World News"), None);
/// assert_eq!(stamped_name("Andreas Imhof, Moskau").as_deref(), Some("Andreas Imhof"));
/// assert_eq!(stamped_name("Eva de Wit").as_deref(), Some("Eva de Wit"));
/// assert_eq!(stamped_name("Dr Katarzyna Lind, Senior Fellow, Security Programme").as_deref(), Some("Katarzyna Lind"));
/// assert_eq!(stamped_name("Ann Lee, Europe Editor").as_deref(), Some("Ann Lee"));
/// assert_eq!(stamped_name("Eva de"), None);
/// ```
pub fn stamped_name(line: &str) -> Option<String> {
    let line = line.trim();
    if line.starts_with("By ") || line.starts_with("BY ") {
        return None;
    }
    // (an academic title before the name and the writer's post after it: "Dr Katarzyna Lind,
    // Senior Fellow, Security Programme")
    let line = ["Dr ", "Dr. ", "Prof. ", "Prof "].iter().find_map(|t| line.strip_prefix(t)).unwrap_or(line);
    let line = line
        .split_once(", ")
        .filter(|(_, post)| {
            let first = post.split(", ").next().unwrap_or(post);
            writer_post(first) || first.split_whitespace().last().is_some_and(|w| WRITER_ROLES.contains(&w.to_lowercase().as_str()))
        })
        .map_or(line, |(name, _)| name);
    // (with the writer's place after a comma: "Andreas Imhof, Moskau")
    let line = line.rsplit_once(", ").filter(|(_, place)| is_place_word(place)).map_or(line, |(name, _)| name);
    // (a surname's particle between the names: "Eva de Wit", "Jan van der Berg")
    let words: Vec<&str> = line.split_whitespace().collect();
    let particles = words.len() > 2 && words[1..words.len() - 1].iter().all(|w| NAME_PARTICLES.contains(w));
    let words: Vec<&str> = if particles { vec![words[0], words[words.len() - 1]] } else { words };
    if !(2..=3).contains(&words.len()) || line.len() > 40 {
        return None;
    }
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    // (after a known first name a surname may be a place's name too: "Carmela Santiago")
    let first_named = g.first_names.contains_key(words[0].to_lowercase().as_str());
    // (in capitals only after a known first name: "SAMUEL O'DONNELL")
    let in_capitals = first_named && !line.chars().any(char::is_lowercase);
    let name_word = |(k, w): (usize, &&str)| {
        let lower = w.to_lowercase();
        w.starts_with(char::is_uppercase)
            && (in_capitals || w.chars().skip(1).any(char::is_lowercase))
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && (!is_place_word(w) || (k > 0 && first_named))
            && !g.is_title(&lower)
            && !g.org_heads.contains(lower.as_str())
            && !is_section_word(w)
            && !NOT_IN_MASTHEADS.contains(&lower.as_str())
            && !PRESS_NOUNS.contains(&lower.as_str())
            // (a writer's role is no name: "Newshub Digital Producer")
            && !WRITER_ROLES.contains(&lower.as_str())
    };
    words.iter().enumerate().all(name_word).then(|| line.to_owned())
}

/// The reporters named by an agency credit line ("Reporting by A and B; Editing by C"
/// gives A and B: editors are not authors). `None` when the line is not a credit line.
///
/// # Examples
/// ```
/// let names = kzcorpus::metadata::credit_line("Reporting by Ann Lee in Almaty; Editing by Bo Tran");
/// assert_eq!(names, Some(vec!["Ann Lee".to_owned()]));
/// ```
pub fn credit_line(line: &str) -> Option<Vec<String>> {
    let line = line.trim().trim_start_matches('(').trim_end_matches(')').trim_end_matches('.');
    if line.chars().count() > 250 || !CREDIT_LINE.is_match(line) {
        return None;
    }
    let mut out = Vec::new();
    for part in line.split(';') {
        let caps = CREDIT_PART.captures(part.trim())?;
        let role = caps.name("role")?.as_str().to_lowercase();
        let names = name_list(caps.name("names")?.as_str())?;
        if matches!(role.as_str(), "reporting" | "writing" | "written" | "compiled") {
            out.extend(names);
        }
    }
    Some(out)
}

static DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}.'’\-]*";
    // (two cities of one story's reporting between a slash: "ALMATY/MOSCOW, Jan 10 (Reuters) -")
    let place = format!(r"{word}(?:/{word})?(?:\s+{word}){{0,3}}");
    // the date month first or day first; the agency in brackets (then the dash may be left
    // out: "New Delhi, Jan 7 (PTI) India is …") or bare after the date ("TOKYO, Jan. 7 Kyodo -")
    // (or after a comma: "Nur-Sultan, January 11, 2022, SPA -- The …")
    // (a long dash may be glued to both: "YEREVAN—Prime Minister …"; a time may follow the
    // date: "Rome, 14 Jan 2022 12:37 (Agenzia Nova) -"; the date may be in figures, day
    // first: "BRUSSELS 12/01 (BELGA) -")
    let pattern = format!(
        r"^(?P<place>{place}(?:,\s+{place})?)(?:,?\s+(?:(?i:{MONTH_RE})\.?\s*\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_RE})|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)(?:,?\s+\d{{4}})?(?:,?\s+\d{{1,2}}[:.]\d{{2}})?(?:,?\s+(?P<bare>{word}(?:\s+{word})?))?)?(?:\s+\((?P<agency>[^()]{{1,40}})\)\s*(?P<dash>[–—-]{{1,2}}\s+|:\s*|\.\s+)?|\s*[–—-]{{1,2}}\s+|[–—])[\p{{Lu}}\d\x22“‘'«]"
    );
    crate::rx::regex(&pattern).expect("the dateline pattern is valid")
});

/// The agency style "MOSCOW, January 10. /TASS/. …".
static SLASH_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}.'’\-]*";
    let pattern = format!(
        r"^(?P<place>{word}(?:\s+{word}){{0,3}}),\s+(?:(?i:{MONTH_RE})\s+\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})\.?\s*/(?P<agency>[^/]{{1,30}})/"
    );
    crate::rx::regex(&pattern).expect("the slash-dateline pattern is valid")
});

/// The agency style "Baku. 6 January. REPORT.AZ/ …" (the place, the day and the agency, each
/// closed by a full stop or a slash).
static DOTTED_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}'’\-]*";
    let pattern = format!(r"^(?P<place>{word}(?:\s+{word}){{0,2}})\.\s+\d{{1,2}}\s+(?i:{MONTH_RE})\.\s+(?P<agency>[^/\s]{{2,30}})/\s");
    crate::rx::regex(&pattern).expect("the dotted-dateline pattern is valid")
});

/// The agency style "Baku/11.01.22/Turan: …" (the place, the date in figures day first and
/// the agency, between slashes, then a colon).
static SLASHED_FIGURES_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}'’\-]*";
    let pattern = format!(r"^(?P<place>{word}(?:\s+{word}){{0,2}})/\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}/(?P<agency>[\p{{Lu}}][^/:]{{1,29}}):\s*[\p{{Lu}}\x22“«]");
    crate::rx::regex(&pattern).expect("the slashed-figures dateline pattern is valid")
});

/// The agency style "ALMATY, 8 Jan - RIA Novosti. …" (day-first date, agency after the dash).
static AGENCY_AFTER_DASH_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}.'’\-]*";
    let pattern = format!(
        r"^(?P<place>{word}(?:\s+{word}){{0,3}}),\s+(?:\d{{1,2}}\s+(?i:{MONTH_RE})|(?i:{MONTH_RE})\s+\d{{1,2}})\.?\s*(?:[–—-]{{1,2}}|,)\s+(?P<agency>[\p{{Lu}}][\p{{L}}\-]*(?:\s+[\p{{Lu}}][\p{{L}}\-]*){{0,3}})\.\s"
    );
    crate::rx::regex(&pattern).expect("the agency-after-dash dateline pattern is valid")
});

/// The agency style "NUR-SULTAN. KAZINFORM - …", with the day between or not ("NUR-SULTAN.
/// January 7. KAZINFORM - …"): the place and the day each closed by a full stop, then the
/// agency (one the gazetteer knows) and a dash.
static DOTTED_AGENCY_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}'’\-]*";
    let pattern = format!(
        r"^(?P<place>{word}(?:\s+{word}){{0,2}})\.\s+(?:(?i:{MONTH_RE})\.?\s+\d{{1,2}}\.\s+|\d{{1,2}}\s+(?i:{MONTH_RE})\.\s+)?(?P<agency>[\p{{Lu}}][\p{{L}}.\-]*(?:\s+[\p{{Lu}}][\p{{L}}.\-]*){{0,2}})\s+[–—-]{{1,2}}\s"
    );
    crate::rx::regex(&pattern).expect("the dotted agency dateline pattern is valid")
});

/// The style "NUR-SULTAN, 11 January. At the meeting …" (a date and a full stop, no agency).
static DATED_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}.'’\-]*";
    let pattern = format!(
        r"^(?P<place>{word}(?:\s+{word}){{0,2}}),\s+(?:\d{{1,2}}\s+(?i:{MONTH_RE})|(?i:{MONTH_RE})\s+\d{{1,2}})(?:,?\s+\d{{4}})?\.\s+[\p{{Lu}}\x22“«]"
    );
    crate::rx::regex(&pattern).expect("the dated dateline pattern is valid")
});

/// A place alone, in brackets before a dash ("(Berlin) – Kazakh authorities …", a rights
/// group's release) or in capitals before a colon ("RIYADH: Saudi Arabia …").
static BARE_PLACE_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let word = r"[\p{Lu}][\p{L}.'’\-]*";
    // (in capitals, or a place in title case: "Dubai: UAE residents …", checked against the
    // gazetteer like the rest)
    let caps = r"[\p{Lu}][\p{L}.'’\-]+";
    // (or an agency between slashes: "Ulaanbaatar /MONTSAME/. The ministry …")
    let pattern = format!(r"^(?:\((?P<place>{word}(?:\s+{word}){{0,2}})\)\s*[–—-]{{1,2}}|(?P<caps>{caps}(?:\s+{caps}){{0,2}}):|(?P<slashed>{word}(?:\s+{word}){{0,2}})\s+/[\p{{Lu}}][\p{{L}}.-]+/\.?)\s+[\p{{Lu}}\x22“«]");
    crate::rx::regex(&pattern).expect("the bare-place dateline pattern is valid")
});

/// The wire style with a date and no place: "Jan 6 (Reuters) - …".
static UNPLACED_DATELINE: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(r"^(?i:{MONTH_RE})\s+\d{{1,2}}\s+\((?P<agency>[^()]{{1,40}})\)\s*[–—-]{{1,2}}\s");
    crate::rx::regex(&pattern).expect("the unplaced dateline pattern is valid")
});

/// First words of a sentence that no dateline starts with.
const NOT_PLACES: &[&str] = &["on", "in", "at", "by", "from", "for", "since", "until", "after", "before", "the", "a", "president", "mr", "ms"];

fn dateline_captures(first_paragraph: &str) -> Option<regex::Captures<'_>> {
    // (the dotted style only where the first word ends with its full stop: "NUR-SULTAN. …")
    let dotted = first_paragraph.split_whitespace().next().is_some_and(|w| w.ends_with('.'));
    for (agency_first, tried) in [(&AGENCY_AFTER_DASH_DATELINE, true), (&DOTTED_AGENCY_DATELINE, dotted)] {
        if let Some(caps) = tried.then(|| agency_first.captures(first_paragraph)).flatten() {
            if caps.name("agency").and_then(|a| outlet_name(a.as_str())).is_some() {
                return Some(caps);
            }
        }
    }
    DATELINE
        .captures(first_paragraph)
        // a bare word after the date must be an agency ("TOKYO, Jan. 7 Kyodo -"), and so must
        // brackets with no dash after them ("New Delhi, Jan 7 (PTI) India …", not "The
        // European Union (EU) High Representative …"); a place is no weekday or preposition
        .filter(|caps| {
            // (or with a date between the place and the brackets: "Havana, Jan 8 (Prensa Latina) The …")
            // (a name, not an occasion or a note: "Jan 7 (Orthodox Christmas)", "(UPDATED)")
            let dated = match (caps.name("place"), caps.name("agency")) {
                (Some(p), Some(a)) => {
                    let occasion = a.as_str().split_whitespace().any(|w| {
                        ["day", "christmas", "eve", "holiday", "updated", "update", "updates", "live", "corrected", "refile", "photos", "video", "new", "year"]
                            .contains(&w.to_lowercase().as_str())
                    });
                    !occasion && first_paragraph.get(p.end()..a.start()).is_some_and(|between| between.contains(|c: char| c.is_ascii_digit()))
                }
                _ => false,
            };
            // (a full stop after the brackets only after a date: "Tashkent, 13 January (UzA). The …",
            // not "Almaty (formerly Alma-Ata). The city …")
            let stopped = caps.name("dash").is_some_and(|d| d.as_str().starts_with('.'));
            caps.name("bare").is_none_or(|b| outlet_name(b.as_str()).is_some())
                && (!stopped || dated)
                && (caps.name("dash").is_some() || dated || caps.name("agency").is_none_or(|a| outlet_name(a.as_str()).is_some()))
                && caps.name("place").is_some_and(|p| {
                    let first = p.as_str().split_whitespace().next().unwrap_or("").to_lowercase();
                    !NOT_PLACES.contains(&first.as_str()) && !crate::events::dates::weekday_name(&first)
                })
        })
        .or_else(|| SLASH_DATELINE.captures(first_paragraph))
        .or_else(|| SLASHED_FIGURES_DATELINE.captures(first_paragraph))
        .or_else(|| DOTTED_DATELINE.captures(first_paragraph))
        .or_else(|| DATED_DATELINE.captures(first_paragraph))
        .or_else(|| UNPLACED_DATELINE.captures(first_paragraph))
}

/// Whether a text names a place: one the event types know ("New York"), or words each a
/// place of the gazetteer ("NUR-SULTAN", "Almaty").
fn known_place(text: &str) -> bool {
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    crate::events::types::is_place_name(text) || (!text.trim().is_empty() && text.split_whitespace().all(|w| g.places.contains(w.to_lowercase().as_str())))
}

/// Whether a word (marks at its edges aside) names a place or a nationality the gazetteer
/// knows: "ALMATY,", "U.S.", "Kazakh".
pub(crate) fn is_place_word(word: &str) -> bool {
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let lower = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
    g.places.contains(lower.as_str()) || g.nationality(&lower).is_some() || crate::events::types::is_place_name(&lower)
}

/// The dateline at the start of an article's first paragraph: "Kiev, Ukraine – …" gives
/// "Kiev, Ukraine", "MOSCOW (AP) — …" and "MOSCOW, January 10. /TASS/. …" give "MOSCOW".
///
/// # Examples
/// ```
/// assert_eq!(kzcorpus::metadata::dateline("Minsk, Belarus – The talks began."), Some("Minsk, Belarus".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("The talks began – late."), None);
/// assert_eq!(kzcorpus::metadata::dateline("Maria Lindqvist — Senior Fellow, Eurasia Program"), None);
/// assert_eq!(kzcorpus::metadata::dateline("Havana, Jan 8 (Harbour Latina) The government said …"), Some("Havana".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("The European Union (EU) High Representative said …"), None);
/// assert_eq!(kzcorpus::metadata::dateline("Almaty, Jan 7 (Orthodox Christmas) Believers gathered …"), None);
/// assert_eq!(kzcorpus::metadata::dateline("Baku, Azerbaijan, Jan.7 (Trend):The ministry said …"), Some("Baku, Azerbaijan".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("Tehran, IRNA - Iran's foreign ministry said …"), Some("Tehran".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("JAKARTA, KOMPAS.com - All citizens are safe."), Some("JAKARTA".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("VOV.VN - No Vietnamese citizens were hurt."), None);
/// assert_eq!(kzcorpus::metadata::dateline("Baku. 6 January. REPORT.AZ/ The situation is calm."), Some("Baku".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("NUR-SULTAN. KAZINFORM - The Head of State said …"), Some("NUR-SULTAN".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline_agency("NUR-SULTAN. January 7. KAZINFORM - The Head of State said …"), Some("Kazinform"));
/// assert_eq!(kzcorpus::metadata::dateline_agency("Almaty. Police - The square was calm."), None);
/// assert_eq!(kzcorpus::metadata::dateline("Dubai: UAE residents said on Friday …"), Some("Dubai".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("Ulaanbaatar /MONTSAME/. The ministry said …"), Some("Ulaanbaatar".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("New York, January 11, 2022 — Kazakh authorities should …"), Some("New York".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("ISLAMABAD:"), Some("ISLAMABAD".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("Tashkent, 13 January (UzA). The withdrawal started."), Some("Tashkent".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("ALMATY/MOSCOW, Jan 10 (Reuters) - Tokayev said …"), Some("ALMATY/MOSCOW".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("Rome, 14 Jan 2022 12:37 (Agenzia Nova) - Output went on."), Some("Rome".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("ABU DHABI, 10th January, 2022 (WAM) -- The minister said …"), Some("ABU DHABI".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("BRUSSELS 12/01 (BELGA) - The council ended."), Some("BRUSSELS".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline_agency("MOSCOW 12/01 (BELGA/AFP) - Troops will leave."), Some("Belga"));
/// assert_eq!(kzcorpus::metadata::dateline("Almaty (formerly Alma-Ata). The city was calm."), None);
/// assert_eq!(kzcorpus::metadata::dateline("KAZAKHSTAN (EXPLAINER). The city was calm."), None);
/// assert_eq!(kzcorpus::metadata::dateline("DUSHANBE, 09.01.2022 /NIAT \"Khovar\"/. The unit took up positions."), Some("DUSHANBE".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("ERBIL, Kurdistan Region — Students said …"), Some("ERBIL, Kurdistan Region".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("Baku/11.01.22/Turan: The talks ended."), Some("Baku".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("ALMATY, Kazakhstan (AP) —"), Some("ALMATY, Kazakhstan".to_owned()));
/// assert_eq!(kzcorpus::metadata::dateline("SHARE THIS —"), None);
/// assert_eq!(kzcorpus::metadata::dateline("Erbil, Kurdistan Region — Students said …"), None);
/// assert_eq!(kzcorpus::metadata::dateline("Update: the talks resumed."), None);
/// assert_eq!(kzcorpus::metadata::dateline("Key points:"), None);
/// assert_eq!(kzcorpus::metadata::dateline("Kazakhstan: Internet access was restored on Monday."), None);
/// ```
pub fn dateline(first_paragraph: &str) -> Option<String> {
    // (a Hijri date before the Gregorian one: "Nur-Sultan, Jumada Al-Akhirah 08, 1443, January
    // 11, 2022, SPA -- The Mazhilis …")
    let head_end = first_paragraph.char_indices().nth(80).map_or(first_paragraph.len(), |(i, _)| i);
    // (only where a Hijri year is written: the pattern is slow to run on every paragraph)
    let hijri_year = has_hijri_year(&first_paragraph[..head_end]);
    if let Some(hijri) = hijri_year.then(|| HIJRI_PART.find(&first_paragraph[..head_end])).flatten().filter(|m| m.start() > 0 && m.as_str().chars().any(|c| c.is_ascii_digit())) {
        let rest = first_paragraph[hijri.end()..].trim_start_matches([',', ' ']);
        return dateline(&format!("{} {rest}", &first_paragraph[..hijri.start()]));
    }
    // (alone on its line, the text under it: "ALMATY, Kazakhstan (AP) —")
    let alone = first_paragraph.trim_end();
    if (alone.ends_with(['—', '–']) || alone.ends_with(" -")) && alone.split_whitespace().count() <= 6 && !alone.contains('\n') {
        // (with its agency, or a place the gazetteer knows: not a share bar's "SHARE THIS —")
        return dateline(&format!("{alone} A"))
            .filter(|place| alone.contains('(') || place.split([',', ' ']).filter(|w| !w.is_empty()).all(is_place_word));
    }
    if let Some(caps) = dateline_captures(first_paragraph) {
        let place_match = caps.name("place")?;
        let place = place_match.as_str();
        // (a long dash glued to both sides only after a place in capitals: "YEREVAN—Prime …",
        // not "Kazakhstan—Central Asia's largest economy—was …")
        let glued = first_paragraph.get(place_match.end()..).is_some_and(|rest| rest.starts_with(['—', '–']));
        if glued && place.chars().any(char::is_lowercase) {
            return None;
        }
        // "NUR-SULTAN. Jan 8 (Interfax) -": the full stop closes the place (but "D.C." keeps its own)
        let place = match place.strip_suffix('.') {
            Some(bare) if !bare.rsplit(' ').next().unwrap_or(bare).contains('.') && bare.len() > 2 => bare,
            _ => place,
        };
        // "Tehran, IRNA - …": the agency after the place is no part of it
        // (or the site's domain: "JAKARTA, KOMPAS.com - …")
        let place = match place.rsplit_once(", ") {
            Some((city, agency)) if outlet_name(agency).is_some() || is_domain(agency) => city,
            _ => place,
        };
        // (a site's domain alone is its credit, no place: "VOV.VN - No Vietnamese citizens …")
        if !place.contains(' ') && is_domain(&place.to_lowercase()) {
            return None;
        }
        // a name and a dash alone, no date or agency, is a place only when it looks like one:
        // in capitals, known to the gazetteer, or a city and its country ("Maria Lindqvist —
        // Senior Fellow" is a panelist)
        let whole = caps.get(0).map_or("", |m| m.as_str());
        let bare = caps.name("agency").is_none() && !whole.get(place_match.end()..).unwrap_or("").contains(|c: char| c.is_ascii_digit());
        if bare {
            let g = &*crate::speakers::gazetteer::GAZETTEER;
            let known = |p: &str| {
                p.split_whitespace().all(|w| {
                    let lower = w.trim_matches('.').to_lowercase();
                    g.places.contains(lower.as_str()) || g.nationality(&lower).is_some()
                })
            };
            let capitals = !place.chars().any(char::is_lowercase);
            // (a city in capitals and its region: "ERBIL, Kurdistan Region —")
            let region = place.split_once(", ").is_some_and(|(city, rest)| {
                !city.chars().any(char::is_lowercase)
                    && rest.split_whitespace().last().is_some_and(|w| {
                        matches!(w.to_lowercase().as_str(), "region" | "province" | "oblast" | "governorate" | "territory" | "state")
                    })
            });
            let country = region || place.rsplit_once(", ").is_some_and(|(_, c)| known(c) || crate::events::types::is_place_name(c));
            if !(capitals || known(place) || country || crate::events::types::is_place_name(place)) {
                return None;
            }
        }
        return Some(place.to_owned());
    }
    // a place alone on the line before the text: "ISLAMABAD:"
    if let Some(place) = first_paragraph.trim().strip_suffix(':').filter(|p| !p.contains(':') && p.split_whitespace().count() <= 3) {
        return known_place(place).then(|| place.to_owned());
    }
    let caps = BARE_PLACE_DATELINE.captures(first_paragraph)?;
    let place = caps.name("place").or_else(|| caps.name("caps")).or_else(|| caps.name("slashed"))?.as_str();
    // (a country in title case before a colon labels a roundup's item: "Kazakhstan: Internet
    // access was restored …"; a city is a dateline, "Dubai: UAE residents …")
    if caps.name("caps").is_some() && place.chars().any(char::is_lowercase) && crate::speakers::gazetteer::GAZETTEER.nationality(&place.to_lowercase()).is_some() {
        return None;
    }
    // only a place the gazetteer knows ("(Reuters) –" and "BREAKING:" are not places)
    // (a place, not a people: "(Kazakh) –" is no dateline)
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let known = place.split_whitespace().all(|w| g.places.contains(w.trim_matches('.').to_lowercase().as_str()))
        || crate::events::types::is_place_name(place);
    known.then(|| place.to_owned())
}

/// The day a dateline gives without its year, as month and day: "Havana, Jan 8 (Prensa
/// Latina) The …" gives (1, 8).
///
/// # Examples
/// ```
/// use kzcorpus::metadata::dateline_day;
/// assert_eq!(dateline_day("Havana, Jan 8 (Prensa Latina) The government said …"), Some((1, 8)));
/// assert_eq!(dateline_day("MOSCOW, 10 January (Reuters) - The talks began."), Some((1, 10)));
/// assert_eq!(dateline_day("MOSCOW (AP) — The talks began."), None);
/// assert_eq!(dateline_day("BRUSSELS 12/01 (BELGA) - The council ended."), Some((1, 12)));
/// assert_eq!(dateline_day("Baku/11.01.22/Turan: The talks ended."), Some((1, 11)));
/// ```
pub fn dateline_day(first_paragraph: &str) -> Option<(u32, u32)> {
    let caps = dateline_captures(first_paragraph)?;
    let place = caps.name("place")?;
    let end = caps.name("agency").or_else(|| caps.name("bare")).map_or(caps.get(0)?.end(), |m| m.start());
    let between = first_paragraph.get(place.end()..end)?;
    let words: Vec<&str> = between.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let Some(month) = words.iter().find_map(|w| month_number(&w.to_lowercase())) else {
        // a date in figures is written day first: "BRUSSELS 12/01 (BELGA) -", "Baku/11.01.22/Turan:"
        let figures: Vec<u32> = words.iter().map_while(|w| w.parse::<u32>().ok()).collect();
        return match figures[..] {
            [day, month, ..] if (1..=12).contains(&month) && (1..=31).contains(&day) => Some((month, day)),
            _ => None,
        };
    };
    let day = words.iter().find_map(|w| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d)))?;
    Some((month, day))
}

/// The news agency credited in a dateline ("MOSCOW (AP) — …" gives "Associated Press").
pub fn dateline_agency(first_paragraph: &str) -> Option<&'static str> {
    agency_of(&dateline_captures(first_paragraph)?)
}

/// Whether the paragraph opens with a dateline that credits an agency, known or not: the
/// test of [`dateline_agency`] or [`dateline_credit`], reading the dateline once.
pub(crate) fn dateline_names_source(first_paragraph: &str) -> bool {
    dateline_captures(first_paragraph).is_some_and(|caps| agency_of(&caps).is_some() || credit_of(&caps).is_some())
}

/// The known agency a dateline's captures name.
fn agency_of(caps: &regex::Captures<'_>) -> Option<&'static str> {
    let agency = caps.name("agency").or_else(|| caps.name("bare"))?.as_str();
    // ("(BELGA/AFP)": the agency filing the item, then its source)
    outlet_name(agency).or_else(|| agency.split_once('/').and_then(|(first, _)| outlet_name(first.trim())))
}

/// The credit in a dateline's brackets when the gazetteer does not know it: a short name of
/// capitalised words ("ALMATY, Jan 9 (Meridian News) - …" gives "Meridian News"). Places,
/// dates and photo credits are not credits.
///
/// # Examples
/// ```
/// use kzcorpus::metadata::dateline_credit;
/// assert_eq!(dateline_credit("ALMATY, Jan 9 (Meridian News) - Police said …").as_deref(), Some("Meridian News"));
/// assert_eq!(dateline_credit("ALMATY (Kazakhstan) - Police said …"), None);
/// assert_eq!(dateline_credit("ALMATY, Jan 13 (Updated) - Police said …"), None);
/// assert_eq!(dateline_credit("ASTANA (Kazinform Correspondent) - Police said …").as_deref(), Some("Kazinform"));
/// ```
pub fn dateline_credit(first_paragraph: &str) -> Option<String> {
    credit_of(&dateline_captures(first_paragraph)?)
}

/// The credit a dateline's captures name (see [`dateline_credit`]).
fn credit_of(caps: &regex::Captures<'_>) -> Option<String> {
    let credit = caps.name("agency")?.as_str().trim();
    // ("(BELGA/AFP)": the agency filing the item, before its source)
    let credit = credit.split_once('/').map_or(credit, |(first, _)| first.trim());
    // "(Kazinform Correspondent)": the outlet, without the writer's role
    let credit = ["correspondent", "correspondents", "reporter", "staff", "bureau", "desk"]
        .iter()
        .find_map(|role| {
            let (head, last) = credit.rsplit_once(' ')?;
            last.eq_ignore_ascii_case(role).then_some(head.trim())
        })
        .unwrap_or(credit);
    if let Some(known) = outlet_name(credit) {
        return Some(known.to_owned());
    }
    let words: Vec<&str> = credit.split_whitespace().collect();
    let named = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '&' | '.')));
    let place = words.iter().any(|w| is_place_word(w));
    // (bracketed notes that are no credit: "(Updated)", "(Video)", "(Local Time)")
    let note = credit.split_whitespace().any(|w| {
        ["updated", "update", "video", "photo", "photos", "live", "local", "time", "gmt", "utc", "audio", "watch", "exclusive", "breaking", "corrected", "refile", "opinion", "analysis"]
            .contains(&w.to_lowercase().as_str())
    });
    (named && !place && !note && !CREDITS.contains(&fold(credit))).then(|| credit.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn outlet_lines_keep_the_names_capitals_and_read_site_domains() {
        // a section label in sentence case is not the magazine
        assert_eq!(outlet_name("Foreign policy"), None);
        assert_eq!(outlet_name("Foreign Policy"), Some("Foreign Policy"));
        assert_eq!(outlet_name("FOREIGN POLICY"), Some("Foreign Policy"));
        assert_eq!(outlet_name("the guardian"), Some("The Guardian"));
        // an edition of a known outlet
        assert_eq!(outlet_name("IRNA English"), Some("IRNA"));
        assert_eq!(outlet_name("Proper English"), None);
        // a site named by its domain, in capitals or not
        assert_eq!(outlet_name("Report.az"), Some("Report.az"));
        assert_eq!(outlet_name("STEPPEWIRE.KZ"), Some("Steppewire.kz"));
        assert_eq!(outlet_name("Kaktus.media"), Some("Kaktus.media"));
        assert_eq!(outlet_name("Almaty is calm.ru"), None);
        assert_eq!(outlet_name("index.html"), None);
        assert_eq!(outlet_name("No.1"), None);
    }

    #[test]
    fn reads_labelled_iso_date_with_page_residue() {
        assert_eq!(date_line(" date 2021-11-30 SharePrint"), ymd(2021, 11, 30));
        assert_eq!(date_line("Published: 2021-11-30T08:15:00Z"), ymd(2021, 11, 30));
    }

    #[test]
    fn reads_month_name_dates_with_time() {
        assert_eq!(date_line("February 14, 2022 at 11:02 am"), ymd(2022, 2, 14));
        assert_eq!(date_line("Mon 7 Feb 2022 10.30 GMT"), ymd(2022, 2, 7));
        assert_eq!(date_line("Sept. 3, 2020"), ymd(2020, 9, 3));
        assert_eq!(date_line("Sent: Friday, May 5, 2023 10:14 AM"), ymd(2023, 5, 5));
        assert_eq!(date_line("Released: Wednesday, 10 May 2023 · 38 min listen"), ymd(2023, 5, 10));
        assert_eq!(date_line("Riga, 14 April 2023"), ymd(2023, 4, 14));
        assert_eq!(date_line("The talks in Riga, which began on 14 April 2023, stalled."), None);
        assert_eq!(date_line("Clashes in Riga, 14 April 2023"), None);
        assert_eq!(date_line("Friday, 14 April 2023"), ymd(2023, 4, 14));
    }

    #[test]
    fn reads_glued_duplicate_stamp_and_dates_inside_text() {
        assert_eq!(date_line("Published On 9 Feb 20229 Feb 2022"), ymd(2022, 2, 9));
        assert_eq!(date_line("March 3, 2021 12:15 PM GMT Updated 3 hours ago"), ymd(2021, 3, 3));
        assert_eq!(date_line("2021/03/04 - 12:30 • Weekly digest"), ymd(2021, 3, 4));
        assert_eq!(date_line("04.03.2021 09:15"), ymd(2021, 3, 4));
        assert_eq!(find_date("By Jane Roe | Updated March 3, 2021 5:00 PM"), ymd(2021, 3, 3));
        assert_eq!(find_date("No date here, only 2021 and March."), None);
    }

    #[test]
    fn refuses_sentences_and_impossible_dates() {
        assert_eq!(date_line("The summit opened on February 14, 2022 with a long speech by the host."), None);
        assert_eq!(date_line("February 30, 2022"), None);
    }

    #[test]
    fn relative_stamp_needs_an_anchor() {
        let stamp = relative_stamp("4 days ago");
        assert_eq!(stamp, Some(Duration::days(4)));
        assert_eq!(stamp.and_then(|s| resolve_relative(s, None)), None);
        assert_eq!(stamp.and_then(|s| resolve_relative(s, ymd(2022, 3, 10))), ymd(2022, 3, 6));
        assert_eq!(relative_stamp("Four days ago, the army left."), None);
    }

    #[test]
    fn byline_drops_photo_credits_and_keeps_capitalisation() {
        assert_eq!(
            byline("By Mia WONG, Handout, Olek Brandt and AFP Photo"),
            Some(vec!["Mia WONG".to_owned(), "Olek Brandt".to_owned()])
        );
    }

    #[test]
    fn byline_drops_a_photographers_credit_bracketed_posts_and_reads_an_agencys_local_writer() {
        let names = |line: &str| byline(line).map(|n| n.join("; "));
        assert_eq!(names("Words by Hannah Voss | Photographs by Dan Sultan for Lodestar").as_deref(), Some("Hannah Voss"));
        assert_eq!(names("By Ann Lee; Photo: Bo Tran").as_deref(), Some("Ann Lee"));
        assert_eq!(
            names("By Claire Dumont (Almaty, special correspondent) and Julien Marchal (Moscow, correspondent)").as_deref(),
            Some("Claire Dumont; Julien Marchal")
        );
        assert_eq!(names("Caspian Newswire, with local reporting by Madi Zhaksylykov").as_deref(), Some("Madi Zhaksylykov"));
        // (a footer's credit is no agency's line: it opens with "With")
        assert_eq!(names("With additional reporting by Tom Reid in London"), None);
        // more labels, a camera's credit, a handle, an address or link marks in brackets
        assert_eq!(names("Written by: Sayed Hashimi").as_deref(), Some("Sayed Hashimi"));
        assert_eq!(names("Reporter : Kim Min-ji").as_deref(), Some("Kim Min-ji"));
        assert_eq!(names("Analysis by Adam Kessler").as_deref(), Some("Adam Kessler"));
        assert_eq!(names("Reporter: Dauren Abenov | Camera: Yerlan Kuzembayev").as_deref(), Some("Dauren Abenov"));
        assert_eq!(names("Correspondent: Kirill Orlov (Brussels)").as_deref(), Some("Kirill Orlov"));
        assert_eq!(names("Rapporteur: Lauri Virtanen").as_deref(), Some("Lauri Virtanen"));
        assert_eq!(names("by Martin Halloran  @MHalloranLL").as_deref(), Some("Martin Halloran"));
        assert_eq!(names("BY LEE JI-HYE [lee.jihye@paper.kr]").as_deref(), Some("LEE JI-HYE"));
        assert_eq!(names("By [8]Aiman Tursyn and [9]Bo Tran").as_deref(), Some("Aiman Tursyn; Bo Tran"));
        assert_eq!(names("By: Paolo Dizon - Reporter / @PDizonINQ").as_deref(), Some("Paolo Dizon"));
        assert_eq!(names("Byline: Anna Grigoryan").as_deref(), Some("Anna Grigoryan"));
        assert_eq!(names("(By Chen Yu-hsuan and Lee Wen-ting)").as_deref(), Some("Chen Yu-hsuan; Lee Wen-ting"));
        // a letter's writer over it
        assert_eq!(names("From Dr Anna Liebermann, Frankfurt, Germany").as_deref(), Some("Anna Liebermann"));
        assert_eq!(names("From Peter Hallström, Former Head of Mission, OSCE Centre in Astana, Uppsala, Sweden").as_deref(), Some("Peter Hallström"));
        assert_eq!(names("From Moscow Region, Reports Come In"), None);
    }

    #[test]
    fn byline_drops_places_outlets_and_dates() {
        assert_eq!(byline("By Ann Lee in Astana and Bo Tran"), Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned()]));
        assert_eq!(byline("By JANE ROE Associated Press"), Some(vec!["JANE ROE".to_owned()]));
        assert_eq!(byline("By Jane Roe | March 3, 2021"), Some(vec!["Jane Roe".to_owned()]));
        assert_eq!(byline("By Ursula von Berg"), Some(vec!["Ursula von Berg".to_owned()]));
        // the place a writer filed from, after a comma, is no second writer
        assert_eq!(byline("By Johanna Kessler, Moscow"), Some(vec!["Johanna Kessler".to_owned()]));
        assert_eq!(byline("By Ann Lee, Bo Tran"), Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned()]));
        // a date and a writer between spaced hyphens; a translator's credit is left out
        assert_eq!(byline("14 January 2022 - Piotr Zawadzki"), Some(vec!["Piotr Zawadzki".to_owned()]));
        assert_eq!(
            byline("Published on 11/01/2022 • Clara Delmas • Translated from French by Tom Whitaker"),
            Some(vec!["Clara Delmas".to_owned()])
        );
        assert_eq!(byline("Kazakhstan - January 5, 2022"), None);
        assert_eq!(byline("Kassym-Jomart Tokayev - January 7, 2022"), None);
        assert_eq!(byline("2 January 2022 - Fuel Protests Begin"), None);
        assert_eq!(date_line("-Updated on 08.01.2022-15:12"), NaiveDate::from_ymd_opt(2022, 1, 8));
        assert_eq!(date_line("48,213 views  Jan 12, 2022  #NATO #Russia #Kazakhstan"), NaiveDate::from_ymd_opt(2022, 1, 12));
        assert_eq!(date_line("1.2M views · 3 Jan 2022"), NaiveDate::from_ymd_opt(2022, 1, 3));
        assert_eq!(date_line("Three views of Jan 12, 2022"), None);
        // (a two-digit year)
        assert_eq!(date_line("12/01/22 14:37, Bishkek"), NaiveDate::from_ymd_opt(2022, 1, 12));
        assert_eq!(date_line("Categories: Press Freedom, Safety  |  13/01/2022"), NaiveDate::from_ymd_opt(2022, 1, 13));
        // a video archive's labels
        assert_eq!(date_line("Event Date: January 7, 2022"), NaiveDate::from_ymd_opt(2022, 1, 7));
        assert_eq!(date_line("Date Created: 01/13/2022 16:48"), NaiveDate::from_ymd_opt(2022, 1, 13));
        assert_eq!(byline("Ann Lee — 7 January 2022, 18:52"), Some(vec!["Ann Lee".to_owned()]));
        assert_eq!(byline("Talks resume — 7 January 2022"), None);
        assert_eq!(byline("Department Press Briefing – January 6, 2022"), None);
        assert_eq!(byline("Latvia Crisis — 7 January 2022"), None);
        assert_eq!(byline("Bloody January — 7 January 2022"), None);
        assert_eq!(byline("By Ann Lee and Robert Service"), Some(vec!["Ann Lee".to_owned(), "Robert Service".to_owned()]));
        assert_eq!(byline("By Ann Lee and the Latvian Service"), Some(vec!["Ann Lee".to_owned()]));
        // a broadcaster's language service credited beside the writer
        assert_eq!(byline("By Ann Lee and RFE/RL's Tajik Service"), Some(vec!["Ann Lee".to_owned()]));
    }

    #[test]
    fn credit_line_keeps_reporters_not_editors() {
        assert_eq!(
            credit_line("Reporting by Ann Lee and Bo Tran; Additional reporting by Cy Dale; Editing by Di Eve"),
            Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned(), "Cy Dale".to_owned()])
        );
        assert_eq!(credit_line("Reporting restrictions apply to the trial, the court said."), None);
    }

    #[test]
    fn sentence_starting_with_by_is_not_a_byline() {
        assert_eq!(byline("By the time the convoy arrived, the square was empty."), None);
    }

    #[test]
    fn outlet_from_name_line_and_tagline() {
        assert_eq!(outlet_name("The Associated Press"), Some("Associated Press"));
        assert_eq!(outlet_name("Politics"), None);
        assert_eq!(outlet_from_tagline("All the News That's Fit to Print"), Some("The New York Times"));
        assert_eq!(outlet_from_tagline("A long paragraph that merely mentions nothing of the kind."), None);
    }

    #[test]
    fn dateline_with_a_day_first_date_and_a_full_stop() {
        assert_eq!(dateline("NUR-SULTAN, 11 January. At the meeting of the Mazhilis today"), Some("NUR-SULTAN".to_owned()));
        assert_eq!(dateline("Almaty, January 12, 2022. The city was calm."), Some("Almaty".to_owned()));
        assert_eq!(dateline("On 11 January. At the meeting"), None);
        // a long dash glued to the place and the text
        assert_eq!(dateline("YEREVAN—Prime Minister Nikol Pashinyan on Tuesday defended the mission."), Some("YEREVAN".to_owned()));
        assert_eq!(dateline("Talks—Russia and NATO failed."), None);
        assert_eq!(dateline("Kazakhstan—Central Asia's largest economy—was rocked by protests."), None);
        assert_eq!(dateline("Kazakhstan, 11 January was a day of mourning."), None);
    }

    #[test]
    fn meta_lines_of_parts_between_bars() {
        assert_eq!(byline("Jan 12, 2022 | Daniyar Kassenov"), Some(vec!["Daniyar Kassenov".to_owned()]));
        assert_eq!(bar_outlet("Jan 12, 2022 | Daniyar Kassenov"), None);
        assert_eq!(byline("Subscribe | Unsubscribe | Privacy"), None);
        assert_eq!(byline("World | 12 January 2022 | Kazakhstan"), None);
        assert_eq!(byline("By Helen Osei, World Desk"), Some(vec!["Helen Osei".to_owned()]));
    }

    #[test]
    fn byline_with_a_dated_place_after_a_bar() {
        assert_eq!(byline("By Claire Duval | Brussels, 13 January 2022"), Some(vec!["Claire Duval".to_owned()]));
        assert_eq!(byline_place("By Claire Duval | Brussels, 13 January 2022"), Some("Brussels".to_owned()));
        assert_eq!(byline("By Ann Lee | Bo Tran"), Some(vec!["Ann Lee".to_owned(), "Bo Tran".to_owned()]));
        assert_eq!(byline_place("By Ann Lee | Bo Tran"), None);
    }

    #[test]
    fn dateline_with_agency() {
        assert_eq!(dateline("TBILISI, Jan 4 (Reuters) - Georgia said"), Some("TBILISI".to_owned()));
        assert_eq!(dateline_agency("TBILISI, Jan 4 (Reuters) - Georgia said"), Some("Reuters"));
        assert_eq!(dateline("Jan 6 (Reuters) - A Russia-led alliance"), None);
        assert_eq!(dateline_agency("Jan 6 (Reuters) - A Russia-led alliance"), Some("Reuters"));
        assert_eq!(dateline("Lviv, Ukraine — Residents queued"), Some("Lviv, Ukraine".to_owned()));
        assert_eq!(dateline("ALMATY, March 2. /TASS/. The city reopened."), Some("ALMATY".to_owned()));
        assert_eq!(dateline_agency("ALMATY, March 2. /TASS/. The city reopened."), Some("TASS"));
        assert_eq!(dateline("ASTANA, Feb. 3 (Xinhua) -- Officials said"), Some("ASTANA".to_owned()));
    }

    #[test]
    fn dateline_with_agency_after_the_dash() {
        let lead = "MINSK, 4 Feb - RIA Novosti. The border crossing reopened.";
        assert_eq!(dateline(lead), Some("MINSK".to_owned()));
        assert_eq!(dateline_agency(lead), Some("RIA Novosti"));
        // An unknown capitalised word after the dash is a sentence, not an agency.
        assert_eq!(dateline_agency("MINSK, 4 Feb - Officials. They met."), None);
    }

    #[test]
    fn date_line_with_leading_time_and_bracketed_update() {
        assert_eq!(date_line("09:30 14.02.2021 (updated: 10:05 14.02.2021)"), ymd(2021, 2, 14));
        assert_eq!(date_line("18:10 03.03.2021"), ymd(2021, 3, 3));
    }

    #[test]
    fn names_in_capitals_are_title_cased_but_initials_stay() {
        assert_eq!(title_case_capitals("SBC NEWS ASIA"), "SBC News Asia");
        assert_eq!(title_case_capitals("ЖАНА ҒАСЫР"), "Жана Ғасыр");
        assert_eq!(title_case_capitals("ST. LOUIS POST-DISPATCH"), "St. Louis Post-Dispatch");
        assert_eq!(title_case_capitals("COUNCIL ON FOREIGN RELATIONS"), "Council on Foreign Relations");
        assert_eq!(title_case_capitals("BALTIC-CASPIAN TIMES"), "Baltic-Caspian Times");
        assert_eq!(title_case_capitals("The Steppe Letter"), "The Steppe Letter");
    }

    #[test]
    fn a_hijri_date_beside_the_gregorian_one_is_passed_over() {
        assert_eq!(date_line("Tuesday 1443/6/8 - 2022/01/11"), ymd(2022, 1, 11));
        // (alone, a year of another calendar gives no date)
        assert_eq!(date_line("1443/6/8"), None);
        assert_eq!(
            dateline("Nur-Sultan, Jumada Al-Akhirah 08, 1443, January 11, 2022, SPA -- The Mazhilis approved him.").as_deref(),
            Some("Nur-Sultan")
        );
        assert_eq!(dateline("NUR-SULTAN, January 11, 2022, SPA - The Mazhilis approved him.").as_deref(), Some("NUR-SULTAN"));
    }

    #[test]
    fn stamps_after_a_credit_or_a_section() {
        assert_eq!(dated_outlet("KYODO NEWS - Jan 7, 2022 - 18:05 | World, All").as_deref(), Some("Kyodo News"));
        assert_eq!(credited_date_line("KYODO NEWS - Jan 7, 2022 - 18:05 | World, All"), ymd(2022, 1, 7));
        assert_eq!(credited_date_line("PTI | Updated: Jan 7, 2022, 11:42 IST"), ymd(2022, 1, 7));
        assert_eq!(date_line("Politics 19:42, 6 January, 2022"), ymd(2022, 1, 6));
        assert_eq!(dated_outlet("Eurasia Now · 41,287 views · Uploaded Jan 11, 2022").as_deref(), Some("Eurasia Now"));
        // a headline over a date is no credit
        assert_eq!(credited_date_line("Troops Arrive In Almaty - January 7, 2022"), None);
        assert_eq!(credited_date_line("Kazakhstan: Five things to know - Jan 7, 2022"), None);
        assert_eq!(date_line("Police fired at 19:42, 6 January, 2022"), None);
        // the header of a printed page, with its number on either side
        let header = "THE LAKESHORE TRIBUNE          SATURDAY, JANUARY 8, 2022          A1";
        assert_eq!(credited_date_line(header), ymd(2022, 1, 8));
        assert_eq!(dated_outlet(header).as_deref(), Some("The Lakeshore Tribune"));
        let header = "A6          THE LAKESHORE TRIBUNE          SATURDAY, JANUARY 8, 2022";
        assert_eq!(credited_date_line(header), ymd(2022, 1, 8));
        // a table's row is no stamp, and a timeline's entry no section's stamp
        assert_eq!(credited_date_line("Almaty        Jan 5, 2022       103"), None);
        assert_eq!(date_line("Curfew 23:00, 5 January 2022"), None);
        // a time zone with its offset, and slashed dates that can be read one way only
        assert_eq!(date_line("January 6, 2022, 4:12 PM GMT+3 Updated on January 6, 2022, 7:38 PM GMT+3"), ymd(2022, 1, 6));
        assert_eq!(date_line("Issued on: 13/01/2022 - 18:47"), ymd(2022, 1, 13));
        // a day, a month's abbreviation and a year joined by hyphens; a forum's "Answered"
        assert_eq!(date_line("13-Jan-2022"), ymd(2022, 1, 13));
        assert_eq!(date_line("Answered January 12, 2022"), ymd(2022, 1, 12));
        assert_eq!(date_line("13-Jan"), None);
        assert_eq!(date_line("January 12, 2022 04:35 PM Age: 4 years"), ymd(2022, 1, 12));
        assert_eq!(date_line("Published on 09/01/2022 at 12:30 - Modified on 09/01/2022 at 15:02"), ymd(2022, 1, 9));
        assert_eq!(date_line("1/13/2022"), ymd(2022, 1, 13));
        // (two-digit day and month: as the clock beside them writes them, else the one
        // reading in the weeks the corpus covers)
        assert_eq!(date_line("06/01/2022"), ymd(2022, 1, 6));
        assert_eq!(date_line("01/06/2022"), ymd(2022, 1, 6));
        assert_eq!(date_line("06/01/2022 18:47"), ymd(2022, 1, 6));
        assert_eq!(date_line("01/06/2022 6:47 pm"), ymd(2022, 1, 6));
        assert_eq!(date_line("Posted 01/09/22"), ymd(2022, 1, 9));
        assert_eq!(date_line("Posted 03/04/21"), None);
        assert_eq!(date_line("6/1/2022"), None);
        assert_eq!(outlet_name("(FRANCE 24 with AFP)"), Some("France 24"));
        // (outlets added in session 12, under the names their pages print)
        assert_eq!(outlet_name("Channel NewsAsia"), Some("CNA"));
        assert_eq!(outlet_name("EUobserver"), Some("EUobserver"));
        assert_eq!(outlet_name("Radio New Zealand"), Some("RNZ"));
    }

    #[test]
    fn datelines_of_agencies_around_the_world() {
        let kyodo = "TOKYO, Jan. 7 Kyodo - Japan is in close contact with its nationals.";
        assert_eq!((dateline(kyodo).as_deref(), dateline_agency(kyodo)), (Some("TOKYO"), Some("Kyodo News")));
        let belta = "MINSK, 10 January (BelTA) – The Collective Security Treaty Organization has shown …";
        assert_eq!((dateline(belta).as_deref(), dateline_agency(belta)), (Some("MINSK"), Some("BelTA")));
        let armenpress = "YEREVAN, JANUARY 6, ARMENPRESS. Prime Minister Nikol Pashinyan has announced …";
        assert_eq!((dateline(armenpress).as_deref(), dateline_agency(armenpress)), (Some("YEREVAN"), Some("Armenpress")));
        let pti = "New Delhi, Jan 7 (PTI) India is closely following the developments.";
        assert_eq!(dateline(pti).as_deref(), Some("New Delhi"));
        assert_eq!(dateline("(Berlin) – Kazakh authorities should urgently investigate.").as_deref(), Some("Berlin"));
        assert_eq!(dateline("RIYADH: Saudi Arabia on Friday called for calm.").as_deref(), Some("RIYADH"));
        // not places, not agencies
        assert_eq!(dateline("(Reuters) – Kazakh authorities said."), None);
        assert_eq!(dateline("BREAKING: Troops arrive in Almaty."), None);
        assert_eq!(dateline("TOKYO, Jan. 7 Officials - said nothing."), None);
        assert_eq!(dateline("The European Union (EU) High Representative Josep Borrell said."), None);
        assert_eq!(dateline("President Kassym-Jomart Tokayev (pictured) Thursday ordered."), None);
        assert_eq!(dateline("On Monday, 10 January (local time) – Talks began."), None);
        assert_eq!(dateline("(Kazakh) – Police said."), None);
    }

    #[test]
    fn hyphenated_sentence_start_is_not_a_dateline() {
        assert_eq!(dateline("Pro-government groups rallied."), None);
        assert_eq!(dateline("The ministry - which rarely comments - said nothing."), None);
        assert_eq!(dateline("Georgia – a country of four million – voted."), None);
    }
}
