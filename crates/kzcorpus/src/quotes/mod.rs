//! Quotation spans, their cue verbs and their attribution to speakers.
//!
//! Pure functions over article text; no SQL here. [`spans`] finds the text between
//! quotation marks (recovering malformed marks); [`attribution`] finds each quote's cue
//! verb and speaker and drops scare quotes and titles; [`headline`] finds the quotations a
//! headline prints and credits them from the body.

pub mod attribution;
pub mod headline;
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

/// [`extract_quotes`] given the body's tokens ([`crate::speakers::names::tokenize`]), so a
/// pipeline that found speakers with the same tokens does not tokenize twice.
pub fn extract_quotes_with_tokens(
    article: &Article,
    speakers: &mut SpeakerIndex,
    tokens: &[crate::speakers::names::Tok],
) -> Vec<Quote> {
    let spans = spans::find_spans(&article.body);
    attribution::attribute_counted_with(article, &spans, speakers, tokens).0
}

/// [`extract_quotes`], also returning the attribution's work count (tokens and characters
/// its look-ups visited, see [`attribution::attribute_counted`]): the hostile-input tests
/// assert it grows linearly with the body.
pub fn extract_quotes_counted(article: &Article, speakers: &mut SpeakerIndex) -> (Vec<Quote>, u64) {
    let spans = spans::find_spans(&article.body);
    attribution::attribute_counted(article, &spans, speakers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::find_speakers;

    fn run(body: String) -> (Vec<Quote>, std::time::Duration) {
        let t = std::time::Instant::now();
        let article = Article { body, ..Default::default() };
        let mut idx = find_speakers(&article);
        let q = extract_quotes(&article, &mut idx);
        (q, t.elapsed())
    }

    #[test]
    fn hostile_articles_stay_linear() {
        let (_, a) = run("\" said he. ".repeat(10_000));
        let (_, b) = run(format!("{}deep{}", "“".repeat(1000), "”".repeat(1000)));
        let (_, c) = run(format!("\"{} said.\"", "Abc ".repeat(5000)));
        let (_, d) = run("“Yes,” said Minister Ivan Petrov. Petrov said he agreed. ".repeat(2000));
        for (name, t) in [("marks", a), ("nested", b), ("capitalised", c), ("many quotes", d)] {
            assert!(t.as_secs() < 20, "{name} took {t:?}");
        }
    }
}
