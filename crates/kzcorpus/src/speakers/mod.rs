//! Speaker recognition and normalisation: names, titles, aliases, transliteration keys.
//!
//! Pure functions over article text; no SQL here. [`find_speakers`] finds the people and
//! organisations named in an article (full names, title-prefixed names, surnames that
//! repeat a full name, organisations built on a head noun such as "Ministry") and every
//! mention of them. [`alias_key`] is the match key the store uses to join the same
//! speaker across articles: it folds case, accents, punctuation, spelling variants
//! (Defence/Defense) and transliteration variants (Andrey/Andrei, Serdiukov/Serdyukov,
//! Kassym/Kasim, Tokaev/Tokayev, Lukashenka/Lukashenko) through `data/translit.tsv`.

pub mod gazetteer;
pub mod names;

use std::collections::HashMap;

use crate::model::{Article, LocalSpeaker, Mention, SpeakerIndex, SpeakerKind};
use gazetteer::{Gender, GAZETTEER};
use names::{scan, tokenize, Found};

/// Finds the speakers named in `article` and every mention of them in its body.
///
/// People named only in the headline are added too (without mentions), so that a
/// headline such as "Minister Says …" can attribute the article's first quote.
///
/// # Examples
/// ```
/// use kzcorpus::{speakers::find_speakers, Article};
/// let article = Article { body: "Foreign Minister Sergei Ivanov spoke. Ivanov left.".into(), ..Default::default() };
/// let index = find_speakers(&article);
/// assert_eq!(index.speakers[0].name, "Sergei Ivanov");
/// assert_eq!(index.mentions.len(), 2);
/// ```
pub fn find_speakers(article: &Article) -> SpeakerIndex {
    find_speakers_in(article, &tokenize(&article.body))
}

/// [`find_speakers`] given the body's tokens as [`tokenize`] returns them (the pipeline
/// tokenizes once and hands the same tokens to quote attribution).
pub fn find_speakers_in(article: &Article, toks: &[names::Tok]) -> SpeakerIndex {
    let mut index = SpeakerIndex::default();
    let mut found = scan(toks);
    for f in found.iter_mut() {
        if let Some(placed) = placed_in_capital(&article.body, f) {
            *f = placed;
        }
    }
    let mut b = Builder::default();
    // full names and organisations first, then one-word names against them
    for f in found.iter().filter(|f| f.kind == SpeakerKind::Organisation || f.strong && f.end_tok - f.first_tok >= 2) {
        b.add(&mut index, f, true);
    }
    for f in found.iter().filter(|f| f.kind == SpeakerKind::Person && f.end_tok - f.first_tok == 1) {
        // a well-known surname alone ("Putin said …") is that person, named in full (not a
        // possessive: "answered with Putin's words" names no one who speaks)
        let possessive = toks.get(f.first_tok).is_some_and(|t| t.possessive);
        match notable_full_name(&f.text).filter(|_| !possessive && b.lookup_person(&index, &f.text).is_none()) {
            Some(full) => {
                let named = Found { text: full.to_owned(), ..f.clone() };
                b.add(&mut index, &named, true);
                if let Some(sp) = index.speakers.iter_mut().find(|s| s.name == full) {
                    if !sp.aliases.contains(&f.text) {
                        sp.aliases.push(f.text.clone());
                    }
                }
            }
            None => b.add(&mut index, f, f.strong),
        }
    }
    for f in found.iter().filter(|f| f.kind == SpeakerKind::Person && f.end_tok - f.first_tok >= 2 && !f.strong) {
        b.add(&mut index, f, true);
    }
    for f in lowercase_organisations(&article.body) {
        b.add(&mut index, &f, true);
    }
    index.mentions.sort_by_key(|m| (m.start, m.end));
    fill_mention_texts(&article.body, &mut index.mentions);
    if let Some(h) = &article.headline {
        for (name, strong) in headline_people(h) {
            if b.lookup_person(&index, &name).is_none() && strong {
                let f = Found {
                    start: 0,
                    end: 0,
                    text: name,
                    kind: SpeakerKind::Person,
                    title: None,
                    country: None,
                    first_tok: 0,
                    end_tok: 1,
                    strong,
                };
                b.new_speaker(&mut index, &f);
            }
        }
    }
    // organisations credited in image captions are spellings of the same speakers
    for m in &article.media {
        let Some(c) = &m.caption else { continue };
        for f in scan(&tokenize(c)).into_iter().filter(|f| f.kind == SpeakerKind::Organisation) {
            let key = b.key(&f.text);
            match b.by_key.get(&key) {
                Some(&i) => {
                    if !index.speakers[i].aliases.contains(&f.text) {
                        index.speakers[i].aliases.push(f.text.clone());
                    }
                }
                None => {
                    b.new_speaker(&mut index, &f);
                }
            }
        }
    }
    // last: it removes speakers, and the builder's maps hold their positions
    join_acronyms(&article.body, &mut index);
    index
}

/// Verbs of a country voicing its stance ("Kuwait has expressed deep concern …").
const STANCE_VERBS: &[&str] = &[
    "expressed", "expresses", "called", "calls", "urged", "urges", "welcomed", "welcomes", "condemned", "condemns", "voiced",
    "voices", "supports", "supported", "backs", "backed", "stands", "followed", "follows", "following", "watching", "hopes",
    "hoped", "appealed", "appeals", "offered", "offers", "reiterated", "reaffirmed", "affirmed", "confirmed", "conveyed",
];

