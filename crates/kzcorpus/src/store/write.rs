//! Writing one extracted document in one transaction.
//!
//! A document either lands completely (document, articles, authors, media, speakers,
//! mentions, quotes, events, claims) or not at all: the transaction rolls back on any
//! error, so a failed document leaves no rows.

use rusqlite::{params, CachedStatement, OptionalExtension, Transaction};

use super::bulk::{FtsFeed, FtsRow};
use super::directory::Slot;
use super::{speakers, Store};
use crate::document::Document;
use crate::error::{Error, Result};
use crate::model::ExtractedDocument;

/// What happened to a document handed to [`Store::write_document`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOutcome {
    /// The document was new and its rows were written.
    Added {
        /// The new `documents.id`.
        document_id: i64,
        /// How many articles were written.
        articles: usize,
    },
    /// A document with the same sha256 is already stored; nothing was written.
    Unchanged,
}

/// A transaction writing many documents; see [`Store::batch`].
///
/// Each [`Batch::write_document`] runs inside its own savepoint, so a document that fails
/// leaves no rows while the documents before it in the batch stay. Dropping the batch
/// without [`Batch::commit`] rolls everything back.
#[derive(Debug)]
pub struct Batch<'s> {
    pub(super) tx: Transaction<'s>,
    documents: usize,
    bytes: u64,
    /// Set during a bulk load of a file database: where full-text rows go.
    fts: Option<FtsFeed>,
    /// The store's speaker directory, kept current with the rows this batch writes.
    pub(super) speakers: &'s mut Slot,
    /// `PRAGMA data_version` when the batch began.
    data_version: i64,
    /// An unguarded write failed: the transaction holds part of a document.
    spoilt: bool,
}

impl Batch<'_> {
    /// Writes `doc` and its extracted rows, or nothing when its sha256 is already stored.
    ///
    /// # Errors
    /// SQLite errors; the document's rows are rolled back, the rest of the batch stays.
    pub fn write_document(&mut self, doc: &Document, extracted: &ExtractedDocument) -> Result<WriteOutcome> {
        self.write(doc, extracted, true)
    }

    /// [`Batch::write_document`] without the document's savepoint, for bulk builds.
    ///
    /// A savepoint makes SQLite copy every page a document touches into a sub-journal
    /// (a quarter of the writer's time in a build). Without it a failing document leaves
    /// part of its rows in the transaction, so after an error the batch is *spoilt*:
    /// [`Batch::commit`] refuses it, and the caller must drop it (rolling back the whole
    /// batch) and write the batch's documents again with [`Batch::write_document`].
    ///
    /// # Errors
    /// SQLite errors; the batch is then spoilt.
    pub fn write_document_unguarded(&mut self, doc: &Document, extracted: &ExtractedDocument) -> Result<WriteOutcome> {
        self.write(doc, extracted, false)
    }

    fn write(&mut self, doc: &Document, extracted: &ExtractedDocument, guarded: bool) -> Result<WriteOutcome> {
        if self.spoilt {
            return Err(Error::InvalidArgument("a failed unguarded write spoilt this batch; drop it and write again".into()));
        }
        let exists = self
            .tx
            .prepare_cached("SELECT 1 FROM documents WHERE sha256 = ?1")?
            .query_row([&doc.sha256], |_| Ok(()))
            .optional()?
            .is_some();
        if exists {
            return Ok(WriteOutcome::Unchanged);
        }
        // A named savepoint (rather than rusqlite's `Savepoint` type) keeps the insert
        // helpers working on the batch's `Transaction`.
        if guarded {
            self.tx.execute_batch("SAVEPOINT kz_document")?;
        }
        let mut fts_rows = self.fts.as_ref().map(|_| Vec::new());
        let document_id = match insert_document(&self.tx, self.speakers, doc, extracted, fts_rows.as_mut()) {
            Ok(id) => id,
            Err(e) => {
                // the directory may hold rows of the document: reload it when next needed
                self.speakers.invalidate();
                if guarded {
                    self.tx.execute_batch("ROLLBACK TO kz_document; RELEASE kz_document")?;
                } else {
                    self.spoilt = true;
                }
                return Err(e);
            }
        };
        if guarded {
            self.tx.execute_batch("RELEASE kz_document")?;
        }
        if let (Some(feed), Some(rows)) = (self.fts.as_mut(), fts_rows) {
            feed.send(rows);
        }
        self.documents += 1;
        self.bytes += doc.bytes;
        Ok(WriteOutcome::Added { document_id, articles: extracted.articles.len() })
    }

    /// Documents written in this batch so far.
    pub fn documents(&self) -> usize {
        self.documents
    }

    /// Source bytes of the documents written in this batch so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Commits every document written in the batch.
    ///
    /// # Errors
    /// SQLite failing to commit, or a batch spoilt by a failed unguarded write (the batch
    /// is then rolled back).
    pub fn commit(mut self) -> Result<()> {
        if self.spoilt {
            // dropping the transaction rolls it back
            return Err(Error::InvalidArgument("a failed unguarded write spoilt this batch; it was rolled back".into()));
        }
        let total_changes = self.tx.total_changes();
        let result = self.tx.commit();
        if let Some(feed) = self.fts.as_mut() {
            feed.committed(result.is_ok());
        }
        result?;
        self.speakers.committed(self.data_version, total_changes);
        Ok(())
    }
}

