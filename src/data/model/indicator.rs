//! One figure from the report, the date or period it holds for, and where a draft found it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::derived::{Formula, MaybeDerived};
use super::text::{Str, Text};
use crate::data::objects;
use crate::data::units::{Qualifier, Unit};

/// One figure from the report. The fields most figures leave out are kept out of line
/// ([`More`]): a dataset holds 100,000 figures at times. In a file every field is in line
/// (the file form is in `model::file`).
#[derive(Debug, Clone, PartialEq)]
pub struct Indicator<U = Unit, Q = Qualifier> {
    /// Identifier, snake_case, unique among all indicators.
    pub id: Str,
    /// The id of the section it belongs to.
    pub section: Str,
    /// The id of the report part it comes from (see `meta.parts`).
    pub part: Option<Str>,
    /// Short label.
    pub label: Text,
    /// One sentence of context; none when the label says it all.
    pub note: Text,
    /// The figure, in `unit`; for a range (3–5万元), its low end.
    pub value: f64,
    /// The unit code.
    pub unit: U,
    /// How exactly the report states the figure.
    pub qualifier: Q,
    /// The date or period it holds for, where the report gives one.
    pub as_of: Option<Period>,
    /// Shown among the key figures of the overview. With none marked, the overview
    /// shows the first figure of each top-level section.
    pub headline: bool,
    /// The rarely given fields.
    more: Extra,
}

/// A figure's rarely given fields.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct More {
    /// The high end of a range, above `value` (format version 2): 3–5万元 is `value` 3 and
    /// `value_max` 5.
    pub value_max: Option<f64>,
    /// Places or organisations the report names for this figure (may be only some).
    pub names: Vec<Text>,
    /// The measure this figure is a value of (e.g. `rural_dibao_standard`): figures of one
    /// series at several dates form a series, in one dataset or across datasets (version 2).
    pub series: Option<Str>,
    /// The id of the figure this one is compared with: its baseline, so that the two read
    /// as before → after (version 2).
    pub compares_to: Option<Str>,
    /// Where this figure was read, when it is not only the dataset's report (version 2):
    /// `relief-dash import` gives every figure of a table its row's source.
    pub source: Option<Box<FigureSource>>,
    /// Where a drafted figure was found (`relief-dash draft`): removed once it is checked.
    pub draft: Option<Box<DraftSource>>,
    /// For a derived figure: how it was computed (never read from or written to a file).
    pub formula: Option<Box<Formula>>,
}

/// None of the rarely given fields.
static NONE: More = More {
    value_max: None,
    names: Vec::new(),
    series: None,
    compares_to: None,
    source: None,
    draft: None,
    formula: None,
};

/// The rarely given fields, allocated only when one is given; equal to an allocated [`More`]
/// that gives none.
#[derive(Debug, Clone, Default)]
struct Extra(Option<Box<More>>);

impl PartialEq for Extra {
    fn eq(&self, other: &Extra) -> bool {
        self.get() == other.get()
    }
}

impl Extra {
    fn get(&self) -> &More {
        self.0.as_deref().unwrap_or(&NONE)
    }
}

impl<U, Q> Indicator<U, Q> {
    /// A figure with its required fields, and none of the rarely given ones.
    pub fn new(id: Str, section: Str, label: Text, value: f64, unit: U, qualifier: Q) -> Self {
        Indicator {
            id,
            section,
            part: None,
            label,
            note: Text::default(),
            value,
            unit,
            qualifier,
            as_of: None,
            headline: false,
            more: Extra::default(),
        }
    }

    /// The rarely given fields.
    pub fn more(&self) -> &More {
        self.more.get()
    }

    /// The rarely given fields, to change (allocated the first time).
    pub fn more_mut(&mut self) -> &mut More {
        self.more.0.get_or_insert_with(Box::default)
    }

    /// The rarely given fields all at once (none allocated when `more` gives none).
    pub fn with_more(mut self, more: More) -> Self {
        self.more = Extra((more != NONE).then(|| Box::new(more)));
        self
    }

    /// The same figure with its unit and qualifier replaced.
    pub fn typed<U2, Q2>(self, unit: U2, qualifier: Q2) -> Indicator<U2, Q2> {
        Indicator {
            id: self.id,
            section: self.section,
            part: self.part,
            label: self.label,
            note: self.note,
            value: self.value,
            unit,
            qualifier,
            as_of: self.as_of,
            headline: self.headline,
            more: self.more,
        }
    }
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
/// (`kind` and `date`), or a range (`from` and `to`, version 2). A range, the rarer, is kept
/// out of line. Any mix of the four may be read from a file, for the checks to report.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Period {
    /// How the figure relates to the date (with `date`).
    pub kind: Option<PeriodKind>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with `kind`).
    pub date: Option<Str>,
    /// The range's first and last dates, when either is given.
    range: Option<Box<(Option<Str>, Option<Str>)>>,
}

impl Period {
    /// A date and how the figure relates to it.
    pub fn at(kind: PeriodKind, date: &str) -> Period {
        Period { kind: Some(kind), date: Some(date.into()), range: None }
    }

    /// A range of dates.
    pub fn range(from: &str, to: &str) -> Period {
        Period::of(None, None, Some(from.into()), Some(to.into()))
    }

    /// Any mix of the four fields, as a file may give them.
    pub fn of(
        kind: Option<PeriodKind>,
        date: Option<Str>,
        from: Option<Str>,
        to: Option<Str>,
    ) -> Period {
        let range = (from.is_some() || to.is_some()).then(|| Box::new((from, to)));
        Period { kind, date, range }
    }

    /// First date of a range, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with `to`).
    pub fn from(&self) -> Option<&Str> {
        self.range.as_ref()?.0.as_ref()
    }

    /// Last date of a range, not before `from`.
    pub fn to(&self) -> Option<&Str> {
        self.range.as_ref()?.1.as_ref()
    }

    /// Both dates of a range, where both are given.
    pub fn from_to(&self) -> Option<(&Str, &Str)> {
        self.from().zip(self.to())
    }

    /// The date a figure holds at: its date, else the end of its range.
    pub fn last(&self) -> Option<&str> {
        self.date.as_deref().or(self.to().map(|t| t.as_str()))
    }
}

impl<U, Q> MaybeDerived for Indicator<U, Q> {
    fn is_derived(&self) -> bool {
        self.more().formula.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dataset holds 100,000 figures at times: a field added in line costs that many times
    /// its size (docs/PERFORMANCE.md). A rarely given field belongs in [`More`].
    #[test]
    fn a_figure_stays_small() {
        use std::mem::size_of;
        assert!(size_of::<RawIndicator>() <= 216, "{}", size_of::<RawIndicator>());
        assert!(size_of::<Indicator>() <= 176, "{}", size_of::<Indicator>());
        assert!(size_of::<Option<Period>>() <= 40, "{}", size_of::<Option<Period>>());
    }

    #[test]
    fn a_figure_that_gives_no_rare_field_equals_one_with_an_empty_allocation() {
        let plain: RawIndicator = Indicator::new(
            "a".into(),
            "s".into(),
            Text::new("甲", "A"),
            1.0,
            "person".into(),
            "exact".into(),
        );
        let mut touched = plain.clone();
        touched.more_mut().series = None;
        assert_eq!(plain, touched);
        touched.more_mut().series = Some("k".into());
        assert_ne!(plain, touched);
        assert_eq!(plain.clone().with_more(More::default()), plain);
    }
}