/// A ministry named without its country but placed in a capital ("the Foreign Ministry in
/// Tbilisi", "In Baku, the Foreign Ministry said"), named with that country's adjective
/// ("Georgian Foreign Ministry"): every country has a foreign ministry, and a plain one is
/// otherwise taken for the one the article names with a country.
fn placed_in_capital(body: &str, f: &Found) -> Option<Found> {
    if f.kind != SpeakerKind::Organisation || f.country.is_some() || !f.text.split(' ').any(|w| w == "Ministry") {
        return None;
    }
    let g = &*GAZETTEER;
    let national = |w: &str| g.nationality(w.trim_end_matches("'s").trim_end_matches("’s")).is_some_and(|c| !c.is_empty());
    if f.text.split(' ').any(national) {
        return None;
    }
    let byte = |chars: usize| body.char_indices().nth(chars).map_or(body.len(), |(b, _)| b);
    let (start, end) = (byte(f.start), byte(f.end));
    // the capital's name, then no more of a word
    let capital_opening = |text: &str| {
        g.capitals.iter().find_map(|(city, country)| {
            text.strip_prefix(city.as_str()).filter(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')).map(|_| country.as_str())
        })
    };
    let after = body.get(end..).and_then(|rest| rest.strip_prefix(" in ")).and_then(capital_opening);
    // "In Baku, the Foreign Ministry …" opening a sentence
    let before = || {
        let lead = body.get(..start)?;
        let lead = lead.strip_suffix("the ").unwrap_or(lead).strip_suffix(", ")?;
        let opening = lead.rfind(|c: char| matches!(c, '.' | '!' | '?' | '\n')).map_or(0, |at| at + 1);
        let city = lead.get(opening..)?.trim_start().strip_prefix("In ")?;
        g.capitals.get(city).map(String::as_str)
    };
    // "Kuwait has expressed deep concern …, the Foreign Ministry said": the country the
    // sentence opens with, speaking through the ministry its clause ends with
    let subject = || {
        let lead = body.get(..start)?;
        let lead = lead.strip_suffix("the ").unwrap_or(lead).strip_suffix(", ")?;
        let opening = lead.rfind(|c: char| matches!(c, '.' | '!' | '?' | '\n')).map_or(0, |at| at + 1);
        let (first, rest) = lead.get(opening..)?.trim_start().split_once(' ')?;
        let country = g.nationalities.get(first.to_lowercase().as_str()).filter(|c| c.eq_ignore_ascii_case(first))?;
        // (only a country voicing its stance: not "Russia has no right to decide …, the
        // Foreign Ministry said", the country spoken of)
        let mut words = rest.split_whitespace();
        let verb = words.next().filter(|w| !matches!(*w, "has" | "have" | "is" | "was" | "will" | "would")).or_else(|| words.next())?;
        STANCE_VERBS.contains(&verb).then_some(country.as_str())
    };
    let country = after.or_else(before).or_else(subject)?;
    let adjective = g.country_adjective.get(&country.to_lowercase())?;
    let mut chars = adjective.chars();
    let adjective: String = chars.next()?.to_uppercase().chain(chars).collect();
    let text = format!("{adjective} {}", f.text.strip_prefix("the ").unwrap_or(&f.text));
    Some(Found { text, country: Some(country.to_owned()), ..f.clone() })
}

/// An organisation's name without the country leading, backing or housing it that opens it:
/// "Russia-led Collective Security Treaty Organization" gives "Collective Security Treaty
/// Organization", "Ankara-based Eurasia Research Forum" "Eurasia Research Forum"; a name of
/// two words keeps it ("Moscow-backed Council").
fn without_leader(name: &str) -> &str {
    let Some((first, rest)) = name.split_once(' ') else { return name };
    // (its own short list, not `names::LED_BY_SUFFIXES`: with that constant here, outputs were the
    // same but extraction took 1.4 % more instructions on a 2 MB corpus, most likely the compiler
    // inlining the tokenizer differently; measured with benches/peers/extract_instructions.sh)
    let led = ["-led", "-backed", "-dominated", "-based", "-funded", "-owned", "-run", "-linked", "-affiliated"].iter().any(|s| first.len() > s.len() + 1 && first.ends_with(s));
    if led && rest.split_whitespace().count() >= 2 && rest.starts_with(char::is_uppercase) {
        rest
    } else {
        name
    }
}

/// Whether a word is an acronym: two to eight capital letters ("KNB", "CSTO").
fn is_acronym(word: &str) -> bool {
    (2..=8).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// An organisation's acronym given in brackets after its name ("the National Security
/// Committee (KNB)") names it later: the speaker "KNB", and "the KNB press service", join
/// that organisation. Mentions must be sorted by start.
fn join_acronyms(body: &str, index: &mut SpeakerIndex) {
    let is_org = |index: &SpeakerIndex, i: usize| index.speakers.get(i).is_some_and(|s| s.kind == SpeakerKind::Organisation);
    let mut map = ForwardCharCount::default();
    let mut byte_of_char = |chars: usize| -> Option<usize> {
        // (mentions come sorted: walk on from the last position asked for)
        while map.chars < chars {
            let c = body.get(map.byte..)?.chars().next()?;
            map.byte += c.len_utf8();
            map.chars += 1;
        }
        (map.chars == chars).then_some(map.byte)
    };
    let mut stands_for: Vec<(String, usize)> = Vec::new();
    for m in &index.mentions {
        if !is_org(index, m.speaker) {
            continue;
        }
        let Some(end) = byte_of_char(m.end) else { break };
        let after = body[end..].trim_start_matches(' ');
        let Some(inner) = after.strip_prefix('(').and_then(|a| a.split_once(')')).map(|(inner, _)| inner) else { continue };
        if is_acronym(inner) && !stands_for.iter().any(|(a, _)| a == inner) {
            stands_for.push((inner.to_owned(), m.speaker));
        }
    }
    if stands_for.is_empty() {
        return;
    }
    // speakers to fold into another: the acronym alone, or the acronym and a press office
    let target_of = |sp: &LocalSpeaker| {
        let name = sp.name.as_str();
        let head = name.split_whitespace().next().unwrap_or("");
        let rest = name[head.len()..].trim().to_ascii_lowercase();
        stands_for
            .iter()
            .find(|(acr, _)| acr == head && (rest.is_empty() || rest == "press service" || rest == "press office"))
            .map(|&(_, target)| target)
    };
    let targets: Vec<Option<usize>> =
        index.speakers.iter().enumerate().map(|(i, sp)| if sp.kind == SpeakerKind::Organisation { target_of(sp).filter(|&t| t != i) } else { None }).collect();
    if targets.iter().all(Option::is_none) {
        return;
    }
    // new positions of the speakers kept
    let mut new_index = vec![0usize; index.speakers.len()];
    let mut kept = 0;
    for (i, t) in targets.iter().enumerate() {
        if t.is_none() {
            new_index[i] = kept;
            kept += 1;
        }
    }
    for (i, t) in targets.iter().enumerate() {
        if let Some(t) = *t {
            let alias = index.speakers[i].name.clone();
            let target = &mut index.speakers[t];
            if !target.aliases.contains(&alias) {
                target.aliases.push(alias);
            }
        }
    }
    let resolve = |i: usize| targets[i].map_or(new_index[i], |t| new_index[t]);
    for m in &mut index.mentions {
        m.speaker = resolve(m.speaker);
    }
    let mut i = 0;
    index.speakers.retain(|_| {
        let keep = targets[i].is_none();
        i += 1;
        keep
    });
}

/// Sets the text of each mention (sorted by start) to its span of `body`, leaving a mention
/// whose span is reversed or runs past the end unchanged. One forward walk over the body
/// finds the starts; each end is counted on from its start.
fn fill_mention_texts(body: &str, mentions: &mut [Mention]) {
    let mut chars = body.char_indices();
    let (mut at_char, mut at_byte) = (0usize, 0usize);
    for m in mentions {
        while at_char < m.start {
            let Some((b, c)) = chars.next() else { break };
            (at_char, at_byte) = (at_char + 1, b + c.len_utf8());
        }
        if at_char != m.start || m.end < m.start {
            continue;
        }
        let rest = &body[at_byte..];
        let mut ends = rest.char_indices().map(|(b, _)| b).chain(std::iter::once(rest.len()));
        if let Some(len) = ends.nth(m.end - m.start) {
            m.text = rest[..len].to_string();
        }
    }
}

static LOWER_ORG: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    crate::rx::regex(
        r"(?-u:\b)(?:(\p{Lu}[\p{L}]*)\s+)?(?-u:\b)((?:(?:presidential|national|security|defen[cs]e|foreign|interior|press|emergency|emergencies|digital|transformation|federal|internal|health|justice|finance|economy|investigative|prosecutor|regional|city|border|tax|customs|migration|energy|intelligence|anti-corruption|election|electoral)\s+){1,3}(?:ministry|office|service|committee|department|agency|commission)|ministry\s+of\s+(?:the\s+)?(?:internal\s+affairs|interior|foreign\s+affairs|defen[cs]e|justice|health|finance|emergency\s+situations|emergencies|energy|economy|information))(?-u:\b)",
    )
    .expect("lowercase organisation regex")
});

