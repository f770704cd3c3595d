//! Bad input (issue 2): every refused document is reported with its file name and, where
//! there is one, the byte offset — and leaves the database exactly as it was.

use std::path::{Path, PathBuf};

use kzcorpus::{BuildOptions, Corpus, Error, ReadOptions};

use crate::common::tempdir;

const GOOD: &str = "Ministers Meet In Rome\n\nThe ministers met on Monday to discuss gas prices, officials said.\n";

fn counts(db: &Path) -> Vec<(&'static str, i64)> {
    Corpus::open(db).and_then(|c| c.counts()).expect("open the database read-only")
}

/// A database holding one good document, and its row counts.
fn seeded(dir: &Path) -> (PathBuf, Vec<(&'static str, i64)>) {
    let good = dir.join("good.txt");
    std::fs::write(&good, GOOD).expect("write good.txt");
    let db = dir.join("kz.db");
    let report = kzcorpus::build(&[good], &db, &BuildOptions::default(), &mut |_| {}).expect("build");
    assert_eq!((report.added, report.failed.len()), (1, 0));
    let before = counts(&db);
    (db, before)
}

/// Builds `bytes` as `name` into a seeded database; returns the one reported error, after
/// checking that the database did not change. Strict mode must fail the same way.
fn refused(name: &str, bytes: &[u8], read: ReadOptions) -> Error {
    let dir = tempdir();
    let (db, before) = seeded(dir.path());
    let bad = dir.path().join(name);
    std::fs::write(&bad, bytes).expect("write the bad file");
    let options = BuildOptions { read: read.clone(), ..Default::default() };
    let mut report = kzcorpus::build(std::slice::from_ref(&bad), &db, &options, &mut |_| {}).expect("a bad document is skipped, not fatal");
    assert_eq!((report.added, report.failed.len()), (0, 1), "{:?}", report.failed);
    assert_eq!(counts(&db), before, "a refused document changed the database");
    let strict = BuildOptions { read, strict: true, ..Default::default() };
    let err = kzcorpus::build(&[bad], &db, &strict, &mut |_| {}).expect_err("strict mode stops at the bad document");
    assert_eq!(err.to_string(), report.failed[0].to_string());
    assert_eq!(counts(&db), before, "a refused document changed the database in strict mode");
    report.failed.remove(0)
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let err = refused("latin1.txt", b"Talks In Rome\n\nThe caf\xe9 was closed on Monday, the owner said.\n", ReadOptions::default());
    assert!(matches!(err, Error::InvalidUtf8 { offset: 22, .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("latin1.txt") && msg.contains("byte 22") && msg.contains("--lossy"), "{msg}");
    assert_eq!(err.kind(), kzcorpus::ErrorKind::Input);
}

#[test]
fn lossy_option_ingests_invalid_utf8_with_replacement_characters() {
    let dir = tempdir();
    let (db, before) = seeded(dir.path());
    let bad = dir.path().join("latin1.txt");
    std::fs::write(&bad, b"Talks In Rome\n\nThe caf\xe9 was closed on Monday, the owner said.\n").expect("write");
    let options = BuildOptions { read: ReadOptions { lossy: true, ..Default::default() }, ..Default::default() };
    let report = kzcorpus::build(&[bad], &db, &options, &mut |_| {}).expect("build");
    assert_eq!((report.added, report.failed.len()), (1, 0));
    let after = counts(&db);
    let n = |c: &[(&str, i64)], t: &str| c.iter().find(|(k, _)| *k == t).map_or(0, |(_, n)| *n);
    assert_eq!(n(&after, "documents"), n(&before, "documents") + 1);
    let conn = rusqlite::Connection::open(&db).expect("open");
    let body: String = conn
        .query_row("SELECT body FROM articles WHERE headline = 'Talks In Rome'", [], |r| r.get(0))
        .expect("the lossy document's article");
    assert!(body.contains("caf\u{FFFD} was closed"), "{body}");
}

#[test]
fn binary_file_is_refused_with_offset_of_nul() {
    let err = refused("image.bin", b"GIF89a\x00\x01\x02", ReadOptions::default());
    assert!(matches!(err, Error::Binary { offset: 6, .. }), "{err:?}");
    assert!(err.to_string().contains("image.bin"), "{err}");
}

#[test]
fn empty_file_is_reported() {
    let err = refused("empty.txt", b"", ReadOptions::default());
    assert!(matches!(err, Error::Empty { .. }), "{err:?}");
    assert!(err.to_string().contains("empty.txt: empty document"), "{err}");
}

#[test]
fn whitespace_only_file_is_reported_as_empty() {
    let err = refused("blank.txt", b" \n\t\r\n  \xc2\xa0\n", ReadOptions::default());
    assert!(matches!(err, Error::Empty { .. }), "{err:?}");
    assert!(err.to_string().contains("blank.txt"), "{err}");
}

#[test]
fn file_over_the_size_cap_is_refused() {
    let err = refused("big.txt", GOOD.repeat(10).as_bytes(), ReadOptions { max_bytes: 100, ..Default::default() });
    assert!(matches!(err, Error::TooLarge { limit: 100, .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("big.txt") && msg.contains("--max-bytes"), "{msg}");
}

#[test]
fn utf8_bom_is_tolerated() {
    let dir = tempdir();
    let (db, _) = seeded(dir.path());
    let file = dir.path().join("bom.txt");
    std::fs::write(&file, [b"\xEF\xBB\xBF".as_slice(), b"Talks Resume In Vienna\n\nNegotiators returned to Vienna on Tuesday, diplomats said.\n"].concat())
        .expect("write");
    let report = kzcorpus::build(&[file], &db, &BuildOptions::default(), &mut |_| {}).expect("build");
    assert_eq!((report.added, report.failed.len()), (1, 0));
    let conn = rusqlite::Connection::open(&db).expect("open");
    let headline: String = conn
        .query_row("SELECT headline FROM articles WHERE headline LIKE '%Vienna'", [], |r| r.get(0))
        .expect("the article");
    assert_eq!(headline, "Talks Resume In Vienna");
}

/// Truncated pages (every prefix and suffix of the bundled documents, cut at line
/// boundaries) segment without panics, and every article's offsets locate its text.
#[test]
fn truncated_pages_segment_cleanly() {
    for (name, bytes) in kzcorpus::bundled::DOCUMENTS {
        let text = std::str::from_utf8(bytes).expect("bundled documents are UTF-8");
        let cuts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).step_by(20).collect();
        for &cut in &cuts {
            for part in [&text[..cut], &text[cut + 1..]] {
                let chars: Vec<char> = part.chars().collect();
                for a in kzcorpus::segment::segment(part) {
                    assert!(a.doc_start <= a.doc_end && a.doc_end <= chars.len(), "{name}: offsets out of range");
                    let span: String = chars[a.doc_start..a.doc_end].iter().collect();
                    for line in [a.body.lines().next(), a.body.lines().last()].into_iter().flatten() {
                        assert!(span.contains(line), "{name}: body line outside its span: {line:?}");
                    }
                }
            }
        }
    }
}
