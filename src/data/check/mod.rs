//! The semantic checks run on a well-formed dataset; every problem is reported. One collector
//! of problems ([`collector`]), one file per kind of check: metadata and sections, units,
//! figures, links between figures, derived figures, dates.

mod collector;
mod dates;
mod derived;
mod figures;
mod links;
mod meta;
mod rules;
mod units;

pub use crate::data::dates::{is_date, is_timestamp};
pub use collector::{MAX_ID_LEN, MIN_MAGNITUDE};

use collector::Checker;

use foldhash::{HashSet, HashSetExt};

use super::error::Problem;
use super::model::{Dataset, FORMAT_VERSION, Indicator, OLDEST_VERSION, RawIndicator};

/// Checks a dataset read with plain-string units, and types it.
pub fn validate(raw: Dataset<RawIndicator>) -> Result<Dataset, Vec<Problem>> {
    let mut v = Checker::default();
    if !(OLDEST_VERSION..=FORMAT_VERSION).contains(&raw.format_version) {
        v.problem(
            "format_version",
            format!(
                "unsupported format_version {} (this program reads {OLDEST_VERSION} to \
                 {FORMAT_VERSION})",
                raw.format_version
            ),
        );
    }
    let v1 = raw.format_version == 1;
    v.meta(&raw);
    v.region(super::path::At::Root("meta").field("region"), &raw.meta.region, v1);
    let dimensions = v.declared_dimensions(&raw.dimensions, v1);
    let units = v.declared_units(&raw.units, &dimensions, v1);
    v.sections(&raw.sections);
    if raw.indicators.is_empty() {
        v.problem("indicators", "the dataset has no indicators");
    }
    // First every figure is checked where it lies; then the ones with a known unit and
    // qualifier are typed in place (no second list of 100,000 figures beside the first).
    let parts: HashSet<&str> = raw.meta.parts.iter().map(|p| p.id.as_str()).collect();
    let mut ids = HashSet::with_capacity(raw.indicators.len() + raw.derived.len());
    let types = v.all_figures(&raw, &parts, &units, v1, &mut ids);
    v.comparisons(&raw.indicators, &types);
    let derived_ids: HashSet<&str> = raw.derived.iter().map(|d| d.id.as_str()).collect();
    v.rules(&raw.rules, &raw.indicators, &derived_ids, &types, v1);
    drop(derived_ids);
    let derived_inputs = v.derived_definitions(&raw, v1, &mut ids);
    // The figures named by derived figures that failed their own checks: what depends on
    // them is not computed (the file is refused for their problems already).
    let failed: HashSet<String> = v
        .problems
        .iter()
        .filter_map(|p| p.path.strip_prefix("indicators[")?.split(']').next()?.parse().ok())
        .filter_map(|n: usize| raw.indicators.get(n))
        .map(|i| i.id.to_string())
        .filter(|id| derived_inputs.contains(id))
        .collect();
    drop(ids);
    drop(parts);
    let mut indicators: Vec<Indicator> = raw
        .indicators
        .into_iter()
        .enumerate()
        .filter_map(|(i, ind)| {
            let (unit, qualifier) = types.get(i)?;
            let mut typed = ind.typed(unit.clone(), qualifier);
            if typed.value == 0.0 {
                typed.value = 0.0; // never -0
            }
            Some(typed)
        })
        .collect();
    drop(types);
    v.series_links(&raw.series_links, &mut indicators, v1);
    let computed = v.derived_figures(
        &raw.derived,
        &indicators,
        &derived_inputs,
        &failed,
        &units,
        &raw.meta.published,
    );
    indicators.extend(computed);
    if v.problems.is_empty() {
        Ok(Dataset {
            format_version: raw.format_version,
            meta: raw.meta,
            dimensions: raw.dimensions,
            units: raw.units,
            derived: raw.derived,
            sections: raw.sections,
            indicators,
            series_links: raw.series_links,
            rules: raw.rules,
        })
    } else {
        Err(v.problems)
    }
}
