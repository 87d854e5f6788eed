//! Figures compared across reports: linked by their `series` key (never by their labels),
//! one comparison per key and dimension that two or more reports give.

pub use crate::data::dates::year_of;
use crate::data::{Dataset, Dimension, Indicator, Period, PeriodKind};

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
}

/// When a figure holds: its date, or its range (placed at its end), else the report's date.
fn when(d: &Dataset, ind: &Indicator) -> (f64, String) {
    let (end, shown) = match &ind.as_of {
        Some(Period { from: Some(from), to: Some(to), .. }) => {
            (to.to_string(), format!("{from}–{to}"))
        }
        Some(Period { date: Some(date), .. }) => (date.to_string(), date.to_string()),
        _ => {
            let published = d.meta.published.get(..10).unwrap_or(&d.meta.published).to_string();
            (published.clone(), published)
        }
    };
    (year_of(&end).unwrap_or(0.0), shown)
}

/// Whether a figure holds over a period rather than at a date.
fn spans(ind: &Indicator) -> bool {
    ind.as_of.as_ref().is_some_and(|p| p.from.is_some() || p.kind == Some(PeriodKind::During))
}

/// Every series that two or more of the reports give, by key then dimension.
pub fn series(reports: &[Option<&Dataset>]) -> Vec<Series> {
    let mut found: Vec<Series> = Vec::new();
    let mut index: std::collections::HashMap<(&str, Dimension), usize> =
        std::collections::HashMap::new();
    for (r, d) in reports.iter().enumerate() {
        let Some(d) = d else { continue };
        for (i, ind) in d.indicators.iter().enumerate() {
            let (Some(key), None) = (&ind.series, &ind.formula) else { continue };
            let axis = ind.unit.dimension();
            let point = Point {
                report: r,
                indicator: i,
                value: ind.value * ind.unit.factor(),
                high: ind.value_max.map(|m| m * ind.unit.factor()),
                when: when(d, ind),
                span: spans(ind),
            };
            // One look-up a figure, however many series there are.
            match index.get(&(key.as_str(), axis)) {
                Some(&k) => found[k].points.push(point),
                None => {
                    index.insert((key.as_str(), axis), found.len());
                    found.push(Series { key: key.to_string(), axis, points: vec![point], max: 0.0 })
                }
            }
        }
    }
    found.retain(|s| s.points.iter().any(|p| p.report != s.points[0].report));
    for s in &mut found {
        s.points.sort_by(|a, b| a.when.0.total_cmp(&b.when.0).then(a.report.cmp(&b.report)));
        s.max = s.points.iter().map(|p| p.high.unwrap_or(p.value)).fold(0.0, f64::max);
    }
    found.sort_by(|a, b| a.key.cmp(&b.key));
    found
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
