//! Quotations printed in an article's headline: `"The city went silent overnight": residents
//! count the cost`, `Kuleba: "Kazakhstan shows what Russian help looks like"`.
//!
//! A headline has no sentence around its quote to attribute it, so the speaker comes from the
//! article: the body quote that repeats the words, else a speaker the headline names that
//! speaks or labels the quote's part ("Kuleba warns", "Rau in Vienna:", "…", says Rau), else
//! the body's main voice (at confidence 0.3, and not one speaking for an office the headline
//! does not name), else nobody. Offsets index the headline ([`Zone::Headline`]). Pure
//! functions; no SQL here.

use crate::model::{Quote, SpeakerIndex, SpeakerKind, Zone};
use crate::speakers::memo_alias_key;

/// Opening marks and the closing marks each accepts.
const PAIRS: [(char, &[char]); 5] =
    [('"', &['"']), ('“', &['”', '"']), ('„', &['“', '”']), ('«', &['»']), ('”', &['”'])];

/// Words of saying that, right after a name, show the headline crediting the quote to it.
/// (Not "rejects", "denies" or "slams": their quotes are someone else's words.)
const HEADLINE_CUES: [&str; 15] =
    ["says", "said", "warns", "urges", "tells", "calls", "promises", "vows", "insists", "claims", "admits", "orders", "stresses", "notes", "declares"];

/// The quotations of `headline`, attributed with the help of the article's `body`, its
/// `speakers` and the quotes already found in the body (`body_quotes`, whose speakers index
/// `speakers`).
///
/// A span of one word ("terrorist") is a label, not a quotation, and so is a capitalised term
/// in a sentence-case headline ("count the cost of “Bloody January”"). A span the body prints
/// in quotation marks without crediting anyone (a scare quote there) is left out here too.
///
/// # Examples
/// ```
/// use kzcorpus::{quotes::headline::headline_quotes, speakers::find_speakers, Article};
/// let headline = "Kuleba warns that Russian troops \u{201c}do not leave easily\u{201d}";
/// let body = "Foreign Minister Dmytro Kuleba spoke on Friday.";
/// let article = Article { headline: Some(headline.into()), body: body.into(), ..Default::default() };
/// let index = find_speakers(&article);
/// let quotes = headline_quotes(headline, body, &[], &index);
/// assert_eq!(quotes[0].text, "do not leave easily");
/// assert_eq!(index.speakers[quotes[0].speaker.unwrap()].name, "Dmytro Kuleba");
/// ```
pub fn headline_quotes(headline: &str, body: &str, body_quotes: &[Quote], speakers: &SpeakerIndex) -> Vec<Quote> {
    let chars: Vec<char> = headline.chars().collect();
    let spans = quoted_spans(&chars);
    if spans.is_empty() {
        return Vec::new();
    }
    let sentence_case = is_sentence_case(&chars, &spans);
    let names = named_speakers(&chars, speakers);
    let mut out = Vec::new();
    for (start, end) in spans {
        let text: String = chars[start..end].iter().collect();
        let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
        // (nor a count and what it counts, a label, when nobody is named or said to say it:
        // Kazakhstan's "20,000 terrorists"; but Tokayev: "20,000 bandits" attacked Almaty,
        // Ministry says "164 people" killed)
        let said = headline.split_whitespace().any(|w| matches!(w.trim_matches(|c: char| !c.is_alphabetic()), "says" | "said" | "tells" | "told" | "claims" | "warns"));
        let counted = words.len() <= 3
            && words.first().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            && nearest_name(&names, &chars, start, end).is_none()
            && !said;
        if words.len() < 2 || counted || (sentence_case && is_title_case(&words)) || is_named_title(&chars[..start]) {
            continue;
        }
        let quote = match repeated_in_body(&text, body, body_quotes) {
            Some(Repeat::Credited(q)) => Quote {
                speaker: q.speaker,
                speaker_text: None,
                cue: None,
                confidence: q.confidence * 0.9,
                ..headline_quote(text, start, end)
            },
            Some(Repeat::Uncredited) => continue,
            None => match nearest_name(&names, &chars, start, end) {
                Some(n) => Quote {
                    speaker: Some(n.speaker),
                    speaker_text: Some(n.text.clone()),
                    cue: n.cue.clone(),
                    confidence: 0.7,
                    ..headline_quote(text, start, end)
                },
                None => match main_voice(body_quotes, speakers, &names, headline) {
                    Some(speaker) => Quote { speaker: Some(speaker), confidence: 0.3, ..headline_quote(text, start, end) },
                    None => headline_quote(text, start, end),
                },
            },
        };
        out.push(quote);
    }
    out
}

