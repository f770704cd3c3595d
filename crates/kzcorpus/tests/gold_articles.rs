//! Article segmentation and metadata of the bundled build, scored against the gold
//! annotation (`tests/gold/articles.jsonl`) with `tests/gold/score.py`.

use crate::common::{build_bundled_db, bundled_score, figure, tempdir};

#[test]
fn segmentation_and_metadata_meet_the_issue_2_targets() {
    let s = bundled_score();
    let at_least = |path: &str, min: f64| {
        let got = figure(s, path);
        assert!(got >= min, "{path} = {got}, expected at least {min}");
    };
    at_least("articles/segmentation/precision", 0.95);
    at_least("articles/segmentation/recall", 0.95);
    at_least("articles/outlet/accuracy", 0.9);
    at_least("articles/published/accuracy", 0.9);
    at_least("articles/authors/accuracy", 0.9);
    at_least("articles/boilerplate_removed/rate", 1.0);
}

/// `SELECT headline, outlet, published FROM articles` must read like a clean table of contents.
#[test]
fn articles_table_reads_like_a_table_of_contents() -> rusqlite::Result<()> {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let conn = rusqlite::Connection::open(&db)?;
    let mut stmt = conn.prepare(
        "SELECT d.path, a.headline, a.outlet, a.published FROM articles a JOIN documents d ON d.id = a.document_id ORDER BY d.path, a.ordinal",
    )?;
    type Row = (String, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<rusqlite::Result<_>>()?;
    assert_eq!(rows.len(), 40);
    let mut seen = std::collections::HashSet::new();
    for (doc, headline, _, published) in &rows {
        let headline = headline.as_deref().unwrap_or_else(|| panic!("{doc}: article without headline"));
        assert!(seen.insert((doc.clone(), headline.to_owned())), "{doc}: duplicate headline {headline:?}");
        let words = headline.split_whitespace().count();
        assert!((3..=30).contains(&words), "{doc}: headline of {words} words: {headline:?}");
        assert!(!headline.contains("http") && !headline.ends_with('.'), "{doc}: not a headline: {headline:?}");
        assert_eq!(headline, headline.trim(), "{doc}: headline with edge spaces");
        if let Some(date) = published {
            assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(), "{doc}: published {date:?}");
        }
    }
    let row = |prefix: &str| rows.iter().find(|r| r.0.starts_with(prefix)).cloned();
    assert_eq!(
        row("001"),
        Some((
            "001_8d3c80437158ff90.txt".into(),
            Some("Russia-led troops begin pullback from Kazakhstan".into()),
            Some("AFP".into()),
            Some("2022-01-13".into())
        ))
    );
    assert_eq!(row("003").and_then(|r| r.2), Some("Middle East Monitor".into()));
    assert_eq!(row("000").and_then(|r| r.2), Some("Euromaidan Press".into()));
    assert_eq!(row("004").and_then(|r| r.1), Some("‘Say no to Putin’: Ukrainians support protests in Kazakhstan | News".into()));
    Ok(())
}

/// Bodies keep the source characters: NBSP and Cyrillic look-alikes survive, and the
/// offsets of each article locate its text in the document.
#[test]
fn bodies_keep_source_characters_and_offsets() -> rusqlite::Result<()> {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let conn = rusqlite::Connection::open(&db)?;
    let mut stmt = conn.prepare("SELECT d.path, a.body, a.doc_start, a.doc_end FROM articles a JOIN documents d ON d.id = a.document_id")?;
    let rows: Vec<(String, String, i64, i64)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<rusqlite::Result<_>>()?;
    let docs: std::collections::HashMap<&str, &str> = kzcorpus::bundled::DOCUMENTS
        .iter()
        .map(|(name, bytes)| (*name, std::str::from_utf8(bytes).expect("bundled documents are UTF-8")))
        .collect();
    assert!(rows.iter().any(|r| r.1.contains('\u{a0}')), "NBSP lost");
    assert!(rows.iter().any(|r| r.1.contains("defenсe")), "Cyrillic look-alike lost");
    for (path, body, start, end) in &rows {
        let text = docs[path.as_str()];
        let (start, end) = (usize::try_from(*start).unwrap_or(0), usize::try_from(*end).unwrap_or(0));
        let span: String = text.chars().skip(start).take(end.saturating_sub(start)).collect();
        for line in body.lines() {
            assert!(span.contains(line), "{path}: body line not inside doc_start..doc_end: {line:?}");
        }
        assert!(!body.contains("\n\n") && !body.starts_with('\n') && !body.ends_with('\n'), "{path}: blank body lines");
    }
    Ok(())
}

/// Teasers for other articles (`tests/gold/related.jsonl`: NewsBreak "Related" lists,
/// in-text related links, "READ:" links) never end up in an article body.
#[test]
fn related_teasers_stay_out_of_bodies() -> rusqlite::Result<()> {
    let dir = tempdir();
    let db = build_bundled_db(dir.path());
    let conn = rusqlite::Connection::open(&db)?;
    let related = std::fs::read_to_string(crate::common::repo_root().join("tests/gold/related.jsonl")).expect("related.jsonl");
    let mut checked = 0;
    for line in related.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("related.jsonl rows are JSON");
        let (Some(doc), Some(headline)) = (row["doc"].as_str(), row["headline"].as_str()) else { continue };
        let hits: i64 = conn.query_row(
            "SELECT count(*) FROM articles a JOIN documents d ON d.id = a.document_id WHERE d.path = ?1 AND instr(a.body, ?2) > 0",
            [doc, headline],
            |r| r.get(0),
        )?;
        assert_eq!(hits, 0, "{doc}: teaser {headline:?} is in an article body");
        checked += 1;
    }
    assert_eq!(checked, 17);
    Ok(())
}
