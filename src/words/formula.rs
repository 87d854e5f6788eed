//! How a derived figure is written: its value to the precision its inputs carry (marked `=`,
//! never to be taken for the report's own), its formula with its inputs as the report gives
//! them, and why it cannot be computed when it cannot.

use super::values::{bare, figure, name, value_range};
use crate::data::model::{Formula, Op, Precision};
use crate::data::{Dataset, Indicator, Period};
use crate::lang::Lang;

/// `v` rounded as `precision` says.
fn rounded(v: f64, precision: Precision) -> f64 {
    match precision {
        Precision::Decimals(k) => {
            let p = 10f64.powi(i32::try_from(k).unwrap_or(6));
            (v * p).round() / p
        }
        Precision::Significant(_) if v == 0.0 || !v.is_finite() => v,
        Precision::Significant(s) => {
            let magnitude = v.abs().log10().floor() as i32;
            let p = 10f64.powi(i32::try_from(s).unwrap_or(3) - 1 - magnitude);
            (v * p).round() / p
        }
    }
}

/// A derived figure's value as shown: to the precision of its formula.
fn shown(ind: &Indicator, f: &Formula, lang: Lang) -> String {
    let lo = rounded(ind.value, f.precision);
    let hi = ind.more().value_max.map(|m| rounded(m, f.precision));
    value_range(lo, hi, &ind.unit, ind.qualifier, lang)
}

/// An indicator's value in words and symbols; a derived figure's starts with `=` and is
/// shown to the precision its inputs carry, and one that cannot be computed says so.
pub fn indicator_value(ind: &Indicator, lang: Lang) -> String {
    match &ind.more().formula {
        None => figure(ind, lang),
        Some(f) if f.not_computable.is_some() => match lang {
            Lang::En => "= not computable".into(),
            Lang::Zh => "= 无法计算".into(),
        },
        Some(f) => format!("= {}", shown(ind, f, lang)),
    }
}

/// A figure's value for a chart bar whose title names what it counts (`named` false: `≈100
/// million`), or with the name (`≈100 million people`); a derived one marked `=`.
pub fn bar_text(ind: &Indicator, lang: Lang, named: bool) -> String {
    if named {
        return indicator_value(ind, lang);
    }
    match &ind.more().formula {
        None => bare(ind.value, ind.more().value_max, &ind.unit, ind.qualifier, lang),
        Some(f) if f.not_computable.is_some() => indicator_value(ind, lang),
        Some(f) => {
            let lo = rounded(ind.value, f.precision);
            let hi = ind.more().value_max.map(|m| rounded(m, f.precision));
            format!("= {}", bare(lo, hi, &ind.unit, ind.qualifier, lang))
        }
    }
}

/// The name of what a figure counts, as its value is written (plural where it reads so).
pub fn unit_name(ind: &Indicator, lang: Lang) -> String {
    name(ind.more().value_max.unwrap_or(ind.value).max(2.0), None, &ind.unit, lang)
}

/// A derived figure's full value, unrounded, when it shows fewer digits than it has.
pub fn full_value(ind: &Indicator, lang: Lang) -> Option<String> {
    let f = ind.more().formula.as_ref().filter(|f| f.not_computable.is_none())?;
    let full = figure(ind, lang);
    (full != shown(ind, f, lang)).then_some(full)
}

/// How a derived figure is computed, with its inputs' values as the report gives them:
/// `23万元 ÷ 5户 = 4.6万元/户`, or why it cannot be.
pub fn formula(d: &Dataset, ind: &Indicator, lang: Lang) -> Option<String> {
    let f = ind.more().formula.as_ref()?;
    let inputs: Vec<&Indicator> =
        f.inputs.iter().filter_map(|id| d.indicators.iter().find(|i| i.id == *id)).collect();
    let parts: Vec<String> = inputs
        .iter()
        .map(|i| indicator_value(i, lang).trim_start_matches("= ").to_string())
        .collect();
    let expr = match f.op {
        Op::Change => parts.iter().rev().cloned().collect::<Vec<_>>().join(" − "),
        Op::Ratio => parts.join(" ÷ "),
        Op::Share => format!("{} × 100 %", parts.join(" ÷ ")),
        Op::Sum => parts.join(" + "),
        Op::Average => format!("({}) ÷ {}", parts.join(" + "), parts.len()),
        Op::AnnualGrowth => {
            let years = growth_years(d, &inputs).map_or(String::new(), super::numbers::plain);
            let (a, b) = (
                parts.first().cloned().unwrap_or_default(),
                parts.get(1).cloned().unwrap_or_default(),
            );
            match lang {
                Lang::En => format!("({b} ÷ {a})^(1/{years} years) − 1"),
                Lang::Zh => format!("({b} ÷ {a})^(1/{years}年) − 1"),
            }
        }
    };
    Some(match &f.not_computable {
        Some(why) => match lang {
            Lang::En => format!("{expr}: not computable, because {why}"),
            Lang::Zh => format!("{expr}:无法计算({why})"),
        },
        None => format!("{expr} {}", indicator_value(ind, lang)),
    })
}

/// The years between a growth's two figures, from their dates (else the report's).
fn growth_years(d: &Dataset, inputs: &[&Indicator]) -> Option<f64> {
    let date = |i: &Indicator| {
        let own = i.as_of.as_ref().and_then(Period::last);
        crate::data::dates::year_of(own.unwrap_or(&d.meta.published))
    };
    let (a, b) = (date(inputs.first()?)?, date(inputs.get(1)?)?);
    Some(((b - a) * 100.0).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_to_the_inputs_precision() {
        assert_eq!(rounded(56.875, Precision::Significant(3)), 56.9);
        assert_eq!(rounded(70.588235, Precision::Significant(3)), 70.6);
        assert_eq!(rounded(0.0019230769, Precision::Significant(2)), 0.0019);
        assert_eq!(rounded(4.6, Precision::Significant(2)), 4.6);
        assert_eq!(rounded(2376.0000001, Precision::Decimals(0)), 2376.0);
    }
}
