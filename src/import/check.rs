//! A table imported in memory: read, grouped, each dataset written to bytes and read back
//! through the program's own checks, every problem placed at its row and column.

use std::path::Path;

use crate::data::Text;

use super::build::{Built, datasets};
use super::problem::Problem;
use super::rows::rows;
use super::table::{Grid, read};

/// One dataset, ready to write.
#[derive(Debug)]
pub struct Output {
    /// Its file name in the output folder.
    pub file: String,
    /// Its bytes, as written.
    pub bytes: Vec<u8>,
    /// Its region's names.
    pub region: Text,
    /// How many figures it holds.
    pub figures: usize,
}

/// The datasets of the table at `path` (its `sheet`, for a workbook), each checked, or every
/// problem of the table.
pub fn import(path: &Path, sheet: Option<&str>) -> Result<Vec<Output>, Vec<Problem>> {
    let grid = read(path, sheet)?;
    let stem = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    import_grid(&grid, &stem)
}

/// The datasets of a table's grid; `stem` names the table in their titles.
pub fn import_grid(grid: &Grid, stem: &str) -> Result<Vec<Output>, Vec<Problem>> {
    let rows = rows(grid)?;
    let built = datasets(&rows, stem)?;
    let mut problems = Vec::new();
    let mut out = Vec::new();
    for b in built {
        match checked(&b) {
            Ok(bytes) => out.push(Output {
                file: b.file,
                bytes,
                region: b.dataset.meta.region.name.clone(),
                figures: b.dataset.indicators.len(),
            }),
            Err(mut p) => problems.append(&mut p),
        }
    }
    problems.sort_by_key(|p| p.row);
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// A dataset's bytes, once the program reads them back without a problem.
fn checked(b: &Built) -> Result<Vec<u8>, Vec<Problem>> {
    let mut bytes = Vec::new();
    crate::export::write_json_lines(&b.dataset, &mut bytes)
        .map_err(|e| vec![Problem::whole(format!("{}: {e}", b.file))])?;
    match crate::data::parse(&b.file, &bytes) {
        Ok(_) => Ok(bytes),
        Err(e) => Err(match &e.kind {
            crate::data::ErrorKind::Problems(ps) => {
                ps.iter().map(|p| placed(b, &p.path, &p.message)).collect()
            }
            _ => e.lines().into_iter().map(Problem::whole).collect(),
        }),
    }
}

/// A dataset's problem at `path` placed at the row and column of the table it came from.
fn placed(b: &Built, path: &str, message: &str) -> Problem {
    let figure = path
        .strip_prefix("indicators[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(n, field)| Some((n.parse::<usize>().ok()?, field.trim_start_matches('.'))));
    let Some((row, field)) = figure.and_then(|(n, f)| Some((*b.rows.get(n)?, f))) else {
        return Problem::whole(format!("{}: {path}: {message}", b.file));
    };
    let column = match field.split('.').next().unwrap_or("") {
        "value" | "value_max" => "value",
        "unit" => "unit",
        "qualifier" => "qualifier",
        "label" if field.ends_with(".en") => "label_en",
        "label" => "label_zh",
        "as_of" => "date",
        "source" if field.ends_with(".url") => "source_url",
        "source" if field.ends_with(".published") => "published",
        "source" => "outlet",
        _ => "series",
    };
    Problem::cell(row, column, message)
}
