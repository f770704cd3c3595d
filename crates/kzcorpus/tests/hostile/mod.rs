//! Hostile input (issue 7): what scrapers really produce — binary files, broken encodings,
//! gigantic lines, thousands of quote marks, absurd names and impossible dates.
//!
//! Every case checks three things: the outcome a user would expect (a clear error naming
//! the file, or a sensible extraction), that nothing panics, and that the work grows
//! linearly with the input. Linearity is asserted by COUNTING: the extraction of an input
//! of size n and of size 4n are compared by a deterministic work measure (rows and
//! characters produced, see [`work`]), and, as a backstop only, by the CPU time of the
//! extracting thread (not wall time, so a busy machine does not make it flaky).

mod decoding;
mod extraction;
mod query_surface;

use kzcorpus::{extract, ExtractOptions, ExtractedDocument};

/// Checks the invariants every extraction must hold whatever the input: articles lie
/// inside the document, every span lies inside its body, every `text` field is exactly the
/// span it claims to be, and every speaker index points at a speaker.
pub fn check_invariants(text: &str, doc: &ExtractedDocument) {
    let doc_chars = text.chars().count();
    for (i, ex) in doc.articles.iter().enumerate() {
        let a = &ex.article;
        assert_eq!(a.ordinal, i, "article ordinals run from 0");
        assert!(a.doc_start <= a.doc_end && a.doc_end <= doc_chars, "article {i} span {}..{} outside a {doc_chars}-char document", a.doc_start, a.doc_end);
        // Byte offset of every character (and of the end), so each span is sliced in O(1):
        // the checker itself must stay linear on huge bodies.
        let starts: Vec<usize> = a.body.char_indices().map(|(b, _)| b).chain(std::iter::once(a.body.len())).collect();
        let body_chars = starts.len() - 1;
        let slice_chars = |_: &str, s: usize, e: usize| &a.body[starts[s]..starts[e]];
        let speakers = ex.speakers.speakers.len();
        let in_body = |what: &str, start: usize, end: usize| {
            assert!(start <= end && end <= body_chars, "{what} span {start}..{end} outside a {body_chars}-char body");
        };
        for m in &ex.speakers.mentions {
            in_body("mention", m.start, m.end);
            assert!(m.speaker < speakers, "mention of speaker {} of {speakers}", m.speaker);
            assert_eq!(slice_chars(&a.body, m.start, m.end), m.text, "mention text is its span");
        }
        for q in &ex.quotes {
            assert!(q.speaker.map_or(true, |s| s < speakers), "quote speaker {:?} of {speakers}", q.speaker);
            assert!((0.0..=1.0).contains(&q.confidence), "confidence {}", q.confidence);
            if q.zone == kzcorpus::model::Zone::Headline {
                let headline: Vec<char> = a.headline.as_deref().unwrap_or("").chars().collect();
                assert!(q.start <= q.end && q.end <= headline.len(), "headline quote {}..{}", q.start, q.end);
                assert_eq!(headline[q.start..q.end].iter().collect::<String>(), q.text, "headline quote text is its span");
                continue;
            }
            in_body("quote", q.start, q.end);
            assert_eq!(slice_chars(&a.body, q.start, q.end), q.text, "quote text is its span");
        }
        for e in &ex.events {
            in_body("event", e.start, e.end);
            assert!(e.participants.iter().all(|&p| p < speakers), "event participants {:?} of {speakers}", e.participants);
        }
        for c in &ex.claims {
            match c.zone {
                kzcorpus::model::Zone::Body => in_body("claim", c.start, c.end),
                kzcorpus::model::Zone::Headline => {
                    let headline = a.headline.as_deref().unwrap_or("");
                    let chars: Vec<char> = headline.chars().collect();
                    assert!(c.start <= c.end && c.end <= chars.len(), "headline claim {}..{} in {headline:?}", c.start, c.end);
                    assert_eq!(chars[c.start..c.end].iter().collect::<String>(), c.evidence, "headline claim evidence is its span");
                }
            }
            assert!(c.value_max.map_or(true, |m| m >= c.value), "claim range {}..{:?}", c.value, c.value_max);
        }
    }
}

/// A deterministic measure of the work an extraction produced: rows of every kind plus
/// every character written into them. An extractor whose output grows faster than its
/// input (spans re-copied per match, a row per pair of positions) shows up here.
pub fn work(doc: &ExtractedDocument) -> usize {
    let len = |s: &str| s.len();
    let opt = |s: &Option<String>| s.as_deref().map_or(0, len);
    doc.articles
        .iter()
        .map(|ex| {
            let a = &ex.article;
            1 + len(&a.body)
                + opt(&a.headline)
                + a.authors.iter().map(|s| len(s)).sum::<usize>()
                + ex.speakers.speakers.iter().map(|s| 1 + len(&s.name) + s.aliases.iter().map(|x| len(x)).sum::<usize>()).sum::<usize>()
                + ex.speakers.mentions.iter().map(|m| 1 + len(&m.text)).sum::<usize>()
                + ex.quotes.iter().map(|q| 1 + len(&q.text) + opt(&q.speaker_text)).sum::<usize>()
                + ex.events.iter().map(|e| 1 + len(&e.evidence) + e.participants.len()).sum::<usize>()
                + ex.claims.iter().map(|c| 1 + len(&c.evidence) + len(&c.subject)).sum::<usize>()
        })
        .sum()
}

