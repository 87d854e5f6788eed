//! The Table tab's data: the open reports as rows, the series they give as columns, and in
//! each cell the report's figures of that series by date. Built once when the open reports
//! change (like the Compare tab's series), never at each key or frame.

use std::collections::HashMap;

use crate::data::rules::{self, Bounds};
use crate::data::{Dataset, Dimension, Text};

use super::series::year_of;

/// A figure's label without its own date at the end (`Rural poor population · 2019`, as a
/// table imported by `relief-dash import` labels figures), to head a column of every date.
fn undated(label: &Text, date: &str) -> Text {
    let cut = |s: &str| {
        s.strip_suffix(date)
            .map(|rest| rest.trim_end_matches([' ', '·', ',', '，', '(', '（']))
            .filter(|rest| !rest.is_empty())
            .unwrap_or(s)
            .to_string()
    };
    Text::new(cut(label.zh()), cut(label.en()))
}

/// A column: one series key in one dimension.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The series key.
    pub key: String,
    /// What its values measure.
    pub axis: Dimension,
    /// The label of its first figure, to head the column.
    pub label: Text,
    /// Whether its figures add up (a parent's is compared with its children's sum).
    pub additive: bool,
    /// How many reports give it.
    pub reports: usize,
}

/// One figure in a cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fig {
    /// Index into the report's indicators.
    pub indicator: usize,
    /// Its date's position in [`Grid::dates`].
    pub date: usize,
    /// Its value (a range's low end) in the base unit, for sorting and bars.
    pub base: f64,
    /// The values its qualifier allows, in the base unit.
    pub bounds: Bounds,
}

/// The whole table, for every open report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grid {
    /// The columns, the series most reports give first.
    pub columns: Vec<Column>,
    /// Every date a cell holds, as written, oldest first.
    pub dates: Vec<String>,
    /// For each report, each column's figures, oldest first (empty: no figure).
    pub cells: Vec<Vec<Vec<Fig>>>,
    /// Each report's parent among the open reports.
    pub parent: Vec<Option<usize>>,
    /// Each report's children among the open reports.
    pub children: Vec<Vec<usize>>,
}

impl Grid {
    /// The table of these reports (`None`: a report that could not be read, an empty row).
    pub fn new(reports: &[Option<&Dataset>]) -> Grid {
        // Every (series, dimension) and the figures of it, by report.
        let mut index: HashMap<(&str, Dimension), usize> = HashMap::new();
        let mut columns: Vec<Column> = Vec::new();
        let mut found: Vec<(usize, usize, usize, String, f64)> = Vec::new();
        for (r, d) in reports.iter().enumerate() {
            let Some(d) = d else { continue };
            let mut seen: Vec<usize> = Vec::new();
            for (i, ind) in d.indicators.iter().enumerate() {
                let (Some(key), None) = (&ind.more().series, &ind.more().formula) else { continue };
                let axis = ind.unit.dimension();
                let date = rules::date_key(d, ind);
                let c = *index.entry((key.as_str(), axis)).or_insert_with(|| {
                    columns.push(Column {
                        key: key.to_string(),
                        axis,
                        label: undated(&ind.label, &date),
                        additive: axis.is_additive(),
                        reports: 0,
                    });
                    columns.len() - 1
                });
                if !seen.contains(&c) {
                    seen.push(c);
                    columns[c].reports += 1;
                }
                let when = year_of(date.rsplit('–').next().unwrap_or(&date)).unwrap_or(0.0);
                found.push((r, c, i, date, when));
            }
        }
        // Shared series only, when any is shared; the most shared first, then by key.
        let shared = columns.iter().any(|c| c.reports > 1);
        let mut order: Vec<usize> =
            (0..columns.len()).filter(|&c| !shared || columns[c].reports > 1).collect();
        order.sort_by(|&a, &b| {
            columns[b].reports.cmp(&columns[a].reports).then(columns[a].key.cmp(&columns[b].key))
        });
        let mut place = vec![usize::MAX; columns.len()];
        for (n, &c) in order.iter().enumerate() {
            place[c] = n;
        }
        // Dates, oldest first.
        let mut dates: Vec<(f64, String)> = Vec::new();
        for (_, c, _, date, when) in &found {
            if place[*c] != usize::MAX && !dates.iter().any(|(_, d)| d == date) {
                dates.push((*when, date.clone()));
            }
        }
        dates.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let date_at: HashMap<&str, usize> =
            dates.iter().enumerate().map(|(n, (_, d))| (d.as_str(), n)).collect();
        let mut cells = vec![vec![Vec::new(); order.len()]; reports.len()];
        for (r, c, i, date, _) in &found {
            let col = place[*c];
            if col == usize::MAX {
                continue;
            }
            let Some(d) = reports[*r] else { continue };
            let ind = &d.indicators[*i];
            cells[*r][col].push(Fig {
                indicator: *i,
                date: date_at[date.as_str()],
                base: ind.value * ind.unit.factor(),
                bounds: Bounds::of(ind),
            });
        }
        for row in &mut cells {
            for cell in row {
                cell.sort_by_key(|f| f.date);
            }
        }
        let regions: Vec<_> = reports.iter().map(|d| d.map(|d| &d.meta.region)).collect();
        let children = rules::children(&regions);
        let mut parent = vec![None; reports.len()];
        for (p, kids) in children.iter().enumerate() {
            for &k in kids {
                parent[k] = Some(p);
            }
        }
        let mut columns_in_order = Vec::with_capacity(order.len());
        for &c in &order {
            columns_in_order.push(columns[c].clone());
        }
        Grid {
            columns: columns_in_order,
            dates: dates.into_iter().map(|(_, d)| d).collect(),
            cells,
            parent,
            children,
        }
    }

    /// Report `r`'s figure of column `c`: at date `date` (a position in `dates`), or its
    /// latest.
    pub fn cell(&self, r: usize, c: usize, date: Option<usize>) -> Option<&Fig> {
        let cell = self.cells.get(r)?.get(c)?;
        match date {
            None => cell.last(),
            Some(d) => cell.iter().find(|f| f.date == d),
        }
    }

    /// Report `r`'s figure `fig` of column `c` beside its children's sum: the sum, how many
    /// give one, and how the figure compares with it (`complete`: the report's children are
    /// complete).
    pub fn sum_check(
        &self,
        r: usize,
        c: usize,
        fig: &Fig,
        complete: bool,
    ) -> Option<(Bounds, usize, rules::Verdict)> {
        let (sum, given) = self.child_sum(r, c, fig.date)?;
        let op = rules::parent_op(complete, given, self.children[r].len());
        Some((sum, given, rules::verdict(fig.bounds, op, sum)))
    }

    /// The sum of report `r`'s children's figures of column `c` at date position `date`,
    /// with how many give one, for an additive column; `None` if no child gives one.
    pub fn child_sum(&self, r: usize, c: usize, date: usize) -> Option<(Bounds, usize)> {
        if !self.columns.get(c)?.additive {
            return None;
        }
        let kids = self.children.get(r)?;
        let mut sum = Bounds::ZERO;
        let mut given = 0;
        for &k in kids {
            if let Some(f) = self.cell(k, c, Some(date)) {
                sum = sum.plus(f.bounds);
                given += 1;
            }
        }
        (given > 0).then_some((sum, given))
    }
}
