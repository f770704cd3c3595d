//! Attributing quotation spans: cue verbs, speakers, pronouns and descriptions.
//!
//! For each span, in order, the attribution is looked for
//! 1. right after the closing mark: `…," said X`, `…," X said`, `…," X quoted Y as saying`,
//!    `…, according to X`;
//! 2. before the opening mark in the same sentence: `X said that "…"`, `X said: “…”`,
//!    `According to X, "…"`, `X praised the "…"`;
//! 3. from the previous quote, when this one continues it (same sentence, same paragraph,
//!    or a paragraph that opens with the quote right after the previous quote's paragraph);
//! 4. from a cue in the one or two sentences before (`X said … . "…"`).
//!
//! The subject found is a name mention (from the [`SpeakerIndex`]), a pronoun ("he",
//! "she", "him") or a description ("the minister", "the Kazakh leader", "the ministry"),
//! resolved to the nearest compatible earlier speaker of the article. The headline's
//! speaker ("Minister Says …") counts as the first antecedent. An organisation named only
//! by a description ("the national security committee") becomes a new speaker. When
//! nothing says who spoke, the speaker stays `None`.
//!
//! Spans of one word, short spans with no cue in their sentence ("so-called “X”") and
//! Title-Case titles are dropped as scare quotes or titles.

use std::cell::Cell;

use once_cell::sync::Lazy;

use super::spans::Span;
use crate::model::{Article, LocalSpeaker, Mention, Quote, SpeakerIndex, SpeakerKind};
use crate::speakers::gazetteer::{Gender, GAZETTEER};
use crate::speakers::names::{classify, tokenize, Class, Tok};
use crate::speakers::{gender_of, memo_alias_key};

/// Where a subject was found, which sets the confidence.
#[derive(Debug, Clone, Copy, PartialEq)]
enum How {
    Named,
    Pronoun,
    Description,
    Continuation,
    Earlier,
}

impl How {
    fn confidence(self) -> f64 {
        match self {
            How::Named => 0.9,
            How::Pronoun => 0.75,
            How::Description => 0.7,
            How::Continuation => 0.65,
            How::Earlier => 0.5,
        }
    }
}

/// An earlier speaker reference that pronouns and descriptions can point back to.
#[derive(Debug, Clone, Copy)]
struct Focus {
    pos: usize,
    speaker: usize,
    salient: bool,
    protagonist: bool,
    // an organisation speaking through an unnamed spokesperson ("A spokesman for Marunaka
    // Trading said …"): the next "he" or "she" is the organisation
    spokesperson: bool,
    // the mention is a cue's subject ("the Interior Ministry said"), or the speaker of a quote
    sayer: bool,
}

struct Ctx<'a> {
    toks: &'a [Tok<'a>],
    // token index → mention index starting there
    mention_at: Vec<Option<usize>>,
    // token index → mention index covering it
    mention_cover: Vec<Option<usize>>,
    // token index → inside a quote span
    quoted: Vec<bool>,
    // token index → paragraph number (blank lines not counted)
    para: Vec<usize>,
    index: &'a mut SpeakerIndex,
    // every mention outside quotes (and the headline's people), by position
    focus: Vec<Focus>,
    // speakers credited or added while attributing, by position (after `focus` at equal ones)
    added: Vec<Focus>,
    // speakers already credited with a quote in this article
    quoted_speakers: Vec<bool>,
    chars: Vec<char>,
    // every token's text lowercased, back to back in one buffer (computed once, not per
    // look-up), and where each starts (n + 1 entries)
    lower_buf: String,
    lower_at: Vec<usize>,
    // token index → 1 + the length in tokens of the cue verb or phrase starting there
    // (1: none; 0: not looked up yet — only tokens near quotes ever are)
    cue: Vec<Cell<u8>>,
    // character offset i → number of sentence breaks ('.', '!', '?', '\n') in chars[..i]
    breaks: Vec<u32>,
    // work done: tokens and characters visited by the look-ups (see [`attribute_counted`])
    steps: u64,
}

/// How many tokens [`Ctx::earlier_cue`] looks back for the one or two sentences before a
/// quote: three sentences of ordinary prose fit easily; a text without sentence breaks
/// (10,000 stray quote marks on one line) no longer makes every quote rescan the body.
const EARLIER_WINDOW: usize = 240;

/// Nouns that refer back to an organisation named earlier ("Amnesty International said …
/// “…,” the group said").
/// Words that name a company in its name besides its suffix ([`crate::speakers::names::COMPANY_SUFFIXES`]).
const COMPANY_WORDS: &[&str] = &["company", "corporation", "jsc", "group", "holding"];

const ANAPHORIC_ORG_NOUNS: [&str; 7] = ["group", "organisation", "organization", "watchdog", "charity", "alliance", "bloc"];

/// How many earlier speaker references a pronoun or description is resolved among.
const FOCUS_WINDOW: usize = 1_000;

const PRONOUNS_M: [&str; 3] = ["he", "him", "his"];
const PRONOUNS_F: [&str; 3] = ["she", "her", "hers"];
const PRONOUNS_N: [&str; 4] = ["it", "they", "them", "its"];

const PERSON_ROLES: [&str; 63] = [
    "rabbi", "imam", "priest", "bishop", "archbishop", "mufti", "pastor", "sheikh", "patriarch", "metropolitan", "archpriest", "ayatollah",
    "fm", "pm", "minister", "president", "leader", "diplomat", "secretary", "head", "chief", "spokesman", "spokeswoman",
    "spokesperson", "commander", "general", "director", "chairman", "ambassador", "envoy", "official", "premier",
    "chancellor", "governor", "mayor", "akim", "senator", "politician", "colonel", "lieutenant", "officer", "prosecutor",
    "king", "counterpart", "representative", "adviser", "advisor", "strategist", "analyst", "expert", "scientist",
    "researcher", "professor", "observer", "commentator", "head-of-state", "mp", "lawmaker", "legislator",
    "parliamentarian", "congressman", "congresswoman", "economist",
];

/// Roles that only someone the text gave that title stands for: "the rabbi said" is Rabbi
/// Menachem Gurevich, and never the minister named last.
const TITLED_ROLES: [&str; 12] =
    ["rabbi", "imam", "priest", "bishop", "archbishop", "mufti", "pastor", "sheikh", "patriarch", "metropolitan", "archpriest", "ayatollah"];

/// Roles that rule out a candidate whose known titles say otherwise.
/// ("the MP said" is not the known spokesman).
const STRICT_ROLES: [&str; 10] = ["president", "premier", "pm", "fm", "mp", "lawmaker", "legislator", "parliamentarian", "congressman", "congresswoman"];

/// Verbs of saying whose subject owns a fragment quoted at the end of their sentence.
/// A broadcast script's sound-bite label: "3. SOUNDBITE (Russian) …", "(SOUNDBITE) (English) …",
/// "[Sound bite: …]", "SOT: …".
static SOUNDBITE_LABEL: Lazy<regex::Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^\s*(?:\d{1,3}\.\s*)?[\[(]?\s*(?:sound ?bite|sot)(?-u:\b)").expect("the sound-bite pattern is valid")
});

const SAYING: [&str; 24] = [
    "said", "says", "told", "tells", "added", "warned", "stated", "declared", "insisted", "claimed", "argued", "noted", "stressed", "wrote",
    // (and their participles: "opened by warning that Europe was “closer to a major war …”")
    "saying", "telling", "adding", "warning", "stating", "declaring", "insisting", "claiming", "arguing", "noting",
];

/// Adverbs standing between a subject and its verb of saying ("the ministry also said").
const SUBJECT_ADVERBS: [&str; 14] =
    ["also", "further", "again", "later", "earlier", "too", "now", "then", "already", "still", "separately", "additionally", "meanwhile", "previously"];

/// Adverbs between a subject and its verb of saying ("the ministry has repeatedly said"); a
/// list, as "family", "assembly" and "weekly" end in "ly" too.
const SAYING_ADVERBS: [&str; 14] = [
    "repeatedly", "reportedly", "publicly", "recently", "officially", "openly", "firmly", "privately", "initially",
    "subsequently", "finally", "similarly", "briefly", "explicitly",
];

