//! Figures compared across reports: linked by their `series` key (never by their labels),
//! one comparison per key and dimension that two or more reports give.

pub use crate::data::dates::year_of;
use std::collections::HashMap;

use crate::data::{Dataset, Dimension, Indicator, Period, PeriodKind, Text, Unit};

/// One report's figure in a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// The report (position in the library).
    pub report: usize,
    /// The figure (index into that report's indicators).
    pub indicator: usize,
    /// Its value (a range's low end) in the base unit of the dimension.
    pub value: f64,
    /// A range's high end, in the base unit.
    pub high: Option<f64>,
    /// When it holds, as a year with a fraction (a period's end), and the date or period as
    /// written (`2019-11-20`, `2016–2020`); else the report's publication date.
    pub when: (f64, String),
    /// Whether it holds over a period (`2016–2020`, during 2020) rather than at a date:
    /// figures of the two kinds are not compared with each other.
    pub span: bool,
    /// Whether another report gives the series for the same region and date (the two are
    /// then told apart by their file names).
    pub twin: bool,
}

/// A series compared across reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// The series key the datasets share.
    pub key: String,
    /// What the values measure: figures of another dimension are never in the same series.
    pub axis: Dimension,
    /// The figures, ordered by time, then by report.
    pub points: Vec<Point>,
    /// The largest value, in the base unit.
    pub max: f64,
    /// Whether the same key is also a series in another dimension (the two are then named
    /// with their dimensions).
    pub twin: bool,
    /// Whether every figure is of one region (else there is no change or trend to tell).
    pub one_region: bool,
    /// Whether every figure holds over a period, or every one at a date.
    pub one_kind: bool,
    /// How many different dates or periods its figures are of.
    pub dates: usize,
    /// The units its figures are given in, each once, in the order first met.
    pub units: Vec<Unit>,
}

/// When a figure holds: its date, or its range (placed at its end), else the report's date.
fn when(d: &Dataset, ind: &Indicator) -> (f64, String) {
    let p = ind.as_of.as_ref();
    let (end, shown) = match (p.and_then(Period::from_to), p.and_then(|p| p.date.as_ref())) {
        (Some((from, to)), _) => (to.to_string(), format!("{from}–{to}")),
        (None, Some(date)) => (date.to_string(), date.to_string()),
        _ => {
            let published = d.meta.published.get(..10).unwrap_or(&d.meta.published).to_string();
            (published.clone(), published)
        }
    };
    (year_of(&end).unwrap_or(0.0), shown)
}

/// Whether a figure holds over a period rather than at a date.
fn spans(ind: &Indicator) -> bool {
    ind.as_of.as_ref().is_some_and(|p| p.from().is_some() || p.kind == Some(PeriodKind::During))
}

/// Every series that two or more of the reports give, by key then dimension.
pub fn series(reports: &[Option<&Dataset>]) -> Vec<Series> {
    let mut found: Vec<Series> = Vec::new();
    let mut index: HashMap<(&str, Dimension), usize> = HashMap::new();
    for (r, d) in reports.iter().enumerate() {
        let Some(d) = d else { continue };
        for (i, ind) in d.indicators.iter().enumerate() {
            let (Some(key), None) = (&ind.more().series, &ind.more().formula) else { continue };
            let axis = ind.unit.dimension();
            let point = Point {
                report: r,
                indicator: i,
                value: ind.value * ind.unit.factor(),
                high: ind.more().value_max.map(|m| m * ind.unit.factor()),
                when: when(d, ind),
                span: spans(ind),
                twin: false,
            };
            // One look-up a figure, however many series there are.
            match index.get(&(key.as_str(), axis)) {
                Some(&k) => found[k].points.push(point),
                None => {
                    index.insert((key.as_str(), axis), found.len());
                    found.push(Series {
                        key: key.to_string(),
                        axis,
                        points: vec![point],
                        max: 0.0,
                        twin: false,
                        one_region: true,
                        one_kind: true,
                        dates: 0,
                        units: Vec::new(),
                    })
                }
            }
        }
    }
    found.retain(|s| s.points.iter().any(|p| p.report != s.points[0].report));
    let region = |r: usize| reports[r].map(|d| &d.meta.region.name);
    for s in &mut found {
        s.points.sort_by(|a, b| a.when.0.total_cmp(&b.when.0).then(a.report.cmp(&b.report)));
        s.max = s.points.iter().map(|p| p.high.unwrap_or(p.value)).fold(0.0, f64::max);
        describe(s, region, reports);
    }
    found.sort_by(|a, b| a.key.cmp(&b.key));
    let mut keys: HashMap<&str, usize> = HashMap::new();
    for s in &found {
        *keys.entry(s.key.as_str()).or_default() += 1;
    }
    let twins: Vec<bool> = found.iter().map(|s| keys[s.key.as_str()] > 1).collect();
    for (s, twin) in found.iter_mut().zip(twins) {
        s.twin = twin;
    }
    found
}

/// What the Compare tab tells of a series, found once when the series are made (not at
/// each frame): its regions, kinds, dates, units and the points of one region and date.
fn describe<'a>(
    s: &mut Series,
    region: impl Fn(usize) -> Option<&'a Text>,
    reports: &[Option<&Dataset>],
) {
    let first = &s.points[0];
    s.one_region = s.points.iter().all(|p| region(p.report) == region(first.report));
    s.one_kind = s.points.iter().all(|p| p.span == first.span);
    let mut dates: Vec<&str> = s.points.iter().map(|p| p.when.1.as_str()).collect();
    dates.dedup();
    s.dates = dates.len();
    let mut same: HashMap<(&str, Option<&Text>), usize> = HashMap::new();
    for p in &s.points {
        *same.entry((p.when.1.as_str(), region(p.report))).or_default() += 1;
    }
    let twins: Vec<bool> =
        s.points.iter().map(|p| same[&(p.when.1.as_str(), region(p.report))] > 1).collect();
    for (p, twin) in s.points.iter_mut().zip(twins) {
        p.twin = twin;
    }
    let mut units: Vec<Unit> = Vec::new();
    for p in &s.points {
        if let Some(d) = reports[p.report] {
            let unit = &d.indicators[p.indicator].unit;
            if !units.iter().any(|u| u.is(unit)) {
                units.push(unit.clone());
            }
        }
    }
    s.units = units;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::shipped;

    #[test]
    fn the_shipped_reports_share_three_series() {
        let reports: Vec<Dataset> = (0..3).map(|i| shipped::shipped(i).unwrap()).collect();
        let refs: Vec<Option<&Dataset>> = reports.iter().map(Some).collect();
        let s = series(&refs);
        let keys: Vec<&str> = s.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "households_lifted_out_of_poverty",
                "people_lifted_out_of_poverty",
                "registered_poor_households"
            ]
        );
        // Xialong's 2016 figure comes before Pingtan's 2020 one.
        let people = &s[1];
        assert_eq!(people.points.iter().map(|p| p.value).collect::<Vec<_>>(), [164.0, 838.0]);
        assert_eq!(people.points[0].when.1, "2016");
        // The dibao standard is a series within one report only: not compared.
        assert!(s.iter().all(|s| s.key != "rural_dibao_standard"));
    }
}
