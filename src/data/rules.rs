//! Whether figures agree with each other: a dataset's own rules (`rules`), and across
//! datasets a parent region's figure of an additive series against the sum of its
//! children's of the same date. A rule that does not hold is a warning, not an error: the
//! report may be right and the rule wrong, or the figures of another date.
//!
//! Qualifiers count: a figure of "at least 100" is anything from 100 up, so a rule is
//! broken only when no values the qualifiers allow could keep it. "About" and "nearly"
//! figures count as their value, and are marked approximate where they are shown.

use std::collections::HashMap;

use super::model::{Dataset, Indicator, Period, Region, RuleOp, Text};
use super::units::{Qualifier, Unit};

/// How close two values must be to count as equal, relative to the larger.
const EQUAL_WITHIN: f64 = 1e-9;

/// The values a figure, or a sum of figures, may have, in the base unit of its dimension.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// The least it may be.
    pub lo: f64,
    /// The most it may be (infinite for "at least").
    pub hi: f64,
    /// Whether any figure in it is "about" or "nearly".
    pub approx: bool,
    /// Whether its least is no figure's but the dimension's floor (an "at most" in it).
    pub open_below: bool,
}

impl Bounds {
    /// What a figure's value and qualifier allow.
    pub fn of(ind: &Indicator) -> Bounds {
        let f = ind.unit.factor();
        let (v, max) = (ind.value * f, ind.more().value_max.map_or(ind.value * f, |m| m * f));
        let floor = if ind.unit.range().0 >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
        let (lo, hi) = match ind.qualifier {
            Qualifier::AtLeast => (v, f64::INFINITY),
            Qualifier::AtMost => (floor.min(v), max),
            Qualifier::Exact | Qualifier::About | Qualifier::Nearly => (v, max),
        };
        Bounds {
            lo,
            hi,
            approx: matches!(ind.qualifier, Qualifier::About | Qualifier::Nearly),
            open_below: ind.qualifier == Qualifier::AtMost,
        }
    }

    /// Nothing yet (the sum of no figures).
    pub const ZERO: Bounds = Bounds { lo: 0.0, hi: 0.0, approx: false, open_below: false };

    /// The bounds of a sum.
    pub fn plus(self, o: Bounds) -> Bounds {
        Bounds {
            lo: self.lo + o.lo,
            hi: self.hi + o.hi,
            approx: self.approx || o.approx,
            open_below: self.open_below || o.open_below,
        }
    }

    /// The qualifier that says these bounds, with the value (and a range's top) to word.
    pub fn worded(self) -> (f64, Option<f64>, Qualifier) {
        if self.hi.is_infinite() {
            (self.lo, None, Qualifier::AtLeast)
        } else if self.open_below {
            (self.hi, None, Qualifier::AtMost)
        } else if self.approx {
            (self.lo, (self.hi > self.lo).then_some(self.hi), Qualifier::About)
        } else {
            (self.lo, (self.hi > self.lo).then_some(self.hi), Qualifier::Exact)
        }
    }
}

/// Whether `a > b` beyond rounding.
fn above(a: f64, b: f64) -> bool {
    a > b + EQUAL_WITHIN * a.abs().max(b.abs())
}

/// Whether `left op right` can hold for some values the bounds allow.
pub fn holds(left: Bounds, op: RuleOp, right: Bounds) -> bool {
    match op {
        RuleOp::AtMost => !above(left.lo, right.hi),
        RuleOp::AtLeast => !above(right.lo, left.hi),
        RuleOp::Equal => !above(left.lo, right.hi) && !above(right.lo, left.hi),
    }
}

/// How a parent's figure compares with the sum of its children's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The same values.
    Agrees,
    /// Other values, as the rule and the qualifiers allow.
    Differs,
    /// No values the qualifiers allow keep the rule.
    Broken,
}

/// The rule a parent's figure is held to against its children's sum: equal to it where its
/// children are complete and every one of them gives a figure, else at least it.
pub fn parent_op(complete: bool, given: usize, children: usize) -> RuleOp {
    if complete && given == children { RuleOp::Equal } else { RuleOp::AtLeast }
}

