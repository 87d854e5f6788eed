//! Computing derived figures from the report's figures. Qualifiers carry over honestly: a
//! result is exact, ≈, ≥ or ≤ only where the arithmetic allows it, and otherwise "not
//! computable", with the reason. This file only computes; the checks of the definitions
//! themselves are in `check/derived.rs`.

use std::collections::HashMap;

use super::model::{Derived, Formula, Indicator, Op};
use super::units::{Dimension, Qualifier, Unit};

/// A bound's direction: exact, at least, at most, or approximate.
fn combine(parts: &[(Qualifier, bool)]) -> Result<Qualifier, String> {
    // `bool`: whether the result grows with this input.
    let mut lower = false;
    let mut upper = false;
    let mut about = false;
    for &(q, grows) in parts {
        match (q, grows) {
            (Qualifier::Exact, _) => {}
            (Qualifier::About, _) => about = true,
            (Qualifier::AtLeast, true) | (Qualifier::AtMost, false) => lower = true,
            (Qualifier::AtLeast, false) | (Qualifier::AtMost, true) => upper = true,
        }
    }
    match (about, lower, upper) {
        (false, false, false) => Ok(Qualifier::Exact),
        (true, false, false) => Ok(Qualifier::About),
        (false, true, false) => Ok(Qualifier::AtLeast),
        (false, false, true) => Ok(Qualifier::AtMost),
        (true, _, _) => Err("it mixes an approximate figure with a bound (≥ or ≤)".into()),
        (false, true, true) => Err("the bounds of its figures point in opposite directions".into()),
    }
}

/// One problem with a derived figure, at a path below `derived[i]`.
pub(super) struct DerivedProblem {
    pub path: String,
    pub message: String,
}

/// Computes every derived figure from the typed indicators. Figures that can be computed
/// come back as indicators carrying their formula; every problem in the definitions comes
/// back at once. `all_ids` holds every indicator id of the file, also of indicators that
/// failed their own checks: naming those is not a problem here, and what depends on them
/// is simply not computed (the file is refused for their problems anyway).
pub(super) fn compute(
    defs: &[Derived],
    given: &[Indicator],
    all_ids: &std::collections::HashSet<String>,
    units: &dyn Fn(&str) -> Option<Unit>,
) -> (Vec<Indicator>, Vec<DerivedProblem>) {
    let mut problems = Vec::new();
    if defs.is_empty() {
        return (Vec::new(), problems);
    }
    // Only the figures named by a derived figure are looked at (and copied).
    let named: std::collections::HashSet<&str> =
        defs.iter().flat_map(|d| d.of.iter().map(String::as_str)).collect();
    let mut known: HashMap<&str, Indicator> = given
        .iter()
        .filter(|i| named.contains(i.id.as_str()))
        .map(|i| (i.id.as_str(), i.clone()))
        .collect();
    let index: HashMap<&str, usize> =
        defs.iter().enumerate().map(|(i, d)| (d.id.as_str(), i)).collect();
    for (i, d) in defs.iter().enumerate() {
        for (j, id) in d.of.iter().enumerate() {
            if !all_ids.contains(id) && !index.contains_key(id.as_str()) {
                problems.push(DerivedProblem {
                    path: format!("derived[{i}].of[{j}]"),
                    message: format!("no indicator or derived figure has the id {id:?}"),
                });
            }
        }
    }
    if !problems.is_empty() {
        return (Vec::new(), problems);
    }
    // Evaluate in dependency order; what is left after no progress is a cycle.
    let mut done = vec![false; defs.len()];
    let mut out = Vec::new();
    loop {
        let mut progress = false;
        for (i, d) in defs.iter().enumerate() {
            if done[i] || !d.of.iter().all(|id| known.contains_key(id.as_str())) {
                continue;
            }
            done[i] = true;
            progress = true;
            let inputs: Vec<&Indicator> = d.of.iter().map(|id| &known[id.as_str()]).collect();
            match evaluate(d, &inputs, units) {
                Ok(ind) => {
                    known.insert(d.id.as_str(), ind.clone());
                    out.push(ind);
                }
                Err((field, message)) => {
                    problems.push(DerivedProblem { path: format!("derived[{i}]{field}"), message })
                }
            }
        }
        if !progress {
            break;
        }
    }
    for (i, d) in defs.iter().enumerate().filter(|(i, _)| !done[*i]) {
        let waiting: Vec<&str> =
            d.of.iter().filter(|id| !known.contains_key(id.as_str())).map(String::as_str).collect();
        if waiting.iter().all(|w| index.contains_key(w)) {
            problems.push(DerivedProblem {
                path: format!("derived[{i}].of"),
                message: format!(
                    "{:?} depends on itself through {}: derived figures cannot form a cycle",
                    d.id,
                    waiting.join(", ")
                ),
            });
        }
    }
    (out, problems)
}

