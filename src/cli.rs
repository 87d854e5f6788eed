//! The command line: arguments, and what each command does and prints.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use relief_dash::data::{Dataset, LoadError, Source};
use relief_dash::{export, safe};

/// A terminal dashboard of poverty-relief indicators.
#[derive(Debug, Parser)]
#[command(name = "relief-dash", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Checks a dataset and prints every problem found.
    Check {
        /// Dataset file (`-` for standard input; none for the embedded dataset).
        file: Option<PathBuf>,
    },
    /// Writes a dataset to standard output as CSV or normalized JSON.
    Export {
        /// Dataset file (`-` for standard input; none for the embedded dataset).
        file: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { file }) => check(&Source::from_arg(file.as_deref())),
        Some(Command::Export { file, format }) => {
            with_dataset(&Source::from_arg(file.as_deref()), |d| {
                let out = std::io::stdout().lock();
                match format {
                    ExportFormat::Csv => export::write_csv(d, out).map_err(|e| e.to_string()),
                    ExportFormat::Json => export::write_json(d, out).map_err(|e| e.to_string()),
                }
            })
        }
        None => check(&Source::Embedded),
    }
}

fn check(source: &Source) -> ExitCode {
    with_dataset(source, |d| {
        let sections = d.all_sections().count();
        writeln!(std::io::stdout(), "ok: {} indicators in {sections} sections", d.indicators.len())
            .map_err(|e| e.to_string())
    })
}

/// Loads the dataset, runs `f` on it, and turns failures into messages and exit codes.
fn with_dataset(source: &Source, f: impl FnOnce(&Dataset) -> Result<(), String>) -> ExitCode {
    match source.load() {
        Ok(d) => match f(&d) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.contains("Broken pipe") => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("relief-dash: {}", safe::escape(&e));
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            report(&e);
            ExitCode::FAILURE
        }
    }
}

/// Prints every problem of a failed load to standard error, escaped.
pub fn report(e: &LoadError) {
    let mut err = std::io::stderr().lock();
    for line in e.lines() {
        let _ = writeln!(err, "{}", safe::escape(&line));
    }
}
