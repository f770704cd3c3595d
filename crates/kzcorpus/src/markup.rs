//! Web-page residue in scraped text: HTML character references (`&quot;`, `&#8220;`,
//! `&nbsp;`), inline tags (`<p>`, `<a href="…">`, `</em>`) and Markdown links
//! (`[Tokayev](https://…)`).
//!
//! [`decode`] gives the text a reader of the page saw, with a map back to the characters
//! of the source, so an article still points at its exact place in the document. Only
//! known references and tag names are touched: "AT&T", "x < 5" and "[sic]" stay as they
//! are. One linear pass; pure, no I/O.

/// A document's text with its markup decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text.
    pub text: String,
    /// `(decoded char offset, source char offset)` after each replaced piece, ascending.
    breaks: Vec<(usize, usize)>,
}

impl Decoded {
    /// The character offset in the source of the decoded character at `offset` (or of the
    /// end of the text). Markup removed right before that character is skipped, so an
    /// article's start points at its first letter and its end past its last piece.
    pub fn source_offset(&self, offset: usize) -> usize {
        let after = self.breaks.partition_point(|&(decoded, _)| decoded <= offset);
        match after.checked_sub(1).and_then(|i| self.breaks.get(i)) {
            Some(&(decoded, source)) => source + (offset - decoded),
            None => offset,
        }
    }
}

/// Decodes the markup of `text`, or `None` when it has none (the common case, found
/// without allocating).
///
/// # Examples
/// ```
/// let page = "<p>Tokayev said order was &quot;largely restored&quot;.";
/// let decoded = kzcorpus::markup::decode(page).unwrap();
/// assert_eq!(decoded.text, "Tokayev said order was \"largely restored\".");
/// assert_eq!(decoded.source_offset(0), 3);
/// assert!(kzcorpus::markup::decode("AT&T said x < 5 [sic].").is_none());
/// ```
pub fn decode(text: &str) -> Option<Decoded> {
    if memchr::memchr3(b'&', b'<', b'[', text.as_bytes()).is_none() {
        return None;
    }
    let mut out = String::new();
    let mut breaks = Vec::new();
    // bytes of `text` copied up to here, and the char counts of both sides at that point
    let mut copied = 0;
    let (mut source_chars, mut decoded_chars) = (0usize, 0usize);
    let mut at = 0;
    while let Some(found) = memchr::memchr3(b'&', b'<', b'[', &text.as_bytes()[at..]) {
        let start = at + found;
        let piece = match text.as_bytes()[start] {
            b'&' => reference_at(text, start).map(|(c, len)| (Replacement::Char(c), len)),
            b'<' => tag_at(text, start).map(|len| (Replacement::Nothing, len)),
            _ => link_at(text, start).map(|(label, len)| (Replacement::Text(label), len)),
        };
        let Some((replacement, len)) = piece else {
            at = start + 1;
            continue;
        };
        let kept = &text[copied..start];
        out.push_str(kept);
        let kept_chars = kept.chars().count();
        source_chars += kept_chars;
        decoded_chars += kept_chars;
        match replacement {
            Replacement::Char(c) => {
                out.push(c);
                decoded_chars += 1;
            }
            Replacement::Text((from, to)) => {
                // the label is kept: map its characters one to one, then skip the URL
                let label = &text[from..to];
                source_chars += 1; // "["
                breaks.push((decoded_chars, source_chars));
                out.push_str(label);
                let label_chars = label.chars().count();
                source_chars += label_chars;
                decoded_chars += label_chars;
                source_chars -= label_chars + 1; // counted again with the whole link below
            }
            Replacement::Nothing => {}
        }
        source_chars += text[start..start + len].chars().count();
        breaks.push((decoded_chars, source_chars));
        copied = start + len;
        at = copied;
    }
    if breaks.is_empty() {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(Decoded { text: out, breaks })
}

enum Replacement {
    Char(char),
    Nothing,
    /// byte range of the kept label
    Text((usize, usize)),
}

/// Named references a scraped news page uses, with their characters.
const NAMED: [(&str, char); 32] = [
    ("quot", '"'), ("amp", '&'), ("lt", '<'), ("gt", '>'), ("apos", '\''), ("nbsp", '\u{a0}'),
    ("ndash", '–'), ("mdash", '—'), ("hellip", '…'), ("lsquo", '‘'), ("rsquo", '’'), ("ldquo", '“'),
    ("rdquo", '”'), ("laquo", '«'), ("raquo", '»'), ("bdquo", '„'), ("sbquo", '‚'), ("copy", '©'),
    ("reg", '®'), ("trade", '™'), ("middot", '·'), ("bull", '•'), ("euro", '€'), ("pound", '£'),
    ("deg", '°'), ("eacute", 'é'), ("uuml", 'ü'), ("ouml", 'ö'), ("ccedil", 'ç'), ("thinsp", '\u{2009}'),
    ("shy", '\u{ad}'), ("times", '×'),
];

/// The character of a reference starting at byte `start` ("&quot;", "&#8220;", "&#x201C;")
/// and the reference's length in bytes.
fn reference_at(text: &str, start: usize) -> Option<(char, usize)> {
    let rest = text.get(start + 1..)?;
    let end = rest.bytes().take(10).position(|b| b == b';')?;
    let name = &rest[..end];
    let c = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)?
    };
    Some((c, end + 2))
}

