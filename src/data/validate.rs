//! The semantic checks run on a well-formed dataset; every problem is reported.

// A faster hash than SipHash for the ids and keys of 100,000 figures: they come from the
// file being checked, but a collision only slows the check down.
use foldhash::{HashSet, HashSetExt};

use super::declared::UnitTable;
use super::error::Problem;
use super::model::{
    Dataset, FORMAT_VERSION, Indicator, OLDEST_VERSION, Period, RawIndicator, Section, Text,
};
use super::path::At;
use super::units::{Qualifier, Unit};
use crate::safe::first_unsafe;

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
    if raw.indicators.is_empty() {
        v.problem("indicators", "the dataset has no indicators");
    }
    // First every figure is checked where it lies; then the ones with a known unit and
    // qualifier are typed in place (no second list of 100,000 figures beside the first).
    let (types, derived_inputs) = v.indicators(&raw, &units, v1);
    let mut indicators: Vec<Indicator> = raw
        .indicators
        .into_iter()
        .zip(types)
        .filter_map(|(ind, typed)| {
            let (unit, qualifier) = typed?;
            Some(Indicator {
                id: ind.id,
                section: ind.section,
                part: ind.part,
                label: ind.label,
                note: ind.note,
                value: if ind.value == 0.0 { 0.0 } else { ind.value },
                unit,
                qualifier,
                as_of: ind.as_of,
                names: ind.names,
                series: ind.series,
                compares_to: ind.compares_to,
                headline: ind.headline,
                draft: ind.draft,
                formula: None,
            })
        })
        .collect();
    if !raw.series_links.is_empty() {
        v.v2_only(At::Root("series_links"), v1);
    }
    let position: std::collections::HashMap<&str, usize> = if raw.series_links.is_empty() {
        Default::default()
    } else {
        indicators.iter().enumerate().map(|(n, i)| (i.id.as_str(), n)).collect()
    };
    let mut links = Vec::new();
    let root = At::Root("series_links");
    for (id, key) in &raw.series_links {
        let at = root.field(id);
        v.snake(at, key, "series key");
        match position.get(id.as_str()).map(|&n| &indicators[n]) {
            None => v.problem(at, format!("no indicator has the id {id:?}")),
            Some(ind) => match &ind.series {
                Some(own) if own != key => {
                    v.problem(at, format!("{id:?} already has the series {own:?} of its own"))
                }
                _ => links.push((position[id.as_str()], key)),
            },
        }
    }
    drop(position);
    for (n, key) in links {
        indicators[n].series = Some(key.as_str().into());
    }
    let (computed, problems) =
        super::derived::compute(&raw.derived, &indicators, &derived_inputs, &|code| {
            units.get(code)
        });
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

/// Each figure's unit and qualifier, where both are known.
pub(super) type Types = Vec<Option<(Unit, Qualifier)>>;

impl Checker {
    /// Checks every figure and derived figure's own fields and the uniqueness of their ids.
    /// Returns each figure's unit and qualifier where both are known, and which of the ids
    /// that derived figures are computed from are figures of the file.
    fn indicators(
        &mut self,
        raw: &Dataset<RawIndicator>,
        units: &UnitTable,
        v1: bool,
    ) -> (Types, std::collections::HashSet<String>) {
        let parts: HashSet<&str> = raw.meta.parts.iter().map(|p| p.id.as_str()).collect();
        let mut ids = HashSet::with_capacity(raw.indicators.len() + raw.derived.len());
        let types = self.all_figures(raw, &parts, units, v1, &mut ids);
        self.comparisons(&raw.indicators, &types);
        if !raw.derived.is_empty() {
            self.v2_only(At::Root("derived"), v1);
        }
        let root = At::Root("derived");
        for (i, d) in raw.derived.iter().enumerate() {
            let at = root.index(i);
            self.id(at.field("id"), &d.id, &mut ids, "indicator");
            if !self.section_ids.contains(d.section.as_str()) {
                self.problem(at.field("section"), format!("no section has the id {:?}", d.section));
            }
            self.text(at.field("label"), &d.label);
            self.text(at.field("note"), &d.note);
        }
        let inputs = raw
            .derived
            .iter()
            .flat_map(|d| &d.of)
            .filter(|id| ids.contains(id.as_str()))
            .cloned()
            .collect();
        (types, inputs)
    }
}

