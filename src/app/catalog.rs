//! The view model: tabs, sections and chart groups derived once from a dataset.

use foldhash::{HashMap, HashMapExt};

use super::tab::Tab;
use crate::data::threads::TWO_THREADS_FROM;
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
    /// The figure with the largest value (its text is about the widest of the chart).
    pub largest: Option<usize>,
    /// The units its figures count in, each once, as places in [`Catalog::units`] (the
    /// chart's title names what they count when they all have one name).
    pub units: Vec<u32>,
}

impl ChartGroup {
    /// A group of indicators of dimension `axis`, with its largest value.
    pub fn new(d: &Dataset, axis: Dimension, indicators: Vec<usize>) -> ChartGroup {
        let largest =
            indicators.iter().copied().max_by(|&a, &b| axis_high(d, a).total_cmp(&axis_high(d, b)));
        let max = largest.map_or(0.0, |i| axis_high(d, i).max(0.0));
        ChartGroup { axis, indicators, max, largest, units: Vec::new() }
    }
}

/// An indicator's value (a range's low end) in its dimension's base unit.
pub fn axis_value(d: &Dataset, i: usize) -> f64 {
    let ind = &d.indicators[i];
    ind.value * ind.unit.factor()
}

/// An indicator's highest value (a range's high end) in its dimension's base unit: what a
/// chart's axis must reach.
pub fn axis_high(d: &Dataset, i: usize) -> f64 {
    let ind = &d.indicators[i];
    ind.more().value_max.unwrap_or(ind.value) * ind.unit.factor()
}

/// A group's members compared on one dimension: each member's figures of it, or `None`
/// for a member that has none (drawn as "no figure", never as a zero bar).
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// What the bars measure.
    pub axis: Dimension,
    /// (member position, starting at 1; indicator index) in member order.
    pub rows: Vec<(usize, Option<usize>)>,
    /// The largest value on the axis, in the base unit.
    pub max: f64,
    /// As [`ChartGroup::units`], over the member figures.
    pub units: Vec<u32>,
}

/// Everything the views need that follows from the dataset alone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    /// Per top-level section: the section itself, then one entry per member.
    pub tabs: Vec<Vec<SectionView>>,
    /// The overview's cards: the key figures first, then every other figure in file order.
    pub headlines: Vec<usize>,
    /// The overview's charts: headcounts, households and sums of money first, then every
    /// other dimension with two or more figures.
    pub overview_charts: Vec<ChartGroup>,
    /// Per top-level section: for a group, its members compared dimension by dimension.
    pub comparisons: Vec<Vec<Comparison>>,
    /// Per series key, its figures in file order.
    pub series: HashMap<String, Vec<usize>>,
    /// For each figure compared to another (`compares_to`), that figure.
    pub baselines: HashMap<usize, usize>,
    /// The dataset's rules that do not hold (`rules`), in the file's order.
    pub broken: Vec<crate::data::rules::Broken>,
    /// For a draft (`relief-dash draft`): how many fields are still to complete.
    pub to_do: Option<usize>,
    /// Each figure's place on a chart (see [`axis_of`]); none for a figure never charted.
    pub axes: Vec<Option<Axis>>,
    /// Each unit the figures count in, once: what [`Axis::unit`] points to.
    pub units: Vec<crate::data::Unit>,
}

/// Where a figure stands on a chart: its dimension, its highest value in the base unit, and
/// the place of its unit in [`Catalog::units`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    /// What the bar measures.
    pub dim: Dimension,
    /// Its highest value in the base unit.
    pub high: f64,
    /// Its unit, as a place in [`Catalog::units`].
    pub unit: u32,
}

