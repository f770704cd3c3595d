//! Bulk loading: deferring the full-text index while a new database is filled.
//!
//! The FTS5 tables `articles_fts` and `quotes_fts` are external-content indexes kept in
//! sync by the `*_ai/_ad/_au` triggers of the schema. When a build starts on a database
//! with no documents, [`Store::begin_bulk_load`] drops the two insert triggers (a build
//! only inserts) and records their exact SQL in `build_info`, in one committed
//! transaction; [`Store::end_bulk_load`] then fills both indexes with FTS5's `'rebuild'`
//! command and recreates the triggers from the recorded SQL, again in one transaction.
//! The final state is the one the trigger path leaves: same schema text, and an index
//! whose `'integrity-check'` passes against the content tables.
//!
//! For a file database the indexes are not rebuilt at the end but built *while* the
//! documents are written, on a helper thread with its own connection to a scratch file
//! beside the database (`<db>-fts-build`, no journal, large FTS5 `hashsize`): the writer
//! sends each committed document's article and quote texts with their row ids over a
//! bounded channel, so tokenizing — the most expensive part of a build — runs on another
//! core than the inserts. At the end the FTS5 shadow tables (`*_data`, `*_idx`,
//! `*_docsize`) are copied into the database in one transaction by a fresh connection,
//! since a connection caches an FTS5 table's structure. If anything went wrong on the way
//! (a rolled-back batch whose rows were already sent, a failed helper), the scratch file
//! is discarded and the indexes are rebuilt with `'rebuild'` instead.
//!
//! Crash safety: if the process dies between the two steps, the database holds every
//! committed document but an incomplete index and no insert triggers. The next read-write
//! open sees the `build_info` marker and finishes the job ([`Store::finish_pending_bulk_load`]),
//! so the deferral can never be left behind silently. A read-only open of such a file
//! still works; only full-text search misses the documents of the interrupted build.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::sync::Arc;
use std::thread::JoinHandle;

use rusqlite::{Connection, OptionalExtension};

use super::Store;
use crate::error::Result;

/// The `build_info` key holding the SQL of the insert triggers dropped for a bulk load.
const MARKER: &str = "bulk_load_deferred_triggers";

/// The insert triggers a bulk load defers.
const TRIGGERS: [&str; 2] = ["articles_ai", "quotes_ai"];

/// Separates trigger statements in the marker (never occurs in the schema's SQL).
const SEPARATOR: &str = "\n--kz-next-trigger--\n";

impl Store {
    /// Starts a bulk load: on a database without documents, drops the FTS insert triggers
    /// so the indexes can be built in one pass at the end.
    ///
    /// Returns whether indexing was deferred; when it was, call [`Store::end_bulk_load`]
    /// after the last batch (also on error paths).
    ///
    /// # Errors
    /// [`crate::Error::ReadOnly`] on a read-only store; SQLite errors.
    pub fn begin_bulk_load(&mut self) -> Result<bool> {
        self.require_writable("bulk load")?;
        let tx = self.conn.transaction()?;
        let has_documents = tx.query_row("SELECT 1 FROM documents LIMIT 1", [], |_| Ok(())).optional()?.is_some();
        let pending = tx.query_row("SELECT 1 FROM build_info WHERE key = ?1", [MARKER], |_| Ok(())).optional()?.is_some();
        if has_documents || pending {
            return Ok(pending);
        }
        let mut sqls = Vec::new();
        for name in TRIGGERS {
            let sql: Option<String> = tx
                .query_row("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1", [name], |r| r.get(0))
                .optional()?;
            if let Some(sql) = sql {
                // Names come from the fixed list above, never from input.
                tx.execute_batch(&format!("DROP TRIGGER {name}"))?;
                sqls.push(sql);
            }
        }
        if sqls.is_empty() {
            return Ok(false);
        }
        tx.execute("INSERT INTO build_info(key, value) VALUES (?1, ?2)", [MARKER, &sqls.join(SEPARATOR)])?;
        tx.commit()?;
        if let Some(file) = self.file.clone() {
            // Without a side index the end of the load falls back to 'rebuild'.
            self.side = SideIndex::start(&self.conn, &file).ok();
        }
        Ok(true)
    }

