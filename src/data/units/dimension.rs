//! What a unit measures: the dimensions, their base units and ranges.

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
