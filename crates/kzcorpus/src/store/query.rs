//! Reading tables and views into column-wise [`Table`]s.
//!
//! Every filter is a bound parameter. Results are column-major so that bindings (the
//! Python package) can hand whole columns to pandas without a per-row loop.

use chrono::NaiveDate;
use rusqlite::types::{Value, ValueRef};
use rusqlite::OptionalExtension;

use super::Store;
use crate::error::{Error, Result};
use crate::speakers::alias_key;

/// The values of one column.
#[derive(Debug, Clone, PartialEq)]
pub enum Values {
    /// Integers (or NULL).
    Integer(Vec<Option<i64>>),
    /// Floating-point numbers (or NULL).
    Real(Vec<Option<f64>>),
    /// Text (or NULL). Blobs are rendered as lowercase hex.
    Text(Vec<Option<String>>),
}

impl Values {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            Values::Integer(v) => v.len(),
            Values::Real(v) => v.len(),
            Values::Text(v) => v.len(),
        }
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// One named column of a [`Table`].
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The column name as SQLite reports it.
    pub name: String,
    /// The column's values.
    pub values: Values,
}

/// A query result, stored column by column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The columns, in select order.
    pub columns: Vec<Column>,
}

impl Table {
    /// Number of rows.
    pub fn num_rows(&self) -> usize {
        self.columns.first().map_or(0, |c| c.values.len())
    }

    /// The column called `name`.
    pub fn column(&self, name: &str) -> Option<&Values> {
        self.columns.iter().find(|c| c.name == name).map(|c| &c.values)
    }

    /// The text values of column `name` (empty when absent or not text).
    pub fn texts(&self, name: &str) -> Vec<Option<String>> {
        match self.column(name) {
            Some(Values::Text(v)) => v.clone(),
            Some(Values::Integer(v)) => v.iter().map(|x| x.map(|x| x.to_string())).collect(),
            Some(Values::Real(v)) => v.iter().map(|x| x.map(|x| x.to_string())).collect(),
            None => Vec::new(),
        }
    }
}

/// Filters of [`Store::articles`].
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    /// Only articles of this outlet (case-insensitive substring).
    pub outlet: Option<String>,
    /// Only articles published on or after this date.
    pub since: Option<NaiveDate>,
    /// Only articles published on or before this date.
    pub until: Option<NaiveDate>,
}

/// Filters of [`Store::quotes`].
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// Only quotes of this speaker: any alias or transliteration ("Serdiukov").
    pub speaker: Option<String>,
    /// Only quotes in articles of this outlet (case-insensitive substring).
    pub outlet: Option<String>,
    /// Only quotes in articles published on or after this date.
    pub since: Option<NaiveDate>,
    /// Only quotes in articles published on or before this date.
    pub until: Option<NaiveDate>,
    /// At most this many quotes (the first ones in article order); `None` for all.
    pub limit: Option<usize>,
}

impl QuoteFilter {
    /// Returns at most `n` quotes, the first in article order (a page for a speaker
    /// quoted millions of times).
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = Some(n);
        self
    }
    /// Restricts to one speaker.
    pub fn speaker(mut self, name: impl Into<String>) -> Self {
        self.speaker = Some(name.into());
        self
    }
    /// Restricts to one outlet.
    pub fn outlet(mut self, outlet: impl Into<String>) -> Self {
        self.outlet = Some(outlet.into());
        self
    }
    /// Restricts to articles published on or after `date`.
    pub fn since(mut self, date: NaiveDate) -> Self {
        self.since = Some(date);
        self
    }
    /// Restricts to articles published on or before `date`.
    pub fn until(mut self, date: NaiveDate) -> Self {
        self.until = Some(date);
        self
    }
}

/// Filters of [`Store::events`].
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Only events of this type.
    pub kind: Option<String>,
    /// Only events on or after this date.
    pub since: Option<NaiveDate>,
    /// Only events on or before this date.
    pub until: Option<NaiveDate>,
}

/// Filters of [`Store::claims`].
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// Only claims counting this (killed, injured, detained ...).
    pub what: Option<String>,
}

fn date_param(d: Option<NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::Text(d.to_string()))
}

fn text_param(s: &Option<String>) -> Value {
    s.as_ref().map_or(Value::Null, |s| Value::Text(s.clone()))
}

