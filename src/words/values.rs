//! How values, qualifiers, units and dates are written for people, in both languages.

use super::numbers::{group, number, plain, shift_decimal};
use crate::data::{Indicator, Period, PeriodKind, Qualifier, Unit};
use crate::lang::Lang;

pub(super) fn with_qualifier(n: String, unit: &Unit, q: Qualifier) -> String {
    match q {
        Qualifier::Exact => n,
        Qualifier::AtLeast if unit.dimension().is_count() => format!("{n}+"),
        Qualifier::AtLeast => format!("≥{n}"),
        Qualifier::About => format!("≈{n}"),
        Qualifier::AtMost => format!("≤{n}"),
    }
}

/// The unit written after a number, in a language.
pub fn unit_suffix(unit: &Unit, value: f64, lang: Lang) -> &str {
    match lang {
        Lang::Zh => &unit.def().zh,
        Lang::En => unit.en(value),
    }
}

/// English words for a power of ten a number is written in.
pub(super) fn en_scale(exp: i32) -> &'static str {
    match exp {
        3 => "thousand",
        6 => "million",
        9 => "billion",
        12 => "trillion",
        _ => "",
    }
}

/// Chinese words for a power of ten a number is written in.
pub(super) fn zh_scale(exp: i32) -> &'static str {
    match exp {
        4 => "万",
        8 => "亿",
        12 => "万亿",
        _ => "",
    }
}

/// The whole value as people read it. Chinese keeps the report's own unit and scale
/// (`720 万元`, `1.6 万亿元`, `960+ 万人`); English converts decimal scales to the base unit
/// and names large numbers (`7.2 million yuan`, `1.6 trillion yuan`, `9.6 million+ people`,
/// `128,000 villages`). Conversions move the decimal point, so they are exact.
pub fn value(value: f64, unit: &Unit, q: Qualifier, lang: Lang) -> String {
    let raw = plain(value);
    let dim = unit.dimension();
    let shift = unit.decimal_shift().filter(|&k| k >= 0 && lang == Lang::En);
    let (num, suffix) = match shift {
        Some(k) => {
            let base = Unit::base_of(dim);
            let exact = shift_decimal(&raw, k);
            let in_base = value * unit.factor();
            let exp = [12, 9, 6].into_iter().find(|&e| in_base >= 10f64.powi(e) * 0.999_999);
            match exp.filter(|_| dim.scales()) {
                Some(e) => (
                    format!("{} {}", group(&shift_decimal(&exact, -e)), en_scale(e)),
                    base.en(2.0).to_string(),
                ),
                None => (group(&exact), base.en(in_base).to_string()),
            }
        }
        None => (group(&raw), unit_suffix(unit, value, lang).to_string()),
    };
    match lang {
        Lang::En => format!("{} {suffix}", with_qualifier(num, unit, q)),
        Lang::Zh => zh_value(&num, &suffix, unit, q),
    }
}

/// A value as Chinese reports write it: no space before the unit, and the qualifier in
/// words (`约1亿人`, `960多万人`, `不低于7%/年`, `不超过5万元/户`).
fn zh_value(num: &str, suffix: &str, unit: &Unit, q: Qualifier) -> String {
    match q {
        Qualifier::Exact => format!("{num}{suffix}"),
        Qualifier::AtLeast if unit.dimension().is_count() => format!("{num}多{suffix}"),
        Qualifier::AtLeast => format!("不低于{num}{suffix}"),
        Qualifier::About => format!("约{num}{suffix}"),
        Qualifier::AtMost => format!("不超过{num}{suffix}"),
    }
}

/// An indicator's value in words and symbols; a derived figure's starts with `=`, and one
/// that cannot be computed says so.
pub fn indicator_value(ind: &Indicator, lang: Lang) -> String {
    match &ind.formula {
        None => value(ind.value, &ind.unit, ind.qualifier, lang),
        Some(f) if f.not_computable.is_some() => match lang {
            Lang::En => "= not computable".into(),
            Lang::Zh => "= 无法计算".into(),
        },
        Some(_) => format!("= {}", value(ind.value, &ind.unit, ind.qualifier, lang)),
    }
}

