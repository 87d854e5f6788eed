//! `relief-dash import TABLE -o DIR [--sheet NAME] [--force]`: a tidy table of figures (CSV,
//! xlsx or ods) written as datasets, one per region, all checked before any is written.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use relief_dash::import::{self, Output};
use relief_dash::safe::escape;

use super::outcome::{Failure, finish};
use super::progress::Meter;

/// Imports a table of figures, one a row (columns: region, date, series, label_zh, value,
/// unit and optional ones, see README.md), as datasets, one per region. A bad table is
/// refused with every problem at its row and column, and nothing is written.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The table: .csv (UTF-8), .xlsx or .ods.
    table: PathBuf,
    /// The sheet of a workbook to read (default: its first).
    #[arg(long)]
    sheet: Option<String>,
    /// The folder to write the datasets in (made if missing).
    #[arg(short, long)]
    output: PathBuf,
    /// Overwrite datasets already in the folder.
    #[arg(long)]
    force: bool,
}

/// A CSV file from this size on is read with a progress bar (on a terminal).
const BIG: u64 = 1 << 20;

/// Imports the table, writing its datasets only if every one of them is sound.
pub fn run(args: &ImportArgs) -> ExitCode {
    let name = escape(&args.table.display().to_string()).into_owned();
    // A CSV file is read with a bar of its bytes (a workbook is read whole by its reader).
    let csv = args.table.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let size = std::fs::metadata(&args.table).map_or(0, |m| m.len());
    let meter = Meter::start(&name, size, if csv { BIG } else { u64::MAX });
    let imported = import::import(&args.table, args.sheet.as_deref());
    drop(meter);
    let outputs = match imported {
        Ok(o) => o,
        Err(problems) => {
            let mut err = std::io::stderr().lock();
            for p in &problems {
                let _ = writeln!(err, "{name}: {}", escape(&p.to_string()));
            }
            let n = problems.len();
            let s = if n == 1 { "" } else { "s" };
            let _ = writeln!(err, "{name}: {n} problem{s}; nothing written");
            return ExitCode::FAILURE;
        }
    };
    let dir = args.output.as_path();
    if !args.force {
        let existing: Vec<String> = outputs
            .iter()
            .map(|o| dir.join(&o.file))
            .filter(|p| p.symlink_metadata().is_ok())
            .map(|p| escape(&p.display().to_string()).into_owned())
            .collect();
        if !existing.is_empty() {
            return finish(Err(Failure::Other(format!(
                "{} already exist{} (--force overwrites); nothing written",
                existing.join(", "),
                if existing.len() == 1 { "s" } else { "" }
            ))));
        }
    }
    if let Err(e) = write_all(dir, &outputs) {
        return finish(Err(e));
    }
    let mut out = std::io::stdout().lock();
    for o in &outputs {
        let path = escape(&dir.join(&o.file).display().to_string()).into_owned();
        let region = escape(&format!("{} / {}", o.region.zh(), o.region.en())).into_owned();
        let _ = writeln!(out, "wrote {path}: {region}, {} figures", o.figures);
    }
    ExitCode::SUCCESS
}

/// Writes every dataset to a temporary name in `dir`, then renames each into place; on a
/// failure, the temporary files are removed.
fn write_all(dir: &Path, outputs: &[Output]) -> Result<(), Failure> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Failure::Other(format!("{}: {e}", escape(&dir.display().to_string()))))?;
    let temp = |o: &Output| dir.join(format!(".{}.{}.tmp", o.file, std::process::id()));
    let mut written = Vec::new();
    let result = outputs.iter().try_for_each(|o| {
        let t = temp(o);
        written.push(t.clone());
        std::fs::write(&t, &o.bytes)
            .map_err(|e| Failure::Other(format!("{}: {e}", escape(&t.display().to_string()))))
    });
    if let Err(e) = result {
        for t in &written {
            let _ = std::fs::remove_file(t);
        }
        return Err(e);
    }
    for o in outputs {
        let to = dir.join(&o.file);
        std::fs::rename(temp(o), &to)
            .map_err(|e| Failure::Other(format!("{}: {e}", escape(&to.display().to_string()))))?;
    }
    Ok(())
}
