//! The dashboard's sections, groups of sections, and named lists.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;
use crate::data::objects;

/// A section of the dashboard; with `members`, a group of sections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Identifier, snake_case, unique among all sections.
    pub id: String,
    /// Title.
    #[serde(deserialize_with = "objects::object")]
    pub title: Text,
    /// One or two sentences on what the section covers.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    pub summary: Option<Text>,
    /// Policies and facts the report states without a figure.
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Text>,
    /// Named places or organisations the report lists.
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub lists: Vec<NamedList>,
    /// Member sections (one level deep: members have no members).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<Section>,
}

/// A titled list of names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NamedList {
    /// What the names are.
    #[serde(deserialize_with = "objects::object")]
    pub title: Text,
    /// The names.
    #[serde(deserialize_with = "objects::objects")]
    pub items: Vec<Text>,
}
