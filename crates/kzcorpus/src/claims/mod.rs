//! Numeric claims: how many were killed, injured, detained, deployed, flown or lost.
//!
//! Pure functions over article text; no SQL here. Every number ([`numbers`]) is read
//! together with the words around it in its sentence:
//!
//! * **what** it counts — `killed`, `injured`, `detained` (a casualty or arrest word before
//!   or after it: "killing 12", "“liquidated” 26", "164 dead", "12,000 people have been
//!   detained", "three journalists reportedly under arrest"), `troops_deployed` (troops,
//!   soldiers, peacekeepers ...), `aircraft` (planes, jets, helicopters ...), `damage_usd`
//!   (a dollar amount in a sentence about damage or losses), or `other` (units, equipment,
//!   businesses, cars ... when the sentence says they were sent, withdrawn, attacked,
//!   burnt, damaged or affected; and troops withdrawn). Nouns are in `data/claim_nouns.tsv`.
//! * the **qualifier** before it, normalised (`data/qualifiers.tsv`): "around" → about,
//!   "nearly" → almost, "over" → more than, "at least," → at least.
//! * the **subject** phrase (the counted noun phrase, or the casualty word);
//! * **attributed_to**: who the sentence says reported it ("police said", "according to a
//!   statement from the Defence Ministry", "Shoigu said"), using the speaker's full name
//!   when the [`SpeakerIndex`] knows the mention.
//!
//! Not claims: dates, years, ages, durations, percentages, measurements, model numbers
//! ("S-400"), vague plurals ("thousands"), people counted without a casualty or arrest
//! word ("a city of 1.8 million people"), and sentences that list more than five figures
//! (inventories and statistics rather than reports of the crisis).

pub mod numbers;

use std::collections::HashMap;

use once_cell::sync::Lazy;
use regex::Regex;

use self::numbers::{find_numbers, NumberMention};
use crate::events::sentences::MentionIndex;
use crate::events::BodyScan;
use crate::model::span::CharMap;
use crate::model::{Article, Claim, SpeakerIndex, Zone};

/// The `what` values of claims.
pub const CLAIM_KINDS: &[&str] = &["killed", "injured", "detained", "troops_deployed", "aircraft", "damage_usd", "other"];

/// Count nouns (lower case, as written) and their class: people, troops, aircraft, materiel, property, cases.
static NOUNS: Lazy<HashMap<&'static str, &'static str, foldhash::fast::FixedState>> = Lazy::new(|| {
    include_str!("../../data/claim_nouns.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(class, noun)| (noun.trim(), class.trim()))
        .collect()
});

/// Qualifier phrases, longest first, with their normalised form.
static QUALIFIERS: Lazy<Vec<(&'static str, &'static str)>> = Lazy::new(|| {
    let mut q: Vec<(&str, &str)> = include_str!("../../data/qualifiers.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(p, n)| (p.trim(), n.trim()))
        .collect();
    q.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    q
});

/// A casualty or arrest word right after the counted phrase.
static CUE_AFTER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(concat!(
        r"(?i)^(?:,?\s*(?:have|has|had|were|was|are|is|being|been|reportedly|reported|confirmed|already|also|now|still|so far|officially|\s)+)*",
        // (a cue in scare quotes counts: "26 “armed criminals” had been “liquidated”")
        r"[\x22“‘']?(?P<cue>dead|shot dead|killed|died|deaths|lost their lives|eliminated|liquidated|neutrali[sz]ed|been held|detainees|detentions|arrests|injured|wounded|hurt|hospitali[sz]ed|(?:sought|received|needed|required|asked for|applied for|addressed for|turned for|appealed for) (?:the )?medical (?:help|care|assistance|attention|treatment|aid)|treated for (?:injuries|wounds)|with (?:gunshot |bullet |stab |shrapnel |serious )?(?:wounds|injuries)|arrested|detained|rounded up|held under arrest|under arrest|in custody|taken into custody|remanded in custody|placed in (?:pre-trial )?detention|(?:taken|admitted|rushed) to (?:the )?hospitals?|delivered to the police|delivered to police|jailed|imprisoned|missing)(?-u:\b)"
    ))
    .expect("cue pattern compiles")
});

/// A casualty or arrest verb right before the number.
static CUE_BEFORE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?P<cue>killed|killing|kills|liquidated|lives of|deaths of|death of|(?:put|puts|putting|set|sets|setting) (?:the|a) death toll (?:from|in|after|during) [a-z'’]+(?: [a-z'’]+){0,2} at|(?:bring|brings|bringing|brought|raise|raises|raising|raised|push|pushes|pushing|pushed|take|takes|taking|took) (?:the|a) death toll (?:from|in|after|during) [a-z'’]+(?: [a-z'’]+){0,2} to|death toll (?:from|in|after|during) [a-z'’]+(?: [a-z'’]+){0,2} (?:rose|rises|rising|has risen|had risen|climbed|climbs|jumped|jumps|stands|stood|reached|reaches|hit|hits)(?: to| at)?|death toll (?:among (?:the )?[a-z]+(?: [a-z]+)? )?(?:(?:rose|rises|rising|has risen|had risen|climbed|climbs|climbing|jumped|jumps|stands|stood) )?(?:to|of|at)|death toll (?:reached|reaches|hit|hits|topped|tops|included|includes)|arrested|arresting|detained|detaining|detains?|arrest|injured|injuring|wounded|wounding|detention of|detentions of|arrest of|arrests of|(?:detentions|arrests|detainees|(?:number|count|tally) of (?:detainees|detentions|arrests|those detained|people detained|those arrested))(?: (?:in|across|throughout) (?:the )?[a-z]+)? (?:is |was |has |had |have )?(?:put |now |been )?(?:near|nearing|at|to|reached|reaching|reaches|rose to|rises to|risen to|climbed to|climbs to|topped|tops|exceeded|exceeds|passed))(?:\W+(?:at least|more than|over|about|around|nearly|almost|some|an estimated|up to|approximately|roughly|as many as))?\W{0,3}$")
        .expect("cue-before pattern compiles")
});

/// Verbs that make units, equipment or property figures part of the crisis story.
static CRISIS_VERB: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:sent|send|deployed|deploy|redeployed|redeploy\w*|dispatched|arrived|combat duty|withdrawn|withdrew|withdrawal|attacked|took part in(?: the)? (?:attacks?|operation|mission|exercises?)|stormed|burnt|burned|torched|set on fire|damaged|destroyed|looted|ransacked|seized|affected|evacuated|shot down|lost|flown in|airlifted|leave|leaves|leaving|pull(?:ed|ing)? out|(?:contingent|force|forces|mission|grouping) (?:now )?number(?:s|ed)|return(?:ed|ing)? home|transferred|delivered)(?-u:\b)")
        .expect("crisis-verb pattern compiles")
});

/// Words naming a military force, for figures giving its strength ("the force would number about 2,500").
static TROOP_UNIT: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:force|forces|contingent|troops|peacekeepers|paratroopers|soldiers|servicemen|mission)(?-u:\b)")
        .expect("troop-unit pattern compiles")
});

/// Verbs that make a count of cases part of the story ("25 criminal cases were opened").
static CASE_VERB: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:opened|launched|initiated|instituted|filed|registered|brought)(?-u:\b)")
        .expect("case-verb pattern compiles")
});

static WITHDRAWAL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:withdraw\w*|withdrew|pull(?:ed|ing)? out|pullout|pull(?:ed)? back|drawdown)(?-u:\b)").expect("withdrawal pattern compiles")
});

static DAMAGE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:damage|damages|losses|loss|destruction|cost of the (?:riots|unrest|violence))(?-u:\b)").expect("damage pattern compiles")
});

/// "according to (a statement from) X", "citing X".
static ACCORDING_TO: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:according to|citing)\s+(?:(?:a|an|the)\s+)?(?:(?:statement|report|data|figures|estimates?|information|count)\s+(?:from|by|of)\s+)?(?P<src>(?:[^,.;:“”\x22()]|\.\S)+)")
        .expect("according-to pattern compiles")
});

/// "X said", "X officially reported".
static SAID: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?-u:\b)(?:officially |also |later |earlier |previously )?(?:said|says|reported|reports|announced|told|stated|confirmed|claimed|estimated|reads|added)(?-u:\b)")
        .expect("speech pattern compiles")
});

