//! A unit: the dimension it measures, its factor to that dimension's base unit, and its
//! names in both languages.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::dimension::Dimension;
use crate::data::model::text::Str;

/// A unit as a dataset or the library defines it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitDef {
    /// Identifier used by indicators, snake_case.
    pub code: String,
    /// Chinese written after a value: `万元`, `亩`, `个村`.
    pub zh: String,
    /// English written after a value of 1: `yuan`, `mu`, `village`.
    pub en: String,
    /// English after other values, where it differs: `villages`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en_plural: Option<String>,
    /// What the unit measures: a built-in dimension's code (`people`, `money`, …; see
    /// data/README.md) or the id of a dimension the dataset declares.
    #[schemars(with = "String")]
    pub dimension: Str,
    /// A value times this is the value in the dimension's base unit (亿元: 100000000).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub factor: f64,
    /// Whether values must be whole numbers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole: bool,
}

fn one() -> f64 {
    1.0
}

fn is_one(f: &f64) -> bool {
    *f == 1.0
}

/// A unit an indicator uses: a shared, cheap-to-copy handle on its definition and the
/// dimension its definition names. Two units are the same when their codes are.
#[derive(Clone)]
pub struct Unit(Arc<(UnitDef, Dimension)>);

impl Unit {
    /// A handle on a definition whose `dimension` is `dimension` (resolved by the caller:
    /// built in, or declared by the dataset).
    pub fn new(def: UnitDef, dimension: Dimension) -> Unit {
        Unit(Arc::new((def, dimension)))
    }

    /// Whether two handles are the same unit: the same definition (one comparison), or the
    /// same code.
    pub fn is(&self, other: &Unit) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self == other
    }

    /// Which handle it is: equal for clones of one handle (a key for caching what is worked
    /// out once per unit).
    pub fn handle(&self) -> usize {
        Arc::as_ptr(&self.0) as usize
    }

    /// Its definition.
    pub fn def(&self) -> &UnitDef {
        &self.0.0
    }

    /// Its code.
    pub fn code(&self) -> &str {
        &self.0.0.code
    }

    /// What it measures.
    pub fn dimension(&self) -> Dimension {
        self.0.1
    }

    /// Its factor to the dimension's base unit.
    pub fn factor(&self) -> f64 {
        self.0.0.factor
    }

    /// The smallest and largest value in this unit.
    pub fn range(&self) -> (f64, f64) {
        let (lo, hi) = self.dimension().range();
        (lo / self.factor(), hi / self.factor())
    }

    /// The factor as a power of ten (`Some(4)` for 万), when it is one.
    pub fn decimal_shift(&self) -> Option<i32> {
        let f = self.factor();
        (0..=15).chain(-6..0).find(|&k| 10f64.powi(k) == f)
    }

    /// The English name after a value.
    pub fn en(&self, value: f64) -> &str {
        match &self.0.0.en_plural {
            Some(p) if value != 1.0 => p,
            _ => &self.0.0.en,
        }
    }
}

impl PartialEq for Unit {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

impl Eq for Unit {}

impl Hash for Unit {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

impl fmt::Debug for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Unit({})", self.code())
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl JsonSchema for Unit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut s = String::json_schema(g);
        s.insert(
            "description".into(),
            "A unit code: one of the standard library (see data/README.md) or declared in `units`."
                .into(),
        );
        s
    }
}
