//! Text measured in terminal cells: fitting to a width, and a buffer as plain text.

use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

/// Width of a text in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// A count of cells or rows as a terminal coordinate, saturating at `u16::MAX`.
pub fn cells(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// The text cut to at most `max` cells, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = head(s, max - 1);
    out.push('…');
    out
}

/// The first characters of the text, at most `max` cells, without an ellipsis.
pub fn head(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out
}

/// The buffer's text, one line per row, trailing spaces removed. Wide characters
/// count once; any unsafe character left in a cell is escaped.
pub fn buffer_to_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::with_capacity(usize::from(area.width + 1) * usize::from(area.height));
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(&crate::safe::escape(sym));
            skip = width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_wide_text() {
        assert_eq!(fit("平潭脱贫", 8), "平潭脱贫");
        assert_eq!(fit("平潭脱贫", 7), "平潭脱…");
        assert_eq!(fit("平潭脱贫", 2), "…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abcdef", 4), "abc…");
    }
}
