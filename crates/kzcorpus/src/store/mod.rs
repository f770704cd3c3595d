//! The store: the only module that talks to SQLite.
//!
//! `mod.rs` opens connections and applies the migrations in `migrations/*.sql`, tracked by
//! `PRAGMA user_version` and marked with `PRAGMA application_id`; `write.rs` inserts one
//! extracted document per transaction; `speakers.rs` maps per-article speakers onto
//! database-wide ids, matching them in the in-memory directory of `directory.rs`; `query.rs` reads tables and views into column-wise [`Table`]s.
//! All SQL outside `migrations/` lives in this folder, always with bound parameters.
//! `bulk.rs` defers the full-text index while a new database is filled.
//!
//! # SQLite tuning
//! A read-write file database is opened with:
//! - `journal_mode = WAL`: readers never block the writer, and a commit appends to the
//!   log instead of rewriting pages twice through a rollback journal;
//! - `synchronous = NORMAL`: in WAL mode the log is fsynced only at checkpoints, so a
//!   committed batch survives a process crash and the file can never be corrupted; a power
//!   loss may drop the last batches, which the next (idempotent) build simply redoes.
//!   `OFF` would risk corruption, `FULL` would fsync every batch for no gain here;
//! - `page_size = 8192` for a new file (set before the first table): article bodies
//!   average a few kilobytes, so larger pages mean fewer overflow chains to write and read;
//! - `cache_size = -65536` (64 MiB) and `temp_store = MEMORY`: index pages of the growing
//!   tables stay cached during a bulk load; the cap keeps memory bounded whatever the
//!   corpus size;
//! - `wal_autocheckpoint = 4096` pages (32 MiB): fewer, larger checkpoints.
//!
//! Builds write a few hundred documents per transaction ([`Store::batch`]), each
//! document inside its own savepoint so a failure leaves none of its rows.

mod bulk;
pub use bulk::BuildLock;
mod directory;
mod query;
mod speakers;
mod types;
mod write;

use std::path::Path;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use crate::error::{Error, Result};

pub use query::{ArticleFilter, ClaimFilter, Column, EventFilter, QuoteFilter, Table, Values};
pub use types::ColumnType;
pub use write::{Batch, WriteOutcome};

