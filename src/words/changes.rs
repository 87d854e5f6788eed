//! A figure against its baseline (`compares_to`): before → after, the change in the figures'
//! own unit, and the change in percent.

use super::numbers::{number, plain};
use super::values::{figure, unit_suffix};
use crate::data::{Dimension, Indicator, Qualifier, Unit};
use crate::lang::Lang;

/// Decimals of a value as written.
fn decimals(v: f64) -> i32 {
    plain(v).split_once('.').map_or(0, |(_, f)| i32::try_from(f.len()).unwrap_or(6))
}

/// `before` in the unit of `now`, and how many decimals the two carry there: the change is
/// exact to those (3 yuan → 3.004 yuan is +0.004 yuan, 100 metres → 101 metres +1 metre).
fn in_unit_of(before: &Indicator, now: &Indicator) -> (f64, i32) {
    if before.unit == now.unit {
        return (before.value, decimals(before.value).max(decimals(now.value)));
    }
    let v = before.value * before.unit.factor() / now.unit.factor();
    let shift = match (before.unit.decimal_shift(), now.unit.decimal_shift()) {
        (Some(b), Some(n)) => Some(b - n),
        _ => None,
    };
    let d = shift.map_or(6, |k| (decimals(before.value) - k).max(0)).max(decimals(now.value));
    (v, d.min(6))
}

/// Whether either figure is a range (a change between ranges has no single number).
fn ranged(a: &Indicator, b: &Indicator) -> bool {
    a.more().value_max.is_some() || b.more().value_max.is_some()
}

/// Whether the figures are shares or rates: their change is in percentage points, and a
/// change in percent of a percent would mislead.
fn points(ind: &Indicator) -> bool {
    matches!(ind.unit.dimension(), Dimension::Share | Dimension::AnnualRate)
}

/// The change from `base` to `now` in percent, to one decimal: `+42.9`, marked `≈` where
/// either figure is not exact; `None` for a baseline of 0, ranges, shares and rates.
fn percent_change(base: &Indicator, now: &Indicator) -> Option<String> {
    if ranged(base, now) || points(now) {
        return None;
    }
    let (b, n) = (base.value * base.unit.factor(), now.value * now.unit.factor());
    if b == 0.0 {
        return None;
    }
    let p = ((n - b) / b * 1000.0).round() / 10.0;
    let approx = base.qualifier != Qualifier::Exact || now.qualifier != Qualifier::Exact;
    Some(format!("{}{}{}", if approx { "≈" } else { "" }, if p > 0.0 { "+" } else { "" }, plain(p)))
}

/// A figure as a list row or card shows it: with a baseline of the same unit, as
/// `5,544 → 7,920 yuan/person/year, +42.9 %`; otherwise its value.
pub fn row_value(base: Option<&Indicator>, ind: &Indicator, lang: Lang) -> String {
    let now = super::formula::indicator_value(ind, lang);
    let Some(b) = base.filter(|b| b.unit == ind.unit) else { return now };
    let before = match b.more().value_max {
        Some(max) => format!("{}–{}", number(b.value), number(max)),
        None => number(b.value),
    };
    let before = marked(before, b.qualifier, &b.unit, lang);
    match (percent_change(b, ind), lang) {
        (Some(pct), Lang::En) => format!("{before} → {now}, {pct} %"),
        (Some(pct), Lang::Zh) => format!("{before} → {now},{pct}%"),
        (None, _) => format!("{before} → {now}"),
    }
}

/// A bare number with its qualifier's mark: `100+`, `≈1,000`, `≤5`, `nearly 1,000`.
fn marked(n: String, q: Qualifier, unit: &Unit, lang: Lang) -> String {
    match (q, lang) {
        (Qualifier::Exact, _) => n,
        (Qualifier::AtLeast, _) if unit.dimension().is_count() => format!("{n}+"),
        (Qualifier::AtLeast, _) => format!("≥{n}"),
        (Qualifier::About, _) => format!("≈{n}"),
        (Qualifier::AtMost, _) => format!("≤{n}"),
        (Qualifier::Nearly, Lang::En) => format!("nearly {n}"),
        (Qualifier::Nearly, Lang::Zh) => format!("近{n}"),
    }
}

