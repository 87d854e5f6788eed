//! The drafter's rule tables, each tested row by row: measure words and units, nouns that
//! name a library unit, things a measure word counts, counting words that are not counts,
//! and the qualifier words around a figure.

use crate::data::Qualifier;

/// What a measure word or unit written after a numeral stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stands {
    /// A unit of the standard library, by code.
    Library(&'static str),
    /// A physical unit the standard library lacks: the draft declares it.
    Physical(&'static Physical),
    /// A measure word of things (个, 盏, 处): what it counts is the noun around it.
    Things,
}

/// A unit the draft declares, in a dimension it declares too (or a built-in one).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Physical {
    /// Unit code.
    pub code: &'static str,
    /// Chinese name.
    pub zh: &'static str,
    /// English name.
    pub en: &'static str,
    /// The dimension: a built-in one's code, or one the draft declares.
    pub dimension: &'static str,
    /// The declared dimension's label (Chinese, English); empty for a built-in one.
    pub label: (&'static str, &'static str),
    /// Factor to the dimension's base unit.
    pub factor: f64,
}

const fn physical(
    code: &'static str,
    zh: &'static str,
    en: &'static str,
    dimension: &'static str,
    label: (&'static str, &'static str),
    factor: f64,
) -> Physical {
    Physical { code, zh, en, dimension, label, factor }
}

const WEIGHT: (&str, &str) = ("重量", "weight");
const TON: Physical = physical("ton", "吨", "tonnes", "weight", WEIGHT, 1000.0);
const KG: Physical = physical("kg", "公斤", "kg", "weight", WEIGHT, 1.0);
const JIN: Physical = physical("jin", "斤", "jin (0.5 kg)", "weight", WEIGHT, 0.5);
const KW: Physical = physical("kw", "千瓦", "kW", "power", ("功率", "power"), 1.0);
const KWH: Physical = physical("kwh", "度", "kWh", "electricity", ("电量", "electricity"), 1.0);
const KWH2: Physical =
    physical("kwh", "千瓦时", "kWh", "electricity", ("电量", "electricity"), 1.0);
const M2: Physical =
    physical("square_metre", "平方米", "m²", "floor_area", ("面积", "floor area"), 1.0);
const M3: Physical = physical("cubic_metre", "立方米", "m³", "volume", ("体积", "volume"), 1.0);
const DECADE: Physical = physical("decade_of_age", "旬", "decades of age", "age", ("", ""), 10.0);
const FEN: Physical = physical("fen", "分地", "fen (0.1 mu)", "land_area", ("", ""), 0.1);
const MONTHLY: Physical = physical(
    "yuan_per_person_month",
    "元/人·月",
    "yuan per person per month",
    "money_per_person_month",
    ("每人每月金额", "money per person per month"),
    1.0,
);

/// The monthly amount per person (每人每月300元).
pub const PER_PERSON_MONTH: &Physical = &MONTHLY;

/// Measure words and units after a numeral, longest first where one starts another.
pub const MEASURES: &[(&str, Stands)] = &[
    ("个百分点", Stands::Library("percentage_point")),
    ("个月", Stands::Library("month")),
    ("元", Stands::Library("yuan")),
    ("块钱", Stands::Library("yuan")),
    ("名", Stands::Library("person")),
    ("人次", Stands::Library("person_visit")),
    ("人", Stands::Library("person")),
    ("位", Stands::Library("person")),
    ("口人", Stands::Library("person")),
    ("户", Stands::Library("household")),
    ("亩", Stands::Library("mu")),
    ("公顷", Stands::Library("hectare")),
    ("头", Stands::Library("head")),
    ("公里", Stands::Library("km")),
    ("千米", Stands::Library("km")),
    ("平方米", Stands::Physical(&M2)),
    ("立方米", Stands::Physical(&M3)),
    ("米", Stands::Library("metre")),
    ("%", Stands::Library("percent")),
    ("％", Stands::Library("percent")),
    ("岁", Stands::Library("age_years")),
    ("旬", Stands::Physical(&DECADE)),
    ("年", Stands::Library("year")),
    ("家", Stands::Library("enterprise")),
    ("所", Stands::Library("school")),
    ("支", Stands::Library("team")),
    ("场", Stands::Library("session")),
    ("份", Stands::Library("copy")),
    ("倍", Stands::Library("times")),
    ("千瓦时", Stands::Physical(&KWH2)),
    ("千瓦", Stands::Physical(&KW)),
    ("度电", Stands::Physical(&KWH)),
    ("度", Stands::Physical(&KWH)),
    ("吨", Stands::Physical(&TON)),
    ("公斤", Stands::Physical(&KG)),
    ("千克", Stands::Physical(&KG)),
    ("斤", Stands::Physical(&JIN)),
    ("分地", Stands::Physical(&FEN)),
    ("个", Stands::Things),
    ("处", Stands::Things),
    ("间", Stands::Things),
    ("盏", Stands::Things),
    ("座", Stands::Things),
    ("台", Stands::Things),
    ("辆", Stands::Things),
    ("套", Stands::Things),
    ("栋", Stands::Things),
    ("幢", Stands::Things),
    ("棵", Stands::Things),
    ("株", Stands::Things),
    ("只", Stands::Things),
    ("张", Stands::Things),
    ("层", Stands::Things),
    ("次", Stands::Things),
    ("条", Stands::Things),
    ("批", Stands::Things),
    ("块", Stands::Things),
    ("眼", Stands::Things),
    ("口", Stands::Things),
];

