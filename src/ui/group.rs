//! A group's side-by-side view (the six relief programs at once): the summary, one panel per
//! member with its figures in a grid (each as tall as its figures, up to a cap that shrinks
//! until the comparison charts fit), then charts comparing the members dimension by
//! dimension.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Widget};

use super::charts::{self, Wish};
use super::geometry::put;
use super::text::{cells, fit, width};
use super::theme::Theme;
use super::{bars, labels, summary};
use crate::app::{App, Comparison, FrameMap};
use crate::words::{self, words};

/// Narrowest and widest panel.
const PANEL_WIDTH: (u16, u16) = (30, 48);

/// Where the view's parts go.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// The group's summary lines.
    pub summary: Rect,
    /// One panel per member (0 is the group's own figures), with its place.
    pub panels: Vec<(Rect, usize)>,
    /// The charts that compare the members.
    pub charts: Rect,
    /// What each chart would like, measured once per frame.
    pub chart_wishes: Vec<Wish>,
}

impl Layout {
    /// What the state needs of it: the panels, for clicks and page sizes.
    pub fn map(&self) -> FrameMap {
        let lines = self.panels.iter().map(|(p, _)| usize::from(p.height.saturating_sub(2))).sum();
        FrameMap { panels: self.panels.clone(), row_height: 1, page: lines, ..FrameMap::default() }
    }
}

/// One member's panel: which member (0 is the group's own figures), the figures it holds
/// (a range of the visible list), the lines it would like and the width of its widest one.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    /// Its position in the member list (0 is the group's own figures).
    pub member: usize,
    /// Its figures: a range of the visible list.
    pub figures: Range<usize>,
    /// The lines it would like.
    pub lines: usize,
    /// The width of its widest line.
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
            let title = panel_title(app, m);
            let widest = visible[start..end.min(start + MEASURED)]
                .iter()
                .map(|&i| {
                    let ind = &app.data().indicators[i];
                    width(ind.label.get(lang)) + 1 + width(&words::indicator_value(ind, lang))
                })
                .max()
                .unwrap_or(width(words(lang).none_given));
            Some(Panel {
                member: m,
                figures: start..end,
                lines: (end - start).max(1),
                width: widest.max(width(title) + 6),
            })
        })
        .collect()
}

/// A group's side-by-side view: the summary, one panel per member in a grid (each as tall as
/// its figures, up to a cap that shrinks until the comparison charts fit), then the charts
/// that compare the members.
pub fn layout(app: &App, body: Rect) -> Layout {
    let mut r = Layout::default();
    let (summary, main) = summary::layout(app, body);
    r.summary = summary;
    let panels = panels(app);
    let widest = panels.iter().map(|p| p.width).max().unwrap_or(0);
    let pw = cells(widest + 4).clamp(PANEL_WIDTH.0, PANEL_WIDTH.1);
    // As many columns as panels of the width they like, and two narrower ones before one.
    let cols = (main.width / pw).max((main.width / PANEL_WIDTH.0).min(2));
    let cols = usize::from(cols).clamp(1, panels.len().max(1));
    let pw = main.width / cells(cols);
    let compare = comparisons(app);
    let wishes = charts::compare_wishes(app, compare);
    let charts_want = charts::wanted_height(&wishes, main.width);
    let most = panels.iter().map(|p| p.lines).max().unwrap_or(1).max(1);
    let grid_h = |cap: usize| -> u16 {
        panels
            .chunks(cols)
            .map(|row| row.iter().map(|p| cells(p.lines.min(cap)) + 2).max().unwrap_or(0))
            .fold(0, u16::saturating_add)
    };
    // Everything if it fits; else panels of at least three lines (two figures and "+N more"),
    // taller while the charts keep two fifths of the height.
    let least = most.min(3);
    let cap = (1..=most)
        .rev()
        .find(|&c| grid_h(c).saturating_add(charts_want) <= main.height)
        .or_else(|| {
            let room = main.height.saturating_sub(charts_want.min(main.height * 2 / 5));
            (least..=most).rev().find(|&c| grid_h(c) <= room)
        })
        .unwrap_or(least);
    // Then taller panels while no comparison chart is lost for it: never "+N more" above
    // rows left blank.
    let charts_shown = |c: usize| {
        let left = main.height.saturating_sub(grid_h(c));
        charts::arrange(&wishes, Rect { height: left, ..main }).len()
    };
    let mut cap = cap;
    while cap < most && grid_h(cap + 1) <= main.height && charts_shown(cap + 1) >= charts_shown(cap)
    {
        cap += 1;
    }
    // Each panel is as tall as its own lines; a row of panels as tall as its tallest.
    let mut y = main.y;
    for row in panels.chunks(cols) {
        let height = |p: &Panel| cells(p.lines.min(cap)) + 2;
        let h = row.iter().map(height).max().unwrap_or(3);
        if y + h > main.bottom() {
            break;
        }
        for (c, p) in row.iter().enumerate() {
            let x = main.x + cells(c) * pw;
            let w = if c + 1 == cols { main.right() - x } else { pw };
            r.panels.push((Rect::new(x, y, w, height(p)), p.member));
        }
        y += h;
    }
    r.charts = Rect { y, height: charts_want.min(main.bottom() - y), ..main };
    r.chart_wishes = wishes;
    r
}

/// Draws the side-by-side view.
pub fn draw(app: &App, r: &Layout, t: &Theme, buf: &mut Buffer) {
    summary::draw(app, r.summary, t, buf);
    let all = panels(app);
    for &(area, member) in &r.panels {
        if let Some(p) = all.iter().find(|p| p.member == member) {
            panel(app, p, area, t, buf);
        }
    }
    charts::draw_comparisons(app, comparisons(app), &r.chart_wishes, r.charts, t, buf);
}

/// A panel's title: its member's, or "Overall" for the group's own figures (the group's
/// title, with its count, means all of its figures, as in the member list).
fn panel_title(app: &App, member: usize) -> &str {
    let lang = app.lang();
    let top = app.top_section();
    match member.checked_sub(1) {
        None => words(lang).overall,
        Some(m) => top.and_then(|t| t.members.get(m)).map_or("", |s| s.title.get(lang)),
    }
}

fn panel(app: &App, p: &Panel, area: Rect, t: &Theme, buf: &mut Buffer) {
    let lang = app.lang();
    let title = panel_title(app, p.member);
    let count = p.figures.len();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(t.dim)
        .title(format!(" {title} · {count} "))
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
    let shown = bars::fitting(count, rows);
    let figures = &app.visible()[p.figures.start..p.figures.start + shown];
    let values: Vec<String> =
        figures.iter().map(|&i| words::indicator_value(&app.data().indicators[i], lang)).collect();
    let value_w = values.iter().map(|v| width(v)).max().unwrap_or(0).min(room);
    let label_w = room.saturating_sub(value_w + 1);
    let names: Vec<&str> =
        figures.iter().map(|&i| app.data().indicators[i].label.get(lang)).collect();
    let labels = labels::distinct(&names, label_w);
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
