//! Sentence and paragraph spans, shared by the event and claim extractors.
//!
//! One pass over the text; no SQL, no allocation per character. Offsets are bytes.

/// A sentence: byte span and the index of the paragraph (line) it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the first non-space character.
    pub start: usize,
    /// Byte offset one past the last non-space character.
    pub end: usize,
    /// Index of the paragraph (a `\n`-separated line with text) holding the sentence.
    pub paragraph: usize,
}

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "prof", "st", "sen", "rep",
    "gov", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
    "etc", "approx", "est", "inc", "corp", "co", "ltd", "u.s", "u.n", "u.k", "e.u", "jr", "sr",
];

fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    // single capital initials ("J. Smith") and the listed abbreviations
    (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase())) || ABBREVIATIONS.contains(&w.as_str())
}

/// Splits `text` into sentences: at line breaks, and after `.`, `!` or `?` (plus any closing
/// quotes or brackets) when whitespace and an upper-case letter, digit or opening quote follow.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut paragraph = 0usize;
    let mut start = 0usize;
    let mut line_start = 0usize;
    let push = |s: usize, e: usize, paragraph: usize, out: &mut Vec<Sentence>| {
        let piece = &text[s..e];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(Sentence { start: s + lead, end: s + lead + trimmed.len(), paragraph });
        }
    };
    // only `\n`, `.`, `!` and `?` can end a sentence: jump from one to the next (ASCII bytes
    // are never part of a multi-byte character)
    let mut next = 0usize;
    while let Some(found) = bytes.get(next..).and_then(|rest| rest.iter().position(|b| matches!(b, b'\n' | b'.' | b'!' | b'?'))) {
        let i = next + found;
        let c = char::from(bytes[i]);
        if c == '\n' {
            // a line wrapped inside its sentence, as a text export or a teletext page sets it
            // ("met in Brussels on" / "Wednesday for four hours"), goes on with the next line
            if is_wrapped(&text[line_start..i], &text[i + 1..]) {
                line_start = i + 1;
                next = i + 1;
                continue;
            }
            push(start, i, paragraph, &mut out);
            // a line with text (anything but whitespace) is a paragraph
            if text[line_start..i].chars().any(|ch| !ch.is_whitespace()) {
                paragraph += 1;
            }
            start = i + 1;
            line_start = i + 1;
            next = i + 1;
            continue;
        }
        // absorb closing quotes and brackets
        let mut end = i + 1;
        for d in text[end..].chars() {
            if !matches!(d, '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
                break;
            }
            end += d.len_utf8();
        }
        next = end;
        // the next character must be a space, then a sentence opener
        let rest = &text[end..];
        let after_space = rest.trim_start_matches([' ', '\u{a0}', '\t']);
        if after_space.len() == rest.len() {
            continue;
        }
        let opener = after_space.chars().next();
        let opens = opener.is_some_and(|o| o.is_uppercase() || o.is_ascii_digit() || matches!(o, '"' | '“' | '‘' | '«' | '['));
        if !opens {
            continue;
        }
        if c == '.' {
            // abbreviations are short: look back a few bytes only, so long tokens stay linear
            let mut from = i.saturating_sub(12);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let word_start = text[from..i]
                .char_indices()
                .rev()
                .find(|&(_, ch)| ch.is_whitespace() || ch == '(')
                .map_or(from, |(p, ch)| from + p + ch.len_utf8());
            if (word_start > from || from == 0) && is_abbreviation(&text[word_start..i]) {
                continue;
            }
        }
        push(start, end, paragraph, &mut out);
        start = end;
    }
    push(start, text.len(), paragraph, &mut out);
    out
}

/// Words that never end a sentence: a line ending in one was wrapped inside its sentence.
const CONTINUING_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "with", "from", "and", "or", "but", "that", "than", "as",
    "into", "over", "after", "before", "about", "his", "her", "its", "their", "our", "has", "have", "had", "was", "were",
    "is", "are", "will", "would", "been", "least", "who", "which",
];

