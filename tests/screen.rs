//! The dashboard's own screen (`edge::screen`) leaves the terminal showing what ratatui's
//! `Terminal` would: any frames, of ASCII, CJK, box and block characters in any colours and
//! modifiers, drawn one after another, end in the same cells on a vt100 emulator; and the
//! dashboard's frames, drawn with what they remember and leaving uncompared what they know
//! to be unchanged, end in the cells of each frame drawn afresh.

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
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, ThemeName, dispatch};
use relief_dash::data::{self, Dataset};
use relief_dash::edge::screen::Screen;
use relief_dash::ui::{self, Memo};

/// Bytes written, kept where the test can read them.
#[derive(Clone, Default)]
struct Written(Rc<RefCell<Vec<u8>>>);

impl Written {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

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
        screen.draw(|_, buf| (buf.clone_from(f), Vec::new())).expect("draws");
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
    screen.draw(|_, buf| (buf.clone_from(&f), Vec::new())).expect("draws");
    let before = out.0.borrow().len();
    screen.draw(|_, buf| (buf.clone_from(&f), Vec::new())).expect("draws");
    // Only the end of the frame's escape sequences (the style reset), no cell.
    let after = out.0.borrow()[before..].to_vec();
    assert!(!String::from_utf8_lossy(&after).contains('扶'), "{after:?}");
}

/// The dashboard's way of drawing (its screen and what frames remember), and ratatui's
/// drawing each frame afresh, each on an emulated terminal.
struct Both {
    out: Written,
    screen: Screen<Written>,
    memo: Memo,
    shown: vt100::Parser,
    fresh_out: Written,
    fresh: Terminal<CrosstermBackend<Written>>,
    fresh_shown: vt100::Parser,
}

impl Both {
    fn new(size: (u16, u16)) -> Self {
        let out = Written::default();
        let fresh_out = Written::default();
        let viewport = Viewport::Fixed(Rect::new(0, 0, size.0, size.1));
        Both {
            screen: Screen::new(out.clone(), size),
            out,
            memo: Memo::default(),
            shown: emulate(size, b""),
            fresh: Terminal::with_options(
                CrosstermBackend::new(fresh_out.clone()),
                TerminalOptions { viewport },
            )
            .expect("terminal"),
            fresh_out,
            fresh_shown: emulate(size, b""),
        }
    }

    /// Draws a frame both ways (after a new size, on blank terminals, as the dashboard
    /// clears its terminal then) and compares what the terminals show.
    fn frame(&mut self, app: &mut App, step: usize) {
        let size = app.size();
        if self.screen.size() != size {
            *self = Both { memo: std::mem::take(&mut self.memo), ..Both::new(size) };
        }
        let memo = &mut self.memo;
        let map = self
            .screen
            .draw(|area, buf| {
                let map = ui::draw_with(app, area, buf, memo);
                (map, memo.unchanged())
            })
            .expect("draws");
        self.fresh
            .draw(|f| {
                ui::render(app, f);
            })
            .expect("draws");
        ui::hand_over(app, map);
        self.shown.process(&self.out.take());
        self.fresh_shown.process(&self.fresh_out.take());
        assert_eq!(
            cells(&self.shown, size),
            cells(&self.fresh_shown, size),
            "step {step}: the terminal does not show the frame"
        );
    }
}

fn terminal_shows_each_frame(d: &Dataset, theme: ThemeName, size: (u16, u16), actions: &[Action]) {
    let mut app = App::new(d.clone(), Lang::En, size).with_theme(theme);
    let mut both = Both::new(size);
    both.frame(&mut app, 0);
    for (step, a) in actions.iter().enumerate() {
        dispatch(&mut app, a.clone());
        both.frame(&mut app, step + 1);
    }
}

/// Mostly moves; now and then a popup, a new tab, language, size or filter.
fn any_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        8 => Just(Action::Down),
        4 => Just(Action::Up),
        2 => Just(Action::PageDown),
        1 => Just(Action::PageUp),
        1 => Just(Action::End),
        1 => (0usize..30).prop_map(Action::Select),
        1 => Just(Action::NextTab),
        1 => (0usize..6).prop_map(|t| Action::GoTab(Tab::from_index(t))),
        1 => Just(Action::OpenDetail),
        1 => Just(Action::Close),
        1 => Just(Action::ToggleHelp),
        1 => Just(Action::ToggleLang),
        1 => Just(Action::StartFilter),
        1 => prop::sample::select(vec!['a', '平', '1']).prop_map(Action::FilterPush),
        1 => Just(Action::FilterDone),
        1 => prop::sample::select(vec![(80u16, 24u16), (200, 60), (61, 17)])
            .prop_map(|(w, h)| Action::Resize(w, h)),
    ]
}

fn themes() -> impl Strategy<Value = ThemeName> {
    prop::sample::select(vec![ThemeName::Dark, ThemeName::Light, ThemeName::Mono])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn the_terminal_shows_each_frame_of_the_shipped_datasets(
        report in 0usize..4,
        theme in themes(),
        actions in prop::collection::vec(any_action(), 0..50),
    ) {
        let d = data::Source::Embedded(report).load().expect("loads");
        terminal_shows_each_frame(&d, theme, (200, 60), &actions);
    }

    #[test]
    fn the_terminal_shows_each_frame_of_a_long_list_that_scrolls(
        theme in themes(),
        actions in prop::collection::vec(any_action(), 0..60),
    ) {
        terminal_shows_each_frame(&relief_synth::generate(600, 7), theme, (120, 40), &actions);
    }
}