    /// The channel to the side index, for a [`super::Batch`].
    pub(super) fn fts_feed(&self) -> Option<FtsFeed> {
        self.side.as_ref().and_then(|s| {
            s.sender.as_ref().map(|sender| FtsFeed { sender: sender.clone(), poisoned: s.poisoned.clone(), pending: false })
        })
    }

    /// Ends a bulk load: rebuilds the FTS indexes from the content tables and restores the
    /// insert triggers. Does nothing when no bulk load is pending.
    ///
    /// # Errors
    /// SQLite errors; the marker then stays and the next read-write open retries.
    pub fn end_bulk_load(&mut self) -> Result<()> {
        self.require_writable("bulk load")?;
        let tx = self.conn.transaction()?;
        let Some(sqls) =
            tx.query_row("SELECT value FROM build_info WHERE key = ?1", [MARKER], |r| r.get::<_, String>(0)).optional()?
        else {
            drop(tx);
            if let Some(side) = self.side.take() {
                side.discard();
            }
            return Ok(());
        };
        drop(tx);
        let side = self.side.take().and_then(SideIndex::finish);
        if let (Some(scratch), Some(file)) = (side, self.file.clone()) {
            let copied = copy_side_index(&file, &scratch, &sqls);
            let _ = std::fs::remove_file(&scratch);
            if copied.is_ok() {
                return self.reconnect();
            }
        }
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
             INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');",
        )?;
        finish_in(&tx, &sqls)?;
        tx.commit()?;
        Ok(())
    }

    /// Finishes a bulk load interrupted by a crash (see the module docs); called when a
    /// database is opened read-write.
    ///
    /// A bulk load whose build is still running in another process (it holds the build
    /// lock, see [`Store::lock_for_build`]) is left alone.
    pub(super) fn finish_pending_bulk_load(&mut self) -> Result<()> {
        let Some(path) = self.file.as_deref().map(build_lock_path) else {
            return self.finish_pending_bulk_load_locked();
        };
        let lock = open_lock_file(&path)?;
        match lock.try_lock() {
            Ok(()) => self.finish_pending_bulk_load_locked(),
            Err(std::fs::TryLockError::WouldBlock) => Ok(()),
            Err(std::fs::TryLockError::Error(e)) => Err(crate::Error::io(path, e)),
        }
    }

    /// Takes the build lock of a file database: an advisory lock on `<db>-build.lock`,
    /// held until the returned guard drops, so two builds of one file run one after the
    /// other and a read-write open never "finishes" the bulk load of a live build.
    /// Then finishes any bulk load a crashed build left behind.
    ///
    /// # Errors
    /// [`crate::Error::Io`] when the lock file cannot be opened or locked.
    pub fn lock_for_build(&mut self) -> Result<Option<BuildLock>> {
        let Some(path) = self.file.as_deref().map(build_lock_path) else {
            return Ok(None);
        };
        let lock = open_lock_file(&path)?;
        lock.lock().map_err(|e| crate::Error::io(&path, e))?;
        self.finish_pending_bulk_load_locked()?;
        Ok(Some(BuildLock(lock)))
    }

    fn finish_pending_bulk_load_locked(&mut self) -> Result<()> {
        let pending: bool = self
            .conn
            .query_row(
                "SELECT 1 FROM sqlite_master WHERE name = 'build_info' AND EXISTS (SELECT 1 FROM build_info WHERE key = ?1)",
                [MARKER],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if pending {
            if let Some(file) = &self.file {
                let mut scratch = file.as_os_str().to_owned();
                scratch.push("-fts-build");
                let _ = std::fs::remove_file(PathBuf::from(scratch));
            }
            self.end_bulk_load()?;
        }
        Ok(())
    }

    /// Runs FTS5's `'integrity-check'` on both full-text indexes.
    ///
    /// # Errors
    /// [`crate::Error::Sqlite`] (`SQLITE_CORRUPT_VTAB`) when an index does not match its
    /// content table.
    pub fn check_fts(&self) -> Result<()> {
        self.conn.execute_batch(
            "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check');
             INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check');",
        )?;
        Ok(())
    }
}

