//! Several reports open at once: switching the one shown, reading one again, and the series
//! they share (the Compare tab).

use super::action::Loaded;
use super::catalog::Catalog;
use super::effect::Effect;
use super::report::Report;
use super::series::{self, Series};
use super::state::App;
use super::tab::Tab;
use crate::data::{Dataset, LoadError};
use crate::safe::escape;

impl App {
    /// The same state with the other open reports: `reports[current]` is the one shown
    /// (its `data` is ignored), the others are compared with it.
    pub fn with_library(mut self, mut reports: Vec<Report>, current: usize) -> App {
        if let Some(r) = reports.get_mut(current) {
            r.data = None;
        }
        self.current = current.min(reports.len().saturating_sub(1));
        self.reports = reports;
        self.series = self.compute_series();
        self.grid = std::sync::Arc::new(self.compute_grid());
        self.table.tree = self.grid.parent.iter().any(Option::is_some);
        self.refresh_view();
        self
    }

    /// The open reports, in order (empty when only one dataset is open).
    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    /// Which of them is shown.
    pub fn current_report(&self) -> usize {
        self.current
    }

    /// Which of them is highlighted in the list of reports.
    pub fn picked_report(&self) -> usize {
        self.picked
    }

    /// Shows report `r` instead, on its overview (or still on Compare); a report that could
    /// not be read, or a position out of range, changes nothing. A read of the report shown
    /// before that is still running is dropped when it ends.
    pub(super) fn switch_report(&mut self, r: usize) {
        if r == self.current || self.reports.get(r).is_none_or(|rep| rep.data.is_none()) {
            return;
        }
        let Some(data) = self.reports[r].data.take() else { return };
        self.reports[r].pending = None; // the shown report's reads go by `pending` of the app
        let old = std::mem::replace(&mut self.data, data);
        self.reports[self.current].data = Some(old);
        self.current = r;
        self.catalog = Catalog::new(&self.data);
        self.forget_search();
        self.generation += 1;
        self.loading = false;
        self.reload_failed = None;
        if !matches!(self.tab, Tab::Compare | Tab::Table) {
            self.tab = Tab::Overview;
        }
        self.member = 0;
        self.selected = 0;
        self.filter.clear();
        self.refresh_view();
    }

    /// The dataset of report `r`, the shown one included.
    pub fn report_data(&self, r: usize) -> Option<&Dataset> {
        if r == self.current { Some(&self.data) } else { self.reports.get(r)?.data.as_ref() }
    }

    /// The series the open reports share.
    pub fn series(&self) -> &[Series] {
        &self.series
    }

    /// Whether there is a Compare tab: two or more reports are open.
    pub fn has_compare(&self) -> bool {
        self.reports.len() >= 2
    }

    /// The tab at position `i` of the tab bar: the overview, the sections, then Compare.
    pub fn tab_at(&self, i: usize) -> Tab {
        if self.has_compare() && i == self.data.sections.len() + 1 {
            Tab::Compare
        } else if self.has_compare() && i == self.data.sections.len() + 2 {
            Tab::Table
        } else {
            Tab::from_index(i)
        }
    }

    /// The position of a tab in the tab bar.
    pub fn tab_position(&self, tab: Tab) -> usize {
        match tab {
            Tab::Compare => self.data.sections.len() + 1,
            Tab::Table => self.data.sections.len() + 2,
            t => t.index(),
        }
    }

    /// Report `r`'s file changed: read it again (the one shown, as `r` does).
    pub(super) fn reload_report(&mut self, r: usize) -> Option<Effect> {
        if r == self.current || self.reports.get(r).is_none() {
            return self.reload_shown();
        }
        self.generation += 1;
        self.reports[r].pending = Some(self.generation);
        Some(Effect::Load(self.generation, r))
    }

    /// A read of a report not shown came back: a good version replaces its data (and the
    /// series are compared again); a bad one keeps the last good version, marked. A read no
    /// report is waiting for (superseded) is dropped.
    pub(super) fn apply_report_read(&mut self, generation: u64, result: Result<Loaded, LoadError>) {
        let Some(r) = self.reports.iter().position(|rep| rep.pending == Some(generation)) else {
            return;
        };
        let rep = &mut self.reports[r];
        rep.pending = None;
        match result {
            Ok(loaded) => {
                rep.data = Some(loaded.data);
                rep.problem = None;
                rep.reload_problem = None;
            }
            Err(e) => {
                let first = e.lines().into_iter().next().unwrap_or_default();
                let first = escape(&first).into_owned();
                if rep.data.is_some() {
                    rep.reload_problem = Some(first)
                } else {
                    rep.problem = Some(first)
                }
            }
        }
        self.series = self.compute_series();
        self.grid = std::sync::Arc::new(self.compute_grid());
        self.table.keep_in(&self.grid);
        self.refresh_view();
    }

    pub(super) fn compute_grid(&self) -> super::grid::Grid {
        let all: Vec<Option<&Dataset>> =
            (0..self.reports.len()).map(|r| self.report_data(r)).collect();
        super::grid::Grid::new(&all)
    }

    pub(super) fn compute_series(&self) -> Vec<Series> {
        let all: Vec<Option<&Dataset>> =
            (0..self.reports.len()).map(|r| self.report_data(r)).collect();
        series::series(&all)
    }
}
