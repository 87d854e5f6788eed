//! The unit of a figure, from the measure word or unit written after it (名, 户, 个村, 万元,
//! 亩, %) and, for a few per-person or per-household amounts, the words before it.

use crate::data::{Dimension, Unit, UnitDef};

/// A unit found after a numeral, and the bytes its words take.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// The unit: from the standard library, or declared by the draft.
    pub unit: Unit,
    /// Whether the draft has to declare it (no library unit fits).
    pub declared: bool,
    /// Bytes of the measure word (and of the noun, for 个村, 个片区).
    pub len: usize,
}

/// Measure words and the library unit each stands for, longest first where one starts
/// another. 个 and 项 are read with the noun after or before them.
const WORDS: &[(&str, &str)] = &[
    ("元", "yuan"),
    ("名", "person"),
    ("人次", "person_visit"),
    ("人", "person"),
    ("户", "household"),
    ("亩", "mu"),
    ("公顷", "hectare"),
    ("头", "head"),
    ("公里", "km"),
    ("千米", "km"),
    ("米", "metre"),
    ("%", "percent"),
    ("％", "percent"),
    ("岁", "age_years"),
    ("个月", "month"),
    ("年", "year"),
    ("家", "enterprise"),
    ("所", "school"),
    ("支", "team"),
    ("场", "session"),
    ("份", "copy"),
];

/// Nouns after 个 and what they count; the last one in the few characters after 个 is the
/// head of the phrase (个村级联合党委 counts committees).
const NOUNS: &[(&str, &str)] = &[
    ("村", "village"),
    ("乡镇", "township"),
    ("镇", "township"),
    ("县", "county"),
    ("省", "province"),
    ("片区", "area"),
    ("项目", "project"),
    ("企业", "enterprise"),
    ("公司", "enterprise"),
    ("合作社", "enterprise"),
    ("党委", "committee"),
    ("支部", "committee"),
    ("组织", "committee"),
    ("学校", "school"),
    ("队", "team"),
];

/// The unit written at the start of `after`, scaled by `scale` (万, 亿, 万亿), given the
/// words `before` the numeral in its clause. `chinese` tells whether the numeral was
/// written in Chinese (only those take 大: 六大工程).
pub fn measure(after: &str, before: &str, scale: Option<&str>, chinese: bool) -> Option<Measure> {
    let (base, len) = base_unit(after, before, chinese).or_else(|| {
        // 9899万农村贫困人口, 近1亿贫困人口: a scale word, then the people it counts.
        let noun: String = after.chars().take_while(|c| !is_break(*c)).take(8).collect();
        (scale.is_some() && noun.contains("人口")).then_some(("person", 0))
    })?;
    let base = per_what(base, before);
    Some(scaled(base, scale, len))
}

fn base_unit(after: &str, before: &str, chinese: bool) -> Option<(&'static str, usize)> {
    if let Some(rest) = after.strip_prefix('个') {
        if rest.starts_with('月') {
            return Some(("month", "个月".len()));
        }
        let window: String = rest.chars().take_while(|c| !is_break(*c)).take(6).collect();
        let (at, code, word) = NOUNS
            .iter()
            .filter_map(|(w, code)| window.rfind(w).map(|at| (at, *code, *w)))
            .max_by_key(|(at, _, w)| at + w.len())?;
        return Some((code, '个'.len_utf8() + at + word.len()));
    }
    if after.starts_with('项') {
        let near: String =
            before.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
        let code = if near.contains("项目") { "project" } else { "program" };
        return Some((code, '项'.len_utf8()));
    }
    // 六大扶贫工程 counts programmes; 十八大以来 is a party congress.
    const CONGRESS: [&str; 6] = ["以来", "精神", "报告", "召开", "代表", "胜利"];
    if chinese
        && after.starts_with('大')
        && !before.ends_with("党的")
        && !CONGRESS.iter().any(|w| after['大'.len_utf8()..].starts_with(w))
    {
        return Some(("program", '大'.len_utf8()));
    }
    WORDS.iter().find(|(w, _)| after.starts_with(w)).map(|(w, code)| (*code, w.len()))
}

