//! The event loop at the terminal edge: it turns terminal events, signals and worker results
//! into actions, hands them to `dispatch`, carries out the effects, and draws.

use std::io::{self, BufWriter};
use std::sync::mpsc::Receiver;

use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{self as crossterm_terminal, Clear, ClearType};
use signal_hook::consts::signal::{SIGCONT, SIGTSTP};

use super::input::action_for_event;
use super::msg::Msg;
use super::screen::Screen;
use super::term;
use crate::app::{Action, App, Effect, dispatch};
use crate::ui;

/// How the loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A terminating signal arrived (its number).
    Signal(i32),
    /// None of the files opened at start could be read.
    Failed,
}

impl Exit {
    /// The process exit status: 0, or 128 plus the signal's number.
    pub fn code(self) -> u8 {
        match self {
            Exit::Quit => 0,
            Exit::Failed => 1,
            Exit::Signal(n) => u8::try_from(128 + n).unwrap_or(u8::MAX),
        }
    }
}

/// The terminal, written through a buffer: a frame's escape sequences go out in a few
/// writes (the screen flushes at the end of each frame), not one locked write each.
type Term = Screen<BufWriter<io::Stdout>>;

/// Runs the dashboard until the user quits or a terminating signal arrives. `load` starts a
/// read of the dataset off this thread (its result comes back through `msgs`).
pub fn run(
    mut app: App,
    mouse: bool,
    msgs: &Receiver<Msg>,
    mut load: impl FnMut(u64, usize),
) -> io::Result<Exit> {
    term::install_panic_hook();
    term::enter(mouse)?;
    let _guard = term::Guard;
    let size = crossterm_terminal::size()?;
    dispatch(&mut app, Action::Resize(size.0, size.1));
    let mut terminal = Screen::new(BufWriter::with_capacity(1 << 16, io::stdout()), size);
    let mut memo = ui::Memo::default();
    draw(&mut terminal, &mut app, &mut memo)?;
    test_panic();
    while let Ok(first) = msgs.recv() {
        let mut redraw_all = false;
        // Everything already waiting is handled before one draw (a burst of keys).
        for msg in std::iter::once(first).chain(msgs.try_iter()) {
            let action = match msg {
                Msg::Term(ev) => action_for_event(app.keymap(), app.mode(), &ev),
                Msg::TermError(e) => return Err(e),
                Msg::Action(a) => Some(a),
                Msg::Signal(SIGTSTP) => Some(Action::Suspend),
                Msg::Signal(SIGCONT) => {
                    // Resumed (after `kill -STOP` too): the shell may have reset the
                    // terminal while we were stopped, so leave and enter every mode again.
                    term::restore();
                    term::enter(mouse)?;
                    Some(Action::Redraw)
                }
                Msg::Signal(n) => return Ok(Exit::Signal(n)),
                Msg::OpenFailed => return Ok(Exit::Failed),
            };
            let Some(action) = action else { continue };
            for effect in dispatch(&mut app, action) {
                match effect {
                    Effect::Quit => return Ok(Exit::Quit),
                    Effect::Load(generation, report) => load(generation, report),
                    Effect::Suspend => {
                        suspend(mouse)?;
                        redraw_all = true;
                    }
                    Effect::RedrawAll => redraw_all = true,
                    Effect::Discard(old) => {
                        // Freed on a thread of its own; if none can start, here.
                        let _ = std::thread::Builder::new().spawn(move || drop(old));
                    }
                    Effect::Then(_) => {}
                }
            }
        }
        if redraw_all {
            // Resumed: the size may have changed meanwhile, with no event to say so.
            let size = crossterm_terminal::size()?;
            dispatch(&mut app, Action::Resize(size.0, size.1));
            clear(&mut terminal, size)?;
        } else if terminal.size() != app.size() {
            clear(&mut terminal, app.size())?;
        }
        draw(&mut terminal, &mut app, &mut memo)?;
    }
    Ok(Exit::Quit)
}

/// Blanks the terminal at `size`, so the next draw writes every cell that is not blank.
fn clear(terminal: &mut Term, size: (u16, u16)) -> io::Result<()> {
    execute!(io::stdout(), Clear(ClearType::All))?;
    terminal.blank(size);
    Ok(())
}

/// Draws the state (with what `memo` remembers of the last frames), then hands the state
/// the geometry of what was drawn.
fn draw(terminal: &mut Term, app: &mut App, memo: &mut ui::Memo) -> io::Result<()> {
    let mut map = None;
    terminal.draw(|area, buf| {
        map = Some(ui::draw_with(app, area, buf, memo));
        ((), memo.unchanged())
    })?;
    if let Some(map) = map {
        ui::hand_over(app, map);
    }
    Ok(())
}

/// Gives the terminal back to the shell and stops the process; on `fg`, enters every mode
/// again (the caller redraws the whole screen).
fn suspend(mouse: bool) -> io::Result<()> {
    term::restore();
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    term::enter(mouse)
}

/// Debug builds only: lets the end-to-end test check that a panic restores the terminal.
fn test_panic() {
    #[cfg(debug_assertions)]
    if std::env::var_os("RELIEF_DASH_TEST_PANIC").is_some() {
        panic!("panic requested by RELIEF_DASH_TEST_PANIC");
    }
}
