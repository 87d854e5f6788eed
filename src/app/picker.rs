//! The list of open reports (`o`): which report is highlighted, moving through the list like
//! every other list, and a filter by file name, region or outlet.

use super::action::Action;
use super::mode::Mode;
use super::state::App;
use super::update::MAX_FILTER_CHARS;
use crate::safe::is_unsafe_char;

impl App {
    /// The reports the list shows (indices into [`App::reports`]): those whose file name,
    /// region or outlet, in either language, contains the list's filter.
    pub fn picker_rows(&self) -> &[usize] {
        &self.picker_rows
    }

    /// The filter typed over the list of reports.
    pub fn picker_filter(&self) -> &str {
        &self.picker_filter
    }

    /// Opens the list, the report shown highlighted, no filter.
    pub(super) fn open_picker(&mut self) {
        self.mode = Mode::Picker;
        self.picker_filter.clear();
        self.refresh_picker();
        self.picked = self.current;
    }

    /// Recomputes the rows after the filter changed; the highlight stays on its report when
    /// it still shows, else goes to the first row.
    pub(super) fn refresh_picker(&mut self) {
        let needle = self.picker_filter.to_lowercase();
        let matches = |r: usize| {
            if needle.is_empty() {
                return true;
            }
            let rep = &self.reports[r];
            let name = rep.name.to_lowercase();
            let texts = self.report_data(r).map(|d| {
                let m = &d.meta;
                [&m.region.zh(), &m.region.en(), &m.outlet.zh(), &m.outlet.en()]
                    .iter()
                    .any(|t| t.to_lowercase().contains(&needle))
            });
            name.contains(&needle) || texts.unwrap_or(false)
        };
        self.picker_rows = (0..self.reports.len()).filter(|&r| matches(r)).collect();
        if !self.picker_rows.contains(&self.picked) {
            self.picked = self.picker_rows.first().copied().unwrap_or(self.current);
        }
    }

    /// Moves the highlight to row `row` of the list (clamped).
    fn pick_row(&mut self, row: usize) {
        if let Some(&r) = self.picker_rows.get(row.min(self.picker_rows.len().saturating_sub(1))) {
            self.picked = r;
        }
    }

    /// The highlighted report's row in the list.
    fn picked_row(&self) -> usize {
        self.picker_rows.iter().position(|&r| r == self.picked).unwrap_or(0)
    }

    /// Applies an action while the list is open; `None` when the action is not the list's.
    pub(super) fn picker_update(&mut self, action: &Action) -> Option<()> {
        let row = self.picked_row();
        let page = self.frame.picker.map_or(1, |(rect, _)| usize::from(rect.height)).max(1);
        let last = self.picker_rows.len().saturating_sub(1);
        match action {
            Action::Up | Action::ScrollUp => self.pick_row(row.saturating_sub(1)),
            Action::Down | Action::ScrollDown => self.pick_row(row + 1),
            Action::PageUp => self.pick_row(row.saturating_sub(page)),
            Action::PageDown => self.pick_row(row.saturating_add(page)),
            Action::Home => self.pick_row(0),
            Action::End => self.pick_row(last),
            Action::StartFilter if self.mode == Mode::Picker => self.mode = Mode::PickerFilter,
            Action::FilterPush(c) => self.type_picker_filter(std::iter::once(*c)),
            Action::Paste(text) => self.type_picker_filter(text.chars()),
            Action::FilterPop => {
                self.picker_filter.pop();
                self.refresh_picker();
            }
            Action::FilterDone => self.mode = Mode::Picker,
            Action::Close if self.mode == Mode::PickerFilter => {
                self.picker_filter.clear();
                self.refresh_picker();
                self.mode = Mode::Picker;
            }
            Action::Close => {
                self.picker_filter.clear();
                self.mode = Mode::Normal;
            }
            Action::Pick => {
                let picked = self.picked;
                self.mode = Mode::Normal;
                if !self.picker_rows.is_empty() {
                    self.switch_report(picked);
                }
            }
            Action::PickReport(n) => {
                self.mode = Mode::Normal;
                if let Some(&r) = self.picker_rows.get(*n) {
                    self.switch_report(r);
                }
            }
            _ => return None,
        }
        Some(())
    }

    /// Adds typed or pasted characters to the list's filter, while it is being typed.
    fn type_picker_filter(&mut self, chars: impl Iterator<Item = char>) {
        if self.mode != Mode::PickerFilter {
            return;
        }
        let room = MAX_FILTER_CHARS.saturating_sub(self.picker_filter.chars().count());
        self.picker_filter.extend(chars.filter(|&c| !is_unsafe_char(c)).take(room));
        self.refresh_picker();
    }
}
