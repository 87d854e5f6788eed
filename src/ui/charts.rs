//! A set of bar charts, one per axis unit, laid out in columns to fill an area.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Widget};

use super::bars::{self, Bar, BarStyles, Scale};
use super::i18n::{chart_title, words};
use super::text::cells;
use super::theme::Theme;
use crate::app::{App, ChartGroup};
use crate::format;

/// Narrowest useful chart.
const MIN_CHART_WIDTH: u16 = 34;

/// Draws the charts into `area` (see [`arrange`]).
pub fn draw(app: &App, groups: &[ChartGroup], area: Rect, t: &Theme, buf: &mut Buffer) {
    for (g, rect) in arrange(groups, area) {
        chart(app, g, rect, t, buf);
    }
}

/// Rows a chart would like: one per bar plus its border.
fn wish(g: &ChartGroup) -> u16 {
    u16::try_from(g.indicators.len().saturating_add(2)).unwrap_or(u16::MAX)
}

/// How many columns of charts fit in a width.
fn columns(n: usize, width: u16) -> usize {
    usize::from((width / MIN_CHART_WIDTH).max(1)).min(n.max(1))
}

/// Shares the charts out among columns so that each holds about as many rows.
fn assign(groups: &[ChartGroup], cols: usize) -> Vec<Vec<&ChartGroup>> {
    let mut columns: Vec<Vec<&ChartGroup>> = vec![Vec::new(); cols];
    let mut load = vec![0u32; cols];
    for g in groups {
        let c = (0..cols).min_by_key(|&c| load[c]).unwrap_or(0);
        load[c] += u32::from(wish(g));
        columns[c].push(g);
    }
    columns
}

/// The height that would show every bar of every chart in a width.
pub fn wanted_height(groups: &[ChartGroup], width: u16) -> u16 {
    assign(groups, columns(groups.len(), width))
        .iter()
        .map(|col| col.iter().map(|g| wish(g)).fold(0u16, u16::saturating_add))
        .max()
        .unwrap_or(0)
}

/// Where each chart goes: as many columns as fit, then top to bottom in each column, each
/// chart as tall as its bars need while rows remain; a chart that would get fewer than three
/// rows is left out (the ones above it show "+N more" if they are cut).
pub fn arrange(groups: &[ChartGroup], area: Rect) -> Vec<(&ChartGroup, Rect)> {
    let mut out = Vec::new();
    if groups.is_empty() || area.width < 8 || area.height < 3 {
        return out;
    }
    let cols = columns(groups.len(), area.width);
    let col_w = area.width / cells(cols);
    for (c, charts) in assign(groups, cols).into_iter().enumerate() {
        let x = area.x + cells(c) * col_w;
        let w = if c + 1 == cols { area.right() - x } else { col_w };
        let mut y = area.y;
        for g in &charts {
            let left = area.bottom() - y;
            if left < 3 {
                break;
            }
            let h = wish(g).min(left);
            out.push((*g, Rect::new(x, y, w, h)));
            y += h;
        }
    }
    out
}

fn chart(app: &App, g: &ChartGroup, area: Rect, t: &Theme, buf: &mut Buffer) {
    let w = words(app.lang());
    let scale = if app.log_scale() { Scale::Log } else { Scale::Linear };
    let exp = format::chart_scale(g.axis, g.max, app.lang());
    let mut title = format!(" {} ", chart_title(g.axis, exp, app.lang()));
    if app.log_scale() {
        title.push_str(&format!("· {} ", w.log));
    }
    let block =
        Block::new().borders(Borders::ALL).border_style(t.dim).title(title).title_style(t.accent);
    let inner = block.inner(area);
    block.render(area, buf);
    let selected = app.visible().get(app.selected()).copied();
    let n = bars::fitting(g.indicators.len(), usize::from(inner.height));
    let rows: Vec<Bar> = g.indicators[..n]
        .iter()
        .map(|&i| {
            let ind = &app.data().indicators[i];
            Bar {
                label: ind.label.get(app.lang()).to_string(),
                value: crate::app::catalog::axis_value(app.data(), i),
                text: {
                    let text =
                        format::bar_label(ind.value, &ind.unit, ind.qualifier, app.lang(), exp);
                    if ind.formula.is_some() { format!("={text}") } else { text }
                },
                selected: Some(i) == selected,
            }
        })
        .collect();
    let styles = BarStyles {
        bar: t.bar,
        selected: t.bar_selected,
        label: ratatui::style::Style::new(),
        value: t.value,
    };
    bars::render(&rows, g.indicators.len(), g.max, scale, w.more, styles, inner, buf);
}
