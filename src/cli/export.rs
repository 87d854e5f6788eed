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
    /// Write the Table tab instead (CSV, two or more datasets): a row per report, the
    /// columns of each series, as `render --tab table` shows it.
    #[arg(long)]
    table: bool,
    /// With --table: the series to write, in order (repeat it; none: every one).
    #[arg(long, value_name = "KEY[:DIMENSION]", requires = "table")]
    series: Vec<String>,
    /// With --table: sort by a series key, `region` or `date`.
    #[arg(long, value_name = "KEY|region|date", requires = "table")]
    sort: Option<String>,
    /// With --table: the other way round.
    #[arg(long, requires = "table")]
    desc: bool,
    /// With --table: children under their parents.
    #[arg(long, requires = "table")]
    tree: bool,
    /// With --table: the figures of this date, not each region's latest.
    #[arg(long, value_name = "DATE", requires = "table")]
    date: Option<String>,
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
    if args.table {
        return table(args);
    }
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

/// `export --table`: the Table tab as CSV.
fn table(args: &ExportArgs) -> ExitCode {
    use relief_dash::app::{Action, App, Tab, dispatch};
    if !matches!(args.format, ExportFormat::Csv) {
        return finish(Err(Failure::Usage("--table writes CSV only".into())));
    }
    let Some(opened) = super::open::open(&args.paths) else { return ExitCode::FAILURE };
    if opened.failed {
        return ExitCode::FAILURE;
    }
    let mut app = App::new(opened.data, relief_dash::lang::Lang::En, (200, 60))
        .with_library(opened.reports, opened.current);
    if !app.has_compare() {
        return finish(Err(Failure::Usage("--table needs two or more datasets".into())));
    }
    dispatch(&mut app, Action::GoTab(Tab::Table));
    let wanted = super::table::Wanted {
        series: &args.series,
        sort: args.sort.as_deref(),
        desc: args.desc,
        tree: args.tree,
        date: args.date.as_deref(),
    };
    if let Err(code) = super::table::arrange(&mut app, wanted) {
        return code;
    }
    let out = std::io::stdout().lock();
    finish(super::table::write_csv(&app, out).map_err(Failure::from))
}
