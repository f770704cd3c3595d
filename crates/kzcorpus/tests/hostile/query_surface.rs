//! The query surface under hostile strings: filters and `sql()` only ever bind parameters,
//! a read-only corpus refuses every way of writing, and a database from elsewhere (newer
//! schema, another application, not SQLite at all) is refused without being "fixed".

use std::path::Path;

use kzcorpus::{ClaimFilter, Corpus, Error, EventFilter, OpenOptions, QuoteFilter};
use rusqlite::types::Value;

use crate::common::{build_bundled_db, tempdir};

const HOSTILE: &[&str] = &[
    "'; DROP TABLE quotes; --",
    "\"; DROP TABLE articles; --",
    "x' OR '1'='1",
    "') OR 1=1 --",
    "1); DELETE FROM speakers; --",
    "%",
    "_",
    "\\",
    "*",
    "NEAR(a b)",
    "quotes_fts MATCH 'x'",
    "\0",
    "Lavrov\u{0000}'; ATTACH DATABASE '/tmp/evil.db' AS evil; --",
    "]]]",
    "",
];

fn all_counts(db: &Path) -> Vec<(&'static str, i64)> {
    Corpus::open(db).and_then(|c| c.counts()).expect("open the database")
}

#[test]
fn hostile_filter_strings_are_bound_not_spliced() {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let before = all_counts(&db);
    assert!(before.iter().any(|(t, n)| *t == "articles" && *n > 0));
    // Both a read-only and a writable handle: binding must hold even where writes are allowed.
    for readonly in [true, false] {
        let corpus = Corpus::open_with(&db, OpenOptions { readonly }).expect("open");
        for s in HOSTILE {
            let s = s.to_string();
            let quotes = corpus.quotes(&QuoteFilter::default().speaker(s.clone())).expect("speaker filter");
            // A hostile "name" matches no speaker (except the empty/wildcard ones, which
            // must still only return real quotes).
            assert!(quotes.num_rows() <= before.iter().find(|(t, _)| *t == "quotes").map_or(0, |(_, n)| *n as usize));
            corpus.quotes(&QuoteFilter::default().outlet(s.clone())).expect("outlet filter");
            corpus.events(&EventFilter { kind: Some(s.clone()), ..Default::default() }).expect("event type filter");
            corpus.claims(&ClaimFilter { what: Some(s.clone()) }).expect("claim filter");
            corpus.search(&s, 10).expect("search treats input as terms");
            let t = corpus.sql("SELECT ?1 AS echoed", &[Value::Text(s.clone())]).expect("bound parameter");
            assert_eq!(t.texts("echoed"), vec![Some(s.clone())], "a bound parameter comes back verbatim");
            assert!(corpus.relation(&s).is_err(), "{s:?} is not a table name");
        }
    }
    assert_eq!(all_counts(&db), before, "a hostile filter changed the database");
    let t = Corpus::open(&db).and_then(|c| c.sql("SELECT count(*) AS n FROM sqlite_master WHERE name = 'quotes'", &[])).expect("schema");
    assert_eq!(t.texts("n"), vec![Some("1".to_owned())]);
    assert!(!dir.path().join("evil.db").exists());
}

#[test]
fn sql_runs_one_statement_only() {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let before = all_counts(&db);
    for readonly in [true, false] {
        let corpus = Corpus::open_with(&db, OpenOptions { readonly }).expect("open");
        let err = corpus.sql("SELECT 1; DROP TABLE quotes", &[]).expect_err("a second statement is refused");
        assert!(matches!(err, Error::Query { .. }), "{err:?}");
    }
    assert_eq!(all_counts(&db), before);
}