type Failure = (&'static str, String);

/// The op's code, as in the file.
fn op_name(op: Op) -> String {
    format!("{op:?}").to_lowercase()
}

/// Computes one derived figure from its inputs.
fn evaluate(
    d: &Derived,
    inputs: &[&Indicator],
    units: &dyn Fn(&str) -> Option<Unit>,
) -> Result<Indicator, Failure> {
    let need = match d.op {
        Op::Change | Op::Ratio | Op::Share => Some(2),
        Op::Sum | Op::Average => None,
    };
    if need.is_some_and(|n| inputs.len() != n) || inputs.is_empty() {
        return Err((".of", format!("{} takes {} figures", op_name(d.op), need.unwrap_or(1))));
    }
    let base = |i: &Indicator| i.value * i.unit.factor();
    let one_dim = || {
        let dim = inputs[0].unit.dimension();
        match inputs.iter().find(|i| i.unit.dimension() != dim) {
            Some(other) => Err((
                ".of",
                format!(
                    "{} is in {} and {} in {}: {} needs figures of one dimension",
                    inputs[0].id,
                    dim.code(),
                    other.id,
                    other.unit.dimension().code(),
                    op_name(d.op)
                ),
            )),
            None => Ok(dim),
        }
    };
    let unit = match (&d.unit, d.op) {
        (Some(code), _) => {
            units(code).ok_or_else(|| (".unit", format!("unknown unit {code:?}")))?
        }
        (None, Op::Ratio) => {
            return Err((
                "",
                "a ratio needs a `unit` for its result (e.g. wan_yuan_per_household)".into(),
            ));
        }
        (None, Op::Share) => Unit::library("percent").ok_or((".unit", "no percent unit".into()))?,
        (None, _) => inputs[0].unit.clone(),
    };
    let (value_base, grows): (f64, Vec<bool>) = match d.op {
        Op::Change => {
            one_dim()?;
            (base(inputs[1]) - base(inputs[0]), vec![false, true])
        }
        Op::Sum => {
            one_dim()?;
            (inputs.iter().map(|i| base(i)).sum(), vec![true; inputs.len()])
        }
        Op::Average => {
            one_dim()?;
            let n = inputs.len() as f64;
            (inputs.iter().map(|i| base(i)).sum::<f64>() / n, vec![true; inputs.len()])
        }
        Op::Ratio | Op::Share => {
            if d.op == Op::Share {
                one_dim()?;
            }
            let b = base(inputs[1]);
            if b == 0.0 {
                return Err((".of", format!("division by zero: {} is 0", inputs[1].id)));
            }
            let r = base(inputs[0]) / b;
            (if d.op == Op::Share { r * 100.0 } else { r }, vec![true, false])
        }
    };
    let result_dim = unit.dimension();
    if matches!(d.op, Op::Change | Op::Sum | Op::Average)
        && result_dim != inputs[0].unit.dimension()
    {
        return Err((
            ".unit",
            format!("{} is not in {}", unit.code(), inputs[0].unit.dimension().code()),
        ));
    }
    if d.op == Op::Share && result_dim != Dimension::Share {
        return Err((".unit", "a share is in percent".into()));
    }
    let parts: Vec<(Qualifier, bool)> =
        inputs.iter().zip(grows).map(|(i, g)| (i.qualifier, g)).collect();
    let (qualifier, not_computable) = match combine(&parts) {
        Ok(q) => (q, None),
        Err(why) => (Qualifier::Exact, Some(why)),
    };
    let value = value_base / unit.factor();
    let value = (value * 1e6).round() / 1e6;
    Ok(Indicator {
        id: d.id.as_str().into(),
        section: d.section.as_str().into(),
        part: None,
        label: d.label.clone(),
        note: d.note.clone(),
        value: if not_computable.is_some() || !value.is_finite() { 0.0 } else { value },
        unit,
        qualifier,
        as_of: None,
        names: Vec::new(),
        series: None,
        compares_to: None,
        headline: d.headline,
        draft: None,
        formula: Some(Box::new(Formula { op: d.op, inputs: d.of.clone(), not_computable })),
    })
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
    }
}