/// Auxiliary verbs between a subject and its verb of saying, never part of the subject.
const AUXILIARIES: [&str; 15] = ["has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "can", "may", "might", "did"];

/// Nouns naming what someone said, whose speaker follows "by" or owns them ("the statement
/// by X that …", "X's remark that …").
const STATEMENT_NOUNS: [&str; 10] = ["statement", "remark", "remarks", "words", "assurance", "assurances", "pledge", "promise", "claim", "announcement"];

const DOCUMENT_NOUNS: [&str; 6] = ["statement", "release", "communique", "communiqué", "announcement", "message"];

/// A speaker's titles in lower case, one string, abbreviated ranks and offices spelled out
/// ("Col." → "colonel"), so that "the colonel added" finds "Col. David Renner".
fn spelled_titles(titles: &[String]) -> String {
    let lower = titles.join(" ").to_lowercase();
    lower
        .split(' ')
        .map(|word| match word.trim_end_matches('.') {
            "col" => "colonel",
            "gen" => "general",
            "lt" => "lieutenant",
            "maj" => "major",
            "capt" => "captain",
            "adm" => "admiral",
            "brig" => "brigadier",
            "sen" => "senator",
            "rep" => "representative",
            "prof" => "professor",
            "gov" => "governor",
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Roles of a diplomat's office, which no officer known only by rank holds (a minister, a
/// head of state or a spokesman may be one: "General of the Army Sergei Shoigu" … "the
/// Minister of Defence emphasized", "Major General Igor Konashenkov" … "the spokesman added").
const CIVIL_ROLES: [&str; 4] = ["diplomat", "envoy", "ambassador", "fm"];

/// Whether `titles` (lower case) name a military rank or command and no civil office:
/// "russian colonel-general", "major general", "commander" (not "secretary general").
fn military_titles(titles: &str) -> bool {
    const RANKS: [&str; 9] = ["general", "colonel", "major", "lieutenant", "commander", "admiral", "sergeant", "captain", "marshal"];
    const CIVIL: [&str; 6] = ["minister", "secretary", "president", "ambassador", "envoy", "spokes"];
    RANKS.iter().any(|r| titles_hold(r, titles)) && !CIVIL.iter().any(|c| titles.contains(c))
}

/// Role words that describe the same job ("top diplomat" ≈ "foreign minister").
/// Whether `titles` hold the role word itself ("the general" is an officer, not a
/// secretary-general or a prosecutor general).
fn titles_hold(role: &str, titles: &str) -> bool {
    if role != "general" {
        return titles.contains(role);
    }
    const CIVIL: [&str; 9] = [
        "secretary general", "secretary-general", "attorney general", "prosecutor general", "director general",
        "director-general", "consul general", "governor general", "surgeon general",
    ];
    CIVIL.iter().fold(titles.to_owned(), |t, c| t.replace(c, "")).contains(role)
}

fn role_matches(role: &str, titles: &str) -> bool {
    let synonyms: &[&str] = match role {
        // (a secretary of state is a diplomat, a press secretary is not)
        "diplomat" if titles.contains("press secretary") => &["minister", "foreign", "ambassador", "envoy", "diplomat"],
        "diplomat" => &["minister", "foreign", "ambassador", "envoy", "diplomat", "secretary"],
        "leader" | "head" => &["president", "prime", "premier", "chancellor", "leader", "head", "king", "dictator"],
        // "the head of state" is the president or monarch, not the prime minister
        "head-of-state" => &["president", "king", "emir", "monarch", "head of state"],
        "envoy" | "ambassador" | "representative" => &["envoy", "ambassador", "representative", "diplomat"],
        "expert" | "analyst" | "scientist" | "researcher" | "observer" | "commentator" | "economist" => {
            &["expert", "analyst", "scientist", "researcher", "professor", "observer", "commentator", "fellow", "economist"]
        }
        // "Head of State Toqaev" … "the Kazakh President said"
        "president" => &["president", "head of state"],
        "minister" => &["minister"],
        // "the FM posted", "the Armenian PM said"
        "fm" => &["foreign minister", "foreign affairs"],
        "pm" => &["prime minister", "premier"],
        "secretary" => &["secretary"],
        // (a Kazakh region's or city's akim is its governor or mayor)
        "akim" | "mayor" | "governor" => &["akim", "mayor", "governor"],
        "politician" | "official" => &["minister", "president", "secretary", "official", "mp", "senator"],
        // "member of the Milli Majlis X" … "the MP said"
        "mp" | "lawmaker" | "legislator" | "parliamentarian" | "congressman" | "congresswoman" => {
            &["mp", "member", "lawmaker", "legislator", "deputy", "parliament", "senator", "congress", "majlis", "duma", "rada"]
        }
        other => return titles_hold(other, titles),
    };
    synonyms.iter().any(|s| titles.contains(s))
}

/// Attributes `spans` of `article` to speakers of `index`, adding speakers named only in
/// attributions, and drops scare quotes and titles.
pub fn attribute(article: &Article, spans: &[Span], index: &mut SpeakerIndex) -> Vec<Quote> {
    attribute_counted(article, spans, index).0
}

/// [`attribute`], also returning the work done: the number of tokens and characters its
/// look-ups visited. Every look-up is bounded (a window of tokens or characters around the
/// quote, or an index built once per article), so this grows linearly with the body and
/// the number of spans; the hostile-input tests assert it.
pub fn attribute_counted(article: &Article, spans: &[Span], index: &mut SpeakerIndex) -> (Vec<Quote>, u64) {
    attribute_counted_with(article, spans, index, &tokenize(&article.body))
}

/// [`attribute_counted`] over the body's tokens as [`tokenize`] gives them, when the
/// caller already has them (the pipeline tokenizes each body once, for speakers and quotes).
pub fn attribute_counted_with(
    article: &Article,
    spans: &[Span],
    index: &mut SpeakerIndex,
    toks: &[Tok],
) -> (Vec<Quote>, u64) {
    let body = &article.body;
    let n = toks.len();
    let chars: Vec<char> = body.chars().collect();
    let mut lower_buf = String::with_capacity(body.len());
    let mut lower_at = Vec::with_capacity(n + 1);
    for t in toks {
        lower_at.push(lower_buf.len());
        if t.text.is_ascii() {
            lower_buf.extend(t.text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower_buf.push_str(&t.text.to_lowercase());
        }
    }
    lower_at.push(lower_buf.len());
    let mut breaks = Vec::with_capacity(chars.len() + 1);
    let mut count = 0u32;
    breaks.push(0);
    for &c in &chars {
        count += u32::from(matches!(c, '.' | '!' | '?' | '\n'));
        breaks.push(count);
    }
    let mut ctx = Ctx {
        mention_at: vec![None; n],
        mention_cover: vec![None; n],
        quoted: vec![false; n],
        para: vec![0; n],
        steps: (chars.len() + n) as u64,
        toks,
        index,
        focus: Vec::new(),
        added: Vec::new(),
        quoted_speakers: Vec::new(),
        chars,
        lower_buf,
        lower_at,
        cue: vec![Cell::new(0); n],
        breaks,
    };
    ctx.map_tokens(spans);
    ctx.seed_focus(article);

    let mut quotes: Vec<Quote> = Vec::new();
    let mut prev: Option<(usize, Option<usize>, Option<String>, usize)> = None; // (span idx, speaker, cue, last token)
    for (si, span) in spans.iter().enumerate() {
        // token ranges around the span
        let first_in = ctx.toks.partition_point(|t| t.start < span.start);
        let after = ctx.toks.partition_point(|t| t.start < span.close.map_or(span.end, |c| c + 1).max(span.end));
        let text: String = cslice(&ctx.chars, span.start, span.end);
        ctx.steps += 1 + (span.end.saturating_sub(span.start)) as u64;
        let mut found = ctx.after_cue(span, after);
        // a fragment closing its sentence ("… said the city was attacked by gangs that had
        // “received training abroad.” The ministry says 18 …") is the words of its own
        // sentence's speaker, not of the next sentence's
        // (only after a verb of saying, and not a phrase named by "as" or "of": "a report that
        // described the operation as “…”", "criticism of “…”")
        let ends_sentence = span.close.is_some_and(|c| c > 0 && ctx.chars.get(c - 1) == Some(&'.'));
        let named_phrase = first_in > 0 && matches!(ctx.low(first_in - 1), "as" | "of");
        // (so is a whole sentence its own sentence introduces with a comma or colon: "Blinken
        // told reporters on Friday, “Recent history teaches …” Russia's foreign ministry called
        // the remark “offensive”.")
        let introduced = || (0..span.start.saturating_sub(1)).rev().map(|i| ctx.chars[i]).find(|c| !c.is_whitespace()).is_some_and(|c| matches!(c, ',' | ':'));
        if found.is_some() && ends_sentence && !named_phrase && (text.starts_with(char::is_lowercase) || introduced()) {
            let said = |a: &Attr| a.cue.as_deref().is_some_and(|c| SAYING.contains(&c.to_lowercase().as_str()));
            if let Some(own) = ctx.before_cue(span, first_in).filter(|a| a.speaker.is_some() && said(a)) {
                // (where the cue stands: a participle only after "by" or a comma, not "reports
                // claiming that"; a whole sentence only right after its cue's clause, not "Lavrov
                // said that Blinken should not have joked, “…”")
                let at = own.cue.as_deref().and_then(|c| ctx.cue_token_before(first_in, c));
                let participle = own.cue.as_deref().is_some_and(|c| c.ends_with("ing"));
                let placed = !participle || at.is_some_and(|k| k > 0 && (ctx.low(k - 1) == "by" || ctx.toks[k].after_comma));
                let near = text.starts_with(char::is_lowercase) || at.is_some_and(|k| first_in - k <= 8 && !(k..first_in).any(|j| ctx.low(j) == "that"));
                let fits = placed && near;
                if fits {
                    found = Some(own);
                }
            }
        }
        let mut cue_adjacent = found.is_some();
        if found.is_none() {
            found = ctx.statement_by(span, first_in);
        }
        if found.is_none() {
            found = ctx.before_cue(span, first_in);
            // "signs reading “…”": the cue right before the mark
            cue_adjacent = found.is_some() && first_in > 0 && ctx.cue_len(first_in - 1).is_some();
        }
        if found.is_none() {
            found = ctx.label_before(span, first_in);
            cue_adjacent = found.is_some();
        }
        if found.is_none() {
            found = ctx.soundbite_label(span, first_in);
            cue_adjacent = found.is_some();
        }
        if found.is_none() {
            found = ctx.dash_credit(span, after);
            cue_adjacent = found.is_some();
        }
        if found.is_none() {
            found = ctx.name_line_above(span).or_else(|| ctx.statement_paragraph_before(span));
            cue_adjacent = found.is_some();
        }
        let same_sentence_cue = found.as_ref().is_some_and(|a| a.speaker.is_some()) || cue_adjacent;
        let para_here = ctx.para_at(first_in, after);
        let continues = prev.as_ref().is_some_and(|(pi, _, _, ptok)| {
            let p = &spans[*pi];
            let between_start = p.close.map_or(p.end, |c| c + 1);
            let same_sentence = !ctx.has_break(between_start, span.start.saturating_sub(1));
            let pp = ctx.para.get(*ptok).copied().unwrap_or(0);
            let opens_paragraph = span_opens_paragraph(&ctx.chars, span);
            same_sentence || pp == para_here || (opens_paragraph && pp + 1 == para_here)
        });
        let (speaker, speaker_text, cue, how) = match found {
            Some(a) => (a.speaker, a.subject, a.cue, a.how),
            None if continues => {
                let (_, sp, cue, _) = prev.clone().unwrap_or((0, None, None, 0));
                let sentence_joined = prev.as_ref().is_some_and(|(pi, _, _, _)| {
                    let p = &spans[*pi];
                    !ctx.has_break(p.close.map_or(p.end, |c| c + 1), span.start.saturating_sub(1))
                });
                let sp_text = sp.map(|s| ctx.index.speakers[s].name.clone());
                (sp, sp_text, if sentence_joined { cue } else { None }, How::Continuation)
            }
            None => match ctx.earlier_cue(first_in) {
                Some(a) => (a.speaker, a.subject, None, How::Earlier),
                None => (None, None, None, How::Earlier),
            },
        };
        let full_sentence = text.chars().next().is_some_and(char::is_uppercase) && text.trim_end().ends_with(['.', '!', '?']);
        let evidence = same_sentence_cue
            || (how == How::Continuation && speaker.is_some() && (full_sentence || cue.is_some()));
        let as_they_say = first_in >= 3 && ctx.low(first_in - 3) == "as" && ctx.low(first_in - 2) == "they" && ctx.low(first_in - 1) == "say";
        if !keep_span(&text, evidence, as_they_say, &ctx.chars, span) {
            continue;
        }
        // a title in a note or a reference list, unless a person follows it ("“…,” Kassym-Jomart
        // Tokayev, 7 January 2022." is an epigraph)
        let person_after = ctx
            .mention_cover
            .get(after)
            .copied()
            .flatten()
            .filter(|&mi| ctx.index.speakers[ctx.index.mentions[mi].speaker].kind == SpeakerKind::Person);
        let (mut speaker, mut speaker_text, mut how) = (speaker, speaker_text, how);
        if cited_title(&ctx.chars, span) {
            let Some(mi) = person_after else { continue };
            if speaker.is_none() {
                let m = &ctx.index.mentions[mi];
                (speaker, speaker_text, how) = (Some(m.speaker), Some(m.text.clone()), How::Named);
            }
        }
        if let Some(s) = speaker {
            if ctx.quoted_speakers.len() <= s {
                ctx.quoted_speakers.resize(s + 1, false);
            }
            ctx.quoted_speakers[s] = true;
            ctx.add_focus(Focus { pos: span.start, speaker: s, salient: true, protagonist: false, spokesperson: false, sayer: true });
        }
        let last_tok = after.saturating_sub(1).max(first_in);
        prev = Some((si, speaker, cue.clone(), last_tok.min(n.saturating_sub(1))));
        quotes.push(Quote {
            text,
            speaker,
            speaker_text,
            cue,
            start: span.start,
            end: span.end,
            malformed: span.malformed,
            confidence: if speaker.is_some() { how.confidence() } else { 0.0 },
            zone: crate::model::Zone::Body,
        });
    }
    credit_repeated_quotes(&mut quotes, &ctx.index.speakers);
    (quotes, ctx.steps)
}

/// A verb in the past tense, by its "-ed" or as a common irregular one ("delivered", "met").
fn is_past_verb(word: &str) -> bool {
    const IRREGULAR: [&str; 30] = [
        "said", "told", "met", "spoke", "went", "made", "gave", "took", "came", "left", "sent", "led", "won", "lost",
        "held", "brought", "kept", "wrote", "stood", "began", "flew", "saw", "put", "set", "sat", "ran", "thought",
        "found", "became", "chose",
    ];
    word.chars().all(|c| c.is_ascii_lowercase())
        && ((word.len() > 4 && word.ends_with("ed") && !matches!(word, "indeed" | "speed" | "breed" | "seed" | "need"))
            || IRREGULAR.contains(&word)
            || matches!(word, "has" | "had"))
}

/// A quotation printed again without attribution (a pull quote, a summary box) is the
/// words of whoever the text credits with them where they first appear.
fn credit_repeated_quotes(quotes: &mut [Quote], speakers: &[crate::model::LocalSpeaker]) {
    let key = |text: &str| -> String {
        // (ASCII text byte by byte, without Unicode's tables)
        if text.is_ascii() {
            let bytes: Vec<u8> = text.bytes().filter(u8::is_ascii_alphanumeric).map(|b| b.to_ascii_lowercase()).collect();
            return String::from_utf8(bytes).unwrap_or_default();
        }
        text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
    };
    // the first credit of some words wins: a later copy (a pull quote on its own line, a
    // summary box) is theirs too, whatever cue its neighbours lend it
    let mut credited: foldhash::HashMap<String, (usize, usize, f64)> = foldhash::HashMap::default();
    for (i, q) in quotes.iter().enumerate().filter(|(_, q)| q.cue.is_some()) {
        if let Some(s) = q.speaker {
            if q.text.split_whitespace().count() >= 5 {
                credited.entry(key(&q.text)).or_insert((i, s, q.confidence));
            }
        }
    }
    if credited.is_empty() {
        return;
    }
    // (a part of words credited before, left with no speaker: a highlight repeating the end of
    // a sentence, "Highlight: “the gap between the allies and Russia remains wide”")
    // (the keys of the credited quotes, computed once: (index, key, speaker, confidence))
    let sources: Vec<(usize, String, usize, f64)> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.speaker.filter(|_| q.cue.is_some() && q.text.split_whitespace().count() >= 5).map(|s| (i, key(&q.text), s, q.confidence)))
        .collect();
    for i in 0..quotes.len() {
        if quotes[i].speaker.is_some() || quotes[i].text.split_whitespace().count() < 5 {
            continue;
        }
        let part = key(&quotes[i].text);
        let earlier = sources.iter().take_while(|(j, ..)| *j < i).find(|(_, k, ..)| k.contains(&part)).map(|&(_, _, s, c)| (s, c));
        if let Some((s, confidence)) = earlier {
            quotes[i].speaker = Some(s);
            quotes[i].speaker_text = speakers.get(s).map(|sp| sp.name.clone());
            quotes[i].confidence = confidence * 0.8;
        }
    }
    for (i, q) in quotes.iter_mut().enumerate() {
        let Some(&(first, s, confidence)) = credited.get(&key(&q.text)) else { continue };
        if first < i && q.speaker != Some(s) {
            q.speaker = Some(s);
            q.speaker_text = speakers.get(s).map(|sp| sp.name.clone());
            q.confidence = confidence * 0.8;
        } else if q.speaker.is_none() {
            q.speaker = Some(s);
            q.speaker_text = speakers.get(s).map(|sp| sp.name.clone());
            q.confidence = confidence * 0.8;
        }
    }
}

fn span_opens_paragraph(chars: &[char], span: &Span) -> bool {
    // the characters between the paragraph start and the opening mark are blank
    let before = cslice(chars, span.start.saturating_sub(80), span.start.saturating_sub(1));
    let line = before.rsplit('\n').next().unwrap_or("");
    before.contains('\n') && line.trim().is_empty()
}

/// The characters `[a, b)` of `chars` (clamped) as a string.
fn cslice(chars: &[char], a: usize, b: usize) -> String {
    let b = b.min(chars.len());
    let Some(slice) = chars.get(a.min(b)..b) else { return String::new() };
    // (most text is ASCII: its characters are its bytes, copied without encoding each one)
    if slice.iter().all(char::is_ascii) {
        let bytes: Vec<u8> = slice.iter().map(|&c| c as u8).collect();
        return String::from_utf8(bytes).unwrap_or_default();
    }
    slice.iter().collect()
}

/// Whether a span is a real quotation rather than a scare quote or a title.
fn keep_span(text: &str, has_cue: bool, as_they_say: bool, chars: &[char], span: &Span) -> bool {
    let words: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    if words.len() <= 1 {
        return false;
    }
    let before: String = cslice(chars, span.start.saturating_sub(14), span.start.saturating_sub(1))
        .to_lowercase();
    let labelled = ["so-called", "so called", "known as", "dubbed", "termed", "labelled", "labeled", "the term", "the word"]
        .iter()
        .any(|w| before.trim_end().ends_with(w));
    if words.len() <= 4 {
        if labelled || !has_cue || described_as(chars, span.start) || counted_label(chars, span.start) || political_label(text) {
            return false;
        }
        // "as they say, "…"" is an idiom, not an attribution
        if as_they_say {
            return false;
        }
    }
    let title_case = words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()));
    if title_case && words.len() <= 6 && !text.trim_end().ends_with(['.', ',', '!', '?']) {
        return false;
    }
    true
}

/// A cited work's title rather than a quotation: the marks are followed by a source and a
/// dated year, as in a note or a reference list (“Kazakh ministry revises toll”, Reuters,
/// 11 January 2022; “…,” Jan. 9, 2022).
static CITATION_TAIL: Lazy<regex::Regex> = Lazy::new(|| {
    let month = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?";
    let source = r"(?:\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of|the|\p{Lu}[\p{L}.&'’-]*)){0,5},\s*)?";
    let pattern = format!(r"^,?\s*{source}(?:\d{{1,2}}\s+{month},?|{month}\s+\d{{1,2}},?)\s*\d{{4}}\b");
    crate::rx::regex(&pattern).expect("the citation pattern is valid")
});

fn cited_title(chars: &[char], span: &Span) -> bool {
    let Some(close) = span.close else { return false };
    let after = cslice(chars, close + 1, (close + 81).min(chars.len()));
    CITATION_TAIL.is_match(&after)
}

/// Whether a short span closes a "described as" phrase: "what he described as an attack
/// by “terrorist groups”", "referred to as “the troika”" (a label, not a quotation). Looks
/// back at most 40 characters, within the sentence.
fn described_as(chars: &[char], start: usize) -> bool {
    let before = cslice(chars, start.saturating_sub(41), start.saturating_sub(1)).to_lowercase();
    let clause = before.rsplit(['.', '!', '?', ';', '"', '“', '”']).next().unwrap_or("");
    ["described as", "describes as", "describing as", "described it as", "described them as", "referred to as", "refers to as"]
        .iter()
        .any(|phrase| clause.contains(phrase))
}

/// Established political terms that news puts in quotation marks as labels, whoever
/// uses them: "colour revolutions", "hybrid war", "shoot to kill".
const POLITICAL_LABELS: [&str; 8] =
    ["colour revolution", "color revolution", "hybrid war", "hybrid warfare", "false flag", "false-flag operation", "shoot to kill", "multi-vector"];

/// Whether a short span is one of the [`POLITICAL_LABELS`] (singular or plural), as a label
/// and not an answer of its own (`Tokayev said: "Colour revolutions."`).
fn political_label(text: &str) -> bool {
    if text.trim_end().ends_with(['.', '!', '?']) {
        return false;
    }
    let key = text.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let key = key.strip_suffix('s').unwrap_or(&key);
    POLITICAL_LABELS.iter().any(|label| key == *label || key.strip_prefix("a ").or_else(|| key.strip_prefix("the ")) == Some(label))
}

/// Whether a short span follows a count: "26 “armed criminals” were killed" labels what is
/// counted rather than quoting anyone.
fn counted_label(chars: &[char], start: usize) -> bool {
    let before = cslice(chars, start.saturating_sub(16), start.saturating_sub(1));
    // (in its own line: a table's "Difficult to answer  33" above a quote counts nothing)
    if before.contains('\n') && before.trim_end_matches([' ', '\t']).ends_with('\n') {
        return false;
    }
    let last_word = before.split_whitespace().next_back().unwrap_or("");
    !last_word.is_empty() && last_word.chars().all(|c| c.is_ascii_digit() || c == ',') && last_word.chars().any(|c| c.is_ascii_digit())
}

/// A found attribution.
struct Attr {
    speaker: Option<usize>,
    subject: Option<String>,
    cue: Option<String>,
    how: How,
}

impl Ctx<'_> {
    /// The length in tokens of a cue verb or phrase starting at token `k`.
    fn cue_len(&self, k: usize) -> Option<usize> {
        let cell = self.cue.get(k)?;
        if cell.get() == 0 {
            cell.set(1 + cue_length(&self.toks, k, |i| self.low(i)).min(usize::from(u8::MAX - 1)) as u8);
        }
        Some(usize::from(cell.get() - 1)).filter(|&l| l > 0)
    }

    /// The token after a bracketed aside opening before token `k` ("Mykola Zhuravlenko
    /// (LIGA.net asked him yesterday) sees …" gives "sees"), else `k`. The aside is short and
    /// within the sentence.
    fn past_bracket_aside(&self, k: usize) -> usize {
        let gap_has = |j: usize, c: char| {
            let from = if j == 0 { 0 } else { self.toks[j - 1].full_end };
            self.toks.get(j).is_some_and(|t| self.chars.get(from..t.start).is_some_and(|g| g.contains(&c)))
        };
        if !gap_has(k, '(') {
            return k;
        }
        (k + 1..(k + 14).min(self.toks.len())).take_while(|&j| !self.toks[j].sent_start).find(|&j| gap_has(j, ')')).unwrap_or(k)
    }

    /// The lowercased text of token `k` (empty past the end).
    fn low(&self, k: usize) -> &str {
        match (self.lower_at.get(k), self.lower_at.get(k + 1)) {
            (Some(&a), Some(&b)) => self.lower_buf.get(a..b).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether the characters `[a, b)` (clamped like [`cslice`]) hold a sentence break.
    fn has_break(&self, a: usize, b: usize) -> bool {
        let b = b.min(self.chars.len());
        self.breaks[b] > self.breaks[a.min(b)]
    }

    /// Adds a focus item in position order. Items found while attributing go to their own
    /// list, where they arrive almost always at the end (quotes are attributed in order), so
    /// inserting stays cheap; inserted into the list of every mention of the article, each
    /// would shift all later mentions (quadratic on a long body).
    fn add_focus(&mut self, f: Focus) {
        let at = self.added.partition_point(|g| g.pos <= f.pos);
        self.steps += (self.added.len() - at) as u64;
        self.added.insert(at, f);
    }

    fn map_tokens(&mut self, spans: &[Span]) {
        let mut m = 0;
        let mentions = &self.index.mentions;
        let mut order: Vec<usize> = (0..mentions.len()).collect();
        order.sort_by_key(|&i| mentions[i].start);
        let mut si = 0;
        let mut para = 0;
        let mut last_end_byte_char = 0;
        for (ti, t) in self.toks.iter().enumerate() {
            if ti > 0 && t.sent_start {
                // count paragraphs by blank-insensitive newlines in the gap
                let gap = self.chars.get(last_end_byte_char..t.start.min(self.chars.len())).unwrap_or(&[]);
                if gap.contains(&'\n') {
                    para += 1;
                }
            }
            self.para[ti] = para;
            last_end_byte_char = t.full_end;
            while m < order.len() && mentions[order[m]].end <= t.start {
                m += 1;
            }
            if let Some(&mi) = order.get(m) {
                if mentions[mi].start <= t.start && t.start < mentions[mi].end {
                    self.mention_cover[ti] = Some(mi);
                    if mentions[mi].start == t.start {
                        self.mention_at[ti] = Some(mi);
                    }
                }
            }
            while si < spans.len() && spans[si].end <= t.start {
                si += 1;
            }
            if let Some(s) = spans.get(si) {
                self.quoted[ti] = s.start <= t.start && t.start < s.end;
            }
        }
        // focus: every mention outside quotes, salient when it is a sentence subject or next to a cue
        for (ti, t) in self.toks.iter().enumerate() {
            let Some(mi) = self.mention_at[ti] else { continue };
            if self.quoted[ti] {
                continue;
            }
            let mention = &self.index.mentions[mi];
            let end_tok = (ti..self.toks.len()).find(|&k| self.toks[k].start >= mention.end).unwrap_or(self.toks.len());
            // (past a person's organisation: "Giorgi Tsereteli of the United National Movement
            // criticized …" has its verb after the organisation's name)
            let end_tok = if self.index.speakers[mention.speaker].kind == SpeakerKind::Person && matches!(self.low(end_tok), "of" | "at" | "from") {
                let j = if self.low(end_tok + 1) == "the" { end_tok + 2 } else { end_tok + 1 };
                match self.mention_at.get(j).copied().flatten() {
                    Some(oi) if self.index.speakers[self.index.mentions[oi].speaker].kind == SpeakerKind::Organisation => {
                        let org_end = self.index.mentions[oi].end;
                        (j..self.toks.len()).find(|&k| self.toks[k].start >= org_end).unwrap_or(self.toks.len())
                    }
                    _ => end_tok,
                }
            } else {
                end_tok
            };
            // (past a relative clause in commas: "Dr Igor Shtern of Haifa, who grew up in
            // Karaganda, said")
            let past_aside = if self.toks.get(end_tok).is_some_and(|t| t.after_comma && matches!(t.text, "who" | "whose")) {
                (end_tok + 2..(end_tok + 14).min(self.toks.len()))
                    .take_while(|&k| !self.toks[k].sent_start && !self.quoted[k])
                    .find(|&k| self.toks[k].after_comma)
                    .unwrap_or(end_tok)
            } else {
                end_tok
            };
            let next_cue = self.cue_len(end_tok).is_some()
                || (past_aside != end_tok && self.cue_len(past_aside).is_some())
                || (self.toks.get(end_tok).is_some_and(|t| ["also", "then"].contains(&t.text))
                    && self.cue_len(end_tok + 1).is_some());
            // ("According to Haavisto, …": the one the phrase credits)
            let prev_cue = (ti > 0 && self.cue_len(ti - 1).is_some()) || (ti > 1 && self.low(ti - 1) == "to" && self.low(ti - 2) == "according");
            let subject_start = t.sent_start
                || (ti > 0 && {
                    let mut k = ti;
                    let joins = |t: &Tok| {
                        matches!(classify(t), Class::Title | Class::Nat | Class::Org | Class::Conn)
                            || t.text == "The"
                            // ("But Volodymyr Fesenko, head of …, said": a conjunction opening the sentence)
                            || (t.sent_start && matches!(t.text, "But" | "And" | "Yet" | "Meanwhile" | "However" | "Still" | "Now" | "Then"))
                            || GAZETTEER.is_title(&t.text)
                    };
                    while k > 0 && !self.toks[k].sent_start && joins(&self.toks[k - 1]) && ti - k < 12 {
                        k -= 1;
                    }
                    self.toks[k].sent_start && (k..ti).all(|j| joins(&self.toks[j]))
                });
            // ("Lelo party leader Mamuka Khazaradze struck a similar note": a few words with no
            // punctuation open the sentence, and a verb in lower case follows the name)
            let early_subject = !subject_start && {
                let k = (ti.saturating_sub(5)..ti).rev().find(|&j| self.toks[j].sent_start);
                // (no preposition among them: "Critics of Nazarbayev expected …")
                k.is_some_and(|k| {
                    (k + 1..=ti).all(|j| self.toks[j].plain_gap)
                        && (k..ti).all(|j| self.mention_at[j].is_none() && !matches!(self.low(j), "of" | "from" | "to" | "for" | "by" | "with" | "about" | "against"))
                })
                    && {
                        // (or past a bracketed aside: "The expert X (LIGA.net asked him) sees …")
                        let after = self.past_bracket_aside(end_tok);
                        self.toks.get(after).is_some_and(|next| {
                            (next.plain_gap || after != end_tok)
                                && next.text.chars().all(|c| c.is_ascii_lowercase())
                                && next.text.len() > 2
                                && !matches!(next.text, "and" | "the" | "for" | "from" | "with" | "who" | "which" | "that" | "was" | "were" | "has" | "had")
                        })
                    }
            };
            // ("In his speech to parliament on Tuesday, President X did not …", "Back in
            // Almaty, X has reopened …": the subject after an opening phrase and its comma,
            // before a verb in lower case)
            let fronted_subject = !subject_start && !early_subject && {
                let mut k1 = ti;
                while k1 > 0 && !self.toks[k1].after_comma && ti - k1 < 4 && matches!(classify(&self.toks[k1 - 1]), Class::Title | Class::Nat) {
                    k1 -= 1;
                }
                let k0 = (ti.saturating_sub(16)..k1).rev().find(|&j| self.toks[j].sent_start);
                self.toks[k1].after_comma
                    && k0.is_some_and(|k0| {
                        matches!(self.low(k0), "in" | "on" | "at" | "after" | "during" | "before" | "speaking" | "addressing" | "writing" | "earlier" | "later" | "back" | "meanwhile" | "elsewhere" | "since")
                            && (k0..k1).all(|j| self.mention_at[j].is_none() && !self.quoted[j])
                    })
                    && self.toks.get(end_tok).is_some_and(|next| {
                        next.plain_gap && next.text.chars().all(|c| c.is_ascii_lowercase()) && next.text.len() > 2 && !matches!(next.text, "and" | "who" | "which" | "that")
                    })
            };
            // ("A spokesman for the Polish foreign ministry, Łukasz Jasina, later told …",
            // "Russia's ambassador to the OSCE, Alexander Lukashevich, was …": a person named
            // in commas after the role that opens the sentence, before its verb; or after a
            // "who" aside: "Armenia's prime minister, X, who chaired the CSTO, defended …")
            let appositive_subject = !subject_start
                && !early_subject
                && !fronted_subject
                && self.index.speakers[mention.speaker].kind == SpeakerKind::Person
                && t.after_comma
                && self.toks.get(past_aside).is_some_and(|next| {
                    next.after_comma
                        && next.text.chars().all(|c| c.is_ascii_lowercase())
                        && !matches!(next.text, "and" | "who" | "which" | "that" | "whose" | "where" | "when" | "but" | "or")
                })
                && {
                    let k0 = (ti.saturating_sub(14)..ti).rev().find(|&j| self.toks[j].sent_start);
                    k0.is_some_and(|k0| {
                        !matches!(
                            self.low(k0),
                            "in" | "on" | "at" | "after" | "during" | "before" | "when" | "while" | "although" | "though" | "as" | "if" | "since" | "because" | "speaking" | "asked" | "according"
                        ) && (k0 + 1..ti).all(|j| !self.toks[j].after_comma && !self.quoted[j])
                            && (k0..ti).all(|j| self.mention_at[j].is_none_or(|m| !self.names_person(m)))
                            // (the words before say who the person is, no verb among them: not
                            // "Police detained the group's leader, X, on Monday")
                            && (k0..ti).all(|j| {
                                let w = self.low(j);
                                self.toks[j].cap
                                    || self.toks[j].possessive
                                    || PERSON_ROLES.contains(&w)
                                    || crate::speakers::names::OCCUPATIONS.contains(&w)
                                    || crate::speakers::names::KIN.contains(&w)
                                    || matches!(w, "a" | "an" | "the" | "of" | "for" | "to" | "at" | "in" | "and" | "another" | "one" | "other")
                                    || GAZETTEER.is_title(w)
                                    || GAZETTEER.org_heads.contains(w)
                                    || GAZETTEER.nationality(w).is_some()
                            })
                    })
                };
            // ("The withdrawal was announced on Tuesday by President X": the agent of a passive
            // whose subject is no person is the sentence's actor)
            let passive_agent = self.index.speakers[mention.speaker].kind == SpeakerKind::Person && {
                let mut k1 = ti;
                while k1 > 0 && ti - k1 < 4 && matches!(classify(&self.toks[k1 - 1]), Class::Title | Class::Nat) {
                    k1 -= 1;
                }
                let k0 = (ti.saturating_sub(24)..=k1).rev().find(|&j| self.toks[j].sent_start);
                k1 >= 2
                    && self.low(k1 - 1) == "by"
                    && k0.is_some_and(|k0| {
                        (k0..k1).all(|j| self.mention_at[j].is_none_or(|m| !self.names_person(m)) && !self.quoted[j])
                            && (k0.max(k1.saturating_sub(8))..k1 - 1).any(|j| {
                                matches!(self.low(j), "was" | "were" | "been" | "is" | "are" | "being")
                                    && self.toks.get(j + 1).is_some_and(|v| v.text.ends_with("ed") && v.text.chars().all(|c| c.is_ascii_lowercase()))
                            })
                    })
            };
            // ("We went with a clear message, and Deputy Secretary X delivered it": a person
            // opening a clause joined by a comma and "and", before a verb in lower case)
            let coordinated_subject = self.index.speakers[mention.speaker].kind == SpeakerKind::Person && {
                let mut k1 = ti;
                while k1 > 0 && ti - k1 < 4 && !self.toks[k1].after_comma && matches!(classify(&self.toks[k1 - 1]), Class::Title | Class::Nat) {
                    k1 -= 1;
                }
                // (a verb after the name, not a list's next item, an adverb or a noun the name
                // qualifies: "…, and Nikol Pashinyan earlier", "…, and Nazarbayev loyalists")
                k1 >= 2
                    && matches!(self.low(k1 - 1), "and" | "but")
                    && self.toks[k1 - 1].after_comma
                    && !self.toks[k1].after_comma
                    && !self.toks[end_tok - 1].possessive
                    && self.toks.get(end_tok).is_some_and(|next| next.plain_gap && is_past_verb(next.text))
            };
            // ("A spokesman for Marunaka Trading Co., which …, said": an unnamed person speaks
            // for the organisation at the sentence's start, before a cue)
            let spokesperson = self.index.speakers[mention.speaker].kind == SpeakerKind::Organisation && {
                let k = if self.low(ti.saturating_sub(1)) == "the" { ti.saturating_sub(1) } else { ti };
                k >= 3
                    && matches!(self.low(k - 1), "for" | "of")
                    && matches!(self.low(k - 2), "spokesman" | "spokeswoman" | "spokesperson" | "representative")
                    && matches!(self.low(k - 3), "a" | "an")
                    && (self.toks[k - 3].sent_start || self.toks[k - 3].after_comma)
            } && (next_cue || self.toks.get(end_tok).is_some_and(|t| t.after_comma));
            self.focus.push(Focus {
                pos: t.start,
                speaker: mention.speaker,
                salient: next_cue
                    || prev_cue
                    || subject_start
                    || early_subject
                    || fronted_subject
                    || appositive_subject
                    || passive_agent
                    || coordinated_subject,
                protagonist: false,
                spokesperson,
                sayer: next_cue || prev_cue,
            });
        }
    }

    fn seed_focus(&mut self, article: &Article) {
        let Some(h) = &article.headline else { return };
        let mut seeds = Vec::new();
        for (name, strong) in crate::speakers::headline_people(h) {
            let key = memo_alias_key(&name);
            let suffix = format!(" {key}");
            let hit = self.index.speakers.iter().position(|s| {
                s.kind == SpeakerKind::Person
                    && s.aliases.iter().any(|a| {
                        let k = memo_alias_key(a);
                        k == key || k.ends_with(&suffix)
                    })
            });
            if let Some(s) = hit {
                seeds.push(Focus { pos: 0, speaker: s, salient: strong, protagonist: true, spokesperson: false, sayer: false });
            }
        }
        // the headline comes before the body: its names are the earliest antecedents
        seeds.append(&mut self.focus);
        self.focus = seeds;
    }

    fn para_at(&self, first_in: usize, after: usize) -> usize {
        self.para.get(first_in).or_else(|| self.para.get(after.saturating_sub(1))).copied().unwrap_or(0)
    }

    /// `…," X said` / `…," said X` / `…, according to X` right after the closing mark.
    fn after_cue(&mut self, span: &Span, after: usize) -> Option<Attr> {
        let close = span.close?;
        let t0 = self.toks.get(after)?;
        // at most four characters, none of them ending the sentence or opening something new
        if t0.start > close + 5 {
            return None;
        }
        let gap = self.chars.get((close + 1).min(t0.start)..t0.start).unwrap_or(&[]);
        if gap.iter().any(|c| ['.', '!', '?', '\n', '"', '“', '”', '('].contains(c)) {
            return None;
        }
        // a full stop inside the marks ends the sentence: when the next one introduces a
        // quote of its own ("… refused." NATO's spokesperson told us: "…"), its speaker is
        // that quote's, not this one's
        if close > 0 && self.chars.get(close - 1) == Some(&'.') && self.toks[after].cap {
            let next: String = self.chars.iter().skip(t0.start).take(160).collect();
            let sentence = next.split(['.', '!', '?']).next().unwrap_or("");
            if sentence.contains(":\"") || sentence.contains(": \"") || sentence.contains(": “") || sentence.contains(":“") {
                return None;
            }
            // (or a quote of its own inside it: "… “off the table from the start.” Ryabkov said
            // the talks had been “frank, lengthy and serious.”")
            // (a pronoun opening it still points back to this quote's speaker: "… “too soft.” He
            // said that … “never once” …")
            let pronoun = matches!(self.low(after), "he" | "she" | "they" | "it" | "we");
            // (a quote of some words, not a label: "… “The terrorists will be destroyed.”
            // Tokayev said this …, calling the protesters “bandits”" keeps its cue)
            let own_quote = sentence
                .split_once(" \"")
                .or_else(|| sentence.split_once(" “"))
                .is_some_and(|(_, quoted)| quoted.split(['"', '”']).next().unwrap_or("").split_whitespace().count() >= 3);
            let points_back = [" said this ", " said so ", " said it ", " says this ", " says so ", " says it "].iter().any(|w| sentence.contains(w));
            if !pronoun && own_quote && !points_back {
                return None;
            }
        }
        let limit = (after + 25).min(self.toks.len());
        // (", a line the ministry called “offensive”": the words after the quote name it, and
        // whoever called it so did not say it)
        if matches!(self.low(after), "a" | "the" | "which")
            && (self.low(after) == "which"
                || ["line", "phrase", "remark", "remarks", "comment", "comments", "claim", "description", "quip"].contains(&self.low(after + 1)))
            && self.toks[after].after_comma
            // ("…," the statement says: a document that speaks, not words about the quote)
            && self.cue_len(after + 2).is_none()
        {
            return None;
        }
        // said X
        if let Some(len) = self.cue_len(after) {
            let cue = self.cue_text(after, len);
            // (", adding that …", ", saying it was …": the main clause's subject speaks, and
            // the words after the cue are what it said, not who)
            if cue.ends_with("ing") || self.toks.get(after + len).is_some_and(|t| t.text == "that") {
                return None;
            }
            let (speaker, subject, how) = self.subject_after(after + len, limit);
            // (a word of saying with no one after it is no cue here: "needed “fast and
            // concrete” answers to its proposals")
            if speaker.is_none() && subject.is_none() {
                return None;
            }
            return Some(Attr { speaker, subject, cue: Some(cue), how });
        }
        // X said
        // ("“…,” as Tokayev put it at the Mazhilis": the speaker and their cue after "as", when
        // the quote is a sentence of its own words, opening the sentence and closed by a comma;
        // not "a “matter of time,” as many believe")
        let opens_sentence = (0..span.start.saturating_sub(1))
            .rev()
            .map(|i| self.chars[i])
            .find(|c| !c.is_whitespace())
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':' | '\n'));
        let comma_closed = close > 0 && self.chars.get(close - 1) == Some(&',');
        let as_put = comma_closed
            && opens_sentence
            && self.low(after) == "as"
            && (after + 2..(after + 6).min(self.toks.len())).any(|k| self.cue_len(k).is_some() && !self.toks[k].sent_start);
        let after = if as_put { after + 1 } else { after };
        let first = self.low(after);
        if ["but", "and", "or", "while", "as", "that", "which", "when", "if", "because", "so", "who", "where"].contains(&first) {
            return None;
        }
        // (a clause of the quote's own sentence goes on after it: "should “think carefully”
        // before asking for …", "would “watch very closely” whether those forces leave"; but a
        // clause set in commas, "“…,” until order is restored, General X told reporters", names X)
        let subordinate = matches!(first, "before" | "after" | "since" | "until" | "unless" | "though" | "although" | "whether" | "than" | "without" | "instead");
        if subordinate && !self.toks[after].after_comma {
            return None;
        }
        // (a participle's clause after the quote has no speaker in it: "to “fire without
        // warning”, rejecting calls for talks"; but "presiding judge Aliya Nurpeisova said")
        let participle_first = !self.toks[after].cap && first.len() > 5 && first.ends_with("ing") && !first.ends_with("thing");
        // (a quote inside its clause that goes on with a preposition or "why" has said all
        // its words: "had “some serious questions” about why Tokayev had needed to call in …",
        // "to “fire without warning” at what he called bandits")
        // (only when the cue stands in that clause, no comma between: "“…” in all regions, the
        // Interior Ministry said" keeps its cue)
        let closed_by_mark = close > 0 && self.chars.get(close - 1).is_some_and(|c| matches!(c, ',' | '.' | '?' | '!' | '…'));
        let clause_goes_on = !closed_by_mark
            && !self.toks[after].after_comma
            && ["about", "why", "how", "over", "against", "toward", "towards", "at", "in", "on", "into", "onto", "for", "with", "from", "to", "of"].contains(&first);
        let mut k = after;
        let mut seen_mention = false;
        // (after a full stop inside the marks the words after it are a new sentence: a
        // capitalised word opens it, not a name, once a clause of its own has begun:
        // "… completed." Withdrawal starts in two days, he says.)
        let sentence_closed = close > 0 && self.chars.get(close - 1) == Some(&'.');
        while k < limit {
            self.steps += 1;
            let t = &self.toks[k];
            let named_subject = self.toks[after].cap && !sentence_closed;
            // (an appositive name after a comma continues the subject: "the head of the
            // committee's press service, Colonel Nurbek Toktosunov, said")
            let appositive = t.after_comma && (k..(k + 2).min(limit)).any(|j| self.mention_cover[j].is_some());
            // ("…," a sergeant from Ivanovo, who introduced himself only as Sasha, tells me": a
            // relative clause set in commas after the unnamed subject, before the cue)
            if k > after && t.after_comma && t.text == "who" && !seen_mention && !self.toks[after].cap {
                if let Some(end) = (k + 2..(k + 14).min(limit)).find(|&j| self.toks[j].after_comma && !self.toks[j].sent_start) {
                    if self.cue_len(end).is_some() && !(k..end).any(|j| self.quoted[j] || self.toks[j].sent_start) {
                        let len = self.cue_len(end).unwrap_or(1);
                        let cue = self.cue_text(end, len);
                        // (the clause names the subject only when it introduces them: "who
                        // introduced himself as Sasha", "who gave her name as Aigerim"; not "who
                        // served under General X", "who works for Halyk Bank")
                        let introduces = (k..end).any(|j| matches!(self.low(j), "introduced" | "identified" | "name" | "named" | "calls" | "called"));
                        let (speaker, subject, how) = if introduces { self.subject_in(k, end, true) } else { (None, None, How::Description) };
                        let (speaker, subject, how) = if speaker.is_some() { (speaker, subject, how) } else { self.subject_in(after, k, true) };
                        return Some(Attr { speaker, subject, cue: Some(cue), how });
                    }
                }
            }
            if k > after && (t.sent_start || self.quoted[k] || (t.clause_start && !seen_mention && !named_subject && !appositive)) {
                return None;
            }
            seen_mention |= self.mention_cover[k].is_some();
            if k - after > 6 && !seen_mention && !(t.cap || t.text == "of" || t.text == "the") {
                return None;
            }
            // (a new sentence opened by a pronoun and another verb tells something else: "… ."
            // He made the same point to Minister X when they spoke)
            if sentence_closed && k == after + 1 && matches!(self.low(after), "he" | "she" | "they" | "it" | "we") && self.cue_len(k).is_none() && !matches!(self.low(k), "also" | "then") {
                return None;
            }
            if let Some(len) = self.cue_len(k).filter(|_| !t.cap || k == after) {
                if clause_goes_on && !(after + 1..=k).any(|j| self.toks[j].after_comma) {
                    return None;
                }
                // (the participle's object read as a cue right after it: "rejecting calls",
                // "citing reports"; not "ruling Nur Otan party officials said")
                if participle_first && !seen_mention && k == after + 1 {
                    return None;
                }
                // "… prevented “…” in Kazakhstan and warned that …": a second verb of the
                // sentence's subject, not a cue with a subject of its own
                // (only when the words after the quote continue its clause with a preposition;
                // "Serdyukov paused and added", "the commander smiled and said" keep it)
                let continues_clause = ["in", "at", "on", "to", "for", "from", "with", "by", "into", "across", "over", "as"].contains(&self.low(after));
                if k > after && ["and", "but", "or"].contains(&self.low(k - 1)) && !seen_mention && continues_clause {
                    return None;
                }
                // (nor after a quote set inside its clause, no comma or full stop closing it:
                // "said the government was “closely monitoring” the situation and called for …")
                let inside_clause = close > 0 && !self.chars.get(close - 1).is_some_and(|c| matches!(c, ',' | '.' | '?' | '!' | '…'));
                if k > after && ["and", "but", "or"].contains(&self.low(k - 1)) && !seen_mention && inside_clause && !self.toks[after].after_comma {
                    return None;
                }
                // (even past a name in a clause of its own, when ", and" joins the verb to the
                // main clause: "said Moscow needed “ironclad” guarantees that NATO would stop
                // expanding, and warned …")
                let joined = k > after + 1 && matches!(self.low(k - 1), "and" | "but") && self.toks[k - 1].after_comma;
                if joined && inside_clause && !self.toks[after].after_comma && (after..k).any(|j| self.low(j) == "that") {
                    return None;
                }
                // (a participle after a comma shares the subject of the clause the quote stands
                // in: "said Washington would not “slam the door shut” on NATO's policy, adding"
                // is the sayer's, not NATO's)
                if clause_goes_on && t.after_comma && self.toks[k].text.ends_with("ing") {
                    return None;
                }
                let cue = self.cue_text(k, len);
                // "the press office quoted X as saying"
                if cue.eq_ignore_ascii_case("quoted") {
                    if let Some(j) = (k + 1..limit.min(k + 8)).find(|&j| self.toks[j].text == "as") {
                        if self.toks.get(j + 1).is_some_and(|t| t.text == "saying") {
                            let (speaker, subject, how) = self.subject_in(k + 1, j, true);
                            if speaker.is_some() {
                                return Some(Attr { speaker, subject, cue: Some(cue), how });
                            }
                        }
                    }
                }
                let (speaker, subject, how) = self.subject_in(after, k, true);
                return Some(Attr { speaker, subject, cue: Some(cue), how });
            }
            k += 1;
        }
        None
    }

    /// `X said that "…"`, `X said: “…”`, `According to X, "…"` before the opening mark.
    /// A name labelling the quote: "Maria Zakharova: “…”", "Wendy Sherman (@DeputySecState):
    /// “…”" (a post, a transcript line, a headline). The name must end right before the
    /// colon, or before a parenthesised handle and the colon.
    fn label_before(&mut self, span: &Span, first_in: usize) -> Option<Attr> {
        let from = span.start.saturating_sub(60);
        let before = cslice(&self.chars, from, span.start.saturating_sub(1));
        let before = before.trim_end();
        let before = before.strip_suffix(':')?.trim_end();
        let before = match before.strip_suffix(')') {
            Some(rest) => {
                let open = rest.rfind('(')?;
                if !rest[open + 1..].starts_with('@') {
                    return None;
                }
                rest[..open].trim_end()
            }
            None => before,
        };
        let name_end = from + before.chars().count();
        // the name's last word: right before the colon, or before the handle's words
        let k = (first_in.saturating_sub(4)..first_in).rev().find(|&k| self.toks[k].end == name_end)?;
        if self.quoted[k] {
            return None;
        }
        let Some(mi) = self.mention_cover[k] else { return self.described_label(k) };
        let m = &self.index.mentions[mi];
        if m.end != name_end {
            return None;
        }
        // the label opens its line: nothing before the name but a title ("Deputy Secretary")
        // or an account's label ("Russian MFA (@mfa_russia): "); not "a message for Vladimir Putin:"
        let line_from = m.start.saturating_sub(80);
        let before = cslice(&self.chars, line_from, m.start);
        let prefix = before.rsplit('\n').next().unwrap_or("");
        // (or opens a table's cell or a sentence of a chronology: "| 7 Jan | Tokayev: “…”",
        // "NATO-Russia Council in Brussels. Stoltenberg: “…”")
        let opened = [" | ", ". "].iter().filter_map(|sep| prefix.rfind(sep).map(|at| at + sep.len())).max();
        let prefix = opened.map_or(prefix, |at| &prefix[at..]);
        // (a list's bullet before the label: "• Sherman: “…”")
        let prefix = prefix.trim_start().trim_start_matches(['•', '-', '*', '–', '—', '·']);
        let titled = prefix.split_whitespace().count() <= 4 && prefix.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase()));
        if !(titled || prefix.trim_end().ends_with("):")) || (!before.contains('\n') && opened.is_none() && m.start > 80) {
            return None;
        }
        self.steps += 140;
        Some(Attr { speaker: Some(m.speaker), subject: Some(m.text.clone()), cue: None, how: How::Named })
    }

    /// The token of a cue (its first word) among the forty before token `first_in`.
    fn cue_token_before(&self, first_in: usize, cue: &str) -> Option<usize> {
        let word = cue.split_whitespace().next()?.to_lowercase();
        (first_in.saturating_sub(40)..first_in).rev().find(|&k| self.low(k) == word)
    }

    /// A broadcast script's sound-bite label on the line above a quote that opens its own line:
    /// "3. SOUNDBITE (Russian) Colonel General Andrei Serdyukov, commander of …:" or "[Sound
    /// bite: Shin Mi-rae, Almaty-based teacher (Korean)]" over "“…”". The label's first person
    /// (else its first name of any kind) is the speaker.
    fn soundbite_label(&mut self, span: &Span, first_in: usize) -> Option<Attr> {
        let open = span.start.saturating_sub(1);
        let line_start = (0..open).rev().find(|&i| self.chars[i] == '\n').map(|i| i + 1)?;
        let lead = cslice(&self.chars, line_start, span.start);
        if !lead.chars().all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '«' | '„' | '\'')) {
            return None;
        }
        let label_end = line_start - 1;
        let label_start = (0..label_end).rev().find(|&i| self.chars[i] == '\n').map_or(0, |i| i + 1);
        self.steps += (label_end - label_start) as u64;
        if !SOUNDBITE_LABEL.is_match(&cslice(&self.chars, label_start, label_end)) {
            return None;
        }
        let from = self.toks.partition_point(|t| t.start < label_start);
        let in_label: Vec<usize> = (from..first_in).filter(|&k| self.toks[k].start < label_end).filter_map(|k| self.mention_cover[k]).collect();
        let person = in_label.iter().copied().find(|&mi| self.index.speakers[self.index.mentions[mi].speaker].kind == SpeakerKind::Person);
        let mi = person.or_else(|| in_label.first().copied())?;
        let m = &self.index.mentions[mi];
        Some(Attr { speaker: Some(m.speaker), subject: Some(m.text.clone()), cue: None, how: How::Named })
    }

    /// The speaker named after a dash that follows the closing mark of a quote opening its
    /// paragraph, no verb between: "“We are ready to talk.” – Jens Stoltenberg, Nato secretary
    /// general" (a column of sayings, an epigraph).
    fn dash_credit(&mut self, span: &Span, after: usize) -> Option<Attr> {
        let close = span.close?;
        let t0 = self.toks.get(after)?;
        if t0.start > close + 5 {
            return None;
        }
        let gap = cslice(&self.chars, (close + 1).min(t0.start), t0.start);
        if !matches!(gap.trim(), "–" | "—" | "-" | "--") {
            return None;
        }
        // (the text's first paragraph too)
        let first = self.chars[..span.start.saturating_sub(1)].iter().all(|c| c.is_whitespace());
        if !first && !span_opens_paragraph(&self.chars, span) {
            return None;
        }
        // (someone the text does not name is still someone else: "– a shopkeeper in Almaty")
        let Some(mi) = self.mention_cover.get(after).copied().flatten() else {
            return Some(Attr { speaker: None, subject: None, cue: None, how: How::Named });
        };
        let m = &self.index.mentions[mi];
        // (the name's line says who spoke, not what happened to them: "– Nazarbayev, the former
        // president, was the target of this chant")
        let line_end = (m.end..self.chars.len()).find(|&i| self.chars[i] == '\n').unwrap_or(self.chars.len());
        let rest = format!(" {} ", cslice(&self.chars, m.end, line_end).to_lowercase());
        if [" was ", " is ", " were ", " are ", " became ", " has been ", " had been "].iter().any(|v| rest.contains(v)) {
            return None;
        }
        Some(Attr { speaker: Some(m.speaker), subject: Some(m.text.clone()), cue: None, how: How::Named })
    }

    /// A person's name on the line right above a quote that fills its own line, a description
    /// after a comma at most: a vox pop's "Daniyar Serikbayev, 38, co-owner of a chain of coffee
    /// shops" / "“Two of our five coffee shops were looted …”".
    fn name_line_above(&mut self, span: &Span) -> Option<Attr> {
        let open = span.start.checked_sub(1)?;
        let line_start = (0..open).rev().find(|&i| self.chars[i] == '\n').map(|i| i + 1)?;
        let lead = cslice(&self.chars, line_start, span.start);
        if !lead.chars().all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '«' | '„')) {
            return None;
        }
        // (the quote fills its line: not "“…,” said another driver, Nurlan Ermekov.")
        let close = span.close?;
        let line_end = (close..self.chars.len()).find(|&i| self.chars[i] == '\n').unwrap_or(self.chars.len());
        if !self.chars[(close + 1).min(line_end)..line_end].iter().all(|c| c.is_whitespace() || matches!(c, '.' | ',')) {
            return None;
        }
        let above_end = line_start - 1;
        let above_start = (0..above_end).rev().find(|&i| self.chars[i] == '\n').map_or(0, |i| i + 1);
        let above = cslice(&self.chars, above_start, above_end);
        let label = above.trim();
        self.steps += label.len() as u64;
        if label.is_empty() || label.ends_with(['.', '!', '?', ':', '"', '”', ',']) || label.split_whitespace().count() > 16 {
            return None;
        }
        let k = self.toks.partition_point(|t| t.start < above_start);
        if self.toks.get(k).is_none_or(|t| t.start >= above_end) {
            return None;
        }
        let mi = self.mention_cover[k]?;
        let m = &self.index.mentions[mi];
        if self.index.speakers[m.speaker].kind != SpeakerKind::Person || m.end > above_end {
            return None;
        }
        // (the name alone, or a description after a comma: not "Tokayev orders troops to fire")
        let rest = cslice(&self.chars, m.end, above_end);
        if !(rest.trim().is_empty() || rest.starts_with(',')) {
            return None;
        }
        Some(Attr { speaker: Some(m.speaker), subject: Some(m.text.clone()), cue: None, how: How::Named })
    }

    /// A quote filling the paragraph after one that closes with a colon and says a statement
    /// follows: "U.S. Senator Daniel Whitcomb … today released the following statement after the
    /// meeting:" / "“Today's meeting confirmed …”" is the first person that paragraph names.
    fn statement_paragraph_before(&mut self, span: &Span) -> Option<Attr> {
        let open = span.start.checked_sub(1)?;
        let colon = (0..open).rev().find(|&i| !self.chars[i].is_whitespace())?;
        if self.chars[colon] != ':' || !cslice(&self.chars, colon + 1, open).contains('\n') {
            return None;
        }
        let para_start = (0..colon).rev().find(|&i| self.chars[i] == '\n').map_or(0, |i| i + 1);
        let paragraph = cslice(&self.chars, para_start, colon).to_lowercase();
        self.steps += paragraph.len() as u64;
        let announces = ["statement", "following", "said", "says", "wrote", "writes", "told", "declared", "added"]
            .iter()
            .any(|w| paragraph.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w));
        if !announces || paragraph.split_whitespace().count() > 80 {
            return None;
        }
        let from = self.toks.partition_point(|t| t.start < para_start);
        let to = self.toks.partition_point(|t| t.start < colon);
        let mentions: Vec<usize> = (from..to).filter_map(|k| self.mention_cover[k]).collect();
        let mi = mentions
            .iter()
            .copied()
            .find(|&mi| self.index.speakers[self.index.mentions[mi].speaker].kind == SpeakerKind::Person)
            .or_else(|| mentions.first().copied())?;
        let m = &self.index.mentions[mi];
        Some(Attr { speaker: Some(m.speaker), subject: Some(m.text.clone()), cue: None, how: How::Named })
    }

    /// A role labelling the quote at the start of its line, its last word at token `k`:
    /// "The Head of State: «…»" is the person the role resolves to.
    fn described_label(&mut self, k: usize) -> Option<Attr> {
        // the label's first token: the first of its line, at most five words back
        let a = (k.saturating_sub(5)..=k).find(|&j| {
            let t = &self.toks[j];
            // (only spaces between the line's start and the token)
            self.chars.get(..t.start).is_some_and(|before| before.iter().rev().take(8).find(|c| !matches!(c, ' ' | '\t')).is_none_or(|c| *c == '\n'))
        })?;
        if !self.toks[a].cap || (a..=k).any(|j| self.quoted[j]) {
            return None;
        }
        // the label's head is a role ("The Head of State", "The Spokesman"), not "critics"
        let head_of_state = k >= 2 && self.low(k) == "state" && self.low(k - 1) == "of" && self.low(k - 2) == "head";
        if !(PERSON_ROLES.contains(&self.low(k)) || head_of_state) {
            return None;
        }
        let (speaker, subject, how) = self.subject_in(a, k + 1, false);
        speaker.map(|s| Attr { speaker: Some(s), subject, cue: None, how })
    }

    /// A quote inside a statement the sentence credits to someone: "noted the statement by
    /// Foreign Minister X that the presence will be “…”", "Tokayev's remark to the Mazhilis
    /// that “…”". The speaker is the one the statement is by, whoever reports it; "that"
    /// must stand between the speaker and the quote, with no verb of saying.
    fn statement_by(&mut self, span: &Span, first_in: usize) -> Option<Attr> {
        let mut lo = first_in;
        while lo > 0 && first_in - lo < 40 && !self.quoted[lo - 1] && self.toks[lo - 1].start < span.start {
            lo -= 1;
            if self.toks[lo].sent_start {
                break;
            }
        }
        self.steps += (first_in - lo) as u64;
        let that = (lo..first_in).rev().find(|&k| self.low(k) == "that")?;
        // the quote is inside the "that" clause: close after it, not after a second verb
        // ("ignored the announcement by X that … and chanted “…”") or a label ("welcomed the
        // announcement by X that … as “…”")
        if first_in - that > 12 || (that + 1..first_in).any(|k| matches!(self.low(k), "and" | "but" | "as" | "while")) {
            return None;
        }
        // the statement's speaker: "statement by|of|from <mention>" or "<mention>'s statement"
        for k in (lo..that).rev() {
            if !STATEMENT_NOUNS.contains(&self.low(k)) {
                continue;
            }
            let by = self.toks.get(k + 1).is_some_and(|_| matches!(self.low(k + 1), "by" | "of" | "from"));
            let mention = if by {
                (k + 2..that.min(k + 10)).find_map(|j| self.mention_cover[j])
            } else {
                k.checked_sub(1).filter(|&j| self.toks[j].possessive).and_then(|j| self.mention_cover[j])
            };
            let Some(mi) = mention else { continue };
            // "that" follows the statement's own words ("the statement by X on 6 January that",
            // "X's remark to the Mazhilis that"), with no verb of another clause between
            // ("Blinken's remarks came after reports that …")
            let between = self.index.mentions[mi].end;
            let from = (k + 1..that).find(|&j| self.toks[j].start >= between).unwrap_or(k + 1);
            let from = if by { from } else { k + 1 };
            if that - from > 5 || (from..that).any(|j| self.low(j).ends_with("ed") || matches!(self.low(j), "came" | "was" | "were" | "is" | "are" | "after" | "reports" | "report")) {
                return None;
            }
            // (no verb of saying between the speaker and the quote: "the statement by X,
            // Y said, that …")
            if (k + 1..first_in).any(|j| self.cue_len(j).is_some() && !STATEMENT_NOUNS.contains(&self.low(j))) {
                return None;
            }
            let m = &self.index.mentions[mi];
            return Some(Attr { speaker: Some(m.speaker), subject: Some(m.text.clone()), cue: Some(self.low(k).to_owned()), how: How::Named });
        }
        None
    }

    fn before_cue(&mut self, span: &Span, first_in: usize) -> Option<Attr> {
        // the sentence before the opening mark, not crossing an earlier quote
        let mut lo = first_in;
        while lo > 0 {
            self.steps += 1;
            let t = &self.toks[lo - 1];
            if self.quoted[lo - 1] || t.start >= span.start {
                break;
            }
            lo -= 1;
            if t.sent_start || first_in - lo > 40 {
                break;
            }
        }
        self.cue_in_range(lo, first_in, false)
    }

    fn cue_in_range(&mut self, lo: usize, hi: usize, need_speaker: bool) -> Option<Attr> {
        // the last cue in [lo, hi)
        let mut k = hi;
        while k > lo {
            k -= 1;
            self.steps += 1;
            if self.quoted[k] {
                continue;
            }
            let Some(len) = self.cue_len(k) else { continue };
            let t = &self.toks[k];
            if self.low(k) == "according" {
                // "According to the Directorate, Erdogan offered “…”": a person opening the main
                // clause after the source, with a verb of their own, said the words
                if let Some(c) = (k + len + 1..hi).find(|&j| self.toks[j].after_comma) {
                    if let Some(mi) = self.mention_at[c].filter(|&mi| self.names_person(mi)) {
                        let end = self.index.mentions[mi].end;
                        let verb = (c..hi).find(|&j| self.toks[j].start >= end);
                        // (a verb of the person's own, not an auxiliary or a copula: "Masimov had
                        // “betrayed the nation”" is the prosecutors' words)
                        let own_verb = |v: usize| !AUXILIARIES.contains(&self.low(v)) && !matches!(self.low(v), "was" | "were" | "is" | "are" | "be" | "been" | "being");
                        if let Some(v) = verb.filter(|&v| v < hi && !self.toks[v].cap && own_verb(v) && !(v..hi).any(|j| self.toks[j].after_comma || self.quoted[j])) {
                            let m = &self.index.mentions[mi];
                            return Some(Attr { speaker: Some(m.speaker), subject: Some(m.text.clone()), cue: Some(self.toks[v].text.to_owned()), how: How::Named });
                        }
                    }
                }
                let (speaker, subject, how) = self.subject_after(k + len, hi);
                if need_speaker && speaker.is_none() {
                    continue;
                }
                return Some(Attr { speaker, subject, cue: Some(self.cue_text(k, len)), how });
            }
            if t.cap && !t.sent_start {
                continue;
            }
            // (a verb after a modal of obligation reports no speech when the quote goes on with its
            // clause: "adding that NATO should answer Russia's demands “with one voice”")
            // ("would say only that …" still reports: only an obligation, "should", "must")
            if k > lo && matches!(self.low(k - 1), "should" | "must" | "shall") && hi > k + len {
                let gap_start = self.toks[hi - 1].full_end;
                let introduced = self.toks.get(hi).is_some_and(|q| q.after_comma) || self.chars.get(gap_start..self.toks.get(hi).map_or(gap_start, |q| q.start)).is_some_and(|g| g.contains(&':'));
                if !introduced {
                    continue;
                }
            }
            // "The differences, said the Secretary General, “…”": a cue set in commas before
            // the quote has its subject after it
            // (only the subject between the cue and the quote: not "Stoltenberg, asked about
            // it, said that NATO was … and that “…”")
            let inserted = t.after_comma
                && !t.sent_start
                // (not a verb with its object: "Lavrov, speaking in Moscow, told Interfax, “…”")
                && !crate::speakers::names::takes_object(self.low(k))
                && hi > k + len
                && hi - (k + len) <= 5
                && (self.toks[k + len].cap || matches!(self.low(k + len), "the" | "a" | "an"))
                && (k + len + 1..hi).all(|j| !self.toks[j].after_comma)
                // (and a comma closing it before the quote: not "said the CSTO had “…”")
                && self.toks.get(hi).is_some_and(|q| q.after_comma);
            if inserted {
                let (speaker, subject, how) = self.subject_after(k + len, hi);
                if speaker.is_some() {
                    return Some(Attr { speaker, subject, cue: Some(self.cue_text(k, len)), how });
                }
            }
            let (speaker, subject, how) = self.subject_before(k, lo);
            if speaker.is_none() && (subject.is_none() || need_speaker) {
                continue;
            }
            let attr = Attr { speaker, subject, cue: Some(self.cue_text(k, len)), how };
            if attr.speaker.is_none() {
                // "He spoke …, saying the meeting had stressed “…”": an earlier cue may name the speaker
                if let Some(better) = self.cue_in_range(lo, k, true) {
                    return Some(better);
                }
            }
            return Some(attr);
        }
        None
    }

    /// An attribution in the one or two sentences before a quote with no cue of its own.
    fn earlier_cue(&mut self, first_in: usize) -> Option<Attr> {
        let here = self.para.get(first_in).copied().unwrap_or(0);
        let mut k = first_in;
        let mut sentences = 0;
        while k > 0 && sentences < 3 && first_in - k < EARLIER_WINDOW {
            k -= 1;
            self.steps += 1;
            if self.para[k] + 1 < here {
                break;
            }
            if self.toks[k].sent_start {
                sentences += 1;
            }
        }
        let a = self.cue_in_range(k, first_in, true)?;
        if a.speaker.is_some() {
            Some(a)
        } else {
            None
        }
    }

    fn cue_text(&self, k: usize, len: usize) -> String {
        self.toks[k..k + len].iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
    }

    /// "The Commander of the Collective Peacekeeping Forces noted": a person's role in the
    /// organisation mentioned (mention `mi`, ending at token `last`), not the organisation.
    /// The person is the nearest earlier one whose titles hold the role and the
    /// organisation's name; `None` when the words before are no role, or no one has it.
    fn role_of_organisation(&mut self, mi: usize, last: usize, lo: usize) -> Option<(Option<usize>, Option<String>, How)> {
        let m = &self.index.mentions[mi];
        if self.index.speakers[m.speaker].kind == SpeakerKind::Person {
            return None;
        }
        // (the words as written here: the canonical name may add a prefix, "CSTO …")
        let org_name = m.text.to_lowercase();
        // (the mention may begin before `lo`: a hyphen opens a clause, "the Ankara-based …")
        let mut first = last;
        while first > 0 && !self.toks[first].sent_start && self.mention_cover[first - 1] == Some(mi) {
            first -= 1;
        }
        let lo = lo.min(first);
        // "<role> of the <organisation>"
        let mut j = first;
        if j > lo && self.low(j - 1) == "the" {
            j -= 1;
        }
        // "<person> of the <organisation>": the person, where they work ("Bahadir Yilmaz of
        // the Ankara-based Eurasia Research Forum said")
        if j > lo + 1 && matches!(self.low(j - 1), "of" | "at" | "from") {
            if let Some(pm) = self.mention_cover[j - 2].map(|pmi| &self.index.mentions[pmi]) {
                if self.index.speakers[pm.speaker].kind == SpeakerKind::Person {
                    return Some((Some(pm.speaker), Some(pm.text.clone()), How::Named));
                }
            }
        }
        if !(j > lo + 1 && self.low(j - 1) == "of") {
            return None;
        }
        let role = self.low(j - 2).to_owned();
        if !PERSON_ROLES.contains(&role.as_str()) {
            return None;
        }
        let from = self.toks[j - 2].start;
        let text = cslice(&self.chars, if j > lo + 2 && self.low(j - 3) == "the" { self.toks[j - 3].start } else { from }, m.end);
        let person = self.resolve_person(from, None, &[role.as_str()], None)?;
        let titles = self.index.speakers[person].titles.join(" ").to_lowercase();
        let org_words = org_name.split_whitespace().filter(|w| w.len() > 3).all(|w| titles.contains(w));
        (titles.contains(&role) && org_words).then_some((Some(person), Some(text), How::Description))
    }

    /// Whether the word at token `k` follows a preposition, maybe with an article between:
    /// "to the OSCE", "of Nazarbayev", "from Tokayev".
    fn after_preposition(&self, k: usize) -> bool {
        const PREPOSITIONS: [&str; 9] = ["of", "to", "for", "at", "in", "from", "with", "by", "about"];
        let before = |j: usize| k.checked_sub(j).map(|i| self.low(i));
        match before(1) {
            Some(w) if PREPOSITIONS.contains(&w) => true,
            Some("the" | "a" | "an") => before(2).is_some_and(|w| PREPOSITIONS.contains(&w)),
            _ => false,
        }
    }

    /// The subject right after a cue (`said X`, `according to X`), up to a clause boundary.
    fn subject_after(&mut self, from: usize, hi: usize) -> (Option<usize>, Option<String>, How) {
        let mut end = from;
        while end < hi.min(from + 12) && (end == from || !self.toks[end].clause_start) && !self.quoted[end] {
            if end > from && ["who", "which", "that", "in", "on", "at", "after", "before", "during"].contains(&self.toks[end].text)
                && self.mention_at[from..end].iter().any(Option::is_some)
            {
                break;
            }
            end += 1;
        }
        // "said the group's spokesperson, Taras Hnatiuk": a role named, then the person in commas
        if end < hi && end > from && self.toks[end].after_comma && self.mention_at[from..end].iter().all(Option::is_none) {
            let role = (from..end).any(|k| PERSON_ROLES.contains(&self.low(k)));
            let person = self.mention_at[end].filter(|&mi| self.names_person(mi));
            if let (true, Some(mi)) = (role, person) {
                let text = self.index.mentions[mi].text.clone();
                return (Some(self.index.mentions[mi].speaker), Some(text), How::Named);
            }
        }
        self.subject_in(from, end, false)
    }

    /// The subject just before a cue (`X said`, `the minister said`, `he said`).
    fn subject_before(&mut self, cue: usize, lo: usize) -> (Option<usize>, Option<String>, How) {
        // "said Viktor Ahn, the head of a hosting company who asked …": the relative clause
        // speaks of the person named before it, not of "a hosting company who"
        if cue > lo && self.low(cue - 1) == "who" {
            self.steps += 16;
            // (the person right before "who", or before a description set off by a comma:
            // "Viktor Ahn, the CEO of a company who asked"; not "Tokayev met the families of
            // victims who said")
            let person = (lo..cue - 1).rev().take(16).find_map(|k| {
                self.mention_cover[k].filter(|&mi| self.names_person(mi)).map(|mi| (k, mi))
            });
            let person = person.filter(|&(k, mi)| k + 1 == cue - 1 || self.toks.get(k + 1).is_some_and(|t| t.after_comma && self.mention_cover[k + 1] != Some(mi))).map(|(_, mi)| mi);
            return match person {
                Some(mi) => (Some(self.index.mentions[mi].speaker), Some(self.index.mentions[mi].text.clone()), How::Named),
                None => (None, None, How::Description),
            };
        }
        // "Andrei Serdyukov, the general commanding the mission, has called it “…”": an
        // auxiliary after an aside in commas has the person before the aside as its subject
        if cue > lo + 1 && AUXILIARIES.contains(&self.low(cue - 1)) && self.toks[cue - 1].after_comma {
            self.steps += 20;
            let person = (lo.max(cue.saturating_sub(20))..cue - 1).find_map(|k| {
                self.mention_at[k].filter(|&mi| self.names_person(mi)).and_then(|mi| {
                    let end = self.index.mentions[mi].end;
                    let next = (k..cue).find(|&j| self.toks[j].start >= end)?;
                    // (the name opens the clause and the aside follows it)
                    (self.toks[next].after_comma && (self.toks[k].sent_start || self.toks[k].clause_start || k == lo)).then_some(mi)
                })
            });
            if let Some(mi) = person {
                return (Some(self.index.mentions[mi].speaker), Some(self.index.mentions[mi].text.clone()), How::Named);
            }
        }
        // "the channel quoted Tokayev as telling viewers: …": the one quoted speaks
        if cue > lo + 2 && self.low(cue - 1) == "as" {
            let from = cue.saturating_sub(9).max(lo);
            if let Some(q) = (from..cue - 1).rev().find(|&k| self.low(k) == "quoted") {
                // (in the passive the one quoted is the subject: "Lavrov was quoted by the
                // ministry as saying: …")
                if self.low(q + 1) == "by" && q > lo && matches!(self.low(q - 1), "was" | "is" | "were" | "been") {
                    let s0 = (lo..q - 1).rev().find(|&k| self.toks[k].clause_start).unwrap_or(lo);
                    let found = self.subject_in(s0, q - 1, true);
                    if found.0.is_some() {
                        return found;
                    }
                }
                let found = self.subject_in(q + 1, cue - 1, true);
                if found.0.is_some() {
                    return found;
                }
            }
        }
        // "…, the spokesperson recalled, but said …": the subject of the cue set off before it
        if cue >= 4 && matches!(self.low(cue - 1), "and" | "but") && self.toks[cue - 1].after_comma {
            let verb = (cue.saturating_sub(4)..cue - 1).find(|&v| self.cue_len(v).is_some_and(|len| v + len == cue - 1));
            // (not when the sentence named its subject first: "Tokayev thanked Putin, the
            // Kremlin said, and told him …" is Tokayev's)
            let sentence_start = (cue.saturating_sub(40)..cue).rev().find(|&j| self.toks[j].sent_start).unwrap_or(0);
            if let Some(v) = verb.filter(|&v| !(sentence_start..v.saturating_sub(6)).any(|j| self.mention_at[j].is_some())) {
                let start = (v.saturating_sub(6).max(lo)..v).rev().find(|&k| self.toks[k].after_comma && !self.toks[k].sent_start);
                if let Some(k) = start {
                    let found = self.subject_in(k, v, true);
                    if found.0.is_some() || found.1.is_some() {
                        return found;
                    }
                }
            }
        }
        // ", saying …" / ", adding …" / "… and said": the subject of the main clause
        // (the first verb's subject may stand before a quote of its own: "X expressed “…” and
        // said …"; the search goes back to the sentence's start, over quoted words)
        let coordinated = cue > 0 && self.low(cue - 1) == "and";
        let from = if coordinated { (cue.saturating_sub(40)..cue).rev().find(|&k| self.toks[k].sent_start).unwrap_or(lo).min(lo) } else { lo };
        // (a participle without its comma too, when no name stands right before it: "Xi sent a
        // message to Tokayev on Friday praising his “…”")
        let participle = self.toks[cue].text.ends_with("ing")
            && (self.toks[cue].after_comma
                || (cue > 0
                    && self.mention_cover[cue - 1].is_none()
                    // (not "with Moscow insisting", "replied in writing")
                    && (!self.toks[cue - 1].cap || crate::events::dates::weekday_name(self.low(cue - 1)))
                    && !matches!(self.low(cue - 1), "in" | "by" | "after" | "before" | "while" | "when" | "without" | "on")
                    && !PRONOUNS_M.contains(&self.low(cue - 1))
                    && !PRONOUNS_F.contains(&self.low(cue - 1))));
        if participle || coordinated {
            // (a participle's subject is no possessive nor a name after a preposition, unless
            // nothing else is there: "Elsewhere in his press conference, Khatibzadeh touched on
            // …, saying")
            let mut passed_over = None;
            // (a name in brackets is no subject: "ALMATY, Jan 9 (Agency) - the ministry …")
            let mut depth = 0i32;
            for k in from..cue {
                if self.quoted[k] {
                    continue;
                }
                self.steps += 1;
                let gap_start = if k > from { self.toks[k - 1].full_end } else { self.toks[k].start };
                for c in self.chars.get(gap_start..self.toks[k].start).unwrap_or(&[]) {
                    match c {
                        '(' => depth += 1,
                        ')' => depth = (depth - 1).max(0),
                        _ => {}
                    }
                }
                if depth > 0 {
                    continue;
                }
                // ("In the same address, the president criticised his predecessor X, saying":
                // a role opening the clause is the participle's subject, not the object after it)
                if !coordinated && passed_over.is_none() && self.low(k) == "the" && (self.toks[k].sent_start || self.toks[k].after_comma) {
                    let role = self.toks.get(k + 1).is_some_and(|t| !t.cap && !t.possessive && (PERSON_ROLES.contains(&self.low(k + 1)) || GAZETTEER.is_title(t.text)));
                    // (the role alone, its verb right after it: not "the spokesman Berik Uali
                    // defended", "the mayor of Almaty", "the president's spokesman")
                    let verb_next = self.toks.get(k + 2).is_some_and(|t| {
                        !t.cap && !t.after_comma && t.plain_gap && t.text.chars().all(|c| c.is_ascii_lowercase()) && !matches!(t.text, "of" | "for" | "at" | "in" | "and" | "who" | "from")
                    });
                    if role && verb_next && self.mention_cover[k + 1].is_none() {
                        let r = self.subject_in(k, k + 2, true);
                        if r.0.is_some() {
                            return r;
                        }
                    }
                }
                let lower = self.low(k);
                if self.mention_cover[k].is_some() || PRONOUNS_M.contains(&lower) || PRONOUNS_F.contains(&lower) {
                    // (after "and", the first verb's subject: not a possessive or a name after a
                    // preposition, "Russia's envoy to the OSCE, Alexander Lukashevich, said …
                    // and warned", nor the object after the verb, "The Kremlin praised Tokayev
                    // … and said")
                    let owner = self.toks[k].possessive || matches!(lower, "his" | "her");
                    if coordinated && (self.toks[k].possessive || self.after_preposition(k)) {
                        continue;
                    }
                    if !coordinated && (owner || self.after_preposition(k)) {
                        passed_over = passed_over.or(Some(k));
                        continue;
                    }
                    let r = self.subject_in(k, k + 1, true);
                    if r.0.is_some() {
                        return r;
                    }
                    if coordinated {
                        break;
                    }
                }
            }
            // (the search began after a quote of the same sentence: its subject may stand
            // before that quote, "Sherman said Washington would not “slam the door shut” on
            // NATO's policy, adding: …" is Sherman's, not NATO's)
            // (not for a participle inside brackets: "(who have difficulty reading …)")
            if !coordinated && (self.toks[cue].after_comma || depth == 0) {
                let sentence_start = (cue.saturating_sub(60)..cue).rev().find(|&k| self.toks[k].sent_start).unwrap_or(from);
                if sentence_start < from {
                    let earlier = (sentence_start..from).find(|&k| {
                        !self.quoted[k] && self.mention_cover[k].is_some() && !self.toks[k].possessive && !self.after_preposition(k)
                    });
                    if let Some(k) = earlier {
                        self.steps += (from - sentence_start) as u64;
                        // (the whole subject up to its verb or a comma: "Kremlin spokesman Dmitry
                        // Peskov told", not "Kremlin")
                        let end = (k + 1..from)
                            .find(|&j| {
                                let t = &self.toks[j];
                                t.after_comma || (!t.cap && self.mention_cover[j].is_none() && !PERSON_ROLES.contains(&self.low(j)) && !GAZETTEER.is_title(t.text))
                            })
                            .unwrap_or(k + 1);
                        let r = self.subject_in(k, end, true);
                        if r.0.is_some() {
                            return r;
                        }
                    }
                }
            }
            if let Some(k) = passed_over {
                let r = self.subject_in(k, k + 1, true);
                if r.0.is_some() {
                    return r;
                }
            }
        }
        // "X, who led the delegation, told …", "X, for her part, told …": the mention
        // before the aside
        if self.toks[cue].after_comma {
            let mut k = cue;
            // (the aside may open before the clause: "Shaheen (D-N.H.), who chairs …, said")
            let floor = lo.min(cue.saturating_sub(16));
            while k > floor + 1 && cue - k < 16 {
                k -= 1;
                self.steps += 1;
                if self.toks[k].after_comma {
                    // (unless the aside is the name itself: "Russia's envoy to the OSCE,
                    // Alexander Lukashevich, said")
                    if let Some(mi) = self.mention_cover[k].filter(|_| (k..cue).all(|j| self.mention_cover[j] == self.mention_cover[k])) {
                        let m = &self.index.mentions[mi];
                        if self.index.speakers[m.speaker].kind == SpeakerKind::Person {
                            return (Some(m.speaker), Some(m.text.clone()), How::Named);
                        }
                    }
                    // (past a bracket closing before the comma: "Sen. Jeanne Shaheen (D-N.H.), who
                    // chairs the subcommittee, said")
                    let before_aside = self.before_bracket(k, k.saturating_sub(8));
                    let named = self.mention_cover[k - 1].or_else(|| (before_aside < k && before_aside > 0).then(|| self.mention_cover[before_aside - 1]).flatten());
                    if let Some(mi) = named {
                        let m = &self.index.mentions[mi];
                        return (Some(m.speaker), Some(m.text.clone()), How::Named);
                    }
                    // (a surname the text names someone by elsewhere: "Saidali Qurbonzoda, a
                    // member of the lower chamber, said" … "Qurbonzoda said")
                    let before = &self.toks[k - 1];
                    if before.cap {
                        let person = self.index.speakers.iter().position(|sp| {
                            sp.kind == SpeakerKind::Person && sp.name.rsplit(' ').next() == Some(before.text)
                        });
                        if let Some(p) = person {
                            return (Some(p), Some(before.text.to_owned()), How::Named);
                        }
                    }
                    break;
                }
                if self.toks[k].sent_start || self.quoted[k] {
                    break;
                }
            }
        }
        // a mention ending at most a comma or an adverb before the cue (or before a bracket
        // right before it: "Dina Seitova (@dina.seitova) wrote")
        let mut k = self.before_bracket(cue, lo);
        let mut skipped = 0;
        while k > lo && skipped <= 2 {
            k -= 1;
            if let Some(mi) = self.mention_cover[k] {
                if let Some(person) = self.role_of_organisation(mi, k, lo) {
                    return person;
                }
                let sp = self.index.mentions[mi].speaker;
                let text = self.index.mentions[mi].text.clone();
                return (Some(sp), Some(text), How::Named);
            }
            let lower = self.low(k);
            if PRONOUNS_M.contains(&lower) || PRONOUNS_F.contains(&lower) || PRONOUNS_N.contains(&lower)
            {
                return self.subject_in(k, k + 1, true);
            }
            if ["and", "but"].contains(&lower) {
                // "X has framed … and said": the sentence's subject
                self.steps += (k - lo) as u64;
                // (the clause may begin after a quote: "Sherman called it “candid,” but said
                // …": then the sentence's first words, outside the quote, hold the subject)
                let sentence_start = (k.saturating_sub(40)..k).rev().find(|&j| self.toks[j].sent_start).unwrap_or(lo);
                let from = if (lo..k).any(|j| self.mention_at[j].is_some()) || !(sentence_start..lo).any(|j| self.quoted[j]) { lo } else { sentence_start };
                let lo = from;
                if let Some(first) = (lo..k).find(|&j| self.mention_at[j].is_some() && !self.quoted[j]) {
                    if first == lo || self.toks[first].sent_start || self.toks[lo..first].iter().all(|t| t.cap || t.text == "the") {
                        let mi = self.mention_at[first].unwrap_or(0);
                        let m = &self.index.mentions[mi];
                        return (Some(m.speaker), Some(m.text.clone()), How::Named);
                    }
                } else {
                    // "The Polish minister called for “…” but added": a description opening
                    // the sentence (maybe before an earlier quote)
                    let mut s0 = k;
                    while s0 > 0 && !self.toks[s0].sent_start && k - s0 < 30 {
                        s0 -= 1;
                    }
                    self.steps += (k - s0) as u64;
                    if self.toks[s0].sent_start && self.low(s0) == "the" {
                        for end in s0 + 2..=(s0 + 5).min(k) {
                            if self.quoted[end - 1] {
                                break;
                            }
                            let found = self.subject_in(s0, end, true);
                            if found.0.is_some() {
                                return found;
                            }
                        }
                    } else if self.toks[s0].sent_start && (PRONOUNS_M.contains(&self.low(s0)) || PRONOUNS_F.contains(&self.low(s0))) {
                        // "He described the talks as “…” and warned: “…”"
                        return self.subject_in(s0, s0 + 1, true);
                    }
                }
                break;
            }
            if !["also", "then", "further", "later", "once", "again", "repeatedly", "previously", "earlier", "has", "had", "have", "was", "is", "would", "will", "who", "reportedly"]
                .contains(&lower)
            {
                break;
            }
            skipped += 1;
        }
        // a description: back to the determiner or the clause start
        let mut s = cue;
        while s > lo && cue - s < 8 {
            s -= 1;
            let t = &self.toks[s];
            let lower = self.low(s);
            if lower == "the" || lower == "a" || lower == "an" || t.clause_start {
                break;
            }
        }
        // ("MP Vahe Sargsyan of the opposition Hayastan faction called": the description is
        // where the person named before it belongs)
        if s >= lo + 2 && matches!(self.low(s), "the" | "a" | "an") && matches!(self.low(s - 1), "of" | "from" | "at") {
            if let Some(mi) = self.mention_cover[s - 2].filter(|&mi| self.names_person(mi)) {
                let m = &self.index.mentions[mi];
                return (Some(m.speaker), Some(m.text.clone()), How::Named);
            }
        }
        if s < cue {
            let desc = self.subject_in(s, cue, true);
            if desc.0.is_some() {
                return desc;
            }
            // an unrecognised subject is still a subject: stop here, unattributed
            if desc.1.is_some() {
                return desc;
            }
        }
        (None, None, How::Description)
    }

    /// The token index a bracket closing right before token `cue` opens at ("Name (@handle)
    /// wrote" gives the handle's first token), or `cue` when no bracket closes there; at most
    /// six tokens back, not before `lo`.
    fn before_bracket(&self, cue: usize, lo: usize) -> usize {
        let gap = |k: usize| self.chars.get(self.toks[k - 1].full_end..self.toks[k].start).unwrap_or(&[]);
        if cue == 0 || cue <= lo || !gap(cue).contains(&')') {
            return cue;
        }
        (cue.saturating_sub(6).max(lo + 1)..cue).rev().find(|&k| gap(k).contains(&'(')).unwrap_or(cue)
    }

    /// Resolves the subject written in tokens `[a, b)`.
    fn subject_in(&mut self, a: usize, b: usize, subject_position: bool) -> (Option<usize>, Option<String>, How) {
        if a >= b || b > self.toks.len() {
            return (None, None, How::Description);
        }
        // adverbs between the subject and its verb are not part of it ("the Company also notes")
        let mut b = b;
        // (nor an auxiliary: "the ministry has repeatedly said", "the government had …")
        while b > a + 1 && {
            let w = self.low(b - 1);
            SUBJECT_ADVERBS.contains(&w) || AUXILIARIES.contains(&w) || SAYING_ADVERBS.contains(&w)
        } {
            b -= 1;
        }
        // nor is a time between them ("the Cuban government on Saturday said", "the ministry
        // yesterday said")
        if let Some(k) = (a + 1..b).find(|&k| {
            let w = self.low(k);
            // (in lower case: "Russia Today" is a name)
            (matches!(w, "yesterday" | "today" | "tonight" | "overnight") && !self.toks[k].cap)
                || (matches!(w, "on" | "late" | "early" | "last") && crate::events::dates::weekday_name(self.low(k + 1).trim_end_matches(',')))
        }) {
            b = k;
        }
        // (a conjunction opening the words is no part of the subject: "but said")
        let mut a = a;
        while a + 1 < b && matches!(self.low(a), "but" | "and" | "or" | "yet") {
            a += 1;
        }
        if matches!(self.low(a), "but" | "and" | "or" | "yet") {
            return (None, None, How::Description);
        }
        let text = self.toks[a..b].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        let pos = self.toks[a].start;
        self.steps += (b - a) as u64;
        let words: Vec<String> = (a..b).map(|k| self.low(k).to_owned()).collect();
        let role_first = words
            .iter()
            .find(|w| !["the", "a", "an"].contains(&w.as_str()))
            .is_some_and(|w| PERSON_ROLES.contains(&w.as_str()));
        let mut org_mention = None;
        for k in a..b {
            let Some(mi) = self.mention_cover[k] else { continue };
            let m = &self.index.mentions[mi];
            if self.index.speakers[m.speaker].kind == SpeakerKind::Person {
                return (Some(m.speaker), Some(m.text.clone()), How::Named);
            }
            org_mention = org_mention.or(Some(mi));
        }
        let indefinite = words.first().is_some_and(|w| w == "a" || w == "an");
        if let Some(mi) = org_mention {
            let m = &self.index.mentions[mi];
            // "a spokesman for the Kremlin": the organisation speaks; "the head of the X Department": a person
            if !(role_first && self.toks[a].start < m.start) || indefinite {
                return (Some(m.speaker), Some(m.text.clone()), How::Named);
            }
        }
        if indefinite && words.iter().any(|w| PERSON_ROLES.contains(&w.as_str())) {
            // "a ministry spokeswoman said": the ministry named before speaks through her
            let g = &*GAZETTEER;
            let role_at = words.iter().position(|w| PERSON_ROLES.contains(&w.as_str())).unwrap_or(0);
            let heads: Vec<&str> = words[..role_at].iter().filter(|w| g.org_heads.contains(w.as_str())).map(String::as_str).collect();
            if !heads.is_empty() && words.iter().any(|w| w.starts_with("spokes") || w == "representative") {
                if let Some(org) = self.resolve_org(pos, &heads, None, &[]) {
                    return (Some(org), Some(text), How::Description);
                }
            }
            // ("a company spokesman said": the company named before, no state body)
            let spokes = words.iter().any(|w| w.starts_with("spokes") || w == "representative");
            if spokes && words[..role_at].iter().any(|w| matches!(w.as_str(), "company" | "firm" | "corporate" | "group" | "consortium" | "operator")) {
                // (a company's own name: no body's head word in it, "Ministry", "Alliance",
                // "Organization", and no acronym of a bloc, "NATO", "CSTO")
                let company = |name: &str| {
                    !name.split_whitespace().any(|w| {
                        let lower = w.to_lowercase();
                        g.org_heads.contains(lower.as_str()) || ((2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()))
                    }) && crate::speakers::notable_country(name).is_none()
                };
                if let Some(org) = self.nearest_org(pos, company) {
                    return (Some(org), Some(text), How::Description);
                }
            }
            // ("a DFAT spokesperson said": the organisation named before with those initials,
            // "Australia's Department of Foreign Affairs and Trade")
            let acronym = (a..a + role_at).map(|k| self.toks[k].text).find(|w| (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase()));
            if let Some(acronym) = acronym.filter(|_| words.iter().any(|w| w.starts_with("spokes") || w == "representative")) {
                let initials = |name: &str| -> String {
                    name.split_whitespace().filter(|w| w.starts_with(char::is_uppercase) && !w.ends_with("'s") && !w.ends_with("’s")).filter_map(|w| w.chars().next()).collect()
                };
                if let Some(org) = self.nearest_org(pos, |name| initials(name) == acronym) {
                    return (Some(org), Some(text), How::Description);
                }
            }
            // ("“…,” a spokesman said": the organisation named in this sentence or the one
            // before speaks through them)
            if words.len() == 2 && matches!(words[1].as_str(), "spokesman" | "spokeswoman" | "spokesperson") {
                let this = (0..=a).rev().find(|&k| self.toks[k].sent_start).unwrap_or(0);
                let before = (0..this).rev().find(|&k| self.toks[k].sent_start).unwrap_or(0);
                let from = self.toks[before].start;
                let (earlier, available) = earlier_focus(&self.focus, &self.added, self.toks[a].start);
                self.steps += available.min(20) as u64;
                let index = &self.index;
                let org = earlier
                    .take(20)
                    .take_while(|f| f.pos >= from)
                    .find(|f| index.speakers[f.speaker].kind == SpeakerKind::Organisation)
                    .map(|f| (f.speaker, f.pos));
                // (not an organisation that accused or urged someone, whose spokesman would be
                // the other side's: "Amnesty accused the government of torture. “These claims are
                // false,” a spokeswoman said")
                let org = org.filter(|&(_, pos)| {
                    let at = self.toks.partition_point(|t| t.start < pos);
                    !(at + 1..(at + 8).min(self.toks.len())).take_while(|&j| !self.toks[j].sent_start).any(|j| {
                        let w = self.low(j);
                        ["accus", "critici", "condemn", "call", "urg", "demand", "blam", "alleg", "claim", "denounc", "warn", "question"].iter().any(|v| w.starts_with(v))
                    })
                });
                let org = org.map(|(s, _)| s);
                if let Some(org) = org {
                    return (Some(org), Some(text), How::Description);
                }
            }
            // an unnamed person ("a senior official said"): not anyone named before
            return (None, Some(text), How::Description);
        }
        if subject_position {
            if let Some(found) = self.unrecognised_name(a, b) {
                return (Some(found.0), Some(found.1), How::Named);
            }
        }
        let last = words.last().cloned().unwrap_or_default();
        let pronoun = |w: &str| PRONOUNS_M.contains(&w) || PRONOUNS_F.contains(&w) || PRONOUNS_N.contains(&w);
        let pron = words.iter().find(|w| pronoun(w)).cloned().filter(|_| words.len() <= 2);
        // a typo for a pronoun ("dhe added", "hse said"): one lowercase word in subject position,
        // one letter away from a personal pronoun and not itself a common word
        let typo = subject_position
            && words.len() == 1
            && !self.toks[a].cap
            && ["he", "she", "they"].iter().any(|p| one_edit_apart(p, &last))
            && !["the", "her", "his", "who", "one", "all", "two", "few", "and", "but", "it", "we", "me", "be", "ye", "hey", "thy", "thee", "then", "them", "there", "shy", "see", "sue"]
                .contains(&last.as_str());
        if let Some(p) = pron.or(if typo { Some(String::new()) } else { None }) {
            let gender = if PRONOUNS_M.contains(&p.as_str()) {
                Some(Gender::Male)
            } else if PRONOUNS_F.contains(&p.as_str()) {
                Some(Gender::Female)
            } else {
                None
            };
            if PRONOUNS_N.contains(&p.as_str()) {
                if p == "it" || p == "its" {
                    return (self.resolve_org(pos, &[], None, &[]), Some(text), How::Pronoun);
                }
                return (None, Some(text), How::Pronoun);
            }
            return (self.resolve_person(pos, gender, &[], None), Some(text), How::Pronoun);
        }
        // "says the 61-year-old": the person given that age ("Nurlan Bekov, 61,"), else one the
        // text has just named, like a pronoun
        if words.len() == 2 && words[0] == "the" && words[1].ends_with("-year-old") {
            let age = words[1].trim_end_matches("-year-old");
            let aged = (1..a).rev().take(400).find(|&k| self.toks[k].text == age && self.toks[k].after_comma).and_then(|k| self.mention_cover[k - 1]);
            if let Some(mi) = aged {
                return (Some(self.index.mentions[mi].speaker), Some(text), How::Description);
            }
            let stated_elsewhere = (0..a).any(|k| self.toks[k].text == age || self.toks[k].text.starts_with(&format!("{age}-year")));
            if stated_elsewhere {
                return (None, Some(text), How::Description);
            }
            return (self.resolve_person(pos, None, &[], None), Some(text), How::Description);
        }
        let g = &*GAZETTEER;
        let content: Vec<&String> = words.iter().filter(|w| !["the", "a", "an", "of", "its", "his", "her", "their", "our"].contains(&w.as_str())).collect();
        if content.is_empty() {
            return (None, None, How::Description);
        }
        // "the airline said": the nearest earlier airline ("Qatar Airways"), else no one
        if content.len() == 1 && words.first().is_some_and(|w| w == "the") && matches!(content[0].as_str(), "airline" | "carrier") {
            let airline = self.resolve_org(pos, &["airways", "airlines", "air"], None, &[]).filter(|&s| {
                let name = self.index.speakers[s].name.to_lowercase();
                name.split_whitespace().any(|w| matches!(w, "airways" | "airlines" | "air" | "aeroflot"))
            });
            return (airline, Some(text), How::Description);
        }
        // "the company said": the nearest earlier company ("Kazatomprom Ltd"), else the nearest
        // organisation that is no public body or news outlet ("Kazatomprom")
        if content.len() == 1 && words.first().is_some_and(|w| w == "the") && matches!(content[0].as_str(), "company" | "firm") {
            let company_word = |w: &str| COMPANY_WORDS.contains(&w) || crate::speakers::names::COMPANY_SUFFIXES.contains(&w);
            let company = self.nearest_org(pos, |name| name.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(company_word)).or_else(|| {
                self.nearest_org(pos, |_| true).filter(|&s| {
                    let name = self.index.speakers[s].name.as_str();
                    let lower = name.to_lowercase();
                    crate::metadata::outlet_name(name).is_none()
                        && !lower.split_whitespace().any(|w| GAZETTEER.org_heads.contains(w) || GAZETTEER.nationality(w).is_some())
                })
            });
            return (company, Some(text), How::Description);
        }
        // "the group said", "the watchdog said": the nearest earlier organisation
        if content.len() == 1 && words.first().is_some_and(|w| w == "the") && ANAPHORIC_ORG_NOUNS.contains(&content[0].as_str()) {
            return (self.resolve_org(pos, &[], None, &[]), Some(text), How::Description);
        }
        let nat = content.iter().find_map(|w| g.nationality(w).filter(|c| !c.is_empty()).map(str::to_owned));
        let first_is_role = content.first().is_some_and(|w| PERSON_ROLES.contains(&w.as_str()));
        let org_head = content.iter().any(|w| g.org_heads.contains(w.as_str()) && !["army", "forces", "police", "times", "post", "news"].contains(&w.as_str()))
            && !first_is_role;
        let document = content.iter().any(|w| DOCUMENT_NOUNS.contains(&w.as_str()));
        if org_head || document {
            let mut heads: Vec<&str> = content.iter().filter(|w| g.org_heads.contains(w.as_str())).map(|w| w.as_str()).collect();
            if heads.is_empty() && document {
                heads = vec!["office", "service", "ministry", "committee", "press", "department", "agency"];
            }
            if let Some(s) = self.resolve_org(pos, &heads, nat.as_deref(), &content) {
                return (Some(s), Some(text), How::Description);
            }
            // (its name ends at its head noun when lower-case words follow: "the government
            // had" names no organisation "government had")
            let mut b = b;
            while b > a + 1 && !self.toks[b - 1].cap && !g.org_heads.contains(self.low(b - 1)) {
                b -= 1;
            }
            let named_words = (a..b).filter(|&k| !["the", "a", "an", "of", "its", "his", "her", "their", "our"].contains(&self.low(k))).count();
            if org_head && named_words >= 2 && !document {
                // a new organisation named only here ("the national security committee")
                // (without a preposition or article before it: "by the Russian ministry")
                let mut s0 = a;
                while s0 + 1 < b && ["the", "a", "an", "by", "from", "of", "to"].contains(&self.low(s0)) {
                    s0 += 1;
                }
                let name = self.toks[s0..b].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
                let i = self.index.speakers.len();
                self.index.speakers.push(LocalSpeaker {
                    name: name.clone(),
                    kind: SpeakerKind::Organisation,
                    aliases: vec![name.clone()],
                    titles: Vec::new(),
                    country: nat,
                });
                let (start, end) = (self.toks[s0].start, self.toks[b - 1].end);
                let written: String = self.chars.get(start..end).map(|c| c.iter().collect()).unwrap_or(name);
                self.index.mentions.push(Mention { speaker: i, start, end, text: written });
                self.add_focus(Focus { pos, speaker: i, salient: true, protagonist: false, spokesperson: false, sayer: false });
                return (Some(i), Some(text), How::Description);
            }
            return (None, Some(text), How::Description);
        }
        // ("FM" and "PM" only as the description's last word: "the FM posted", not "the FM
        // station told listeners")
        let last_content = content.last().map(|w| w.as_str());
        let mut roles: Vec<&str> = content
            .iter()
            .filter(|w| PERSON_ROLES.contains(&w.as_str()) && (!matches!(w.as_str(), "fm" | "pm") || last_content == Some(w.as_str())))
            .map(|w| w.as_str())
            .collect();
        if words.windows(3).any(|w| w[0] == "head" && w[1] == "of" && w[2] == "state") {
            roles = vec!["head-of-state"];
        }
        if !roles.is_empty() {
            let gender = if content.iter().any(|w| w.as_str() == "spokeswoman") { Some(Gender::Female) } else { None };
            return (self.resolve_person(pos, gender, &roles, nat.as_deref()), Some(text), How::Description);
        }
        (None, if subject_position { Some(text) } else { None }, How::Description)
    }

    /// A capitalised name in subject position that name recognition left out
    /// (`"…," Kowalczyk, 45, said`): made a person speaker of the article.
    fn unrecognised_name(&mut self, a: usize, b: usize) -> Option<(usize, String)> {
        let start = (a..b).find(|&k| classify(&self.toks[k]) == Class::Name)?;
        let mut end = start + 1;
        while end < b && end - start < 4 && self.toks[end].plain_gap && classify(&self.toks[end]) == Class::Name {
            end += 1;
        }
        // only titles, determiners or nationality words may come before it, and only
        // numbers ("Kowalczyk, 45, said") between it and the cue
        if self.toks[a..start].iter().any(|t| !matches!(classify(t), Class::Title | Class::Nat | Class::Conn) && t.text != "the") {
            return None;
        }
        if self.toks[end..b].iter().any(|t| t.text.chars().any(char::is_alphabetic)) {
            return None;
        }
        if self.toks[start].sent_start && end - start == 1 && b > end {
            return None;
        }
        if end < b && matches!(classify(&self.toks[end]), Class::Org) {
            return None;
        }
        let name = self.toks[start..end].iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        if end - start == 1 && (GAZETTEER.first_names.contains_key(&name.to_lowercase()) || crate::events::types::is_place_name(&name)) {
            return None;
        }
        let key = memo_alias_key(&name);
        let surname = key.rsplit(' ').next().unwrap_or("").to_string();
        let existing = self.index.speakers.iter().take(500).position(|s| {
            s.kind == SpeakerKind::Person
                && s.aliases.iter().any(|al| {
                    let k = memo_alias_key(al);
                    k == key || k.rsplit(' ').next() == Some(surname.as_str())
                })
        });
        let i = match existing {
            Some(i) => i,
            None => {
                self.index.speakers.push(LocalSpeaker {
                    name: name.clone(),
                    kind: SpeakerKind::Person,
                    aliases: vec![name.clone()],
                    titles: Vec::new(),
                    country: None,
                });
                self.index.speakers.len() - 1
            }
        };
        let (s0, e0) = (self.toks[start].start, self.toks[end - 1].end);
        let written = cslice(&self.chars, s0, e0);
        if !self.index.speakers[i].aliases.contains(&name) {
            self.index.speakers[i].aliases.push(name);
        }
        self.index.mentions.push(Mention { speaker: i, start: s0, end: e0, text: written.clone() });
        self.add_focus(Focus { pos: s0, speaker: i, salient: true, protagonist: false, spokesperson: false, sayer: false });
        Some((i, written))
    }

    /// The nearest earlier person compatible with the gender, roles and nationality given.
    fn resolve_person(&mut self, pos: usize, gender: Option<Gender>, roles: &[&str], nat: Option<&str>) -> Option<usize> {
        let mut best: Option<(i32, usize)> = None;
        let mut seen = 0;
        // at most 40 earlier people, looked for among at most FOCUS_WINDOW earlier references
        let (earlier, available) = earlier_focus(&self.focus, &self.added, pos);
        self.steps += available.min(FOCUS_WINDOW) as u64;
        for f in earlier.take(FOCUS_WINDOW) {
            let sp = &self.index.speakers[f.speaker];
            if sp.kind != SpeakerKind::Person {
                if f.spokesperson && roles.is_empty() && nat.is_none() && best.is_none() {
                    return Some(f.speaker);
                }
                continue;
            }
            seen += 1;
            if seen > 40 {
                break;
            }
            if let (Some(g), Some(h)) = (gender, gender_of(&sp.name)) {
                if g != h {
                    continue;
                }
            }
            let titles = spelled_titles(&sp.titles);
            let mut score = 0;
            if let Some(n) = nat {
                // (a well-known person's country when the text gave none: "the Russian leader")
                match sp.country.as_deref().or_else(|| crate::speakers::notable_country(&sp.name)) {
                    Some(c) if c == n => score += 2,
                    Some(_) => continue,
                    None => {}
                }
            }
            // (a title of the same job counts almost as much as the same word: "the diplomat
            // added" is the deputy foreign minister, not the president the headline names,
            // but "the diplomat" named as one comes before a minister)
            if roles.iter().any(|r| titles_hold(r, &titles)) {
                score += 4;
            } else if roles.iter().any(|r| role_matches(r, &titles)) {
                score += 3;
            } else if !roles.is_empty() && roles.iter().all(|r| matches!(*r, "fm" | "pm") || TITLED_ROLES.contains(r)) {
                // ("the PM said": only someone the text calls a prime minister)
                continue;
            } else if !titles.is_empty() && roles.iter().any(|r| STRICT_ROLES.contains(r)) {
                // "the president" is not the known foreign minister
                continue;
            } else if !roles.is_empty() && military_titles(&titles) && roles.iter().all(|r| CIVIL_ROLES.contains(r)) {
                // ("the diplomat said": not the general quoted before)
                continue;
            }
            if f.salient {
                score += 1;
            }
            if f.protagonist {
                score += 3;
            }
            if self.quoted_speakers.get(f.speaker).copied().unwrap_or(false) {
                score += 2;
            }
            // recency breaks ties: the first seen (latest) wins at equal score
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, f.speaker));
            }
            if roles.is_empty() && nat.is_none() && f.salient {
                return Some(f.speaker);
            }
        }
        best.map(|(_, s)| s)
    }

    /// Whether mention `mi` names a person.
    fn names_person(&self, mi: usize) -> bool {
        self.index.speakers[self.index.mentions[mi].speaker].kind == SpeakerKind::Person
    }

    /// The nearest earlier organisation (among the last sixty references) whose name passes `fits`.
    fn nearest_org(&mut self, pos: usize, fits: impl Fn(&str) -> bool) -> Option<usize> {
        let (earlier, available) = earlier_focus(&self.focus, &self.added, pos);
        self.steps += available.min(60) as u64;
        let index = &self.index;
        earlier.take(60).map(|f| f.speaker).find(|&s| index.speakers[s].kind == SpeakerKind::Organisation && fits(&index.speakers[s].name))
    }

    /// The nearest earlier organisation, preferring one whose name has one of `heads`.
    fn resolve_org(&mut self, pos: usize, heads: &[&str], country: Option<&str>, words: &[&String]) -> Option<usize> {
        let (earlier, available) = earlier_focus(&self.focus, &self.added, pos);
        self.steps += available.min(60) as u64;
        let mut any = None;
        for f in earlier.take(60) {
            let sp = &self.index.speakers[f.speaker];
            if sp.kind != SpeakerKind::Organisation {
                continue;
            }
            // "Qatar's foreign ministry" is not the Turkish one named before, nor "the interior
            // ministry" of no stated country; "the Kazakh interior ministry" is "the Interior Ministry"
            if let Some(c) = country {
                let theirs = sp.country.clone().or_else(|| sp.name.split_whitespace().find_map(|w| GAZETTEER.nationality(w).map(str::to_owned)));
                let same_words = || {
                    let name = sp.name.to_lowercase();
                    words.iter().filter(|w| GAZETTEER.nationality(w).is_none() && w.as_str() != "the").all(|w| name.contains(w.as_str()))
                };
                match theirs {
                    Some(t) if t != c => continue,
                    None if !same_words() => continue,
                    _ => {}
                }
            }
            let name = sp.aliases.join(" ").to_lowercase();
            if heads.is_empty() || heads.iter().any(|h| name.contains(h)) {
                // (a body only named in passing yields to one of its kind that spoke just
                // before: "the Interior Ministry said …, while the health ministry had put the
                // toll at 164. “…,” the ministry said" is the Interior Ministry)
                if !f.sayer && !f.salient && !heads.is_empty() {
                    if let Some(g) = spoken_shortly_before(&self.focus, &self.added, f.pos) {
                        let other = &self.index.speakers[g.speaker];
                        let other_name = other.aliases.join(" ").to_lowercase();
                        if other.kind == SpeakerKind::Organisation && g.speaker != f.speaker && heads.iter().any(|h| other_name.contains(h)) && country.is_none() {
                            return Some(g.speaker);
                        }
                    }
                }
                return Some(f.speaker);
            }
            any = any.or(Some(f.speaker));
        }
        if heads.is_empty() {
            any
        } else {
            None
        }
    }
}