/// Restores the deferred triggers and removes the marker, inside `tx`.
/// The build lock of a file database; released when dropped (or when the process dies).
#[derive(Debug)]
pub struct BuildLock(#[allow(dead_code)] std::fs::File);

fn build_lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-build.lock");
    PathBuf::from(name)
}

fn open_lock_file(path: &Path) -> Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| crate::Error::io(path, e))
}

fn finish_in(tx: &Connection, sqls: &str) -> Result<()> {
    for sql in sqls.split(SEPARATOR) {
        tx.execute_batch(sql)?;
    }
    tx.execute("DELETE FROM build_info WHERE key = ?1", [MARKER])?;
    Ok(())
}

/// Copies the shadow tables of the side index into the database at `file` and finishes
/// the bulk load, in one transaction of a fresh connection.
fn copy_side_index(file: &Path, scratch: &Path, sqls: &str) -> Result<()> {
    let scratch = scratch.to_str().ok_or_else(|| crate::Error::InvalidArgument("non-UTF-8 scratch path".into()))?;
    let mut conn = Connection::open(file)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.execute("ATTACH DATABASE ?1 AS side", [scratch])?;
    let tx = conn.transaction()?;
    for table in ["articles_fts", "quotes_fts"] {
        for shadow in ["data", "idx", "docsize"] {
            // Names come from the fixed lists above, never from input.
            tx.execute_batch(&format!(
                "DELETE FROM main.{table}_{shadow}; INSERT INTO main.{table}_{shadow} SELECT * FROM side.{table}_{shadow};"
            ))?;
        }
    }
    finish_in(&tx, sqls)?;
    tx.commit()?;
    conn.execute("DETACH DATABASE side", [])?;
    Ok(())
}

/// One committed document's full-text rows, sent to the side index.
#[derive(Debug)]
pub(super) enum FtsRow {
    /// An `articles` row.
    Article {
        /// `articles.id`.
        id: i64,
        /// `articles.headline`.
        headline: Option<String>,
        /// `articles.body`.
        body: String,
    },
    /// A `quotes` row.
    Quote {
        /// `quotes.id`.
        id: i64,
        /// `quotes.text`.
        text: String,
    },
}

/// A batch's end of the channel to the side index.
///
/// Rows are sent when a document's savepoint is released, before the batch commits; if
/// the batch is then rolled back (dropped while `pending`) the side index no longer
/// matches the tables and is marked poisoned, so the load falls back to `'rebuild'`.
#[derive(Debug)]
pub(super) struct FtsFeed {
    sender: SyncSender<Vec<FtsRow>>,
    poisoned: Arc<AtomicBool>,
    pending: bool,
}

impl FtsFeed {
    /// Sends one document's rows.
    pub(super) fn send(&mut self, rows: Vec<FtsRow>) {
        self.pending = true;
        if self.sender.send(rows).is_err() {
            self.poisoned.store(true, Ordering::SeqCst);
        }
    }

    /// The batch committed (`ok`) or failed to.
    pub(super) fn committed(&mut self, ok: bool) {
        if !ok && self.pending {
            self.poisoned.store(true, Ordering::SeqCst);
        }
        self.pending = false;
    }
}

impl Drop for FtsFeed {
    fn drop(&mut self) {
        if self.pending {
            self.poisoned.store(true, Ordering::SeqCst);
        }
    }
}

