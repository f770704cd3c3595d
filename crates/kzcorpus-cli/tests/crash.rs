//! Crash safety (issue 7): `kzcorpus build` killed with SIGKILL at several points leaves a
//! database that passes `PRAGMA integrity_check`, holds exactly the documents whose
//! transactions committed — each complete, row for row as in an uninterrupted build — and
//! that the next build completes to the same final state as an uninterrupted build.

mod support;

use std::time::Duration;

use support::*;

/// Documents in the generated corpus: about twelve batches of the build, so even when each
/// "next commit" kill lets two batches through, the kills land in the middle of it.
const DOCUMENTS: usize = 3_000;

/// Where a build is killed.
#[derive(Debug, Clone, Copy)]
enum KillPoint {
    /// As soon as the database file appears (schema creation, first transaction).
    FileAppears,
    /// Right after another transaction's documents become visible (the next batch is in flight).
    NextCommit,
    /// After a fixed delay from the start of the process.
    After(Duration),
}

#[test]
fn sigkill_mid_build_keeps_only_whole_documents_and_the_next_build_completes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = generate(dir.path(), DOCUMENTS);

    // The reference: an uninterrupted build of the same files.
    let reference_db = dir.path().join("reference.db");
    let out = run_build(&docs, &reference_db);
    assert!(out.status.success(), "reference build failed: {}", stderr(&out));
    let reference = per_document(&open_read_only(&reference_db).expect("open reference")).expect("read reference");
    assert_eq!(reference.len(), DOCUMENTS);
    let reference_counts = table_counts(&reference_db);

    let db = dir.path().join("killed.db");
    // Kill points tied to the build's progress (its commits), not to the machine's speed:
    // a fixed 700 ms let a fast build finish before the kill.
    let points = [
        KillPoint::FileAppears,
        KillPoint::After(Duration::from_millis(150)),
        KillPoint::NextCommit,
        KillPoint::NextCommit,
        KillPoint::After(Duration::from_millis(60)),
        KillPoint::NextCommit,
        KillPoint::NextCommit,
    ];
    let mut killed_mid_build = 0;
    for point in points {
        let before = documents_now(&db);
        let mut child = spawn_build(&docs, &db);
        let limit = Duration::from_secs(120);
        match point {
            KillPoint::FileAppears => {
                wait_until(limit, || db.exists() || matches!(child.try_wait(), Ok(Some(_))));
            }
            KillPoint::NextCommit => {
                wait_until(limit, || documents_now(&db) > before || matches!(child.try_wait(), Ok(Some(_))));
            }
            KillPoint::After(d) => std::thread::sleep(d),
        }
        let finished_first = matches!(child.try_wait(), Ok(Some(_)));
        child.kill().expect("SIGKILL the build"); // std sends SIGKILL on Unix
        child.wait().expect("reap the build");

        // An analyst opening the crashed database read-only sees a consistent corpus — or,
        // when the kill came before the schema was committed, a clear "empty" refusal.
        let seen = match kzcorpus::Corpus::open(&db) {
            Ok(corpus) => corpus.counts().expect("counts").iter().find(|(t, _)| *t == "documents").map_or(-1, |(_, n)| *n),
            Err(e) => {
                assert!(e.to_string().contains("it is empty"), "{point:?}: {e}");
                assert_eq!(integrity(&db), "ok", "{point:?}");
                eprintln!("kill at {point:?}: before the schema was committed");
                continue;
            }
        };
        assert_eq!(integrity(&db), "ok", "{point:?}");
        let stored = per_document(&open_read_only(&db).expect("open")).expect("read");
        assert_eq!(stored.len() as i64, seen, "{point:?}");
        assert!(stored.len() as i64 >= before, "{point:?}: committed documents were lost");
        for (path, rows) in &stored {
            assert_eq!(Some(rows), reference.get(path), "{point:?}: {path} is not stored whole");
        }
        eprintln!("kill at {point:?}: {} of {DOCUMENTS} documents committed", stored.len());
        if !finished_first && stored.len() < DOCUMENTS {
            killed_mid_build += 1;
        }
    }
    assert!(killed_mid_build >= 4, "only {killed_mid_build} kills landed mid-build; make the corpus bigger");

    // The next build completes the rest, ending exactly where an uninterrupted build ends.
    let out = run_build(&docs, &db);
    assert!(out.status.success(), "resumed build failed: {}", stderr(&out));
    assert_eq!(integrity(&db), "ok");
    assert_eq!(per_document(&open_read_only(&db).expect("open")).expect("read"), reference);
    assert_eq!(table_counts(&db), reference_counts);
    fts_consistent(&db);
}
