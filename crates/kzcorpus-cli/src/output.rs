//! Printing query results (table, JSON Lines, CSV) and drawing the progress bar.

use std::io::{self, Write};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use kzcorpus::{Table, Values};

/// How query results are printed.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading (a subset of the columns).
    Table,
    /// One JSON object per row, every column.
    Json,
    /// CSV with a header row, every column.
    Csv,
}

/// A progress bar on stderr, or `None` when quiet or stderr is not a terminal.
pub fn progress_bar(quiet: bool) -> Option<ProgressBar> {
    if quiet {
        return None;
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    if bar.is_hidden() {
        return None;
    }
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} documents {per_sec} eta {eta} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    Some(bar)
}

/// Whether the error chain ends in a broken pipe (`kzcorpus quotes | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>().is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

/// The error and its causes joined by ": ", each cause printed once (a cause whose text
/// the message already contains is skipped).
pub fn cause_chain(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if !out.contains(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
    }
    out
}

fn cell(values: &Values, row: usize) -> Option<String> {
    match values {
        Values::Integer(v) => v[row].map(|x| x.to_string()),
        Values::Real(v) => v[row].map(|x| x.to_string()),
        Values::Text(v) => v[row].clone(),
    }
}

fn json_cell(values: &Values, row: usize) -> serde_json::Value {
    match values {
        Values::Integer(v) => v[row].map_or(serde_json::Value::Null, Into::into),
        Values::Real(v) => v[row].map_or(serde_json::Value::Null, Into::into),
        Values::Text(v) => v[row].clone().map_or(serde_json::Value::Null, Into::into),
    }
}

/// Prints `t` to stdout.
pub fn print(t: &Table, table_columns: &[&str], format: Format, limit: usize) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write(&mut out, t, table_columns, format, limit)?;
    out.flush()
}

/// Writes `t` to `out`; `table_columns` selects the columns of [`Format::Table`].
pub fn write(out: &mut impl Write, t: &Table, table_columns: &[&str], format: Format, limit: usize) -> io::Result<()> {
    let rows = if limit == 0 { t.num_rows() } else { t.num_rows().min(limit) };
    match format {
        Format::Json => {
            for r in 0..rows {
                let obj: serde_json::Map<String, serde_json::Value> =
                    t.columns.iter().map(|c| (c.name.clone(), json_cell(&c.values, r))).collect();
                writeln!(out, "{}", serde_json::Value::Object(obj))?;
            }
        }
        Format::Csv => {
            let names: Vec<String> = t.columns.iter().map(|c| csv_field(&c.name)).collect();
            writeln!(out, "{}", names.join(","))?;
            for r in 0..rows {
                let cells: Vec<String> =
                    t.columns.iter().map(|c| csv_field(&cell(&c.values, r).unwrap_or_default())).collect();
                writeln!(out, "{}", cells.join(","))?;
            }
        }
        Format::Table => {
            let cols: Vec<&kzcorpus::Column> =
                table_columns.iter().filter_map(|n| t.columns.iter().find(|c| c.name == *n)).collect();
            writeln!(out, "{}", cols.iter().map(|c| c.name.to_uppercase()).collect::<Vec<_>>().join(" | "))?;
            for r in 0..rows {
                let cells: Vec<String> = cols
                    .iter()
                    .map(|c| cell(&c.values, r).unwrap_or_else(|| "-".into()).replace('\n', " ⏎ "))
                    .collect();
                writeln!(out, "{}", cells.join(" | "))?;
            }
            if rows < t.num_rows() {
                writeln!(out, "... {} more rows (use --limit 0)", t.num_rows() - rows)?;
            }
        }
    }
    Ok(())
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}
