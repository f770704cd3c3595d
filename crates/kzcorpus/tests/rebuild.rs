//! Idempotent rebuilds and the schema-version check (issue 2).

use kzcorpus::{BuildOptions, Corpus, Error};

use crate::common::{build_bundled_db, tempdir};

fn counts(db: &std::path::Path) -> Vec<(&'static str, i64)> {
    Corpus::open(db).and_then(|c| c.counts()).expect("open the database read-only")
}

#[test]
fn building_the_bundled_corpus_twice_changes_nothing() {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let first = counts(&db);
    assert!(first.iter().any(|(t, n)| *t == "articles" && *n > 0), "{first:?}");
    build_bundled_db(dir.path());
    assert_eq!(counts(&db), first);
}

#[test]
fn rebuilding_a_folder_skips_unchanged_documents() {
    let dir = tempdir();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(docs.join("nested")).expect("mkdir");
    std::fs::write(docs.join("a.txt"), "Talks In Rome\n\nThe talks in Rome ended late on Monday, officials said.\n").expect("write");
    std::fs::write(docs.join("nested/b.txt"), "Storm Hits Coast\n\nA storm reached the coast at dawn, the police said.\n").expect("write");
    let db = dir.path().join("kz.db");
    let first = kzcorpus::build(std::slice::from_ref(&docs), &db, &BuildOptions::default(), &mut |_| {}).expect("build");
    assert_eq!((first.documents, first.added, first.articles), (2, 2, 2));
    let before = counts(&db);
    let second = kzcorpus::build(std::slice::from_ref(&docs), &db, &BuildOptions::default(), &mut |_| {}).expect("rebuild");
    assert_eq!((second.added, second.unchanged, second.failed.len()), (0, 2, 0));
    assert_eq!(counts(&db), before);
    // The same content under another name is still the same document.
    std::fs::write(docs.join("copy.txt"), "Talks In Rome\n\nThe talks in Rome ended late on Monday, officials said.\n").expect("write");
    let third = kzcorpus::build(&[docs], &db, &BuildOptions::default(), &mut |_| {}).expect("rebuild");
    assert_eq!((third.added, third.unchanged), (0, 3));
    assert_eq!(counts(&db), before);
}

#[test]
fn database_from_a_newer_version_is_refused_and_left_alone() {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let before = counts(&db);
    let newer: i64 = {
        let conn = rusqlite::Connection::open(&db).expect("open");
        let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("user_version");
        conn.pragma_update(None, "user_version", current + 1).expect("set user_version");
        current + 1
    };
    let err = Corpus::open(&db).map(|_| ()).expect_err("a newer schema is refused");
    assert!(matches!(err, Error::SchemaTooNew { found, .. } if found == newer), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("newer") && msg.contains("upgrade kzcorpus") && msg.contains("kzcorpus.db"), "{msg}");
    assert_eq!(err.kind(), kzcorpus::ErrorKind::Schema);
    let build_err = kzcorpus::build(&[], &db, &BuildOptions::default(), &mut |_| {}).map(|_| ()).expect_err("no build on a newer schema");
    assert!(matches!(build_err, Error::SchemaTooNew { .. }), "{build_err:?}");
    // Still untouched: restore the version and compare.
    let conn = rusqlite::Connection::open(&db).expect("open");
    conn.pragma_update(None, "user_version", newer - 1).expect("restore user_version");
    drop(conn);
    assert_eq!(counts(&db), before);
}
