//! What the event loop reacts to: every thread at the edge sends these.

use std::io;

use ratatui::crossterm::event::Event;

use crate::app::Action;

/// Something the event loop reacts to.
#[derive(Debug)]
pub enum Msg {
    /// A key, mouse, paste or resize event from the terminal.
    Term(Event),
    /// Reading the terminal failed.
    TermError(io::Error),
    /// An action from elsewhere at the edge: the file watcher, or a finished load.
    Action(Action),
    /// A signal arrived.
    Signal(i32),
    /// None of the files opened at start could be read (their problems are printed once
    /// the terminal is restored).
    OpenFailed,
}
