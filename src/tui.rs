//! The terminal edge: raw mode, alternate screen and mouse capture, always undone (on quit,
//! on error and on panic), and the event loop that feeds actions to `update`.

use std::io::{self, Write};
use std::sync::mpsc;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};

use crate::app::{Action, App, keys, update};

/// Something the event loop reacts to.
#[derive(Debug)]
pub enum Msg {
    /// A key, mouse or resize event from the terminal.
    Term(Event),
    /// Reading the terminal failed.
    TermError(io::Error),
    /// The dataset file changed on disk.
    FileChanged,
}

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore(mouse: bool) {
    let mut out = io::stdout();
    if mouse {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = disable_raw_mode();
    let _ = execute!(out, LeaveAlternateScreen, cursor::Show);
    let _ = out.flush();
}

/// Restores the terminal when dropped, so every way out of [`run`] undoes the set-up.
struct Guard {
    mouse: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore(self.mouse);
    }
}

/// Restores the terminal before the default panic message is printed.
fn install_panic_hook(mouse: bool) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(mouse);
        previous(info);
    }));
}

/// Runs the dashboard until the user quits. `on_action` lets the caller handle actions
/// that need the outside world (reloading a file); it may change the state.
pub fn run(
    mut app: App,
    mouse: bool,
    msgs: mpsc::Receiver<Msg>,
    mut on_action: impl FnMut(&mut App, &Action),
) -> io::Result<()> {
    install_panic_hook(mouse);
    enable_raw_mode()?;
    let _guard = Guard { mouse };
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    update(&mut app, Action::Resize(size.width, size.height));
    terminal.draw(|f| crate::ui::render(&app, f))?;
    // Lets the end-to-end test check that a panic restores the terminal.
    if std::env::var_os("RELIEF_DASH_TEST_PANIC").is_some() {
        panic!("panic requested by RELIEF_DASH_TEST_PANIC");
    }
    while let Ok(msg) = msgs.recv() {
        let action = match msg {
            Msg::Term(ev) => keys::action_for_event(app.mode, &ev),
            Msg::TermError(e) => return Err(e),
            Msg::FileChanged => Some(Action::Reload),
        };
        let Some(mut action) = action else { continue };
        loop {
            on_action(&mut app, &action);
            match update(&mut app, action) {
                Some(next) => action = next,
                None => break,
            }
        }
        if app.quit {
            break;
        }
        terminal.draw(|f| crate::ui::render(&app, f))?;
    }
    Ok(())
}

/// Starts a thread that blocks on terminal input and forwards it; it ends when the
/// receiver is gone. Blocking reads mean no wake-ups while idle.
pub fn spawn_input(tx: mpsc::Sender<Msg>) {
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