/// Title words of people who speak for an office: a headline's unattributed words are not
/// theirs just because the body quotes them most.
const OFFICIAL_TITLES: [&str; 22] = [
    "spokesman", "spokeswoman", "spokesperson", "minister", "president", "secretary", "ambassador", "governor", "mayor",
    "akim", "chairman", "chair", "deputy", "head", "chief", "general", "commander", "official", "senator", "envoy",
    "director", "prosecutor",
];

/// The person the body quotes most (the first of them on a tie): a headline quoting words the
/// body does not repeat, and naming nobody, is most often the story's main voice ("\"Why did
/// they send my boy?\" Families wait …"). One who speaks for an office only when the headline
/// names them or their office ("Georgian Foreign Minister: …"): residents' words in a
/// headline are not the spokesman's the body quotes.
fn main_voice(body_quotes: &[Quote], speakers: &SpeakerIndex, names: &[Named], headline: &str) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for s in body_quotes.iter().filter_map(|q| q.speaker) {
        match counts.iter_mut().find(|(sp, _)| *sp == s) {
            Some((_, n)) => *n += 1,
            None => counts.push((s, 1)),
        }
    }
    let most = counts.iter().map(|&(_, n)| n).max()?;
    let voice = counts.iter().find(|&&(_, n)| n == most).map(|&(s, _)| s)?;
    let sp = speakers.speakers.get(voice)?;
    let official = sp.titles.iter().any(|t| t.split_whitespace().any(|w| OFFICIAL_TITLES.contains(&w.to_lowercase().as_str())));
    let headline_words = folded_words(headline);
    let named = names.iter().any(|n| n.speaker == voice)
        || sp.titles.iter().filter_map(|t| t.split_whitespace().last()).any(|w| headline_words.contains(&w.to_lowercase()));
    (sp.kind == SpeakerKind::Person && (!official || named)).then_some(voice)
}

/// An unattributed quote of the headline at `start..end`.
fn headline_quote(text: String, start: usize, end: usize) -> Quote {
    Quote {
        text,
        speaker: None,
        speaker_text: None,
        cue: None,
        start,
        end,
        malformed: false,
        confidence: 0.0,
        zone: Zone::Headline,
    }
}

/// The character ranges between matching quotation marks, marks excluded.
fn quoted_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let Some((_, closers)) = PAIRS.iter().find(|(open, _)| *open == chars[i]) else {
            i += 1;
            continue;
        };
        // a straight mark inside a word ("12\"") opens nothing
        let opens = i == 0 || !chars[i - 1].is_alphanumeric();
        let close = chars[i + 1..].iter().position(|c| closers.contains(c)).map(|p| i + 1 + p);
        match close {
            Some(c) if opens && c > i + 1 => {
                spans.push((i + 1, c));
                i = c + 1;
            }
            _ => i += 1,
        }
    }
    spans
}

/// Whether the headline outside its quotes is written in sentence case: most of its longer
/// words after the first are lowercase ("families wait for news" rather than "Families Wait For News").
fn is_sentence_case(chars: &[char], spans: &[(usize, usize)]) -> bool {
    let outside: String =
        chars.iter().enumerate().map(|(i, &c)| if spans.iter().any(|&(s, e)| i >= s && i < e) { ' ' } else { c }).collect();
    // (not counting a word opening a part after a colon, nor a place's or people's name, which
    // sentence case capitalises too: "Kazakhstan after “…”: Consequences for Germany and the EU")
    let words: Vec<&str> = outside.split_whitespace().collect();
    let long: Vec<&str> = words
        .iter()
        .enumerate()
        .skip(1)
        .filter(|&(i, w)| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !words[i - 1].ends_with(':') && !crate::metadata::is_place_word(w)
        })
        .map(|(_, w)| *w)
        .collect();
    let capitalised = long.iter().filter(|w| starts_upper(w)).count();
    !long.is_empty() && capitalised * 2 < long.len()
}

