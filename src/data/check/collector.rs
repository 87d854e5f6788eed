//! The one collector of a dataset's problems, and the checks every kind of field shares:
//! texts, safe strings, ids, version-2 fields and values in their unit's range.

use foldhash::HashSet;

use crate::data::error::Problem;
use crate::data::model::Text;
use crate::data::path::At;
use crate::data::units::{Qualifier, Unit};
use crate::safe::first_unsafe;

pub use crate::data::units::MIN_MAGNITUDE;

/// Longest id accepted.
pub const MAX_ID_LEN: usize = 64;

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
        let snake = id.len() <= MAX_ID_LEN
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_');
        if !snake {
            // (A snake_case id holds no unsafe character.)
            self.string(at, id);
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

    pub(super) fn text(&mut self, at: At<'_>, t: &Text) {
        let blank = |s: &str| s.chars().all(char::is_whitespace);
        // Every character of both languages at once: most texts have no problem.
        if first_unsafe(t.both()).is_none() && !blank(t.zh()) && !blank(t.en()) {
            return;
        }
        for (lang, s) in [("zh", &t.zh()), ("en", &t.en())] {
            if blank(s) {
                self.problem(at.field(lang), "is empty");
            } else {
                self.string(at.field(lang), s);
            }
        }
    }

    /// An optional text: none at all, or both languages.
    pub(super) fn note(&mut self, at: At<'_>, t: &Text) {
        if !t.is_empty() {
            self.text(at, t);
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

impl Checker {
    /// A range's high end (`value_max`): above its low end, in its unit's range, and stated
    /// exactly or approximately (a range is already its own bound: ≥, ≤ and "nearly" would
    /// say something else).
    pub(super) fn range(
        &mut self,
        at: At<'_>,
        low: f64,
        high: f64,
        unit: Option<&Unit>,
        qualifier: Option<Qualifier>,
        v1: bool,
    ) {
        let path = at.field("value_max");
        self.v2_only(path, v1);
        if let Some(u) = unit {
            self.value(path, high, u);
        }
        if high.partial_cmp(&low) != Some(std::cmp::Ordering::Greater) {
            self.problem(
                path,
                format!(
                    "{} is not above value ({}): a range goes from low to high",
                    short(high),
                    short(low)
                ),
            );
        }
        if let Some(q) = qualifier.filter(|q| !matches!(q, Qualifier::Exact | Qualifier::About)) {
            self.problem(
                at.field("qualifier"),
                format!("a range is exact or about, not {}", q.code()),
            );
        }
    }
}

/// A number for a message: plain when short, else in scientific notation.
pub(super) fn short(v: f64) -> String {
    if v != 0.0 && (v.abs() >= 1e9 || v.abs() < 1e-3) { format!("{v:e}") } else { format!("{v}") }
}