/// Organisations written in lowercase ("the national security committee", "the Kazakh
/// presidential press office"); a possessive owner before them ("the airport's press
/// service") makes them too vague to keep.
fn lowercase_organisations(body: &str) -> Vec<Found> {
    // matches are few and come in text order: count characters on from the last one
    let mut map = ForwardCharCount::default();
    let mut out = Vec::new();
    for c in LOWER_ORG.captures_iter(body) {
        let (Some(whole), Some(core)) = (c.get(0), c.get(2)) else { continue };
        let before = &body[..whole.start()];
        let owner = before.strip_suffix("'s ").or_else(|| before.strip_suffix("’s "));
        // a country may own it ("Kazakhstan's health ministry"), nothing else
        let country_owner = owner.and_then(|b| {
            let word_start = b.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| p + b[p..].chars().next().map_or(1, char::len_utf8));
            let word = &b[word_start..];
            GAZETTEER.nationality(word).is_some_and(|c| !c.is_empty()).then_some(word_start)
        });
        if owner.is_some() && country_owner.is_none() {
            continue;
        }
        let start_byte = match (country_owner, c.get(1)) {
            (Some(owner), _) => owner,
            (None, Some(adj)) if GAZETTEER.nationality(adj.as_str()).is_some_and(|c| !c.is_empty()) => adj.start(),
            // an acronym owning it ("the KNB press service"): joined to what the acronym
            // stands for by `join_acronyms`
            (None, Some(adj)) if is_acronym(adj.as_str()) => adj.start(),
            _ => core.start(),
        };
        let text = body[start_byte..core.end()].split_whitespace().collect::<Vec<_>>().join(" ");
        let (start, end) = (map.char_of(body, start_byte), map.char_of(body, core.end()));
        out.push(Found {
            start,
            end,
            text,
            kind: SpeakerKind::Organisation,
            title: None,
            country: None,
            first_tok: 0,
            end_tok: 0,
            strong: true,
        });
    }
    out
}

/// Character offsets of increasing byte offsets of one text, counted on from the last one
/// asked for (linear overall, with no table of the whole text).
#[derive(Default)]
struct ForwardCharCount {
    byte: usize,
    chars: usize,
}

impl ForwardCharCount {
    /// The character offset of `byte` (a character boundary of `text`, not before the last one asked for).
    fn char_of(&mut self, text: &str, byte: usize) -> usize {
        debug_assert!(byte >= self.byte, "offsets asked for out of order");
        if byte > self.byte {
            self.chars += text[self.byte..byte].chars().count();
            self.byte = byte;
        }
        self.chars
    }
}

/// The people a headline names, with whether the headline itself shows them speaking
/// ("Kuznetsov Says …", "Kuznetsov's Warning …") or titled.
///
/// Headlines are in Title Case, so a run such as "Will Pressure Zelensky" is cut down to
/// its last word unless it starts with a known first name or a title.
pub fn headline_people(headline: &str) -> Vec<(String, bool)> {
    let toks = tokenize(headline);
    let mut out = Vec::new();
    for f in scan(&toks) {
        if f.kind != SpeakerKind::Person {
            continue;
        }
        let first = &toks[f.first_tok];
        let last = &toks[f.end_tok - 1];
        let first_known = GAZETTEER.first_names.contains_key(&first.text.to_lowercase());
        let titled = f.title.as_deref().is_some_and(names::has_head_title);
        let name = if f.end_tok - f.first_tok >= 2 && !first_known && !titled { last.text.to_owned() } else { f.text.clone() };
        let cue_next = toks.get(f.end_tok).is_some_and(|t| names::breaks_run(&t.text.to_lowercase()));
        let possessive_lead = last.possessive && f.first_tok == 0;
        out.push((name, cue_next || possessive_lead || titled));
    }
    out
}

/// The hasher of maps keyed by text of the article: fast, with a seed chosen per process.
type TextHasher = foldhash::fast::RandomState;

#[derive(Default)]
struct Builder {
    by_key: HashMap<String, usize, TextHasher>,
    // surname key → person speaker (full names only)
    by_surname: HashMap<String, usize, TextHasher>,
    // (first letter, length) of a surname key → surnames, for one-typo matches
    by_shape: HashMap<(char, usize), Vec<(String, usize)>, TextHasher>,
    // ending of an organisation key → organisation (None when ambiguous)
    by_unqualified: HashMap<String, Option<usize>, TextHasher>,
}

/// Common Chinese and Korean family names, written first in the name ("Xi Jinping",
/// "Wang Wenbin", "Moon Jae-in"), so that the first word alone refers back to the person.
pub(crate) const FAMILY_NAME_FIRST: [&str; 40] = [
    "xi", "wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
    "gao", "lin", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "dong", "cao", "deng",
    "qin", "jiang", "yi", "kim", "lee", "park", "choi", "moon", "yoon", "chung",
];

impl Builder {
    /// [`alias_key`] of `name` (remembered, see [`memo_alias_key`]).
    fn key(&self, name: &str) -> String {
        memo_alias_key(name)
    }