/// The full-text index built on a helper thread into a scratch file.
#[derive(Debug)]
pub(super) struct SideIndex {
    path: PathBuf,
    sender: Option<SyncSender<Vec<FtsRow>>>,
    handle: Option<JoinHandle<Result<()>>>,
    poisoned: Arc<AtomicBool>,
}

/// FTS5 `hashsize` of the side index: terms buffered in memory before a segment is
/// written (default 1 MiB); larger means fewer segments to merge.
const SIDE_HASHSIZE: i64 = 32 * 1024 * 1024;

impl SideIndex {
    /// Creates the scratch file with the same FTS5 tables as `conn` and starts the thread.
    fn start(conn: &Connection, file: &Path) -> Result<SideIndex> {
        let mut path = file.as_os_str().to_owned();
        path.push("-fts-build");
        let path = PathBuf::from(path);
        let _ = std::fs::remove_file(&path);
        let mut creates = Vec::new();
        for table in ["articles_fts", "quotes_fts"] {
            let sql: String =
                conn.query_row("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))?;
            creates.push(sql);
        }
        let side = Connection::open(&path)?;
        // A scratch file: a crash discards it and the load falls back to 'rebuild'.
        side.pragma_update(None, "journal_mode", "OFF")?;
        side.pragma_update(None, "synchronous", "OFF")?;
        side.pragma_update(None, "page_size", 8192)?;
        for sql in &creates {
            side.execute_batch(sql)?;
        }
        side.execute_batch(&format!(
            "INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', {SIDE_HASHSIZE});
             INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('hashsize', {});",
            SIDE_HASHSIZE / 4
        ))?;
        let (sender, receiver) = sync_channel::<Vec<FtsRow>>(256);
        let handle = std::thread::Builder::new()
            .name("kzcorpus-fts".into())
            .spawn(move || -> Result<()> {
                let mut side = side;
                let mut pending = receiver.iter().peekable();
                while pending.peek().is_some() {
                    let tx = side.transaction()?;
                    for rows in pending.by_ref().take(512) {
                        for row in rows {
                            match row {
                                FtsRow::Article { id, headline, body } => {
                                    tx.prepare_cached("INSERT INTO articles_fts(rowid, headline, body) VALUES (?1, ?2, ?3)")?
                                        .execute(rusqlite::params![id, headline, body])?;
                                }
                                FtsRow::Quote { id, text } => {
                                    tx.prepare_cached("INSERT INTO quotes_fts(rowid, text) VALUES (?1, ?2)")?
                                        .execute(rusqlite::params![id, text])?;
                                }
                            }
                        }
                    }
                    tx.commit()?;
                }
                Ok(())
            })
            .map_err(|e| crate::Error::io(&path, e))?;
        Ok(SideIndex { path, sender: Some(sender), handle: Some(handle), poisoned: Arc::new(AtomicBool::new(false)) })
    }

    /// Closes the channel and waits for the thread; the scratch file when it is complete
    /// and matches the tables, else `None` (and the file is removed).
    fn finish(mut self) -> Option<PathBuf> {
        self.sender = None;
        let ok = matches!(self.handle.take().map(JoinHandle::join), Some(Ok(Ok(()))));
        if ok && !self.poisoned.load(Ordering::SeqCst) {
            Some(self.path.clone())
        } else {
            let _ = std::fs::remove_file(&self.path);
            None
        }
    }

    /// Stops the thread and removes the scratch file.
    fn discard(self) {
        if let Some(path) = self.finish() {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Drop for SideIndex {
    /// A store dropped during a bulk load (an error path): stop the thread, remove the file.
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            self.sender = None;
            let _ = handle.join();
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{decode, ReadOptions};
    use crate::store::Mode;

    fn schema(store: &Store) -> Result<Vec<(String, String)>> {
        let mut stmt = store.conn.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn add(store: &mut Store, name: &str, text: &str) -> Result<()> {
        let doc = decode(std::path::Path::new(name), text.as_bytes(), &ReadOptions::default())?;
        store.write_document(&doc, &crate::extract(&doc.text, &Default::default()))?;
        Ok(())
    }

    fn search_ids(store: &Store, term: &str) -> Result<Vec<i64>> {
        let mut stmt = store.conn.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1 ORDER BY rowid")?;
        let rows = stmt.query_map([term], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    #[test]
    fn bulk_load_restores_triggers_and_indexes_everything() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let before = schema(&store)?;
        assert!(store.begin_bulk_load()?);
        add(&mut store, "a.txt", "Ferries Resume\n\nThe ferry crossing reopened on Monday.")?;
        add(&mut store, "b.txt", "Harbour News\n\nA second ferry joined the route.")?;
        store.end_bulk_load()?;
        assert_eq!(schema(&store)?, before);
        store.check_fts()?;
        assert_eq!(search_ids(&store, "ferry")?, vec![1, 2]);
        // the restored trigger indexes later inserts
        add(&mut store, "c.txt", "Ferry Fares\n\nFerry fares rose.")?;
        assert_eq!(search_ids(&store, "ferry")?, vec![1, 2, 3]);
        store.check_fts()?;
        Ok(())
    }

    #[test]
    fn bulk_load_is_not_deferred_on_a_database_with_documents() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        add(&mut store, "a.txt", "Grain Prices\n\nGrain prices fell sharply.")?;
        assert!(!store.begin_bulk_load()?);
        store.end_bulk_load()?;
        assert_eq!(search_ids(&store, "grain")?, vec![1]);
        Ok(())
    }

    #[test]
    fn interrupted_bulk_load_is_finished_on_next_open() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| crate::Error::io("tmp", e))?;
        let path = dir.path().join("bulk.db");
        {
            let mut store = Store::open(&path, Mode::ReadWrite)?;
            assert!(store.begin_bulk_load()?);
            add(&mut store, "a.txt", "Snow Closes Roads\n\nHeavy snow closed the mountain roads.")?;
            // dropped without end_bulk_load, as in a crash
        }
        let store = Store::open(&path, Mode::ReadWrite)?;
        assert_eq!(search_ids(&store, "snow")?, vec![1]);
        assert!(store.build_info(MARKER)?.is_none());
        let triggers: i64 = store.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ('articles_ai', 'quotes_ai')",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(triggers, 2);
        assert!(!dir.path().join("bulk.db-fts-build").exists());
        Ok(())
    }

    #[test]
    fn side_index_of_a_file_database_matches_the_trigger_path() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| crate::Error::io("tmp", e))?;
        let docs: Vec<(String, String)> = (0..40)
            .map(|i| (format!("d{i}.txt"), format!("Report {i}\n\nThe river level rose {i} cm, \"we are watching it\", the mayor said.")))
            .collect();
        let mut bulk = Store::open(&dir.path().join("bulk.db"), Mode::ReadWrite)?;
        assert!(bulk.begin_bulk_load()?);
        assert!(bulk.side.is_some());
        for (name, text) in &docs {
            add(&mut bulk, name, text)?;
        }
        bulk.end_bulk_load()?;
        assert!(!dir.path().join("bulk.db-fts-build").exists());
        let mut plain = Store::open(&dir.path().join("plain.db"), Mode::ReadWrite)?;
        for (name, text) in &docs {
            add(&mut plain, name, text)?;
        }
        bulk.check_fts()?;
        assert_eq!(schema(&bulk)?, schema(&plain)?);
        for term in ["river", "mayor", "17", "watching"] {
            assert_eq!(search_ids(&bulk, term)?, search_ids(&plain, term)?, "{term}");
        }
        assert_eq!(search_ids(&bulk, "river")?.len(), 40);
        Ok(())
    }
}
