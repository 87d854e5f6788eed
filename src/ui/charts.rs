//! A set of bar charts, one per axis unit, laid out in columns to fill an area.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Widget};

use super::bars::{self, Bar, BarStyles, Scale};
use super::i18n::{chart_title, words};
use super::theme::Theme;
use crate::app::{App, ChartGroup};
use crate::format;

/// Narrowest useful chart.
const MIN_CHART_WIDTH: u16 = 34;

/// Draws the charts into `area`: as many columns as fit, charts shared out so that the
/// columns hold about as many bars each, heights in proportion to their bars.
pub fn draw(app: &App, groups: &[ChartGroup], area: Rect, t: &Theme, buf: &mut Buffer) {
    if groups.is_empty() || area.width < 8 || area.height < 3 {
        return;
    }
    let cols = usize::from((area.width / MIN_CHART_WIDTH).max(1)).min(groups.len());
    let mut columns: Vec<Vec<&ChartGroup>> = vec![Vec::new(); cols];
    let mut load = vec![0usize; cols];
    for g in groups {
        let c = (0..cols).min_by_key(|&c| load[c]).unwrap_or(0);
        load[c] += g.indicators.len().min(usize::from(area.height)) + 2;
        columns[c].push(g);
    }
    let col_w = area.width / cols as u16;
    for (c, charts) in columns.iter().enumerate() {
        let x = area.x + c as u16 * col_w;
        let w = if c + 1 == cols { area.right() - x } else { col_w };
        let want: Vec<u16> = charts
            .iter()
            .map(|g| g.indicators.len().min(usize::from(area.height)) as u16 + 2)
            .collect();
        let heights = share(&want, area.height);
        let mut y = area.y;
        for (g, h) in charts.iter().zip(heights) {
            if h >= 3 {
                chart(app, g, Rect::new(x, y, w, h), t, buf);
            }
            y += h;
        }
    }
}

/// Splits `total` rows among wishes: each gets its wish if all fit, else a fair share (at least 3).
fn share(want: &[u16], total: u16) -> Vec<u16> {
    let sum: u32 = want.iter().map(|&w| u32::from(w)).sum();
    if sum <= u32::from(total) {
        return want.to_vec();
    }
    let mut out: Vec<u16> = want
        .iter()
        .map(|&w| ((u32::from(w) * u32::from(total) / sum.max(1)) as u16).max(3).min(w))
        .collect();
    while out.iter().map(|&h| u32::from(h)).sum::<u32>() > u32::from(total) {
        match out.iter_mut().filter(|h| **h > 0).max() {
            Some(h) => *h -= 1,
            None => break,
        }
    }
    out
}

fn chart(app: &App, g: &ChartGroup, area: Rect, t: &Theme, buf: &mut Buffer) {
    let w = words(app.lang);
    let scale = if app.log_scale { Scale::Log } else { Scale::Linear };
    let mut title = format!(" {} ", chart_title(g.axis, app.lang));
    if app.log_scale {
        title.push_str(&format!("· {} ", w.log));
    }
    let block =
        Block::new().borders(Borders::ALL).border_style(t.dim).title(title).title_style(t.accent);
    let inner = block.inner(area);
    block.render(area, buf);
    let selected = app.visible.get(app.selected).copied();
    let n = bars::fitting(g.indicators.len(), usize::from(inner.height));
    let rows: Vec<Bar> = g.indicators[..n]
        .iter()
        .map(|&i| {
            let ind = &app.data.indicators[i];
            Bar {
                label: ind.label.get(app.lang).to_string(),
                value: crate::app::catalog::axis_value(&app.data, i),
                text: format::bar_label(ind.value, ind.unit, ind.qualifier, app.lang),
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
