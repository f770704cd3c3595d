//! The syntax of a page saved as Markdown (what many scrapers and read-later tools write):
//! heading marks ("## Talks in Geneva"), block-quote marks ("> The operation continues."),
//! emphasis around a line or a phrase ("**By Ann Lee**", "*Published January 9, 2022*"),
//! and the "!" of an image ("![caption](img/a.jpg)").
//!
//! [`syntax`] finds those marks as byte ranges for [`crate::markup::decode`] to remove, so
//! the text keeps its map back to the source. A document counts as Markdown only when it
//! shows two different kinds of syntax: a hashtag, a footnote asterisk or a "> " in a
//! plain article change nothing. Links are decoded by `markup` itself. Pure, no I/O.

/// Byte ranges of Markdown syntax in `text`, ascending and disjoint; empty unless the
/// document is written in Markdown.
///
/// # Examples
/// ```
/// let page = "# Troops arrive\n\n**By Ann Lee**\n\n> Order was restored.\n";
/// let marks: Vec<&str> = kzcorpus::markdown::syntax(page).into_iter().map(|(s, e)| &page[s..e]).collect();
/// assert_eq!(marks, ["# ", "**", "**", "> "]);
/// assert!(kzcorpus::markdown::syntax("Follow #Kazakhstan for *updates*.").is_empty());
/// ```
pub fn syntax(text: &str) -> Vec<(usize, usize)> {
    if !is_markdown(text) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        line_syntax(line, at, &mut out);
        at += line.len();
    }
    out
}

/// Whether the page is written in Markdown: at least two kinds of its syntax appear
/// (headings, block quotes, whole-line emphasis, links, images).
pub fn is_markdown(text: &str) -> bool {
    // cheap refusal first: every kind needs one of these bytes
    if memchr::memchr3(b'#', b'*', b']', text.as_bytes()).is_none() {
        return false;
    }
    let (mut heading, mut quote, mut emphasis) = (false, false, false);
    for line in text.lines() {
        let line = line.trim_end();
        heading |= heading_mark(line) > 0;
        quote |= line.starts_with("> ");
        emphasis |= emphasis_mark(line).is_some();
    }
    let link = text.contains("](");
    let image = text.contains("![");
    [heading, quote, emphasis, link, image].iter().filter(|&&kind| kind).count() >= 2
}

/// The length of a heading mark ("## ") opening `line`, or 0.
fn heading_mark(line: &str) -> usize {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    // (a press release's end mark "# # #" is no heading)
    if (1..=6).contains(&hashes) && line.as_bytes().get(hashes) == Some(&b' ') && line[hashes..].chars().any(char::is_alphanumeric) {
        hashes + 1
    } else {
        0
    }
}

/// The emphasis mark wrapping all of `line` ("**…**", "*…*", "__…__", "_…_"), when the
/// text inside neither starts nor ends with a space.
fn emphasis_mark(line: &str) -> Option<&'static str> {
    ["**", "__", "*", "_"].into_iter().find(|mark| {
        line.len() > 2 * mark.len() + 1
            && line.starts_with(mark)
            && line.ends_with(mark)
            && {
                let inner = &line[mark.len()..line.len() - mark.len()];
                // "* item" is a list item; "**" inside a single-marked line is no emphasis
                !inner.starts_with([' ', '*', '_']) && !inner.ends_with([' ', '*', '_'])
            }
    })
}

/// Appends the syntax of one line (starting at byte `at`, with its line break) to `out`.
fn line_syntax(line: &str, at: usize, out: &mut Vec<(usize, usize)>) {
    let content = line.trim_end_matches(['\n', '\r']);
    let mut start = 0;
    let heading = heading_mark(content);
    if heading > 0 {
        out.push((at, at + heading));
        start = heading;
    } else if content.starts_with("> ") {
        out.push((at, at + 2));
        start = 2;
    } else if content == ">" {
        out.push((at, at + 1));
        return;
    }
    let rest = &content[start..];
    let trimmed = rest.trim_end();
    if let Some(mark) = emphasis_mark(trimmed) {
        out.push((at + start, at + start + mark.len()));
        inline_syntax(&trimmed[mark.len()..trimmed.len() - mark.len()], at + start + mark.len(), out);
        let end = at + start + trimmed.len();
        out.push((end - mark.len(), end));
    } else {
        inline_syntax(rest, at + start, out);
    }
}

