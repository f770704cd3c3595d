//! Quotation spans, their cue verbs and their attribution to speakers.
//!
//! Pure functions over article text; no SQL here. [`spans`] finds the text between
//! quotation marks (recovering malformed marks); [`attribution`] finds each quote's cue
//! verb and speaker and drops scare quotes and titles.

pub mod attribution;
pub mod spans;

use crate::model::{Article, Quote, SpeakerIndex};

/// Finds every direct quotation in `article` and attributes it to a speaker of `speakers`
/// (adding organisations or people that only the attribution names).
///
/// # Examples
/// ```
/// use kzcorpus::{quotes::extract_quotes, speakers::find_speakers, Article};
/// let article = Article { body: "“We will rebuild,” said Mayor Anna Kowalska.".into(), ..Default::default() };
/// let mut index = find_speakers(&article);
/// let quotes = extract_quotes(&article, &mut index);
/// assert_eq!(quotes[0].text, "We will rebuild,");
/// assert_eq!(index.speakers[quotes[0].speaker.unwrap()].name, "Anna Kowalska");
/// ```
pub fn extract_quotes(article: &Article, speakers: &mut SpeakerIndex) -> Vec<Quote> {
    let spans = spans::find_spans(&article.body);
    attribution::attribute(article, &spans, speakers)
}
