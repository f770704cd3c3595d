//! News feeds saved as text (RSS 2.0 and Atom): an XML document whose `<item>`s or
//! `<entry>`s are the stories ("<item><title>…</title><link>…</link><pubDate>…</pubDate>
//! <dc:creator>…</dc:creator><description><![CDATA[<p>…</p>]]></description></item>").
//!
//! [`feed_pieces`] finds what a reader of the feed does not read: the XML tags, the CDATA
//! brackets, and the elements that are machinery (links, ids, categories, the channel's
//! language and build date). [`crate::markup::decode`] removes them with its map back to
//! the source, so each story reads as a headline, its date stamp, a byline ("By" takes
//! the place of the author's tag) and its text; the segmenter then splits the stories.
//! HTML inside a description is left to the markup decoder. A document counts as a feed
//! only when it opens with an XML declaration, `<rss` or `<feed`, and holds two or more
//! stories. Pure, no I/O.

/// A piece of the feed to replace: bytes `start..end` become `with`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeedPiece {
    /// The first byte replaced.
    pub start: usize,
    /// The byte after the last one replaced.
    pub end: usize,
    /// The text put in their place (empty: removed).
    pub with: &'static str,
}

/// Elements removed with their content: links, identifiers and feed machinery.
const MACHINERY: &[&str] = &[
    "link", "guid", "id", "atom:link", "language", "lastbuilddate", "generator", "docs", "ttl", "category", "comments", "email", "uri",
    "enclosure", "image", "media:content", "media:thumbnail", "media:credit", "sy:updateperiod", "sy:updatefrequency",
    "wfw:commentrss", "slash:comments", "feedburner:origlink", "updated", "icon", "logo", "rights", "copyright",
];

/// How far (bytes) an element's closing tag or the rest of its story is looked for.
const STORY_WINDOW: usize = 64 * 1024;

/// Elements naming a story's writer: their opening tag becomes "By ".
const WRITERS: &[&str] = &["dc:creator", "author"];

/// HTML tag names inside descriptions, left to the markup decoder.
const HTML: &[&str] = &["p", "br", "a", "em", "strong", "b", "i", "span", "div", "ul", "ol", "li", "blockquote", "img", "h1", "h2", "h3", "h4"];

/// The pieces of `text` that are feed markup, ascending and disjoint; empty unless the
/// text is a feed.
///
/// # Examples
/// ```
/// let rss = "<?xml version=\"1.0\"?>\n<rss><channel>\n<item>\n<title>Troops leave</title>\n<link>https://x.example/1</link>\n\
///            <dc:creator>Ann Lee</dc:creator>\n<description><![CDATA[The first troops left.]]></description>\n</item>\n\
///            <item>\n<title>Talks end</title>\n<description>The talks ended.</description>\n</item>\n</channel></rss>\n";
/// let pieces = kzcorpus::feed::feed_pieces(rss);
/// let mut text = String::new();
/// let mut at = 0;
/// for p in &pieces {
///     text.push_str(&rss[at..p.start]);
///     text.push_str(p.with);
///     at = p.end;
/// }
/// text.push_str(&rss[at..]);
/// assert_eq!(text, "\n\n\nTroops leave\n\nBy Ann Lee\nThe first troops left.\n\n\nTalks end\nThe talks ended.\n\n\n");
/// ```
pub fn feed_pieces(text: &str) -> Vec<FeedPiece> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if !(head.starts_with("<?xml") || head.starts_with("<rss") || head.starts_with("<feed")) {
        return Vec::new();
    }
    let stories = memchr::memmem::find_iter(text.as_bytes(), b"<item").count() + memchr::memmem::find_iter(text.as_bytes(), b"<entry").count();
    if stories < 2 {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut at = 0;
    // inside an Atom author element, whose <name> gives the byline
    let mut in_author = false;
    while let Some(found) = memchr::memchr2(b'<', b']', &bytes[at..]) {
        let start = at + found;
        let rest = &text[start..];
        if rest.starts_with("]]>") {
            pieces.push(FeedPiece { start, end: start + 3, with: "" });
            at = start + 3;
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            pieces.push(FeedPiece { start, end: start + 9, with: "" });
            at = start + 9;
            continue;
        }
        let Some(tag) = xml_tag(rest) else {
            at = start + 1;
            continue;
        };
        let name = tag.name.to_ascii_lowercase();
        if HTML.contains(&name.as_str()) {
            at = start + 1;
            continue;
        }
        let mut end = start + tag.len;
        let mut with = "";
        if !tag.closing && !tag.self_closing {
            let close = format!("</{}>", tag.name);
            // (an element, like a story, is looked for within a bounded window, which keeps
            // a feed of unclosed tags linear)
            let window = &bytes[end..(end + STORY_WINDOW).min(bytes.len())];
            let content_end = memchr::memmem::find(window, close.as_bytes()).map(|c| end + c);
            let content = content_end.map_or("", |c| &text[end..c]);
            // a story's short text beside its full one ("<description>" and
            // "<content:encoded>", "<summary>" and "<content>") is read once, in full
            let shadowed = matches!(name.as_str(), "description" | "summary") && full_text_follows(window);
            if MACHINERY.contains(&name.as_str()) || shadowed {
                // the whole element goes, up to its closing tag
                if let Some(c) = content_end {
                    end = c + close.len();
                }
            } else if WRITERS.contains(&name.as_str()) {
                if content.contains("<name>") {
                    // Atom: "<author><name>Ann Lee</name>…": the name's tag says "By"
                    in_author = true;
                } else if let Some((open, close_at)) = mailbox_name(content) {
                    // RSS: "<author>news@wire.example (Ann Lee)</author>"
                    pieces.push(FeedPiece { start, end: end + open, with: "By " });
                    pieces.push(FeedPiece { start: end + close_at, end: end + close_at + 1, with: "" });
                    at = end + close_at + 1;
                    continue;
                } else if content.contains('@') {
                    // an address alone names no writer
                    if let Some(c) = content_end {
                        end = c + close.len();
                    }
                } else {
                    with = "By ";
                }
            } else if name == "name" && in_author {
                with = "By ";
            }
        } else if tag.closing && WRITERS.contains(&name.as_str()) {
            in_author = false;
        }
        pieces.push(FeedPiece { start, end, with });
        at = end;
    }
    escaped_tags(text, &mut pieces);
    pieces
}

