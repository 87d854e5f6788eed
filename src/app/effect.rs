//! What `update` asks the edge to do once the state has changed.

use super::action::{Action, Loaded};

/// A request from `update`. The edge carries it out; results come back as actions.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Apply this action next (a click resolved to a tab, a member or a row).
    Then(Action),
    /// Read report `.1`'s dataset again (0 when only one is open), off the UI thread, and
    /// answer with [`Action::Loaded`] carrying generation `.0`. A newer generation supersedes
    /// every older one still loading.
    Load(u64, usize),
    /// Leave the dashboard.
    Quit,
    /// Stop the process (Ctrl-Z): restore the terminal first, re-enter it and redraw on resume.
    Suspend,
    /// Clear the screen and draw every cell again.
    RedrawAll,
    /// The version of the dataset a reload replaced, with its catalog: freeing 100,000
    /// figures takes tens of milliseconds, so the edge frees them off the UI thread.
    Discard(Box<Loaded>),
}
