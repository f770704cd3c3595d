//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Builds the bundled corpus into `dir/kzcorpus.db` and returns the path.
pub fn build_bundled_db(dir: &Path) -> PathBuf {
    let db = dir.join("kzcorpus.db");
    let mut corpus = kzcorpus::Corpus::open_with(&db, kzcorpus::OpenOptions { readonly: false }).expect("open db");
    kzcorpus::build::build_bundled(corpus.store_mut(), &mut |_| {}).expect("build bundled corpus");
    db
}

/// One bundled build shared by every test of the binary that only reads it.
pub fn shared_bundled_db() -> PathBuf {
    static DB: std::sync::OnceLock<(tempfile::TempDir, PathBuf)> = std::sync::OnceLock::new();
    DB.get_or_init(|| {
        let dir = tempdir();
        let db = build_bundled_db(dir.path());
        (dir, db)
    })
    .1
    .clone()
}

/// The gold scorer's result on [`shared_bundled_db`], computed once: `score.py` compares
/// every quote pair with `difflib` and takes most of a minute, so the gold tests share it.
pub fn bundled_score() -> &'static serde_json::Value {
    static SCORE: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    SCORE.get_or_init(|| score(&shared_bundled_db()))
}

/// Runs the gold scorer (`tests/gold/score.py --json`) on `db` and returns its result.
pub fn score(db: &Path) -> serde_json::Value {
    let root = repo_root();
    let out = Command::new("python3")
        .arg(root.join("tests/gold/score.py"))
        .arg("--db")
        .arg(db)
        .arg("--gold")
        .arg(root.join("tests/gold"))
        .arg("--json")
        .output()
        .expect("python3 must be installed to run the gold scorer");
    assert!(out.status.success(), "score.py failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("score.py prints JSON")
}

/// A number at `path` ("articles/segmentation/precision") in a score result.
pub fn figure(score: &serde_json::Value, path: &str) -> f64 {
    let v = path.split('/').fold(score, |v, k| &v[k]);
    v.as_f64().unwrap_or_else(|| panic!("no figure at {path}: {v}"))
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary directory")
}
