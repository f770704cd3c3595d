//! The pure extraction pipeline: one document's text in, articles and their rows out.
//!
//! This is the function Spark/Dask workers call: no database, no I/O.

use chrono::NaiveDate;

use crate::model::{Article, Claim, ExtractedArticle, ExtractedDocument, SpeakerIndex, Zone};
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
    let events = events::extract_events_with(&article, &index, document_anchor);
    let mut claims = claims::extract_claims(&article, &index);
    claims.extend(headline_claims(&article));
    ExtractedArticle { article, speakers: index, quotes, events, claims }
}

/// Figures stated in the headline ("Kazakhstan says 164 killed in week of unrest"), with
/// offsets into the headline. A headline names no speakers of its own, so these carry no
/// attribution.
fn headline_claims(article: &Article) -> Vec<Claim> {
    let Some(headline) = article.headline.as_deref() else { return Vec::new() };
    let as_text = Article { body: headline.to_owned(), published: article.published, ..Default::default() };
    let mut claims = claims::extract_claims(&as_text, &SpeakerIndex::default());
    for c in &mut claims {
        c.zone = Zone::Headline;
        c.attributed_to = None;
    }
    claims
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_figures_are_claims_with_offsets_into_the_headline() {
        let page = "Kazakhstan says 164 killed in week of unrest, nearly 8,000 detained\n\n\
                    The health ministry said on Sunday that 164 people had been killed.\n";
        let doc = extract(page, &ExtractOptions::default());
        let a = &doc.articles[0];
        let headline: Vec<char> = a.article.headline.as_deref().unwrap_or("").chars().collect();
        let mut found: Vec<(&str, i64, Zone)> = a.claims.iter().map(|c| (c.what.as_str(), c.value, c.zone)).collect();
        found.sort_by_key(|&(what, value, zone)| (zone.as_str(), what, value));
        assert_eq!(found, [("killed", 164, Zone::Body), ("detained", 8000, Zone::Headline), ("killed", 164, Zone::Headline)]);
        for c in a.claims.iter().filter(|c| c.zone == Zone::Headline) {
            assert_eq!(headline[c.start..c.end].iter().collect::<String>(), c.evidence);
            assert_eq!(c.attributed_to, None);
        }
        let detained = a.claims.iter().find(|c| c.what == "detained").map(|c| c.qualifier.as_deref());
        assert_eq!(detained, Some(Some("almost")));
    }

    #[test]
    fn a_headline_without_figures_adds_no_claims() {
        let doc = extract("Talks In Geneva\n\nThe talks began on Monday.\n", &ExtractOptions::default());
        assert!(doc.articles[0].claims.is_empty());
    }
}
