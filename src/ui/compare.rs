//! The Compare tab: the series the open reports share, and for the selected one a bar per
//! report, all in one unit of the series' dimension, each labelled with its report and its
//! value as the report gives it (qualifier and unit kept); the change in words below, and the
//! trend when there are three dates or more.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Widget};

use super::bars::{self, Bar, BarStyles, Scale};
use super::geometry::{boxed, inside, put, scroll_offset};
use super::text::{cells, width};
use super::theme::Theme;
use super::trend;
use super::wrap;
use crate::app::series::{Point, Series};
use crate::app::{App, FrameMap};
use crate::words::{self, chart_title, chart_title_named, interface, words};

/// How many series are measured to size the list (the first ones shown).
const MEASURED: usize = 32;

/// Where the tab's parts go.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// The list of series, inner rows.
    pub list: Rect,
    /// First list row shown.
    pub list_offset: usize,
    /// The selected series' chart.
    pub charts: Rect,
    /// The change in words (empty when none).
    pub about: Rect,
    /// The trend (empty when none).
    pub trend: Rect,
}

impl Layout {
    /// What the state needs of it: the list, for clicks and page sizes.
    pub fn map(&self) -> FrameMap {
        FrameMap {
            list: self.list,
            list_offset: self.list_offset,
            row_height: 1,
            page: usize::from(self.list.height),
            ..FrameMap::default()
        }
    }
}

/// A series as the list shows it: the label of its first figure in the report shown (or
/// any report); the key only where two series read alike ([`names`]).
pub fn name(app: &App, s: usize) -> String {
    let series = &app.series()[s];
    let label_of = |p: &Point| {
        app.report_data(p.report).map(|d| d.indicators[p.indicator].label.get(app.lang()))
    };
    let shown = series.points.iter().filter(|p| p.report == app.current_report());
    let label = shown.chain(&series.points).find_map(label_of).unwrap_or("");
    // One key in two dimensions is two series: the dimension tells them apart.
    match series.twin {
        true => format!("{label} · {}", chart_title(series.axis, app.lang())),
        false => label.to_string(),
    }
}

/// The names of series `ss` as a list shows them together: where two read alike, each with
/// its key (`Households lifted out (households_lifted_out_of_poverty)`).
pub fn names(app: &App, ss: &[usize]) -> Vec<String> {
    let plain: Vec<String> = ss.iter().map(|&s| name(app, s)).collect();
    plain
        .iter()
        .zip(ss)
        .map(|(n, &s)| match plain.iter().filter(|m| *m == n).count() {
            1 => n.clone(),
            _ => format!("{n} ({})", app.series()[s].key),
        })
        .collect()
}

/// The region a report covers, as its dataset names it.
fn region(app: &App, report: usize) -> &str {
    app.report_data(report).map_or("", |d| d.meta.region.get(app.lang()))
}

/// The change over the period in words, when all the selected series' figures are of one
/// region (a change between two regions is no change at all): first → last.
pub fn change(app: &App) -> Option<String> {
    let s = &app.series()[*app.visible().get(app.selected())?];
    let (first, last) = (s.points.first()?, s.points.last()?);
    if !s.one_region || first.when.1 == last.when.1 {
        return None;
    }
    // Like with like: a figure over a period and one at a date are not compared.
    if first.span != last.span {
        let (period, date) = if first.span { (first, last) } else { (last, first) };
        return Some(interface::not_compared(&period.when.1, &date.when.1, app.lang()));
    }
    let a = &app.report_data(first.report)?.indicators[first.indicator];
    let b = &app.report_data(last.report)?.indicators[last.indicator];
    Some(format!("{} – {}: {}", first.when.1, last.when.1, words::change(a, b, app.lang())))
}

/// The selected series as dated points for a trend chart: when it has three or more points
/// of one region at three or more different dates.
pub fn trend(app: &App) -> Option<(String, Vec<trend::Point>)> {
    let s = &app.series()[*app.visible().get(app.selected())?];
    if !s.one_region || !s.one_kind || s.dates < 3 {
        return None;
    }
    let pts = s.points.iter().map(|p| (p.when.0, p.value, p.when.1.clone())).collect();
    Some((s.key.clone(), pts))
}

/// The list's title: what it lists, and how many.
fn list_title(app: &App) -> String {
    format!(" {} ({}) ", words(app.lang()).series_shared, app.visible().len())
}