/// Nouns that name a library unit, and that unit; the last one in a noun phrase is its
/// head (村级联合党委 counts committees).
pub const NOUNS: &[(&str, &str)] = &[
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

/// What a numeral with these words after it is not: a count. Each is a fixed phrase (the
/// three sectors of an economy, a classification), a time phrase, or a figure of speech.
pub const NOT_COUNTS: &[&str] = &[
    "大产业",
    "大区域",
    "大片区",
    "大地区",
    "个季度",
    "年来",
    "年以来",
    "年多来",
    "年多",
    "年间",
    "年里",
    "年中",
    "年内",
    "届",
    "级",
    "期",
];

/// Words that, said just before a numeral, make it no count (过去一年, 仅此一项).
pub const NOT_COUNTS_BEFORE: &[&str] = &["过去", "近些", "这", "那", "此", "哪", "每"];

/// Words just before a figure and the qualifier each gives; longer words first where one
/// ends another (不超过 before 超过).
pub const BEFORE: &[(&str, Qualifier)] = &[
    ("不超过", Qualifier::AtMost),
    ("不低于", Qualifier::AtLeast),
    ("不少于", Qualifier::AtLeast),
    ("至少", Qualifier::AtLeast),
    ("超过", Qualifier::AtLeast),
    ("多达", Qualifier::AtLeast),
    ("逾", Qualifier::AtLeast),
    ("最高", Qualifier::AtMost),
    ("最多", Qualifier::AtMost),
    ("不到", Qualifier::AtMost),
    ("不足", Qualifier::AtMost),
    ("大约", Qualifier::About),
    ("约", Qualifier::About),
    ("将近", Qualifier::Nearly),
    ("接近", Qualifier::Nearly),
    ("近", Qualifier::Nearly),
];

/// Words between a qualifier word and its figure that change nothing (至少在100万元).
pub const FILLER: &[&str] = &["在", "为", "达", "是", "有"];

/// Words just after a figure's unit and the qualifier each gives.
pub const AFTER: &[(&str, Qualifier)] = &[
    ("及以上", Qualifier::AtLeast),
    ("及以下", Qualifier::AtMost),
    ("以上", Qualifier::AtLeast),
    ("多", Qualifier::AtLeast),
    ("余", Qualifier::AtLeast),
    ("以内", Qualifier::AtMost),
    ("以下", Qualifier::AtMost),
    ("左右", Qualifier::About),
];

/// Words between a range's two ends (1至2个, 3-5万元, 300～400元).
pub const RANGE: &[&str] = &["至", "到", "-", "—", "–", "～", "~"];

/// Words after which a figure's noun is read before it (贫困县由51个: the noun is 贫困县).
pub const BEFORE_NUMBER: &[&str] = &[
    "共有", "仍有", "还有", "共计", "累计", "合计", "总计", "有", "共", "由", "达", "为", "等",
    "从", "至", "到", "在",
];

/// Punctuation, spaces and digits that end a noun phrase.
pub fn is_break(c: char) -> bool {
    c.is_ascii_digit()
        || c.is_whitespace()
        || "，,。、；;：:！!？?（）()“”\"《》【】…—-".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_is_shadowed_by_an_earlier_one() {
        // A measure word listed after one that starts it would never be read.
        for (k, (w, _)) in MEASURES.iter().enumerate() {
            for (v, _) in &MEASURES[..k] {
                assert!(!w.starts_with(v), "{w} comes after {v}");
            }
        }
        for (k, (w, _)) in BEFORE.iter().enumerate() {
            for (v, _) in &BEFORE[..k] {
                assert!(!w.ends_with(v), "{w} comes after {v}");
            }
        }
        for (k, (w, _)) in AFTER.iter().enumerate() {
            for (v, _) in &AFTER[..k] {
                assert!(!w.starts_with(v), "{w} comes after {v}");
            }
        }
    }
}
