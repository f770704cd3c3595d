//! Subtitles saved as text (SubRip `.srt`, WebVTT): numbered cues with time codes
//! ("12\n00:01:12,400 --> 00:01:15,000\nTokayev said the alliance's\n"), where a sentence
//! runs over several cues.
//!
//! [`cue_breaks`] finds what a reader of the subtitles does not read: the cue numbers, the
//! time codes, and the line breaks inside a sentence. [`crate::markup::decode`] removes
//! them with its map back to the source, so the spoken text reads as paragraphs. A file
//! counts as subtitles only with three or more time-code lines. Pure, no I/O.

/// A piece of the subtitles to replace: bytes `start..end` become `with` (or nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueBreak {
    /// The first byte replaced.
    pub start: usize,
    /// The byte after the last one replaced.
    pub end: usize,
    /// The character put in their place: a space or a line break, or none.
    pub with: Option<char>,
}

/// The pieces of `text` that are cue furniture, ascending and disjoint; empty unless the
/// text is subtitles. Between two cues the numbers and times become a space when the
/// sentence runs on, or a line break after a sentence's end; a line break inside a cue
/// becomes a space.
///
/// # Examples
/// ```
/// let srt = "1\n00:00:00,000 --> 00:00:02,000\nTroops will begin\n\n2\n00:00:02,000 --> 00:00:04,000\nleaving on Thursday.\n\n\
///            3\n00:00:04,000 --> 00:00:06,000\nThe talks\nend today.\n";
/// let pieces = kzcorpus::subtitles::cue_breaks(srt);
/// let mut text = String::new();
/// let mut at = 0;
/// for p in &pieces {
///     text.push_str(&srt[at..p.start]);
///     text.extend(p.with);
///     at = p.end;
/// }
/// text.push_str(&srt[at..]);
/// assert_eq!(text, "Troops will begin leaving on Thursday.\nThe talks end today.\n");
/// ```
pub fn cue_breaks(text: &str) -> Vec<CueBreak> {
    if memchr::memmem::find(text.as_bytes(), b"-->").is_none() {
        return Vec::new();
    }
    // (line start, line without its break)
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .scan(0usize, |pos, line| {
            let at = *pos;
            *pos += line.len();
            Some((at, line.trim_end_matches(['\n', '\r'])))
        })
        .collect();
    let timing: Vec<bool> = lines.iter().map(|(_, l)| is_time_code(l)).collect();
    if timing.iter().filter(|&&t| t).count() < 3 {
        return Vec::new();
    }
    let is_number = |i: usize| {
        let l = lines[i].1.trim();
        !l.is_empty() && l.len() <= 6 && l.bytes().all(|b| b.is_ascii_digit()) && timing.get(i + 1) == Some(&true)
    };
    let mut out = Vec::new();
    // the end of the last line of cue text, and whether its sentence was finished
    let mut last_text: Option<(usize, bool)> = None;
    // where the cue headers (numbers, times, a "WEBVTT" line) before the first cue begin
    let mut pending: Option<usize> = None;
    let mut in_cues = false;
    // lines of text in the current cue: a cue holds at most MAX_CUE_LINES
    let mut cue_lines = 0;
    for (i, &(start, line)) in lines.iter().enumerate() {
        let header = timing[i] || is_number(i) || (i == 0 && line.starts_with("WEBVTT"));
        if header {
            pending.get_or_insert(start);
            in_cues |= timing[i];
            cue_lines = 0;
            continue;
        }
        if line.trim().is_empty() || !in_cues {
            continue;
        }
        cue_lines += 1;
        if cue_lines > MAX_CUE_LINES {
            // text running on under the last cue is the page's own
            in_cues = false;
            continue;
        }
        // a line of cue text: what lies between it and the previous one is replaced
        match last_text {
            Some((end, finished)) => {
                let cue_between = pending.is_some();
                out.push(CueBreak { start: end, end: start, with: Some(if finished && cue_between { '\n' } else { ' ' }) });
            }
            None => {
                if let Some(p) = pending {
                    out.push(CueBreak { start: p, end: start, with: None });
                }
            }
        }
        pending = None;
        let trimmed = line.trim_end();
        last_text = Some((start + trimmed.len(), trimmed.ends_with(['.', '!', '?', '"', '”', '…'])));
        // the cues end where a blank line is followed by text that is no cue header
        let next = (i + 1..lines.len()).find(|&j| !lines[j].1.trim().is_empty());
        let blank_before_next = next.is_some_and(|j| j > i + 1);
        if next.is_none_or(|j| blank_before_next && !timing[j] && !is_number(j)) {
            in_cues = false;
            last_text = None;
        }
    }
    out
}

