//! The unit of a figure, from the measure word or unit written after it (名, 户, 个村, 万元,
//! 亩, %, 盏), the noun around it for a measure word of things (路灯481盏, 33个金融服务站),
//! and, for a few per-person or per-household amounts, the words before it.

use crate::data::{Dimension, DimensionDef, Text, Unit, UnitDef};

use super::label;
use super::tables::is_break;
use super::tables::{AFTER, MEASURES, NOUNS, PER_PERSON_MONTH, Physical, Stands};

/// A unit found after a numeral, and the bytes its words take.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// The unit: from the standard library, or declared by the draft.
    pub unit: Unit,
    /// Whether the draft has to declare it (no library unit fits).
    pub declared: bool,
    /// Bytes of the measure word.
    pub len: usize,
    /// For a measure word of things (个, 盏): the noun phrase of what it counts. When the
    /// library has no unit for it, `unit` is in the dimension `things`, labelled with the
    /// phrase's head noun, for the draft to declare.
    pub noun: Option<String>,
    /// The measure word of things it was read from (个, 盏).
    pub word: Option<&'static str>,
}

/// The nouns counted before a figure, for a count that names none (剩余28个, 增至1000多只).
#[derive(Debug, Clone, Copy, Default)]
pub struct Carried<'a> {
    /// What the sentence's last count counted.
    pub sentence: Option<&'a str>,
    /// Counts of this line and the one before, each with its measure word and noun.
    pub near: &'a [(&'static str, String)],
}

impl Carried<'_> {
    /// The noun a count written with `word` and no noun of its own counts: the sentence's
    /// last one, else the last one counted with the same word nearby (not for 个, which
    /// counts anything).
    fn noun(&self, word: &str) -> Option<String> {
        self.sentence.map(str::to_string).or_else(|| {
            (word != "个")
                .then(|| self.near.iter().rev().find(|(w, _)| *w == word).map(|(_, n)| n.clone()))
                .flatten()
        })
    }
}

/// The dimension id of things a draft still has to declare (one per head noun).
pub const THINGS: &str = "things";