/// Finds the numeric claims in `article` and who the article says made them.
///
/// # Examples
/// ```
/// use kzcorpus::{Article, SpeakerIndex};
/// let article = Article { body: "At least 40 people were killed, police said.".into(), ..Default::default() };
/// let claims = kzcorpus::claims::extract_claims(&article, &SpeakerIndex::default());
/// assert_eq!((claims[0].what.as_str(), claims[0].value), ("killed", 40));
/// assert_eq!(claims[0].qualifier.as_deref(), Some("at least"));
/// assert_eq!(claims[0].attributed_to.as_deref(), Some("police"));
/// ```
pub fn extract_claims(article: &Article, speakers: &SpeakerIndex) -> Vec<Claim> {
    extract_claims_scanned(article, speakers, &BodyScan::new(&article.body))
}

/// [`extract_claims`] given the [`BodyScan`] of the article's body (the pipeline shares
/// it with the event extractor).
pub fn extract_claims_scanned(article: &Article, speakers: &SpeakerIndex, scan: &BodyScan) -> Vec<Claim> {
    let body = article.body.as_str();
    let (chars, dates) = (&scan.chars, &scan.dates);
    let mut numbers = find_numbers(body);
    // numbers inside dates ("January 6, 2022") are not counts
    let mut di = 0;
    numbers.retain(|n| {
        while di < dates.len() && dates[di].end <= n.start {
            di += 1;
        }
        !dates[di..].iter().take_while(|d| d.start < n.end).any(|d| d.start < n.end && n.start < d.end)
    });
    let mentions = MentionIndex::new(speakers);
    let mut flat_body: Option<String> = None;
    let mut claims = Vec::new();
    let mut ni = 0;
    for &s in &scan.sentences {
        while ni < numbers.len() && numbers[ni].start < s.start {
            ni += 1;
        }
        let in_sentence: Vec<&NumberMention> = numbers[ni..].iter().take_while(|n| n.end <= s.end).collect();
        if in_sentence.is_empty() {
            continue;
        }
        let countable = in_sentence.iter().filter(|n| !n.year_like && !measure_follows(body, n)).count();
        if countable > 5 {
            continue; // an inventory or statistics list
        }
        let sentence = &body[s.start..s.end];
        let mut attribution: Option<Option<String>> = None;
        let mut last_class: Option<&'static str> = None;
        let mut last_what: Option<&'static str> = None;
        for n in in_sentence {
            // a figure after its sentence sets the scene in an earlier year tells of another
            // time ("In December 2011, police killed at least 16 people"); "the worst unrest
            // since independence in 1991" after it does not
            if in_earlier_year(&body[s.start..n.start]) {
                continue;
            }
            // (the words of a sentence wrapped over lines read as one line: "detained more" /
            // "than 3,000 people"; a line break and a space are one byte each, so offsets hold)
            let (text, said) = if sentence.contains('\n') {
                let flat: &str = flat_body.get_or_insert_with(|| body.replace('\n', " "));
                (flat, &flat[s.start..s.end])
            } else {
                (body, sentence)
            };
            let Some((what, subject, class)) = classify(text, said, s.start, n, last_class, last_what) else { continue };
            if let Some(c) = class {
                last_class = Some(c);
            }
            last_what = Some(what);
            let attributed_to = attribution
                .get_or_insert_with(|| attribution_of(body, s.start, s.end, speakers, &mentions, &chars))
                .clone();
            claims.push(Claim {
                what: what.to_string(),
                value: n.value,
                value_max: n.value_max,
                qualifier: qualifier_before(text, n.start).map(str::to_string),
                subject,
                attributed_to,
                evidence: sentence.to_string(),
                start: chars.char_of(s.start),
                end: chars.char_of(s.end),
                zone: Zone::Body,
            });
        }
    }
    claims
}

/// Words after the number, lower case, up to the end of the clause.
fn words_after(body: &str, from: usize, limit: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let rest = &body[from..];
    let mut offset = 0;
    // a scare-quoted noun phrase right after the number ("26 “armed criminals” were killed")
    // does not end the clause at its closing mark
    let mut quoted = false;
    for piece in rest.split_inclusive(|c: char| c.is_whitespace()) {
        let word = piece.trim_end();
        // (or in single marks, as British tabloids print them: "26 'armed criminals' were killed")
        quoted |= out.len() < 2 && word.starts_with(['“', '"', '‘', '\'']);
        let trimmed_start = word.trim_start_matches(['“', '"', '(', '‘', '\'']);
        let lead = word.len() - trimmed_start.len();
        let core = trimmed_start.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() {
            out.push((from + offset + lead, from + offset + lead + core.len()));
        }
        let closes_label =
            quoted && word.ends_with(['”', '"', '’', '\'']) && !word.trim_end_matches(['”', '"', '’', '\'']).ends_with([',', '.', ';', ':', '!', '?']);
        if closes_label {
            quoted = false;
        }
        let stop = !closes_label && word.ends_with([',', '.', ';', ':', '!', '?', ')', '”', '"']) || core.is_empty() && !word.is_empty();
        offset += piece.len();
        if out.len() >= limit || stop {
            break;
        }
    }
    out
}

/// A unit of measure or time follows the number: "7,600 km", "10 days", "93 percent", "13-year-old".
fn measure_follows(body: &str, n: &NumberMention) -> bool {
    let rest = body[n.end..].trim_start();
    if rest.starts_with('%') {
        return true;
    }
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_ascii_lowercase();
    matches!(
        word.as_str(),
        "percent" | "per" | "pct" | "km" | "kilometers" | "kilometres" | "miles" | "metres" | "meters" | "kg" | "tonnes"
            | "tons" | "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "hours" | "hour"
            | "minutes" | "decades" | "centuries" | "rubles" | "roubles" | "euros" | "tenge" | "times" | "st" | "nd"
            | "rd" | "th" | "am" | "pm" | "degrees"
    )
}

/// What the number counts, its subject phrase and the class of its noun.
/// A sentence placed in a year before the unrest: "in 2011", "December 2011", "during the 2008
/// crisis" (but not "since 2014", which counts up to now).
static EARLIER_YEAR: Lazy<Regex> = Lazy::new(|| {
    let month = crate::metadata::MONTH_RE;
    crate::rx::regex(&format!(
        r"(?i)(?-u:\b)(?:(?:in|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+)?|{month}\s+(?:\d{{1,2}},?\s+)?)(?:19\d\d|20[01]\d|2020)(?-u:\b)"
    ))
    .expect("the earlier-year pattern is valid")
});

/// Whether `before` (a sentence up to a figure) places it in an earlier year, not counting
/// "since …" ("since independence in 1991").
fn in_earlier_year(before: &str) -> bool {
    // (only where the sentence opens, within its first five words: not "the CSTO, which Georgia
    // left in 1999, said its force would number about 2,500")
    // (nor an aside in commas, "The CSTO, founded in 2002, sent …", nor a comparison, "As in
    // 2011, police killed …", "Unlike in 2011")
    EARLIER_YEAR.find_iter(before).any(|m| {
        let lead = before[..m.start()].to_ascii_lowercase();
        let words: Vec<&str> = lead.split_whitespace().collect();
        words.len() <= 5
            && !lead.contains(',')
            && !words.iter().any(|w| matches!(*w, "since" | "independence" | "as" | "unlike" | "like" | "than" | "compared"))
    })
}

