//! A whole dataset and where its figures come from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::derived::{Derived, given_only};
use super::indicator::Indicator;
use super::region::{Region, RegionFields};
use super::rule::Rule;
use super::section::Section;
use super::text::Text;
use crate::data::objects;
use crate::data::units::{DimensionDef, UnitDef};

/// The format version this program writes; it reads this one and every earlier one.
pub const FORMAT_VERSION: u32 = 2;

/// The oldest format version this program reads.
pub const OLDEST_VERSION: u32 = 1;
/// A whole dataset: metadata, the section tree and the indicators.
///
/// `I` is the indicator type: [`Indicator`] once checked; the loader first reads
/// units and qualifiers as plain strings so that every bad one is reported at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(
    deny_unknown_fields,
    bound(
        deserialize = "I: Deserialize<'de>",
        serialize = "I: Serialize + super::derived::MaybeDerived"
    )
)]
pub struct Dataset<I = Indicator> {
    /// Version of this format: 2 (files of version 1 load unchanged).
    pub format_version: u32,
    /// Where the figures come from.
    #[serde(deserialize_with = "objects::object")]
    pub meta: Meta,
    /// Dimensions this dataset declares, for units of things no built-in dimension counts
    /// (version 2).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub dimensions: Vec<DimensionDef>,
    /// Units this dataset declares, beside the standard library (version 2).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<UnitDef>,
    /// Sections in display order; a section may be a group of member sections.
    #[serde(deserialize_with = "objects::objects")]
    pub sections: Vec<Section>,
    /// The figures; once loaded, the derived figures follow the report's (they are not
    /// written back here: `derived` holds their definitions).
    #[serde(deserialize_with = "objects::objects", serialize_with = "given_only")]
    pub indicators: Vec<I>,
    /// Figures the program computes from others (version 2).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<Derived>,
    /// Series keys given apart from the figures (version 2): figure id → series key, for a
    /// figure that has no `series` of its own. Figures of several reports are compared only
    /// through a series key, never by their labels.
    #[serde(
        default,
        deserialize_with = "objects::unique_map",
        skip_serializing_if = "std::collections::BTreeMap::is_empty"
    )]
    pub series_links: std::collections::BTreeMap<String, String>,
    /// Rules between figures (version 2), checked by `check`: a broken one is a warning.
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
}

/// Where the figures come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The dataset's title.
    #[serde(deserialize_with = "objects::object")]
    pub title: Text,
    /// The region the figures describe: its names, and (version 2) its code, level and
    /// parent.
    #[serde(deserialize_with = "objects::object")]
    #[schemars(with = "RegionFields")]
    pub region: Region,
    /// Where the report was read (website or paper).
    #[serde(deserialize_with = "objects::object")]
    pub outlet: Text,
    /// Who first published the report.
    #[serde(deserialize_with = "objects::object")]
    pub publisher: Text,
    /// Publication date as the report gives it: `YYYY`, `YYYY-MM`, or `YYYY-MM-DD` optionally
    /// followed by `THH:MM[:SS]` and a UTC offset.
    pub published: String,
    /// The report's address (`http://` or `https://`).
    pub url: String,
    /// The report's own title.
    #[serde(deserialize_with = "objects::object")]
    pub source_title: Text,
    /// The report's own parts (headings), which indicators may cite.
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// One part (heading) of the source report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Identifier, snake_case.
    pub id: String,
    /// The heading.
    #[serde(deserialize_with = "objects::object")]
    pub title: Text,
}

impl Meta {
    /// Its texts in both languages, by field name.
    pub fn texts(&self) -> [(&'static str, &Text); 5] {
        [
            ("title", &self.title),
            ("region", &self.region.name),
            ("outlet", &self.outlet),
            ("publisher", &self.publisher),
            ("source_title", &self.source_title),
        ]
    }
}

impl Dataset {
    /// A dataset with nothing in it: what the dashboard holds while the files it opens are
    /// still being read.
    pub fn nothing() -> Dataset {
        let none = Text::default();
        Dataset {
            format_version: FORMAT_VERSION,
            meta: Meta {
                title: none.clone(),
                region: Region::default(),
                outlet: none.clone(),
                publisher: none.clone(),
                published: String::new(),
                url: String::new(),
                source_title: none,
                parts: Vec::new(),
            },
            dimensions: Vec::new(),
            units: Vec::new(),
            sections: Vec::new(),
            indicators: Vec::new(),
            derived: Vec::new(),
            series_links: std::collections::BTreeMap::new(),
            rules: Vec::new(),
        }
    }
}

impl<I> Dataset<I> {
    /// Every section, groups first then their members, with the parent's id.
    pub fn all_sections(&self) -> impl Iterator<Item = (&Section, Option<&str>)> {
        self.sections.iter().flat_map(|s| {
            std::iter::once((s, None)).chain(s.members.iter().map(|m| (m, Some(s.id.as_str()))))
        })
    }

    /// The section with this id, at any level.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.all_sections().map(|(s, _)| s).find(|s| s.id == id)
    }
}
