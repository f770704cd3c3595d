//! Attribution placeholder.
use super::spans::Span;
use crate::model::{Article, Quote, SpeakerIndex};
/// Attributes spans.
pub fn attribute(article: &Article, spans: &[Span], _index: &mut SpeakerIndex) -> Vec<Quote> {
    let _ = (article, spans);
    Vec::new()
}
