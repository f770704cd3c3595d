//! `kzcorpus import-parquet DIR --db X`: load the output of `kzcorpus.spark` (a
//! `documents` Parquet folder holding each document's extraction as JSON) into SQLite.
//!
//! The rows are replayed through [`kzcorpus::import::import_extracted`], the store's own
//! write path, in path order, so the database equals a single-machine build of the same
//! files row for row, speakers included.

use std::fs::File;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use arrow_array::{Array, Int64Array, RecordBatch, StringArray};
use kzcorpus::store::{Mode, Store};
use kzcorpus::{BuildReport, Document, ExtractedDocument};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

/// The Parquet part files of `dir/documents/` (or of `dir` itself), sorted.
fn part_files(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let documents = dir.join("documents");
    let folder = if documents.is_dir() { documents } else { dir.to_path_buf() };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .with_context(|| format!("cannot list {}", folder.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "parquet"))
        .collect();
    files.sort();
    if files.is_empty() {
        bail!("no .parquet files in {} (write them with kzcorpus.spark.write_parquet)", folder.display());
    }
    Ok(files)
}

fn strings<'a>(batch: &'a RecordBatch, name: &str) -> anyhow::Result<&'a StringArray> {
    batch
        .column_by_name(name)
        .and_then(|c| c.as_any().downcast_ref::<StringArray>())
        .with_context(|| format!("column {name:?} missing or not a string column"))
}

/// A document's stored format, from the names the library produces.
fn format(name: &str) -> anyhow::Result<&'static str> {
    match name {
        "text" => Ok("text"),
        other => bail!("unknown document format {other:?}"),
    }
}

/// Reads every document row; rows whose extraction failed on the workers come back as
/// `(path, error)` in the second list.
fn read(dir: &Path) -> anyhow::Result<(Vec<(Document, ExtractedDocument)>, Vec<(String, String)>)> {
    let mut items = Vec::new();
    let mut failed = Vec::new();
    for path in part_files(dir)? {
        let file = File::open(&path).with_context(|| format!("cannot open {}", path.display()))?;
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)?.build()?;
        for batch in reader {
            let batch = batch.with_context(|| format!("cannot read {}", path.display()))?;
            let paths = strings(&batch, "path")?;
            let hashes = strings(&batch, "sha256")?;
            let formats = strings(&batch, "format")?;
            let extractions = strings(&batch, "extraction")?;
            let errors = strings(&batch, "error")?;
            let bytes = batch
                .column_by_name("bytes")
                .and_then(|c| c.as_any().downcast_ref::<Int64Array>())
                .context("column \"bytes\" missing or not a 64-bit integer column")?;
            for i in 0..batch.num_rows() {
                let name = paths.value(i).to_owned();
                if extractions.is_null(i) {
                    let why = if errors.is_null(i) { "no extraction" } else { errors.value(i) };
                    failed.push((name, why.to_owned()));
                    continue;
                }
                let extracted: ExtractedDocument = serde_json::from_str(extractions.value(i))
                    .with_context(|| format!("{}: bad extraction JSON for {name}", path.display()))?;
                let doc = Document {
                    path: PathBuf::from(&name),
                    sha256: hashes.value(i).to_owned(),
                    bytes: u64::try_from(bytes.value(i)).unwrap_or(0),
                    format: format(formats.value(i))?,
                    text: String::new(),
                };
                items.push((doc, extracted));
            }
        }
    }
    Ok((items, failed))
}

/// Imports the Spark output in `dir` into the database `db` (created when missing).
pub fn import(dir: &Path, db: &Path) -> anyhow::Result<(BuildReport, Vec<(String, String)>)> {
    let (items, failed) = read(dir)?;
    let mut store = Store::open(db, Mode::ReadWrite).with_context(|| format!("cannot open {}", db.display()))?;
    let report = kzcorpus::import::import_extracted(&mut store, items)?;
    Ok((report, failed))
}
