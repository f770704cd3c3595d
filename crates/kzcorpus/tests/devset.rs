//! The development set (`tests/devset/`): eight hand-annotated documents in the styles of
//! other outlets (wires, TASS, Guardian, Al Jazeera, a Ukrainian digest, a machine
//! translation, a scraped page), scored with `tests/gold/score.py` to guard the generality
//! of the extractors. The floors sit a little under the measured figures so that
//! regressions fail; raise them when the extractors improve.

use std::process::Command;

use crate::common::{figure, repo_root, tempdir};

#[test]
fn devset_figures_do_not_regress() {
    let root = repo_root();
    let dir = tempdir();
    let db = dir.path().join("devset.db");
    let docs = root.join("tests/devset/docs");
    let options = kzcorpus::build::BuildOptions { strict: true, ..Default::default() };
    let report = kzcorpus::build::build(&[docs], &db, &options, &mut |_| {}).expect("build the devset");
    assert_eq!(report.articles, 11, "devset articles");
    let out = Command::new("python3")
        .arg(root.join("tests/gold/score.py"))
        .arg("--db")
        .arg(&db)
        .arg("--gold")
        .arg(root.join("tests/devset"))
        .arg("--json")
        .output()
        .expect("python3 must be installed to run the gold scorer");
    assert!(out.status.success(), "score.py failed: {}", String::from_utf8_lossy(&out.stderr));
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).expect("score.py prints JSON");
    let floors = [
        ("articles/segmentation/f1", 0.95),
        ("articles/outlet/accuracy", 0.8),
        ("articles/published/accuracy", 0.95),
        ("articles/authors/accuracy", 0.95),
        ("articles/dateline/accuracy", 0.95),
        ("articles/boilerplate_removed/rate", 0.95),
        ("quotes/spans/f1", 0.93),
        ("quotes/attribution/accuracy", 0.88),
        ("speaker_variants/merged_rate", 1.0),
        ("claims/value/f1", 0.85),
        ("events/date/f1", 0.85),
        ("events/date_and_type/f1", 0.7),
    ];
    let low: Vec<String> = floors
        .iter()
        .filter_map(|&(path, min)| {
            let got = figure(&s, path);
            (got < min).then(|| format!("{path} = {got} < {min}"))
        })
        .collect();
    assert!(low.is_empty(), "devset regressions: {low:?}");
}
