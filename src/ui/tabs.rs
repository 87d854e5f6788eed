//! The tab bar: a label per tab (`1 Overview`, `2 Party building`, …), as many as fit around
//! the current one, with markers where tabs are hidden.

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::geometry::put;
use super::text::width;
use super::theme::Theme;
use crate::app::App;
use crate::words::words;

/// The tab bar as laid out for a frame.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TabBar {
    /// Its row.
    pub area: Rect,
    /// Every tab's label, in order (shared, not copied, by the frames that draw the same
    /// view: a library can have hundreds of tabs).
    pub labels: Rc<[String]>,
    /// Each visible tab's label and its position in the tab bar.
    pub spans: Vec<(Rect, usize)>,
    /// Whether tabs are hidden to the left and right of the bar.
    pub hidden: (bool, bool),
}

/// Tab labels: `1 Overview`, `2 Party building`, ...
pub fn labels(app: &App) -> Vec<String> {
    let overview = words(app.lang()).overview;
    let compare = app.has_compare().then_some(words(app.lang()).compare);
    let table = app.has_compare().then_some(crate::words::table::words(app.lang()).tab);
    std::iter::once(overview)
        .chain(app.data().sections.iter().map(|s| s.title.get(app.lang())))
        .chain(compare)
        .chain(table)
        .enumerate()
        .map(|(i, t)| if i < 9 { format!("{} {t}", i + 1) } else { t.to_string() })
        .collect()
}

/// The tabs that fit in `area`, the current one always among them.
pub fn layout(app: &App, area: Rect) -> TabBar {
    let labels = labels(app);
    let widths: Vec<u16> = labels
        .iter()
        .map(|l| u16::try_from(width(l) + 2).unwrap_or(u16::MAX).min(area.width.saturating_sub(4)))
        .collect();
    let room = area.width.saturating_sub(4); // space for the ‹ › markers
    let sum = |a: usize, b: usize| widths[a..=b].iter().map(|&w| u32::from(w) + 1).sum::<u32>();
    let current = app.tab_position(app.tab());
    let mut start = 0;
    while start < current && sum(start, current) > u32::from(room) {
        start += 1;
    }
    let mut spans = Vec::new();
    let mut x = area.x + 2;
    let mut end = start;
    while end < widths.len()
        && u32::from(x - area.x) + u32::from(widths[end]) <= u32::from(room) + 2
    {
        spans.push((Rect::new(x, area.y, widths[end], 1), end));
        x += widths[end] + 1;
        end += 1;
    }
    // The next tab, cut, in what is left (its number at least): no gap before the marker.
    let left = (u32::from(room) + 2).saturating_sub(u32::from(x - area.x));
    if end < widths.len() && left >= 4 {
        spans.push((Rect::new(x, area.y, u16::try_from(left).unwrap_or(0), 1), end));
        end += 1;
    }
    let cut = spans.last().is_some_and(|&(r, i)| r.width < widths[i]);
    let hidden = (start > 0, end < widths.len() || cut);
    TabBar { area, labels: labels.into(), spans, hidden }
}

/// Draws the tab bar.
pub fn draw(app: &App, bar: &TabBar, t: &Theme, buf: &mut Buffer) {
    let labels = &bar.labels;
    for (rect, i) in &bar.spans {
        let style = if *i == app.tab_position(app.tab()) {
            t.selected.patch(t.accent)
        } else {
            Style::new()
        };
        let label = format!(" {} ", labels[*i]);
        put(buf, rect.x, rect.y, &label, usize::from(rect.width), style);
        if *i + 1 < labels.len() && rect.right() < bar.area.right() {
            buf.set_string(rect.right(), rect.y, "│", t.dim);
        }
    }
    if bar.hidden.0 {
        buf.set_string(bar.area.x, bar.area.y, "‹", t.accent);
    }
    if bar.hidden.1 {
        buf.set_string(bar.area.right() - 1, bar.area.y, "›", t.accent);
    }
}
