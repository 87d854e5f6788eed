//! How charts are titled and their bars labelled: the scale a chart writes its values in,
//! in both languages.

use super::numbers::{group, plain, shift_decimal};
use super::values::{en_scale, with_qualifier, zh_scale};
use crate::data::{Dimension, Qualifier, Unit};
use crate::lang::Lang;

/// The power of ten a chart of one dimension writes its values in, chosen from its largest
/// value (in the base unit) so that bar labels stay short: sums of money in 万元 / million
/// yuan or more, other counts in 万 / million only when they are that large.
pub fn chart_scale(dim: Dimension, max: f64, lang: Lang) -> i32 {
    if !dim.scales() {
        return 0;
    }
    let pick = |steps: &[i32], at_least: f64, floor: i32| {
        steps.iter().copied().find(|&e| max >= at_least * 10f64.powi(e)).unwrap_or(floor)
    };
    match (lang, dim.is_money()) {
        (Lang::Zh, true) => pick(&[12, 8], 10.0, 4),
        (Lang::Zh, false) => pick(&[12, 8, 4], 1e2, 0),
        (Lang::En, true) => pick(&[12, 9], 1.0, 6),
        (Lang::En, false) => pick(&[12, 9, 6], 1.0, 0),
    }
}

/// What a chart's scale is called in its title: `million yuan`, `万元`, `万人`, `million`.
pub fn scale_words(dim: Dimension, exp: i32, lang: Lang) -> String {
    let base = Unit::base_of(dim);
    match lang {
        Lang::Zh if dim.is_money() => format!("{}{}", zh_scale(exp), base.def().zh),
        Lang::Zh if exp == 0 => String::new(),
        Lang::Zh => format!("{}{}", zh_scale(exp), base.def().zh),
        Lang::En if dim.is_money() => format!("{} {}", en_scale(exp), base.en(2.0)),
        Lang::En => en_scale(exp).to_string(),
    }
}

/// A value in the base unit of its dimension, as exactly as a decimal shift allows.
fn base_text(value: f64, unit: &Unit) -> String {
    match unit.decimal_shift() {
        Some(k) => shift_decimal(&plain(value), k),
        None => plain(((value * unit.factor()) * 100.0).round() / 100.0),
    }
}

