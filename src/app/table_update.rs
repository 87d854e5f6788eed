//! What the Table tab does with an action: sorting, columns, dates, the tree, and Enter,
//! which opens the selected report on the figure of the sorted column.

use super::action::Action;
use super::grid::Grid;
use super::state::App;
use super::tab::Tab;
use super::table::{SortBy, TableState};

impl TableState {
    /// Keeps the state within a new grid (after a report was read again).
    pub(super) fn keep_in(&mut self, grid: &Grid) {
        if let SortBy::Column(c) = self.sort
            && c >= grid.columns.len()
        {
            self.sort = SortBy::Region;
        }
        self.first_col = self.first_col.min(grid.columns.len().saturating_sub(1));
        if self.date.is_some_and(|d| d >= grid.dates.len()) {
            self.date = None;
        }
        self.collapsed.retain(|&r| r < grid.cells.len());
        self.chosen.retain(|&c| c < grid.columns.len());
    }

    /// The sort keys in order: region, date, then each column.
    fn sort_position(&self, shown: &[usize]) -> usize {
        match self.sort {
            SortBy::Region => 0,
            SortBy::Date => 1,
            SortBy::Column(c) => shown.iter().position(|&s| s == c).map_or(0, |p| p + 2),
        }
    }

    fn sort_at(n: usize, shown: &[usize]) -> SortBy {
        match n {
            0 => SortBy::Region,
            1 => SortBy::Date,
            c => shown.get(c - 2).map_or(SortBy::Region, |&c| SortBy::Column(c)),
        }
    }
}

impl App {
    /// Applies an action on the Table tab; whether it was the table's.
    pub(super) fn table_update(&mut self, action: &Action) -> bool {
        let shown = self.table.columns(&self.grid);
        let columns = shown.len();
        let keys = columns + 2;
        let selected = self.visible.get(self.selected).copied();
        match action {
            Action::Right if self.table.first_col + 1 < columns => self.table.first_col += 1,
            Action::Left if self.table.first_col > 0 => self.table.first_col -= 1,
            Action::SortNext => {
                let next = (self.table.sort_position(&shown) + 1) % keys;
                self.table.sort = TableState::sort_at(next, &shown);
                self.table.desc = matches!(self.table.sort, SortBy::Column(_));
            }
            Action::SortPrev => {
                let prev = (self.table.sort_position(&shown) + keys - 1) % keys;
                self.table.sort = TableState::sort_at(prev, &shown);
                self.table.desc = matches!(self.table.sort, SortBy::Column(_));
            }
            Action::SortReverse => self.table.desc = !self.table.desc,
            Action::SortBy(s) if *s == self.table.sort => self.table.desc = !self.table.desc,
            Action::SortBy(s) => {
                if matches!(s, SortBy::Column(c) if *c >= self.grid.columns.len()) {
                    return true;
                }
                self.table.sort = *s;
                self.table.desc = matches!(s, SortBy::Column(_));
            }
            Action::NextDate => {
                self.table.date = match self.table.date {
                    None if !self.grid.dates.is_empty() => Some(0),
                    Some(d) if d + 1 < self.grid.dates.len() => Some(d + 1),
                    _ => None,
                }
            }
            Action::ToggleTree => self.table.tree = !self.table.tree,
            Action::ShowColumns(cols) => {
                self.table.chosen =
                    cols.iter().copied().filter(|&c| c < self.grid.columns.len()).collect();
                self.table.first_col = 0;
            }
            Action::ToggleCollapse if self.table.tree => {
                let Some(r) = selected else { return true };
                if !self.table.collapsed.remove(&r) && !self.grid.children[r].is_empty() {
                    self.table.collapsed.insert(r);
                }
            }
            Action::OpenDetail => {
                if let Some(r) = selected {
                    self.open_from_table(r);
                }
                return true;
            }
            _ => return false,
        }
        self.refresh_view();
        // The selected report stays selected wherever it moved.
        if let Some(pos) = selected.and_then(|r| self.visible.iter().position(|&v| v == r)) {
            self.selected = pos;
        }
        true
    }

    /// Shows report `r` on the section of its figure in the sorted column (or its first
    /// figure in the table), that figure selected.
    fn open_from_table(&mut self, r: usize) {
        let col = match self.table.sort {
            SortBy::Column(c) => Some(c),
            _ => None,
        };
        let fig = col
            .and_then(|c| self.grid.cell(r, c, self.table.date))
            .or_else(|| {
                (0..self.grid.columns.len()).find_map(|c| self.grid.cell(r, c, self.table.date))
            })
            .map(|f| f.indicator);
        if r != self.current {
            self.switch_report(r);
            if r != self.current {
                return; // it could not be read
            }
        }
        self.tab = Tab::Overview;
        self.member = 0;
        self.selected = 0;
        self.filter.clear();
        if let Some(i) = fig {
            let section = self.data.indicators[i].section.clone();
            if let Some((tab, member)) = self.tab_of(&section) {
                self.tab = tab;
                self.member = member;
            }
        }
        self.refresh_view();
        if let Some(pos) = fig.and_then(|i| self.visible.iter().position(|&v| v == i)) {
            self.selected = pos;
        }
    }

    /// The Table tab's data.
    pub fn grid(&self) -> &Grid {
        &self.grid
    }

    /// How the Table tab is shown.
    pub fn table(&self) -> &TableState {
        &self.table
    }

    /// The Table tab's rows, in order.
    pub fn table_rows(&self) -> &[super::table::Row] {
        &self.table_rows
    }
}