/// Appends the inline syntax of `text` (at byte `at`): "**bold**" and "*italic*" pairs on
/// the line, and the "!" opening an image.
fn inline_syntax(text: &str, at: usize, out: &mut Vec<(usize, usize)>) {
    let bytes = text.as_bytes();
    // the open mark of each width (1: "*", 2: "**")
    let mut open: [Option<usize>; 3] = [None; 3];
    let mut i = 0;
    let mut found = Vec::new();
    while i < bytes.len() {
        if bytes[i] == b'!' && bytes.get(i + 1) == Some(&b'[') {
            found.push((at + i, at + i + 1));
            i += 1;
            continue;
        }
        if bytes[i] != b'*' {
            i += 1;
            continue;
        }
        let width = if bytes.get(i + 1) == Some(&b'*') { 2 } else { 1 };
        let before = i.checked_sub(1).map(|p| bytes[p]);
        let after = bytes.get(i + width).copied();
        // an opening mark comes after a space or "(" and before a letter; a closing mark
        // after a letter and before a space or punctuation ("5 * 3", "Text*." are neither)
        let can_open = before.is_none_or(|b| b.is_ascii_whitespace() || b == b'(') && after.is_some_and(|b| !b.is_ascii_whitespace() && b != b'*');
        let can_close = before.is_some_and(|b| !b.is_ascii_whitespace() && b != b'*')
            && after.is_none_or(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation());
        match open[width] {
            Some(o) if can_close => {
                found.push((at + o, at + o + width));
                found.push((at + i, at + i + width));
                open[width] = None;
            }
            None if can_open => open[width] = Some(i),
            _ => {}
        }
        i += width;
    }
    found.sort_unstable();
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(page: &str) -> Vec<&str> {
        syntax(page).into_iter().map(|(s, e)| &page[s..e]).collect()
    }

    #[test]
    fn headings_quotes_emphasis_and_images() {
        let page = "# Headline here\n\n*Published January 9, 2022*\n\n![A patrol. Photo: AP](img/a.jpg)\n\n\
                    Text with **strong words** and a [link](https://x.org).\n\n> Quoted block.\n>\n## Related\n";
        assert_eq!(marks(page), ["# ", "*", "*", "!", "**", "**", "> ", ">", "## "]);
    }

    #[test]
    fn plain_text_is_not_markdown() {
        // a hashtag, a footnote asterisk, an e-mail quote and a bullet are no Markdown alone
        let page = "Posted by #Kazakhstan\n\n* Figures are provisional.\n\n> On Monday, Ann wrote:\n\nText*.";
        assert!(syntax(page).is_empty());
        assert!(!is_markdown("A plain article about the talks in Geneva."));
    }

    #[test]
    fn emphasis_inside_a_line() {
        let page = "# Title of it\n\n*© 2022 The Observer.* [Terms](/terms) and **bold** words, 5 * 3 and x*.\n";
        assert_eq!(marks(page), ["# ", "*", "*", "**", "**"]);
    }

    #[test]
    fn list_items_and_lone_marks_stay() {
        let page = "# Title of it\n\n* [World](https://a.org/w)\n- item\n**\n2 * 3 = 6\n# # #\n";
        assert_eq!(marks(page), ["# "]);
    }

    #[test]
    fn multibyte_text_is_cut_at_character_boundaries() {
        let page = "# Заголовок «Тест»\n\n**Автор: Анна**\n\n> «Цитата» — сказал он.\n";
        for (s, e) in syntax(page) {
            assert!(page.is_char_boundary(s) && page.is_char_boundary(e));
        }
        assert_eq!(marks(page), ["# ", "**", "**", "> "]);
    }
}
