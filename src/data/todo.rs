//! What a draft dataset still needs: every text that starts with `TODO`, an address that
//! says TODO, and each figure still carrying the sentence it was drafted from. These are not
//! errors: `check` lists them as "to do", and the dashboard marks such a dataset a draft.

use super::model::{Dataset, TODO_MARK as MARK, Text};

/// The JSON path of every field still to complete, with what to do there.
pub fn to_do(d: &Dataset) -> Vec<String> {
    let mut out = Vec::new();
    let mut text = |path: String, t: &Text| {
        for (lang, s) in [("zh", &t.zh), ("en", &t.en)] {
            if s.trim_start().starts_with(MARK) {
                out.push(format!("{path}.{lang}"));
            }
        }
    };
    let mut fields = Vec::new();
    let m = &d.meta;
    for (name, t) in m.texts() {
        text(format!("meta.{name}"), t);
    }
    for (i, s) in d.sections.iter().enumerate() {
        text(format!("sections[{i}].title"), &s.title);
        for (j, m) in s.members.iter().enumerate() {
            text(format!("sections[{i}].members[{j}].title"), &m.title);
        }
    }
    for (i, ind) in d.indicators.iter().enumerate().filter(|(_, i)| i.formula.is_none()) {
        text(format!("indicators[{i}].label"), &ind.label);
        text(format!("indicators[{i}].note"), &ind.note);
    }
    for (i, u) in d.units.iter().enumerate() {
        if u.en.contains(MARK) || u.zh.contains(MARK) {
            fields.push(format!("units[{i}]"));
        }
    }
    if m.url.contains(MARK) {
        fields.push("meta.url".into());
    }
    if m.published == MARK {
        fields.push("meta.published".into());
    }
    for (i, ind) in d.indicators.iter().enumerate() {
        if ind.draft.is_some() {
            fields.push(format!(
                "indicators[{i}].draft (check the figure against its sentence, then remove it)"
            ));
        }
    }
    out.extend(fields);
    out
}

/// Whether a dataset is a draft: anything is still to do (a figure still carrying its
/// `draft` is one of those).
pub fn is_draft(d: &Dataset) -> bool {
    !to_do(d).is_empty()
}
