//! A section's summary on top of its screen: at most four lines, and a quarter of the height.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::theme::Theme;
use super::wrap;
use crate::app::App;

/// The summary's rows at the top of `area`, and the area below them.
pub fn layout(app: &App, area: Rect) -> (Rect, Rect) {
    let text = app.section().and_then(|s| s.summary.as_ref()).map(|t| t.get(app.lang()));
    let h = text.map_or(0, |t| wrap::rows(t, area.width)).min(4).min(area.height / 4);
    (Rect { height: h, ..area }, Rect { y: area.y + h, height: area.height - h, ..area })
}

/// Draws the shown section's summary, dimmed, into `area`.
pub fn draw(app: &App, area: Rect, t: &Theme, buf: &mut Buffer) {
    if let Some(summary) = app.section().and_then(|s| s.summary.as_ref()) {
        wrap::render(summary.get(app.lang()), None, t.dim, true, area, buf);
    }
}
