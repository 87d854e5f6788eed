//! Checking dates and periods.

use super::collector::Checker;
use crate::data::dates::{first_day, is_date, last_day};
use crate::data::model::Period;
use crate::data::path::At;

impl Checker {
    /// A date with its kind, or a range whose end is not before its start.
    pub(super) fn period(&mut self, at: At<'_>, p: &Period, v1: bool) {
        match (&p.kind, &p.date, p.from(), p.to()) {
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

    fn date(&mut self, at: At<'_>, date: &str) {
        if !is_date(date) {
            // (A real date is digits and dashes: only another can hold an unsafe character.)
            self.string(at, date);
            self.problem(at, format!("{date:?} is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        }
    }
}
