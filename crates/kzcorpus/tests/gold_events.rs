//! Events and numeric claims of the bundled build, scored against the gold annotation
//! (`tests/gold/events.jsonl`, `tests/gold/claims.jsonl`) with `tests/gold/score.py`,
//! and the `timeline` and `claim_comparison` views (issue 4).

use std::path::Path;

use crate::common::{bundled_score, figure, shared_bundled_db};

/// One bundled build (slow in debug on a shared machine) serves every check of this file.
#[test]
fn issue_4_events_and_claims_on_the_bundled_build() -> rusqlite::Result<()> {
    let db = shared_bundled_db();
    events_and_claims_meet_the_issue_4_targets();
    claim_comparison_shows_outlets_detainee_figures_side_by_side(&db)?;
    timeline_is_dated_ordered_and_traceable(&db)
}

fn events_and_claims_meet_the_issue_4_targets() {
    let s = bundled_score();
    let at_least = |path: &str, min: f64| {
        let got = figure(s, path);
        assert!(got >= min, "{path} = {got}, expected at least {min}");
    };
    at_least("claims/value_and_type/f1", 0.90);
    at_least("events/date/f1", 0.85);
    at_least("events/date_and_type/f1", 0.75);
}

/// `SELECT * FROM claim_comparison WHERE what = 'detained'` lines up every outlet's count of detainees.
fn claim_comparison_shows_outlets_detainee_figures_side_by_side(db: &Path) -> rusqlite::Result<()> {
    let conn = rusqlite::Connection::open(db)?;
    let mut stmt = conn.prepare("SELECT value, qualifier, attributed_to, outlet FROM claim_comparison WHERE what = 'detained'")?;
    let rows: Vec<(i64, Option<String>, Option<String>, Option<String>)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<rusqlite::Result<_>>()?;
    let values: Vec<i64> = rows.iter().map(|r| r.0).collect();
    for expected in [12_000, 8_000, 6_000, 3_800] {
        assert!(values.contains(&expected), "no detained figure {expected} in {values:?}");
    }
    // largest first, and from more than one outlet
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
    let outlets: std::collections::HashSet<_> = rows.iter().filter_map(|r| r.3.clone()).collect();
    assert!(outlets.len() >= 2, "{outlets:?}");
    let afp = rows.iter().find(|r| r.0 == 12_000).map(|r| (r.1.clone(), r.2.clone()));
    assert_eq!(afp, Some((Some("at least".to_string()), Some("police".to_string()))));
    Ok(())
}

/// The timeline is ordered by date, resolves 001's relative dates against its publication
/// date (Thursday 2022-01-13), and every evidence span is exactly `body[start:end]`.
fn timeline_is_dated_ordered_and_traceable(db: &Path) -> rusqlite::Result<()> {
    let conn = rusqlite::Connection::open(db)?;
    let dates: Vec<Option<String>> =
        conn.prepare("SELECT date FROM timeline")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let known: Vec<&String> = dates.iter().flatten().collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]), "timeline not ordered by date");
    let nulls_last = dates.iter().skip_while(|d| d.is_some()).all(|d| d.is_none());
    assert!(nulls_last, "undated events must come after dated ones");

    // "the pullout would be completed by Wednesday next week" in the AFP article of Thursday 2022-01-13
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM timeline WHERE date = '2022-01-19' AND type = 'withdrawal' AND outlet = 'AFP'",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(n, 1);

    for table in ["events", "claims"] {
        let bad: i64 = conn.query_row(
            &format!(
                "SELECT count(*) FROM {table} x JOIN articles a ON a.id = x.article_id \
                 WHERE x.evidence <> substr(a.body, x.start + 1, x.\"end\" - x.start)"
            ),
            [],
            |r| r.get(0),
        )?;
        assert_eq!(bad, 0, "{table}: evidence differs from body[start:end]");
    }
    let unresolved_with_date: i64 = conn.query_row(
        "SELECT count(*) FROM events WHERE date_precision = 'relative-unresolved' AND date IS NOT NULL",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(unresolved_with_date, 0);
    Ok(())
}
