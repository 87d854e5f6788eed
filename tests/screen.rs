//! The dashboard's own screen (`edge::screen`) leaves the terminal showing what ratatui's
//! `Terminal` would: any frames, of ASCII, CJK, box and block characters in any colours and
//! modifiers, drawn one after another, end in the same cells on a vt100 emulator.

use std::cell::RefCell;
use std::io::{self, Write};
use std::num::NonZeroU16;
use std::rc::Rc;

use proptest::prelude::*;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::{Terminal, TerminalOptions, Viewport};
use relief_dash::edge::screen::Screen;

/// Bytes written, kept where the test can read them.
#[derive(Clone, Default)]
struct Written(Rc<RefCell<Vec<u8>>>);

impl Write for Written {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

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

/// Each cell of an emulated terminal: its text, colours and modifiers.
fn cells(p: &vt100::Parser, (w, h): (u16, u16)) -> Vec<String> {
    let s = p.screen();
    (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .map(|(x, y)| {
            let c = s.cell(y, x).expect("in the screen");
            format!(
                "{x},{y} {:?} {:?} {:?} {} {}",
                c.contents(),
                c.fgcolor(),
                c.bgcolor(),
                c.bold(),
                c.inverse()
            )
        })
        .collect()
}

fn emulate((w, h): (u16, u16), bytes: &[u8]) -> vt100::Parser {
    let n = |v| NonZeroU16::new(v).expect("not zero");
    let mut p = vt100::Parser::new(n(h), n(w), 0);
    p.process(bytes);
    p
}

fn through_screen(size: (u16, u16), frames: &[Buffer]) -> Vec<String> {
    let out = Written::default();
    let mut screen = Screen::new(out.clone(), size);
    for f in frames {
        screen.draw(|_, buf| buf.clone_from(f)).expect("draws");
    }
    let bytes = out.0.borrow().clone();
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
    let bytes = out.0.borrow().clone();
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
    screen.draw(|_, buf| buf.clone_from(&f)).expect("draws");
    let before = out.0.borrow().len();
    screen.draw(|_, buf| buf.clone_from(&f)).expect("draws");
    // Only the end of the frame's escape sequences (the style reset), no cell.
    let after = out.0.borrow()[before..].to_vec();
    assert!(!String::from_utf8_lossy(&after).contains('扶'), "{after:?}");
}
