//! A section tab (or a group member): the member list on the left for a group, the summary
//! on top, the figure list, and beside or below it the trend, the charts and the notes, each
//! as tall as it needs.

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Widget};

use super::charts::{self, Wish};
use super::figure::row_value;
use super::geometry::{boxed, inside, put, scroll_offset};
use super::labels;
use super::memo::{Key, Memo, Worded};
use super::text::{cells, fit, width};
use super::theme::Theme;
use super::wrap;
use super::{notes, section_extras as extras, summary, trend};
use crate::app::{App, FrameMap};
use crate::words::{self, words};

/// How many figures are measured to size the list (the first ones shown).
const MEASURED: usize = 32;
/// Width from which a section puts its list and its charts side by side.
const SIDE_BY_SIDE: u16 = 100;
/// Width from which a short list has its figures' notes beside it.
const WIDE: u16 = 160;

/// Where a section's parts go.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// A group's member list (its inner rows), if the tab is a group.
    pub members: Option<Rect>,
    /// First member-list entry shown.
    pub members_offset: usize,
    /// The section's summary lines.
    pub summary: Rect,
    /// The figure list, inner rows.
    pub list: Rect,
    /// First list row shown.
    pub list_offset: usize,
    /// The selected figure's series as a trend chart (empty when none).
    pub trend: Rect,
    /// The charts.
    pub charts: Rect,
    /// What each chart would like, measured once per view (shared, not copied, by the
    /// frames that draw the view again).
    pub chart_wishes: Rc<[Wish]>,
    /// The section's notes (empty when none).
    pub about: Rect,
    /// Its figures' notes and source sentences (empty when none, or no room).
    pub figure_notes: Rect,
    /// The selected figure's details (empty when no room).
    pub detail: Rect,
}

impl Layout {
    /// What the state needs of it: the list and the member list, for clicks and pages.
    pub fn map(&self) -> FrameMap {
        FrameMap {
            members: self.members,
            members_offset: self.members_offset,
            list: self.list,
            list_offset: self.list_offset,
            row_height: 1,
            page: usize::from(self.list.height),
            ..FrameMap::default()
        }
    }
}

/// The section's points and named lists, as lines.
fn section_notes(app: &App) -> Vec<Line<'static>> {
    app.section().map_or_else(Vec::new, |s| notes::of(s, app.lang()))
}

/// The width the list needs: its longest label and value, and the borders.
fn list_width(app: &App) -> u16 {
    let lang = app.lang();
    let shown = &app.visible()[..app.visible().len().min(MEASURED)];
    let label = shown.iter().map(|&i| width(app.data().indicators[i].label.get(lang))).max();
    let value = shown.iter().map(|&i| width(&row_value(app, i))).max();
    cells(label.unwrap_or(0) + value.unwrap_or(0) + 4)
}

/// The section's layout in `body` ([`measure`]d once per view and trend), its lists
/// scrolled to show the selected figure and member.
pub fn layout(app: &App, body: Rect, memo: &mut Memo) -> Layout {
    let trend = trend::points(app).is_some();
    let mut r = memo.layout("section", body, trend, || measure(app, body));
    if let Some(members) = r.members {
        r.members_offset =
            scroll_offset(app.member(), app.member_count(), usize::from(members.height));
    }
    r.list_offset = scroll_offset(app.selected(), app.visible().len(), usize::from(r.list.height));
    r
}

