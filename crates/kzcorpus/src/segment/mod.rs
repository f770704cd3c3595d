//! Splitting a document into articles and removing page furniture.
//!
//! Pure functions over text: `&str` in, [`Article`]s out. No SQL, no I/O.
//!
//! A scraped page is read line by line (the line tests live in `segment/lines.rs`):
//! 1. Teaser blocks — from a header such as "Related" or "YOU MAY ALSO LIKE" — are links
//!    to other articles, not articles of the file. A block runs to the end of the page,
//!    unless running text resumes within a few lines (a short "Read more:" list mid-text).
//! 2. Each line is classified: furniture (appeals, counters, share widgets, "READ:" links,
//!    UI residue; patterns in `data/furniture.txt`), an image link (kept in
//!    [`Article::media`] with the caption line under it), a credited or labelled caption,
//!    a byline or agency credit line, a date stamp, a crawl-relative stamp, an outlet line,
//!    tagline or copyright notice (`data/outlets.tsv`), or content.
//! 3. The page header — the lines before the first paragraph of running text — gives the
//!    headline (the first heading of three words or more there), a byline printed without
//!    "By" ("Ann Lee in Moscow") and an outlet the gazetteer does not know (a short line
//!    right after the byline, or printed twice).
//! 4. A page whose headline is in Title Case, with further stand-alone Title Case headings
//!    and no byline or date stamp before the second one, is a digest: each such heading
//!    starts an article. Otherwise the page is one article, and its stand-alone lines are
//!    section headings kept in the body — except teaser links: a heading with no text of
//!    its own (followed by another heading or by nothing) or one repeated within a few
//!    lines, repeats of the headline, and labels closing the text.
//! 5. Page-level metadata applies to every article: the outlet (header line, headline site
//!    suffix, any outlet line, tagline or copyright, dateline agency, in that order) and the
//!    date (a date stamp, a date on the byline, or a relative stamp resolved against
//!    [`SegmentOptions::crawled`]). The dateline comes from each article's first line.
//!
//! [`Article::body`] is the kept lines, ASCII spaces trimmed at their edges and nothing else
//! changed (NBSP, look-alike letters and quote marks stay), joined with `\n`.

mod lines;
mod page;

use chrono::NaiveDate;

use crate::metadata;
use crate::model::Article;
use lines::Line;
use page::{classify, teaser_blocks, unknown_outlet, Kind, PageMeta};

/// Headings shorter than this in the page header are section labels or kickers.
const MIN_HEADLINE_WORDS: usize = 3;

/// Header lines at least this long (other than the headline) are a standfirst: body text.
const MIN_STANDFIRST_WORDS: usize = 6;
/// The longest standfirst in sentences that may stand between a headline and its byline.
const MAX_STANDFIRST_OVER_STAMP_WORDS: usize = 45;

/// A site's motto under its name is at most this long.
const MAX_MOTTO_WORDS: usize = 12;

/// The fewest words a digest's numbered item headings have on average (a speech's numbered
/// section labels, "1. The attack", have fewer).
const NUMBERED_ITEM_WORDS: usize = 5;

/// The most words of a standfirst over the paragraph that opens with the dateline.
const STANDFIRST_WORDS: usize = 35;

/// The most words of a standfirst over a paragraph opening with a place in capitals.
const LONG_STANDFIRST_WORDS: usize = 80;

/// Names and labels over a page's stamp (a ministry, a section) are at most this long.
const MAX_LABEL_WORDS: usize = 5;

/// The longest question taken for a headline when a byline or date stamp follows it.
const MAX_QUESTION_HEADLINE_WORDS: usize = 18;

/// Options of [`segment_with`].
#[derive(Debug, Clone, Default)]
pub struct SegmentOptions {
    /// The date the page was crawled; anchors relative stamps such as "3 days ago".
    pub crawled: Option<NaiveDate>,
}

/// Splits `text` into articles with cleaned bodies and metadata.
///
/// # Examples
/// ```
/// let page = "Ministers Meet In Rome\n\nThe ministers met on Monday to discuss gas prices.\n\n\
///             Talks Resume In Vienna\n\nNegotiators returned to Vienna after a short break.\n";
/// let articles = kzcorpus::segment::segment(page);
/// assert_eq!(articles.len(), 2);
/// assert_eq!(articles[1].headline.as_deref(), Some("Talks Resume In Vienna"));
/// assert_eq!(articles[1].body, "Negotiators returned to Vienna after a short break.");
/// ```
pub fn segment(text: &str) -> Vec<Article> {
    segment_with(text, &SegmentOptions::default())
}