fn classify(
    body: &str,
    sentence: &str,
    sentence_start: usize,
    n: &NumberMention,
    last_class: Option<&'static str>,
    last_what: Option<&'static str>,
) -> Option<(&'static str, String, Option<&'static str>)> {
    if n.year_like && !noun_follows(body, n) {
        return None;
    }
    if measure_follows(body, n) {
        return None;
    }
    let before = &body[sentence_start..n.start];
    let before = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '“' | '"'));
    if n.money {
        return DAMAGE.is_match(sentence).then(|| ("damage_usd", "economic damage".to_string(), None));
    }
    // an age: "Nazarbayev, 81," or "aged 30"
    if before.ends_with("aged") || before.ends_with("age of") {
        return None;
    }
    // "9,900 …, up from about 8,000": an earlier value of the figure just given
    let bare_before = strip_qualifier(before).to_ascii_lowercase();
    if ["up from", "down from", "compared with", "compared to", "against"].iter().any(|p| bare_before.ends_with(p)) {
        if let Some(w @ ("killed" | "injured" | "detained" | "troops_deployed")) = last_what {
            return Some((w, "earlier figure".to_string(), last_class));
        }
    }
    // "a force of about 2,500", "the force would number about 2,500 (troops)"
    // (not "a force of 12 armoured vehicles", nor "the crowd, numbering some 10,000")
    let counts_things = words_after(body, n.end, 2).iter().any(|&(s, e)| NOUNS.get(body[s..e].to_lowercase().as_str()).is_some_and(|c| *c != "troops"));
    let strength_of = !counts_things
        && ["force of", "forces of", "contingent of", "deployment of", "strength of"].iter().any(|p| bare_before.ends_with(p));
    let numbering = !counts_things && ["number", "numbers", "numbered", "numbering"].iter().any(|p| {
        bare_before.strip_suffix(p).is_some_and(|rest| {
            // the force itself is the subject, a few words before ("the force would number")
            let near: Vec<&str> = rest.split_whitespace().rev().take(4).collect();
            rest.ends_with(' ') && near.iter().any(|w| TROOP_UNIT.is_match(w.trim_matches(|c: char| !c.is_alphabetic())))
        })
    });
    if strength_of || numbering {
        return Some(("troops_deployed", "force (strength)".to_string(), Some("troops")));
    }
    // "a 2,500-strong force"
    if let Some(rest) = body[n.end..].strip_prefix("-strong") {
        let noun: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        let troops = NOUNS.get(noun.as_str()) == Some(&"troops")
            || matches!(noun.as_str(), "force" | "forces" | "contingent" | "army" | "unit" | "battalion" | "brigade" | "mission");
        return troops.then(|| ("troops_deployed", format!("{noun} (strength)"), Some("troops")));
    }
    let words = words_after(body, n.end, 8);
    let word = |i: usize| words.get(i).map(|&(s, e)| body[s..e].to_lowercase());
    // the cue directly after the number: "164 dead", "6,000 arrested"
    if let Some((_, cue)) = cue_after_with(body, n.end, false) {
        let what = cue_kind(&cue);
        return Some((what, cue, Some("people")));
    }
    // the counted noun: skip up to three modifiers, and "of his"/"of the"
    let mut head: Option<(usize, usize, &'static str)> = None;
    let mut i = 0;
    while i < words.len() && i < 5 {
        let w = word(i).unwrap_or_default();
        let two = word(i + 1).map(|next| format!("{w} {next}"));
        if let Some(class) = two.as_deref().and_then(|t| NOUNS.get(t)) {
            head = Some((i, i + 1, class));
            break;
        }
        if let Some(class) = NOUNS.get(w.as_str()) {
            head = Some((i, i, class));
            break;
        }
        if matches!(w.as_str(), "of" | "his" | "her" | "their" | "its" | "the" | "our" | "them" | "those") {
            i += 1;
            continue;
        }
        // modifiers: adjectives, nationalities and model names ("Russian", "Sukhoi-35", "fighter")
        i += 1;
    }
    let (what, subject, class) = match head {
        Some((first, last, class)) => {
            let (s, _) = words[first];
            let (_, mut e) = words[last];
            // "pieces of equipment", "battalions of air defense systems"
            if matches!(class, "materiel" | "property") && word(last + 1).as_deref() == Some("of") {
                for k in last + 2..(last + 6).min(words.len()) {
                    let w = word(k).unwrap_or_default();
                    if matches!(w.as_str(), "will" | "were" | "was" | "are" | "is" | "and" | "to" | "from" | "in" | "have" | "has" | "had" | "took" | "as" | "for") {
                        break;
                    }
                    e = words[k].1;
                    if body[e..].starts_with([',', '.', ';']) {
                        break;
                    }
                }
            }
            // the subject starts at the first content word ("two of his deputies" → "deputies")
            let first_content = (0..first)
                .find(|&k| !matches!(word(k).as_deref(), Some("of" | "his" | "her" | "their" | "its" | "the" | "our" | "them" | "those")))
                .unwrap_or(first);
            let subject_start = words.get(first_content).map_or(s, |w| w.0);
            let subject = body[subject_start..e].to_string();
            let after_head = words[last].1;
            let cue = cue_after(body, after_head).map(|(_, c)| c);
            let cue_before = cue_before(before);
            let what = match (class, cue.as_deref().or(cue_before.as_deref())) {
                (_, Some(c)) if matches!(class, "people" | "troops") => cue_kind(c),
                // "225 people were killed, including 19 police officers": a part of the
                // previous count in the sentence counts the same thing
                // "at least 3 bodies": the dead, whatever the verb
                // (right after the number: "14 state bodies" are institutions)
                ("people", None) if first == 0 && body[s..e].eq_ignore_ascii_case("bodies") => "killed",
                ("people", None) => match last_what.or_else(|| uncounted_toll_before(before)) {
                    Some(w @ ("killed" | "injured" | "detained")) if introduces_part(before) => w,
                    // "20,000 bandits attacked the city": a count of attackers
                    _ if is_attacker(&body[s..e]) && CRISIS_VERB.is_match(sentence) => "other",
                    _ => return None,
                },
                ("troops", None) => {
                    if WITHDRAWAL.is_match(before) || WITHDRAWAL.is_match(body.get(after_head..sentence_start + sentence.len()).unwrap_or("")) {
                        "other"
                    } else {
                        "troops_deployed"
                    }
                }
                ("aircraft", _) => "aircraft",
                ("cases", _) => {
                    if CASE_VERB.is_match(sentence) {
                        "other"
                    } else {
                        return None;
                    }
                }
                _ => {
                    if CRISIS_VERB.is_match(sentence) {
                        "other"
                    } else {
                        return None;
                    }
                }
            };
            (what, subject, Some(class))
        }
        None => {
            let w0 = word(0);
            let next_capitalised = words.get(1).is_some_and(|&(s, _)| body[s..].starts_with(char::is_uppercase));
            let part_of_previous = w0.as_deref() == Some("of") && matches!(word(1).as_deref(), Some("them" | "those" | "whom"));
            // "“liquidated” 26": the verb comes first
            let released = part_of_previous && (2..6).filter_map(word).any(|w| RELEASE_WORDS.contains(&w.as_str()));
            if released && matches!(last_what, Some("detained")) {
                // "10,000 were detained, 2,000 of whom have since been released": the part set
                // free is no longer detained, but still a figure of the unrest
                ("other", "released".to_string(), Some("people"))
            } else if let Some(c) = cue_before(before) {
                (cue_kind(&c), c, Some("people"))
            } else if w0.as_deref() == Some("in") && next_capitalised && matches!(last_what, Some("killed" | "injured" | "detained")) {
                // "164 deaths, including 103 in Almaty": a part of the toll, by place
                (last_what.unwrap_or("killed"), "in a place".to_string(), Some("people"))
            } else if part_of_previous {
                // "164 people died, 103 of them in Almaty": a part of the previous count
                match (last_what, last_class) {
                    (Some(w @ ("killed" | "injured" | "detained")), _) => (w, "of them".to_string(), Some("people")),
                    (_, Some("troops")) => ("troops_deployed", "of them".to_string(), Some("troops")),
                    _ => return None,
                }
            } else if w0.as_deref() == Some("in") && matches!(word(1).as_deref(), Some("total" | "all")) {
                // "the CSTO troops, about 2,030 in total": the noun came before
                let class = noun_class_before(before)?;
                let what = match class {
                    "troops" => "troops_deployed",
                    "aircraft" => "aircraft",
                    _ => return None,
                };
                (what, "in total".to_string(), Some(class))
            } else if w0.as_deref() == Some("more") {
                // "almost a thousand more from other states": the noun of the previous figure
                let class = last_class?;
                let what = match class {
                    "troops" => "troops_deployed",
                    "aircraft" => "aircraft",
                    _ => return None,
                };
                (what, "more".to_string(), Some(class))
            } else if let Some(what) = last_what.filter(|_| continues_list(body, before, n)) {
                // "Russia sent 3,000 paratroopers, Belarus 500 and Armenia 100": the figures
                // after the first count the same noun, left out
                (what, "same as before".to_string(), last_class)
            } else {
                return None;
            }
        }
    };
    Some((what, subject, class))
}

/// Words saying a counted group was set free: "2,000 of whom have since been released".
const RELEASE_WORDS: [&str; 4] = ["released", "freed", "discharged", "pardoned"];

