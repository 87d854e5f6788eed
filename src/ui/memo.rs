//! What a frame measured and drew that the next frames draw again as it was, while the view
//! is the same: a key that moves the selection costs what the selection changes, not the
//! whole screen.
//!
//! The view is the same while [`App::view_stamp`] (every action but a selection move
//! changes it), the size, the language, the theme and the scale are. Then a screen's layout
//! is measured once (the list's window, which follows the selection, is worked out each
//! frame), and each card, chart and block of notes is drawn once into a buffer of its own
//! and copied in: a card per selected or not, a chart without its selected bar, whose style
//! is put on afterwards. Drawing with a [`Memo`] gives the same buffer as drawing without
//! one (a property test holds it to that); a fresh [`Memo`] draws everything.

use std::any::Any;
use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

use super::copies::Copies;
use crate::app::{App, ThemeName};
use crate::lang::Lang;

/// Everything a remembered drawing depends on besides its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct View {
    stamp: u64,
    size: (u16, u16),
    lang: Lang,
    theme: ThemeName,
    log: bool,
}

/// One remembered drawing, by what it shows and its size (not where: a drawing is the same
/// wherever it goes, so a card or row that scrolls is copied, not drawn again).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    /// An overview card of a figure, selected or not.
    Card {
        /// The figure.
        figure: usize,
        /// Its size.
        size: (u16, u16),
        /// Whether it is the selected one.
        selected: bool,
    },
    /// A chart, without its selected bar.
    Chart {
        /// Its place in the view's charts.
        group: usize,
        /// Its size.
        size: (u16, u16),
    },
    /// A row of a section's list of figures, not selected.
    Row {
        /// The figure.
        figure: usize,
        /// The row's width, its label's and its value's.
        widths: (u16, usize, usize),
        /// Its label as the row shows it (cut to tell it from its neighbours').
        label: String,
        /// Whether it shows the plain value (no before → after).
        plain: bool,
    },
    /// A block of wrapped notes (the overview's list of sections, a section's notes).
    Notes {
        /// Its size.
        size: (u16, u16),
        /// Whether the overview's list has the sections' notes too.
        full: bool,
    },
    /// A section's box of its figures' notes.
    FigureNotes {
        /// Its size.
        size: (u16, u16),
    },
}

/// A figure's words in a list row, worded once per view.
#[derive(Debug, Clone)]
pub struct Worded {
    /// The width of its label.
    pub label_width: usize,
    /// Its value as a row writes it (before → after with a baseline), and its width.
    pub row: (String, usize),
    /// Its value alone, and its width.
    pub plain: (String, usize),
}

/// A remembered drawing: its cells, and where each figure's bar is (for a chart).
#[derive(Debug)]
struct Drawn {
    /// Its number, never given to another drawing ([`Copies`]).
    id: u64,
    cells: Buffer,
    bars: Vec<(usize, Rect)>,
    frame: u64,
}

/// What frames remember; see the module's text.
#[derive(Default)]
pub struct Memo {
    view: Option<View>,
    frame: u64,
    layouts: HashMap<(&'static str, Rect, bool), Box<dyn Any>>,
    drawn: HashMap<Key, Drawn>,
    worded: HashMap<usize, (Worded, u64)>,
    /// The next drawing's number.
    next_id: u64,
    copies: Copies,
}

impl std::fmt::Debug for Memo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo")
            .field("view", &self.view)
            .field("layouts", &self.layouts.len())
            .field("drawn", &self.drawn.len())
            .field("worded", &self.worded.len())
            .finish()
    }
}

impl Memo {
    /// Starts a frame of `app`: forgets everything when the view is no longer the same.
    pub fn begin(&mut self, app: &App) {
        let view = View {
            stamp: app.view_stamp(),
            size: app.size(),
            lang: app.lang(),
            theme: app.theme(),
            log: app.log_scale(),
        };
        if self.view != Some(view) {
            let (frame, next_id) = (self.frame, self.next_id);
            *self = Memo { view: Some(view), frame, next_id, ..Memo::default() };
        }
        self.frame = self.frame.wrapping_add(1);
        self.copies.begin();
    }

    /// Ends a frame: forgets the drawings neither it nor the frame before used (what
    /// scrolled away). A figure's card unselected, which the frame before did not use while
    /// the card was selected, is still there when the selection moves on.
    pub fn end(&mut self) {
        let frame = self.frame;
        self.drawn.retain(|_, d| frame.wrapping_sub(d.frame) <= 1);
        self.worded.retain(|_, w| w.1 == frame);
    }

    /// Figure `i`'s words in a list row, worded by `word` once per view.
    pub fn worded(&mut self, i: usize, word: impl FnOnce() -> Worded) -> Worded {
        let frame = self.frame;
        let w = self.worded.entry(i).or_insert_with(|| (word(), frame));
        w.1 = frame;
        w.0.clone()
    }

