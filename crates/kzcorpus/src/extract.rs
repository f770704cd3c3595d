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
    let articles = segment::segment(text)
        .into_iter()
        .map(|mut article| {
            if article.published.is_none() {
                article.published = options.published;
            }
            extract_article(article)
        })
        .collect();
    ExtractedDocument { articles }
}

/// Runs the extractors on one segmented article.
pub fn extract_article(article: crate::model::Article) -> ExtractedArticle {
    let mut index = speakers::find_speakers(&article);
    let quotes = quotes::extract_quotes(&article, &mut index);
    let events = events::extract_events(&article, &index);
    let claims = claims::extract_claims(&article, &index);
    ExtractedArticle { article, speakers: index, quotes, events, claims }
}