/// How many of a term's most recent matches [`Store::search`] ranks.
pub const SEARCH_WINDOW: i64 = 1000;

/// Speakers with an alias key equal to ?1, or ending with " " + ?1: ?2 and ?3 bound the
/// reversed keys that start with the reversed ?1 followed by a space (' ' < '!').
const SPEAKER_IDS_SQL: &str = "SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?1
     UNION SELECT speaker_id FROM speaker_aliases WHERE alias_rkey >= ?2 AND alias_rkey < ?3
     ORDER BY speaker_id";

impl Store {
    /// Runs a read-only `SELECT` with bound parameters and returns its rows column-wise.
    ///
    /// # Errors
    /// [`Error::Query`] when SQLite rejects the statement, and [`Error::ReadOnly`] when the
    /// statement would write to a read-only corpus.
    pub fn sql(&self, query: &str, params: &[Value]) -> Result<Table> {
        let mut stmt = self.conn().prepare(query).map_err(|e| match e.sqlite_error_code() {
            // The read-only authorizer refused a setting change (`PRAGMA x = y`).
            Some(rusqlite::ErrorCode::AuthorizationForStatementDenied) if self.is_read_only() => {
                Error::ReadOnly { what: format!("setting changes are not authorized: {}", query.trim()) }
            }
            _ => query_error(e),
        })?;
        if self.is_read_only() && !stmt.readonly() {
            return Err(Error::ReadOnly { what: format!("statement would write: {}", query.trim()) });
        }
        let names: Vec<String> = stmt.column_names().into_iter().map(str::to_owned).collect();
        let decls: Vec<Option<String>> = stmt.columns().map(|c| c.decl_type().map(str::to_owned)).collect();
        let mut builders: Vec<ColumnBuilder> = (0..names.len()).map(|_| ColumnBuilder::Empty(0)).collect();
        let mut rows = stmt.query(rusqlite::params_from_iter(params.iter())).map_err(query_error)?;
        while let Some(row) = rows.next().map_err(query_error)? {
            for (i, col) in builders.iter_mut().enumerate() {
                col.push(row.get_ref(i).map_err(query_error)?);
            }
        }
        let columns = names
            .into_iter()
            .zip(builders)
            .zip(decls)
            .map(|((name, col), decl)| Column { name, values: col.finish(decl.as_deref()) })
            .collect();
        Ok(Table { columns })
    }

    /// Articles, newest first, with outlet and date filters.
    pub fn articles(&self, f: &ArticleFilter) -> Result<Table> {
        self.sql(
            "SELECT a.id, a.document_id, d.path AS document, a.ordinal, a.headline, a.outlet, a.published, a.dateline,
                    (SELECT group_concat(name, '; ') FROM (SELECT name FROM authors WHERE article_id = a.id ORDER BY ordinal)) AS authors,
                    a.body
             FROM articles a JOIN documents d ON d.id = a.document_id
             WHERE (?1 IS NULL OR a.outlet LIKE '%' || ?1 || '%')
               AND (?2 IS NULL OR a.published >= ?2) AND (?3 IS NULL OR a.published <= ?3)
             ORDER BY a.document_id, a.ordinal",
            &[text_param(&f.outlet), date_param(f.since), date_param(f.until)],
        )
    }

    /// The ids of the speakers whose aliases match `name` (any spelling, or the surname).
    pub fn speaker_ids(&self, name: &str) -> Result<Vec<i64>> {
        let key = alias_key(name);
        if key.is_empty() {
            return Ok(Vec::new());
        }
        let t = if self.schema_version()? >= 2 {
            // both halves are index searches (see migrations/0002_alias_suffix_index.sql)
            let rkey = super::reversed_key(&key);
            self.sql(SPEAKER_IDS_SQL, &[Value::Text(key), Value::Text(format!("{rkey} ")), Value::Text(format!("{rkey}!"))])?
        } else {
            // a read-only database of schema version 1
            self.sql(
                "SELECT DISTINCT speaker_id FROM speaker_aliases
                 WHERE alias_key = ?1 OR alias_key LIKE '% ' || ?1 ORDER BY speaker_id",
                &[Value::Text(key)],
            )?
        };
        Ok(match t.column("speaker_id") {
            Some(Values::Integer(v)) => v.iter().flatten().copied().collect(),
            _ => Vec::new(),
        })
    }