/// A figure against its baseline: `5,544 yuan/person/year → 7,920 yuan/person/year: +2,376
/// yuan/person/year (+42.9 %)`. The change is in the unit of the later figure, exact to
/// the decimals the two carry; shares and rates change in percentage points; where either
/// figure is not exact, the change is marked approximate (≈); a baseline of 0, or a range,
/// has no percentage.
pub fn change(base: &Indicator, now: &Indicator, lang: Lang) -> String {
    let from = figure(base, lang);
    let to = figure(now, lang);
    if ranged(base, now) {
        return match lang {
            Lang::En => format!("{from} → {to}"),
            Lang::Zh => format!("{from} → {to}"),
        };
    }
    let (b, d) = in_unit_of(base, now);
    let p = 10f64.powi(d);
    let diff = ((now.value - b) * p).round() / p;
    let diff = if diff == 0.0 { 0.0 } else { diff };
    let sign = if diff > 0.0 { "+" } else { "" };
    let exact = base.qualifier == Qualifier::Exact && now.qualifier == Qualifier::Exact;
    let approx = if exact { "" } else { "≈" };
    let unit = if points(now) {
        Unit::library("percentage_point").unwrap_or_else(|| now.unit.clone())
    } else {
        now.unit.clone()
    };
    let per = unit_suffix(&unit, diff.abs(), lang);
    let pct = percent_change(base, now).map_or(String::new(), |p| match lang {
        Lang::En => format!(" ({p} %)"),
        Lang::Zh => format!("({p}%)"),
    });
    let delta = format!("{approx}{sign}{}", number(diff));
    match lang {
        Lang::En => format!("{from} → {to}: {delta} {per}{pct}"),
        Lang::Zh => format!("{from} → {to}:{delta}{per}{pct}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, unit: &str) -> Indicator {
        let mut ind = crate::data::embedded().unwrap().indicators[0].clone();
        ind.value = value;
        ind.unit = Unit::library(unit).unwrap();
        ind.qualifier = Qualifier::Exact;
        ind.more_mut().formula = None;
        ind
    }

    #[test]
    fn changes_against_a_baseline() {
        let d = crate::data::embedded().unwrap();
        let get = |id: &str| d.indicators.iter().find(|i| i.id == id).unwrap();
        let (before, after) = (get("dibao_standard_before"), get("dibao_standard_after"));
        assert_eq!(
            change(before, after, Lang::En),
            "5,544 yuan/person/year → 7,920 yuan/person/year: +2,376 yuan/person/year (+42.9 %)"
        );
        assert_eq!(
            change(before, after, Lang::Zh),
            "5,544元/人·年 → 7,920元/人·年:+2,376元/人·年(+42.9%)"
        );
    }

    /// The change is in the figures' own unit, exact (it was rounded to two decimals of the
    /// base unit: `100 metres → 101 metres: 0 km`).
    #[test]
    fn a_change_is_in_the_figures_own_unit() {
        let c =
            |a: (f64, &str), b: (f64, &str)| change(&figure(a.0, a.1), &figure(b.0, b.1), Lang::En);
        assert_eq!(
            c((100.0, "metre"), (101.0, "metre")),
            "100 metres → 101 metres: +1 metre (+1 %)"
        );
        assert_eq!(c((1.0, "month"), (2.0, "month")), "1 month → 2 months: +1 month (+100 %)");
        assert_eq!(c((3.0, "yuan"), (3.004, "yuan")), "3 yuan → 3.004 yuan: +0.004 yuan (+0.1 %)");
        assert_eq!(
            c((5.0, "wan_yuan"), (52000.0, "yuan")),
            "50,000 yuan → 52,000 yuan: +2,000 yuan (+4 %)"
        );
        assert_eq!(
            c((10.2, "percent"), (0.6, "percent")),
            "10.2 % → 0.6 %: -9.6 percentage points"
        );
    }
}
