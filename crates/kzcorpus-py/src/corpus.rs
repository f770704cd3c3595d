//! `kzcorpus._native.Corpus`: one open database, used by one thread at a time.
//!
//! The handle lives in a `Mutex`. A call takes the lock without waiting and, while SQLite
//! works, releases the GIL so other Python threads keep running; a second thread that
//! calls in meanwhile gets a `ConcurrencyError` instead of blocking or corrupting state.

use std::path::PathBuf;
use std::sync::{Mutex, TryLockError};

use chrono::NaiveDate;
use kzcorpus::{ArticleFilter, ClaimFilter, Corpus, EventFilter, QuoteFilter, Table};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString};
use rusqlite::types::Value;

use crate::errors::{invalid_argument, raise, to_pyerr};
use crate::frames::table_to_py;

/// An open kzcorpus database (the native half of `kzcorpus.Corpus`).
#[pyclass(frozen, module = "kzcorpus._native")]
pub struct NativeCorpus {
    inner: Mutex<Option<Corpus>>,
    path: Option<String>,
    readonly: bool,
}

impl NativeCorpus {
    pub fn new(corpus: Corpus, path: Option<String>, readonly: bool) -> Self {
        NativeCorpus { inner: Mutex::new(Some(corpus)), path, readonly }
    }

    /// Runs `f` on the corpus with the GIL released, then converts its table.
    fn table<'py>(
        &self,
        py: Python<'py>,
        f: impl FnOnce(&Corpus) -> kzcorpus::Result<Table> + Send,
    ) -> PyResult<Bound<'py, PyList>> {
        let table = self.with(py, f)?;
        table_to_py(py, table)
    }

    fn with<T: Send>(&self, py: Python<'_>, f: impl FnOnce(&Corpus) -> kzcorpus::Result<T> + Send) -> PyResult<T> {
        let mut guard = match self.inner.try_lock() {
            Ok(g) => g,
            Err(TryLockError::WouldBlock) => {
                return Err(raise(
                    py,
                    "ConcurrencyError",
                    "corpus is in use by another thread; a corpus serves one thread at a time \
                     (open one corpus per thread)",
                    None,
                    None,
                ))
            }
            Err(TryLockError::Poisoned(_)) => {
                return Err(raise(py, "KzcorpusError", "corpus is unusable after an internal error; open it again", None, None))
            }
        };
        let corpus = guard.take().ok_or_else(|| closed(py))?;
        // The corpus moves into the GIL-free closure and back: `Connection` is Send, not Sync.
        let (corpus, result) = py.detach(move || {
            let result = f(&corpus);
            (corpus, result)
        });
        *guard = Some(corpus);
        result.map_err(|e| to_pyerr(py, &e))
    }
}

fn closed(py: Python<'_>) -> PyErr {
    raise(py, "ClosedError", "corpus is closed", None, None)
}

fn date(py: Python<'_>, name: &str, value: Option<&str>) -> PyResult<Option<NaiveDate>> {
    value
        .map(|s| {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
                .map_err(|_| invalid_argument(py, format!("{name}={s:?} is not a date (expected YYYY-MM-DD)")))
        })
        .transpose()
}

/// Converts a Python value into an SQLite parameter.
fn param(py: Python<'_>, i: usize, v: &Bound<'_, PyAny>) -> PyResult<Value> {
    Ok(if v.is_none() {
        Value::Null
    } else if let Ok(b) = v.cast::<PyBool>() {
        Value::Integer(i64::from(b.is_true()))
    } else if v.is_instance_of::<PyInt>() {
        Value::Integer(v.extract::<i64>().map_err(|_| invalid_argument(py, format!("parameter {} does not fit in 64 bits", i + 1)))?)
    } else if v.is_instance_of::<PyFloat>() {
        Value::Real(v.extract::<f64>()?)
    } else if let Ok(s) = v.cast::<PyString>() {
        Value::Text(s.to_str()?.to_owned())
    } else if let Ok(b) = v.cast::<PyBytes>() {
        Value::Blob(b.as_bytes().to_vec())
    } else {
        let type_name = v.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        return Err(invalid_argument(
            py,
            format!("parameter {} has type {type_name}; use None, bool, int, float, str or bytes", i + 1),
        ));
    })
}

