//! The semantic checks run on a well-formed dataset; every problem is reported.

use std::collections::HashSet;

use super::error::Problem;
use super::model::{
    Dataset, FORMAT_VERSION, Indicator, OLDEST_VERSION, Period, RawIndicator, Section, Text,
};
use super::units::{Qualifier, Unit};
use crate::safe::is_unsafe_char;

/// Smallest non-zero magnitude accepted: below it a value is an accident, not a figure.
pub const MIN_MAGNITUDE: f64 = 1e-6;

/// Longest id accepted.
pub const MAX_ID_LEN: usize = 64;

/// Checks a dataset read with plain-string units, and types it.
pub fn validate(raw: Dataset<RawIndicator>) -> Result<Dataset, Vec<Problem>> {
    let mut v = Checker::default();
    if !(OLDEST_VERSION..=FORMAT_VERSION).contains(&raw.format_version) {
        v.problem(
            "format_version",
            format!(
                "unsupported format_version {} (this program reads {OLDEST_VERSION} to \
                 {FORMAT_VERSION})",
                raw.format_version
            ),
        );
    }
    let v1 = raw.format_version == 1;
    v.meta(&raw);
    let units = v.declared_units(&raw.units, v1);
    v.sections(&raw.sections);
    let parts: HashSet<&str> = raw.meta.parts.iter().map(|p| p.id.as_str()).collect();
    if raw.indicators.is_empty() {
        v.problem("indicators", "the dataset has no indicators");
    }
    let mut ids = HashSet::new();
    let mut indicators = Vec::with_capacity(raw.indicators.len());
    for (i, ind) in raw.indicators.into_iter().enumerate() {
        let path = format!("indicators[{i}]");
        v.id(&format!("{path}.id"), &ind.id, &mut ids, "indicator");
        if !v.section_ids.contains(ind.section.as_str()) {
            v.problem(
                format!("{path}.section"),
                format!("no section has the id {:?}", ind.section),
            );
        }
        if let Some(part) = &ind.part
            && !parts.contains(part.as_str())
        {
            v.problem(
                format!("{path}.part"),
                format!("meta.parts has no part with the id {part:?}"),
            );
        }
        v.text(&format!("{path}.label"), &ind.label);
        v.text(&format!("{path}.note"), &ind.note);
        for (j, name) in ind.names.iter().enumerate() {
            v.text(&format!("{path}.names[{j}]"), name);
        }
        if let Some(p) = &ind.as_of {
            v.period(&format!("{path}.as_of"), p, v1);
        }
        if let Some(series) = &ind.series {
            v.v2_only(&format!("{path}.series"), v1);
            v.snake(&format!("{path}.series"), series, "series key");
        }
        if ind.compares_to.is_some() {
            v.v2_only(&format!("{path}.compares_to"), v1);
        }
        let unit = units.get(&ind.unit);
        if unit.is_none() {
            v.problem(
                format!("{path}.unit"),
                format!(
                    "unknown unit {:?} (neither in the standard library, see data/README.md, \
                     nor declared in units)",
                    ind.unit
                ),
            );
        }
        let qualifier = Qualifier::from_code(&ind.qualifier);
        if qualifier.is_none() {
            v.problem(
                format!("{path}.qualifier"),
                format!(
                    "unknown qualifier {:?} (expected exact, at_least, about or at_most)",
                    ind.qualifier
                ),
            );
        }
        let value = if ind.value == 0.0 { 0.0 } else { ind.value };
        if let Some(u) = &unit {
            v.value(&format!("{path}.value"), value, u);
        }
        if let (Some(unit), Some(qualifier)) = (unit, qualifier) {
            indicators.push(Indicator {
                id: ind.id,
                section: ind.section,
                part: ind.part,
                label: ind.label,
                note: ind.note,
                value,
                unit,
                qualifier,
                as_of: ind.as_of,
                names: ind.names,
                series: ind.series,
                compares_to: ind.compares_to,
                headline: ind.headline,
                formula: None,
            });
        }
    }
    v.comparisons(&indicators);
    if !raw.series_links.is_empty() {
        v.v2_only("series_links", v1);
    }
    let position: std::collections::HashMap<String, usize> = if raw.series_links.is_empty() {
        Default::default()
    } else {
        indicators.iter().enumerate().map(|(n, i)| (i.id.clone(), n)).collect()
    };
    for (id, key) in &raw.series_links {
        let path = format!("series_links.{id}");
        v.snake(&path, key, "series key");
        match position.get(id).map(|&n| &mut indicators[n]) {
            None => v.problem(path, format!("no indicator has the id {id:?}")),
            Some(ind) => match &ind.series {
                Some(own) if own != key => {
                    v.problem(path, format!("{id:?} already has the series {own:?} of its own"))
                }
                _ => ind.series = Some(key.clone()),
            },
        }
    }
    if !raw.derived.is_empty() {
        v.v2_only("derived", v1);
    }
    for (i, d) in raw.derived.iter().enumerate() {
        let path = format!("derived[{i}]");
        v.id(&format!("{path}.id"), &d.id, &mut ids, "indicator");
        if !v.section_ids.contains(d.section.as_str()) {
            v.problem(format!("{path}.section"), format!("no section has the id {:?}", d.section));
        }
        v.text(&format!("{path}.label"), &d.label);
        v.text(&format!("{path}.note"), &d.note);
    }
    let (computed, problems) =
        super::derived::compute(&raw.derived, &indicators, &ids, &|code| units.get(code));
    for p in problems {
        v.problem(p.path, p.message);
    }
    indicators.extend(computed);
    if v.problems.is_empty() {
        Ok(Dataset {
            format_version: raw.format_version,
            meta: raw.meta,
            units: raw.units,
            derived: raw.derived,
            sections: raw.sections,
            indicators,
            series_links: raw.series_links,
        })
    } else {
        Err(v.problems)
    }
}

