//! The state while the files the dashboard opens are still being read: the first frame comes
//! at once with how far the reading is, quitting, help and the language work meanwhile, and
//! the state built from the files (off the UI thread) takes over when they are read.

use super::action::{Action, Opened};
use super::effect::Effect;
use super::mode::Mode;
use super::state::{App, Opening};
use crate::data::Dataset;
use crate::lang::Lang;

impl App {
    /// A state that shows the reading of `what` (`total` bytes) until [`Action::Opened`]
    /// brings the state built from it.
    pub fn opening(what: String, total: u64, lang: Lang, size: (u16, u16)) -> App {
        let mut app = App::new(Dataset::nothing(), lang, size);
        app.opening = Some(Opening { what, read: 0, total });
        app
    }

    /// How far the reading is, while the files are still being read.
    pub fn reading(&self) -> Option<&Opening> {
        self.opening.as_ref()
    }
}

impl Opened {
    /// The state built from the files read at start, for [`Action::Opened`].
    pub fn new(app: App) -> Opened {
        Opened(std::sync::Arc::new(app))
    }
}

/// Whether an action acts as always while the files are read: quitting, help, the language,
/// the terminal's size; the rest wait for the figures.
pub(super) fn acts_while_opening(app: &App, action: &Action) -> bool {
    match action {
        Action::Quit
        | Action::Suspend
        | Action::Redraw
        | Action::Resize(..)
        | Action::Framed(_)
        | Action::ToggleHelp
        | Action::Close
        | Action::ToggleLang => true,
        // Moves scroll the help; the list waits for the figures.
        a => a.is_move() && app.mode == Mode::Help,
    }
}

/// What the other actions do while the files are read: how far the reading is, the state
/// read taking over, or nothing.
pub(super) fn while_opening(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::Progress(read) => {
            if let Some(o) = &mut app.opening {
                o.read = read.min(o.total);
            }
        }
        Action::Opened(opened) => take_over(app, opened),
        _ => {}
    }
    None
}

/// The state built from the files takes over, keeping the language, size and help the user
/// chose while waiting.
fn take_over(app: &mut App, opened: Opened) {
    let Ok(new) = opened.0.downcast::<App>() else { return };
    let mut new = std::sync::Arc::unwrap_or_clone(new);
    if new.lang != app.lang {
        new.lang = app.lang;
    }
    new.size = app.size;
    if app.mode == Mode::Help {
        new.mode = Mode::Help;
        new.help_scroll = app.help_scroll;
    }
    new.frame = std::mem::take(&mut app.frame);
    new.view_stamp = app.view_stamp.wrapping_add(1);
    new.opening = None;
    new.refresh_view();
    *app = new;
}
