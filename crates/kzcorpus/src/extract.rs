//! The pure extraction pipeline: one document's text in, articles and their rows out.
//!
//! This is the function Spark/Dask workers call: no database, no I/O.

use chrono::{Datelike, NaiveDate};

use crate::model::{Article, Claim, ExtractedArticle, ExtractedDocument, SpeakerIndex, Zone};
use crate::{claims, events, markup, quotes, segment, speakers};

/// Options of [`extract`].
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// Publication date to use when the page does not state one.
    pub published: Option<NaiveDate>,
    /// Where year-less dates ("on January 10") are placed when the document has no
    /// publication date and states no full date anywhere: a digest of short items, say.
    /// The default is [`DOMAIN_ANCHOR`], the end of the period this corpus covers; `None`
    /// leaves such dates unresolved.
    pub assumed_anchor: Option<NaiveDate>,
}

/// The end of the period the corpus covers (the January 2022 unrest in Kazakhstan and the
/// talks of 10–13 January): year-less dates of a document that gives no year at all are
/// placed in the twelve months before it ("January 10" → 2022-01-10, "December 30" → 2021-12-30).
pub const DOMAIN_ANCHOR: NaiveDate = match NaiveDate::from_ymd_opt(2022, 1, 31) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions { published: None, assumed_anchor: Some(DOMAIN_ANCHOR) }
    }
}

