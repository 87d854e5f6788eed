//! How values, qualifiers, units and dates are written for people.

use crate::Lang;
use crate::data::{Indicator, Period, PeriodKind, Qualifier, Unit, UnitKind};

/// A number in its shortest exact form with thousands separators: `83,982.5`.
pub fn number(v: f64) -> String {
    group(&plain(v))
}

/// A number in its shortest exact form without separators: `83982.5`.
pub fn plain(v: f64) -> String {
    let v = if v == 0.0 { 0.0 } else { v };
    format!("{v}")
}

/// Inserts thousands separators into a plain decimal string.
fn group(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    if int.len() > 40 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Moves the decimal point of a plain decimal string by `shift` places (exact, no float error).
fn shift_decimal(s: &str, shift: i32) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    if rest.contains(['e', 'E']) || !rest.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return s.to_string();
    }
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits: String = format!("{int}{frac}");
    let point = int.len() as i32 + shift;
    let (mut i, mut f) = if point <= 0 {
        (String::from("0"), format!("{}{digits}", "0".repeat((-point) as usize)))
    } else if point as usize >= digits.len() {
        (format!("{digits}{}", "0".repeat(point as usize - digits.len())), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    while f.ends_with('0') {
        f.pop();
    }
    let trimmed = i.trim_start_matches('0');
    i = if trimmed.is_empty() { "0".into() } else { trimmed.into() };
    if f.is_empty() { format!("{sign}{i}") } else { format!("{sign}{i}.{f}") }
}

/// True for kinds whose "at least" reads as "N+" (counts of people or things).
fn is_count(kind: UnitKind) -> bool {
    matches!(kind, UnitKind::Headcount | UnitKind::Households | UnitKind::Count)
}

fn with_qualifier(n: String, unit: Unit, q: Qualifier) -> String {
    match q {
        Qualifier::Exact => n,
        Qualifier::AtLeast if is_count(unit.kind()) => format!("{n}+"),
        Qualifier::AtLeast => format!("≥{n}"),
        Qualifier::About => format!("≈{n}"),
        Qualifier::AtMost => format!("≤{n}"),
    }
}

/// The unit written after a number, in a language.
pub fn unit_suffix(unit: Unit, value: f64, lang: Lang) -> &'static str {
    let info = unit.info();
    match lang {
        Lang::Zh => info.zh,
        Lang::En if value == 1.0 => info.en.0,
        Lang::En => info.en.1,
    }
}

/// The whole value as people read it: `720 万元`, `7.2 million yuan`, `100+ people`, `≥7 %/year`.
pub fn value(value: f64, unit: Unit, q: Qualifier, lang: Lang) -> String {
    let raw = plain(value);
    let (num, suffix): (String, String) = match (unit, lang) {
        (Unit::WanYuan | Unit::WanYuanPerHousehold, Lang::En) => {
            let per = if unit == Unit::WanYuanPerHousehold { "/household" } else { "" };
            if value >= 100.0 {
                (group(&shift_decimal(&raw, -2)), format!("million yuan{per}"))
            } else {
                (group(&shift_decimal(&raw, 4)), format!("yuan{per}"))
            }
        }
        _ => (group(&raw), unit_suffix(unit, value, lang).to_string()),
    };
    format!("{} {suffix}", with_qualifier(num, unit, q))
}

/// An indicator's value in words and symbols.
pub fn indicator_value(ind: &Indicator, lang: Lang) -> String {
    value(ind.value, ind.unit, ind.qualifier, lang)
}

/// A value expressed in its chart's axis unit, exactly where the conversion is decimal.
pub fn axis_text(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Yuan => shift_decimal(&plain(value), -4),
        Unit::Month => plain((value / 12.0 * 100.0).round() / 100.0),
        _ => plain(value),
    }
}

/// A bar's value label in its chart: `720 万元`, `7.2` (million yuan), `100+`, `≈1,000`, `≥7 %`.
pub fn bar_label(value: f64, unit: Unit, q: Qualifier, lang: Lang) -> String {
    let axis = axis_text(value, unit);
    match (unit.kind(), lang) {
        (UnitKind::MoneyAmount, Lang::Zh) => {
            format!("{} 万元", with_qualifier(group(&axis), unit, q))
        }
        (UnitKind::MoneyAmount, Lang::En) => {
            with_qualifier(group(&shift_decimal(&axis, -2)), unit, q)
        }
        (UnitKind::Share | UnitKind::AnnualRate, _) => {
            format!("{} %", with_qualifier(group(&axis), unit, q))
        }
        _ => with_qualifier(group(&axis), unit, q),
    }
}