/// The migrations, in order; migration `i` brings the schema to version `i + 1`.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations/0001_init.sql"))),
    ("0002_alias_suffix_index", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations/0002_alias_suffix_index.sql"))),
    ("0003_claim_zone", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations/0003_claim_zone.sql"))),
    ("0004_events_precision_check", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations/0004_events_precision_check.sql"))),
    ("0005_quote_zone", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../migrations/0005_quote_zone.sql"))),
];

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// `PRAGMA application_id` of kzcorpus databases ("KZCP").
pub const APPLICATION_ID: i64 = 0x4B5A_4350;

/// How to open a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Read-only: no writes, no schema changes; the file must exist.
    ReadOnly,
    /// Read-write: created and migrated when needed.
    ReadWrite,
}

/// An open kzcorpus database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    label: String,
    mode: Mode,
    /// The database file of a read-write store (`None` in memory).
    file: Option<std::path::PathBuf>,
    /// The full-text index being built beside the database during a bulk load.
    side: Option<bulk::SideIndex>,
    /// The in-memory speaker directory of this connection's writer.
    speakers: directory::Slot,
}

impl Store {
    /// Opens (and for [`Mode::ReadWrite`] creates and migrates) the database at `path`.
    ///
    /// # Errors
    /// [`Error::Io`] when a read-only database does not exist, [`Error::SchemaTooNew`] or
    /// [`Error::ForeignSchema`] when the file is not one this version can use.
    pub fn open(path: &Path, mode: Mode) -> Result<Store> {
        let label = path.display().to_string();
        let conn = match mode {
            Mode::ReadOnly => {
                if !path.exists() {
                    return Err(Error::io(path, std::io::Error::new(std::io::ErrorKind::NotFound, "no such database")));
                }
                Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI)?
            }
            Mode::ReadWrite => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
                    let msg = format!("folder {} does not exist", dir.display());
                    return Err(Error::io(path, std::io::Error::new(std::io::ErrorKind::NotFound, msg)));
                }
                Connection::open(path)?
            }
        };
        let file = (mode == Mode::ReadWrite).then(|| path.to_path_buf());
        match Store::init(conn, label.clone(), mode, file) {
            Err(Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
                if mode == Mode::ReadOnly && e.code == rusqlite::ErrorCode::ReadOnly && roll_back_interrupted_write(path) =>
            {
                let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI)?;
                Store::init(conn, label, mode, None)
            }
            other => other,
        }
    }

    /// Creates an empty, migrated in-memory database.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, ":memory:".into(), Mode::ReadWrite, None)
    }

    fn init(conn: Connection, label: String, mode: Mode, file: Option<std::path::PathBuf>) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let mut store = Store { conn, label, mode, file, side: None, speakers: directory::Slot::default() };
        store.check_schema()?;
        if mode == Mode::ReadWrite {
            if store.file.is_some() && store.schema_version()? == 0 {
                // only takes effect before the first table is created
                store.conn.pragma_update(None, "page_size", 8192)?;
            }
            tune_for_writing(&store.conn, store.file.is_some())?;
            store.migrate()?;
            store.finish_pending_bulk_load()?;
        } else {
            // A read-only corpus cannot write (query_only), attach other files, or load
            // extensions (never enabled: rusqlite's load_extension feature is off).
            store.conn.pragma_update(None, "query_only", true)?;
            store.conn.set_limit(rusqlite::limits::Limit::SQLITE_LIMIT_ATTACHED, 0)?;
            store.conn.authorizer(Some(refuse_settings_changes))?;
        }
        Ok(store)
    }

    /// Reopens the connection of a file database (after another connection changed the
    /// FTS5 shadow tables, which a connection caches).
    pub(super) fn reconnect(&mut self) -> Result<()> {
        if let Some(file) = &self.file {
            let conn = Connection::open(file)?;
            conn.busy_timeout(std::time::Duration::from_secs(10))?;
            conn.pragma_update(None, "foreign_keys", true)?;
            tune_for_writing(&conn, true)?;
            self.conn = conn;
            self.speakers.invalidate();
        }
        Ok(())
    }

    /// The schema version stored in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Whether this store refuses writes.
    pub fn is_read_only(&self) -> bool {
        self.mode == Mode::ReadOnly
    }

    fn check_schema(&self) -> Result<()> {
        // One statement, so the three values come from one snapshot: another process may
        // be migrating the same new file between two separate reads.
        let (version, app_id, tables): (i64, i64, i64) = self.conn.query_row(
            "SELECT (SELECT user_version FROM pragma_user_version), \
                    (SELECT application_id FROM pragma_application_id), \
                    (SELECT count(*) FROM sqlite_master)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if app_id != APPLICATION_ID && (app_id != 0 || tables > 0) {
            return Err(Error::ForeignSchema {
                path: self.label.clone(),
                reason: if app_id == 0 {
                    format!("it holds {tables} schema objects but no kzcorpus application id")
                } else {
                    format!("application id {app_id:#x}")
                },
            });
        }
        if version > SCHEMA_VERSION {
            return Err(Error::SchemaTooNew { path: self.label.clone(), found: version, supported: SCHEMA_VERSION });
        }
        if self.mode == Mode::ReadOnly && version == 0 {
            return Err(Error::ForeignSchema { path: self.label.clone(), reason: "it is empty".into() });
        }
        Ok(())
    }

    /// Brings the schema to [`SCHEMA_VERSION`] in one transaction.
    ///
    /// Foreign keys are off while the migrations run, as SQLite's procedure for rebuilding
    /// a table requires (a rebuilt parent table must not cascade into its children), and
    /// are checked before the transaction commits: a violation rolls everything back.
    fn migrate(&mut self) -> Result<()> {
        if self.schema_version()? >= SCHEMA_VERSION {
            return Ok(());
        }
        // The setting cannot change inside a transaction, so it is switched around it.
        self.conn.pragma_update(None, "foreign_keys", false)?;
        let migrated = self.migrate_in_transaction();
        let restored = self.conn.pragma_update(None, "foreign_keys", true);
        migrated?;
        Ok(restored?)
    }

    fn migrate_in_transaction(&mut self) -> Result<()> {
        // Take the write lock first (waiting up to the busy timeout), then re-read the
        // version: another process opening the same new file may have migrated it while
        // this one waited.
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
            tx.execute_batch(sql)?;
            if *name == "0002_alias_suffix_index" {
                fill_reversed_keys(&tx)?;
            }
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        let violation: Option<String> = tx
            // the children of the table migration 4 rebuilds: an older dangling row elsewhere
            // is not this upgrade's to refuse
            .query_row(
                "SELECT \"table\" || ' row ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check('event_participants') LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(violation) = violation {
            return Err(Error::Migration {
                path: self.label.clone(),
                reason: format!("a foreign key would dangle: {violation}"),
            });
        }
        tx.commit()?;
        Ok(())
    }

    /// The underlying connection, for the store's own submodules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    fn require_writable(&self, what: &str) -> Result<()> {
        if self.mode == Mode::ReadOnly {
            return Err(Error::ReadOnly { what: what.into() });
        }
        Ok(())
    }
}

