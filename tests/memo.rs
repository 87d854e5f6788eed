//! What a frame remembers for the next (`ui::Memo`) never shows in the frame: after any
//! sequence of actions, in every theme, drawing with the remembered cards, rows, charts and
//! layouts gives the same buffer, style for style, and the same geometry as drawing afresh;
//! and the terminal, drawn on by the dashboard's screen (which does not compare what the
//! memo knows to be unchanged), shows each frame as ratatui drawing it afresh leaves it.

mod emulated;

use emulated::{Written, cells, emulate};

use proptest::prelude::*;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, ThemeName, dispatch};
use relief_dash::data::{self, Dataset};
use relief_dash::edge::screen::Screen;
use relief_dash::ui::{self, Memo};

/// Mostly moves, so that frames in a row share what they remember; now and then a change
/// that makes them forget.
fn any_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        8 => Just(Action::Down),
        4 => Just(Action::Up),
        2 => Just(Action::PageDown),
        1 => Just(Action::PageUp),
        1 => Just(Action::Home),
        1 => Just(Action::End),
        1 => Just(Action::ScrollDown),
        1 => (0usize..30).prop_map(Action::Select),
        1 => Just(Action::NextTab),
        1 => Just(Action::PrevTab),
        1 => (0usize..6).prop_map(|t| Action::GoTab(Tab::from_index(t))),
        1 => Just(Action::NextMember),
        1 => Just(Action::OpenDetail),
        1 => Just(Action::ToggleHelp),
        1 => Just(Action::Close),
        1 => Just(Action::ToggleLang),
        1 => Just(Action::ToggleLog),
        1 => Just(Action::StartFilter),
        1 => prop::sample::select(vec!['a', 'e', '平', '1']).prop_map(Action::FilterPush),
        1 => Just(Action::FilterPop),
        1 => Just(Action::FilterDone),
        1 => prop::sample::select(vec![(80u16, 24u16), (120, 40), (200, 60), (61, 17)])
            .prop_map(|(w, h)| Action::Resize(w, h)),
    ]
}

/// Draws `app` with `memo` and afresh; both must agree. Hands over the geometry, as the
/// running app does.
fn same_frame(app: &mut App, memo: &mut Memo, step: usize) {
    let area = Rect::new(0, 0, app.size().0, app.size().1);
    let mut remembered = Buffer::empty(area);
    let map = ui::draw_with(app, area, &mut remembered, memo);
    let mut fresh = Buffer::empty(area);
    let fresh_map = ui::draw(app, area, &mut fresh);
    assert_eq!(map, fresh_map, "the geometry differs at step {step}");
    if remembered != fresh {
        panic!(
            "step {step}: the remembered frame differs:\n{}\nfrom the fresh one:\n{}\n{:?}",
            ui::text::buffer_to_text(&remembered),
            ui::text::buffer_to_text(&fresh),
            fresh.diff(&remembered).iter().take(5).collect::<Vec<_>>()
        );
    }
    ui::hand_over(app, map);
}

fn check(d: &Dataset, theme: ThemeName, actions: &[Action]) {
    let mut app = App::new(d.clone(), Lang::En, (200, 60)).with_theme(theme);
    let mut memo = Memo::default();
    same_frame(&mut app, &mut memo, 0);
    for (step, a) in actions.iter().enumerate() {
        dispatch(&mut app, a.clone());
        same_frame(&mut app, &mut memo, step + 1);
    }
}

fn themes() -> impl Strategy<Value = ThemeName> {
    prop::sample::select(vec![
        ThemeName::Dark,
        ThemeName::Light,
        ThemeName::HighContrast,
        ThemeName::Mono,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn remembered_frames_are_the_frames_of_the_shipped_datasets(
        report in 0usize..4,
        theme in themes(),
        actions in prop::collection::vec(any_action(), 0..60),
    ) {
        let d = data::Source::Embedded(report).load().unwrap();
        check(&d, theme, &actions);
    }

    #[test]
    fn remembered_frames_are_the_frames_of_a_long_list_that_scrolls(
        theme in themes(),
        actions in prop::collection::vec(any_action(), 0..80),
    ) {
        check(&relief_synth::generate(600, 7), theme, &actions);
    }
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
