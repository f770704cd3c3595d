//! Plain data produced by the pipeline stages.
//!
//! These structs are what the pure stages (`segment`, `metadata`, `speakers`, `quotes`,
//! `events`, `claims`) return and what `store` writes. They hold no database ids: speakers
//! are referred to by their index in the article's [`SpeakerIndex`], and the store maps
//! them onto database-wide ids. All spans are character (Unicode scalar) offsets into
//! [`Article::body`], so `body.chars().skip(start).take(end - start)` — or `body[start:end]`
//! in Python — returns the span exactly.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One article found in a document, with its cleaned body and metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Position of the article in its document, from 0.
    pub ordinal: usize,
    /// The headline, when the page shows one.
    pub headline: Option<String>,
    /// The outlet (publisher) when it can be told from the page.
    pub outlet: Option<String>,
    /// The publication date, when the page states it.
    pub published: Option<NaiveDate>,
    /// The dateline ("Kiev, Ukraine"), when the body opens with one.
    pub dateline: Option<String>,
    /// Byline authors, in order, as written.
    pub authors: Vec<String>,
    /// Image links and their captions, removed from the body.
    pub media: Vec<Media>,
    /// The cleaned article text: paragraphs separated by `\n`.
    pub body: String,
    /// Character offset in the document where the article starts.
    pub doc_start: usize,
    /// Character offset in the document where the article ends.
    pub doc_end: usize,
}

/// An image link found in an article and the caption printed under it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Media {
    /// The image URL.
    pub url: String,
    /// The caption line that follows the image, if any.
    pub caption: Option<String>,
}

/// Whether a speaker is a person or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A ministry, agency, press office, alliance ...
    Organisation,
}

impl SpeakerKind {
    /// The value stored in `speakers.kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
        }
    }
}

/// A person or organisation recognised in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalSpeaker {
    /// The fullest form of the name seen in the article ("Sergey Lavrov").
    pub name: String,
    /// Person or organisation.
    pub kind: SpeakerKind,
    /// Every spelling of the name seen in the article, including `name`.
    pub aliases: Vec<String>,
    /// Titles and ranks seen with the name ("Russian Foreign Minister").
    pub titles: Vec<String>,
    /// Country, when the gazetteer or text gives it.
    pub country: Option<String>,
}

/// The speakers of one article and where their names occur.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct SpeakerIndex {
    /// The distinct speakers of the article.
    pub speakers: Vec<LocalSpeaker>,
    /// Every recognised occurrence of a speaker's name.
    pub mentions: Vec<Mention>,
}

/// One occurrence of a speaker's name in an article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Index into [`SpeakerIndex::speakers`].
    pub speaker: usize,
    /// Character offset of the first character.
    pub start: usize,
    /// Character offset one past the last character.
    pub end: usize,
    /// The text as written.
    pub text: String,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words: exactly `body[start..end]` in characters, or `headline[start..end]`
    /// when [`Quote::zone`] is [`Zone::Headline`].
    pub text: String,
    /// Index into [`SpeakerIndex::speakers`], or `None` when the text does not say who spoke.
    pub speaker: Option<usize>,
    /// The words that attribute the quote ("he", "the minister", "Lavrov").
    pub speaker_text: Option<String>,
    /// The cue verb or phrase as written ("said", "according to").
    pub cue: Option<String>,
    /// Character offset of the first quoted character (after the opening mark).
    pub start: usize,
    /// Character offset one past the last quoted character (before the closing mark).
    pub end: usize,
    /// The span is not delimited by a matching pair of marks within one paragraph.
    pub malformed: bool,
    /// Confidence of the attribution, from 0 to 1.
    pub confidence: f64,
    /// Where the quotation is printed: the body (the default) or the headline.
    #[serde(default)]
    pub zone: Zone,
}

/// How precisely an event's date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatePrecision {
    /// A calendar day.
    #[serde(rename = "day")]
    Day,
    /// A month only (stored as the first of the month).
    #[serde(rename = "month")]
    Month,
    /// A relative reference ("on Thursday") with no publication date to anchor it.
    #[serde(rename = "relative-unresolved")]
    RelativeUnresolved,
}

impl DatePrecision {
    /// The value stored in `events.date_precision`.
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::RelativeUnresolved => "relative-unresolved",
        }
    }
}

