//! Pieces shared by several test files.

#![allow(dead_code)]

use ratatui::crossterm::event::KeyCode;

/// The non-character keys the key table binds, or could be pressed by mistake.
pub const SPECIAL_KEYS: [KeyCode; 14] = [
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Backspace,
    KeyCode::Delete,
];
