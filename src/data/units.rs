//! Units are data: each names the dimension it measures and its factor to that dimension's
//! base unit. A standard library of units is built in; a dataset may declare more.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, LazyLock};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a unit measures. Values of two dimensions never share a chart axis; a rate (money
/// per person per year, a share, a yearly rate) is a dimension of its own.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// A number of people (base unit `person`).
    People,
    /// A number of households (`household`).
    Households,
    /// Person-visits, 人次 (`person_visit`).
    PersonVisits,
    /// Villages or residential communities (`village`).
    Villages,
    /// Townships (`township`).
    Townships,
    /// Counties (`county`).
    Counties,
    /// Provinces (`province`).
    Provinces,
    /// Schools (`school`).
    Schools,
    /// Work teams (`team`).
    Teams,
    /// Enterprises (`enterprise`).
    Enterprises,
    /// Projects (`project`).
    Projects,
    /// Committees or organisations (`committee`).
    Organisations,
    /// Areas or districts (`area`).
    Areas,
    /// Meetings or training sessions (`session`).
    Sessions,
    /// Programs (`program`).
    Programs,
    /// Copies of printed matter (`copy`).
    Copies,
    /// A sum of money (`yuan`).
    Money,
    /// Money per person per year (`yuan_per_person_year`).
    MoneyPerPersonYear,
    /// Money per household (`yuan_per_household`).
    MoneyPerHousehold,
    /// A part of a whole, in percent (`percent`).
    Share,
    /// A yearly rate, in percent per year (`percent_per_year`).
    AnnualRate,
    /// A length of time (`year`).
    Duration,
    /// An age (`age_years`).
    Age,
    /// Land area (`mu`, 亩).
    LandArea,
    /// Livestock (`head`, 头).
    Livestock,
    /// Length (`km`).
    Length,
}

impl Dimension {
    /// Every dimension, in documentation order.
    pub const ALL: [Dimension; 26] = [
        Dimension::People,
        Dimension::Households,
        Dimension::PersonVisits,
        Dimension::Villages,
        Dimension::Townships,
        Dimension::Counties,
        Dimension::Provinces,
        Dimension::Schools,
        Dimension::Teams,
        Dimension::Enterprises,
        Dimension::Projects,
        Dimension::Organisations,
        Dimension::Areas,
        Dimension::Sessions,
        Dimension::Programs,
        Dimension::Copies,
        Dimension::Money,
        Dimension::MoneyPerPersonYear,
        Dimension::MoneyPerHousehold,
        Dimension::Share,
        Dimension::AnnualRate,
        Dimension::Duration,
        Dimension::Age,
        Dimension::LandArea,
        Dimension::Livestock,
        Dimension::Length,
    ];

    /// The code used in files.
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    }

    /// The dimension with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.code() == code)
    }

    /// The code of its base unit (factor 1), which the library always holds.
    pub fn base(self) -> &'static str {
        use Dimension as D;
        match self {
            D::People => "person",
            D::Households => "household",
            D::PersonVisits => "person_visit",
            D::Villages => "village",
            D::Townships => "township",
            D::Counties => "county",
            D::Provinces => "province",
            D::Schools => "school",
            D::Teams => "team",
            D::Enterprises => "enterprise",
            D::Projects => "project",
            D::Organisations => "committee",
            D::Areas => "area",
            D::Sessions => "session",
            D::Programs => "program",
            D::Copies => "copy",
            D::Money => "yuan",
            D::MoneyPerPersonYear => "yuan_per_person_year",
            D::MoneyPerHousehold => "yuan_per_household",
            D::Share => "percent",
            D::AnnualRate => "percent_per_year",
            D::Duration => "year",
            D::Age => "age_years",
            D::LandArea => "mu",
            D::Livestock => "head",
            D::Length => "km",
        }
    }

    /// The smallest and largest value, in the base unit.
    pub fn range(self) -> (f64, f64) {
        match self {
            Dimension::Share => (0.0, 100.0),
            Dimension::AnnualRate => (-100.0, 1000.0),
            Dimension::Duration => (0.0, 1000.0),
            Dimension::Age => (0.0, 150.0),
            _ => (0.0, MAX_VALUE),
        }
    }

    /// Whether "at least N" reads as "N+": counts of people, households and things.
    pub fn is_count(self) -> bool {
        !matches!(
            self,
            Dimension::Money
                | Dimension::MoneyPerPersonYear
                | Dimension::MoneyPerHousehold
                | Dimension::Share
                | Dimension::AnnualRate
                | Dimension::Duration
                | Dimension::Age
                | Dimension::LandArea
                | Dimension::Length
        )
    }

    /// Whether a chart of this dimension is drawn even for a single value (people,
    /// households, money).
    pub fn always_charted(self) -> bool {
        matches!(self, Dimension::People | Dimension::Households | Dimension::Money)
    }

    /// Whether values are written with thousand / million / billion and 万 / 亿 scales.
    pub fn scales(self) -> bool {
        self.is_count() || matches!(self, Dimension::Money | Dimension::LandArea)
    }

    /// Whether it is a sum of money (charts of it are drawn in at least millions / 万).
    pub fn is_money(self) -> bool {
        self == Dimension::Money
    }
}

