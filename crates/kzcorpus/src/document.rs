//! Reading source documents: decoding, hashing, format sniffing and size limits.
//!
//! This stage turns bytes into a [`Document`] (decoded text plus its sha256) and refuses
//! what cannot be a text document, with an [`Error`] that names the file and the byte
//! offset. It never touches the database and never splits or cleans the text.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The default size cap for one document: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// How documents are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
    pub lossy: bool,
    /// Refuse files larger than this many bytes.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { lossy: false, max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// A decoded source document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Where the document came from (a file path, or a name for in-memory text).
    pub path: PathBuf,
    /// Lowercase hex sha256 of the raw bytes.
    pub sha256: String,
    /// Size of the raw bytes.
    pub bytes: u64,
    /// The sniffed format; today always `"text"`.
    pub format: &'static str,
    /// The decoded text, without a byte-order mark, line endings normalised to `\n`.
    pub text: String,
}

impl Document {
    /// The file name part of [`Document::path`], as stored in `documents.path`.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.path.display().to_string())
    }
}

/// Reads and decodes one file.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read, [`Error::TooLarge`] above
/// `options.max_bytes`, and the errors of [`decode`].
pub fn read_file(path: &Path, options: &ReadOptions) -> Result<Document> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > options.max_bytes {
        return Err(Error::TooLarge { path: path.to_path_buf(), bytes: meta.len(), limit: options.max_bytes });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(path, &bytes, options)
}

/// Decodes raw bytes into a [`Document`].
///
/// UTF-8 (with or without BOM) is the expected encoding; UTF-16 with a BOM is also
/// accepted. CRLF and lone CR line endings become `\n`.
///
/// # Errors
/// [`Error::Empty`] for empty or whitespace-only input, [`Error::Binary`] when a NUL byte
/// appears in a UTF-8 file, [`Error::InvalidUtf8`] for invalid UTF-8 unless
/// `options.lossy`, [`Error::TooLarge`] above `options.max_bytes`.
pub fn decode(path: &Path, bytes: &[u8], options: &ReadOptions) -> Result<Document> {
    let path_buf = path.to_path_buf();
    if bytes.len() as u64 > options.max_bytes {
        return Err(Error::TooLarge { path: path_buf, bytes: bytes.len() as u64, limit: options.max_bytes });
    }
    let sha256 = hex_sha256(bytes);
    let text = if let Some(utf16) = decode_utf16_with_bom(bytes, options.lossy) {
        match utf16 {
            Ok(text) => text,
            Err(Utf16Problem::Nul(offset)) => return Err(Error::Binary { path: path_buf, offset }),
            Err(Utf16Problem::Invalid(offset)) => return Err(Error::InvalidUtf8 { path: path_buf, offset }),
        }
    } else {
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let bom = bytes.len() - body.len();
        if let Some(offset) = memchr_nul(body) {
            return Err(Error::Binary { path: path_buf, offset: offset + bom });
        }
        match std::str::from_utf8(body) {
            Ok(s) => s.to_owned(),
            Err(e) if options.lossy => {
                let _ = e;
                String::from_utf8_lossy(body).into_owned()
            }
            Err(e) => return Err(Error::InvalidUtf8 { path: path_buf, offset: e.valid_up_to() + bom }),
        }
    };
    let text = normalise_line_endings(text);
    if text.trim().is_empty() {
        return Err(Error::Empty { path: path_buf });
    }
    Ok(Document { path: path_buf, sha256, bytes: bytes.len() as u64, format: "text", text })
}

/// Lowercase hex sha256 of `bytes`.
pub fn hex_sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

/// Why UTF-16 bytes could not be decoded, with the byte offset of the offending unit.
enum Utf16Problem {
    /// A NUL code unit: a binary file.
    Nul(usize),
    /// A lone surrogate, or an odd trailing byte.
    Invalid(usize),
}

