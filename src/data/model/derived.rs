//! Derived figures as a dataset declares them, and the formula a computed one carries: values
//! the program computes from the report's figures (a change, a ratio, a share, a sum, an
//! average), always shown with their formula and never mistaken for a figure the report gives.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use super::text::Text;
use crate::data::objects;

/// What a derived figure computes from the figures it names (`of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// The second minus the first (after − before), one dimension.
    Change,
    /// The first divided by the second, written in `unit`.
    Ratio,
    /// The first as a percentage of the second, one dimension.
    Share,
    /// All of them added, one dimension.
    Sum,
    /// Their mean, one dimension.
    Average,
    /// The average yearly growth from the first to the second of two dated figures of one
    /// dimension, in percent per year: (second ÷ first)^(1 / years) − 1 (version 2).
    AnnualGrowth,
}

impl Op {
    /// The op's code, as in the file.
    pub fn code(self) -> &'static str {
        match self {
            Op::Change => "change",
            Op::Ratio => "ratio",
            Op::Share => "share",
            Op::Sum => "sum",
            Op::Average => "average",
            Op::AnnualGrowth => "annual_growth",
        }
    }
}

/// A derived figure as a dataset declares it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Derived {
    /// Identifier, snake_case, unique among indicators and derived figures.
    pub id: String,
    /// The section it is shown in.
    pub section: String,
    /// Short label.
    #[serde(deserialize_with = "objects::object")]
    pub label: Text,
    /// One sentence on what it shows; none when the label says it all.
    #[serde(default, deserialize_with = "objects::object", skip_serializing_if = "Text::is_empty")]
    pub note: Text,
    /// What it computes.
    pub op: Op,
    /// The ids of the figures (or other derived figures) it is computed from, in order.
    pub of: Vec<String>,
    /// The unit of the result: required for `ratio`; for `share` percent, for
    /// `annual_growth` percent per year, for a `change` of shares percentage points;
    /// otherwise the first input's unit. Its dimension must be the one the op gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Shown among the overview's key figures.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
}

/// How a derived figure was computed, for the details and the list.
#[derive(Debug, Clone, PartialEq)]
pub struct Formula {
    /// What it computes.
    pub op: Op,
    /// The figures it is computed from (ids).
    pub inputs: Vec<String>,
    /// Why it has no value, if it has none.
    pub not_computable: Option<String>,
    /// How precisely it is shown (the full value is in the details).
    pub precision: Precision,
}

/// How precisely a derived figure is shown: to the precision its inputs carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// A sum or change: exact, to this many decimals (the most its inputs have, in the
    /// result's unit).
    Decimals(u32),
    /// A ratio, share, average or growth: this many significant digits (one more than its
    /// least precise input has, at least two).
    Significant(u32),
}

/// Serializes only the figures the report gives (derived ones are written as `derived`).
pub fn given_only<S: Serializer, I: Serialize + MaybeDerived>(
    items: &[I],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().filter(|i| !i.is_derived()))
}

/// Whether a figure was computed rather than given.
pub trait MaybeDerived {
    /// True for a derived figure.
    fn is_derived(&self) -> bool;
}