#[test]
fn read_only_corpus_refuses_every_way_of_writing() {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let before = all_counts(&db);
    let corpus = Corpus::open(&db).expect("open read-only");
    let attempts = [
        "DELETE FROM quotes",
        "DROP TABLE quotes",
        "UPDATE articles SET body = ''",
        "INSERT INTO speakers(canonical, kind) VALUES ('x', 'person')",
        "CREATE TABLE evil(x)",
        "CREATE TEMP TABLE evil(x)",
        "PRAGMA query_only = 0",
        "PRAGMA user_version = 99",
        "PRAGMA journal_mode = DELETE",
        "VACUUM",
        "ATTACH DATABASE ':memory:' AS other",
        "SELECT load_extension('/nonexistent/evil.so')",
        "INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')",
        "WITH x AS (SELECT 1) DELETE FROM quotes",
    ];
    let allowed: Vec<&str> = attempts.iter().copied().filter(|sql| corpus.sql(sql, &[]).is_ok()).collect();
    assert!(allowed.is_empty(), "allowed on a read-only corpus: {allowed:?}");
    // After all of that, writes are still refused (query_only could not be switched off).
    assert!(corpus.sql("DELETE FROM quotes", &[]).is_err());
    assert_eq!(corpus.counts().expect("counts"), before);
    drop(corpus);
    assert_eq!(all_counts(&db), before);
    let version: i64 = rusqlite::Connection::open(&db).and_then(|c| c.query_row("PRAGMA user_version", [], |r| r.get(0))).expect("version");
    assert_eq!(version, kzcorpus::store::SCHEMA_VERSION);
}

#[test]
fn cli_filters_with_hostile_strings_change_nothing() {
    // The library's filters are what the CLI calls; this checks the same strings through
    // the path the CLI takes (QuoteFilter/EventFilter/ClaimFilter built from arguments).
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let before = all_counts(&db);
    let corpus = Corpus::open(&db).expect("open");
    for s in HOSTILE {
        let f = QuoteFilter { speaker: Some(s.to_string()), outlet: Some(s.to_string()), since: None, until: None, limit: None };
        corpus.quotes(&f).expect("filters are bound");
    }
    assert_eq!(all_counts(&db), before);
}

fn refused_without_change(path: &Path, expect: impl Fn(&Error) -> bool) {
    let bytes = std::fs::read(path).expect("read the file");
    for readonly in [true, false] {
        let err = Corpus::open_with(path, OpenOptions { readonly }).expect_err("refused");
        assert!(expect(&err), "readonly {readonly}: {err:?}");
        assert!(err.to_string().contains(&path.display().to_string()) || !matches!(err, Error::SchemaTooNew { .. } | Error::ForeignSchema { .. }), "{err}");
        assert_eq!(std::fs::read(path).expect("read again"), bytes, "readonly {readonly}: the refused file was modified");
    }
    // A build into it is refused too, and still leaves it alone.
    let src = path.with_extension("src.txt");
    std::fs::write(&src, "Talks In Rome\n\nThe talks ended on Monday, officials said.\n").expect("write");
    assert!(kzcorpus::build(&[src], path, &kzcorpus::BuildOptions::default(), &mut |_| {}).is_err());
    assert_eq!(std::fs::read(path).expect("read again"), bytes, "build modified the refused file");
}

#[test]
fn database_with_newer_schema_is_refused_not_fixed() {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    {
        let conn = rusqlite::Connection::open(&db).expect("open");
        conn.pragma_update(None, "user_version", kzcorpus::store::SCHEMA_VERSION + 7).expect("bump");
        conn.pragma_update(None, "journal_mode", "DELETE").expect("checkpoint the WAL into the file");
    }
    refused_without_change(&db, |e| matches!(e, Error::SchemaTooNew { .. }) && e.to_string().contains("upgrade kzcorpus"));
}

#[test]
fn database_of_another_application_is_refused_not_fixed() {
    let dir = tempdir();
    let other = dir.path().join("other.db");
    let conn = rusqlite::Connection::open(&other).expect("open");
    conn.execute_batch("CREATE TABLE quotes(x); INSERT INTO quotes VALUES (1); PRAGMA application_id = 1234;").expect("schema");
    drop(conn);
    refused_without_change(&other, |e| matches!(e, Error::ForeignSchema { .. }));

    // Same tables, no application id at all (someone's hand-made copy).
    let bare = dir.path().join("bare.db");
    rusqlite::Connection::open(&bare).and_then(|c| c.execute_batch("CREATE TABLE documents(id)")).expect("schema");
    refused_without_change(&bare, |e| matches!(e, Error::ForeignSchema { .. }));
}

#[test]
fn file_that_is_not_sqlite_is_refused_not_overwritten() {
    let dir = tempdir();
    let text = dir.path().join("notes.db");
    std::fs::write(&text, "These are my notes, not a database.\n".repeat(200)).expect("write");
    refused_without_change(&text, |e| e.kind() == kzcorpus::ErrorKind::Database || e.kind() == kzcorpus::ErrorKind::Schema);
}
