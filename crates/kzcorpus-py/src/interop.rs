//! Interop entry points: `extract_json`, the pure extraction pipeline for one document
//! with no database (so it can run inside any engine's workers: Spark, Dask,
//! multiprocessing), and `datasette_metadata`, Datasette's `metadata.json`.
//!
//! The result crosses into Python as one JSON string (serde), which the pure-Python
//! `kzcorpus.extract` turns into plain dicts and lists with `json.loads`: one conversion
//! path for every nested struct instead of hand-written dict building.

use chrono::NaiveDate;
use kzcorpus::ExtractOptions;
use pyo3::prelude::*;

use crate::errors::invalid_argument;

/// Extracts the articles, speakers, quotes, events and claims of one document's `text`
/// and returns them as a JSON object `{"articles": [...]}`. `published` (YYYY-MM-DD) is
/// the publication date used when the page states none.
#[pyfunction]
#[pyo3(signature = (text, published=None))]
pub fn extract_json(py: Python<'_>, text: String, published: Option<String>) -> PyResult<String> {
    let published = published
        .map(|s| {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| invalid_argument(py, format!("published={s:?} is not a date (expected YYYY-MM-DD)")))
        })
        .transpose()?;
    let json = py.detach(move || {
        let doc = kzcorpus::extract(&text, &ExtractOptions { published, ..Default::default() });
        serde_json::to_string(&doc)
    });
    json.map_err(|e| invalid_argument(py, format!("cannot serialise the extraction: {e}")))
}

/// Datasette's `metadata.json` (title, source, licence, column descriptions, FTS tables)
/// for a database served under the name `db_name`, as a JSON string.
#[pyfunction]
pub fn datasette_metadata(db_name: &str) -> String {
    kzcorpus::datasette::metadata(db_name)
}

/// Decodes one document's raw bytes as a build does (BOM, line endings, size cap,
/// binary refusal) and extracts it. Returns a JSON object `{"path", "sha256", "bytes",
/// "format", "extraction"}` — what `kzcorpus import-parquet` replays into a database.
#[pyfunction]
#[pyo3(signature = (path, data, published=None))]
pub fn extract_document_json(py: Python<'_>, path: String, data: Vec<u8>, published: Option<String>) -> PyResult<String> {
    let published = published
        .map(|s| {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| invalid_argument(py, format!("published={s:?} is not a date (expected YYYY-MM-DD)")))
        })
        .transpose()?;
    let result = py.detach(move || -> Result<String, kzcorpus::Error> {
        let doc = kzcorpus::document::decode(std::path::Path::new(&path), &data, &kzcorpus::ReadOptions::default())?;
        let extraction = kzcorpus::extract(&doc.text, &ExtractOptions { published, ..Default::default() });
        let out = serde_json::json!({
            "path": path,
            "sha256": doc.sha256,
            "bytes": doc.bytes,
            "format": doc.format,
            "extraction": extraction,
        });
        Ok(out.to_string())
    });
    result.map_err(|e| crate::errors::to_pyerr(py, &e))
}