/// The most lines of text a cue shows at once.
const MAX_CUE_LINES: usize = 3;

/// A cue's time code line: "00:01:12,400 --> 00:01:15,000" (SubRip) or
/// "00:01:12.400 --> 00:01:15.000" (WebVTT), optionally with cue settings after it.
fn is_time_code(line: &str) -> bool {
    let Some((from, to)) = line.trim().split_once(" --> ") else { return false };
    let stamp = |s: &str| {
        let digits = s.bytes().filter(u8::is_ascii_digit).count();
        (6..=9).contains(&digits) && s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b':' | b',' | b'.')) && s.contains(':')
    };
    let mut to = to.split_whitespace();
    // after the end time only cue settings ("align:start", "position:10%"), no words
    stamp(from) && to.next().is_some_and(stamp) && to.all(|setting| setting.contains(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str) -> String {
        let mut out = String::new();
        let mut at = 0;
        for p in cue_breaks(text) {
            out.push_str(&text[at..p.start]);
            out.extend(p.with);
            at = p.end;
        }
        out.push_str(&text[at..]);
        out
    }

    #[test]
    fn cues_read_as_sentences_and_the_description_stays() {
        let srt = "1\n00:00:00,000 --> 00:00:03,200\nRussian-led troops will begin\nleaving on Thursday,\n\n\
                   2\n00:00:03,200 --> 00:00:06,800\nthe president said.\n\n\
                   3\n00:00:06,800 --> 00:00:10,500\n[Ann Lee, reporter]\nThe city is calm.\n\n\
                   Video description\nTroops to leave | Eurasia Now\n";
        assert_eq!(
            apply(srt),
            "Russian-led troops will begin leaving on Thursday, the president said.\n[Ann Lee, reporter] The city is calm.\n\n\
             Video description\nTroops to leave | Eurasia Now\n"
        );
    }

    #[test]
    fn webvtt_times_and_crlf_lines() {
        let vtt = "WEBVTT\r\n\r\n00:00.000 --> 00:02.000\r\nOne line\r\n\r\n00:02.000 --> 00:04.000\r\ngoes on.\r\n\r\n\
                   00:04.000 --> 00:06.000 align:start\r\nNext.\r\n";
        assert_eq!(apply(vtt), "One line goes on.\nNext.\r\n");
    }

    #[test]
    fn words_after_a_time_code_and_text_after_the_last_cue_stay() {
        let listing = "00:01:12,400 --> 00:01:15,000 Tokayev says 20,000 bandits attacked.\n\
                       00:02:12,400 --> 00:02:15,000 The clip was cut here.\n00:03:12,400 --> 00:03:15,000 And here.\n";
        assert!(cue_breaks(listing).is_empty());
        let srt = "1\n00:00:00,000 --> 00:00:02,000\nTroops will begin\n\n2\n00:00:02,000 --> 00:00:04,000\nleaving on Thursday.\n\n\
                   3\n00:00:04,000 --> 00:00:06,000\nThe talks end today.\nThe original speech was broadcast live.\n\
                   Our analysis found three cuts.\nPolice said 14 people were held.\n";
        assert_eq!(
            apply(srt),
            "Troops will begin leaving on Thursday.\nThe talks end today. The original speech was broadcast live. Our analysis found three cuts.\n\
             Police said 14 people were held.\n"
        );
    }

    #[test]
    fn ordinary_text_with_an_arrow_is_left_alone() {
        assert!(cue_breaks("Prices rose --> 5% and 00:01:00,000 --> 00:02:00,000 once.").is_empty());
        assert!(cue_breaks("Almaty --> Astana\nAstana --> Moscow\n").is_empty());
    }
}
