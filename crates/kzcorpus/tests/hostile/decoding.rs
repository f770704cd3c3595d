//! Hostile files at the decoding stage: each is either refused with an error naming the
//! file (and byte offset), leaving the database untouched, or decoded into the same text a
//! clean UTF-8/LF copy would give.

use std::path::{Path, PathBuf};

use kzcorpus::document::decode;
use kzcorpus::{BuildOptions, Corpus, Error, ReadOptions};

use super::{check_invariants, extract_checked, rows};
use crate::common::tempdir;

/// A plain article used as the clean reference the hostile variants are compared with.
const ARTICLE: &str = "Ferry Service Resumes On The Lake\n\n\
    HARBOURTOWN, Feb 3 (Wire) - The ferry company restarted crossings on Thursday after a week of storms, \
    its director Marta Quell said.\n\n\
    \"We lost 12 sailings and 3,000 passengers,\" Quell said. \"The boats are safe.\"\n\n\
    About 40 workers repaired the pier on Monday, officials said.\n";

fn counts(db: &Path) -> Vec<(&'static str, i64)> {
    Corpus::open(db).and_then(|c| c.counts()).expect("open the database read-only")
}

/// Builds `bytes` saved as `name` into a database that already holds one clean document
/// and returns the build's one error, after checking the database did not change.
fn refused_by_build(name: &str, bytes: &[u8]) -> Error {
    let dir = tempdir();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, ARTICLE).expect("write good.txt");
    let db = dir.path().join("kz.db");
    kzcorpus::build(&[good], &db, &BuildOptions::default(), &mut |_| {}).expect("build the clean document");
    let before = counts(&db);
    let bad = dir.path().join(name);
    std::fs::write(&bad, bytes).expect("write the hostile file");
    let mut report = kzcorpus::build(&[bad], &db, &BuildOptions::default(), &mut |_| {}).expect("a bad file is skipped, not fatal");
    assert_eq!((report.added, report.failed.len()), (0, 1), "{name}: {:?}", report.failed);
    assert_eq!(counts(&db), before, "{name}: a refused file changed the database");
    let err = report.failed.remove(0);
    assert!(err.to_string().contains(name), "{name}: the error does not name the file: {err}");
    assert_eq!(err.kind(), kzcorpus::ErrorKind::Input, "{err}");
    err
}

fn dec(bytes: &[u8]) -> kzcorpus::Result<kzcorpus::Document> {
    decode(Path::new("hostile.txt"), bytes, &ReadOptions::default())
}

fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut out = if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if little { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

#[test]
fn binary_file_is_refused_naming_file_and_first_nul() {
    // An ELF-like header: magic, then NUL padding.
    let mut bytes = b"\x7fELF\x02\x01\x01".to_vec();
    bytes.extend(std::iter::repeat(0u8).take(9));
    bytes.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8));
    let err = refused_by_build("program.bin", &bytes);
    assert!(matches!(err, Error::Binary { offset: 7, .. }), "{err:?}");
}

#[test]
fn random_bytes_without_nul_are_refused_as_invalid_utf8() {
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    let bytes: Vec<u8> = (0..65_536)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x as u8).max(1)
        })
        .collect();
    let err = refused_by_build("noise.dat", &bytes);
    assert!(matches!(err, Error::InvalidUtf8 { .. }), "{err:?}");
}

#[test]
fn invalid_utf8_in_the_middle_of_a_large_file_names_the_exact_byte() {
    let clean = ARTICLE.repeat(2_000); // ~600 KB
    let middle = clean.len() / 2;
    let cut = (0..=middle).rev().find(|&i| clean.is_char_boundary(i)).unwrap_or(0);
    let mut bytes = clean.as_bytes()[..cut].to_vec();
    bytes.extend_from_slice(b"\xC3\x28"); // a lead byte followed by a non-continuation byte
    bytes.extend_from_slice(&clean.as_bytes()[cut..]);
    let err = refused_by_build("scrape.txt", &bytes);
    assert!(matches!(err, Error::InvalidUtf8 { offset, .. } if offset == cut), "{err:?}");
    assert!(err.to_string().contains(&format!("byte {cut}")), "{err}");

    // With --lossy the same file decodes with exactly one replacement character.
    let doc = decode(Path::new("scrape.txt"), &bytes, &ReadOptions { lossy: true, ..Default::default() }).expect("lossy decode");
    assert_eq!(doc.text.matches('\u{FFFD}').count(), 1);
    let (extracted, _) = extract_checked(&doc.text);
    assert!(rows(&extracted).0 >= 1);
}

#[test]
fn utf16_with_bom_extracts_like_utf8() {
    let (reference, _) = extract_checked(ARTICLE);
    for little in [true, false] {
        let doc = dec(&utf16(ARTICLE, little)).expect("UTF-16 with a BOM decodes");
        assert_eq!(doc.text, ARTICLE);
        let (extracted, _) = extract_checked(&doc.text);
        assert_eq!(extracted, reference, "little endian: {little}");
    }
}