/// Whether `n` is an item of an elliptical list after a counted figure: the clause before it
/// ends in a capitalised name ("…, Belarus 500") and the number closes its item (a comma, a
/// semicolon, "and", or the end of the sentence follows).
fn continues_list(body: &str, before: &str, n: &NumberMention) -> bool {
    let Some(last_word) = before.rsplit(|c: char| c.is_whitespace()).next() else { return false };
    // (a place: "Belarus 500", "Taldykorgan 12"; not "Article 19" or "Channel 31")
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let named = last_word.starts_with(char::is_uppercase)
        && last_word.chars().all(|c| c.is_alphabetic() || c == '-')
        && (g.places.contains(last_word.to_lowercase().as_str()) || crate::events::types::is_place_name(last_word));
    // the name opens its item: a comma, semicolon or "and" comes just before it
    let head = before[..before.len() - last_word.len()].trim_end();
    let item_starts = head.ends_with([',', ';']) || head.ends_with(" and");
    let after = body[n.end..].trim_start_matches(' ');
    let item_ends = after.is_empty() || after.starts_with([',', ';', '.', ')']) || after.starts_with("and ");
    named && item_starts && item_ends
}

/// Counted people who attack rather than suffer: "bandits", "militants", "rioters".
fn is_attacker(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(
        last.as_str(),
        "bandits" | "militants" | "terrorists" | "rioters" | "attackers" | "gunmen" | "insurgents" | "extremists" | "looters"
    )
}

/// The class of the last counted noun among the six words before a number ("the CSTO
/// troops, about" → troops).
fn noun_class_before(before: &str) -> Option<&'static str> {
    before
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .find_map(|w| NOUNS.get(w.to_lowercase().as_str()).copied())
}

/// Whether the words before a number introduce a part of a count just given ("including",
/// "among them", "of whom").
fn introduces_part(before: &str) -> bool {
    let b = strip_qualifier(before.trim_end()).to_ascii_lowercase();
    PART_PHRASES.iter().any(|p| b.ends_with(p))
}

/// Words that introduce a part of a count just given.
const PART_PHRASES: [&str; 6] = ["including", "among them", "among whom", "of whom", "of them", "among those"];

/// The last 40 bytes or so of `before` without a trailing qualifier ("… including at
/// least" → "… including"); only the tail is looked at, so long sentences cost nothing more.
fn strip_qualifier(before: &str) -> &str {
    let tail = &before[ceil_boundary(before, before.len().saturating_sub(40))..];
    let lower = tail.to_ascii_lowercase();
    for (phrase, _) in QUALIFIERS.iter() {
        if lower.ends_with(phrase) && lower[..lower.len() - phrase.len()].ends_with(' ') {
            return tail[..tail.len() - phrase.len()].trim_end();
        }
    }
    tail
}

/// The kind of a toll given without a figure just before a part of it: "left dozens dead,
/// including 16 members of the security forces" counts killed people.
fn uncounted_toll_before(before: &str) -> Option<&'static str> {
    let b = strip_qualifier(before.trim_end());
    let lower = b.to_ascii_lowercase();
    let head = PART_PHRASES
        .iter()
        .find_map(|p| lower.strip_suffix(p))?
        .trim_end_matches([',', ' ', '(', '—', '–']);
    let last = head.rsplit(|c: char| !c.is_alphabetic()).next()?;
    match last {
        "dead" | "killed" | "died" | "deaths" | "lives" => Some("killed"),
        "injured" | "wounded" | "hurt" | "hospitalised" | "hospitalized" => Some("injured"),
        "arrested" | "detained" | "custody" | "arrests" | "detentions" => Some("detained"),
        _ => None,
    }
}

fn noun_follows(body: &str, n: &NumberMention) -> bool {
    words_after(body, n.end, 3)
        .iter()
        .any(|&(s, e)| NOUNS.contains_key(body[s..e].to_lowercase().as_str()))
}

fn cue_after(body: &str, from: usize) -> Option<(usize, String)> {
    cue_after_with(body, from, true)
}

/// The casualty or arrest cue right after byte `from`; `of_phrase` lets it step over a
/// short "of the security forces" phrase first.
fn cue_after_with(body: &str, from: usize, of_phrase: bool) -> Option<(usize, String)> {
    // step over the closing mark of a scare-quoted noun ("26 “armed criminals” were killed")
    // (a single mark closes only a phrase a single mark opened: "26 'armed criminals' were
    // killed", not the plural possessive "the 40 workers' detained union leader")
    let opened_single = body.get(from.saturating_sub(60)..from).is_some_and(|b| b.contains(" '") || b.contains(" ‘"));
    let from = body
        .get(from..)
        .and_then(|r| r.strip_prefix(['”', '"']).or_else(|| r.strip_prefix(['’', '\'']).filter(|_| opened_single)))
        .map_or(from, |r| body.len() - r.len());
    let rest = body.get(from..)?;
    let window = &rest[..floor_boundary(rest, 80)];
    // a cue in scare quotes follows a verb ("had been “liquidated”"): after a comma it starts
    // a list item of its own ("arrested 3,800 protesters, “liquidated” 26")
    let quoted_cue_alone = |c: &regex::Captures<'_>| {
        c.name("cue").is_some_and(|m| {
            let lead = &window[..m.start()];
            // (right after the noun it is a gapped verb: "3,000 detained and 26 armed criminals “liquidated”")
            lead.ends_with(['"', '“', '‘', '\''])
                && !lead.trim_end_matches(['"', '“', '‘', '\'']).trim().is_empty()
                && !["been", "were", "was", "had", "have", "has", "are", "is"].iter().any(|v| lead.contains(v))
        })
    };
    // a cue in title case before another capitalised word is a name: "15 Dead Sea Scrolls",
    // "2 Injured Workers funds" (capitals throughout are a flash: "18 OFFICERS DEAD, 748 INJURED")
    let named = |c: &regex::Captures<'_>| {
        c.name("cue").is_some_and(|m| {
            let cue = m.as_str();
            let title = cue.starts_with(char::is_uppercase) && cue.chars().any(char::is_lowercase);
            let next = window[m.end()..].trim_start_matches(['"', '”', '’', '\'']);
            // (a title-case preposition goes on the headline: "12 Officers Killed In Almaty")
            let word = next.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
            let preposition = ["in", "as", "after", "at", "on", "by", "during", "amid", "and", "since", "over", "near", "across", "from"].contains(&word.as_str());
            title && next.starts_with(' ') && next.trim_start().starts_with(char::is_uppercase) && !preposition
        })
    };
    if let Some(found) = CUE_AFTER
        .captures(window)
        .filter(|c| !quoted_cue_alone(c) && !named(c))
        .and_then(|c| c.name("cue"))
        .map(|m| (from + m.end(), m.as_str().to_string()))
    {
        // "were held up at the airport", "held hostage": no detention
        let next = body[found.0..].split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        let next_word = next.trim_matches(|c: char| !c.is_alphabetic());
        let held_otherwise = found.1.ends_with("held") && matches!(next_word, "up" | "hostage" | "back" | "off" | "over");
        // ("7,939 was rounded up to 8,000": arithmetic, no arrest; "rounded up to be questioned" is one)
        let figure_next = body[found.0..].split_whitespace().nth(1).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        let held_otherwise = held_otherwise || (found.1.eq_ignore_ascii_case("rounded up") && next_word == "to" && figure_next);
        if !held_otherwise {
            return Some(found);
        }
    }
    // "225 people, including 19 police officers, were killed": step over the aside
    let aside = [", including ", " including ", " (", ", among them "].iter().find(|a| window.starts_with(**a));
    if let Some(aside) = aside {
        let close = if aside.contains('(') { ')' } else { ',' };
        let inner = &window[aside.len()..];
        if let Some(p) = inner.find(close) {
            let next = from + aside.len() + p + close.len_utf8();
            let rest = body.get(next..)?;
            let window = &rest[..floor_boundary(rest, 60)];
            return CUE_AFTER.captures(window).and_then(|c| c.name("cue")).map(|m| (next + m.end(), m.as_str().to_string()));
        }
    }
    // "16 police officers and servicemen had been killed": step over a coordinated noun
    if let Some(and) = [" and ", " or "].iter().find(|a| window.starts_with(**a)) {
        let at = from + and.len();
        let rest = &body[at..];
        let phrase = &rest[..floor_boundary(rest, 30)];
        let phrase = &phrase[..phrase.find(|c: char| !c.is_alphabetic() && c != ' ' && c != '-').unwrap_or(phrase.len())];
        // the words of the phrase with their ends (bytes after `at`)
        let words: Vec<(&str, usize)> = phrase
            .split(' ')
            .scan(0usize, |pos, w| {
                let end = *pos + w.len();
                *pos = end + 1;
                Some((w, end))
            })
            .filter(|(w, _)| !w.is_empty())
            .take(3)
            .collect();
        // the coordinated phrase must end in a counted noun before the cue
        for k in (1..=words.len()).rev() {
            let noun = words[..k].iter().map(|(w, _)| *w).collect::<Vec<_>>().join(" ").to_lowercase();
            let last = words[k - 1].0.to_lowercase();
            if NOUNS.contains_key(noun.as_str()) || NOUNS.contains_key(last.as_str()) {
                let after = at + words[k - 1].1;
                let rest = &body[after..];
                let window = &rest[..floor_boundary(rest, 60)];
                if let Some(m) = CUE_AFTER.captures(window).and_then(|c| c.name("cue")) {
                    return Some((after + m.end(), m.as_str().to_string()));
                }
                break;
            }
        }
    }
    // "16 members of the security forces were killed": step over a short "of" phrase
    if of_phrase && window.starts_with(" of ") {
        let mut at = from + 4;
        for _ in 0..4 {
            let rest = body.get(at..)?;
            let word_len = rest.find([' ', ',', '.', ';']).unwrap_or(rest.len());
            if word_len == 0 || rest[word_len..].starts_with([',', '.', ';']) {
                break;
            }
            at += word_len;
            let rest = &body[at..];
            let window = &rest[..floor_boundary(rest, 60)];
            if let Some(c) = CUE_AFTER.captures(window).and_then(|c| c.name("cue")) {
                if c.start() <= 30 {
                    return Some((at + c.end(), c.as_str().to_string()));
                }
            }
            at += 1;
        }
    }
    None
}

