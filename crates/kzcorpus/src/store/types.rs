//! The value types of a table's or view's columns, for typed exports (Parquet).
//!
//! SQLite stores dates as ISO text; an export format with real types wants to know which
//! columns are integers, reals, dates or text. This module reads the declared column
//! types (`PRAGMA table_info`, which also covers views) and knows the schema's date
//! columns by name. No rows are read here.

use super::Store;
use crate::error::{Error, Result};

/// The type of one exported column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// A 64-bit integer (ids, offsets, counts, values, 0/1 flags).
    Integer,
    /// A 64-bit float (`confidence`).
    Real,
    /// A calendar date stored as ISO text (`YYYY-MM-DD`; a month `YYYY-MM` means its first day).
    Date,
    /// UTF-8 text.
    Text,
}

/// Columns holding an ISO date in every table and view of the schema.
const DATE_COLUMNS: &[&str] = &["published", "date"];

impl ColumnType {
    /// The type of a column from its name and its declared SQLite type (empty for an
    /// expression in a view), following SQLite's own affinity rules.
    pub fn of(name: &str, declared: &str) -> ColumnType {
        let declared = declared.to_ascii_uppercase();
        if declared.contains("INT") {
            ColumnType::Integer
        } else if declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB") {
            ColumnType::Real
        } else if DATE_COLUMNS.contains(&name) || declared == "DATE" {
            ColumnType::Date
        } else {
            ColumnType::Text
        }
    }
}

impl Store {
    /// The columns of the table or view `name` (one of [`Store::relations`]) with their
    /// types, in select order.
    ///
    /// # Errors
    /// [`Error::InvalidArgument`] when `name` is not a table or view of the schema.
    pub fn relation_types(&self, name: &str) -> Result<Vec<(String, ColumnType)>> {
        if !self.relations()?.iter().any(|r| r == name) {
            return Err(Error::InvalidArgument(format!("no table or view named {name:?}")));
        }
        let t = self.sql("SELECT name, type FROM pragma_table_info(?1) ORDER BY cid", &[rusqlite::types::Value::Text(name.to_owned())])?;
        let names = t.texts("name");
        let types = t.texts("type");
        Ok(names
            .into_iter()
            .zip(types)
            .filter_map(|(n, ty)| n.map(|n| (ColumnType::of(&n, ty.as_deref().unwrap_or("")), n)))
            .map(|(ty, n)| (n, ty))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_types_follow_sqlite_affinity() {
        assert_eq!(ColumnType::of("id", "INTEGER"), ColumnType::Integer);
        assert_eq!(ColumnType::of("confidence", "REAL"), ColumnType::Real);
        assert_eq!(ColumnType::of("published", "TEXT"), ColumnType::Date);
        assert_eq!(ColumnType::of("date", ""), ColumnType::Date);
        assert_eq!(ColumnType::of("headline", "TEXT"), ColumnType::Text);
        assert_eq!(ColumnType::of("snippet", ""), ColumnType::Text);
    }

    #[test]
    fn view_columns_keep_their_table_types() -> Result<()> {
        let corpus = crate::Corpus::open_bundled()?;
        let types = corpus.store().relation_types("quote_view")?;
        let get = |n: &str| types.iter().find(|(c, _)| c == n).map(|(_, t)| *t);
        assert_eq!(get("published"), Some(ColumnType::Date));
        assert_eq!(get("quote_id").or(get("id")), Some(ColumnType::Integer));
        assert!(corpus.store().relation_types("sqlite_master").is_err());
        Ok(())
    }
}
