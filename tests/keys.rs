//! The key table: no key bound twice in a mode, every action reachable, help lists them all.

mod common;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use relief_dash::Lang;
use relief_dash::app::binding::{Binding, Cmd};
use relief_dash::app::{Action, App, Tab, update};
use relief_dash::app::{Keymap, Mode};
use relief_dash::data;
use relief_dash::words;

fn bindings() -> &'static [Binding] {
    Keymap::shipped().bindings()
}

fn action_for(mode: Mode, key: &KeyEvent) -> Option<Action> {
    Keymap::shipped().action_for(mode, key)
}

/// Every key worth trying: printable ASCII, some CJK, special keys, and Ctrl/Alt chords.
fn universe() -> Vec<KeyEvent> {
    let mut keys = Vec::new();
    let chars = (' '..='~').chain(['平', 'é']);
    for c in chars {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
    }
    for code in common::SPECIAL_KEYS.into_iter().chain([KeyCode::F(1)]) {
        keys.push(KeyEvent::new(code, KeyModifiers::NONE));
    }
    keys
}

#[test]
fn no_key_is_bound_twice_in_one_mode() {
    for mode in Mode::ALL {
        for key in universe() {
            let hits: Vec<_> = bindings()
                .iter()
                .filter(|b| b.modes.contains(&mode))
                .filter(|b| b.keys.iter().any(|k| k.matches(&key).is_some()))
                .map(|b| b.name)
                .collect();
            assert!(hits.len() <= 1, "{mode:?} {key:?} is bound to {hits:?}");
        }
    }
}

#[test]
fn every_action_is_reachable_from_a_key() {
    let expected = [
        Action::NextTab,
        Action::PrevTab,
        Action::GoTab(Tab::from_index(0)),
        Action::GoTab(Tab::from_index(8)),
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Home,
        Action::End,
        Action::NextMember,
        Action::PrevMember,
        Action::OpenDetail,
        Action::Close,
        Action::ToggleHelp,
        Action::ToggleLang,
        Action::ToggleLog,
        Action::StartFilter,
        Action::FilterPush('a'),
        Action::FilterPop,
        Action::FilterDone,
        Action::Quit,
        Action::Reload,
    ];
    let mut reached = Vec::new();
    for mode in Mode::ALL {
        for key in universe() {
            if let Some(a) = action_for(mode, &key) {
                reached.push(a);
            }
        }
    }
    for a in expected {
        assert!(reached.contains(&a), "{a:?} has no key");
    }
}

#[test]
fn every_mode_can_quit_and_leave() {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    for mode in Mode::ALL {
        assert_eq!(action_for(mode, &ctrl_c), Some(Action::Quit), "{mode:?}");
        assert_eq!(action_for(mode, &esc), Some(Action::Close), "{mode:?}");
    }
    let q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(
        action_for(Mode::Filter, &q),
        Some(Action::FilterPush('q')),
        "q is text in a filter"
    );
    let shift_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(action_for(Mode::Normal, &shift_g), Some(Action::End));
    let digit = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
    assert_eq!(action_for(Mode::Normal, &digit), Some(Action::GoTab(Tab::from_index(2))));
}

#[test]
fn help_lists_every_binding_in_both_languages() {
    for lang in [Lang::En, Lang::Zh] {
        let mut app = App::new(data::embedded().unwrap(), lang, (120, 60));
        update(&mut app, Action::ToggleHelp);
        let text = relief_dash::ui::render_text(&app);
        for b in bindings() {
            // Typed text is named in the reader's language; every other key by its name.
            let keys = if b.key_names() == "text" {
                words::interface::words(lang).typed_text.to_string()
            } else {
                b.key_names()
            };
            assert!(text.contains(&keys), "help lacks {keys}");
            assert!(
                text.contains(words::keys::help(b.name, lang)),
                "help lacks {:?}",
                words::keys::help(b.name, lang)
            );
        }
        // One style in Chinese: full-width brackets and colons, no English word.
        if lang == Lang::Zh {
            assert!(
                !text.contains(" text ")
                    && !text.contains(" (输入")
                    && !text.contains("(帮助")
                    && !text.contains("格:"),
                "{text}"
            );
        }
    }
}

#[test]
fn footer_hints_come_from_the_table() {
    let app = App::new(data::embedded().unwrap(), Lang::En, (120, 40));
    let text = relief_dash::ui::render_text(&app);
    let footer = text.lines().nth(39).unwrap();
    for b in Keymap::shipped().footer(Mode::Normal) {
        if matches!(b.cmd, Cmd::Do(Action::NextMember)) {
            assert!(
                !footer.contains(words::keys::footer(b.name, Lang::En)),
                "no group on the overview"
            );
            continue;
        }
        if matches!(b.cmd, Cmd::Do(Action::SortNext | Action::NextDate | Action::ToggleTree)) {
            assert!(!footer.contains(words::keys::footer(b.name, Lang::En)), "no Table tab here");
            continue;
        }
        if matches!(b.cmd, Cmd::Do(Action::OpenPicker)) {
            assert!(!footer.contains("o reports"), "one report open: no list of reports");
            continue;
        }
        assert!(
            footer.contains(words::keys::footer(b.name, Lang::En)),
            "{footer:?} lacks {}",
            words::keys::footer(b.name, Lang::En)
        );
    }
}

#[test]
fn every_binding_has_words_in_both_languages() {
    for b in bindings() {
        let w = words::keys::of(b.name).unwrap_or_else(|| panic!("no words for {}", b.name));
        assert!(!w.help.0.is_empty() && !w.help.1.is_empty(), "{}", b.name);
        assert_eq!(b.footer, !w.footer.0.is_empty(), "footer words of {}", b.name);
        assert_eq!(b.footer, !w.footer.1.is_empty(), "footer words of {}", b.name);
    }
}
