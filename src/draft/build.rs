//! A format-version-2 dataset from the figures found in a report: what the text gives is
//! filled in, everything else is `TODO` for the person completing the draft.

use std::collections::BTreeMap;

use crate::data::model::DraftSource;
use crate::data::{Dataset, Indicator, Meta, Section, Text, UnitDef};

use super::scan::Found;
use super::topic::TOPICS;
use super::when::Day;

/// What a field still to be written says; `check` reports every text starting with it.
pub const TODO: &str = "TODO";

fn todo(what: &str) -> String {
    format!("{TODO}: {what}")
}

/// The report's title: the first line of 8 to 40 characters that is not a path of links
/// and has no sentence punctuation.
pub fn title(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find(|l| {
        let n = l.chars().count();
        (8..=40).contains(&n) && !l.contains(['>', '|', '。', '，', ',', ':', '：'])
    })
}

/// The draft dataset of a report's figures.
pub fn dataset(found: &[Found], text: &str, report: Option<Day>) -> Dataset {
    let title = title(text).unwrap_or(TODO);
    // Sections: the topics figures were found under, in the topics' order, then each
    // heading that named no topic, then "other".
    let mut sections: Vec<Section> = Vec::new();
    let mut headings: BTreeMap<String, String> = BTreeMap::new();
    let section_of = |f: &Found, headings: &mut BTreeMap<String, String>| -> String {
        match (f.topic, &f.heading) {
            (Some(t), _) => t.id.to_string(),
            (None, Some(h)) => {
                let n = headings.len() + 1;
                headings.entry(h.clone()).or_insert_with(|| format!("part_{n}")).clone()
            }
            (None, None) => "other".to_string(),
        }
    };
    let ids: Vec<String> = found.iter().map(|f| section_of(f, &mut headings)).collect();
    for t in TOPICS.iter().filter(|t| ids.iter().any(|id| id == t.id)) {
        sections.push(section(t.id, Text { zh: t.zh.into(), en: t.en.into() }));
    }
    for (heading, id) in &headings {
        sections.push(section(id, Text { zh: heading.as_str().into(), en: todo("section title") }));
    }
    if ids.iter().any(|id| id == "other") || sections.is_empty() {
        sections.push(section("other", Text { zh: "其他".into(), en: "Other".into() }));
    }
    let mut units: Vec<UnitDef> = Vec::new();
    let indicators = found
        .iter()
        .zip(&ids)
        .enumerate()
        .map(|(n, (f, section))| {
            if f.declared && !units.iter().any(|u| u.code == f.unit.code()) {
                units.push(f.unit.def().clone());
            }
            Indicator {
                id: format!("f{:03}", n + 1).into(),
                section: section.as_str().into(),
                part: None,
                label: Text { zh: f.label.as_str().into(), en: TODO.into() },
                note: Text::default(),
                value: f.value,
                value_max: None,
                unit: f.unit.clone(),
                qualifier: f.qualifier,
                as_of: f.as_of.clone(),
                names: Vec::new(),
                series: None,
                compares_to: None,
                headline: false,
                draft: Some(Box::new(DraftSource {
                    sentence: f.sentence.clone(),
                    line: f.line as u32,
                    column: f.column as u32,
                })),
                formula: None,
            }
        })
        .collect();
    let published = report.map_or_else(|| "2000-01-01".to_string(), Day::iso);
    let unknown = || Text { zh: todo("待填"), en: todo("to fill in") };
    Dataset {
        format_version: crate::data::model::FORMAT_VERSION,
        dimensions: Vec::new(),
        meta: Meta {
            title: Text { zh: title.into(), en: todo("English title") },
            region: unknown(),
            outlet: unknown(),
            publisher: unknown(),
            published,
            url: "https://TODO.invalid/".into(),
            source_title: Text { zh: title.into(), en: todo("English title") },
            parts: Vec::new(),
        },
        units,
        sections,
        indicators,
        derived: Vec::new(),
        series_links: BTreeMap::new(),
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