/// Words that, just before the opening mark, make the quoted words a name or a title: "the
/// fund «For the people of Kazakhstan»", "Episode 212: “Who invited the peacekeepers?”".
const NAMING_WORDS: [&str; 28] = [
    "fund", "foundation", "party", "movement", "programme", "program", "operation", "campaign", "project", "initiative",
    "newspaper", "magazine", "book", "film", "documentary", "song", "slogan", "hashtag", "episode", "segment", "called",
    "dubbed", "titled", "entitled", "sing", "sang", "singing", "anthem",
];

/// Whether the two words before an opening mark (`before` ends with it) name a title.
fn is_named_title(before: &[char]) -> bool {
    let text: String = before.iter().collect::<String>().to_lowercase();
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    words.iter().rev().take(2).any(|w| NAMING_WORDS.contains(w))
}

/// Whether quoted words are a name or a title in capitals: a term of up to three words
/// ("Bloody January") or words all capitalised but the small ones, three of them or two after a
/// capitalised article ("The Power of the Dog"; not "Russia and the CSTO").
fn is_title_case(words: &[&str]) -> bool {
    const SMALL: [&str; 12] = ["a", "an", "the", "of", "and", "or", "for", "in", "on", "to", "at", "by"];
    let major: Vec<&&str> = words.iter().filter(|w| !SMALL.contains(&w.to_lowercase().as_str())).collect();
    let article_first = words.first().is_some_and(|w| matches!(*w, "The" | "A" | "An"));
    let capitalised = major.iter().all(|w| starts_upper(w));
    (words.len() <= 3 && words.iter().all(|w| starts_upper(w))) || (capitalised && (major.len() >= 3 || (major.len() >= 2 && article_first)))
}

fn starts_upper(word: &str) -> bool {
    word.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// How the body prints a headline quote's words.
enum Repeat<'q> {
    /// Inside a quote the body credits to someone (or to nobody, when it credits none).
    Credited(&'q Quote),
    /// Only in quotation marks the body does not treat as a quotation (a scare quote).
    Uncredited,
}

/// The body quote that repeats the headline's words: the same words in the same order, or
/// three quarters of a longer quote's words (a translation or a trimmed quote).
fn repeated_in_body<'q>(text: &str, body: &str, body_quotes: &'q [Quote]) -> Option<Repeat<'q>> {
    let words = folded_words(text);
    if words.is_empty() {
        return None;
    }
    let joined = words.join(" ");
    let mut best: Option<&Quote> = None;
    for q in body_quotes {
        let theirs = folded_words(&q.text);
        let same = format!(" {} ", theirs.join(" ")).contains(&format!(" {joined} "))
            || (theirs.len() >= 2 && format!(" {joined} ").contains(&format!(" {} ", theirs.join(" "))));
        let shared = words.iter().filter(|w| theirs.contains(w)).count();
        // (or all its words in order: "Order has been restored" of "Order has now been restored
        // in all regions"; not a few common words: "we are not" of another quote)
        let mut rest = theirs.iter();
        let in_order = words.len() >= 3 && words.iter().all(|w| rest.any(|t| t == w));
        let overlapping = in_order || (words.len() >= 5 && shared * 4 >= words.len() * 3);
        if same || overlapping {
            // the credited one of several repeats
            if best.is_none_or(|b| b.speaker.is_none() && q.speaker.is_some()) {
                best = Some(q);
            }
        }
    }
    if let Some(q) = best {
        return Some(Repeat::Credited(q));
    }
    let body = body.to_lowercase();
    let wanted = text.trim().to_lowercase();
    let marked = body.match_indices(wanted.as_str()).any(|(at, _)| body[..at].chars().next_back().is_some_and(is_quote_mark));
    marked.then_some(Repeat::Uncredited)
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn folded_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// A speaker the headline names, where, and how the headline uses the name.
struct Named {
    speaker: usize,
    start: usize,
    end: usize,
    text: String,
    /// The word of saying right after the name ("Kuleba warns"), if any.
    cue: Option<String>,
    /// A word of saying right before the name ("…", says Rau).
    cue_before: bool,
    /// The name opens the headline or a part of it, and a colon ends its part ("Rau in
    /// Vienna: …").
    labels_part: bool,
}