/// A dated happening reported in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The resolved date, if any.
    pub date: Option<NaiveDate>,
    /// How precise `date` is.
    pub date_precision: DatePrecision,
    /// The event type, from the vocabulary in `events.rs`.
    pub kind: String,
    /// The place named in the sentence, if any.
    pub location: Option<String>,
    /// Indexes into [`SpeakerIndex::speakers`] of the participants.
    pub participants: Vec<usize>,
    /// The sentence that reports the event: exactly `body[start..end]`.
    pub evidence: String,
    /// Character offset of the evidence.
    pub start: usize,
    /// Character offset one past the evidence.
    pub end: usize,
}

/// A numeric claim (deaths, arrests, troops ...) and who the article says made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// What is counted: killed, injured, detained, troops_deployed, aircraft, damage_usd, other.
    pub what: String,
    /// The number (the lower bound of a range).
    pub value: i64,
    /// The upper bound of a range ("$2-3 billion"), else `None`.
    pub value_max: Option<i64>,
    /// Normalised qualifier: "at least", "about", "more than", "almost" ...
    pub qualifier: Option<String>,
    /// The phrase that says what is counted ("people", "Russian troops").
    pub subject: String,
    /// Who the article says reported the figure.
    pub attributed_to: Option<String>,
    /// The sentence holding the figure: exactly `body[start..end]` (in characters), or
    /// `headline[start..end]` when [`Claim::zone`] is [`Zone::Headline`].
    pub evidence: String,
    /// Character offset of the evidence.
    pub start: usize,
    /// Character offset one past the evidence.
    pub end: usize,
    /// Where the figure is stated: the body (the default) or the headline.
    #[serde(default)]
    pub zone: Zone,
}

/// The part of an article a claim is stated in, and so the text its offsets index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Zone {
    /// `articles.body`.
    #[default]
    Body,
    /// `articles.headline` ("Kazakhstan says 164 killed in week of unrest").
    Headline,
}

impl Zone {
    /// The `claims.zone` value: `body` or `headline`.
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Body => "body",
            Zone::Headline => "headline",
        }
    }
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ExtractedArticle {
    /// The article itself.
    pub article: Article,
    /// Its speakers and their mentions.
    pub speakers: SpeakerIndex,
    /// Its quotations.
    pub quotes: Vec<Quote>,
    /// Its events.
    pub events: Vec<Event>,
    /// Its numeric claims.
    pub claims: Vec<Claim>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ExtractedDocument {
    /// The articles of the document, in order.
    pub articles: Vec<ExtractedArticle>,
}

/// Character-offset helpers shared by the stages.
pub mod span {
    /// The substring of `text` between character offsets `start` and `end`.
    pub fn slice_chars(text: &str, start: usize, end: usize) -> &str {
        let b = byte_of_char(text, start);
        let e = byte_of_char(text, end);
        &text[b..e.max(b)]
    }

    /// The byte offset of character offset `ch` (clamped to the end of `text`).
    pub fn byte_of_char(text: &str, ch: usize) -> usize {
        text.char_indices().nth(ch).map(|(b, _)| b).unwrap_or(text.len())
    }

    /// Converts byte offsets to character offsets in one pass.
    ///
    /// Build it once per text and call [`CharMap::char_of`] for every byte offset the
    /// regexes report, which keeps span conversion linear in the text length.
    #[derive(Debug, Clone)]
    pub struct CharMap {
        // char offset at each byte position that starts a character; len+1 entries
        byte_to_char: Vec<u32>,
    }

    impl CharMap {
        /// Indexes `text`.
        ///
        /// One branch-free pass over the bytes: a byte belongs to the last character started
        /// at or before it, and continuation bytes (`10xxxxxx`) start none.
        pub fn new(text: &str) -> Self {
            let mut byte_to_char = Vec::with_capacity(text.len() + 1);
            let mut started = 0u32;
            byte_to_char.extend(text.bytes().map(|b| {
                started += u32::from(b & 0xC0 != 0x80);
                started - 1
            }));
            byte_to_char.push(started);
            CharMap { byte_to_char }
        }

        /// The character offset of byte offset `byte` (clamped to the end).
        pub fn char_of(&self, byte: usize) -> usize {
            let i = byte.min(self.byte_to_char.len() - 1);
            self.byte_to_char[i] as usize
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn char_map_counts_multibyte_characters_once() {
            let text = "a“b”c";
            let map = CharMap::new(text);
            assert_eq!(map.char_of(0), 0);
            assert_eq!(map.char_of(1), 1); // “
            assert_eq!(map.char_of(4), 2); // b
            assert_eq!(map.char_of(text.len()), 5);
            assert_eq!(slice_chars(text, 1, 4), "“b”");
        }
    }
}
