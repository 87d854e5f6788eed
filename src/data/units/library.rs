//! The standard library: units every dataset may use without declaring them.

use std::sync::LazyLock;

use super::dimension::Dimension;
use super::unit::{Unit, UnitDef};

impl Unit {
    /// The library unit with this code, if there is one.
    pub fn library(code: &str) -> Option<Unit> {
        LIBRARY.iter().find(|u| u.code() == code).cloned()
    }

    /// Every library unit, in documentation order.
    pub fn all_library() -> &'static [Unit] {
        &LIBRARY
    }

    /// The base unit of a dimension; for a declared dimension, a unit named by its label.
    pub fn base_of(d: Dimension) -> Unit {
        if let Some(decl) = d.declared() {
            let (zh, en) = (&decl.label.zh(), &decl.label.en());
            return unit(def(&decl.id, zh, en, en, d, 1.0, decl.whole));
        }
        Unit::library(d.base()).unwrap_or_else(|| unit(def(d.base(), "", "", "", d, 1.0, false)))
    }
}

fn unit((def, dimension): (UnitDef, Dimension)) -> Unit {
    Unit::new(def, dimension)
}

fn def(
    code: &str,
    zh: &str,
    en: &str,
    en_plural: &str,
    d: Dimension,
    f: f64,
    whole: bool,
) -> (UnitDef, Dimension) {
    let def = UnitDef {
        code: code.into(),
        zh: zh.into(),
        en: en.into(),
        en_plural: (en_plural != en && !en_plural.is_empty()).then(|| en_plural.into()),
        dimension: d.code().into(),
        factor: f,
        whole,
    };
    (def, d)
}

/// The standard library: units every dataset may use without declaring them.
static LIBRARY: LazyLock<Vec<Unit>> = LazyLock::new(|| {
    use Dimension as D;
    let count = |code, zh, en, many, d| def(code, zh, en, many, d, 1.0, true);
    let scaled = |code, zh, en, d, f| def(code, zh, en, en, d, f, false);
    [
        count("person", "人", "person", "people", D::People),
        scaled("wan_person", "万人", "× 10,000 people", D::People, 1e4),
        scaled("yi_person", "亿人", "× 100 million people", D::People, 1e8),
        count("household", "户", "household", "households", D::Households),
        scaled("wan_household", "万户", "× 10,000 households", D::Households, 1e4),
        count("person_visit", "人次", "person-visit", "person-visits", D::PersonVisits),
        scaled("wan_person_visit", "万人次", "× 10,000 person-visits", D::PersonVisits, 1e4),
        count("village", "个村", "village", "villages", D::Villages),
        scaled("wan_village", "万个村", "× 10,000 villages", D::Villages, 1e4),
        count("township", "个乡镇", "township", "townships", D::Townships),
        count("county", "个县", "county", "counties", D::Counties),
        count("province", "个省份", "province", "provinces", D::Provinces),
        count("school", "所学校", "school", "schools", D::Schools),
        count("team", "支队伍", "team", "teams", D::Teams),
        count("enterprise", "家企业", "enterprise", "enterprises", D::Enterprises),
        count("project", "个项目", "project", "projects", D::Projects),
        scaled("wan_project", "万个项目", "× 10,000 projects", D::Projects, 1e4),
        count("committee", "个组织", "committee", "committees", D::Organisations),
        count("area", "个片区", "area", "areas", D::Areas),
        count("session", "场", "session", "sessions", D::Sessions),
        count("program", "项", "program", "programs", D::Programs),
        count("copy", "份", "copy", "copies", D::Copies),
        scaled("yuan", "元", "yuan", D::Money, 1.0),
        scaled("wan_yuan", "万元", "× 10k yuan", D::Money, 1e4),
        scaled("yi_yuan", "亿元", "× 100 million yuan", D::Money, 1e8),
        scaled("wanyi_yuan", "万亿元", "× 1 trillion yuan", D::Money, 1e12),
        scaled("yuan_per_person_year", "元/人·年", "yuan/person/year", D::MoneyPerPersonYear, 1.0),
        scaled("yuan_per_household", "元/户", "yuan/household", D::MoneyPerHousehold, 1.0),
        scaled(
            "wan_yuan_per_household",
            "万元/户",
            "× 10k yuan/household",
            D::MoneyPerHousehold,
            1e4,
        ),
        scaled("percent", "%", "%", D::Share, 1.0),
        scaled("percent_per_year", "%/年", "%/year", D::AnnualRate, 1.0),
        def("year", "年", "year", "years", D::Duration, 1.0, false),
        def("month", "个月", "month", "months", D::Duration, 1.0 / 12.0, true),
        count("age_years", "岁", "years old", "years old", D::Age),
        scaled("mu", "亩", "mu", D::LandArea, 1.0),
        scaled("wan_mu", "万亩", "× 10,000 mu", D::LandArea, 1e4),
        scaled("hectare", "公顷", "hectare", D::LandArea, 15.0),
        count("head", "头", "head", "head", D::Livestock),
        scaled("km", "公里", "km", D::Length, 1.0),
        def("metre", "米", "metre", "metres", D::Length, 1e-3, false),
        def(
            "percentage_point",
            "个百分点",
            "percentage point",
            "percentage points",
            D::PercentagePoints,
            1.0,
            false,
        ),
        scaled("yuan_per_person", "元/人", "yuan/person", D::MoneyPerPerson, 1.0),
        def("times", "倍", "time", "times", D::Times, 1.0, false),
        def("percent_of", "%", "%", "%", D::Times, 0.01, false),
    ]
    .into_iter()
    .map(|(mut d, dim)| {
        if d.code == "hectare" {
            d.en_plural = Some("hectares".into());
        }
        Unit::new(d, dim)
    })
    .collect()
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::units::Qualifier;

    #[test]
    fn the_library_is_consistent() {
        let mut codes = std::collections::HashSet::new();
        for u in Unit::all_library() {
            assert!(codes.insert(u.code().to_string()), "duplicate {}", u.code());
            assert_eq!(Unit::library(u.code()).as_ref(), Some(u));
            assert_eq!(serde_json::to_string(u).unwrap(), format!("\"{}\"", u.code()));
            assert!(u.factor().is_finite() && u.factor() > 0.0, "{}", u.code());
        }
        for d in Dimension::ALL {
            let base = Unit::library(d.base()).unwrap_or_else(|| panic!("no base for {d:?}"));
            assert_eq!((base.dimension(), base.factor()), (d, 1.0), "{d:?}");
            assert_eq!(Dimension::from_code(d.code()), Some(d));
        }
        for code in [
            "county",
            "township",
            "province",
            "school",
            "team",
            "person_visit",
            "mu",
            "head",
            "km",
            "copy",
            "yi_yuan",
            "wanyi_yuan",
            "wan_person",
            "yi_person",
            "wan_household",
            "wan_village",
        ] {
            assert!(Unit::library(code).is_some(), "{code}");
        }
        assert_eq!(Unit::library("wan_yuan").unwrap().decimal_shift(), Some(4));
        assert_eq!(Unit::library("hectare").unwrap().decimal_shift(), None);
        for q in Qualifier::ALL {
            assert_eq!(Qualifier::from_code(q.code()), Some(q));
            assert_eq!(serde_json::to_string(&q).unwrap(), format!("\"{}\"", q.code()));
        }
    }
}