/// Lays the section out in `body`, the lists scrolled to their tops.
fn measure(app: &App, body: Rect) -> Layout {
    let mut r = Layout::default();
    let mut main = body;
    if app.in_group() {
        let count = app.member_count();
        let titles = app.top_section().into_iter().flat_map(|t| {
            std::iter::once(t).chain(t.members.iter()).map(|s| width(s.title.get(app.lang())))
        });
        let mw = cells(titles.max().unwrap_or(0) + 6).clamp(16, (main.width / 3).max(16));
        let mh = boxed(cells(count), main.height);
        let members = Rect::new(main.x + 1, main.y + 1, mw - 2, mh.saturating_sub(2));
        r.members = Some(members);
        main = Rect::new(main.x + mw, main.y, main.width - mw, main.height);
    }
    let (summary, main) = summary::layout(app, main);
    r.summary = summary;
    let rows = cells(app.visible().len().max(1));
    let notes = wrap::rows(section_notes(app), main.width.saturating_sub(2));
    let has_side = !app.charts().is_empty() || notes > 0 || trend::points(app).is_some();
    // Side by side when the list and the widest chart both fit whole and the list fills
    // half the height or more; else the rest below the list, full width.
    let wishes = charts::wishes(app, app.charts());
    let side_need = charts::widest(&wishes).max(40);
    let list_need = list_width(app).max(40);
    let tall = boxed(rows, u16::MAX) >= main.height / 2;
    let beside = main.width >= SIDE_BY_SIDE
        && list_need.min(main.width * 11 / 20) + side_need <= main.width
        && (tall || !has_side);
    let outer = if beside {
        let lw = list_need.min(main.width * 11 / 20);
        let outer = Rect { width: lw, height: boxed(rows, main.height), ..main };
        let right = Rect { x: main.x + lw, width: main.width - lw, ..main };
        let y = if has_side { side(app, right, wishes, &mut r) } else { right.y };
        let right = Rect { y, height: right.bottom() - y, ..right };
        r.figure_notes = extras::figure_notes_box(app, right);
        r.detail = extras::detail_box(app, Rect { width: lw, ..extras::below(main, outer) });
        outer
    } else {
        let list_h = boxed(rows, main.height);
        let lh = if has_side { list_h.min((main.height / 2).max(5)) } else { list_h };
        // On a wide screen the list is not wider than it needs (a label far from its value
        // is hard to read across) and its figures' notes are beside it; on a narrower one
        // the notes are below, where they wrap less.
        let wide = main.width >= WIDE && list_need + 60 <= main.width;
        let width = if wide { list_need } else { main.width };
        let outer = Rect { height: lh.min(main.height), width, ..main };
        let mut rest = extras::below(main, outer);
        if wide {
            let beside = Rect { x: main.x + width, width: main.width - width, ..main };
            r.figure_notes = extras::figure_notes_box(app, beside);
            rest = extras::below(rest, r.figure_notes);
        }
        let y = if has_side { side(app, rest, wishes, &mut r) } else { rest.y };
        let rest = Rect { y, height: rest.bottom() - y, ..rest };
        if !wide {
            r.figure_notes = extras::figure_notes_box(app, rest);
        }
        r.detail = extras::detail_box(app, extras::below(rest, r.figure_notes));
        outer
    };
    r.list = inside(outer);
    r
}

/// Trend, charts and notes stacked in `area`, each as tall as it needs; the notes keep a
/// few rows when the charts would take them all. Returns the row below them.
fn side(app: &App, area: Rect, wishes: Vec<Wish>, r: &mut Layout) -> u16 {
    let mut y = area.y;
    if trend::points(app).is_some() && area.height >= trend::HEIGHT + 3 {
        r.trend = Rect { height: trend::HEIGHT, ..area };
        y += trend::HEIGHT;
    }
    let rest = area.bottom() - y;
    let charts_want = charts::wanted_height(&wishes, area.width);
    let notes = section_notes(app);
    let about_want =
        if notes.is_empty() { 0 } else { boxed(wrap::rows(notes, area.width - 2), u16::MAX) };
    let about_min = about_want.min(5);
    let charts_h = charts_want.min(rest.saturating_sub(about_min).max(rest / 2));
    let charts_h = charts::used_height(&wishes, Rect { y, height: charts_h, ..area });
    r.charts = Rect { y, height: charts_h, ..area };
    r.chart_wishes = wishes.into();
    let about_h = about_want.min(rest - charts_h);
    if about_h >= 3 {
        r.about = Rect { y: y + charts_h, height: about_h, ..area };
        return r.about.bottom();
    }
    y + charts_h
}

/// Draws a section tab.
pub fn draw(app: &App, r: &Layout, t: &Theme, buf: &mut Buffer, memo: &mut Memo) {
    if let Some(m) = r.members {
        members(app, m, r.members_offset, t, buf);
    }
    if app.section().is_none() {
        return;
    }
    summary::draw(app, r.summary, t, buf);
    list(app, r, t, buf, memo);
    if let Some(series) = trend::points(app).filter(|_| !r.trend.is_empty()) {
        trend::draw(app, &series, r.trend, t, buf);
    }
    charts::draw(app, app.charts(), &r.chart_wishes, r.charts, t, buf, memo);
    if !r.about.is_empty() {
        let key = Key::Notes { size: (r.about.width, r.about.height), full: true };
        memo.draw(key, r.about, buf, |b| {
            notes::draw_box(words(app.lang()).about, section_notes(app), r.about, t, b);
        });
    }
    extras::draw(app, r.figure_notes, r.detail, t, buf, memo);
}

