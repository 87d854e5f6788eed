//! Rules a dataset states between its figures (version 2): households lifted out of
//! poverty at most the registered poor households.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;
use crate::data::objects;

/// How the two sides of a rule compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum RuleOp {
    /// The left side is at most the right.
    #[serde(rename = "<=")]
    AtMost,
    /// The two sides are equal.
    #[serde(rename = "=")]
    Equal,
    /// The left side is at least the right.
    #[serde(rename = ">=")]
    AtLeast,
}

impl RuleOp {
    /// As written in the file and in messages.
    pub fn symbol(self) -> &'static str {
        match self {
            RuleOp::AtMost => "<=",
            RuleOp::Equal => "=",
            RuleOp::AtLeast => ">=",
        }
    }
}

/// One side of a rule: a figure's id, or the sum of several.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum RuleSide {
    /// One figure.
    One(String),
    /// The sum of these figures.
    Sum(Vec<String>),
}

impl RuleSide {
    /// The figures' ids.
    pub fn ids(&self) -> &[String] {
        match self {
            RuleSide::One(id) => std::slice::from_ref(id),
            RuleSide::Sum(ids) => ids,
        }
    }
}

/// A rule between figures: `left op right`. A broken rule is a warning, not an error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Identifier, snake_case, unique among the rules.
    pub id: String,
    /// What it says, in both languages.
    #[serde(deserialize_with = "objects::object")]
    pub label: Text,
    /// A figure id, or a list of figure ids whose sum is taken.
    pub left: RuleSide,
    /// `<=`, `=` or `>=`.
    pub op: RuleOp,
    /// A figure id, or a list of figure ids whose sum is taken.
    pub right: RuleSide,
}
