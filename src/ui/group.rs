//! A group's side-by-side view (the six relief programs at once): one panel per member with
//! its figures, then charts comparing the members dimension by dimension.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::chrome::put;
use super::i18n::words;
use super::layout::Regions;
use super::text::{cells, fit, width};
use super::theme::Theme;
use crate::app::{App, Comparison};
use crate::format;

/// One member's panel: which member (0 is the group's own figures), the figures it holds
/// (a range of the visible list), the lines it would like and the width of its widest one.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub member: usize,
    pub figures: Range<usize>,
    pub lines: usize,
    pub width: usize,
}

/// How many figures of a panel are measured for its width.
const MEASURED: usize = 32;

/// The group's comparisons, if the tab is a group.
pub fn comparisons(app: &App) -> &[Comparison] {
    app.tab().section().and_then(|t| app.catalog().comparisons.get(t)).map_or(&[], Vec::as_slice)
}

/// The member (0 for the group itself) a figure of the group belongs to.
fn owner(app: &App, i: usize) -> usize {
    let section = &app.data().indicators[i].section;
    app.top_section()
        .and_then(|top| top.members.iter().position(|m| m.id == *section))
        .map_or(0, |m| m + 1)
}

/// The panels: the group's own figures (when it has any), then one per member. The visible
/// list holds the group's own figures and then each member's, so each panel is a range of it.
pub fn panels(app: &App) -> Vec<Panel> {
    let Some(top) = app.top_section() else { return Vec::new() };
    let lang = app.lang();
    let visible = app.visible();
    (0..=top.members.len())
        .filter_map(|m| {
            let start = visible.partition_point(|&i| owner(app, i) < m);
            let end = visible.partition_point(|&i| owner(app, i) <= m);
            if m == 0 && start == end {
                return None; // a group without figures of its own has no panel for them
            }
            let title = if m == 0 { &top.title } else { &top.members[m - 1].title };
            let widest = visible[start..end.min(start + MEASURED)]
                .iter()
                .map(|&i| {
                    let ind = &app.data().indicators[i];
                    width(ind.label.get(lang)) + 1 + width(&format::indicator_value(ind, lang))
                })
                .max()
                .unwrap_or(width(words(lang).none_given));
            Some(Panel {
                member: m,
                figures: start..end,
                lines: (end - start).max(1),
                width: widest.max(width(title.get(lang)) + 6),
            })
        })
        .collect()
}

/// Draws the side-by-side view.
pub fn draw(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
    if let Some(summary) = app.section().and_then(|s| s.summary.as_ref()) {
        Paragraph::new(summary.get(app.lang()))
            .wrap(Wrap { trim: true })
            .style(t.dim)
            .render(r.summary, buf);
    }
    let all = panels(app);
    for &(area, member) in &r.panels {
        if let Some(p) = all.iter().find(|p| p.member == member) {
            panel(app, p, area, t, buf);
        }
    }
    super::charts::draw_comparisons(app, comparisons(app), &r.chart_wishes, r.charts, t, buf);
}

fn panel(app: &App, p: &Panel, area: Rect, t: &Theme, buf: &mut Buffer) {
    let lang = app.lang();
    let Some(top) = app.top_section() else { return };
    let title = if p.member == 0 { &top.title } else { &top.members[p.member - 1].title };
    let count = p.figures.len();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(t.dim)
        .title(format!(" {} · {count} ", title.get(lang)))
        .title_style(t.accent);
    let inner = block.inner(area);
    block.render(area, buf);
    let room = usize::from(inner.width);
    if count == 0 {
        let w = words(lang);
        let msg = if app.filter().is_empty() { w.none_given } else { w.no_match };
        put(buf, inner.x, inner.y, msg, room, t.dim);
        return;
    }
    let rows = usize::from(inner.height);
    let shown = super::bars::fitting(count, rows);
    let figures = &app.visible()[p.figures.start..p.figures.start + shown];
    let values: Vec<String> =
        figures.iter().map(|&i| format::indicator_value(&app.data().indicators[i], lang)).collect();
    let value_w = values.iter().map(|v| width(v)).max().unwrap_or(0).min(room);
    let label_w = room.saturating_sub(value_w + 1);
    let names: Vec<&str> =
        figures.iter().map(|&i| app.data().indicators[i].label.get(lang)).collect();
    let labels = super::labels::distinct(&names, label_w);
    for (row, ((&i, value), label)) in figures.iter().zip(&values).zip(&labels).enumerate() {
        let y = inner.y + cells(row);
        let selected = app.visible().get(app.selected()) == Some(&i);
        let style = if selected { t.selected } else { Style::new() };
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        put(buf, inner.x, y, label, label_w, style);
        let vx = inner.right().saturating_sub(cells(width(&fit(value, value_w))));
        put(buf, vx, y, value, value_w, style.patch(t.value));
    }
    if shown < count {
        let line = format!("+{} {}", count - shown, words(lang).more);
        put(buf, inner.x, inner.y + cells(shown), &line, room, t.dim);
    }
}
