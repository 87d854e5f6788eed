//! The first frame while the files are still being read: what is read in the header, and
//! in the body a bar of how far (percentage, and MB of MB).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Gauge, Widget};

use super::chrome::Chrome;
use super::geometry::{centred, put};
use super::theme::Theme;
use crate::app::{App, Opening};
use crate::words::progress;

/// Draws the header and the body while the files are read.
pub fn draw(app: &App, o: &Opening, c: &Chrome, t: &Theme, buf: &mut Buffer) {
    let lang = app.lang();
    let reading = progress::reading(&o.what, lang);
    put(buf, c.header.x, c.header.y, &reading, usize::from(c.header.width), t.accent);
    let area = centred(c.body, 64.min(c.body.width.saturating_sub(4)).max(20), 6);
    let block = Block::new().borders(Borders::ALL).border_style(t.dim);
    let inner = block.inner(area).inner(ratatui::layout::Margin::new(1, 0));
    block.render(area, buf);
    if inner.height == 0 {
        return;
    }
    let ratio = if o.total == 0 { 1.0 } else { (o.read.min(o.total) as f64) / (o.total as f64) };
    Gauge::default()
        .ratio(ratio)
        .label(progress::how_far(o.read, o.total, lang))
        .gauge_style(t.bar)
        .render(Rect { height: 1, ..inner }, buf);
    let rest = Rect { y: inner.y + 2, height: inner.height.saturating_sub(2), ..inner };
    super::wrap::render(progress::meanwhile(lang), None, t.dim, true, rest, buf);
}
