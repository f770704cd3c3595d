//! Finding the spans between quotation marks, including the malformed ones.
//!
//! One left-to-right pass over the characters with a small state (open or not, nesting
//! depth, the paragraph the quote started in). Straight marks are told apart by what is
//! around them; curly marks by their shape, unless the context contradicts it. Recovered
//! forms are flagged `malformed`:
//! - a quote left open at the end of its paragraph runs on to a closing mark in a later
//!   paragraph when no new quote opens first; otherwise it ends with its paragraph;
//! - an opening mark used as a closer (`… infrastructure. “, according to`);
//! - a closing mark with no opener that is followed by an attribution (`… open," he said`)
//!   starts the quote at its paragraph start, or extends a quote that closed just before
//!   with no other mark in between (`… summer,””or … ”wrote`);
//! - a quote with no closing mark whose paragraph contains `, Name said` ends at that comma.
//!
//! Work is linear in the text length: every character is visited once by the main pass,
//! and the look-aheads are bounded to a few dozen characters.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::speakers::gazetteer::GAZETTEER;

/// A span between quotation marks, in character offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// First quoted character.
    pub start: usize,
    /// One past the last quoted character.
    pub end: usize,
    /// Offset of the closing mark, when there is one.
    pub close: Option<usize>,
    /// Whether the span was recovered from missing, wrong or unpaired marks.
    pub malformed: bool,
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Straight,
    Open(char),
    Close,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '"' | '＂' => Some(Mark::Straight),
        '“' | '„' | '«' => Some(Mark::Open(c)),
        '”' | '»' => Some(Mark::Close),
        _ => None,
    }
}

/// Whether [`find_spans`] has anything to do at `c`: a line break or a quotation mark.
fn is_stop(c: char) -> bool {
    if c.is_ascii() {
        c == '\n' || c == '"'
    } else {
        mark(c).is_some()
    }
}

struct Open {
    start: usize,
    mark: char,
    depth: usize,
    first_para_end: Option<usize>,
    paras_crossed: usize,
}

/// How many paragraphs an unclosed quote may run across looking for its closing mark.
const MAX_PARAGRAPHS: usize = 12;

static INNER_ATTRIBUTION: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r",\s+(?:(?:[A-Z][\p{L}'’.-]*\s+){1,4}|(?:he|she|they)\s+)(?:said|says|told|added|stressed|noted|explained|emphasized|warned|insisted)(?-u:\b)",
    )
    .expect("inner attribution regex")
});

