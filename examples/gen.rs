//! Writes a deterministic synthetic dataset in the relief-dash format to standard output.
//!
//! `cargo run --release --example gen -- --indicators 100000 --seed 1 > big.json`

use clap::Parser;

/// Generate a synthetic dataset.
#[derive(Parser)]
struct Args {
    /// Number of indicators.
    #[arg(long, default_value_t = 100_000)]
    indicators: usize,
    /// Seed: the same seed and size always give the same file.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let d = relief_synth::generate(args.indicators, args.seed);
    relief_dash::export::write_json(&d, std::io::stdout().lock())
}