/// Collects every problem of a dataset.
#[derive(Default)]
pub(super) struct Checker {
    problems: Vec<Problem>,
    section_ids: HashSet<String>,
}

impl Checker {
    pub(super) fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::at(path, message));
    }

    fn meta<I>(&mut self, d: &Dataset<I>) {
        let m = &d.meta;
        for (name, t) in [
            ("title", &m.title),
            ("region", &m.region),
            ("outlet", &m.outlet),
            ("publisher", &m.publisher),
            ("source_title", &m.source_title),
        ] {
            self.text(&format!("meta.{name}"), t);
        }
        self.string("meta.published", &m.published);
        if !is_timestamp(&m.published) {
            self.problem(
                "meta.published",
                format!(
                    "{:?} is not a real date and time (YYYY-MM-DD, optionally THH:MM[:SS] and Z or ±HH:MM)",
                    m.published
                ),
            );
        }
        self.string("meta.url", &m.url);
        if !(m.url.starts_with("http://") || m.url.starts_with("https://"))
            || m.url.contains(char::is_whitespace)
        {
            self.problem("meta.url", "must be an http:// or https:// address without spaces");
        }
        let mut ids = HashSet::new();
        for (i, p) in m.parts.iter().enumerate() {
            self.id(&format!("meta.parts[{i}].id"), &p.id, &mut ids, "part");
            self.text(&format!("meta.parts[{i}].title"), &p.title);
        }
    }

    fn sections(&mut self, sections: &[Section]) {
        if sections.is_empty() {
            self.problem("sections", "the dataset has no sections");
        }
        let mut ids = HashSet::new();
        for (i, s) in sections.iter().enumerate() {
            let path = format!("sections[{i}]");
            self.section(&path, s, &mut ids);
            for (j, m) in s.members.iter().enumerate() {
                let mpath = format!("{path}.members[{j}]");
                self.section(&mpath, m, &mut ids);
                if !m.members.is_empty() {
                    self.problem(
                        format!("{mpath}.members"),
                        "a member section cannot have members of its own",
                    );
                }
            }
        }
        self.section_ids = ids;
    }

    fn section(&mut self, path: &str, s: &Section, ids: &mut HashSet<String>) {
        self.id(&format!("{path}.id"), &s.id, ids, "section");
        self.text(&format!("{path}.title"), &s.title);
        if let Some(summary) = &s.summary {
            self.text(&format!("{path}.summary"), summary);
        }
        for (i, p) in s.points.iter().enumerate() {
            self.text(&format!("{path}.points[{i}]"), p);
        }
        for (i, l) in s.lists.iter().enumerate() {
            self.text(&format!("{path}.lists[{i}].title"), &l.title);
            for (j, item) in l.items.iter().enumerate() {
                self.text(&format!("{path}.lists[{i}].items[{j}]"), item);
            }
        }
    }

    pub(super) fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>, what: &str) {
        if self.snake(path, id, "id") && !seen.insert(id.to_string()) {
            self.problem(path, format!("duplicate {what} id {id:?}"));
        }
    }

    /// Whether `id` is snake_case (a-z, 0-9, _), reporting it if not.
    pub(super) fn snake(&mut self, path: &str, id: &str, what: &str) -> bool {
        self.string(path, id);
        let snake = id.len() <= MAX_ID_LEN
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !snake {
            self.problem(
                path,
                format!("{id:?} is not a snake_case {what} (a-z, 0-9, _; at most {MAX_ID_LEN})"),
            );
        }
        snake
    }

    /// Reports a version-2 field in a version-1 file.
    pub(super) fn v2_only(&mut self, path: &str, v1: bool) {
        if v1 {
            self.problem(path, "needs format_version 2 (this file says 1)");
        }
    }

    /// A date with its kind, or a range whose end is not before its start.
    fn period(&mut self, path: &str, p: &Period, v1: bool) {
        match (&p.kind, &p.date, &p.from, &p.to) {
            (Some(_), Some(date), None, None) => self.date(&format!("{path}.date"), date),
            (None, None, Some(from), Some(to)) => {
                self.v2_only(&format!("{path}.from"), v1);
                self.date(&format!("{path}.from"), from);
                self.date(&format!("{path}.to"), to);
                if is_date(from) && is_date(to) && first_day(from) > last_day(to) {
                    self.problem(
                        format!("{path}.to"),
                        format!("the range ends ({to}) before it starts ({from})"),
                    );
                }
            }
            _ => {
                self.problem(path, "give either kind and date, or from and to (a range), not a mix")
            }
        }
    }

    pub(super) fn text(&mut self, path: &str, t: &Text) {
        for (lang, s) in [("zh", &t.zh), ("en", &t.en)] {
            let p = format!("{path}.{lang}");
            if s.trim().is_empty() {
                self.problem(p, "is empty");
            } else {
                self.string(&p, s);
            }
        }
    }

    pub(super) fn string(&mut self, path: &str, s: &str) {
        if let Some(c) = s.chars().find(|&c| is_unsafe_char(c)) {
            let what = if c.is_control() {
                "a control character"
            } else {
                "a bidirectional or invisible formatting character"
            };
            self.problem(path, format!("contains {what} (U+{:04X})", c as u32));
        }
    }

    fn date(&mut self, path: &str, date: &str) {
        self.string(path, date);
        if !is_date(date) {
            self.problem(
                path,
                format!("{date:?} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            );
        }
    }

    fn value(&mut self, path: &str, value: f64, unit: &Unit) {
        let (lo, hi) = unit.range();
        let code = unit.code();
        let v = short(value);
        if !value.is_finite() {
            self.problem(path, "is not a finite number");
        } else if value < 0.0 && lo >= 0.0 {
            self.problem(path, format!("{v} is negative; a {code} cannot be"));
        } else if value != 0.0 && value.abs() < MIN_MAGNITUDE {
            self.problem(path, format!("{v} is too small to be a figure (below {MIN_MAGNITUDE})"));
        } else if value < lo || value > hi {
            let range = format!("{} to {}", short(lo), short(hi));
            self.problem(path, format!("{v} is outside the range of {code} ({range})"));
        } else if unit.def().whole && value.fract() != 0.0 {
            self.problem(path, format!("{v} is not a whole number of {}", unit.en(2.0)));
        }
    }
}

/// The first day a `YYYY[-MM[-DD]]` date covers, as `YYYY-MM-DD`.
fn first_day(d: &str) -> String {
    match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.to_string(),
    }
}