/// [`segment`] with options (a crawl date to resolve relative stamps).
pub fn segment_with(text: &str, options: &SegmentOptions) -> Vec<Article> {
    let all = lines::split_lines(text);
    let page = &all[..];
    let mut kinds = classify(page, &teaser_blocks(page));
    // a translator's note over the page is no heading and no text: "Internationalt · Oversat
    // til engelsk" (unless it is the only heading the page has)
    let headings = (0..page.len()).filter(|&i| matches!(kinds[i], Kind::Content) && page[i].is_heading_shape()).take(2).count();
    if headings > 1 {
        for (i, line) in page.iter().enumerate() {
            if matches!(kinds[i], Kind::Content) && is_translation_note(line.clean()) && !line.is_paragraph() {
                kinds[i] = Kind::Drop;
            }
        }
    }
    page::drop_notes_and_running_heads(page, &mut kinds);
    page::drop_contents_and_apparatus(page, &mut kinds);
    // a logo's name set on two lines in capitals: "VALDAI" / "DISCUSSION CLUB"
    for i in 0..page.len().min(4).saturating_sub(1) {
        let (a, b) = (page[i].clean(), page[i + 1].clean());
        let capitals = |l: &str| (1..=3).contains(&l.split_whitespace().count()) && !l.chars().any(char::is_lowercase) && l.chars().any(char::is_alphabetic);
        if matches!(kinds[i], Kind::Content) && matches!(kinds[i + 1], Kind::Content) && capitals(a) && capitals(b) {
            if let Some(name) = metadata::outlet_name(&format!("{a} {b}")) {
                kinds[i] = Kind::Outlet { name: name.to_owned(), weak: false };
                kinds[i + 1] = Kind::Drop;
            }
        }
    }
    // a site's name opening the page over its navigation is its publisher
    if let Some((top, name)) = site_name_over_navigation(page, &kinds) {
        kinds[top] = Kind::Outlet { name, weak: true };
    }
    // (a site's name opening the page with its long name or its owner set between bars under
    // it, over its menu: "IP Quarterly" / "Internationale Politik Quarterly | German Council on
    // Foreign Relations" / "Analysis | Europe | Russia")
    let mut from_top = (0..page.len()).filter(|&j| !matches!(kinds[j], Kind::Blank));
    if let (Some(top), Some(next), Some(menu)) = (from_top.next(), from_top.next(), from_top.next()) {
        let site = match &kinds[top] {
            Kind::Outlet { name, .. } => Some(name.clone()),
            _ => None,
        };
        let names_under_site = site.as_ref().is_some_and(|site| matches!(kinds[next], Kind::Content) && is_masthead_names(page[next].clean(), site));
        if names_under_site && lines::is_site_navigation(page[menu].clean()) {
            kinds[next] = Kind::Drop;
        }
        // (a paper's name in capitals under its site's domain, over the menu with maybe a
        // subscription's buttons between: "stltoday.com" / "ST. LOUIS POST-DISPATCH" /
        // "Subscribe for $1     Log In" / "News   Sports   …")
        // (unless the domain is the name's initials, the site's own short name: "VOV.VN" /
        // "VOICE OF VIETNAM")
        let initials: String = page[next].clean().split_whitespace().filter_map(|w| w.chars().next()).collect::<String>().to_lowercase();
        let domain_site = site.is_some_and(|site| bare_domain(&site) && !site.to_lowercase().starts_with(&format!("{initials}.")));
        let menu_below = (next + 1..page.len()).filter(|&j| !matches!(kinds[j], Kind::Blank)).take(2).any(|j| lines::is_site_navigation(page[j].clean()));
        if domain_site && matches!(kinds[next], Kind::Content) && is_paper_name_in_capitals(page[next].clean()) && menu_below {
            kinds[next] = Kind::Outlet { name: metadata::title_case_capitals(page[next].clean()), weak: false };
        }
    }
    // a writer's role on its own line between their name and the stamp is neither a heading
    // nor text ("Ann Lee" / "Foreign affairs reporter @annlee" / "Friday 7 January 2022")
    // (the name may be printed again under the role: "Ann Lee" / "Senior Researcher, Europe
    // Division" / "Ann Lee" / stamp)
    let mut role_lines = Vec::new();
    for i in 1..page.len() {
        let next_line = (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank));
        let above = (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank));
        let repeated_name = next_line.filter(|&n| {
            matches!(kinds[n], Kind::Content)
                && above.is_some_and(|a| page[a].clean() == page[n].clean())
                && matches!(next_kind_of(&kinds, n), Some(Kind::Date(_)))
        });
        let stamp_next = matches!(next_kind_of(&kinds, i), Some(Kind::Date(_))) || repeated_name.is_some();
        if !(matches!(kinds[i], Kind::Content) && page[i].words <= 12 && stamp_next) {
            continue;
        }
        let named_above = above.is_some_and(|j| matches!(kinds[j], Kind::Content) && metadata::stamped_name(page[j].clean()).is_some());
        if named_above && is_writer_role(page[i].clean()) {
            kinds[i] = Kind::Drop;
            role_lines.push(i);
            if let Some(n) = repeated_name {
                kinds[n] = Kind::Drop;
            }
        }
    }
    // A social post's header: the writer's name over their handle ("Lena Hartmann" /
    // "@lenahartmann@mastodon.social"); the handle is no text.
    // (in the page's header, before its first paragraph: an embedded post lower down names
    // no writer of the page)
    let first_text = (0..page.len()).find(|&i| matches!(kinds[i], Kind::Content) && page[i].is_paragraph()).unwrap_or(page.len());
    for i in 0..first_text.min(page.len().saturating_sub(1)) {
        if !(matches!(kinds[i], Kind::Content) && lines::is_handle(page[i + 1].clean())) {
            continue;
        }
        if let Some(name) = metadata::stamped_name(page[i].clean()) {
            kinds[i] = Kind::Byline { authors: vec![name], date: None, place: None, outlet: None };
            kinds[i + 1] = Kind::Drop;
        } else if i > 0 && matches!(kinds[i - 1], Kind::Content) && (is_writer_role(page[i].clean()) || lines::is_email(page[i].clean())) {
            // (with the writer's role or e-mail address between: "Ann Lee" / "Digital Producer"
            // / "@annlee")
            if let Some(name) = metadata::stamped_name(page[i - 1].clean()) {
                kinds[i - 1] = Kind::Byline { authors: vec![name], date: None, place: None, outlet: None };
                kinds[i] = Kind::Drop;
                kinds[i + 1] = Kind::Drop;
            }
        }
    }
    let content = |i: usize| matches!(kinds.get(i), Some(Kind::Content));

    // The header: content lines before the first paragraph of running text. A short
    // question right above the byline or date stamp is the headline, not text ("Fact
    // check: Did 20,000 'terrorists' attack Almaty?" / "By A | 14 January 2022").
    // (or with a standfirst between: "Kazakhstan: has Tokayev come out on top?" / "Russian-led
    // troops begin to leave after …" / "Julia Fenwick" / "13 January 2022")
    let stamped_question = |i: usize| {
        let text = page[i].clean();
        if !text.trim_end_matches(['"', '”', '’', '\'']).ends_with('?') || lines::words(text) > MAX_QUESTION_HEADLINE_WORDS {
            return false;
        }
        // (a standfirst that ends by asking, two sentences under a headline, is none: "Ten
        // questions on the week's news. How closely were you paying attention?"; a headline of
        // two stays one under a label: "New Atlanticist" / "Experts react: … . What comes next?")
        let headline_above = (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| {
            matches!(kinds[j], Kind::Content) && page[j].is_heading_shape() && lines::words(page[j].clean()) >= MIN_STANDFIRST_WORDS
        });
        if headline_above && has_sentence_break(text) {
            return false;
        }
        // (a photo's caption may stand between: "…: what changed in a week?" / "Image: … Photo
        // credit: …" / "13 January 2022 | Programme")
        let mut below = (i + 1..page.len()).filter(|&j| !matches!(kinds[j], Kind::Blank | Kind::Media(_)));
        let next = below.next();
        let signed = |j: usize| matches!(kinds[j], Kind::Byline { .. } | Kind::Date(_));
        next.is_some_and(|j| {
            signed(j)
                || (matches!(kinds[j], Kind::Content)
                    && page[j].is_heading_shape()
                    && lines::words(page[j].clean()) >= MIN_STANDFIRST_WORDS
                    && below.clone().take(2).any(signed))
                // (or over a standfirst in sentences, the stamp under it: "Kazakhstan: What is
                // the CSTO and why did it send troops?" / "Russia and five other … ." / "Date
                // 07.01.2022")
                || (matches!(kinds[j], Kind::Content)
                    && page[j].is_paragraph()
                    && !page[j].clean().ends_with('?')
                    && lines::words(page[j].clean()) <= MAX_STANDFIRST_OVER_STAMP_WORDS
                    && below.next().is_some_and(signed))
        })
    };
    // An editor's note above the headline ("Editor's note: … appear at the end of this
    // report." / headline / byline) is no start of the text either.
    let note_over_headline = |i: usize| {
        let text = page[i].clean().to_lowercase().replace('’', "'");
        ["editor's note", "editors' note", "note from the editor"].iter().any(|n| text.starts_with(n))
            && (i + 1..page.len())
                .filter(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop))
                .take(2)
                .any(|j| content(j) && page[j].is_heading_shape() && lines::words(page[j].clean()) >= MIN_HEADLINE_WORDS)
    };
    // A site's motto under its name opening the page is no text either, even written as
    // sentences ("EUobserver" / "Independent. Not-for-profit. Reporting on the EU since 2000.").
    let motto_under_name = |i: usize| {
        i > 0
            && lines::words(page[i].clean()) <= MAX_MOTTO_WORDS
            && lines::is_site_tagline(page[i].clean().trim_end_matches('.'))
            && (matches!(kinds[i - 1], Kind::Outlet { .. }) || opens_with_site_name(page, &kinds, i - 1) || is_logo_line(page[i - 1].clean()))
            && (0..i - 1).all(|k| matches!(kinds[k], Kind::Blank | Kind::Drop))
    };
    // A standfirst written as sentences between the headline and the byline or stamp, no
    // blank line around it ("Linde in Vienna: ”…”" / "The OSCE meeting ended … ." / "Johan
    // Lindqvist" / "Publicerad 13 januari 2022"), leaves the header open.
    // (a blank line may stand on either side of it: "Erik Lindqvist" / "Brussels correspondent"
    // / "Published 2022-01-12 21:40" under it)
    let standfirst_over_stamp = |i: usize| {
        let signed = |j: usize| {
            let stamp_after = kinds.get(j + 1..).and_then(|rest| rest.iter().find(|k| !matches!(k, Kind::Blank | Kind::Drop)));
            matches!(kinds.get(j), Some(Kind::Byline { .. } | Kind::Date(_)))
                || (content(j) && matches!(stamp_after, Some(Kind::Date(_))) && metadata::stamped_name(page[j].clean()).is_some())
        };
        let step = |j: usize| if matches!(kinds.get(j), Some(Kind::Blank)) { j + 1 } else { j };
        let above = if i >= 2 && matches!(kinds[i - 1], Kind::Blank) { i - 2 } else { i.saturating_sub(1) };
        // (a first paragraph opened by its dateline is the text, not a standfirst: "Lisbon, 13
        // Jan 2022 (Lusa) - The few Portuguese …" over the stamp)
        let datelined = || metadata::dateline(page[i].clean()).is_some();
        // (not a question right over the stamp, itself the headline, nor under the page's
        // first line, the site's name: "Warsaw Eastern Studies Forum" / "WEBINAR | …: one
        // crisis or two?" / "1,204 views · Jan 12, 2022")
        i > 1
            && content(i)
            && page[i].is_paragraph()
            && !stamped_question(i)
            && (0..i - 1).any(|j| !matches!(kinds[j], Kind::Blank | Kind::Drop))
            && lines::words(page[i].clean()) <= MAX_STANDFIRST_OVER_STAMP_WORDS
            && content(above)
            && (page[above].is_heading_shape() || stamped_question(above))
            && lines::words(page[above].clean()) >= MIN_HEADLINE_WORDS
            && signed(step(i + 1))
            && !datelined()
    };
    let first_paragraph = (0..page.len()).find(|&i| {
        content(i) && page[i].is_paragraph() && !stamped_question(i) && !note_over_headline(i) && !motto_under_name(i) && !standfirst_over_stamp(i)
    });
    let motto_at = (1..page.len().min(4)).find(|&i| content(i) && motto_under_name(i));
    let header_end = first_paragraph.unwrap_or_else(|| {
        (0..page.len()).find(|&i| content(i) && page[i].is_heading_shape()).map_or(0, |i| i + 1)
    });
    // An institution's or publication's name opening the page, above other headings, is its
    // publisher, not its headline ("Harrow Institute for International Affairs" / "Commentary").
    let institution_top = (0..header_end).find(|&i| !matches!(kinds[i], Kind::Blank | Kind::Drop)).filter(|&top| {
        content(top)
            && lines::is_institution_name(page[top].clean())
            && (top + 1..header_end).any(|i| content(i) && page[i].is_heading_shape() && lines::words(page[i].clean()) >= MIN_HEADLINE_WORDS)
    });
    // A site's name opening the page over its furniture ("The Daily Beast" / "Subscribe" /
    // "Sign In", "THE WEEK" / "Subscribe") is its masthead, not its headline, when a longer
    // heading follows in the header.
    let masthead_top = (0..header_end).find(|&i| !matches!(kinds[i], Kind::Blank | Kind::Drop)).filter(|&top| {
        content(top)
            && opens_with_site_name(page, &kinds, top)
            && matches!(kinds.get(top + 1), Some(Kind::Drop))
            && (top + 2..header_end).any(|i| content(i) && page[i].is_heading_shape() && lines::words(page[i].clean()) >= MIN_STANDFIRST_WORDS)
    });
    // A site's tagline right under its name opening the page, no blank line between ("Prensa
    // Latina" / "Latin American News Agency") is no headline.
    let tagline_under_name = |i: usize| {
        i > 0
            && lines::is_site_tagline(page[i].clean())
            && (matches!(kinds[i - 1], Kind::Outlet { .. }) || opens_with_site_name(page, &kinds, i - 1))
            && (0..i - 1).all(|k| matches!(kinds[k], Kind::Blank | Kind::Drop))
    };
    // The headline: the first heading in the header long enough not to be a section label
    // or kicker, else the longest one.
    let candidates: Vec<usize> = (0..header_end)
        .filter(|&i| {
            Some(i) != institution_top
                && Some(i) != masthead_top
                && content(i)
                && (page[i].is_heading_shape() || stamped_question(i))
                && !lines::is_section_label(page[i].clean())
                && !lines::is_company_name(page[i].clean())
                && !tagline_under_name(i)
                // (an editor's note in square brackets: "[Machine translation from German]")
                && !(page[i].clean().starts_with('[') && page[i].clean().ends_with(']'))
                // (a form's field holding a code: "Glide n°: OT-2022-000004-KAZ")
                && !page[i].clean().split_once(": ").is_some_and(|(_, value)| {
                    !value.contains(' ') && value.contains(|c: char| c.is_ascii_digit()) && value.contains('-')
                })
                // (nor a record's place field: "Location: Almaty, Kazakhstan")
                && labelled_place(page[i].clean()).is_none()
                // (nor a periodical's name over its issue's number: "THE SECURITY BRIEF" / "Issue 212")
                && !(i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| lines::is_issue_number(page[j].clean()))
                // (nor a dateline alone on its line: "BRUSSELS, 12 Jan. (RTVE) –")
                && !(page[i].clean().ends_with(['–', '—', '-']) && metadata::dateline(page[i].clean()).is_some())
        })
        .collect();
    // (a translator's note, "Translated automatically from Arabic", or a newspaper's motto under
    // its name opening the page, "KAYHAN INTERNATIONAL" / "Daily Newspaper of the Islamic
    // Republic", is no headline when another heading can be)
    let noted = |i: usize| {
        is_translation_note(page[i].clean())
            || (i > 0 && is_motto_of_paper(page[i].clean()) && (0..i).filter(|&j| !matches!(kinds[j], Kind::Blank)).count() == 1)
    };
    let others = candidates.iter().filter(|&&i| !noted(i) && lines::words(page[i].clean()) >= MIN_HEADLINE_WORDS).count();
    let candidates: Vec<usize> = if others > 0 { candidates.into_iter().filter(|&i| !noted(i)).collect() } else { candidates };
    // A heading right above the date stamp or byline is the headline even when a site's
    // name or a section line comes first ("Central Asia Analysis" / headline / "Jan 12, 2022 | A").
    // (or a writer's name alone over the stamp: headline / "Daniyar Kenzhebek" / "January 11, 2022")
    // (a photo's caption may stand between: headline / "Workers at the field. Photo: …" / stamp)
    let stamped = |i: usize| {
        (i + 1..header_end.min(i + 4)).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop | Kind::Media(_))).is_some_and(|j| {
            matches!(kinds[j], Kind::Date(_) | Kind::Byline { .. } | Kind::Relative(_))
                || standfirst_over_stamp(j)
                || (matches!(kinds[j], Kind::Content)
                    && matches!(next_kind_of(&kinds, j), Some(Kind::Date(_)))
                    && metadata::stamped_name(page[j].clean()).is_some())
        })
    };
    let long_enough = |i: &usize| lines::words(page[*i].clean()) >= MIN_HEADLINE_WORDS;
    // ... unless a heading of a standfirst's length comes right before it: that one is the
    // headline, and the heading above the stamp its standfirst (headline / dek / byline)
    // (two steps at most: headline / standfirst / a writers' line the byline rules missed)
    let over_standfirst = |i: usize| {
        let mut at = i;
        for _ in 0..2 {
            let Some(previous) = (0..at).rev().find(|&j| !matches!(kinds[j], Kind::Blank)) else { break };
            // (a publisher's name above the headline is not one: "The Ministry of Foreign
            // Affairs of the Russian Federation")
            // (nor a site's tagline: "Independent news and analysis from Central Asia since 1995")
            let text = page[previous].clean();
            let tagline = text.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                matches!(w.as_str(), "news" | "analysis" | "latest" | "live" | "since")
            });
            // (nor a site's tagline under its name: "Steppe Notes" / "Life, food and politics
            // from Almaty"; a tagline says what the site covers and is set apart from the
            // heading by a blank line, where a headline runs into its standfirst: "The Long
            // Read" / "Bloody January: …" / "What began as …")
            let set_apart = (previous + 1..at).any(|j| matches!(kinds[j], Kind::Blank));
            let under_outlet = set_apart
                && lines::is_site_tagline(text)
                && (0..previous).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| {
                    matches!(kinds[j], Kind::Outlet { .. }) || (j + 1 == previous && opens_with_site_name(page, &kinds, j))
                });
            // (nor a section path: "Commentary | Russia and Eurasia Programme")
            let titled = candidates.binary_search(&previous).is_ok()
                && !text.contains(" | ")
                && lines::words(text) >= MIN_STANDFIRST_WORDS
                && !lines::is_name_like(text)
                && !tagline
                && !under_outlet;
            if !titled {
                break;
            }
            at = previous;
        }
        Some(at)
    };
    // ... or over a block of three or more summary points with no blank line between them,
    // the heading set apart above the block ("Kazakh president orders troops to shoot" /
    // "Tokayev says he gave the order" / "He claims 20,000 attacked Almaty" / "Troops began
    // landing on Thursday" / byline)
    let over_summary = |i: usize| {
        let mut top = i;
        while top > 0 && candidates.binary_search(&(top - 1)).is_ok() {
            top -= 1;
        }
        if i - top < 2 {
            return None;
        }
        let above = (0..top).rev().find(|&j| !matches!(kinds[j], Kind::Blank))?;
        // (longer than any point, and no site's tagline: "Central Asia news and analysis since 1999")
        let longest_point = (top..=i).map(|j| lines::words(page[j].clean())).max().unwrap_or(0);
        (above + 1 < top
            && candidates.binary_search(&above).is_ok()
            && lines::words(page[above].clean()) > longest_point
            && !lines::is_site_tagline(page[above].clean()))
        .then_some(above)
    };
    // (a writer's affiliation above the stamp is no headline: "Department of Politics,
    // University of Northfield")
    let affiliation = |i: usize| {
        let text = page[i].clean();
        ["University", "Department of", "Institute", "Faculty of", "School of"].iter().any(|w| text.contains(w))
            && !text.contains(':')
            && lines::words(text) <= 8
    };
    let headline_at = candidates
        .iter()
        .copied()
        .filter(long_enough)
        // (writers' names over the stamp are no headline: "Mason Clarke, Ella Donovan, and
        // Nadia Lindqvist" / "January 8, 2022")
        // (nor a site's tagline under its name: "DIAPAZON" / "Aktobe regional weekly · since 1992")
        .find(|&i| {
            stamped(i)
                && !repeats_menu_item(page, i)
                && metadata::placed_byline(page[i].clean()).is_none()
                && metadata::names_byline(page[i].clean()).is_none()
                && !(lines::is_site_tagline(page[i].clean()) && (0..i).filter(|&j| !matches!(kinds[j], Kind::Blank)).count() <= 1)
                // (nor a body's name under the site's name opening the page: "COUNCIL OF
                // EUROPE" / "Commissioner for Human Rights")
                && !(lines::is_name_like(page[i].clean())
                    && (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| {
                        matches!(kinds[j], Kind::Outlet { .. }) && (0..j).all(|k| matches!(kinds[k], Kind::Blank | Kind::Drop))
                    }))
        })
        .and_then(|i| {
            // (over its standfirst in sentences the heading is the headline: the dek is found)
            if (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop)).is_some_and(standfirst_over_stamp) {
                return Some(i);
            }
            if let Some(headline) = over_summary(i) {
                return Some(headline);
            }
            if !affiliation(i) {
                return Some(over_standfirst(i).unwrap_or(i));
            }
            // over the writer's name and affiliation: the heading above them
            candidates.iter().copied().rev().filter(|&c| c < i).find(|&c| long_enough(&c) && !lines::is_name_like(page[c].clean()) && !affiliation(c))
        })
        // (a heading right under the page's stamp, when only names and labels stand above
        // the stamp: "Government Offices of Sweden" / "Ministry for Foreign Affairs" /
        // "Published 12 January 2022" / the headline)
        .or_else(|| {
            let under = candidates.iter().copied().filter(long_enough).find(|&i| {
                (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop)).is_some_and(|j| matches!(kinds[j], Kind::Date(_) | Kind::Relative(_)))
            })?;
            // (the page's first line, the site's name, and a site's tagline count as labels:
            // "KARAGANDA TV — Regional television channel", "Independent news of West Kazakhstan")
            let top = (0..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop));
            let labels_above = candidates
                .iter()
                .copied()
                .filter(|&c| c < under)
                .all(|c| lines::words(page[c].clean()) <= MAX_LABEL_WORDS || lines::is_site_tagline(page[c].clean()) || Some(c) == top);
            // (not a form's dated field: "Date of disaster: 2 January 2022")
            let dated = metadata::find_date(page[under].clean()).is_some();
            (labels_above && !dated && lines::words(page[under].clean()) > MAX_LABEL_WORDS).then_some(under)
        })
        // (a site's name opening the page, or its tagline glued under it, over a headline set
        // apart further down: "AL-MONITOR" / "The Pulse of the Middle East" / … / headline;
        // "Radio Free Asia" / menus / headline)
        .or_else(|| {
            let first = candidates.iter().copied().find(long_enough)?;
            let top = (0..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop))?;
            let site_name = |j: usize| {
                matches!(kinds[j], Kind::Outlet { .. })
                    || (j == top && ((lines::words(page[j].clean()) <= 4 && lines::is_name_like(page[j].clean())) || is_logo_line(page[j].clean())))
            };
            let masthead = site_name(first) || (first == top + 1 && site_name(top));
            let later = candidates.iter().copied().filter(|&c| c > first && long_enough(&c) && matches!(kinds[c - 1], Kind::Blank)).find(|&c| lines::words(page[c].clean()) > MAX_LABEL_WORDS);
            masthead.then_some(later).flatten()
        })
        .or_else(|| {
            // (a kicker of a few words right over a longer heading, no blank between: "Unrest
            // in Kazakhstan" / "More than 5000 arrests – and a death toll that disappears")
            candidates.iter().copied().find(long_enough).map(|i| {
                // (a topic and its place: "Unrest in Kazakhstan"; "The week Kazakhstan broke" /
                // "Five days, …" and "Tokayev sacks government" / "President accepts …" are
                // headlines over their subtitles)
                let text = page[i].clean();
                let kicker = lines::words(text) <= MIN_HEADLINE_WORDS
                    && text.split_whitespace().rev().nth(1).is_some_and(|w| matches!(w, "in" | "of" | "across"))
                    && text.split_whitespace().last().is_some_and(crate::metadata::is_place_word);
                let longer = candidates.binary_search(&(i + 1)).is_ok() && lines::words(page[i + 1].clean()) >= MIN_STANDFIRST_WORDS;
                // (or a label in capitals over a heading in mixed case: "WHAT WE KNOW" /
                // "Kazakhstan unrest: what we know, and what we don't"; not a periodical's name
                // opening the page: "THE WEEKLY DX ROUNDUP" / "Issue 1021 -- …")
                // (nor a headline in capitals naming who or where: "TOKAYEV SACKS GOVERNMENT" over
                // its deck "President accepts …")
                let names_someone = || text.split_whitespace().any(|w| {
                    let lower = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                    crate::metadata::is_place_word(w) || crate::speakers::notable_full_name(&lower).is_some() || crate::speakers::gazetteer::GAZETTEER.first_names.contains_key(lower.as_str())
                });
                let capitals_over_mixed = lines::words(text) <= 4
                    && (0..i).any(|j| !matches!(kinds[j], Kind::Blank | Kind::Drop))
                    && !text.chars().any(char::is_lowercase)
                    && page.get(i + 1).is_some_and(|next| next.clean().chars().any(char::is_lowercase))
                    && !names_someone();
                let kicker = kicker || capitals_over_mixed;
                if kicker && longer && !page[i + 1].is_paragraph() {
                    i + 1
                } else {
                    i
                }
            })
        })
        .or_else(|| candidates.iter().copied().max_by_key(|&i| (lines::words(page[i].clean()), std::cmp::Reverse(i))));
    // (a wiki's page title is its first line, over "From Wikipedia, the free encyclopedia",
    // whatever its infobox repeats below)
    let next_text = |i: usize| (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank));
    let wiki_title = (0..page.len()).find(|&i| !matches!(kinds[i], Kind::Blank)).filter(|&i| {
        content(i) && next_text(i).is_some_and(|j| page[j].clean().eq_ignore_ascii_case("from wikipedia, the free encyclopedia"))
    });
    let headline_at = wiki_title.or(headline_at);
    // A site's motto under its name is no text.
    if let Some(m) = motto_at {
        kinds[m] = Kind::Drop;
    }
    // Above the headline: a site's name opening the page and its tagline under it ("Steppe
    // Notes" / "Life, food and politics from Almaty"); the tagline is no text.
    if let Some(h) = headline_at {
        if let Some(first) = (0..h).find(|&i| !matches!(kinds[i], Kind::Blank)) {
            let tagline = first + 1 < h
                && matches!(kinds[first], Kind::Content | Kind::Outlet { .. })
                && matches!(kinds[first + 1], Kind::Content)
                && lines::is_site_tagline(page[first + 1].clean())
                && opens_with_site_name(page, &kinds, first)
                // (with nothing but blank lines, a menu or the stamp before the headline)
                && (first + 2..h).all(|i| matches!(kinds[i], Kind::Blank | Kind::Drop | Kind::Date(_)));
            if tagline {
                kinds[first + 1] = Kind::Drop;
            }
        }
    }
    // Under the headline: a byline printed without "By" ("Ann Lee in Moscow"), and an
    // outlet the gazetteer does not know, printed right after the byline or twice in a row.
    if let Some(h) = headline_at {
        for i in h + 1..header_end {
            if !matches!(kinds[i], Kind::Content) {
                continue;
            }
            let text = page[i].clean();
            // (a name right above the date stamp is the writer's, whatever the first name)
            // (or above the writer's role and then the stamp: "Ann Lee" / "Foreign affairs
            // reporter @annlee" / "Friday 7 January 2022 14:52")
            let role_between = (i + 1..header_end).find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| role_lines.contains(&j));
            // (or above the outlet's name and then the stamp: "Josh Pemberton" / "USA TODAY" /
            // "Published 11:48 a.m. ET Jan. 7, 2022")
            let outlet_between = (i + 1..header_end)
                .find(|&j| !matches!(kinds[j], Kind::Blank))
                .is_some_and(|j| matches!(kinds[j], Kind::Outlet { .. }) && matches!(next_kind_of(&kinds, j), Some(Kind::Date(_))));
            let above_stamp = matches!(next_kind_of(&kinds, i), Some(Kind::Date(_))) || role_between || outlet_between;
            let stamped_name = above_stamp.then(|| metadata::stamped_name(text).or_else(|| name_beside_outlet(text))).flatten().map(|n| vec![n]);
            // (the writer's role under their name is no outlet: "Yury Sokolnikov" / "Columnist of NG")
            let under_byline = (h + 1..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| matches!(kinds[j], Kind::Byline { .. }));
            if let Some(authors) = metadata::placed_byline(text).or_else(|| metadata::names_byline(text)).or(stamped_name) {
                kinds[i] = Kind::Byline { authors, date: None, place: None, outlet: metadata::byline_outlet(text).map(str::to_owned) };
            } else if under_byline && is_writer_role(text) {
                kinds[i] = Kind::Drop;
            } else if let Some(name) = unknown_outlet(page, &kinds, i) {
                kinds[i] = Kind::Outlet { name: name.to_owned(), weak: false };
            }
        }
        // … and a writer's name alone right under the stamp, a known first name opening it
        // ("January 12, 2022" / "Lilit Sahakyan" / text; "12/01/22 14:37, Bishkek" / "Anara
        // Musaeva" / headline; a place or a section under the stamp is none)
        let g = &*crate::speakers::gazetteer::GAZETTEER;
        for i in 1..header_end {
            if Some(i) == headline_at || !matches!(kinds[i], Kind::Content) {
                continue;
            }
            let under_stamp = (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| matches!(kinds[j], Kind::Date(_)));
            let first_known = page[i].clean().split_whitespace().next().is_some_and(|w| g.first_names.contains_key(w.to_lowercase().as_str()));
            // (or any name the text opens under: "Jan 13, 2022" / "Yasmine Benali" / text)
            let over_text = (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| matches!(kinds[j], Kind::Content) && page[j].is_paragraph());
            if under_stamp && (first_known || over_text) {
                if let Some(name) = metadata::stamped_name(page[i].clean()) {
                    kinds[i] = Kind::Byline { authors: vec![name], date: None, place: None, outlet: None };
                }
            }
        }
        // … and the writer's name right above the stamp under a standfirst that ends the
        // header ("headline" / "Ankara has offered support … ." / "Ann Lee" / "January 7, 2022")
        let after_standfirst = (header_end + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank));
        if let Some(i) = after_standfirst.filter(|&i| matches!(kinds[i], Kind::Content) && matches!(next_kind_of(&kinds, i), Some(Kind::Date(_)))) {
            if let Some(name) = metadata::stamped_name(page[i].clean()) {
                kinds[i] = Kind::Byline { authors: vec![name], date: None, place: None, outlet: None };
            }
        }
    }
    let kinds = kinds;
    let content = |i: usize| matches!(kinds.get(i), Some(Kind::Content));
    let standalone = |i: usize| {
        content(i) && (i == 0 || !content(i - 1)) && (i + 1 >= page.len() || !content(i + 1))
    };

    // Where articles start: in a digest, at every stand-alone Title Case heading. A page
    // with a byline or date stamp before its second such heading is one article.
    // A heading stacked under another heading or a stamp is part of that header (a
    // standfirst, the writers' names, a section inside the story), not an item of its own:
    // "Institute for the Study of War" / "Kazakhstan Crisis Update, January 8" / names /
    // "January 8, 2022 - Press ISW" / "Key Takeaways" is one header.
    // ... and an item's heading has running text under it, a deck or a credit between at
    // most ("Kazakhstan Country Information" / "Follow us on Facebook" ends a page)
    let over_text = |i: usize| {
        (i + 1..page.len())
            .filter(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop | Kind::Media(_) | Kind::Date(_) | Kind::Byline { .. } | Kind::Relative(_)))
            .take(3)
            .any(|j| content(j) && !page[j].is_heading_shape())
    };
    let stacked = |i: usize| {
        (0..i)
            .rev()
            .take(8)
            .find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop | Kind::Media(_)))
            .is_some_and(|j| matches!(kinds[j], Kind::Date(_) | Kind::Byline { .. } | Kind::Relative(_)) || (content(j) && page[j].is_heading_shape()))
    };
    let mut starts: Vec<usize> = headline_at.into_iter().collect();
    if let Some(h) = headline_at.filter(|&h| lines::is_title_case(page[h].clean())) {
        let more: Vec<usize> = (h + 1..page.len())
            .filter(|&i| standalone(i) && page[i].is_heading_shape() && lines::is_title_case(page[i].clean()) && !stacked(i) && over_text(i))
            .collect();
        let until = more.first().copied().unwrap_or(page.len());
        let stamped = kinds[..until].iter().any(|k| matches!(k, Kind::Byline { .. } | Kind::Date(_)));
        if !stamped {
            starts.extend(more);
        }
    }

    // A page of several stories, each under its own heading and byline (an email newsletter,
    // a page of briefs): every such heading starts an article, and what comes before the
    // first (a greeting, an introduction) belongs to none.
    let next_kind = |i: usize| next_kind_of(&kinds, i);
    // (or each above its own date stamp: the versions of a wire story, "UPDATE 1-…" / "Jan 9,
    // 2022 13:47 GMT", one after another)
    // (the byline may come under the heading's date stamp: "Talks end" / "Mon, 10 Jan 2022
    // 19:05:00 GMT" / "By Ann Lee", the stories of a news feed)
    let bylined_below = |i: usize| match next_kind(i) {
        Some(Kind::Byline { .. }) => true,
        Some(Kind::Date(_)) => (i + 1..page.len())
            .find(|&j| !matches!(kinds[j], Kind::Blank))
            .is_some_and(|j| matches!(next_kind(j), Some(Kind::Byline { .. }))),
        _ => false,
    };
    let bylined: Vec<usize> = (0..page.len()).filter(|&i| standalone(i) && page[i].is_heading_shape() && bylined_below(i)).collect();
    let stamped_headings: Vec<usize> = (0..page.len())
        .filter(|&i| standalone(i) && page[i].is_heading_shape() && matches!(next_kind(i), Some(Kind::Date(_))))
        .collect();
    // (only when the wire marks its versions, "UPDATE 1-", "REFILE-": a live blog's entries
    // are headings over stamps too)
    let versions = stamped_headings.iter().skip(1).any(|&i| is_wire_version(page[i].clean()));
    // (or the stamps are a feed's machine stamps: "Mon, 10 Jan 2022 19:05:00 GMT")
    let feed_stamped = stamped_headings.iter().all(|&i| {
        (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| metadata::is_feed_stamp(page[j].clean()))
    });
    // (or a page of releases or news items each over its own dated stamp, "Head of State
    // receives …" / "10 January 2022, 18:50"; not a live page's entries: "Live: …", "live
    // updates", "as it happened", whose stamps are the same shape)
    let live_page = stamped_headings.first().is_some_and(|&first| {
        (0..=first).any(|i| {
            !matches!(kinds[i], Kind::Blank) && {
                // (a broadcaster's "Listen live" or "Watch live" button is no live page)
                let lower = page[i].clean().to_lowercase().replace("listen live", "").replace("watch live", "");
                lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == "live") || lower.contains("as it happened") || lower.contains("minute by minute")
            }
        })
    });
    let item_stamps = stamped_headings.iter().all(|&i| {
        // (each with its text under it: a list of related stories' headings and stamps is none)
        (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| matches!(kinds[j], Kind::Date(_)) && lines::words(page[i].clean()) >= MIN_STANDFIRST_WORDS)
            && over_text(i)
    });
    // (a wire's one-line alerts over their stamps are no items: "FLASH: …", "URGENT: …")
    let alert = |i: usize| {
        page[i].clean().split_once(':').is_some_and(|(label, _)| matches!(label.trim().to_lowercase().as_str(), "flash" | "urgent" | "bulletin" | "breaking"))
    };
    let listed = stamped_headings.len() >= 2 && item_stamps && !live_page && !stamped_headings.iter().any(|&i| alert(i));
    let bylined =
        if bylined.len() < 2 && stamped_headings.len() >= 2 && (versions || feed_stamped || listed) { stamped_headings } else { bylined };
    // (or each over its own agency dateline: a wire feed of items, "Headline" / "NUR-SULTAN.
    // Jan 8 (Interfax) - …", one after another)
    let datelined: Vec<usize> = (0..page.len()).filter(|&i| heads_agency_item(page, &kinds, i)).collect();
    let bylined = if bylined.len() < 2 && datelined.len() >= 2 { datelined } else { bylined };
    // (or each over a paragraph opened by its place, under a title that names a digest: a
    // paper's "WORLD IN BRIEF" / "Kingdom voices solidarity with Kazakhstan" / "MANAMA:
    // Bahrain yesterday affirmed …")
    // (the datelines are read last, only on a page of such headings under a digest's title)
    let placed: Vec<usize> = (0..page.len())
        .filter(|&i| {
            bylined.len() < 2
                && standalone(i)
                && page[i].is_heading_shape()
                && !page[i].is_paragraph()
                && lines::words(page[i].clean()) >= MIN_HEADLINE_WORDS
                && (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| content(j) && page[j].is_paragraph())
        })
        .collect();
    // (a column's label, not a story's headline over its own stamp or credit: "World briefs: …"
    // / "Jan. 11, 2022" / "By Seattle Times news services" is one story of several places)
    let placed_titled = placed.len() >= 2 && placed.first().is_some_and(|&first| {
        (0..first).any(|t| {
            content(t)
                && names_a_digest(page[t].clean())
                && !(t + 1..first).any(|k| matches!(kinds[k], Kind::Byline { .. } | Kind::Date(_) | Kind::Credit(_) | Kind::Relative(_)))
        })
    });
    let placed: Vec<usize> = if placed_titled {
        placed
            .into_iter()
            .filter(|&i| (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| metadata::dateline(page[j].clean()).is_some()))
            .collect()
    } else {
        Vec::new()
    };
    let bylined = if bylined.len() < 2 && placed.len() >= 2 && placed_titled { placed } else { bylined };
    // (or each a heading right under a rule, over its text, in a page that calls itself a
    // digest or briefing: an e-mail newsletter's "------" / "CSTO troops start pulling out of
    // Kazakhstan" / text)
    let rule = |j: usize| {
        let t = page[j].clean();
        t.chars().count() >= 3 && t.chars().all(|c| matches!(c, '-' | '=' | '_' | '*' | '—' | '–' | '~' | '·' | ' '))
    };
    let ruled: Vec<usize> = (0..page.len())
        .filter(|&i| {
            bylined.len() < 2
                && standalone(i)
                && (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(rule)
                && page[i].is_heading_shape()
                && lines::words(page[i].clean()) >= MIN_HEADLINE_WORDS
                && over_text(i)
        })
        .collect();
    let ruled_titled = ruled.first().is_some_and(|&first| {
        (0..first).any(|t| !matches!(kinds[t], Kind::Blank) && page[t].clean().split(" | ").any(names_a_digest))
    });
    let bylined = if bylined.len() < 2 && ruled.len() >= 2 && ruled_titled { ruled } else { bylined };
    // (or numbered one by one, each a headline of its own over its text: a press review's "1.
    // Tokayev names new prime minister, says CSTO mission is over" / text / "2. …"; not a
    // speech's numbered section labels, "1. The attack")
    let numbered: Vec<usize> = (0..page.len()).filter(|&i| standalone(i) && item_number(page[i].clean()).is_some() && over_text(i)).collect();
    let in_order = numbered.iter().enumerate().all(|(n, &i)| item_number(page[i].clean()) == Some(n + 1));
    let headline_long = numbered.iter().map(|&i| lines::words(page[i].clean()) - 1).sum::<usize>() >= NUMBERED_ITEM_WORDS * numbered.len();
    // (a writer's byline over the first makes the items a newsletter's sections: "by Kirill
    // Osokin" / … / "1. Mission accomplished, say Moscow and Nur-Sultan")
    let signed = numbered.first().is_some_and(|&first| kinds[..first].iter().any(|k| matches!(k, Kind::Byline { authors, .. } if !authors.is_empty())));
    // (and a page that calls itself a digest above them, "PRESS REVIEW No. 6/2022", "Daily
    // Bulletin": not a story's or an explainer's numbered list, "They were:" / "1. The
    // government must resign")
    let digest_titled = numbered.first().is_some_and(|&first| (0..first).any(|i| content(i) && names_a_digest(page[i].clean())));
    let bylined = if bylined.len() < 2 && numbered.len() >= 3 && in_order && headline_long && !signed && digest_titled { numbered } else { bylined };
    // (or each under its own stamp in a page that calls itself a bulletin: "13.01.2022 | 11:05" /
    // "Nikol Pashinyan: Our peacekeepers fulfilled their mission with honour" / text; a live
    // blog's entries have the same shape, but its title names no digest)
    let stamped_items: Vec<usize> = (0..page.len())
        .filter(|&i| {
            standalone(i)
                && page[i].is_heading_shape()
                && lines::words(page[i].clean()) >= MIN_STANDFIRST_WORDS
                && !page[i].clean().contains(" | ")
                && !lines::is_section_label(page[i].clean())
                && (0..i).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).is_some_and(|j| matches!(kinds[j], Kind::Date(_)))
                && over_text(i)
        })
        .collect();
    // (the title may have been read as the outlet's name: "DAILY BULLETIN")
    let bulletin = stamped_items.first().is_some_and(|&first| (0..first).any(|i| !matches!(kinds[i], Kind::Blank) && names_a_digest(page[i].clean())));
    let bylined = if bylined.len() < 2 && stamped_items.len() >= 3 && bulletin { stamped_items } else { bylined };
    // (or each a headline straight over its text, under a title that names a digest: a review's
    // "Top news of the day" / "Ryabkov calls talks with US “difficult”" / text, a feed's "News
    // feed" / "21:47" / "Kuleba says Kyiv watching …" / text, a numbered "1. Head of State
    // visits Almaty" / text; a clock may stand over each; the title is no menu's item,
    // "Home   Digest   Opinion")
    let headed_items: Vec<usize> = (1..page.len().saturating_sub(1))
        .filter(|&i| {
            content(i)
                && page[i].is_heading_shape()
                && !page[i].is_paragraph()
                && (MIN_HEADLINE_WORDS..=25).contains(&lines::words(page[i].clean()))
                && !lines::is_section_label(page[i].clean())
                && !lines::is_bullet(page[i].clean())
                && (!content(i - 1) || is_bare_clock(page[i - 1].clean()) || (i >= 2 && !content(i - 2) && is_rubric(page[i - 1].clean())))
                && content(i + 1)
                && (page[i + 1].is_paragraph() || credited_paragraph(page[i + 1].clean()))
                && !lines::is_bullet(page[i + 1].clean())
                // (the title over its introduction is none: "Main news of the day" / "NUR-SULTAN. …")
                && !names_a_digest(page[i].clean())
        })
        .collect();
    // (the title is the page's: two words or more, not a box's "Summary", and no heading of a
    // story between it and the first item, "Top news" / "Kazakhstan lifts curfew" / stamp /
    // crossheads)
    let story_heading = |j: usize| {
        let worded = page[j].clean().split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
        // (a story's headline over its stamp or byline, not a standfirst or a page label)
        content(j)
            && page[j].is_heading_shape()
            && worded >= MIN_HEADLINE_WORDS
            && matches!(next_kind_of(&kinds, j), Some(Kind::Date(_) | Kind::Byline { .. }))
            && !names_a_digest(page[j].clean())
    };
    let headed_titled = headed_items.first().is_some_and(|&first| {
        (0..first).any(|t| {
            !matches!(kinds[t], Kind::Blank)
                && !page[t].clean().contains("   ")
                && lines::words(page[t].clean()) >= 2
                && names_a_digest(page[t].clean())
                && !(t + 1..first).any(story_heading)
        })
    });
    // (a compiler's or writer's credit over the first makes them a newsletter's sections:
    // "Weekend Digest" / "Compiled by Lena Voskresenskaya" / "TOP STORY" / …)
    let headed_signed = headed_items.first().is_some_and(|&first| {
        kinds[..first].iter().any(|k| matches!(k, Kind::Byline { authors, .. } if !authors.is_empty()) || matches!(k, Kind::Credit(_)))
    });
    let bylined = if bylined.len() < 2 && headed_items.len() >= 3 && headed_titled && !headed_signed { headed_items } else { bylined };
    // (or each a heading over its text closed by a dash and its credit: a paper's briefs, "— Staff
    // report", "— Submitted by Ann Lee"; a roundup of other papers' editorials, "— The Lakeshore
    // Record, Bayport, Mich., Jan. 8")
    let bylined = if bylined.len() < 2 { credited_items(page, &kinds, &standalone, &over_text).unwrap_or(bylined) } else { bylined };
    let stories = bylined.len() >= 2;
    if stories {
        starts = bylined;
    }

    let mut meta = PageMeta::collect(page, &kinds, header_end, headline_at, options);
    if meta.outlet.is_none() {
        // (or a site's name over its furniture, not a label, "Most Read", "BREAKING", nor a
        // columnist's name, "Dosym Satpayev")
        let masthead_name = masthead_top.filter(|&top| {
            let text = page[top].clean();
            !lines::is_section_label(text) && !is_banner(text) && metadata::stamped_name(text).is_none()
        });
        meta.outlet = institution_top.or(masthead_name).map(|top| page[top].clean().to_owned());
    }
    // (a site's name over its motto: "EUobserver" / "Independent. Not-for-profit. …")
    if meta.outlet.is_none() {
        meta.outlet = motto_at.map(|i| page[i - 1].clean().to_owned());
    }
    if starts.len() > 1 && !stories {
        // A digest's items are dated only by the stamps inside them.
        meta.published = None;
    }
    // A page of stories names its publisher above the first one ("Caspian Ledger - Central
    // Asia", a feed's channel title): its first line, a short name, when nothing else did.
    if stories && meta.outlet.is_none() {
        meta.outlet = starts.first().and_then(|&first| publisher_above(page, &kinds, first));
    }
    let mut articles = Vec::new();
    if starts.is_empty() {
        articles.extend(build_article(page, &kinds, None, 0, page.len(), &meta, false));
    } else {
        // (items that each print their stamp right above their heading, and none under it, begin
        // at that stamp: "13 Jan 2022, 21:08" / "Russia-led troops begin …" / "ALMATY, Jan 13 …")
        let stamp_above = |h: usize| (0..h).rev().find(|&j| !matches!(kinds[j], Kind::Blank)).filter(|&j| matches!(kinds[j], Kind::Date(_)));
        let stamped_below = |h: usize| matches!(next_kind_of(&kinds, h), Some(Kind::Date(_) | Kind::Byline { .. }));
        let stamps_above = starts.len() >= 2 && starts.iter().all(|&h| stamp_above(h).is_some() && !stamped_below(h));
        let item_start = |h: usize| if stamps_above { stamp_above(h).unwrap_or(h) } else { h };
        for (n, &start) in starts.iter().enumerate() {
            // The first article also takes the header's non-heading lines and the body after it.
            let zone_start = if n == 0 && !stories { 0 } else { item_start(start) };
            let zone_end = starts.get(n + 1).map_or(page.len(), |&next| item_start(next));
            articles.extend(build_article(page, &kinds, Some(start), zone_start, zone_end, &meta, stories));
        }
    }
    for (ordinal, article) in articles.iter_mut().enumerate() {
        article.ordinal = ordinal;
    }
    articles
}


