//! The pure extraction pipeline: one document's text in, articles and their rows out.
//!
//! This is the function Spark/Dask workers call: no database, no I/O.

use chrono::NaiveDate;

use crate::model::{ExtractedArticle, ExtractedDocument};
use crate::{claims, events, quotes, segment, speakers};

/// Options of [`extract`].
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Publication date to use when the page does not state one.
    pub published: Option<NaiveDate>,
}

/// Extracts articles, speakers, quotes, events and claims from one document's text.
///
/// # Examples
/// ```
/// let doc = kzcorpus::extract("Talks In Geneva\n\nThe talks began.", &Default::default());
/// assert_eq!(doc.articles.len(), 1);
/// ```
pub fn extract(text: &str, options: &ExtractOptions) -> ExtractedDocument {
    // the latest fully written date places year-less dates of articles that have no date of their own
    let anchor = events::dates::latest_full_date(text);
    let articles = segment::segment(text)
        .into_iter()
        .map(|mut article| {
            if article.published.is_none() {
                article.published = options.published;
            }
            extract_article_with(article, anchor)
        })
        .collect();
    ExtractedDocument { articles }
}

/// Runs the extractors on one segmented article.
pub fn extract_article(article: crate::model::Article) -> ExtractedArticle {
    extract_article_with(article, None)
}

/// Runs the extractors on one segmented article; `document_anchor` is the latest fully
/// written date of its document (see [`events::extract_events_with`]).
pub fn extract_article_with(article: crate::model::Article, document_anchor: Option<NaiveDate>) -> ExtractedArticle {
    let tokens = speakers::names::tokenize(&article.body);
    let mut index = speakers::find_speakers_in(&article, &tokens);
    let quotes = quotes::extract_quotes_with_tokens(&article, &mut index, &tokens);
    drop(tokens);
    let scan = events::BodyScan::new(&article.body);
    let events = events::extract_events_scanned(&article, &index, document_anchor, &scan);
    let claims = claims::extract_claims_scanned(&article, &index, &scan);
    ExtractedArticle { article, speakers: index, quotes, events, claims }
}
