//! How precisely a derived figure is shown: to the precision its inputs carry.

use crate::data::model::{Indicator, Op, Precision};
use crate::data::units::Unit;

/// Significant digits of a value as written (`5544` → 4, `0.0019` → 2, `1000` → 1).
pub(super) fn significant(v: f64) -> u32 {
    let s = format!("{}", v.abs());
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0');
    let trimmed = if s.contains('.') { trimmed } else { trimmed.trim_end_matches('0') };
    u32::try_from(trimmed.len()).unwrap_or(u32::MAX).max(1)
}

/// Decimals of a value as written (`249.37` → 2).
pub(super) fn decimals(v: f64) -> u32 {
    let s = format!("{v}");
    s.split_once('.').map_or(0, |(_, f)| u32::try_from(f.len()).unwrap_or(u32::MAX))
}

/// How precisely a result is shown, from its inputs (see [`Precision`]).
pub(super) fn precision(op: Op, inputs: &[&Indicator], unit: &Unit, value: f64) -> Precision {
    match op {
        Op::Sum | Op::Change => {
            // Each input's decimals, moved by the power of ten between its unit and the
            // result's (万元 into 元: four fewer).
            let shift = |i: &Indicator| {
                let from = i.unit.decimal_shift()?;
                let to = unit.decimal_shift()?;
                Some(from - to)
            };
            let most = inputs
                .iter()
                .map(|i| {
                    let d =
                        i64::from(decimals(i.value).max(i.more().value_max.map_or(0, decimals)));
                    shift(i).map_or(6, |k| (d - i64::from(k)).max(0))
                })
                .max()
                .unwrap_or(0);
            Precision::Decimals(u32::try_from(most.min(6)).unwrap_or(6))
        }
        // Percentages as reports give them: to one decimal (56.9 %, 29.2 %/year), and two
        // significant digits below 1 %.
        Op::Share | Op::AnnualGrowth if value.abs() >= 1.0 => Precision::Decimals(1),
        Op::Share | Op::AnnualGrowth => Precision::Significant(2),
        _ => {
            let least = inputs.iter().map(|i| significant(i.value)).min().unwrap_or(1);
            Precision::Significant(least.saturating_add(1).max(2))
        }
    }
}

/// Rounds to `decimals` places, leaving no float error from adding exact figures.
pub(super) fn round_to(v: f64, decimals: u32) -> f64 {
    let p = 10f64.powi(i32::try_from(decimals).unwrap_or(6));
    (v * p).round() / p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_follows_the_inputs() {
        assert_eq!(significant(5544.0), 4);
        assert_eq!(significant(1000.0), 1);
        assert_eq!(significant(0.0019), 2);
        assert_eq!(significant(249.37), 5);
        assert_eq!(decimals(249.37), 2);
        assert_eq!(decimals(3.0), 0);
        assert_eq!(round_to(0.1 + 0.2, 1), 0.3);
    }
}
