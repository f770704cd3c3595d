//! Quotes and speakers of the bundled build, scored against the gold annotation
//! (`tests/gold/quotes.jsonl`, `tests/gold/speakers.jsonl`) with `tests/gold/score.py`.


use crate::common::{bundled_score, figure, shared_bundled_db};

/// Issue 3: span F1 ≥ 0.97, attribution ≥ 0.95, every gold speaker's spellings on one id,
/// no gold speaker split across ids and no two gold speakers merged.
#[test]
fn quotes_and_speakers_meet_the_issue_3_targets() {
    let s = bundled_score();
    let at_least = |path: &str, min: f64| {
        let got = figure(s, path);
        assert!(got >= min, "{path} = {got}, expected at least {min}");
    };
    at_least("quotes/spans/f1", 0.97);
    at_least("quotes/attribution/accuracy", 0.95);
    at_least("speaker_variants/merged_rate", 1.0);
    let clusters = &s["quotes"]["speaker_clusters"];
    assert_eq!(clusters["split"].as_array().map(Vec::len), Some(0), "gold speakers split: {}", clusters["split"]);
    assert_eq!(clusters["merged"].as_array().map(Vec::len), Some(0), "gold speakers merged: {}", clusters["merged"]);
}

/// A transliteration variant of the name (`--speaker Serdiukov`) finds the Serdyukov quotes.
#[test]
fn speaker_filter_matches_transliteration_variants() -> kzcorpus::Result<()> {
    let db = shared_bundled_db();
    let corpus = kzcorpus::Corpus::open(&db)?;
    for name in ["Serdiukov", "Serdyukov", "Andrey Serdyukov", "andrei serdyukov"] {
        let t = corpus.quotes(&kzcorpus::QuoteFilter::default().speaker(name))?;
        let speakers: Vec<String> = t.texts("speaker").into_iter().flatten().collect();
        assert!(speakers.len() >= 4, "{name}: {speakers:?}");
        assert!(speakers.iter().all(|s| s.contains("Serdyukov")), "{name}: {speakers:?}");
    }
    Ok(())
}

/// `SELECT speaker, outlet, text FROM quote_view WHERE speaker LIKE '%Lavrov%'` reads
/// correctly: one canonical Lavrov, every text a clean slice of its article body.
#[test]
fn quote_view_lists_lavrov_under_one_name() -> rusqlite::Result<()> {
    let db = shared_bundled_db();
    let conn = rusqlite::Connection::open(&db)?;
    let mut stmt = conn.prepare("SELECT speaker, outlet, text FROM quote_view WHERE speaker LIKE '%Lavrov%'")?;
    let rows: Vec<(String, Option<String>, String)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<rusqlite::Result<_>>()?;
    assert!(rows.len() >= 40, "only {} Lavrov quotes", rows.len());
    for (speaker, _, text) in &rows {
        assert_eq!(speaker, "Sergey Lavrov");
        assert!(!text.trim().is_empty());
        assert!(!text.starts_with(['"', '“', '”']), "quote mark kept in {text:?}");
    }
    Ok(())
}

/// Every quote's text is exactly `body[start:end]` (character offsets).
#[test]
fn quote_offsets_slice_article_bodies() -> rusqlite::Result<()> {
    let db = shared_bundled_db();
    let conn = rusqlite::Connection::open(&db)?;
    let bad: i64 = conn.query_row(
        "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id
         WHERE substr(CASE q.zone WHEN 'headline' THEN a.headline ELSE a.body END, q.start + 1, q.\"end\" - q.start) != q.text",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(bad, 0);
    let bad_mentions: i64 = conn.query_row(
        "SELECT count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
         WHERE substr(a.body, m.start + 1, m.\"end\" - m.start) != m.text",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(bad_mentions, 0);
    Ok(())
}
