//! The parallel, batched build writes exactly the rows of a sequential build, and the
//! bulk-loaded full-text index equals the one the triggers maintain.

use std::path::{Path, PathBuf};

use kzcorpus::{BuildOptions, Corpus, Table};

use crate::common::tempdir;

/// Every table of the schema, with the columns that do not depend on wall-clock time.
const TABLES: &[(&str, &str)] = &[
    ("documents", "id, path, sha256, bytes, format"),
    ("articles", "*"),
    ("authors", "*"),
    ("media", "*"),
    ("speakers", "*"),
    ("speaker_aliases", "*"),
    ("speaker_titles", "*"),
    ("mentions", "*"),
    ("quotes", "*"),
    ("events", "*"),
    ("event_participants", "*"),
    ("claims", "*"),
];

/// The bundled documents plus `generated` synthetic ones, written as files under `dir`.
fn write_corpus(dir: &Path, generated: usize) -> PathBuf {
    let root = dir.join("corpus");
    std::fs::create_dir_all(&root).expect("corpus folder");
    for (name, bytes) in kzcorpus::bundled::DOCUMENTS {
        std::fs::write(root.join(name), bytes).expect("write bundled document");
    }
    for doc in kzcorpus::gen::Generator::new(11).take(generated) {
        let path = root.join("gen").join(&doc.name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("gen folder");
        std::fs::write(path, doc.text).expect("write generated document");
    }
    root
}

fn dump(db: &Path) -> Vec<(String, Table)> {
    let corpus = Corpus::open(db).expect("open built database");
    TABLES
        .iter()
        .map(|(table, columns)| {
            let t = corpus.sql(&format!("SELECT {columns} FROM {table} ORDER BY rowid"), &[]).expect("dump table");
            ((*table).to_owned(), t)
        })
        .collect()
}

fn search_ids(db: &Path, term: &str) -> (Vec<Option<String>>, Vec<Option<String>>) {
    let corpus = Corpus::open(db).expect("open built database");
    let a = corpus
        .sql(&format!("SELECT rowid FROM articles_fts WHERE articles_fts MATCH '\"{term}\"' ORDER BY rowid"), &[])
        .expect("search articles");
    let q = corpus
        .sql(&format!("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH '\"{term}\"' ORDER BY rowid"), &[])
        .expect("search quotes");
    (a.texts("rowid"), q.texts("rowid"))
}

fn build(paths: &[PathBuf], db: &Path, threads: usize) -> kzcorpus::BuildReport {
    let options = BuildOptions { threads, strict: true, ..Default::default() };
    kzcorpus::build(paths, db, &options, &mut |_| {}).expect("build")
}

#[test]
fn parallel_build_writes_the_rows_of_a_sequential_build() {
    let dir = tempdir();
    let corpus = write_corpus(dir.path(), 80);
    let sequential = dir.path().join("sequential.db");
    let parallel = dir.path().join("parallel.db");
    let report = build(&[corpus.clone()], &sequential, 1);
    assert_eq!(report.added, 85);
    build(&[corpus.clone()], &parallel, 4);
    let (a, b) = (dump(&sequential), dump(&parallel));
    for ((name, ta), (_, tb)) in a.iter().zip(&b) {
        assert_eq!(ta, tb, "table {name} differs between 1 and 4 threads");
    }
    assert!(a[1].1.num_rows() >= 85, "articles were written");
}

#[test]
fn bulk_loaded_search_index_equals_the_trigger_maintained_one() {
    let dir = tempdir();
    let corpus = write_corpus(dir.path(), 40);
    // bulk: a new database, so the full-text index is built beside it and copied in
    let bulk = dir.path().join("bulk.db");
    build(&[corpus.clone()], &bulk, 2);
    // triggers: the first document makes the database non-empty, so the rest of the
    // build goes through the insert triggers
    let triggers = dir.path().join("triggers.db");
    let first = kzcorpus::document::collect_files(&[corpus.clone()]).expect("list corpus")[0].clone();
    build(&[first], &triggers, 1);
    let report = build(&[corpus.clone()], &triggers, 2);
    assert_eq!(report.unchanged, 1);
    assert_eq!(dump(&bulk), dump(&triggers));
    for term in ["Kazakhstan", "Lavrov", "troops", "said", "CSTO"] {
        assert_eq!(search_ids(&bulk, term), search_ids(&triggers, term), "search {term}");
    }
    let schema = |db: &Path| {
        Corpus::open(db).expect("open").sql("SELECT name, sql FROM sqlite_master ORDER BY name", &[]).expect("schema")
    };
    assert_eq!(schema(&bulk), schema(&triggers));
    assert!(!dir.path().join("bulk.db-fts-build").exists(), "the scratch index was removed");
    for db in [&bulk, &triggers] {
        let corpus = Corpus::open_with(db, kzcorpus::OpenOptions { readonly: false }).expect("open");
        corpus.store().check_fts().expect("FTS5 integrity-check passes");
    }
    let hits = Corpus::open(&bulk).expect("open").search("Kazakhstan", 5).expect("search");
    assert_eq!(hits.num_rows(), 5);
}
