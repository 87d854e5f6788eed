//! One figure from the report, the date or period it holds for, and where a draft found it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::derived::{Formula, MaybeDerived};
use super::text::{Str, Text};
use crate::data::objects;

/// Values written as the report wrote them: a whole number without `.0` (exactly the same
/// number when read back: every whole number up to 2^53 is an integer in JSON).
mod whole {
    use serde::Serializer;

    const EXACT: f64 = 9_007_199_254_740_992.0;

    pub fn one<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        if v.fract() == 0.0 && v.abs() <= EXACT && !(*v == 0.0 && v.is_sign_negative()) {
            #[allow(clippy::cast_possible_truncation)]
            s.serialize_i64(*v as i64)
        } else {
            s.serialize_f64(*v)
        }
    }

    pub fn maybe<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => one(v, s),
            None => s.serialize_none(),
        }
    }
}
use crate::data::units::{Qualifier, Unit};

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
    /// One sentence of context; none when the label says it all.
    #[serde(default, deserialize_with = "objects::object", skip_serializing_if = "Text::is_empty")]
    pub note: Text,
    /// The figure, in `unit`; for a range (3–5万元), its low end.
    #[serde(serialize_with = "whole::one")]
    pub value: f64,
    /// The high end of a range, above `value` (format version 2): 3–5万元 is `value` 3 and
    /// `value_max` 5.
    #[serde(default, skip_serializing_if = "Option::is_none", serialize_with = "whole::maybe")]
    pub value_max: Option<f64>,
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
    /// Where this figure was read, when it is not only the dataset's report (version 2):
    /// `relief-dash import` gives every figure of a table its row's source.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    pub source: Option<Box<FigureSource>>,
    /// Shown among the key figures of the overview. With none marked, the overview
    /// shows the first figure of each top-level section.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// Where a drafted figure was found (`relief-dash draft`): removed once it is checked.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    pub draft: Option<Box<DraftSource>>,
    /// For a derived figure: how it was computed (never read from or written to a file).
    #[serde(skip)]
    #[schemars(skip)]
    pub formula: Option<Box<Formula>>,
}

/// Where one figure was read (version 2): any of its address, outlet and date, at least one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureSource {
    /// The address it was read at (`http://` or `https://`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Who the page names as the text's origin.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    pub outlet: Option<Text>,
    /// When that text was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the last optionally
    /// with `THH:MM[:SS]` and a UTC offset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
}

impl FigureSource {
    /// Whether it says nothing.
    pub fn is_empty(&self) -> bool {
        self.url.is_none() && self.outlet.is_none() && self.published.is_none()
    }
}

/// The sentence a drafted figure was found in, for the person completing the draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DraftSource {
    /// The words around the figure in its sentence, as the report gives them (its clause,
    /// at most 16 characters each side, `…` where cut inside a clause); left out where they
    /// would say no more than the figure and its label (a pasted table).
    #[serde(default, skip_serializing_if = "String::is_empty")]
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

impl<U, Q> MaybeDerived for Indicator<U, Q> {
    fn is_derived(&self) -> bool {
        self.formula.is_some()
    }
}
