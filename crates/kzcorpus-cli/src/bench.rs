//! `kzcorpus gen-corpus` and `kzcorpus bench`: a synthetic scale corpus and an
//! end-to-end benchmark of building and querying it.
//!
//! `bench` runs, in this order: a full build (MB/s, articles/s, peak RSS so far), a
//! rebuild of the unchanged corpus, query latencies with their `EXPLAIN QUERY PLAN`,
//! optionally the raw-insert limit (the same rows written through the same store with no
//! extraction time counted), and single-threaded per-stage throughput on a sample.
//! Nothing here is a test; the figures are printed and optionally written as JSON.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Args;
use kzcorpus::store::{Mode, Store};
use kzcorpus::{BuildOptions, Corpus, Document, ExtractedDocument, QuoteFilter, ReadOptions};
use serde_json::json;

/// Arguments of `kzcorpus gen-corpus`.
#[derive(Args)]
pub struct GenArgs {
    /// How many articles to generate (about 3 KB each).
    #[arg(long)]
    articles: usize,
    /// The folder to write (created; must be empty or absent).
    #[arg(long)]
    out: PathBuf,
    /// The random seed; the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// Arguments of `kzcorpus bench`.
#[derive(Args)]
pub struct BenchArgs {
    /// The corpus folder (e.g. made by `kzcorpus gen-corpus`).
    corpus: PathBuf,
    /// The database to build; it is deleted first when it exists.
    #[arg(long)]
    db: PathBuf,
    /// Reader/extractor threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    threads: usize,
    /// Also measure the raw-insert limit, into this database (deleted first).
    #[arg(long)]
    raw_limit: Option<PathBuf>,
    /// Megabytes of the corpus used for the per-stage figures (0: skip them).
    #[arg(long, default_value_t = 20)]
    stages_mb: u64,
    /// How many of the speaker's quotes the timed query returns (a first page).
    #[arg(long, default_value_t = 100)]
    quotes_limit: usize,
    /// The speaker whose quotes are timed.
    #[arg(long, default_value = "Lavrov")]
    speaker: String,
    /// The full-text query that is timed.
    #[arg(long, default_value = "Serdyukov")]
    search: String,
    /// Skip the build and only time queries on an existing --db.
    #[arg(long)]
    queries_only: bool,
    /// Write the figures as JSON to this file.
    #[arg(long)]
    json: Option<PathBuf>,
}

/// Runs `kzcorpus gen-corpus`.
pub fn gen_corpus(args: &GenArgs) -> anyhow::Result<()> {
    if args.out.exists() && std::fs::read_dir(&args.out)?.next().is_some() {
        bail!("{} is not empty (choose a new folder)", args.out.display());
    }
    let started = Instant::now();
    let r = kzcorpus::gen::write_corpus(&args.out, args.articles, args.seed)?;
    eprintln!(
        "kzcorpus: wrote {} documents, {} articles, {:.1} MB to {} in {:.1}s",
        r.documents,
        r.articles,
        r.bytes as f64 / 1e6,
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// CPU seconds (user + system) this process has used so far (Linux `/proc/self/stat`).
fn cpu_seconds() -> Option<f64> {
    stat_cpu_seconds("/proc/self/stat")
}

/// CPU seconds (user + system) in a Linux `stat` file, assuming the usual 100 clock ticks
/// per second.
fn stat_cpu_seconds(path: &str) -> Option<f64> {
    let stat = std::fs::read_to_string(path).ok()?;
    let after = stat.rsplit_once(") ")?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Peak resident set size of this process so far, in MB (Linux `VmHWM`).
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1e3)
}

fn remove_db(path: &Path) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let p = PathBuf::from(format!("{}{suffix}", path.display()));
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("cannot remove {}", p.display()))?;
        }
    }
    Ok(())
}

fn db_size(path: &Path) -> u64 {
    ["", "-wal"].iter().filter_map(|s| std::fs::metadata(format!("{}{s}", path.display())).ok()).map(|m| m.len()).sum()
}

/// Median of `runs` timings of `f` after one warm-up run.
fn median_ms(runs: usize, mut f: impl FnMut() -> anyhow::Result<usize>) -> anyhow::Result<(f64, usize)> {
    let rows = f()?;
    let mut times: Vec<Duration> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        f()?;
        times.push(t.elapsed());
    }
    times.sort();
    Ok((times[runs / 2].as_secs_f64() * 1e3, rows))
}

