//! A format-version-2 dataset from the figures found in a report: what the text gives is
//! filled in, everything else is `TODO` for the person completing the draft.

use std::collections::BTreeMap;

use crate::data::model::{DraftSource, More};
use crate::data::{Dataset, DimensionDef, Indicator, Meta, Section, Text, Unit, UnitDef};

use super::found::Found;
use super::measure::THINGS;
use super::meta;
use super::topic::TOPICS;
use super::when::Day;

/// What a field still to be written says; `check` reports every text starting with it.
pub const TODO: &str = crate::data::model::TODO_MARK;

fn todo(what: &str) -> String {
    format!("{TODO}: {what}")
}

/// The draft dataset of a report's figures.
pub fn dataset(found: &[Found], text: &str, report: Option<Day>) -> Dataset {
    let own = meta::read(text);
    let title = own.title.as_deref().unwrap_or(TODO);
    // Sections: the topics figures were found under, in the topics' order, then each
    // heading that named no topic, in the text's order, then "other".
    let mut sections: Vec<Section> = Vec::new();
    let mut headings: Vec<(String, String)> = Vec::new();
    let section_of = |f: &Found, headings: &mut Vec<(String, String)>| -> String {
        match (f.topic, &f.heading) {
            (Some(t), _) => t.id.to_string(),
            (None, Some(h)) => match headings.iter().find(|(text, _)| text == h) {
                Some((_, id)) => id.clone(),
                None => {
                    let id = format!("part_{}", headings.len() + 1);
                    headings.push((h.clone(), id.clone()));
                    id
                }
            },
            (None, None) => "other".to_string(),
        }
    };
    let ids: Vec<String> = found.iter().map(|f| section_of(f, &mut headings)).collect();
    for t in TOPICS.iter().filter(|t| ids.iter().any(|id| id == t.id)) {
        sections.push(section(t.id, Text::new(t.zh, t.en)));
    }
    for (heading, id) in &headings {
        sections.push(section(id, Text::new(heading.as_str(), todo("section title"))));
    }
    if ids.iter().any(|id| id == "other") || sections.is_empty() {
        sections.push(section("other", Text::new("其他", "Other")));
    }
    let mut declared = Declared::default();
    let indicators = found
        .iter()
        .zip(&ids)
        .enumerate()
        .map(|(n, (f, section))| {
            let unit = if f.declared { declared.unit(&f.unit) } else { f.unit.clone() };
            let id = format!("f{:03}", n + 1).into();
            let label = Text::new(f.label.as_str(), TODO);
            let mut figure =
                Indicator::new(id, section.as_str().into(), label, f.value, unit, f.qualifier);
            figure.as_of = f.as_of.clone();
            let found = DraftSource {
                sentence: f.sentence.clone(),
                line: f.line as u32,
                column: f.column as u32,
            };
            figure.with_more(More {
                value_max: f.value_max,
                draft: Some(Box::new(found)),
                ..More::default()
            })
        })
        .collect();
    // A text that gives no date leaves the date to do, never a made-up one.
    let published = report.map_or_else(|| TODO.to_string(), Day::iso);
    let unknown = || Text::new(todo("待填"), todo("to fill in"));
    let outlet = match (&own.outlet, &own.author) {
        (Some(o), Some(a)) => Text::new(format!("{o}（作者：{a}）"), todo("outlet")),
        (Some(o), None) => Text::new(o.clone(), todo("outlet")),
        (None, Some(a)) => Text::new(format!("{}（作者：{a}）", todo("待填")), todo("outlet")),
        (None, None) => unknown(),
    };
    let (units, dimensions) = declared.into_parts();
    Dataset {
        format_version: crate::data::model::FORMAT_VERSION,
        dimensions,
        meta: Meta {
            title: Text::new(title, todo("English title")),
            region: unknown().into(),
            outlet,
            publisher: unknown(),
            published,
            url: own.url.unwrap_or_else(|| "https://TODO.invalid/".into()),
            source_title: Text::new(title, todo("English title")),
            parts: Vec::new(),
        },
        units,
        sections,
        indicators,
        derived: Vec::new(),
        series_links: BTreeMap::new(),
        rules: Vec::new(),
    }
}

fn section(id: &str, title: Text) -> Section {
    Section {
        id: id.into(),
        title,
        summary: None,
        points: Vec::new(),
        lists: Vec::new(),
        members: Vec::new(),
    }
}

/// The units and dimensions a draft declares: each once, things counted with a measure word
/// (盏 of 路灯) given a dimension of their own for each head noun (`things_1`, …).
#[derive(Default)]
struct Declared {
    units: Vec<Unit>,
    dimensions: Vec<DimensionDef>,
    /// Head noun → dimension id, for things.
    things: Vec<(String, String)>,
}

impl Declared {
    /// The unit a figure is drafted in: `unit` itself, once declared, or for things the
    /// unit of their own dimension.
    fn unit(&mut self, unit: &Unit) -> Unit {
        let unit = if unit.dimension().code() == THINGS {
            self.things(unit)
        } else {
            if let crate::data::Dimension::Declared(d) = unit.dimension()
                && !self.dimensions.iter().any(|x| x.id == d.id)
            {
                self.dimensions.push(d.clone());
            }
            unit.clone()
        };
        if !self.units.iter().any(|u| u.code() == unit.code()) {
            self.units.push(unit.clone());
        }
        unit
    }

    fn things(&mut self, unit: &Unit) -> Unit {
        let crate::data::Dimension::Declared(provisional) = unit.dimension() else {
            return unit.clone();
        };
        let noun = provisional.label.zh().to_string();
        let id = match self.things.iter().find(|(n, _)| *n == noun) {
            Some((_, id)) => id.clone(),
            None => {
                let id = format!("things_{}", self.things.len() + 1);
                self.things.push((noun.clone(), id.clone()));
                self.dimensions.push(DimensionDef {
                    id: id.clone(),
                    label: Text::new(noun, todo("what is counted")),
                    whole: true,
                });
                id
            }
        };
        let def = unit.def();
        // One unit per measure word and scale of these things (盏, 万盏).
        let existing = self.units.iter().find(|u| {
            u.def().dimension == id.as_str() && u.def().zh == def.zh && u.factor() == def.factor
        });
        if let Some(u) = existing {
            return u.clone();
        }
        let n = self.units.iter().filter(|u| u.def().dimension == id.as_str()).count() + 1;
        let dimension = self.dimensions.iter().find(|d| d.id == id).map(DimensionDef::dimension);
        Unit::new(
            UnitDef {
                code: if n == 1 { id.clone() } else { format!("{id}_{n}") },
                zh: def.zh.clone(),
                en: todo("unit"),
                en_plural: None,
                dimension: id.as_str().into(),
                factor: def.factor,
                whole: def.whole,
            },
            dimension.unwrap_or_else(|| unit.dimension()),
        )
    }

    fn into_parts(self) -> (Vec<UnitDef>, Vec<DimensionDef>) {
        (self.units.iter().map(|u| u.def().clone()).collect(), self.dimensions)
    }
}