#[test]
fn utf16_with_odd_length_or_lone_surrogate_is_refused_naming_the_file() {
    let mut odd = utf16(ARTICLE, true);
    odd.push(b'x');
    let err = refused_by_build("odd16.txt", &odd);
    assert!(matches!(err, Error::InvalidUtf8 { .. } | Error::Binary { .. }), "{err:?}");

    let mut lone = utf16("Talks In Rome\n\nThe talks ", true);
    lone.extend_from_slice(&0xD800u16.to_le_bytes());
    lone.extend_from_slice(&utf16("ended.", true)[2..]);
    let err = refused_by_build("surrogate16.txt", &lone);
    assert!(matches!(err, Error::InvalidUtf8 { .. }), "{err:?}");
}

#[test]
fn empty_files_in_every_encoding_are_reported_as_empty() {
    for (name, bytes) in [
        ("zero.txt", &b""[..]),
        ("bom_only.txt", &b"\xEF\xBB\xBF"[..]),
        ("utf16_bom_only.txt", &b"\xFF\xFE"[..]),
        ("blank.txt", &b" \t\n\r\n\r \xC2\xA0 \xE2\x80\x83\n"[..]),
    ] {
        let err = refused_by_build(name, bytes);
        assert!(matches!(err, Error::Empty { .. }), "{name}: {err:?}");
    }
}

#[test]
fn whitespace_only_utf16_file_is_reported_as_empty() {
    let err = refused_by_build("blank16.txt", &utf16("  \r\n\t \u{00A0}\n", true));
    assert!(matches!(err, Error::Empty { .. }), "{err:?}");
}

#[test]
fn nul_bytes_inside_text_are_refused_with_their_offset() {
    let mut bytes = ARTICLE.as_bytes().to_vec();
    let at = ARTICLE.find("ferry company").unwrap_or(0);
    bytes.insert(at, 0);
    let err = refused_by_build("nul.txt", &bytes);
    assert!(matches!(err, Error::Binary { offset, .. } if offset == at), "{err:?}");
    // NUL right after a UTF-8 BOM: the offset counts the BOM.
    let err = dec(b"\xEF\xBB\xBF\0abc").expect_err("refused");
    assert!(matches!(err, Error::Binary { offset: 3, .. }), "{err:?}");
}

#[test]
fn windows_and_old_mac_line_endings_extract_like_unix() {
    let (reference, _) = extract_checked(ARTICLE);
    for (name, ending) in [("crlf", "\r\n"), ("cr", "\r"), ("mixed", "\r\n\r")] {
        let text = if name == "mixed" {
            // Alternate all three conventions line by line.
            ARTICLE.split('\n').enumerate().map(|(i, l)| format!("{l}{}", ["\r\n", "\r", "\n"][i % 3])).collect::<String>()
        } else {
            ARTICLE.replace('\n', ending)
        };
        let doc = dec(text.as_bytes()).expect("decodes");
        assert!(!doc.text.contains('\r'), "{name}: a CR survived decoding");
        let (extracted, _) = extract_checked(&doc.text);
        if name == "mixed" {
            assert_eq!(rows(&extracted), rows(&reference), "{name}");
        } else {
            assert_eq!(extracted, reference, "{name}");
        }
    }
}

/// Writes a 100 MB document on one line (no newline at all) into `dir`.
fn hundred_mb_line(dir: &Path) -> PathBuf {
    let sentence = "The convoy moved slowly along the highway while 12 observers watched and the minister said nothing. ";
    let path = dir.join("one_line.txt");
    let mut text = String::with_capacity(100 * 1024 * 1024 + sentence.len());
    while text.len() < 100 * 1024 * 1024 {
        text.push_str(sentence);
    }
    std::fs::write(&path, text).expect("write 100 MB");
    path
}

#[test]
fn hundred_megabyte_single_line_is_refused_over_the_default_cap_without_reading_it() {
    let dir = tempdir();
    let path = hundred_mb_line(dir.path());
    let db = dir.path().join("kz.db");
    let report = kzcorpus::build(&[path], &db, &BuildOptions::default(), &mut |_| {}).expect("skipped, not fatal");
    assert_eq!(report.failed.len(), 1);
    let err = &report.failed[0];
    assert!(matches!(err, Error::TooLarge { limit, .. } if *limit == kzcorpus::document::DEFAULT_MAX_BYTES), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("one_line.txt") && msg.contains("--max-bytes"), "{msg}");
}

#[test]
fn decoded_text_never_contains_nul_or_cr_and_extraction_holds_invariants() {
    // Decoding and extracting a mixture of every hostile trait at once.
    let mut bytes = utf16("Border \u{202E}Closed\u{202C} Again\r\rThe ministry of e\u{0301}nergy said \u{201C}no\u{201D}.\r", true);
    bytes.truncate(bytes.len());
    let doc = dec(&bytes).expect("decodes");
    assert!(!doc.text.contains('\0') && !doc.text.contains('\r'));
    let (extracted, _) = extract_checked(&doc.text);
    check_invariants(&doc.text, &extracted);
}