    fn lookup_person(&self, index: &SpeakerIndex, name: &str) -> Option<usize> {
        let key = self.key(name);
        if let Some(&i) = self.by_key.get(&key) {
            return Some(i);
        }
        // a first name and patronymic, the formal Russian address ("Nikol Vovayevich"), is
        // the one person of that first name named in full (but a surname of that shape is
        // a surname: "Alexander Volfovich" is no Alexander Lukashenko)
        if let Some((first, _)) = name.split_once(' ').filter(|(_, p)| is_patronymic(p) && !NOTABLE.contains_key(&p.to_lowercase())) {
            let first = self.key(first);
            let mut same_first = index.speakers.iter().enumerate().filter(|(_, sp)| {
                sp.kind == SpeakerKind::Person && {
                    let words: Vec<&str> = sp.name.split_whitespace().collect();
                    words.len() >= 2 && !is_patronymic(words[words.len() - 1]) && self.key(words[0]) == first
                }
            });
            if let (Some((i, _)), None) = (same_first.next(), same_first.next()) {
                return Some(i);
            }
        }
        // a double-barrelled surname alone ("Owusu-Achaw" after "Kwame Owusu-Achaw")
        if key.contains(' ') && !name.trim().contains(char::is_whitespace) {
            if let Some(&i) = self.by_surname.get(&key) {
                return Some(i);
            }
        }
        let surname = key.split(' ').next_back().unwrap_or("").to_string();
        let first = key.split(' ').next().unwrap_or("");
        if let Some(&i) = self.by_surname.get(&surname) {
            let other = self.key(&index.speakers[i].name);
            let other_first = other.split(' ').next().unwrap_or("");
            // ("von der Leyen" is Ursula von der Leyen: the words before the surname are
            // the particles of hers)
            let particles_only = key.split(' ').all(|w| w == surname || names::SURNAME_PARTICLES.contains(&w));
            if key == surname || other_first.chars().next() == first.chars().next() || (particles_only && other.ends_with(&key)) {
                return Some(i);
            }
        }
        // a misspelt surname: one edit away (candidates bucketed by first letter and length)
        let len = surname.chars().count();
        if len >= 5 {
            let initial = surname.chars().next().unwrap_or(' ');
            let mut hit = None;
            for l in len - 1..=len + 1 {
                for &(ref s, i) in self.by_shape.get(&(initial, l)).into_iter().flatten().take(100) {
                    if !similar_surnames(s, &surname) {
                        continue;
                    }
                    if hit.is_some_and(|h| h != i) {
                        return None;
                    }
                    hit = Some(i);
                }
            }
            if let Some(i) = hit {
                let other = self.key(&index.speakers[i].name);
                let other_first = other.split(' ').next().unwrap_or("");
                if key == surname || other_first.chars().next() == first.chars().next() {
                    return Some(i);
                }
            }
        }
        // a first name alone is the one person named in full with it ("Retno LP Marsudi" …
        // "Retno told reporters", as Indonesian news names people)
        // (only a name the first-name list does not hold: "a taxi driver who gave his name only
        // as Marat" is not the Marat Bekov named before)
        if !key.contains(' ') && !GAZETTEER.first_names.contains_key(key.as_str()) {
            let mut same_first = index.speakers.iter().enumerate().filter(|(_, sp)| {
                sp.kind == SpeakerKind::Person && sp.name.contains(' ') && self.key(sp.name.split(' ').next().unwrap_or("")) == key
            });
            if let (Some((i, _)), None) = (same_first.next(), same_first.next()) {
                return Some(i);
            }
        }
        None
    }

    /// An organisation key without a nationality ("defense ministry") joins the one local
    /// organisation whose key is it plus a nationality ("russian defense ministry"), and a
    /// national key joins an earlier plain one.
    fn org_suffix_match(&self, key: &str) -> Option<usize> {
        if let Some(found) = self.by_unqualified.get(key) {
            return *found;
        }
        let (first, rest) = key.split_once(' ')?;
        if is_nationality_key(first) {
            return self.by_key.get(rest).copied();
        }
        None
    }

    fn new_speaker(&mut self, index: &mut SpeakerIndex, f: &Found) -> usize {
        let i = index.speakers.len();
        // "Russia-led Collective Security Treaty Organization" is named without its leader
        let name = if f.kind == SpeakerKind::Organisation { without_leader(&f.text) } else { f.text.as_str() };
        let mut aliases = vec![name.to_owned()];
        if name != f.text {
            aliases.push(f.text.clone());
        }
        index.speakers.push(LocalSpeaker {
            name: name.to_owned(),
            kind: f.kind,
            aliases,
            titles: f.title.iter().cloned().collect(),
            country: f.country.clone(),
        });
        self.index_names(i, &f.text, f.kind);
        i
    }

    fn index_names(&mut self, i: usize, name: &str, kind: SpeakerKind) {
        let key = self.key(name);
        self.by_key.entry(key.clone()).or_insert(i);
        // Chinese and Korean names put the family name first: "Xi Jinping" is "Xi" later
        let family_first = name.split_whitespace().count() == 2
            && name.split_whitespace().next().is_some_and(|w| FAMILY_NAME_FIRST.iter().any(|f| w.eq_ignore_ascii_case(f)));
        if kind == SpeakerKind::Person && family_first {
            if let Some(s) = key.split(' ').next() {
                self.by_surname.entry(s.to_string()).or_insert(i);
            }
        }
        if kind == SpeakerKind::Person && key.contains(' ') {
            // (a double-barrelled surname, "Kwame Owusu-Achaw", also by its whole key)
            if let Some(last) = name.split_whitespace().next_back().filter(|w| w.contains('-') && name.trim() != *w) {
                let compound = self.key(last);
                if compound.contains(' ') {
                    self.by_surname.entry(compound).or_insert(i);
                }
            }
            if let Some(s) = key.split(' ').next_back() {
                if !self.by_surname.contains_key(s) {
                    self.by_surname.insert(s.to_string(), i);
                    let shape = (s.chars().next().unwrap_or(' '), s.chars().count());
                    self.by_shape.entry(shape).or_default().push((s.to_string(), i));
                }
            }
        }
        if kind == SpeakerKind::Organisation {
            // every shorter ending of two or more words: "press office" of "kazakh presidential press office"
            let words: Vec<&str> = key.split(' ').collect();
            if words.len() <= 8 {
                for start in 1..words.len().saturating_sub(1) {
                    let slot = self.by_unqualified.entry(words[start..].join(" ")).or_insert(Some(i));
                    if *slot != Some(i) {
                        *slot = None;
                    }
                }
            }
        }
    }

    fn add(&mut self, index: &mut SpeakerIndex, f: &Found, may_create: bool) {
        let existing = match f.kind {
            SpeakerKind::Person => self.lookup_person(index, &f.text),
            SpeakerKind::Organisation => {
                let key = self.key(&f.text);
                self.by_key.get(&key).copied().or_else(|| self.org_suffix_match(&key))
            }
        };
        let i = match existing {
            Some(i) if index.speakers[i].kind == f.kind => i,
            Some(_) => return,
            None if may_create => self.new_speaker(index, f),
            None => return,
        };
        let sp = &mut index.speakers[i];
        if !sp.aliases.contains(&f.text) {
            sp.aliases.push(f.text.clone());
        }
        if let Some(t) = &f.title {
            if !sp.titles.contains(t) {
                sp.titles.push(t.clone());
            }
        }
        if sp.country.is_none() {
            sp.country = f.country.clone();
        }
        // the fullest form is the local name
        if f.text.split_whitespace().count() > sp.name.split_whitespace().count() && f.kind == SpeakerKind::Person {
            sp.name = f.text.clone();
        }
        let name = f.text.clone();
        self.index_names(i, &name, f.kind);
        index.mentions.push(Mention { speaker: i, start: f.start, end: f.end, text: f.text.clone() });
        if f.end <= f.start {
            index.mentions.pop();
        }
    }
}

