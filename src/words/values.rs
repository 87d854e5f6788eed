//! How a value is written for people, in both languages: its number in the scale a reader
//! of that language expects, its unit's own name, and its qualifier where that language puts
//! it.
//!
//! English names large numbers (`7.2 million yuan`, `9.6 million+ people`); Chinese writes a
//! number below 10,000 before 万, 亿 or 万亿 (`720万元`, `约1亿人`, `960多万人`, `12.8万个村`,
//! `1.6万亿元`), whatever unit the figure was given in. Conversions move the decimal point,
//! so the value stays exact.

use super::numbers::{group, plain, shift_decimal};
use crate::data::{Indicator, Qualifier, Unit};
use crate::lang::Lang;

/// English words for a power of ten a number is written in.
fn en_scale(exp: i32) -> &'static str {
    match exp {
        3 => "thousand",
        6 => "million",
        9 => "billion",
        12 => "trillion",
        _ => "",
    }
}

/// Chinese words for a power of ten a number is written in.
fn zh_scale(exp: i32) -> &'static str {
    match exp {
        4 => "万",
        8 => "亿",
        12 => "万亿",
        _ => "",
    }
}

/// The unit written after a number, in a language.
pub fn unit_suffix(unit: &Unit, value: f64, lang: Lang) -> &str {
    match lang {
        Lang::Zh => &unit.def().zh,
        Lang::En => unit.en(value),
    }
}

/// A value's parts: the numbers (one, or a range's two ends, in one scale), the scale's
/// word, and the name of what is counted.
struct Parts {
    low: String,
    high: Option<String>,
    scale: &'static str,
    name: String,
}

/// The name of one unit of a scaled unit's things: a library unit's base (`wan_person` →
/// people), a declared one's own name without its "× 10,000" (`× 10,000 chickens` →
/// chickens); `None` when it cannot be told.
fn thing_name(unit: &Unit, lang: Lang, many: bool) -> Option<String> {
    if Unit::library(unit.code()).is_some() {
        let base = Unit::base_of(unit.dimension());
        return Some(unit_suffix(&base, if many { 2.0 } else { 1.0 }, lang).to_string());
    }
    match lang {
        Lang::Zh => {
            let zh = &unit.def().zh;
            ["万亿", "亿", "万"].iter().find_map(|s| zh.strip_prefix(s)).map(str::to_string)
        }
        Lang::En => {
            let en = unit.en(2.0);
            let en = en.strip_prefix("× ").unwrap_or(en);
            let mut words = en.split(' ').peekable();
            words.next().filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))?;
            if words
                .peek()
                .is_some_and(|w| ["thousand", "million", "billion", "trillion"].contains(w))
            {
                words.next();
            }
            let rest: Vec<&str> = words.collect();
            (!rest.is_empty()).then(|| rest.join(" "))
        }
    }
}

/// The numbers of a value (and a range's high end) as a reader of `lang` expects them.
fn parts(value: f64, max: Option<f64>, unit: &Unit, lang: Lang) -> Parts {
    let dim = unit.dimension();
    let shift = unit.decimal_shift().filter(|&k| k >= 0);
    let top = max.unwrap_or(value);
    let own = || Parts {
        low: group(&plain(value)),
        high: max.map(|m| group(&plain(m))),
        scale: "",
        name: unit_suffix(unit, top, lang).to_string(),
    };
    let Some(k) = shift else { return own() };
    // In the base unit of its things, exactly.
    let in_base = top * unit.factor();
    let exact = |v: f64| shift_decimal(&plain(v), k);
    if !dim.scales() {
        // Rates and amounts per head: Chinese keeps the report's 万元/户; English writes the
        // base unit (50,000 yuan/household), without scale words.
        let name = (lang == Lang::En && k > 0).then(|| thing_name(unit, lang, in_base != 1.0));
        return match name.flatten() {
            Some(name) => Parts {
                low: group(&exact(value)),
                high: max.map(|m| group(&exact(m))),
                scale: "",
                name,
            },
            None => own(),
        };
    }
    let name = if k == 0 {
        Some(unit_suffix(unit, in_base, lang).to_string())
    } else {
        thing_name(unit, lang, in_base != 1.0)
    };
    let Some(name) = name else { return own() };
    let (steps, at_least): (&[i32], f64) = match lang {
        Lang::En => (&[12, 9, 6], 0.999_999),
        Lang::Zh => (&[12, 8, 4], 0.999_999),
    };
    let exp = steps.iter().copied().find(|&e| in_base >= 10f64.powi(e) * at_least).unwrap_or(0);
    let scaled = |v: f64| group(&shift_decimal(&exact(v), -exp));
    Parts { low: scaled(value), high: max.map(scaled), scale: scale_word(exp, lang), name }
}

fn scale_word(exp: i32, lang: Lang) -> &'static str {
    match lang {
        Lang::En => en_scale(exp),
        Lang::Zh => zh_scale(exp),
    }
}