/// `alias_key` with its characters in reverse order (`speaker_aliases.alias_rkey`).
pub(crate) fn reversed_key(key: &str) -> String {
    key.chars().rev().collect()
}

/// Fills `speaker_aliases.alias_rkey` of the rows written before schema version 2.
fn fill_reversed_keys(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let rows: Vec<(i64, String)> = {
        let mut stmt = tx.prepare("SELECT rowid, alias_key FROM speaker_aliases WHERE alias_rkey IS NULL")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    let mut update = tx.prepare("UPDATE speaker_aliases SET alias_rkey = ?2 WHERE rowid = ?1")?;
    for (rowid, key) in rows {
        update.execute(rusqlite::params![rowid, reversed_key(&key)])?;
    }
    Ok(())
}

/// The bulk-load settings of a read-write connection (see the module docs).
fn tune_for_writing(conn: &Connection, file: bool) -> Result<()> {
    if file {
        enable_wal(conn)?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "wal_autocheckpoint", 4096)?;
    }
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

/// Rolls back the write a killed process left behind (a hot rollback journal, e.g. from a
/// build killed while creating the file), which a read-only connection may not do itself
/// ("attempt to write a readonly database"). Any SQLite writer does this on its first read;
/// it restores the last committed state and changes no committed data. Returns whether a
/// read-write connection could read the schema (false when the file itself is read-only).
fn roll_back_interrupted_write(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_URI) else {
        return false;
    };
    conn.busy_timeout(std::time::Duration::from_secs(10)).is_ok()
        && conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_ok()
}