/// The article's speakers named in the headline: a run of one to four words whose key is one
/// of a speaker's spellings, or (for a person) the surname alone ("Kuleba:", "Tokayev promises").
fn named_speakers(chars: &[char], speakers: &SpeakerIndex) -> Vec<Named> {
    let mut keys: Vec<(String, usize)> = Vec::new();
    for (i, s) in speakers.speakers.iter().enumerate() {
        for alias in &s.aliases {
            keys.push((memo_alias_key(alias), i));
            if s.kind == SpeakerKind::Person {
                if let Some(last) = alias.split_whitespace().last().filter(|w| w.chars().count() >= 3) {
                    keys.push((memo_alias_key(last), i));
                }
            }
        }
    }
    keys.retain(|(k, _)| !k.is_empty());
    // words with their character ranges
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            let s = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || matches!(chars[i], '-' | '\'' | '’') && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())) {
                i += 1;
            }
            words.push((s, i));
        } else {
            i += 1;
        }
    }
    let mut found: Vec<Named> = Vec::new();
    let mut w = 0;
    while w < words.len() {
        let mut matched = None;
        for len in (1..=4).rev() {
            let Some(&(_, last_end)) = words.get(w + len - 1) else { continue };
            let start = words[w].0;
            if !chars[start].is_uppercase() {
                continue;
            }
            let run: String = chars[start..last_end].iter().collect();
            let key = memo_alias_key(&run);
            if let Some(&(_, speaker)) = keys.iter().find(|(k, _)| *k == key) {
                matched = Some((speaker, start, last_end, run, len));
                break;
            }
        }
        match matched {
            Some((speaker, start, end, text, len)) => {
                let is_cue = |&(s, e): &(usize, usize)| {
                    let word: String = chars[s..e].iter().collect::<String>().to_lowercase();
                    HEADLINE_CUES.contains(&word.as_str())
                };
                let cue = words.get(w + len).filter(|&r| is_cue(r)).map(|&(s, e)| chars[s..e].iter().collect::<String>());
                let cue_before = w > 0 && is_cue(&words[w - 1]);
                // (or the name's possessive before any words: "Lavrov's warning to the West: …")
                let possessive = text.ends_with("'s") || text.ends_with("’s");
                let labels_part = opens_part(chars, start) && colon_closes_part(chars, end, possessive);
                found.push(Named { speaker, start, end, text, cue, cue_before, labels_part });
                w += len;
            }
            None => w += 1,
        }
    }
    found
}

/// Whether `at` opens the headline or a part of it (after a colon, a bar, a dash or a semicolon).
fn opens_part(chars: &[char], at: usize) -> bool {
    let before: String = chars[..at].iter().rev().take_while(|c| !matches!(c, ':' | '|' | '—' | '–' | ';')).collect();
    before.trim().is_empty()
}

/// Whether a colon follows `at` directly or after a phrase of place or occasion ("Huitfeldt
/// on the Geneva talks: …", "Rau in Vienna: …"); not after a noun the name qualifies ("CSTO
/// summit: …", "Nazarbayev aide: …") or a verb ("Massimov detained: …").
fn colon_closes_part(chars: &[char], at: usize, any_words: bool) -> bool {
    let rest = &chars[at..];
    let Some(colon) = rest.iter().position(|&c| c == ':') else { return false };
    let between: String = rest[..colon].iter().collect();
    let words: Vec<&str> = between.split_whitespace().collect();
    // (a phrase of place or occasion, or the name's own verb in the present: "Lavrov slams NATO:")
    let phrase = any_words || words.first().is_none_or(|w| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "in" | "on" | "at" | "after" | "before" | "to" | "about" | "from" | "during")
            || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.chars().all(|c| c.is_ascii_lowercase()) && words.len() <= 3)
    });
    phrase && words.len() <= 6 && between.chars().all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// The speaker the headline credits a quote at `start..end` to: the nearest name before it