    /// Quotes with speaker, outlet and date filters.
    pub fn quotes(&self, f: &QuoteFilter) -> Result<Table> {
        let (sql, params) = self.quotes_query(f)?;
        self.sql(&sql, &params)
    }

    /// The `EXPLAIN QUERY PLAN` lines of [`Store::quotes`] with this filter (which indexes
    /// it uses), for benchmarks and tests.
    pub fn explain_quotes(&self, f: &QuoteFilter) -> Result<Vec<String>> {
        let (sql, params) = self.quotes_query(f)?;
        let t = self.sql(&format!("EXPLAIN QUERY PLAN {sql}"), &params)?;
        Ok(t.texts("detail").into_iter().flatten().collect())
    }

    fn quotes_query(&self, f: &QuoteFilter) -> Result<(String, Vec<Value>)> {
        let ids = match &f.speaker {
            Some(name) => Some(self.speaker_ids(name)?),
            None => None,
        };
        let limit = Value::Integer(f.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX)));
        let columns = "SELECT q.id, q.article_id, q.speaker_id, s.canonical AS speaker, q.text, q.speaker_text, q.cue,
                    a.outlet, a.published, a.headline, q.start, q.\"end\", q.malformed, q.confidence, q.zone
             FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speakers s ON s.id = q.speaker_id";
        let rest = "AND (?2 IS NULL OR a.outlet LIKE '%' || ?2 || '%')
               AND (?3 IS NULL OR a.published >= ?3) AND (?4 IS NULL OR a.published <= ?4)
             ORDER BY q.article_id, q.start LIMIT ?5";
        let params = [text_param(&f.outlet), date_param(f.since), date_param(f.until), limit];
        Ok(match ids.as_deref() {
            // one speaker (the common case): `quotes_speaker_order` returns its quotes in
            // article order, so a LIMIT stops early instead of sorting every row
            Some([id]) => {
                let mut p = vec![Value::Integer(*id)];
                p.extend(params);
                (format!("{columns} WHERE q.speaker_id = ?1 {rest}"), p)
            }
            _ => {
                let id_list = ids.as_ref().map(|v| v.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
                let mut p = vec![text_param(&id_list)];
                p.extend(params);
                let sql = format!(
                    "{columns} WHERE (?1 IS NULL OR q.speaker_id IN (SELECT value FROM json_each('[' || ?1 || ']'))) {rest}"
                );
                (sql, p)
            }
        })
    }

    /// Speakers with their aliases, titles and quote counts.
    pub fn speakers(&self) -> Result<Table> {
        self.sql(
            "SELECT s.id, s.canonical, s.kind, s.country,
                    (SELECT group_concat(alias, '; ') FROM speaker_aliases WHERE speaker_id = s.id) AS aliases,
                    (SELECT group_concat(title, '; ') FROM speaker_titles WHERE speaker_id = s.id) AS titles,
                    (SELECT count(*) FROM quotes WHERE speaker_id = s.id) AS quotes,
                    (SELECT count(*) FROM mentions WHERE speaker_id = s.id) AS mentions
             FROM speakers s ORDER BY s.id",
            &[],
        )
    }

    /// Events with type and date filters.
    pub fn events(&self, f: &EventFilter) -> Result<Table> {
        self.sql(
            "SELECT e.id, e.article_id, e.date, e.date_precision, e.type, e.location,
                    (SELECT group_concat(s.canonical, '; ') FROM event_participants p JOIN speakers s ON s.id = p.speaker_id
                     WHERE p.event_id = e.id) AS participants,
                    a.outlet, a.headline, e.evidence, e.start, e.\"end\"
             FROM events e JOIN articles a ON a.id = e.article_id
             WHERE (?1 IS NULL OR e.type = ?1) AND (?2 IS NULL OR e.date >= ?2) AND (?3 IS NULL OR e.date <= ?3)
             ORDER BY e.date IS NULL, e.date, e.id",
            &[text_param(&f.kind), date_param(f.since), date_param(f.until)],
        )
    }

    /// Numeric claims, optionally of one kind; `start`/`end` index the body, or the
    /// headline when `zone` is `headline`.
    pub fn claims(&self, f: &ClaimFilter) -> Result<Table> {
        self.sql(
            "SELECT c.id, c.article_id, c.what, c.value, c.value_max, c.qualifier, c.subject, c.attributed_to,
                    a.outlet, a.published, c.evidence, c.start, c.\"end\", c.zone
             FROM claims c JOIN articles a ON a.id = c.article_id
             WHERE (?1 IS NULL OR c.what = ?1) ORDER BY c.what, c.article_id, c.zone DESC, c.start",
            &[text_param(&f.what)],
        )
    }

    /// The `timeline` view.
    pub fn timeline(&self) -> Result<Table> {
        self.sql("SELECT * FROM timeline", &[])
    }

    /// Full-text search over article headlines/bodies and quote texts, best matches first.
    ///
    /// Ranking (FTS5 `bm25`) reads every match of the query (its document frequency), so a
    /// query found in more than [`SEARCH_WINDOW`] articles (or quotes) is not ranked: its
    /// newest matches are returned (rows added last have the highest ids), with `rank` 0
    /// after any ranked rows. Below that the ranking is exact. On a million articles a
    /// search then stays within milliseconds: ranking a term found in half of them took
    /// 16 ms per table, the newest matches take under one.
    pub fn search(&self, text: &str, limit: usize) -> Result<Table> {
        let query = fts_query(text);
        let floor = |table: &str| -> Result<i64> {
            // Table names come from the fixed list below, never from input.
            let sql = format!("SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2");
            let row: Option<i64> =
                self.conn().query_row(&sql, rusqlite::params![query, SEARCH_WINDOW - 1], |r| r.get(0)).optional().map_err(query_error)?;
            Ok(row.unwrap_or(0))
        };
        let (articles_from, quotes_from) = (floor("articles_fts")?, floor("quotes_fts")?);
        // ranked by bm25, or the newest matches (rank 0) when the query matches too many rows
        let order = |windowed: bool, table: &str| {
            if windowed {
                ("0.0".to_string(), format!("{table}.rowid DESC"))
            } else {
                (format!("{table}.rank"), format!("{table}.rank"))
            }
        };
        let (article_rank, article_order) = order(articles_from > 0, "articles_fts");
        let (quote_rank, quote_order) = order(quotes_from > 0, "quotes_fts");
        // Only these fixed fragments are formatted in; every value is a bound parameter.
        let sql = format!(
            "SELECT * FROM (
               SELECT * FROM (
                 SELECT 'article' AS kind, a.id AS id, a.id AS article_id, a.headline, a.outlet, a.published,
                        snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, {article_rank} AS rank
                 FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                 WHERE articles_fts MATCH ?1
                 ORDER BY {article_order} LIMIT ?2)
               UNION ALL
               SELECT * FROM (
                 SELECT 'quote', q.id, q.article_id, a.headline, a.outlet, a.published,
                        snippet(quotes_fts, 0, '[', ']', '…', 12), {quote_rank}
                 FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
                 WHERE quotes_fts MATCH ?1
                 ORDER BY {quote_order} LIMIT ?2))
             ORDER BY rank, id DESC LIMIT ?2"
        );
        self.sql(&sql, &[Value::Text(query), Value::Integer(limit as i64)])
    }

    /// The names of the tables and views an analyst can export: everything in the schema
    /// except SQLite's own tables and the FTS5 shadow tables.
    pub fn relations(&self) -> Result<Vec<String>> {
        let t = self.sql(
            "SELECT name FROM sqlite_master
             WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%'
             ORDER BY type, name",
            &[],
        )?;
        Ok(t.texts("name").into_iter().flatten().collect())
    }

    /// Every row of the table or view `name` (one of [`Store::relations`]).
    ///
    /// # Errors
    /// [`Error::InvalidArgument`] when `name` is not a table or view of the schema.
    pub fn relation(&self, name: &str) -> Result<Table> {
        if !self.relations()?.iter().any(|r| r == name) {
            return Err(Error::InvalidArgument(format!("no table or view named {name:?}")));
        }
        // `name` is checked against the schema's own names above, so it is safe to splice.
        self.sql(&format!("SELECT * FROM \"{name}\""), &[])
    }

    /// Makes this store refuse writes from now on, like one opened with [`super::Mode::ReadOnly`]
    /// (e.g. an in-memory corpus built, then handed to readers).
    ///
    /// # Errors
    /// Only if SQLite fails to set `PRAGMA query_only`.
    pub fn make_read_only(&mut self) -> Result<()> {
        // The same guards as a file opened read-only (see `Store::open`).
        self.conn.pragma_update(None, "query_only", true)?;
        self.conn.set_limit(rusqlite::limits::Limit::SQLITE_LIMIT_ATTACHED, 0)?;
        self.conn.authorizer(Some(super::refuse_settings_changes))?;
        self.mode = super::Mode::ReadOnly;
        Ok(())
    }

    /// Row counts of the main tables, in a fixed order.
    pub fn counts(&self) -> Result<Vec<(&'static str, i64)>> {
        const TABLES: [&str; 10] = [
            "documents", "articles", "authors", "media", "speakers", "speaker_aliases", "mentions", "quotes", "events",
            "claims",
        ];
        TABLES
            .iter()
            .map(|t| {
                // Table names come from the fixed list above, never from input.
                let n: i64 = self.conn().query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
                Ok((*t, n))
            })
            .collect()
    }
}

