//! Geometry shared by every screen: writing a cut text at a place, the inside of a box, a
//! centred box, how far a list scrolls, and how many rows a wrapped text takes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::text::{fit, width};

/// Writes `s` at (x, y), cut to `max` cells; returns the cells used.
pub fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, max: usize, style: Style) -> usize {
    let text = fit(s, max);
    buf.set_stringn(x, y, &text, max, style);
    width(&text)
}

/// The inside of a bordered box (never below zero in size, where it stays).
pub fn inside(outer: Rect) -> Rect {
    Rect::new(
        outer.x + 1,
        outer.y + 1,
        outer.width.saturating_sub(2),
        outer.height.saturating_sub(2),
    )
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// First row to show so that `selected` is visible, keeping it near the middle.
pub fn scroll_offset(selected: usize, rows: usize, height: usize) -> usize {
    if height == 0 || rows <= height {
        return 0;
    }
    selected.saturating_sub(height / 2).min(rows - height)
}

/// A box of `inner` rows plus its borders, at most `max` tall.
pub fn boxed(inner: u16, max: u16) -> u16 {
    inner.saturating_add(2).min(max)
}
