//! The one error type of the library.
//!
//! Every fallible function in `kzcorpus` returns [`Error`]. Variants carry the file, byte
//! offset or value involved; [`Error::kind`] groups them into a small, stable
//! [`ErrorKind`] that bindings (the Python package, the CLI's exit codes) map onto.
//! Messages are lowercase, unpunctuated and name what to do next where there is a fix.

use std::path::PathBuf;

/// The result type used throughout the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Coarse, stable classification of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A source document could not be used (encoding, binary, empty, too large, or the
    /// extractors failed on it).
    Input,
    /// The database has a schema this version cannot use.
    Schema,
    /// A query was rejected or failed (bad SQL, write on a read-only corpus).
    Query,
    /// SQLite itself failed (locked, corrupt, disk full).
    Database,
    /// Reading or writing a file failed.
    Io,
    /// An argument given by the caller is not valid.
    InvalidArgument,
}

/// Everything that can go wrong in kzcorpus.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The file is not valid UTF-8 at `offset` and lossy decoding was not requested.
    #[error("{}: invalid UTF-8 at byte {offset} (rerun with --lossy to replace bad bytes)", path.display())]
    InvalidUtf8 {
        /// The offending file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// The file contains NUL bytes, so it is treated as binary.
    #[error("{}: binary file (NUL byte at byte {offset}); only text documents can be ingested", path.display())]
    Binary {
        /// The offending file.
        path: PathBuf,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
    /// The file is empty or holds only whitespace.
    #[error("{}: empty document (no text to ingest)", path.display())]
    Empty {
        /// The offending file.
        path: PathBuf,
    },
    /// The extractors failed (panicked) on the document: a bug, reported instead of
    /// stopping the build.
    #[error("{}: the extractors failed on this document ({message}); it was skipped, please report it", path.display())]
    Extraction {
        /// The document.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The file is larger than the configured size cap.
    #[error("{}: {bytes} bytes exceeds the size limit of {limit} bytes (raise it with --max-bytes)", path.display())]
    TooLarge {
        /// The offending file.
        path: PathBuf,
        /// Size of the file.
        bytes: u64,
        /// The configured cap.
        limit: u64,
    },
    /// An I/O error while reading a source or database file.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file being read or written.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The database was written by a newer kzcorpus.
    #[error("{path}: database schema version {found} is newer than this kzcorpus supports ({supported}); upgrade kzcorpus")]
    SchemaTooNew {
        /// The database file (or `:memory:`).
        path: String,
        /// `PRAGMA user_version` found in the file.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// The file is a SQLite database, but not one kzcorpus made.
    #[error("{path}: not a kzcorpus database ({reason}); refusing to modify it")]
    ForeignSchema {
        /// The database file.
        path: String,
        /// What was found instead.
        reason: String,
    },
    /// Upgrading the schema of an existing database failed; the file was left unchanged.
    #[error("{path}: cannot upgrade the database to the current schema ({reason}); the file was left unchanged")]
    Migration {
        /// The database file.
        path: String,
        /// Why the upgrade was refused.
        reason: String,
    },
    /// The caller tried to change a corpus opened read-only.
    #[error("corpus is read-only: {what} (open it with readonly=false to write)")]
    ReadOnly {
        /// What was attempted.
        what: String,
    },
    /// A query failed in SQLite.
    #[error("query failed: {message}")]
    Query {
        /// SQLite's message.
        message: String,
    },
    /// An argument given by the caller is not valid.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// Any other SQLite failure.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl Error {
    /// The stable category of this error.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidUtf8 { .. }
            | Error::Binary { .. }
            | Error::Empty { .. }
            | Error::TooLarge { .. }
            | Error::Extraction { .. } => ErrorKind::Input,
            Error::Io { .. } => ErrorKind::Io,
            Error::SchemaTooNew { .. } | Error::ForeignSchema { .. } | Error::Migration { .. } => ErrorKind::Schema,
            Error::ReadOnly { .. } | Error::Query { .. } => ErrorKind::Query,
            Error::InvalidArgument(_) => ErrorKind::InvalidArgument,
            Error::Sqlite(_) => ErrorKind::Database,
        }
    }

    /// The file this error is about, when there is one.
    pub fn path(&self) -> Option<&std::path::Path> {
        match self {
            Error::InvalidUtf8 { path, .. }
            | Error::Binary { path, .. }
            | Error::Empty { path }
            | Error::TooLarge { path, .. }
            | Error::Extraction { path, .. }
            | Error::Io { path, .. } => Some(path),
            _ => None,
        }
    }

    /// The byte offset this error is about, when there is one.
    pub fn offset(&self) -> Option<usize> {
        match self {
            Error::InvalidUtf8 { offset, .. } | Error::Binary { offset, .. } => Some(*offset),
            _ => None,
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}
