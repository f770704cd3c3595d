//! [`Corpus`]: the public handle on a kzcorpus database.
//!
//! A thin, honest wrapper over the [`Store`]: open a file or the bundled dataset, then
//! query tables and views into column-wise [`Table`]s.

use std::path::Path;

use rusqlite::types::Value;

use crate::build::{build_bundled, BuildReport};
use crate::error::Result;
use crate::store::{ArticleFilter, ClaimFilter, EventFilter, Mode, QuoteFilter, Store, Table};

/// How to open a corpus.
#[derive(Debug, Clone, Copy)]
pub struct OpenOptions {
    /// Refuse writes (the default).
    pub readonly: bool,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions { readonly: true }
    }
}

/// An open kzcorpus database.
#[derive(Debug)]
pub struct Corpus {
    store: Store,
}

impl Corpus {
    /// Opens an existing database read-only.
    ///
    /// # Errors
    /// [`crate::Error::Io`] when the file does not exist, schema errors when it is not a
    /// kzcorpus database this version can read.
    pub fn open(path: impl AsRef<Path>) -> Result<Corpus> {
        Corpus::open_with(path, OpenOptions::default())
    }

    /// Opens a database with explicit options (read-write creates and migrates it).
    ///
    /// # Errors
    /// As [`Corpus::open`].
    pub fn open_with(path: impl AsRef<Path>, options: OpenOptions) -> Result<Corpus> {
        let mode = if options.readonly { Mode::ReadOnly } else { Mode::ReadWrite };
        Ok(Corpus { store: Store::open(path.as_ref(), mode)? })
    }

    /// Builds the bundled corpus into a fresh in-memory database.
    ///
    /// # Errors
    /// Only if SQLite fails; the bundled documents are known to be valid.
    pub fn open_bundled() -> Result<Corpus> {
        let mut store = Store::open_in_memory()?;
        build_bundled(&mut store, &mut |_| {})?;
        Ok(Corpus { store })
    }

    /// Builds the bundled corpus into a fresh in-memory database, read-only when
    /// `options.readonly` (writes through [`Corpus::sql`] then fail as on a read-only file).
    ///
    /// # Errors
    /// Only if SQLite fails.
    pub fn open_bundled_with(options: OpenOptions) -> Result<Corpus> {
        let mut corpus = Corpus::open_bundled()?;
        if options.readonly {
            corpus.store.make_read_only()?;
        }
        Ok(corpus)
    }

    /// Builds the bundled corpus into this (writable) corpus.
    ///
    /// # Errors
    /// [`crate::Error::ReadOnly`] on a read-only corpus.
    pub fn add_bundled(&mut self) -> Result<BuildReport> {
        build_bundled(&mut self.store, &mut |_| {})
    }

    /// The underlying store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The underlying store, mutably (for building into it).
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// Articles; see [`ArticleFilter`].
    pub fn articles(&self, filter: &ArticleFilter) -> Result<Table> {
        self.store.articles(filter)
    }

    /// Quotes; the speaker filter matches any alias or transliteration.
    pub fn quotes(&self, filter: &QuoteFilter) -> Result<Table> {
        self.store.quotes(filter)
    }

    /// Speakers with aliases and titles.
    pub fn speakers(&self) -> Result<Table> {
        self.store.speakers()
    }

    /// Events; see [`EventFilter`].
    pub fn events(&self, filter: &EventFilter) -> Result<Table> {
        self.store.events(filter)
    }

    /// Numeric claims; see [`ClaimFilter`].
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Table> {
        self.store.claims(filter)
    }

    /// The `timeline` view.
    pub fn timeline(&self) -> Result<Table> {
        self.store.timeline()
    }

    /// Full-text search over articles and quotes.
    pub fn search(&self, text: &str, limit: usize) -> Result<Table> {
        self.store.search(text, limit)
    }

    /// Any `SELECT`, with bound parameters.
    pub fn sql(&self, query: &str, params: &[Value]) -> Result<Table> {
        self.store.sql(query, params)
    }

    /// The tables and views that can be exported.
    pub fn relations(&self) -> Result<Vec<String>> {
        self.store.relations()
    }

    /// Every row of one table or view.
    pub fn relation(&self, name: &str) -> Result<Table> {
        self.store.relation(name)
    }

    /// Row counts of the main tables.
    pub fn counts(&self) -> Result<Vec<(&'static str, i64)>> {
        self.store.counts()
    }
}
