//! A figure as a file writes it: every field in line, as the format's schema gives it. The
//! figure in memory ([`Indicator`]) keeps its rarely given fields out of line; this is the
//! form it is read from and written to, so that the fields, their order, their checks and
//! every error message are those of the format.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::derived::Formula;
use super::indicator::{DraftSource, FigureSource, Indicator, More, Period, PeriodKind};
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

/// One figure from the report.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(rename = "Indicator", deny_unknown_fields)]
#[schemars(rename = "Indicator")]
struct Written<U, Q> {
    /// Identifier, snake_case, unique among all indicators.
    #[schemars(with = "String")]
    id: Str,
    /// The id of the section it belongs to.
    #[schemars(with = "String")]
    section: Str,
    /// The id of the report part it comes from (see `meta.parts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    part: Option<Str>,
    /// Short label.
    #[serde(deserialize_with = "objects::object")]
    label: Text,
    /// One sentence of context; none when the label says it all.
    #[serde(default, deserialize_with = "objects::object", skip_serializing_if = "Text::is_empty")]
    note: Text,
    /// The figure, in `unit`; for a range (3–5万元), its low end.
    #[serde(serialize_with = "whole::one")]
    value: f64,
    /// The high end of a range, above `value` (format version 2): 3–5万元 is `value` 3 and
    /// `value_max` 5.
    #[serde(default, skip_serializing_if = "Option::is_none", serialize_with = "whole::maybe")]
    value_max: Option<f64>,
    /// The unit code.
    unit: U,
    /// How exactly the report states the figure.
    qualifier: Q,
    /// The date or period it holds for, where the report gives one.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    as_of: Option<Period>,
    /// Places or organisations the report names for this figure (may be only some).
    #[serde(default, deserialize_with = "objects::objects", skip_serializing_if = "Vec::is_empty")]
    names: Vec<Text>,
    /// The measure this figure is a value of (e.g. `rural_dibao_standard`): figures of one
    /// series at several dates form a series, in one dataset or across datasets (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    series: Option<Str>,
    /// The id of the figure this one is compared with: its baseline, so that the two read
    /// as before → after (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    compares_to: Option<Str>,
    /// Where this figure was read, when it is not only the dataset's report (version 2):
    /// `relief-dash import` gives every figure of a table its row's source.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    source: Option<Box<FigureSource>>,
    /// Shown among the key figures of the overview. With none marked, the overview
    /// shows the first figure of each top-level section.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    headline: bool,
    /// Where a drafted figure was found (`relief-dash draft`): removed once it is checked.
    #[serde(
        default,
        deserialize_with = "objects::opt_object",
        skip_serializing_if = "Option::is_none"
    )]
    draft: Option<Box<DraftSource>>,
    /// For a derived figure: how it was computed (never read from or written to a file).
    #[serde(skip)]
    #[schemars(skip)]
    formula: Option<Box<Formula>>,
}

impl<U, Q> From<Written<U, Q>> for Indicator<U, Q> {
    fn from(w: Written<U, Q>) -> Self {
        let mut figure = Indicator::new(w.id, w.section, w.label, w.value, w.unit, w.qualifier);
        figure.part = w.part;
        figure.note = w.note;
        figure.as_of = w.as_of;
        figure.headline = w.headline;
        figure.with_more(More {
            value_max: w.value_max,
            names: w.names,
            series: w.series,
            compares_to: w.compares_to,
            source: w.source,
            draft: w.draft,
            formula: w.formula,
        })
    }
}

impl<'de, U: Deserialize<'de>, Q: Deserialize<'de>> Deserialize<'de> for Indicator<U, Q> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Written::deserialize(d).map(Indicator::from)
    }
}

impl<U: Serialize + Clone, Q: Serialize + Clone> Serialize for Indicator<U, Q> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Written out seldom (a draft, an import, an export): a copy of the figure is fine.
        let more = self.more().clone();
        Written {
            id: self.id.clone(),
            section: self.section.clone(),
            part: self.part.clone(),
            label: self.label.clone(),
            note: self.note.clone(),
            value: self.value,
            value_max: more.value_max,
            unit: self.unit.clone(),
            qualifier: self.qualifier.clone(),
            as_of: self.as_of.clone(),
            names: more.names,
            series: more.series,
            compares_to: more.compares_to,
            source: more.source,
            headline: self.headline,
            draft: more.draft,
            formula: None,
        }
        .serialize(s)
    }
}

impl<U: JsonSchema, Q: JsonSchema> JsonSchema for Indicator<U, Q> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Written::<U, Q>::schema_name()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Written::<U, Q>::json_schema(g)
    }
}

/// The date or period an indicator holds for: a date with how the figure relates to it
/// (`kind` and `date`), or a range (`from` and `to`, version 2).
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(rename = "Period", deny_unknown_fields)]
#[schemars(rename = "Period")]
struct WrittenPeriod {
    /// How the figure relates to the date (with `date`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kind: Option<PeriodKind>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with `kind`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    date: Option<Str>,
    /// First date of a range, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with `to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    from: Option<Str>,
    /// Last date of a range, not before `from`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>")]
    to: Option<Str>,
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let w = WrittenPeriod::deserialize(d)?;
        Ok(Period::of(w.kind, w.date, w.from, w.to))
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        WrittenPeriod {
            kind: self.kind,
            date: self.date.clone(),
            from: self.from().cloned(),
            to: self.to().cloned(),
        }
        .serialize(s)
    }
}

impl JsonSchema for Period {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        WrittenPeriod::schema_name()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        WrittenPeriod::json_schema(g)
    }
}

#[cfg(test)]
mod tests {
    use super::super::indicator::RawIndicator;

    /// A figure that gives every field, in the order the file form writes them.
    const EVERY_FIELD: &str = r#"{"id":"a","section":"s","part":"p1","label":{"zh":"甲","en":"A"},"note":{"zh":"注","en":"Note"},"value":3,"value_max":5.5,"unit":"person","qualifier":"about","as_of":{"from":"2019","to":"2020-06"},"names":[{"zh":"乙","en":"B"}],"series":"k","compares_to":"b","source":{"url":"https://example.org/","published":"2020-06-01"},"headline":true,"draft":{"sentence":"约3至5.5人","line":4,"column":2}}"#;

    #[test]
    fn a_figure_is_written_back_as_it_was_read() {
        let figure: RawIndicator = serde_json::from_str(EVERY_FIELD).unwrap();
        assert_eq!(figure.more().value_max, Some(5.5));
        assert_eq!(figure.as_of.as_ref().and_then(|p| p.to()).map(|t| t.as_str()), Some("2020-06"));
        assert_eq!(serde_json::to_string(&figure).unwrap(), EVERY_FIELD);
    }

    #[test]
    fn a_figure_without_its_rare_fields_is_written_without_them() {
        let plain = r#"{"id":"a","section":"s","label":{"zh":"甲","en":"A"},"value":3,"unit":"person","qualifier":"exact","as_of":{"kind":"at","date":"2020"}}"#;
        let figure: RawIndicator = serde_json::from_str(plain).unwrap();
        assert_eq!(serde_json::to_string(&figure).unwrap(), plain);
    }

    #[test]
    fn an_unknown_field_is_refused_as_before() {
        let e = serde_json::from_str::<RawIndicator>(r#"{"id":"a","colour":1}"#).unwrap_err();
        assert!(e.to_string().starts_with("unknown field `colour`, expected one of `id`"), "{e}");
    }
}
