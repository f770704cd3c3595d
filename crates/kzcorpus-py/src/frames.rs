//! Handing a column-wise [`Table`] to Python without a per-row loop in Python.
//!
//! Each column becomes a tuple `(name, kind, data, mask)`:
//!
//! * `"int"` / `"real"`: `data` is a `bytearray` of the native-endian `int64` / `float64` buffer,
//!   `mask` a `uint8` `bytearray` (1 = missing) or `None` when nothing is missing;
//! * `"datetime"`: `data` is an `int64` buffer of nanoseconds since the epoch with
//!   `i64::MIN` (NaT) for missing values — used for date columns (`published`, `date`,
//!   `*_at`) whose every value parses as an ISO date or timestamp;
//! * `"text"`: `data` is a list of `str` / `None`.
//!
//! `kzcorpus/_frames.py` wraps the buffers with `numpy.frombuffer` and builds the
//! DataFrame's nullable extension arrays from them.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use kzcorpus::{Table, Values};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyList, PyTuple};

/// Missing datetime value, as numpy encodes NaT.
const NAT: i64 = i64::MIN;

/// Converts a table into a list of column tuples (see the module docs).
pub fn table_to_py<'py>(py: Python<'py>, table: Table) -> PyResult<Bound<'py, PyList>> {
    let mut out = Vec::with_capacity(table.columns.len());
    for column in table.columns {
        let name = column.name;
        let tuple = match column.values {
            Values::Integer(v) => {
                let data: Vec<u8> = v.iter().flat_map(|x| x.unwrap_or(0).to_ne_bytes()).collect();
                numeric(py, &name, "int", &data, mask(&v))?
            }
            Values::Real(v) => {
                let data: Vec<u8> = v.iter().flat_map(|x| x.unwrap_or(f64::NAN).to_ne_bytes()).collect();
                numeric(py, &name, "real", &data, mask(&v))?
            }
            Values::Text(v) => match is_date_name(&name).then(|| parse_datetimes(&v)).flatten() {
                Some(ns) => {
                    let data: Vec<u8> = ns.iter().flat_map(|x| x.to_ne_bytes()).collect();
                    numeric(py, &name, "datetime", &data, None)?
                }
                None => PyTuple::new(py, [
                    name.into_pyobject(py)?.into_any(),
                    "text".into_pyobject(py)?.into_any(),
                    PyList::new(py, v)?.into_any(),
                    py.None().into_bound(py),
                ])?,
            },
        };
        out.push(tuple);
    }
    PyList::new(py, out)
}

fn numeric<'py>(py: Python<'py>, name: &str, kind: &str, data: &[u8], mask: Option<Vec<u8>>) -> PyResult<Bound<'py, PyTuple>> {
    let mask = match mask {
        Some(m) => PyByteArray::new(py, &m).into_any(),
        None => py.None().into_bound(py),
    };
    PyTuple::new(py, [
        name.into_pyobject(py)?.into_any(),
        kind.into_pyobject(py)?.into_any(),
        PyByteArray::new(py, data).into_any(),
        mask,
    ])
}

fn mask<T>(values: &[Option<T>]) -> Option<Vec<u8>> {
    values.iter().any(Option::is_none).then(|| values.iter().map(|x| u8::from(x.is_none())).collect())
}

/// Whether a column's name says it holds dates or timestamps.
fn is_date_name(name: &str) -> bool {
    name == "published" || name == "date" || name.ends_with("_at")
}

/// Nanoseconds since the epoch for every value, or `None` if any value is not a date.
fn parse_datetimes(values: &[Option<String>]) -> Option<Vec<i64>> {
    values.iter().map(|v| v.as_deref().map_or(Some(NAT), parse_datetime)).collect()
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` (the first of the month), `YYYY-MM-DD HH:MM:SS` and
/// RFC 3339 timestamps (converted to UTC) into nanoseconds since the epoch.
fn parse_datetime(s: &str) -> Option<i64> {
    let s = s.trim();
    let naive = if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        d.and_hms_opt(0, 0, 0)?
    } else if let Ok(d) = NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d") {
        d.and_hms_opt(0, 0, 0)?
    } else if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        t.naive_utc()
    } else {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok()?
    };
    naive.and_utc().timestamp_nanos_opt()
}
