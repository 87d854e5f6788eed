//! The Table tab's texts: a cell (with a parent's children's sum and its mark), the region,
//! level and date of a row, a column's header; and what the selected row shows under the
//! table (the sum in words, the trend).

use crate::app::grid::Fig;
use crate::app::{App, SortBy, TableRow};
use crate::data::rules::Verdict;
use crate::words::table::{self as tw, words};
use crate::words::{self};

use super::super::trend;

/// A parent's mark beside its children's sum: `=` agrees, `≠` differs (as the qualifiers
/// allow), `!` broken.
fn mark_of(v: Verdict) -> char {
    match v {
        Verdict::Agrees => '=',
        Verdict::Differs => '≠',
        Verdict::Broken => '!',
    }
}

/// A cell's text: the figure as its report gives it, and for a parent its children's sum
/// marked `=` (agrees), `≠` (differs within what the qualifiers allow) or `!` (broken).
pub(super) fn cell_text(app: &App, r: usize, c: usize, fig: &Fig) -> (String, Option<char>) {
    let lang = app.lang();
    let Some(d) = app.report_data(r) else { return (String::new(), None) };
    let ind = &d.indicators[fig.indicator];
    let mut text = words::indicator_value(ind, lang);
    let mut mark = None;
    let complete = d.meta.region.children_complete;
    if let Some((sum, _, verdict)) = app.grid().sum_check(r, c, fig, complete) {
        let m = mark_of(verdict);
        mark = Some(m);
        text.push_str(&format!(" {m}Σ{}", words::rules::bare_bounds(sum, &ind.unit, lang)));
    }
    (text, mark)
}

/// The region cell: indented by depth, a parent marked open (▾) or collapsed (▸).
pub(super) fn region_text(app: &App, row: &TableRow) -> String {
    let name = app.report_data(row.report).map_or_else(
        || app.reports().get(row.report).map_or(String::new(), |r| r.name.clone()),
        |d| d.meta.region.get(app.lang()).to_string(),
    );
    let mark = if !row.parent {
        "  "
    } else if app.table().collapsed.contains(&row.report) {
        "▸ "
    } else {
        "▾ "
    };
    let mark = if app.table().tree { mark } else { "" };
    format!("{}{mark}{name}", "  ".repeat(row.depth))
}

pub(super) fn level_text(app: &App, r: usize) -> &'static str {
    app.report_data(r).and_then(|d| d.meta.region.level).map_or("", |l| tw::level(l, app.lang()))
}

pub(super) fn date_text(app: &App, r: usize) -> String {
    app.table()
        .row_date(app.grid(), r)
        .and_then(|d| app.grid().dates.get(d))
        .cloned()
        .unwrap_or_default()
}

/// A column's header: its label in the language shown.
pub(super) fn header_text(app: &App, c: usize) -> String {
    app.grid().columns[c].label.get(app.lang()).to_string()
}

/// The column the selected row's details are of: the sorted one, else the first shown.
pub(super) fn focus_column(app: &App) -> Option<usize> {
    match app.table().sort {
        SortBy::Column(c) => Some(c),
        _ => app.table().columns(app.grid()).get(app.table().first_col).copied(),
    }
}

/// The selected row's figures of the focused column over time, with three dates or more.
pub(super) fn selected_trend(app: &App) -> Option<(String, Vec<trend::Point>)> {
    let r = *app.visible().get(app.selected())?;
    let c = focus_column(app)?;
    let figs = app.grid().cells.get(r)?.get(c)?;
    if figs.len() < 3 {
        return None;
    }
    let pts = figs
        .iter()
        .map(|f| {
            let date = app.grid().dates[f.date].clone();
            let x = crate::app::series::year_of(date.rsplit('–').next().unwrap_or(&date));
            (x.unwrap_or(0.0), f.base, date)
        })
        .collect();
    Some((app.grid().columns[c].key.clone(), pts))
}

/// The selected parent's figure of the focused column beside its children's sum, in words.
pub(super) fn sum_line(app: &App) -> Option<(String, char)> {
    let r = *app.visible().get(app.selected())?;
    let c = focus_column(app)?;
    let fig = app.grid().cell(r, c, app.table().date)?;
    let d = app.report_data(r)?;
    let (sum, given, verdict) = app.grid().sum_check(r, c, fig, d.meta.region.children_complete)?;
    let mark = mark_of(verdict);
    let ind = &d.indicators[fig.indicator];
    let lang = app.lang();
    let w = words(lang);
    let verdict = match verdict {
        Verdict::Agrees => w.agrees,
        Verdict::Differs => w.differs,
        Verdict::Broken => w.broken,
    };
    let kids = app.grid().children[r].len();
    let values = format!(
        "{} {mark} {}",
        words::indicator_value(ind, lang),
        words::rules::child_sum(sum, &ind.unit, (given, kids), lang)
    );
    let text =
        tw::sum_line(verdict, &header_text(app, c), &app.grid().dates[fig.date], &values, lang);
    Some((text, mark))
}