/// Whether a number reads as round to a Chinese reader: a whole number of tens or more
/// (960, 100), before which 多 goes ahead of the scale (960多万).
fn round(n: &str) -> bool {
    let digits: String = n.chars().filter(|c| *c != ',').collect();
    digits.len() >= 2 && digits.ends_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The whole value as people read it: `7.2 million yuan`, `约1亿人`, `960多万人`,
/// `nearly 1,000 people`, `3–5 × …`.
pub fn value(value: f64, unit: &Unit, q: Qualifier, lang: Lang) -> String {
    worded(value, None, unit, q, lang, true)
}

/// A value that may be a range (`value_max`): `30,000–50,000 yuan`, `3至5万元`.
pub fn value_range(value: f64, max: Option<f64>, unit: &Unit, q: Qualifier, lang: Lang) -> String {
    worded(value, max, unit, q, lang, true)
}

/// A figure's value as given, a range as a range.
pub fn figure(ind: &Indicator, lang: Lang) -> String {
    value_range(ind.value, ind.more().value_max, &ind.unit, ind.qualifier, lang)
}

/// A value without the name of what it counts, for a chart whose title names it: `≈100
/// million`, `约1亿`, `960多万`.
pub fn bare(value: f64, max: Option<f64>, unit: &Unit, q: Qualifier, lang: Lang) -> String {
    worded(value, max, unit, q, lang, false)
}

/// The name of what a value counts, as written after it: `people`, `人`, `yuan/household`.
pub fn name(value: f64, max: Option<f64>, unit: &Unit, lang: Lang) -> String {
    parts(value, max, unit, lang).name
}

/// The value's words, with or without the name of what is counted.
fn worded(v: f64, max: Option<f64>, unit: &Unit, q: Qualifier, lang: Lang, named: bool) -> String {
    let p = parts(v, max, unit, lang);
    let count = unit.dimension().is_count();
    match lang {
        Lang::En => {
            let n = match &p.high {
                Some(h) => format!("{}–{h}", p.low),
                None => p.low.clone(),
            };
            let n = if p.scale.is_empty() { n } else { format!("{n} {}", p.scale) };
            let n = match q {
                Qualifier::Exact => n,
                Qualifier::AtLeast if count => format!("{n}+"),
                Qualifier::AtLeast => format!("≥{n}"),
                Qualifier::About => format!("≈{n}"),
                Qualifier::AtMost => format!("≤{n}"),
                Qualifier::Nearly => format!("nearly {n}"),
            };
            if named { format!("{n} {}", p.name) } else { n }
        }
        Lang::Zh => {
            let name = if named { p.name.as_str() } else { "" };
            let n = match &p.high {
                Some(h) => format!("{}至{h}", p.low),
                None => p.low.clone(),
            };
            let s = p.scale;
            match q {
                Qualifier::Exact => format!("{n}{s}{name}"),
                Qualifier::AtLeast if count && p.high.is_none() => {
                    if round(&n) {
                        format!("{n}多{s}{name}")
                    } else if !s.is_empty() {
                        format!("{n}{s}多{name}")
                    } else {
                        format!("{n}{name}以上")
                    }
                }
                Qualifier::AtLeast => format!("不低于{n}{s}{name}"),
                Qualifier::About => format!("约{n}{s}{name}"),
                Qualifier::AtMost => format!("不超过{n}{s}{name}"),
                Qualifier::Nearly => format!("近{n}{s}{name}"),
            }
        }
    }
}

/// The qualifier in words.
pub fn qualifier_words(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Exact, Lang::En) => "exact figure",
        (Qualifier::AtLeast, Lang::En) => "at least (the report says more than)",
        (Qualifier::About, Lang::En) => "approximately",
        (Qualifier::AtMost, Lang::En) => "at most",
        (Qualifier::Nearly, Lang::En) => "nearly: just under the figure (the report says 近)",
        (Qualifier::Exact, Lang::Zh) => "确数",
        (Qualifier::AtLeast, Lang::Zh) => "不少于(报道称“余/多/不低于”)",
        (Qualifier::About, Lang::Zh) => "约数(报道称“约/左右”)",
        (Qualifier::AtMost, Lang::Zh) => "不超过(报道称“以内”)",
        (Qualifier::Nearly, Lang::Zh) => "接近,略少于此数(报道称“近”)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Dimension, DimensionDef, Text, UnitDef};

    fn u(code: &str) -> Unit {
        Unit::library(code).unwrap()
    }

    /// A unit a dataset declares.
    fn declared(code: &str, zh: &str, en: &str, plural: &str, dim: Dimension, factor: f64) -> Unit {
        let def = UnitDef {
            code: code.into(),
            zh: zh.into(),
            en: en.into(),
            en_plural: Some(plural.into()),
            dimension: dim.code().into(),
            factor,
            whole: factor == 1.0,
        };
        Unit::new(def, dim)
    }

    /// Value, unit, qualifier → text, in both languages: one row per case.
    #[test]
    fn values_read_right_in_both_languages() {
        use Qualifier::*;
        let committee =
            declared("unit_org", "家单位", "unit", "units", Dimension::Organisations, 1.0);
        let county_unit = declared(
            "county_area",
            "县市区",
            "county or district",
            "counties or districts",
            Dimension::Counties,
            1.0,
        );
        let chickens = declared(
            "wan_chicken",
            "万只",
            "× 10,000 chicken",
            "× 10,000 chickens",
            Dimension::Livestock,
            1e4,
        );
        let teams = declared(
            "wan_team",
            "万支队伍",
            "× 10,000 team",
            "× 10,000 teams",
            Dimension::Teams,
            1e4,
        );
        let cities =
            DimensionDef { id: "cities".into(), label: Text::new("市", "cities"), whole: true };
        let city = declared("city", "个市", "city", "cities", cities.dimension(), 1.0);
        let table: &[(f64, &Unit, Qualifier, &str, &str)] = &[
            (720.0, &u("wan_yuan"), Exact, "720万元", "7.2 million yuan"),
            (83982.5, &u("wan_yuan"), About, "约8.39825亿元", "≈839.825 million yuan"),
            (23.0, &u("wan_yuan"), Exact, "23万元", "230,000 yuan"),
            (100.0, &u("person"), AtLeast, "100多人", "100+ people"),
            (1000.0, &u("person"), About, "约1,000人", "≈1,000 people"),
            (1000.0, &u("person"), Nearly, "近1,000人", "nearly 1,000 people"),
            (1.0, &u("yi_person"), Nearly, "近1亿人", "nearly 100 million people"),
            (1.0, &u("yi_person"), About, "约1亿人", "≈100 million people"),
            (1e8, &u("person"), About, "约1亿人", "≈100 million people"),
            (960.0, &u("wan_person"), AtLeast, "960多万人", "9.6 million+ people"),
            (9_600_000.0, &u("person"), AtLeast, "960多万人", "9.6 million+ people"),
            (25.0, &teams, AtLeast, "25万多支队伍", "250,000+ teams"),
            (3.5, &u("wan_person"), AtLeast, "3.5万多人", "35,000+ people"),
            (12.3, &u("wan_village"), AtLeast, "12.3万多个村", "123,000+ villages"),
            (25.0, &u("person"), AtLeast, "25人以上", "25+ people"),
            (12.8, &u("wan_village"), Exact, "12.8万个村", "128,000 villages"),
            (128_000.0, &u("village"), Exact, "12.8万个村", "128,000 villages"),
            (1.6, &u("wanyi_yuan"), Exact, "1.6万亿元", "1.6 trillion yuan"),
            (160_000_000.0, &u("wan_yuan"), Exact, "1.6万亿元", "1.6 trillion yuan"),
            (6688.0, &u("yi_yuan"), Exact, "6,688亿元", "668.8 billion yuan"),
            (5544.0, &u("yuan_per_person_year"), Exact, "5,544元/人·年", "5,544 yuan/person/year"),
            (7.0, &u("percent_per_year"), AtLeast, "不低于7%/年", "≥7 %/year"),
            (5.0, &u("wan_yuan_per_household"), AtMost, "不超过5万元/户", "≤50,000 yuan/household"),
            (1.0, &u("household"), Exact, "1户", "1 household"),
            (1115.0, &u("mu"), Exact, "1,115亩", "1,115 mu"),
            (307.0, &committee, Exact, "307家单位", "307 units"),
            (343.0, &county_unit, Exact, "343县市区", "343 counties or districts"),
            (1.0, &chickens, Exact, "1万只", "10,000 chickens"),
            (14.0, &city, Exact, "14个市", "14 cities"),
            (3.0, &u("percentage_point"), Exact, "3个百分点", "3 percentage points"),
            (2.5, &u("times"), Exact, "2.5倍", "2.5 times"),
            (18.0, &u("month"), AtMost, "不超过18个月", "≤18 months"),
        ];
        for &(v, unit, q, zh, en) in table {
            assert_eq!(value(v, unit, q, Lang::Zh), zh, "{v} {} {q:?}", unit.code());
            assert_eq!(value(v, unit, q, Lang::En), en, "{v} {} {q:?}", unit.code());
        }
    }

    #[test]
    fn ranges_read_as_ranges() {
        let r =
            |lo, hi, unit: &str, lang| value_range(lo, Some(hi), &u(unit), Qualifier::Exact, lang);
        assert_eq!(r(3.0, 5.0, "wan_yuan", Lang::Zh), "3至5万元");
        assert_eq!(r(3.0, 5.0, "wan_yuan", Lang::En), "30,000–50,000 yuan");
        assert_eq!(r(1.0, 2.0, "project", Lang::Zh), "1至2个项目");
        assert_eq!(r(1.0, 2.0, "project", Lang::En), "1–2 projects");
        let about = value_range(3.0, Some(5.0), &u("wan_yuan"), Qualifier::About, Lang::Zh);
        assert_eq!(about, "约3至5万元");
    }
}
