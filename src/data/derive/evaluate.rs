//! One derived figure computed from its inputs: the dimension and unit its op gives, the
//! interval arithmetic, the qualifier that carries over, and the results no figure can be.

use super::precision::{precision, round_to};
use crate::data::dates::year_of;
use crate::data::model::{Derived, Formula, Indicator, More, Op, Period, Precision};
use crate::data::units::{Dimension, MIN_MAGNITUDE, Qualifier, Unit};

pub(super) type Failure = (&'static str, String);

/// A figure's value as an interval in its dimension's base unit: (low, high).
fn interval(i: &Indicator) -> (f64, f64) {
    let f = i.unit.factor();
    (i.value * f, i.more().value_max.unwrap_or(i.value) * f)
}

/// When a figure holds: its date, the end of its range, else the report's date.
fn date_of<'a>(i: &'a Indicator, published: &'a str) -> &'a str {
    i.as_of.as_ref().and_then(Period::last).unwrap_or(published)
}

/// The dimension an op's result has, from its inputs' dimensions; `None` for a ratio no
/// built-in dimension fits.
fn result_dimension(op: Op, inputs: &[&Indicator]) -> Option<Dimension> {
    let first = inputs[0].unit.dimension();
    Some(match op {
        Op::Change if matches!(first, Dimension::Share | Dimension::AnnualRate) => {
            Dimension::PercentagePoints
        }
        Op::Change | Op::Sum | Op::Average => first,
        Op::Share => Dimension::Share,
        Op::AnnualGrowth => Dimension::AnnualRate,
        Op::Ratio => match (first, inputs[1].unit.dimension()) {
            (Dimension::Money, Dimension::Households) => Dimension::MoneyPerHousehold,
            (Dimension::Money, Dimension::People) => Dimension::MoneyPerPerson,
            (a, b) if a == b => Dimension::Times,
            _ => return None,
        },
    })
}

/// The unit of a result when the definition names none.
fn default_unit(op: Op, dim: Option<Dimension>, inputs: &[&Indicator]) -> Result<Unit, Failure> {
    let library = |code: &str| Unit::library(code).ok_or((".unit", format!("no {code} unit")));
    match (op, dim) {
        (Op::Ratio, _) => {
            Err(("", "a ratio needs a `unit` for its result (e.g. wan_yuan_per_household)".into()))
        }
        (Op::Share, _) => library("percent"),
        (Op::AnnualGrowth, _) => library("percent_per_year"),
        (Op::Change, Some(Dimension::PercentagePoints)) => library("percentage_point"),
        _ => Ok(inputs[0].unit.clone()),
    }
}

/// `id = value unit` of each input, for messages.
fn inputs_said(inputs: &[&Indicator]) -> String {
    let said: Vec<String> = inputs
        .iter()
        .map(|i| match i.more().value_max {
            Some(max) => format!("{:?} = {}–{} {}", i.id.as_str(), i.value, max, i.unit.code()),
            None => format!("{:?} = {} {}", i.id.as_str(), i.value, i.unit.code()),
        })
        .collect();
    said.join(", ")
}

/// Computes one derived figure from its inputs.
pub(super) fn evaluate(
    d: &Derived,
    inputs: &[&Indicator],
    units: &dyn Fn(&str) -> Option<Unit>,
    published: &str,
) -> Result<Indicator, Failure> {
    let op = d.op;
    let need = match op {
        Op::Change | Op::Ratio | Op::Share | Op::AnnualGrowth => Some(2),
        Op::Sum | Op::Average => None,
    };
    if need.is_some_and(|n| inputs.len() != n) || inputs.is_empty() {
        return Err((".of", format!("{} takes {} figures", op.code(), need.unwrap_or(1))));
    }
    let first = inputs[0].unit.dimension();
    if op != Op::Ratio
        && let Some(other) = inputs.iter().find(|i| i.unit.dimension() != first)
    {
        return Err((
            ".of",
            format!(
                "{} is in {} and {} in {}: {} needs figures of one dimension",
                inputs[0].id,
                first.code(),
                other.id,
                other.unit.dimension().code(),
                op.code()
            ),
        ));
    }
    if op == Op::Sum && !first.is_additive() {
        return Err((
            ".op",
            format!(
                "figures in {} do not add up (a sum of shares, rates, ages or amounts per head \
                 is not a figure); use average",
                first.code()
            ),
        ));
    }
    let expected = result_dimension(op, inputs);
    let unit = match &d.unit {
        Some(code) => units(code).ok_or_else(|| (".unit", format!("unknown unit {code:?}")))?,
        None => default_unit(op, expected, inputs)?,
    };
    match expected {
        Some(dim) if unit.dimension() != dim => {
            return Err((
                ".unit",
                format!(
                    "{} is in {}, but {} of {} gives {} (a unit such as {})",
                    unit.code(),
                    unit.dimension().code(),
                    op.code(),
                    dimensions_of(inputs),
                    dim.code(),
                    dim.base()
                ),
            ));
        }
        None if unit.dimension().declared().is_none() => {
            return Err((
                ".unit",
                format!(
                    "no built-in dimension is {}: declare one in `dimensions` (e.g. \
                     money_per_county) with a unit of it, and give that unit",
                    dimensions_of(inputs)
                ),
            ));
        }
        _ => {}
    }
    let (a, b) = (interval(inputs[0]), inputs.get(1).map(|i| interval(i)));
    let (lo, hi, grows): (f64, f64, Vec<bool>) = match (op, b) {
        (Op::Change, Some(b)) => (b.0 - a.1, b.1 - a.0, vec![false, true]),
        (Op::Sum | Op::Average, _) => {
            let n = if op == Op::Average { inputs.len() as f64 } else { 1.0 };
            let sum = |pick: fn((f64, f64)) -> f64| {
                inputs.iter().map(|i| pick(interval(i))).sum::<f64>() / n
            };
            (sum(|r| r.0), sum(|r| r.1), vec![true; inputs.len()])
        }
        (Op::Ratio | Op::Share, Some(b)) => {
            if b.0 == 0.0 || b.1 == 0.0 {
                return Err((".of", format!("division by zero: {} is 0", inputs[1].id)));
            }
            let k = if op == Op::Share { 100.0 } else { 1.0 };
            (a.0 / b.1 * k, a.1 / b.0 * k, vec![true, false])
        }
        (Op::AnnualGrowth, Some(b)) => {
            let (da, db) = (date_of(inputs[0], published), date_of(inputs[1], published));
            let years = match (year_of(da), year_of(db)) {
                (Some(ya), Some(yb)) => yb - ya,
                _ => 0.0,
            };
            if years <= 0.0 {
                return Err((
                    ".of",
                    format!(
                        "annual_growth needs the second figure dated after the first: {} holds \
                         for {da}, {} for {db}",
                        inputs[0].id, inputs[1].id
                    ),
                ));
            }
            if a.0 <= 0.0 {
                return Err((".of", format!("annual_growth needs {} above 0", inputs[0].id)));
            }
            let g = |to: f64, from: f64| ((to / from).powf(1.0 / years) - 1.0) * 100.0;
            (g(b.0, a.1), g(b.1, a.0), vec![false, true])
        }
        _ => return Err((".of", format!("{} takes two figures", op.code()))),
    };
    let (lo, hi) = (lo / unit.factor(), hi / unit.factor());
    let precision = precision(op, inputs, &unit, lo);
    // A sum or change of exact figures is exact: its float error goes. Other results keep
    // every digit (the details show them; the list rounds).
    let (lo, hi) = match (op, precision) {
        (Op::Sum | Op::Change, Precision::Decimals(k)) => (round_to(lo, k), round_to(hi, k)),
        _ => (lo, hi),
    };
    for v in [lo, hi] {
        impossible(d, inputs, &unit, v)?;
    }
    let parts: Vec<(Qualifier, bool)> =
        inputs.iter().zip(grows).map(|(i, g)| (i.qualifier, g)).collect();
    let upstream = inputs
        .iter()
        .find(|i| i.more().formula.as_ref().is_some_and(|f| f.not_computable.is_some()));
    let (qualifier, not_computable) = match (upstream, combine(&parts)) {
        (Some(i), _) => (Qualifier::Exact, Some(format!("its input {} is not computable", i.id))),
        (None, Ok(q)) => (q, None),
        (None, Err(why)) => (Qualifier::Exact, Some(why)),
    };
    let value_max = (hi != lo).then_some(hi);
    let qualifier = match (value_max, qualifier) {
        // A range already bounds the result; "about" carries over, a bound would not read.
        (Some(_), Qualifier::About) | (None, _) => qualifier,
        (Some(_), _) => Qualifier::Exact,
    };
    let value = if lo == 0.0 { 0.0 } else { lo };
    let mut figure = Indicator::new(
        d.id.as_str().into(),
        d.section.as_str().into(),
        d.label.clone(),
        value,
        unit,
        qualifier,
    );
    figure.note = d.note.clone();
    figure.headline = d.headline;
    let formula = Formula { op, inputs: d.of.clone(), not_computable, precision };
    Ok(figure.with_more(More { value_max, formula: Some(Box::new(formula)), ..More::default() }))
}

/// `money ÷ counties`: the inputs' dimensions, for messages.
fn dimensions_of(inputs: &[&Indicator]) -> String {
    let dims: Vec<&str> = inputs.iter().map(|i| i.unit.dimension().code()).collect();
    dims.join(" and ")
}

/// A result the arithmetic gives but no figure can be: not finite, too small to be a figure,
/// or outside its unit's range (a change may be negative; an average of counts fractional).
fn impossible(d: &Derived, inputs: &[&Indicator], unit: &Unit, v: f64) -> Result<(), Failure> {
    let said = || inputs_said(inputs);
    if !v.is_finite() {
        return Err(("", format!("{:?} is not a finite number (inputs: {})", d.id, said())));
    }
    if v != 0.0 && v.abs() < MIN_MAGNITUDE {
        return Err((
            "",
            format!(
                "{:?} = {v:e} {} is too small to be a figure (below {MIN_MAGNITUDE}): an \
                 underflow (inputs: {})",
                d.id,
                unit.code(),
                said()
            ),
        ));
    }
    let (lo, hi) = unit.range();
    let lo = if d.op == Op::Change { lo.min(-hi) } else { lo };
    if v < lo || v > hi {
        let why = match d.op {
            Op::Share => "a share is at most 100 %".to_string(),
            _ => format!("outside the range of {} ({lo} to {hi})", unit.code()),
        };
        return Err(("", format!("{:?} = {v} {}: {why} (inputs: {})", d.id, unit.code(), said())));
    }
    Ok(())
}

/// The qualifier of a result from its inputs' (`bool`: whether the result grows with that
/// input), or why none fits.
fn combine(parts: &[(Qualifier, bool)]) -> Result<Qualifier, String> {
    let (mut lower, mut upper, mut tight, mut about) = (false, false, false, false);
    for &(q, grows) in parts {
        match (q, grows) {
            (Qualifier::Exact, _) => {}
            (Qualifier::About, _) => about = true,
            (Qualifier::AtLeast, true) | (Qualifier::AtMost, false) => lower = true,
            (Qualifier::AtLeast, false) | (Qualifier::AtMost, true) => upper = true,
            // Just under the figure: the result is just under (it grows) or just over.
            (Qualifier::Nearly, true) => tight = true,
            (Qualifier::Nearly, false) => lower = true,
        }
    }
    match (about, lower, upper, tight) {
        (false, false, false, false) => Ok(Qualifier::Exact),
        (_, false, false, true) if about => Ok(Qualifier::About),
        (false, false, false, true) => Ok(Qualifier::Nearly),
        (true, false, false, false) => Ok(Qualifier::About),
        (false, true, false, false) => Ok(Qualifier::AtLeast),
        (false, false, true, _) => Ok(Qualifier::AtMost),
        (true, _, _, _) => Err("it mixes an approximate figure with a bound (≥ or ≤)".into()),
        (false, true, _, _) => Err("the bounds of its figures point in opposite directions".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    #[test]
    fn qualifiers_carry_over_honestly() {
        assert_eq!(combine(&[(Exact, true), (Exact, false)]), Ok(Exact));
        assert_eq!(combine(&[(AtLeast, true), (Exact, false)]), Ok(AtLeast));
        assert_eq!(combine(&[(AtLeast, true), (AtMost, false)]), Ok(AtLeast));
        assert_eq!(combine(&[(Exact, true), (AtLeast, false)]), Ok(AtMost));
        assert_eq!(combine(&[(About, true), (Exact, true)]), Ok(About));
        assert!(combine(&[(AtLeast, true), (AtLeast, false)]).is_err());
        assert!(combine(&[(About, true), (AtMost, true)]).is_err());
        // Nearly: just under. A result growing with it is just under too; one shrinking
        // with it is just over, a lower bound.
        assert_eq!(combine(&[(Nearly, true), (Exact, false)]), Ok(Nearly));
        assert_eq!(combine(&[(Exact, true), (Nearly, false)]), Ok(AtLeast));
        assert_eq!(combine(&[(Nearly, true), (AtMost, true)]), Ok(AtMost));
        assert_eq!(combine(&[(Nearly, true), (About, true)]), Ok(About));
        assert!(combine(&[(Nearly, true), (Nearly, false)]).is_err());
    }
}
