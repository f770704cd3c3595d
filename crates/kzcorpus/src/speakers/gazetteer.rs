//! The small general word lists that name recognition and attribution rely on.
//!
//! Every list is a data file under `crates/kzcorpus/data/` compiled in with
//! `include_str!` and parsed once. They hold general English-news knowledge (titles,
//! nationality adjectives and capitals, organisation head nouns, cue verbs, common first names,
//! transliteration rules), never text from particular articles.

use std::collections::{HashMap, HashSet};

use once_cell::sync::Lazy;

/// Gender suggested by a first name or a surname ending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Typically a man's name.
    Male,
    /// Typically a woman's name.
    Female,
}

/// The hasher of the word lists. Their keys are fixed (the bundled lists) and every word of
/// every article is looked up in them, so a fast hasher with a fixed seed serves better
/// than the standard library's SipHash, which was 5 % of extraction's instructions.
pub type WordHasher = foldhash::fast::FixedState;

/// The parsed word lists.
#[derive(Debug)]
pub struct Gazetteer {
    /// Title and rank words, lowercase.
    pub titles: HashSet<String, WordHasher>,
    /// Nationality adjective or country form, lowercase → country name ("" when none).
    pub nationalities: HashMap<String, String, WordHasher>,
    /// Country name, lowercase → the adjective used in keys ("russia" → "russian").
    pub country_adjective: HashMap<String, String, WordHasher>,
    /// Capital city as written → its country (`data/capitals.tsv`).
    pub capitals: HashMap<String, String, WordHasher>,
    /// Organisation head nouns, lowercase.
    pub org_heads: HashSet<String, WordHasher>,
    /// Place names, lowercase.
    pub places: HashSet<String, WordHasher>,
    /// Capitalised words that are never part of a person's name, lowercase.
    pub non_names: HashSet<String, WordHasher>,
    /// First names, lowercase → gender.
    pub first_names: HashMap<String, Gender, WordHasher>,
    /// Every single-word inflection of a cue verb, lowercase.
    pub cue_words: HashSet<String, WordHasher>,
    /// Multi-word cues ("according to", "pointed out"), lowercase, longest first.
    pub cue_phrases: Vec<Vec<String>>,
    /// Transliteration substitutions (from, to, anchored at word end).
    pub translit: Vec<(String, String, bool)>,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn word_set(text: &str) -> HashSet<String, WordHasher> {
    lines(text).map(|l| l.trim().to_lowercase()).collect()
}

/// The gazetteer, parsed on first use.
pub static GAZETTEER: Lazy<Gazetteer> = Lazy::new(|| {
    let mut nationalities = HashMap::default();
    let mut country_adjective = HashMap::default();
    for l in lines(include_str!("../../data/nationalities.tsv")) {
        let mut parts = l.split('\t');
        let adj = parts.next().unwrap_or("").trim().to_lowercase();
        let country = parts.next().unwrap_or("").trim().to_string();
        if adj.is_empty() {
            continue;
        }
        if !country.is_empty() {
            country_adjective.entry(country.to_lowercase()).or_insert_with(|| adj.clone());
        }
        nationalities.insert(adj, country);
    }
    let mut first_names = HashMap::default();
    for l in lines(include_str!("../../data/first_names.tsv")) {
        let mut parts = l.split('\t');
        let name = parts.next().unwrap_or("").trim().to_lowercase();
        let g = if parts.next().unwrap_or("m").trim() == "f" { Gender::Female } else { Gender::Male };
        if !name.is_empty() {
            first_names.insert(name, g);
        }
    }
    let mut cue_words = HashSet::default();
    let mut cue_phrases = Vec::new();
    for l in lines(include_str!("../../data/cue_verbs.txt")) {
        for form in l.split('\t').map(|f| f.trim().to_lowercase()).filter(|f| !f.is_empty()) {
            let words: Vec<String> = form.split_whitespace().map(str::to_owned).collect();
            if words.len() == 1 {
                cue_words.insert(form);
            } else {
                cue_phrases.push(words);
            }
        }
    }
    cue_phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    let translit = lines(include_str!("../../data/translit.tsv"))
        .filter_map(|l| {
            let mut parts = l.split('\t');
            let from = parts.next()?.trim();
            let to = parts.next().unwrap_or("").trim();
            let anchored = from.ends_with('$');
            Some((from.trim_end_matches('$').to_string(), to.to_string(), anchored))
        })
        .collect();
    let capitals = lines(include_str!("../../data/capitals.tsv"))
        .filter_map(|l| l.split_once('\t').map(|(city, country)| (city.trim().to_owned(), country.trim().to_owned())))
        .collect();
    Gazetteer {
        titles: word_set(include_str!("../../data/titles.txt")),
        nationalities,
        country_adjective,
        capitals,
        org_heads: word_set(include_str!("../../data/org_heads.txt")),
        places: word_set(include_str!("../../data/places.txt")),
        non_names: word_set(include_str!("../../data/non_names.txt")),
        first_names,
        cue_words,
        cue_phrases,
        translit,
    }
});

/// `word` in lowercase, borrowed when it already is (the common case in running text,
/// where these lookups run once per word).
pub(crate) fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

impl Gazetteer {
    /// Whether `word` (any case) is a title word; hyphenated words match part by part.
    pub fn is_title(&self, word: &str) -> bool {
        let w = lowercase(word);
        let w = w.trim_end_matches('.');
        self.titles.contains(w) || (w.contains('-') && w.split('-').all(|p| self.titles.contains(p)))
    }

