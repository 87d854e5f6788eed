//! The list of open reports (`o`): each with its region, date, outlet, how many figures it
//! has, and whether it was read; Enter or a click shows the highlighted one.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::geometry::{centred, inside, put, scroll_offset};
use super::text::cells;
use super::theme::Theme;
use crate::app::{App, Banner, Mode};
use crate::words::interface::figure_count;
use crate::words::words;

/// Where the list goes in the body, and its first row shown: (inner rows, offset).
pub fn area(app: &App, body: Rect) -> (Rect, usize) {
    let rows = app.picker_rows();
    let n = rows.len().max(1);
    let outer = centred(body, body.width.saturating_sub(4).min(120), cells(n.saturating_add(2)));
    let inner = inside(outer);
    let picked = rows.iter().position(|&r| r == app.picked_report()).unwrap_or(0);
    (inner, scroll_offset(picked, rows.len(), usize::from(inner.height)))
}

/// The list's title: with a filter, how many reports pass it, and the filter itself.
fn title(app: &App) -> String {
    let w = words(app.lang());
    let typing = app.mode() == Mode::PickerFilter;
    if app.picker_filter().is_empty() && !typing {
        return format!(" {} ", w.reports);
    }
    let cursor = if typing { "▏" } else { "" };
    let (shown, all) = (app.picker_rows().len(), app.reports().len());
    format!(" {} ({shown}/{all}) · {}: {}{cursor} ", w.reports, w.filter, app.picker_filter())
}

/// One report as a line of the list.
fn line(app: &App, r: usize) -> String {
    let lang = app.lang();
    let rep = &app.reports()[r];
    let (name, _) = crate::words::interface::file_of(&rep.name);
    let w = words(lang);
    let status = match (&rep.problem, app.report_data(r)) {
        (Some(problem), _) => format!("{}: {problem}", w.not_read),
        (None, Some(d)) => {
            let m = &d.meta;
            let date = crate::words::published(&m.published, lang);
            let shown_failed = r == app.current_report()
                && app.banners().iter().any(|b| matches!(b, Banner::ReloadFailed { .. }));
            let kept = match &rep.reload_problem {
                Some(problem) => format!("{}: {problem}", w.last_good_kept),
                None if shown_failed => w.last_good_kept.to_string(),
                None => w.ok.to_string(),
            };
            let n = d.indicators.len();
            let figures = figure_count(n, lang);
            // The status first: it stays in view when the line is cut.
            format!("{kept} · {figures} · {} · {date} · {}", m.region.get(lang), m.outlet.get(lang))
        }
        (None, None) => String::new(),
    };
    format!("{}/{}  {name}  {status}", r + 1, app.reports().len())
}

/// Draws the list over the body.
pub fn draw(app: &App, body: Rect, t: &Theme, buf: &mut Buffer) {
    let (inner, offset) = area(app, body);
    let outer = inner.outer(Margin::new(1, 1));
    Clear.render(outer, buf);
    Block::new()
        .borders(Borders::ALL)
        .border_style(t.accent)
        .title(title(app))
        .title_bottom(super::popup::close_hint(app))
        .render(outer, buf);
    let rows = app.picker_rows();
    if rows.is_empty() {
        put(
            buf,
            inner.x,
            inner.y,
            words(app.lang()).no_report_match,
            usize::from(inner.width),
            t.dim,
        );
    }
    for (row, &r) in rows.iter().skip(offset).take(usize::from(inner.height)).enumerate() {
        let y = inner.y + cells(row);
        let mut style = if r == app.picked_report() { t.selected } else { Style::new() };
        if app.reports()[r].problem.is_some() {
            style = style.patch(t.warn);
        }
        buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        let marker = if r == app.current_report() { "▶ " } else { "  " };
        put(buf, inner.x, y, &format!("{marker}{}", line(app, r)), usize::from(inner.width), style);
    }
}
