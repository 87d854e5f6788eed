//! The region a dataset describes: its names, and where it sits among other regions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;

/// How high a region sits among regions (version 2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A whole country (全国).
    Country,
    /// A group of provinces (东部地区).
    Region,
    /// A province, autonomous region or municipality (省).
    Province,
    /// A prefecture or city (地级市, 州).
    Prefecture,
    /// A county, county-level city or district (县, 区).
    County,
    /// A township or town (乡, 镇, 街道).
    Township,
    /// A village (村).
    Village,
    /// Any other area (a zone, a river basin).
    Area,
}

impl Level {
    /// Every level, from the highest.
    pub const ALL: [Level; 8] = [
        Level::Country,
        Level::Region,
        Level::Province,
        Level::Prefecture,
        Level::County,
        Level::Township,
        Level::Village,
        Level::Area,
    ];

    /// The code used in the file.
    pub fn code(self) -> &'static str {
        match self {
            Level::Country => "country",
            Level::Region => "region",
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Township => "township",
            Level::Village => "village",
            Level::Area => "area",
        }
    }

    /// The level with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The region a dataset describes: its names, and (version 2) its code, level and parent.
/// Text-only regions (`{zh, en}`) read as before.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(from = "RegionFields", into = "RegionFields")]
pub struct Region {
    /// Its names.
    pub name: Text,
    /// A stable code: for China, the 6-digit administrative division code of GB/T 2260
    /// (350128); any other stable code for a region that has none (`CN-E`).
    pub code: Option<String>,
    /// How high it sits.
    pub level: Option<Level>,
    /// The code of the region it is part of.
    pub parent: Option<String>,
    /// Whether the datasets of its children, all open together, hold all of it: a figure of
    /// an additive series is then the sum of theirs, not only at least that.
    pub children_complete: bool,
}

impl std::ops::Deref for Region {
    type Target = Text;
    fn deref(&self) -> &Text {
        &self.name
    }
}

impl From<Text> for Region {
    fn from(name: Text) -> Region {
        Region { name, ..Region::default() }
    }
}

/// A region as written in the file.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RegionFields {
    /// Chinese name.
    zh: String,
    /// English name.
    en: String,
    /// A stable code (version 2): GB/T 2260 for China (`350128`), else any stable code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    code: Option<String>,
    /// How high it sits (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    level: Option<Level>,
    /// The parent region's code (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<String>,
    /// Whether its children's datasets hold all of it (version 2): a parent's figure of an
    /// additive series must then equal their sum, not only be at least that.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    children_complete: bool,
}

impl From<RegionFields> for Region {
    fn from(f: RegionFields) -> Region {
        Region {
            name: Text::new(f.zh, f.en),
            code: f.code,
            level: f.level,
            parent: f.parent,
            children_complete: f.children_complete,
        }
    }
}

impl From<Region> for RegionFields {
    fn from(r: Region) -> RegionFields {
        RegionFields {
            zh: r.name.zh().to_string(),
            en: r.name.en().to_string(),
            code: r.code,
            level: r.level,
            parent: r.parent,
            children_complete: r.children_complete,
        }
    }
}

impl Region {
    /// Whether it says where it sits among regions (a version-2 addition).
    pub fn is_placed(&self) -> bool {
        self.code.is_some()
            || self.level.is_some()
            || self.parent.is_some()
            || self.children_complete
    }
}
