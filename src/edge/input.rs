//! Input from outside the program: terminal events (read on a thread of their own, turned
//! into actions through the key table) and signals.

use std::io;
use std::sync::mpsc::Sender;

use ratatui::crossterm::event::{self, Event, MouseButton, MouseEventKind};
use signal_hook::consts::signal::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::Signals;

use super::msg::Msg;
use crate::app::{Action, Keymap, Mode};

/// Starts a thread that blocks on terminal input and forwards it; it ends when the
/// receiver is gone. Blocking reads mean no wake-ups while idle.
pub fn spawn_input(tx: Sender<Msg>) {
    std::thread::spawn(move || {
        loop {
            let msg = match event::read() {
                Ok(ev) => Msg::Term(ev),
                Err(e) => Msg::TermError(e),
            };
            let stop = matches!(msg, Msg::TermError(_));
            if tx.send(msg).is_err() || stop {
                break;
            }
        }
    });
}

/// Catches the signals that would otherwise leave the terminal broken (TERM, HUP, INT,
/// QUIT, TSTP) and CONT, and forwards them to the loop.
pub fn spawn_signals(tx: Sender<Msg>) -> io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])?;
    std::thread::spawn(move || {
        for s in signals.forever() {
            if tx.send(Msg::Signal(s)).is_err() {
                break;
            }
        }
    });
    Ok(())
}

/// The action a terminal event gives in a mode: keys through the table, mouse clicks and
/// wheel turns (when captured), pasted text, and resizes.
pub fn action_for_event(
    keymap: &Keymap,
    mode: Mode,
    event: &ratatui::crossterm::event::Event,
) -> Option<Action> {
    match event {
        Event::Key(key) => keymap.action_for(mode, key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left)
                if matches!(mode, Mode::Normal | Mode::Picker | Mode::PickerFilter) =>
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
