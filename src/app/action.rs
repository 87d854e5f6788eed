//! Everything that can happen to the dashboard's state.

use super::catalog::Catalog;
use super::frame::FrameMap;
use super::search::SearchText;
use super::tab::Tab;
use crate::data::{Dataset, LoadError};

/// A change of state, from a key, the mouse, the terminal, or the result of an effect.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show the next tab.
    NextTab,
    /// Show the previous tab.
    PrevTab,
    /// Show this tab.
    GoTab(Tab),
    /// → : the next tab, or on the Table tab the next columns.
    Right,
    /// ← : the previous tab, or on the Table tab the columns before.
    Left,
    /// Table: sort by the next column (region, date, then each series).
    SortNext,
    /// Table: sort by the column before.
    SortPrev,
    /// Table: reverse the order.
    SortReverse,
    /// Table: sort by this (a click on a column's header; a second click reverses).
    SortBy(super::table::SortBy),
    /// Table: show the next date (each cell's latest, then each date in turn).
    NextDate,
    /// Table: children under their parents, or one flat list.
    ToggleTree,
    /// Table: hide or show the selected row's children.
    ToggleCollapse,
    /// Table: show these columns, in this order (none: every column).
    ShowColumns(Vec<usize>),
    /// Select the previous row.
    Up,
    /// Select the next row.
    Down,
    /// Move the selection up a page.
    PageUp,
    /// Move the selection down a page.
    PageDown,
    /// Select the first row.
    Home,
    /// Select row `n` of the current list.
    Select(usize),
    /// In a group, show entry `m` (0 is the group itself).
    GoMember(usize),
    /// Select the last row.
    End,
    /// In a group, show the next member.
    NextMember,
    /// In a group, show the previous member.
    PrevMember,
    /// Open the detail popup for the selected indicator.
    OpenDetail,
    /// Close the popup, or clear the filter.
    Close,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Switch between Chinese and English.
    ToggleLang,
    /// Switch the charts between linear and logarithmic scales.
    ToggleLog,
    /// Start typing a filter.
    StartFilter,
    /// Add a character to the filter.
    FilterPush(char),
    /// Remove the filter's last character.
    FilterPop,
    /// Stop typing and keep the filter.
    FilterDone,
    /// Text pasted into the terminal (bracketed paste): goes into the filter when it is
    /// open, and is ignored otherwise.
    Paste(String),
    /// Open the list of open reports.
    OpenPicker,
    /// Show the report highlighted in that list.
    Pick,
    /// Show the report on row `n` of the list of reports (a click in the list).
    PickReport(usize),
    /// Leave the dashboard.
    Quit,
    /// Stop the process for the shell (Ctrl-Z).
    Suspend,
    /// Draw the whole screen again (Ctrl-L).
    Redraw,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A mouse click at a column and row.
    Click(u16, u16),
    /// The mouse wheel turned up.
    ScrollUp,
    /// The mouse wheel turned down.
    ScrollDown,
    /// Read the dataset file again (the `r` key, or the file changed on disk).
    Reload,
    /// Report `r`'s file changed on disk (several reports open): read it again.
    ReloadReport(usize),
    /// A read asked for by `Effect::Load(generation)` finished.
    Loaded(u64, Box<Result<Loaded, LoadError>>),
    /// Watching the file stopped, with the reason; `None` once it works again.
    Watching(Option<String>),
    /// The frame just drawn, for mouse hits, page sizes and help scrolling.
    Framed(FrameMap),
    /// While the files are read at start: how many bytes are read.
    Progress(u64),
    /// The files read at start, as the state built from them.
    Opened(Opened),
}

impl Action {
    /// Whether it only moves the selection (or scrolls help): it changes nothing else a
    /// frame shows.
    pub fn is_move(&self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Home
                | Action::End
                | Action::ScrollUp
                | Action::ScrollDown
        )
    }
}

/// The state built from the files read at start (off the UI thread), taking over from the
/// one that showed the reading (`Opened::new`, and `update` takes it over). It is held
/// without its type: the actions cannot name the state, whose key bindings name them.
#[derive(Clone)]
pub struct Opened(pub(super) std::sync::Arc<dyn std::any::Any + Send + Sync>);

impl std::fmt::Debug for Opened {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opened(..)")
    }
}

impl PartialEq for Opened {
    /// The same state built.
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A dataset read off the UI thread, with its view model and search text built there too:
/// swapping in a reloaded file of 100,000 figures then costs the UI thread nothing to build.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The dataset.
    pub data: Dataset,
    /// Its tabs, sections and chart groups.
    pub catalog: Catalog,
    /// Its filter's search text.
    pub search: std::sync::Arc<SearchText>,
}

impl Loaded {
    /// The dataset, its catalog and its search text (call it where the dataset was read).
    pub fn new(data: Dataset) -> Loaded {
        let catalog = Catalog::new(&data);
        let search = std::sync::Arc::new(SearchText::new(&data));
        Loaded { data, catalog, search }
    }
}

impl PartialEq for Loaded {
    /// The same dataset (the rest is built from it).
    fn eq(&self, other: &Self) -> bool {
        self.data == other.data
    }
}