/// A line closing an item with a dash and its credit: "— Staff report", "— From wire reports",
/// "— Submitted by Ann Lee, Rotary District 5580", "— The Lakeshore Record, Bayport, Mich., Jan.
/// 8"; not a quotation's speaker after its words, nor a sentence.
fn is_closing_credit(line: &str) -> bool {
    let Some(credit) = ["— ", "– ", "-- "].iter().find_map(|d| line.strip_prefix(d)) else { return false };
    (1..=14).contains(&lines::words(credit)) && credit.starts_with(char::is_uppercase) && !credit.ends_with(['?', '!', '"', '”']) && !has_sentence_break(credit)
}

/// The headings of a page of items each closed by a credit line ([`is_closing_credit`]): the
/// heading over the first item's text, and the first heading after each credit but the last
/// (section labels between are skipped: "WORLD"). `None` unless there are two items or more and each
/// credit closes one.
fn credited_items(
    page: &[Line<'_>],
    kinds: &[Kind],
    standalone: &dyn Fn(usize) -> bool,
    over_text: &dyn Fn(usize) -> bool,
) -> Option<Vec<usize>> {
    let credits: Vec<usize> = (0..page.len()).filter(|&i| matches!(kinds[i], Kind::Content) && is_closing_credit(page[i].clean())).collect();
    if credits.len() < 2 {
        return None;
    }
    let heading = |i: usize| {
        standalone(i)
            && page[i].is_heading_shape()
            && !page[i].is_paragraph()
            && lines::words(page[i].clean()) >= MIN_HEADLINE_WORDS
            && !lines::is_section_label(page[i].clean())
            && over_text(i)
    };
    let mut items = Vec::with_capacity(credits.len());
    // the first: the last heading before the first credit with only text between
    let first = (0..credits[0]).rev().find(|&i| !(matches!(kinds[i], Kind::Blank) || (matches!(kinds[i], Kind::Content) && page[i].is_paragraph())))?;
    items.push(Some(first).filter(|&i| heading(i))?);
    for pair in credits.windows(2) {
        let next = (pair[0] + 1..pair[1]).find(|&i| {
            let label = matches!(kinds[i], Kind::Content)
                && (lines::is_section_label(page[i].clean()) || (page[i].is_heading_shape() && lines::words(page[i].clean()) < MIN_HEADLINE_WORDS));
            !matches!(kinds[i], Kind::Blank | Kind::Drop) && !label
        })?;
        items.push(Some(next).filter(|&i| heading(i))?);
    }
    Some(items)
}

/// Builds the article whose headline is line `headline` (if any) from the lines
/// `zone_start..zone_end`; `None` when nothing of it is left. On a page of `stories` an
/// aggregator's item names its own source ("Eurasia Wire Service  |  13 Jan 16:22").
fn build_article(
    page: &[Line<'_>],
    kinds: &[Kind],
    headline: Option<usize>,
    zone_start: usize,
    zone_end: usize,
    meta: &PageMeta,
    stories: bool,
) -> Option<Article> {
    let source = if stories {
        (zone_start..zone_end).find(|&i| matches!(kinds[i], Kind::Byline { .. })).and_then(|i| metadata::source_stamp(page[i].clean()))
    } else {
        None
    };
    let (source, source_day) = source.map_or((None, None), |(name, day)| (Some(name), Some(day)));
    // (a headline wrapped onto a second line, as a printed page's text export sets it: "Kazakh
    // leader orders troops to" / "shoot without warning"; the line break is kept)
    let wrapped = headline.and_then(|h| wrapped_headline_end(page, kinds, h));
    let joined = wrapped.zip(headline).map(|(w, h)| format!("{}\n{}", page[h].clean(), page[w].clean()));
    let headline_text = joined.as_deref().or_else(|| headline.map(|h| without_subject_label(page[h].clean())));
    let heading = |i: usize| {
        matches!(kinds[i], Kind::Content)
            && (i == 0 || !matches!(kinds[i - 1], Kind::Content))
            && (i + 1 >= kinds.len() || !matches!(kinds[i + 1], Kind::Content))
            && page[i].is_heading_shape()
    };
    // (a headline asked as a question reads as a sentence, and is no text: "Kazakhstan: What is
    // the CSTO and why did it send troops?")
    let first_text = (zone_start..zone_end)
        .find(|&i| matches!(kinds[i], Kind::Content) && page[i].is_paragraph() && Some(i) != headline)
        .unwrap_or(zone_end);

    // A standfirst paragraph above the byline ("headline / standfirst / By A and B / date"):
    // the byline still heads the text, and the dateline opens the paragraph after it.
    let byline_end = (first_text + 1..zone_end)
        .filter(|&j| !matches!(kinds[j], Kind::Blank))
        .take(2)
        .find(|&j| matches!(kinds[j], Kind::Byline { .. }))
        .map_or(first_text, |j| j + 1);
    // (a chronology's lead-in may open the text before its first day: "ALMATY, Jan 12
    // (Reuters) - Following is a chronology of the main events:" / "Wednesday, 5 January 2022")
    let lead_in = (zone_start..first_text).find(|&i| {
        matches!(kinds[i], Kind::Content) && Some(i) != headline && page[i].clean().ends_with(':') && page[i].words >= 6
    });
    let day_headings = day_heading_lines(kinds, lead_in.unwrap_or(first_text), zone_end);
    let mut body_lines: Vec<usize> = Vec::new();
    let mut authors = Vec::new();
    let mut byline_place: Option<&str> = None;
    let mut credited: Vec<String> = Vec::new();
    let mut media = Vec::new();
    let mut published = None;
    // (the day on the article's own byline: "Posted by Ann Lee on January 12, 2022")
    let mut byline_day = None;
    for i in zone_start..zone_end {
        // (above the text only: not a comment's "Posted by … on January 25" below it)
        if let Kind::Byline { date: Some(d), .. } = &kinds[i] {
            if i < byline_end {
                byline_day.get_or_insert(*d);
            }
        }
        match &kinds[i] {
            Kind::Content if Some(i) == headline || Some(i) == wrapped => {}
            Kind::Content if headline_text.is_some_and(|h| repeats_headline(page[i].clean(), h)) => {}
            // Short headings in the header other than the headline: section labels, kickers.
            Kind::Content
                if i < first_text
                    && page[i].is_heading_shape()
                    && lines::words(page[i].clean()) < MIN_STANDFIRST_WORDS => {}
            // (and a body's or a site's long name over the headline: "OSCE Office for
            // Democratic Institutions and Human Rights")
            Kind::Content
                if headline.is_some_and(|h| i < h)
                    && page[i].is_heading_shape()
                    && (lines::is_name_like(page[i].clean()) || lines::is_institution_name(page[i].clean())) => {}
            Kind::Content => body_lines.push(i),
            Kind::Byline { authors: names, place, .. } if i < byline_end && authors.is_empty() => {
                authors.clone_from(names);
                byline_place = place.as_deref();
            }
            Kind::Credit(names) => credited.extend(names.iter().cloned()),
            Kind::Media(m) => media.push(m.clone()),
            // date lines between paragraphs of the text, for two days or more, head the
            // entries of each day (a live blog, a digest): they stay in the body, where
            // they date them
            Kind::Date(_) if day_headings.binary_search(&i).is_ok() => body_lines.push(i),
            Kind::Date(d) if published.is_none() => published = Some(*d),
            _ => {}
        }
    }
    let mut body_lines = drop_teaser_links(page, &body_lines, &heading);
    // Short heading-shaped lines closing the text are footer labels (topics, sections), and
    // a line about the author there is a biography ("A is a journalist based in Almaty").
    // (but not a calendar's dated entries: "Wed 12 Jan — NATO-Russia Council, Brussels")
    while body_lines.last().is_some_and(|&i| {
        (page[i].is_heading_shape() && !page[i].is_paragraph() && !lines::is_agenda_entry(page[i].clean())) || lines::is_author_note(page[i].clean())
    }) {
        body_lines.pop();
    }
    if authors.is_empty() {
        authors = credited;
    }
    // (a publisher or its desk is no writer: "By Ariana News" on Ariana News's page, "Web Desk",
    // "Written by RTTNews.com")
    let outlet = source.clone().or_else(|| meta.outlet.clone()).map(|name| metadata::outlet_small_words(&name));
    authors.retain(|a| !metadata::names_a_publisher(a, outlet.as_deref()));
    if body_lines.is_empty() && headline.is_none() {
        return None;
    }
    let body: Vec<&str> = body_lines.iter().map(|&i| page[i].clean()).collect();
    let body = body.join("\n");
    let first = headline.into_iter().chain(body_lines.first().copied()).min();
    let last = body_lines.last().copied().or(headline);
    Some(Article {
        ordinal: 0,
        headline: headline_text.map(str::to_owned),
        outlet,
        // a brief titled by its day ("Morning Brief: 13 January 2022") is published that day
        published: source_day
            .or(published)
            .or(byline_day)
            .or(meta.published)
            .or_else(|| headline_text.filter(|h| h.len() <= 80 && ends_with_year(h)).and_then(metadata::find_date)),
        // (the first line of text, or the second under a standfirst printed as a heading,
        // else the first after a byline below a standfirst)
        dateline: body_lines
            .first()
            .and_then(|&i| {
                let text = page[i].clean();
                metadata::dateline(text).or_else(|| {
                    // (a dateline alone on its line over the text: "Nay Pyi Taw, 11 Jan —")
                    let next = page[*body_lines.get(1)?].clean();
                    text.ends_with(['—', '–', '-']).then(|| metadata::dateline(&format!("{text} {next}"))).flatten()
                })
            })
            .or_else(|| {
                // (or a standfirst of a sentence or two: "A week after the riots, … Novastan spoke
                // to several of them." / "Almaty, Kazakhstan — The windows …")
                // (under a standfirst of text, not a place set off by a pair of dashes: "Almaty —
                // Kazakhstan's largest city — was calm")
                // (a longer standfirst only over a place in capitals: "WARSAW – When …")
                let (&first, &second) = (body_lines.first()?, body_lines.get(1)?);
                let heading = page[first].is_heading_shape();
                let place = (heading || page[first].words <= LONG_STANDFIRST_WORDS).then(|| metadata::dateline(page[second].clean())).flatten()?;
                let short = heading || page[first].words <= STANDFIRST_WORDS || (!place.chars().any(char::is_lowercase) && trusted_dateline(page[second].clean(), &place));
                (short && (heading || !dashed_aside(page[second].clean()))).then_some(place)
            })
            .or_else(|| {
                // (or the first line after a story's summary bullets: "* Detentions reach 4,404" /
                // "ALMATY/WASHINGTON, Jan 8 (Reuters) - …")
                let after = body_lines.iter().position(|&i| !lines::is_bullet(page[i].clean())).filter(|&n| n > 0)?;
                let text = page[*body_lines.get(after)?].clean();
                metadata::dateline(text).filter(|p| trusted_dateline(text, p))
            })
            .or_else(|| {
                // (or a place in capitals opening one of the next lines, under a photo's caption
                // or a "Read in Turkish | Arabic" switch: "MOSCOW — Kazakhstan's president …")
                // (under a standfirst at most, besides captions closed by their credit: not a
                // roundup's "MOSCOW — …" section under its opening paragraphs)
                let at = body_lines.iter().take(4).skip(1).position(|&i| {
                    let text = page[i].clean();
                    metadata::dateline(text).is_some_and(|p| !p.chars().any(char::is_lowercase) && trusted_dateline(text, &p))
                })? + 1;
                let text_above = body_lines[..at].iter().filter(|&&j| page[j].clean().ends_with(['.', '!', '?'])).count();
                (text_above <= 1).then(|| metadata::dateline(page[body_lines[at]].clean())).flatten()
            })
            .or_else(|| {
                body_lines.iter().find(|&&i| byline_end > first_text && i >= byline_end).and_then(|&i| metadata::dateline(page[i].clean()))
            })
            .or_else(|| byline_place.map(str::to_owned))
            .or_else(|| (zone_start..first_text).find_map(|i| header_place(page, kinds, i))),
        authors,
        media,
        body,
        doc_start: first.map_or(0, |i| page[i].clean_start()),
        doc_end: last.map_or(0, |i| page[i].clean_end()),
    })
}

/// The publisher named by the first line of a page of stories, above the first story at
/// line `first`: a short capitalised name, without a section after a dash or bar
/// ("Caspian Ledger - Central Asia" gives "Caspian Ledger").
fn publisher_above(page: &[Line<'_>], kinds: &[Kind], first: usize) -> Option<String> {
    let top = (0..first).find(|&i| !matches!(kinds[i], Kind::Blank | Kind::Drop))?;
    if !matches!(kinds[top], Kind::Content) {
        return None;
    }
    let text = page[top].clean();
    // (a logo and its description: "MercoPress, South Atlantic News Agency")
    if let Some(name) = text.split_once(", ").filter(|(_, rest)| describes_site(rest)).and_then(|_| logo_name(text)) {
        return Some(name);
    }
    let name = [" - ", " – ", " — ", " | "].iter().fold(text, |t, sep| t.split(sep).next().unwrap_or(t)).trim();
    (lines::words(name) <= 4 && lines::is_name_like(name)).then(|| name.to_owned())
}

/// Whether line `j` opens the page (nothing but blanks and furniture before it) with a
/// short name: a site's name ("Steppe Notes").
/// A one-word logo on its line: "EUobserver", "HARBOUR-WATCH" (not a topic's place or a
/// section: "Kazakhstan", "World").
/// A site's name opening the page over its navigation ("i24NEWS" / "ENGLISH | FRANÇAIS | …",
/// "Kurdistan24" / "Kurdistan  Iraq  Middle East  World"), with a headline further down (a short
/// headline over a breadcrumb names no site): the line and the name. Under a name in another
/// script only, the next line ("القدس العربي" / "Al-Quds Al-Arabi").
fn site_name_over_navigation(page: &[Line<'_>], kinds: &[Kind]) -> Option<(usize, String)> {
    let non_blank_after = |i: usize| (i + 1..page.len()).filter(|&j| !matches!(kinds[j], Kind::Blank));
    let first = (0..page.len()).find(|&i| !matches!(kinds[i], Kind::Blank))?;
    let top = if page[first].clean().chars().any(|c| c.is_ascii_alphabetic()) { first } else { non_blank_after(first).next()? };
    let navigation_below = non_blank_after(top).take(3).any(|j| lines::is_site_navigation(page[j].clean()));
    let headline_below = non_blank_after(top).take(8).any(|j| {
        let text = page[j].clean().trim_end();
        matches!(kinds[j], Kind::Content) && (page[j].is_heading_shape() || text.ends_with('?')) && lines::words(text) >= MIN_HEADLINE_WORDS
    });
    // (a name that is a bare domain was taken for furniture: "Scroll.in", "philstar.com")
    let named = matches!(kinds[top], Kind::Content) || (matches!(kinds[top], Kind::Drop) && bare_domain(page[top].clean()));
    (named && navigation_below && headline_below).then(|| logo_name(page[top].clean())).flatten().map(|name| (top, name))
}

/// The name a site prints as its logo on the page's first line: a short name in Latin letters,
/// maybe beside its name in another script or a short description ("TV RAIN · ДОЖДЬ",
/// "ВЕЧЕРНИЙ АЛМАТЫ | Vecherniy Almaty", "shymkent.news — city portal", "ČTK - Czech News
/// Agency"); capitals in title case.
fn logo_name(text: &str) -> Option<String> {
    // (a hyphen sets a description apart only when it says what the site is; "World - News"
    // is read whole)
    // (or a comma: "MercoPress, South Atlantic News Agency")
    match text.split_once(" - ").or_else(|| text.split_once(", ")) {
        Some((name, rest)) if describes_site(rest) => logo_name_in(name).or_else(|| logo_name_in(text)),
        _ => logo_name_in(text),
    }
}

/// [`logo_name`] of a text with no description set apart by a hyphen; a known outlet by its
/// own spelling ("TASS").
fn logo_name_in(text: &str) -> Option<String> {
    if let Some(known) = metadata::outlet_name(text.trim()) {
        return Some(known.to_owned());
    }
    let mut parts = text.trim().split(" | ").flat_map(|p| p.split(" · ")).flat_map(|p| p.split(" — ")).flat_map(|p| p.split(" – ")).flat_map(|p| p.split(" / ")).flat_map(|p| p.split("  "));
    let latin = |c: char| c.is_ascii() || (c.is_alphabetic() && (c as u32) < 0x250);
    let name = parts.find(|p| p.chars().any(|c| c.is_ascii_alphabetic()) && p.chars().all(|c| !c.is_alphabetic() || latin(c)))?.trim();
    let words = lines::words(name);
    let shaped = (1..=4).contains(&words)
        && name.chars().count() <= 30
        && name.chars().all(|c| latin(c) && (c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '&' | '\'')))
        && name.starts_with(|c: char| c.is_alphanumeric())
        // (a sentence's end, a date, a place's dateline, a section's label are no logo)
        && (!name.ends_with('.') || name.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase))
        && !name.split_whitespace().any(|w| metadata::month_number(&w.trim_end_matches('.').to_lowercase()).is_some() || w.chars().all(|c| c.is_ascii_digit()))
        && !metadata::is_place_word(name)
        && !lines::is_section_label(name)
        && !lines::is_short_label(name)
        && (bare_domain(name) || !lines::is_furniture(name))
        // (a page's banner or label: "BREAKING", "Most Read", "Live Updates")
        && !name.split_whitespace().all(|w| BANNER_WORDS.contains(&w.to_lowercase().as_str()))
        // (a columnist's name over the section: "Dosym Satpayev" / "Home > Opinion > Columns")
        && !looks_personal(name);
    // (a domain as printed, and an acronym: "ČTK", "BTA"; a longer word in capitals is a
    // name: "ORDA")
    let acronym = words == 1 && name.chars().count() <= 3;
    shaped.then(|| if bare_domain(name) || acronym { name.to_owned() } else { metadata::title_case_capitals(name.trim_end_matches('.')) })
}

/// Whether the words after a site's name describe it: "Czech News Agency | English service",
/// "Agência de Notícias de Portugal".
fn describes_site(rest: &str) -> bool {
    const WORDS: [&str; 10] = ["agency", "agência", "agencia", "agenzia", "news", "notícias", "noticias", "service", "portal", "newspaper"];
    rest.split(|c: char| !c.is_alphabetic()).any(|w| WORDS.contains(&w.to_lowercase().as_str()))
}

/// Words of a page's banners and labels, never a site's name on their own.
const BANNER_WORDS: &[&str] = &[
    "breaking", "news", "live", "updates", "update", "most", "read", "latest", "trending", "top", "stories", "story", "opinion",
    "analysis", "editorial", "watch", "video", "podcast", "newsletter", "world", "home", "columns", "column",
    "sponsored", "advertisement", "features", "feature", "special", "report", "popular", "now", "just", "in",
];

/// A person's name: two or three words, the first a known first name or the last a surname's
/// ending ("-ov", "-eva", "-enko", "-uly").
fn looks_personal(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if !(2..=3).contains(&words.len()) || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let g = &*crate::speakers::gazetteer::GAZETTEER;
    let first = words[0].to_lowercase();
    let last = words[words.len() - 1].to_lowercase();
    g.first_names.contains_key(first.as_str())
        || ["ov", "ev", "ova", "eva", "in", "ina", "enko", "uly", "kyzy", "yev", "yeva"].iter().any(|e| last.ends_with(e) && last.len() > e.len() + 2)
}

/// A translator's note over a page: "Translated automatically from Arabic", "Machine
/// translation", "Auto-translated page".
/// In the page's own language too, maybe after its section's name: "Internationalt · Oversat
/// til engelsk", "Världen | Översatt från svenska", "International — Article traduit du français".
fn is_translation_note(line: &str) -> bool {
    const NOTES: [&str; 19] = [
        "translated from", "translation from", "translated into", "translated by", "translated automatically", "translated with", "machine translat", "automatic translation",
        "auto-translated", "automatically translated", "this page is machine", "oversat", "översatt", "oversatt", "article traduit",
        "traduit d", "übersetzt", "traducido", "tradotto",
    ];
    if lines::words(line) > 8 {
        return false;
    }
    let lower = line.trim().trim_start_matches('[').to_lowercase();
    lower.split(['·', '|', '—', '–']).map(str::trim).any(|part| NOTES.iter().any(|p| part.starts_with(p)))
}

/// A paper's motto describing it: "Daily Newspaper of the Islamic Republic", "The
/// Russian-language weekly of Israel".
fn is_motto_of_paper(line: &str) -> bool {
    let lower = line.to_lowercase();
    lines::words(line) <= 8
        && !line.trim_end().ends_with(['.', '?', '!'])
        && lower.split_whitespace().take(4).any(|w| matches!(w, "newspaper" | "daily" | "weekly" | "paper" | "magazine" | "agency"))
        && lower.split_whitespace().any(|w| w == "of")
}

/// A site's domain alone: "Scroll.in", "ZN.UA", "Charter97.org".
fn bare_domain(text: &str) -> bool {
    let text = text.trim();
    let parts: Vec<&str> = text.split('.').collect();
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && parts.last().is_some_and(|tld| (2..=4).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()))
        && !text.to_lowercase().starts_with("www.")
}

fn is_logo_line(text: &str) -> bool {
    lines::words(text) == 1
        && text.starts_with(char::is_uppercase)
        && text.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
        && !metadata::is_place_word(text)
        && !lines::is_section_label(text)
}

fn opens_with_site_name(page: &[Line<'_>], kinds: &[Kind], j: usize) -> bool {
    let text = page[j].clean();
    (0..j).all(|k| matches!(kinds[k], Kind::Blank | Kind::Drop)) && lines::words(text) <= 3 && lines::is_name_like(text)
}

/// Whether line `i` is a heading over a paragraph opened by an agency's dateline ("Masimov
/// detained" / "NUR-SULTAN. Jan 8 (Interfax) - The former …"): an item of a wire feed.
fn heads_agency_item(page: &[Line<'_>], kinds: &[Kind], i: usize) -> bool {
    let starts_block = i == 0 || !matches!(kinds[i - 1], Kind::Content);
    if !(starts_block && matches!(kinds[i], Kind::Content) && page[i].is_heading_shape() && !page[i].is_paragraph()) {
        return false;
    }
    // (a wire's revision note may stand between: "(Adds details of address, paras 3-7)")
    let Some(j) = (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank | Kind::Drop)) else { return false };
    let text = page[j].clean();
    matches!(kinds[j], Kind::Content)
        && page[j].is_paragraph()
        && metadata::dateline_names_source(text)
}

/// Where a text was given, printed in its header: the place of a date stamp ("Vienna, 13
/// January 2022"), or a line naming only a place under the stamp ("January 10, 2022" /
/// "15:40" / "The Kremlin, Moscow").
fn header_place(page: &[Line<'_>], kinds: &[Kind], i: usize) -> Option<String> {
    let text = page[i].clean();
    match kinds[i] {
        Kind::Date(_) => metadata::stamp_place(text),
        Kind::Content => labelled_place(text).map(str::to_owned).or_else(|| {
            if !metadata::place_line(text) {
                return None;
            }
            let mut before = (0..i).rev().filter(|&j| !matches!(kinds[j], Kind::Blank));
            let clock = |t: &str| t.len() <= 8 && t.contains(':') && t.chars().all(|c| c.is_ascii_digit() || c == ':');
            let mut previous = before.next()?;
            if clock(page[previous].clean()) {
                previous = before.next()?;
            }
            // (or right above it: "ANKARA" / "January 12 2022 12:47:00")
            let next = (i + 1..page.len()).find(|&j| !matches!(kinds[j], Kind::Blank));
            let stamp_below = next.is_some_and(|j| matches!(kinds[j], Kind::Date(_))) && !text.contains(' ') && !text.chars().any(char::is_lowercase);
            (matches!(kinds[previous], Kind::Date(_)) || stamp_below).then(|| text.to_owned())
        }),
        _ => None,
    }
}

/// Whether a dateline found away from the first line can be trusted: it credits an agency
/// ("ROTTERDAM/ANTWERP, March 8 (Reuters) -") or every city of it is a place the gazetteer
/// knows ("WARSAW –"), not a label ("UPDATE -", "EXCLUSIVE –", "Q -").
fn trusted_dateline(line: &str, place: &str) -> bool {
    metadata::dateline_agency(line).is_some()
        || metadata::dateline_credit(line).is_some()
        || place.split(['/', ',']).map(str::trim).filter(|p| !p.is_empty()).all(|p| {
            crate::events::types::is_place_name(p) || p.split_whitespace().all(metadata::is_place_word)
        })
}

/// Whether a line's first long dash opens an aside that a second one closes within a few
/// words: "Almaty — Kazakhstan's largest city — was calm".
fn dashed_aside(line: &str) -> bool {
    let Some((_, rest)) = line.split_once(['—', '–']) else { return false };
    rest.split(['—', '–']).next().is_some_and(|aside| aside.len() < rest.len() && aside.split_whitespace().count() <= 8)
}

/// The place of a labelled header line: "Location: Geneva" gives "Geneva".
fn labelled_place(text: &str) -> Option<&str> {
    let (label, place) = text.split_once(':')?;
    let labelled = matches!(label.trim().to_ascii_lowercase().as_str(), "location" | "place" | "venue");
    (labelled && metadata::place_line(place)).then(|| place.trim())
}

/// A writer's role printed on its own line under their name: "Foreign affairs reporter
/// @annlee", "Senior Correspondent". A few words, one of them a newsroom role, no sentence.
fn is_writer_role(line: &str) -> bool {
    const ROLES: [&str; 16] = [
        "reporter", "correspondent", "editor", "writer", "analyst", "producer", "columnist", "journalist", "researcher", "fellow",
        "director", "professor", "scholar", "lecturer", "campaigner", "associate",
    ];
    let words: Vec<&str> = line.split_whitespace().collect();
    // (longer with the institution after a comma: "Research Fellow, ISPI Russia, Caucasus and
    // Central Asia Centre")
    let most = if line.contains(',') { 12 } else { 8 };
    (1..=most).contains(&words.len())
        && !line.ends_with(['.', '?', '!'])
        && words.iter().any(|w| ROLES.contains(&w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase().as_str()))
}

/// Names set between bars, every word capitalised but the small ones, one sharing a word with
/// the site's name and none of them that name itself (a page title's "| Reuters"):
/// "Internationale Politik Quarterly | German Council on Foreign Relations" under "IP Quarterly".
fn is_masthead_names(line: &str, site: &str) -> bool {
    let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let site_words: Vec<String> = site.split_whitespace().filter(|w| w.chars().count() >= 4).map(str::to_lowercase).collect();
    let shares = |p: &str| p.split_whitespace().any(|w| site_words.contains(&w.to_lowercase()));
    parts.len() >= 2
        && parts.iter().any(|p| shares(p))
        && !parts.iter().any(|p| p.eq_ignore_ascii_case(site))
        && parts.iter().all(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            (1..=7).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "and" | "the" | "on" | "de" | "für"))
        })
}