/// Finds every quotation span of `text` (offsets in characters).
pub fn find_spans(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut spans: Vec<Span> = Vec::new();
    let mut open: Option<Open> = None;
    let mut para_start = 0usize;
    let mut para_id = 0usize;
    // (index into spans, paragraph, closing mark offset) of the last closed quote
    let mut last_closed: Option<(usize, usize, usize)> = None;
    let mut last_mark: Option<usize> = None;
    let next_non_space = |i: usize| chars[i + 1..n.min(i + 40)].iter().copied().find(|c| !matches!(c, ' ' | '\u{a0}'));

    let mut i = 0;
    while i < n {
        // nothing happens at a character that is neither a line break nor a quotation mark
        match chars[i..].iter().position(|&c| is_stop(c)) {
            Some(skip) => i += skip,
            None => break,
        }
        let c = chars[i];
        if c == '\n' {
            if let Some(o) = open.as_mut() {
                if o.first_para_end.is_none() {
                    // a missing closing mark before ", Name said" inside the paragraph
                    if let Some(cut) = inner_attribution(&chars, o.start, i) {
                        spans.push(Span { start: o.start, end: cut, close: None, malformed: true });
                        open = None;
                    } else {
                        o.first_para_end = Some(i);
                        o.depth = 1;
                    }
                } else {
                    o.paras_crossed += 1;
                    if o.paras_crossed > MAX_PARAGRAPHS {
                        let end = o.first_para_end.unwrap_or(i);
                        push_trimmed(&mut spans, &chars, o.start, end, None);
                        open = None;
                    }
                }
            }
            para_start = i + 1;
            if chars[para_start.min(n)..n.min(para_start + 1)].iter().any(|c| !is_space(*c)) {
                para_id += 1;
            }
            i += 1;
            continue;
        }
        let Some(m) = mark(c) else {
            i += 1;
            continue;
        };
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let next = chars.get(i + 1).copied();
        let prev_space = prev.is_none_or(|p| is_space(p) || "([{—–-/".contains(p));
        let next_word = next.is_some_and(|x| !is_space(x) && !",.;:!?".contains(x));
        let opening_like = prev_space && next_word;
        match open.as_mut() {
            None => {
                let opens = match m {
                    Mark::Straight => next_word,
                    Mark::Open(_) => next_non_space(i).is_some_and(|x| !",.;:!?\n".contains(x)),
                    Mark::Close => false,
                };
                if opens && !(m == Mark::Close) {
                    open = Some(Open { start: i + 1, mark: c, depth: 1, first_para_end: None, paras_crossed: 0 });
                } else if attribution_follows(&chars, i + 1) {
                    let no_mark_between = last_closed.is_some_and(|(_, p, close)| p == para_id && last_mark == Some(close));
                    if let (true, Some((idx, _, _))) = (no_mark_between, last_closed) {
                        if let Some(s) = spans.get_mut(idx) {
                            s.end = i;
                            s.close = Some(i);
                            s.malformed = true;
                        }
                        last_closed = Some((idx, para_id, i));
                    } else {
                        // from the paragraph start, but never back across an earlier mark
                        let from = last_mark.map_or(para_start, |m| (m + 1).max(para_start));
                        let start = (from..i).find(|&k| !is_space(chars[k])).unwrap_or(i);
                        if i > start {
                            spans.push(Span { start, end: i, close: Some(i), malformed: true });
                            last_closed = Some((spans.len() - 1, para_id, i));
                        }
                    }
                } else if m == Mark::Close && opening_like {
                    // a closing shape used to open
                    open = Some(Open { start: i + 1, mark: c, depth: 1, first_para_end: None, paras_crossed: 0 });
                }
            }
            Some(o) => {
                let crossed = o.first_para_end.is_some();
                let starts_new = crossed
                    && match m {
                        Mark::Straight => opening_like,
                        Mark::Open(_) => next_non_space(i).is_some_and(|x| !",.;:!?\n".contains(x)),
                        Mark::Close => false,
                    };
                if starts_new {
                    let end = o.first_para_end.unwrap_or(i);
                    let start = o.start;
                    push_trimmed(&mut spans, &chars, start, end, None);
                    open = Some(Open { start: i + 1, mark: c, depth: 1, first_para_end: None, paras_crossed: 0 });
                } else {
                    let closes = match m {
                        Mark::Straight => !(opening_like && prev.is_some_and(is_space)),
                        Mark::Open(_) => {
                            (o.mark == '„' && c == '“') || !next_non_space(i).is_some_and(|x| !",.;:!?\n".contains(x))
                        }
                        Mark::Close => true,
                    };
                    if closes {
                        o.depth -= 1;
                        if o.depth == 0 {
                            let matched = matches!((o.mark, c), ('"', '"') | ('“', '”') | ('„', '“') | ('„', '”') | ('«', '»') | ('”', '”'));
                            let malformed = crossed || !matched || o.mark == '”';
                            let start = o.start;
                            spans.push(Span { start, end: i, close: Some(i), malformed });
                            last_closed = Some((spans.len() - 1, para_id, i));
                            open = None;
                        }
                    } else {
                        o.depth += 1;
                    }
                }
            }
        }
        last_mark = Some(i);
        i += 1;
    }
    if let Some(o) = open {
        let end = o.first_para_end.unwrap_or(n);
        if o.first_para_end.is_none() {
            if let Some(cut) = inner_attribution(&chars, o.start, end) {
                spans.push(Span { start: o.start, end: cut, close: None, malformed: true });
                return finish(spans, &chars);
            }
        }
        push_trimmed(&mut spans, &chars, o.start, end, None);
    }
    finish(spans, &chars)
}

fn finish(mut spans: Vec<Span>, chars: &[char]) -> Vec<Span> {
    spans.retain(|s| s.end > s.start && chars[s.start..s.end].iter().any(|c| c.is_alphanumeric()));
    spans.sort_by_key(|s| s.start);
    spans
}

fn push_trimmed(spans: &mut Vec<Span>, chars: &[char], start: usize, end: usize, close: Option<usize>) {
    let mut e = end;
    while e > start && is_space(chars[e - 1]) {
        e -= 1;
    }
    spans.push(Span { start, end: e, close, malformed: true });
}

/// The end (just after the comma) of a quote whose closing mark is missing before an
/// attribution such as ", Name said" in the same paragraph.
fn inner_attribution(chars: &[char], start: usize, end: usize) -> Option<usize> {
    let s: String = chars[start..end].iter().collect();
    let m = INNER_ATTRIBUTION.find_iter(&s).last()?;
    Some(start + s[..m.start()].chars().count() + 1)
}