/// Turns free text into an FTS5 query of quoted terms, so user input is never parsed as
/// FTS syntax ("NEAR", "-", ":" ...). Control characters separate terms (FTS5 reads a NUL
/// as the end of the query), and text with no terms becomes `""`, which matches nothing.
fn fts_query(text: &str) -> String {
    let cleaned: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let terms: Vec<String> = cleaned.split_whitespace().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect();
    if terms.is_empty() {
        return "\"\"".to_owned();
    }
    terms.join(" ")
}

#[cfg(test)]
mod search_tests {
    use super::*;

    /// Issue 7, hostile search strings: a NUL made FTS5 fail with "unterminated string"
    /// and an empty string with "syntax error"; both now simply find nothing.
    #[test]
    fn a_query_matching_more_than_the_window_returns_its_newest_matches() -> Result<()> {
        let store = Store::open_in_memory()?;
        store.conn().execute_batch(
            "INSERT INTO documents(id, path, sha256, bytes, format, ingested_at) VALUES (1, 'd.txt', 'x', 1, 'text', 'now');
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1005)
             INSERT INTO articles(id, document_id, ordinal, headline, body, doc_start, doc_end)
             SELECT i, 1, i, 'Harvest', 'wheat prices ' || CASE WHEN i % 2 = 0 THEN 'rose' ELSE 'fell sharply' END, 0, 0 FROM n;
             INSERT INTO articles(id, document_id, ordinal, headline, body, doc_start, doc_end)
             VALUES (2000, 1, 2000, 'Rare', 'barley barley', 0, 0), (2001, 1, 2001, 'Rare', 'barley and oats', 0, 0);",
        )?;
        let ids = |t: &Table| match t.column("id") {
            Some(Values::Integer(v)) => v.iter().flatten().copied().collect::<Vec<i64>>(),
            _ => Vec::new(),
        };
        let ranks = |t: &Table| match t.column("rank") {
            Some(Values::Real(v)) => v.iter().flatten().copied().collect::<Vec<f64>>(),
            _ => Vec::new(),
        };
        let common = store.search("wheat", 3)?;
        assert_eq!(ids(&common), vec![1005, 1004, 1003]);
        assert_eq!(ranks(&common), vec![0.0, 0.0, 0.0]);
        // below the window: bm25, the article with the term twice first
        let rare = store.search("barley", 3)?;
        assert_eq!(ids(&rare), vec![2000, 2001]);
        assert!(ranks(&rare).iter().all(|r| *r < 0.0), "{:?}", ranks(&rare));
        Ok(())
    }

    #[test]
    fn search_with_nul_or_no_terms_finds_nothing_instead_of_failing() -> Result<()> {
        let store = Store::open_in_memory()?;
        for text in ["\0", "Lavrov\0'; --", "", "   ", "\u{1}\t"] {
            assert_eq!(store.search(text, 10)?.num_rows(), 0, "{text:?}");
        }
        assert_eq!(fts_query("a\0b \"c"), "\"a\" \"b\" \"\"\"c\"");
        Ok(())
    }
}

