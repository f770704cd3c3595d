//! Turning [`kzcorpus::Error`] into the Python exceptions of `kzcorpus._errors`.
//!
//! The exception classes are plain Python (so they can inherit from both `KzcorpusError`
//! and `ValueError`/`OSError`, and carry docstrings); this module only picks the class for
//! an error and fills in its `path` and `offset` attributes.

use kzcorpus::{Error, ErrorKind};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

/// The Python exception for a library error.
pub fn to_pyerr(py: Python<'_>, err: &Error) -> PyErr {
    let class = match (err, err.kind()) {
        (Error::ReadOnly { .. }, _) => "ReadOnlyError",
        (_, ErrorKind::Input) => "InputError",
        (_, ErrorKind::Schema) => "SchemaError",
        (_, ErrorKind::Query) => "QueryError",
        (_, ErrorKind::Database) => "DatabaseError",
        (_, ErrorKind::Io) => "FileError",
        (_, ErrorKind::InvalidArgument) => "InvalidArgumentError",
        _ => "KzcorpusError",
    };
    let path = err.path().map(|p| p.display().to_string());
    raise(py, class, &err.to_string(), path, err.offset())
}

/// A `kzcorpus._errors.<class>(message)` exception with `path` and `offset` set.
pub fn raise(py: Python<'_>, class: &str, message: &str, path: Option<String>, offset: Option<usize>) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let module = py.import("kzcorpus._errors")?;
        let exc = module.getattr(class)?.call1((message,))?;
        exc.setattr("path", path.clone())?;
        exc.setattr("offset", offset)?;
        Ok(PyErr::from_value(exc))
    };
    // Only when the pure-Python half of the package is missing (a bare `_native` import).
    build().unwrap_or_else(|_| PyRuntimeError::new_err(format!("{class}: {message}")))
}

/// An `InvalidArgumentError` for a bad value passed from Python.
pub fn invalid_argument(py: Python<'_>, message: impl Into<String>) -> PyErr {
    raise(py, "InvalidArgumentError", &format!("invalid argument: {}", message.into()), None, None)
}
