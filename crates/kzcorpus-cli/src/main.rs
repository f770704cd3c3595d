//! The `kzcorpus` command: build a database from news documents and query it.
//!
//! This crate is glue: argument parsing, progress bars and printing. Everything it does
//! is a call into the `kzcorpus` library.

mod bench;
mod export;
mod import_parquet;
mod output;
mod parquet;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use kzcorpus::{BuildOptions, ClaimFilter, Corpus, EventFilter, QuoteFilter, ReadOptions, Table};

use output::Format;

/// mimalloc instead of glibc's malloc: extraction allocates many small strings and
/// vectors per article, and glibc's allocator took ~13% of a build's CPU time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXIT_HELP: &str = "Exit codes: 0 ok, 1 some documents were skipped with errors, 2 failure.";

/// Turn English news documents into a SQLite database of articles, quotes, speakers,
/// events and numeric claims.
#[derive(Parser)]
#[command(name = "kzcorpus", version, after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args)]
struct DbArg {
    /// The database file.
    #[arg(long, default_value = "kzcorpus.db")]
    db: PathBuf,
}

#[derive(Args)]
struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Show at most this many rows (0: all).
    #[arg(long, default_value_t = 0)]
    limit: usize,
}

#[derive(Subcommand)]
enum Command {
    /// Build or update a database from files and folders (no PATH: the bundled corpus).
    #[command(after_help = "Example: kzcorpus build my_docs/ --db my.db\n\nExit codes: 0 ok, 1 some documents were skipped with errors, 2 failure.")]
    Build {
        /// Files or folders (read recursively). Without any, the bundled corpus is built.
        paths: Vec<PathBuf>,
        #[command(flatten)]
        db: DbArg,
        /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
        #[arg(long)]
        lossy: bool,
        /// Refuse documents larger than this many bytes.
        #[arg(long, default_value_t = kzcorpus::document::DEFAULT_MAX_BYTES)]
        max_bytes: u64,
        /// Stop at the first document that fails instead of skipping it.
        #[arg(long)]
        strict: bool,
        /// Do not draw a progress bar.
        #[arg(long)]
        quiet: bool,
        /// Also write Datasette's metadata.json beside the database.
        #[arg(long)]
        datasette: bool,
    },
    /// Row counts of every table and the build information.
    #[command(after_help = "Example: kzcorpus stats --db kzcorpus.db")]
    Stats {
        #[command(flatten)]
        db: DbArg,
    },
    /// Quotations, optionally by speaker (any spelling), outlet and date.
    #[command(after_help = "Example: kzcorpus quotes --speaker Serdiukov --since 2022-01-01")]
    Quotes {
        #[command(flatten)]
        db: DbArg,
        /// A speaker's name in any spelling or transliteration.
        #[arg(long)]
        speaker: Option<String>,
        /// An outlet (case-insensitive substring).
        #[arg(long)]
        outlet: Option<String>,
        /// Only articles published on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<NaiveDate>,
        /// Only articles published on or before this date (YYYY-MM-DD).
        #[arg(long)]
        until: Option<NaiveDate>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Dated events, optionally by type and date range.
    #[command(after_help = "Example: kzcorpus events --type troop_deployment --since 2022-01-05")]
    Events {
        #[command(flatten)]
        db: DbArg,
        /// Event type (troop_deployment, talks, arrest, ...).
        #[arg(long = "type")]
        kind: Option<String>,
        /// Only events on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<NaiveDate>,
        /// Only events on or before this date (YYYY-MM-DD).
        #[arg(long)]
        until: Option<NaiveDate>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Numeric claims (killed, injured, detained, troops_deployed, ...).
    #[command(after_help = "Example: kzcorpus claims --what detained")]
    Claims {
        #[command(flatten)]
        db: DbArg,
        /// What is counted.
        #[arg(long)]
        what: Option<String>,
        #[command(flatten)]
        out: OutputArgs,
    },
    /// Write tables and views to files (one file per table).
    #[command(after_help = "Example: kzcorpus export --format csv --table quote_view --out exports/")]
    Export {
        #[command(flatten)]
        db: DbArg,
        /// File format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        /// A table or view to export (repeatable); all of them when absent.
        #[arg(long = "table")]
        tables: Vec<String>,
        /// Output folder.
        #[arg(long, default_value = "export")]
        out: PathBuf,
    },
    /// Load extractions made on Spark (kzcorpus.spark.write_parquet) into a database.
    #[command(after_help = "Example: kzcorpus import-parquet spark-out/ --db kzcorpus.db")]
    ImportParquet {
        /// The folder written by kzcorpus.spark.write_parquet (holding documents/).
        dir: PathBuf,
        #[command(flatten)]
        db: DbArg,
    },
    /// Extract one document without a database and print the result as JSON.
    #[command(after_help = "Example: kzcorpus extract article.txt --published 2022-01-13")]
    Extract {
        /// The document to read.
        file: PathBuf,
        /// Publication date to assume when the page gives none (YYYY-MM-DD).
        #[arg(long)]
        published: Option<NaiveDate>,
        /// Replace invalid UTF-8 with U+FFFD instead of refusing the file.
        #[arg(long)]
        lossy: bool,
    },
    /// Write a deterministic synthetic corpus for benchmarks (recombined bundled documents).
    #[command(after_help = "Example: kzcorpus gen-corpus --articles 100000 --out /tmp/kz-300mb --seed 1")]
    GenCorpus(bench::GenArgs),
    /// Benchmark building and querying a corpus: MB/s, peak RSS, rebuild, query latency.
    #[command(after_help = "Example: kzcorpus bench /tmp/kz-300mb --db /tmp/kz-300mb.db --raw-limit /tmp/kz-raw.db")]
    Bench(bench::BenchArgs),
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum ExportFormat {
    /// CSV with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// Apache Parquet with typed columns (Int64, Float64, Date32, Utf8).
    Parquet,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(err) => {
            if output::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("kzcorpus: {}", output::cause_chain(&err));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build { paths, db, lossy, max_bytes, strict, quiet, datasette } => {
            let options = BuildOptions { read: ReadOptions { lossy, max_bytes }, strict, ..Default::default() };
            let code = build(paths, &db.db, options, quiet)?;
            if datasette {
                write_datasette_metadata(&db.db)?;
            }
            Ok(code)
        }
        Command::Stats { db } => {
            let corpus = open(&db.db)?;
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for (table, n) in corpus.counts()? {
                writeln!(out, "{table:<18} {n}")?;
            }
            let info = corpus.sql("SELECT key, value FROM build_info ORDER BY key", &[])?;
            for (k, v) in info.texts("key").into_iter().zip(info.texts("value")) {
                writeln!(out, "{:<18} {}", k.unwrap_or_default(), v.unwrap_or_default())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Quotes { db, speaker, outlet, since, until, out } => {
            let corpus = open(&db.db)?;
            // --limit also limits the query: a page of a speaker quoted millions of times
            let limit = (out.limit > 0).then_some(out.limit);
            let t = corpus.quotes(&QuoteFilter { speaker, outlet, since, until, limit })?;
            print_table(&t, &["speaker", "outlet", "published", "cue", "text"], &out)
        }
        Command::Events { db, kind, since, until, out } => {
            let corpus = open(&db.db)?;
            let t = corpus.events(&EventFilter { kind, since, until })?;
            print_table(&t, &["date", "type", "location", "participants", "outlet", "evidence"], &out)
        }
        Command::Claims { db, what, out } => {
            let corpus = open(&db.db)?;
            let t = corpus.claims(&ClaimFilter { what })?;
            print_table(&t, &["what", "value", "qualifier", "attributed_to", "outlet", "published", "evidence"], &out)
        }
        Command::Export { db, format, tables, out } => {
            let corpus = open(&db.db)?;
            let written = match format {
                ExportFormat::Csv => export::export(&corpus, &tables, Format::Csv, &out)?,
                ExportFormat::Jsonl => export::export(&corpus, &tables, Format::Json, &out)?,
                ExportFormat::Parquet => export::export_parquet(&corpus, &tables, &out)?,
            };
            for (name, rows) in written {
                eprintln!("kzcorpus: wrote {rows} rows of {name} to {}", out.display());
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::ImportParquet { dir, db } => {
            let started = std::time::Instant::now();
            let (report, failed) = import_parquet::import(&dir, &db.db)?;
            for (path, why) in &failed {
                eprintln!("kzcorpus: skipped {path}: {why}");
            }
            for e in &report.failed {
                eprintln!("kzcorpus: skipped: {e}");
            }
            eprintln!(
                "kzcorpus: imported {} documents ({} articles, {} unchanged) into {} in {:.2}s",
                report.added,
                report.articles,
                report.unchanged,
                db.db.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(if failed.is_empty() && report.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Extract { file, published, lossy } => {
            let doc = kzcorpus::document::read_file(&file, &ReadOptions { lossy, ..Default::default() })?;
            let extracted = kzcorpus::extract(&doc.text, &kzcorpus::ExtractOptions { published, ..Default::default() });
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            serde_json::to_writer_pretty(&mut lock, &extracted)?;
            lock.write_all(b"\n")?;
            Ok(ExitCode::SUCCESS)
        }
        Command::GenCorpus(args) => bench::gen_corpus(&args).map(|()| ExitCode::SUCCESS),
        Command::Bench(args) => bench::bench(&args).map(|()| ExitCode::SUCCESS),
    }
}

fn open(db: &std::path::Path) -> anyhow::Result<Corpus> {
    Corpus::open(db).with_context(|| format!("cannot open {} (build it first with `kzcorpus build --db {}`)", db.display(), db.display()))
}

fn print_table(t: &Table, table_columns: &[&str], out: &OutputArgs) -> anyhow::Result<ExitCode> {
    output::print(t, table_columns, out.format, out.limit)?;
    Ok(ExitCode::SUCCESS)
}

fn write_datasette_metadata(db: &std::path::Path) -> anyhow::Result<()> {
    let name = db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "kzcorpus".into());
    let path = db.with_file_name("metadata.json");
    std::fs::write(&path, kzcorpus::datasette::metadata(&name))
        .with_context(|| format!("cannot write {}", path.display()))?;
    eprintln!("kzcorpus: wrote {} (serve with: datasette {} -m {})", path.display(), db.display(), path.display());
    Ok(())
}

fn build(paths: Vec<PathBuf>, db: &std::path::Path, options: BuildOptions, quiet: bool) -> anyhow::Result<ExitCode> {
    let started = std::time::Instant::now();
    let bar = output::progress_bar(quiet);
    let mut on_progress = |p: kzcorpus::Progress<'_>| {
        if let Some(bar) = &bar {
            bar.set_length(p.total as u64);
            bar.set_position(p.done as u64);
            bar.set_message(p.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
        }
    };
    let report = if paths.is_empty() {
        let mut corpus = Corpus::open_with(db, kzcorpus::OpenOptions { readonly: false })?;
        kzcorpus::build::build_bundled(corpus.store_mut(), &mut on_progress)?
    } else {
        kzcorpus::build(&paths, db, &options, &mut on_progress)?
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    for err in &report.failed {
        eprintln!("kzcorpus: skipped {err}");
    }
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "kzcorpus: {} documents ({} added, {} unchanged, {} skipped with errors), {} articles written to {} in {:.2}s",
        report.documents,
        report.added,
        report.unchanged,
        report.failed.len(),
        report.articles,
        db.display(),
        secs
    );
    Ok(if report.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