/// Tags removed from the text: inline and paragraph-level ones a scrape leaves behind.
const TAGS: [&str; 26] = [
    "p", "a", "br", "b", "i", "u", "em", "strong", "span", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4",
    "h5", "h6", "blockquote", "figure", "figcaption", "img", "small", "sup", "sub",
];

/// The length in bytes of a known tag starting at byte `start` ("<p>", "</a>",
/// "<a href=\"…\">", "<br/>"), on one line.
fn tag_at(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start + 1..)?;
    let body = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = &body[..name_len];
    if !TAGS.iter().any(|t| t.eq_ignore_ascii_case(name)) {
        return None;
    }
    let after = &body[name_len..];
    if !after.starts_with(['>', ' ', '/']) {
        return None;
    }
    let close = rest.bytes().take(400).position(|b| matches!(b, b'>' | b'<' | b'\n'))?;
    (rest.as_bytes()[close] == b'>').then_some(close + 2)
}

/// A Markdown link at byte `start` ("[label](https://…)"): the byte range of its label and
/// the link's length in bytes.
fn link_at(text: &str, start: usize) -> Option<((usize, usize), usize)> {
    let rest = text.get(start + 1..)?;
    let label_len = rest.bytes().take(200).position(|b| matches!(b, b']' | b'[' | b'\n'))?;
    if rest.as_bytes()[label_len] != b']' || label_len == 0 {
        return None;
    }
    let target = &rest[label_len + 1..];
    let url = target.strip_prefix('(')?;
    if !(url.starts_with("http://") || url.starts_with("https://") || url.starts_with('/')) {
        return None;
    }
    let url_len = url.bytes().take(500).position(|b| b == b')' || b.is_ascii_whitespace())?;
    if url.as_bytes()[url_len] != b')' {
        return None;
    }
    Some(((start + 1, start + 1 + label_len), 1 + label_len + 2 + url_len + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source_slice(source: &str, from: usize, to: usize) -> String {
        source.chars().skip(from).take(to - from).collect()
    }

    #[test]
    fn decodes_named_and_numeric_references() {
        let d = decode("Kazakhstan&#8217;s &ldquo;order&rdquo; &amp; 5&nbsp;800 &#x201C;x&#X201D;").unwrap();
        assert_eq!(d.text, "Kazakhstan’s “order” & 5\u{a0}800 “x”");
    }

    #[test]
    fn removes_known_tags_and_keeps_link_labels() {
        let d = decode("<p>President [Tokayev](https://www.akorda.kz/en/news) spoke.</p>\n<a href=\"/x\">Who is Masimov?</a><br/>").unwrap();
        assert_eq!(d.text, "President Tokayev spoke.\nWho is Masimov?");
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        for text in ["AT&T and R&D; x < 5 > 3", "[sic] and [1] and [a](b)", "<unknown> tag & <p", "&bogus; &#xZZ; &#0;"] {
            assert_eq!(decode(text), None, "{text}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_source() {
        let source = "<p>Ann said &quot;no&quot; to [Bob](https://b.example) today.";
        let d = decode(source).unwrap();
        assert_eq!(d.text, "Ann said \"no\" to Bob today.");
        let chars: Vec<char> = d.text.chars().collect();
        for (word, raw) in [("Ann", "Ann"), ("no", "no"), ("Bob", "Bob](https://b.example)"), ("today.", "today.")] {
            let at = d.text.find(word).map(|b| d.text[..b].chars().count()).unwrap();
            let end = at + word.chars().count();
            assert_eq!(chars[at..end].iter().collect::<String>(), word);
            assert_eq!(source_slice(source, d.source_offset(at), d.source_offset(end)), raw, "{word}");
        }
        // (an end takes the markup right after it: the link's target above)
        // a decoded reference maps to the whole reference
        let q = d.text.find('"').unwrap();
        assert_eq!(source_slice(source, d.source_offset(q), d.source_offset(q + 1)), "&quot;");
        assert_eq!(d.source_offset(chars.len()), source.chars().count());
    }

    #[test]
    fn long_or_broken_markup_is_linear_and_safe() {
        let hostile = "&".repeat(50_000) + &"<p".repeat(50_000) + &"[x](".repeat(50_000) + "&#99999999999;";
        assert_eq!(decode(&hostile), None);
        let many = "&quot;é&quot;".repeat(20_000);
        let d = decode(&many).unwrap();
        assert_eq!(d.text.chars().count(), 60_000);
        assert_eq!(d.source_offset(60_000), many.chars().count());
    }
}
