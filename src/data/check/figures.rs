//! Checking each figure's own fields: on one thread, or for a large dataset in two halves
//! on two threads, merged so that the problems, and their order, are exactly those of one
//! thread.

use std::ops::Range;

use foldhash::HashSet;

use super::collector::Checker;
use super::units::{Types, UnitTable};
use crate::data::model::{Dataset, RawIndicator};
use crate::data::path::At;
use crate::data::units::Qualifier;

use crate::data::threads::TWO_THREADS_FROM;

/// For each figure of the second half: where its problems start, and whether its id is
/// snake_case (8 bytes a figure: a figure has a few problems at most, and a file at most
/// 128 MiB).
type Marks = Vec<(u32, bool)>;

/// Each figure's unit (its place in the table) and qualifier, where both are known.
type Places = Vec<Option<(u32, Qualifier)>>;

impl Checker {
    /// Checks every figure, recording their ids in `ids`; each figure's unit and qualifier
    /// where both are known.
    pub(super) fn all_figures<'r, 'u>(
        &mut self,
        raw: &'r Dataset<RawIndicator>,
        parts: &HashSet<&str>,
        units: &'u UnitTable,
        v1: bool,
        ids: &mut HashSet<&'r str>,
    ) -> Types<'u> {
        let n = raw.indicators.len();
        if n < TWO_THREADS_FROM {
            let of = self.figures(raw, 0..n, parts, units, v1, Some(ids)).0;
            return Types { table: units, of };
        }
        let mid = n / 2;
        let section_ids = self.section_ids.clone();
        let (mut types, (second_types, problems, marks)) = std::thread::scope(|scope| {
            let second = scope.spawn(|| {
                let mut c = Checker { problems: Vec::new(), section_ids };
                let (types, marks) = c.figures(raw, mid..n, parts, units, v1, None);
                (types, c.problems, marks)
            });
            let (types, _) = self.figures(raw, 0..mid, parts, units, v1, Some(&mut *ids));
            (types, second.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
        });
        // The second half's problems, figure by figure; its ids are recorded here, in
        // order, so that a snake_case id seen before is a duplicate, reported first for its
        // figure as one thread would have (and only one set of ids is ever built).
        let root = At::Root("indicators");
        let mut rest = problems.into_iter();
        for (k, &(start, snake)) in marks.iter().enumerate() {
            let i = mid + k;
            let id = raw.indicators[i].id.as_str();
            if snake && !ids.insert(id) {
                self.problem(root.index(i).field("id"), format!("duplicate indicator id {id:?}"));
            }
            let end = marks.get(k + 1).map_or(u32::MAX, |m| m.0);
            for p in rest.by_ref().take(end.saturating_sub(start) as usize) {
                self.push(p);
            }
        }
        types.extend(second_types);
        Types { table: units, of: types }
    }