/// Collects every problem of a dataset.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) problems: Vec<Problem>,
    pub(super) section_ids: HashSet<String>,
}

impl Checker {
    /// Records a problem; its path is written out only now.
    pub(super) fn problem(&mut self, at: impl std::fmt::Display, message: impl Into<String>) {
        self.problems.push(Problem::at(at.to_string(), message));
    }

    /// Records a problem already made (merging another checker's).
    pub(super) fn push(&mut self, p: Problem) {
        self.problems.push(p);
    }

    fn meta<I>(&mut self, d: &Dataset<I>) {
        let m = &d.meta;
        let meta = At::Root("meta");
        for (name, t) in m.texts() {
            self.text(meta.field(name), t);
        }
        self.string(meta.field("published"), &m.published);
        if !is_timestamp(&m.published) {
            self.problem(
                "meta.published",
                format!(
                    "{:?} is not a real date and time (YYYY-MM-DD, optionally THH:MM[:SS] and Z or ±HH:MM)",
                    m.published
                ),
            );
        }
        self.string(meta.field("url"), &m.url);
        if !(m.url.starts_with("http://") || m.url.starts_with("https://"))
            || m.url.contains(char::is_whitespace)
        {
            self.problem("meta.url", "must be an http:// or https:// address without spaces");
        }
        let mut ids = HashSet::new();
        let parts = meta.field("parts");
        for (i, p) in m.parts.iter().enumerate() {
            let at = parts.index(i);
            self.id(at.field("id"), &p.id, &mut ids, "part");
            self.text(at.field("title"), &p.title);
        }
    }

    fn sections(&mut self, sections: &[Section]) {
        if sections.is_empty() {
            self.problem("sections", "the dataset has no sections");
        }
        let mut ids = HashSet::new();
        let root = At::Root("sections");
        for (i, s) in sections.iter().enumerate() {
            let at = root.index(i);
            self.section(at, s, &mut ids);
            let members = at.field("members");
            for (j, m) in s.members.iter().enumerate() {
                let mat = members.index(j);
                self.section(mat, m, &mut ids);
                if !m.members.is_empty() {
                    self.problem(
                        mat.field("members"),
                        "a member section cannot have members of its own",
                    );
                }
            }
        }
        self.section_ids = ids.into_iter().map(str::to_string).collect();
    }

