//! Event types: the trigger vocabulary and the place gazetteer.
//!
//! Both are data files compiled in (`data/event_triggers.tsv`, `data/places.tsv`) and
//! matched with one linear-time regex each. No SQL here.

use std::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

/// Every event type, in the order the module documentation lists them.
pub const EVENT_TYPES: &[&str] = &[
    "troop_deployment",
    "withdrawal",
    "talks",
    "arrest",
    "protest",
    "state_of_emergency",
    "government_resignation",
    "appointment",
    "statement",
    "cyberattack",
    "sanctions",
    "exercise",
    "court_ruling",
    "casualty_report",
    "other",
];

/// A trigger word found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The event type it signals (one of [`EVENT_TYPES`]).
    pub kind: &'static str,
    /// 1 = decisive, 2 = a happening, 3 = speech only.
    pub tier: u8,
}

struct Vocabulary {
    any: Regex,
    /// phrases without wildcards, lower case, single-spaced
    exact: std::collections::HashMap<&'static str, (&'static str, u8), foldhash::fast::FixedState>,
    /// (type, tier) of every phrase, in file order
    entries: Vec<(&'static str, u8)>,
    /// the phrases as one set of anchored patterns (same order as `entries`), to find the
    /// first phrase a wildcard match fits in one pass
    entry_set: regex::RegexSet,
}

fn phrase_pattern(phrase: &str) -> String {
    let star = phrase.ends_with('*');
    let body = phrase.trim_end_matches('*');
    // an inner '*' ("emphasi*ed") stands for one letter
    let escaped: Vec<String> = body.split('*').map(regex::escape).collect();
    // ASCII classes keep the one big alternation inside the fast DFA engine
    let mut p = escaped.join("[a-z]").replace(' ', r"[ \t\u{a0}]+");
    if star {
        p.push_str("[a-z]*");
    }
    p
}

static VOCABULARY: Lazy<Vocabulary> = Lazy::new(|| {
    let mut entries = Vec::new();
    let mut exact = std::collections::HashMap::default();
    let mut alternatives = Vec::new();
    let mut anchored_patterns = Vec::new();
    for line in include_str!("../../data/event_triggers.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(kind), Some(tier), Some(phrase)) = (cols.next(), cols.next(), cols.next()) else { continue };
        let Some(kind) = EVENT_TYPES.iter().find(|t| **t == kind) else { continue };
        let tier: u8 = tier.parse().unwrap_or(2);
        let phrase = phrase.trim();
        if !phrase.contains('*') {
            exact.entry(phrase).or_insert((*kind, tier));
        }
        let pattern = phrase_pattern(phrase);
        entries.push((*kind, tier));
        anchored_patterns.push(format!(r"(?i)^(?:{pattern})$"));
        alternatives.push(pattern);
    }
    // longest phrases first so "state of emergency" wins over shorter overlapping words
    alternatives.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let any = crate::rx::regex(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", alternatives.join("|"))).expect("trigger vocabulary compiles");
    let entry_set = crate::rx::set(&anchored_patterns).expect("trigger entries compile as a set");
    Vocabulary { any, exact, entries, entry_set }
});

/// Finds every trigger word in `text`, in order.
pub fn find_triggers(text: &str) -> Vec<Trigger> {
    find_triggers_in(text, 0..text.len())
}

/// [`find_triggers`] within `text[lines]`, with offsets into `text`: the same triggers a
/// scan of all of `text` finds there, when `lines` starts and ends at line boundaries (no
/// trigger spans a `\n`, and a `\n` is a word boundary like the edge of the text).
pub(crate) fn find_triggers_in(text: &str, lines: Range<usize>) -> Vec<Trigger> {
    let vocab = &*VOCABULARY;
    let offset = lines.start;
    vocab
        .any
        .find_iter(&text[lines])
        .filter_map(|m| {
            let raw = m.as_str();
            // most matches are already one lowercase, single-spaced word or phrase
            let key: std::borrow::Cow<'_, str> =
                if raw.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') && !raw.contains("  ") {
                    raw.into()
                } else {
                    raw.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().into()
                };
            let (kind, tier) = match vocab.exact.get(key.as_ref()) {
                Some(&(kind, tier)) => (kind, tier),
                None => {
                    let first = vocab.entry_set.matches(m.as_str()).iter().next()?;
                    vocab.entries.get(first).copied()?
                }
            };
            Some(Trigger { start: offset + m.start(), end: offset + m.end(), kind, tier })
        })
        .collect()
}