/// Whether `line` breaks off inside a sentence that `rest` (the text after its line break)
/// continues: it ends in a comma or a word that never ends a sentence, and the next line starts
/// with a letter or digit (not a bullet, a blank line or a new quote).
/// (After a comma only a lower-case word continues: "Committee on Foreign Relations," /
/// "Washington, DC, January 10, 2022." is a signature's lines; a clock opens a stamp, "6:55 PM ·
/// Jan 12, 2022", never a sentence's next words.)
fn is_wrapped(line: &str, rest: &str) -> bool {
    let line = line.trim_end();
    let next = rest.trim_start_matches([' ', '\t']);
    let first = next.chars().next();
    let clock = next.split_whitespace().next().is_some_and(|w| w.contains(':') && w.starts_with(|c: char| c.is_ascii_digit()));
    // (the last three words, lower case: a line of fewer is no wrapped sentence)
    let words: Vec<String> = line.split_whitespace().rev().take(3).map(str::to_ascii_lowercase).collect();
    let (last, before_last) = (words.first().map_or("", String::as_str), words.get(1).map_or("", String::as_str));
    // ("detained more" / "than 3,000 people", but not a button's "Show more")
    let comparative = matches!(last, "more" | "less" | "fewer")
        && !matches!(before_last, "show" | "read" | "see" | "load" | "view" | "learn" | "and" | "much" | "no" | "any");
    let after_word = (CONTINUING_WORDS.contains(&last) || comparative) && first.is_some_and(char::is_alphanumeric);
    let after_comma = line.ends_with(',') && first.is_some_and(char::is_lowercase);
    (after_word || after_comma) && !clock && words.len() == 3
}

/// Speaker mentions sorted by position, for span look-ups in logarithmic time.
pub struct MentionIndex<'a> {
    sorted: Vec<&'a crate::model::Mention>,
}

impl<'a> MentionIndex<'a> {
    /// Indexes the mentions of a [`crate::model::SpeakerIndex`].
    pub fn new(speakers: &'a crate::model::SpeakerIndex) -> Self {
        let mut sorted: Vec<&crate::model::Mention> = speakers.mentions.iter().collect();
        sorted.sort_by_key(|m| (m.start, m.end));
        MentionIndex { sorted }
    }

    /// Mentions lying wholly inside the character span `[start, end)`, in order.
    pub fn inside(&self, start: usize, end: usize) -> impl Iterator<Item = &'a crate::model::Mention> + '_ {
        let from = self.sorted.partition_point(|m| m.start < start);
        self.sorted[from..].iter().take_while(move |m| m.start < end).filter(move |m| m.end <= end).copied()
    }

    /// The mentions ending at or before character offset `at`, nearest first (at most `limit`).
    pub fn before(&self, at: usize, limit: usize) -> impl Iterator<Item = &'a crate::model::Mention> + '_ {
        let upto = self.sorted.partition_point(|m| m.start < at);
        self.sorted[..upto].iter().rev().filter(move |m| m.end <= at).take(limit).copied()
    }

