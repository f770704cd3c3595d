//! Concurrency (issue 7): readers querying a database while `kzcorpus build` writes it (WAL
//! mode) see consistent snapshots and never "database is locked"; two builders on one file
//! serialise (or fail clearly) and never corrupt or duplicate anything.

mod support;

use std::time::{Duration, Instant};

use support::*;

const DOCUMENTS: usize = 800;

#[test]
fn readers_see_consistent_snapshots_while_a_build_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = generate(dir.path(), DOCUMENTS);
    let reference_db = dir.path().join("reference.db");
    let out = run_build(&docs, &reference_db);
    assert!(out.status.success(), "reference build failed: {}", stderr(&out));
    let reference = per_document(&open_read_only(&reference_db).expect("open")).expect("read");

    let db = dir.path().join("kz.db");
    let mut build = spawn_build(&docs, &db);
    // Start reading as soon as the schema is committed.
    assert!(wait_until(Duration::from_secs(120), || open_read_only(&db)
        .and_then(|c| c.query_row("SELECT count(*) FROM documents", [], |r| r.get::<_, i64>(0)))
        .is_ok()));
    let (mut snapshots, mut growth, mut last, mut cli_runs) = (0, 0, -1i64, 0);
    let started = Instant::now();
    loop {
        let done = matches!(build.try_wait(), Ok(Some(_)));
        // The library's read-only handle, as the Python package and the CLI open it.
        let corpus = kzcorpus::Corpus::open(&db).unwrap_or_else(|e| panic!("read-only open during the build: {e}"));
        let t = corpus.sql(kzcorpus_per_document(), &[]).unwrap_or_else(|e| panic!("query during the build: {e}"));
        let paths = t.texts("path");
        let rows: Vec<[i64; 5]> = (0..t.num_rows())
            .map(|i| ["articles", "quotes", "mentions", "events", "claims"].map(|c| t.texts(c)[i].as_deref().and_then(|v| v.parse().ok()).unwrap_or(-1)))
            .collect();
        for (path, r) in paths.iter().zip(&rows) {
            let path = path.clone().unwrap_or_default();
            assert_eq!(Some(r), reference.get(&path), "a reader saw {path} half-written");
        }
        let n = rows.len() as i64;
        assert!(n >= last, "a later snapshot lost documents ({last} then {n})");
        if n > last {
            growth += 1;
        }
        last = n;
        snapshots += 1;
        // Now and then, a query through the CLI as a second process.
        if snapshots % 25 == 0 {
            let out = kzcorpus(&["quotes", "--limit", "3", "--db"]).arg(&db).output().expect("run kzcorpus quotes");
            assert!(out.status.success(), "kzcorpus quotes during the build: {}", stderr(&out));
            cli_runs += 1;
        }
        if done {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(300), "the build did not finish");
    }
    let out = build.wait_with_output().expect("build output");
    assert!(out.status.success(), "build failed: {}", stderr(&out));
    let final_state = per_document(&open_read_only(&db).expect("open")).expect("read");
    assert_eq!(final_state, reference);
    eprintln!("{snapshots} consistent snapshots ({growth} distinct sizes), {cli_runs} CLI queries during the build");
    assert!(snapshots >= 5 && growth >= 2, "the reader did not overlap the build: {snapshots} snapshots, {growth} sizes");
}

/// [`PER_DOCUMENT_SQL`] with column names, for the library's `sql()`.
fn kzcorpus_per_document() -> &'static str {
    "SELECT d.path AS path,
            (SELECT count(*) FROM articles a WHERE a.document_id = d.id) AS articles,
            (SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.document_id = d.id) AS quotes,
            (SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.document_id = d.id) AS mentions,
            (SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.document_id = d.id) AS events,
            (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.document_id = d.id) AS claims
     FROM documents d ORDER BY d.path"
}

#[test]
fn two_builders_on_one_file_serialise_or_fail_clearly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = generate(dir.path(), DOCUMENTS / 2);
    let reference_db = dir.path().join("reference.db");
    let out = run_build(&docs, &reference_db);
    assert!(out.status.success(), "reference build failed: {}", stderr(&out));
    let reference = per_document(&open_read_only(&reference_db).expect("open")).expect("read");
    let reference_counts = table_counts(&reference_db);

    for round in 0..2 {
        let db = dir.path().join(format!("shared{round}.db"));
        // Round 0: both start on a missing file (both create the schema); round 1: on an
        // existing, migrated but empty database.
        if round == 1 {
            drop(kzcorpus::Corpus::open_with(&db, kzcorpus::OpenOptions { readonly: false }).expect("create"));
        }
        let first = spawn_build(&docs, &db);
        let second = spawn_build(&docs, &db);
        let outs = [first.wait_with_output().expect("first"), second.wait_with_output().expect("second")];
        for out in &outs {
            if !out.status.success() {
                let err = stderr(out);
                assert!(
                    err.starts_with("kzcorpus:") && (err.contains("locked") || err.contains("busy") || err.contains("another build")),
                    "round {round}: a failing builder must say why clearly: {err}"
                );
            }
        }
        assert!(outs.iter().any(|o| o.status.success()), "round {round}: neither builder finished: {} / {}", stderr(&outs[0]), stderr(&outs[1]));
        assert_eq!(integrity(&db), "ok");
        assert_eq!(per_document(&open_read_only(&db).expect("open")).expect("read"), reference, "round {round}");
        assert_eq!(table_counts(&db), reference_counts, "round {round}");
        fts_consistent(&db);
        eprintln!(
            "round {round}: exit codes {:?} / {:?}",
            outs[0].status.code(),
            outs[1].status.code()
        );
    }
}
