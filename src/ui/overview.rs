//! The overview tab: key figures as cards, and the dataset's people, household and money charts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Widget};

use super::chrome::put;
use super::layout::{CARD_HEIGHT, Regions, card_width};
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
    let rows_shown = usize::from(r.list.height / CARD_HEIGHT);
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
                r.list.y + cells(row) * CARD_HEIGHT,
                card_w,
                CARD_HEIGHT,
            );
            card(app, i, k == app.selected(), area, t, buf);
        }
    }
    charts::draw(app, app.charts(), r.side, t, buf);
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
    let row = format::row_value(app.data(), ind, app.lang());
    let value = if width(&row) <= room { row } else { format::indicator_value(ind, app.lang()) };
    let style = if selected { t.selected.patch(t.value) } else { t.value };
    put(buf, inner.x + 1, inner.y, &value, usize::from(inner.width.saturating_sub(1)), style);
}