    /// The first mention overlapping the character span `[start, end)`.
    pub fn overlapping(&self, start: usize, end: usize) -> Option<&'a crate::model::Mention> {
        let upto = self.sorted.partition_point(|m| m.start < end);
        // names are short: look back a bounded number of mentions
        self.sorted[..upto].iter().rev().take(16).copied().filter(|m| m.end > start).last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn a_line_wrapped_inside_its_sentence_goes_on_with_the_next() {
        let text = "The council met in Brussels on\nWednesday for four hours, officials said,\nand the envoy warned of a rupture.\nNext line.";
        let got: Vec<&str> = sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["The council met in Brussels on\nWednesday for four hours, officials said,\nand the envoy warned of a rupture.", "Next line."]);
        let text = "Police detained more\nthan 3,000 people. Show more\nNext line.";
        let got: Vec<&str> = sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["Police detained more\nthan 3,000 people.", "Show more", "Next line."]);
        // (not a signature's lines, nor a stamp under a post)
        let text = "Committee on Foreign Relations,\nWashington, DC, January 10, 2022.\nIf there is deterrence, there will be counter-deterrence in the\n6:55 PM · Jan 12, 2022";
        assert_eq!(sentences(text).len(), 4);
    }

    #[test]
    fn splits_on_full_stops_and_lines() {
        assert_eq!(
            texts("Troops left. Crowds cheered!\nA new day? Yes."),
            vec!["Troops left.", "Crowds cheered!", "A new day?", "Yes."]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials_inside() {
        assert_eq!(texts("Mr. Smith met U.S. envoys on Jan. 5 in J. Doe's office."), vec![
            "Mr. Smith met U.S. envoys on Jan. 5 in J. Doe's office."
        ]);
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(texts("\"We are done.\" He left."), vec!["\"We are done.\"", "He left."]);
    }

    #[test]
    fn counts_paragraphs_over_blank_lines() {
        let s = sentences("One.\n\nTwo. Three.\nFour.");
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), vec![0, 1, 1, 2]);
    }

    /// The per-character splitter this one replaced, as the reference.
    /// Splits `text` into sentences: at line breaks, and after `.`, `!` or `?` (plus any closing
    /// quotes or brackets) when whitespace and an upper-case letter, digit or opening quote follow.
    fn char_by_char(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut paragraph = 0usize;
        let mut line_has_text = false;
        let mut start = 0usize;
        let push = |s: usize, e: usize, paragraph: usize, out: &mut Vec<Sentence>| {
            let piece = &text[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                out.push(Sentence { start: s + lead, end: s + lead + trimmed.len(), paragraph });
            }
        };
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c == '\n' {
                push(start, i, paragraph, &mut out);
                if line_has_text {
                    paragraph += 1;
                }
                line_has_text = false;
                start = i + 1;
                continue;
            }
            if !c.is_whitespace() {
                line_has_text = true;
            }
            if matches!(c, '.' | '!' | '?') {
                // absorb closing quotes and brackets
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if matches!(d, '"' | '”' | '’' | '\'' | ')' | ']' | '»') {
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                // the next character must be a space, then a sentence opener
                let rest = &text[end..];
                let after_space = rest.trim_start_matches([' ', '\u{a0}', '\t']);
                if after_space.len() == rest.len() {
                    continue;
                }
                let opener = after_space.chars().next();
                let opens = opener.is_some_and(|o| o.is_uppercase() || o.is_ascii_digit() || matches!(o, '"' | '“' | '‘' | '«' | '['));
                if !opens {
                    continue;
                }
                if c == '.' {
                    // abbreviations are short: look back a few bytes only, so long tokens stay linear
                    let mut from = i.saturating_sub(12);
                    while !text.is_char_boundary(from) {
                        from += 1;
                    }
                    let word_start = text[from..i]
                        .char_indices()
                        .rev()
                        .find(|&(_, ch)| ch.is_whitespace() || ch == '(')
                        .map_or(from, |(p, ch)| from + p + ch.len_utf8());
                    if (word_start > from || from == 0) && is_abbreviation(&text[word_start..i]) {
                        continue;
                    }
                }
                push(start, end, paragraph, &mut out);
                start = end;
            }
        }
        push(start, text.len(), paragraph, &mut out);
        out
    }

    #[test]
    fn jumping_between_stops_splits_as_the_per_character_scan() {
        let pieces = ["Mr", ". ", "J", "word ", "U.S", ". ", "!", "?", "\n", "\n\n", " \n", "\u{a0}", "\t", "\"", "”", "’", ")", "]", "»", "“", "é", "Ж", "7", "(", "Jan", "e.g", "北", "  "];
        let mut state = 0x1234_5678_u32;
        for n in 0..3000 {
            let text: String = (0..(n % 40))
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    pieces[state as usize % pieces.len()]
                })
                .collect();
            assert_eq!(sentences(&text), char_by_char(&text), "{text:?}");
        }
    }
}