/// Whether a word is a Russian-style patronymic ("Vladimirovich", "Kemelevich", "Petrovna").
fn is_patronymic(word: &str) -> bool {
    let w = word.to_lowercase();
    w.chars().count() >= 7 && w.chars().all(char::is_alphabetic) && ["vich", "vna", "ichna"].iter().any(|e| w.ends_with(e))
}

/// Surnames of well-known people and their full names (`data/notable_people.tsv`).
static NOTABLE: once_cell::sync::Lazy<HashMap<String, &'static str>> = once_cell::sync::Lazy::new(|| {
    include_str!("../../data/notable_people.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .flat_map(|l| {
            let mut cols = l.split('\t');
            let full = cols.next().unwrap_or("").trim();
            cols.map(move |surname| (surname.trim().to_lowercase(), full))
        })
        .collect()
});

/// Countries of well-known people by full name (`data/notable_countries.tsv`).
static NOTABLE_COUNTRIES: once_cell::sync::Lazy<HashMap<&'static str, &'static str>> = once_cell::sync::Lazy::new(|| {
    include_str!("../../data/notable_countries.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t').map(|(name, country)| (name.trim(), country.trim())))
        .collect()
});

/// The country of a well-known person, by the full name the index gives them ("Vladimir
/// Putin" → "Russia"), for descriptions with a nationality ("the Russian leader").
pub(crate) fn notable_country(name: &str) -> Option<&'static str> {
    NOTABLE_COUNTRIES.get(name).copied()
}

/// The full name of a well-known person written by surname alone ("Putin" → "Vladimir Putin").
pub(crate) fn notable_full_name(surname: &str) -> Option<&'static str> {
    NOTABLE.get(&surname.to_lowercase()).copied()
}

/// Whether a word of a name's key is a nationality, as written ("kazakh") or as the key
/// spells it ("kazah").
pub(crate) fn is_nationality_key(word: &str) -> bool {
    GAZETTEER.nationality(word).is_some_and(|c| !c.is_empty()) || KEYED_NATIONALITIES.contains(word)
}

/// The nationality words of the gazetteer as [`alias_key`] spells them.
static KEYED_NATIONALITIES: once_cell::sync::Lazy<std::collections::HashSet<String>> = once_cell::sync::Lazy::new(|| {
    GAZETTEER
        .nationalities
        .iter()
        .filter(|(word, country)| !country.is_empty() && !word.contains(' '))
        .map(|(word, _)| alias_key(word))
        .filter(|key| !key.contains(' ') && !key.is_empty())
        .collect()
});

/// Whether two surname keys are one typo apart (Ryabkov/Ryabikov, Konashenkov/Konashenko),
/// but not a masculine/feminine pair (Nazarbayev/Nazarbayeva).
pub fn similar_surnames(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < 5 || lb < 5 || la.abs_diff(lb) > 1 || la > 40 || lb > 40 {
        return false;
    }
    if (a.ends_with('a') && a.trim_end_matches('a') == b) || (b.ends_with('a') && b.trim_end_matches('a') == a) {
        return false;
    }
    if a.chars().next() != b.chars().next() {
        return false;
    }
    edit_distance(a, b) <= 1
}

/// Levenshtein distance of two short strings.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The gender suggested by a person speaker's name, when a first name or surname ending tells.
///
/// A first name spelt differently from the list ("Aleksandr", "Analena") is looked up by its
/// transliteration key too.
pub fn gender_of(name: &str) -> Option<Gender> {
    if let Some(g) = GAZETTEER.gender(name) {
        return Some(g);
    }
    let first = name.split_whitespace().next()?;
    if name.split_whitespace().nth(1).is_none() {
        return None; // a surname alone: its ending was already consulted
    }
    FIRST_NAME_KEYS.get(&memo_alias_key(first)).copied().flatten()
}

/// First names by transliteration key; `None` where two names with one key disagree.
static FIRST_NAME_KEYS: once_cell::sync::Lazy<HashMap<String, Option<Gender>, gazetteer::WordHasher>> = once_cell::sync::Lazy::new(|| {
    let mut keys: HashMap<String, Option<Gender>, gazetteer::WordHasher> = HashMap::default();
    for (name, &g) in &GAZETTEER.first_names {
        let slot = keys.entry(alias_key(name)).or_insert(Some(g));
        if *slot != Some(g) {
            *slot = None;
        }
    }
    keys
});

fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ė' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ç' | 'ć' | 'č' => 'c',
        'ñ' | 'ń' => 'n',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ý' | 'ÿ' => 'y',
        'ğ' => 'g',
        'ř' => 'r',
        'ď' => 'd',
        'ť' => 't',
        _ => c,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Folds one lowercase word through the transliteration rules.