/// A bar's value label in a chart drawn at scale `exp`: `720 万元`, `7.2` (million yuan),
/// `100+`, `≈1,000`, `≥7 %`.
pub fn bar_label(value: f64, unit: &Unit, q: Qualifier, lang: Lang, exp: i32) -> String {
    let n = group(&shift_decimal(&base_text(value, unit), -exp));
    let dim = unit.dimension();
    match (dim, lang) {
        (Dimension::Money, Lang::Zh) => {
            format!("{} {}", with_qualifier(n, unit, q), scale_words(dim, exp, lang))
        }
        (Dimension::Share | Dimension::AnnualRate, _) => {
            format!("{} %", with_qualifier(n, unit, q))
        }
        _ => with_qualifier(n, unit, q),
    }
}
/// A chart's title: what its bars measure, and the scale their labels are written in.
pub fn chart_title(axis: Dimension, exp: i32, lang: Lang) -> String {
    use Dimension as D;
    let base = Unit::base_of(axis);
    let scale = scale_words(axis, exp, lang);
    let with_scale = |name: &str| match (scale.is_empty(), lang) {
        (true, _) => name.to_string(),
        (false, Lang::En) => format!("{name} ({scale})"),
        (false, Lang::Zh) => format!("{name}({scale})"),
    };
    match (axis, lang) {
        (D::People, Lang::En) => with_scale("People"),
        (D::People, Lang::Zh) => with_scale("人数"),
        (D::Households, Lang::En) => with_scale("Households"),
        (D::Households, Lang::Zh) => with_scale("户数"),
        (D::Money, Lang::En) => format!("Money ({scale})"),
        (D::Money, Lang::Zh) => format!("资金({scale})"),
        (D::MoneyPerPersonYear | D::MoneyPerHousehold, Lang::En) => base.en(2.0).to_string(),
        (D::MoneyPerPersonYear | D::MoneyPerHousehold, Lang::Zh) => base.def().zh.clone(),
        (D::Share, Lang::En) => "Shares (%)".into(),
        (D::Share, Lang::Zh) => "比例(%)".into(),
        (D::AnnualRate, Lang::En) => "Yearly rates (%/year)".into(),
        (D::AnnualRate, Lang::Zh) => "年率(%/年)".into(),
        (D::Duration, Lang::En) => "Durations (years)".into(),
        (D::Duration, Lang::Zh) => "期限(年)".into(),
        (D::Age, Lang::En) => "Ages (years)".into(),
        (D::Age, Lang::Zh) => "年龄(岁)".into(),
        (D::LandArea, Lang::En) => with_scale("Land area (mu)"),
        (D::LandArea, Lang::Zh) => with_scale("面积(亩)"),
        (D::Livestock, Lang::En) => with_scale("Livestock (head)"),
        (D::Livestock, Lang::Zh) => with_scale("牲畜(头)"),
        (D::Length, Lang::En) => "Lengths (km)".into(),
        (D::Length, Lang::Zh) => "长度(公里)".into(),
        (_, Lang::En) => with_scale(&capitalize(base.en(2.0))),
        (_, Lang::Zh) => with_scale(&format!("数量({})", base.def().zh.trim_start_matches('个'))),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Unit;

    fn u(code: &str) -> Unit {
        Unit::library(code).unwrap()
    }

    #[test]
    fn bar_labels() {
        use Qualifier::*;
        let money_zh = chart_scale(Dimension::Money, 8.4e8, Lang::Zh);
        let money_en = chart_scale(Dimension::Money, 8.4e8, Lang::En);
        assert_eq!((money_zh, money_en), (4, 6));
        assert_eq!(bar_label(720.0, &u("wan_yuan"), Exact, Lang::Zh, 4), "720 万元");
        assert_eq!(bar_label(720.0, &u("wan_yuan"), Exact, Lang::En, 6), "7.2");
        assert_eq!(bar_label(3000.0, &u("yuan"), Exact, Lang::Zh, 4), "0.3 万元");
        assert_eq!(bar_label(1065.0, &u("person"), Exact, Lang::En, 0), "1,065");
        assert_eq!(bar_label(100.0, &u("person"), AtLeast, Lang::En, 0), "100+");
        assert_eq!(bar_label(1000.0, &u("person"), About, Lang::En, 0), "≈1,000");
        assert_eq!(bar_label(7.0, &u("percent_per_year"), AtLeast, Lang::En, 0), "≥7 %");
        assert_eq!(bar_label(18.0, &u("month"), AtMost, Lang::En, 0), "≤1.5");
        // A national chart of money: 1.6 万亿 and 6,688 亿 in 亿元 / billion yuan.
        assert_eq!(chart_scale(Dimension::Money, 1.6e12, Lang::Zh), 8);
        assert_eq!(chart_scale(Dimension::Money, 1.6e12, Lang::En), 12);
        assert_eq!(bar_label(1.6, &u("wanyi_yuan"), Exact, Lang::Zh, 8), "16,000 亿元");
        assert_eq!(bar_label(6688.0, &u("yi_yuan"), Exact, Lang::En, 9), "668.8");
        assert_eq!(scale_words(Dimension::Money, 9, Lang::En), "billion yuan");
        assert_eq!(chart_scale(Dimension::People, 9.6e6, Lang::En), 6);
        assert_eq!(chart_scale(Dimension::People, 9.6e6, Lang::Zh), 4);
        assert_eq!(bar_label(960.0, &u("wan_person"), AtLeast, Lang::Zh, 4), "960+");
    }
}