/// The last day a `YYYY[-MM[-DD]]` date covers, as `YYYY-MM-DD` (31 is enough to compare).
fn last_day(d: &str) -> String {
    match d.len() {
        4 => format!("{d}-12-31"),
        7 => format!("{d}-31"),
        _ => d.to_string(),
    }
}

/// A number for a message: plain when short, else in scientific notation.
pub(super) fn short(v: f64) -> String {
    if v != 0.0 && (v.abs() >= 1e9 || v.abs() < 1e-3) { format!("{v:e}") } else { format!("{v}") }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date (no 2019-02-31).
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<i16>().ok())
    };
    let field = |i: usize, len: usize| parts.get(i).map(|p| num(p, len).flatten());
    match (parts.len(), field(0, 4), field(1, 2), field(2, 2)) {
        (1, Some(Some(y)), None, None) => jiff::civil::Date::new(y, 1, 1).is_ok(),
        (2, Some(Some(y)), Some(Some(m)), None) => {
            i8::try_from(m).is_ok_and(|m| jiff::civil::Date::new(y, m, 1).is_ok())
        }
        (3, Some(Some(y)), Some(Some(m)), Some(Some(d))) => {
            matches!((i8::try_from(m), i8::try_from(d)), (Ok(m), Ok(d))
                if jiff::civil::Date::new(y, m, d).is_ok())
        }
        _ => false,
    }
}

