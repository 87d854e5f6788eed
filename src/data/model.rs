//! The dataset's types: what a file holds once it has been read and checked.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::derived::{Derived, Formula};
use super::objects;
use super::units::{Qualifier, Unit, UnitDef};

/// The short strings of a dataset's figures (ids, section keys, unit and qualifier codes as
/// read, series keys, dates): kept inside their own 24 bytes when they fit, on the heap
/// otherwise. Loading 100,000
/// figures makes about half a million fewer allocations than with `String`, and takes
/// about 16 MB less memory (docs/PERFORMANCE.md).
pub type Str = compact_str::CompactString;

/// The format version this program writes; it reads this one and every earlier one.
pub const FORMAT_VERSION: u32 = 2;

/// The oldest format version this program reads.
pub const OLDEST_VERSION: u32 = 1;

/// A text in both languages of the dashboard.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

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
    /// Units this dataset declares, beside the standard library (version 2).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<UnitDef>,
    /// Sections in display order; a section may be a group of member sections.
    #[serde(deserialize_with = "objects::objects")]
    pub sections: Vec<Section>,
    /// The figures; once loaded, the derived figures follow the report's (they are not
    /// written back here: `derived` holds their definitions).
    #[serde(deserialize_with = "objects::objects", serialize_with = "super::derived::given_only")]
    pub indicators: Vec<I>,
    /// Figures the program computes from others (version 2).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub derived: Vec<Derived>,
    /// Series keys given apart from the figures (version 2): figure id → series key, for a
    /// figure that has no `series` of its own. Figures of several reports are compared only
    /// through a series key, never by their labels.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub series_links: std::collections::BTreeMap<String, String>,
}

/// Where the figures come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The dataset's title.
    #[serde(deserialize_with = "objects::object")]
    pub title: Text,
    /// The region the figures describe.
    #[serde(deserialize_with = "objects::object")]
    pub region: Text,
    /// Where the report was read (website or paper).
    #[serde(deserialize_with = "objects::object")]
    pub outlet: Text,
    /// Who first published the report.
    #[serde(deserialize_with = "objects::object")]
    pub publisher: Text,
    /// Publication date and time, `YYYY-MM-DD` optionally followed by `THH:MM[:SS]` and a UTC offset.
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

/// One figure from the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator<U = Unit, Q = Qualifier> {
    /// Identifier, snake_case, unique among all indicators.
    #[schemars(with = "String")]
    pub id: Str,
    /// The id of the section it belongs to.
    #[schemars(with = "String")]
    pub section: Str,
    /// The id of the report part it comes from (see `meta.parts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub part: Option<Str>,
    /// Short label.
    #[serde(deserialize_with = "objects::object")]
    pub label: Text,
    /// One sentence of context.
    #[serde(deserialize_with = "objects::object")]
    pub note: Text,
    /// The figure, in `unit`.
    pub value: f64,
    /// The unit code.
    pub unit: U,
    /// How exactly the report states the figure.
    pub qualifier: Q,
    /// The date or period it holds for, where the report gives one.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    pub as_of: Option<Period>,
    /// Places or organisations the report names for this figure (may be only some).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<Text>,
    /// The measure this figure is a value of (e.g. `rural_dibao_standard`): figures of one
    /// series at several dates form a series, in one dataset or across datasets (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub series: Option<Str>,
    /// The id of the figure this one is compared with: its baseline, so that the two read
    /// as before → after (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub compares_to: Option<Str>,
    /// Shown among the key figures of the overview. With none marked, the overview
    /// shows the first figure of each top-level section.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// For a derived figure: how it was computed (never read from or written to a file).
    /// Where a drafted figure was found (`relief-dash draft`): removed once it is checked.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    pub draft: Option<Box<DraftSource>>,
    #[serde(skip)]
    #[schemars(skip)]
    pub formula: Option<Box<Formula>>,
}

/// The sentence a drafted figure was found in, for the person completing the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftSource {
    /// The sentence, as the report gives it.
    pub sentence: String,
    /// Line of the report where the figure is (1-based).
    pub line: u32,
    /// Column of the figure in that line, in characters (1-based).
    pub column: u32,
}

/// The indicator as read, before units and qualifiers are checked.
pub type RawIndicator = Indicator<Str, Str>;

/// How a figure relates to its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// At that moment (e.g. end of September 2019).
    At,
    /// From that date on (e.g. since 2017).
    Since,
    /// Up to that date (e.g. before April 2019).
    Until,
    /// Over that period (e.g. the whole of 2019).
    During,
}

/// The date or period an indicator holds for: a date with how the figure relates to it
/// (`kind` and `date`), or a range (`from` and `to`, version 2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// How the figure relates to the date (with `date`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PeriodKind>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with `kind`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub date: Option<Str>,
    /// First date of a range, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with `to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub from: Option<Str>,
    /// Last date of a range, not before `from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    pub to: Option<Str>,
}

impl Period {
    /// A date and how the figure relates to it.
    pub fn at(kind: PeriodKind, date: &str) -> Period {
        Period { kind: Some(kind), date: Some(date.into()), from: None, to: None }
    }

    /// A range of dates.
    pub fn range(from: &str, to: &str) -> Period {
        Period { kind: None, date: None, from: Some(from.into()), to: Some(to.into()) }
    }
}

impl Text {
    /// The text in the given language; in a draft, where it is still to do (`TODO…`) and
    /// the other language's is not, that one (a Chinese label rather than "TODO").
    pub fn get(&self, lang: crate::Lang) -> &str {
        let (want, other) = match lang {
            crate::Lang::Zh => (&self.zh, &self.en),
            crate::Lang::En => (&self.en, &self.zh),
        };
        let todo = |s: &str| s.starts_with(super::todo::MARK);
        if todo(want) && !todo(other) { other } else { want }
    }
}

impl Meta {
    /// Its texts in both languages, by field name.
    pub fn texts(&self) -> [(&'static str, &Text); 5] {
        [
            ("title", &self.title),
            ("region", &self.region),
            ("outlet", &self.outlet),
            ("publisher", &self.publisher),
            ("source_title", &self.source_title),
        ]
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
