//! A figure as a list row or card shows it, and its details as lines (the details popup,
//! the section's pane of the selected figure).

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::app::App;
use crate::data::Indicator;
use crate::words::interface::{line_and_column, list_separator};
use crate::words::{self, words};

/// Figure `i` as a list row or card shows it: before → after when it has a baseline.
pub fn row_value(app: &App, i: usize) -> String {
    words::row_value(app.baseline(i), &app.data().indicators[i], app.lang())
}

/// A named field of the details: `name: value`.
pub fn field(name: &str, value: String, t: &Theme) -> Line<'static> {
    Line::from(vec![Span::styled(format!("{name}: "), t.accent), Span::raw(value)])
}

/// Figure `i`'s details: its value, how exact, when, where in the dataset, its note, change,
/// series and names, where a draft found it, the rules it breaks, and its source.
pub fn detail_lines(app: &App, i: usize, t: &Theme) -> Vec<Line<'static>> {
    let ind = &app.data().indicators[i];
    let (lang, w, d) = (app.lang(), words(app.lang()), &app.data());
    let section = d.all_sections().find(|(s, _)| s.id == ind.section);
    let section_name = section.map_or(ind.section.to_string(), |(s, parent)| {
        let parent = parent.and_then(|p| d.section(p)).map(|p| format!("{} › ", p.title.get(lang)));
        format!("{}{}", parent.unwrap_or_default(), s.title.get(lang))
    });
    let mut lines = vec![Line::styled(words::indicator_value(ind, lang), t.value), Line::from("")];
    let derived = ind.more().formula.is_some();
    if derived {
        lines.extend(derived_lines(app, ind, t));
    }
    let mut qualifier = words::qualifier_words(ind.qualifier, lang).to_string();
    if derived {
        qualifier.push_str(&format!(" ({})", w.from_inputs));
    }
    lines.extend([
        field(w.qualifier, qualifier, t),
        field(
            w.as_of,
            ind.as_of.as_ref().map_or(w.not_given.to_string(), |p| words::period(p, lang)),
            t,
        ),
        field(w.section, section_name, t),
        field(w.id, ind.id.to_string(), t),
    ]);
    if !ind.note.is_empty() {
        lines.push(field(w.note, ind.note.get(lang).to_string(), t));
    }
    if let Some(base) = app.baseline(i) {
        lines.push(field(w.change, words::change(base, ind, lang), t));
    }
    if let Some(series) = &ind.more().series {
        lines.push(field(w.series, series.to_string(), t));
    }
    if !ind.more().names.is_empty() {
        let names: Vec<&str> = ind.more().names.iter().map(|n| n.get(lang)).collect();
        lines.push(field(w.names, names.join(list_separator(lang)), t));
    }
    // A drafted figure: where in the report it was found, and the words around it there.
    if let Some(source) = &ind.more().draft {
        let place = line_and_column(source.line, source.column, lang);
        lines.push(field(w.drafted_from, place, t));
        if !source.sentence.is_empty() {
            lines.push(Line::styled(format!("  {}", source.sentence), t.value));
        }
    }
    // The dataset's rules that name it and do not hold.
    for b in app.catalog().broken_of(&ind.id) {
        lines.push(Line::styled(
            format!("{}: {} · {}", w.rule_broken, b.label.get(lang), words::rules::broken(b, lang)),
            t.warn,
        ));
    }
    // A figure with its own source (an imported table's row): where it was read.
    if let Some(s) = &ind.more().source {
        let said: Vec<String> = [
            s.outlet.as_ref().map(|o| o.get(lang).to_string()),
            s.published.as_ref().map(|p| p.replacen('T', " ", 1)),
        ]
        .into_iter()
        .flatten()
        .collect();
        lines.push(field(w.figure_source, said.join(" · "), t));
        if let Some(url) = &s.url {
            lines.push(Line::styled(format!("  {url}"), t.dim));
        }
    }
    let m = &d.meta;
    lines.push(Line::from(""));
    let date = m.published.replacen('T', " ", 1);
    // A derived figure's only source is that of the figures it is computed from.
    lines.push(field(
        if derived { w.inputs_source } else { w.source },
        format!("{} ({})", m.source_title.get(lang), m.publisher.get(lang)),
        t,
    ));
    lines.push(Line::from(format!("{} · {date}", m.outlet.get(lang))));
    lines.push(Line::styled(m.url.clone(), t.dim));
    if let Some(part) = ind.part.as_ref().and_then(|p| m.parts.iter().find(|x| x.id == *p)) {
        lines.push(field(w.report_part, part.title.get(lang).to_string(), t));
    }
    lines
}

/// What a derived figure's details add: that relief-dash computed it, its formula with
/// its inputs as the report gives them, its full value, why it cannot be computed, and
/// each input's label, value and id.
fn derived_lines(app: &App, ind: &Indicator, t: &Theme) -> Vec<Line<'static>> {
    let (lang, w, d) = (app.lang(), words(app.lang()), app.data());
    let Some(f) = &ind.more().formula else { return Vec::new() };
    let mut lines = vec![Line::styled(w.derived.to_string(), t.warn)];
    if let Some(text) = words::formula(d, ind, lang) {
        lines.push(field(w.formula, text, t));
    }
    if let Some(full) = words::full_value(ind, lang) {
        lines.push(field(w.full_value, full, t));
    }
    if let Some(why) = &f.not_computable {
        lines.push(field(w.not_computable, why.clone(), t));
    }
    lines.push(Line::styled(format!("{}:", w.computed_from), t.accent));
    for id in &f.inputs {
        let Some(input) = d.indicators.iter().find(|i| i.id == *id) else { continue };
        lines.push(Line::from(format!(
            "  • {}: {} ({id})",
            input.label.get(lang),
            words::indicator_value(input, lang)
        )));
    }
    lines.push(Line::from(""));
    lines
}