/// Extracts articles, speakers, quotes, events and claims from one document's text.
///
/// # Examples
/// ```
/// let doc = kzcorpus::extract("Talks In Geneva\n\nThe talks began.", &Default::default());
/// assert_eq!(doc.articles.len(), 1);
/// ```
pub fn extract(text: &str, options: &ExtractOptions) -> ExtractedDocument {
    // a scraped page's leftover HTML ("&quot;", "<p>") is read as the page showed it; the
    // articles' document offsets still point into the source text
    let decoded = markup::decode(text);
    let text = decoded.as_ref().map_or(text, |d| d.text.as_str());
    // the latest fully written date places year-less dates of articles that have no date of their own
    // (unless it is history long before the assumed period: "relations established on March 24,
    // 1992" places no "Jan 8" in 1992)
    let anchor = events::dates::latest_full_date(text)
        .filter(|d| options.assumed_anchor.is_none_or(|a| (a - *d).num_days() <= 3 * 366))
        .or(options.assumed_anchor);
    let articles = segment::segment(text)
        .into_iter()
        .map(|mut article| {
            if article.published.is_none() {
                // (a wire's dateline dates it: "Havana, Jan 8 (Prensa Latina) …", in the twelve
                // months up to the document's anchor)
                let first = article.body.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
                // (only a day in the weeks before the anchor: "June 5" in a January text is no
                // filing day the text supports)
                let filed = crate::metadata::dateline_day(first).zip(anchor).and_then(|((m, d), a)| {
                    let this_year = NaiveDate::from_ymd_opt(a.year(), m, d)?;
                    let day = if this_year > a + chrono::Duration::days(7) { NaiveDate::from_ymd_opt(a.year() - 1, m, d)? } else { this_year };
                    ((a - day).num_days() <= 60).then_some(day)
                });
                article.published = options.published.or(filed);
            }
            if let Some(d) = &decoded {
                article.doc_start = d.source_offset(article.doc_start);
                article.doc_end = d.source_offset(article.doc_end);
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
    let mut quotes = quotes::extract_quotes_with_tokens(&article, &mut index, &tokens);
    drop(tokens);
    if let Some(headline) = &article.headline {
        let in_headline = quotes::headline::headline_quotes(headline, &article.body, &quotes, &index);
        quotes.extend(in_headline);
    }
    let scan = events::BodyScan::new(&article.body);
    let events = events::extract_events_scanned(&article, &index, document_anchor, &scan);
    let mut claims = claims::extract_claims_scanned(&article, &index, &scan);
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
    fn a_wires_dateline_dates_it_and_history_places_no_year() {
        let page = "Cuba expresses solidarity with Kazakhstan\n\n\
                    Havana, Jan 8 (Harbour Latina) The Cuban government on Saturday expressed its solidarity.\n\n\
                    The two countries established diplomatic relations on March 24, 1992.\n";
        // (a day months before the anchor is no filing day)
        let june = extract("Referendum held\n\nNur-Sultan, June 5 (Reuters) - Kazakhs voted on Sunday in a referendum.\n", &ExtractOptions::default());
        assert_eq!(june.articles[0].article.published, None);
        let doc = extract(page, &ExtractOptions::default());
        let a = &doc.articles[0].article;
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 8));
        assert_eq!(a.dateline.as_deref(), Some("Havana"));
        // a date given by the caller comes first
        let given = ExtractOptions { published: NaiveDate::from_ymd_opt(2022, 1, 9), ..Default::default() };
        assert_eq!(extract(page, &given).articles[0].article.published, NaiveDate::from_ymd_opt(2022, 1, 9));
    }

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
    fn markup_of_a_scraped_page_is_decoded_and_offsets_point_into_the_source() {
        let page = "<p>Tokayev Says Order Restored\n\n<p>Tokayev said order was &quot;largely restored&quot; on Sunday.</p>\n";
        let doc = extract(page, &ExtractOptions::default());
        let a = &doc.articles[0];
        assert_eq!(a.article.headline.as_deref(), Some("Tokayev Says Order Restored"));
        assert_eq!(a.article.body, "Tokayev said order was \"largely restored\" on Sunday.");
        assert_eq!(a.quotes.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["largely restored"]);
        let located: String = page.chars().skip(a.article.doc_start).take(a.article.doc_end - a.article.doc_start).collect();
        assert!(located.starts_with("Tokayev Says") && located.ends_with("on Sunday.</p>"), "{located}");
    }

    #[test]
    fn a_document_stating_no_year_is_placed_at_the_assumed_anchor() {
        let page = "Kuleba Rejects Deals\n\nForeign Minister Dmytro Kuleba said on January 10 that Kyiv would not accept any deal.\n";
        let dated = |options: &ExtractOptions| -> Vec<Option<NaiveDate>> {
            extract(page, options).articles[0].events.iter().map(|e| e.date).collect()
        };
        assert_eq!(dated(&ExtractOptions::default()), [NaiveDate::from_ymd_opt(2022, 1, 10)]);
        assert_eq!(dated(&ExtractOptions { assumed_anchor: None, ..Default::default() }), [None]);
        // a full date anywhere in the document wins over the assumption
        let page = format!("{page}\nPublished March 3, 2023.\n");
        let dates: Vec<Option<NaiveDate>> = extract(&page, &ExtractOptions::default()).articles[0].events.iter().map(|e| e.date).collect();
        assert_eq!(dates.first().copied().flatten(), NaiveDate::from_ymd_opt(2023, 1, 10));
    }

    #[test]
    fn each_story_of_a_news_feed_is_an_article() {
        let feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Baltic Ledger</title>\n\
                    <link>https://ledger.example/</link>\n<description>News from the Baltic states</description>\n\
                    <lastBuildDate>Thu, 09 Mar 2023 19:30:00 GMT</lastBuildDate>\n\
                    <item>\n<title>Talks end without a deal in Riga</title>\n<link>https://ledger.example/1</link>\n\
                    <pubDate>Thu, 09 Mar 2023 19:05:00 GMT</pubDate>\n<dc:creator>Ann Lee</dc:creator>\n\
                    <description><![CDATA[<p>Negotiators ended talks in Riga on Thursday with &quot;no deal&quot;, the mediator said.</p>]]></description>\n</item>\n\
                    <item>\n<title>Police detain 40 after protest in Tallinn</title>\n<link>https://ledger.example/2</link>\n\
                    <pubDate>Wed, 08 Mar 2023 11:20:00 GMT</pubDate>\n<dc:creator>Tom Kask</dc:creator>\n\
                    <description>Police detained 40 people in Tallinn on Wednesday, the ministry said.</description>\n</item>\n\
                    </channel>\n</rss>\n";
        let doc = extract(feed, &ExtractOptions::default());
        let stories: Vec<_> = doc
            .articles
            .iter()
            .map(|a| (a.article.headline.as_deref(), a.article.authors.clone(), a.article.published, a.article.body.as_str()))
            .collect();
        assert_eq!(stories, [
            (Some("Talks end without a deal in Riga"), vec!["Ann Lee".to_owned()], NaiveDate::from_ymd_opt(2023, 3, 9),
             "Negotiators ended talks in Riga on Thursday with \"no deal\", the mediator said."),
            (Some("Police detain 40 after protest in Tallinn"), vec!["Tom Kask".to_owned()], NaiveDate::from_ymd_opt(2023, 3, 8),
             "Police detained 40 people in Tallinn on Wednesday, the ministry said."),
        ]);
        // a feed with no writers splits at its machine stamps
        let bare = feed.replace("<dc:creator>Ann Lee</dc:creator>\n", "").replace("<dc:creator>Tom Kask</dc:creator>\n", "");
        let heads: Vec<_> = extract(&bare, &ExtractOptions::default()).articles.iter().map(|a| a.article.headline.clone()).collect();
        assert_eq!(heads, [Some("Talks end without a deal in Riga".to_owned()), Some("Police detain 40 after protest in Tallinn".to_owned())]);
        // the articles point into the feed's own text
        let second = &doc.articles[1].article;
        let located: String = feed.chars().skip(second.doc_start).take(second.doc_end - second.doc_start).collect();
        assert!(located.starts_with("Police detain 40") && located.contains("the ministry said."), "{located}");
    }

    #[test]
    fn a_headline_without_figures_adds_no_claims() {
        let doc = extract("Talks In Geneva\n\nThe talks began on Monday.\n", &ExtractOptions::default());
        assert!(doc.articles[0].claims.is_empty());
    }
}