fn translit_word(word: &str) -> String {
    let mut w = word.to_string();
    for (from, to, anchored) in &GAZETTEER.translit {
        if *anchored {
            if w.ends_with(from.as_str()) && w.len() > from.len() + 2 {
                w.truncate(w.len() - from.len());
                w.push_str(to);
            }
        } else if w.contains(from.as_str()) {
            w = w.replace(from.as_str(), to);
        }
    }
    // drop an i between two vowels (Tokaiev → Tokaev), then collapse doubled letters
    let chars: Vec<char> = w.chars().collect();
    let mut out = String::with_capacity(w.len());
    let mut last: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        if c == 'i' && i > 0 && i + 1 < chars.len() && is_vowel(chars[i - 1]) && is_vowel(chars[i + 1]) {
            continue;
        }
        if Some(c) == last {
            continue;
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// Distinct names whose keys one thread remembers; the memo is emptied when it fills up,
/// which bounds its memory whatever the corpus size.
const KEY_MEMO_LIMIT: usize = 1 << 16;

thread_local! {
    static KEY_MEMO: std::cell::RefCell<HashMap<String, String, TextHasher>> = std::cell::RefCell::new(HashMap::default());
}

/// [`alias_key`] of `name`, remembered per thread: news text names the same people and
/// organisations in article after article, and quote attribution asks for the key of every
/// alias of every speaker.
pub(crate) fn memo_alias_key(name: &str) -> String {
    KEY_MEMO.with(|memo| {
        if let Some(key) = memo.borrow().get(name) {
            return key.clone();
        }
        let key = alias_key(name);
        let mut memo = memo.borrow_mut();
        if memo.len() >= KEY_MEMO_LIMIT {
            memo.clear();
        }
        memo.insert(name.to_owned(), key.clone());
        key
    })
}

/// The normalised match key of a name: lowercase, accents and punctuation removed,
/// spelling and transliteration variants folded.
///
/// Organisation names are also put in one word order ("Ministry of Defence" →
/// "defense ministry"), a possessive country becomes its adjective ("Russia’s" →
/// "russian"), a leading "the" and a trailing "party" are dropped, and "press service"
/// becomes "press office".
///
/// # Examples
/// ```
/// use kzcorpus::speakers::alias_key;
/// assert_eq!(alias_key("Andrey Serdiukov"), alias_key("Andrei Serdyukov"));
/// assert_eq!(alias_key("Kasim-Jomart Tokaev"), alias_key("Kassym-Jomart Tokayev"));
/// assert_eq!(alias_key("Russia's Ministry of Defence"), alias_key("Russian Defense Ministry"));
/// ```
pub fn alias_key(name: &str) -> String {
    let lower: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_char)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<String> = Vec::new();
    for w in lower.split_whitespace() {
        if w == "s" && !words.is_empty() {
            // possessive: "russia s" → "russian"
            if let Some(last) = words.last_mut() {
                if let Some(adj) = GAZETTEER.country_adjective_of(last) {
                    *last = adj;
                }
            }
            continue;
        }
        words.push(w.to_string());
    }
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    // "Russia-led Collective Security Treaty Organization": the leader is not part of the name
    if words.len() > 3 && words[1] == "led" {
        words.drain(..2);
    }
    // "National Security Committee of Kazakhstan" is the Kazakh National Security Committee
    let n = words.len();
    if n >= 4 && words[n - 2] == "of" {
        if let Some(adjective) = GAZETTEER.country_adjective_of(&words[n - 1]) {
            words.truncate(n - 2);
            words.insert(0, adjective);
        }
    }
    for w in words.iter_mut() {
        match w.as_str() {
            "defence" => *w = "defense".into(),
            "organisation" => *w = "organization".into(),
            _ => {}
        }
    }
    if let Some(i) = words.iter().position(|w| w == "ministry") {
        if words.get(i + 1).is_some_and(|w| w == "of") && i + 2 < words.len() {
            let tail: Vec<String> = words.drain(i + 1..).skip(1).collect();
            let ministry = words.remove(i);
            words.extend(tail);
            words.push(ministry);
        }
    }
    if let Some(i) = words.iter().position(|w| w == "affairs") {
        if words.get(i + 1).is_some_and(|w| w == "ministry") {
            words.remove(i);
        }
    }
    // "ministry of internal affairs" is the interior ministry
    if let Some(i) = words.iter().position(|w| w == "ministry") {
        if i > 0 && words[i - 1] == "internal" {
            words[i - 1] = "interior".into();
        }
    }
    for i in 1..words.len() {
        if words[i] == "service" && words[i - 1] == "press" {
            words[i] = "office".into();
        }
    }
    if words.len() > 1 && words.last().is_some_and(|w| w == "party") {
        words.pop();
    }
    words.iter().map(|w| translit_word(w)).collect::<Vec<_>>().join(" ")
}

impl gazetteer::Gazetteer {
    /// The adjective of a lowercase country name ("russia" → "russian").
    fn country_adjective_of(&self, word: &str) -> Option<String> {
        let country = self.nationalities.get(word)?;
        if country.is_empty() {
            return None;
        }
        self.country_adjective.get(&country.to_lowercase()).cloned().filter(|a| a != word).or_else(|| {
            // prefer an adjective that differs from the country form
            self.nationalities
                .iter()
                .filter(|(k, v)| *v == country && k.as_str() != word && k.ends_with('n'))
                .map(|(k, _)| k.clone())
                .min()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(body: &str) -> Article {
        Article { body: body.into(), ..Default::default() }
    }

    #[test]
    fn mention_texts_are_their_character_spans() {
        let mention = |start, end| Mention { speaker: 0, start, end, text: "?".into() };
        let mut mentions = vec![mention(0, 2), mention(3, 5), mention(3, 9), mention(6, 5), mention(7, 20), mention(8, 8)];
        fill_mention_texts("Mr “Åsa” Ek", &mut mentions);
        let texts: Vec<&str> = mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, vec!["Mr", "“Å", "“Åsa” ", "?", "?", ""]);
    }

    #[test]
    fn a_well_known_surname_alone_is_that_person() {
        let idx = find_speakers(&article("GUEST: Putin was very clear on Monday. Later Putin spoke again."));
        assert_eq!(idx.speakers.len(), 1);
        assert_eq!(idx.speakers[0].name, "Vladimir Putin");
        assert!(idx.speakers[0].aliases.contains(&"Putin".to_owned()));
        let texts: Vec<&str> = idx.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, vec!["Putin", "Putin"]);
        // a possessive alone names no one
        let idx = find_speakers(&article("Lavrov answered with Putin's words."));
        assert_eq!(idx.speakers.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), vec!["Sergey Lavrov"]);
        // an unknown surname alone is still no speaker
        assert!(find_speakers(&article("Kowalczyk was very clear on Monday.")).speakers.is_empty());
    }

    #[test]
    fn initials_without_full_stops_an_age_and_a_first_name_alone() {
        let idx = find_speakers(&article(
            "Minister Ardi TS Wirawan said the flights would resume. Ardi told reporters the plane was ready. \
             Bagas Pranoto, a 24-year-old student, said the dormitory was calm.",
        ));
        let names: Vec<&str> = idx.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Ardi TS Wirawan", "Bagas Pranoto"]);
        // (two people of that first name: the first name alone is neither)
        let idx = find_speakers(&article("Marat Bekov said the port was open. Marat Ospanov said it was shut. \"It is calm,\" said Marat."));
        assert!(idx.speakers.iter().all(|s| !s.aliases.iter().any(|a| a == "Marat")), "{:?}", idx.speakers);
        assert!(idx.speakers.iter().any(|s| s.name == "Marat Bekov") && idx.speakers.iter().any(|s| s.name == "Marat Ospanov"));
    }

    #[test]
    fn arabic_articles_and_bin_join_a_name_and_a_role_set_off_before_it() {
        let idx = find_speakers(&article(
            "Minister Faisal bin Hamad al-Thani told reporters the port was open. \"We are ready,\" al-Thani said. \
             Omar al-Harbi, a Qatari engineering student in Riga, told the paper the city was calm. \
             In Lagos, an energy economist, Ngozi Adeyemi, said the price would hold.",
        ));
        let names: Vec<&str> = idx.speakers.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&"Faisal bin Hamad al-Thani"), "{names:?}");
        assert!(!names.contains(&"al-Thani"), "{names:?}");
        assert!(names.contains(&"Omar al-Harbi") && names.contains(&"Ngozi Adeyemi"), "{names:?}");
        // an airline is an organisation, its country no part of a person
        let idx = find_speakers(&article("Qatar Airways said it had suspended its flights to Riga."));
        assert_eq!(idx.speakers.iter().map(|s| (s.name.as_str(), s.kind)).collect::<Vec<_>>(), [("Qatar Airways", SpeakerKind::Organisation)]);
    }

    #[test]
    fn remembered_alias_keys_are_the_computed_ones() {
        for name in ["Andrey Serdiukov", "Russia's Ministry of Defence", "Andrey Serdiukov"] {
            assert_eq!(memo_alias_key(name), alias_key(name));
        }
        assert_eq!(memo_alias_key("Kasim-Jomart Tokaev"), memo_alias_key("Kassym-Jomart Tokayev"));
    }

    #[test]
    fn gender_of_a_transliterated_first_name_follows_the_listed_spelling() {
        assert_eq!(gender_of("Annalena Muller"), Some(Gender::Female));
        assert_eq!(gender_of("Analena Muller"), Some(Gender::Female));
        assert_eq!(gender_of("Xqzt"), None);
    }

    #[test]
    fn a_country_may_own_a_lowercase_organisation_and_nothing_else() {
        let idx = find_speakers(&article("Latvia's health ministry said 40 were hurt. The airport's press service declined to comment."));
        let orgs: Vec<&str> = idx.speakers.iter().filter(|s| s.kind == SpeakerKind::Organisation).map(|s| s.name.as_str()).collect();
        assert_eq!(orgs, vec!["Latvia's health ministry"]);
        assert_eq!(idx.mentions[0].start, 0);
    }

    #[test]
    fn lowercase_ministry_of_forms_are_organisations_joined_with_their_short_form() {
        let body = "Police held 40 people, the Kazakh ministry of internal affairs said. Later the interior ministry said more.";
        let article = Article { body: body.into(), ..Default::default() };
        let index = find_speakers(&article);
        let orgs: Vec<&LocalSpeaker> = index.speakers.iter().filter(|s| s.kind == SpeakerKind::Organisation).collect();
        assert_eq!(orgs.len(), 1, "{orgs:?}");
        assert_eq!(orgs[0].name, "Kazakh ministry of internal affairs");
        assert_eq!(index.mentions.len(), 2);
    }

    #[test]
    fn alias_key_folds_transliteration_variants() {
        for (a, b) in [
            ("Andrei", "Andrey"),
            ("Sergei", "Sergey"),
            ("Serdyukov", "Serdiukov"),
            ("Kassym", "Kasim"),
            ("Tokayev", "Tokaev"),
            ("Lukashenko", "Lukashenka"),
            ("Zelensky", "Zelenskyy"),
            ("Annalena", "Analena"),
            ("Mikhail", "Mihail"),
        ] {
            assert_eq!(alias_key(a), alias_key(b), "{a} / {b}");
        }
        assert_ne!(alias_key("Ivanov"), alias_key("Ivanova"));
    }

    #[test]
    fn alias_key_normalises_organisation_forms() {
        assert_eq!(alias_key("Ministry of Defence"), alias_key("defense ministry"));
        assert_eq!(alias_key("Estonia’s Defense Ministry"), alias_key("Estonian Defence Ministry"));
        assert_eq!(alias_key("presidential press service"), alias_key("Presidential Press Office"));
        assert_eq!(alias_key("Ministry of Internal Affairs"), alias_key("interior ministry"));
        assert_eq!(alias_key("the Green Future Party"), alias_key("Green Future"));
        assert_eq!(alias_key("Russia-led Collective Security Treaty Organization"), alias_key("Collective Security Treaty Organization"));
        assert_eq!(without_leader("Russia-led Collective Security Treaty Organization"), "Collective Security Treaty Organization");
        assert_eq!(without_leader("Moscow-backed Council"), "Moscow-backed Council");
        assert_eq!(without_leader("Collective Security Treaty Organization"), "Collective Security Treaty Organization");
        assert_eq!(alias_key("National Security Committee of Kazakhstan"), alias_key("Kazakh National Security Committee"));
        assert_eq!(alias_key("Ministry of Internal Affairs of Kazakhstan"), alias_key("Kazakh Interior Ministry"));
        // a person's name is left alone
        assert!(alias_key("Anna Led Smith").ends_with(" led smith"), "{}", alias_key("Anna Led Smith"));
    }

    #[test]
    fn titles_with_of_and_titles_fronted_before_commas() {
        let idx = find_speakers(&article("At the meeting today the Head of state Kassym-Zhomart Tokaev made a speech."));
        assert_eq!(idx.speakers[0].titles, vec!["Head of state".to_string()]);
        let idx = find_speakers(&article(
            "Russia's permanent representative to the OSCE, Alexander Lukashevich, warned that Moscow expected a response.",
        ));
        let lukashevich = idx.speakers.iter().find(|s| s.name == "Alexander Lukashevich").expect("found");
        assert_eq!(lukashevich.titles, vec!["Russia's permanent representative to the OSCE".to_string()]);
        // a fronted clause without a title is not one
        let idx = find_speakers(&article("Earlier on Monday, Alexander Lukashevich warned Moscow."));
        assert!(idx.speakers.iter().all(|s| s.titles.is_empty()), "{:?}", idx.speakers);
    }

    #[test]
    fn surname_mention_joins_full_name() {
        let idx = find_speakers(&article("Finance Minister Olena Marchenko spoke first. Later Marchenko said more."));
        assert_eq!(idx.speakers.len(), 1);
        assert_eq!(idx.speakers[0].name, "Olena Marchenko");
        assert_eq!(idx.speakers[0].titles, vec!["Finance Minister".to_string()]);
        assert_eq!(idx.mentions.len(), 2);
        assert_eq!(idx.mentions[1].text, "Marchenko");
    }

    #[test]
    fn a_double_barrelled_surname_alone_joins_the_full_name() {
        let idx = find_speakers(&article("Deputy Minister Nomvula Khumalo-Dube spoke first. Later Khumalo-Dube said more."));
        let names: Vec<&str> = idx.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Nomvula Khumalo-Dube"]);
        assert_eq!(idx.mentions.len(), 2);
        // (a part of it alone is not enough: "Dube" may be another person)
        let idx = find_speakers(&article("Deputy Minister Nomvula Khumalo-Dube spoke first. Later Sipho Dube said more."));
        assert_eq!(idx.speakers.len(), 2);
    }

    #[test]
    fn family_name_first_joins_full_name() {
        let a = article("Chinese President Xi Jinping sent a message. Spokesperson Wang Wenbin spoke. Xi said it was a friend. Wang said so too.");
        let idx = find_speakers(&a);
        let names: Vec<&str> = idx.speakers.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&"Xi Jinping") && !names.contains(&"Xi"), "{names:?}");
        assert!(!names.contains(&"Wang"), "{names:?}");
        let mentioned: Vec<(&str, &str)> =
            idx.mentions.iter().map(|m| (m.text.as_str(), idx.speakers[m.speaker].name.as_str())).collect();
        assert!(mentioned.contains(&("Xi", "Xi Jinping")) && mentioned.contains(&("Wang", "Wang Wenbin")), "{mentioned:?}");
    }

    #[test]
    fn a_surname_with_its_particle_joins_the_full_name() {
        let idx = find_speakers(&article("Foreign Minister Jean-Luc Le Brun spoke in Lyon. Later Le Brun told reporters it was calm."));
        let names: Vec<&str> = idx.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, vec!["Jean-Luc Le Brun"]);
        let idx = find_speakers(&article("Belgian MEP Joris van den Berg (Greens) said it was calm. Later van den Berg told reporters more."));
        let names: Vec<&str> = idx.speakers.iter().filter(|s| s.kind == SpeakerKind::Person).map(|s| s.name.as_str()).collect();
        assert_eq!(names, vec!["Joris van den Berg"]);
    }

    #[test]
    fn a_plain_ministry_placed_in_a_capital_is_that_countrys() {
        let body = "Armenia sent troops, the Russian Foreign Ministry said. In Tbilisi, the Foreign Ministry said \
                    Georgia was watching. The Foreign Ministry in Baku backed the measures. Kuwait has expressed \
                    concern, the Foreign Ministry said. The Foreign Ministry in Geneva was closed. In Moscow, police \
                    said the Interior Ministry of the region was calm. Russia has no right to decide, the Foreign \
                    Ministry said.";
        let idx = find_speakers(&article(body));
        let names: Vec<(&str, Option<&str>)> = idx.speakers.iter().map(|s| (s.name.as_str(), s.country.as_deref())).collect();
        assert_eq!(
            names,
            vec![
                ("Russian Foreign Ministry", None),
                ("Georgian Foreign Ministry", Some("Georgia")),
                ("Azerbaijani Foreign Ministry", Some("Azerbaijan")),
                ("Kuwaiti Foreign Ministry", Some("Kuwait")),
                // (Geneva is no capital; "In Moscow, police said …" places no ministry)
                ("Foreign Ministry", None),
                ("Interior Ministry", None),
            ]
        );
        // the mentions keep the words as written
        let texts: Vec<&str> = idx.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, vec!["Russian Foreign Ministry", "Foreign Ministry", "Foreign Ministry", "Foreign Ministry", "Foreign Ministry", "Interior Ministry", "Foreign Ministry"]);
    }

    #[test]
    fn kazakh_latin_q_folds_onto_k() {
        assert_eq!(alias_key("Qasym-Jomart Toqaev"), alias_key("Kassym-Jomart Tokayev"));
        assert_ne!(alias_key("Qatar"), alias_key("Tatar"));
    }

    #[test]
    fn misspelt_surname_joins_full_name() {
        let idx = find_speakers(&article("General Viktor Bondarenkov arrived. Bondarenko added that all was calm."));
        assert_eq!(idx.speakers.len(), 1);
        assert!(idx.speakers[0].aliases.contains(&"Bondarenko".to_string()));
    }

    #[test]
    fn feminine_surname_does_not_join_masculine() {
        assert!(!similar_surnames("petrov", "petrova"));
        assert!(similar_surnames("riabkov", "riabikov"));
    }

    #[test]
    fn unqualified_ministry_joins_national_one() {
        let idx = find_speakers(&article("Latvia’s Defence Ministry said troops moved. According to the Ministry of Defence, drills end soon."));
        let orgs: Vec<_> = idx.speakers.iter().filter(|s| s.kind == SpeakerKind::Organisation).collect();
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].aliases.len(), 2);
    }

    #[test]
    fn headline_speaker_is_added_without_mention() {
        let a = Article { headline: Some("Kuznetsov Says Talks Will Go On".into()), body: "He spoke in Oslo.".into(), ..Default::default() };
        let idx = find_speakers(&a);
        assert_eq!(idx.speakers[0].name, "Kuznetsov");
        assert!(idx.mentions.is_empty());
    }

    #[test]
    fn a_first_name_and_patronymic_is_the_person_of_that_first_name() {
        let idx = find_speakers(&article("Prime Minister Ivar Tamberg opened the session. Ivar Andreyevich said the decision was quick."));
        assert_eq!(idx.speakers.len(), 1, "{:?}", idx.speakers);
        assert_eq!(idx.speakers[0].name, "Ivar Tamberg");
        assert_eq!(idx.mentions.len(), 2);
        // two people of that first name: the address names neither
        let idx = find_speakers(&article("Minister Ivar Tamberg met General Ivar Kolk. Ivar Andreyevich said the decision was quick."));
        assert_eq!(idx.speakers.len(), 3);
        assert!(is_patronymic("Vladimirovich") && is_patronymic("Petrovna") && !is_patronymic("Ivanov") && !is_patronymic("Vich"));
        // (a known surname of that shape names its own person)
        let idx = find_speakers(&article("Alexander Lukashenko met the military. State Secretary Alexander Volfovich said the troops were back."));
        let names: Vec<&str> = idx.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Alexander Lukashenko", "Alexander Volfovich"]);
    }

    #[test]
    fn an_acronym_in_brackets_names_its_organisation_later() {
        let body = "The chairman of Latvia's State Security Service (VDD), Janis Ozols, was detained, the service said. \
                    The VDD said it opened a case. The VDD press service said he was detained.";
        let idx = find_speakers(&article(body));
        assert_eq!(idx.speakers.len(), 1, "{:?}", idx.speakers);
        let service = idx.speakers.iter().position(|s| s.name == "Latvia's State Security Service").expect("the service is a speaker");
        let texts: Vec<&str> = idx.mentions.iter().filter(|m| m.speaker == service).map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["Latvia's State Security Service", "VDD", "VDD press service"]);
        assert!(idx.mentions.iter().all(|m| m.speaker < idx.speakers.len()));
        // a headline naming a person found after the acronym's organisation
        let a = Article {
            headline: Some("Ozols Says He Is Innocent".into()),
            body: "Latvia's State Security Service (VDD) detained him. The VDD said so. Former minister Janis Ozols said he was innocent.".into(),
            ..Default::default()
        };
        let idx = find_speakers(&a);
        assert_eq!(idx.speakers.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Latvia's State Security Service", "Janis Ozols"]);
        assert!(idx.mentions.iter().all(|m| m.speaker < idx.speakers.len()));
        // an acronym never given in brackets stays a speaker of its own
        let idx = find_speakers(&article("The VDD said it opened a case against Janis Ozols."));
        assert!(idx.speakers.iter().any(|s| s.name == "VDD"));
    }

    #[test]
    fn two_people_sharing_a_first_name_stay_apart() {
        let idx = find_speakers(&article("Deputy Minister Ivan Sokolov met General Ivan Orlov. Sokolov spoke."));
        assert_eq!(idx.speakers.len(), 2);
        assert_eq!(idx.mentions.iter().filter(|m| m.speaker == 0).count(), 2);
    }
}