/// The Compare tab: the shared series on the left (as wide as their names), the selected
/// one's values on the right, one bar per report, with the change in words below.
pub fn layout(app: &App, body: Rect) -> Layout {
    let mut r = Layout::default();
    let measured = &app.visible()[..app.visible().len().min(MEASURED)];
    let names = names(app, measured).into_iter().map(|n| width(&n));
    let title = width(&list_title(app)) + 2;
    let lw = cells(names.max().unwrap_or(0).max(title) + 2)
        .clamp(24, (body.width * 2 / 5).max(24))
        .min(body.width);
    let rows = cells(app.visible().len().max(1));
    let outer = Rect { width: lw, height: boxed(rows, body.height), ..body };
    r.list = inside(outer);
    r.list_offset = scroll_offset(app.selected(), app.visible().len(), usize::from(r.list.height));
    let side = Rect { x: body.x + lw, width: body.width - lw, ..body };
    let bars = app.visible().get(app.selected()).map_or(0, |&s| app.series()[s].points.len());
    r.charts = Rect { height: boxed(cells(bars), side.height), ..side };
    let mut y = r.charts.bottom();
    let words = change(app).map_or(0, |c| wrap::rows(c, side.width.saturating_sub(2)));
    if words > 0 {
        r.about = Rect { y, height: boxed(words, side.bottom() - y), ..side };
        y = r.about.bottom();
    }
    if trend(app).is_some() && side.bottom() - y >= trend::HEIGHT {
        r.trend = Rect { y, height: trend::HEIGHT, ..side };
    }
    r
}

/// Draws the Compare tab.
pub fn draw(app: &App, r: &Layout, t: &Theme, buf: &mut Buffer) {
    let w = words(app.lang());
    let outer = r.list.outer(Margin::new(1, 1));
    Block::new()
        .borders(Borders::ALL)
        .border_style(t.dim)
        .title(list_title(app))
        .title_style(t.accent)
        .render(outer, buf);
    if app.visible().is_empty() {
        let msg = if app.filter().is_empty() { w.no_series } else { w.no_match };
        wrap::render(msg, None, Style::new(), true, r.list, buf);
        return;
    }
    let end = (r.list_offset + usize::from(r.list.height)).min(app.visible().len());
    let shown = &app.visible()[r.list_offset..end];
    for (row, name) in names(app, shown).iter().enumerate() {
        let y = r.list.y + cells(row);
        let selected = r.list_offset + row == app.selected();
        let style = if selected { t.selected } else { Style::new() };
        buf.set_style(Rect::new(r.list.x, y, r.list.width, 1), style);
        put(buf, r.list.x, y, name, usize::from(r.list.width), style);
    }
    if let Some(&s) = app.visible().get(app.selected()) {
        chart(app, &app.series()[s], r.charts, t, buf);
    }
    if let Some(series) = trend(app).filter(|_| !r.trend.is_empty()) {
        let axis = app.series()[app.visible()[app.selected()]].axis;
        trend::draw_points(app, &series, axis, r.trend, t, buf);
    }
    if let Some(text) = change(app).filter(|_| !r.about.is_empty()) {
        let block =
            Block::new().borders(Borders::ALL).border_style(t.dim).title(format!(" {} ", w.change));
        wrap::render(text, Some(block), Style::new(), true, r.about, buf);
    }
}

fn chart(app: &App, s: &Series, area: Rect, t: &Theme, buf: &mut Buffer) {
    let lang = app.lang();
    let figure = |p: &Point| app.report_data(p.report).map(|d| &d.indicators[p.indicator]);
    // When every report's figure counts the same thing, the title names it once (each
    // distinct unit worded once).
    let mut names = s.units.iter().map(|u| words::values::name(2.0, None, u, lang));
    let first = names.next();
    let shared = first.filter(|f| names.all(|n| n == *f));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(t.dim)
        .title(format!(
            " {}{} ",
            chart_title_named(s.axis, shared.as_deref(), lang),
            if app.log_scale() { format!(" · {}", words(lang).log) } else { String::new() }
        ))
        .title_style(t.accent);
    let inner = block.inner(area);
    block.render(area, buf);
    // Only the bars that fit are made.
    let n = bars::fitting(s.points.len(), usize::from(inner.height));
    let rows: Vec<Bar> = s.points[..n]
        .iter()
        .filter_map(|p| {
            let ind = figure(p)?;
            // The date first: it tells the bars apart if the label must be cut (the value,
            // as the report gives it, is after the bar). Two reports of one region and date
            // are told apart by their file names.
            let file = app.reports().get(p.report).filter(|_| p.twin).map(|r| {
                let path = r.name.trim_start_matches('<').trim_end_matches('>');
                let name = std::path::Path::new(path).file_name().map(|n| n.to_string_lossy());
                format!(" ({})", name.unwrap_or_default())
            });
            let label =
                format!("{}{} · {}", p.when.1, file.unwrap_or_default(), region(app, p.report));
            Some(Bar {
                label,
                value: Some(p.value),
                high: p.high,
                text: words::bar_text(ind, lang, shared.is_none()),
                selected: p.report == app.current_report(),
            })
        })
        .collect();
    let scale = if app.log_scale() { Scale::Log } else { Scale::Linear };
    let styles = BarStyles {
        bar: t.bar,
        selected: t.bar_selected,
        label: Style::new(),
        value: t.value,
        missing: t.dim,
    };
    bars::render(&rows, s.points.len(), s.max, scale, words(lang).more, styles, inner, buf);
}
