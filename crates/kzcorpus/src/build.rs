//! Building a database: reading sources, extracting, and storing each document.
//!
//! This module wires the stages together. It reports progress through a callback so the
//! CLI (indicatif) and the Python package (tqdm) can each draw their own bar; it never
//! prints.

use std::path::{Path, PathBuf};

use crate::document::{self, Document, ReadOptions};
use crate::error::{Error, Result};
use crate::extract::{extract, ExtractOptions};
use crate::store::{Mode, Store, WriteOutcome};

/// Version of the extraction rules; a database built by another version is re-extracted.
pub const EXTRACTOR_VERSION: &str = "1";

/// Options of [`build`].
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// How source files are read (lossy decoding, size cap).
    pub read: ReadOptions,
    /// Stop at the first failed document instead of reporting and skipping it.
    pub strict: bool,
    /// Extraction options passed to every document.
    pub extract: ExtractOptions,
}

/// One source for [`build_sources`]: a file on disk or bytes in memory.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file to read.
    File(PathBuf),
    /// In-memory bytes with the name to store in `documents.path`.
    Bytes {
        /// The name stored as the document path.
        name: String,
        /// The raw content.
        bytes: Vec<u8>,
    },
}

impl Source {
    fn label(&self) -> PathBuf {
        match self {
            Source::File(p) => p.clone(),
            Source::Bytes { name, .. } => PathBuf::from(name),
        }
    }

    fn read(&self, options: &ReadOptions) -> Result<Document> {
        match self {
            Source::File(p) => document::read_file(p, options),
            Source::Bytes { name, bytes } => document::decode(Path::new(name), bytes, options),
        }
    }
}

/// Progress of a running build, passed to the callback after each document.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// Documents handled so far.
    pub done: usize,
    /// Documents in the build.
    pub total: usize,
    /// The document just handled.
    pub path: &'a Path,
    /// Bytes of the document just handled.
    pub bytes: u64,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Documents looked at.
    pub documents: usize,
    /// Documents written.
    pub added: usize,
    /// Documents already stored with the same content (skipped).
    pub unchanged: usize,
    /// Articles written.
    pub articles: usize,
    /// Bytes of source text read.
    pub bytes: u64,
    /// Documents that failed, with why; none of their rows were written.
    pub failed: Vec<Error>,
}

/// Builds (or updates) the database at `db` from files and folders.
///
/// # Errors
/// Errors opening the database; with `options.strict`, the first failed document.
/// Otherwise failed documents are listed in [`BuildReport::failed`].
pub fn build(paths: &[PathBuf], db: &Path, options: &BuildOptions, progress: &mut dyn FnMut(Progress<'_>)) -> Result<BuildReport> {
    let files = document::collect_files(paths)?;
    let mut store = Store::open(db, Mode::ReadWrite)?;
    build_sources(&mut store, files.into_iter().map(Source::File).collect(), options, progress)
}

/// Builds the bundled corpus into `store`.
pub fn build_bundled(store: &mut Store, progress: &mut dyn FnMut(Progress<'_>)) -> Result<BuildReport> {
    let sources = crate::bundled::DOCUMENTS
        .iter()
        .map(|(name, bytes)| Source::Bytes { name: (*name).to_owned(), bytes: bytes.to_vec() })
        .collect();
    build_sources(store, sources, &BuildOptions { strict: true, ..Default::default() }, progress)
}

/// Ingests `sources` into `store`, one transaction per document.
///
/// # Errors
/// See [`build`].
pub fn build_sources(
    store: &mut Store,
    sources: Vec<Source>,
    options: &BuildOptions,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<BuildReport> {
    if store.build_info("extractor_version")?.as_deref().is_some_and(|v| v != EXTRACTOR_VERSION) {
        store.clear()?;
    }
    store.set_build_info("extractor_version", EXTRACTOR_VERSION)?;
    store.set_build_info("library_version", env!("CARGO_PKG_VERSION"))?;
    let mut report = BuildReport { documents: sources.len(), ..Default::default() };
    let total = sources.len();
    for (i, source) in sources.iter().enumerate() {
        let label = source.label();
        let outcome = ingest_one(store, source, options);
        let bytes = match outcome {
            Ok((WriteOutcome::Added { articles, .. }, bytes)) => {
                report.added += 1;
                report.articles += articles;
                bytes
            }
            Ok((WriteOutcome::Unchanged, bytes)) => {
                report.unchanged += 1;
                bytes
            }
            Err(e) if options.strict => return Err(e),
            Err(e) => {
                report.failed.push(e);
                0
            }
        };
        report.bytes += bytes;
        progress(Progress { done: i + 1, total, path: &label, bytes });
    }
    if report.added > 0 {
        store.refresh_speakers()?;
    }
    let sources_count: i64 = store.counts()?.iter().find(|(t, _)| *t == "documents").map_or(0, |(_, n)| *n);
    store.set_build_info("source_count", &sources_count.to_string())?;
    store.set_build_info("built_at", &chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true))?;
    Ok(report)
}

fn ingest_one(store: &mut Store, source: &Source, options: &BuildOptions) -> Result<(WriteOutcome, u64)> {
    let doc = source.read(&options.read)?;
    if store.has_document(&doc.sha256)? {
        return Ok((WriteOutcome::Unchanged, doc.bytes));
    }
    let extracted = extract(&doc.text, &options.extract);
    Ok((store.write_document(&doc, &extracted)?, doc.bytes))
}