fn cue_before(before: &str) -> Option<String> {
    let start = ceil_boundary(before, before.len().saturating_sub(60));
    CUE_BEFORE.captures(&before[start..]).and_then(|c| c.name("cue")).map(|m| m.as_str().to_lowercase())
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn cue_kind(cue: &str) -> &'static str {
    let c = cue.to_lowercase();
    if c.contains("injur") || c.contains("wound") || c.contains("hurt") || c.contains("hospital") || c.contains("medical") {
        "injured"
    } else if c.contains("arrest") || c.contains("detain") || c.contains("custody") || c.contains("police") || c.ends_with(" held")
        || c.contains("jail") || c.contains("prison") || c.contains("detention") || c == "rounded up"
    {
        "detained"
    } else if c == "missing" {
        "other"
    } else {
        "killed"
    }
}

/// The normalised qualifier written just before byte `at` ("at least", "nearly", "over").
fn qualifier_before(body: &str, at: usize) -> Option<&'static str> {
    let before = body[..at].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '“' | '"'));
    let start = ceil_boundary(before, before.len().saturating_sub(24));
    let tail = before[start..].to_lowercase();
    QUALIFIERS.iter().find_map(|(phrase, norm)| {
        let hit = tail.ends_with(phrase)
            && tail[..tail.len() - phrase.len()].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
        hit.then_some(*norm)
    })
}

/// Who the sentence says reported its figures.
fn attribution_of(
    body: &str,
    start: usize,
    end: usize,
    speakers: &SpeakerIndex,
    mentions: &MentionIndex<'_>,
    chars: &CharMap,
) -> Option<String> {
    let sentence = &body[start..end];
    let named = |s: usize, e: usize| -> Option<String> {
        let (cs, ce) = (chars.char_of(start + s), chars.char_of(start + e));
        mentions.overlapping(cs, ce).and_then(|m| speakers.speakers.get(m.speaker))
            .map(|sp| sp.name.clone())
    };
    if let Some(c) = ACCORDING_TO.captures(sentence) {
        let m = c.name("src")?;
        let src = m.as_str().trim();
        let src = src.split(" who ").next().unwrap_or(src).trim();
        if let Some(name) = named(m.start(), m.end()) {
            return Some(name);
        }
        return Some(tidy_source(src));
    }
    for m in SAID.find_iter(sentence) {
        let before = sentence[..m.start()].trim_end();
        let last_word = before.rsplit(' ').next().unwrap_or("");
        if matches!(last_word, "he" | "she" | "He" | "She") {
            // "he said": the nearest person named before the pronoun
            let at = chars.char_of(start + before.len());
            let person = mentions
                .before(at, 32)
                .filter_map(|mention| speakers.speakers.get(mention.speaker))
                .find(|sp| sp.kind == crate::model::SpeakerKind::Person);
            if let Some(sp) = person {
                return Some(sp.name.clone());
            }
            continue;
        }
        let words = subject_words(before);
        if words.is_empty() {
            // "Tokayev ... and said that": the subject of the sentence
            if matches!(last_word, "and" | "but" | "also") {
                let (cs, ce) = (chars.char_of(start), chars.char_of(start + m.start()));
                if let Some(sp) = mentions.inside(cs, ce).next().and_then(|mention| speakers.speakers.get(mention.speaker)) {
                    return Some(sp.name.clone());
                }
            }
            continue;
        }
        // "the Kazakh leader said": a role standing for the person named last
        let role = words.len() >= 2 && matches!(words[0], "the" | "The") && words.last().is_some_and(|w| ROLE_NOUNS.contains(w));
        if role {
            let at = chars.char_of(start + m.start());
            let person = mentions
                .before(at, 32)
                .filter_map(|mention| speakers.speakers.get(mention.speaker))
                .find(|sp| sp.kind == crate::model::SpeakerKind::Person);
            if let Some(sp) = person {
                return Some(sp.name.clone());
            }
        }
        let phrase = words.join(" ");
        let s = before.len() - phrase.len().min(before.len());
        if let Some(name) = named(s, m.start()) {
            return Some(name);
        }
        let phrase = tidy_source(&phrase);
        if !phrase.is_empty() && !matches!(phrase.as_str(), "It" | "They" | "This") {
            return Some(phrase);
        }
    }
    None
}

/// Role nouns that stand for a person named earlier ("the Kazakh leader").
const ROLE_NOUNS: &[&str] = &["leader", "president", "minister", "diplomat", "spokesman", "spokeswoman", "official", "chief", "commander", "general"];

/// Organisation head nouns that may follow lower-case modifiers ("the national security committee").
const SOURCE_NOUNS: &[&str] = &[
    "police", "officials", "authorities", "ministry", "office", "statement", "release", "press", "spokesman",
    "spokeswoman", "spokesperson", "leader", "president", "minister", "diplomat", "commander", "government", "media", "committee", "service", "agency",
    "council", "court", "prosecutors", "military", "army", "department", "reports", "sources",
];

/// The subject words written just before a speech verb, in order: a run of capitalised
/// words (joined by "of", "the", "and"), or a short phrase ending in an organisation noun.
fn subject_words(before: &str) -> Vec<&str> {
    let mut words: Vec<&str> = Vec::new();
    let mut lower_modifiers = 0;
    for raw in before.rsplit(' ') {
        // a comma or quote mark after a word closes the clause before the subject
        if !words.is_empty() && raw.ends_with([',', '"', '“', '”', ';', ':']) {
            break;
        }
        let w = raw.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | ','));
        if w.is_empty() {
            break;
        }
        let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
        let joiner = matches!(w, "of" | "the" | "and");
        let org_head = SOURCE_NOUNS.contains(&w.to_lowercase().as_str());
        let modifier = !words.is_empty()
            && lower_modifiers < 3
            && SOURCE_NOUNS.contains(&words[0].to_lowercase().as_str())
            && w.chars().all(|c| c.is_alphabetic() || c == '-');
        if cap || joiner || org_head {
            words.push(w);
        } else if modifier {
            lower_modifiers += 1;
            words.push(w);
        } else {
            break;
        }
        if matches!(w, "the" | "The") || words.len() >= 8 {
            break;
        }
    }
    while words.last().is_some_and(|w| matches!(*w, "of" | "and")) {
        words.pop();
    }
    words.reverse();
    while words.first().is_some_and(|w| matches!(*w, "of" | "and")) {
        words.remove(0);
    }
    words
}

