//! Checking derived figures: their own fields, then what computing them finds (unknown
//! inputs, dimensions that do not fit, cycles).

use foldhash::HashSet;

use super::collector::Checker;
use super::units::UnitTable;
use crate::data::derive::compute;
use crate::data::model::{Dataset, Derived, Indicator, RawIndicator};
use crate::data::path::At;

impl Checker {
    /// Checks each derived figure's id (unique among all figures, recorded in `ids`),
    /// section, label and note. Returns which of the ids that derived figures are computed
    /// from are figures of the report (not derived ones).
    pub(super) fn derived_definitions<'r>(
        &mut self,
        raw: &'r Dataset<RawIndicator>,
        v1: bool,
        ids: &mut HashSet<&'r str>,
    ) -> HashSet<String> {
        if !raw.derived.is_empty() {
            self.v2_only(At::Root("derived"), v1);
        }
        let root = At::Root("derived");
        for (i, d) in raw.derived.iter().enumerate() {
            let at = root.index(i);
            self.id(at.field("id"), &d.id, ids, "indicator");
            if !self.section_ids.contains(d.section.as_str()) {
                self.problem(at.field("section"), format!("no section has the id {:?}", d.section));
            }
            self.text(at.field("label"), &d.label);
            self.note(at.field("note"), &d.note);
        }
        if raw.derived.is_empty() {
            return HashSet::default();
        }
        let given: HashSet<&str> = raw.indicators.iter().map(|i| i.id.as_str()).collect();
        raw.derived
            .iter()
            .flat_map(|d| &d.of)
            .filter(|id| given.contains(id.as_str()))
            .cloned()
            .collect()
    }

    /// Computes the derived figures from the typed ones, recording every problem.
    pub(super) fn derived_figures(
        &mut self,
        defs: &[Derived],
        given: &[Indicator],
        inputs: &HashSet<String>,
        failed: &HashSet<String>,
        units: &UnitTable,
        published: &str,
    ) -> Vec<Indicator> {
        let (computed, problems) =
            compute(defs, given, inputs, failed, &|code| units.get(code).cloned(), published);
        for p in problems {
            self.problem(p.path, p.message);
        }
        computed
    }
}
