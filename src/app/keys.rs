//! The one key table: it maps keys to actions in each mode, and feeds the footer and help.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Action;
use crate::Lang;

/// What the keyboard is talking to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Browsing tabs and indicators.
    Normal,
    /// Typing a filter.
    Filter,
    /// The detail popup is open.
    Detail,
    /// The help overlay is open.
    Help,
    /// The list of open reports is open.
    Picker,
}

impl Mode {
    /// Every mode, in help order.
    pub const ALL: [Mode; 5] = [Mode::Normal, Mode::Filter, Mode::Detail, Mode::Help, Mode::Picker];
}

/// A key, or a family of keys, that a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPat {
    /// One key without modifiers (Shift is ignored for characters).
    Plain(KeyCode),
    /// One key with Control held.
    Ctrl(char),
    /// The digits 1 to 9.
    Digit,
    /// Any printable character.
    Text,
}

/// What a binding does.
#[derive(Debug, Clone, PartialEq)]
pub enum Cmd {
    /// This action.
    Do(Action),
    /// Go to the tab the digit names (1 is the overview).
    GoTabDigit,
    /// Add the typed character to the filter.
    TypeChar,
}

/// One row of the key table.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    /// Its name in the configuration file's `[keys]` table.
    pub name: &'static str,
    /// The modes it works in.
    pub modes: &'static [Mode],
    /// The keys, first one shown in the footer.
    pub keys: Vec<KeyPat>,
    /// What it does.
    pub cmd: Cmd,
    /// What it does, in words: English, Chinese.
    pub help: (&'static str, &'static str),
    /// The footer's short text for it (English, Chinese), if the footer shows it.
    pub footer: Option<(&'static str, &'static str)>,
}

pub use super::keytable::defaults;

use KeyCode as K;
use KeyPat::{Ctrl, Plain};

impl KeyPat {
    /// Whether the pattern accepts the key: `None` if not; `Some(c)` if so, with the
    /// character it stands for (a digit or typed text).
    pub fn matches(self, key: &KeyEvent) -> Option<Option<char>> {
        let mods = key.modifiers - KeyModifiers::SHIFT;
        match (self, key.code) {
            (Plain(code), actual) if mods.is_empty() => {
                let same = match (code, actual) {
                    (K::Char(a), K::Char(b)) => a == b,
                    (a, b) => a == b,
                };
                same.then_some(None)
            }
            (Ctrl(ch), K::Char(b)) if mods == KeyModifiers::CONTROL => {
                (ch.eq_ignore_ascii_case(&b)).then_some(None)
            }
            (KeyPat::Digit, K::Char(d @ '1'..='9')) if mods.is_empty() => Some(Some(d)),
            (KeyPat::Text, K::Char(ch)) if mods.is_empty() && !ch.is_control() => Some(Some(ch)),
            _ => None,
        }
    }

    /// How the key is written in the footer and help.
    pub fn name(self) -> String {
        match self {
            Plain(K::Char(' ')) => "Space".into(),
            Plain(K::Char(ch)) => ch.to_string(),
            Plain(K::Tab) => "Tab".into(),
            Plain(K::BackTab) => "Shift-Tab".into(),
            Plain(K::Left) => "←".into(),
            Plain(K::Right) => "→".into(),
            Plain(K::Up) => "↑".into(),
            Plain(K::Down) => "↓".into(),
            Plain(K::PageUp) => "PgUp".into(),
            Plain(K::PageDown) => "PgDn".into(),
            Plain(K::Home) => "Home".into(),
            Plain(K::End) => "End".into(),
            Plain(K::Enter) => "Enter".into(),
            Plain(K::Esc) => "Esc".into(),
            Plain(K::Backspace) => "Backspace".into(),
            Plain(K::Delete) => "Delete".into(),
            Plain(K::F(n)) => format!("F{n}"),
            Plain(other) => format!("{other:?}"),
            Ctrl(ch) => format!("Ctrl-{}", ch.to_ascii_uppercase()),
            KeyPat::Digit => "1-9".into(),
            KeyPat::Text => "text".into(),
        }
    }
}

impl Binding {
    /// The binding's description in a language.
    pub fn describe(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.help.0,
            Lang::Zh => self.help.1,
        }
    }

    /// The footer's short text in a language (empty if the footer does not show it).
    pub fn short(&self, lang: Lang) -> &'static str {
        match (self.footer, lang) {
            (Some((en, _)), Lang::En) => en,
            (Some((_, zh)), Lang::Zh) => zh,
            (None, _) => "",
        }
    }

    /// All its keys, written out: `Tab / → / l`.
    pub fn key_names(&self) -> String {
        self.keys.iter().map(|k| k.name()).collect::<Vec<_>>().join(" / ")
    }
}

/// The shipped key table (see [`super::Keymap`] for one remapped by the configuration).
pub fn bindings() -> &'static [Binding] {
    super::Keymap::shipped().bindings()
}

/// The action a key press gives in a mode with the shipped key table.
pub fn action_for(mode: Mode, key: &KeyEvent) -> Option<Action> {
    super::Keymap::shipped().action_for(mode, key)
}

/// The bindings the footer shows in a mode with the shipped key table.
pub fn footer(mode: Mode) -> Vec<&'static Binding> {
    super::Keymap::shipped().footer(mode)
}

/// The action a terminal event gives in a mode: keys through the table, mouse clicks and
/// wheel turns (when captured), pasted text, and resizes.
pub fn action_for_event(
    keymap: &super::Keymap,
    mode: Mode,
    event: &ratatui::crossterm::event::Event,
) -> Option<Action> {
    use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};
    match event {
        Event::Key(key) => keymap.action_for(mode, key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left)
                if matches!(mode, Mode::Normal | Mode::Picker) =>
            {
                Some(Action::Click(m.column, m.row))
            }
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        _ => None,
    }
}
