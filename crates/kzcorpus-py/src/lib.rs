//! `kzcorpus._native`: the PyO3 extension module behind the `kzcorpus` Python package.
//!
//! This crate is glue and the only place that touches PyO3. It exposes `open()`,
//! `build()` and the `NativeCorpus` class, hands query results over column by column
//! ([`frames`]) and turns library errors into the exceptions of `kzcorpus._errors`
//! ([`errors`]). The public, documented API is the pure-Python `kzcorpus` package that
//! wraps it; nothing here prints.

mod corpus;
mod errors;
mod interop;
mod frames;

use std::path::PathBuf;

use kzcorpus::{BuildOptions, BuildReport, Corpus, OpenOptions, Progress, ReadOptions};
use pyo3::prelude::*;
use pyo3::types::PyDict;

use corpus::NativeCorpus;
use errors::to_pyerr;

/// mimalloc for the extension's own (Rust) allocations, as in the CLI: extraction makes
/// many small allocations per article, where glibc's malloc cost ~13% of a build.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Opens the database at `path` (read-only unless `readonly` is false), or the bundled
/// corpus when `path` is None.
#[pyfunction]
#[pyo3(signature = (path=None, readonly=true))]
fn open(py: Python<'_>, path: Option<PathBuf>, readonly: bool) -> PyResult<NativeCorpus> {
    corpus::open(py, path, readonly)
}

/// Builds or updates the database `db` from files and folders (the bundled corpus when
/// `paths` is None). `progress(done, total, path, bytes)` is called after each document.
/// Returns a dict of counts; `failed` lists the exceptions of skipped documents.
#[pyfunction]
#[pyo3(signature = (paths, db, strict=false, lossy=false, max_bytes=None, progress=None))]
fn build<'py>(
    py: Python<'py>,
    paths: Option<Vec<PathBuf>>,
    db: PathBuf,
    strict: bool,
    lossy: bool,
    max_bytes: Option<u64>,
    progress: Option<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let mut read = ReadOptions { lossy, ..ReadOptions::default() };
    if let Some(m) = max_bytes {
        read.max_bytes = m;
    }
    let options = BuildOptions { read, strict, ..BuildOptions::default() };
    // The first exception raised by the progress callback; the build itself runs on.
    let mut callback_error: Option<PyErr> = None;
    let mut on_progress = |p: Progress<'_>| {
        if callback_error.is_some() {
            return;
        }
        if let Some(cb) = &progress {
            if let Err(e) = cb.call1((p.done, p.total, p.path.display().to_string(), p.bytes)) {
                callback_error = Some(e);
            }
        }
    };
    let report: kzcorpus::Result<BuildReport> = match &paths {
        Some(paths) => kzcorpus::build(paths, &db, &options, &mut on_progress),
        None => Corpus::open_with(&db, OpenOptions { readonly: false })
            .and_then(|mut c| kzcorpus::build::build_bundled(c.store_mut(), &mut on_progress)),
    };
    let report = report.map_err(|e| to_pyerr(py, &e))?;
    if let Some(e) = callback_error {
        return Err(e);
    }
    let out = PyDict::new(py);
    out.set_item("documents", report.documents)?;
    out.set_item("added", report.added)?;
    out.set_item("unchanged", report.unchanged)?;
    out.set_item("articles", report.articles)?;
    out.set_item("bytes", report.bytes)?;
    let failed: Vec<Py<PyAny>> = report.failed.iter().map(|e| to_pyerr(py, e).into_value(py).into_any()).collect();
    out.set_item("failed", failed)?;
    Ok(out)
}

/// The native module `kzcorpus._native`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("EXTRACTOR_VERSION", kzcorpus::EXTRACTOR_VERSION)?;
    m.add("SCHEMA_VERSION", kzcorpus::store::SCHEMA_VERSION)?;
    m.add_class::<NativeCorpus>()?;
    m.add_function(wrap_pyfunction!(open, m)?)?;
    m.add_function(wrap_pyfunction!(build, m)?)?;
    m.add_function(wrap_pyfunction!(interop::extract_json, m)?)?;
    m.add_function(wrap_pyfunction!(interop::datasette_metadata, m)?)?;
    m.add_function(wrap_pyfunction!(interop::extract_document_json, m)?)?;
    Ok(())
}