#[pymethods]
impl NativeCorpus {
    /// Articles, filtered by outlet (substring) and publication dates (inclusive).
    #[pyo3(signature = (outlet=None, since=None, until=None))]
    fn articles<'py>(
        &self,
        py: Python<'py>,
        outlet: Option<String>,
        since: Option<&str>,
        until: Option<&str>,
    ) -> PyResult<Bound<'py, PyList>> {
        let f = ArticleFilter { outlet, since: date(py, "since", since)?, until: date(py, "until", until)? };
        self.table(py, move |c| c.articles(&f))
    }

    /// Quotes, filtered by speaker (any alias), outlet and publication dates.
    #[pyo3(signature = (speaker=None, outlet=None, since=None, until=None, limit=None))]
    fn quotes<'py>(
        &self,
        py: Python<'py>,
        speaker: Option<String>,
        outlet: Option<String>,
        since: Option<&str>,
        until: Option<&str>,
        limit: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let f = QuoteFilter { speaker, outlet, since: date(py, "since", since)?, until: date(py, "until", until)?, limit };
        self.table(py, move |c| c.quotes(&f))
    }

    /// Speakers with aliases, titles and counts.
    fn speakers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.table(py, |c| c.speakers())
    }

    /// Events, filtered by type and event dates.
    #[pyo3(signature = (r#type=None, since=None, until=None))]
    fn events<'py>(
        &self,
        py: Python<'py>,
        r#type: Option<String>,
        since: Option<&str>,
        until: Option<&str>,
    ) -> PyResult<Bound<'py, PyList>> {
        let f = EventFilter { kind: r#type, since: date(py, "since", since)?, until: date(py, "until", until)? };
        self.table(py, move |c| c.events(&f))
    }

    /// Numeric claims, optionally of one kind.
    #[pyo3(signature = (what=None))]
    fn claims<'py>(&self, py: Python<'py>, what: Option<String>) -> PyResult<Bound<'py, PyList>> {
        let f = ClaimFilter { what };
        self.table(py, move |c| c.claims(&f))
    }

    /// The timeline view.
    fn timeline<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.table(py, |c| c.timeline())
    }

    /// Full-text search over articles and quotes.
    #[pyo3(signature = (text, limit=100))]
    fn search<'py>(&self, py: Python<'py>, text: String, limit: usize) -> PyResult<Bound<'py, PyList>> {
        self.table(py, move |c| c.search(&text, limit))
    }

    /// Any statement with positional bound parameters.
    #[pyo3(signature = (query, params=None))]
    fn sql<'py>(
        &self,
        py: Python<'py>,
        query: String,
        params: Option<Vec<Bound<'py, PyAny>>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let values = params
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, v)| param(py, i, v))
            .collect::<PyResult<Vec<Value>>>()?;
        self.table(py, move |c| c.sql(&query, &values))
    }

    /// Row counts of the main tables, as (table, count) pairs.
    fn counts(&self, py: Python<'_>) -> PyResult<Vec<(&'static str, i64)>> {
        self.with(py, |c| c.counts())
    }

    /// The `build_info` table as a dict.
    fn build_info<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let table = self.with(py, |c| c.sql("SELECT key, value FROM build_info ORDER BY key", &[]))?;
        let dict = PyDict::new(py);
        for (k, v) in table.texts("key").into_iter().zip(table.texts("value")) {
            if let (Some(k), Some(v)) = (k, v) {
                dict.set_item(k, v)?;
            }
        }
        Ok(dict)
    }

    /// The schema version stored in the database.
    fn schema_version(&self, py: Python<'_>) -> PyResult<i64> {
        self.with(py, |c| c.store().schema_version())
    }

    /// Closes the database; later calls raise `ClosedError`. Closing twice is allowed.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        match self.inner.try_lock() {
            Ok(mut g) => {
                g.take();
                Ok(())
            }
            Err(TryLockError::Poisoned(p)) => {
                p.into_inner().take();
                Ok(())
            }
            Err(TryLockError::WouldBlock) => Err(raise(
                py,
                "ConcurrencyError",
                "corpus is in use by another thread; close it from that thread",
                None,
                None,
            )),
        }
    }

    /// Whether `close()` was called.
    #[getter]
    fn closed(&self) -> bool {
        match self.inner.try_lock() {
            Ok(g) => g.is_none(),
            Err(TryLockError::Poisoned(p)) => p.into_inner().is_none(),
            Err(TryLockError::WouldBlock) => false,
        }
    }

    /// The database file, or None for the bundled in-memory corpus.
    #[getter]
    fn path(&self) -> Option<String> {
        self.path.clone()
    }

    /// Whether writes are refused.
    #[getter]
    fn readonly(&self) -> bool {
        self.readonly
    }
}

/// Opens a corpus file (or the bundled corpus when `path` is None).
pub fn open(py: Python<'_>, path: Option<PathBuf>, readonly: bool) -> PyResult<NativeCorpus> {
    let label = path.as_ref().map(|p| p.display().to_string());
    let opened = py.detach(move || match &path {
        Some(p) => Corpus::open_with(p, kzcorpus::OpenOptions { readonly }),
        None => Corpus::open_bundled_with(kzcorpus::OpenOptions { readonly }),
    });
    let corpus = opened.map_err(|e| to_pyerr(py, &e))?;
    Ok(NativeCorpus::new(corpus, label, readonly))
}
