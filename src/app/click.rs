//! What a mouse click does, from the geometry of the frame drawn last.

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::frame::FrameMap;

/// What a click at (x, y) does: open a tab, pick a group member, or select a row.
pub fn hit(map: &FrameMap, x: u16, y: u16) -> Option<Action> {
    let inside = |rect: Rect| rect.contains(Position { x, y });
    if let Some((rows, offset)) = map.picker {
        // While the list is open, only its rows answer.
        return inside(rows).then(|| Action::PickReport(usize::from(y - rows.y) + offset));
    }
    if let Some(&(_, tab)) = map.tabs.iter().find(|(rect, _)| inside(*rect)) {
        return Some(Action::GoTab(tab));
    }
    if let Some(&(_, by)) = map.headers.iter().find(|(rect, _)| inside(*rect)) {
        return Some(Action::SortBy(by));
    }
    if let Some(m) = map.members.filter(|m| inside(*m)) {
        return Some(Action::GoMember(usize::from(y - m.y) + map.members_offset));
    }
    if let Some(&(_, m)) = map.panels.iter().find(|(rect, _)| inside(*rect)) {
        return Some(Action::GoMember(m));
    }
    if !inside(map.list) {
        return None;
    }
    let row = usize::from(y - map.list.y) / usize::from(map.row_height.max(1));
    let row = row + map.list_offset;
    match usize::from(map.list.width).checked_div(map.card_cols) {
        Some(card_w) => {
            let col = usize::from(x - map.list.x) / card_w.max(1);
            (col < map.card_cols).then_some(Action::Select(row * map.card_cols + col))
        }
        None => Some(Action::Select(row)),
    }
}
