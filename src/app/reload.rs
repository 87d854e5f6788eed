//! Swapping in a new version of the dataset, or keeping the old one when the new one is bad.

use super::action::Loaded;
use super::mode::Mode;
use super::search::SearchText;
use super::state::App;
use super::tab::Tab;
use crate::data::LoadError;
use crate::safe::escape;

impl App {
    /// Applies the result of reading the file again. A good dataset replaces the old one,
    /// keeping the tab, group member and selected indicator (by id) where they still exist;
    /// a bad one leaves the data as it was and sets a banner with the first problem and how
    /// many more there are.
    /// Returns the version replaced, to be freed off the UI thread.
    pub(super) fn apply_reload(&mut self, result: Result<Loaded, LoadError>) -> Option<Loaded> {
        match result {
            // Nothing changed: said, and the view stays exactly as it is.
            Ok(loaded) if loaded.data == self.data => {
                self.reload_failed = None;
                self.unchanged = true;
                Some(loaded)
            }
            Ok(loaded) => Some(self.replace_data(loaded)),
            Err(mut e) => {
                // The user knows which file is open: its name is enough, and leaves room.
                if let Some(name) = std::path::Path::new(&e.file).file_name() {
                    e.file = name.to_string_lossy().into_owned();
                }
                let lines = e.lines();
                let first = lines.first().map_or(String::new(), |l| escape(l).into_owned());
                self.reload_failed = Some((lines.len(), first));
                None
            }
        }
    }

    fn replace_data(&mut self, new: Loaded) -> Loaded {
        let top = self.top_section().map(|s| s.id.clone());
        let member = self.section().map(|s| s.id.clone());
        let selected = self.selected_indicator().map(|i| i.id.clone());
        let search = self.search.take();
        self.forget_search();
        let old = Loaded {
            data: std::mem::replace(&mut self.data, new.data),
            catalog: std::mem::replace(&mut self.catalog, new.catalog),
            search: search.unwrap_or_else(|| std::sync::Arc::new(SearchText::default())),
        };
        self.search = Some(new.search);
        self.series = self.compute_series();
        self.grid = std::sync::Arc::new(self.compute_grid());
        self.table.keep_in(&self.grid);
        self.reload_failed = None;
        if !matches!(self.tab, Tab::Compare | Tab::Table) {
            let found = top.as_ref().and_then(|id| self.tab_of(id)).filter(|&(_, m)| m == 0);
            self.tab = found.map_or(Tab::Overview, |(t, _)| t);
        }
        self.member = member
            .as_ref()
            .and_then(|id| self.tab_of(id))
            .filter(|&(t, _)| t == self.tab)
            .map_or(0, |(_, m)| m);
        let same_view = self.top_section().map(|s| &s.id) == top.as_ref()
            && self.section().map(|s| &s.id) == member.as_ref();
        if !same_view {
            self.selected = 0;
        }
        self.refresh_view();
        let d = &self.data;
        if let Some(pos) =
            selected.and_then(|id| self.visible.iter().position(|&i| d.indicators[i].id == id))
        {
            self.selected = pos;
        }
        if self.mode == Mode::Detail && self.visible.is_empty() {
            self.mode = Mode::Normal;
        }
        old
    }
}
