//! The `kzcorpus` binary: building folders with a bad file, rebuilding, and `stats`.

use std::path::Path;
use std::process::{Command, Output};

fn kzcorpus(args: &[&str], db: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kzcorpus"))
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("run the kzcorpus binary")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Table row counts printed by `kzcorpus stats`, e.g. `[("documents", 2), ...]`.
fn stats(db: &Path) -> Vec<(String, i64)> {
    let out = kzcorpus(&["stats"], db);
    assert!(out.status.success(), "stats failed: {}", stderr(&out));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            let (name, value) = (parts.next()?, parts.next()?);
            Some((name.to_owned(), value.parse().ok()?))
        })
        .filter(|(name, _)| name != "source_count")
        .collect()
}

fn count(stats: &[(String, i64)], table: &str) -> i64 {
    stats.iter().find(|(t, _)| t == table).map_or(-1, |(_, n)| *n)
}

#[test]
fn build_folder_with_one_bad_file_exits_1_names_it_and_keeps_the_good_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(docs.join("deeper/still")).expect("mkdir");
    std::fs::write(docs.join("one.txt"), "Talks In Rome\n\nThe talks in Rome ended late on Monday, officials said.\n").expect("write");
    std::fs::write(docs.join("deeper/still/two.txt"), "Storm hits the coast\n\nA storm reached the coast at dawn, the police said.\n")
        .expect("write");
    std::fs::write(docs.join("deeper/broken.txt"), b"Bad bytes \xff here\n").expect("write");
    let db = dir.path().join("kz.db");
    let out = kzcorpus(&["build", "--quiet", docs.to_str().expect("utf-8 path")], &db);
    assert_eq!(out.status.code(), Some(1), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("broken.txt") && err.contains("invalid UTF-8 at byte 10"), "{err}");
    assert!(err.starts_with("kzcorpus:"), "{err}");
    let s = stats(&db);
    assert_eq!((count(&s, "documents"), count(&s, "articles")), (2, 2), "{s:?}");

    // With --lossy the bad file lands too.
    let out = kzcorpus(&["build", "--quiet", "--lossy", docs.to_str().expect("utf-8 path")], &db);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", stderr(&out));
    assert_eq!(count(&stats(&db), "documents"), 3);
}

#[test]
fn building_twice_gives_the_same_row_counts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("kz.db");
    let out = kzcorpus(&["build", "--quiet"], &db);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = stats(&db);
    assert_eq!(count(&first, "documents"), 5);
    assert!(count(&first, "articles") >= 5, "{first:?}");
    let out = kzcorpus(&["build", "--quiet"], &db);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("0 added, 5 unchanged"), "{}", stderr(&out));
    assert_eq!(stats(&db), first);
}

#[test]
fn stats_lists_every_table() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("kz.db");
    assert!(kzcorpus(&["build", "--quiet"], &db).status.success());
    let s = stats(&db);
    for table in ["documents", "articles", "authors", "media", "speakers", "quotes", "events", "claims"] {
        assert!(count(&s, table) >= 0, "{table} missing from stats: {s:?}");
    }
    assert_eq!(count(&s, "authors"), 3);
}

#[test]
fn missing_path_is_an_error_naming_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("kz.db");
    let out = kzcorpus(&["build", "--quiet", "no/such/folder"], &db);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("no/such/folder"), "{}", stderr(&out));
}