/// Switches a file database to WAL. Changing the journal mode needs an exclusive lock and
/// SQLite reports `SQLITE_BUSY` at once (without the busy handler) while another connection
/// is opening or migrating the same new file, so this retries for up to the busy timeout.
fn enable_wal(conn: &Connection) -> Result<()> {
    const PAUSE: std::time::Duration = std::time::Duration::from_millis(20);
    let mut waited = std::time::Duration::ZERO;
    loop {
        let current: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if current.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        match conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0)) {
            Ok(_) => return Ok(()),
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && waited < std::time::Duration::from_secs(10) =>
            {
                std::thread::sleep(PAUSE);
                waited += PAUSE;
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Pragmas that take an argument but only read (introspection), allowed on a read-only corpus.
const READING_PRAGMAS: &[&str] = &[
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
    "foreign_key_check", "integrity_check", "quick_check",
];

/// The authorizer of read-only connections: refuses `PRAGMA name = value` (and
/// `name(value)`) for every setting, so `PRAGMA query_only = 0` cannot lift the guard.
fn refuse_settings_changes(ctx: rusqlite::hooks::AuthContext<'_>) -> rusqlite::hooks::Authorization {
    use rusqlite::hooks::{AuthAction, Authorization};
    match ctx.action {
        AuthAction::Pragma { pragma_name, pragma_value: Some(_) }
            if !READING_PRAGMAS.iter().any(|p| p.eq_ignore_ascii_case(pragma_name)) =>
        {
            Authorization::Deny
        }
        _ => Authorization::Allow,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrates_new_database_to_current_version() -> Result<()> {
        let store = Store::open_in_memory()?;
        assert_eq!(store.schema_version()?, SCHEMA_VERSION);
        let n: i64 = store.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE name IN ('documents','articles','quotes','quote_view','timeline','claim_comparison','articles_fts','quotes_fts')",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(n, 8);
        Ok(())
    }

    #[test]
    fn refuses_database_from_newer_version() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("new.db");
        {
            let store = Store::open(&path, Mode::ReadWrite)?;
            store.conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?;
        }
        let err = Store::open(&path, Mode::ReadWrite).unwrap_err();
        assert!(matches!(err, Error::SchemaTooNew { found, .. } if found == SCHEMA_VERSION + 1), "{err}");
        assert!(err.to_string().contains("upgrade kzcorpus"));
        Ok(())
    }

    #[test]
    fn read_only_store_rejects_writes_attach_and_extensions() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("ro.db");
        drop(Store::open(&path, Mode::ReadWrite)?);
        let store = Store::open(&path, Mode::ReadOnly)?;
        let write = store.sql("INSERT INTO build_info(key, value) VALUES ('k', 'v')", &[]).unwrap_err();
        assert!(matches!(write, Error::ReadOnly { .. }), "{write}");
        let attach = store.sql("ATTACH DATABASE ':memory:' AS other", &[]).unwrap_err();
        assert!(attach.to_string().contains("too many attached databases"), "{attach}");
        let ext = store.sql("SELECT load_extension('/nonexistent')", &[]).unwrap_err();
        assert!(ext.to_string().contains("not authorized"), "{ext}");
        let n: i64 = store.conn.query_row("SELECT count(*) FROM build_info", [], |r| r.get(0))?;
        assert_eq!(n, 0);
        Ok(())
    }

    /// Issue 7: `PRAGMA query_only = 0` was accepted on a read-only corpus (the file stayed
    /// safe because it is opened read-only, but the guard could be switched off).
    #[test]
    fn read_only_store_refuses_pragma_query_only_off() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("ro.db");
        drop(Store::open(&path, Mode::ReadWrite)?);
        let store = Store::open(&path, Mode::ReadOnly)?;
        for sql in ["PRAGMA query_only = 0", "PRAGMA query_only(false)", "PRAGMA cache_size = 10", "PRAGMA main.user_version = 9"] {
            let err = store.sql(sql, &[]).unwrap_err();
            assert!(err.to_string().contains("not authorized"), "{sql}: {err}");
        }
        let only: i64 = store.conn.query_row("PRAGMA query_only", [], |r| r.get(0))?;
        assert_eq!(only, 1);
        assert_eq!(store.sql("PRAGMA integrity_check", &[])?.texts("integrity_check"), vec![Some("ok".to_owned())]);
        assert!(store.sql("PRAGMA table_info(quotes)", &[])?.num_rows() > 3);
        Ok(())
    }

    /// Issue 7, two builders on one new file: both read schema version 0, and the second
    /// to migrate failed with "table documents already exists".
    #[test]
    fn two_builders_opening_one_new_file_at_once_both_succeed() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        for round in 0..5 {
            let path = dir.path().join(format!("race{round}.db"));
            let barrier = std::sync::Barrier::new(4);
            let results: Vec<Result<i64>> = std::thread::scope(|s| {
                let handles: Vec<_> = (0..4)
                    .map(|_| {
                        s.spawn(|| {
                            barrier.wait();
                            Store::open(&path, Mode::ReadWrite)?.schema_version()
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap_or_else(|_| Err(Error::InvalidArgument("panicked".into())))).collect()
            });
            for r in results {
                assert_eq!(r?, SCHEMA_VERSION, "round {round}");
            }
        }
        Ok(())
    }

    #[test]
    fn a_read_only_open_rolls_back_a_write_a_killed_process_left() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("hot.db");
        Store::open(&path, Mode::ReadWrite)?;
        // a hot journal: a process killed in the middle of a rollback-journal transaction
        // (as a build killed while switching a new file to WAL leaves it)
        let conn = Connection::open(&path)?;
        conn.pragma_update(None, "journal_mode", "DELETE")?;
        conn.execute_batch("PRAGMA cache_size = 1; BEGIN; CREATE TABLE big(x); INSERT INTO big SELECT zeroblob(4096) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) SELECT i FROM n);")?;
        let journal = dir.path().join("hot.db-journal");
        assert!(journal.exists(), "no journal was written");
        let hot = std::fs::read(&journal).map_err(|e| Error::io(&journal, e))?;
        let db_bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        drop(conn); // rolls back cleanly; put the crashed state back by hand
        std::fs::write(&journal, &hot).map_err(|e| Error::io(&journal, e))?;
        std::fs::write(&path, &db_bytes).map_err(|e| Error::io(&path, e))?;
        let store = Store::open(&path, Mode::ReadOnly)?;
        assert_eq!(store.schema_version()?, SCHEMA_VERSION);
        let big: i64 = store.conn().query_row("SELECT count(*) FROM sqlite_master WHERE name = 'big'", [], |r| r.get(0))?;
        assert_eq!(big, 0, "the uncommitted table survived");
        Ok(())
    }

    #[test]
    fn refuses_foreign_database() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("other.db");
        Connection::open(&path)?.execute_batch("CREATE TABLE t(x)")?;
        let err = Store::open(&path, Mode::ReadWrite).unwrap_err();
        assert!(matches!(err, Error::ForeignSchema { .. }), "{err}");
        let tables: i64 = Connection::open(&path)?.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        assert_eq!(tables, 1, "the foreign database was modified");
        Ok(())
    }

    /// Makes a version-3 database (the events table with its old CHECK) holding one dated
    /// event with a participant, and returns its rows as text.
    fn version_3_database_with_an_event(path: &Path) -> Result<Vec<String>> {
        let mut store = Store::open(path, Mode::ReadWrite)?;
        let text = b"Talks\n\nOn January 10, 2022, Sergey Lavrov met Antony Blinken in Geneva for talks.\n";
        let doc = crate::document::decode(Path::new("a.txt"), text, &Default::default())?;
        let extracted = crate::extract::extract(&doc.text, &Default::default());
        store.write_document(&doc, &extracted)?;
        store.conn.pragma_update(None, "foreign_keys", false)?;
        store.conn.execute_batch(
            "BEGIN;
             CREATE TABLE events_v3 (id INTEGER PRIMARY KEY,
                 article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, date TEXT,
                 date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'relative-unresolved')),
                 type TEXT NOT NULL, location TEXT, evidence TEXT NOT NULL, start INTEGER NOT NULL, \"end\" INTEGER NOT NULL);
             INSERT INTO events_v3 SELECT * FROM events;
             DROP VIEW timeline; DROP TABLE events; ALTER TABLE events_v3 RENAME TO events;
             CREATE VIEW timeline AS SELECT e.date AS date FROM events e;
             DROP VIEW quote_view; ALTER TABLE quotes DROP COLUMN zone;
             CREATE VIEW quote_view AS SELECT q.id AS quote_id FROM quotes q;
             PRAGMA user_version = 3;
             COMMIT;",
        )?;
        event_rows(&store)
    }

    fn event_rows(store: &Store) -> Result<Vec<String>> {
        let mut stmt = store.conn.prepare(
            "SELECT e.id || '|' || e.date || '|' || e.date_precision || '|' || e.type || '|' || p.speaker_id
             FROM events e JOIN event_participants p ON p.event_id = e.id ORDER BY e.id, p.speaker_id",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    #[test]
    fn migration_4_rebuilds_events_keeping_rows_ids_and_participants() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("v3.db");
        let before = version_3_database_with_an_event(&path)?;
        assert!(before.iter().any(|r| r.contains("|2022-01-10|day|talks|")), "{before:?}");
        let store = Store::open(&path, Mode::ReadWrite)?;
        assert_eq!(store.schema_version()?, SCHEMA_VERSION);
        assert_eq!(event_rows(&store)?, before);
        let sql: String =
            store.conn.query_row("SELECT sql FROM sqlite_master WHERE name = 'events'", [], |r| r.get(0))?;
        assert!(sql.contains("date_precision = 'day' OR") && !sql.contains("IN ('day'"), "{sql}");
        // the same values are still refused
        let bad = store.conn.execute("UPDATE events SET date_precision = 'year'", []);
        assert!(bad.is_err(), "a precision outside the three values was accepted");
        // the timeline view is the full one again, foreign keys are back on
        let timeline: i64 = store.conn.query_row("SELECT count(*) FROM timeline WHERE participants IS NOT NULL", [], |r| r.get(0))?;
        assert_eq!(timeline as usize, 1);
        let fk: bool = store.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        assert!(fk);
        Ok(())
    }

    #[test]
    fn a_migration_that_would_leave_a_dangling_reference_changes_nothing() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| Error::io("tmp", e))?;
        let path = dir.path().join("v3.db");
        version_3_database_with_an_event(&path)?;
        {
            let conn = Connection::open(&path)?;
            conn.execute_batch("PRAGMA foreign_keys = OFF; INSERT INTO event_participants(event_id, speaker_id) VALUES (999, 1)")?;
        }
        let err = Store::open(&path, Mode::ReadWrite).unwrap_err();
        assert!(matches!(&err, Error::Migration { reason, .. } if reason.contains("event_participants")), "{err}");
        let conn = Connection::open(&path)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        assert_eq!(version, 3);
        let sql: String = conn.query_row("SELECT sql FROM sqlite_master WHERE name = 'events'", [], |r| r.get(0))?;
        assert!(sql.contains("IN ('day'"), "{sql}");
        Ok(())
    }
}