/// How a parent's figure (`own`) compares with its children's sum under the rule `op`.
pub fn verdict(own: Bounds, op: RuleOp, sum: Bounds) -> Verdict {
    if !holds(own, op, sum) {
        Verdict::Broken
    } else if own.lo == sum.lo && own.hi == sum.hi {
        Verdict::Agrees
    } else {
        Verdict::Differs
    }
}

/// A rule that does not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Broken {
    /// The rule's id (for a parent and its children: the series key and date).
    pub id: String,
    /// What it says.
    pub label: Text,
    /// The left side's bounds.
    pub left: Bounds,
    /// How the sides compare.
    pub op: RuleOp,
    /// The right side's bounds.
    pub right: Bounds,
    /// The unit to word both sides in: the first figure's on the left.
    pub unit: Unit,
    /// The ids of the figures involved, in the dataset they belong to (a sum across
    /// datasets names the parent's figure only).
    pub figures: Vec<String>,
}

/// The rules of a dataset that do not hold, in the file's order.
pub fn broken(d: &Dataset) -> Vec<Broken> {
    if d.rules.is_empty() {
        return Vec::new();
    }
    let by_id: HashMap<&str, &Indicator> =
        d.indicators.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut out = Vec::new();
    for rule in &d.rules {
        let side = |ids: &[String]| -> Option<(Bounds, Unit)> {
            let mut sum = Bounds::ZERO;
            let mut unit = None;
            for id in ids {
                let ind = by_id.get(id.as_str())?;
                sum = sum.plus(Bounds::of(ind));
                unit.get_or_insert_with(|| ind.unit.clone());
            }
            Some((sum, unit?))
        };
        // A side naming a derived figure that could not be computed is not judged.
        let (Some((left, unit)), Some((right, _))) =
            (side(rule.left.ids()), side(rule.right.ids()))
        else {
            continue;
        };
        if !holds(left, rule.op, right) {
            out.push(Broken {
                id: rule.id.clone(),
                label: rule.label.clone(),
                left,
                op: rule.op,
                right,
                unit,
                figures: rule.left.ids().iter().chain(rule.right.ids()).cloned().collect(),
            });
        }
    }
    out
}

/// The date a figure of a series is matched on across regions: its period as written.
pub fn date_key(d: &Dataset, ind: &Indicator) -> String {
    let p = ind.as_of.as_ref();
    match (p.and_then(Period::from_to), p.and_then(|p| p.date.as_ref())) {
        (Some((from, to)), _) => format!("{from}–{to}"),
        (None, Some(date)) => date.to_string(),
        _ => d.meta.published.get(..10).unwrap_or(&d.meta.published).to_string(),
    }
}

/// A parent region's figure beside the sum of its children's of the same series, dimension
/// and date.
#[derive(Debug, Clone, PartialEq)]
pub struct ChildSum {
    /// The parent's figure (index into its indicators).
    pub indicator: usize,
    /// The sum of the children's figures that give it.
    pub sum: Bounds,
    /// How many children give it, of how many are open.
    pub given: (usize, usize),
    /// The rule the parent's figure is held to ([`parent_op`]).
    pub op: RuleOp,
    /// How it compares with the sum.
    pub verdict: Verdict,
}

