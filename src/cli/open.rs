//! Opening the datasets that command-line PATHs name.

use std::path::PathBuf;

use relief_dash::app::Report;
use relief_dash::data::{Dataset, LoadError, Source, paths};

use super::outcome::report;

/// What the PATHs open: the dataset shown (the first that loads) and where it comes from;
/// with several, every report and which is shown.
pub struct Opened {
    /// The dataset shown first.
    pub data: Dataset,
    /// Every report, when there are several (empty for one).
    pub reports: Vec<Report>,
    /// Which report is shown.
    pub current: usize,
    /// Whether any failed to load (each problem is printed to standard error).
    pub failed: bool,
}

/// Opens the PATHs (none: the shipped datasets), printing each one's problems; `None` when
/// none could be read.
pub fn open(paths: &[PathBuf]) -> Option<Opened> {
    say_schemas(paths);
    let (opened, problems) = open_sources(paths::sources(paths));
    problems.iter().for_each(report);
    opened
}

/// Opens the sources; `None` when none could be read. Each one's problems are given back,
/// not printed (the dashboard prints them when the terminal is the shell's again).
pub fn open_sources(sources: Vec<Source>) -> (Option<Opened>, Vec<LoadError>) {
    let entries = paths::load_all(sources);
    let failed = entries.iter().any(|e| e.loaded.is_err());
    let problems = entries.iter().filter_map(|e| e.loaded.as_ref().err().cloned()).collect();
    (opened(entries, failed), problems)
}

fn opened(entries: Vec<paths::Entry>, failed: bool) -> Option<Opened> {
    let current = entries.iter().position(|e| e.loaded.is_ok())?;
    let mut reports: Vec<Report> =
        entries.into_iter().map(|e| Report::new(e.name(), e.loaded)).collect();
    let data = reports[current].data.take()?;
    if reports.len() == 1 {
        reports.clear();
    }
    Some(Opened { data, reports, current, failed })
}

/// The sources that `check` and `export` read: the PATHs, else the embedded dataset.
pub fn file_sources(paths: &[PathBuf]) -> Vec<Source> {
    say_schemas(paths);
    if paths.is_empty() { vec![Source::Embedded(0)] } else { paths::sources(paths) }
}

/// Says on standard error which PATHs are JSON Schemas, left out (`relief-dash check
/// data/*.json` names the format's schema beside the datasets).
pub fn say_schemas(paths: &[PathBuf]) {
    for p in paths.iter().filter(|p| paths::is_schema(p) && p.is_file()) {
        let name = relief_dash::safe::escape(&p.display().to_string()).into_owned();
        eprintln!("relief-dash: {name}: a JSON Schema, not a dataset: left out");
    }
}