/// A date, optionally followed by `THH:MM[:SS]` and `Z` or `±HH:MM`, each a real time
/// (hours 00–23, minutes and seconds 00–59, offsets within ±23:59).
pub fn is_timestamp(s: &str) -> bool {
    let Some((date, time)) = s.split_once('T') else {
        return is_date(s) && s.len() == 10;
    };
    if !(is_date(date) && date.len() == 10) {
        return false;
    }
    let (clock, offset) = match time.find(['+', '-', 'Z']) {
        Some(i) => time.split_at(i),
        None => (time, ""),
    };
    let hms = |p: &str| -> Option<Vec<i8>> {
        let f: Vec<&str> = p.split(':').collect();
        let ok = (2..=3).contains(&f.len())
            && f.iter().all(|x| x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| f.iter().filter_map(|x| x.parse().ok()).collect())
    };
    let real_time =
        |f: &[i8]| jiff::civil::Time::new(f[0], f[1], f.get(2).copied().unwrap_or(0), 0).is_ok();
    let clock_ok = hms(clock).is_some_and(|f| real_time(&f));
    let offset_ok = offset.is_empty()
        || offset == "Z"
        || hms(&offset[1..]).is_some_and(|f| f.len() == 2 && real_time(&f));
    clock_ok && offset_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for ok in ["2017", "2019-09", "2019-09-30"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "",
            "17",
            "2019-13",
            "2019-9",
            "2019-09-32",
            "2019-09-30-1",
            "２０１９",
            "2019-02-29",
            "2019-02-31",
            "2019-04-31",
            "2019-00",
            "2019-01-00",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
        for ok in
            ["2020-06-01", "2020-06-01T11:07+08:00", "2020-06-01T11:07:00Z", "2020-06-01T11:07"]
        {
            assert!(is_timestamp(ok), "{ok}");
        }
        assert!(is_date("2020-02-29"), "a leap day");
        for bad in [
            "2020",
            "2020-06-01T",
            "2020-06-01T1:07",
            "2020-06-01T11:07+8",
            "2020-06-01T99:99",
            "2020-06-01T24:00",
            "2020-06-01T11:60",
            "2020-06-01T11:07:61",
            "2020-06-01T11:07+24:00",
            "2020-02-30T11:07",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }
}
