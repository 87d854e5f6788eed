//! The Table tab as the command line asks for it (`render --tab table`, `export --table`):
//! its columns, sort, tree and date set through actions, as keys would.

use std::process::ExitCode;

use relief_dash::app::{Action, App, SortBy, dispatch};

use super::outcome::{Failure, finish};

/// What the command line asks of the table.
pub struct Wanted<'a> {
    /// Series keys (`KEY[:DIMENSION]`) of the columns to show, in order (none: all).
    pub series: &'a [String],
    /// A series key, `region` or `date`.
    pub sort: Option<&'a str>,
    /// The other way round.
    pub desc: bool,
    /// Children under their parents.
    pub tree: bool,
    /// The date to show.
    pub date: Option<&'a str>,
}

/// The grid's column of `KEY[:DIMENSION]`, or a usage message naming the columns there are.
fn column(app: &App, wanted: &str) -> Result<usize, String> {
    let (key, dim) = match wanted.split_once(':') {
        Some((k, d)) => (k, Some(d)),
        None => (wanted, None),
    };
    let cols = &app.grid().columns;
    cols.iter().position(|c| c.key == key && dim.is_none_or(|d| c.axis.code() == d)).ok_or_else(
        || {
            let keys: Vec<String> =
                cols.iter().map(|c| format!("{}:{}", c.key, c.axis.code())).collect();
            format!("no series {wanted:?} in the table; one of: {}", keys.join(", "))
        },
    )
}

/// Sets the table (already the tab shown) as asked.
pub fn arrange(app: &mut App, w: Wanted) -> Result<(), ExitCode> {
    let usage = |m: String| finish(Err(Failure::Usage(m)));
    let mut cols = Vec::new();
    for s in w.series {
        cols.push(column(app, s).map_err(usage)?);
    }
    dispatch(app, Action::ShowColumns(cols));
    let by = match w.sort {
        None => None,
        Some("region") => Some(SortBy::Region),
        Some("date") => Some(SortBy::Date),
        Some(key) => Some(SortBy::Column(column(app, key).map_err(usage)?)),
    };
    if let Some(by) = by {
        dispatch(app, Action::SortBy(by));
    }
    // A series sorts largest first; --desc turns any sort round.
    let desc_now = app.table().desc;
    let want_desc = matches!(by, Some(SortBy::Column(_))) != w.desc;
    if desc_now != want_desc {
        dispatch(app, Action::SortReverse);
    }
    if app.table().tree != w.tree {
        dispatch(app, Action::ToggleTree);
    }
    if let Some(date) = w.date {
        let Some(pos) = app.grid().dates.iter().position(|d| d == date) else {
            let dates = app.grid().dates.join(", ");
            return Err(usage(format!("no date {date:?} in the table; one of: {dates}")));
        };
        while app.table().date != Some(pos) {
            dispatch(app, Action::NextDate);
        }
    }
    Ok(())
}

/// Writes the table as it is shown (rows in order, the columns chosen) as CSV: each row's
/// rank, region (names, code, level, parent) and date; for each series the figure as its
/// report gives it (value, range top, unit, qualifier, date) and, for a parent, its
/// children's sum and whether it agrees.
pub fn write_csv(app: &App, out: impl std::io::Write) -> csv::Result<()> {
    use relief_dash::data::Unit;
    use relief_dash::data::rules::{Bounds, Verdict};
    use relief_dash::export::safe_cell;
    let mut w = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Necessary).from_writer(out);
    let grid = app.grid();
    let table = app.table();
    let cols = table.columns(grid);
    let mut header: Vec<String> =
        ["rank", "region", "region_en", "region_code", "level", "parent", "date"]
            .map(String::from)
            .to_vec();
    for &c in &cols {
        let k = &grid.columns[c].key;
        for part in ["", "_max", "_unit", "_qualifier", "_date", "_children_sum", "_children_check"]
        {
            header.push(format!("{k}{part}"));
        }
    }
    w.write_record(&header)?;
    let number = |v: f64| relief_dash::words::plain(v);
    let in_unit = |b: Bounds, u: &Unit| {
        let (v, _, q) = b.worded();
        format!(
            "{}{}",
            if q == relief_dash::data::Qualifier::AtLeast { ">=" } else { "" },
            number(v / u.factor())
        )
    };
    for row in app.table_rows() {
        let r = row.report;
        let Some(d) = app.report_data(r) else { continue };
        let reg = &d.meta.region;
        let date =
            table.row_date(grid, r).and_then(|x| grid.dates.get(x)).cloned().unwrap_or_default();
        let mut rec: Vec<String> = vec![
            row.rank.map_or(String::new(), |k| k.to_string()),
            reg.zh().to_string(),
            reg.en().to_string(),
            reg.code.clone().unwrap_or_default(),
            reg.level.map_or(String::new(), |l| l.code().to_string()),
            reg.parent.clone().unwrap_or_default(),
            date,
        ];
        for &c in &cols {
            let Some(f) = grid.cell(r, c, table.date) else {
                rec.extend(std::iter::repeat_n(String::new(), 7));
                continue;
            };
            let ind = &d.indicators[f.indicator];
            rec.push(number(ind.value));
            rec.push(ind.more().value_max.map_or(String::new(), number));
            rec.push(ind.unit.code().to_string());
            rec.push(ind.qualifier.code().to_string());
            rec.push(grid.dates[f.date].clone());
            match grid.sum_check(r, c, f, reg.children_complete) {
                Some((sum, _, verdict)) => {
                    let check = match verdict {
                        Verdict::Agrees => "agrees",
                        Verdict::Differs => "differs",
                        Verdict::Broken => "broken",
                    };
                    rec.push(in_unit(sum, &ind.unit));
                    rec.push(check.to_string());
                }
                None => rec.extend([String::new(), String::new()]),
            }
        }
        w.write_record(rec.iter().map(|s| safe_cell(s).into_owned()))?;
    }
    w.flush()?;
    Ok(())
}
