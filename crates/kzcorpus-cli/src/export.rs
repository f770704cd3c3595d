//! `kzcorpus export`: write tables and views to CSV, JSON Lines or Parquet files.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::Context;
use kzcorpus::Corpus;

use crate::output::{self, Format};

/// Writes each of `tables` (all tables and views when empty) to `out_dir/<name>.<ext>`.
pub fn export(corpus: &Corpus, tables: &[String], format: Format, out_dir: &Path) -> anyhow::Result<Vec<(String, usize)>> {
    let ext = match format {
        Format::Csv => "csv",
        Format::Json => "jsonl",
        Format::Table => anyhow::bail!("export writes csv or json, not table"),
    };
    let names = if tables.is_empty() { corpus.relations()? } else { tables.to_vec() };
    std::fs::create_dir_all(out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    let mut written = Vec::new();
    for name in names {
        let table = corpus.relation(&name)?;
        let path = out_dir.join(format!("{name}.{ext}"));
        let file = File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        let mut out = BufWriter::new(file);
        output::write(&mut out, &table, &[], format, 0).with_context(|| format!("cannot write {}", path.display()))?;
        out.flush().with_context(|| format!("cannot write {}", path.display()))?;
        written.push((name, table.num_rows()));
    }
    Ok(written)
}

/// Writes each of `tables` (all tables and views when empty) to `out_dir/<name>.parquet`,
/// with the schema's column types (see [`crate::parquet`]).
pub fn export_parquet(corpus: &Corpus, tables: &[String], out_dir: &Path) -> anyhow::Result<Vec<(String, usize)>> {
    let names = if tables.is_empty() { corpus.relations()? } else { tables.to_vec() };
    std::fs::create_dir_all(out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    let mut written = Vec::new();
    for name in names {
        let table = corpus.relation(&name)?;
        let types = corpus.store().relation_types(&name)?;
        let path = out_dir.join(format!("{name}.parquet"));
        crate::parquet::write(&table, &types, &path).with_context(|| format!("cannot write {}", path.display()))?;
        written.push((name, table.num_rows()));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_every_relation_with_one_line_per_row() -> anyhow::Result<()> {
        let corpus = Corpus::open_bundled()?;
        let dir = tempfile::tempdir()?;
        let written = export(&corpus, &[], Format::Json, dir.path())?;
        let names: Vec<&str> = written.iter().map(|(n, _)| n.as_str()).collect();
        for expected in ["articles", "quotes", "claims", "quote_view", "timeline", "claim_comparison"] {
            assert!(names.contains(&expected), "{expected} missing from {names:?}");
        }
        assert!(!names.iter().any(|n| n.contains("_fts")), "FTS shadow tables exported: {names:?}");
        let (_, rows) = written.iter().find(|(n, _)| n == "articles").expect("articles exported");
        let text = std::fs::read_to_string(dir.path().join("articles.jsonl"))?;
        assert_eq!(text.lines().count(), *rows);
        assert!(text.lines().all(|l| l.starts_with("{\"id\":")), "columns not in select order");
        Ok(())
    }

    #[test]
    fn csv_export_has_header_and_quotes_fields() -> anyhow::Result<()> {
        let corpus = Corpus::open_bundled()?;
        let dir = tempfile::tempdir()?;
        export(&corpus, &["documents".to_owned()], Format::Csv, dir.path())?;
        let text = std::fs::read_to_string(dir.path().join("documents.csv"))?;
        assert_eq!(text.lines().next(), Some("id,path,sha256,bytes,format,ingested_at"));
        assert_eq!(text.lines().count(), 1 + kzcorpus::bundled::DOCUMENTS.len());
        Ok(())
    }

    #[test]
    fn parquet_export_writes_every_relation() -> anyhow::Result<()> {
        let corpus = Corpus::open_bundled()?;
        let dir = tempfile::tempdir()?;
        let written = export_parquet(&corpus, &[], dir.path())?;
        assert_eq!(written.len(), corpus.relations()?.len());
        for (name, _) in &written {
            let bytes = std::fs::read(dir.path().join(format!("{name}.parquet")))?;
            assert_eq!(&bytes[..4], b"PAR1", "{name} is not a Parquet file");
        }
        Ok(())
    }

    #[test]
    fn refuses_unknown_table() -> anyhow::Result<()> {
        let corpus = Corpus::open_bundled()?;
        let dir = tempfile::tempdir()?;
        let err = export(&corpus, &["sqlite_master".to_owned()], Format::Csv, dir.path()).unwrap_err();
        assert!(err.to_string().contains("no table or view named \"sqlite_master\""), "{err}");
        Ok(())
    }
}