/// The children of each dataset: the positions of the datasets whose region's parent is its
/// code. A dataset without a code has none.
pub fn children(regions: &[Option<&Region>]) -> Vec<Vec<usize>> {
    let mut by_code: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, r) in regions.iter().enumerate() {
        if let Some(parent) = r.and_then(|r| r.parent.as_deref()) {
            by_code.entry(parent).or_default().push(n);
        }
    }
    regions
        .iter()
        .map(|r| {
            r.and_then(|r| r.code.as_deref())
                .and_then(|c| by_code.get(c))
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

/// Each additive figure of `parent` with a series that one or more of `children` give at
/// its date, beside their sum.
pub fn child_sums(parent: &Dataset, children: &[&Dataset]) -> Vec<ChildSum> {
    if children.is_empty() {
        return Vec::new();
    }
    // (series, dimension code, date) → bounds, for each child.
    let keyed: Vec<HashMap<(&str, &str, String), Bounds>> = children
        .iter()
        .map(|c| {
            c.indicators
                .iter()
                .filter(|i| i.more().formula.is_none() && i.unit.dimension().is_additive())
                .filter_map(|i| {
                    let s = i.more().series.as_deref()?;
                    Some(((s, i.unit.dimension().code(), date_key(c, i)), Bounds::of(i)))
                })
                .collect()
        })
        .collect();
    let complete = parent.meta.region.children_complete;
    let mut out = Vec::new();
    for (n, ind) in parent.indicators.iter().enumerate() {
        let (Some(series), None) = (ind.more().series.as_deref(), &ind.more().formula) else {
            continue;
        };
        let dim = ind.unit.dimension();
        if !dim.is_additive() {
            continue;
        }
        let key = (series, dim.code(), date_key(parent, ind));
        let mut sum = Bounds::ZERO;
        let mut given = 0;
        for k in &keyed {
            if let Some(b) = k.get(&key) {
                sum = sum.plus(*b);
                given += 1;
            }
        }
        if given == 0 {
            continue;
        }
        let op = parent_op(complete, given, children.len());
        out.push(ChildSum {
            indicator: n,
            sum,
            given: (given, children.len()),
            op,
            verdict: verdict(Bounds::of(ind), op, sum),
        });
    }
    out
}

/// The sums of children that do not agree with their parent's figure, as broken rules.
pub fn broken_sums(parent: &Dataset, children: &[&Dataset]) -> Vec<Broken> {
    child_sums(parent, children)
        .into_iter()
        .filter(|s| s.verdict == Verdict::Broken)
        .map(|s| {
            let ind = &parent.indicators[s.indicator];
            Broken {
                id: format!(
                    "{}@{}",
                    ind.more().series.as_deref().unwrap_or(""),
                    date_key(parent, ind)
                ),
                label: ind.label.clone(),
                left: Bounds::of(ind),
                op: s.op,
                right: s.sum,
                unit: ind.unit.clone(),
                figures: vec![ind.id.to_string()],
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(lo: f64, hi: f64) -> Bounds {
        Bounds { lo, hi, approx: false, open_below: false }
    }

    #[test]
    fn a_rule_breaks_only_when_no_values_the_qualifiers_allow_keep_it() {
        let exact = b(10.0, 10.0);
        let at_least = b(10.0, f64::INFINITY);
        let at_most = Bounds { open_below: true, ..b(0.0, 10.0) };
        // left op right → holds
        let table = [
            (b(11.0, 11.0), RuleOp::AtMost, exact, false),
            (exact, RuleOp::AtMost, exact, true),
            (at_least, RuleOp::AtMost, b(12.0, 12.0), true), // "10+" may be 12 or less
            (at_least, RuleOp::AtMost, b(9.0, 9.0), false),
            (at_most, RuleOp::AtLeast, b(10.0, 10.0), true),
            (at_most, RuleOp::AtLeast, b(11.0, 11.0), false),
            (at_most, RuleOp::Equal, b(3.0, 3.0), true),
            (b(3.0, 5.0), RuleOp::Equal, b(4.0, 4.0), true), // a range 3–5
            (b(3.0, 5.0), RuleOp::Equal, b(6.0, 6.0), false),
            // Rounding does not break an equality of sums.
            (b(0.1 + 0.2, 0.1 + 0.2), RuleOp::Equal, b(0.3, 0.3), true),
        ];
        for (l, op, r, want) in table {
            assert_eq!(holds(l, op, r), want, "{l:?} {op:?} {r:?}");
        }
    }

    #[test]
    fn a_sums_bounds_add_and_keep_what_is_open() {
        let s = b(1.0, 1.0).plus(b(2.0, f64::INFINITY));
        assert_eq!(s.worded(), (3.0, None, Qualifier::AtLeast));
        let s = b(1.0, 1.0).plus(Bounds { open_below: true, ..b(0.0, 2.0) });
        assert_eq!(s.worded(), (3.0, None, Qualifier::AtMost));
        let s = b(1.0, 1.0).plus(b(2.0, 4.0));
        assert_eq!(s.worded(), (3.0, Some(5.0), Qualifier::Exact));
    }
}
