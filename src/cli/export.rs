//! `relief-dash export`: datasets as CSV or normalized JSON on standard output.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use relief_dash::data::{Dataset, paths};
use relief_dash::export;

use super::open::file_sources;
use super::outcome::{Failure, finish, report};

/// Writes datasets to standard output as CSV (with a `dataset` column when there are
/// several) or normalized JSON (an array when there are several).
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Dataset files or folders of them (`-` for standard input; none for the embedded
    /// dataset).
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    format: ExportFormat,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
}

/// One dataset as before; several as one CSV with a `dataset` column, or a JSON array.
/// Nothing is written if any dataset fails.
pub fn run(args: &ExportArgs) -> ExitCode {
    let entries = paths::load_all(file_sources(&args.paths));
    let mut good = Vec::new();
    let mut failed = false;
    for e in entries {
        match e.loaded {
            Ok(d) => good.push((e.source, d)),
            Err(err) => {
                failed = true;
                report(&err);
            }
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    finish(write(args.format, &good))
}

fn write(
    format: ExportFormat,
    good: &[(relief_dash::data::Source, Dataset)],
) -> Result<(), Failure> {
    let out = std::io::stdout().lock();
    match (format, good) {
        (ExportFormat::Csv, [(_, d)]) => export::write_csv(d, out)?,
        (ExportFormat::Json, [(_, d)]) => export::write_json(d, out)?,
        (ExportFormat::Csv, many) => {
            let named: Vec<(String, &Dataset)> = many.iter().map(|(s, d)| (s.name(), d)).collect();
            export::write_csv_many(&named, out)?
        }
        (ExportFormat::Json, many) => {
            let all: Vec<&Dataset> = many.iter().map(|(_, d)| d).collect();
            export::write_json_many(&all, out)?
        }
    }
    Ok(())
}
