//! Checking the units a dataset declares, and the links between figures (`compares_to`).

use std::collections::{HashMap, HashSet};

use super::model::RawIndicator;
use super::path::At;
use super::units::{Unit, UnitDef};
use super::validate::{Checker, Types, short};

/// The units a dataset may use: its own and the standard library's, by code (one lookup
/// per figure, rather than a search of the library's list).
pub(super) struct UnitTable {
    units: HashMap<String, Unit>,
}

impl UnitTable {
    /// The library's units alone.
    #[cfg(test)]
    pub(super) fn library_only() -> UnitTable {
        let units = Unit::all_library().iter().map(|u| (u.code().to_string(), u.clone()));
        UnitTable { units: units.collect() }
    }

    /// The unit with this code, declared or from the library.
    pub(super) fn get(&self, code: &str) -> Option<Unit> {
        self.units.get(code).cloned()
    }
}

impl Checker {
    /// Checks the declared units (code, names, factor) and returns the table to look units
    /// up in; a bad declaration is reported and left out.
    pub(super) fn declared_units(&mut self, defs: &[UnitDef], v1: bool) -> UnitTable {
        if !defs.is_empty() {
            self.v2_only(At::Root("units"), v1);
        }
        let mut seen = HashSet::new();
        let mut declared = HashMap::new();
        let root = At::Root("units");
        for (i, d) in defs.iter().enumerate() {
            let at = root.index(i);
            let mut ok = true;
            let code_path = at.field("code");
            if !self.snake(code_path, &d.code, "unit code") {
                ok = false;
            } else if Unit::library(&d.code).is_some() {
                self.problem(
                    code_path,
                    format!(
                        "{:?} is a standard library unit; use it without declaring it, or \
                         choose another code",
                        d.code
                    ),
                );
                ok = false;
            } else if !seen.insert(d.code.clone()) {
                self.problem(code_path, format!("duplicate unit code {:?}", d.code));
                ok = false;
            }
            for (field, text) in [("zh", &d.zh), ("en", &d.en)] {
                if text.trim().is_empty() {
                    self.problem(at.field(field), "is empty");
                    ok = false;
                } else {
                    self.string(at.field(field), text);
                }
            }
            if let Some(p) = &d.en_plural {
                self.string(at.field("en_plural"), p);
            }
            if !(d.factor.is_finite() && d.factor > 0.0) {
                self.problem(
                    at.field("factor"),
                    format!(
                        "{} is not a factor: it must be a finite number above 0 (the value of \
                         one {} in {})",
                        short(d.factor),
                        d.code,
                        d.dimension.base()
                    ),
                );
                ok = false;
            }
            if ok {
                declared.insert(d.code.clone(), Unit::new(d.clone()));
            }
        }
        let mut units: HashMap<String, Unit> =
            Unit::all_library().iter().map(|u| (u.code().to_string(), u.clone())).collect();
        units.extend(declared);
        UnitTable { units }
    }

    /// Checks each `compares_to`: it names another figure, of the same dimension where both
    /// units are known. `types` holds each figure's unit and qualifier where both are known.
    pub(super) fn comparisons(&mut self, indicators: &[RawIndicator], types: &Types) {
        if indicators.iter().all(|i| i.compares_to.is_none()) {
            return;
        }
        let by_id: HashMap<&str, usize> =
            indicators.iter().enumerate().map(|(n, i)| (i.id.as_str(), n)).collect();
        let root = At::Root("indicators");
        for (n, ind) in indicators.iter().enumerate() {
            let Some(base) = &ind.compares_to else { continue };
            let item = root.index(n);
            let at = item.field("compares_to");
            match by_id.get(base.as_str()) {
                None => self.problem(at, format!("no indicator has the id {base:?}")),
                Some(&b) if b == n => self.problem(at, "a figure cannot be compared with itself"),
                Some(&b) => {
                    let (Some((bu, _)), Some((u, _))) = (&types[b], &types[n]) else { continue };
                    if bu.dimension() != u.dimension() {
                        self.problem(
                            at,
                            format!(
                                "{base:?} is in {} ({}), this figure in {} ({}): a change is \
                                 between values of one dimension",
                                bu.code(),
                                bu.dimension().code(),
                                u.code(),
                                u.dimension().code()
                            ),
                        )
                    }
                }
            }
        }
    }
}