/// Whether the story's full text (`<content:encoded>`, Atom's `<content>`) comes later in
/// the same story (`text` starts inside it).
fn full_text_follows(text: &[u8]) -> bool {
    use memchr::memmem::find;
    let story_end = [&b"</item>"[..], b"</entry>"].iter().filter_map(|e| find(text, e)).min().unwrap_or(text.len());
    let story = &text[..story_end];
    [&b"<content:encoded"[..], b"<content>", b"<content "].iter().any(|tag| find(story, tag).is_some())
}

/// The writer's name in an RSS mailbox, "news@wire.example (Ann Lee)": the byte offsets
/// of its opening and closing brackets in `content`.
fn mailbox_name(content: &str) -> Option<(usize, usize)> {
    let open = content.find(" (")? + 1;
    let close = content.rfind(')')?;
    (content[..open].contains('@') && close > open + 1 && content[close + 1..].trim().is_empty()).then_some((open + 1, close))
}

/// HTML written with entities inside a feed's text ("&lt;p&gt;Troops left.&lt;/p&gt;"):
/// the tags go, a paragraph's end or a line break becoming a line break.
fn escaped_tags(text: &str, pieces: &mut Vec<FeedPiece>) {
    let mut found = Vec::new();
    for (start, _) in text.match_indices("&lt;") {
        let rest = &text[start + 4..];
        let body = rest.strip_prefix('/').unwrap_or(rest);
        let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
        if !HTML.iter().any(|h| h.eq_ignore_ascii_case(&body[..name_len])) || !body[name_len..].starts_with(['&', ' ', '/']) {
            continue;
        }
        let Some(gt) = rest.find("&gt;").filter(|&g| g <= 400 && !rest[..g].contains('\n')) else { continue };
        let end = start + 4 + gt + 4;
        let closing_paragraph = rest.starts_with("/p") || body[..name_len].eq_ignore_ascii_case("br");
        found.push(FeedPiece { start, end, with: if closing_paragraph { "\n" } else { "" } });
    }
    if found.is_empty() {
        return;
    }
    pieces.extend(found);
    pieces.sort_by_key(|p| p.start);
    // (pieces never overlap: an escaped tag holds no '<')
    pieces.dedup_by(|b, a| b.start < a.end);
}

/// An XML tag at the start of `text`: `<name …>`, `</name>`, `<name …/>`, `<?xml …?>`.
struct XmlTag<'a> {
    name: &'a str,
    len: usize,
    closing: bool,
    self_closing: bool,
}