/// How a derived figure is computed, with its inputs' values:
/// `23 万元 ÷ 5 户 = 4.6 万元/户`, or why it cannot be.
pub fn formula(d: &crate::data::Dataset, ind: &Indicator, lang: Lang) -> Option<String> {
    use crate::data::model::Op;
    let f = ind.formula.as_ref()?;
    let parts: Vec<String> = f
        .inputs
        .iter()
        .filter_map(|id| d.indicators.iter().find(|i| i.id == *id))
        .map(|i| indicator_value(i, lang).trim_start_matches("= ").to_string())
        .collect();
    let expr = match f.op {
        Op::Change => parts.iter().rev().cloned().collect::<Vec<_>>().join(" − "),
        Op::Ratio => parts.join(" ÷ "),
        Op::Share => format!("{} × 100 %", parts.join(" ÷ ")),
        Op::Sum => parts.join(" + "),
        Op::Average => format!("({}) ÷ {}", parts.join(" + "), parts.len()),
    };
    Some(match &f.not_computable {
        Some(why) => match lang {
            Lang::En => format!("{expr}: not computable, because {why}"),
            Lang::Zh => format!("{expr}:无法计算({why})"),
        },
        None => format!("{expr} {}", indicator_value(ind, lang)),
    })
}

/// A figure as a list row or card shows it: with a baseline of the same unit, as
/// `5,544 → 7,920 yuan/person/year, +42.9 %`; otherwise its value.
pub fn row_value(base: Option<&Indicator>, ind: &Indicator, lang: Lang) -> String {
    match base {
        Some(b) if b.unit == ind.unit && b.value != 0.0 => {
            let pct = percent_change(b, ind, b.value, ind.value);
            let before = with_qualifier(number(b.value), &b.unit, b.qualifier);
            match lang {
                Lang::En => format!("{before} → {}, {pct} %", indicator_value(ind, lang)),
                Lang::Zh => format!("{before} → {},{pct}%", indicator_value(ind, lang)),
            }
        }
        _ => indicator_value(ind, lang),
    }
}

/// The change from `b` to `n` in percent, to one decimal: `+42.9`, marked `≈` where either
/// figure is not exact. `b` must not be 0.
fn percent_change(base: &Indicator, now: &Indicator, b: f64, n: f64) -> String {
    let p = ((n - b) / b * 1000.0).round() / 10.0;
    let approx = base.qualifier != Qualifier::Exact || now.qualifier != Qualifier::Exact;
    format!("{}{}{}", if approx { "≈" } else { "" }, if p > 0.0 { "+" } else { "" }, plain(p))
}

