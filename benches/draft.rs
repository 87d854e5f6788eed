//! Drafting a dataset from a report of 100,000 characters: the reports written for the
//! tests, repeated, decoded, scanned and built into a dataset.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use relief_dash::draft::{build, decode, scan, when};

fn report_of(chars: usize) -> String {
    let parts = ["county", "national"]
        .map(|n| std::fs::read_to_string(format!("tests/fixtures/reports/{n}.txt")).unwrap());
    let mut text = String::new();
    while text.chars().count() < chars {
        for p in &parts {
            text.push_str(p);
        }
    }
    text
}

fn draft(c: &mut Criterion) {
    let text = report_of(100_000);
    let mut g = c.benchmark_group("draft");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("report_100k_chars", |b| {
        b.iter(|| {
            let decoded = decode::decode(text.as_bytes()).unwrap();
            let report = when::first_date(&decoded.text);
            let found = scan::scan(&decoded.text, report);
            build::dataset(&found, &decoded.text, report)
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_secs(1));
    targets = draft
}
criterion_main!(benches);