/// Whether a cue verb follows within a few words of `from` (before the sentence ends).
fn attribution_follows(chars: &[char], from: usize) -> bool {
    let end = chars.len().min(from + 60);
    let mut word = String::new();
    let mut words = 0;
    for &c in &chars[from..end] {
        if c.is_alphabetic() {
            word.extend(c.to_lowercase());
            continue;
        }
        if !word.is_empty() {
            if GAZETTEER.is_cue_word(&word) {
                return true;
            }
            words += 1;
            word.clear();
            if words >= 6 {
                return false;
            }
        }
        if matches!(c, '.' | '!' | '?' | '\n' | '"' | '“' | '”') {
            return false;
        }
    }
    !word.is_empty() && GAZETTEER.is_cue_word(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(String, bool)> {
        find_spans(text).into_iter().map(|s| (text.chars().skip(s.start).take(s.end - s.start).collect(), s.malformed)).collect()
    }

    #[test]
    fn straight_and_curly_pairs() {
        let t = "He said \"we will go\" and later “we went” and „wir gehen“ and «nous allons».";
        let got: Vec<String> = texts(t).into_iter().map(|x| x.0).collect();
        assert_eq!(got, vec!["we will go", "we went", "wir gehen", "nous allons"]);
        assert!(find_spans(t).iter().all(|s| !s.malformed));
    }

    #[test]
    fn multi_sentence_quote_is_one_span() {
        assert_eq!(texts("“Rain fell. Then it stopped. We left,” she said.")[0].0, "Rain fell. Then it stopped. We left,");
    }

    #[test]
    fn nested_straight_marks_stay_inside() {
        let t = "\"The \"Blue Sky\" drill starts Monday,\" the army said.";
        assert_eq!(texts(t), vec![("The \"Blue Sky\" drill starts Monday,".to_string(), false)]);
    }

    #[test]
    fn open_paragraph_continues_to_later_closing_mark() {
        let t = "\"First part of it.\nSecond part, still talking,\" the mayor said.";
        assert_eq!(texts(t), vec![("First part of it.\nSecond part, still talking,".to_string(), true)]);
    }

    #[test]
    fn reopened_paragraph_makes_two_spans() {
        let t = "“One paragraph of talk.\n\n“Another paragraph.”";
        assert_eq!(texts(t), vec![("One paragraph of talk.".to_string(), true), ("Another paragraph.".to_string(), false)]);
    }

    #[test]
    fn missing_closing_mark_ends_with_paragraph() {
        let t = "The chief said that \"the river will rise by Friday.\nOfficials said more later.\n\"We are ready,\" he added.";
        let got = texts(t);
        assert_eq!(got[0], ("the river will rise by Friday.".to_string(), true));
        assert_eq!(got[1], ("We are ready,".to_string(), false));
    }

    #[test]
    fn opening_mark_used_as_closer() {
        let t = "Guards protect “key bridges and depots. “, according to the army.";
        assert_eq!(texts(t), vec![("key bridges and depots. ".to_string(), true)]);
    }

    #[test]
    fn closing_mark_without_space_before_cue() {
        let t = "“We stay here, ”said the farmer.";
        assert_eq!(texts(t), vec![("We stay here, ".to_string(), false)]);
    }

    #[test]
    fn missing_opening_mark_recovered_from_paragraph_start() {
        let t = "Talks Resume\nOur view is firm and clear,\" he said after the meeting.";
        assert_eq!(texts(t), vec![("Our view is firm and clear,".to_string(), true)]);
    }

    #[test]
    fn stray_closer_extends_previous_quote() {
        let t = "“Cut costs in“ bad times ”and“ good times,””or raise taxes ”wrote the mayor.";
        assert_eq!(texts(t)[0].0, "Cut costs in“ bad times ”and“ good times,””or raise taxes ");
    }

    #[test]
    fn curly_open_straight_close_is_malformed() {
        assert_eq!(texts("“Fine by us,\" the envoy said."), vec![("Fine by us,".to_string(), true)]);
    }

    #[test]
    fn missing_close_before_inner_attribution() {
        let t = "\"It was a frank talk. It was useful, Pavel Orlov said at a briefing.";
        assert_eq!(texts(t), vec![("It was a frank talk. It was useful,".to_string(), true)]);
    }

    #[test]
    fn hostile_inputs_stay_fast() {
        let many = "\"".repeat(10_000);
        let _ = find_spans(&many);
        let nested = format!("{}x{}", "“".repeat(1000), "”".repeat(1000));
        assert_eq!(find_spans(&nested).len(), 1);
        let mixed = "“a ”b „c « d » ".repeat(2000);
        let _ = find_spans(&mixed);
    }
}
