//! Checking the units a dataset declares, and the table every figure's unit is looked up in.

use std::collections::{HashMap, HashSet};

use foldhash::HashMap as FoldMap;

use super::collector::{Checker, short};
use crate::data::path::At;
use crate::data::units::{Dimension, DimensionDef, Qualifier, Unit, UnitDef};

/// Most dimensions a dataset may declare.
pub const MAX_DIMENSIONS: usize = 64;

/// The units a dataset may use: its own and the standard library's, by code (one lookup
/// per figure, rather than a search of the library's list).
pub(super) struct UnitTable {
    /// Each unit's place in `list`, by code.
    places: FoldMap<String, u32>,
    list: Vec<Unit>,
}

impl UnitTable {
    /// The library's units alone.
    #[cfg(test)]
    pub(super) fn library_only() -> UnitTable {
        UnitTable::of(Unit::all_library().iter().cloned())
    }

    /// The table of these units; of two with one code, the later.
    fn of(units: impl Iterator<Item = Unit>) -> UnitTable {
        let mut table = UnitTable { places: FoldMap::default(), list: Vec::new() };
        for u in units {
            let place = u32::try_from(table.list.len()).unwrap_or(u32::MAX);
            table.places.insert(u.code().to_string(), place);
            table.list.push(u);
        }
        table
    }

    /// The unit with this code, declared or from the library (borrowed: the figures are
    /// checked on two threads, and a handle cloned there would be counted on both).
    pub(super) fn get(&self, code: &str) -> Option<&Unit> {
        self.at(self.place(code)?)
    }

    /// The place of the unit with this code (4 bytes where a figure's unit is kept for the
    /// checks between figures).
    pub(super) fn place(&self, code: &str) -> Option<u32> {
        self.places.get(code).copied()
    }

    /// The unit at this place.
    pub(super) fn at(&self, place: u32) -> Option<&Unit> {
        self.list.get(place as usize)
    }
}

/// Each figure's unit and qualifier, where both are known: the unit by its place in the
/// table, 8 bytes a figure.
pub(super) struct Types<'u> {
    pub(super) table: &'u UnitTable,
    pub(super) of: Vec<Option<(u32, Qualifier)>>,
}

impl<'u> Types<'u> {
    /// Figure `i`'s unit and qualifier, where both are known.
    pub(super) fn get(&self, i: usize) -> Option<(&'u Unit, Qualifier)> {
        let (place, q) = (*self.of.get(i)?)?;
        Some((self.table.at(place)?, q))
    }
}

impl Checker {
    /// Checks the declared dimensions (id, label) and returns them by id; a bad declaration
    /// is reported and left out.
    pub(super) fn declared_dimensions(
        &mut self,
        defs: &[DimensionDef],
        v1: bool,
    ) -> HashMap<String, Dimension> {
        let root = At::Root("dimensions");
        if !defs.is_empty() {
            self.v2_only(root, v1);
        }
        if defs.len() > MAX_DIMENSIONS {
            self.problem(
                root,
                format!("{} dimensions declared; at most {MAX_DIMENSIONS}", defs.len()),
            );
            return HashMap::new();
        }
        let mut out = HashMap::new();
        for (i, d) in defs.iter().enumerate() {
            let at = root.index(i);
            let id = at.field("id");
            let mut ok = self.snake(id, &d.id, "dimension id");
            if ok && Dimension::from_code(&d.id).is_some() {
                self.problem(
                    id,
                    format!("{:?} is a built-in dimension; use it without declaring it", d.id),
                );
                ok = false;
            } else if ok && out.contains_key(&d.id) {
                self.problem(id, format!("duplicate dimension id {:?}", d.id));
                ok = false;
            }
            let errors = self.problems.len();
            self.text(at.field("label"), &d.label);
            if ok && self.problems.len() == errors {
                out.insert(d.id.clone(), d.dimension());
            }
        }
        out
    }

    /// Checks the declared units (code, names, dimension, factor) and returns the table to
    /// look units up in; a bad declaration is reported and left out. `dimensions` are the
    /// dataset's own, by id.
    pub(super) fn declared_units(
        &mut self,
        defs: &[UnitDef],
        dimensions: &HashMap<String, Dimension>,
        v1: bool,
    ) -> UnitTable {
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
            let dimension = Dimension::from_code(&d.dimension)
                .or_else(|| dimensions.get(d.dimension.as_str()).copied());
            if dimension.is_none() {
                let builtin: Vec<&str> = Dimension::ALL.iter().map(|d| d.code()).collect();
                self.problem(
                    at.field("dimension"),
                    format!(
                        "unknown dimension {:?} (one of: {}; or declare it in dimensions)",
                        d.dimension,
                        builtin.join(", ")
                    ),
                );
                ok = false;
            }
            if !(d.factor.is_finite() && d.factor > 0.0) {
                let base = dimension.map_or("", |d| d.base());
                let base = if base.is_empty() {
                    "its dimension's units".to_string()
                } else {
                    base.to_string()
                };
                self.problem(
                    at.field("factor"),
                    format!(
                        "{} is not a factor: it must be a finite number above 0 (the value of \
                         one {} in {base})",
                        short(d.factor),
                        d.code,
                    ),
                );
                ok = false;
            }
            if let (true, Some(dim)) = (ok, dimension) {
                declared.insert(d.code.clone(), Unit::new(d.clone(), dim));
            }
        }
        UnitTable::of(Unit::all_library().iter().cloned().chain(declared.into_values()))
    }
}