fn xml_tag(text: &str) -> Option<XmlTag<'_>> {
    let body = text.strip_prefix('<')?;
    let (closing, body) = match body.strip_prefix('/') {
        Some(b) => (true, b),
        None => (false, body.strip_prefix('?').unwrap_or(body)),
    };
    let name_len = body.bytes().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'_' | b'-' | b'.')).count();
    if name_len == 0 || !body.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let name = &body[..name_len];
    // a tag ends at its '>' on the same line (attributes may hold quoted text, not '<')
    let close = body.bytes().take(2000).position(|b| matches!(b, b'>' | b'<' | b'\n'))?;
    if body.as_bytes()[close] != b'>' {
        return None;
    }
    let inner = &body[..close];
    let self_closing = inner.ends_with('/') || inner.ends_with('?');
    let len = text.len() - body.len() + close + 1;
    Some(XmlTag { name, len, closing, self_closing })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str) -> String {
        let mut out = String::new();
        let mut at = 0;
        for p in feed_pieces(text) {
            out.push_str(&text[at..p.start]);
            out.push_str(p.with);
            at = p.end;
        }
        out.push_str(&text[at..]);
        out
    }

    #[test]
    fn an_atom_feed_reads_as_its_entries() {
        let atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>Desk</title>\n\
                    <updated>2023-03-09T10:00:00Z</updated>\n<entry>\n<title>Talks end</title>\n<id>urn:1</id>\n\
                    <author><name>Ann Lee</name></author>\n<summary>The talks ended.</summary>\n</entry>\n\
                    <entry>\n<title>Troops leave</title>\n<summary type=\"html\">The troops left.</summary>\n</entry>\n</feed>\n";
        let text = decoded(atom);
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["Desk", "Talks end", "By Ann Lee", "The talks ended.", "Troops leave", "The troops left."]);
    }

    #[test]
    fn writers_in_mailboxes_and_full_texts_beside_summaries() {
        let rss = "<?xml version=\"1.0\"?>\n<rss><channel>\n\
                   <item>\n<title>One</title>\n<author>news@wire.example (Ann Lee)</author>\n\
                   <description>Troops left.</description>\n<content:encoded><![CDATA[<p>Troops left on Thursday.</p>]]></content:encoded>\n</item>\n\
                   <item>\n<title>Two</title>\n<author>desk@wire.example</author>\n\
                   <description>&lt;p&gt;Talks ended.&lt;/p&gt;&lt;p&gt;Envoys left.&lt;/p&gt;</description>\n</item>\n</channel></rss>\n";
        let text = decoded(rss);
        let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, ["One", "By Ann Lee", "<p>Troops left on Thursday.</p>", "Two", "Talks ended.", "Envoys left."]);
    }

    #[test]
    fn a_feed_of_unclosed_tags_is_read_in_linear_time() {
        let feed = |n: usize| format!("<?xml version=\"1.0\"?>\n<rss>\n{}", "<item><link>x <description>y ".repeat(n));
        let t0 = std::time::Instant::now();
        let small = feed_pieces(&feed(2_000)).len();
        let t_small = t0.elapsed();
        let t1 = std::time::Instant::now();
        let big = feed_pieces(&feed(8_000)).len();
        let t_big = t1.elapsed();
        assert!(big >= 4 * small - 8, "{small} {big}");
        // a backstop, as in the hostile-input suite: a quadratic pass takes 16 times as long
        // for 4 times the input; allow 10 and some slack for a busy machine
        assert!(t_big < t_small * 10 + std::time::Duration::from_millis(200), "{t_small:?} → {t_big:?}");
    }

    #[test]
    fn a_page_that_is_no_feed_is_left_alone() {
        assert!(feed_pieces("<p>Troops left.</p>\n<item>one</item>\n<item>two</item>").is_empty());
        assert!(feed_pieces("<?xml version=\"1.0\"?>\n<rss><channel><item><title>One</title></item></channel></rss>").is_empty());
        assert!(feed_pieces("Talks <b>ended</b> on Monday, 2 < 3.").is_empty());
    }

    #[test]
    fn html_inside_a_description_is_left_to_the_markup_decoder() {
        let rss = "<?xml version=\"1.0\"?>\n<rss>\n<item><title>A</title><description><![CDATA[<p>One.</p>]]></description></item>\n\
                   <item><title>B</title></item>\n</rss>";
        assert!(decoded(rss).contains("<p>One.</p>"));
    }
}
