//! Splitting a document into articles and removing page furniture.
//!
//! Pure functions over text: `&str` in, [`Article`]s out. No SQL, no I/O.
//! (Placeholder: one article per document, first non-blank line as headline.)

use crate::metadata;
use crate::model::Article;

/// Splits `text` into articles with cleaned bodies and metadata.
pub fn segment(text: &str) -> Vec<Article> {
    let mut lines = text.split('\n');
    let headline = lines.by_ref().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned);
    let body: String = text.to_owned();
    let mut article = Article {
        ordinal: 0,
        headline,
        body,
        doc_start: 0,
        doc_end: text.chars().count(),
        ..Article::default()
    };
    metadata::fill(&mut article, text);
    vec![article]
}
