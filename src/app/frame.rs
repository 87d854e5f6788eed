//! The last drawn frame as the state needs it: where tabs, members and rows are (for mouse
//! clicks), how many rows a page holds and how far help can scroll. The edge hands it over
//! after each draw ([`super::Action::Framed`]), so the state never asks the view.

use ratatui::layout::{Position, Rect};

use super::{Action, Tab};

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
}

impl FrameMap {
    /// What a click at (x, y) does: open a tab, pick a group member, or select a row.
    pub fn hit(&self, x: u16, y: u16) -> Option<Action> {
        let inside = |rect: Rect| rect.contains(Position { x, y });
        if let Some((rows, offset)) = self.picker {
            // While the list is open, only its rows answer.
            return inside(rows).then(|| Action::PickReport(usize::from(y - rows.y) + offset));
        }
        if let Some(&(_, tab)) = self.tabs.iter().find(|(rect, _)| inside(*rect)) {
            return Some(Action::GoTab(tab));
        }
        if let Some(m) = self.members.filter(|m| inside(*m)) {
            return Some(Action::GoMember(usize::from(y - m.y) + self.members_offset));
        }
        if let Some(&(_, m)) = self.panels.iter().find(|(rect, _)| inside(*rect)) {
            return Some(Action::GoMember(m));
        }
        if !inside(self.list) {
            return None;
        }
        let row = usize::from(y - self.list.y) / usize::from(self.row_height.max(1));
        let row = row + self.list_offset;
        match usize::from(self.list.width).checked_div(self.card_cols) {
            Some(card_w) => {
                let col = usize::from(x - self.list.x) / card_w.max(1);
                (col < self.card_cols).then_some(Action::Select(row * self.card_cols + col))
            }
            None => Some(Action::Select(row)),
        }
    }
}