/// A paper's name printed in capitals: two to five words of capitals, points and hyphens
/// ("ST. LOUIS POST-DISPATCH"), no figure and no final stop.
fn is_paper_name_in_capitals(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '&' | '\'' | '’')) && w.chars().any(char::is_alphabetic))
        && !line.ends_with('.')
}

/// A writer's name beside the outlet's above the stamp: "Marc-André Lefebvre · Prairie Courier".
fn name_beside_outlet(text: &str) -> Option<String> {
    let (name, outlet) = [" · ", " | ", " — "].iter().find_map(|sep| text.split_once(sep))?;
    let words: Vec<&str> = outlet.split_whitespace().collect();
    // (not a topic: "Kassym-Jomart Tokayev | Kazakhstan Unrest"; nor a newsmaker's name)
    let outlet_like = (1..=4).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !words.iter().any(|w| metadata::is_place_word(w));
    outlet_like.then(|| metadata::stamped_name(name)).flatten().filter(|n| crate::speakers::notable_country(n).is_none())
}

/// The kind of the next line after `i` that is not blank.
fn next_kind_of(kinds: &[Kind], i: usize) -> Option<&Kind> {
    kinds.get(i + 1..)?.iter().find(|k| !matches!(k, Kind::Blank))
}

/// A wire headline marking a version of its story: "UPDATE 3-…", "REFILE-…", "CORRECTED-…".
fn is_wire_version(line: &str) -> bool {
    let head = line.split(['-', ' ']).next().unwrap_or("");
    matches!(head, "UPDATE" | "REFILE" | "CORRECTED" | "RPT" | "WRAPUP" | "REPEAT")
}

/// A headline without the label of an email subject or a scraped field ("Subject: FW: X",
/// "Title: X" give "X").
/// The line that finishes a headline wrapped after a word that cannot end one ("… orders
/// troops to" / "shoot without warning"): right under it, starting in lower case, short and
/// with no sentence's end.
fn wrapped_headline_end(page: &[Line<'_>], kinds: &[Kind], h: usize) -> Option<usize> {
    const OPEN_ENDS: [&str; 16] = ["to", "of", "and", "the", "a", "an", "in", "on", "for", "with", "as", "at", "by", "from", "its", "their"];
    let last = page[h].clean().split_whitespace().last()?;
    let next = h + 1;
    let text = page.get(next)?.clean().trim();
    let continues = matches!(kinds.get(next), Some(Kind::Content))
        && text.starts_with(|c: char| c.is_lowercase())
        && lines::words(text) <= 10
        && !text.ends_with(['.', '!', '?']);
    (OPEN_ENDS.contains(&last) && continues).then_some(next)
}

/// A page's banner or list label over its navigation, no site's name: "Most Read",
/// "BREAKING", "Live", "Top Stories".
fn is_banner(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    ["most read", "most popular", "breaking", "breaking news", "live", "top stories", "latest", "latest news", "trending", "just in", "exclusive"].contains(&lower.as_str())
}

/// Whether a heading names a page of collected items: "PRESS REVIEW No. 6/2022", "Daily
/// Bulletin", "News digest", "Morning briefing", "Headlines of the day", "News feed", "World
/// news in brief", "Main news of the day: CSTO starts withdrawal", "Top news".
fn names_a_digest(line: &str) -> bool {
    // (or its title before a colon: "Main news of the day: CSTO starts withdrawal, …")
    let line = if lines::words(line) > 8 { line.split_once(':').map_or("", |(title, _)| title) } else { line };
    if line.is_empty() || lines::words(line) > 8 {
        return false;
    }
    let words: Vec<String> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let named = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "review" | "digest" | "bulletin" | "roundup" | "round" | "briefing" | "headlines" | "monitoring" | "ticker" | "wrap" | "feed" | "summary" | "briefs"
        )
    });
    // ("World news in brief", not "a brief guide")
    let named = named || words.windows(2).any(|w| w[0] == "in" && w[1] == "brief");
    // ("Top news of the day", "Main news": the day's news, not a page's "Latest news" banner)
    named || words.windows(2).any(|w| matches!(w[0].as_str(), "top" | "main") && w[1] == "news") || words.windows(4).any(|w| w.join(" ") == "news of the day")
}

/// Whether a full stop ends a sentence inside the text: a word of two lower-case letters or
/// more, the stop, a space and a capital ("… week's news. How …"; not "U.S. Talks", "Mr. Putin").
fn has_sentence_break(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(5).any(|w| w[0].is_lowercase() && w[1].is_lowercase() && w[2] == '.' && w[3] == ' ' && w[4].is_uppercase())
}

/// Whether line `i` repeats an item of a menu line above it: the section's name printed over
/// the stamp ("Analytics and comments | Projects | Events" … "Analytics and comments" /
/// "January 12, 2022" / headline) is no headline.
fn repeats_menu_item(page: &[Line<'_>], i: usize) -> bool {
    let text = page[i].clean().trim();
    (0..i).any(|j| {
        let line = page[j].clean();
        let items: Vec<&str> = if line.contains(" | ") {
            line.split(" | ").collect()
        } else if line.contains("   ") {
            line.split("   ").collect()
        } else {
            return false;
        };
        items.len() >= 3 && items.iter().any(|item| item.trim().eq_ignore_ascii_case(text))
    })
}

/// A paragraph closed by its agency's credit in brackets: "KYIV – Dozens of sites were
/// defaced early today. [Reuters]".
fn credited_paragraph(line: &str) -> bool {
    let line = line.trim();
    line.strip_suffix(']').and_then(|l| l.rsplit_once('[')).is_some_and(|(text, credit)| {
        credit.split_whitespace().count() <= 3 && lines::words(text) >= MIN_STANDFIRST_WORDS && text.trim_end().ends_with(['.', '!', '?', '"', '”'])
    })
}

/// A column's rubric over an item's headline: one to three words in capitals ("KAZAKHSTAN",
/// "OSCE", "CENTRAL ASIA").
fn is_rubric(line: &str) -> bool {
    let line = line.trim();
    (1..=3).contains(&line.split_whitespace().count())
        && line.chars().any(char::is_alphabetic)
        && !line.chars().any(char::is_lowercase)
        && line.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
}

/// A clock alone on a line, over a feed's item: "21:47", "18:42 GMT+3".
fn is_bare_clock(line: &str) -> bool {
    let line = line.trim();
    // (its time zone after it: "18:42 GMT+3", "09:30 MSK")
    let line = line
        .split_once(' ')
        .filter(|(_, zone)| {
            let letters = zone.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | ':'));
            (2..=4).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_uppercase())
        })
        .map_or(line, |(clock, _)| clock);
    line.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.chars().all(|c| c.is_ascii_digit()) && m.chars().all(|c| c.is_ascii_digit())
    })
}

/// The number of a digest's item heading: "3. Withdrawal to begin on Thursday" gives 3 (a
/// heading, not a sentence, of a few words after the number).
fn item_number(line: &str) -> Option<usize> {
    // (most lines are paragraphs: a digit must open the line before anything is searched)
    if !line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (number, rest) = line.split_once(". ")?;
    let n: usize = number.parse().ok().filter(|n| (1..=99).contains(n))?;
    let rest = rest.trim_start();
    let heading = rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“' | '«'))
        && !rest.ends_with(['.', '?', '!'])
        && (MIN_HEADLINE_WORDS..=25).contains(&lines::words(rest));
    heading.then_some(n)
}

/// A headline without the label, number or clock printed before it: an e-mail's "Subject:
/// Fwd: …", a digest's "3. …", a ticker's "19:42  …".
fn without_subject_label(line: &str) -> &str {
    // (a Factiva record's headline field: "HD Nato warns Russia as …")
    if let Some(rest) = line.strip_prefix("HD ").filter(|rest| rest.starts_with(char::is_uppercase) && lines::words(rest) >= MIN_HEADLINE_WORDS) {
        return rest.trim_start();
    }
    if let Some(rest) = item_number(line).and_then(|_| line.split_once(". ")).map(|(_, rest)| rest.trim_start()) {
        return rest;
    }
    // (a ticker's clock before its item's headline: "19:42  NATO-RUSSIA COUNCIL ENDS …")
    // (hours and minutes with a colon: not "2.5 Million Kazakhs Lose …")
    let clocked = line.split_once(char::is_whitespace).filter(|(clock, rest)| {
        let clock_digits = clock.split_once(':').filter(|(h, m)| {
            (1..=2).contains(&h.len()) && m.len() == 2 && h.parse::<u8>().is_ok_and(|h| h < 24) && m.parse::<u8>().is_ok_and(|m| m < 60)
        });
        clock_digits.is_some()
            && lines::words(rest.trim_start()) >= MIN_HEADLINE_WORDS
            && !rest.trim_start().starts_with(|c: char| c.is_ascii_digit() || c.is_lowercase())
    });
    if let Some((_, rest)) = clocked {
        return rest.trim_start();
    }
    let Some((label, rest)) = line.split_once(':') else { return line };
    if !["subject", "title", "headline", "post subject", "topic"].iter().any(|l| label.trim().eq_ignore_ascii_case(l)) {
        return line;
    }
    let mut rest = rest.trim_start();
    while let Some((prefix, after)) = rest.split_once(':') {
        if !["fw", "fwd", "re"].iter().any(|p| prefix.trim().eq_ignore_ascii_case(p)) {
            break;
        }
        rest = after.trim_start();
    }
    if rest.is_empty() {
        line
    } else {
        rest
    }
}

/// The date lines after the first paragraph that head entries of two or more different
/// days ("Thursday, 13 January 2022" … "Wednesday, 12 January 2022"); none when the text
/// prints only one day (a page's own date stamp, repeated).
fn day_heading_lines(kinds: &[Kind], first_text: usize, end: usize) -> Vec<usize> {
    let lines: Vec<usize> = (first_text + 1..end)
        .filter(|&i| matches!(kinds[i], Kind::Date(_)) && followed_by_text(kinds, i, end))
        .collect();
    let mut days: Vec<NaiveDate> =
        lines.iter().filter_map(|&i| if let Kind::Date(d) = kinds[i] { Some(d) } else { None }).collect();
    days.sort_unstable();
    days.dedup();
    if days.len() >= 2 {
        lines
    } else {
        Vec::new()
    }
}

/// Whether a headline ends with a year, as a brief titled by its date does ("Morning
/// Brief: 13 January 2022"); a date inside a headline is news, not a stamp.
fn ends_with_year(headline: &str) -> bool {
    let tail: Vec<char> = headline.trim_end().chars().rev().take(5).collect();
    tail.len() == 5 && tail[..4].iter().all(char::is_ascii_digit) && !tail[4].is_ascii_digit()
}

/// Whether a text line follows line `i` before `end`, with nothing but blank or dropped
/// lines (at most eight) between.
fn followed_by_text(kinds: &[Kind], i: usize, end: usize) -> bool {
    // a few lines at most: a run of dropped lines must not make this quadratic
    kinds[i + 1..end].iter().take(8).find(|k| !matches!(k, Kind::Blank | Kind::Drop)).is_some_and(|k| matches!(k, Kind::Content))
}

/// True when `line` repeats the headline, maybe without the site suffix the page title
/// carries ("Talks stall" under "Talks stall | Site").
fn repeats_headline(line: &str, headline: &str) -> bool {
    line == headline
        || headline.strip_prefix(line).is_some_and(|rest| {
            [" | ", " - ", " – ", " — ", ": "].iter().any(|sep| rest.starts_with(sep))
        })
}

/// How far ahead (in kept lines) a repeated heading marks a teaser link.
const REPEAT_WINDOW: usize = 3;