/// The nearest focus item before `pos`, within a sentence or two of it, whose mention spoke.
fn spoken_shortly_before(focus: &[Focus], added: &[Focus], pos: usize) -> Option<Focus> {
    let (earlier, _) = earlier_focus(focus, added, pos);
    earlier.take(8).take_while(|f| pos - f.pos <= 300).find(|f| f.sayer)
}

/// The focus items of both lists before `pos`, nearest first (at equal positions, an added
/// item counts as later than a mention), and how many there are.
fn earlier_focus<'a>(focus: &'a [Focus], added: &'a [Focus], pos: usize) -> (impl Iterator<Item = Focus> + 'a, usize) {
    let (mut i, mut j) = (focus.partition_point(|f| f.pos < pos), added.partition_point(|f| f.pos < pos));
    let available = i + j;
    let iter = std::iter::from_fn(move || {
        let take_added = match (i.checked_sub(1).map(|k| focus[k]), j.checked_sub(1).map(|k| added[k])) {
            (Some(f), Some(g)) => g.pos >= f.pos,
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (None, None) => return None,
        };
        if take_added {
            j -= 1;
            Some(added[j])
        } else {
            i -= 1;
            Some(focus[i])
        }
    });
    (iter, available)
}

/// The length in tokens of the cue verb or phrase starting at token `k` (0 when none),
/// given each token's lowercased text, so no look-up lowercases a word again.
fn cue_length<'a>(toks: &[Tok], k: usize, lower: impl Fn(usize) -> &'a str) -> usize {
    let g = &*GAZETTEER;
    if k >= toks.len() {
        return 0;
    }
    for p in &g.cue_phrases {
        if p.len() <= toks.len() - k && p.iter().enumerate().all(|(i, w)| lower(k + i) == w && (i == 0 || toks[k + i].plain_gap)) {
            return p.len();
        }
    }
    // "in Vladimir Putin's words": "words" after a possessive name is a cue
    if lower(k) == "words" && k >= 2 && toks[k - 1].possessive && lower(k - 2) != "the" {
        return 1;
    }
    // (or after a pronoun's: "In her words, “…”")
    if lower(k) == "words" && k >= 2 && matches!(lower(k - 1), "his" | "her" | "their") && lower(k - 2) == "in" {
        return 1;
    }
    if !g.cue_words.contains(lower(k)) {
        return 0;
    }
    // "NATO's promise", "the warning", "its call": a cue word after a possessive or an
    // article is a noun (and "a Washington think tank" names no thinking)
    // (not a participle after "'s": "He's said repeatedly", "Tokayev's told them", a "has")
    let participle = lower(k).ends_with("ed") || matches!(lower(k), "said" | "told" | "written" | "spoken");
    let noun = (k >= 1 && !participle && (toks[k - 1].possessive || matches!(lower(k - 1), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our")))
        || (lower(k) == "think" && k + 1 < toks.len() && lower(k + 1).starts_with("tank"));
    usize::from(!noun)
}

/// Whether `a` and `b` differ by exactly one inserted, deleted or replaced character, or
/// by two swapped neighbours ("hse").
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if x == y || x.len().abs_diff(y.len()) > 1 {
        return false;
    }
    let prefix = x.iter().zip(&y).take_while(|(p, q)| p == q).count();
    let (rx, ry) = (&x[prefix..], &y[prefix..]);
    match rx.len().cmp(&ry.len()) {
        std::cmp::Ordering::Equal => rx[1..] == ry[1..] || (rx.len() >= 2 && rx[0] == ry[1] && rx[1] == ry[0] && rx[2..] == ry[2..]),
        std::cmp::Ordering::Less => rx == &ry[1..],
        std::cmp::Ordering::Greater => &rx[1..] == ry,
    }
}

#[cfg(test)]
mod tests {
    use super::one_edit_apart;
    use crate::model::{Article, SpeakerIndex};
    use crate::quotes::extract_quotes;
    use crate::speakers::find_speakers;

    fn run(body: &str) -> (Vec<crate::model::Quote>, SpeakerIndex) {
        run_h(None, body)
    }

    fn run_h(headline: Option<&str>, body: &str) -> (Vec<crate::model::Quote>, SpeakerIndex) {
        let article = Article { headline: headline.map(str::to_owned), body: body.into(), ..Default::default() };
        let mut idx = find_speakers(&article);
        let q = extract_quotes(&article, &mut idx);
        (q, idx)
    }

    fn who(q: &crate::model::Quote, idx: &SpeakerIndex) -> Option<String> {
        q.speaker.map(|s| idx.speakers[s].name.clone())
    }

    #[test]
    fn cases_of_session_17() {
        // a participle's clause after the quote names no speaker
        let (q, idx) = run("President Ann Lee said on Friday she had authorised troops to \"fire without warning\", rejecting calls for talks.");
        assert_eq!((who(&q[0], &idx).as_deref(), q[0].cue.as_deref()), (Some("Ann Lee"), Some("said")));
        // (a clause of its own after the quote; a person's affiliation before the cue)
        let (q, idx) = run("Defence Minister Stefan Yanev spoke. Yanev said Bulgaria should \"think carefully\" before asking for more troops.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Stefan Yanev"));
        let (q, idx) = run("MP Vahe Sargsyan of the opposition Hayastan faction called the deployment \"a political gift to Moscow\" on Friday.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Vahe Sargsyan"));
        let (q, idx) = run("Chevron-led Tengizchevroil said output was cut. The Interior Ministry said 40 were held. \"Operations continue at reduced rates,\" a company spokesman said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tengizchevroil"));
        let (q, idx) = run("Tengizchevroil, the Chevron-led venture, said output was cut. \"Operations continue at reduced rates,\" a company spokesman said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tengizchevroil"));
        // (review cases: adjectives in -ing, a clause set in commas, a bloc is no company)
        let (q, _) = run("\"We will not go home,\" striking oil workers in Zhanaozen told reporters.");
        assert_eq!((q[0].speaker_text.as_deref(), q[0].cue.as_deref()), (Some("striking oil workers in Zhanaozen"), Some("told")));
        let (q, idx) = run("\"We will stay as long as needed,\" until order is restored, General Andrei Serdyukov told reporters.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Andrei Serdyukov"));
        let (q, idx) = run("Output was cut, Chevron-led Tengizchevroil said on Thursday. NATO urged restraint. \"Production is being adjusted,\" a company spokeswoman said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tengizchevroil"));
        // ("Kremlin-backed Viktor Medvedchuk" is a person; "Chevron-led Tengizchevroil" a company)
        let (q, idx) = run("\"We demand new elections,\" said Kremlin-backed Viktor Medvedchuk.");
        assert_eq!(q[0].speaker.map(|s| idx.speakers[s].kind), Some(crate::model::SpeakerKind::Person));
        // (a table's count on the line above labels nothing)
        let (q, idx) = run("Difficult to answer  33\n\n“The picture is familiar,” says Anna Selivanova, a researcher.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Anna Selivanova"));
        let (q, idx) = run("\"People came who had not been here for years,\" said Archpriest Nikolai Voronin, a cleric of the cathedral.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Nikolai Voronin"));
        let (q, idx) = run("\"The suspects may hide from the investigation,\" presiding judge Aliya Nurpeisova said on Monday.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Aliya Nurpeisova"));
        // a surname that is also a first name, after the full name: "he" is the one named last
        let body = "\"We are happy,\" spokesperson Asim Iftikhar Ahmad said at the briefing. Ahmad recalled that \
                    Prime Minister Bo Tran had called. Ahmad said talks should prevail. \"We hope all issues will be resolved,\" he said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Asim Iftikhar Ahmad"));
        // a cleric's title: only someone the text calls so
        let body = "\"We heard shooting all night,\" said Rabbi Menachem Gurevich. Minister Ann Lee visited the city. \
                    \"People here are afraid,\" the rabbi said. \"We pray for calm,\" the imam said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Menachem Gurevich"));
        assert_eq!(who(&q[2], &idx), None);
        // two fields joined before the body's head
        let (q, idx) = run("The Foreign and Expatriates Ministry said: \"Syria stands by its friends.\"");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Foreign and Expatriates Ministry"));
    }

    #[test]
    fn pronoun_typos_are_one_edit_from_a_pronoun() {
        for typo in ["dhe", "hse", "sh", "tey", "hee", "theu"] {
            assert!(["he", "she", "they"].iter().any(|p| one_edit_apart(p, typo)), "{typo}");
        }
        assert!(one_edit_apart("she", "dhe"));
        assert!(one_edit_apart("she", "hse"));
        assert!(!one_edit_apart("she", "ali"));
        assert!(!one_edit_apart("he", "ivo"));
        assert!(!one_edit_apart("she", "she"));
    }

    #[test]
    fn a_description_takes_the_person_of_that_job_over_the_headlines_protagonist() {
        let (q, idx) = run_h(
            Some("Tokayev Says Order Restored"),
            "\"Order is restored,\" Tokayev said. «The conversation was heavy, but businesslike», - told journalists Deputy Minister of Foreign Affairs Sergey Ryabkov. The diplomat added that Moscow still sees \"a chance for a reasonable compromise\".",
        );
        assert_eq!(who(&q[2], &idx).as_deref(), Some("Sergey Ryabkov"));
        // (a press secretary is no diplomat; one called a diplomat comes before a minister)
        let (q, idx) = run("Kazakh diplomat Roman Vassilenko briefed reporters in Brussels. Interior Minister Yerlan Turgumbayev said on Sunday that order had been restored. \"We are not asking for foreign troops to stay,\" the diplomat said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Roman Vassilenko"));
        let (q, idx) = run("\"We will respond,\" Lavrov said, while Press Secretary Jen Psaki noted a change. The Russian top diplomat stressed that the crisis \"began in 2014\".");
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Sergey Lavrov"));
        // (a bracketed aside after the subject: he is still the one the next "he" names)
        let (q, idx) = run("Foreign Ministry spokesman Oleh Nikolenko reacted. \"It was a rehearsal,\" he said. The military expert Mykola Zhuravlenko (we asked him yesterday) sees it more carefully. He called it \"a logistics exercise\".");
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Mykola Zhuravlenko"));
        // (an officer known by his rank is no diplomat, though quoted before)
        let (q, idx) = run("\"The mission is fulfilled,\" Colonel General Andrei Serdyukov said. Foreign Ministry spokesman Oleh Nikolenko reacted. \"It was a rehearsal,\" the diplomat said.");
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Oleh Nikolenko"));
    }

    #[test]
    fn a_nationality_in_a_description_knows_well_known_people() {
        let (q, idx) = run_h(
            Some("Tokayev Says Order Restored"),
            "\"Order is restored,\" Tokayev said. President Vladimir Putin spoke at the summit on Monday. «We have shown that we can act quickly and together», - noted the Russian leader.",
        );
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Vladimir Putin"));
    }

    #[test]
    fn the_mp_is_the_member_of_parliament_not_the_spokesman_quoted_before() {
        let body = "Spokesman Oleg Marchenko said \"no comment\" twice. \"We watch,\" Marchenko said.\n\n\
                    Member of the Milli Majlis Sevinj Hasanova wrote that the events were a warning.\n\n\
                    \"Today it is Almaty,\" the MP wrote in her post.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[2], &idx).as_deref(), Some("Sevinj Hasanova"));
        // a legislature's name is not part of the member's name
        assert!(idx.speakers.iter().all(|s| s.name != "Milli Majlis Sevinj Hasanova"));
        // "the minister" still takes the minister
        let (q, idx) = run("Defence Minister Ivan Petrov visited the troops. \"We are ready,\" the minister said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Ivan Petrov"));
        // ("one deputy said" after the president's speech is no one named)
        let (q, idx) = run("President Kassym-Jomart Tokayev addressed the Mazhilis on Tuesday. \"We need answers,\" one deputy said after the speech.");
        assert_eq!(who(&q[0], &idx), None);
    }

    #[test]
    fn established_political_labels_are_not_quotes() {
        let (q, _) = run("Putin said the alliance had acted and warned that \"colour revolutions\" would not be allowed.");
        assert!(q.is_empty(), "{q:?}");
        let (q, _) = run("Lavrov said it was \"a color revolution\" again.");
        assert!(q.is_empty(), "{q:?}");
        let (q, _) = run("Putin warned that \"revolutions will fail\" everywhere.");
        assert_eq!(q.len(), 1);
        let (q, idx) = run("Asked about the CSTO, Tokayev said: \"Colour revolutions.\"");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
    }

    #[test]
    fn a_second_verb_of_saying_takes_the_person_of_the_clause_before_an_organisation() {
        let (q, idx) = run("Russia's envoy to the OSCE, Alexander Lukashevich, said Moscow expected \"a serious and constructive response\" and warned that the situation would become \"extremely dangerous\".");
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Alexander Lukashevich"));
        let (q, idx) = run("The Foreign Ministry expressed concern and said it was ready to help \"in any way it can\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Foreign Ministry"));
    }

    #[test]
    fn review_cases_of_coordinated_verbs_relative_clauses_and_opening_names() {
        // the first verb's subject, not its object
        let (q, idx) = run("The Kremlin praised Tokayev for his decisive action and said the CSTO mission was \"a success\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kremlin"));
        // "who" after a plural noun is not the person named before it
        let (q, idx) = run("President Tokayev met the families of victims who said they wanted \"justice, not words\".");
        assert!(q.iter().all(|q| who(q, &idx).as_deref() != Some("Kassym-Jomart Tokayev")), "{q:?}");
        // a name after a preposition opens no sentence as its subject
        let (q, idx) = run("Analyst Dosym Satpayev was blunt. Critics of Nazarbayev expected the worst on Wednesday. \"This is a palace coup,\" he said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Dosym Satpayev"));
    }

    #[test]
    fn a_second_verb_of_saying_shares_the_subject_of_the_first() {
        let (q, idx) = run("During the talk, Minister B.Battsetseg expressed “deep sympathy to the families of the victims” and said that Mongolia was ready to help “in any way it can”.");
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("B.Battsetseg"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("B.Battsetseg"));
    }

    #[test]
    fn people_introduced_by_a_first_name_or_in_a_relative_clause_speak() {
        let (q, idx) = run("A shopkeeper in Almaty, who gave his name only as Yerlan, was blunter. “I don’t care who is shooting,” he says.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Yerlan"));
        let (q, idx) = run("\"He called me on the evening of January 5,\" his brother Nurlan told Kloop.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Nurlan"));
        let body = "\"We had 40 megawatts of machines sitting there,\" said Viktor Ahn, the CEO of a hosting company who asked us not to name the firm. \"You cannot hash without a connection to the pool.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Viktor Ahn"));
        // the subject of the sentence before the quote, named after a few words
        let body = "“We know how this ends,” Nika Melia told reporters.\n\nLelo party leader Mamuka Khazaradze struck a similar note. “Inviting them is easy,” he said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Mamuka Khazaradze"));
    }

    #[test]
    fn a_full_stop_inside_the_marks_still_takes_a_plain_cue_after_it() {
        let (q, idx) = run("\"We have no plans to stay in the city.\" Mayor John Smith told reporters on Thursday.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("John Smith"));
        let (q, idx) = run("\"We will not leave before the work is done,\" Mayor John Smith paused and added.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("John Smith"));
    }

    #[test]
    fn surnames_with_a_lower_case_particle_next_to_a_cue_are_people() {
        let (q, idx) = run("\"The market is pricing this as a short, sharp shock,\" said de Wit, \"and for now we agree.\"");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("de Wit"));
        let (q, idx) = run("\"Europe stands with Kazakhstan,\" von der Leyen told reporters.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("von der Leyen"));
        // (and nowhere else: "de facto" is no name, nor a paper one talks to, a van, a company
        // or an airport)
        let (_, idx) = run("It was a de Facto ban, officials said.");
        assert!(idx.speakers.iter().all(|s| !s.name.starts_with("de ")), "{:?}", idx.speakers);
        let (q, idx) = run("Lavrov spoke on Sunday. \"The troops will leave,\" he told der Spiegel. \"Nobody will stay,\" he added.");
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Sergey Lavrov"));
        for body in [
            "Protesters set fire to a police van Tokayev said had been stolen.",
            "Électricité de France said it had no staff in Kazakhstan.",
            "Flights from Charles de Gaulle airport to Almaty were suspended on Thursday.",
            "Tokayev said de Gaulle had once faced a similar crisis.",
        ] {
            let (_, idx) = run(body);
            assert!(
                idx.speakers.iter().all(|s| s.kind != crate::model::SpeakerKind::Person || !s.name.split(' ').any(|w| ["van", "de", "der"].contains(&w))),
                "{body}: {:?}",
                idx.speakers
            );
        }
    }

    #[test]
    fn a_cue_deep_in_the_next_sentence_is_not_the_quotes() {
        let body = "As Secretary Blinken said yesterday, \"The whole world is watching how the authorities respond.\" He made the same point directly to Foreign Minister Tileuberdi when they spoke on Thursday.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Antony Blinken"));
        // (a long subject opening the next sentence still names the speaker)
        let (q, idx) = run("\"Order has been restored in all regions.\" A spokesman for the Interior Ministry, Shyngys Alekeshev, said on Saturday.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Shyngys Alekeshev"));
        let (q, idx) = run("\"The city is calm now.\" Yerbolat Dossayev, the mayor of Almaty since January, told reporters.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Yerbolat Dossayev"));
    }

    #[test]
    fn a_sentence_after_a_full_stop_inside_the_marks_credits_the_next_quote_only() {
        let (q, idx) = run("An anonymous post claimed that \"the bridge was sold to a foreign buyer last year.\" Mayor Tomasz Nowak told us by email: \"Nothing was sold.\"");
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[0], &idx), None);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Tomasz Nowak"));
    }

    #[test]
    fn a_coordinated_verb_after_the_quote_is_not_its_cue() {
        let (q, idx) = run("Mayor John Smith, speaking at a council session, said the city had avoided \"the collapse of the whole transport system\" in the region and warned that fares would rise.");
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("John Smith"));
    }

    #[test]
    fn quoted_as_telling_credits_the_one_quoted() {
        let (q, idx) = run("City radio quoted Mayor John Smith as telling listeners: \"Nobody will be left without heating this winter.\"");
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("John Smith"));
    }

    #[test]
    fn the_role_of_an_organisation_is_the_person_holding_it() {
        let (q, idx) = run("The parade was attended by the Commander of the City Rescue Service Colonel John Smith. \
                            The Commander of the City Rescue Service noted: \"The crews acted quickly and with care.\"");
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("John Smith"));
        // no one holds the role: the organisation stays the speaker
        let (q, idx) = run("The spokesman of the City Rescue Service said: \"The crews acted quickly and with care.\"");
        assert_ne!(who(&q[0], &idx).as_deref(), Some("John Smith"));
    }

    #[test]
    fn cue_after_quote_in_both_orders() {
        let (q, idx) = run("“The bridge is open,” said Mayor Tomasz Nowak. “Traffic resumes today,” Nowak added.");
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tomasz Nowak"));
        assert_eq!(q[0].cue.as_deref(), Some("said"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Tomasz Nowak"));
        assert_eq!(q[1].cue.as_deref(), Some("added"));
    }

    #[test]
    fn title_prefixed_name_before_cue() {
        let (q, idx) = run("\"We need more time,\" Finnish Prime Minister Aino Virtanen told reporters.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Aino Virtanen"));
        assert!(idx.speakers[0].titles.contains(&"Finnish Prime Minister".to_string()));
    }

    #[test]
    fn a_dash_after_the_quote_names_its_speaker() {
        let (quotes, idx) = run("\"We are ready to talk. We also have to be ready for the talks to fail.\" – Jens Stoltenberg, Nato secretary general, on Friday\n\n\"Bread first, politics later.\" – a shopkeeper in Almaty\n");
        assert_eq!(who(&quotes[0], &idx).as_deref(), Some("Jens Stoltenberg"));
        assert_eq!(who(&quotes[1], &idx), None);
        let (quotes, _) = run("\"Shal, ket!\" – Nazarbayev, the former president, was the target of this chant.\n");
        assert!(quotes.iter().all(|q| q.speaker.is_none()));
        let (quotes, idx) = run("The seven days in their own words.\n\"I have given the order to open fire without warning.\" – Kassym-Jomart Tokayev, president of Kazakhstan\n");
        assert_eq!(who(&quotes[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
    }

    #[test]
    fn a_name_over_a_quote_and_a_statement_announced_with_a_colon() {
        let (q, idx) = run("We asked shop owners about the week.\nDaniyar Serikbayev, 38, co-owner of a chain of coffee shops\n\"Two of our five coffee shops were looted. We open at our own risk.\"\nAigul Temirkhanova, 45, owner of a flower shop\n\"The shop was not touched, but we lost everything.\"\n");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Daniyar Serikbayev"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Aigul Temirkhanova"));
        let (q, idx) = run("We asked drivers about the week.\nSerik Abenov, 45, taxi driver\n\"They burned my car,\" said another driver, Nurlan Ermekov.\n");
        assert!(q.iter().all(|x| who(x, &idx).as_deref() != Some("Serik Abenov")));
        let (q, idx) = run("WASHINGTON – U.S. Senator Daniel Whitcomb, a member of the Armed Services Committee, today released the following statement after the meeting in Brussels:\n\"Today's meeting confirmed what we already knew. Moscow wants a veto.\"\nWhitcomb also pointed to reports of arrests.\n");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Daniel Whitcomb"));
    }

    #[test]
    fn colon_introduction_attributes_following_quote() {
        let (q, idx) = run("Then Defence Minister Rustam Aliyev said after the vote: “The army stays in its barracks.”");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Rustam Aliyev"));
        assert_eq!(q[0].cue.as_deref(), Some("said"));
    }

    #[test]
    fn session_nine_cues_find_their_speakers() {
        let speaker = |body: &str| {
            let (q, idx) = run(body);
            who(&q[0], &idx)
        };
        // a country's abbreviation before an office, an appositive after a possessive
        assert_eq!(speaker("\"Stay indoors and keep safe,\" said U.S. Ambassador Ann Lindqvist.").as_deref(), Some("Ann Lindqvist"));
        assert_eq!(
            speaker("\"The task has been fully completed,\" the head of the committee's press service, Colonel Petra Lindqvist, said.").as_deref(),
            Some("Petra Lindqvist")
        );
        // a handle in brackets between the name and the verb; a name opening a table cell
        assert_eq!(speaker("Almaty photographer Dana Seitova (@dana.s) wrote on Instagram: \u{201c}We are not bandits.\u{201d}").as_deref(), Some("Dana Seitova"));
        assert_eq!(speaker("| 7 Jan | Tom Lindqvist: \u{201c}We have given the order to hold the line.\u{201d} | Agency |").as_deref(), Some("Tom Lindqvist"));
        // a conjunction opening the sentence keeps its subject in focus for "he"
        let (q, idx) = run("\"We will stay as long as needed,\" Tom Jensen said.\n\n\
                            But Mark Olsen, head of a think tank, disagreed with him. \"An invitation is the easiest occupation,\" he said.");
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Mark Olsen"));
    }

    #[test]
    fn a_pull_quote_is_credited_to_whoever_first_said_it() {
        let body = "\"Nobody will leave before the job is done,\" Tom Jensen said on Friday.\n\n\
                    Mark Olsen spoke next. \"It was a long day,\" he said.\n\n\
                    \"Nobody will leave before the job is done.\"\n\nThe talks went on.";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 3);
        assert_eq!(who(&q[2], &idx).as_deref(), Some("Tom Jensen"));
    }

    #[test]
    fn pronoun_resolves_across_paragraphs() {
        let body = "Foreign Minister Petra Lindqvist arrived in Oslo on Monday.\n\nShe met the press.\n\n\"The talks were useful,\" she said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Petra Lindqvist"));
        assert_eq!(q[0].speaker_text.as_deref(), Some("she"));
    }

    #[test]
    fn the_general_is_an_officer_not_a_secretary_general() {
        let body = "NATO Secretary General Lars Berglund spoke in Brussels. \"We are ready,\" Berglund said. General Pavel \
                    Dronov, the commander of the force, thanked the troops. \"We carried out our tasks in full,\" the general said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Pavel Dronov"));
    }

    #[test]
    fn an_aside_before_an_auxiliary_and_a_spokesperson_by_initials() {
        let body = "The alliance says it will take ten days. Pavel Dronov, the general commanding the mission, has \
                    called it \"a success by every measure\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Pavel Dronov"));
        let body = "Norway's Department of Foreign Affairs and Trade raised its travel advice overnight. \"Citizens should \
                    shelter in place,\" a DFAT spokesperson said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Norway's Department of Foreign Affairs and Trade"));
    }

    #[test]
    fn review_cases_of_session_13() {
        // a quote inside its clause, then a comma and the cue: the British style keeps its cue
        let body = "\"Order has been restored\" in all regions, the Interior Ministry said on Saturday.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Interior Ministry"));
        // a verb with its object in commas before the quote: the subject before it speaks
        let body = "Foreign Minister Pavel Dronov, speaking in Moscow, told Interfax, \"The mission is over.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Pavel Dronov"));
        // a person named in commas as an object is no subject for the next "he"
        let body = "Interior Minister Yerlan Tursunov briefed reporters in Almaty. Police detained the group's leader, \
                    Nurlan Zhakupov, on Monday. \"He will face terrorism charges,\" he said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Yerlan Tursunov"));
        // a named sentence that points back ("said this") with a one-word label keeps the cue
        let body = "Protests spread on Wednesday. \"The terrorists will be destroyed.\" President Adil Serikbayev said this in \
                    a televised address, calling the protesters \"bandits\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Adil Serikbayev"));
    }

    #[test]
    fn cases_of_session_15() {
        // a person opening a clause after ", and" is the next "she", ahead of one named earlier
        let body = "Laura Prentiss opened the hearing. We went to Geneva with a clear message, and Deputy Secretary Sherman \
                    delivered it. \"We will not slam the door,\" she said on Monday.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Sherman"));
        // (not the object of a clause: "and met Sherman" leaves the subject)
        let body = "Laura Prentiss opened the hearing. She went to Geneva, and met Deputy Secretary Sherman there. \
                    \"We will not slam the door,\" she said on Monday.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Laura Prentiss"));
        // (nor a list's last item, nor a name qualifying a noun)
        for middle in [
            "He had phoned Vladimir Putin, Alexander Lukashenko, and Nikol Pashinyan earlier.",
            "He sacked the cabinet, and President Nursultan Nazarbayev's nephew lost his post.",
            "He sacked the cabinet, and Nursultan Nazarbayev loyalists lost their posts.",
        ] {
            let body = format!("President Adil Serikbayev addressed the nation on Friday. {middle} \"The mission is complete,\" he said.");
            let (q, idx) = run(&body);
            assert_eq!(who(&q[0], &idx).as_deref(), Some("Adil Serikbayev"), "{middle}");
        }
        // a person named in commas after the role opening the sentence, past a "who" aside
        let body = "President Adil Serikbayev said \"order is restored\". Armenia's prime minister, Nikol Pashinyan, who chaired \
                    the CSTO at the time, defended the decision. \"This is not an intervention,\" he wrote on Facebook.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Nikol Pashinyan"));
    }

    #[test]
    fn cases_of_session_14() {
        // "as X put it" after a quote that opens its sentence; not after a label inside a clause
        let body = "President Adil Serikbayev spoke on Tuesday. \"We did not ask anyone to stay,\" as Serikbayev put it at the Mazhilis. \
                    Adil Serikbayev said it was a \"matter of some time,\" as many believe.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Adil Serikbayev"));
        assert_eq!((who(&q[1], &idx).as_deref(), q[1].cue.as_deref()), (Some("Adil Serikbayev"), Some("said")));
        // a participle's subject is not the possessive of an opening phrase
        let body = "Spokesman Reza Farahani said Iran was watching \"with concern\". President Adil Serikbayev called it \"a coup\".\n\n\
                    Elsewhere in his press conference, Farahani touched on the talks in Vienna, saying the round had made \"relative progress\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[2], &idx).as_deref(), Some("Reza Farahani"));
        // a cue word after a possessive or an article is a noun
        let body = "Pavel Dronov met the envoys. Dronov described them afterwards as \"difficult, long and very specific\", and repeated that NATO's promise not to \
                    expand was for Moscow \"an absolute must\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Pavel Dronov"));
        // the agent of a passive whose subject is no person is the next "he"
        let body = "\"We came, we did the job,\" a sergeant from Omsk, who introduced himself only as Sasha, tells me.\n\n\
                    The withdrawal was announced on Tuesday by President Adil Serikbayev himself. The mission, he said, \
                    \"has been successfully completed\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Sasha"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Adil Serikbayev"));
        // a verb after a modal inside a reported clause is no cue; "In her words, “…”"
        let body = "\"It is the same pattern,\" Tomas Kaunas said, adding that NATO should answer Russia's demands \"with one voice\". \
                    Political scientist Asta Kazlauskienė disagreed. In her words, \"Tokayev invited the troops himself.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Tomas Kaunas"));
        assert_eq!((who(&q[2], &idx).as_deref(), q[2].cue.as_deref()), (Some("Asta Kazlauskienė"), Some("words")));
        // (an infinitive still reports its subject's words)
        let (q, idx) = run("President Adil Serikbayev used it to describe the unrest as an \"attempted coup d'état\" coordinated from one center.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Adil Serikbayev"));
        // "a think tank" thinks nothing; a highlight repeating part of a credited quote is theirs
        let body = "\"Tokayev is using the crisis to finish a transition,\" said Lena Hofer, a fellow at a Washington think tank. \
                    \"The question is how much of that Moscow signed off on.\"\n\nHighlight: \"using the crisis to finish a transition\"\n";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Lena Hofer"));
        assert_eq!(who(&q[2], &idx).as_deref(), Some("Lena Hofer"));
        // a role opening the clause, not the object after the verb, is the participle's subject
        let body = "President Adil Serikbayev spoke to parliament. In the same address, the president criticised his \
                    predecessor Nursultan Nazarbayev, saying his rule had produced \"a layer of wealthy people\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Adil Serikbayev"));
        // (not a role with its name, its organisation or its owner)
        let (q, idx) = run("President Adil Serikbayev addressed the nation. Later, the spokesman Berik Uali defended him, saying the troops were \"a temporary measure\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Berik Uali"));
        let (q, idx) = run("President Adil Serikbayev addressed the nation. The president's spokesman Berik Uali defended the troops, saying they were \"a temporary measure\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Berik Uali"));
        // a person whose cue follows a relative clause in commas is the next "he"
        let body = "President Adil Serikbayev told parliament the mission had been \"successfully completed\".\n\n\
                    Political scientist Dr Igor Sheremet of Haifa, who grew up in Karaganda, said Moscow had gained a \
                    precedent. \"Today it is an invitation from a friendly president,\" he said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Igor Sheremet"));
        // (review: a rebuttal's spokesman is not the accuser's; a relative clause naming
        // someone else; contractions; "would say only that")
        let (q, _) = run("Amnesty International accused the Kazakh government of torture. \"These claims are false,\" a spokeswoman said.");
        assert_eq!(q[0].speaker, None);
        let (q, _) = run("The European Union called on Kazakhstan to free journalists. \"Nobody has been arrested for their work,\" a spokesman said.");
        assert_eq!(q[0].speaker, None);
        let (q, _) = run("\"We were ordered to stay inside,\" a soldier from Taraz, who served under General Murat Bektanov, told me.");
        assert_eq!(q[0].speaker, None);
        let (q, idx) = run("Political scientist Dosym Satpayev has followed the crisis. He's said repeatedly that the protests were \"not organised by anyone\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Dosym Satpayev"));
        let (q, idx) = run("Asked about Nazarbayev, Berik Uali would say only that the former president was \"in the capital and well\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Berik Uali"));
        // a retired officer's mark inside the title
        let (q, idx) = run("\"It was fast,\" said Lt. Col. (ret.) Hank Delacroix, a former planner.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Hank Delacroix"));
        // "a spokesman" speaks for the organisation named in the sentence before
        let body = "Tokayev spoke today. Aberdeen Chamber of Commerce said the week was a reminder of the risks. \
                    \"Our members have long experience here,\" a spokesman said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Aberdeen Chamber of Commerce"));
        // (not one named earlier than that)
        let body = "Aberdeen Chamber of Commerce said the week was hard. Flights resumed. Shops opened again on Monday. \
                    \"Our members have long experience here,\" a spokesman said.";
        let (q, _) = run(body);
        assert_eq!(q[0].speaker, None);
        // (an unnamed subject's relative clause with no name in it keeps the description)
        let (q, _) = run("\"It was hard,\" a soldier from Omsk, who did not give his name, told reporters.");
        assert_eq!((q[0].speaker, q[0].cue.as_deref()), (None, Some("told")));
    }

    #[test]
    fn a_named_sentence_with_a_quote_of_its_own_is_no_cue_for_the_quote_before() {
        let body = "Deputy Secretary Ann Cole met Deputy Minister Pavel Dronov on Monday. Cole told reporters that ideas were \
                    \"off the table from the start.\" Dronov said the talks had been \"frank and serious.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Ann Cole"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Pavel Dronov"));
    }

    #[test]
    fn translated_and_wire_forms_of_attribution() {
        // "the akim" is the mayor named before
        let body = "Akim of Almaty Yerlan Dosov said the damage was large. \"We will rebuild everything,\" the akim told journalists.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Yerlan Dosov"));
        // a quote inside its clause going on "at what he called …"
        let body = "President Adil Serikbayev said he had ordered troops to \"fire without warning\" at what he called bandits.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Adil Serikbayev"));
        // a cue set in commas before the quote, its subject after it
        let body = "Secretary General Jonas Berglund met the envoys. The differences, said the Secretary General, \"will not be easy to bridge.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Jonas Berglund"));
        // … but not a verb with its object ("told Amnesty International: …")
        let body = "His sister, Aliya Omarova, told Amnesty International: \"We found him at the detention centre.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Aliya Omarova"));
        // the passive "X was quoted by Y as saying"
        let body = "Foreign Minister Pavel Dronov spoke on Monday. Dronov was quoted by the ministry as saying: \"Nobody is to blame here.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Pavel Dronov"));
    }

    #[test]
    fn unnamed_spokespeople_companies_and_quotes_inside_their_clause() {
        // a quote inside a reported clause that goes on with "about why" is the reporter's
        // subject's, not the next clause's ("… Tokayev had needed to call in …")
        let body = "Secretary of State Alan Brickman said on Friday that Washington had \"some serious questions\" about why \
                    Adil Serikbayev had needed to call in outside forces.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Alan Brickman"));
        // "a spokesman for X said …" and then "he said": X speaks through him
        let body = "Minister Hiro Tanabe said no plane would be sent. In Okayama, a spokesman for Marunaka Trading Co., which \
                    buys metals, said its staff were safe. \"We are in contact by telephone,\" he said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Marunaka Trading Co"));
        // "the company said": the nearest company, not the ministry named after it
        let body = "Steppe Metals Ltd said output was normal. The Energy Ministry met on Monday. \"We are working,\" the company said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Steppe Metals Ltd"));
        let body = "The Energy Ministry met on Monday. \"We are working,\" the company said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx), None);
    }

    #[test]
    fn a_role_then_a_name_in_commas_speaks() {
        // after an inverted cue: the person named after the role, not someone the role fits
        let body = "President Adil Serikbayev spoke on Monday. \"The talks were long,\" said the group's spokesperson, \
                    Tomas Veller. \"Nobody crossed,\" said a ministry official, Daniyar Omarov, on Monday.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tomas Veller"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Daniyar Omarov"));
        // as a sentence's subject: the next "he" is that person, not the protagonist
        let body = "Foreign Minister Zbigniew Kowal said \"the talks\" went well. Russia's ambassador to the OSCE, \
                    Pavel Dronov, was less conciliatory. The force had \"fulfilled its mission\", he said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Pavel Dronov"));
    }

    #[test]
    fn pronoun_skips_nearer_name_of_other_gender() {
        let body = "Senator Olivia Grant spoke after meeting Governor Paul Ridley.\n\"We agreed on the budget,\" she said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Olivia Grant"));
    }

    #[test]
    fn short_mention_and_description_resolve_to_full_name() {
        let body = "Interior Minister Marek Zielinski visited the border.\n\"It is calm,\" Zielinski said.\n\"We will stay,\" the minister added.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Marek Zielinski"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Marek Zielinski"));
        assert_eq!(q[1].speaker_text.as_deref(), Some("the minister"));
    }

    #[test]
    fn nationality_description_picks_matching_speaker() {
        let body = "Polish President Jan Kowal met Czech President Petr Dvorak.\n\"We share a border,\" Kowal said.\n\"And a history,\" Dvorak said.\n\"Trade will grow,\" the Polish president added.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[2], &idx).as_deref(), Some("Jan Kowal"));
    }

    #[test]
    fn headline_names_first_speaker() {
        let (q, idx) = run_h(Some("Novak Says Exports Will Recover"), "\"Exports will recover next year,\" he said on Friday.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Novak"));
    }

    #[test]
    fn organisation_speaks_through_description() {
        let body = "The Latvian Interior Ministry reported clashes.\n\"Order has been restored,\" the ministry said in a statement.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Latvian Interior Ministry"));
    }

    #[test]
    fn organisation_named_only_in_attribution_is_added() {
        let (q, idx) = run("\"Nobody was hurt,\" the regional emergency committee said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("regional emergency committee"));
        assert_eq!(idx.speakers[0].kind, crate::model::SpeakerKind::Organisation);
    }

    #[test]
    fn an_adverb_before_the_verb_is_not_part_of_the_speaker() {
        let (q, idx) = run("The regional emergency committee also said \"nobody was hurt in the fire\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("regional emergency committee"));
    }

    #[test]
    fn a_name_set_off_after_a_role_is_the_speaker() {
        let (q, idx) = run("Estonia's envoy to the OSCE, Alexander Lukashevich, said Moscow needed \"fast and concrete\" answers to its proposals.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Alexander Lukashevich"));
        // a new sentence after a full stop inside the marks is no cue of the quote
        let (q, idx) = run("Tokayev told parliament today: \"The main mission has been completed.\" Withdrawal starts in two days, he says.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
    }

    #[test]
    fn a_statement_by_someone_that_holds_a_quote_is_theirs() {
        let (q, idx) = run("Minister Ann Lee spoke first. I have taken note of the statement by Foreign Minister Mart Kask that the presence will be \"temporary and limited in time\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Mart Kask"));
        let (q, idx) = run("Minister Ann Lee spoke first. President Mart Kask spoke later. We welcome President Kask's remark that the troops will leave \"within ten days\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Mart Kask"));
        // the statement's words must carry the "that" clause holding the quote
        let (q, idx) = run("President Mart Kask arrived on Monday. Residents welcomed the announcement by Kask that prices would be capped as \"a small victory\".");
        assert!(q.iter().all(|q| who(q, &idx).as_deref() != Some("Mart Kask")));
        // a statement's speaker is not the one who is quoted saying something of it
        let (q, idx) = run("President Mart Kask spoke later. Minister Ann Lee said that the statement was \"a very welcome step\".");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_spokeswoman_of_an_organisation_named_before_speaks_for_it() {
        let (q, idx) = run("The Estonian interior ministry says 18 officers were hurt. \"Dozens were detained,\" a ministry spokeswoman said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Estonian interior ministry"));
        // an unnamed official stays unnamed
        let (q, idx) = run("The Estonian interior ministry says 18 officers were hurt. \"Dozens were detained,\" a senior official said.");
        assert_eq!(who(&q[0], &idx), None);
    }

    #[test]
    fn according_to_attribution() {
        let (q, idx) = run("Troops guard \"all the main depots and bridges\", according to the Estonian Defence Ministry.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Estonian Defence Ministry"));
        assert_eq!(q[0].cue.as_deref(), Some("according to"));
    }

    #[test]
    fn unknown_speaker_stays_null() {
        let (q, _) = run("Marchers carried banners reading \"Hands off our river\" through the town.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn the_group_refers_back_to_the_nearest_organisation() {
        let (q, idx) = run("Amnesty International said in a statement that every death must be investigated. \
                            \"The order is a licence for unlawful killings,\" the group said.");
        assert_eq!(q.len(), 1);
        let speaker = q[0].speaker.map(|s| idx.speakers[s].name.as_str());
        assert_eq!(speaker, Some("Amnesty International"));
    }

    #[test]
    fn described_labels_and_counted_labels_are_not_quotes() {
        let (q, _) = run("Tokayev said order had been restored after what he described as an attack by \"terrorist groups\" trained abroad. \
                          The ministry said 26 \u{201c}armed criminals\u{201d} had been killed. \
                          The minister said the talks had \"psychological importance\" for both sides.");
        let texts: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["psychological importance"]);
    }

    #[test]
    fn scare_quotes_and_titles_are_not_quotes() {
        let (q, _) = run("The so-called \"green corridor\" opened. Critics called it \"theft\". She read \"The Long Winter Road\" again.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn short_partial_quote_with_cue_is_kept() {
        let (q, idx) = run("Governor Lena Brandt praised the \"remarkable patience\" of residents.");
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Lena Brandt"));
    }

    #[test]
    fn a_name_labelling_the_quote_is_its_speaker() {
        let body = "Deputy Secretary Wendy Sherman (@DeputySecState): “We were firm in pushing back on the proposals.”\n\
                    Russian MFA (@mfa_russia): Maria Zakharova: \"Those who lecture Kazakhstan should remember the Capitol.\"";
        let (q, idx) = run(body);
        assert_eq!(q.iter().map(|q| who(q, &idx)).collect::<Vec<_>>(), [Some("Wendy Sherman".to_owned()), Some("Maria Zakharova".to_owned())]);
        // a colon after something else is no label
        let (q, idx) = run("The message was clear: “We were firm in pushing back on the proposals.”");
        assert_eq!(who(&q[0], &idx), None);
        let (q, idx) = run("Protesters marched on Monday. The placards carried a blunt message for Vladimir Putin: \"Hands off Kazakhstan, we decide here.\"");
        assert_eq!(who(&q[0], &idx), None);
    }

    #[test]
    fn a_bulleted_label_and_a_role_label_name_the_speaker() {
        let body = "Deputy Secretary of State Wendy Sherman met Sergey Ryabkov in Geneva on Monday.\n\
                    • Sherman: “We will not let anyone slam the door on countries that want to join.”\n\
                    President Kassym-Jomart Tokayev addressed the nation.\n\
                    The Head of State: «From today I am taking over as chairman of the council.»";
        let (q, idx) = run(body);
        assert_eq!(q.iter().map(|q| who(q, &idx)).collect::<Vec<_>>(), [Some("Wendy Sherman".to_owned()), Some("Kassym-Jomart Tokayev".to_owned())]);
    }

    #[test]
    fn a_fragment_closing_its_sentence_is_its_own_sentences_speaker() {
        let body = "In a televised address, Kassym-Jomart Tokayev said the country was under attack from gangs that had \
                    \"received serious training abroad.\" The Interior Ministry says 18 officers have been killed.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
        // a whole sentence quoted, then its speaker after it, stays as it was
        let body = "The talks went on for hours. \"We will not back down.\" Sergey Ryabkov said after the meeting.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Sergey Ryabkov"));
        // (", and" joining a verb to the main clause past a subordinate clause's subject)
        let body = "Sergey Ryabkov said Moscow needed \"ironclad, legally binding\" guarantees that NATO would stop expanding, and warned against delay.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Sergey Ryabkov"));
        // (a participle of saying before it is its sentence's cue too)
        let body = "Zbigniew Rau opened by warning that Europe was \"closer to a major war than at any time since the Cold War.\" \
                    Alexander Lukashevich answered that Moscow's patience had \"a limit.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Zbigniew Rau"));
    }

    #[test]
    fn a_sentence_introduced_by_its_cue_and_closed_by_a_full_stop_keeps_its_speaker() {
        let body = "Secretary of State Antony Blinken told reporters on Friday, \"Recent history teaches that once troops are in your house, \
                    getting them to leave can be very hard.\" Russia's foreign ministry called the remark \"offensive\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Antony Blinken"));
    }

    #[test]
    fn a_participle_or_a_distant_cue_before_a_quote_does_not_claim_it() {
        let body = "Tokayev dismissed reports claiming that \"thousands were killed.\" Human rights groups said the toll was unclear.";
        let (q, idx) = run(body);
        assert_ne!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
        let body = "Sergey Lavrov said on Friday that Antony Blinken should not have joked, \"Once Russians are in your house, it can be \
                    very difficult to get them to leave.\" Blinken said on Saturday that he stood by the remark.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Antony Blinken"));
    }

    #[test]
    fn a_sound_bite_label_over_a_quote_names_its_speaker() {
        let body = "2. Mid of flags\n3. SOUNDBITE (Russian) Colonel General Andrei Serdyukov, commander of the peacekeeping forces:\n\
                    \"The mission has been fulfilled. Not a single facility was lost.\"\n4. Various of soldiers marching\n\
                    [Sound bite: Aigerim Bekova, Almaty-based teacher (Kazakh)]\n\"I heard gunfire all night. We are staying indoors.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Andrei Serdyukov"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Aigerim Bekova"));
    }

    #[test]
    fn titles_in_a_reference_list_are_not_quotes() {
        let body = "Notes\n1 “Kazakh health ministry revises toll to 164”, Reuters, 9 January 2022; \
                    \"CSTO force reaches 2,030, secretariat says,\" Jan. 12, 2022.\n\
                    Tokayev said the mission was \"completed successfully\", Reuters reported on 11 January 2022.";
        let (q, _) = run(body);
        assert_eq!(q.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["completed successfully"]);
    }

    #[test]
    fn review_cases_of_fragments_labels_and_epigraphs() {
        // a fragment named by "as" is not the words of the sentence's subject
        let body = "Kassym-Jomart Tokayev said he had read a report by a rights group that described the operation as \
                    \"a disproportionate use of lethal force.\" Amnesty International said the report was accurate.";
        let (q, idx) = run(body);
        assert_ne!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
        // a label whose head is no role names nobody
        let body = "The visit of President Vladimir Putin was brief.\nThe President's critics: «He has turned the country into a barracks.»";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx), None);
        // an epigraph with its speaker and date is a quotation
        let body = "Kassym-Jomart Tokayev addressed the nation.\n\
                    “Those who do not surrender will be destroyed,” Kassym-Jomart Tokayev, 7 January 2022.";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
    }

    #[test]
    fn as_he_put_it_and_in_his_words_credit_the_quote() {
        let body = "Kassym-Jomart Tokayev addressed the nation on Friday. \
                    The president, as he put it in his address, faced \"20,000 bandits and terrorists\" in Almaty. \
                    The CSTO, in Vladimir Putin's words, prevented the \"undermining of the foundations of the state\".";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Vladimir Putin"));
    }

    #[test]
    fn another_countrys_ministry_is_not_the_one_named_before() {
        let body = "The Turkish foreign ministry said Turkey was \"following the developments closely\" in the region. \
                    In the Gulf, Qatar's foreign ministry said it was following the situation \"with great concern\" and urged restraint. \
                    Later the ministry said it was \"ready to help with the dialogue\".";
        let (q, idx) = run(body);
        let speakers: Vec<Option<String>> = q.iter().map(|q| who(q, &idx)).collect();
        assert_eq!(speakers[0].as_deref(), Some("Turkish foreign ministry"));
        assert_ne!(speakers[1], speakers[0], "{speakers:?}");
        assert!(speakers[1].as_deref().is_some_and(|s| s.starts_with("Qatar")), "{speakers:?}");
        let body = "The Interior Ministry said 5,800 people had been detained. \
                    Later the Kazakh ministry said the figure was \"still being checked by the investigators\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Interior Ministry"));
    }

    #[test]
    fn a_first_name_with_an_age_after_the_verb_is_the_speaker() {
        let body = "Residents described queues. \"We were scared to go out for three days,\" said Gulnara, 37, a teacher. \"Now we are scared.\"";
        let (q, idx) = run(body);
        assert_eq!(q.iter().map(|q| who(q, &idx)).collect::<Vec<_>>(), [Some("Gulnara".to_owned()), Some("Gulnara".to_owned())]);
        let (q, idx) = run("A man said he had lost everything. \"Twelve years of work, gone in one night,\" said Bakhyt, 51. Shops stayed shut.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Bakhyt"));
        // without the age, a lone first name is not taken for a person
        let (q, idx) = run("\"We were scared to go out for three days,\" said Gulnara.");
        assert_eq!(who(&q[0], &idx), None);
    }

    #[test]
    fn a_pull_quote_repeating_a_credited_quote_is_credited() {
        let body = "President Kassym-Jomart Tokayev met the headquarters. \"The operation will continue until the militants are destroyed,\" he said.\n\
                    Shops reopened in Almaty on Monday, and the airport was handed back.\n\
                    \"The operation will continue until the militants are destroyed\"\n\
                    Long queues formed outside the banks.";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
    }

    #[test]
    fn a_description_opening_the_sentence_speaks_after_but() {
        let body = "Poland's Foreign Minister Zbigniew Rau opened the meeting. \
                    The Polish minister called for \"a renewed dialogue\" but added: \"Dialogue cannot mean that one state dictates.\"";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Zbigniew Rau"));
        let body = "Deputy Foreign Minister Sergey Ryabkov spoke to journalists after the talks. \
                    He described the conversation as \"difficult\" and warned: \"We have not yet seen any grounds for optimism.\"";
        let (q, idx) = run(body);
        let warned = q.iter().find(|q| q.text.starts_with("We have not")).expect("the quote after 'warned:'");
        assert_eq!(who(warned, &idx).as_deref(), Some("Sergey Ryabkov"));
    }

    #[test]
    fn subject_before_an_aside_speaks() {
        let body = "Wendy Sherman led the US team. Sherman, for her part, told reporters that Washington had rejected proposals that were \"simply non-starters\" for the allies.";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Wendy Sherman"));
    }

    #[test]
    fn a_comma_participle_after_a_quote_in_its_clause_keeps_the_sentence_subject() {
        // the participle "adding" is Sherman's, not the preposition's object after the quote
        let body = "Deputy Secretary of State Wendy Sherman led the delegation. Sherman, for her part, said Washington was not going to \"slam the door shut\" on NATO's open-door policy, adding: \"We will not allow anyone to do that.\"";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Wendy Sherman"));
        assert_eq!(q[0].cue.as_deref(), Some("said"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Wendy Sherman"));
        assert_eq!(q[1].cue.as_deref(), Some("adding"));
        // the whole titled subject before the earlier quote, not its organisation
        let body = "Kremlin spokesman Dmitry Peskov told reporters the mission would last \"as long as needed\", adding: \"This is not an open-ended operation.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Dmitry Peskov"));
        // a participle inside brackets is no cue of the sentence's subject
        let body = "Sergey Lavrov explained [\"chewed\"] for Western partners (who have difficulty reading the document) \"NATO's open door policy,\" which originates from the Charter.";
        let (q, idx) = run(body);
        assert!(q.iter().filter(|q| q.text.contains("open door")).all(|q| who(q, &idx).is_none()));
    }

    #[test]
    fn a_person_opening_the_clause_after_according_to_speaks() {
        let body = "Erdogan spoke with Tokayev by phone on Friday. According to the Turkish Directorate of Communications, Erdogan offered \"all kinds of support\" to Kazakhstan.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Recep Tayyip Erdogan"));
        assert_eq!(q[0].cue.as_deref(), Some("offered"));
        // (not through an auxiliary: the source's words about the person)
        let body = "According to prosecutors, Karim Masimov had \"betrayed the nation\" during the unrest.";
        let (q, idx) = run(body);
        assert!(q.iter().all(|q| who(q, &idx).as_deref() != Some("Karim Masimov")));
        // (the source itself when no one else opens the clause)
        let body = "According to the Interior Ministry, the situation \"has stabilised in all regions\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Interior Ministry"));
    }

    #[test]
    fn the_ministry_is_the_one_that_spoke_not_one_named_in_passing() {
        let body = "Kazakhstan's Interior Ministry said on Monday that 9,900 people had been detained, while the health ministry had earlier put the death toll at 164. \"The situation has stabilised in all regions,\" the ministry said.";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kazakhstan's Interior Ministry"));
        // (a ministry opening its own sentence is meant, even if another spoke before it)
        let body = "Argentina's Foreign Ministry said it followed events with concern. Uruguay's Foreign Ministry was briefer. \"Uruguay supports dialogue,\" the ministry said in a tweet.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Uruguay's Foreign Ministry"));
    }

    #[test]
    fn subject_before_a_relative_clause_speaks() {
        let (q, idx) = run("Deputy Minister Sergei Ryabkov, who led the delegation, told reporters the talks had been \"difficult, long, very professional\" but hard.");
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Sergei Ryabkov"));
    }

    #[test]
    fn descriptions_resolve_by_role_synonyms() {
        let body = "Kyiv political scientist Taras Hnatiuk spoke to us. \"If the troops stay, the country loses,\" the expert said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Taras Hnatiuk"));
        let body = "President Kassym-Jomart Tokayev proposed Alikhan Smailov as prime minister. \
                    \"The peacekeepers played a very important role,\" the head of state said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
        let body = "Russia's permanent representative to the OSCE, Alexander Lukashevich, warned Moscow. \
                    \"We will be forced to draw conclusions,\" the Russian envoy said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Alexander Lukashevich"));
        let body = "Head of State Qasym-Jomart Toqaev announced the withdrawal.                     «The main mission has been completed,» the Kazakh President said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Qasym-Jomart Toqaev"));
    }

    #[test]
    fn an_abbreviated_rank_answers_to_its_description() {
        let body = "Col. David Renner focused on the numbers. Officials say Tokayev called it a terrorist threat. \
                    \"Every leader in the region took notes,\" the colonel added.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("David Renner"));
        assert_eq!(crate::quotes::attribution::spelled_titles(&["Lt. Gen.".to_owned()]), "lieutenant general");
    }

    #[test]
    fn a_clause_after_a_participle_cue_is_no_speaker() {
        let body = "The Ministry of Information and Social Development said the measure was needed to stop \
                    \"the coordination of attacks\", adding that banking services would be restored first.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Ministry of Information and Social Development"));
        assert_eq!(idx.speakers.len(), 1, "{:?}", idx.speakers);
    }

    #[test]
    fn subjects_after_an_opening_phrase_a_site_and_an_according_to() {
        // the subject after an opening phrase and its comma is the "he" of the next sentence
        let body = "Dana Lee, a doctor, said \"we are tired\". In his speech to parliament on Tuesday, President \
                    Ivan Petrov did not give a figure. He spoke of \"a well-prepared attack\" and left.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Ivan Petrov"));
        // a site named by its domain is no one's "she"
        let body = "Aliya, a 31-year-old accountant, has been looking for her brother. She asked Harbour.kz not to \
                    publish her surname. Harbour.kz spoke to her twice. \"We went to three morgues,\" she said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Aliya"));
        let body = "Foreign Minister Pekka Haavisto spoke to Yle. According to Haavisto, the government received an \
                    overview the same evening from the Americans. \"They have kept their word,\" he added.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Pekka Haavisto"));
        // (an outlet after "According to" is no one's "he")
        let body = "According to Harbourinform, the curfew was extended. \"The measures remain in force,\" he added.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx), None);
    }

    #[test]
    fn descriptions_lose_their_time_and_abbreviated_offices_resolve() {
        let body = "The Cuban government on Saturday said it rejected \"any attempt at interference\" in the country.";
        let (q, idx) = run(body);
        assert_eq!(q[0].speaker_text.as_deref(), Some("The Cuban government"));
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Cuban government"));
        let body = "Foreign Minister Bruno Rodriguez wrote that Havana supports President Ivan Petrov. \
                    \"Cuba stands with the people,\" the FM posted.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Bruno Rodriguez"));
        // the surname named elsewhere, before an aside
        let body = "Bekzod Tashpulat, a member of the lower chamber, said the decision was \"a question of duty\". \
                    \"We will turn to them too,\" Tashpulat said.";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tashpulat"));
    }

    #[test]
    fn review_cases_of_speakers_that_are_no_one() {
        let body = "The Ministry of Energy and KazMunayGas said the price cap was \"a temporary measure for six months\".";
        let (_, idx) = run(body);
        assert!(idx.speakers.iter().any(|s| s.name == "KazMunayGas"), "{:?}", idx.speakers);
        assert!(idx.speakers.iter().any(|s| s.name == "Ministry of Energy"), "{:?}", idx.speakers);
        let body = "Many Gen Z protesters said they had \"nothing to lose\". Imam Ali Mosque in Almaty was closed.";
        let (q, idx) = run(body);
        assert!(q.iter().all(|q| who(q, &idx).is_none()), "{q:?}");
        assert!(idx.speakers.iter().all(|s| s.name != "Z" && s.name != "Ali Mosque"), "{:?}", idx.speakers);
        let body = "Foreign Minister Mukhtar Tileuberdi met foreign envoys on Monday. \
                    \"Stay indoors after 11 pm,\" the FM station told listeners on Tuesday.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx), None);
        let body = "President Kassym-Jomart Tokayev met Putin. \"We are grateful,\" the PM said.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx), None);
        let body = "Victoria, a state in Australia, said it would \"not be affected\" by the unrest.";
        let (_, idx) = run(body);
        assert!(idx.speakers.iter().all(|s| s.name != "Victoria"), "{:?}", idx.speakers);
        let body = "A correspondent for Russia Today said: \"The airport is completely calm this morning and flights have resumed.\"";
        let (q, _) = run(body);
        assert_eq!(q[0].speaker_text.as_deref(), Some("A correspondent for Russia Today"));
    }

    #[test]
    fn review_cases_of_session_12() {
        // "family", "assembly" and "weekly" are no adverbs to cut from a subject
        let (q, _) = run("\"We want answers,\" the family said.");
        assert_eq!(q[0].speaker_text.as_deref(), Some("the family"));
        // a subject named before an inserted source keeps the coordinated verb
        let (q, idx) = run("Tokayev thanked Putin for his help, the Kremlin said, and told him the troops would leave \"as soon as possible.\"");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kassym-Jomart Tokayev"));
        // a known first name alone is not the one person named in full with it
        let (q, idx) = run("Marat Bekov, the deputy mayor, said the city was calm. A taxi driver who gave his name only as Marat said: \"I have not worked for a week.\"");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Marat"));
        // an organisation's age makes no person of it; a person named like a city is a person
        let (_, idx) = run("Nur Otan, a 22-year-old party founded by Nazarbayev, said it \"fully supports\" the president.");
        assert!(idx.speakers.iter().all(|s| s.name != "Nur Otan" || s.kind != crate::SpeakerKind::Person), "{:?}", idx.speakers);
        let (q, idx) = run("\"The case is political,\" said Robert Amsterdam, a lawyer for the family.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Robert Amsterdam"));
        // "al-Qaeda" is an organisation; "the club" is no organisation named before as another thing
        let (_, idx) = run("al-Qaeda said in a statement that it \"welcomes the chaos.\"");
        assert!(idx.speakers.iter().all(|s| s.kind != crate::SpeakerKind::Person), "{:?}", idx.speakers);
        let (q, _) = run("The CSTO said its troops would leave on Thursday. \"Our players are safe,\" the club said.");
        assert_eq!(q[0].speaker, None);
        // a quote inside its clause, then "and called": the clause's subject said it
        let (q, idx) = run("Minister Tomas Ruud said the port was \"closely monitoring\" the weather and called for calm.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tomas Ruud"));
        // a bracket before an aside's comma: the name before the bracket
        let (q, idx) = run("Sen. Martin Kask (D-N.H.), who chairs the ports subcommittee, said the strike showed \"how fast a port can close.\"");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Martin Kask"));
        // a participle without its comma takes the sentence's subject, but not "in writing"
        let (q, idx) = run("Minister Tomas Ruud sent a letter to Martin Kask on Friday praising his \"calm and steady hand\" at the port.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Tomas Ruud"));
        // "the social network" names no new organisation
        let (_, idx) = run("\"Access was restored,\" the social network said.");
        assert!(idx.speakers.is_empty(), "{:?}", idx.speakers);
    }

    #[test]
    fn honorifics_with_a_full_stop_inverted_cues_and_auxiliaries() {
        // "said Mr. X": the full stop of "Mr." opens no clause
        let body = "\"We could not reach the port,\" said Mr. Okafor. \"The roads were shut,\" said Ms. Lindqvist.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Okafor"));
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Lindqvist"));
        // "…, the spokesperson recalled, but said …": the subject of the cue set off before it
        let body = "Port spokesperson Ines Okafor said the terminal was open. The company had closed berths in past storms, \
                    the spokesperson recalled, but said there was \"no such plan\" this week.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Ines Okafor"));
        // an auxiliary or adverb before the cue names no organisation ("government had")
        let body = "The government had closed the port before, but said there was \"no such plan\" now.";
        let (_, idx) = run(body);
        assert!(idx.speakers.iter().all(|s| !s.name.contains("had")), "{:?}", idx.speakers);
        // a person of an organisation speaks, whatever stands before the organisation's name
        let body = "Analyst Ines Okafor of the Lagos-based Harbour Research Forum said the port had reopened \"with great relief.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Ines Okafor"));
        assert!(idx.speakers.iter().any(|s| s.name == "Harbour Research Forum"), "{:?}", idx.speakers);
        // a person's organisation between the name and the verb keeps the name the subject
        // of its sentence, so the next sentence's "He" is that person
        let body = "Minister Tomas Ruud said the talks mattered. Opposition lawmaker Martin Kask of the Free Harbour Movement \
                    called the statement \"too soft.\" He said the port had \"never once\" closed on time.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Martin Kask"));
        // "X called it “…,” but said …": the sentence's subject, before the first quote
        let body = "Minister Tomas Ruud met the union on Monday. Ruud called the talks \"candid and useful,\" but said the port had \
                    \"no money left for raises.\"";
        let (q, idx) = run(body);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Tomas Ruud"));
        assert!(q[1].speaker_text.as_deref() != Some("but"));
        // a first name and an age in apposition after the quote
        let body = "\"The shops are empty,\" Aliya, a 45-year-old accountant, said by telephone.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Aliya"));
        // a capital of the gazetteer is no person ("Ankara had watched …")
        let body = "Ankara had watched the deployment \"with quiet unease,\" officials said.";
        let (_, idx) = run(body);
        assert!(idx.speakers.iter().all(|s| s.name != "Ankara"), "{:?}", idx.speakers);
    }

    #[test]
    fn affiliations_ages_and_words_about_a_quote() {
        // a name after a person's "of" is where they work, no one's "he"
        let body = "Analyst Dmitry Kurbatov of Finam told the daily that investors watched Geneva. \
                    \"The risk premium is about Ukraine,\" he noted.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Dmitry Kurbatov"));
        // "a line X called …" names the quote; the earlier cue's subject said it
        let body = "Antony Blinken had warned last week that \"when soldiers arrive as guests, they forget the way home\", \
                    a line the Foreign Ministry called \"offensive\".";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Antony Blinken"));
        // … but "the statement says" still speaks
        let body = "The Kazakh Foreign Ministry issued a statement. \"We hope that calm returns soon,\" the statement says.";
        let (q, _) = run(body);
        assert_eq!(q[0].speaker_text.as_deref(), Some("the statement"));
        // an age for a description, and the subject after "Back in Almaty,"
        let body = "Viktor Reimer locked the gate of the prayer house. \"I was born here,\" says the 61-year-old. \
                    Tobias Wendt of the embassy said \"all are safe\". Back in Almaty, Reimer has reopened the house. \
                    \"We lit candles for everyone,\" he says.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Viktor Reimer"));
        assert_eq!(who(&q[2], &idx).as_deref(), Some("Viktor Reimer"));
        // the age given after a name picks the person, and a wrong age picks no one
        let body = "Nurlan Bekov, 61, runs a shop. His daughter Asel Bekova helps him. \"We lost everything,\" says the 61-year-old.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Nurlan Bekov"));
        let body = "Asel Bekova, 29, stood beside her father, Nurlan Bekov. \"We lost everything,\" says the 29-year-old.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Asel Bekova"));
        // someone's request is no workplace
        let body = "Tokayev asked Putin at Lukashenko's suggestion. \"We acted together as allies,\" Lukashenko said later.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Alexander Lukashenko"));
    }

    #[test]
    fn continuation_paragraph_keeps_speaker() {
        let body = "“The plan is ready. We start in spring,” said Director Hugo Lambert.\n\n“Nothing will stop it.”";
        let (q, idx) = run(body);
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[1], &idx).as_deref(), Some("Hugo Lambert"));
    }

    #[test]
    fn quoted_as_saying_names_the_speaker() {
        let body = "Minister Karl Berg spoke.\n\"Prices will fall,\" the state broadcaster quoted Berg as saying.";
        let (q, idx) = run(body);
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Karl Berg"));
    }

    #[test]
    fn unrecognised_subject_name_becomes_speaker() {
        let (q, idx) = run("\"The water came fast,\" Kowalczyk, 45, said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kowalczyk"));
    }

    #[test]
    fn indefinite_official_is_not_an_earlier_name() {
        let body = "President Maria Lopes spoke first.\n\"We will not wait,\" a senior official said.";
        let (q, _) = run(body);
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn spokesman_for_organisation_credits_the_organisation() {
        let (q, idx) = run("\"No decision has been taken,\" a spokesman for the Kremlin said.");
        assert_eq!(who(&q[0], &idx).as_deref(), Some("Kremlin"));
    }

    #[test]
    fn offsets_slice_the_body_exactly() {
        let body = "Ü “Straße frei,” sagte er. \"Yes we can go now,\" said Mayor Ida Holm.";
        let (q, _) = run(body);
        for x in &q {
            assert_eq!(body.chars().skip(x.start).take(x.end - x.start).collect::<String>(), x.text);
        }
    }
}