static PLACES: Lazy<Regex> = Lazy::new(|| {
    let mut names: Vec<String> = include_str!("../../data/places.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| regex::escape(l.trim()))
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    crate::rx::regex(&format!(r"(?-u:\b)(?:{})(?-u:\b)", names.join("|"))).expect("place gazetteer compiles")
});

static PLACE_NAMES: Lazy<std::collections::HashSet<String>> = Lazy::new(|| {
    include_str!("../../data/places.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.trim().to_lowercase())
        .collect()
});

/// Whether `name` is a place of the gazetteer, in any case ("RIYADH", "New Delhi").
pub(crate) fn is_place_name(name: &str) -> bool {
    PLACE_NAMES.contains(&name.to_lowercase())
}

/// A place name found in a text: byte span.
pub fn find_places(text: &str) -> Vec<(usize, usize)> {
    find_places_in(text, 0..text.len())
}

/// [`find_places`] within `text[lines]`, with offsets into `text` (the same places as a
/// scan of all of `text` finds there, when `lines` starts and ends at line boundaries).
pub(crate) fn find_places_in(text: &str, lines: Range<usize>) -> Vec<(usize, usize)> {
    let offset = lines.start;
    PLACES
        .find_iter(&text[lines])
        .map(|m| (offset + m.start(), offset + m.end()))
        // "Georgia" the person, "Chad" the name: a place is not followed by a capitalised surname
        .filter(|&(_, end)| !text[end..].starts_with(|c: char| c == '-' || c.is_alphanumeric()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_triggers_with_their_types() {
        let text = "A state of emergency was declared after protests; troops were deployed.";
        let found: Vec<_> = find_triggers(text).into_iter().map(|t| (t.kind, &text[t.start..t.end])).collect();
        assert_eq!(
            found,
            vec![
                ("state_of_emergency", "state of emergency"),
                ("statement", "declared"),
                ("protest", "protests"),
                ("troop_deployment", "deployed"),
            ]
        );
    }

    #[test]
    fn every_listed_type_is_known() {
        let vocab = &*VOCABULARY;
        assert!(vocab.entries.len() > 100);
        for t in EVENT_TYPES.iter().filter(|t| **t != "other") {
            assert!(vocab.entries.iter().any(|(k, _)| k == t), "no trigger for {t}");
        }
    }

    #[test]
    fn line_by_line_search_finds_what_a_whole_text_search_finds() {
        let text = "Troops were deployed to Almaty.\nGeorgia Smith met protesters in Geneva\non Monday; a state of\nemergency followed.";
        let mut triggers = Vec::new();
        let mut places = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            triggers.extend(find_triggers_in(text, start..start + line.len()));
            places.extend(find_places_in(text, start..start + line.len()));
            start += line.len() + 1;
        }
        assert_eq!(triggers, find_triggers(text));
        assert_eq!(places, find_places(text));
        assert_eq!(places.iter().map(|&(s, e)| &text[s..e]).collect::<Vec<_>>(), vec!["Almaty", "Georgia", "Geneva"]);
    }

    #[test]
    fn finds_places() {
        let text = "Envoys flew from Geneva to St Petersburg and Nur-Sultan.";
        let found: Vec<_> = find_places(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(found, vec!["Geneva", "St Petersburg", "Nur-Sultan"]);
    }
}
