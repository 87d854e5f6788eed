//! The overview tab: key figures as cards, and the dataset's people, household and money charts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::chrome::put;
use super::layout::{Regions, card_width};
use super::text::cells;
use super::text::width;
use super::theme::Theme;
use super::{charts, i18n::words};
use crate::app::App;
use crate::format;

/// Draws the overview.
pub fn draw(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
    let cols = r.card_cols.max(1);
    let card_w = cells(card_width(r));
    let rows_shown = usize::from(r.list.height / r.card_height.max(1));
    if app.visible().is_empty() {
        put(
            buf,
            r.list.x + 1,
            r.list.y,
            words(app.lang()).no_match,
            usize::from(r.list.width),
            t.dim,
        );
    }
    for row in 0..rows_shown {
        for col in 0..cols {
            let k = (r.list_offset + row) * cols + col;
            let Some(&i) = app.visible().get(k) else { break };
            let area = Rect::new(
                r.list.x + cells(col) * card_w,
                r.list.y + cells(row) * r.card_height,
                card_w,
                r.card_height,
            );
            card(app, i, k == app.selected(), area, t, buf);
        }
    }
    charts::draw(app, app.charts(), &r.chart_wishes, r.charts, t, buf);
    if !r.about.is_empty() {
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(t.dim)
            .title(format!(" {} ", words(app.lang()).sections))
            .title_style(t.accent);
        Paragraph::new(index(app, r.about_notes, usize::from(r.about.height)))
            .wrap(Wrap { trim: true })
            .block(block)
            .render(r.about, buf);
    }
}

/// The list of sections: per section its number key, title, how many figures it has and
/// its summary; with `notes`, its points and named lists below it. At most `max` lines.
pub fn index(app: &App, notes: bool, max: usize) -> Vec<Line<'static>> {
    let lang = app.lang();
    let colon = if lang == crate::Lang::Zh { "：" } else { ": " };
    let labels = super::layout::tab_labels(app);
    let sections = app.data().sections.iter().enumerate();
    sections
        .flat_map(|(s, section)| {
            let figures = app.catalog().tabs[s].first().map_or(0, |v| v.indicators.len());
            let mut spans = vec![
                Span::styled(labels[s + 1].clone(), Style::new().bold()),
                Span::styled(format!(" · {figures}"), Style::new().dim()),
            ];
            if let Some(summary) = &section.summary {
                spans.push(Span::raw(format!("{colon}{}", summary.get(lang))));
            }
            let mut lines = vec![Line::from(spans)];
            if notes {
                lines.extend(super::section::notes_of(section, lang));
            }
            lines
        })
        .take(max)
        .collect()
}

fn card(app: &App, i: usize, selected: bool, area: Rect, t: &Theme, buf: &mut Buffer) {
    let ind = &app.data().indicators[i];
    let border = if selected { t.accent } else { t.dim };
    let block = Block::new().borders(Borders::ALL).border_style(border);
    let inner = block.inner(area);
    block.render(area, buf);
    let label = format!(" {} ", ind.label.get(app.lang()));
    put(buf, area.x + 1, area.y, &label, usize::from(area.width.saturating_sub(2)), border);
    let room = usize::from(inner.width.saturating_sub(1));
    let row = app.row_value(i);
    let value = if width(&row) <= room { row } else { format::indicator_value(ind, app.lang()) };
    let style = if selected { t.selected.patch(t.value) } else { t.value };
    put(buf, inner.x + 1, inner.y, &value, room, style);
    if inner.height >= 2 {
        put(buf, inner.x + 1, inner.y + 1, &context(app, i), room, t.dim);
    }
}

/// A card's line of context: the figure's section, and when it holds if the report says.
fn context(app: &App, i: usize) -> String {
    let ind = &app.data().indicators[i];
    let lang = app.lang();
    let section = app
        .data()
        .sections
        .iter()
        .flat_map(|s| std::iter::once(s).chain(&s.members))
        .find(|s| s.id == ind.section)
        .map_or("", |s| s.title.get(lang));
    match &ind.as_of {
        Some(p) => format!("{section} · {}", format::period(p, lang)),
        None => section.to_string(),
    }
}
