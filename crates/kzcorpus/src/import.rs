//! Loading extractions made elsewhere (Spark or Dask workers running [`crate::extract`])
//! into a store, through the same write path as [`crate::build`].
//!
//! Each item is a document's identity (path, sha256, size, format) and its
//! [`ExtractedDocument`]. Items are written in path order — the order in which a build of
//! the same folder reads them — one savepoint per document and a few hundred documents
//! per transaction, and speakers are resolved by the store while writing, so the result
//! is the same database, row for row and id for id, as a single-machine build of those
//! files. No parsing of any file format happens here (the CLI reads the Parquet).

use crate::build::{BuildReport, EXTRACTOR_VERSION};
use crate::document::Document;
use crate::error::Result;
use crate::model::ExtractedDocument;
use crate::store::{Store, WriteOutcome};

/// Documents per transaction, as in a build.
const BATCH_DOCUMENTS: usize = 256;

/// Writes already-extracted documents into `store`, sorted by path; documents whose
/// sha256 is already stored are skipped (counted as unchanged).
///
/// # Errors
/// SQLite errors; the documents of committed batches stay written.
pub fn import_extracted(store: &mut Store, mut items: Vec<(Document, ExtractedDocument)>) -> Result<BuildReport> {
    if store.build_info("extractor_version")?.as_deref().is_some_and(|v| v != EXTRACTOR_VERSION) {
        store.clear()?;
    }
    store.set_build_info("extractor_version", EXTRACTOR_VERSION)?;
    store.set_build_info("library_version", env!("CARGO_PKG_VERSION"))?;
    items.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    let mut report = BuildReport { documents: items.len(), ..Default::default() };
    store.begin_bulk_load()?;
    let written = write(store, &items, &mut report);
    let finished = store.end_bulk_load();
    written?;
    finished?;
    if report.added > 0 {
        store.refresh_speakers()?;
    }
    let sources: i64 = store.counts()?.iter().find(|(t, _)| *t == "documents").map_or(0, |(_, n)| *n);
    store.set_build_info("source_count", &sources.to_string())?;
    store.set_build_info("built_at", &chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true))?;
    Ok(report)
}

fn write(store: &mut Store, items: &[(Document, ExtractedDocument)], report: &mut BuildReport) -> Result<()> {
    for chunk in items.chunks(BATCH_DOCUMENTS) {
        let mut batch = store.batch()?;
        for (doc, extracted) in chunk {
            match batch.write_document(doc, extracted) {
                Ok(WriteOutcome::Added { articles, .. }) => {
                    report.added += 1;
                    report.articles += articles;
                    report.bytes += doc.bytes;
                }
                Ok(WriteOutcome::Unchanged) => report.unchanged += 1,
                Err(e) => report.failed.push(e),
            }
        }
        batch.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{decode, ReadOptions};
    use std::path::Path;

    const FIRST: &str = "River Port Reopens\n\n\"The boats will sail again,\" said Mayor Daniyar Akhmetov on Monday.\n";
    const SECOND: &str = "Port Traffic Grows\n\nAkhmetov said 30 ships had arrived.\n\"We are busy,\" Daniyar Akhmetov said.\n";

    fn item(name: &str, text: &str) -> Result<(Document, ExtractedDocument)> {
        let doc = decode(Path::new(name), text.as_bytes(), &ReadOptions::default())?;
        let extracted = crate::extract(&doc.text, &Default::default());
        Ok((doc, extracted))
    }

    fn dump(store: &Store) -> Result<Vec<crate::Table>> {
        ["SELECT id, path, sha256 FROM documents", "SELECT * FROM speakers", "SELECT * FROM quotes", "SELECT * FROM mentions"]
            .iter()
            .map(|q| store.sql(q, &[]))
            .collect()
    }

    #[test]
    fn import_in_any_order_equals_a_build_in_path_order() -> Result<()> {
        let mut built = Store::open_in_memory()?;
        let sources = vec![
            crate::Source::Bytes { name: "a.txt".into(), bytes: FIRST.as_bytes().to_vec() },
            crate::Source::Bytes { name: "b.txt".into(), bytes: SECOND.as_bytes().to_vec() },
        ];
        crate::build_sources(&mut built, sources, &crate::BuildOptions::default(), &mut |_| {})?;
        let mut imported = Store::open_in_memory()?;
        let report = import_extracted(&mut imported, vec![item("b.txt", SECOND)?, item("a.txt", FIRST)?])?;
        assert_eq!((report.added, report.unchanged), (2, 0));
        assert_eq!(dump(&imported)?, dump(&built)?);
        // The same speaker across the two documents has one id.
        let speakers = imported.sql("SELECT count(*) AS n FROM speakers WHERE canonical LIKE '%Akhmetov'", &[])?;
        assert_eq!(speakers.column("n"), Some(&crate::Values::Integer(vec![Some(1)])));
        Ok(())
    }

    #[test]
    fn import_twice_changes_nothing() -> Result<()> {
        let mut store = Store::open_in_memory()?;
        import_extracted(&mut store, vec![item("a.txt", FIRST)?])?;
        let before = dump(&store)?;
        let report = import_extracted(&mut store, vec![item("a.txt", FIRST)?])?;
        assert_eq!((report.added, report.unchanged), (0, 1));
        assert_eq!(dump(&store)?, before);
        Ok(())
    }
}
