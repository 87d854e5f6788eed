//! How a rule between figures is told: its two sides' values and how they compare.

use crate::data::rules::{Bounds, Broken};
use crate::data::{RuleOp, Unit};
use crate::lang::Lang;

/// A side's values in `unit`: `551万人`, `at least 1,200 people`, `3–5万元`.
pub fn bounds(b: Bounds, unit: &Unit, lang: Lang) -> String {
    let (v, max, q) = b.worded();
    let f = unit.factor();
    super::value_range(v / f, max.map(|m| m / f), unit, q, lang)
}

/// A side's values in `unit`, without the name of what it counts (`551万`, `5.51 million`),
/// beside a figure that names it.
pub fn bare_bounds(b: Bounds, unit: &Unit, lang: Lang) -> String {
    let (v, max, q) = b.worded();
    let f = unit.factor();
    super::values::bare(v / f, max.map(|m| m / f), unit, q, lang)
}

/// How the sides compare, as the rule says it: `<=`, `=`, `>=` (the file's own symbols).
pub fn op(op: RuleOp) -> &'static str {
    op.symbol()
}

/// A broken rule: `id: left value op right value`.
pub fn broken(b: &Broken, lang: Lang) -> String {
    format!(
        "{}: {} {} {}",
        b.id,
        bounds(b.left, &b.unit, lang),
        op(b.op),
        bounds(b.right, &b.unit, lang)
    )
}

/// A parent's figure beside the sum of its children's: `= 551万人 (3 of 3)` / `子地区合计551万人（3个中的3个）`.
pub fn child_sum(sum: Bounds, unit: &Unit, given: (usize, usize), lang: Lang) -> String {
    let v = bounds(sum, unit, lang);
    match lang {
        Lang::En => format!("children's sum {v} ({} of {})", given.0, given.1),
        Lang::Zh => format!("下级合计{v}（{}个中的{}个）", given.1, given.0),
    }
}
