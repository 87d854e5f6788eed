//! Computing derived figures from the report's figures, in one pass in the order of their
//! dependencies. This file only computes; the checks of the definitions themselves are in
//! `check/derived.rs`.
//!
//! What a result may be, by op (see data/README.md, "Derived figures"):
//! - `change` (after − before): the inputs' dimension, or percentage points for a change of
//!   shares or rates; it may be negative, within the unit's range either way.
//! - `sum`: only of a dimension that adds up (people, money, land; not shares, rates, ages
//!   or amounts per head); within the unit's range.
//! - `average`: any dimension; fractional even for counts; within the unit's range.
//! - `share` (first ÷ second × 100): percent, at most 100.
//! - `ratio` (first ÷ second): money ÷ households is money per household, money ÷ people
//!   money per person, two figures of one dimension a multiple (倍); anything else needs a
//!   dimension the dataset declares.
//! - `annual_growth`: percent per year, from the two figures' dates.
//!
//! A result that is not a finite number, that is too small to be a figure (an underflow), or
//! that breaks its unit's range is a problem naming the derived figure and its inputs, never
//! a value. Ranges (`value_max`) are carried through as intervals; qualifiers carry over
//! where the arithmetic allows it, and otherwise the figure is "not computable", with why.

use foldhash::{HashMap, HashMapExt, HashSet};

mod evaluate;
mod precision;

use evaluate::evaluate;

use super::model::{Derived, Indicator};
use super::units::Unit;

/// One problem with a derived figure, at a path below `derived[i]`.
pub(super) struct DerivedProblem {
    pub path: String,
    pub message: String,
}

/// Where a derived figure stands while the figures are computed.
#[derive(Clone, Copy, PartialEq)]
enum State {
    /// Not reached yet (after the pass: in a cycle, or behind one).
    Waiting,
    /// Computed: its place in the output.
    Done(usize),
    /// Refused (its problem is reported).
    Failed,
}

/// Computes every derived figure from the typed indicators, each once, in the order of their
/// dependencies. Figures that can be computed come back as indicators carrying their
/// formula; every problem comes back at once, each naming its real cause. `all_ids` holds
/// every indicator id of the file, also of indicators that failed their own checks: naming
/// those is not a problem here, and what depends on them is simply not computed (the file is
/// refused for their problems anyway). `published` dates figures that give no date of their
/// own (for `annual_growth`).
pub(super) fn compute(
    defs: &[Derived],
    given: &[Indicator],
    all_ids: &HashSet<String>,
    failed: &HashSet<String>,
    units: &dyn Fn(&str) -> Option<Unit>,
    published: &str,
) -> (Vec<Indicator>, Vec<DerivedProblem>) {
    let mut problems = Vec::new();
    if defs.is_empty() {
        return (Vec::new(), problems);
    }
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
    // Only the figures named by a derived figure are looked at. A name is a figure of the
    // report where there is one (a derived figure with the same id is refused already).
    let named: HashSet<&str> = defs.iter().flat_map(|d| d.of.iter().map(String::as_str)).collect();
    let known: HashMap<&str, &Indicator> = given
        .iter()
        .filter(|i| named.contains(i.id.as_str()) && !failed.contains(i.id.as_str()))
        .map(|i| (i.id.as_str(), i))
        .collect();
    let derived_input = |id: &str| {
        if all_ids.contains(id) { None } else { index.get(id).copied() }
    };
    // Kahn's order: a derived figure is ready once every derived figure it names is settled.
    let mut waiting_on: Vec<usize> = vec![0; defs.len()];
    let mut dependents: Vec<Vec<usize>> = vec![Vec::new(); defs.len()];
    for (i, d) in defs.iter().enumerate() {
        for id in &d.of {
            if let Some(j) = derived_input(id) {
                waiting_on[i] += 1;
                dependents[j].push(i);
            }
        }
    }
    let mut ready: Vec<usize> = (0..defs.len()).filter(|&i| waiting_on[i] == 0).collect();
    ready.reverse();
    let mut state = vec![State::Waiting; defs.len()];
    let mut out: Vec<Indicator> = Vec::new();
    let mut order: Vec<(usize, usize)> = Vec::new(); // (definition, place in `out`)
    while let Some(i) = ready.pop() {
        let d = &defs[i];
        state[i] =
            settle(i, d, &derived_input, &known, &state, &out, units, published, &mut problems)
                .map_or(State::Failed, |ind| {
                    out.push(ind);
                    order.push((i, out.len() - 1));
                    State::Done(out.len() - 1)
                });
        for &k in dependents[i].iter().rev() {
            waiting_on[k] -= 1;
            if waiting_on[k] == 0 {
                ready.push(k);
            }
        }
    }
    cycles(defs, &derived_input, &state, &mut problems);
    // In the file's order, whatever the order of computing.
    order.sort_unstable();
    let mut slots: Vec<Option<Indicator>> = out.into_iter().map(Some).collect();
    let computed = order.into_iter().filter_map(|(_, at)| slots[at].take()).collect();
    problems.sort_by_key(|p| derived_index(&p.path));
    (computed, problems)
}

