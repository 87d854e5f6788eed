//! The Table tab's state: how its rows are sorted, which columns and date are shown, tree or
//! flat, which parents are collapsed; and the rows that follow from it.

use std::collections::BTreeSet;

use super::grid::Grid;

/// What the rows are sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// The region's name.
    #[default]
    Region,
    /// The date of the figures shown.
    Date,
    /// A column's base value (rows without one last, either way).
    Column(usize),
}

/// How the Table tab is shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableState {
    /// What the rows are sorted by.
    pub sort: SortBy,
    /// Largest or last first.
    pub desc: bool,
    /// The first column shown (the columns scroll).
    pub first_col: usize,
    /// The date shown, a position in the grid's dates; `None`: each cell's latest.
    pub date: Option<usize>,
    /// Children under their parent, rather than one flat list.
    pub tree: bool,
    /// Parents whose children are hidden, by report.
    pub collapsed: BTreeSet<usize>,
    /// The columns chosen, in order (empty: every column of the grid).
    pub chosen: Vec<usize>,
}

/// A row shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// The report.
    pub report: usize,
    /// How deep in the tree (0 flat).
    pub depth: usize,
    /// Whether it has children among the open reports.
    pub parent: bool,
    /// Its rank by the sorted column among the rows it is sorted with (1 first); `None` with
    /// no value there or when not sorted by a column.
    pub rank: Option<usize>,
}

/// What the rows need to know of each report beyond the grid.
pub struct Names<'a> {
    /// The region's name in the language shown, by report.
    pub name: &'a dyn Fn(usize) -> String,
    /// Whether the report's region matches the filter.
    pub matches: &'a dyn Fn(usize) -> bool,
}

impl TableState {
    /// The columns shown, in order: the chosen ones, or every one.
    pub fn columns(&self, grid: &Grid) -> Vec<usize> {
        if self.chosen.is_empty() {
            (0..grid.columns.len()).collect()
        } else {
            self.chosen.iter().copied().filter(|&c| c < grid.columns.len()).collect()
        }
    }

    /// The date of report `r`'s row: the date shown, or the latest of its cells.
    pub fn row_date(&self, grid: &Grid, r: usize) -> Option<usize> {
        match self.date {
            Some(d) => Some(d),
            None => grid.cells.get(r)?.iter().filter_map(|c| c.last().map(|f| f.date)).max(),
        }
    }

    /// The rows shown, in order.
    pub fn rows(&self, grid: &Grid, names: &Names) -> Vec<Row> {
        let n = grid.cells.len();
        let value = |r: usize| match self.sort {
            SortBy::Column(c) => grid.cell(r, c, self.date).map(|f| f.base),
            _ => None,
        };
        // Each report's sort key, found once (not at each comparison).
        let names_of: Vec<String> = match self.sort {
            SortBy::Region => (0..n).map(|r| (names.name)(r)).collect(),
            _ => Vec::new(),
        };
        let dates: Vec<Option<usize>> = match self.sort {
            SortBy::Date => (0..n).map(|r| self.row_date(grid, r)).collect(),
            _ => Vec::new(),
        };
        let values: Vec<Option<f64>> = (0..n).map(value).collect();
        let order = |list: &mut Vec<usize>| {
            list.sort_by(|&a, &b| {
                let o = match self.sort {
                    SortBy::Region => names_of[a].cmp(&names_of[b]),
                    SortBy::Date => dates[a].cmp(&dates[b]),
                    SortBy::Column(_) => match (values[a], values[b]) {
                        (Some(x), Some(y)) => x.total_cmp(&y),
                        // Rows without a value go last whichever way the sort goes.
                        (Some(_), None) => return std::cmp::Ordering::Less,
                        (None, Some(_)) => return std::cmp::Ordering::Greater,
                        (None, None) => std::cmp::Ordering::Equal,
                    },
                };
                let o = if self.desc { o.reverse() } else { o };
                o.then(a.cmp(&b))
            });
        };
        let mut out = Vec::new();
        if !self.tree {
            let mut all: Vec<usize> = (0..n).filter(|&r| (names.matches)(r)).collect();
            order(&mut all);
            out.extend(all.iter().map(|&r| Row { report: r, depth: 0, parent: false, rank: None }));
        } else {
            // A row is kept if it or any row under it matches; its ancestors are then kept too.
            let mut keep = vec![false; n];
            for r in 0..n {
                if (names.matches)(r) {
                    let mut at = Some(r);
                    let mut guard = 0;
                    while let Some(x) = at {
                        if keep[x] || guard > n {
                            break;
                        }
                        keep[x] = true;
                        at = grid.parent[x];
                        guard += 1;
                    }
                }
            }
            let mut roots: Vec<usize> =
                (0..n).filter(|&r| keep[r] && grid.parent[r].is_none_or(|p| p == r)).collect();
            order(&mut roots);
            let mut stack: Vec<(usize, usize)> = roots.iter().rev().map(|&r| (r, 0)).collect();
            let mut seen = vec![false; n];
            while let Some((r, depth)) = stack.pop() {
                if std::mem::replace(&mut seen[r], true) {
                    continue; // a loop of parents: each region once
                }
                out.push(Row {
                    report: r,
                    depth,
                    parent: !grid.children[r].is_empty(),
                    rank: None,
                });
                if self.collapsed.contains(&r) {
                    // Folded: its descendants are hidden, not regions without a root.
                    let mut hidden = grid.children[r].clone();
                    while let Some(k) = hidden.pop() {
                        if !std::mem::replace(&mut seen[k], true) {
                            hidden.extend(&grid.children[k]);
                        }
                    }
                    continue;
                }
                let mut kids: Vec<usize> =
                    grid.children[r].iter().copied().filter(|&k| keep[k] && !seen[k]).collect();
                order(&mut kids);
                stack.extend(kids.iter().rev().map(|&k| (k, depth + 1)));
            }
            // Regions in a loop of parents (no root above them) are shown at the top level.
            let mut rest: Vec<usize> = (0..n).filter(|&r| keep[r] && !seen[r]).collect();
            order(&mut rest);
            for r in rest {
                out.push(Row { report: r, depth: 0, parent: false, rank: None });
            }
        }
        // Ranks: by the sorted column, among the rows of one level under one parent.
        if matches!(self.sort, SortBy::Column(_)) {
            let mut counters: std::collections::HashMap<(usize, Option<usize>), usize> =
                std::collections::HashMap::new();
            for row in &mut out {
                if values[row.report].is_none() {
                    continue;
                }
                let group = if self.tree { grid.parent[row.report] } else { None };
                let k = counters.entry((row.depth, group)).or_insert(0);
                *k += 1;
                row.rank = Some(*k);
            }
        }
        out
    }
}
