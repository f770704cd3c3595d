//! Datasette metadata: the `metadata.json` published beside a database.
//!
//! Titles, description, licence notes, per-column descriptions and the FTS5 tables, so
//! `datasette kzcorpus.db -m metadata.json` shows a documented dataset. The column
//! descriptions live in `data/datasette_tables.json`; this module only wraps them.

use serde_json::{json, Value};

const TABLES: &str = include_str!("../data/datasette_tables.json");

/// The Datasette metadata for the database called `db_name` (its file stem).
///
/// # Examples
/// ```
/// let meta: serde_json::Value = serde_json::from_str(&kzcorpus::datasette::metadata("kzcorpus")).unwrap();
/// assert_eq!(meta["databases"]["kzcorpus"]["tables"]["articles"]["fts_table"], "articles_fts");
/// ```
pub fn metadata(db_name: &str) -> String {
    // The embedded file is checked by a unit test, so it always parses.
    let tables: Value = serde_json::from_str(TABLES).unwrap_or(Value::Null);
    let meta = json!({
        "title": "kzcorpus",
        "description": "Articles, quotes, speakers, events and numeric claims extracted from English news \
                        documents. Every row points to character offsets in articles.body.",
        "source": "kzcorpus build",
        "license": "Extracted data; the source articles remain under their publishers' copyright",
        "databases": {
            db_name: {
                "description": "Built by kzcorpus; see build_info for the versions and build time.",
                "tables": tables,
            }
        }
    });
    serde_json::to_string_pretty(&meta).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_every_schema_table_and_fts() -> crate::Result<()> {
        let tables: Value = serde_json::from_str(TABLES).map_err(|e| crate::Error::InvalidArgument(e.to_string()))?;
        let store = crate::store::Store::open_in_memory()?;
        for name in store.relations()? {
            assert!(tables.get(&name).is_some(), "{name} has no Datasette description");
        }
        let meta: Value = serde_json::from_str(&metadata("my")).map_err(|e| crate::Error::InvalidArgument(e.to_string()))?;
        assert_eq!(meta["databases"]["my"]["tables"]["quotes"]["fts_table"], "quotes_fts");
        assert_eq!(meta["title"], "kzcorpus");
        Ok(())
    }
}