    /// Checks figures `range`.
    fn figures<'r>(
        &mut self,
        raw: &'r Dataset<RawIndicator>,
        range: Range<usize>,
        parts: &HashSet<&str>,
        units: &UnitTable,
        v1: bool,
        mut ids: Option<&mut HashSet<&'r str>>,
    ) -> (Places, Marks) {
        let mut types = Vec::with_capacity(range.len());
        let mut marks = Vec::with_capacity(if ids.is_none() { range.len() } else { 0 });
        let root = At::Root("indicators");
        for i in range {
            let ind = &raw.indicators[i];
            let at = root.index(i);
            match ids.as_deref_mut() {
                Some(ids) => _ = self.id(at.field("id"), &ind.id, ids, "indicator"),
                // Recorded by the caller, in order.
                None => {
                    let start = u32::try_from(self.problems.len()).unwrap_or(u32::MAX);
                    marks.push((start, self.snake(at.field("id"), &ind.id, "id")));
                }
            }
            if !self.section_ids.contains(ind.section.as_str()) {
                self.problem(
                    at.field("section"),
                    format!("no section has the id {:?}", ind.section),
                );
            }
            if let Some(part) = &ind.part
                && !parts.contains(part.as_str())
            {
                self.problem(
                    at.field("part"),
                    format!("meta.parts has no part with the id {part:?}"),
                );
            }
            self.text(at.field("label"), &ind.label);
            self.note(at.field("note"), &ind.note);
            let names = at.field("names");
            for (j, name) in ind.more().names.iter().enumerate() {
                self.text(names.index(j), name);
            }
            if let Some(p) = &ind.as_of {
                self.period(at.field("as_of"), p, v1);
            }
            if let Some(series) = &ind.more().series {
                self.v2_only(at.field("series"), v1);
                self.snake(at.field("series"), series, "series key");
            }
            if ind.more().compares_to.is_some() {
                self.v2_only(at.field("compares_to"), v1);
            }
            if let Some(source) = &ind.more().source {
                self.figure_source(at.field("source"), source, v1);
            }
            if let Some(d) = &ind.more().draft {
                let draft = at.field("draft");
                self.v2_only(draft, v1);
                self.string(draft.field("sentence"), &d.sentence);
            }
            let place = units.place(&ind.unit);
            let unit = place.and_then(|p| units.at(p));
            if unit.is_none() {
                self.problem(
                    at.field("unit"),
                    format!(
                        "unknown unit {:?} (neither in the standard library, see data/README.md, \
                         nor declared in units)",
                        ind.unit
                    ),
                );
            }
            let qualifier = Qualifier::from_code(&ind.qualifier);
            if qualifier.is_none() {
                self.problem(
                    at.field("qualifier"),
                    format!(
                        "unknown qualifier {:?} (expected exact, at_least, about, at_most or \
                         nearly)",
                        ind.qualifier
                    ),
                );
            }
            if qualifier == Some(Qualifier::Nearly) {
                self.v2_only(at.field("qualifier"), v1);
            }
            if let Some(u) = unit {
                self.value(at.field("value"), ind.value, u);
            }
            if let Some(max) = ind.more().value_max {
                self.range(at, ind.value, max, unit, qualifier, v1);
            }
            types.push(place.zip(qualifier));
        }
        (types, marks)
    }
}

#[cfg(test)]
mod tests {
    use foldhash::HashSetExt;

    use super::*;

    /// The problems of a checker that checked the figures, on two threads or on one.
    fn problems(raw: &Dataset<RawIndicator>, two: bool) -> (Vec<String>, usize) {
        let sections: HashSet<String> = raw.all_sections().map(|(s, _)| s.id.clone()).collect();
        let mut c = Checker { problems: Vec::new(), section_ids: sections };
        let units = UnitTable::library_only();
        let parts = HashSet::new();
        let mut ids = HashSet::new();
        let types = if two {
            c.all_figures(raw, &parts, &units, false, &mut ids).of
        } else {
            c.figures(raw, 0..raw.indicators.len(), &parts, &units, false, Some(&mut ids)).0
        };
        assert_eq!(types.len(), raw.indicators.len());
        assert_eq!(ids.len(), raw.indicators.len() - 3, "every id recorded once");
        (c.problems.iter().map(|p| format!("{}: {}", p.path, p.message)).collect(), ids.len())
    }

    #[test]
    fn two_threads_find_the_same_problems_in_the_same_order_as_one() {
        // The shipped figures repeated, each with an id of its own.
        let mut raw: Dataset<RawIndicator> =
            serde_json::from_str(crate::data::shipped::EMBEDDED).unwrap();
        let shipped = std::mem::take(&mut raw.indicators);
        raw.indicators = (0..2 * TWO_THREADS_FROM)
            .map(|n| {
                let mut figure = shipped[n % shipped.len()].clone();
                figure.id = format!("figure_{n:06}").into();
                figure.more_mut().compares_to = None;
                figure.part = None;
                figure
            })
            .collect();
        let n = raw.indicators.len();
        let early = raw.indicators[100].id.clone();
        let late = raw.indicators[n - 5].id.clone();
        raw.indicators[n / 2 + 10].id = early.clone(); // a duplicate across the halves
        raw.indicators[n / 2 + 20].id = early; // and again
        raw.indicators[n - 1].id = late; // a duplicate within the second half
        raw.indicators[n / 2 + 10].unit = "cistern".into(); // a second problem, same figure
        raw.indicators[n / 2 - 1].label.set_en(" "); // the first half's last figure
        raw.indicators[n / 2].qualifier = "roughly".into(); // the second half's first
        let (one, _) = problems(&raw, false);
        let (two, _) = problems(&raw, true);
        assert_eq!(one.len(), 6, "{one:#?}");
        assert_eq!(two, one);
    }
}