/// A scale word read before the unit: its name and factor (万, 10,000).
pub type Scale = Option<(&'static str, f64)>;

/// The unit written at the start of `after`, scaled by `scale`, given the words `before`
/// the numeral in its clause. `chinese` tells whether the numeral was written in Chinese
/// (only those take 大: 六大工程); `carried` is the noun the last count of the sentence
/// counted (贫困村31个, 剩余28个: 28 villages).
pub fn measure(
    after: &str,
    before: &str,
    scale: Scale,
    chinese: bool,
    carried: Carried,
) -> Option<Measure> {
    if let Some(m) = special(after, before, chinese) {
        return Some(scaled(m.0, scale, m.1));
    }
    let Some(&(word, stands)) = MEASURES.iter().find(|(w, _)| after.starts_with(w)) else {
        // 9899万农村贫困人口, 总人口27万: a scale word and the people it counts.
        let noun: String = after.chars().take_while(|c| !is_break(*c)).take(8).collect();
        let people = noun.contains("人口")
            || (noun.is_empty() && label::noun_before(before).is_some_and(|n| n.ends_with("人口")));
        return (scale.is_some() && people).then(|| scaled("person", scale, 0));
    };
    match stands {
        Stands::Library(code) => Some(scaled(per_what(code, before), scale, word.len())),
        Stands::Physical(p) => Some(physical(p, scale, word.len())),
        Stands::Things => things(word, &after[word.len()..], before, scale, carried),
    }
}

/// 项 (a project or a programme) and 大 (六大扶贫工程 counts programmes; 十八大 does not).
fn special(after: &str, before: &str, chinese: bool) -> Option<(&'static str, usize)> {
    if after.starts_with('项') {
        let near: String =
            before.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
        let code = if near.contains("项目") { "project" } else { "program" };
        return Some((code, '项'.len_utf8()));
    }
    const CONGRESS: [&str; 6] = ["以来", "精神", "报告", "召开", "代表", "胜利"];
    (chinese
        && after.starts_with('大')
        && !before.ends_with("党的")
        && !CONGRESS.iter().any(|w| after['大'.len_utf8()..].starts_with(w)))
    .then_some(("program", '大'.len_utf8()))
}

/// A measure word of things: what it counts is the noun after it (past 以上, 多: 1个以上增收
/// 项目), else the noun before the numeral, else the one the sentence's last count counted.
fn things(
    word: &'static str,
    rest: &str,
    before: &str,
    scale: Scale,
    carried: Carried,
) -> Option<Measure> {
    let past = AFTER.iter().find(|(w, _)| rest.starts_with(w)).map_or(0, |(w, _)| w.len());
    let phrase = label::noun_after(&rest[past..])
        .or_else(|| label::noun_before(before))
        .or_else(|| (word == "次").then(|| label::last_word(before)).flatten())
        .or_else(|| label::first_noun(&rest[past..]))
        .or_else(|| carried.noun(word))?;
    // 个 with a noun the library counts (个村, 个项目, 个贫困县) is that library unit.
    let noun = label::head(&phrase);
    if word == "个"
        && let Some((_, code)) = NOUNS
            .iter()
            .filter_map(|(w, code)| noun.rfind(w).map(|at| (at + w.len(), code)))
            .max_by_key(|(end, _)| *end)
    {
        let mut m = scaled(code, scale, word.len());
        m.noun = Some(phrase);
        m.word = Some(word);
        return Some(m);
    }
    let (prefix, factor) = scale.map_or(("", 1.0), |(w, f)| (w, f));
    let zh = format!("{prefix}{word}");
    let dim = DimensionDef {
        id: THINGS.into(),
        label: Text::new(noun.clone(), crate::data::model::TODO_MARK),
        whole: true,
    };
    let unit = Unit::new(
        UnitDef {
            code: THINGS.into(),
            zh,
            en: crate::data::model::TODO_MARK.into(),
            en_plural: None,
            dimension: THINGS.into(),
            factor,
            whole: scale.is_none(),
        },
        dim.dimension(),
    );
    Some(Measure { unit, declared: true, len: word.len(), noun: Some(phrase), word: Some(word) })
}

/// A rate per year, a standard per person and year, an amount per household or per person
/// and month: read from the words just before the figure.
fn per_what(base: &'static str, before: &str) -> &'static str {
    // The clause up to the figure: after the last comma or semicolon.
    let near = before.rfind(['，', ',', '；', ';']).map_or(before, |i| &before[i..]);
    match base {
        "percent"
            if near.contains("年收益") || near.contains("年均") || near.contains("年增长") =>
        {
            "percent_per_year"
        }
        "yuan" if near.contains("每人每月") || near.contains("人均每月") => {
            "yuan_per_person_month"
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

/// The prefix of a scaled unit's code.
fn prefix(scale: &str) -> &'static str {
    match scale {
        "万" => "wan",
        "亿" => "yi",
        "千" => "qian",
        _ => "wanyi",
    }
}

/// A unit the table names that the library lacks (吨, 千瓦, 旬), with its scale.
fn physical(p: &Physical, scale: Scale, len: usize) -> Measure {
    let (zh_scale, factor) = scale.map_or(("", 1.0), |(w, f)| (w, f));
    let code = match scale {
        Some((w, _)) => format!("{}_{}", prefix(w), p.code),
        None => p.code.to_string(),
    };
    let dimension = Dimension::from_code(p.dimension).unwrap_or_else(|| {
        DimensionDef {
            id: p.dimension.into(),
            label: Text::new(p.label.0, p.label.1),
            whole: false,
        }
        .dimension()
    });
    let en = match scale {
        Some(_) => format!("× {} {}", crate::words::number(factor), p.en),
        None => p.en.to_string(),
    };
    let def = UnitDef {
        code,
        zh: format!("{zh_scale}{}", p.zh),
        en,
        en_plural: None,
        dimension: p.dimension.into(),
        factor: p.factor * factor,
        whole: false,
    };
    Measure { unit: Unit::new(def, dimension), declared: true, len, noun: None, word: None }
}

/// The base unit under a scale word: a library unit where there is one (万元, 万人), else a
/// unit the draft declares (万头: × 10,000 head).
fn scaled(base: &str, scale: Scale, len: usize) -> Measure {
    if base == "yuan_per_person_month" {
        return physical(PER_PERSON_MONTH, scale, len);
    }
    let library = |code: &str| Unit::library(code);
    let base_unit = library(base).unwrap_or_else(|| Unit::base_of(Dimension::People));
    let Some((scale, factor)) = scale else {
        return Measure { unit: base_unit, declared: false, len, noun: None, word: None };
    };
    let code = format!("{}_{base}", prefix(scale));
    if let Some(unit) = library(&code) {
        return Measure { unit, declared: false, len, noun: None, word: None };
    }
    let def = base_unit.def();
    let plural = def.en_plural.as_deref().unwrap_or(&def.en);
    let unit = Unit::new(
        UnitDef {
            code,
            zh: format!("{scale}{}", def.zh),
            en: format!("× {} {plural}", crate::words::number(factor)),
            en_plural: None,
            dimension: def.dimension.clone(),
            factor: def.factor * factor,
            whole: false,
        },
        base_unit.dimension(),
    );
    Measure { unit, declared: true, len, noun: None, word: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(after: &str, before: &str, scale: Scale, chinese: bool) -> Option<String> {
        measure(after, before, scale, chinese, Carried::default())
            .map(|m| m.unit.code().to_string())
    }

    const WAN: Scale = Some(("万", 1e4));

    /// The measure-word cases, one row each: words after, words before, unit code.
    #[test]
    fn measure_words_give_units() {
        for (after, before, want) in [
            ("名优秀党员", "", "person"),
            ("人自我脱贫", "", "person"),
            ("位同志", "等", "person"),
            ("口人", "家有", "person"),
            ("户农户", "", "household"),
            ("个村居挂钩", "", "village"),
            ("个村级联合党委", "", "committee"),
            ("个试点村与实验区", "", "village"),
            ("个片区", "", "area"),
            ("个，", "贫困县由", "county"),
            ("个。", "省份有", "province"),
            ("个以上增收项目", "均有", "project"),
            ("家企业", "", "enterprise"),
            ("%", "", "percent"),
            ("岁以下", "", "age_years"),
            ("年以内", "", "year"),
            ("个月", "", "month"),
            ("个百分点", "比上年快", "percentage_point"),
            ("倍", "增长近", "times"),
            ("亩", "", "mu"),
            ("头", "", "head"),
            ("公里", "", "km"),
            ("元提高到", "", "yuan"),
            ("块钱", "卖了近", "yuan"),
            ("吨", "", "ton"),
            ("斤", "", "jin"),
            ("公斤", "", "kg"),
            ("千瓦", "", "kw"),
            ("平方米", "", "square_metre"),
            ("立方米", "", "cubic_metre"),
            ("旬", "年近", "decade_of_age"),
            ("元", "每人每月", "yuan_per_person_month"),
            ("盏", "路灯", "things"),
            ("个金融服务站", "全县", "things"),
            ("处", "人饮项目", "things"),
            ("台", "配变压器", "things"),
        ] {
            assert_eq!(code(after, before, None, false).as_deref(), Some(want), "{before}|{after}");
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
        assert_eq!(code("个", "", None, false), None, "个 with no noun anywhere");
        assert_eq!(code("是", "", None, false), None);
        let carried =
            measure("个，", "剩余", None, false, Carried { sentence: Some("贫困村"), near: &[] })
                .unwrap();
        assert_eq!(carried.unit.code(), "village");
        let near = [("只", "兔子".to_string())];
        let rabbits =
            measure("只。", "养兔规模就增至", None, false, Carried { sentence: None, near: &near });
        assert_eq!(rabbits.and_then(|m| m.noun).as_deref(), Some("兔子"));
        let acts = measure("次，", "共打击破坏扶贫工作行为", None, false, Carried::default());
        assert_eq!(acts.and_then(|m| m.noun).as_deref(), Some("行为"));
        let lamps = measure("盏左右", "太阳能路灯", None, false, Carried::default()).unwrap();
        assert_eq!(lamps.noun.as_deref(), Some("太阳能路灯"));
        assert_eq!(lamps.unit.dimension().code(), THINGS);
        assert_eq!(lamps.unit.def().zh, "盏");
    }

    #[test]
    fn scales_use_library_units_or_declare_one() {
        assert_eq!(code("元", "", WAN, false).as_deref(), Some("wan_yuan"));
        assert_eq!(code("元", "", Some(("万亿", 1e12)), false).as_deref(), Some("wanyi_yuan"));
        assert_eq!(code("人", "", WAN, false).as_deref(), Some("wan_person"));
        assert_eq!(code("个贫困村", "", WAN, false).as_deref(), Some("wan_village"));
        assert_eq!(code("", "总人口", WAN, false).as_deref(), Some("wan_person"));
        assert_eq!(code("元", "", Some(("千", 1e3)), false).as_deref(), Some("qian_yuan"));
        let m = measure("元", "为贫困户提供", WAN, false, Carried::default()).unwrap();
        assert_eq!(m.unit.code(), "wan_yuan_per_household");
        let m = measure("元", "为贫困户提供贷款,目前已放款5户", WAN, false, Carried::default())
            .unwrap();
        assert_eq!(m.unit.code(), "wan_yuan", "the offer is in another clause");
        let m = measure("头", "", WAN, false, Carried::default()).unwrap();
        assert!(m.declared);
        assert_eq!((m.unit.code(), m.unit.def().zh.as_str()), ("wan_head", "万头"));
        assert_eq!(m.unit.factor(), 1e4);
        let m = measure("处", "饮水安全工程", WAN, false, Carried::default()).unwrap();
        assert_eq!((m.unit.def().zh.as_str(), m.unit.factor()), ("万处", 1e4));
    }
}