/// The `i` of a path `derived[i]…`, for ordering problems as the file lists the figures.
fn derived_index(path: &str) -> usize {
    path.strip_prefix("derived[")
        .and_then(|p| p.split(']').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(usize::MAX)
}

/// Computes derived figure `i` once all it names is settled; `None` (its problem recorded)
/// when it, or an input it needs, failed.
#[allow(clippy::too_many_arguments)]
fn settle(
    i: usize,
    d: &Derived,
    derived_input: &dyn Fn(&str) -> Option<usize>,
    known: &HashMap<&str, &Indicator>,
    state: &[State],
    out: &[Indicator],
    units: &dyn Fn(&str) -> Option<Unit>,
    published: &str,
    problems: &mut Vec<DerivedProblem>,
) -> Option<Indicator> {
    let mut inputs: Vec<&Indicator> = Vec::with_capacity(d.of.len());
    for id in &d.of {
        match derived_input(id).map(|j| (j, state[j])) {
            Some((_, State::Done(at))) => inputs.push(&out[at]),
            Some((j, _)) => {
                problems.push(DerivedProblem {
                    path: format!("derived[{i}].of"),
                    message: format!(
                        "{:?} cannot be computed: its input {id:?} (derived[{j}]) has a problem",
                        d.id
                    ),
                });
                return None;
            }
            // A figure that failed its own checks: the file is refused for that already.
            None => inputs.push(known.get(id.as_str())?),
        }
    }
    match evaluate(d, &inputs, units, published) {
        Ok(ind) => Some(ind),
        Err((field, message)) => {
            problems.push(DerivedProblem { path: format!("derived[{i}]{field}"), message });
            None
        }
    }
}

/// Reports the derived figures the pass never reached: those in a cycle, with it, and those
/// behind one, with the figure of the cycle they wait on.
fn cycles(
    defs: &[Derived],
    derived_input: &dyn Fn(&str) -> Option<usize>,
    state: &[State],
    problems: &mut Vec<DerivedProblem>,
) {
    let waiting = |j: usize| state[j] == State::Waiting;
    // Following the first waiting input from any waiting figure must come back to a figure
    // already seen: that walk finds each cycle.
    let mut cycle_of: Vec<Option<usize>> = vec![None; defs.len()]; // the cycle's first figure
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut seen_at: Vec<Option<usize>> = vec![None; defs.len()];
    for start in (0..defs.len()).filter(|&s| waiting(s)) {
        if seen_at[start].is_some() {
            continue;
        }
        let mut path = Vec::new();
        let mut at = start;
        loop {
            if let Some(walk) = seen_at[at] {
                if walk == start {
                    // A new cycle: from `at` to the end of this walk.
                    let from = path.iter().position(|&p| p == at).unwrap_or(0);
                    let ring: Vec<usize> = path[from..].to_vec();
                    for &m in &ring {
                        cycle_of[m] = Some(at);
                    }
                    members.insert(at, ring);
                }
                break;
            }
            seen_at[at] = Some(start);
            path.push(at);
            let next = defs[at].of.iter().filter_map(|id| derived_input(id)).find(|&j| waiting(j));
            match next {
                Some(j) => at = j,
                None => break,
            }
        }
    }
    for (i, d) in defs.iter().enumerate().filter(|(i, _)| waiting(*i)) {
        let message = match cycle_of[i] {
            Some(c) => {
                let ring = &members[&c];
                let start = ring.iter().position(|&m| m == i).unwrap_or(0);
                let names: Vec<&str> = ring[start..]
                    .iter()
                    .chain(&ring[..start])
                    .chain(std::iter::once(&i))
                    .map(|&m| defs[m].id.as_str())
                    .collect();
                format!(
                    "{:?} depends on itself ({}): derived figures cannot form a cycle",
                    d.id,
                    names.join(" → ")
                )
            }
            None => {
                let behind =
                    d.of.iter()
                        .find(|id| derived_input(id).is_some_and(waiting))
                        .map_or("", String::as_str);
                format!(
                    "{:?} cannot be computed: its input {behind:?} is part of, or behind, a \
                     cycle of derived figures",
                    d.id
                )
            }
        };
        problems.push(DerivedProblem { path: format!("derived[{i}].of"), message });
    }
}
