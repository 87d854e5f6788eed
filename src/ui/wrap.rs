//! Text wrapped to a width in terminal cells, never wider: ratatui 0.30's own wrapping can
//! give a row one cell too many when a wide character (Chinese) does not fit the cells left,
//! and that character is then drawn over the box's right border (ratatui issue #2679).
//!
//! A row breaks after the last space that fits, or after any wide character (Chinese text
//! has no spaces between words and may break between any two characters), else where the
//! cells run out. Styles are kept; with `trim`, a row that a break starts loses its leading
//! spaces.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::text::width;

/// Punctuation that does not start a row of Chinese text.
const CLOSING: &str = "。，、；：！？）」』》〉】”’…";

/// One grapheme of a line, with its style and width.
struct Piece<'a> {
    symbol: &'a str,
    style: Style,
    width: usize,
}

impl Piece<'_> {
    fn is_space(&self) -> bool {
        self.symbol.chars().all(char::is_whitespace)
    }
}

/// The rows `text` takes wrapped to `width` cells (each line one row at least).
pub fn rows<'a>(text: impl Into<Text<'a>>, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let rows: usize =
        text.into().lines.iter().map(|l| rows_of(&pieces(l), width, true).len()).sum();
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// A line's graphemes with their styles and widths.
fn pieces<'a>(line: &'a Line) -> Vec<Piece<'a>> {
    line.styled_graphemes(Style::new())
        .map(|g| Piece { symbol: g.symbol, style: g.style, width: width(g.symbol) })
        .collect()
}

/// `text` wrapped to `width` cells, one `Line` per row.
pub fn wrap<'a>(text: impl Into<Text<'a>>, width: u16, trim: bool) -> Vec<Line<'static>> {
    let text = text.into();
    let width = usize::from(width.max(1));
    let mut out = Vec::new();
    for line in &text.lines {
        for row in rows_of(&pieces(line), width, trim) {
            let mut l = Line::from(spans(row)).style(line.style);
            l.alignment = line.alignment;
            out.push(l);
        }
    }
    out
}

/// The pieces of one line, row by row.
fn rows_of<'p, 'a>(pieces: &'p [Piece<'a>], width: usize, trim: bool) -> Vec<&'p [Piece<'a>]> {
    let mut rows = Vec::new();
    let mut start = 0;
    while start < pieces.len() || rows.is_empty() {
        if start > 0 && trim {
            while pieces.get(start).is_some_and(Piece::is_space) {
                start += 1;
            }
            if start == pieces.len() {
                break;
            }
        }
        // As many pieces as fit, and the last place a row may end among them.
        let (mut used, mut end, mut brk) = (0, start, None);
        while let Some(p) = pieces.get(end) {
            if used + p.width > width && end > start {
                break;
            }
            used += p.width;
            end += 1;
            if p.is_space() || p.width > 1 {
                brk = Some(end);
            }
        }
        let mut cut = match brk {
            // A word that goes on past the row moves to the next one, whole.
            Some(b) if end < pieces.len() && !pieces[end].is_space() && b > start => b,
            _ => end,
        };
        // A row never starts with closing punctuation (。，、）…): the character before it
        // goes down with it.
        if pieces.get(cut).is_some_and(|p| CLOSING.contains(p.symbol)) && cut > start + 1 {
            cut -= 1;
        }
        rows.push(&pieces[start..cut]);
        start = cut;
        if start >= pieces.len() {
            break;
        }
    }
    rows
}

/// A row's pieces as spans, one per run of one style.
fn spans(row: &[Piece]) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::new();
    for p in row {
        match out.last_mut() {
            Some(s) if s.style == p.style => s.content.to_mut().push_str(p.symbol),
            _ => out.push(Span::styled(p.symbol.to_string(), p.style)),
        }
    }
    out
}

/// Draws `text` wrapped to the inside of `block` (or of `area`) in `area`.
pub fn render<'a>(
    text: impl Into<Text<'a>>,
    block: Option<Block<'_>>,
    style: Style,
    trim: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let inner = block.as_ref().map_or(area, |b| b.inner(area));
    let lines = wrap(text, inner.width, trim);
    let mut p = Paragraph::new(lines).style(style);
    if let Some(b) = block {
        p = p.block(b);
    }
    p.render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }

    #[test]
    fn words_move_whole_and_rows_lose_their_leading_spaces() {
        let lines = wrap("The 2020 central funds went out early", 12, true);
        assert_eq!(plain(&lines), ["The 2020 ", "central ", "funds went ", "out early"]);
    }

    #[test]
    fn chinese_breaks_between_characters_and_never_overflows() {
        // 19 wide characters and a semicolon: 39 cells in a row of 38.
        let text = "三段通组路全长;已完成毛路、路基和铺沙。";
        let lines = wrap(text, 38, true);
        assert!(lines.iter().all(|l| l.width() <= 38), "{:?}", plain(&lines));
        assert_eq!(plain(&lines), ["三段通组路全长;已完成毛路、路基和铺", "沙。"]);
        // A row one cell short of a wide character ends a cell early.
        assert!(wrap("平潭脱贫", 3, true).iter().all(|l| l.width() <= 3));
    }

    #[test]
    fn a_word_longer_than_the_row_is_cut_where_the_cells_run_out() {
        let lines = wrap("relief_programs_overall", 10, true);
        assert_eq!(plain(&lines), ["relief_pro", "grams_over", "all"]);
    }

    #[test]
    fn empty_lines_and_styles_are_kept() {
        let text = Text::from(vec![
            Line::from(vec![Span::styled("Note: ", Style::new().bold()), Span::raw("a b")]),
            Line::from(""),
        ]);
        let lines = wrap(text, 40, true);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].spans[0].style, Style::new().bold());
        assert_eq!(plain(&lines), ["Note: a b", ""]);
        assert_eq!(rows("", 10), 1);
        assert_eq!(rows("abc", 0), 3);
    }

    #[test]
    fn without_trim_a_row_keeps_its_indent() {
        let lines = wrap("  indented text", 40, false);
        assert_eq!(plain(&lines), ["  indented text"]);
    }
}
