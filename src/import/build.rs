//! A table's rows grouped into datasets: one per region, a section per series, every
//! figure with its own source.

use std::collections::{BTreeMap, HashMap};

use crate::data::dates::first_day;
use crate::data::model::{FORMAT_VERSION, FigureSource, More, Period, Region};
use crate::data::{Dataset, Indicator, Meta, Section, Text};

use super::problem::Problem;
use super::rows::Row;

/// One dataset of a table, with what is needed to place its problems back in the table.
#[derive(Debug)]
pub struct Built {
    /// Its file name in the output folder (`cn-e.json`).
    pub file: String,
    /// The dataset.
    pub dataset: Dataset,
    /// For each of its figures, in order, the table row it was read from.
    pub rows: Vec<usize>,
}

/// The region attributes every row of a region must give alike, by column.
fn region_fields(r: &Row) -> [(&'static str, String); 6] {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    [
        ("region", r.region.clone()),
        ("region_en", opt(&r.region_en)),
        ("region_code", opt(&r.region_code)),
        ("level", r.level.map(|l| l.code().to_string()).unwrap_or_default()),
        ("parent", opt(&r.parent)),
        ("children_complete", r.children_complete.map(|b| b.to_string()).unwrap_or_default()),
    ]
}

/// The datasets of a table's rows, in the order their regions first appear; `stem` is the
/// table's file name without its extension.
pub fn datasets(rows: &[Row], stem: &str) -> Result<Vec<Built>, Vec<Problem>> {
    let mut problems = Vec::new();
    // Regions by key (code, else Chinese name), in the order they appear.
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<&Row>> = HashMap::new();
    let mut name_key: HashMap<&str, (&str, usize)> = HashMap::new();
    let mut seen: HashMap<(String, &str, &str), usize> = HashMap::new();
    for r in rows {
        let key = r.region_code.clone().unwrap_or_else(|| r.region.clone());
        match name_key.get(r.region.as_str()) {
            Some((k, first)) if *k != key => problems.push(Problem::cell(
                r.row,
                "region",
                format!(
                    "{:?} is also the name of the region {k:?} (row {first}): one region, one \
                     code",
                    r.region
                ),
            )),
            Some(_) => {}
            None => {
                name_key.insert(&r.region, (r.region_code.as_deref().unwrap_or(&r.region), r.row));
            }
        }
        if let Some(first) = groups.get(&key).and_then(|g| g.first()) {
            for ((column, a), (_, b)) in region_fields(first).iter().zip(region_fields(r)) {
                if *a != b {
                    problems.push(Problem::cell(
                        r.row,
                        column,
                        format!(
                            "{b:?} differs from {a:?} in row {} of the same region (a region's \
                             rows give the same names, code, level, parent and children_complete)",
                            first.row
                        ),
                    ));
                }
            }
        } else {
            order.push(key.clone());
        }
        if let Some(first) = seen.insert((key.clone(), &r.series, &r.date), r.row) {
            problems.push(Problem::row(
                r.row,
                format!(
                    "the same region, series and date as row {first} ({}, {}, {})",
                    r.region, r.series, r.date
                ),
            ));
            seen.insert((key.clone(), &r.series, &r.date), first);
        }
        groups.entry(key).or_default().push(r);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut files: Vec<String> = Vec::new();
    let built = order
        .iter()
        .enumerate()
        .map(|(n, key)| {
            let rows = &groups[key];
            let mut file = file_name(rows[0], n + 1);
            let base = file.trim_end_matches(".json").to_string();
            let mut k = 2;
            while files.contains(&file) {
                file = format!("{base}-{k}.json");
                k += 1;
            }
            files.push(file.clone());
            let (dataset, rows) = dataset(rows, stem);
            Built { file, dataset, rows }
        })
        .collect();
    Ok(built)
}

/// The file name of a region's dataset: its code in lower case, else a slug of its English
/// name, else `region_N.json`.
fn file_name(r: &Row, n: usize) -> String {
    let slug = |s: &str| {
        let mut out = String::new();
        for c in s.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() || c == '_' {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        out.trim_end_matches('-').to_string()
    };
    [r.region_code.as_deref(), r.region_en.as_deref()]
        .into_iter()
        .flatten()
        .map(slug)
        .find(|s| !s.is_empty())
        .map_or_else(|| format!("region_{n}.json"), |s| format!("{s}.json"))
}

/// A text from a Chinese text and an English one, the Chinese standing in for a missing
/// English one.
fn text(zh: &str, en: Option<&str>) -> Text {
    Text::new(zh, en.unwrap_or(zh))
}

/// Whether source `a` is more recent than `b`: dated after it, or dated where it is not.
fn newer(a: &Row, b: &Row) -> bool {
    match (&a.published, &b.published) {
        (Some(x), Some(y)) => first_day(&x[..x.len().min(10)]) > first_day(&y[..y.len().min(10)]),
        (Some(_), None) => true,
        _ => false,
    }
}

/// One region's dataset, and the row of each of its figures.
fn dataset(rows: &[&Row], stem: &str) -> (Dataset, Vec<usize>) {
    let first = rows[0];
    let region_name = text(&first.region, first.region_en.as_deref());
    // Series in the order they first appear; figures in each by date, then table order.
    let mut series: Vec<&str> = Vec::new();
    let mut by_series: BTreeMap<usize, Vec<&Row>> = BTreeMap::new();
    for r in rows {
        let k = series.iter().position(|s| *s == r.series).unwrap_or_else(|| {
            series.push(&r.series);
            series.len() - 1
        });
        by_series.entry(k).or_default().push(r);
    }
    let mut sections = Vec::new();
    let mut indicators = Vec::new();
    let mut figure_rows = Vec::new();
    for (k, mut figures) in by_series {
        figures.sort_by_key(|r| first_day(&r.date));
        let head = figures[0];
        sections.push(Section {
            id: series[k].to_string(),
            title: text(&head.label_zh, head.label_en.as_deref()),
            summary: None,
            points: Vec::new(),
            lists: Vec::new(),
            members: Vec::new(),
        });
        let last = figures.len() - 1;
        for (j, r) in figures.into_iter().enumerate() {
            let source = FigureSource {
                url: r.source_url.clone(),
                outlet: r.outlet.as_deref().map(|o| text(o, None)),
                published: r.published.clone(),
            };
            let id = format!("{}_{}", r.series, r.date.replace('-', "_")).into();
            // The date in the label: a series' figures are told apart in lists and bars.
            let label = Text::new(
                format!("{} · {}", r.label_zh, r.date),
                format!("{} · {}", r.label_en.as_deref().unwrap_or(&r.label_zh), r.date),
            );
            let section = r.series.as_str().into();
            let mut figure =
                Indicator::new(id, section, label, r.value, r.unit.clone(), r.qualifier);
            figure.as_of = Some(Period::at(r.period, &r.date));
            figure.headline = j == last;
            indicators.push(figure.with_more(More {
                series: Some(r.series.as_str().into()),
                source: (!source.is_empty()).then(|| Box::new(source)),
                ..More::default()
            }));
            figure_rows.push(r.row);
        }
    }
    // The dataset's report is the most recent source its rows cite.
    let cited: Vec<&Row> = rows.iter().copied().filter(|r| r.source_url.is_some()).collect();
    let pool = if cited.is_empty() { rows } else { &cited[..] };
    let latest =
        pool.iter().copied().fold(pool[0], |best, r| if newer(r, best) { r } else { best });
    let todo = |what: &str| Text::new(format!("TODO: {what}"), format!("TODO: {what}"));
    let outlet = latest.outlet.as_deref().map_or_else(|| todo("outlet"), |o| text(o, None));
    let meta = Meta {
        title: Text::new(
            format!("{} · {stem}", region_name.zh()),
            format!("{} · {stem}", region_name.en()),
        ),
        region: Region {
            name: region_name,
            code: first.region_code.clone(),
            level: first.level,
            parent: first.parent.clone(),
            children_complete: first.children_complete.unwrap_or(false),
        },
        publisher: outlet.clone(),
        outlet,
        published: latest.published.clone().unwrap_or_else(|| "TODO".into()),
        url: latest.source_url.clone().unwrap_or_else(|| "https://TODO.invalid/".into()),
        source_title: Text::new(format!("{stem}(表格)"), format!("{stem} (table)")),
        parts: Vec::new(),
    };
    let dataset = Dataset {
        format_version: FORMAT_VERSION,
        meta,
        dimensions: Vec::new(),
        units: Vec::new(),
        sections,
        indicators,
        derived: Vec::new(),
        series_links: BTreeMap::new(),
        rules: Vec::new(),
    };
    (dataset, figure_rows)
}
