//! `relief-dash check`: each dataset's summary or problems; exit 1 if any fails.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use relief_dash::data::{paths, todo};
use relief_dash::safe;

use super::open::file_sources;
use super::outcome::{Failure, finish, report};

/// Checks datasets and prints every problem found (exit 1 if any dataset fails).
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Dataset files or folders of them (`-` for standard input; none for the embedded
    /// dataset).
    paths: Vec<PathBuf>,
}

/// Checks every dataset; with several, each summary line starts with the file's name.
pub fn run(args: &CheckArgs) -> ExitCode {
    let sources = file_sources(&args.paths);
    let several = sources.len() > 1;
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    let entries = paths::load_all(sources);
    for entry in &entries {
        match &entry.loaded {
            Ok(d) => {
                let sections = d.all_sections().count();
                let derived = d.indicators.iter().filter(|i| i.formula.is_some()).count();
                let given = d.indicators.len() - derived;
                let also =
                    if derived > 0 { format!(" and {derived} derived") } else { String::new() };
                let name = if several {
                    format!("{}: ", safe::escape(&entry.name()))
                } else {
                    String::new()
                };
                let mut line =
                    format!("{name}ok: {given} indicators{also} in {sections} sections\n");
                // A draft's fields still to complete: listed, counted, and not an error.
                let to_do = todo::to_do(d);
                for path in &to_do {
                    line.push_str(&format!("{name}to do: {path}\n"));
                }
                if !to_do.is_empty() {
                    line.push_str(&format!(
                        "{name}to do: {} fields still to complete\n",
                        to_do.len()
                    ));
                }
                if let Err(e) = out.write_all(line.as_bytes()) {
                    return finish(Err(Failure::Io(e)));
                }
            }
            Err(e) => {
                failed = true;
                report(e);
            }
        }
    }
    // The process ends, so the datasets are not freed figure by figure (about 70 ms at
    // 100,000 figures; docs/PERFORMANCE.md).
    std::mem::forget(entries);
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