impl Store {
    /// Whether a document with this content hash is already stored.
    pub fn has_document(&self, sha256: &str) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT 1 FROM documents WHERE sha256 = ?1", [sha256], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Writes `doc` and everything extracted from it in one transaction.
    ///
    /// Returns [`WriteOutcome::Unchanged`] when the same content is already stored.
    ///
    /// # Errors
    /// [`crate::Error::ReadOnly`] on a read-only store; SQLite errors roll back every row
    /// of the document.
    pub fn write_document(&mut self, doc: &Document, extracted: &ExtractedDocument) -> Result<WriteOutcome> {
        let mut batch = self.batch()?;
        let outcome = batch.write_document(doc, extracted)?;
        batch.commit()?;
        Ok(outcome)
    }

    /// Opens a transaction that writes many documents, each all-or-nothing.
    ///
    /// Bulk builds write a few hundred documents per transaction: one commit (and, in WAL
    /// mode, one possible checkpoint) per batch instead of per document. Dropping the
    /// batch without [`Batch::commit`] rolls back every document written through it.
    ///
    /// # Errors
    /// [`crate::Error::ReadOnly`] on a read-only store, or SQLite failing to begin.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        self.require_writable("write a document")?;
        let fts = self.fts_feed();
        // Immediate: take the write lock before reading, so a concurrent builder makes this
        // one wait (busy timeout) instead of failing its snapshot upgrade with SQLITE_BUSY.
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // With the write lock held, nobody else can commit until this batch ends: the
        // directory kept from the last batch is current unless something committed since.
        let data_version = self.speakers.begin(&tx)?;
        Ok(Batch { tx, documents: 0, bytes: 0, fts, speakers: &mut self.speakers, data_version, spoilt: false })
    }

    /// The sha256 of every stored document, as raw 32-byte digests.
    ///
    /// A build reads this once so its reader threads can skip unchanged documents right
    /// after hashing them, without decoding or extracting (32 bytes per document).
    pub fn document_hashes(&self) -> Result<std::collections::HashSet<[u8; 32]>> {
        let mut stmt = self.conn().prepare("SELECT sha256 FROM documents")?;
        let mut rows = stmt.query([])?;
        let mut out = std::collections::HashSet::new();
        while let Some(row) = rows.next()? {
            let hex: String = row.get(0)?;
            if let Some(digest) = digest_from_hex(&hex) {
                out.insert(digest);
            }
        }
        Ok(out)
    }

    /// Records a key/value pair in `build_info`.
    pub fn set_build_info(&mut self, key: &str, value: &str) -> Result<()> {
        self.require_writable("update build_info")?;
        self.conn().execute(
            "INSERT INTO build_info(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Reads a value from `build_info`.
    pub fn build_info(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn().query_row("SELECT value FROM build_info WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Deletes every document and extracted row, keeping the schema (used when the
    /// extractor version changes and everything must be re-extracted).
    pub fn clear(&mut self) -> Result<()> {
        self.require_writable("clear the corpus")?;
        self.speakers.invalidate();
        let tx = self.conn.transaction()?;
        tx.execute_batch(
            "DELETE FROM event_participants; DELETE FROM events; DELETE FROM claims; DELETE FROM quotes;
             DELETE FROM mentions; DELETE FROM media; DELETE FROM authors; DELETE FROM articles;
             DELETE FROM documents; DELETE FROM speaker_titles; DELETE FROM speaker_aliases; DELETE FROM speakers;",
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Recomputes every speaker's canonical name from its aliases and mentions.
    pub fn refresh_speakers(&mut self) -> Result<()> {
        self.require_writable("refresh speakers")?;
        let tx = self.conn.transaction()?;
        speakers::refresh_canonical(&tx)?;
        tx.commit()?;
        Ok(())
    }
}

/// The row inserts of a document, taken from the statement cache once per document
/// rather than once per row (the cache's look-up and LRU upkeep per row cost 6 % of the
/// writer's instructions).
struct Inserts<'t> {
    article: CachedStatement<'t>,
    author: CachedStatement<'t>,
    media: CachedStatement<'t>,
    mention: CachedStatement<'t>,
    quote: CachedStatement<'t>,
    event: CachedStatement<'t>,
    participant: CachedStatement<'t>,
    claim: CachedStatement<'t>,
}

impl<'t> Inserts<'t> {
    fn prepare(tx: &'t Transaction<'_>) -> Result<Inserts<'t>> {
        Ok(Inserts {
            article: tx.prepare_cached(
                "INSERT INTO articles(document_id, ordinal, headline, outlet, published, dateline, language, body, doc_start, doc_end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'en', ?7, ?8, ?9)",
            )?,
            author: tx.prepare_cached("INSERT INTO authors(article_id, name, ordinal) VALUES (?1, ?2, ?3)")?,
            media: tx.prepare_cached("INSERT INTO media(article_id, url, caption) VALUES (?1, ?2, ?3)")?,
            mention: tx.prepare_cached("INSERT INTO mentions(article_id, speaker_id, start, \"end\", text) VALUES (?1, ?2, ?3, ?4, ?5)")?,
            quote: tx.prepare_cached(
                "INSERT INTO quotes(article_id, speaker_id, text, speaker_text, cue, start, \"end\", malformed, confidence, zone)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?,
            event: tx.prepare_cached(
                "INSERT INTO events(article_id, date, date_precision, type, location, evidence, start, \"end\")
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?,
            participant: tx.prepare_cached("INSERT OR IGNORE INTO event_participants(event_id, speaker_id) VALUES (?1, ?2)")?,
            claim: tx.prepare_cached(
                "INSERT INTO claims(article_id, what, value, value_max, qualifier, subject, attributed_to, evidence, start, \"end\", zone)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?,
        })
    }
}

/// Inserts one document's rows; with `fts`, also collects its full-text rows.
fn insert_document(
    tx: &Transaction<'_>,
    directory: &mut Slot,
    doc: &Document,
    extracted: &ExtractedDocument,
    mut fts: Option<&mut Vec<FtsRow>>,
) -> Result<i64> {
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    tx.prepare_cached("INSERT INTO documents(path, sha256, bytes, format, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![doc.file_name(), doc.sha256, doc.bytes as i64, doc.format, now])?;
    let document_id = tx.last_insert_rowid();
    let mut ins = Inserts::prepare(tx)?;
    for ex in &extracted.articles {
        let a = &ex.article;
        ins.article.execute(params![
            document_id,
            a.ordinal as i64,
            a.headline,
            a.outlet,
            a.published.map(|d| d.to_string()),
            a.dateline,
            a.body,
            a.doc_start as i64,
            a.doc_end as i64
        ])?;
        let article_id = tx.last_insert_rowid();
        if let Some(rows) = fts.as_deref_mut() {
            rows.push(FtsRow::Article { id: article_id, headline: a.headline.clone(), body: a.body.clone() });
        }
        for (i, name) in a.authors.iter().enumerate() {
            ins.author.execute(params![article_id, name, i as i64])?;
        }
        for m in &a.media {
            ins.media.execute(params![article_id, m.url, m.caption])?;
        }
        let mut ids: Vec<i64> = Vec::with_capacity(ex.speakers.speakers.len());
        if !ex.speakers.speakers.is_empty() {
            let dir = directory.get(tx)?;
            for s in &ex.speakers.speakers {
                ids.push(speakers::resolve(tx, dir, s)?);
            }
            for m in &ex.speakers.mentions {
                if let Some(&sid) = ids.get(m.speaker) {
                    ins.mention.execute(params![article_id, sid, m.start as i64, m.end as i64, m.text])?;
                    dir.add_mention(sid);
                }
            }
        }
        let id_of = |i: usize| ids.get(i).copied();
        for q in &ex.quotes {
            ins.quote.execute(params![
                article_id,
                q.speaker.and_then(id_of),
                q.text,
                q.speaker_text,
                q.cue,
                q.start as i64,
                q.end as i64,
                q.malformed,
                q.confidence,
                q.zone.as_str()
            ])?;
            if let Some(rows) = fts.as_deref_mut() {
                rows.push(FtsRow::Quote { id: tx.last_insert_rowid(), text: q.text.clone() });
            }
        }
        for e in &ex.events {
            ins.event.execute(params![
                article_id,
                e.date.map(|d| d.to_string()),
                e.date_precision.as_str(),
                e.kind,
                e.location,
                e.evidence,
                e.start as i64,
                e.end as i64
            ])?;
            let event_id = tx.last_insert_rowid();
            for &p in &e.participants {
                if let Some(sid) = id_of(p) {
                    ins.participant.execute(params![event_id, sid])?;
                }
            }
        }
        for c in &ex.claims {
            ins.claim.execute(params![
                article_id,
                c.what,
                c.value,
                c.value_max,
                c.qualifier,
                c.subject,
                c.attributed_to,
                c.evidence,
                c.start as i64,
                c.end as i64,
                c.zone.as_str()
            ])?;
        }
    }
    Ok(document_id)
}

/// Parses a lowercase or uppercase hex sha256 into its 32 bytes.
pub(crate) fn digest_from_hex(hex: &str) -> Option<[u8; 32]> {
    let bytes = hex.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        let hi = (pair[0] as char).to_digit(16)?;
        let lo = (pair[1] as char).to_digit(16)?;
        out[i] = (hi * 16 + lo) as u8;
    }
    Some(out)
}