/// Runs `kzcorpus bench`.
pub fn bench(args: &BenchArgs) -> anyhow::Result<()> {
    let files = kzcorpus::document::collect_files(std::slice::from_ref(&args.corpus))?;
    let corpus_bytes: u64 = files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let mut out = json!({ "corpus": args.corpus.display().to_string(), "documents": files.len(), "corpus_mb": mb(corpus_bytes) });
    println!("corpus      {} documents, {:.1} MB", files.len(), mb(corpus_bytes));
    let options = BuildOptions { threads: args.threads, ..Default::default() };

    if !args.queries_only {
        remove_db(&args.db)?;
        let cpu0 = cpu_seconds();
        let t = Instant::now();
        let report = kzcorpus::build(std::slice::from_ref(&args.corpus), &args.db, &options, &mut |_| {})?;
        let secs = t.elapsed().as_secs_f64();
        let cpu = cpu_seconds().zip(cpu0).map(|(b, a)| b - a);
        let rss = peak_rss_mb();
        println!(
            "build       {:.2}s (CPU {:.1}s)  {:.1} MB/s  {:.0} articles/s  {} articles  db {:.1} MB  peak RSS {:.0} MB  ({} failed)",
            secs,
            cpu.unwrap_or(f64::NAN),
            mb(report.bytes) / secs,
            report.articles as f64 / secs,
            report.articles,
            mb(db_size(&args.db)),
            rss.unwrap_or(f64::NAN),
            report.failed.len()
        );
        out["build"] = json!({ "seconds": secs, "mb_per_s": mb(report.bytes) / secs, "articles": report.articles,
            "articles_per_s": report.articles as f64 / secs, "db_mb": mb(db_size(&args.db)), "peak_rss_mb": rss,
            "failed": report.failed.len(), "threads": args.threads, "cpu_seconds": cpu,
            "mb_per_cpu_s": cpu.map(|c| mb(report.bytes) / c) });

        let t = Instant::now();
        let again = kzcorpus::build(std::slice::from_ref(&args.corpus), &args.db, &options, &mut |_| {})?;
        let resecs = t.elapsed().as_secs_f64();
        println!(
            "rebuild     {:.3}s  ({:.1}% of the first build; {} unchanged, {} added)",
            resecs,
            100.0 * resecs / secs,
            again.unchanged,
            again.added
        );
        out["rebuild"] = json!({ "seconds": resecs, "fraction_of_build": resecs / secs, "unchanged": again.unchanged });
    }

    out["queries"] = queries(args)?;

    if let Some(raw_db) = &args.raw_limit {
        let build_mb_s = out["build"]["mb_per_s"].as_f64();
        let (secs, cpu, bytes) = raw_limit(&files, raw_db)?;
        // the writer is single-threaded and waits for nothing in the timed parts, so on an
        // idle machine its wall time is its CPU time
        let raw_mb_s = mb(bytes) / secs;
        let fraction = build_mb_s.map(|b| b / raw_mb_s);
        println!(
            "raw limit   {:.2}s (CPU {:.1}s)  {:.1} MB/s  {:.1} MB per CPU-second  (build reaches {:.0}% of it)",
            secs,
            cpu,
            raw_mb_s,
            mb(bytes) / cpu,
            fraction.unwrap_or(f64::NAN) * 100.0
        );
        out["raw_limit"] = json!({ "seconds": secs, "mb_per_s": raw_mb_s, "build_fraction": fraction,
            "cpu_seconds": cpu, "mb_per_cpu_s": mb(bytes) / cpu });
    }

    if args.stages_mb > 0 {
        out["stages"] = stages(&files, args.stages_mb * 1_000_000)?;
    }
    if let Some(path) = &args.json {
        std::fs::write(path, serde_json::to_string_pretty(&out)?).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

fn queries(args: &BenchArgs) -> anyhow::Result<serde_json::Value> {
    let corpus = Corpus::open(&args.db)?;
    // a first page of the speaker's quotes, as an analyst's notebook or a web view asks
    let filter = QuoteFilter::default().speaker(args.speaker.clone()).limit(args.quotes_limit);
    let (quotes_ms, quotes_rows) = median_ms(7, || Ok(corpus.quotes(&filter)?.num_rows()))?;
    let (search_ms, search_rows) = median_ms(7, || Ok(corpus.search(&args.search, 20)?.num_rows()))?;
    println!("quotes      {quotes_ms:.2} ms  speaker={:?} limit {} -> {quotes_rows} rows", args.speaker, args.quotes_limit);
    println!("search      {search_ms:.2} ms  {:?} -> {search_rows} rows (limit 20)", args.search);
    let quotes_plan = corpus.store().explain_quotes(&filter)?;
    let term = format!("\"{}\"", args.search.replace('"', "\"\"")).replace('\'', "''");
    let search_plan = plan(
        &corpus,
        &format!("SELECT rowid, bm25(articles_fts) AS rank FROM articles_fts WHERE articles_fts MATCH '{term}' ORDER BY rank LIMIT 20"),
    )?;
    for line in &quotes_plan {
        println!("  plan quotes  {line}");
    }
    for line in &search_plan {
        println!("  plan search  {line}");
    }
    Ok(json!({ "quotes_ms": quotes_ms, "quotes_rows": quotes_rows, "search_ms": search_ms, "search_rows": search_rows,
        "quotes_plan": quotes_plan, "search_plan": search_plan }))
}

/// The `detail` lines of the query plan of `sql`.
fn plan(corpus: &Corpus, sql: &str) -> anyhow::Result<Vec<String>> {
    let t = corpus.sql(&format!("EXPLAIN QUERY PLAN {sql}"), &[])?;
    Ok(match t.column("detail") {
        Some(kzcorpus::Values::Text(v)) => v.iter().flatten().cloned().collect(),
        _ => Vec::new(),
    })
}

/// Extracts `files` in parallel (untimed), then times only writing the rows into a new
/// database through the same batched store path as `build`. Returns (seconds, bytes).
fn raw_limit(files: &[PathBuf], db: &Path) -> anyhow::Result<(f64, f64, u64)> {
    remove_db(db)?;
    let mut cpu = 0.0;
    let cpu_now = || cpu_seconds().unwrap_or(0.0);
    let mut store = Store::open(db, Mode::ReadWrite)?;
    let mut timed = Duration::ZERO;
    let mut bytes = 0u64;
    let t = Instant::now();
    store.begin_bulk_load()?;
    timed += t.elapsed();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    // chunks of about 32 MB of text keep memory bounded
    let mut start = 0;
    while start < files.len() {
        let mut end = start;
        let mut chunk_bytes = 0u64;
        while end < files.len() && chunk_bytes < 32_000_000 {
            chunk_bytes += std::fs::metadata(&files[end]).map_or(0, |m| m.len());
            end += 1;
        }
        let chunk = &files[start..end];
        let extracted = extract_parallel(chunk, threads)?;
        let t = Instant::now();
        let c = cpu_now();
        for docs in extracted.chunks(256) {
            let mut batch = store.batch()?;
            for (doc, ex) in docs {
                // the build's write path: no savepoint per document (an error ends the bench)
                batch.write_document_unguarded(doc, ex)?;
                bytes += doc.bytes;
            }
            batch.commit()?;
        }
        timed += t.elapsed();
        cpu += cpu_now() - c;
        start = end;
    }
    let inserts = timed;
    let c = cpu_now();
    let t = Instant::now();
    store.end_bulk_load()?;
    let fts = t.elapsed();
    let t = Instant::now();
    store.refresh_speakers()?;
    let speakers = t.elapsed();
    timed += fts + speakers;
    cpu += cpu_now() - c;
    println!(
        "  raw limit breakdown: inserts {:.2}s, full-text rebuild {:.2}s, speaker refresh {:.2}s",
        inserts.as_secs_f64(),
        fts.as_secs_f64(),
        speakers.as_secs_f64()
    );
    Ok((timed.as_secs_f64(), cpu, bytes))
}

fn extract_parallel(files: &[PathBuf], threads: usize) -> anyhow::Result<Vec<(Document, ExtractedDocument)>> {
    let per = files.len().div_ceil(threads.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(per)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|f| {
                            let doc = kzcorpus::document::read_file(f, &ReadOptions::default())?;
                            let ex = kzcorpus::extract(&doc.text, &Default::default());
                            Ok((doc, ex))
                        })
                        .collect::<kzcorpus::Result<Vec<_>>>()
                })
            })
            .collect();
        let mut all = Vec::new();
        for h in handles {
            match h.join() {
                Ok(part) => all.extend(part?),
                Err(_) => bail!("an extractor thread panicked"),
            }
        }
        Ok(all)
    })
}

