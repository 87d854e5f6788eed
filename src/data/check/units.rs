//! Checking the units a dataset declares, and the table every figure's unit is looked up in.

use std::collections::{HashMap, HashSet};

use super::collector::{Checker, short};
use crate::data::path::At;
use crate::data::units::{Unit, UnitDef};

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
}
