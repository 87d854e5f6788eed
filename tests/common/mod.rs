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

use relief_dash::app::{Action, App, dispatch};

/// Applies actions as the running app does: each with its follow-ups, then the frame drawn
/// for the new state is handed back (for page sizes, clicks and help scrolling).
pub fn apply(app: &mut App, actions: &[Action]) {
    sync(app);
    for a in actions {
        dispatch(app, a.clone());
        sync(app);
    }
}

/// Hands the state the geometry of the frame drawn for it.
pub fn sync(app: &mut App) {
    relief_dash::ui::draw_and_hand_over(app);
}