fn query_error(e: rusqlite::Error) -> Error {
    Error::Query { message: e.to_string() }
}

/// One result column while rows are read: the narrowest type that holds every value so
/// far, widened on the fly (integer → real → text), so no per-cell intermediate is kept.
enum ColumnBuilder {
    /// Only NULLs so far (this many).
    Empty(usize),
    Integer(Vec<Option<i64>>),
    Real(Vec<Option<f64>>),
    Text(Vec<Option<String>>),
}

impl ColumnBuilder {
    fn push(&mut self, v: ValueRef<'_>) {
        match (&mut *self, v) {
            (ColumnBuilder::Empty(n), ValueRef::Null) => *n += 1,
            (ColumnBuilder::Integer(c), ValueRef::Null) => c.push(None),
            (ColumnBuilder::Real(c), ValueRef::Null) => c.push(None),
            (ColumnBuilder::Text(c), ValueRef::Null) => c.push(None),
            (ColumnBuilder::Integer(c), ValueRef::Integer(i)) => c.push(Some(i)),
            (ColumnBuilder::Real(c), ValueRef::Integer(i)) => c.push(Some(i as f64)),
            (ColumnBuilder::Real(c), ValueRef::Real(r)) => c.push(Some(r)),
            (ColumnBuilder::Text(c), v) => c.push(Some(text_of(v))),
            (ColumnBuilder::Empty(n), ValueRef::Integer(i)) => {
                let mut c = vec![None; *n];
                c.push(Some(i));
                *self = ColumnBuilder::Integer(c);
            }
            (ColumnBuilder::Empty(n), ValueRef::Real(r)) => {
                let mut c = vec![None; *n];
                c.push(Some(r));
                *self = ColumnBuilder::Real(c);
            }
            (ColumnBuilder::Integer(c), ValueRef::Real(r)) => {
                let mut w: Vec<Option<f64>> = c.iter().map(|x| x.map(|i| i as f64)).collect();
                w.push(Some(r));
                *self = ColumnBuilder::Real(w);
            }
            (ColumnBuilder::Empty(n), v) => {
                let mut c = vec![None; *n];
                c.push(Some(text_of(v)));
                *self = ColumnBuilder::Text(c);
            }
            (ColumnBuilder::Integer(c), v) => {
                let mut w: Vec<Option<String>> = c.iter().map(|x| x.map(|i| i.to_string())).collect();
                w.push(Some(text_of(v)));
                *self = ColumnBuilder::Text(w);
            }
            (ColumnBuilder::Real(c), v) => {
                let mut w: Vec<Option<String>> = c.iter().map(|x| x.map(|r| r.to_string())).collect();
                w.push(Some(text_of(v)));
                *self = ColumnBuilder::Text(w);
            }
        }
    }