impl Catalog {
    /// Builds the catalog; linear in the number of indicators. For a large dataset, the
    /// scans that stand alone (fields still to do, rules, series, baselines) run on a second
    /// thread beside the rest.
    pub fn new(d: &Dataset) -> Catalog {
        let side = || {
            let mut series: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, ind) in d.indicators.iter().enumerate() {
                if let Some(key) = &ind.more().series {
                    series.entry(key.to_string()).or_default().push(i);
                }
            }
            let to_do = Some(crate::data::todo::to_do(d).len()).filter(|&n| n > 0);
            (series, baselines(d), to_do, crate::data::rules::broken(d))
        };
        let (mut c, side) = if d.indicators.len() < TWO_THREADS_FROM {
            (Catalog::without_side(d), side())
        } else {
            std::thread::scope(|scope| {
                let side = scope.spawn(side);
                let c = Catalog::without_side(d);
                (c, side.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            })
        };
        (c.series, c.baselines, c.to_do, c.broken) = side;
        c
    }

    /// The catalog but for the scans that stand alone (left empty).
    fn without_side(d: &Dataset) -> Catalog {
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
        // A group's own view holds its own figures, then each member's in member order.
        for views in &mut tabs {
            if views.len() > 1 {
                let members: Vec<usize> =
                    views[1..].iter().flat_map(|v| v.indicators.iter().copied()).collect();
                views[0].indicators.extend(members);
            }
        }
        if headlines.is_empty() {
            headlines = tabs
                .iter()
                .filter_map(|views| views.iter().find_map(|v| v.indicators.first().copied()))
                .collect();
        }
        let mut key = vec![false; d.indicators.len()];
        for &i in &headlines {
            key[i] = true;
        }
        headlines.extend((0..d.indicators.len()).filter(|&i| !key[i]));
        let all: Vec<usize> = (0..d.indicators.len()).collect();
        let (units, unit_of) = units(d);
        let axes: Vec<Option<Axis>> = (0..d.indicators.len())
            .map(|i| axis_of(d, i).map(|(dim, high)| Axis { dim, high, unit: unit_of[i] }))
            .collect();
        let mut overview_charts = group_by_axis(&all, |i| axes[i]);
        overview_charts.sort_by_key(|g| !g.axis.always_charted());
        let comparisons = tabs.iter().map(|views| compare(d, views, &unit_of)).collect();
        Catalog {
            tabs,
            headlines,
            overview_charts,
            comparisons,
            series: HashMap::new(),
            baselines: HashMap::new(),
            to_do: None,
            axes,
            units,
            broken: Vec::new(),
        }
    }

    /// The section view for a tab (none for the overview) and a position in its member
    /// list (0 is the section itself).
    pub fn view(&self, tab: Tab, member: usize) -> Option<&SectionView> {
        self.tabs.get(tab.section()?)?.get(member)
    }

