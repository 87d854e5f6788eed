//! A seeded monkey: 100,000 random key, mouse, paste and resize events through the real event
//! mapping, `update` and render; no panic, and the state stays valid after every event.

mod common;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Effect, Loaded, dispatch};
use relief_dash::edge::input::action_for_event;
use relief_synth::Rng;

const EVENTS: usize = 100_000;
const SEED: u64 = 20_200_601;

fn random_event(rng: &mut Rng, size: (u16, u16)) -> Event {
    // Mostly the bound keys, so the monkey gets everywhere; quitting is left out.
    const CHARS: &[char] = &[
        'j', 'k', 'h', 'l', 'g', 'G', '[', ']', '/', '?', 'L', 's', 'r', '1', '4', '7', '9', 'a',
        '平', ' ',
    ];
    let pos = |rng: &mut Rng| {
        (rng.below(usize::from(size.0) + 2) as u16, rng.below(usize::from(size.1) + 2) as u16)
    };
    match rng.below(100) {
        0..=39 => Event::Key(KeyEvent::new(*rng.pick(&common::SPECIAL_KEYS), KeyModifiers::NONE)),
        40..=79 => Event::Key(KeyEvent::new(KeyCode::Char(*rng.pick(CHARS)), KeyModifiers::NONE)),
        80..=81 => {
            let text: String = (0..rng.below(300))
                .map(|_| *rng.pick(&['x', '\n', '平', 'q', '\u{1b}', '\u{202e}']))
                .collect();
            Event::Paste(text)
        }
        82..=91 => {
            let (column, row) = pos(rng);
            let kind = *rng.pick(&[
                MouseEventKind::Down(MouseButton::Left),
                MouseEventKind::Up(MouseButton::Left),
                MouseEventKind::ScrollUp,
                MouseEventKind::ScrollDown,
                MouseEventKind::Moved,
            ]);
            Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
        }
        _ => Event::Resize(rng.below(221) as u16, rng.below(71) as u16),
    }
}

#[test]
fn a_hundred_thousand_random_events_never_break_the_app() {
    let mut rng = Rng::new(SEED);
    let data = relief_dash::data::embedded().unwrap();
    let mut app = App::new(data.clone(), Lang::Zh, (80, 24)).reloadable();
    let mut buf = Buffer::empty(Rect::new(0, 0, 80, 24));
    for n in 0..EVENTS {
        let event = random_event(&mut rng, app.size());
        let Some(action) = action_for_event(app.keymap(), app.mode(), &event) else { continue };
        for effect in dispatch(&mut app, action) {
            match effect {
                Effect::Load(g, _) => {
                    dispatch(&mut app, Action::Loaded(g, Box::new(Ok(Loaded::new(data.clone())))));
                }
                Effect::Quit => panic!("event {n} ({event:?}) quit"),
                _ => {}
            }
        }
        if let Some(problem) = app.invariant_violation() {
            panic!("event {n} ({event:?}) left an invalid state: {problem}");
        }
        let area = Rect::new(0, 0, app.size().0, app.size().1);
        if buf.area != area {
            buf = Buffer::empty(area);
        } else {
            buf.reset();
        }
        let map = relief_dash::ui::draw(&app, area, &mut buf);
        relief_dash::ui::hand_over(&mut app, map);
    }
}
