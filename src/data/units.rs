//! The closed lists of units, unit kinds and qualifiers a dataset may use.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a unit measures. Two kinds never share a chart axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// A number of people.
    Headcount,
    /// A number of households.
    Households,
    /// A number of things (villages, enterprises, projects...).
    Count,
    /// A sum of money.
    MoneyAmount,
    /// Money per recipient or per period: a standard, an allowance rate, a cap.
    MoneyRate,
    /// A part of a whole, in percent (0 to 100).
    Share,
    /// A yearly rate such as a rate of return, in percent.
    AnnualRate,
    /// A length of time.
    Duration,
    /// An age in years.
    Age,
}

/// A unit code of the dataset format.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// People.
    Person,
    /// Households.
    Household,
    /// Villages or residential communities.
    Village,
    /// Enterprises.
    Enterprise,
    /// Projects.
    Project,
    /// Committees or organisations.
    Committee,
    /// Areas (districts, sub-areas).
    Area,
    /// Meetings or training sessions.
    Session,
    /// Programs.
    Program,
    /// Yuan (RMB).
    Yuan,
    /// 10,000 yuan (万元).
    WanYuan,
    /// Yuan per person per year.
    YuanPerPersonYear,
    /// 10,000 yuan per household.
    WanYuanPerHousehold,
    /// Percent of a whole.
    Percent,
    /// Percent per year.
    PercentPerYear,
    /// Years (a length of time).
    Year,
    /// Months (a length of time).
    Month,
    /// Years of age.
    AgeYears,
}

/// Everything the program knows about one unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitInfo {
    /// The code used in the file.
    pub code: &'static str,
    /// What the unit measures.
    pub kind: UnitKind,
    /// The unit a chart of this unit's values is drawn in.
    pub axis: Unit,
    /// Multiply a value by this to express it in `axis`.
    pub to_axis: f64,
    /// Whether values must be whole numbers.
    pub whole: bool,
    /// The smallest and largest allowed value.
    pub range: (f64, f64),
    /// Chinese suffix shown after a value.
    pub zh: &'static str,
    /// English suffix shown after a value: (singular, plural).
    pub en: (&'static str, &'static str),
}

/// The range of counts and sums: no figure of a report is near a quadrillion.
pub const MAX_VALUE: f64 = 1e15;
const NON_NEG: (f64, f64) = (0.0, MAX_VALUE);

impl Unit {
    /// Every unit, in documentation order.
    pub const ALL: [Unit; 18] = [
        Unit::Person,
        Unit::Household,
        Unit::Village,
        Unit::Enterprise,
        Unit::Project,
        Unit::Committee,
        Unit::Area,
        Unit::Session,
        Unit::Program,
        Unit::Yuan,
        Unit::WanYuan,
        Unit::YuanPerPersonYear,
        Unit::WanYuanPerHousehold,
        Unit::Percent,
        Unit::PercentPerYear,
        Unit::Year,
        Unit::Month,
        Unit::AgeYears,
    ];

    /// The unit's properties.
    pub fn info(self) -> UnitInfo {
        use UnitKind as K;
        let count = |code, kind, zh, en| UnitInfo {
            code,
            kind,
            axis: self,
            to_axis: 1.0,
            whole: true,
            range: NON_NEG,
            zh,
            en,
        };
        match self {
            Unit::Person => count("person", K::Headcount, "人", ("person", "people")),
            Unit::Household => count("household", K::Households, "户", ("household", "households")),
            Unit::Village => count("village", K::Count, "个村", ("village", "villages")),
            Unit::Enterprise => {
                count("enterprise", K::Count, "家企业", ("enterprise", "enterprises"))
            }
            Unit::Project => count("project", K::Count, "个项目", ("project", "projects")),
            Unit::Committee => count("committee", K::Count, "个组织", ("committee", "committees")),
            Unit::Area => count("area", K::Count, "个片区", ("area", "areas")),
            Unit::Session => count("session", K::Count, "场", ("session", "sessions")),
            Unit::Program => count("program", K::Count, "项", ("program", "programs")),
            Unit::Yuan => UnitInfo {
                axis: Unit::WanYuan,
                to_axis: 1e-4,
                whole: false,
                ..count("yuan", K::MoneyAmount, "元", ("yuan", "yuan"))
            },
            Unit::WanYuan => UnitInfo {
                whole: false,
                ..count("wan_yuan", K::MoneyAmount, "万元", ("× 10k yuan", "× 10k yuan"))
            },
            Unit::YuanPerPersonYear => UnitInfo {
                whole: false,
                ..count(
                    "yuan_per_person_year",
                    K::MoneyRate,
                    "元/人·年",
                    ("yuan/person/year", "yuan/person/year"),
                )
            },
            Unit::WanYuanPerHousehold => UnitInfo {
                whole: false,
                ..count(
                    "wan_yuan_per_household",
                    K::MoneyRate,
                    "万元/户",
                    ("× 10k yuan/household", "× 10k yuan/household"),
                )
            },
            Unit::Percent => UnitInfo {
                whole: false,
                range: (0.0, 100.0),
                ..count("percent", K::Share, "%", ("%", "%"))
            },
            Unit::PercentPerYear => UnitInfo {
                whole: false,
                range: (-100.0, 1000.0),
                ..count("percent_per_year", K::AnnualRate, "%/年", ("%/year", "%/year"))
            },
            Unit::Year => UnitInfo {
                whole: false,
                range: (0.0, 1000.0),
                ..count("year", K::Duration, "年", ("year", "years"))
            },
            Unit::Month => UnitInfo {
                axis: Unit::Year,
                to_axis: 1.0 / 12.0,
                range: (0.0, 12000.0),
                ..count("month", K::Duration, "个月", ("month", "months"))
            },
            Unit::AgeYears => UnitInfo {
                range: (0.0, 150.0),
                ..count("age_years", K::Age, "岁", ("years old", "years old"))
            },
        }
    }

    /// The unit with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.info().code == code)
    }

    /// The unit's kind.
    pub fn kind(self) -> UnitKind {
        self.info().kind
    }
}

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
    fn codes_round_trip_and_match_serde() {
        for u in Unit::ALL {
            assert_eq!(Unit::from_code(u.info().code), Some(u));
            let json = serde_json::to_string(&u).unwrap();
            assert_eq!(json, format!("\"{}\"", u.info().code));
            assert_eq!(u.info().axis.info().axis, u.info().axis, "axis is canonical");
            assert_eq!(u.info().axis.kind(), u.kind(), "axis keeps the kind");
        }
        for q in Qualifier::ALL {
            assert_eq!(Qualifier::from_code(q.code()), Some(q));
            assert_eq!(serde_json::to_string(&q).unwrap(), format!("\"{}\"", q.code()));
        }
    }
}
