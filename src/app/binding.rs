//! What a key binding is: the keys it answers to, the modes it works in and what it does.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::mode::Mode;

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
    /// Whether the footer shows it (its words are in `words::keys`, by `name`).
    pub footer: bool,
}

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
    /// All its keys, written out: `Tab / → / l`.
    pub fn key_names(&self) -> String {
        self.keys.iter().map(|k| k.name()).collect::<Vec<_>>().join(" / ")
    }
}