/// A rate per year, a standard per person and year, an amount per household: read from the
/// words just before the figure.
fn per_what(base: &'static str, before: &str) -> &'static str {
    // The clause up to the figure: after the last comma or semicolon.
    let near = before.rfind(['，', ',', '；', ';']).map_or(before, |i| &before[i..]);
    match base {
        "percent"
            if near.contains("年收益") || near.contains("年均") || near.contains("年增长") =>
        {
            "percent_per_year"
        }
        "yuan" if near.contains("标准") || near.contains("人均") || near.contains("每人每年") => {
            "yuan_per_person_year"
        }
        "yuan" if per_household(near) => "yuan_per_household",
        _ => base,
    }
}

/// 户均, 每户, or 为…户…提供 (an amount offered to each household), in the clause.
fn per_household(clause: &str) -> bool {
    clause.contains("户均")
        || clause.contains("每户")
        || clause
            .rfind('为')
            .is_some_and(|i| clause[i..].contains('户') && clause[i..].contains("提供"))
}

/// The base unit under a scale word: a library unit where there is one (万元, 万人), else a
/// unit the draft declares (万头: × 10,000 head).
fn scaled(base: &str, scale: Option<&str>, len: usize) -> Measure {
    let library = |code: &str| Unit::library(code);
    let base_unit = library(base).unwrap_or_else(|| Unit::base_of(Dimension::People));
    let Some(scale) = scale else {
        return Measure { unit: base_unit, declared: false, len };
    };
    let (prefix, factor, en) = match scale {
        "万" => ("wan", 1e4, "× 10,000"),
        "亿" => ("yi", 1e8, "× 100 million"),
        _ => ("wanyi", 1e12, "× 1 trillion"),
    };
    let code = match base {
        "yuan_per_household" => format!("{prefix}_yuan_per_household"),
        _ => format!("{prefix}_{base}"),
    };
    if let Some(unit) = library(&code) {
        return Measure { unit, declared: false, len };
    }
    let def = base_unit.def();
    let plural = def.en_plural.as_deref().unwrap_or(&def.en);
    let unit = Unit::new(
        UnitDef {
            code,
            zh: format!("{scale}{}", def.zh),
            en: format!("{en} {plural}"),
            en_plural: None,
            dimension: def.dimension.clone(),
            factor: def.factor * factor,
            whole: false,
        },
        base_unit.dimension(),
    );
    Measure { unit, declared: true, len }
}

/// Punctuation and digits that end a noun phrase.
pub fn is_break(c: char) -> bool {
    c.is_ascii_digit() || "，,。、；;：:！!？?（）()“”\"《》 \n".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(after: &str, before: &str, scale: Option<&str>, chinese: bool) -> Option<String> {
        measure(after, before, scale, chinese).map(|m| m.unit.code().to_string())
    }

    #[test]
    fn measure_words_give_units() {
        for (after, want) in [
            ("名优秀党员", "person"),
            ("人自我脱贫", "person"),
            ("户农户", "household"),
            ("个村居挂钩", "village"),
            ("个村级联合党委", "committee"),
            ("个试点村与实验区", "village"),
            ("个片区", "area"),
            ("家企业", "enterprise"),
            ("%", "percent"),
            ("岁以下", "age_years"),
            ("年以内", "year"),
            ("个月", "month"),
            ("亩", "mu"),
            ("头", "head"),
            ("公里", "km"),
            ("元提高到", "yuan"),
        ] {
            assert_eq!(code(after, "", None, false).as_deref(), Some(want), "{after}");
        }
        assert_eq!(code("项", "特色乡村旅游项目", None, false).as_deref(), Some("project"));
        assert_eq!(code("大扶贫工程", "实施", None, true).as_deref(), Some("program"));
        assert_eq!(code("大扶贫工程", "实施", None, false), None);
        assert_eq!(
            code("元", "农村低保标准从", None, false).as_deref(),
            Some("yuan_per_person_year")
        );
        assert_eq!(
            code("%", "确保年收益率不低于", None, false).as_deref(),
            Some("percent_per_year")
        );
        assert_eq!(code("个", "", None, false), None, "个 with no noun after it");
        assert_eq!(code("是", "", None, false), None);
    }

    #[test]
    fn scales_use_library_units_or_declare_one() {
        assert_eq!(code("元", "", Some("万"), false).as_deref(), Some("wan_yuan"));
        assert_eq!(code("元", "", Some("万亿"), false).as_deref(), Some("wanyi_yuan"));
        assert_eq!(code("人", "", Some("万"), false).as_deref(), Some("wan_person"));
        assert_eq!(code("个贫困村", "", Some("万"), false).as_deref(), Some("wan_village"));
        let m = measure("元", "为贫困户提供", Some("万"), false).unwrap();
        assert_eq!(m.unit.code(), "wan_yuan_per_household");
        let m = measure("元", "为贫困户提供贷款,目前已放款5户", Some("万"), false).unwrap();
        assert_eq!(m.unit.code(), "wan_yuan", "the offer is in another clause");
        assert_eq!(
            code("元提高到", "我区农村低保标准从5544元提高到", None, false).as_deref(),
            Some("yuan_per_person_year")
        );
        let m = measure("头", "", Some("万"), false).unwrap();
        assert!(m.declared);
        assert_eq!((m.unit.code(), m.unit.def().zh.as_str()), ("wan_head", "万头"));
        assert_eq!(m.unit.factor(), 1e4);
    }
}
