//! Loading: parse and check the shipped dataset, a ~10 MB generated one and one of 100,000
//! figures (~44 MB compact, the size of the whole-process figures in docs/PERFORMANCE.md),
//! beside the untyped `serde_json::Value` parse of the same bytes; build the view model.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use relief_dash::Lang;
use relief_dash::app::{App, Catalog};
use relief_dash::data::{self, shipped::EMBEDDED};

/// Indicators in the generated dataset that pretty-prints to about 10 MB.
const TEN_MB: usize = 17_500;

fn generated_json(indicators: usize) -> Vec<u8> {
    let mut out = Vec::new();
    relief_dash::export::write_json(&relief_synth::generate(indicators, 1), &mut out).unwrap();
    out
}

fn load(c: &mut Criterion) {
    let mut g = c.benchmark_group("load");
    g.throughput(Throughput::Bytes(EMBEDDED.len() as u64));
    g.bench_function("shipped", |b| b.iter(|| data::parse("d.json", EMBEDDED.as_bytes()).unwrap()));
    let big = generated_json(TEN_MB);
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(20);
    g.bench_function("generated_10mb", |b| b.iter(|| data::parse("big.json", &big).unwrap()));
    let huge = {
        let d = relief_synth::generate(100_000, 1);
        let mut pretty = Vec::new();
        relief_dash::export::write_json(&d, &mut pretty).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&pretty).unwrap();
        serde_json::to_vec(&v).unwrap()
    };
    g.throughput(Throughput::Bytes(huge.len() as u64));
    g.sample_size(10);
    g.bench_function("generated_100k_compact", |b| {
        b.iter(|| data::parse("huge.json", &huge).unwrap())
    });
    // As `check` reads a file: streamed, on two threads, then checked on two threads.
    g.bench_function("streamed_100k_compact", |b| {
        b.iter(|| {
            let raw = data::stream::read(&huge[..], huge.len() as u64).unwrap();
            data::check::validate(raw).unwrap()
        })
    });
    g.bench_function("untyped_value_100k_compact", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(&huge).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("view_model");
    let shipped = data::embedded().unwrap();
    g.bench_function("catalog_shipped", |b| b.iter(|| Catalog::new(&shipped)));
    let generated = relief_synth::generate(100_000, 1);
    g.bench_function("catalog_100k", |b| b.iter(|| Catalog::new(&generated)));
    g.bench_function("app_new_100k", |b| {
        b.iter_batched(
            || generated.clone(),
            |d| App::new(d, Lang::En, (80, 24)),
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = load
}
criterion_main!(benches);
