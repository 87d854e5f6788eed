//! What a draft dataset still needs: every text that starts with `TODO`, an address that
//! says TODO, and each figure still carrying the sentence it was drafted from. These are not
//! errors: `check` lists them as "to do", and the dashboard marks such a dataset a draft.

use std::collections::BTreeMap;

use super::locate::locate;
use super::model::{Dataset, Str, TODO_MARK as MARK, Text};
use super::threads::TWO_THREADS_FROM;

/// A field still to complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToDo {
    /// Its JSON path (`indicators[3].label.en`).
    pub path: String,
    /// The id of the figure it belongs to, when it is a figure's.
    pub figure: Option<Str>,
    /// What kind of field it is: its path without the figure and without indices
    /// (`label.en`, `draft`, `meta.url`, `sections.title.en`, `units`).
    pub kind: String,
}

impl ToDo {
    /// Whether it is a figure's `draft` field, to check against the report and remove.
    pub fn is_draft(&self) -> bool {
        self.figure.is_some() && self.kind == "draft"
    }
}

/// Every field still to complete, in the order of the file's parts: metadata, sections,
/// figures' texts, units, the address, figures' `draft` fields.
pub fn to_do(d: &Dataset) -> Vec<ToDo> {
    let mut out = Vec::new();
    let m = &d.meta;
    for (name, t) in m.texts() {
        text(&mut out, &|| format!("meta.{name}"), &format!("meta.{name}"), None, t);
    }
    for (i, s) in d.sections.iter().enumerate() {
        text(&mut out, &|| format!("sections[{i}].title"), "sections.title", None, &s.title);
        for (j, m) in s.members.iter().enumerate() {
            let path = || format!("sections[{i}].members[{j}].title");
            text(&mut out, &path, "sections.members.title", None, &m.title);
        }
    }
    // The figures' texts, for a large dataset in two halves on two threads.
    let n = d.indicators.len();
    if n < TWO_THREADS_FROM {
        out.extend(figure_texts(d, 0..n));
    } else {
        let (first, second) = std::thread::scope(|scope| {
            let second = scope.spawn(|| figure_texts(d, n / 2..n));
            let first = figure_texts(d, 0..n / 2);
            (first, second.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
        });
        out.extend(first);
        out.extend(second);
    }
    let field = |path: String, kind: &str, figure: Option<&Str>| ToDo {
        path,
        figure: figure.cloned(),
        kind: kind.to_string(),
    };
    for (i, dim) in d.dimensions.iter().enumerate() {
        if dim.label.en().contains(MARK) || dim.label.zh().contains(MARK) {
            out.push(field(format!("dimensions[{i}].label"), "dimensions", None));
        }
    }
    for (i, u) in d.units.iter().enumerate() {
        if u.en.contains(MARK) || u.zh.contains(MARK) {
            out.push(field(format!("units[{i}]"), "units", None));
        }
    }
    if m.url.contains(MARK) {
        out.push(field("meta.url".into(), "meta.url", None));
    }
    if m.published == MARK {
        out.push(field("meta.published".into(), "meta.published", None));
    }
    for (i, ind) in d.indicators.iter().enumerate() {
        if ind.more().draft.is_some() {
            out.push(field(format!("indicators[{i}].draft"), "draft", Some(&ind.id)));
        }
    }
    out
}

/// The fields still to complete among the texts of figures `range` (not derived ones).
fn figure_texts(d: &Dataset, range: std::ops::Range<usize>) -> Vec<ToDo> {
    let mut out = Vec::new();
    for (i, ind) in d.indicators[range.clone()].iter().enumerate() {
        if ind.more().formula.is_none() {
            let i = range.start + i;
            text(
                &mut out,
                &|| format!("indicators[{i}].label"),
                "label",
                Some(&ind.id),
                &ind.label,
            );
            text(&mut out, &|| format!("indicators[{i}].note"), "note", Some(&ind.id), &ind.note);
        }
    }
    out
}

/// Records each language of a text that starts with the mark; the path is written out only
/// for a field found (the figures are 100,000 at times).
fn text(
    out: &mut Vec<ToDo>,
    path: &dyn Fn() -> String,
    kind: &str,
    figure: Option<&Str>,
    t: &Text,
) {
    for (lang, s) in [("zh", &t.zh()), ("en", &t.en())] {
        if s.trim_start().starts_with(MARK) {
            out.push(ToDo {
                path: format!("{}.{lang}", path()),
                figure: figure.cloned(),
                kind: format!("{kind}.{lang}"),
            });
        }
    }
}

/// Each field still to complete with the line and column (1-based, columns in characters)
/// of its value in `text`, the dataset's JSON, where found: all found in one pass over it.
pub fn placed(d: &Dataset, text: &str) -> Vec<(ToDo, Option<(usize, usize)>)> {
    let list = to_do(d);
    let paths: Vec<&str> = list.iter().map(|t| t.path.as_str()).collect();
    let found = locate(text, &paths);
    list.into_iter()
        .map(|t| {
            let at = found.get(&t.path).copied();
            (t, at)
        })
        .collect()
}

/// How many fields of each kind are still to complete, in a stable order: metadata, units,
/// sections, figures' texts, then figures' `draft` fields; by name within each.
pub fn summary(list: &[ToDo]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<(u8, &str), usize> = BTreeMap::new();
    for t in list {
        let rank = match t.kind.split('.').next() {
            _ if t.is_draft() => 4,
            Some("meta") => 0,
            Some("units" | "dimensions") => 1,
            Some("sections") => 2,
            _ => 3,
        };
        *counts.entry((rank, t.kind.as_str())).or_default() += 1;
    }
    counts.into_iter().map(|((_, kind), n)| (kind.to_string(), n)).collect()
}

/// Whether a dataset is a draft: anything is still to do (a figure still carrying its
/// `draft` is one of those).
pub fn is_draft(d: &Dataset) -> bool {
    !to_do(d).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_dataset_lists_its_figures_fields_in_order_across_the_two_halves() {
        let mut d = crate::data::embedded().unwrap();
        let shipped = std::mem::take(&mut d.indicators);
        let n = 2 * TWO_THREADS_FROM + 1;
        d.indicators = (0..n).map(|i| shipped[i % shipped.len()].clone()).collect();
        let marked = [3, n / 2 - 1, n / 2, n / 2 + 7, n - 1];
        for &i in &marked {
            d.indicators[i].label.set_en("TODO: the label");
        }
        d.indicators[n / 2].note = Text::new("  TODO 注释", "a note");
        let paths: Vec<String> = to_do(&d).into_iter().map(|t| t.path).collect();
        let mut want: Vec<String> =
            marked.iter().map(|i| format!("indicators[{i}].label.en")).collect();
        want.insert(3, format!("indicators[{}].note.zh", n / 2));
        assert_eq!(paths, want);
    }
}
