//! `kzcorpus export --format parquet`: one Parquet file per table or view, typed.
//!
//! Column types come from the schema ([`kzcorpus::store::ColumnType`]): ids, offsets and
//! counts are `Int64`, `confidence` is `Float64`, `published`/`date` are `Date32` and the
//! rest `Utf8`; SQL NULLs stay nulls. Files are snappy-compressed.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use anyhow::{bail, Context};
use arrow_array::{ArrayRef, Date32Array, Float64Array, Int64Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema};
use chrono::NaiveDate;
use kzcorpus::store::ColumnType;
use kzcorpus::{Table, Values};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01, the Date32 epoch.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

/// Writes `table` to the Parquet file `path`, with `types` giving each column's type
/// (by name; a column missing there is typed from its values).
///
/// # Errors
/// A date column holding something other than `YYYY-MM-DD` or `YYYY-MM`, or I/O errors.
pub fn write(table: &Table, types: &[(String, ColumnType)], path: &Path) -> anyhow::Result<()> {
    let mut fields = Vec::with_capacity(table.columns.len());
    let mut arrays: Vec<ArrayRef> = Vec::with_capacity(table.columns.len());
    for column in &table.columns {
        let declared = types.iter().find(|(n, _)| *n == column.name).map(|(_, t)| *t);
        let ty = match (declared, &column.values) {
            (Some(t @ (ColumnType::Integer | ColumnType::Real | ColumnType::Date)), _) => t,
            // An expression column in a view has no declared type: use what SQLite returned.
            (_, Values::Integer(_)) => ColumnType::Integer,
            (_, Values::Real(_)) => ColumnType::Real,
            _ => ColumnType::Text,
        };
        let (data_type, array): (DataType, ArrayRef) = match ty {
            ColumnType::Integer => (DataType::Int64, Arc::new(Int64Array::from(integers(&column.values)))),
            ColumnType::Real => (DataType::Float64, Arc::new(Float64Array::from(reals(&column.values)))),
            ColumnType::Date => {
                let days = dates(&column.values).with_context(|| format!("column {:?}", column.name))?;
                (DataType::Date32, Arc::new(Date32Array::from(days)))
            }
            ColumnType::Text => (DataType::Utf8, Arc::new(StringArray::from(texts(&column.values)))),
        };
        fields.push(Field::new(&column.name, data_type, true));
        arrays.push(array);
    }
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema.clone(), arrays)?;
    let file = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
    let props = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
    let mut writer = ArrowWriter::try_new(file, schema, Some(props))?;
    writer.write(&batch)?;
    writer.close().with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn integers(values: &Values) -> Vec<Option<i64>> {
    match values {
        Values::Integer(v) => v.clone(),
        Values::Real(v) => v.iter().map(|x| x.map(|x| x as i64)).collect(),
        Values::Text(v) => v.iter().map(|x| x.as_deref().and_then(|s| s.trim().parse().ok())).collect(),
    }
}

fn reals(values: &Values) -> Vec<Option<f64>> {
    match values {
        Values::Integer(v) => v.iter().map(|x| x.map(|x| x as f64)).collect(),
        Values::Real(v) => v.clone(),
        Values::Text(v) => v.iter().map(|x| x.as_deref().and_then(|s| s.trim().parse().ok())).collect(),
    }
}

fn texts(values: &Values) -> Vec<Option<String>> {
    match values {
        Values::Text(v) => v.clone(),
        Values::Integer(v) => v.iter().map(|x| x.map(|x| x.to_string())).collect(),
        Values::Real(v) => v.iter().map(|x| x.map(|x| x.to_string())).collect(),
    }
}

/// ISO dates as days since 1970-01-01; a month (`YYYY-MM`) becomes its first day.
fn dates(values: &Values) -> anyhow::Result<Vec<Option<i32>>> {
    texts(values)
        .into_iter()
        .map(|v| match v {
            None => Ok(None),
            Some(s) => Ok(Some(date_days(&s)?)),
        })
        .collect()
}

fn date_days(s: &str) -> anyhow::Result<i32> {
    use chrono::Datelike;
    let s = s.trim();
    let date = NaiveDate::parse_from_str(s, "%Y-%m-%d").or_else(|_| NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d"));
    match date {
        Ok(d) => Ok(d.num_days_from_ce() - UNIX_EPOCH_DAYS_FROM_CE),
        Err(_) => bail!("{s:?} is not a date (YYYY-MM-DD or YYYY-MM)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_days_from_the_unix_epoch() -> anyhow::Result<()> {
        assert_eq!(date_days("1970-01-01")?, 0);
        assert_eq!(date_days("2022-01-05")?, 18_997);
        assert_eq!(date_days("2022-01")?, 18_993);
        assert!(date_days("last Tuesday").is_err());
        Ok(())
    }

    #[test]
    fn writes_typed_columns_with_nulls() -> anyhow::Result<()> {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        let table = Table {
            columns: vec![
                kzcorpus::Column { name: "id".into(), values: Values::Integer(vec![Some(1), Some(2)]) },
                kzcorpus::Column { name: "published".into(), values: Values::Text(vec![Some("2022-01-05".into()), None]) },
                kzcorpus::Column { name: "confidence".into(), values: Values::Real(vec![Some(0.5), None]) },
                kzcorpus::Column { name: "headline".into(), values: Values::Text(vec![None, Some("Talks".into())]) },
            ],
        };
        let types = vec![("id".to_owned(), ColumnType::Integer), ("published".to_owned(), ColumnType::Date)];
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("t.parquet");
        write(&table, &types, &path)?;
        let reader = SerializedFileReader::new(File::open(&path)?)?;
        assert_eq!(reader.metadata().file_metadata().num_rows(), 2);
        let arrow = parquet::arrow::parquet_to_arrow_schema(
            reader.metadata().file_metadata().schema_descr(),
            reader.metadata().file_metadata().key_value_metadata(),
        )?;
        let kinds: Vec<DataType> = arrow.fields().iter().map(|f| f.data_type().clone()).collect();
        assert_eq!(kinds, vec![DataType::Int64, DataType::Date32, DataType::Float64, DataType::Utf8]);
        Ok(())
    }
}
