//! The last drawn frame as the state needs it: where tabs, members and rows are (for mouse
//! clicks), how many rows a page holds and how far help can scroll. The edge hands it over
//! after each draw (`Action::Framed`), so the state never asks the view.

use ratatui::layout::Rect;

use super::tab::Tab;

/// Geometry of the frame on screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FrameMap {
    /// Each visible tab label and the tab it opens.
    pub tabs: Vec<(Rect, Tab)>,
    /// A group's member list (inner rows), if shown.
    pub members: Option<Rect>,
    /// First member-list entry shown.
    pub members_offset: usize,
    /// The list of open reports, when it is open: its rows, and the first report shown.
    pub picker: Option<(Rect, usize)>,
    /// A group's side-by-side view: each member's panel and its position in the member list.
    pub panels: Vec<(Rect, usize)>,
    /// The figure list's inner rows, or the overview's card grid.
    pub list: Rect,
    /// First list row (or card row) shown.
    pub list_offset: usize,
    /// Cards per row on the overview; 0 for a plain list.
    pub card_cols: usize,
    /// Height of one card row (1 for a plain list).
    pub row_height: u16,
    /// How many figures a page holds (PgUp / PgDn).
    pub page: usize,
    /// The largest useful scroll of the help overlay.
    pub help_max_scroll: usize,
    /// How many lines of help one screen shows.
    pub help_page: usize,
    /// The Table tab's column headers and what a click on each sorts by.
    pub headers: Vec<(Rect, super::table::SortBy)>,
}
