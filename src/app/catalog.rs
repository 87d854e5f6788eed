//! The view model: tabs, sections and chart groups derived once from a dataset.

use std::collections::HashMap;

use super::Tab;
use crate::data::{Dataset, Dimension};

/// One section as the dashboard sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionView {
    /// Index of its top-level section.
    pub top: usize,
    /// Member index within the top-level section, if this is a member.
    pub member: Option<usize>,
    /// Indices into `Dataset::indicators`, in file order.
    pub indicators: Vec<usize>,
}

/// A set of indicators drawn on one chart: all of one dimension, drawn in its base unit.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGroup {
    /// What the bars measure.
    pub axis: Dimension,
    /// Indices into `Dataset::indicators`.
    pub indicators: Vec<usize>,
    /// The largest value on the axis, in the base unit (0 when there is none above 0).
    pub max: f64,
}

impl ChartGroup {
    /// A group of indicators of dimension `axis`, with its largest value.
    pub fn new(d: &Dataset, axis: Dimension, indicators: Vec<usize>) -> ChartGroup {
        let max = indicators.iter().map(|&i| axis_value(d, i)).fold(0.0, f64::max);
        ChartGroup { axis, indicators, max }
    }
}

/// An indicator's value in its dimension's base unit.
pub fn axis_value(d: &Dataset, i: usize) -> f64 {
    let ind = &d.indicators[i];
    ind.value * ind.unit.factor()
}

/// Everything the views need that follows from the dataset alone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    /// Per top-level section: the section itself, then one entry per member.
    pub tabs: Vec<Vec<SectionView>>,
    /// The overview's key figures.
    pub headlines: Vec<usize>,
    /// The overview's charts: headcounts, households, and sums of money.
    pub overview_charts: Vec<ChartGroup>,
}

impl Catalog {
    /// Builds the catalog; linear in the number of indicators.
    pub fn new(d: &Dataset) -> Catalog {
        let mut index: HashMap<&str, (usize, Option<usize>)> = HashMap::new();
        let mut tabs: Vec<Vec<SectionView>> = Vec::with_capacity(d.sections.len());
        for (t, s) in d.sections.iter().enumerate() {
            index.insert(&s.id, (t, None));
            let mut views = vec![SectionView { top: t, member: None, indicators: Vec::new() }];
            for (m, member) in s.members.iter().enumerate() {
                index.insert(&member.id, (t, Some(m)));
                views.push(SectionView { top: t, member: Some(m), indicators: Vec::new() });
            }
            tabs.push(views);
        }
        let mut headlines = Vec::new();
        for (i, ind) in d.indicators.iter().enumerate() {
            if let Some(&(t, m)) = index.get(ind.section.as_str()) {
                tabs[t][m.map_or(0, |m| m + 1)].indicators.push(i);
            }
            if ind.headline {
                headlines.push(i);
            }
        }
        // A group that gives no figures of its own shows its members' figures.
        for views in &mut tabs {
            if views.len() > 1 && views[0].indicators.is_empty() {
                let mut all: Vec<usize> =
                    views[1..].iter().flat_map(|v| v.indicators.iter().copied()).collect();
                all.sort_unstable();
                views[0].indicators = all;
            }
        }
        if headlines.is_empty() {
            headlines = tabs
                .iter()
                .filter_map(|views| views.iter().find_map(|v| v.indicators.first().copied()))
                .collect();
        }
        let all: Vec<usize> = (0..d.indicators.len()).collect();
        let overview_charts =
            chart_groups(d, &all).into_iter().filter(|g| g.axis.always_charted()).collect();
        Catalog { tabs, headlines, overview_charts }
    }

    /// The section view for a tab (none for the overview) and a position in its member
    /// list (0 is the section itself).
    pub fn view(&self, tab: Tab, member: usize) -> Option<&SectionView> {
        self.tabs.get(tab.section()?)?.get(member)
    }

    /// How many tabs there are, the overview included.
    pub fn tab_count(&self) -> usize {
        self.tabs.len() + 1
    }

    /// How many entries the tab's member list has (1 for a section without members).
    pub fn member_count(&self, tab: Tab) -> usize {
        tab.section().and_then(|t| self.tabs.get(t)).map_or(1, Vec::len)
    }
}

/// Groups indicators by dimension, in order of first appearance. A group is kept when it
/// holds people, households or money (always charted), or at least two values of another one.
pub fn chart_groups(d: &Dataset, indicators: &[usize]) -> Vec<ChartGroup> {
    let mut groups: Vec<(Dimension, Vec<usize>)> = Vec::new();
    for &i in indicators {
        let ind = &d.indicators[i];
        if ind.formula.as_ref().is_some_and(|f| f.not_computable.is_some()) {
            continue; // no value: never drawn as a zero bar
        }
        let axis = ind.unit.dimension();
        match groups.iter_mut().find(|g| g.0 == axis) {
            Some(g) => g.1.push(i),
            None => groups.push((axis, vec![i])),
        }
    }
    groups
        .into_iter()
        .filter(|(axis, members)| members.len() >= 2 || axis.always_charted())
        .map(|(axis, members)| ChartGroup::new(d, axis, members))
        .collect()
}
