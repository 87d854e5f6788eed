//! A table's header and rows read into figures: every cell checked, every problem kept with
//! its row and column.

use crate::data::dates::{is_date, is_timestamp};
use crate::data::model::{Level, PeriodKind};
use crate::data::{Qualifier, Unit};

use super::problem::Problem;
use super::table::Grid;

/// The columns a table may have, in the order the documentation gives them; `true` for the
/// required ones.
pub const COLUMNS: [(&str, bool); 17] = [
    ("region", true),
    ("region_en", false),
    ("region_code", false),
    ("level", false),
    ("parent", false),
    ("children_complete", false),
    ("date", true),
    ("period", false),
    ("series", true),
    ("label_zh", true),
    ("label_en", false),
    ("value", true),
    ("unit", true),
    ("qualifier", false),
    ("source_url", false),
    ("outlet", false),
    ("published", false),
];

/// One row of a table: one figure, with its region and its source.
#[derive(Debug, Clone)]
pub struct Row {
    /// Its number as a spreadsheet shows it.
    pub row: usize,
    /// The region's Chinese name.
    pub region: String,
    /// The region's English name, if given.
    pub region_en: Option<String>,
    /// The region's code, if given.
    pub region_code: Option<String>,
    /// The region's level, if given.
    pub level: Option<Level>,
    /// The parent region's code, if given.
    pub parent: Option<String>,
    /// Whether the region's children in the table hold all of it, if said.
    pub children_complete: Option<bool>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// How the figure relates to its date.
    pub period: PeriodKind,
    /// The series key.
    pub series: String,
    /// The Chinese label.
    pub label_zh: String,
    /// The English label, if given.
    pub label_en: Option<String>,
    /// The value, in `unit`.
    pub value: f64,
    /// The unit.
    pub unit: Unit,
    /// The qualifier.
    pub qualifier: Qualifier,
    /// Where the figure was read, if given.
    pub source_url: Option<String>,
    /// Who the page names as the text's origin, if given.
    pub outlet: Option<String>,
    /// When that text was published, if given.
    pub published: Option<String>,
}

