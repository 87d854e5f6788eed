//! A small trend chart for a series (format version 2): when the selected figure belongs to a
//! series with three or more dated points, they are drawn against time, spaced by date.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::Span;
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset as ChartData, GraphType, Widget};

use super::theme::Theme;
use crate::app::App;
use crate::data::{Indicator, Unit};
use crate::words;

/// Height of the trend panel.
pub const HEIGHT: u16 = 9;

/// When a figure holds: its date, or the end of its range.
fn when(ind: &Indicator) -> Option<(f64, String)> {
    let p = ind.as_of.as_ref()?;
    let date = p.date.as_ref().or(p.to())?;
    Some((crate::app::series::year_of(date)?, date.to_string()))
}

/// One point of a series: the year (with a fraction), the value in the base unit, the date.
pub type Point = (f64, f64, String);

/// The selected figure's series, if it has three or more dated points: its key and the
/// points, in time order.
pub fn points(app: &App) -> Option<(String, Vec<Point>)> {
    let key = app.selected_indicator()?.more().series.as_ref()?.to_string();
    let members = app.catalog().series.get(&key)?;
    if members.len() < 3 {
        return None;
    }
    let mut pts: Vec<Point> = members
        .iter()
        .map(|&i| &app.data().indicators[i])
        .filter(|i| i.more().formula.is_none())
        .filter_map(|i| when(i).map(|(x, d)| (x, i.value * i.unit.factor(), d)))
        .collect();
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    (pts.len() >= 3).then_some((key, pts))
}

/// Draws a series found by [`points`] into `area`.
pub fn draw(app: &App, series: &(String, Vec<Point>), area: Rect, t: &Theme, buf: &mut Buffer) {
    if let Some(i) = app.selected_indicator() {
        draw_points(app, series, i.unit.dimension(), area, t, buf);
    }
}

/// Draws dated points of one dimension (values in its base unit) against time, spaced by
/// date: `series` is the key and the points in time order (at least two).
pub fn draw_points(
    app: &App,
    series: &(String, Vec<Point>),
    dimension: crate::data::Dimension,
    area: Rect,
    t: &Theme,
    buf: &mut Buffer,
) {
    let (key, pts) = series;
    if pts.len() < 2 {
        return;
    }
    let unit = Unit::base_of(dimension);
    let data: Vec<(f64, f64)> = pts.iter().map(|p| (p.0, p.1)).collect();
    let (x0, x1) = (data[0].0, data[data.len() - 1].0);
    let top = data.iter().map(|p| p.1).fold(0.0, f64::max);
    let y1 = top * 1.1;
    let first = &pts[0];
    let last = &pts[pts.len() - 1];
    let lang = app.lang();
    let label = |v: f64| words::value(v, &unit, crate::data::Qualifier::Exact, lang);
    let title = format!(" {key}: {} → {} ", first.2, last.2);
    let chart = Chart::new(vec![
        ChartData::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(t.bar)
            .data(&data),
    ])
    .block(
        Block::new().borders(Borders::ALL).border_style(t.dim).title(title).title_style(t.accent),
    )
    .x_axis(
        Axis::default()
            .bounds([x0, x1.max(x0 + 1e-9)])
            .labels([Span::raw(first.2.clone()), Span::raw(last.2.clone())]),
    )
    .y_axis(
        Axis::default().bounds([0.0, y1.max(1e-9)]).labels([Span::raw("0"), Span::raw(label(top))]),
    );
    chart.render(area, buf);
}
