//! What a section shows in the rows its list, charts and notes leave: its figures' notes
//! (with the sentences a draft found them in), and the selected figure's details.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::figure::detail_lines;
use super::geometry::boxed;
use super::memo::{Key, Memo};
use super::notes;
use super::theme::Theme;
use super::wrap;
use crate::app::App;
use crate::words::{self, words};

/// How many figures are measured for the height of the details box.
const MEASURED: usize = 32;

/// The box of the figures' notes at the top of `room`, as tall as they need (none when
/// there are none, or fewer than three rows are left).
pub fn figure_notes_box(app: &App, room: Rect) -> Rect {
    extra(figure_notes_rows(app, room.width, room.height), room, 3)
}

/// The box of the selected figure's details at the top of `room`, as tall as the tallest
/// figure's details need (none when fewer than four rows are left).
pub fn detail_box(app: &App, room: Rect) -> Rect {
    extra(detail_rows(app, room.width), room, 4)
}

/// Draws the two boxes (each where its rectangle is not empty): the notes as an earlier
/// frame drew them, if one did; the details of the figure selected now.
pub fn draw(app: &App, notes_at: Rect, detail: Rect, t: &Theme, buf: &mut Buffer, memo: &mut Memo) {
    if !notes_at.is_empty() {
        let key = Key::FigureNotes { size: (notes_at.width, notes_at.height) };
        memo.draw(key, notes_at, buf, |b| {
            notes::draw_box(
                words(app.lang()).figure_notes,
                figure_notes(app, usize::from(notes_at.height)),
                notes_at,
                t,
                b,
            );
        });
    }
    if let Some(&i) = app.visible().get(app.selected()).filter(|_| !detail.is_empty()) {
        let title = format!(
            "{}: {}",
            words(app.lang()).details,
            app.data().indicators[i].label.get(app.lang())
        );
        notes::draw_box(&title, detail_lines(app, i, t), detail, t, buf);
    }
}

/// What is left of `area` below `part` (at its top).
pub fn below(area: Rect, part: Rect) -> Rect {
    let y = part.bottom().max(area.y).min(area.bottom());
    Rect { y, height: area.bottom() - y, ..area }
}

/// A box at the top of `room` as tall as it wants (`want` rows with its borders), if at
/// least `least` rows fit; else none.
fn extra(want: u16, room: Rect, least: u16) -> Rect {
    let h = want.min(room.height);
    if want == 0 || h < least { Rect::default() } else { Rect { height: h, ..room } }
}

/// The rows the figures' notes want in a box `width` wide (0 when there are none), up to
/// `max`.
fn figure_notes_rows(app: &App, width: u16, max: u16) -> u16 {
    let lines = figure_notes(app, usize::from(max));
    if lines.is_empty() { 0 } else { boxed(wrap::rows(lines, width.saturating_sub(2)), u16::MAX) }
}

/// The rows the details of the figures want in a box `width` wide (the most of them).
fn detail_rows(app: &App, width: u16) -> u16 {
    let t = Theme::new(app.theme());
    let shown = &app.visible()[..app.visible().len().min(MEASURED)];
    let inner = width.saturating_sub(2);
    let rows = shown.iter().map(|&i| wrap::rows(detail_lines(app, i, &t), inner));
    rows.max().map_or(0, |r| boxed(r, u16::MAX))
}

/// Each figure's note and the sentence a draft found it in, after its label: the first
/// `max` lines (each is a row at least; a list of 100,000 figures is not worded whole).
fn figure_notes(app: &App, max: usize) -> Vec<Line<'static>> {
    let lang = app.lang();
    let (_, colon) = words::interface::bullet_and_colon(lang);
    let mut lines = Vec::new();
    for &i in app.visible() {
        if lines.len() >= max {
            break;
        }
        let ind = &app.data().indicators[i];
        let sentence = ind.more().draft.as_ref().map_or("", |d| d.sentence.as_str());
        if ind.note.is_empty() && sentence.is_empty() {
            continue;
        }
        let label = Span::styled(format!("{}{colon}", ind.label.get(lang)), Style::new().bold());
        let mut line = vec![label];
        if !ind.note.is_empty() {
            line.push(Span::raw(ind.note.get(lang).to_string()));
        }
        let quoted = Span::styled(format!("“{sentence}”"), Style::new().dim());
        if ind.note.is_empty() {
            line.push(quoted);
            lines.push(Line::from(line));
        } else {
            lines.push(Line::from(line));
            if !sentence.is_empty() {
                lines.push(Line::from(quoted));
            }
        }
    }
    lines
}