/// CPU time used so far by the calling thread, in nanoseconds.
fn thread_cpu_nanos() -> u128 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    ts.tv_sec as u128 * 1_000_000_000 + ts.tv_nsec as u128
}

/// Extracts `text`, checks the invariants, and returns the result with its CPU time.
pub fn extract_checked(text: &str) -> (ExtractedDocument, u128) {
    let t0 = thread_cpu_nanos();
    let doc = extract(text, &ExtractOptions::default());
    let cpu = thread_cpu_nanos() - t0;
    check_invariants(text, &doc);
    (doc, cpu)
}

/// Extracts `make(n)` and `make(4 * n)` and asserts the work grows at most linearly:
/// the deterministic [`work`] measure by at most 4.5x (plus a constant), and, as a
/// backstop, CPU time by less than 10x (a quadratic stage would take 16x). Returns the
/// two extractions for case-specific checks.
pub fn assert_linear(case: &str, n: usize, make: impl Fn(usize) -> String) -> (ExtractedDocument, ExtractedDocument) {
    let (small_text, big_text) = (make(n), make(4 * n));
    assert!(big_text.len() >= 3 * small_text.len(), "{case}: the 4n input is not bigger");
    let (small, small_cpu) = extract_checked(&small_text);
    let (big, big_cpu) = extract_checked(&big_text);
    let (w1, w4) = (work(&small), work(&big));
    eprintln!("LINEAR {case}: n {} bytes {} ms work {w1}; 4n {} bytes {} ms work {w4}", small_text.len(), small_cpu / 1_000_000, big_text.len(), big_cpu / 1_000_000);
    let input_ratio = big_text.len() as f64 / small_text.len() as f64;
    assert!(
        w4 as f64 <= 1.15 * input_ratio * w1 as f64 + 1000.0,
        "{case}: work grew from {w1} to {w4} while the input grew {input_ratio:.1}x"
    );
    // Backstop: the thread's CPU time. Below a few milliseconds, timer noise dominates.
    let floor = 20_000_000; // 20 ms
    assert!(
        big_cpu <= 10 * small_cpu.max(floor),
        "{case}: CPU time grew from {small_cpu} ns to {big_cpu} ns while the input grew {input_ratio:.1}x"
    );
    (small, big)
}

/// The attribution work count of the quotes extractor on `body` taken as one article
/// (tokens and characters its look-ups visited, [`kzcorpus::quotes::extract_quotes_counted`]),
/// with the number of quotes found.
pub fn attribution_work(body: &str) -> (u64, usize) {
    let article = kzcorpus::Article { body: body.to_owned(), ..Default::default() };
    let mut index = kzcorpus::speakers::find_speakers(&article);
    let (quotes, steps) = kzcorpus::quotes::extract_quotes_counted(&article, &mut index);
    (steps, quotes.len())
}

/// Asserts the quote attribution's work count grows at most linearly between the bodies
/// `make(n)` and `make(4 * n)`: by at most 4.5x the input growth ratio over 4 (plus a
/// constant). Counting, not timing: a look-up that rescans the body per quote makes it 16x.
pub fn assert_attribution_linear(case: &str, n: usize, make: impl Fn(usize) -> String) {
    let (small, big) = (make(n), make(4 * n));
    let ((w1, q1), (w4, q4)) = (attribution_work(&small), attribution_work(&big));
    eprintln!("ATTRIBUTION {case}: n {} bytes work {w1} quotes {q1}; 4n {} bytes work {w4} quotes {q4}", small.len(), big.len());
    let input_ratio = big.len() as f64 / small.len() as f64;
    assert!(
        w4 as f64 <= 1.15 * input_ratio * w1 as f64 + 1000.0,
        "{case}: attribution work grew from {w1} to {w4} while the input grew {input_ratio:.1}x"
    );
}

/// Number of rows of every kind in an extraction: (articles, mentions, quotes, events, claims).
pub fn rows(doc: &ExtractedDocument) -> (usize, usize, usize, usize, usize) {
    doc.articles.iter().fold((0, 0, 0, 0, 0), |(a, m, q, e, c), ex| {
        (a + 1, m + ex.speakers.mentions.len(), q + ex.quotes.len(), e + ex.events.len(), c + ex.claims.len())
    })
}
