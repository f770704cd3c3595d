//! Per-stage throughput of the pipeline on generated documents (`cargo bench -p kzcorpus`).
//!
//! Each group reports bytes of source text per second for one stage — read (decode and
//! hash), segment, speakers, quotes, events, claims, the whole `extract`, and store (the
//! batched writes of a bulk load into an in-memory database) — over the same
//! deterministic sample from `kzcorpus::gen`. End-to-end figures (parallel build, peak
//! RSS, rebuild, query latency) come from `kzcorpus bench`; see `benches/peers/`.

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use kzcorpus::document::{decode, Document, ReadOptions};
use kzcorpus::store::Store;
use kzcorpus::{claims, events, quotes, segment, speakers, Article};

/// About 2 MB of generated documents, the same on every run.
fn sample() -> Vec<Document> {
    let mut bytes = 0;
    kzcorpus::gen::Generator::new(42)
        .take_while(|d| {
            bytes += d.text.len();
            bytes < 2_000_000
        })
        .map(|d| decode(Path::new(&d.name), d.text.as_bytes(), &ReadOptions::default()).expect("generated text decodes"))
        .collect()
}

fn stages(c: &mut Criterion) {
    let docs = sample();
    let total: u64 = docs.iter().map(|d| d.bytes).sum();
    let articles: Vec<Article> = docs.iter().flat_map(|d| segment::segment(&d.text)).collect();
    let indexes: Vec<_> = articles.iter().map(speakers::find_speakers).collect();
    let extracted: Vec<_> = docs.iter().map(|d| kzcorpus::extract(&d.text, &Default::default())).collect();

    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(total)).sample_size(10);
    g.bench_function("read", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(decode(&d.path, d.text.as_bytes(), &ReadOptions::default()).ok());
            }
        })
    });
    g.bench_function("segment", |b| b.iter(|| docs.iter().map(|d| black_box(segment::segment(&d.text)).len()).sum::<usize>()));
    g.bench_function("speakers", |b| {
        b.iter(|| articles.iter().map(|a| black_box(speakers::find_speakers(a)).speakers.len()).sum::<usize>())
    });
    g.bench_function("quotes", |b| {
        b.iter_batched(
            || indexes.clone(),
            |mut idx| articles.iter().zip(idx.iter_mut()).map(|(a, i)| quotes::extract_quotes(a, i).len()).sum::<usize>(),
            BatchSize::LargeInput,
        )
    });
    g.bench_function("events", |b| {
        b.iter(|| articles.iter().zip(&indexes).map(|(a, i)| events::extract_events(a, i).len()).sum::<usize>())
    });
    g.bench_function("claims", |b| {
        b.iter(|| articles.iter().zip(&indexes).map(|(a, i)| claims::extract_claims(a, i).len()).sum::<usize>())
    });
    g.bench_function("extract", |b| {
        b.iter(|| docs.iter().map(|d| kzcorpus::extract(&d.text, &Default::default()).articles.len()).sum::<usize>())
    });
    g.bench_function("store", |b| {
        b.iter_batched(
            || Store::open_in_memory().expect("in-memory store"),
            |mut store| {
                store.begin_bulk_load().expect("begin bulk load");
                for (chunk, ex) in docs.chunks(256).zip(extracted.chunks(256)) {
                    let mut batch = store.batch().expect("batch");
                    for (d, e) in chunk.iter().zip(ex) {
                        batch.write_document(d, e).expect("write");
                    }
                    batch.commit().expect("commit");
                }
                store.end_bulk_load().expect("end bulk load");
                store
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