    fn section<'s>(&mut self, at: At<'_>, s: &'s Section, ids: &mut HashSet<&'s str>) {
        self.id(at.field("id"), &s.id, ids, "section");
        self.text(at.field("title"), &s.title);
        if let Some(summary) = &s.summary {
            self.text(at.field("summary"), summary);
        }
        let points = at.field("points");
        for (i, p) in s.points.iter().enumerate() {
            self.text(points.index(i), p);
        }
        let lists = at.field("lists");
        for (i, l) in s.lists.iter().enumerate() {
            let list = lists.index(i);
            self.text(list.field("title"), &l.title);
            let items = list.field("items");
            for (j, item) in l.items.iter().enumerate() {
                self.text(items.index(j), item);
            }
        }
    }

    /// Checks an id is snake_case and not seen before, and records it; whether it was new.
    pub(super) fn id<'s>(
        &mut self,
        at: At<'_>,
        id: &'s str,
        seen: &mut HashSet<&'s str>,
        what: &str,
    ) -> bool {
        if !self.snake(at, id, "id") {
            return false;
        }
        let new = seen.insert(id);
        if !new {
            self.problem(at, format!("duplicate {what} id {id:?}"));
        }
        new
    }

    /// Whether `id` is snake_case (a-z, 0-9, _), reporting it if not.
    pub(super) fn snake(&mut self, at: At<'_>, id: &str, what: &str) -> bool {
        self.string(at, id);
        let snake = id.len() <= MAX_ID_LEN
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_');
        if !snake {
            self.problem(
                at,
                format!("{id:?} is not a snake_case {what} (a-z, 0-9, _; at most {MAX_ID_LEN})"),
            );
        }
        snake
    }

    /// Reports a version-2 field in a version-1 file.
    pub(super) fn v2_only(&mut self, at: At<'_>, v1: bool) {
        if v1 {
            self.problem(at, "needs format_version 2 (this file says 1)");
        }
    }

    /// A date with its kind, or a range whose end is not before its start.
    pub(super) fn period(&mut self, at: At<'_>, p: &Period, v1: bool) {
        match (&p.kind, &p.date, &p.from, &p.to) {
            (Some(_), Some(date), None, None) => self.date(at.field("date"), date),
            (None, None, Some(from), Some(to)) => {
                self.v2_only(at.field("from"), v1);
                self.date(at.field("from"), from);
                self.date(at.field("to"), to);
                if is_date(from) && is_date(to) && first_day(from) > last_day(to) {
                    self.problem(
                        at.field("to"),
                        format!("the range ends ({to}) before it starts ({from})"),
                    );
                }
            }
            _ => self.problem(at, "give either kind and date, or from and to (a range), not a mix"),
        }
    }

    pub(super) fn text(&mut self, at: At<'_>, t: &Text) {
        for (lang, s) in [("zh", &t.zh), ("en", &t.en)] {
            if s.trim().is_empty() {
                self.problem(at.field(lang), "is empty");
            } else {
                self.string(at.field(lang), s);
            }
        }
    }

    pub(super) fn string(&mut self, at: At<'_>, s: &str) {
        if let Some(c) = first_unsafe(s) {
            let what = if c.is_control() {
                "a control character"
            } else {
                "a bidirectional or invisible formatting character"
            };
            self.problem(at, format!("contains {what} (U+{:04X})", c as u32));
        }
    }

    fn date(&mut self, at: At<'_>, date: &str) {
        self.string(at, date);
        if !is_date(date) {
            self.problem(at, format!("{date:?} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
    }

    pub(super) fn value(&mut self, at: At<'_>, value: f64, unit: &Unit) {
        let (lo, hi) = unit.range();
        let code = unit.code();
        if !value.is_finite() {
            self.problem(at, "is not a finite number");
        } else if value < 0.0 && lo >= 0.0 {
            self.problem(at, format!("{} is negative; a {code} cannot be", short(value)));
        } else if value != 0.0 && value.abs() < MIN_MAGNITUDE {
            let v = short(value);
            self.problem(at, format!("{v} is too small to be a figure (below {MIN_MAGNITUDE})"));
        } else if value < lo || value > hi {
            let range = format!("{} to {}", short(lo), short(hi));
            self.problem(at, format!("{} is outside the range of {code} ({range})", short(value)));
        } else if unit.def().whole && value.fract() != 0.0 {
            self.problem(at, format!("{} is not a whole number of {}", short(value), unit.en(2.0)));
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
    // Without collecting the parts: every figure's date is checked.
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    if parts.next().is_some() {
        return false;
    }
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<i16>().ok())
    };
    let field = |p: Option<&str>, len: usize| p.map(|p| num(p, len).flatten());
    match (field(y, 4), field(m, 2), field(d, 2)) {
        (Some(Some(y)), None, None) => jiff::civil::Date::new(y, 1, 1).is_ok(),
        (Some(Some(y)), Some(Some(m)), None) => {
            i8::try_from(m).is_ok_and(|m| jiff::civil::Date::new(y, m, 1).is_ok())
        }
        (Some(Some(y)), Some(Some(m)), Some(Some(d))) => {
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