/// Drops stand-alone headings that are links to other articles: a heading followed by
/// another heading or by nothing, and a heading repeated within a few lines (with what is
/// between the two copies, the teaser's standfirst).
fn drop_teaser_links(page: &[Line<'_>], body: &[usize], heading: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut keep = vec![true; body.len()];
    let mut k = 0;
    while k < body.len() {
        let i = body[k];
        if !heading(i) {
            k += 1;
            continue;
        }
        let text = page[i].clean();
        let repeat = (k + 1..body.len().min(k + 1 + REPEAT_WINDOW)).find(|&r| page[body[r]].clean() == text);
        if let Some(r) = repeat {
            keep[k..=r].iter_mut().for_each(|x| *x = false);
            k = r + 1;
            continue;
        }
        if body.get(k + 1).map_or(true, |&next| heading(next)) {
            keep[k] = false;
        }
        k += 1;
    }
    body.iter().zip(keep).filter(|(_, keep)| *keep).map(|(&i, _)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Media;

    fn one(text: &str) -> Article {
        let mut articles = segment(text);
        assert_eq!(articles.len(), 1, "{articles:#?}");
        articles.remove(0)
    }

    #[test]
    fn items_stamped_above_their_headings_are_dated_by_their_own_stamps() {
        let page = "BNA\nHome   National   International   Business   Sports\n\n\
                    13 Jan 2022, 21:08\nTroops begin pullout from Kazakhstan\n\
                    ALMATY, Jan 13, 2022 (AFP) - Russian-led troops on Thursday began leaving Kazakhstan, a week after they arrived.\n\n\
                    12 Jan 2022, 22:40\nNATO and Russia fail to bridge gap in Brussels\n\
                    BRUSSELS, Jan 12, 2022 (AFP) - NATO and Russia failed on Wednesday to find common ground on the alliance.\n";
        let dated: Vec<(Option<String>, Option<chrono::NaiveDate>)> = segment(page).into_iter().map(|a| (a.headline, a.published)).collect();
        assert_eq!(
            dated,
            [
                (Some("Troops begin pullout from Kazakhstan".to_owned()), chrono::NaiveDate::from_ymd_opt(2022, 1, 13)),
                (Some("NATO and Russia fail to bridge gap in Brussels".to_owned()), chrono::NaiveDate::from_ymd_opt(2022, 1, 12)),
            ]
        );
    }

    #[test]
    fn a_broadcasters_listen_live_button_does_not_make_a_live_page() {
        let page = "Radio Example\nListen live | Podcasts\n\n\
                    Lecturer describes a week under curfew in Almaty\n\nPosted 11:04, 13/01/22\n\n\
                    A lecturer who teaches English in Almaty says the city is returning to normal after a week of unrest.\n\n\
                    In brief: Russian-led troops start leaving Kazakhstan\n\nPosted 09:30, 13/01/22\n\n\
                    Troops from the Russian-led alliance began leaving Kazakhstan today, a week after they arrived.\n";
        let headlines: Vec<Option<String>> = segment(page).into_iter().map(|a| a.headline).collect();
        assert_eq!(
            headlines,
            [Some("Lecturer describes a week under curfew in Almaty".to_owned()), Some("In brief: Russian-led troops start leaving Kazakhstan".to_owned())]
        );
    }

    #[test]
    fn a_papers_name_in_capitals_under_its_domain_is_the_outlet_not_the_headline() {
        let page = "stltoday.com\nRIVERTOWN POST-COURIER\nSubscribe for $1     Log In\n\
                    News   Sports   Business   Opinion   Obituaries   Entertainment\n\
                    Kazakhstan's leader says allied troops will begin leaving\nJan 11, 2022\n\n\
                    NUR-SULTAN, Kazakhstan (AP) — Kazakhstan's president said Tuesday that the alliance would begin withdrawing.\n";
        let article = one(page);
        assert_eq!(article.headline.as_deref(), Some("Kazakhstan's leader says allied troops will begin leaving"));
        assert_eq!(article.outlet.as_deref(), Some("Rivertown Post-Courier"));
        // (a domain made of the name's initials is the site's own short name, and stays)
        let page = "vov.vn\nVOICE OF VIETNAM\nPolitics | Economy | Society | World | Culture | Sports\n\
                    Vietnamese citizens in Kazakhstan safe amid unrest\nJan 8, 2022\n\n\
                    No Vietnamese citizens have been reported hurt in the unrest, the embassy said on Saturday.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("vov.vn"));
    }

    #[test]
    fn a_wiki_pages_title_is_its_headline() {
        let page = "CSTO peacekeeping mission in Kazakhstan\nFrom Wikipedia, the free encyclopedia\nJump to navigation Jump to search\n\
                    CSTO peacekeeping mission in Kazakhstan\nPart of the 2022 Kazakh unrest\nDate\t6 January 2022 – present\n\
                    The CSTO peacekeeping mission in Kazakhstan was a deployment of troops of the alliance to Kazakhstan.\n";
        assert_eq!(segment(page)[0].headline.as_deref(), Some("CSTO peacekeeping mission in Kazakhstan"));
    }

    #[test]
    fn sentence_breaks_inside_a_line() {
        assert!(has_sentence_break("Ten questions on the week's news. How closely were you paying attention?"));
        assert!(!has_sentence_break("Did the U.S. Back Down in Geneva?"));
        assert!(!has_sentence_break("Will Mr. Putin Pull Out?"));
    }

    #[test]
    fn a_papers_briefs_column_is_one_article_per_datelined_item() {
        let page = "GULF DAILY NEWS\nSunday, January 9, 2022\n\nWORLD IN BRIEF\n\nKingdom voices solidarity with Kazakhstan\n\n\
                    MANAMA: Bahrain yesterday affirmed its solidarity with Kazakhstan, the ministry said.\n\n\
                    Serdyukov: peacekeepers guard strategic sites\n\n\
                    ALMATY: Russian Colonel-General Andrei Serdyukov said the troops guarded the airport.\n";
        let heads: Vec<_> = segment(page).into_iter().map(|a| (a.headline, a.dateline)).collect();
        assert_eq!(heads, [
            (Some("Kingdom voices solidarity with Kazakhstan".to_owned()), Some("MANAMA".to_owned())),
            (Some("Serdyukov: peacekeepers guard strategic sites".to_owned()), Some("ALMATY".to_owned())),
        ]);
        // (a story's own headline naming a roundup, over its stamp and credit, stays one story)
        let story = "World briefs: Kazakhstan names new cabinet as troops prepare to leave\n\nJan. 11, 2022 at 7:02 pm\n\n\
                     By Seattle Times news services\n\nKazakhstan: Tokayev picks new premier\n\n\
                     NUR-SULTAN - Tokayev on Tuesday named Alikhan Smailov as prime minister.\n\n\
                     Kyrgyzstan: Protest against sending troops\n\nBISHKEK - Dozens protested on Monday.\n";
        assert_eq!(segment(story).len(), 1);
    }

    #[test]
    fn a_writers_name_alone_under_the_stamp_is_the_byline() {
        let a = one("Harbour Daily\n\nFerry service resumes after the storm\nJan 13, 2022\nYasmine Benali\n\nThe ferry to the island ran again on Monday, the operator said, after three days of gales.\n");
        assert_eq!(a.authors, ["Yasmine Benali"]);
        // (a place under the stamp is none)
        let a = one("Harbour Daily\n\nFerry service resumes after the storm\nJan 13, 2022\nNorth Bay\n\nThe ferry to the island ran again on Monday, the operator said, after three days of gales.\n");
        assert!(a.authors.is_empty(), "{:?}", a.authors);
    }

    #[test]
    fn items_closed_by_a_dash_and_their_credit_are_articles() {
        let page = "The Pine Lake Gazette\nThursday, January 13, 2022\n\nNEWS IN BRIEF\n\n\
                    Ferry service resumes after the storm\n\nThe ferry to the island ran again on Monday, the operator said.\n\n\
                    Crews worked through the weekend to clear the landing.\n\n— Submitted by Ann Lee\n\n\
                    LOCAL\n\nLibrary extends its winter hours\n\nThe public library will stay open until eight on weekdays.\n\n— Staff report\n";
        let heads: Vec<_> = segment(page).into_iter().map(|a| a.headline.unwrap_or_default()).collect();
        assert_eq!(heads, ["Ferry service resumes after the storm", "Library extends its winter hours"]);
        // (a quotation's speaker after a dash closes no item)
        assert!(!is_closing_credit("– Jens Stoltenberg, Nato secretary general. He spoke in Brussels."));
        assert!(is_closing_credit("— The Lakeshore Record, Bayport, Mich., Jan. 8"));
    }

    #[test]
    fn a_newsletters_items_under_rules_are_articles() {
        let page = "The National\nTHE BRIEFING | Your morning news digest from Abu Dhabi\n\nThursday 13 January 2022\n\n\
                    Good morning. Here is what you need to know today.\n\n------------------------------\n\n\
                    CSTO troops start pulling out of Kazakhstan\n\nThe Russian-led force began its withdrawal on Thursday, the alliance said.\n\n\
                    ------------------------------\n\nUAE flights to Almaty resume\n\nFlydubai said its service to Almaty would resume on Friday.\n";
        let heads: Vec<_> = segment(page).into_iter().map(|a| a.headline.unwrap_or_default()).collect();
        assert_eq!(heads, ["CSTO troops start pulling out of Kazakhstan", "UAE flights to Almaty resume"]);
    }

    #[test]
    fn a_page_of_releases_each_over_its_stamp_is_one_article_each() {
        let page = "MercoPress, South Atlantic News Agency\nHome   Argentina   Brazil   International\n\nLatest news\n\n\
                    Kazakhstan: CSTO troops start leaving; Tokayev says mission accomplished\nThursday, January 13th 2022 - 10:22 UTC\n\n\
                    Troops of the Russian-led alliance began their withdrawal from Kazakhstan on Thursday.\n\n\
                    Vienna: OSCE session closes a week of talks with no breakthrough\nThursday, January 13th 2022 - 18:05 UTC\n\n\
                    Russia and the West ended a week of European security diplomacy in Vienna.\n";
        let heads: Vec<_> = segment(page).into_iter().map(|a| (a.headline.unwrap_or_default(), a.outlet)).collect();
        assert_eq!(heads.len(), 2, "{heads:?}");
        assert!(heads[1].0.starts_with("Vienna: OSCE"));
        assert_eq!(heads[0].1.as_deref(), Some("MercoPress"));
        // (a live page's entries over their stamps stay one article)
        let live = page.replace("Latest news", "Live: Kazakhstan updates");
        assert_eq!(segment(&live).len(), 1);
    }

    #[test]
    fn a_headline_glued_over_its_standfirst_under_a_kicker() {
        // (a question over a standfirst in sentences, then the stamp and a byline without "By:")
        let page = "DW\nGermany | World | Business | Science | Environment\n\nConflicts\n\
                    Kazakhstan: What is the CSTO and why did it send troops?\n\
                    Russia and five other former Soviet republics have sent troops to Kazakhstan at the president's request.\n\n\
                    Date 07.01.2022\nAuthor Katja Brenner\n\nWhat is the CSTO?\n\
                    The Collective Security Treaty Organization is a military alliance of six states.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Kazakhstan: What is the CSTO and why did it send troops?"));
        assert_eq!(a.authors, ["Katja Brenner"]);
        // (a section's name over the headline, a site's account bar, a surname's particle)
        let page = "NRC\nHome | Nieuws | Economie | Opinie | NRC in English\nLog in    Abonneer\n\nNRC in English\n\
                    Dutch travellers back from Almaty: 'We heard shooting for two nights'\n\
                    About 40 Dutch nationals were in Kazakhstan when the unrest broke out. Several returned on Tuesday.\n\n\
                    Eva de Wit\n11 January 2022\n\nKoen Verhoeven, a 52-year-old engineer, had been in Almaty for a weekend.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Dutch travellers back from Almaty: 'We heard shooting for two nights'"));
        assert_eq!(a.authors, ["Eva de Wit"]);
        // (a label in capitals right over a heading in mixed case is its kicker)
        let page = "THE GULF TIMES\nHome | World | Business\nBreaking: Kazakhstan\nWHAT WE KNOW\n\
                    Kazakhstan unrest: what we know, and what we don't\n\
                    Each item carries the date on which we last checked it. Some are reports we could not verify.\n\
                    Gulf Times Newsroom\nPublished: Saturday, January 08, 2022\n\n\
                    The Collective Security Treaty Organization began flying in troops on Thursday.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Kazakhstan unrest: what we know, and what we don't"));
        // (a headline in capitals naming who acted stays the headline over its deck)
        let page = "THE GULF TIMES\nHome | World | Business\nTOKAYEV SACKS GOVERNMENT\n\
                    President accepts cabinet's resignation as protests spread to Almaty\n\
                    Each item carries the date on which we last checked it. Some are reports we could not verify.\n\
                    Gulf Times Newsroom\nPublished: Saturday, January 08, 2022\n\n\
                    The president accepted the resignation of the government on Wednesday.\n";
        assert_eq!(one(page).headline.as_deref(), Some("TOKAYEV SACKS GOVERNMENT"));
    }

    #[test]
    fn single_article_with_byline_date_outlet_and_image() {
        let page = "World\n\nFarmers block roads over fuel prices\n\nBy Ana PEREZ, Handout, Tom Li\nReuters\n\
                    March 3, 2021 at 9:05 am\nhttps://img.example.com/p.jpg\nTractors on the highway /Reuters\n\n\
                    Farmers blocked three highways on Tuesday, the police said.\n\nComments / 4\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Farmers block roads over fuel prices"));
        assert_eq!(a.authors, vec!["Ana PEREZ", "Tom Li"]);
        assert_eq!(a.outlet.as_deref(), Some("Reuters"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 3, 3));
        assert_eq!(a.body, "Farmers blocked three highways on Tuesday, the police said.");
        assert_eq!(a.media, vec![Media { url: "https://img.example.com/p.jpg".into(), caption: Some("Tractors on the highway /Reuters".into()) }]);
    }

    #[test]
    fn the_heading_above_the_stamp_is_the_headline_not_the_site_name() {
        let page = "Central Asia Analysis\n\nKazakhstan: After the storm, Tokayev steps out of the shadow\n\n\
                    Jan 12, 2022 | Daniyar Kassenov\n\nWhen soldiers began arriving at airfields on January 6, few expected it.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Kazakhstan: After the storm, Tokayev steps out of the shadow"));
        assert_eq!(a.authors, vec!["Daniyar Kassenov"]);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 12));
        let page = "INTERVIEW\n\"The elites fought, the street paid\": an analyst on January\n\n\
                    The Steppe Review | 12 January 2022 | Interview by Marat Zhaksylykov\n\n\
                    A week after the troops arrived, we spoke to an analyst in Almaty about the unrest.\n";
        let a = one(page);
        assert_eq!(a.outlet.as_deref(), Some("The Steppe Review"));
        assert_eq!(a.authors, vec!["Marat Zhaksylykov"]);
    }

    #[test]
    fn a_logo_on_two_lines_and_a_doubled_breadcrumb() {
        let page = "ATLANTIC\nCOUNCIL\n\nBlog Post\nWhat the steppe teaches about alliances\n\n07.01.2022\nMarta Ilves\n\n\
                    The first planes with servicemen landed in Pskov on Thursday evening.\n";
        let a = one(page);
        assert_eq!(a.outlet.as_deref(), Some("Atlantic Council"));
        assert_eq!(a.headline.as_deref(), Some("What the steppe teaches about alliances"));
        let page = "The Steppe Review\nHome >> World\nTroops begin to leave the steppe\n(Xinhua) 09:31, January 08, 2022\n\n\
                    The first planes with servicemen landed in Pskov on Thursday evening.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Troops begin to leave the steppe"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 8));
    }

    #[test]
    fn a_sites_name_over_its_navigation_is_the_outlet() {
        let body = "\n\nTroops leave Almaty as calm returns\n\nJanuary 13, 2022\n\nThe first planes with servicemen landed in Pskov on Thursday evening.\n";
        let with_top = |top: &str| one(&format!("{top}{body}"));
        assert_eq!(with_top("Steppe24\nNews | Politics | Economy | World | Sport").outlet.as_deref(), Some("Steppe24"));
        // (a domain, capitals in title case, a name beside its name in another script)
        assert_eq!(with_top("DZ.UA\nHome > World").outlet.as_deref(), Some("DZ.UA"));
        assert_eq!(with_top("STEPPE WIRE\nENG | РУС | ҚАЗ").outlet.as_deref(), Some("Steppe Wire"));
        assert_eq!(with_top("ДАЛА · Dala Times\nNews  Politics  Economy  World").outlet.as_deref(), Some("Dala Times"));
        assert_eq!(with_top("ДАЛА\nDala Times\nNews | Politics | Economy | World").outlet.as_deref(), Some("Dala Times"));
        // (an agency's name before a hyphen and what it is; a hyphen alone sets nothing apart)
        assert_eq!(with_top("STA - Steppe News Agency | English service\nHome > News > World").outlet.as_deref(), Some("STA"));
        assert_eq!(with_top("Steppe - Wire\nHome > News > World").outlet.as_deref(), Some("Steppe - Wire"));
        assert_eq!(with_top("ORDA - Kazakhstan news\nHome > News > World").outlet.as_deref(), Some("Orda"));
        // (the site's long name and its owner between bars under it are neither headline nor text)
        let a = with_top("Steppe24\nSteppe Twenty-Four Review | Council on Steppe Relations\nAnalysis | Europe | Russia");
        assert_eq!((a.outlet.as_deref(), a.headline.as_deref()), (Some("Steppe24"), Some("Troops leave Almaty as calm returns")));
        // (but a page title with the site's name after a bar is the headline)
        let a = one("Reuters\nKazakhstan Says Russian-Led Troops Will Leave | Reuters\nWorld | Asia Pacific | Business\n\n\
                     The first planes with servicemen landed in Pskov on Thursday evening, officials said.\n");
        assert_eq!(a.headline.as_deref(), Some("Kazakhstan Says Russian-Led Troops Will Leave | Reuters"));
        // (a known agency's own spelling)
        assert_eq!(with_top("TASS - Russian News Agency\nHome > News > World").outlet.as_deref(), Some("TASS"));
        // (a section's banner before the hyphen keeps the headline below it)
        assert_eq!(with_top("World - News\nHome > News > Politics").headline.as_deref(), Some("Troops leave Almaty as calm returns"));
        // (a banner, a label or a columnist's name over the navigation is no site)
        assert_eq!(with_top("BREAKING\nHome > World > Asia").outlet, None);
        assert_eq!(with_top("Most Read\nHome > World > Asia").outlet, None);
        assert_eq!(with_top("Dosym Satpayev\nHome > Opinion > Columns").outlet, None);
        // (no navigation under it, or a place's name: no outlet)
        assert_eq!(with_top("Steppe24\nThe first reports came at night").outlet, None);
        assert_eq!(with_top("ALMATY\nNews | Politics | Economy | World").outlet, None);
        // (a short headline over a breadcrumb, no other headline: no outlet)
        let a = one("Calm Returns\nHome > World\n\nThe first planes with servicemen landed in Pskov on Thursday evening.\n");
        assert_eq!(a.outlet, None);
        // (a US stamp with a 12-hour clock is written month first)
        assert_eq!(with_top("Steppe24\nNews | Politics | Economy | World").published, NaiveDate::from_ymd_opt(2022, 1, 13));
        assert_eq!(one("Steppe24\nNews | World | Sport | Video\n\nTroops leave Almaty as calm returns\n1/12/2022 2:26 PM\n\nThe first planes landed.\n").published, NaiveDate::from_ymd_opt(2022, 1, 12));
    }

    #[test]
    fn a_writers_name_over_a_role_and_handle_or_beside_the_outlet_is_the_byline() {
        let story = "\n\nThe first planes with servicemen landed in Pskov on Thursday evening, officials said.\n";
        let page = format!("Steppe News\nHome | World | Politics | Sport\n\nTroops leave Almaty as calm returns\n\n08/01/2022\nAnn Lee\nDigital Producer\n@annlee{story}");
        assert_eq!(one(&page).authors, ["Ann Lee"]);
        let page = format!("STEPPE COURIER\nWorld\nTroops leave Almaty as calm returns\nAnn Lee · Steppe Courier\nPublished Jan. 14, 2022 6:00 a.m. CST{story}");
        assert_eq!(one(&page).authors, ["Ann Lee"]);
        // (a topic or a newsmaker beside the name is no outlet)
        let page = format!("Steppe News\nHome | World | Politics | Sport\n\nTroops leave Almaty as calm returns\nKassym-Jomart Tokayev | Kazakhstan Unrest\nPublished Jan. 8, 2022{story}");
        assert!(one(&page).authors.is_empty());
        // (a role alone over a handle names no one)
        let page = format!("Troops leave Almaty as calm returns\n\nSteppe Digital Producer\n@steppe{story}");
        assert!(one(&page).authors.is_empty());
    }

    #[test]
    fn a_headline_wrapped_after_a_word_that_cannot_end_it_keeps_its_second_line() {
        let page = "Kazakh leader orders troops to\nshoot without warning\n\nBy Ann Lee\n\n\
                    ALMATY - President Adil Serikbayev said on Friday that troops may fire without warning.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Kazakh leader orders troops to\nshoot without warning"));
        assert!(a.body.starts_with("ALMATY"), "{}", a.body);
        // (a headline ending in a full word keeps its next line out)
        let page = "Kazakh leader orders troops home\nfrom the capital\n\nALMATY - President Adil Serikbayev spoke on Friday.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Kazakh leader orders troops home"));
    }

    #[test]
    fn a_papers_motto_and_a_translators_note_are_no_headlines() {
        let page = "STEPPE DAILY\nDaily Newspaper of the Free Steppe\nSunday, January 9, 2022\nHome > World\n\
                    Troops leave Almaty as calm returns to the city\nALMATY (SD) -- The first planes with servicemen landed in Pskov on Thursday evening.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Troops leave Almaty as calm returns to the city"));
        let page = "Steppe Daily\nTranslated automatically from Kazakh\nHome | Politics | World | Economy\n\
                    Troops leave Almaty as calm returns to the city\n6 - January - 2022\nThe first planes with servicemen landed in Pskov on Thursday evening.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Troops leave Almaty as calm returns to the city"));
        // (unless no other heading can be the headline)
        let page = "Steppe Herald\n\nWeekly newspaper of opposition shut down in Almaty\n\nJanuary 10, 2022\n\n\
                    The first planes with servicemen landed in Pskov on Thursday evening.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Weekly newspaper of opposition shut down in Almaty"));
        let page = "Steppe Herald\nTranslated documents reveal protest plans\nJanuary 10, 2022\n\n\
                    The first planes with servicemen landed in Pskov on Thursday evening.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Translated documents reveal protest plans"));
    }

    #[test]
    fn a_name_that_is_also_a_label_is_an_outlet_only_as_the_first_line() {
        let page = "Steppe Herald\nGlobal News\n\nTroops leave Almaty as calm returns\n\nJanuary 13, 2022\n\n\
                    The first planes with servicemen landed in Pskov on Thursday evening.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("Steppe Herald"));
        let page = "Global News\nWorld\n\nTroops leave Almaty as calm returns\n\nJanuary 13, 2022\n\n\
                    The first planes with servicemen landed in Pskov on Thursday evening.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("Global News"));
    }

    #[test]
    fn a_sites_tagline_is_no_headline_over_the_stamp() {
        let page = "STEPPE LEDGER\nRegional weekly · since 1992\nHome | City | Region | Society\nCity › Society\n\
                    10.01.2022 · 17:25 · Views: 1 846\n\nMarkets reopen after a week of curfew in the city\n\n\
                    Text: Gulnara Seitkali\n\nThe first planes with servicemen landed in Pskov on Thursday evening.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Markets reopen after a week of curfew in the city"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 10));
        // (nor over the site's menu and its stamp: "Online edition of …" / menu / stamp / headline)
        let page = "The Steppe Island\nOnline edition of the steppe's oldest English daily\nFeatures | News | Editorial | Sports\n\n\
                    Wednesday 12th January, 2022\n\nNATO-Russia Council meets as the pull-out date is set\n\n\
                    The first planes with servicemen landed in Pskov on Thursday evening.\n";
        assert_eq!(one(page).headline.as_deref(), Some("NATO-Russia Council meets as the pull-out date is set"));
    }

    #[test]
    fn a_writers_role_under_the_byline_is_no_outlet() {
        let page = "Steppe Review\nPolitics\n12.01.2022 20:01:00\n\nThe peacekeepers will leave, the questions will stay\n\n\
                    Yury Sokolnikov\nColumnist of SR\n\nThe first planes with servicemen landed in Pskov on Thursday evening.\n";
        let a = one(page);
        assert_eq!(a.authors, vec!["Yury Sokolnikov"]);
        assert_ne!(a.outlet.as_deref(), Some("Columnist of SR"));
    }

    #[test]
    fn a_quoted_headline_over_a_standfirst_in_sentences_over_the_byline() {
        // a translated page: its masthead, a section and translator's note, the headline with
        // the paper's own quotation marks, a standfirst written as sentences, the byline
        let page = "BERLINGSKE\nInternationalt · Oversat til engelsk\nDanish foreign ministry: »We are following Kazakhstan hour by hour«\nEighteen Danes have asked for help to leave the country. Russian paratroopers are already in Almaty.\nAf Mette Kjærgaard\nfredag 7. januar 2022 kl. 16.42\n\nThe Danish Ministry of Foreign Affairs has stepped up its crisis preparedness after a week of unrest in Kazakhstan.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Danish foreign ministry: »We are following Kazakhstan hour by hour«"));
        assert_eq!(a.authors, vec!["Mette Kjærgaard".to_owned()]);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 7));
        assert!(a.body.starts_with("Eighteen Danes"), "{}", a.body);
        assert!(!a.body.contains("Oversat"));
        // a German quote opening the headline
        let page = "Kommersant\n\n08.01.2022, 02:11\n\n„Peacekeepers will not take part in operations“\n\nCSTO forces take up guard at Kazakh airports and power stations\n\nThe first units of the peacekeeping force arrived at the airport on Thursday night, the ministry said.\n";
        assert_eq!(one(page).headline.as_deref(), Some("„Peacekeepers will not take part in operations“"));
        // blank lines around the standfirst, the writer's name over their post and the stamp;
        // a site's line above the headline stays no headline
        let page = "The Interpreter\nPublished daily by the Lowy Institute\n\nKazakhstan: a long way from Canberra, but closer than it looks\n\nAustralian miners and grain traders have a stake in how the crisis ends.\n\nErik Lindqvist\nBrussels correspondent\nPublished 2022-01-12 21:40\n\nIt is easy for Australians to treat the turmoil in Kazakhstan as a faraway story. It isn't.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Kazakhstan: a long way from Canberra, but closer than it looks"));
        assert_eq!(a.authors, vec!["Erik Lindqvist".to_owned()]);
        // (a first paragraph opened by its dateline over the stamp is the text)
        let page = "Portuguese in Almaty describe days of silence as troops leave\n\nLisbon, 13 Jan 2022 (Lusa) - The few Portuguese living in Kazakhstan spent the worst days locked in.\n\n13 Jan 2022, 10:48\n\nThey had no internet for five days, they said on Thursday.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Portuguese in Almaty describe days of silence as troops leave"));
        assert!(a.body.starts_with("Lisbon, 13 Jan 2022"), "{}", a.body);
    }

    #[test]
    fn a_factiva_record_gives_its_fields() {
        let page = "Factiva\n\nHD Nato warns Russia as Kremlin prepares Kazakh pullout\nBY Roland Hastings in Brussels\nWC 521 words\nPD 12 January 2022\nSN The Daily Telegraph\nSC DT\nLA English\nCY © Telegraph Media Group Limited 2022\n\nLP\nNato will tell Russia today that it cannot veto the alliance's expansion, its chief said.\n\nTD\nJens Stoltenberg said the alliance would listen to Russia's concerns.\n\nNS gvio : Military Action\nRE kazak : Kazakhstan\nAN Document TEL0000020220112ei1c0001l\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Nato warns Russia as Kremlin prepares Kazakh pullout"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 12));
        assert_eq!(a.authors, vec!["Roland Hastings".to_owned()]);
        assert_eq!(a.outlet.as_deref(), Some("The Daily Telegraph"));
        assert!(a.body.starts_with("Nato will tell Russia"), "{}", a.body);
        assert!(a.body.trim_end().ends_with("Russia's concerns."), "{}", a.body);
    }

    #[test]
    fn an_aggregators_items_under_their_sources_are_articles() {
        let page = "NewsNow\nKazakhstan News\n\nRussian-led troops begin leaving Kazakhstan\nEurasia Wire Service  |  13 Jan 16:22\nColumns of CSTO armoured vehicles left Almaty on Thursday, a week after the alliance arrived.\n\nOSCE talks in Vienna end without a breakthrough\nDanube Daily  |  13 Jan 15:58\nPoland's foreign minister told the OSCE Permanent Council that Europe faced a danger of war.\n\nAlmaty airport reopens to domestic flights\nSteppe Travel Monitor  |  13 Jan 14:47\nAlmaty's international airport resumed domestic services on Thursday morning.\n";
        let articles = segment(page);
        assert_eq!(articles.len(), 3, "{articles:#?}");
        assert_eq!(articles[1].headline.as_deref(), Some("OSCE talks in Vienna end without a breakthrough"));
        assert_eq!(articles[1].outlet.as_deref(), Some("Danube Daily"));
        assert_eq!(articles[2].published, NaiveDate::from_ymd_opt(2022, 1, 13));
        // (each item is of its own day, whatever the page's stamp says)
        let page = page.replace("Kazakhstan News\n", "Kazakhstan News\nUpdated 16:40 GMT Thursday 13 January 2022\n").replace("13 Jan 15:58", "11 Jan 15:58");
        assert_eq!(segment(&page)[1].published, NaiveDate::from_ymd_opt(2022, 1, 11));
        assert!(articles[0].body.starts_with("Columns of CSTO"), "{}", articles[0].body);
    }

    #[test]
    fn a_headline_over_a_standfirst_over_the_byline() {
        let page = "Kazakhstan crisis is a warning for Ukraine, Kyiv officials say\n\n\
                    Reznikov: Russia could use peacekeeping template near Ukraine\n\n\
                    by Iryna Kovalchuk\nJanuary 8, 2022 9:41 pm\n\n\
                    Ukrainian officials said the deployment shows how quickly the Kremlin can move troops.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Kazakhstan crisis is a warning for Ukraine, Kyiv officials say"));
        assert!(a.body.starts_with("Reznikov: Russia could use"), "{}", a.body);
        assert_eq!(a.authors, vec!["Iryna Kovalchuk"]);
        let page = "Tokayev says CSTO mission over, names new PM as it happened\n\n\
                    Kazakhstan's president tells parliament the troops will begin leaving in two days\n\n\
                    Rory Callan (now) and Sophie Marr (earlier)\nTue 11 Jan 2022 18.02 GMT\n\n\
                    The president said on Tuesday that the troops would leave in two days.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Tokayev says CSTO mission over, names new PM as it happened"));
        // a publisher's name above the headline is not the headline
        let page = "The Ministry of Foreign Affairs of the Russian Federation\n\n\
                    Comment by the Information and Press Department on the statement by the Secretary of State\n\n\
                    8 January 2022 - 14:37\n\n1. We have taken note of the remarks made by the Secretary of State on 7 January.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Comment by the Information and Press Department on the statement by the Secretary of State"));
        assert_eq!(a.outlet.as_deref(), Some("The Ministry of Foreign Affairs of the Russian Federation"));
        // a site's title with furniture between it and the headline is not a headline
        let page = "Official Website of the President of the Republic of Kazakhstan\nHome > Press Service > Events\n\n\
                    Head of State takes part in the extraordinary session of the Council\n\n10 January 2022, 14:20\n\n\
                    Head of State Kassym-Jomart Tokayev took part today in the extraordinary session of the Council.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Head of State takes part in the extraordinary session of the Council"));
    }

    #[test]
    fn a_newsletter_of_stories_under_headings_and_bylines() {
        let page = "View in browser\n\nTHE STEPPE LETTER | Wednesday, 12 January 2022\n\nHi there,\n\n\
                    Welcome back. Today we have two stories for you about the week in the region.\n\n\
                    Troops begin packing up in Almaty\nBy Dana Yessenova\n\n\
                    The ministry said on Wednesday that the peacekeepers had begun preparing to leave.\n\n\
                    Read the full story →\n\n\
                    Masimov charged with high treason\nBy Arman Zhakupov\n\n\
                    The committee said its former chairman now faces a charge of high treason.\n\n\
                    Thanks for reading. See you on Friday.\n";
        let articles = segment(page);
        let heads: Vec<_> = articles.iter().map(|a| (a.headline.as_deref(), a.authors.clone(), a.published)).collect();
        let day = NaiveDate::from_ymd_opt(2022, 1, 12);
        assert_eq!(heads, [
            (Some("Troops begin packing up in Almaty"), vec!["Dana Yessenova".to_owned()], day),
            (Some("Masimov charged with high treason"), vec!["Arman Zhakupov".to_owned()], day),
        ]);
        assert!(articles.iter().all(|a| a.outlet.as_deref() == Some("The Steppe Letter")));
        assert_eq!(articles[0].body, "The ministry said on Wednesday that the peacekeepers had begun preparing to leave.");
        assert_eq!(articles[1].body, "The committee said its former chairman now faces a charge of high treason.");
    }

    #[test]
    fn a_wire_feed_of_datelined_items_is_one_article_an_item() {
        let page = "NEWSWIRE\nRegional General Newswire\n\n\
                    Police detain 400 in the capital\n\
                    RIGA. Mar 8 (Interfax) - Police have detained some 400 people, the ministry said on Saturday.\n\
                    The ministry said order had been restored.\n\
                    ak ms\n\n\
                    Minister resigns after protests\n\
                    TALLINN. Mar 9 (Interfax) - The interior minister resigned on Sunday, the government said.\n\
                    vb ak\n\n\
                    All information is the property of Interfax. Reproduction without reference to Interfax is prohibited.\n";
        let articles = segment(page);
        let heads: Vec<_> = articles.iter().map(|a| (a.headline.as_deref(), a.dateline.as_deref(), a.outlet.as_deref())).collect();
        assert_eq!(heads, [
            (Some("Police detain 400 in the capital"), Some("RIGA"), Some("Interfax")),
            (Some("Minister resigns after protests"), Some("TALLINN"), Some("Interfax")),
        ]);
        assert_eq!(articles[1].body, "TALLINN. Mar 9 (Interfax) - The interior minister resigned on Sunday, the government said.");
        // one datelined story under its headline stays one article
        let page = "Police detain 400 in the capital\n\
                    RIGA, Mar 8 (Reuters) - Police have detained some 400 people, the ministry said on Saturday.\n\n\
                    Minister under pressure\n\
                    The interior minister faced calls to resign on Sunday, the government said.\n";
        assert_eq!(segment(page).len(), 1);
    }

    #[test]
    fn a_blog_names_its_site_over_a_tagline_and_posts_with_a_writer() {
        let page = "Baltic Notes\nLife, food and politics from Riga\n\nThree days without trams: what I saw in Riga\n\
                    Posted on March 8, 2023 by Anna Berzina\n\n\
                    I am writing this from a café on Brivibas Street that has a working connection for the first time since Monday.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Three days without trams: what I saw in Riga"));
        assert_eq!(a.outlet.as_deref(), Some("Baltic Notes"));
        assert_eq!(a.authors, ["Anna Berzina"]);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2023, 3, 8));
        assert!(a.body.starts_with("I am writing"), "{}", a.body);
    }

    #[test]
    fn a_headline_under_a_section_or_site_name_is_no_tagline() {
        let page = "Opinion\nWhy the region matters to its neighbours\n\nThe Quick Intervention Sent A Message To The Region\nMarch 12, 2023\n\n\
                    The troops arrived within a day, and the message was heard in every capital of the region.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Why the region matters to its neighbours"));
    }

    #[test]
    fn the_place_under_a_header_stamp_is_the_dateline() {
        let page = "Meeting of the Security Council of the Republic\nMarch 10, 2023\n15:40\nThe Kremlin, Moscow\n\n\
                    The president held a meeting with the permanent members of the Security Council on Friday.\n";
        assert_eq!(one(page).dateline.as_deref(), Some("The Kremlin, Moscow"));
        let page = "Address by the Chairperson to the Permanent Council\n\nVienna, 13 March 2023\n\n\
                    Mr. Chair, distinguished colleagues, I thank you for the opportunity to speak today.\n";
        assert_eq!(one(page).dateline.as_deref(), Some("Vienna"));
        let page = "Press briefing notes on the region\n\nSpokesperson: Ann Lee\nLocation: Geneva\nDate: 11 March 2023\n\n\
                    We are deeply concerned about the reports of arrests in the capital over the past week.\n";
        assert_eq!(one(page).dateline.as_deref(), Some("Geneva"));
        // a heading that is no place, under a stamp, is none
        let page = "Meeting of the Security Council of the Republic\nMarch 10, 2023\nTalks Resume\n\n\
                    The president held a meeting with the permanent members of the Security Council on Friday.\n";
        assert_eq!(one(page).dateline, None);
    }

    #[test]
    fn numbered_items_and_a_tickers_datelined_items_are_articles() {
        let review = "PRESS REVIEW No. 6/2023\nWednesday, 8 March 2023\n\n\
                      1. Port strike spreads to three more cities, union says\n\nDock workers walked out in three more ports on Tuesday, the union said.\n\n\
                      2. Government offers talks with the dockers next week\n\nThe transport ministry said it was ready to meet the union on Monday.\n\n\
                      3. Exporters warn of losses as cargo piles up at the docks\n\nGrain exporters said the strike was costing them millions a day.\n";
        let articles = segment(review);
        let headlines: Vec<_> = articles.iter().map(|a| a.headline.as_deref().unwrap_or("")).collect();
        assert_eq!(headlines[0], "Port strike spreads to three more cities, union says");
        assert_eq!(articles.len(), 3);
        // (a writer's newsletter numbers its sections: one article)
        let newsletter = format!("The Daily Brief\nThursday, March 9, 2023\nby Ann Lee\n\nThis is the daily brief on the news that matters most today.\n\n{}", review.split_once("\n\n").map_or("", |(_, rest)| rest));
        assert_eq!(segment(&newsletter).len(), 1);
        // (nor a story's numbered list under its dateline and lede)
        let story = "Protesters list their demands to the government\n\n\
                     ALMATY, Jan 6 (Reuters) - Protesters in Almaty issued a list of demands on Thursday. They were:\n\n\
                     1. The government must resign immediately\n\nThe cabinet was dismissed the next day by the president.\n\n\
                     2. Fuel prices must return to last year's level\n\nThe price cap was restored for six months on Thursday.\n\n\
                     3. The elderly leader must leave politics for good\n\nHe kept his post at the council for another week.\n";
        let articles = segment(story);
        assert_eq!((articles.len(), articles[0].dateline.as_deref()), (1, Some("ALMATY")));
        // (a figure's decimal point is no clock)
        let page = "2.5 Million Kazakhs Lose Internet Access as Unrest Grows\n\nConnectivity collapsed across the country on Wednesday, monitors said.\n";
        assert_eq!(one(page).headline.as_deref(), Some("2.5 Million Kazakhs Lose Internet Access as Unrest Grows"));
        // (a bulletin's items each under their own stamp; a live blog's entries stay one article)
        let items = "13.03.2023 | 11:05\nPort strike spreads to three more cities, union says\n\nDock workers walked out in three more ports on Tuesday, the union said.\n\n\
                     13.03.2023 | 12:20\nGovernment offers talks with the dockers next week\n\nThe transport ministry said it was ready to meet the union on Monday.\n\n\
                     13.03.2023 | 14:35\nExporters warn of losses as cargo piles up at the docks\n\nGrain exporters said the strike was costing them millions a day.\n";
        assert_eq!(segment(&format!("DAILY BULLETIN\n13.03.2023\n\n{items}")).len(), 3);
        assert_eq!(segment(&format!("Port strike: the day as it happened\n13.03.2023\n\n{items}")).len(), 1);
        // (a speech's numbered section labels are no items)
        let speech = "The Speech, Annotated\nMarch 9, 2023\n\n1. The attack\n\nThe president began with the attack on the city.\n\n\
                      2. The strike\n\nHe turned to the strike at the docks.\n\n3. The talks\n\nHe ended with the talks.\n";
        assert_eq!(segment(speech).len(), 1);
        let ticker = "NEWS TICKER | Wednesday 08/03/2023\n\n\
                      19:42  PORT STRIKE SPREADS TO THREE MORE CITIES\nROTTERDAM 08/03 (BELGA) - Dock workers in three more ports walked out on Tuesday.\n\n\
                      18:55  MINISTRY OFFERS TALKS WITH THE DOCKERS\nBRUSSELS 08/03 (BELGA/AFP) - The transport ministry said it was ready to meet the union.\n";
        let articles = segment(ticker);
        assert_eq!(articles.iter().map(|a| a.headline.as_deref().unwrap_or("")).collect::<Vec<_>>(), ["PORT STRIKE SPREADS TO THREE MORE CITIES", "MINISTRY OFFERS TALKS WITH THE DOCKERS"]);
        assert_eq!(articles[1].dateline.as_deref(), Some("BRUSSELS"));
    }

    #[test]
    fn a_section_repeated_from_the_menu_over_the_stamp_is_no_headline() {
        let page = "HARBOUR INSTITUTE\nAnalytics and comments | Projects | Events | Experts\nVersion for the visually impaired\n\nAnalytics and comments\n\n\
                    March 12, 2023\n\nAfter the strike: what the ports learned\n\n\
                    The strike at the docks ended on Friday after a week, and the ports are counting the cost.\n";
        assert_eq!(one(page).headline.as_deref(), Some("After the strike: what the ports learned"));
    }

    #[test]
    fn the_site_over_its_menus_is_the_outlet_of_an_agencys_copy() {
        let page = "Harbour Times\nHarbour   Europe   World   Business   Sport\nWorld\n\nPort strike spreads to three more cities\nReuters\n12.03.2023 · 18:36\n\n\
                    Dock workers walked out in three more ports on Tuesday, the union said in a statement.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("Harbour Times"));
        // (with no menus under it, the first line is no site: the agency is the outlet)
        let page = "Port strike spreads to three more cities\nReuters\n12.03.2023 · 18:36\n\n\
                    Dock workers walked out in three more ports on Tuesday, the union said in a statement.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_stamp_without_its_year_or_a_breadcrumbs_day_dates_the_page() {
        let page = "Finland watched the talks closely\n\nSanna Virtanen\n13.1. 18:20 | Updated 13.1. 20:05\n\n\
                    The talks between Russia and the West were followed with more than usual attention here.\n";
        assert_eq!(one(page).published, NaiveDate::from_ymd_opt(2022, 1, 13));
        // (a time in the text is no stamp: "January 14 at 6:00 pm" between paragraphs)
        let page = "Almaty extends the curfew\n\nThe city akimat said on Wednesday that the curfew would stay until Friday.\n\n\
                    January 14 at 6:00 pm\n\nThe curfew will then be reviewed, the akimat said in its statement.\n";
        assert_eq!(one(page).published, None);
        // (a day alone may be a live blog's heading: no stamp)
        let page = "Finland watched the talks closely\n\n13 Jan\n\nThe talks between Russia and the West were followed with attention.\n";
        assert_eq!(one(page).published, None);
        let page = "Suspilne News\nHome / News feed / 13 January 2022\n\nFinland watched the talks closely\n\n\
                    The talks between Russia and the West were followed with more than usual attention here.\n";
        assert_eq!(one(page).published, NaiveDate::from_ymd_opt(2022, 1, 13));
    }

    #[test]
    fn a_reviews_or_feeds_headlines_straight_over_their_text_are_articles() {
        let items = "Port strike spreads to three more cities\nDock workers walked out in three more ports on Tuesday, the union said in a statement.\n\n\
                     Government offers talks with the dockers\nThe transport ministry said it was ready to meet the union on Monday morning.\n\n\
                     Exporters warn of losses as cargo piles up\nGrain exporters said the strike was costing them millions of euros a day.\n";
        let review = format!("Top news of the day\n13 MAR, 21:30\n\n{items}");
        let articles = segment(&review);
        let headlines: Vec<_> = articles.iter().map(|a| a.headline.as_deref().unwrap_or("")).collect();
        assert_eq!(headlines, ["Port strike spreads to three more cities", "Government offers talks with the dockers", "Exporters warn of losses as cargo piles up"]);
        // (a feed's clock over each; its title before a colon)
        let clocked = items.replace("Port strike", "21:47\nPort strike").replace("Government", "19:20\nGovernment").replace("Exporters", "16:05\nExporters");
        let feed = format!("Main news of the day: strike spreads, talks offered\nSaturday, 11 March 2023\n\n{clocked}");
        let articles = segment(&feed);
        assert_eq!(articles.len(), 3);
        assert!(!articles[0].body.contains("19:20"), "{}", articles[0].body);
        // (a page whose title names no digest is one story with sections; so is a compiler's
        // newsletter, and a page whose digest word is one of its menu's items)
        assert_eq!(segment(&format!("The strike, explained\n13 March 2023\n\n{items}")).len(), 1);
        assert_eq!(segment(&format!("Weekend Digest\nCompiled by Ann Lee\n13 March 2023\n\n{items}")).len(), 1);
        assert_eq!(segment(&format!("Home   World   Digest   Opinion\nThe strike, explained\n13 March 2023\n\n{items}")).len(), 1);
        // (a print column's rubric over each headline, an agency's credit closing each text)
        let column = "WORLD | IN BRIEF\nFriday, March 10, 2023\n\nNETHERLANDS\nPort strike spreads\nROTTERDAM – Dock workers walked out in three more ports yesterday. [Reuters]\n\n\
                      BELGIUM\nMinistry offers talks\nBRUSSELS – The transport ministry said it was ready to meet the union on Monday. [AFP]\n\n\
                      FRANCE\nExporters warn of losses\nPARIS – Grain exporters said the strike was costing them millions a day. [AP]\n";
        let articles = segment(column);
        let headlines: Vec<_> = articles.iter().map(|a| a.headline.as_deref().unwrap_or("")).collect();
        assert_eq!(headlines, ["Port strike spreads", "Ministry offers talks", "Exporters warn of losses"]);
        assert!(!articles[0].body.contains("BELGIUM"), "{}", articles[0].body);
        // (nor an explainer whose title says "brief", a box's "Summary", or a section's "Top news"
        // over one story's headline and stamp)
        assert_eq!(segment(&format!("The strike: a brief guide to what happened\n13 March 2023\n\n{items}")).len(), 1);
        assert_eq!(segment(&format!("What the strike means\n13 March 2023\n\nSummary\n\n{items}")).len(), 1);
        let story = segment(&format!("Top news\n\nPort strike cripples trade\n13 March 2023\n\n{items}"));
        assert_eq!((story.len(), story[0].headline.as_deref()), (1, Some("Port strike cripples trade")));
        // (a clock with its time zone over each item)
        let zoned = clocked.replace("21:47", "21:47 GMT+3").replace("19:20", "19:20 GMT+3").replace("16:05", "16:05 GMT+3");
        assert_eq!(segment(&format!("News feed\nSaturday, 11 March 2023\n\n{zoned}")).len(), 3);
    }

    #[test]
    fn the_dateline_under_summary_bullets_or_a_long_standfirst() {
        let page = "Port strike spreads as talks stall\nBy Ann Lee\nMarch 8, 2023 6:41 PM GMT\n\n                    * Dockers walk out in three more ports\n* Union says talks have stalled\n\n                    (Adds union comments, details on cargo)\n\n                    ROTTERDAM/ANTWERP, March 8 (Reuters) - Dock workers in three more ports walked out on Wednesday, the union said.\n";
        let article = one(page);
        assert_eq!((article.dateline.as_deref(), article.outlet.as_deref()), (Some("ROTTERDAM/ANTWERP"), Some("Reuters")));
        assert!(!article.body.contains("(Adds union"), "{}", article.body);
        let standfirst = "By answering the call within hours, the alliance has shown its neighbours, and everyone else who was watching the                           last week closely, what its membership really means in a crisis. The lesson will not be lost on the smaller states                           of the region, whose leaders watched the airlift with a mixture of relief and unease.";
        let page = format!("The Alliance Dividend\n\n{standfirst}\n\nWARSAW – When the president appealed to the alliance, few expected an answer before the weekend.\n");
        assert_eq!(one(&page).dateline.as_deref(), Some("WARSAW"));
        // (under a photo's caption kept in the text: the next lines may open with the place)
        let page = "Leader says troops will leave\nBy Ann Lee\nJanuary 11, 2022\n\n\
                    Paratroopers guard an airfield outside the city on Jan. 8. (Defence Ministry Press Service)\n\n\
                    MOSCOW — The president told lawmakers on Tuesday that the force would begin to leave in two days.\n";
        assert_eq!(one(page).dateline.as_deref(), Some("MOSCOW"));
        // (not a roundup's section under its opening paragraph)
        let page = "World reacts to the unrest\nBy Ann Lee\nJanuary 8, 2022\n\n\
                    Governments around the world reacted on Friday to the unrest in the country.\n\
                    The UN called for calm.\n\
                    MOSCOW — Russia said its troops would stay as long as they were needed.\n";
        assert_eq!(one(page).dateline, None);
        // (a label in capitals is no place: "UPDATE -", "EXCLUSIVE –")
        let page = format!("The Alliance Dividend\n\n{standfirst}\n\nUPDATE – The ministry said 26 people had been killed in the riots on Thursday.\n");
        assert_eq!(one(&page).dateline, None);
        // (a place in title case needs the short standfirst)
        let page = format!("The Alliance Dividend\n\n{standfirst}\n\nWarsaw – When the president appealed to the alliance, few expected an answer before the weekend.\n");
        assert_eq!(one(&page).dateline, None);
    }

    #[test]
    fn a_page_of_stories_names_its_publisher_above_the_first() {
        let page = "Baltic Ledger - Riga Desk\nNews from the Baltic states\n\n\
                    Talks end without a deal\nBy Ann Lee\n\nNegotiators ended the talks in Riga on Thursday without a deal.\n\n\
                    Police detain 40 in Tallinn\nBy Tom Kask\n\nPolice detained 40 people in Tallinn on Wednesday, the ministry said.\n";
        let articles = segment(page);
        assert_eq!(articles.len(), 2);
        assert!(articles.iter().all(|a| a.outlet.as_deref() == Some("Baltic Ledger")), "{articles:?}");
        // a greeting opening a newsletter names no one
        let page = "Hello readers,\n\nToday we have two stories for you about the week in the region.\n\n\
                    Talks end without a deal\nBy Ann Lee\n\nNegotiators ended the talks in Riga on Thursday without a deal.\n\n\
                    Police detain 40 in Tallinn\nBy Tom Kask\n\nPolice detained 40 people in Tallinn on Wednesday, the ministry said.\n";
        assert!(segment(page).iter().all(|a| a.outlet.is_none()));
    }

    #[test]
    fn a_wire_dateline_before_a_colon_names_the_agency() {
        let page = "Factbox: World reacts to the deployment\n\nBy Reuters Staff\nJanuary 6, 2022 6:18 PM UTC\n\n\
                    Jan 6 (Reuters) - A Russia-led alliance began sending troops. Here is how governments reacted:\n\n\
                    * RUSSIA: The Kremlin said it was in constant contact with Nur-Sultan.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("Reuters"));
    }

    #[test]
    fn the_author_note_closing_the_text_is_not_text() {
        let page = "Tokayev Steps Out Of The Shadow\n\nThe president said on Tuesday that the troops would leave.\n\n\
                    Daniyar Kassenov is a journalist based in Almaty.\n";
        assert_eq!(one(page).body, "The president said on Tuesday that the troops would leave.");
        // in the text, such a sentence stays
        let page = "Tokayev Steps Out Of The Shadow\n\nDaniyar Kassenov is a journalist based in Almaty.\n\n\
                    The president said on Tuesday that the troops would leave.\n";
        assert!(one(page).body.starts_with("Daniyar Kassenov is a journalist"));
        let page = "Tokayev Steps Out Of The Shadow\n\nThe president said on Tuesday that the troops would leave.\n\n\
                    He is a journalist, his wife said, and he was detained on Thursday.\n";
        assert!(one(page).body.ends_with("he was detained on Thursday."));
    }

    #[test]
    fn a_section_label_with_bars_is_not_the_headline() {
        let page = "Opinion | Central Asia\n\n\
                    The peacekeepers have handed Putin a template. The west should notice\n\n\
                    Moscow answered the call within hours and the speed of the operation should worry Europe\n\n\
                    Tokayev says the withdrawal will begin on Thursday and take ten days, and I believe him.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("The peacekeepers have handed Putin a template. The west should notice"));
        assert!(!a.body.contains("Opinion"), "{}", a.body);
    }

    #[test]
    fn a_papers_series_number_is_no_headline_over_its_title() {
        let page = "HARBOUR SECURITY MONITOR\nBriefing Paper No. 1/2022\n\
                    The Gas Crisis: Prices, Protests and the Army Deployment\n\
                    Ann Lee and Piotr Nowak\n14 March 2021\n\n\
                    Between 2 and 11 March the country went through the most serious crisis since independence.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("The Gas Crisis: Prices, Protests and the Army Deployment"));
        assert_eq!(a.authors, ["Ann Lee", "Piotr Nowak"]);
    }

    #[test]
    fn a_tagline_right_under_the_sites_name_is_no_headline() {
        let page = "Harbour Wire\nCoastal News Agency\n\nHome  >  World  >  Asia\n\n\
                    Ministers agree to meet again as gas talks stall\n\n\
                    HAVANA, March 8 (Harbour Wire) The ministers met on Monday and agreed on nothing at all.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Ministers agree to meet again as gas talks stall"));
        assert!(!a.body.contains("Coastal News Agency"), "{}", a.body);
    }

    #[test]
    fn an_editors_note_in_square_brackets_is_no_headline() {
        let page = "[Machine translation from German – original: \"Gasgespräche ohne Ergebnis\"]\n\n\
                    Status: 09.03.2021 16:12\n\nGas talks\nMinisters agree to meet again as gas talks stall\n\n\
                    The ministers met on Monday and agreed on nothing at all, officials said.\n";
        // (a form's field holding a code is no headline)
        let form = "Information Bulletin\nHarbour: Civil Unrest\n\nGlide n°: OT-2021-000004-HAR\nDate of issue: 10 March 2021\n\n\
                    Protests over a sharp rise in the price of gas began in the port on 2 March and spread fast.\n";
        assert_eq!(one(form).headline.as_deref(), Some("Harbour: Civil Unrest"));
        assert_eq!(one(form).published, NaiveDate::from_ymd_opt(2021, 3, 10));
        // (the kicker of three words over it is no headline either)
        assert_eq!(one(page).headline.as_deref(), Some("Ministers agree to meet again as gas talks stall"));
        // a headline of four words over its subtitle stays the headline
        let page = "Harbour Notes\nThe week the port closed\nFive days, three ministers and one strike: what I saw\n\n\
                    Good morning from a cold harbour. This issue is longer than usual, because the week was.\n";
        assert_eq!(one(page).headline.as_deref(), Some("The week the port closed"));
    }

    #[test]
    fn review_cases_of_headlines_that_stay_headlines() {
        let text = "\n\nThe president said on Friday that he had ordered the army to fire without any warning.\n";
        for headline in ["Tokayev signs Decree No. 153", "PROTESTERS DEFY EURASIAN UNION", "Tokayev Blames  Foreign Terrorists  For Unrest  In Almaty"] {
            assert_eq!(one(&format!("{headline}{text}")).headline.as_deref(), Some(headline));
        }
        // a three-word headline over its subtitle, and a tagline over a headline and its points
        let page = "Tokayev sacks government\nPresident accepts cabinet resignation as fuel protests spread\n\n\
                    Nur-Sultan, January 5 - The president said he had accepted the resignation of the government.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Tokayev sacks government"));
        let page = "Central Asia news and analysis since 1999\n\nTokayev orders troops to shoot without warning\n\
                    President says 20,000 bandits attacked Almaty\nRussian-led troops now guard key sites\n7 January 2022\n\n\
                    The president said on Friday that he had ordered the army to fire without any warning.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Tokayev orders troops to shoot without warning"));
        // a writer's place beside the name is no outlet
        let page = "Talks in Geneva leave the allies uneasy\nAnn Lee | Almaty · 7 January 2022\n\n\
                    The ministers met on Monday to discuss gas prices and agreed on nothing at all.\n";
        assert_eq!(one(page).outlet, None);
    }

    #[test]
    fn a_brief_titled_by_its_date_is_published_that_day() {
        let a = one("Morning Brief: 13 January 2022\n\nNATO and Russia ended four hours of talks in Brussels without agreement.\n");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 13));
        let a = one("Talks set for January 10, 2022 in Geneva\n\nDiplomats will meet at the mission after weeks of tension.\n");
        assert_eq!(a.published, None);
    }

    #[test]
    fn an_emailed_newsletters_sender_is_its_outlet_unless_a_person_or_a_desk() {
        let page = |from: &str| {
            format!(
                "From: {from}\nTo: subscriber@example.org\nSubject: The week: Geneva, Brussels, Vienna\nDate: Fri, 14 Jan 2022 17:30:05 +0100\n\n\
                 Good evening from Brussels. Three rounds of talks in four days ended without a breakthrough, officials said.\n"
            )
        };
        assert_eq!(one(&page("Rond-Point Weekly <newsletter@rondpoint-weekly.eu>")).outlet.as_deref(), Some("Rond-Point Weekly"));
        assert_eq!(one(&page("Claire Dumont <claire@example.org>")).outlet, None);
        assert_eq!(one(&page("Press Office <press@example.org>")).outlet, None);
    }

    #[test]
    fn a_blogs_archive_dates_each_post_by_its_own_byline() {
        let page = "LANKA EVENING WIRE\nSri Lanka's news, every evening\nHome | Local | Business | World\n\n\
                    World Roundup: Troops start to leave Kazakhstan\nPosted by Dilani Fernando on January 13, 2022 at 8:45 pm\n\
                    The Russian-led force sent to Kazakhstan began pulling out on Thursday, a week after it arrived.\nRead more »\n\n\
                    World Roundup: NATO and Russia meet in Brussels\nPosted by Nimal Jayawardena on January 12, 2022 at 9:10 pm\n\
                    NATO and Russian officials met in Brussels on Wednesday for the first council in two years.\nRead more »\n";
        let articles = segment(page);
        let found: Vec<(Option<&str>, Option<NaiveDate>, Vec<String>)> =
            articles.iter().map(|a| (a.headline.as_deref(), a.published, a.authors.clone())).collect();
        assert_eq!(
            found,
            [
                (Some("World Roundup: Troops start to leave Kazakhstan"), NaiveDate::from_ymd_opt(2022, 1, 13), vec!["Dilani Fernando".to_owned()]),
                (Some("World Roundup: NATO and Russia meet in Brussels"), NaiveDate::from_ymd_opt(2022, 1, 12), vec!["Nimal Jayawardena".to_owned()]),
            ]
        );
    }

    #[test]
    fn a_periodicals_spaced_issue_line_dates_it_and_a_lone_dateline_places_it() {
        let page = "THE UNION LIGHT\nVol. IX, No. 273    12 January 2022    Wednesday    10th Waxing of Pyatho 1383 ME\n\
                    NATIONAL | LOCAL | BUSINESS | WORLD | OPINION\n\nMyanmar supports Kazakhstan's efforts to restore stability\n\n\
                    Nay Pyi Taw, 11 Jan —\n\nThe Ministry of Foreign Affairs issued a statement today on the situation in Kazakhstan.\n";
        let a = one(page);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 12));
        assert_eq!(a.dateline.as_deref(), Some("Nay Pyi Taw"));
        // (a spaced line of other fields is no stamp)
        assert_eq!(page::issue_line_date("Vol. IX, No. 273    12 January 2022    Read our e-paper today"), None);
    }

    #[test]
    fn day_headings_of_a_live_blog_stay_in_the_body() {
        let page = "LIVE: Talks in Geneva\n\nUpdated 13 January 2022\n\nOur live coverage of the talks between the two delegations.\n\n\
                    Thursday, 13 January 2022\n\n16:40 GMT — Talks end\nThe envoys met for four hours on the last day.\n\n\
                    Wednesday, 12 January 2022\n\n09:05 GMT — Council meets\nThe council met for the first time in two years.\n";
        let a = one(page);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 13));
        assert!(a.body.contains("Thursday, 13 January 2022\n16:40 GMT"), "{}", a.body);
        assert!(a.body.contains("Wednesday, 12 January 2022\n09:05 GMT"), "{}", a.body);
        // one day printed twice under the standfirst is the page's stamp, not a heading
        let page = "Troops ordered to fire\n\nTokayev rejects calls for talks with protesters as forces arrive.\n\n\
                    Published On 7 Jan 2022\n7 Jan 2022\n\nThe president said he had given the order on Friday.\n";
        let a = one(page);
        assert!(!a.body.contains("7 Jan 2022"), "{}", a.body);
        // a chronology's lead-in opens the text before its first day heading
        let page = "Chronology of the crisis\n\nALMATY, Jan 12 (Reuters) - Following is a chronology of the main events:\n\n\
                    Wednesday, 5 January 2022\n- The president dismissed the government.\n\n\
                    Thursday, 6 January 2022\n- The first foreign troops landed in Almaty.\n";
        let a = one(page);
        assert!(a.body.contains("Wednesday, 5 January 2022\n- The president"), "{}", a.body);
        assert!(a.body.contains("Thursday, 6 January 2022\n- The first"), "{}", a.body);
    }

    #[test]
    fn offsets_locate_the_article_in_the_document() {
        let page = "Storm hits the coast\n\nThe storm reached the coast at dawn, officials said.\n";
        let a = one(page);
        let located: String = page.chars().skip(a.doc_start).take(a.doc_end - a.doc_start).collect();
        assert!(located.starts_with("Storm hits the coast") && located.ends_with("officials said."), "{located}");
    }

    #[test]
    fn teaser_block_is_cut_to_the_end() {
        let page = "Storm hits the coast\n\nThe storm reached the coast at dawn, officials said.\n\nRelated\nSome Outlet\n\n\
                    Another story about rain\n\nIt rained a lot in the hills yesterday, said a farmer.\n";
        let a = one(page);
        assert_eq!(a.body, "The storm reached the coast at dawn, officials said.");
    }

    #[test]
    fn text_resumes_after_a_mid_page_teaser_block() {
        let page = "Storm hits the coast\n\nThe storm reached the coast at dawn, officials said.\n\nRelated coverage\n\
                    Floods close the airport\nRain to continue, forecasters say\n\n\
                    Power was cut to ten thousand homes overnight, the utility said.\n\n\
                    Crews worked through the night to restore the lines.\n\n\
                    Schools will stay closed on Friday, the mayor said.\n";
        let a = one(page);
        assert_eq!(
            a.body,
            "The storm reached the coast at dawn, officials said.\nPower was cut to ten thousand homes overnight, the utility said.\n\
             Crews worked through the night to restore the lines.\nSchools will stay closed on Friday, the mayor said."
        );
    }

    #[test]
    fn teaser_list_with_snippets_runs_to_the_end() {
        let mut page = String::from("Storm hits the coast\n\nThe storm reached the coast at dawn, officials said.\n\nRelated\n");
        for n in 0..4 {
            page.push_str(&format!(
                "Some Outlet {n}\n\nHeadline number {n} about rain\n\nA snippet of story {n} that reads like running text here.\nWEATHER\n"
            ));
        }
        page.push_str("Outlet\n\nWill it rain again?\n\nA snippet that reads like running text, ending here.\n\n\
                       Another snippet that reads like running text, ending here.\n");
        assert_eq!(one(&page).body, "The storm reached the coast at dawn, officials said.");
    }

    #[test]
    fn headline_is_the_first_substantial_header_line() {
        let page = "World\n\nStorm hits the coast\n\nResidents flee as rivers rise across the whole southern region\n\n\
                    The storm reached the coast at dawn, officials said.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Storm hits the coast"));
        assert!(a.body.starts_with("Residents flee as rivers rise"), "{}", a.body);
        assert!(!a.body.contains("World"));
    }

    #[test]
    fn section_headings_stay_but_teaser_links_go() {
        let page = "Storm hits the coast and floods two towns\n\nThe storm reached the coast at dawn, officials said.\n\n\
                    Rivers burst their banks\n\nTwo rivers flooded the lower town by noon, residents said.\n\n\
                    Last year's drought left farmers struggling\n\n\
                    Schools closed early\n\nAll schools in the region closed at midday, the mayor said.\n\n\
                    Why storms are getting stronger\n\nScientists explain what is changing in the oceans.\n\n\
                    Why storms are getting stronger\n";
        let a = one(page);
        assert_eq!(
            a.body,
            "The storm reached the coast at dawn, officials said.\nRivers burst their banks\n\
             Two rivers flooded the lower town by noon, residents said.\nSchools closed early\n\
             All schools in the region closed at midday, the mayor said."
        );
    }

    #[test]
    fn page_title_and_its_repeat_without_site_suffix() {
        let page = "Storm hits the coast and cuts power to thousands | Example News\n\n\
                    Storm hits the coast and cuts power to thousands\n\nThe storm reached the coast at dawn, officials said.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Storm hits the coast and cuts power to thousands | Example News"));
        assert_eq!(a.body, "The storm reached the coast at dawn, officials said.");
    }

    #[test]
    fn footer_labels_after_the_text_are_removed() {
        let page = "Storm hits the coast\n\nThe storm reached the coast at dawn, officials said.\nWeather\nEurope\n\n___\n";
        assert_eq!(one(page).body, "The storm reached the coast at dawn, officials said.");
        // a calendar's dated entries closing the text stay
        let page = "Storm hits the coast\n\nThe storm reached the coast at dawn, officials said.\n\nCOMING UP\n\
                    Mon 10 Jan — Storm review, Geneva\nWed 12 Jan — Council meeting, Brussels\n";
        assert!(one(page).body.ends_with("Mon 10 Jan — Storm review, Geneva\nWed 12 Jan — Council meeting, Brussels"));
    }

    #[test]
    fn source_notes_and_running_heads_are_removed() {
        let page = "Flood Report: The Spring Season\n\nRiver Survey | Paper 2/2023\nPage 1 of 3\n\
                    The river rose two metres in a week.[1] Crews worked through the night.2\n\
                    River Survey | Paper 2/2023\nPage 2 of 3\n3 Engineers stayed at the dam overnight.\nThe dams held, engineers said.\n\
                    River Survey | Paper 2/2023\nPage 3 of 3\n\
                    [1] Gauge readings, 4 April.\n2 Interview with a crew leader, 5 April.\n";
        let body = one(page).body;
        assert!(!body.contains("Paper 2/2023") && !body.contains("Page 2"), "{body}");
        assert!(!body.contains("Gauge readings") && !body.contains("Interview with"), "{body}");
        // a numbered line no marker cites stays text
        assert!(body.contains("3 Engineers stayed at the dam overnight."), "{body}");
        assert!(body.contains("The dams held, engineers said."), "{body}");
        // a marker after a letter of several bytes: no slicing inside it
        let page = "Heading of the page\n\nThe river rose —)2 metres in a week, officials said today.\n2 Gauge readings.\n";
        assert_eq!(one(page).body, "The river rose —)2 metres in a week, officials said today.");
    }

    #[test]
    fn a_researcher_s_role_under_their_name_is_no_headline_even_with_the_name_again() {
        let page = "Rights Monitor\n\nFamilies Search for the Missing as Troops Stand Guard\n\nRelatives Are Owed Answers\n\n\
                    Anna Kovalenko\nSenior Researcher, Europe and Central Asia Division\nAnna Kovalenko\n\nJanuary 10, 2022 3:31PM EST\n\n\
                    Zhanar has not seen her son since Thursday. He left their apartment that afternoon to buy bread, she said.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Families Search for the Missing as Troops Stand Guard"));
        assert_eq!(a.authors, vec!["Anna Kovalenko".to_string()]);
        assert!(!a.body.contains("Senior Researcher"), "{}", a.body);
    }

    #[test]
    fn the_paragraph_under_a_short_standfirst_may_open_with_the_dateline() {
        let page = "Ports weigh costs as river traffic slows\n\n\
                    A week after the flood, shippers are counting the damage. We spoke to several of them.\n\n\
                    Rotterdam, Netherlands — Barges waited for a second day at the locks on Wednesday, officials said.\n";
        assert_eq!(one(page).dateline.as_deref(), Some("Rotterdam, Netherlands"));
        // (but a bare place in running text is no dateline there)
        let page = "Ports weigh costs as river traffic slows\n\n\
                    A week after the flood, shippers are counting the damage. We spoke to several of them.\n\n\
                    Rotterdam — Europe's largest port — was calm on Saturday, officials said.\n";
        assert_eq!(one(page).dateline, None);
    }

    #[test]
    fn a_byline_under_a_standfirst_still_names_the_writers_and_the_dateline_follows_it() {
        let page = "Ports Weigh Costs as River Traffic Slows\n\n\
                    Officials say shippers see the low water as a warning, and a bargaining chip, before Monday's meeting.\n\n\
                    By Ann Lee and Bo Tran\nMarch 8, 2023\n\n\
                    ROTTERDAM — Barges waited for a second day at the locks on Wednesday, officials said.\n";
        let a = one(page);
        assert_eq!(a.authors, vec!["Ann Lee".to_owned(), "Bo Tran".to_owned()]);
        assert_eq!(a.dateline.as_deref(), Some("ROTTERDAM"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2023, 3, 8));
    }

    #[test]
    fn a_short_question_above_the_byline_is_the_headline_not_the_kicker() {
        let page = "FACT CHECK\nFact check: Did 5,000 trucks cross the bridge?\nBy Ann Lee | 4 May 2023 | 6 min read\n\n\
                    Officials have repeatedly claimed that thousands of trucks crossed in a day. We looked at the evidence.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Fact check: Did 5,000 trucks cross the bridge?"));
        assert_eq!(a.outlet, None);
        assert_eq!(a.authors, vec!["Ann Lee".to_owned()]);
    }

    #[test]
    fn contents_entries_and_the_reference_list_are_not_text() {
        let page = "Spring floods of 2023 on the Daugava\n\nThe floods of April 2023 closed three bridges on the river.\n\
                    Contents\n1 Causes\n2 Response\n\nCauses\nThe snow melted early after a warm March, engineers said.\n\
                    References\n1. \"River rises\". Example News. 4 April 2023.\n2. Survey report, 5 April 2023.\n";
        let body = one(page).body;
        assert!(!body.contains("1 Causes") && !body.contains("2 Response"), "{body}");
        assert!(!body.contains("River rises") && !body.contains("Survey report"), "{body}");
        assert!(body.contains("The snow melted early"), "{body}");
    }

    #[test]
    fn the_author_box_is_not_text() {
        let page = "Spring floods and the limits of planning\n\nThe floods of April 2023 closed three bridges on the river.\n\n\
                    About the author\nAnn Lee is a fellow of the Riga Institute. She covered the Baltics for ten years.\n\n\
                    The views expressed are those of the author.\n";
        let body = one(page).body;
        assert_eq!(body, "The floods of April 2023 closed three bridges on the river.");
        // endnotes numbered in superscript before the author box are apparatus too
        let page = "Spring floods and the limits of planning\n\nThe floods of April 2023 closed three bridges on the river.\n\n\
                    Notes\n\n¹ \"River rises\", Example News, 4 April 2023.\n² Survey report, 5 April 2023.\n\n\
                    About the author\nAnn Lee is a fellow of the Riga Institute.\n";
        assert_eq!(one(page).body, "The floods of April 2023 closed three bridges on the river.");
        // a label linking to the author's page keeps the lede under it
        let page = "Floods close three bridges\nBy Ann Lee\nAbout the author\n\n\
                    RIGA - The floods of April 2023 closed three bridges on the river.\n";
        assert_eq!(one(page).body, "RIGA - The floods of April 2023 closed three bridges on the river.");
    }

    #[test]
    fn a_forwarded_email_is_headed_by_its_subject() {
        let page = "From: Press Office <press@example.org>\nSent: Friday, May 5, 2023 10:14 AM\nTo: Media List\n\
                    Subject: FW: Statement on the spring floods\n\nDear colleagues,\n\n\
                    The embassy confirms that three bridges were closed on Thursday, officials said.\n";
        let articles = segment(page);
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].headline.as_deref(), Some("Statement on the spring floods"));
        assert_eq!(articles[0].published, NaiveDate::from_ymd_opt(2023, 5, 5));
        assert!(!articles[0].body.contains("Media List") && !articles[0].body.contains("Dear colleagues"), "{}", articles[0].body);
        assert_eq!(without_subject_label("Title: Talks end"), "Talks end");
        assert_eq!(without_subject_label("Reuters: talks end"), "Reuters: talks end");
    }

    #[test]
    fn repeated_headline_and_appeals_are_removed() {
        let page = "Storm hits the coast\n\nThe storm reached the coast at dawn, officials said.\nStorm hits the coast\n\
                    Get our morning newsletter in your inbox; become a member here.\n\n\
                    Power was cut to ten thousand homes overnight.\n";
        let a = one(page);
        assert_eq!(a.body, "The storm reached the coast at dawn, officials said.\nPower was cut to ten thousand homes overnight.");
    }

    #[test]
    fn digest_of_title_case_items() {
        let page = "Ministers Meet In Rome\n\nThe ministers met on Monday to discuss gas prices.\n\"We agreed,\" one said.\n\n\
                    Will Prices Fall Again?\n\nTraders expect a slow decline over the winter months.\n\n\
                    Is there any hope for a deal before the spring?\n\nNobody knows, analysts said on Tuesday.\n";
        let articles = segment(page);
        let heads: Vec<_> = articles.iter().map(|a| a.headline.as_deref()).collect();
        assert_eq!(heads, vec![Some("Ministers Meet In Rome"), Some("Will Prices Fall Again?")]);
        assert_eq!(articles[0].body, "The ministers met on Monday to discuss gas prices.\n\"We agreed,\" one said.");
        assert!(articles[1].body.ends_with("analysts said on Tuesday."));
        assert_eq!(articles[1].ordinal, 1);
    }

    #[test]
    fn date_stamp_keeps_a_title_case_page_single() {
        let page = "Ministers Meet In Rome\n\nThe ministers met on Monday to discuss gas prices.\nMarch 3, 2021\n\n\
                    What Comes Next\n\nTraders expect a slow decline over the winter months.\n";
        let a = one(page);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 3, 3));
    }

    #[test]
    fn byline_without_by_under_the_headline() {
        let page = "Ministers Meet In Rome\nAnn Lee in Rome\nSat 5 Mar 2022 10.00 GMT\n\n\
                    The ministers met on Monday to discuss gas prices.\n";
        let a = one(page);
        assert_eq!(a.authors, vec!["Ann Lee"]);
        assert_eq!(a.headline.as_deref(), Some("Ministers Meet In Rome"));
    }

    #[test]
    fn headings_over_headings_are_one_header_under_an_institution() {
        let page = "Harbour Institute for Policy Studies\n\nRegional Crisis Update, March 8\n\n\
                    Ann Lee, Tom Tran, and Eva Roth\n\nMarch 8, 2021 - Press HIPS\n\n\
                    The ministers met on Monday to discuss gas prices and agreed on nothing at all.\n";
        let articles = segment(page);
        assert_eq!(articles.len(), 1);
        let a = &articles[0];
        assert_eq!(a.headline.as_deref(), Some("Regional Crisis Update, March 8"));
        assert_eq!(a.outlet.as_deref(), Some("Harbour Institute for Policy Studies"));
        assert_eq!(a.authors, vec!["Ann Lee", "Tom Tran", "Eva Roth"]);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 3, 8));
    }

    #[test]
    fn digest_items_with_a_deck_or_a_photo_credit_are_still_items() {
        let decked = "Ministers Meet In Rome\n\nTalks On Gas Prices\n\nThe ministers met on Monday to discuss gas prices.\n\n\
                      Traders Expect A Slow Decline\n\nMarkets Calm Down\n\nTraders expect prices to fall over the winter months.\n";
        assert_eq!(segment(decked).len(), 2);
        let credited = "Ministers Meet In Rome\n\nPhoto: Reuters\n\nThe ministers met on Monday to discuss gas prices.\n\n\
                        Traders Expect A Slow Decline\n\nPhoto: AFP\n\nTraders expect prices to fall over the winter months.\n";
        assert_eq!(segment(credited).len(), 2);
    }

    #[test]
    fn a_weeklys_issue_range_and_section_sit_between_its_name_and_the_headline() {
        let page = "Harbour Weekly\nIssue No. 1578\n6 - 12 March 2021\nRegion & World\n\
                    Ministers watch the gas market with concern\n\n\
                    The ministers met on Monday to discuss gas prices and agreed on nothing at all.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Ministers watch the gas market with concern"));
        assert_eq!(a.outlet.as_deref(), Some("Harbour Weekly"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2021, 3, 6));
    }

    #[test]
    fn a_persons_name_on_the_first_line_is_no_publisher() {
        let page = "Tom Jensen\n\nTalks in Geneva leave the allies uneasy\n\n\
                    The ministers met on Monday to discuss gas prices and agreed on nothing at all.\n";
        assert_eq!(one(page).outlet, None);
        let page = "Harbour Weekly\n\nTalks in Geneva leave the allies uneasy\n\n\
                    The ministers met on Monday to discuss gas prices and agreed on nothing at all.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("Harbour Weekly"));
    }

    #[test]
    fn a_one_word_logo_or_a_name_and_news_over_a_section_label_is_the_publisher() {
        let body = "Talks in Geneva leave the allies uneasy\n\n\
                    The ministers met on Monday to discuss gas prices and agreed on nothing at all.\n";
        assert_eq!(one(&format!("Zarnitsa\nNews  ·  Russia  ·  Belarus\n{body}")).outlet.as_deref(), Some("Zarnitsa"));
        assert_eq!(one(&format!("Harbour Weekly\nInternational\n{body}")).outlet.as_deref(), Some("Harbour Weekly"));
        assert_eq!(one(&format!("Ylo News\nNews  Politics  World  Culture  Sport\nPolitics\n{body}")).outlet.as_deref(), Some("Ylo News"));
        // a section, a place, a month or a common word on the first line names no one
        let stamped = "Talks in Geneva leave the allies uneasy\n10/01/2022\n\n\
                       The ministers met on Monday to discuss gas prices and agreed on nothing at all.\n";
        assert_eq!(one(&format!("Radio Harbour International\nHarbour news in English\nHome   News   Politics   Culture\n{stamped}")).outlet.as_deref(), Some("Radio Harbour International"));
        assert_eq!(one(&format!("HIS | Harbour Institute of Strategy\nAnalysis\n{body}")).outlet.as_deref(), Some("HIS"));
        assert_eq!(one(&format!("hafenschau.de\n{body}")).outlet.as_deref(), Some("Hafenschau.de"));
        // (over a copyright holder lower down, and a writer's role is no outlet)
        let page = format!("Zarnitsa\nNews  ·  Russia  ·  Belarus\n{body}\nBy Ann Lee\nEurope Correspondent\n\n© 2021 Harbour Holdings\n");
        assert_eq!(one(&page).outlet.as_deref(), Some("Zarnitsa"));
        for top in ["Politics", "Markets", "Kazakhstan", "January", "Exclusive", "World News", "Kazakhstan News", "Tokayev", "Energy", "Business News"] {
            assert_eq!(one(&format!("{top}\n{body}")).outlet, None, "{top}");
        }
        // (a kicker over an article's kind is no publisher, and a word over the headline does not
        // push aside the copyright holder)
        assert_eq!(one(&format!("Bloody January\nExclusive\n{body}")).outlet, None);
        assert_eq!(one(&format!("Energy\n{body}\nCopyright © 2022 The Astana Times\n")).outlet.as_deref(), Some("The Astana Times"));
    }

    #[test]
    fn the_headline_sits_above_a_block_of_summary_points() {
        let page = "Army ordered to fire as unrest spreads and troops fly in from abroad\n\n\
                    The president says he gave the order to fire without warning\n\
                    He claims 20,000 attackers stormed the city\n\
                    Troops began landing at airfields on Thursday\n\n\
                    By ANN LEE FOR MAILONLINE\nPublished: 10:21 GMT, 7 January 2022\n\n\
                    The president said on Friday that he had ordered the army to fire without any warning.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Army ordered to fire as unrest spreads and troops fly in from abroad"));
        assert_eq!(a.authors, ["ANN LEE"]);
        assert_eq!(a.outlet.as_deref(), Some("Daily Mail"));
        assert_eq!(a.dateline, None);
        // two lines over the byline are a headline and its standfirst, as before
        let page = "Army ordered to fire\n\nThe president says he gave the order to fire without warning\n\
                    Troops began landing at airfields on Thursday as the unrest spread\n\n\
                    By Ann Lee\n7 January 2022\n\n\
                    The president said on Friday that he had ordered the army to fire without any warning.\n";
        assert_eq!(one(page).headline.as_deref(), Some("The president says he gave the order to fire without warning"));
    }

    #[test]
    fn a_heading_under_the_stamp_is_the_headline_when_only_labels_stand_above() {
        let page = "Office of the Harbour Council\nDepartment of Trade\nNews release\nPublished 12 January 2022\n\n\
                    Council sets out its position ahead of the regional trade meeting\n\n\
                    The council said on Wednesday that it would press for open borders at the meeting.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Council sets out its position ahead of the regional trade meeting"));
        // a form's dated field under the stamp is no headline
        let page = "Field Report\nFlooding: River Basin\n\nDate of issue: 10 January 2022\nDate of event: 2 January 2022\n\n\
                    The river rose above its banks on Sunday and the town's roads were closed for two days.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Flooding: River Basin"));
    }

    #[test]
    fn a_printed_papers_page_stamp_and_a_staff_credit_are_no_headline() {
        let page = "The Harbour Times\nWorld News\nSat, Jan 08, 2022 - page 5\n\nFerry strike strands hundreds in port\n\n\
                    Special Correspondent\n\nHundreds of passengers spent the night in the terminal as the strike went on.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Ferry strike strands hundreds in port"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 8));
        assert!(!a.body.contains("Special Correspondent"), "{}", a.body);
    }

    #[test]
    fn agencies_credited_with_their_place_and_a_place_with_a_colon_give_the_dateline() {
        let page = "Ferry strike strands hundreds in port\n\nAFP and Reuters, ALMATY, Kazakhstan\n\n\
                    Hundreds of passengers spent the night in the terminal as the strike went on.\n";
        let a = one(page);
        assert_eq!(a.dateline.as_deref(), Some("ALMATY, Kazakhstan"));
        assert!(a.authors.is_empty());
        let page = "Ferry strike strands hundreds in port\nJanuary 11, 2022\n\nISLAMABAD:\n\
                    Hundreds of passengers spent the night in the terminal as the strike went on.\n";
        assert_eq!(one(page).dateline.as_deref(), Some("ISLAMABAD"));
    }

    #[test]
    fn a_sites_motto_a_place_over_the_stamp_and_a_forums_subject_label() {
        // a one-word logo over its motto written as sentences: the motto is no text
        let page = "Harbourwatch\nIndependent. Not-for-profit. Reporting on ports since 2001.\nAgenda | Shipping\n\n\
                    This WEEK: Ferry strike talks dominate port agenda\n\nBy Ann Lee\nRIGA, 10. JAN, 06:59\n\n\
                    A week of talks between the ferry company and the union begins on Monday.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("This WEEK: Ferry strike talks dominate port agenda"));
        assert_eq!(a.outlet.as_deref(), Some("Harbourwatch"));
        assert_eq!(a.authors, ["Ann Lee"]);
        // a place alone right above the stamp is the dateline
        let page = "Ferry strike strands hundreds in port\nANKARA\nJanuary 12 2022 12:47:00\n\n\
                    Hundreds of passengers spent the night in the terminal as the strike went on.\n";
        assert_eq!(one(page).dateline.as_deref(), Some("ANKARA"));
        // a forum's "Post subject:" label is no part of the headline
        let page = "Post subject: Ferry strike, who is stuck in port?? (news, discussion)\nPosted: 06.01.2022, 09:14\n\n\
                    Friends, who is in the terminal, write what you see here please.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Ferry strike, who is stuck in port?? (news, discussion)"));
    }

    #[test]
    fn a_sites_name_or_its_glued_tagline_is_no_headline_over_a_headline_set_apart() {
        let page = "HARBOUR-WATCH\nThe Pulse of the Northern Ports\n\nPorts | Politics\n\n\
                    Ferry strike strands hundreds as talks stall in Riga\n\n\
                    The union has rejected the latest offer, and passengers face another night in the terminal.\n\n\
                    Ann Lee\nJanuary 7, 2022\n\nHundreds of passengers spent the night in the terminal as the strike went on.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Ferry strike strands hundreds as talks stall in Riga"));
        assert_eq!(a.authors, ["Ann Lee"]);
        let page = "Radio Harbour Free\nEnglish | Latvian | Russian\n\n\
                    Truckers stranded at the border as the crossing stays shut\n\n\
                    Drivers say they have waited five days in freezing temperatures.\n\nBy Ann Lee\n2022.01.10\n\n\
                    The drivers said the queue at the crossing had not moved since Wednesday morning.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Truckers stranded at the border as the crossing stays shut"));
        // an archive's toolbar is furniture, and so is a contributor's credit over the stamp
        let page = "Ferry strike strands hundreds in port\nPassengers say they were told nothing for two days\n\n\
                    Ann Lee\nSpecial to The Harbour Times\nPublished January 11, 2022\n\n\
                    Hundreds of passengers spent the night in the terminal as the strike went on.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Ferry strike strands hundreds in port"));
        assert_eq!(a.authors, ["Ann Lee"]);
        let page = "The Wayback Machine - https://web.archive.org/web/20220107183512/https://example.com/news/1\n37 captures\n\
                    07 Jan 2022 - 22 Jun 2023\nJAN FEB MAR\n07\n2021 2022 2023\nAbout this capture\n\nFerry strike strands hundreds in port\n\n\
                    Hundreds of passengers spent the night in the terminal as the strike went on.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Ferry strike strands hundreds in port"));
    }

    #[test]
    fn an_editors_note_over_the_headline_does_not_start_the_text() {
        let page = "The Valley Courier\nNATION & WORLD\nPosted Friday, January 7, 2022 5:30 pm\n\n\
                    Editor's note: A local teacher spoke to the Courier on Friday. Her comments appear at the end of this report.\n\n\
                    Port workers walk out over unpaid wages\nBy Ann Lee\n\n\
                    Dock workers stopped work on Friday, saying they had not been paid for two months.\n";
        assert_eq!(one(page).headline.as_deref(), Some("Port workers walk out over unpaid wages"));
    }

    #[test]
    fn a_social_thread_names_its_writer_and_keeps_every_numbered_post() {
        let page = "social.example\nPost\nAnn Lee\n@annlee@social.example\n\
                    Thread from the port. The ferry company says sailings resume tomorrow. 1/3\nJan 10, 2022, 09:12 · Web\n12 boosts · 19 favorites\n\
                    Ann Lee @annlee@social.example\nThe union disagrees and says the strike goes on until wages are paid. 2/3\n\
                    Jan 10, 2022, 09:40 · Web\n8 boosts · 11 favorites\n\
                    Ann Lee @annlee@social.example\nPassengers spent the night in the terminal again. 3/3\nJan 10, 2022, 10:05 · Web\n";
        let a = one(page);
        assert_eq!(a.authors, ["Ann Lee"]);
        assert!(a.body.contains("union disagrees") && a.body.contains("night in the terminal"), "{}", a.body);
        assert!(!a.body.contains("boosts") && !a.body.contains("@annlee"), "{}", a.body);
    }

    #[test]
    fn a_byline_with_dots_and_bars_gives_the_writer_and_the_date() {
        let page = "Families wait for news from Almaty\n\n\
                    Ann Lee · CBC News · Posted: Jan 12, 2022 4:00 AM MT | Last Updated: January 12, 2022\n\n\
                    Members of the community said they spent days unable to reach their relatives.\n";
        let a = one(page);
        assert_eq!(a.authors, ["Ann Lee"]);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 12));
    }

    #[test]
    fn digest_items_keep_their_own_dates() {
        let page = "Ministers Meet In Rome\n\nThe ministers met on Monday to discuss gas prices.\n\n\
                    Will Prices Fall Again?\n\nMarch 3, 2021\n\nTraders expect a slow decline over the winter months.\n";
        let articles = segment(page);
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].published, None);
        assert_eq!(articles[1].published, NaiveDate::from_ymd_opt(2021, 3, 3));
    }

    #[test]
    fn byline_keeps_a_title_case_page_single() {
        let page = "Ministers Meet In Rome\nBy Ana Perez\n\nThe ministers met on Monday to discuss gas prices.\n\n\
                    What Comes Next\n\nTraders expect a slow decline over the winter months.\n";
        let a = one(page);
        assert_eq!(a.authors, vec!["Ana Perez"]);
        assert!(a.body.contains("What Comes Next"));
    }

    #[test]
    fn body_keeps_nbsp_and_quote_marks_and_sets_dateline() {
        let page = "Protest in the capital\n\nRiga, Latvia – \u{a0}“We stay,” said one\u{a0}protester.\n\n\u{a0}Others left.\n";
        let a = one(page);
        assert_eq!(a.body, "Riga, Latvia – \u{a0}“We stay,” said one\u{a0}protester.\n\u{a0}Others left.");
        assert_eq!(a.dateline.as_deref(), Some("Riga, Latvia"));
    }

    #[test]
    fn a_name_above_the_date_stamp_is_the_writer() {
        let page = "Russia and U.S. talk for 8 hours in Geneva, find no breakthrough\n\nJonah Reyes\nJan 10, 2022\n\n\
                    U.S. and Russian diplomats emerged from eight hours of talks in Geneva on Monday.\n";
        let a = one(page);
        assert_eq!(a.authors, vec!["Jonah Reyes"]);
        assert_eq!(a.body, "U.S. and Russian diplomats emerged from eight hours of talks in Geneva on Monday.");
        let page = "Russia and U.S. talk for 8 hours in Geneva, find no breakthrough\n\nCentral Asia\nJan 10, 2022\n\n\
                    U.S. and Russian diplomats emerged from eight hours of talks in Geneva on Monday.\n";
        assert!(one(page).authors.is_empty());
    }

    #[test]
    fn an_affiliation_above_the_date_is_no_headline_and_a_body_in_capitals_is_the_outlet() {
        let page = "Central Asian Affairs Commentary, No. 2 (2022)\n\n\
                    Borrowed Bayonets: The Alliance in the Steppe and the Limits of Sovereignty\n\nHelena Markwardt\n\
                    Department of Politics, University of Northfield\n\n14 January 2022\n\n\
                    The deployment of the alliance's troops changed the region's politics, the author argues.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Borrowed Bayonets: The Alliance in the Steppe and the Limits of Sovereignty"));
        let page = "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION\n\nTransport aircraft complete the transfer of troops\n\n\
                    The ministry said the aircraft had completed the transfer of the troops on Saturday.\n";
        assert_eq!(one(page).outlet.as_deref(), Some("Ministry of Defence of the Russian Federation"));
    }

    #[test]
    fn dateline_under_a_standfirst_printed_as_a_heading() {
        let page = "Rights group urges inquiry into beatings\n\nHundreds Held Incommunicado After Protests\n\n\
                    (Berlin) – The authorities should investigate the allegations, the group said.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Rights group urges inquiry into beatings"));
        assert_eq!(a.dateline.as_deref(), Some("Berlin"));
    }

    #[test]
    fn a_stamp_line_led_by_the_agency_is_no_headline() {
        let page = "KYODO NEWS - Jan 7, 2022 - 18:05 | World, All\n\nJapan concerned over unrest, checks safety of nationals\n\n\
                    TOKYO, Jan. 7 Kyodo - Japan is monitoring the unrest, the top government spokesman said Friday.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Japan concerned over unrest, checks safety of nationals"));
        assert_eq!(a.outlet.as_deref(), Some("Kyodo News"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 7));
        assert_eq!(a.dateline.as_deref(), Some("TOKYO"));
        let page = "Politics 19:42, 6 January, 2022\n\nPeacekeepers to be sent for a limited period\n\n\
                    YEREVAN, JANUARY 6, ARMENPRESS. The prime minister has announced the decision.\n";
        let a = one(page);
        assert_eq!(a.headline.as_deref(), Some("Peacekeepers to be sent for a limited period"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 1, 6));
        assert_eq!(a.outlet.as_deref(), Some("Armenpress"));
    }

    #[test]
    fn agency_copy_outlet_from_dateline_and_authors_from_credit_line() {
        let page = "Talks stall over grain exports\n\nGENEVA (Reuters) - Talks on grain exports stalled on Friday, diplomats said.\n\n\
                    Reporting by Ann Lee; Editing by Bo Tran\n";
        let a = one(page);
        assert_eq!(a.outlet.as_deref(), Some("Reuters"));
        assert_eq!(a.dateline.as_deref(), Some("GENEVA"));
        assert_eq!(a.authors, vec!["Ann Lee"]);
        assert_eq!(a.body, "GENEVA (Reuters) - Talks on grain exports stalled on Friday, diplomats said.");
    }

    #[test]
    fn outlet_from_headline_suffix_and_date_from_byline() {
        let page = "Talks stall over grain exports | Al Jazeera\nBy Ann Lee | 4 Feb 2022\n\n\
                    Talks on grain exports stalled on Friday, diplomats said.\n\nImage caption, Ships wait at the port\n";
        let a = one(page);
        assert_eq!(a.outlet.as_deref(), Some("Al Jazeera"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2022, 2, 4));
        assert_eq!(a.authors, vec!["Ann Lee"]);
        assert_eq!(a.media.len(), 1);
        assert_eq!(a.body, "Talks on grain exports stalled on Friday, diplomats said.");
    }

    #[test]
    fn outlet_printed_after_the_byline_even_if_unknown() {
        let page = "Storm hits the coast\n\nBy Ann Lee\nCoastal Daily Herald\nCoastal Daily Herald\n\n\
                    The storm reached the coast at dawn, officials said.\n";
        let a = one(page);
        assert_eq!(a.outlet.as_deref(), Some("Coastal Daily Herald"));
        assert_eq!(a.body, "The storm reached the coast at dawn, officials said.");
    }

    #[test]
    fn unknown_copyright_holder_after_a_related_block_names_the_outlet() {
        let page = "Storm hits the coast\n\nBy Ann Lee\n\n\
                    The storm reached the coast at dawn, officials said on Monday morning.\n\n\
                    Related\nFerries cancelled across the bay\nSchools to reopen\n\n\
                    © 2022 Coastal Morning Ledger Ltd. All rights reserved.\n";
        let a = one(page);
        assert_eq!(a.outlet.as_deref(), Some("Coastal Morning Ledger"));
        assert_eq!(a.body, "The storm reached the coast at dawn, officials said on Monday morning.");
        // a photo agency's notice is not an outlet
        let a = one(&page.replace("Coastal Morning Ledger Ltd", "Getty Images"));
        assert_eq!(a.outlet, None);
    }

    #[test]
    fn tagline_names_the_outlet_and_is_removed() {
        let page = "Democracy Dies in Darkness\n\nStorm hits the coast\n\nThe storm reached the coast at dawn, officials said.\n";
        let a = one(page);
        assert_eq!(a.outlet.as_deref(), Some("The Washington Post"));
        assert_eq!(a.headline.as_deref(), Some("Storm hits the coast"));
        assert!(!a.body.contains("Darkness"));
    }

    #[test]
    fn relative_stamp_only_with_crawl_date() {
        let page = "Storm hits the coast\n2 days ago\n\nThe storm reached the coast at dawn, officials said.\n";
        assert_eq!(one(page).published, None);
        let anchored = segment_with(page, &SegmentOptions { crawled: NaiveDate::from_ymd_opt(2022, 5, 10) });
        assert_eq!(anchored[0].published, NaiveDate::from_ymd_opt(2022, 5, 8));
        assert!(!anchored[0].body.contains("ago"));
    }

    #[test]
    fn plain_text_without_headline_is_one_article() {
        let a = one("the talks went on.\nno one left early.");
        assert_eq!(a.headline, None);
        assert_eq!(a.body, "the talks went on.\nno one left early.");
    }

    #[test]
    fn arbitrary_input_does_not_panic() {
        for text in ["", "\n\n\n", "\u{a0}", "By", "Related\nRelated", "https://x.jpg\nhttps://y.png", "A\n\nB\n\nC"] {
            let _ = segment(text);
        }
    }
}