    /// The column's values; a column with no values at all (no rows, or only NULLs) takes
    /// the type its declaration names, defaulting to text.
    fn finish(self, decl: Option<&str>) -> Values {
        match self {
            ColumnBuilder::Empty(n) => match declared_affinity(decl) {
                Affinity::Integer => Values::Integer(vec![None; n]),
                Affinity::Real => Values::Real(vec![None; n]),
                Affinity::Text => Values::Text(vec![None; n]),
            },
            ColumnBuilder::Integer(c) => Values::Integer(c),
            ColumnBuilder::Real(c) => Values::Real(c),
            ColumnBuilder::Text(c) => Values::Text(c),
        }
    }
}

/// A non-NULL value as text; blobs as lowercase hex.
fn text_of(v: ValueRef<'_>) -> String {
    match v {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(r) => r.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

enum Affinity {
    Integer,
    Real,
    Text,
}

/// SQLite's column-affinity rules (section 3.1 of "Datatypes In SQLite"), reduced to the
/// three kinds a [`Values`] can hold.
fn declared_affinity(decl: Option<&str>) -> Affinity {
    let decl = decl.unwrap_or("").to_ascii_uppercase();
    if decl.contains("INT") {
        Affinity::Integer
    } else if decl.contains("REAL") || decl.contains("FLOA") || decl.contains("DOUB") {
        Affinity::Real
    } else {
        Affinity::Text
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    /// Three speakers: "Sergey Lavrov" (+ "Lavrov"), "Maria Zakharova", the "Russian Defense
    /// Ministry" (+ "Defense Ministry"), written as the writer writes them.
    fn speakers_store() -> Result<Store> {
        let mut store = Store::open_in_memory()?;
        let text = "Talks\n\nForeign Minister Sergey Lavrov said the talks were over. Lavrov said little else. \
                    Spokeswoman Maria Zakharova said the same. The Russian Defense Ministry said troops left.\n";
        let doc = crate::document::decode(std::path::Path::new("a.txt"), text.as_bytes(), &Default::default())?;
        let extracted = crate::extract::extract(&doc.text, &Default::default());
        store.write_document(&doc, &extracted)?;
        Ok(store)
    }

    /// The ids the version-1 `LIKE` scan returns.
    fn ids_by_scan(store: &Store, name: &str) -> Result<Vec<i64>> {
        let t = store.sql(
            "SELECT DISTINCT speaker_id FROM speaker_aliases
             WHERE alias_key = ?1 OR alias_key LIKE '% ' || ?1 ORDER BY speaker_id",
            &[Value::Text(alias_key(name))],
        )?;
        Ok(match t.column("speaker_id") {
            Some(Values::Integer(v)) => v.iter().flatten().copied().collect(),
            _ => Vec::new(),
        })
    }

    #[test]
    fn speaker_ids_match_the_scan_they_replace() -> Result<()> {
        let store = speakers_store()?;
        let mut found = 0;
        for name in ["Lavrov", "Sergei Lavrov", "lavrov", "Zakharova", "Defense Ministry", "Ministry", "Sergey", "Nobody", "ov"] {
            let ids = store.speaker_ids(name)?;
            assert_eq!(ids, ids_by_scan(&store, name)?, "{name}");
            found += ids.len();
        }
        assert!(store.speaker_ids("Lavrov")?.len() == 1 && found >= 4, "{found}");
        Ok(())
    }

    #[test]
    fn a_page_of_one_speakers_quotes_reads_the_order_index_without_sorting() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        let text = "Talks\n\n“We are ready,” Foreign Minister Sergey Lavrov said. “Not today,” Lavrov added. \
                    “Maybe later,” Lavrov said.\n";
        let doc = crate::document::decode(std::path::Path::new("q.txt"), text.as_bytes(), &Default::default())?;
        store.write_document(&doc, &crate::extract::extract(&doc.text, &Default::default()))?;
        let plan = store.explain_quotes(&QuoteFilter::default().speaker("Lavrov").limit(10))?.join("\n");
        assert!(plan.contains("USING INDEX quotes_speaker_order (speaker_id=?)"), "{plan}");
        assert!(!plan.contains("TEMP B-TREE"), "{plan}");
        let ids = |t: &Table| match t.column("id") {
            Some(Values::Integer(v)) => v.iter().flatten().copied().collect::<Vec<i64>>(),
            _ => Vec::new(),
        };
        let all = ids(&store.quotes(&QuoteFilter::default().speaker("Lavrov"))?);
        let page = ids(&store.quotes(&QuoteFilter::default().speaker("Lavrov").limit(2))?);
        assert_eq!(all.len(), 3);
        assert_eq!(page, all[..2]);
        Ok(())
    }

    #[test]
    fn speaker_ids_search_two_indexes() -> Result<()> {
        let store = speakers_store()?;
        let t = store.sql(
            &format!("EXPLAIN QUERY PLAN {SPEAKER_IDS_SQL}"),
            &[Value::Text("lavrov".into()), Value::Text("vorval ".into()), Value::Text("vorval!".into())],
        )?;
        let plan = t.texts("detail").into_iter().flatten().collect::<Vec<_>>().join("\n");
        assert!(plan.contains("USING INDEX speaker_aliases_key (alias_key=?)"), "{plan}");
        assert!(plan.contains("USING INDEX speaker_aliases_rkey (alias_rkey>? AND alias_rkey<?)"), "{plan}");
        assert!(!plan.contains("SCAN speaker_aliases"), "{plan}");
        Ok(())
    }

    #[test]
    fn migrations_2_3_and_5_fill_reversed_keys_and_zones_of_existing_rows() -> Result<()> {
        let dir = tempfile::tempdir().map_err(|e| crate::Error::io("tmp", e))?;
        let path = dir.path().join("v1.db");
        {
            let mut store = Store::open(&path, super::super::Mode::ReadWrite)?;
            let text = b"T\n\nMinister Sergey Lavrov said \"no, not now\". Police said 40 people were detained.\n";
            let doc = crate::document::decode(std::path::Path::new("a.txt"), text, &Default::default())?;
            let extracted = crate::extract::extract(&doc.text, &Default::default());
            store.write_document(&doc, &extracted)?;
            // back to schema version 1
            store.conn().execute_batch(
                "DROP VIEW claim_comparison; ALTER TABLE claims DROP COLUMN zone;
                 CREATE VIEW claim_comparison AS SELECT c.what AS what FROM claims c;
                 DROP INDEX speaker_aliases_rkey; ALTER TABLE speaker_aliases DROP COLUMN alias_rkey;
                 DROP INDEX quotes_speaker_order; CREATE INDEX quotes_speaker ON quotes(speaker_id);
                 DROP VIEW quote_view; ALTER TABLE quotes DROP COLUMN zone;
                 CREATE VIEW quote_view AS SELECT q.id AS quote_id FROM quotes q; PRAGMA user_version = 1;",
            )?;
        }
        let store = Store::open(&path, super::super::Mode::ReadWrite)?;
        assert_eq!(store.schema_version()?, super::super::SCHEMA_VERSION);
        let missing: i64 = store.conn().query_row(
            "SELECT count(*) FROM speaker_aliases WHERE alias_rkey IS NULL OR length(alias_rkey) != length(alias_key)",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(missing, 0);
        let zones: Vec<(String, i64, String)> = store
            .conn()
            .prepare("SELECT what, value, zone FROM claim_comparison")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        assert_eq!(zones, [("detained".to_string(), 40, "body".to_string())]);
        let quotes: Vec<(String, String)> = store
            .conn()
            .prepare("SELECT text, zone FROM quote_view")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        assert_eq!(quotes, [("no, not now".to_string(), "body".to_string())]);
        assert_eq!(store.speaker_ids("Lavrov")?.len(), 1);
        Ok(())
    }

    #[test]
    fn empty_result_keeps_declared_column_types() -> Result<()> {
        let store = Store::open_in_memory()?;
        let t = store.sql("SELECT id, speaker_id, text, confidence FROM quotes", &[])?;
        assert_eq!(t.num_rows(), 0);
        assert!(matches!(t.column("id"), Some(Values::Integer(v)) if v.is_empty()));
        assert!(matches!(t.column("speaker_id"), Some(Values::Integer(_))));
        assert!(matches!(t.column("text"), Some(Values::Text(_))));
        assert!(matches!(t.column("confidence"), Some(Values::Real(_))));
        Ok(())
    }

    #[test]
    fn null_only_expression_column_is_text_and_mixed_column_widens() -> Result<()> {
        let store = Store::open_in_memory()?;
        let t = store.sql("SELECT NULL AS empty, 1 AS one UNION ALL SELECT NULL, 2.5", &[])?;
        assert_eq!(t.column("empty"), Some(&Values::Text(vec![None, None])));
        assert_eq!(t.column("one"), Some(&Values::Real(vec![Some(1.0), Some(2.5)])));
        Ok(())
    }

    #[test]
    fn column_widens_from_integer_to_text_keeping_earlier_values() -> Result<()> {
        let store = Store::open_in_memory()?;
        let t = store.sql("SELECT NULL AS v UNION ALL SELECT 7 UNION ALL SELECT 1.5 UNION ALL SELECT 'x'", &[])?;
        assert_eq!(
            t.column("v"),
            Some(&Values::Text(vec![None, Some("7".into()), Some("1.5".into()), Some("x".into())]))
        );
        Ok(())
    }

    #[test]
    fn read_only_store_refuses_writes_and_keeps_rows() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        store.make_read_only()?;
        let err = store.sql("INSERT INTO build_info(key, value) VALUES ('k', 'v')", &[]).unwrap_err();
        assert!(matches!(err, Error::ReadOnly { .. }), "{err}");
        let t = store.sql("SELECT count(*) AS n FROM build_info WHERE key = 'k'", &[])?;
        assert_eq!(t.column("n"), Some(&Values::Integer(vec![Some(0)])));
        let err = store.sql("PRAGMA query_only = 0", &[]).unwrap_err();
        assert!(matches!(err, Error::ReadOnly { .. }), "{err}");
        Ok(())
    }

    #[test]
    fn search_treats_operators_as_plain_words() {
        assert_eq!(fts_query(r#"CSTO NEAR "troops"#), r#""CSTO" "NEAR" """troops""#);
    }
}