/// The list of figures in its box: each row as an earlier frame drew it, if one did, the
/// selected one in the selected style.
fn list(app: &App, r: &Layout, t: &Theme, buf: &mut Buffer, memo: &mut Memo) {
    let w = words(app.lang());
    let outer = r.list.outer(Margin::new(1, 1));
    let title = if app.filter().is_empty() {
        format!(" {} ({}) ", w.figures, app.visible().len())
    } else {
        format!(" {} ({}) · {}: {} ", w.figures, app.visible().len(), w.filter, app.filter())
    };
    Block::new()
        .borders(Borders::ALL)
        .border_style(t.dim)
        .title(title)
        .title_style(t.accent)
        .render(outer, buf);
    let area = r.list;
    if app.visible().is_empty() {
        let msg = if app.filter().is_empty() { w.no_figures } else { w.no_match };
        wrap::render(msg, None, Style::new(), true, area, buf);
        return;
    }
    let end = (r.list_offset + usize::from(area.height)).min(app.visible().len());
    let window = &app.visible()[r.list_offset..end];
    let worded: Vec<Worded> = window
        .iter()
        .map(|&i| {
            memo.worded(i, || {
                let ind = &app.data().indicators[i];
                let row = row_value(app, i);
                let plain = words::indicator_value(ind, app.lang());
                Worded {
                    label_width: width(ind.label.get(app.lang())),
                    row: (row.clone(), width(&row)),
                    plain: (plain.clone(), width(&plain)),
                }
            })
        })
        .collect();
    // Values are what the list is for: they get their width, labels keep at least 16 cells.
    let label_max = worded.iter().map(|w| w.label_width).max().unwrap_or(0);
    let value_room = usize::from(area.width).saturating_sub(label_max.min(16) + 1);
    // A before → after value that does not fit gives way to the plain value.
    let plain: Vec<bool> = worded.iter().map(|w| w.row.1 > value_room).collect();
    let values: Vec<&(String, usize)> =
        worded.iter().zip(&plain).map(|(w, &p)| if p { &w.plain } else { &w.row }).collect();
    let value_w = values.iter().map(|v| v.1).max().unwrap_or(0).min(value_room);
    let label_w = usize::from(area.width).saturating_sub(value_w + 1);
    let names: Vec<&str> =
        window.iter().map(|&i| app.data().indicators[i].label.get(app.lang())).collect();
    let labels = labels::distinct(&names, label_w);
    for (row, &i) in window.iter().enumerate() {
        let at = Rect::new(area.x, area.y + cells(row), area.width, 1);
        let key = Key::Row {
            figure: i,
            widths: (area.width, label_w, value_w),
            label: labels[row].clone(),
            plain: plain[row],
        };
        memo.draw(key, at, buf, |b| {
            list_row(app, i, (&labels[row], label_w), (&values[row].0, value_w), at, t, b);
        });
        if r.list_offset + row == app.selected() {
            memo.select(buf, at, t.selected);
        }
    }
}

/// One row of the list, not selected: figure `i`'s label (marked `!` in the warning colour
/// when a broken rule names it) and its value at the right, each in its width.
fn list_row(
    app: &App,
    i: usize,
    (label, label_w): (&str, usize),
    (value, value_w): (&str, usize),
    at: Rect,
    t: &Theme,
    buf: &mut Buffer,
) {
    let id = &app.data().indicators[i].id;
    let broken = app.catalog().broken_of(id).next().is_some();
    let label = if broken { format!("!{label}") } else { label.to_string() };
    put(buf, at.x, at.y, &label, label_w, Style::new());
    if broken {
        buf.set_style(Rect::new(at.x, at.y, 1, 1), t.warn);
    }
    let vx = at.right().saturating_sub(cells(width(&fit(value, value_w))));
    put(buf, vx, at.y, value, value_w, t.value);
}

fn members(app: &App, area: Rect, offset: usize, t: &Theme, buf: &mut Buffer) {
    let Some(top) = app.top_section() else { return };
    let outer = area.outer(Margin::new(1, 1));
    Block::new()
        .borders(Borders::ALL)
        .border_style(t.dim)
        .title(format!(" {} ", words(app.lang()).members))
        .title_style(t.accent)
        .render(outer, buf);
    let entries = std::iter::once(top).chain(top.members.iter());
    for (m, s) in entries.enumerate().skip(offset).take(usize::from(area.height)) {
        let y = area.y + cells(m - offset);
        let count = app.catalog().view(app.tab(), m).map_or(0, |v| v.indicators.len());
        let count = if count == 0 { "—".to_string() } else { count.to_string() };
        let style = if m == app.member() { t.selected } else { ratatui::style::Style::new() };
        buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        let cw = width(&count);
        put(
            buf,
            area.x,
            y,
            s.title.get(app.lang()),
            usize::from(area.width).saturating_sub(cw + 1),
            style,
        );
        put(buf, area.right().saturating_sub(cells(cw)), y, &count, cw, style.patch(t.dim));
    }
}
