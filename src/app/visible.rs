//! The figures and charts the current tab shows: kept in step with the tab, member and
//! filter, and searched by the filter.

use std::sync::Arc;

use super::catalog;
use super::mode::Mode;
use super::search::SearchText;
use super::series::Series;
use super::state::App;
use super::tab::Tab;
use super::update::MAX_FILTER_CHARS;
use crate::data::Indicator;

impl App {
    /// The current view's indicators before filtering.
    pub fn view_indicators(&self) -> &[usize] {
        match self.catalog.view(self.tab, self.member) {
            Some(v) => &v.indicators,
            None => &self.catalog.headlines,
        }
    }

    /// Recomputes `visible` and `charts` after the tab, member or filter changed,
    /// and keeps the selection and popups consistent.
    pub(super) fn refresh_view(&mut self) {
        let needle = self.filter.to_lowercase();
        let overview = self.tab == Tab::Overview;
        self.table_rows =
            if self.tab == Tab::Table { self.compute_table_rows(&needle) } else { Vec::new() };
        self.visible = if self.tab == Tab::Table {
            self.table_rows.iter().map(|r| r.report).collect()
        } else if self.tab == Tab::Compare {
            // The Compare tab lists series: by key, or by a label of any of their figures.
            let keep = |s: &&Series| {
                needle.is_empty()
                    || s.key.to_lowercase().contains(&needle)
                    || s.points.iter().any(|p| {
                        self.report_data(p.report)
                            .is_some_and(|d| matches_filter(&d.indicators[p.indicator], &needle))
                    })
            };
            self.series.iter().enumerate().filter(|(_, s)| keep(s)).map(|(i, _)| i).collect()
        } else if needle.is_empty() {
            self.view_indicators().to_vec()
        } else {
            let matched = self.matches(&needle);
            if overview {
                // On the overview the filter searches every figure of the dataset.
                matched.to_vec()
            } else {
                let view = self.view_indicators().iter().copied();
                view.filter(|i| matched.binary_search(i).is_ok()).collect()
            }
        };
        self.charts = if matches!(self.tab, Tab::Compare | Tab::Table) {
            Vec::new()
        } else if overview
            && (needle.is_empty() || self.visible.len() == self.data.indicators.len())
        {
            // Every figure: the charts of all of them, computed once per load.
            self.catalog.overview_charts.clone()
        } else {
            catalog::group_by_axis(&self.visible, |i| self.catalog.axes[i])
        };
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
        if self.visible.is_empty() && self.mode == Mode::Detail {
            self.mode = Mode::Normal;
        }
    }

    /// The Table tab's rows: the reports whose region's names or code contain the filter.
    fn compute_table_rows(&self, needle: &str) -> Vec<super::table::Row> {
        let lang = self.lang;
        let name = |r: usize| {
            self.report_data(r).map_or_else(
                || self.reports.get(r).map_or(String::new(), |rep| rep.name.clone()),
                |d| d.meta.region.get(lang).to_string(),
            )
        };
        let matches = |r: usize| {
            needle.is_empty()
                || self.report_data(r).is_some_and(|d| {
                    let reg = &d.meta.region;
                    contains_folded(reg.zh(), needle)
                        || contains_folded(reg.en(), needle)
                        || reg.code.as_deref().is_some_and(|c| contains_folded(c, needle))
                })
        };
        let names = super::table::Names { name: &name, matches: &matches };
        self.table.rows(&self.grid, &names)
    }

    /// The figures whose texts contain `needle` (lower case, not empty), from the search
    /// text (built now if the filter was not opened first) and the filters typed before.
    fn matches(&mut self, needle: &str) -> Arc<[usize]> {
        let search = self.prepare_search();
        while self.narrowed.last().is_some_and(|(n, _)| !needle.contains(n.as_str())) {
            self.narrowed.pop();
        }
        match self.narrowed.last() {
            Some((n, m)) if n == needle => m.clone(),
            last => {
                let m = search.find(needle, last.map(|(_, m)| &m[..]));
                self.narrowed.push((needle.to_string(), m.clone()));
                m
            }
        }
    }

    /// The shown dataset's search text, built if it is not yet.
    pub(super) fn prepare_search(&mut self) -> Arc<SearchText> {
        let data = &self.data;
        self.search.get_or_insert_with(|| Arc::new(SearchText::new(data))).clone()
    }

    /// The state with the shown dataset's search text built now, as the dashboard starts,
    /// rather than when the filter is first opened.
    pub fn with_search_text(mut self) -> App {
        self.prepare_search();
        self
    }

    /// Forgets what was built from the shown dataset, when another takes its place.
    pub(super) fn forget_search(&mut self) {
        self.search = None;
        self.narrowed.clear();
    }

    /// What is wrong with the state, if anything: the tab, member and selection in range,
    /// popups consistent, and the derived lists up to date. Tests call it after every action.
    pub fn invariant_violation(&self) -> Option<String> {
        if self.tab_position(self.tab) >= self.tab_count() {
            return Some(format!("tab {:?} of {}", self.tab, self.tab_count()));
        }
        if self.member >= self.member_count() {
            return Some(format!("member {} of {}", self.member, self.member_count()));
        }
        if self.selected >= self.visible.len().max(1) {
            return Some(format!("selected {} of {}", self.selected, self.visible.len()));
        }
        if self.mode == Mode::Detail
            && self.selected_indicator().is_none()
            && !matches!(self.tab, Tab::Compare | Tab::Table)
        {
            return Some("detail popup without a figure".into());
        }
        if self.filter.chars().count() > MAX_FILTER_CHARS {
            return Some(format!("filter of {} characters", self.filter.chars().count()));
        }
        let mut fresh = self.clone();
        fresh.refresh_view();
        if fresh.visible != self.visible || fresh.charts != self.charts {
            return Some("visible figures or charts out of date".into());
        }
        None
    }
}

/// Whether an indicator's id, labels or notes contain the (lower-case) needle, ignoring case.
fn matches_filter(ind: &Indicator, needle: &str) -> bool {
    [&*ind.id, ind.label.zh(), ind.label.en(), ind.note.zh(), ind.note.en()]
        .iter()
        .any(|s| contains_folded(s, needle))
}

/// Whether `text`, lower-cased, contains `needle` (lower case), without lower-casing a copy
/// of the text where it cannot matter: an ASCII needle is compared byte by byte ignoring ASCII
/// case; a needle with other characters cannot be in pure ASCII text, and only text with
/// upper-case letters is lower-cased. (A filter key runs this on five texts of every figure.)
pub fn contains_folded(text: &str, needle: &str) -> bool {
    if needle.is_ascii() {
        let (t, n) = (text.as_bytes(), needle.as_bytes());
        return n.is_empty() || t.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n));
    }
    if text.is_ascii() {
        return false;
    }
    if text.chars().any(char::is_uppercase) {
        text.to_lowercase().contains(needle)
    } else {
        text.contains(needle)
    }
}

#[cfg(test)]
mod tests {
    use super::contains_folded;

    #[test]
    fn folding_agrees_with_lower_casing_a_copy() {
        let texts = ["Dibao Allowances", "全年发放低保金", "GDP 增长", "Émile ÉCOLE", "", "ab"];
        let needles = ["dibao", "allow", "低保", "gdp 增", "émile", "école", "", "x", "abc"];
        for t in texts {
            for n in needles {
                let want = t.to_lowercase().contains(n);
                assert_eq!(contains_folded(t, n), want, "{t:?} / {n:?}");
            }
        }
    }
}
