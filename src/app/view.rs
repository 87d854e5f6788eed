//! Keeping the derived lists (visible figures, charts) in step with tab, member and filter.

use super::{App, Mode, Tab, catalog};
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
        let data = &self.data;
        let keep = |i: &usize| needle.is_empty() || matches_filter(&data.indicators[*i], &needle);
        let overview = self.tab == Tab::Overview;
        self.visible = if self.tab == Tab::Compare {
            // The Compare tab lists series: by key, or by a label of any of their figures.
            let keep = |s: &&super::compare::Series| {
                needle.is_empty()
                    || s.key.to_lowercase().contains(&needle)
                    || s.points.iter().any(|p| {
                        self.report_data(p.report)
                            .is_some_and(|d| matches_filter(&d.indicators[p.indicator], &needle))
                    })
            };
            self.series.iter().enumerate().filter(|(_, s)| keep(s)).map(|(i, _)| i).collect()
        } else if overview && !needle.is_empty() {
            // On the overview the filter searches every figure of the dataset.
            (0..data.indicators.len()).filter(keep).collect()
        } else {
            self.view_indicators().iter().copied().filter(keep).collect()
        };
        self.charts = if self.tab == Tab::Compare {
            Vec::new()
        } else if overview && needle.is_empty() {
            self.catalog.overview_charts.clone()
        } else {
            catalog::chart_groups(data, &self.visible)
        };
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
        if self.visible.is_empty() && self.mode == Mode::Detail {
            self.mode = Mode::Normal;
        }
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
            && self.tab != Tab::Compare
        {
            return Some("detail popup without a figure".into());
        }
        if self.filter.chars().count() > super::MAX_FILTER_CHARS {
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

/// Whether an indicator's id, labels or notes contain the (lower-case) needle.
fn matches_filter(ind: &Indicator, needle: &str) -> bool {
    [&ind.id, &ind.label.zh, &ind.label.en, &ind.note.zh, &ind.note.en]
        .iter()
        .any(|s| s.to_lowercase().contains(needle))
}