    /// The country of a nationality word, `Some("")` for a non-country adjective.
    pub fn nationality(&self, word: &str) -> Option<&str> {
        self.nationalities.get(lowercase(word).as_ref()).map(String::as_str)
    }

    /// Whether `word` is a single-word cue verb form.
    pub fn is_cue_word(&self, word: &str) -> bool {
        self.cue_words.contains(lowercase(word).as_ref())
    }

    /// The gender suggested by a person's name (first name, or a Slavic surname ending).
    pub fn gender(&self, name: &str) -> Option<Gender> {
        let mut words = name.split_whitespace();
        let first = words.next()?.to_lowercase();
        let last = name.split_whitespace().last()?.to_lowercase();
        // a surname's feminine ending tells more than a first name both sexes bear ("Bakhyt
        // Omarova")
        // (Lithuanian women's surnames end "-ienė", "-aitė", "-ytė", "-iūtė": "Vaitkevičiūtė")
        if words.next().is_some() && ["ova", "eva", "yeva", "skaya", "tskaya", "ienė", "aitė", "ytė", "iūtė", "utė"].iter().any(|s| last.ends_with(s)) && last.len() > 4 {
            return Some(Gender::Female);
        }
        if let Some(g) = self.first_names.get(&first) {
            return Some(*g);
        }
        if ["ova", "eva", "ina", "aya", "kaya", "yeva"].iter().any(|s| last.ends_with(s)) && last.len() > 4 {
            return Some(Gender::Female);
        }
        if ["ov", "ev", "in", "sky", "skiy", "enko", "uk"].iter().any(|s| last.ends_with(s)) && last.len() > 3 {
            return Some(Gender::Male);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_lists_parse() {
        let g = &*GAZETTEER;
        assert!(g.is_title("Minister"));
        assert!(g.is_title("Colonel-General"));
        assert_eq!(g.nationality("Iranian"), Some("Iran"));
        // (a known first name tells the sex before a surname's Slavic-looking ending)
        assert_eq!(g.gender("Nurul Izzah Kamarudin"), Some(Gender::Female));
        assert_eq!(g.gender("Oleg Kamarudin"), Some(Gender::Male));
        assert!(g.org_heads.contains("akorda") && g.org_heads.contains("street"));
        assert!(g.is_cue_word("stressed"));
        assert!(g.cue_phrases.iter().any(|p| p.join(" ") == "according to"));
        assert_eq!(g.gender("Olga Petrova"), Some(Gender::Female));
        assert_eq!(g.gender("Bakhyt Omarova"), Some(Gender::Female));
        assert_eq!(g.gender("Bakhyt Omarov"), Some(Gender::Male));
        assert_eq!(g.gender("Ivanova"), Some(Gender::Female));
        assert_eq!(g.gender("Pavel Smirnov"), Some(Gender::Male));
        assert_eq!(g.gender("Rūta Vaitkevičiūtė"), Some(Gender::Female));
        assert_eq!(g.gender("Asta Kazlauskienė"), Some(Gender::Female));
    }

    #[test]
    fn every_capital_is_a_listed_countrys() {
        let g = &*GAZETTEER;
        assert!(g.capitals.len() > 100);
        assert_eq!(g.capitals.get("Tbilisi").map(String::as_str), Some("Georgia"));
        for (city, country) in &g.capitals {
            assert!(g.country_adjective.contains_key(&country.to_lowercase()), "{city}: no adjective for {country}");
        }
    }
}