/// The rows of a grid, its first row the header; every problem of the header and the cells.
pub fn rows(grid: &Grid) -> Result<Vec<Row>, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some((header_row, header)) = grid.rows.first() else {
        return Err(vec![Problem::whole("the table is empty: it has no header row")]);
    };
    // Column index of each known column.
    let mut at: [Option<usize>; COLUMNS.len()] = [None; COLUMNS.len()];
    for (c, name) in header.iter().enumerate() {
        match COLUMNS.iter().position(|(n, _)| n == name) {
            Some(k) if at[k].is_some() => {
                problems.push(Problem::cell(*header_row, name, "the column is given twice"));
            }
            Some(k) => at[k] = Some(c),
            None if name.is_empty() => problems.push(Problem::row(
                *header_row,
                format!("column {} has no name in the header", c + 1),
            )),
            None => problems.push(Problem::row(
                *header_row,
                format!(
                    "unknown column {name:?} (the columns are {})",
                    COLUMNS.map(|(n, _)| n).join(", ")
                ),
            )),
        }
    }
    for (k, (name, required)) in COLUMNS.iter().enumerate() {
        if *required && at[k].is_none() {
            problems
                .push(Problem::row(*header_row, format!("the required column {name} is missing")));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = Vec::new();
    for (row, cells) in &grid.rows[1..] {
        if cells.iter().all(String::is_empty) {
            continue;
        }
        if cells.len() > header.len() && cells[header.len()..].iter().any(|c| !c.is_empty()) {
            problems.push(Problem::row(
                *row,
                format!("{} cells, but the header has {} columns", cells.len(), header.len()),
            ));
        }
        let get = |name: &str| -> &str {
            let k = COLUMNS.iter().position(|(n, _)| *n == name).unwrap_or(0);
            at[k].and_then(|c| cells.get(c)).map_or("", String::as_str)
        };
        let mut cell = Cells { row: *row, problems: &mut problems };
        let r = Row {
            row: *row,
            region: cell.text("region", get("region"), true).unwrap_or_default(),
            region_en: cell.text("region_en", get("region_en"), false),
            region_code: cell.code("region_code", get("region_code")),
            level: cell.choice(
                "level",
                get("level"),
                Level::from_code,
                "country, region, province, prefecture, county, township, village or area",
            ),
            parent: cell.code("parent", get("parent")),
            children_complete: cell.choice(
                "children_complete",
                get("children_complete"),
                boolean,
                "true or false",
            ),
            date: cell.date("date", get("date")),
            period: cell
                .choice("period", get("period"), period, "at, since, until or during")
                .unwrap_or(PeriodKind::At),
            series: cell.series(get("series")),
            label_zh: cell.text("label_zh", get("label_zh"), true).unwrap_or_default(),
            label_en: cell.text("label_en", get("label_en"), false),
            value: cell.number(get("value")),
            unit: cell.unit(get("unit")),
            qualifier: cell
                .choice(
                    "qualifier",
                    get("qualifier"),
                    Qualifier::from_code,
                    "exact, at_least, about, at_most or nearly",
                )
                .unwrap_or(Qualifier::Exact),
            source_url: cell.url(get("source_url")),
            outlet: cell.text("outlet", get("outlet"), false),
            published: cell.published(get("published")),
        };
        out.push(r);
    }
    if out.is_empty() && problems.is_empty() {
        problems.push(Problem::whole("the table has a header but no rows"));
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

fn boolean(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

fn period(s: &str) -> Option<PeriodKind> {
    Some(match s {
        "at" => PeriodKind::At,
        "since" => PeriodKind::Since,
        "until" => PeriodKind::Until,
        "during" => PeriodKind::During,
        _ => return None,
    })
}

/// Whether `s` is a snake_case key: `a-z`, `0-9` and `_`, starting with a letter, at most 64.
pub fn is_snake(s: &str) -> bool {
    s.len() <= 64
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The cells of one row, checked one at a time, their problems collected.
struct Cells<'p> {
    row: usize,
    problems: &'p mut Vec<Problem>,
}

impl Cells<'_> {
    fn problem(&mut self, column: &str, message: String) {
        self.problems.push(Problem::cell(self.row, column, message));
    }

    /// A text: no control or invisible format character; `required`: not empty.
    fn text(&mut self, column: &str, s: &str, required: bool) -> Option<String> {
        if s.is_empty() {
            if required {
                self.problem(column, "is empty".into());
            }
            return None;
        }
        if let Some(c) = crate::safe::first_unsafe(s) {
            let at = format!("U+{:04X}", c as u32);
            self.problem(column, format!("{s:?} holds a control or invisible character ({at})"));
            return None;
        }
        Some(s.to_string())
    }

    /// A code: a text without spaces.
    fn code(&mut self, column: &str, s: &str) -> Option<String> {
        let code = self.text(column, s, false)?;
        if code.contains(char::is_whitespace) {
            self.problem(column, format!("{code:?} is not a code: it has a space"));
            return None;
        }
        Some(code)
    }

    /// One of a list of codes; empty: none.
    fn choice<T>(
        &mut self,
        column: &str,
        s: &str,
        read: impl Fn(&str) -> Option<T>,
        expected: &str,
    ) -> Option<T> {
        if s.is_empty() {
            return None;
        }
        let found = read(s);
        if found.is_none() {
            self.problem(column, format!("unknown {column} {s:?} (expected {expected})"));
        }
        found
    }

    fn date(&mut self, column: &str, s: &str) -> String {
        if s.is_empty() {
            self.problem(column, "is empty".into());
        } else if !is_date(s) {
            self.problem(column, format!("{s:?} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
        s.to_string()
    }

    fn series(&mut self, s: &str) -> String {
        if s.is_empty() {
            self.problem("series", "is empty".into());
        } else if !is_snake(s) {
            self.problem(
                "series",
                format!("{s:?} is not a snake_case key (a-z, 0-9 and _, starting with a letter, at most 64)"),
            );
        }
        s.to_string()
    }

    fn number(&mut self, s: &str) -> f64 {
        let plain = !s.is_empty()
            && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
        match s.parse::<f64>() {
            Ok(v) if plain && v.is_finite() => v,
            _ if s.is_empty() => {
                self.problem("value", "is empty".into());
                0.0
            }
            _ => {
                self.problem("value", format!("{s:?} is not a number"));
                0.0
            }
        }
    }

    fn unit(&mut self, s: &str) -> Unit {
        match Unit::library(s) {
            Some(u) => u,
            None => {
                let m = if s.is_empty() {
                    "is empty".to_string()
                } else {
                    format!("unknown unit {s:?} (not in the standard library: see data/README.md)")
                };
                self.problem("unit", m);
                Unit::library("person").expect("the library has person")
            }
        }
    }

    fn url(&mut self, s: &str) -> Option<String> {
        let url = self.text("source_url", s, false)?;
        if !(url.starts_with("http://") || url.starts_with("https://"))
            || url.contains(char::is_whitespace)
        {
            self.problem(
                "source_url",
                format!("{url:?} is not an http:// or https:// address without spaces"),
            );
            return None;
        }
        Some(url)
    }

    fn published(&mut self, s: &str) -> Option<String> {
        let date = self.text("published", s, false)?;
        if !(is_date(&date) || is_timestamp(&date)) {
            self.problem(
                "published",
                format!("{date:?} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time)"),
            );
            return None;
        }
        Some(date)
    }
}