/// The range of counts and sums: no figure of a report is near a quadrillion.
pub const MAX_VALUE: f64 = 1e15;

/// A unit as a dataset or the library defines it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnitDef {
    /// Identifier used by indicators, snake_case.
    pub code: String,
    /// Chinese written after a value: `万元`, `亩`, `个村`.
    pub zh: String,
    /// English written after a value of 1: `yuan`, `mu`, `village`.
    pub en: String,
    /// English after other values, where it differs: `villages`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en_plural: Option<String>,
    /// What the unit measures.
    pub dimension: Dimension,
    /// A value times this is the value in the dimension's base unit (亿元: 100000000).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub factor: f64,
    /// Whether values must be whole numbers.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole: bool,
}

fn one() -> f64 {
    1.0
}

fn is_one(f: &f64) -> bool {
    *f == 1.0
}

/// A unit an indicator uses: a shared, cheap-to-copy handle on its definition. Two units are
/// the same when their codes are.
#[derive(Clone)]
pub struct Unit(Arc<UnitDef>);

impl Unit {
    /// A handle on a definition.
    pub fn new(def: UnitDef) -> Unit {
        Unit(Arc::new(def))
    }

    /// Its definition.
    pub fn def(&self) -> &UnitDef {
        &self.0
    }

    /// Its code.
    pub fn code(&self) -> &str {
        &self.0.code
    }

    /// What it measures.
    pub fn dimension(&self) -> Dimension {
        self.0.dimension
    }

    /// Its factor to the dimension's base unit.
    pub fn factor(&self) -> f64 {
        self.0.factor
    }

    /// The smallest and largest value in this unit.
    pub fn range(&self) -> (f64, f64) {
        let (lo, hi) = self.dimension().range();
        (lo / self.factor(), hi / self.factor())
    }

    /// The factor as a power of ten (`Some(4)` for 万), when it is one.
    pub fn decimal_shift(&self) -> Option<i32> {
        let f = self.factor();
        (0..=15).chain(-6..0).find(|&k| 10f64.powi(k) == f)
    }

    /// The library unit with this code, if there is one.
    pub fn library(code: &str) -> Option<Unit> {
        LIBRARY.iter().find(|u| u.code() == code).cloned()
    }

    /// Every library unit, in documentation order.
    pub fn all_library() -> &'static [Unit] {
        &LIBRARY
    }

    /// The base unit of a dimension.
    pub fn base_of(d: Dimension) -> Unit {
        Unit::library(d.base())
            .unwrap_or_else(|| Unit::new(def(d.base(), "", "", "", d, 1.0, false)))
    }

    /// The English name after a value.
    pub fn en(&self, value: f64) -> &str {
        match &self.0.en_plural {
            Some(p) if value != 1.0 => p,
            _ => &self.0.en,
        }
    }
}

impl PartialEq for Unit {
    fn eq(&self, other: &Self) -> bool {
        self.code() == other.code()
    }
}

impl Eq for Unit {}

impl Hash for Unit {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code().hash(state);
    }
}

impl fmt::Debug for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Unit({})", self.code())
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl JsonSchema for Unit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Unit".into()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut s = String::json_schema(g);
        s.insert(
            "description".into(),
            "A unit code: one of the standard library (see data/README.md) or declared in `units`."
                .into(),
        );
        s
    }
}

fn def(
    code: &str,
    zh: &str,
    en: &str,
    en_plural: &str,
    d: Dimension,
    f: f64,
    whole: bool,
) -> UnitDef {
    UnitDef {
        code: code.into(),
        zh: zh.into(),
        en: en.into(),
        en_plural: (en_plural != en && !en_plural.is_empty()).then(|| en_plural.into()),
        dimension: d,
        factor: f,
        whole,
    }
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
    ]
    .into_iter()
    .map(|mut d| {
        if d.code == "hectare" {
            d.en_plural = Some("hectares".into());
        }
        Unit::new(d)
    })
    .collect()
});

/// How exactly the report states a figure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The figure as given.
    Exact,
    /// More than or at least the figure (余, 多, 不低于).
    AtLeast,
    /// Approximately the figure (近, 约).
    About,
    /// At most the figure (以内, 以下).
    AtMost,
}

impl Qualifier {
    /// Every qualifier, in documentation order.
    pub const ALL: [Qualifier; 4] =
        [Qualifier::Exact, Qualifier::AtLeast, Qualifier::About, Qualifier::AtMost];

    /// The code used in the file.
    pub fn code(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::About => "about",
            Qualifier::AtMost => "at_most",
        }
    }

    /// The qualifier with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(Dimension::from_code(&d.code()), Some(d));
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
