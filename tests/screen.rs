//! The dashboard's own screen (`edge::screen`) leaves the terminal showing what ratatui's
//! `Terminal` would: any frames, of ASCII, CJK, box and block characters in any colours and
//! modifiers, drawn one after another, end in the same cells on a vt100 emulator.

mod emulated;

use emulated::{Written, cells, emulate};
use proptest::prelude::*;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::{Terminal, TerminalOptions, Viewport};
use relief_dash::edge::screen::Screen;

const SYMBOLS: [&str; 7] = ["a", "b", " ", "扶", "≈", "█", "─"];
const COLORS: [Color; 4] = [Color::Reset, Color::Blue, Color::Indexed(200), Color::Rgb(1, 2, 3)];
const MODIFIERS: [Modifier; 3] = [Modifier::empty(), Modifier::BOLD, Modifier::REVERSED];

/// A cell to put: its symbol, foreground, background and modifier, as indices.
type Put = (usize, usize, usize, usize);

/// A frame of `w` x `h` with the cells `puts` put row by row (a wide symbol takes two).
fn frame(w: u16, h: u16, puts: &[Put]) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    let mut at = puts.iter();
    for y in 0..h {
        let mut x = 0;
        while x < w {
            let Some(&(s, fg, bg, m)) = at.next() else { return buf };
            let style = Style::new().fg(COLORS[fg]).bg(COLORS[bg]).add_modifier(MODIFIERS[m]);
            let (next, _) = buf.set_stringn(x, y, SYMBOLS[s], usize::from(w - x), style);
            x = next.max(x + 1);
        }
    }
    buf
}

fn through_screen(size: (u16, u16), frames: &[Buffer]) -> Vec<String> {
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), size);
    for f in frames {
        screen.draw(|_, buf| (buf.clone_from(f), Vec::new())).expect("draws");
    }
    let bytes = out.take();
    cells(&emulate(size, &bytes), size)
}

fn through_ratatui(size: (u16, u16), frames: &[Buffer]) -> Vec<String> {
    let out = Written::default();
    let viewport = Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
    let mut t =
        Terminal::with_options(CrosstermBackend::new(out.clone()), TerminalOptions { viewport })
            .expect("terminal");
    for f in frames {
        t.draw(|fr| fr.buffer_mut().clone_from(f)).expect("draws");
    }
    let bytes = out.take();
    cells(&emulate(size, &bytes), size)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn frames_end_as_ratatui_leaves_them(
        w in 1u16..10,
        h in 1u16..5,
        frames in prop::collection::vec(
            prop::collection::vec((0..SYMBOLS.len(), 0..COLORS.len(), 0..COLORS.len(), 0..MODIFIERS.len()), 0..60),
            1..5,
        ),
    ) {
        let frames: Vec<Buffer> = frames.iter().map(|p| frame(w, h, p)).collect();
        prop_assert_eq!(through_screen((w, h), &frames), through_ratatui((w, h), &frames));
    }
}

#[test]
fn a_frame_that_changes_nothing_writes_nothing() {
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), (8, 2));
    let f = frame(8, 2, &[(3, 1, 0, 1), (0, 0, 2, 0), (5, 3, 3, 2)]);
    screen.draw(|_, buf| (buf.clone_from(&f), Vec::new())).expect("draws");
    out.take();
    screen.draw(|_, buf| (buf.clone_from(&f), Vec::new())).expect("draws");
    // Only the end of the frame's escape sequences (the style reset), no cell.
    let after = out.text();
    assert!(!after.contains('扶'), "{after:?}");
}

fn lines(lines: &[&str]) -> Buffer {
    Buffer::with_lines(lines.iter().copied())
}

#[test]
fn the_terminal_shows_the_last_frame_after_frames_that_change_some_rows() {
    let frames = [
        lines(&["扶贫 alpha", "beta      ", "gamma     "]),
        lines(&["扶贫 alpha", "bet扶贫   ", "gamma     "]),
        lines(&["a扶贫alpha", "bet扶贫   ", "          "]),
    ];
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), (10, 3));
    for f in &frames {
        screen.draw(|_, buf| (buf.clone_from(f), Vec::new())).expect("draws");
    }
    let p = emulate((10, 3), &out.take());
    let rows: Vec<String> = p.screen().rows(0, 10).map(|r| r.trim_end().into()).collect();
    assert_eq!(rows, ["a扶贫alpha", "bet扶贫", ""]);
}

#[test]
fn an_unchanged_row_is_not_written_again() {
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), (6, 2));
    screen
        .draw(|_, buf| (buf.clone_from(&lines(&["same  ", "old   "])), Vec::new()))
        .expect("draws");
    out.take();
    screen
        .draw(|_, buf| (buf.clone_from(&lines(&["same  ", "new   "])), Vec::new()))
        .expect("draws");
    let written = out.text();
    assert!(written.contains("new"), "{written:?}");
    assert!(!written.contains("same"), "{written:?}");
}

#[test]
fn cells_known_unchanged_are_not_compared() {
    // Told that the first row is unchanged, the screen leaves it as the terminal shows it.
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), (6, 2));
    screen
        .draw(|_, buf| (buf.clone_from(&lines(&["old   ", "old   "])), Vec::new()))
        .expect("draws");
    out.take();
    let known = vec![Rect::new(0, 0, 6, 1)];
    screen.draw(|_, buf| (buf.clone_from(&lines(&["new   ", "new   "])), known)).expect("draws");
    let written = out.text();
    assert_eq!(written.matches("new").count(), 1, "{written:?}");
}

#[test]
fn after_blank_every_cell_is_written_again_and_nothing_is_known_unchanged() {
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), (4, 1));
    screen.draw(|_, buf| (buf.clone_from(&lines(&["abcd"])), Vec::new())).expect("draws");
    screen.blank((4, 1));
    out.take();
    let known = vec![Rect::new(0, 0, 4, 1)];
    screen.draw(|_, buf| (buf.clone_from(&lines(&["abcd"])), known)).expect("draws");
    assert!(out.text().contains("abcd"));
}

#[test]
fn a_style_change_alone_is_written() {
    let mut styled = lines(&["ab", "cd"]);
    styled.set_style(Rect::new(0, 1, 2, 1), Style::new().bg(Color::Blue));
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), (2, 2));
    for f in [lines(&["ab", "cd"]), styled] {
        screen.draw(|_, buf| (buf.clone_from(&f), Vec::new())).expect("draws");
    }
    let p = emulate((2, 2), &out.take());
    assert_eq!(p.screen().cell(1, 0).expect("cell").bgcolor(), vt100::Color::Idx(4));
    assert_eq!(p.screen().cell(0, 0).expect("cell").bgcolor(), vt100::Color::Default);
}
