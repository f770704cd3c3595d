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
//! Crash safety: if the process dies between the two steps, the database holds every
//! committed document but an incomplete index and no insert triggers. The next read-write
//! open sees the `build_info` marker and finishes the job ([`Store::finish_pending_bulk_load`]),
//! so the deferral can never be left behind silently. A read-only open of such a file
//! still works; only full-text search misses the documents of the interrupted build.

use rusqlite::OptionalExtension;

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
        Ok(true)
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
            return Ok(());
        };
        tx.execute_batch(
            "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
             INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');",
        )?;
        for sql in sqls.split(SEPARATOR) {
            tx.execute_batch(sql)?;
        }
        tx.execute("DELETE FROM build_info WHERE key = ?1", [MARKER])?;
        tx.commit()?;
        Ok(())
    }

    /// Finishes a bulk load interrupted by a crash (see the module docs); called when a
    /// database is opened read-write.
    pub(super) fn finish_pending_bulk_load(&mut self) -> Result<()> {
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
        Ok(())
    }
}
