//! Checking the region's place among regions and the rules between figures: their form
//! here; whether a rule holds is told apart, as a warning (`data::rules`).

use foldhash::{HashMap, HashSet, HashSetExt};

use super::collector::Checker;
use super::units::Types;
use crate::data::model::{RawIndicator, Region, Rule};
use crate::data::path::At;

/// The longest region code.
const MAX_CODE_LEN: usize = 32;

impl Checker {
    /// A region's code and parent: letters, digits, `-` and `_`; not its own parent.
    pub(super) fn region(&mut self, at: At<'_>, r: &Region, v1: bool) {
        if r.is_placed() {
            self.v2_only(at, v1);
        }
        for (name, code) in [("code", &r.code), ("parent", &r.parent)] {
            let Some(code) = code else { continue };
            let good = !code.is_empty()
                && code.len() <= MAX_CODE_LEN
                && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !good {
                self.problem(
                    at.field(name),
                    format!(
                        "{code:?} is not a region code (letters, digits, - and _; at most \
                         {MAX_CODE_LEN})"
                    ),
                );
            }
        }
        if r.code.is_some() && r.code == r.parent {
            self.problem(at.field("parent"), "a region cannot be its own parent");
        }
    }

    /// Each rule: a snake_case id of its own, a label, sides that name figures of the file
    /// (derived ones too), all of one dimension, and a sum only of figures that add up.
    pub(super) fn rules(
        &mut self,
        rules: &[Rule],
        indicators: &[RawIndicator],
        derived: &HashSet<&str>,
        types: &Types,
        v1: bool,
    ) {
        if rules.is_empty() {
            return;
        }
        let root = At::Root("rules");
        self.v2_only(root, v1);
        let by_id: HashMap<&str, usize> =
            indicators.iter().enumerate().map(|(n, i)| (i.id.as_str(), n)).collect();
        let mut ids = HashSet::new();
        for (n, rule) in rules.iter().enumerate() {
            let at = root.index(n);
            self.id(at.field("id"), &rule.id, &mut ids, "rule");
            self.text(at.field("label"), &rule.label);
            let mut first = None;
            for (name, side) in [("left", &rule.left), ("right", &rule.right)] {
                let at = at.field(name);
                if side.ids().is_empty() {
                    self.problem(at, "names no figure");
                }
                for (k, id) in side.ids().iter().enumerate() {
                    let at =
                        if side.ids().len() > 1 || matches!(side, crate::data::RuleSide::Sum(_)) {
                            at.index(k)
                        } else {
                            at
                        };
                    let unit = match by_id.get(id.as_str()) {
                        Some(&i) => types.get(i).map(|(u, _)| u),
                        None if derived.contains(id.as_str()) => continue,
                        None => {
                            self.problem(at, format!("no figure has the id {id:?}"));
                            continue;
                        }
                    };
                    let Some(unit) = unit else { continue };
                    let dim = unit.dimension();
                    if side.ids().len() > 1 && !dim.is_additive() {
                        self.problem(
                            at,
                            format!(
                                "{id:?} is in {} ({}): a sum only adds figures that add up \
                                 (people, households, money, counts)",
                                unit.code(),
                                dim.code()
                            ),
                        );
                    }
                    match first {
                        None => first = Some((id.clone(), dim, unit.code().to_string())),
                        Some((ref fid, fdim, ref fcode)) if fdim != dim => {
                            let message = format!(
                                "{id:?} is in {} ({}), {fid:?} in {fcode} ({}): a rule compares \
                                 figures of one dimension",
                                unit.code(),
                                dim.code(),
                                fdim.code()
                            );
                            self.problem(at, message);
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
}