/// Drops leading articles and descriptions: "a local news agency Tengrinews.kz" → "Tengrinews.kz".
fn tidy_source(src: &str) -> String {
    let mut s = src.trim();
    for article in ["the ", "The ", "a ", "an "] {
        if let Some(rest) = s.strip_prefix(article) {
            s = rest;
        }
    }
    if s.starts_with(|c: char| c.is_lowercase()) {
        // a lower-case description ending in a name: keep the name
        if let Some(pos) = s.find(|c: char| c.is_uppercase()) {
            let name = &s[pos..];
            if !name.contains(' ') || name.split(' ').all(|w| w.starts_with(|c: char| c.is_uppercase()) || w == "of") {
                return name.to_string();
            }
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LocalSpeaker, Mention, SpeakerKind};

    fn claims_of(body: &str) -> Vec<(String, i64, Option<String>)> {
        let article = Article { body: body.to_string(), ..Default::default() };
        extract_claims(&article, &SpeakerIndex::default()).into_iter().map(|c| (c.what, c.value, c.qualifier)).collect()
    }

    fn one(body: &str) -> (String, i64, Option<String>) {
        let all = claims_of(body);
        assert_eq!(all.len(), 1, "{all:?}");
        all.into_iter().next().unwrap()
    }

    fn c(what: &str, value: i64, q: Option<&str>) -> (String, i64, Option<String>) {
        (what.to_string(), value, q.map(str::to_string))
    }

    #[test]
    fn a_sentence_wrapped_over_lines_reads_as_one() {
        assert_eq!(
            claims_of("Security forces in the city detained more\nthan 3,000 people since Wednesday, the ministry said."),
            vec![c("detained", 3000, Some("more than"))]
        );
    }

    #[test]
    fn a_figure_set_in_an_earlier_year_is_no_claim() {
        assert_eq!(claims_of("Zhanaozen remembers December 2011, when police killed at least 16 people."), vec![]);
        assert_eq!(claims_of("In 2011, police killed 16 striking workers."), vec![]);
        // (a year after the figure, or counted from, leaves it)
        assert_eq!(claims_of("At least 164 people were killed, the deadliest unrest since independence in 1991."), vec![c("killed", 164, Some("at least"))]);
        assert_eq!(claims_of("Since 2014, the war has killed 13,000 people."), vec![c("killed", 13_000, None)]);
        assert_eq!(claims_of("The CSTO, founded in 2002, sent about 2,500 troops to Kazakhstan."), vec![c("troops_deployed", 2_500, Some("about"))]);
        assert_eq!(claims_of("As in 2011, police killed at least 10 protesters on Wednesday."), vec![c("killed", 10, Some("at least"))]);
        assert_eq!(
            claims_of("The Collective Security Treaty Organization, which Georgia left in 1999, said its force would number about 2,500 troops."),
            vec![c("troops_deployed", 2_500, Some("about"))]
        );
    }

    #[test]
    fn a_part_of_a_toll_counts_the_same_thing() {
        let article = Article {
            body: "Officials said 48 people were killed in the clashes, including 7 border guards. Of the 30 cars, 12 burned.".into(),
            ..Default::default()
        };
        let claims = extract_claims(&article, &SpeakerIndex::default());
        let found: Vec<(&str, i64)> = claims.iter().map(|c| (c.what.as_str(), c.value)).collect();
        assert!(found.contains(&("killed", 48)), "{found:?}");
        assert!(found.contains(&("killed", 7)), "{found:?}");
    }

    #[test]
    fn people_counted_without_a_toll_before_them_are_not_claims() {
        let article = Article { body: "The town, including 7 villages, has 300 residents.".into(), ..Default::default() };
        assert!(extract_claims(&article, &SpeakerIndex::default()).is_empty());
    }

    #[test]
    fn digits_with_qualifier_and_verb_after() {
        assert_eq!(one("At least 40 people were killed in the clashes."), c("killed", 40, Some("at least")));
        assert_eq!(one("Officers said 1,250 people have been detained."), c("detained", 1250, None));
    }

    #[test]
    fn number_words() {
        assert_eq!(one("Two thousand soldiers were flown in."), c("troops_deployed", 2000, None));
        assert_eq!(one("Nearly a thousand marines landed."), c("troops_deployed", 1000, Some("almost")));
        assert_eq!(one("Eleven reporters are under arrest."), c("detained", 11, None));
    }

    #[test]
    fn qualifiers_are_normalised() {
        assert_eq!(one("Around 2,500 troops moved in."), c("troops_deployed", 2500, Some("about")));
        assert_eq!(one("Over 80 planes took part."), c("aircraft", 80, Some("more than")));
        assert_eq!(one("More than 690 protesters were arrested."), c("detained", 690, Some("more than")));
        assert_eq!(one("At least, 300 paratroopers arrived."), c("troops_deployed", 300, Some("at least")));
    }

    #[test]
    fn people_seeking_medical_help_are_injured() {
        let found = claims_of("More than 2,200 people sought medical help after being injured, the health ministry said. \
                               About 80 protesters were treated for injuries.");
        assert_eq!(found, [c("injured", 2200, Some("more than")), c("injured", 80, Some("about"))]);
    }

    #[test]
    fn casualty_list_with_words_after_numbers() {
        assert_eq!(
            claims_of("The riots left at least 75 dead, 900 injured and nearly 3,000 arrested."),
            vec![c("killed", 75, Some("at least")), c("injured", 900, None), c("detained", 3000, Some("almost"))]
        );
    }

    #[test]
    fn scare_quoted_noun_after_the_number() {
        assert_eq!(one("Police said 31 “armed criminals” had been killed in the raid."), c("killed", 31, None));
        // in single marks, and a gapped verb in them
        assert_eq!(one("Police said 31 'armed criminals' had been killed in the raid."), c("killed", 31, None));
        assert_eq!(claims_of("The ministry says 26 rioters 'liquidated' and 18 officers killed."), vec![c("killed", 26, None), c("killed", 18, None)]);
        // (a plural possessive is no scare quote)
        assert_eq!(claims_of("He said the 26 rioters' families were told."), vec![]);
        assert_eq!(claims_of("The 40 workers' detained union leader was released on bail."), vec![]);
        // (a cue in title case before a capitalised word is a name)
        assert_eq!(claims_of("Archaeologists displayed 15 Dead Sea Scrolls in Astana."), vec![]);
        assert_eq!(claims_of("The bill covers 2 Injured Workers funds."), vec![]);
        assert_eq!(claims_of("Kazakh Police Say 12 Officers Killed In Almaty."), vec![c("killed", 12, None)]);
        // headlines and flashes in title case or capitals
        assert_eq!(claims_of("Kazakhstan Says 26 Rioters Killed as Troops Arrive."), vec![c("killed", 26, None)]);
        assert_eq!(claims_of("KAZAKHSTAN SAYS 18 SECURITY OFFICERS DEAD, 748 INJURED."), vec![c("killed", 18, None), c("injured", 748, None)]);
    }

    #[test]
    fn verb_before_number() {
        assert_eq!(one("The ministry said it had “neutralised” and arrested 450 rioters."), c("detained", 450, None));
        assert_eq!(one("Officials said troops “liquidated” 14."), c("killed", 14, None));
        assert_eq!(one("The war claimed the lives of more than 9,000 people."), c("killed", 9000, Some("more than")));
    }

    #[test]
    fn money_ranges_with_damage() {
        let article = Article { body: "The damage from the storm could reach $4-5 billion.".into(), ..Default::default() };
        let claims = extract_claims(&article, &SpeakerIndex::default());
        assert_eq!(claims.len(), 1);
        assert_eq!((claims[0].what.as_str(), claims[0].value, claims[0].value_max), ("damage_usd", 4_000_000_000, Some(5_000_000_000)));
        assert!(claims_of("The deal is worth $4 billion.").is_empty());
    }

    #[test]
    fn other_needs_a_crisis_verb() {
        assert_eq!(one("About 700 shops were looted."), c("other", 700, Some("about")));
        assert_eq!(one("Three battalions of tanks will be sent north."), c("other", 3, None));
        assert!(claims_of("The firm built 3,000 buildings and 200 houses.").is_empty());
    }

    #[test]
    fn troops_withdrawn_are_other() {
        assert_eq!(one("A withdrawal of 8,000 troops was announced."), c("other", 8000, None));
    }

    #[test]
    fn more_inherits_the_previous_noun() {
        assert_eq!(
            claims_of("Some 1,500 soldiers came from the north and almost a thousand more from allies."),
            vec![c("troops_deployed", 1500, Some("about")), c("troops_deployed", 1000, Some("almost"))]
        );
    }

    #[test]
    fn cues_after_asides_and_of_phrases() {
        assert_eq!(
            claims_of("In all 120 people, including 9 policemen, were killed."),
            vec![c("killed", 120, None), c("killed", 9, None)]
        );
        assert_eq!(one("At least 14 members of the security forces were killed."), c("killed", 14, Some("at least")));
        assert_eq!(one("A 1,200-strong force was flown in."), c("troops_deployed", 1200, None));
        assert!(claims_of("A 5,000-strong crowd gathered.").is_empty());
    }

    #[test]
    fn written_numeral_of_a_group() {
        assert_eq!(one("The chief and two of his aides had been arrested."), c("detained", 2, None));
    }

    #[test]
    fn coordinated_nouns_and_uncounted_tolls() {
        assert_eq!(one("The ministry said 16 police officers and servicemen had been killed."), c("killed", 16, None));
        assert_eq!(one("Police said 4,404 people had been rounded up."), c("detained", 4404, None));
        assert!(claims_of("The ministry's tally of 7,939 was rounded up to 8,000 in the English release.").is_empty());
        assert_eq!(one("Some 150 men were rounded up to be questioned."), c("detained", 150, Some("about")));
        assert_eq!(one("Police said 5,800 people had been rounded up or detained."), c("detained", 5800, None));
        assert_eq!(one("Officials put the death toll from last week's riots at 164."), c("killed", 164, None));
        assert_eq!(one("The death toll in the unrest rose to 225."), c("killed", 225, None));
        assert_eq!(one("Officials said the shootings raised the death toll in Almaty to 164."), c("killed", 164, None));
        // (not a place's size or another count after "the death toll in")
        assert!(claims_of("It was the highest death toll in a country of 19 million people.").is_empty());
        assert!(claims_of("The death toll in a city of 2 million is still unknown.").is_empty());
        assert_eq!(one("The ministry said 18 cops had died in the violence."), c("killed", 18, None));
        assert_eq!(one("The ministry said 16 police officers and  servicemen had been killed."), c("killed", 16, None));
        assert_eq!(one("The ministry said 8 police officers and national guardsmen killed."), c("killed", 8, None));
        assert_eq!(
            one("The violence left dozens dead, including at least 16 members of the security forces, officials said."),
            c("killed", 16, Some("at least"))
        );
        assert_eq!(one("More than 2 200 persons addressed for the medical help."), c("injured", 2200, Some("more than")));
    }

    #[test]
    fn shot_dead_held_bodies_and_parts_of_a_count() {
        assert_eq!(one("Police said at least 26 protesters were shot dead in the square."), c("killed", 26, Some("at least")));
        assert_eq!(one("The ministry said 7,939 had been held."), c("detained", 7939, None));
        assert_eq!(one("Witnesses counted at least 3 bodies on the avenue."), c("killed", 3, Some("at least")));
        assert_eq!(one("The death toll included 164 people, the ministry said."), c("killed", 164, None));
        assert_eq!(
            claims_of("Officials say 164 people died across the country, 103 of them in the capital."),
            vec![c("killed", 164, None), c("killed", 103, None)]
        );
        assert_eq!(
            claims_of("About 2,000 troops were deployed, 1,100 of them Russian."),
            vec![c("troops_deployed", 2000, Some("about")), c("troops_deployed", 1100, None)]
        );
        assert_eq!(claims_of("About 1,500 people were held up at the airport."), vec![]);
        assert_eq!(claims_of("More than 3,000 people were held in a stadium for a concert."), vec![]);
        assert_eq!(claims_of("Some 400 people were held hostage in the bank."), vec![]);
        assert_eq!(claims_of("The president instructed 14 state bodies to draft proposals."), vec![]);
        // a rally held by protesters counts no detainees
        assert_eq!(claims_of("About 1,000 protesters held a rally in the square."), vec![]);
        assert_eq!(claims_of("Talks were held in 12 rounds, 3 of them in Geneva."), vec![]);
    }

    #[test]
    fn eliminated_and_capitalised_coordinated_nouns() {
        assert_eq!(claims_of("Meanwhile the MIA reports 26 \"armed criminals\" eliminated."), vec![c("killed", 26, None)]);
        assert_eq!(claims_of("The ministry said 26 \"armed criminals\" had been \"liquidated\"."), vec![c("killed", 26, None)]);
        // a gapped verb in scare quotes right after the noun
        assert_eq!(
            claims_of("The ministry said more than 3,000 people had been detained and 26 armed criminals “liquidated” in the operation."),
            vec![c("detained", 3000, Some("more than")), c("killed", 26, None)]
        );
        assert_eq!(
            claims_of("The ministry reported it arrested 3,800 protesters, “liquidated” 26, a local agency said."),
            vec![c("detained", 3800, None), c("killed", 26, None)]
        );
        assert_eq!(
            claims_of("Officials said 16 police officers and National Guard members were killed."),
            vec![c("killed", 16, None)]
        );
    }

    #[test]
    fn custody_and_hospital_wording() {
        assert_eq!(claims_of("Of them, 1,012 had been placed in pre-trial detention."), vec![c("detained", 1012, None)]);
        assert_eq!(claims_of("He said 2,700 people were still held under arrest."), vec![c("detained", 2700, None)]);
        assert_eq!(claims_of("Medics said 120 people have been taken to hospital."), vec![c("injured", 120, None)]);
    }

    #[test]
    fn a_part_released_is_no_longer_detained() {
        assert_eq!(
            claims_of("Some 10,000 people were detained, 2,000 of whom have since been released."),
            vec![c("detained", 10000, Some("about")), c("other", 2000, None)]
        );
        assert_eq!(
            claims_of("About 9,900 were detained, 400 of them were freed on bail."),
            vec![c("detained", 9900, Some("about")), c("other", 400, None)]
        );
        // the injured discharged from hospital are still a part of the injured
        assert_eq!(
            claims_of("About 4,500 people were injured, 700 of whom were discharged from hospital."),
            vec![c("injured", 4500, Some("about")), c("injured", 700, None)]
        );
        // a part of a toll that was not released stays what it was
        assert_eq!(
            claims_of("Some 10,000 people were detained, 2,000 of them in Almaty."),
            vec![c("detained", 10000, Some("about")), c("detained", 2000, None)]
        );
    }

    #[test]
    fn elliptical_lists_count_the_noun_of_the_first_figure() {
        assert_eq!(
            claims_of("Russia sent 3,000 paratroopers, Belarus 500, Armenia 100 and Tajikistan 200."),
            vec![
                c("troops_deployed", 3000, None),
                c("troops_deployed", 500, None),
                c("troops_deployed", 100, None),
                c("troops_deployed", 200, None)
            ]
        );
        assert_eq!(
            claims_of("Police said 103 people were killed in Almaty; Taldykorgan 12; Shymkent 9."),
            vec![c("killed", 103, None), c("killed", 12, None), c("killed", 9, None)]
        );
        // a name followed by a number that goes on is not a list item
        assert_eq!(claims_of("Russia sent 3,000 paratroopers, Belarus 500 kilometres away."), vec![c("troops_deployed", 3000, None)]);
        // no counted figure before: nothing to repeat
        assert_eq!(claims_of("The rankings put Kazakhstan 94, Kyrgyzstan 120."), vec![]);
        // names that are no places
        assert_eq!(claims_of("At least 225 people were killed, according to Amnesty and Article 19."), vec![c("killed", 225, Some("at least"))]);
        assert_eq!(
            claims_of("Some 9,900 people were detained, among them reporters for Vlast, Azattyq and Channel 31."),
            vec![c("detained", 9900, Some("about"))]
        );
        assert_eq!(claims_of("He was born in Almaty, Room 12, and moved later."), vec![]);
    }

    #[test]
    fn tolls_named_before_the_figure_and_figures_relative_to_one() {
        assert_eq!(one("Detentions near 10,000 as Kazakhstan tightens control."), c("detained", 10000, Some("almost")));
        assert_eq!(one("Kazakhstan: Tokayev says order restored as death toll rises to 164"), c("killed", 164, None));
        assert_eq!(one("Officials put the death toll among the security forces at 18."), c("killed", 18, None));
        assert_eq!(one("The city police department reports 1,678 detainees."), c("detained", 1678, None));
        assert_eq!(one("The alliance sent a force of about 2,500 to Almaty."), c("troops_deployed", 2500, Some("about")));
        assert_eq!(one("Zas said the force would number about 2,500 troops."), c("troops_deployed", 2500, Some("about")));
        assert_eq!(one("The full force is expected to number about 2,500."), c("troops_deployed", 2500, Some("about")));
        assert_eq!(claims_of("Tickets number 2,500 this year."), vec![]);
        assert_eq!(claims_of("Detainees now number about 9,900, the ministry said after security forces cleared the square."), vec![]);
        assert_eq!(claims_of("The crowd, numbering some 10,000, faced troops."), vec![]);
        assert_ne!(one("They sent a force of 12 armoured vehicles to the city.").0, "troops_deployed");
        assert_eq!(one("The ministry put the number of detainees at 9,900."), c("detained", 9900, None));
        assert_eq!(
            claims_of("The ministry said 9,900 people had been detained, up from about 8,000 two days earlier."),
            vec![c("detained", 9900, None), c("detained", 8000, Some("about"))]
        );
        assert_eq!(
            claims_of("A channel reported 164 deaths, including 103 in Almaty."),
            vec![c("killed", 164, None), c("killed", 103, None)]
        );
        assert_eq!(one("Tokayev says the CSTO troops, about 2,030 in total, will leave."), c("troops_deployed", 2030, Some("about")));
        assert_eq!(one("Hospitals treated more than 400 people with gunshot wounds."), c("injured", 400, Some("more than")));
        assert_eq!(one("More than 3,000 people are reported detained."), c("detained", 3000, Some("more than")));
        assert_eq!(one("He said 20,000 bandits had attacked Almaty."), c("other", 20000, None));
        assert_eq!(one("Some 20 thousand bandits took part in the attacks on Alma-Ata."), c("other", 20000, Some("about")));
        assert_eq!(claims_of("About 20,000 protesters gathered in the square."), vec![]);
        assert_eq!(one("They want an inquiry into the deaths of more than 160 people."), c("killed", 160, Some("more than")));
        assert_eq!(
            claims_of("Officials said 18 officers were killed and 748 others injured."),
            vec![c("killed", 18, None), c("injured", 748, None)]
        );
    }

    #[test]
    fn seized_weapons_and_opened_cases_are_other_claims() {
        assert_eq!(one("The ministry added that 1,678 firearms were seized from the rioters."), c("other", 1678, None));
        assert_eq!(one("Prosecutors said 25 criminal cases on terrorism had been opened."), c("other", 25, None));
        assert_eq!(claims_of("The court heard 25 cases last year."), vec![]);
    }

    #[test]
    fn materiel_leaving_with_the_troops_counts() {
        let got = claims_of("The contingent of about 2,000 troops and about 250 units of military equipment will leave.");
        assert!(got.contains(&c("other", 250, Some("about"))), "{got:?}");
        assert_eq!(claims_of("About 250 units of equipment are parked at the base."), vec![]);
        assert_eq!(
            claims_of("On Saturday the Interior Ministry put the number of people detained across the country at 4,404."),
            vec![c("detained", 4404, None)]
        );
        let got = claims_of("By 8 January the contingent numbered 2,030 servicemen and 250 units of military equipment.");
        assert!(got.contains(&c("other", 250, None)), "{got:?}");
        assert_eq!(claims_of("Police published the licence plate numbers of 40 cars seen near the akimat."), vec![]);
        assert_eq!(claims_of("The new residential complex comprises 12 buildings and 800 apartments."), vec![]);
        // (a clock time is no count)
        assert_eq!(claims_of("The ministry publishes the number of detainees across the country at 10 a.m. each day."), vec![]);
        assert_eq!(claims_of("The ministry publishes the number of detainees across the country at 10 am."), vec![]);
        // (cars left by their owners are not cars leaving)
        assert_eq!(claims_of("Some 120 cars left by their owners remained parked outside the airport."), vec![]);
        let got = claims_of("More than 2,000 servicemen and about 250 units of military equipment took part in the operation.");
        assert!(got.contains(&c("other", 250, Some("about"))), "{got:?}");
    }

    #[test]
    fn headline_tense_counts_and_materiel_flown_or_burnt() {
        assert_eq!(one("Police detain over 4,400 people during riots"), c("detained", 4400, Some("more than")));
        assert_eq!(one("Number of detainees in Latvia rises to 7,939"), c("detained", 7939, None));
        assert_eq!(one("About 250 units of equipment had been flown in."), c("other", 250, Some("about")));
        // (flights a company performs are its business, not a claim)
        assert!(claims_of("Before the crisis, the airline performed 120 flights a day.").is_empty());
        assert_eq!(one("About 120 vehicles were set on fire across the city."), c("other", 120, Some("about")));
        // a count of vehicles no verb of the list acts on is no claim
        assert!(claims_of("About 120 vehicles queued at the border.").is_empty());
    }

    #[test]
    fn not_claims() {
        for text in [
            "Turnout was 64 percent and 71.5% backed it.",
            "The 58-year-old leader, 81, was born in 1940.",
            "The border is 7,600 km long and the war lasted 10 days.",
            "Protests began on January 2, 2022 in the west.",
            "It has 30 member states and 18 different scenarios.",
            "A city of 1.8 million people woke up.",
            "Thousands of people were injured.",
            "S-400 systems and Su-35 jets are modern.",
        ] {
            assert!(claims_of(text).is_empty(), "{text}: {:?}", claims_of(text));
        }
    }

    #[test]
    fn long_lists_are_statistics_not_claims() {
        let text = "The army received 900 vehicles, 4 ships, 10 boats, 17 vessels, 77 aircraft and 29 helicopters.";
        assert!(claims_of(text).is_empty());
    }

    #[test]
    fn attribution_from_said_and_according_to() {
        let article = Article {
            body: "Some 900 people were detained, police said. Around 400 troops landed, according to a statement from the Defence Ministry. Rebels killed 12, according to the local agency Newsline.kz.".into(),
            ..Default::default()
        };
        let got: Vec<_> = extract_claims(&article, &SpeakerIndex::default()).into_iter().map(|c| c.attributed_to).collect();
        assert_eq!(got, vec![Some("police".into()), Some("Defence Ministry".into()), Some("Newsline.kz".into())]);
    }

    #[test]
    fn attribution_to_a_described_organisation_and_a_pronoun() {
        let article = Article {
            body: "The national security committee said two of his deputies were arrested.".into(),
            ..Default::default()
        };
        let claims = extract_claims(&article, &SpeakerIndex::default());
        assert_eq!(claims[0].attributed_to.as_deref(), Some("national security committee"));
        assert_eq!(claims[0].subject, "deputies");

        let body = "Ivo Tamm spoke. \"About 90 people were detained,\" he said.";
        let index = SpeakerIndex {
            speakers: vec![LocalSpeaker { name: "Ivo Tamm".into(), kind: SpeakerKind::Person, aliases: vec![], titles: vec![], country: None }],
            mentions: vec![Mention { speaker: 0, start: 0, end: 8, text: "Ivo Tamm".into() }],
        };
        let claims = extract_claims(&Article { body: body.into(), ..Default::default() }, &index);
        assert_eq!(claims[0].attributed_to.as_deref(), Some("Ivo Tamm"));

        let body = "Ivo Tamm spoke. Losses may reach $5 billion, the Estonian minister said.";
        let claims = extract_claims(&Article { body: body.into(), ..Default::default() }, &index);
        assert_eq!(claims[0].attributed_to.as_deref(), Some("Ivo Tamm"));
        let body = "Ivo Tamm blamed rebels and said that damage could total $5 billion.";
        let claims = extract_claims(&Article { body: body.into(), ..Default::default() }, &index);
        assert_eq!(claims[0].attributed_to.as_deref(), Some("Ivo Tamm"));
    }

    #[test]
    fn attribution_uses_the_speaker_index() {
        let body = "Minister Ivo Tamm said 60 aircraft were used.";
        let index = SpeakerIndex {
            speakers: vec![LocalSpeaker {
                name: "Ivo Tamm".into(),
                kind: SpeakerKind::Person,
                aliases: vec![],
                titles: vec![],
                country: None,
            }],
            mentions: vec![Mention { speaker: 0, start: 9, end: 17, text: "Ivo Tamm".into() }],
        };
        let claims = extract_claims(&Article { body: body.into(), ..Default::default() }, &index);
        assert_eq!(claims[0].attributed_to.as_deref(), Some("Ivo Tamm"));
        assert_eq!(claims[0].what, "aircraft");
    }

    #[test]
    fn evidence_is_the_sentence_in_character_offsets() {
        let body = "“Calm” returned. Police say 35 protesters were arrested — again.";
        let claims = extract_claims(&Article { body: body.into(), ..Default::default() }, &SpeakerIndex::default());
        let cl = &claims[0];
        let slice: String = body.chars().skip(cl.start).take(cl.end - cl.start).collect();
        assert_eq!(slice, cl.evidence);
        assert_eq!(cl.evidence, "Police say 35 protesters were arrested — again.");
    }

    #[test]
    fn hostile_text_does_not_panic() {
        let body = "$9 bn “ at least, 99999999999999999999 killed 1,000,000,000,000,000,000 ".repeat(300);
        let _ = claims_of(&body);
        let _ = claims_of("at least");
        let _ = claims_of("5");
    }
}