    /// The broken rules that name figure `id`.
    pub fn broken_of<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a crate::data::rules::Broken> {
        self.broken.iter().filter(move |b| b.figures.iter().any(|f| f == id))
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

/// Each figure with `compares_to`, and the figure it names (ids are unique once checked).
fn baselines(d: &Dataset) -> HashMap<usize, usize> {
    if d.indicators.iter().all(|i| i.more().compares_to.is_none()) {
        return HashMap::new();
    }
    let ids: HashMap<&str, usize> =
        d.indicators.iter().enumerate().map(|(i, ind)| (ind.id.as_str(), i)).collect();
    d.indicators
        .iter()
        .enumerate()
        .filter_map(|(i, ind)| Some((i, *ids.get(ind.more().compares_to.as_deref()?)?)))
        .collect()
}

/// A group's members compared: one comparison per dimension that is always charted or that
/// two or more members give, in order of first appearance.
fn compare(d: &Dataset, views: &[SectionView], unit_of: &[u32]) -> Vec<Comparison> {
    let members = views.get(1..).unwrap_or_default();
    let mut axes: Vec<(Dimension, usize)> = Vec::new(); // (axis, members giving it)
    for v in members {
        let mut seen: Vec<Dimension> = Vec::new();
        for &i in &v.indicators {
            if !charted(d, i) || seen.contains(&d.indicators[i].unit.dimension()) {
                continue;
            }
            let axis = d.indicators[i].unit.dimension();
            seen.push(axis);
            match axes.iter_mut().find(|a| a.0 == axis) {
                Some(a) => a.1 += 1,
                None => axes.push((axis, 1)),
            }
        }
    }
    axes.into_iter()
        .filter(|&(axis, n)| n >= 2 || axis.always_charted())
        .map(|(axis, _)| {
            let mut rows = Vec::new();
            for (m, v) in members.iter().enumerate() {
                let before = rows.len();
                for &i in &v.indicators {
                    if charted(d, i) && d.indicators[i].unit.dimension() == axis {
                        rows.push((m + 1, Some(i)));
                    }
                }
                if rows.len() == before {
                    rows.push((m + 1, None));
                }
            }
            let max = rows.iter().filter_map(|r| r.1).map(|i| axis_high(d, i)).fold(0.0, f64::max);
            let mut units = Vec::new();
            for i in rows.iter().filter_map(|r| r.1) {
                add_unit(&mut units, unit_of[i]);
            }
            Comparison { axis, rows, max, units }
        })
        .collect()
}

/// Whether a figure has a value to draw (a derived figure that cannot be computed has none).
fn charted(d: &Dataset, i: usize) -> bool {
    d.indicators[i].more().formula.as_ref().is_none_or(|f| f.not_computable.is_none())
}

/// Adds `unit` to a chart's units unless it has it.
fn add_unit(units: &mut Vec<u32>, unit: u32) {
    if units.last() != Some(&unit) && !units.contains(&unit) {
        units.push(unit);
    }
}

/// Each distinct unit of the dataset once, and for each figure the place of its unit (one
/// comparison per unit handle, one per distinct unit for a new handle).
fn units(d: &Dataset) -> (Vec<crate::data::Unit>, Vec<u32>) {
    let mut by_handle: HashMap<usize, u32> = HashMap::new();
    let mut units: Vec<crate::data::Unit> = Vec::new();
    let unit_of = d
        .indicators
        .iter()
        .map(|ind| {
            let u = &ind.unit;
            *by_handle.entry(u.handle()).or_insert_with(|| {
                let at = units.iter().position(|v| v == u).unwrap_or_else(|| {
                    units.push(u.clone());
                    units.len() - 1
                });
                u32::try_from(at).unwrap_or(u32::MAX)
            })
        })
        .collect();
    (units, unit_of)
}

/// A figure's dimension and highest value in its base unit; none for a figure never charted.
pub fn axis_of(d: &Dataset, i: usize) -> Option<(Dimension, f64)> {
    charted(d, i).then(|| (d.indicators[i].unit.dimension(), axis_high(d, i)))
}

/// Groups indicators by dimension, in order of first appearance, each figure's place from
/// `axis` ([`Catalog::axes`], a compact copy that a filter over 100,000 figures reads many
/// times faster than the figures). A group is kept when it holds people, households or
/// money (always charted), or at least two values of another one.
pub fn group_by_axis(
    indicators: &[usize],
    axis: impl Fn(usize) -> Option<Axis>,
) -> Vec<ChartGroup> {
    // Per dimension: its chart, and the highest value (its figure is the last of equal
    // largest ones).
    let mut groups: Vec<(ChartGroup, f64)> = Vec::new();
    for &i in indicators {
        let Some(a) = axis(i) else { continue };
        match groups.iter_mut().find(|g| g.0.axis == a.dim) {
            Some((g, high)) => {
                g.indicators.push(i);
                if a.high.total_cmp(high).is_ge() {
                    (g.largest, *high) = (Some(i), a.high);
                }
                add_unit(&mut g.units, a.unit);
            }
            None => {
                let g = ChartGroup {
                    axis: a.dim,
                    indicators: vec![i],
                    max: 0.0,
                    largest: Some(i),
                    units: vec![a.unit],
                };
                groups.push((g, a.high));
            }
        }
    }
    groups
        .into_iter()
        .filter(|(g, _)| g.indicators.len() >= 2 || g.axis.always_charted())
        .map(|(g, high)| ChartGroup { max: high.max(0.0), ..g })
        .collect()
}
