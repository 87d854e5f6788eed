//! A horizontal bar chart that measures labels in cells (safe with Chinese text), always
//! shows each bar's value, draws only the rows that fit, and can use a log scale.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::text as text_cells;
use super::text::{fit, width};

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// What the bar is.
    pub label: String,
    /// Its value on the chart's axis (sets the length); `None` when there is no figure,
    /// which draws no bar at all (never a zero bar) and its text dimmed.
    pub value: Option<f64>,
    /// For a range, its high end on the axis: the bar goes on, lighter, from `value` to it.
    pub high: Option<f64>,
    /// Its value as text, drawn after the bar.
    pub text: String,
    /// Whether it is the selected indicator.
    pub selected: bool,
}

/// How bars are scaled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    /// Length proportional to the value.
    Linear,
    /// Length proportional to log10(1 + value).
    Log,
}

/// Styles of the chart.
#[derive(Debug, Clone, Copy)]
pub struct BarStyles {
    /// An ordinary bar.
    pub bar: Style,
    /// The selected bar.
    pub selected: Style,
    /// Labels and the "+N more" line.
    pub label: Style,
    /// Value texts.
    pub value: Style,
    /// The text of a bar without a figure.
    pub missing: Style,
}

/// The fewest cells a bar keeps when labels are long (a chart asks for room for its labels,
/// its values and a bar this long).
pub const MIN_BAR: usize = 8;

const EIGHTHS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// The fraction (0 to 1) of the full length a value gets.
pub fn fraction(value: f64, max: f64, scale: Scale) -> f64 {
    let value = value.max(0.0);
    let f = match scale {
        Scale::Linear if max > 0.0 => value / max,
        Scale::Log if max > 0.0 => (1.0 + value).log10() / (1.0 + max).log10(),
        _ => 0.0,
    };
    if f.is_finite() { f.clamp(0.0, 1.0) } else { 0.0 }
}

/// How many of `total` bars fit in `rows` rows, keeping one row for "+N more" when needed.
pub fn fitting(total: usize, rows: usize) -> usize {
    if total > rows { rows.saturating_sub(1) } else { total }
}

/// Draws the first bars of a chart of `total` bars into `area`, one per row (pass at least
/// [`fitting`] of them); when not all fit, the last row says how many more there are (`more`
/// is that line's word). `max` is the largest value among all bars, drawn or not. Returns
/// where each drawn bar is (by its place in `bars`), for a style put on later.
#[allow(clippy::too_many_arguments)]
pub fn render(
    bars: &[Bar],
    total: usize,
    max: f64,
    scale: Scale,
    more: &str,
    s: BarStyles,
    area: Rect,
    buf: &mut Buffer,
) -> Vec<(usize, Rect)> {
    let mut spans = Vec::new();
    if area.width == 0 || area.height == 0 || total == 0 {
        return spans;
    }
    let shown = fitting(total, usize::from(area.height)).min(bars.len());
    let visible = &bars[..shown];
    let cells = usize::from(area.width);
    let value_w = visible.iter().map(|b| width(&b.text)).max().unwrap_or(0).min(cells);
    let label_room = cells.saturating_sub(value_w + 2);
    // Labels get the width they need first; the bar keeps a few cells to be seen.
    let min_bar = MIN_BAR.min(label_room / 3);
    let label_w = visible
        .iter()
        .map(|b| width(&b.label))
        .max()
        .unwrap_or(0)
        .min(label_room.saturating_sub(min_bar));
    let bar_w = cells.saturating_sub(label_w + value_w + 2);
    let names: Vec<&str> = visible.iter().map(|b| b.label.as_str()).collect();
    let labels = super::labels::distinct(&names, label_w);
    for (i, b) in visible.iter().enumerate() {
        let y = area.y + text_cells::cells(i);
        let mut x = area.x;
        if label_w > 0 {
            buf.set_stringn(x, y, &labels[i], label_w, s.label);
            x += text_cells::cells(label_w) + 1;
        }
        let Some(value) = b.value else {
            let room = usize::from(area.right().saturating_sub(x));
            buf.set_stringn(x, y, fit(&b.text, room), room, s.missing);
            continue;
        };
        let len = fraction(value, max, scale) * bar_w as f64;
        let full = len.floor() as usize;
        let part = ((len - full as f64) * 8.0).round() as usize;
        let mut bar = "█".repeat(full.min(bar_w));
        if full < bar_w && part > 0 {
            bar.push_str(EIGHTHS[part.min(7)]);
        }
        if value > 0.0 && bar.is_empty() && bar_w > 0 {
            bar.push('▏');
        }
        let style = if b.selected { s.selected } else { s.bar };
        let mut bar_cells = bar.chars().count();
        buf.set_stringn(x, y, &bar, bar_w, style);
        if let Some(high) = b.high {
            // A range: the part between its ends in a light shade, never a solid bar.
            let to = (fraction(high, max, scale) * bar_w as f64).round() as usize;
            let rest =
                to.min(bar_w).saturating_sub(bar_cells).max(1).min(bar_w.saturating_sub(bar_cells));
            let shade = "░".repeat(rest);
            buf.set_stringn(x + text_cells::cells(bar_cells), y, &shade, rest, style);
            bar_cells += rest;
        }
        spans.push((i, Rect::new(x, y, text_cells::cells(bar_cells.min(bar_w)), 1)));
        x += text_cells::cells(bar_cells) + 1;
        let room = usize::from(area.right().saturating_sub(x));
        buf.set_stringn(x, y, fit(&b.text, room), room, s.value);
    }
    if shown < total {
        let y = area.y + text_cells::cells(shown);
        let line = format!("+{} {more}", total - shown);
        buf.set_stringn(area.x, y, fit(&line, cells), cells, s.label);
    }
    spans
}

/// A bar of `fraction` (0 to 1) of `cells` cells, in eighths of a cell: `███▍`.
pub fn cell_bar(fraction: f64, cells: usize) -> String {
    const PARTS: [char; 8] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'];
    let eighths = (fraction.clamp(0.0, 1.0) * (cells * 8) as f64).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(PARTS[eighths % 8 - 1]);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_cell_bar_is_drawn_in_eighths_of_a_cell() {
        assert_eq!(super::cell_bar(1.0, 6), "██████");
        assert_eq!(super::cell_bar(0.5, 6), "███");
        assert_eq!(super::cell_bar(1.0 / 48.0, 6), "▏");
        assert_eq!(super::cell_bar(0.0, 6), "");
        assert_eq!(super::cell_bar(f64::NAN, 6), "");
    }

    use super::*;

    #[test]
    fn fractions() {
        assert_eq!(fraction(50.0, 100.0, Scale::Linear), 0.5);
        assert_eq!(fraction(0.0, 0.0, Scale::Linear), 0.0);
        assert_eq!(fraction(-5.0, 10.0, Scale::Log), 0.0);
        assert!((fraction(99.0, 9999.0, Scale::Log) - 0.5).abs() < 1e-9);
        assert_eq!(fraction(f64::MAX, f64::MAX, Scale::Linear), 1.0);
        assert_eq!(fraction(f64::MAX, f64::MAX, Scale::Log), 1.0);
    }
}
