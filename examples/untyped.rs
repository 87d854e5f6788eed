//! The reference for `relief-dash check`: read a file and parse it into an untyped
//! `serde_json::Value`, as one whole process (docs/PERFORMANCE.md, scripts/measure.py).
//!
//! `cargo run --release --example untyped -- big.json`

fn main() {
    let path = std::env::args().nth(1).expect("usage: untyped FILE");
    let bytes = std::fs::read(&path).expect("read");
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("parse");
    let n = value.get("indicators").and_then(|i| i.as_array()).map_or(0, Vec::len);
    println!("{n} indicators");
}
