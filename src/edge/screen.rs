//! The terminal's screen as the last frame left it, and the writing of the next frame onto
//! it: a key that changes a few rows costs those rows, not the whole screen.
//!
//! This does what ratatui's `Terminal::draw` does for a full-screen viewport, with three
//! differences: the size is the one the last resize event gave (no query of the terminal each
//! frame); the cells the frame knows to be what the frame before drew there are not compared
//! (`ui::Memo::unchanged`); and each row's other cells are compared with what the terminal
//! shows first, so that a row that is the same is skipped and only one that is not is diffed,
//! by ratatui's own [`Buffer::diff`] (wide characters and all).

use std::io::{self, Write};

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

/// What the terminal shows, a row at a time, and the buffer the next frame is drawn into.
pub struct Screen<W: Write> {
    backend: CrosstermBackend<W>,
    /// What the terminal shows: one buffer a row, each with its row's area.
    shown: Vec<Buffer>,
    /// The next frame.
    next: Buffer,
    /// Row buffers to take a changed row's cells into (what the rows it replaced showed).
    spare: Vec<Buffer>,
    /// Whether the terminal was blanked since the last frame (so nothing of it is known).
    blanked: bool,
}

impl<W: Write> Screen<W> {
    /// A screen of `width` x `height` cells writing to `out`, taken to be blank (as the
    /// terminal is after a clear).
    pub fn new(out: W, (width, height): (u16, u16)) -> Self {
        let mut s = Screen {
            backend: CrosstermBackend::new(out),
            shown: Vec::new(),
            next: Buffer::empty(Rect::default()),
            spare: Vec::new(),
            blanked: true,
        };
        s.blank((width, height));
        s
    }

    /// The size frames are drawn at.
    pub fn size(&self) -> (u16, u16) {
        (self.next.area.width, self.next.area.height)
    }

    /// Takes the terminal to be blank at `size` (after it was cleared), so the next frame
    /// writes every cell that is not blank.
    pub fn blank(&mut self, (width, height): (u16, u16)) {
        let area = Rect::new(0, 0, width, height);
        self.shown = area.rows().map(Buffer::empty).collect();
        self.next = Buffer::empty(area);
        self.spare.clear();
        self.blanked = true;
    }

    /// Draws a frame with `render` (given the area and a blank buffer), writes the cells that
    /// differ from what the terminal shows, and returns what `render` returned. `render` also
    /// returns where the frame is known to be what the frame before drew there: those cells
    /// are not compared (unless the terminal was blanked since).
    pub fn draw<T>(
        &mut self,
        render: impl FnOnce(Rect, &mut Buffer) -> (T, Vec<Rect>),
    ) -> io::Result<T> {
        self.next.reset();
        let area = self.next.area;
        let (out, unchanged) = render(area, &mut self.next);
        let unchanged = if self.blanked { Vec::new() } else { unchanged };
        self.blanked = false;
        let known = by_row(area, &unchanged);
        let width = usize::from(area.width);
        let mut changed = Vec::new();
        for ((row, shown), known) in area.rows().zip(&self.shown).zip(&known) {
            let at = usize::from(row.y - area.y) * width;
            let cells = &mut self.next.content[at..at + width];
            let mut start = 0;
            let mut same_row = true;
            for &(x0, x1) in known.iter().chain([&(width, width)]) {
                same_row = same_row
                    && same_cells(
                        &cells[start..x0.max(start)],
                        &shown.content[start..x0.max(start)],
                    );
                start = start.max(x1);
            }
            if same_row {
                continue;
            }
            // The row's cells are moved out, not copied (the next frame starts from a blank
            // buffer anyway).
            let mut taken = self.spare.pop().unwrap_or_else(|| Buffer::empty(row));
            taken.area = row;
            taken.content.swap_with_slice(cells);
            changed.push(taken);
        }
        let updates = changed.iter().flat_map(|row| {
            let shown = &self.shown[usize::from(row.area.y)];
            shown.diff_iter(row)
        });
        self.backend.draw(updates)?;
        for row in changed {
            let y = usize::from(row.area.y);
            self.spare.push(std::mem::replace(&mut self.shown[y], row));
        }
        Backend::flush(&mut self.backend)?;
        Ok(out)
    }
}

/// For each row of `area`, the columns `rects` cover there, in order and merged.
fn by_row(area: Rect, rects: &[Rect]) -> Vec<Vec<(usize, usize)>> {
    let mut rows = vec![Vec::new(); usize::from(area.height)];
    for r in rects.iter().map(|r| r.intersection(area)).filter(|r| !r.is_empty()) {
        for y in r.top()..r.bottom() {
            rows[usize::from(y - area.y)]
                .push((usize::from(r.x - area.x), usize::from(r.right() - area.x)));
        }
    }
    for row in &mut rows {
        row.sort_unstable();
        row.dedup_by(|b, a| {
            // `a` comes first: `b` joins it when they touch or overlap.
            let joined = b.0 <= a.1;
            if joined {
                a.1 = a.1.max(b.1);
            }
            joined
        });
    }
    rows
}

/// Whether two runs of cells are equal, as [`Cell`]'s own `==` says, only sooner.
fn same_cells(a: &[Cell], b: &[Cell]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
}

/// [`Cell`]'s `==`, field by field (a test holds the two to the same answers).
#[allow(deprecated)]
fn same(a: &Cell, b: &Cell) -> bool {
    if a.fg != b.fg
        || a.bg != b.bg
        || a.modifier != b.modifier
        || a.underline_color != b.underline_color
        || a.diff_option != b.diff_option
        || a.skip != b.skip
    {
        return false;
    }
    match (a.symbol().as_bytes(), b.symbol().as_bytes()) {
        ([x], [y]) => x == y,
        (x, y) => x == y,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::{Color, Modifier, Style};

    use super::*;

    #[test]
    #[allow(deprecated)]
    fn same_answers_as_cells_own_equality() {
        let mut all = vec![Cell::EMPTY];
        for symbol in [" ", "a", "b", "ab", "扶", "扶贫", "≈"] {
            for fg in [Color::Reset, Color::Blue, Color::Rgb(1, 2, 3)] {
                for bg in [Color::Reset, Color::Indexed(3)] {
                    for m in [Modifier::empty(), Modifier::BOLD] {
                        let mut c = Cell::new(symbol);
                        c.set_style(Style::new().fg(fg).bg(bg).underline_color(bg));
                        c.modifier = m;
                        all.push(c.clone());
                        c.skip = true;
                        all.push(c.clone());
                        c.skip = false;
                        c.diff_option = ratatui::buffer::CellDiffOption::AlwaysUpdate;
                        all.push(c);
                    }
                }
            }
        }
        for a in &all {
            for b in &all {
                assert_eq!(same(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }
}