/// The qualifier in words.
pub fn qualifier_words(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Exact, Lang::En) => "exact figure",
        (Qualifier::AtLeast, Lang::En) => "at least (the report says more than)",
        (Qualifier::About, Lang::En) => "approximately",
        (Qualifier::AtMost, Lang::En) => "at most",
        (Qualifier::Exact, Lang::Zh) => "确数",
        (Qualifier::AtLeast, Lang::Zh) => "不少于(报道称“余/多/不低于”)",
        (Qualifier::About, Lang::Zh) => "约数(报道称“近/约”)",
        (Qualifier::AtMost, Lang::Zh) => "不超过(报道称“以内”)",
    }
}

/// The period in words: `since 2017`, `at 2019-09-30`.
pub fn period(p: &Period, lang: Lang) -> String {
    let d = &p.date;
    match (p.kind, lang) {
        (PeriodKind::At, Lang::En) => format!("at {d}"),
        (PeriodKind::Since, Lang::En) => format!("since {d}"),
        (PeriodKind::Until, Lang::En) => format!("until {d}"),
        (PeriodKind::During, Lang::En) => format!("during {d}"),
        (PeriodKind::At, Lang::Zh) => format!("截至{d}"),
        (PeriodKind::Since, Lang::Zh) => format!("{d}起"),
        (PeriodKind::Until, Lang::Zh) => format!("{d}之前"),
        (PeriodKind::During, Lang::Zh) => format!("{d}期间"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(1065.0), "1,065");
        assert_eq!(number(83982.5), "83,982.5");
        assert_eq!(number(249.37), "249.37");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(1234567.0), "1,234,567");
        assert_eq!(number(-1234.5), "-1,234.5");
        assert!(number(1e300).len() > 300);
    }

    #[test]
    fn shifting_is_exact() {
        assert_eq!(shift_decimal("83982.5", -2), "839.825");
        assert_eq!(shift_decimal("249.37", 4), "2493700");
        assert_eq!(shift_decimal("5", 4), "50000");
        assert_eq!(shift_decimal("5", -2), "0.05");
        assert_eq!(shift_decimal("720", -2), "7.2");
    }

    #[test]
    fn values_in_both_languages() {
        use Qualifier::*;
        assert_eq!(value(720.0, Unit::WanYuan, Exact, Lang::Zh), "720 万元");
        assert_eq!(value(720.0, Unit::WanYuan, Exact, Lang::En), "7.2 million yuan");
        assert_eq!(value(83982.5, Unit::WanYuan, About, Lang::En), "≈839.825 million yuan");
        assert_eq!(value(23.0, Unit::WanYuan, Exact, Lang::En), "230,000 yuan");
        assert_eq!(value(100.0, Unit::Person, AtLeast, Lang::En), "100+ people");
        assert_eq!(value(1000.0, Unit::Person, About, Lang::Zh), "≈1,000 人");
        assert_eq!(value(7.0, Unit::PercentPerYear, AtLeast, Lang::En), "≥7 %/year");
        assert_eq!(
            value(5.0, Unit::WanYuanPerHousehold, AtMost, Lang::En),
            "≤50,000 yuan/household"
        );
        assert_eq!(value(1.0, Unit::Household, Exact, Lang::En), "1 household");
    }

    #[test]
    fn bar_labels() {
        use Qualifier::*;
        assert_eq!(bar_label(720.0, Unit::WanYuan, Exact, Lang::Zh), "720 万元");
        assert_eq!(bar_label(720.0, Unit::WanYuan, Exact, Lang::En), "7.2");
        assert_eq!(bar_label(3000.0, Unit::Yuan, Exact, Lang::Zh), "0.3 万元");
        assert_eq!(bar_label(1065.0, Unit::Person, Exact, Lang::En), "1,065");
        assert_eq!(bar_label(100.0, Unit::Person, AtLeast, Lang::En), "100+");
        assert_eq!(bar_label(1000.0, Unit::Person, About, Lang::En), "≈1,000");
        assert_eq!(bar_label(7.0, Unit::PercentPerYear, AtLeast, Lang::En), "≥7 %");
        assert_eq!(bar_label(18.0, Unit::Month, AtMost, Lang::En), "≤1.5");
    }
}