/// `Some(Ok(text))` for UTF-16 with a BOM, `Some(Err(problem))` when it holds a NUL or
/// (unless `lossy`, which substitutes U+FFFD) an invalid unit, `None` without a UTF-16 BOM.
fn decode_utf16_with_bom(bytes: &[u8], lossy: bool) -> Option<std::result::Result<String, Utf16Problem>> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return None,
    };
    let body = &bytes[2..];
    let units = body.chunks_exact(2).map(|c| if little { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) });
    let mut text = String::with_capacity(body.len() / 2);
    let mut offset = 2; // byte offset of the current unit in `bytes`
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok('\0') => return Some(Err(Utf16Problem::Nul(offset))),
            Ok(c) => {
                text.push(c);
                offset += 2 * c.len_utf16();
            }
            Err(_) if lossy => {
                text.push(char::REPLACEMENT_CHARACTER);
                offset += 2;
            }
            Err(_) => return Some(Err(Utf16Problem::Invalid(offset))),
        }
    }
    if body.len() % 2 != 0 {
        if !lossy {
            return Some(Err(Utf16Problem::Invalid(bytes.len() - 1)));
        }
        text.push(char::REPLACEMENT_CHARACTER);
    }
    Some(Ok(text))
}

fn normalise_line_endings(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Lists the files under `paths`: files as given, folders recursively, sorted by path,
/// hidden files (dot-files) skipped.
///
/// # Errors
/// [`Error::Io`] when a path does not exist or a folder cannot be listed.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(bytes: &[u8]) -> Result<Document> {
        decode(Path::new("x.txt"), bytes, &ReadOptions::default())
    }

    #[test]
    fn strips_utf8_bom_and_normalises_line_endings() -> Result<()> {
        let doc = dec(b"\xEF\xBB\xBFone\r\ntwo\rthree")?;
        assert_eq!(doc.text, "one\ntwo\nthree");
        Ok(())
    }

    #[test]
    fn reports_invalid_utf8_with_byte_offset() {
        let err = dec(b"abc\xFFdef").unwrap_err();
        assert!(matches!(err, Error::InvalidUtf8 { offset: 3, .. }), "{err:?}");
        assert!(err.to_string().contains("x.txt: invalid UTF-8 at byte 3"));
    }

    #[test]
    fn lossy_decoding_replaces_bad_bytes() -> Result<()> {
        let doc = decode(Path::new("x.txt"), b"abc\xFFdef", &ReadOptions { lossy: true, ..Default::default() })?;
        assert_eq!(doc.text, "abc\u{FFFD}def");
        Ok(())
    }

    #[test]
    fn refuses_binary_and_empty_files() {
        assert!(matches!(dec(b"ab\0cd"), Err(Error::Binary { offset: 2, .. })));
        assert!(matches!(dec(b""), Err(Error::Empty { .. })));
        assert!(matches!(dec(b"  \n\t "), Err(Error::Empty { .. })));
    }

    #[test]
    fn decodes_utf16_with_bom() -> Result<()> {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Lavrov said".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(dec(&bytes)?.text, "Lavrov said");
        Ok(())
    }

    fn utf16le(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        bytes
    }

    /// Issue 7, hostile UTF-16: a NUL was reported as "invalid UTF-8 at byte 0" and a lone
    /// surrogate likewise at byte 0, with advice (--lossy) that was then ignored.
    #[test]
    fn utf16_problems_report_their_byte_offset_and_lossy_applies() -> Result<()> {
        let mut nul = utf16le("ab");
        nul.extend_from_slice(&[0, 0]);
        assert!(matches!(dec(&nul), Err(Error::Binary { offset: 6, .. })));

        let mut lone = utf16le("a\u{1F600}b");
        lone.extend_from_slice(&0xDC00u16.to_le_bytes());
        lone.extend_from_slice(&utf16le("c")[2..]);
        assert!(matches!(dec(&lone), Err(Error::InvalidUtf8 { offset: 10, .. })), "{:?}", dec(&lone));
        let lossy = ReadOptions { lossy: true, ..Default::default() };
        assert_eq!(decode(Path::new("x.txt"), &lone, &lossy)?.text, "a\u{1F600}b\u{FFFD}c");

        let mut odd = utf16le("abc");
        odd.push(b'd');
        assert!(matches!(dec(&odd), Err(Error::InvalidUtf8 { offset: 8, .. })));
        assert_eq!(decode(Path::new("x.txt"), &odd, &lossy)?.text, "abc\u{FFFD}");
        Ok(())
    }

    #[test]
    fn enforces_size_cap() {
        let err = decode(Path::new("big.txt"), b"0123456789", &ReadOptions { lossy: false, max_bytes: 4 }).unwrap_err();
        assert!(matches!(err, Error::TooLarge { bytes: 10, limit: 4, .. }));
    }

    #[test]
    fn hashes_content() {
        assert_eq!(hex_sha256(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