    /// The layout `name` of `area` (in its `variant`), measured by `measure` once per view.
    pub fn layout<T: Clone + 'static>(
        &mut self,
        name: &'static str,
        area: Rect,
        variant: bool,
        measure: impl FnOnce() -> T,
    ) -> T {
        let key = (name, area, variant);
        if let Some(l) = self.layouts.get(&key).and_then(|l| l.downcast_ref::<T>()) {
            return l.clone();
        }
        let l = measure();
        self.layouts.insert(key, Box::new(l.clone()));
        l
    }

    /// Draws `key` into `area` of `buf`: copies an earlier frame's drawing (made wherever),
    /// or draws it with `draw` into a buffer of its own first. `draw` must draw inside `area`
    /// only, onto blank cells, the same wherever `area` is. Whatever is drawn over the copy
    /// later in the frame must be drawn with [`Memo::select`] or [`Memo::restyle`], or told
    /// with [`Memo::drawn_over`]: the terminal's screen does not compare a copy made as the
    /// frame before made it ([`Memo::unchanged`]).
    pub fn draw(&mut self, key: Key, area: Rect, buf: &mut Buffer, draw: impl FnOnce(&mut Buffer)) {
        self.put(key, area, buf, |b| {
            draw(b);
            Vec::new()
        });
    }

    /// [`Memo::draw`] for a chart, whose `draw` returns where each figure's bar went; returns
    /// where figure `bar`'s bar is now, if the chart has one.
    pub fn draw_bars(
        &mut self,
        key: Key,
        area: Rect,
        buf: &mut Buffer,
        bar: Option<usize>,
        draw: impl FnOnce(&mut Buffer) -> Vec<(usize, Rect)>,
    ) -> Option<Rect> {
        let drawn = self.put(key, area, buf, draw);
        let from = drawn.cells.area;
        let (_, r) = drawn.bars.iter().find(|&&(i, _)| Some(i) == bar)?;
        Some(Rect { x: r.x - from.x + area.x, y: r.y - from.y + area.y, ..*r })
    }

    /// Copies `key`'s drawing into `area` of `buf`, drawing it first if no frame of this view
    /// did, and notes the copy ([`Copies`]).
    fn put(
        &mut self,
        key: Key,
        area: Rect,
        buf: &mut Buffer,
        draw: impl FnOnce(&mut Buffer) -> Vec<(usize, Rect)>,
    ) -> &Drawn {
        let frame = self.frame;
        let id = &mut self.next_id;
        let drawn = self.drawn.entry(key).or_insert_with(|| {
            let mut cells = Buffer::empty(area);
            let bars = draw(&mut cells);
            *id += 1;
            Drawn { id: *id, cells, bars, frame }
        });
        drawn.frame = frame;
        let from = drawn.cells.area;
        let shown = area.intersection(buf.area);
        if shown.width <= from.width && shown.height <= from.height && !shown.is_empty() {
            // Row by row, as slices: a drawing is copied whole or in part (at an edge).
            let (dx, dy) = (shown.x - area.x, shown.y - area.y);
            let w = usize::from(shown.width);
            for row in 0..shown.height {
                let to = buf.index_of(shown.x, shown.y + row);
                let at = drawn.cells.index_of(from.x + dx, from.y + dy + row);
                buf.content[to..to + w].clone_from_slice(&drawn.cells.content[at..at + w]);
            }
            self.copies.copied(shown, drawn.id, (dx, dy));
        }
        drawn
    }

    /// Something was drawn over `area` after the copies (a popup).
    pub fn drawn_over(&mut self, area: Rect) {
        self.copies.drawn_over(area);
    }

    /// Where the frame just drawn is known to be what the frame before drew there.
    pub fn unchanged(&self) -> Vec<Rect> {
        self.copies.unchanged()
    }

    /// Puts `selected` under the cells of a list row drawn unselected, as drawing it selected
    /// does: the row in that style, each cell's own colours and modifiers on top. (`selected`
    /// sets no colour in any theme; a colour it set would show where a cell has none.)
    pub fn select(&mut self, buf: &mut Buffer, row: Rect, selected: Style) {
        self.drawn_over(row);
        let row = row.intersection(buf.area);
        for y in row.top()..row.bottom() {
            for x in row.left()..row.right() {
                let cell = &mut buf[(x, y)];
                let mut own = Style::new().add_modifier(cell.modifier);
                if cell.fg != Color::Reset {
                    own = own.fg(cell.fg);
                }
                if cell.bg != Color::Reset {
                    own = own.bg(cell.bg);
                }
                cell.set_style(Style::reset());
                cell.set_style(selected.patch(own));
            }
        }
    }

    /// Gives the cells of `area` the style `style` as if drawn with it onto blank cells.
    pub fn restyle(&mut self, buf: &mut Buffer, area: Rect, style: Style) {
        self.drawn_over(area);
        let area = area.intersection(buf.area);
        buf.set_style(area, Style::reset());
        buf.set_style(area, style);
    }
}