/// A figure against its baseline: `5,544 → 7,920 yuan/person/year: +2,376 (+42.9 %)`.
/// Values of one dimension are compared in its base unit; where either is not exact, the
/// change is marked approximate (≈); a baseline of 0 has no percentage.
pub fn change(base: &Indicator, now: &Indicator, lang: Lang) -> String {
    let b = base.value * base.unit.factor();
    let n = now.value * now.unit.factor();
    let unit = Unit::base_of(now.unit.dimension());
    let round = |v: f64| (v * 100.0).round() / 100.0;
    let diff = round(n - b);
    let sign = if diff > 0.0 { "+" } else { "" };
    let approx = if base.qualifier == Qualifier::Exact && now.qualifier == Qualifier::Exact {
        ""
    } else {
        "≈"
    };
    let pct = if b == 0.0 {
        String::new()
    } else {
        let p = percent_change(base, now, b, n);
        match lang {
            Lang::En => format!(" ({p} %)"),
            Lang::Zh => format!("({p}%)"),
        }
    };
    let from = value(base.value, &base.unit, base.qualifier, lang);
    let to = value(now.value, &now.unit, now.qualifier, lang);
    let delta = format!("{approx}{sign}{}", number(diff));
    let per = unit_suffix(&unit, diff.abs(), lang);
    match lang {
        Lang::En => format!("{from} → {to}: {delta} {per}{pct}"),
        Lang::Zh => format!("{from} → {to}:{delta}{per}{pct}"),
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

/// The period in words: `since 2017`, `at 2019-09-30`, `2016–2020`.
pub fn period(p: &Period, lang: Lang) -> String {
    if let (Some(from), Some(to)) = (&p.from, &p.to) {
        return match lang {
            Lang::En => format!("{from} to {to}"),
            Lang::Zh => format!("{from}至{to}"),
        };
    }
    let d = p.date.as_deref().unwrap_or("");
    match (p.kind.unwrap_or(PeriodKind::At), lang) {
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

    fn u(code: &str) -> Unit {
        Unit::library(code).unwrap()
    }

    #[test]
    fn values_in_both_languages() {
        use Qualifier::*;
        assert_eq!(value(720.0, &u("wan_yuan"), Exact, Lang::Zh), "720万元");
        assert_eq!(value(720.0, &u("wan_yuan"), Exact, Lang::En), "7.2 million yuan");
        assert_eq!(value(83982.5, &u("wan_yuan"), About, Lang::En), "≈839.825 million yuan");
        assert_eq!(value(23.0, &u("wan_yuan"), Exact, Lang::En), "230,000 yuan");
        assert_eq!(value(100.0, &u("person"), AtLeast, Lang::En), "100+ people");
        assert_eq!(value(1000.0, &u("person"), About, Lang::Zh), "约1,000人");
        assert_eq!(value(7.0, &u("percent_per_year"), AtLeast, Lang::En), "≥7 %/year");
        assert_eq!(
            value(5.0, &u("wan_yuan_per_household"), AtMost, Lang::En),
            "≤50,000 yuan/household"
        );
        assert_eq!(value(1.0, &u("household"), Exact, Lang::En), "1 household");
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

    #[test]
    fn every_scale_reads_naturally() {
        use Qualifier::*;
        assert_eq!(value(1.6, &u("wanyi_yuan"), Exact, Lang::En), "1.6 trillion yuan");
        assert_eq!(value(1.6, &u("wanyi_yuan"), Exact, Lang::Zh), "1.6万亿元");
        assert_eq!(value(6688.0, &u("yi_yuan"), Exact, Lang::En), "668.8 billion yuan");
        assert_eq!(value(6688.0, &u("yi_yuan"), Exact, Lang::Zh), "6,688亿元");
        assert_eq!(value(1.0, &u("yi_person"), About, Lang::En), "≈100 million people");
        assert_eq!(value(1.0, &u("yi_person"), About, Lang::Zh), "约1亿人");
        assert_eq!(value(960.0, &u("wan_person"), AtLeast, Lang::Zh), "960多万人");
        assert_eq!(value(12.8, &u("wan_village"), Exact, Lang::Zh), "12.8万个村");
        assert_eq!(value(7.0, &u("percent_per_year"), AtLeast, Lang::Zh), "不低于7%/年");
        assert_eq!(value(5.0, &u("wan_yuan_per_household"), AtMost, Lang::Zh), "不超过5万元/户");
        assert_eq!(value(960.0, &u("wan_person"), AtLeast, Lang::En), "9.6 million+ people");
        assert_eq!(value(12.8, &u("wan_village"), Exact, Lang::En), "128,000 villages");
        assert_eq!(value(832.0, &u("county"), Exact, Lang::En), "832 counties");
        assert_eq!(value(832.0, &u("county"), Exact, Lang::Zh), "832个县");
        assert_eq!(value(33.6, &u("mu"), Exact, Lang::En), "33.6 mu");
        assert_eq!(value(1115.0, &u("mu"), Exact, Lang::Zh), "1,115亩");
        assert_eq!(value(350.0, &u("head"), Exact, Lang::En), "350 head");
        assert_eq!(value(10.5, &u("km"), Exact, Lang::En), "10.5 km");
        assert_eq!(value(3000.0, &u("copy"), AtLeast, Lang::En), "3,000+ copies");
        assert_eq!(value(2.0, &u("hectare"), Exact, Lang::En), "2 hectares");
    }
}
