//! A table's cells as text: a CSV file, or a sheet of an xlsx or ods workbook, read into one
//! grid of rows, each with its row number as a spreadsheet shows it (the header is row 1).

use std::path::Path;

use calamine::{Data, Reader};

use super::problem::Problem;

/// A table's cells as text, its header first.
#[derive(Debug, Default)]
pub struct Grid {
    /// Each row: its number as a spreadsheet shows it, and its cells, trimmed.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// The kinds of file a table may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Comma-separated, UTF-8.
    Csv,
    /// An Excel workbook (`.xlsx`, `.xlsm`, `.xls`) or an OpenDocument one (`.ods`).
    Workbook,
}

impl Kind {
    /// The kind of a file, by its extension.
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(Kind::Csv),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(Kind::Workbook),
            _ => None,
        }
    }
}

/// Reads the table at `path` (`sheet`: which sheet of a workbook; the first by default).
pub fn read(path: &Path, sheet: Option<&str>) -> Result<Grid, Vec<Problem>> {
    match Kind::of(path) {
        Some(Kind::Csv) => {
            if sheet.is_some() {
                return Err(vec![Problem::whole(
                    "--sheet is for workbooks (.xlsx, .ods), not CSV",
                )]);
            }
            let bytes = read_counted(path).map_err(|e| vec![Problem::whole(e.to_string())])?;
            csv_grid(&bytes)
        }
        Some(Kind::Workbook) => workbook_grid(path, sheet),
        None => Err(vec![Problem::whole(
            "not a table: the name must end in .csv, .xlsx, .xlsm, .xls or .ods",
        )]),
    }
}

/// A file's bytes, read a MiB at a time, each counted for a progress bar
/// (`data::progress`).
fn read_counted(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut f = std::fs::File::open(path)?;
    let len = f.metadata().map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut chunk)?;
        if n == 0 {
            return Ok(bytes);
        }
        crate::data::progress::add(n);
        bytes.extend_from_slice(&chunk[..n]);
    }
}

/// The rows of a CSV file: UTF-8 (a byte-order mark is allowed), RFC 4180 quoting. Blank
/// lines are skipped and not counted.
pub fn csv_grid(bytes: &[u8]) -> Result<Grid, Vec<Problem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut grid = Grid::default();
    let mut problems = Vec::new();
    for (i, record) in reader.byte_records().enumerate() {
        let row = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::row(row, format!("not readable as CSV: {e}")));
                break;
            }
        };
        let mut cells = Vec::with_capacity(record.len());
        for (c, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(s) => cells.push(s.trim().to_string()),
                Err(_) => {
                    problems.push(Problem::row(row, format!("cell {} is not UTF-8", c + 1)));
                    cells.push(String::new());
                }
            }
        }
        grid.rows.push((row, cells));
    }
    if problems.is_empty() { Ok(grid) } else { Err(problems) }
}

/// The rows of one sheet of a workbook.
fn workbook_grid(path: &Path, sheet: Option<&str>) -> Result<Grid, Vec<Problem>> {
    let whole = |m: String| vec![Problem::whole(m)];
    let mut book = calamine::open_workbook_auto(path).map_err(|e| whole(e.to_string()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) if names.iter().any(|n| n == s) => s.to_string(),
        Some(s) => {
            let list: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
            return Err(whole(format!(
                "no sheet is named {s:?} (its sheets: {})",
                list.join(", ")
            )));
        }
        None => match names.first() {
            Some(n) => n.clone(),
            None => return Err(whole("the workbook has no sheet".into())),
        },
    };
    let range = book.worksheet_range(&name).map_err(|e| whole(format!("sheet {name:?}: {e}")))?;
    let first = range.start().map_or(0, |(r, _)| r as usize);
    let lead = range.start().map_or(0, |(_, c)| c as usize);
    let mut grid = Grid::default();
    let mut problems = Vec::new();
    for (i, cells) in range.rows().enumerate() {
        let row = first + i + 1;
        let mut texts = vec![String::new(); lead];
        for (c, cell) in cells.iter().enumerate() {
            match cell_text(cell) {
                Ok(s) => texts.push(s.trim().to_string()),
                Err(m) => {
                    problems.push(Problem::row(row, format!("cell {}: {m}", lead + c + 1)));
                    texts.push(String::new());
                }
            }
        }
        grid.rows.push((row, texts));
    }
    if problems.is_empty() { Ok(grid) } else { Err(problems) }
}

/// A cell as the CSV of the same table would give it: a whole number without `.0` (9899,
/// a year 2019), other numbers in their shortest exact form, a date cell as `YYYY-MM-DD`
/// (with `THH:MM:SS` if it has a time of day), booleans as `true` and `false`.
pub fn cell_text(cell: &Data) -> Result<String, String> {
    Ok(match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, mo, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{d:02}")
            } else {
                format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTime(dt) => number_text(dt.as_f64()),
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(format!("the cell holds a spreadsheet error ({e})")),
    })
}

/// A number as written in a CSV: whole numbers without a decimal point.
pub fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        #[allow(clippy::cast_possible_truncation)]
        let i = f as i64;
        i.to_string()
    } else {
        f.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn cells_read_as_the_csv_writes_them() {
        assert_eq!(cell_text(&Data::Float(9899.0)).unwrap(), "9899");
        assert_eq!(cell_text(&Data::Float(2019.0)).unwrap(), "2019");
        assert_eq!(cell_text(&Data::Float(10.2)).unwrap(), "10.2");
        assert_eq!(cell_text(&Data::Float(0.6)).unwrap(), "0.6");
        assert_eq!(cell_text(&Data::Int(-3)).unwrap(), "-3");
        assert_eq!(cell_text(&Data::Bool(true)).unwrap(), "true");
        let date = ExcelDateTime::new(43855.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(date)).unwrap(), "2020-01-25");
        let noon = ExcelDateTime::new(43855.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(noon)).unwrap(), "2020-01-25T12:00:00");
        let iso = Data::DateTimeIso("2019-02-15T00:00:00".into());
        assert_eq!(cell_text(&iso).unwrap(), "2019-02-15");
    }

    #[test]
    fn csv_rows_are_numbered_from_the_header() {
        let g = csv_grid("\u{feff}a,b\n1, 2 \n\n\"x\ny\",3\n".as_bytes()).unwrap();
        let rows: Vec<_> = g.rows.iter().map(|(n, c)| (*n, c.join("|"))).collect();
        assert_eq!(rows, [(1, "a|b".into()), (2, "1|2".into()), (3, "x\ny|3".into())]);
    }
}