/// Single-threaded throughput of each stage on the first `limit` bytes of the corpus.
fn stages(files: &[PathBuf], limit: u64) -> anyhow::Result<serde_json::Value> {
    use kzcorpus::{claims, events, quotes, segment, speakers};
    let mut sample = Vec::new();
    let mut bytes = 0u64;
    let t = Clock::start();
    for f in files {
        if bytes >= limit {
            break;
        }
        let doc = kzcorpus::document::read_file(f, &ReadOptions::default())?;
        bytes += doc.bytes;
        sample.push(doc);
    }
    let read = t.stop();
    let t = Clock::start();
    let articles: Vec<Vec<kzcorpus::Article>> = sample.iter().map(|d| segment::segment(&d.text)).collect();
    let segment_t = t.stop();
    let n_articles: usize = articles.iter().map(Vec::len).sum();
    let flat: Vec<&kzcorpus::Article> = articles.iter().flatten().collect();
    let t = Clock::start();
    let mut indexes: Vec<_> = flat.iter().map(|a| speakers::find_speakers(a)).collect();
    let speakers_t = t.stop();
    let t = Clock::start();
    let quote_lists: Vec<_> = flat.iter().zip(indexes.iter_mut()).map(|(a, i)| quotes::extract_quotes(a, i)).collect();
    let quotes_t = t.stop();
    let t = Clock::start();
    let event_lists: Vec<_> = flat.iter().zip(&indexes).map(|(a, i)| events::extract_events(a, i)).collect();
    let events_t = t.stop();
    let t = Clock::start();
    let claim_lists: Vec<_> = flat.iter().zip(&indexes).map(|(a, i)| claims::extract_claims(a, i)).collect();
    let claims_t = t.stop();
    let counts = (
        quote_lists.iter().map(Vec::len).sum::<usize>(),
        event_lists.iter().map(Vec::len).sum::<usize>(),
        claim_lists.iter().map(Vec::len).sum::<usize>(),
    );
    drop((quote_lists, event_lists, claim_lists, indexes, flat));
    // store: the same documents, extracted, written into an in-memory database
    let extracted: Vec<ExtractedDocument> = sample.iter().map(|d| kzcorpus::extract(&d.text, &Default::default())).collect();
    let mut store = Store::open_in_memory()?;
    let t = Clock::start();
    store.begin_bulk_load()?;
    for (docs, exs) in sample.chunks(256).zip(extracted.chunks(256)) {
        let mut batch = store.batch()?;
        for (d, e) in docs.iter().zip(exs) {
            batch.write_document_unguarded(d, e)?;
        }
        batch.commit()?;
    }
    store.end_bulk_load()?;
    let store_t = t.stop();
    let mut out = serde_json::Map::new();
    println!(
        "stages      single thread on {:.1} MB, {n_articles} articles ({} quotes, {} events, {} claims):",
        mb(bytes),
        counts.0,
        counts.1,
        counts.2
    );
    for (name, d) in [
        ("read", read),
        ("segment", segment_t),
        ("speakers", speakers_t),
        ("quotes", quotes_t),
        ("events", events_t),
        ("claims", claims_t),
        ("store", store_t),
    ] {
        let (s, cpu) = (d.wall.max(1e-9), d.cpu.max(1e-9));
        println!(
            "  {name:<10}{:>10.1} MB/s {:>12.0} articles/s {:>10.1} MB per CPU-second",
            mb(bytes) / s,
            n_articles as f64 / s,
            mb(bytes) / cpu
        );
        out.insert(
            name.into(),
            json!({ "seconds": s, "cpu_seconds": cpu, "mb_per_s": mb(bytes) / s, "mb_per_cpu_s": mb(bytes) / cpu,
                    "articles_per_s": n_articles as f64 / s }),
        );
    }
    Ok(serde_json::Value::Object(out))
}

/// Wall and CPU time of one stage, measured on the calling thread.
struct Clock {
    wall: Instant,
    cpu: f64,
}

/// What a [`Clock`] measured, in seconds.
struct Elapsed {
    wall: f64,
    cpu: f64,
}

impl Clock {
    fn start() -> Clock {
        Clock { wall: Instant::now(), cpu: thread_cpu_seconds().unwrap_or(0.0) }
    }

    fn stop(&self) -> Elapsed {
        Elapsed {
            wall: self.wall.elapsed().as_secs_f64(),
            cpu: thread_cpu_seconds().map_or(f64::NAN, |now| now - self.cpu),
        }
    }
}

/// CPU seconds used by the calling thread (Linux `/proc/thread-self/stat`, 10 ms ticks).
/// Unlike wall time, it does not change when other processes load the machine.
fn thread_cpu_seconds() -> Option<f64> {
    stat_cpu_seconds("/proc/thread-self/stat")
}