/// that speaks ("Kuleba warns …") or labels its part ("Rau in Vienna: …"), else a name after
/// it next to a word of saying ("…", says Rau).
fn nearest_name<'n>(names: &'n [Named], chars: &[char], start: usize, end: usize) -> Option<&'n Named> {
    let before = names.iter().filter(|n| n.end <= start && (n.cue.is_some() || n.labels_part)).last();
    // (after the quote, the name's own verb counts only right after it, titles aside: "…", Rau
    // says; "…," Kazakh leader Tokayev says; not "… as Tokayev vows to restore order")
    let right_after = |n: &Named| {
        chars.get(end + 1..n.start).is_some_and(|gap| {
            let gap: String = gap.iter().collect::<String>().to_lowercase();
            let words: Vec<&str> = gap.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            words.len() <= 3 && !words.iter().any(|w| matches!(*w, "as" | "and" | "while" | "after" | "when" | "but" | "because" | "since" | "before" | "with"))
        })
    };
    before.or_else(|| names.iter().find(|n| n.start >= end && (n.cue_before || (n.cue.is_some() && right_after(n)))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;
    use crate::speakers::find_speakers;

    fn run(headline: &str, body: &str) -> Vec<(String, Option<String>)> {
        let article = Article { headline: Some(headline.into()), body: body.into(), ..Default::default() };
        let mut index = find_speakers(&article);
        let body_quotes = crate::quotes::extract_quotes(&article, &mut index);
        headline_quotes(headline, body, &body_quotes, &index)
            .into_iter()
            .map(|q| {
                let chars: Vec<char> = headline.chars().collect();
                assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
                assert_eq!(q.zone, Zone::Headline);
                (q.text, q.speaker.map(|s| index.speakers[s].name.clone()))
            })
            .collect()
    }

    #[test]
    fn a_quote_the_body_repeats_is_credited_to_its_body_speaker() {
        let found = run(
            "\u{201c}We slept in our clothes for four nights\u{201d}: students return from Almaty",
            "Students came home on Sunday. \u{201c}We slept in our clothes for four nights,\u{201d} said Nurlan Abenov, a student of medicine.",
        );
        assert_eq!(found, [("We slept in our clothes for four nights".to_string(), Some("Nurlan Abenov".to_string()))]);
    }

    #[test]
    fn a_name_before_the_quote_or_a_cue_after_it_credits_the_quote() {
        let body = "Polish Foreign Minister Zbigniew Rau spoke in Vienna on Thursday. Lithuania's minister Gabrielius Landsbergis agreed.";
        assert_eq!(
            run("Rau in Vienna: \u{201e}Europe has not been this close to war in decades\u{201d}", body),
            [("Europe has not been this close to war in decades".to_string(), Some("Zbigniew Rau".to_string()))]
        );
        assert_eq!(
            run("Europe is \"closer to war than in a generation\", says Landsbergis", body),
            [("closer to war than in a generation".to_string(), Some("Gabrielius Landsbergis".to_string()))]
        );
    }

    #[test]
    fn a_count_in_quotes_is_a_label() {
        assert!(run("Where did Kazakhstan's \"20,000 terrorists\" go?", "Officials spoke of 20,000 attackers.").is_empty());
        let named = run("Tokayev: \"20,000 bandits\" attacked Almaty", "President Kassym-Jomart Tokayev said 20,000 bandits attacked the city.");
        assert_eq!(named.len(), 1);
        let quoted = run("Ministry says \"164 people\" killed in unrest", "The health ministry said \"164 people\" were killed in the unrest.");
        assert_eq!(quoted.len(), 1);
    }

    #[test]
    fn labels_terms_and_the_bodys_scare_quotes_are_not_headline_quotes() {
        let body = "The government called them \"bandits\" and spoke of \"the innocent\" and the guilty. Markets fell.";
        assert!(run("Kazakh banks reopen as investors count the cost of \"Bloody January\"", body).is_empty());
        // (places and the word after a colon are capitalised in sentence case too)
        assert!(run("Kazakhstan after \"Bloody January\": Consequences for Germany and the EU", body).is_empty());
        assert!(run("Tokayev blames \"bandits\" for the riots", body).is_empty());
        assert!(run("Prosecutors promise to separate \"the innocent\" from the organisers", body).is_empty());
        // a name or a title after the word naming it
        assert!(run("Parliament meets; the fund \u{ab}For the people of Kazakhstan\u{bb} will be created", body).is_empty());
        assert!(run("The Eurasia Hour \u{2014} Episode 212: \"Who invited the peacekeepers?\"", body).is_empty());
        // a quote nobody is named for stays unattributed
        assert_eq!(run("\"We found out from Facebook\": families wait for news", body), [("We found out from Facebook".to_string(), None)]);
    }

    #[test]
    fn names_that_do_not_speak_take_no_quote() {
        let body = "The security committee said Karim Massimov was suspected of treason. The CSTO met on Monday. \
                    Kassym-Jomart Tokayev spoke later. Protesters gathered in the square.";
        // a name before a verb or a noun it qualifies, before the colon
        assert_eq!(run("Massimov detained: \"attempt to seize power by force\"", body), [("attempt to seize power by force".to_string(), None)]);
        assert_eq!(run("CSTO summit: \"the mission will end in ten days\"", body), [("the mission will end in ten days".to_string(), None)]);
        // a verb taking someone else's words, a name with its own verb in a later clause
        assert_eq!(run("Kremlin rejects \"foreign occupation\" claims as CSTO stays", body), [("foreign occupation".to_string(), None)]);
        assert_eq!(run("Protesters chant \"old man, go away\" as Tokayev vows to restore order", body), [("old man, go away".to_string(), None)]);
        // but "…", Tokayev says (titles between), or a name's own verb or possessive before the colon
        for headline in ["\"We will not be lectured\", Tokayev says", "\"We will not be lectured\", Kazakh leader Tokayev says"] {
            assert_eq!(run(headline, body), [("We will not be lectured".to_string(), Some("Kassym-Jomart Tokayev".to_string()))], "{headline}");
        }
        for headline in ["Tokayev slams critics: \"no soldier will stay\"", "Tokayev's warning to the West: \"no soldier will stay\""] {
            assert_eq!(run(headline, body), [("no soldier will stay".to_string(), Some("Kassym-Jomart Tokayev".to_string()))], "{headline}");
        }
    }

    #[test]
    fn the_main_voice_speaks_for_a_headline_only_when_no_office_does() {
        let families = "Families waited in Pskov on Monday. \"He called every night,\" said Marina Orlova, whose son serves there. \
                        \"Now we wait,\" Orlova said.";
        assert_eq!(
            run("\"Why did they send my boy?\" Families wait for paratroopers", families),
            [("Why did they send my boy?".to_string(), Some("Marina Orlova".to_string()))]
        );
        let official = "Residents described a night of gunfire. Interior ministry spokesman Saltanat Azirbek said \
                        \"the situation in the city is fully under control.\"";
        assert_eq!(run("\"They shot at everyone\": Almaty residents describe a night of terror", official), [("They shot at everyone".to_string(), None)]);
        // a title in capitals, a song, a repeat of a few common words
        assert!(run("Jane Campion's \"The Power of the Dog\" leads the nominations", official).is_empty());
        assert!(run("Protesters sing \"Men qazaqpyn\" in the square", official).is_empty());
        let deputy = "\"We are not going anywhere,\" said deputy governor Ayan Sultanov.";
        assert_eq!(run("\"We are not afraid\": protesters defy the curfew", deputy), [("We are not afraid".to_string(), None)]);
        // (the body's words in order, with more between, are a repeat)
        let restored = "\"Order has now been restored in all regions,\" said President Adil Serikbayev.";
        assert_eq!(
            run("\"Order has been restored\": Kazakhstan counts its dead", restored),
            [("Order has been restored".to_string(), Some("Adil Serikbayev".to_string()))]
        );
        // (two names in capitals are no title)
        assert_eq!(run("Sultanov says \"Russia and the CSTO\" saved the city", deputy), [("Russia and the CSTO".to_string(), Some("Ayan Sultanov".to_string()))]);
    }

    #[test]
    fn marks_of_several_languages_pair_up_and_an_inch_mark_opens_nothing() {
        let chars: Vec<char> = "A 12\" screen, «a new Yalta» and „not our war“".chars().collect();
        let spans: Vec<String> = quoted_spans(&chars).into_iter().map(|(s, e)| chars[s..e].iter().collect()).collect();
        assert_eq!(spans, ["a new Yalta", "not our war"]);
    }
}
