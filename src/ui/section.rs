//! A section tab: summary, the indicator list, its charts and notes; for a group, the
//! member list on the left.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::charts;
use super::chrome::put;
use super::i18n::words;
use super::layout::Regions;
use super::text::cells;
use super::text::width;
use super::theme::Theme;
use crate::app::App;
use crate::format;

/// Draws a section tab.
pub fn draw(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
    if let Some(m) = r.members {
        members(app, m, r.members_offset, t, buf);
    }
    let Some(section) = app.section() else { return };
    if let Some(summary) = &section.summary {
        Paragraph::new(summary.get(app.lang()))
            .wrap(Wrap { trim: true })
            .style(t.dim)
            .render(r.summary, buf);
    }
    list(app, r, t, buf);
    if let Some(series) = super::trend::points(app).filter(|_| !r.trend.is_empty()) {
        super::trend::draw(app, &series, r.trend, t, buf);
    }
    charts::draw(app, app.charts(), &r.chart_wishes, r.charts, t, buf);
    if !r.about.is_empty() {
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(t.dim)
            .title(format!(" {} ", words(app.lang()).about))
            .title_style(t.accent);
        Paragraph::new(notes(app)).wrap(Wrap { trim: true }).block(block).render(r.about, buf);
    }
}

/// The section's points and named lists, as lines.
pub fn notes(app: &App) -> Vec<Line<'static>> {
    app.section().map_or_else(Vec::new, |s| notes_of(s, app.lang()))
}

/// A section's points, members and named lists, as lines.
pub fn notes_of(s: &crate::data::Section, lang: crate::Lang) -> Vec<Line<'static>> {
    // Chinese has no spaces to wrap at: a space after a label would push the whole text
    // to the next line, so none is put there.
    let (bullet, colon) = if lang == crate::Lang::Zh { ("•", ":") } else { ("• ", ": ") };
    let mut lines: Vec<Line> =
        s.points.iter().map(|p| Line::from(format!("{bullet}{}", p.get(lang)))).collect();
    for m in &s.members {
        let title = m.title.get(lang);
        let bold = ratatui::style::Style::new().bold();
        lines.push(match &m.summary {
            Some(summary) => Line::from(vec![
                Span::styled(format!("{title}{colon}"), bold),
                Span::raw(summary.get(lang).to_string()),
            ]),
            None => Line::styled(title.to_string(), bold),
        });
    }
    for l in &s.lists {
        let items: Vec<&str> = l.items.iter().map(|i| i.get(lang)).collect();
        let sep = if lang == crate::Lang::Zh { "、" } else { ", " };
        lines.push(Line::from(vec![
            Span::raw(format!("{}{colon}", l.title.get(lang))),
            Span::raw(items.join(sep)),
        ]));
    }
    lines
}

fn list(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
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
        Paragraph::new(msg).wrap(Wrap { trim: true }).render(area, buf);
        return;
    }
    let end = (r.list_offset + usize::from(area.height)).min(app.visible().len());
    let window = &app.visible()[r.list_offset..end];
    // Values are what the list is for: they get their width, labels keep at least 16 cells.
    let label_max = window
        .iter()
        .map(|&i| width(app.data().indicators[i].label.get(app.lang())))
        .max()
        .unwrap_or(0);
    let value_room = usize::from(area.width).saturating_sub(label_max.min(16) + 1);
    // A before → after value that does not fit gives way to the plain value.
    let values: Vec<String> = window
        .iter()
        .map(|&i| {
            let ind = &app.data().indicators[i];
            let row = app.row_value(i);
            if width(&row) <= value_room { row } else { format::indicator_value(ind, app.lang()) }
        })
        .collect();
    let value_w = values.iter().map(|v| width(v)).max().unwrap_or(0).min(value_room);
    let label_w = usize::from(area.width).saturating_sub(value_w + 1);
    let names: Vec<&str> =
        window.iter().map(|&i| app.data().indicators[i].label.get(app.lang())).collect();
    let labels = super::labels::distinct(&names, label_w);
    for (row, (value, label)) in values.iter().zip(&labels).enumerate() {
        let y = area.y + cells(row);
        let selected = r.list_offset + row == app.selected();
        let style = if selected { t.selected } else { ratatui::style::Style::new() };
        buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        put(buf, area.x, y, label, label_w, style);
        let vx = area.right().saturating_sub(cells(width(&super::text::fit(value, value_w))));
        put(buf, vx, y, value, value_w, style.patch(t.value));
    }
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
