//! Checking the units a dataset declares, and the links between figures (`compares_to`).

use std::collections::{HashMap, HashSet};

use super::model::Indicator;
use super::units::{Unit, UnitDef};
use super::validate::{Checker, short};

/// The units a dataset may use: its own, then the standard library.
pub(super) struct UnitTable {
    declared: HashMap<String, Unit>,
}

impl UnitTable {
    /// The unit with this code, declared or from the library.
    pub(super) fn get(&self, code: &str) -> Option<Unit> {
        self.declared.get(code).cloned().or_else(|| Unit::library(code))
    }
}

impl Checker {
    /// Checks the declared units (code, names, factor) and returns the table to look units
    /// up in; a bad declaration is reported and left out.
    pub(super) fn declared_units(&mut self, defs: &[UnitDef], v1: bool) -> UnitTable {
        if !defs.is_empty() {
            self.v2_only("units", v1);
        }
        let mut seen = HashSet::new();
        let mut declared = HashMap::new();
        for (i, d) in defs.iter().enumerate() {
            let path = format!("units[{i}]");
            let mut ok = true;
            let code_path = format!("{path}.code");
            if !self.snake(&code_path, &d.code, "unit code") {
                ok = false;
            } else if Unit::library(&d.code).is_some() {
                self.problem(
                    &code_path,
                    format!(
                        "{:?} is a standard library unit; use it without declaring it, or \
                         choose another code",
                        d.code
                    ),
                );
                ok = false;
            } else if !seen.insert(d.code.clone()) {
                self.problem(&code_path, format!("duplicate unit code {:?}", d.code));
                ok = false;
            }
            for (field, text) in [("zh", &d.zh), ("en", &d.en)] {
                if text.trim().is_empty() {
                    self.problem(format!("{path}.{field}"), "is empty");
                    ok = false;
                } else {
                    self.string(&format!("{path}.{field}"), text);
                }
            }
            if let Some(p) = &d.en_plural {
                self.string(&format!("{path}.en_plural"), p);
            }
            if !(d.factor.is_finite() && d.factor > 0.0) {
                self.problem(
                    format!("{path}.factor"),
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
        UnitTable { declared }
    }

    /// Checks each `compares_to`: it names another figure, of the same dimension.
    pub(super) fn comparisons(&mut self, indicators: &[Indicator]) {
        let by_id: HashMap<&str, &Indicator> =
            indicators.iter().map(|i| (i.id.as_str(), i)).collect();
        for (n, ind) in indicators.iter().enumerate() {
            let Some(base) = &ind.compares_to else { continue };
            let path = format!("indicators[{n}].compares_to");
            match by_id.get(base.as_str()) {
                None => self.problem(path, format!("no indicator has the id {base:?}")),
                Some(b) if b.id == ind.id => {
                    self.problem(path, "a figure cannot be compared with itself")
                }
                Some(b) if b.unit.dimension() != ind.unit.dimension() => self.problem(
                    path,
                    format!(
                        "{base:?} is in {} ({}), this figure in {} ({}): a change is \
                         between values of one dimension",
                        b.unit.code(),
                        b.unit.dimension().code(),
                        ind.unit.code(),
                        ind.unit.dimension().code()
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}
