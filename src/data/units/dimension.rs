//! What a unit measures: the built-in dimensions, their base units and ranges, and the
//! dimensions a dataset declares.

use std::collections::HashSet;
use std::sync::{LazyLock, Mutex};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};

use crate::data::model::text::Text;
use crate::data::objects;

/// What a unit measures. Values of two dimensions never share a chart axis; a rate (money
/// per person per year, a share, a yearly rate) is a dimension of its own. A dataset may
/// declare more ([`DimensionDef`]): greenhouses, wells, cities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
    /// A change of a share, in percentage points, 个百分点 (`percentage_point`).
    PercentagePoints,
    /// Money per person, 元/人 (`yuan_per_person`).
    MoneyPerPerson,
    /// A multiple, 倍 (`times`).
    Times,
    /// A dimension a dataset declares.
    Declared(&'static DimensionDef),
}

/// A dimension a dataset declares (format version 2): what its units count.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct DimensionDef {
    /// Identifier, snake_case, not a built-in dimension's code; units name it as their
    /// `dimension`.
    pub id: String,
    /// What is counted or measured: `{ "zh": "大棚", "en": "greenhouses" }`.
    #[serde(deserialize_with = "objects::object")]
    pub label: Text,
    /// Whether its values are counts of whole things (written `N+` for "at least").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub whole: bool,
}

/// Declared dimensions, each kept once for the life of the process: two reports that declare
/// the same dimension (same id, label and wholeness) share it, and their figures compare.
static DECLARED: LazyLock<Mutex<HashSet<&'static DimensionDef>>> =
    LazyLock::new(|| Mutex::new(HashSet::new()));

impl DimensionDef {
    /// The dimension it defines (kept once per distinct definition).
    pub fn dimension(&self) -> Dimension {
        let mut set = DECLARED.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&d) = set.get(self) {
            return Dimension::Declared(d);
        }
        let leaked: &'static DimensionDef = Box::leak(Box::new(self.clone()));
        set.insert(leaked);
        Dimension::Declared(leaked)
    }
}

impl Serialize for Dimension {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl Dimension {
    /// Every built-in dimension, in documentation order.
    pub const ALL: [Dimension; 29] = [
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
        Dimension::PercentagePoints,
        Dimension::MoneyPerPerson,
        Dimension::Times,
    ];

    /// The code used in files (a declared dimension's id).
    pub fn code(self) -> &'static str {
        use Dimension as D;
        match self {
            D::People => "people",
            D::Households => "households",
            D::PersonVisits => "person_visits",
            D::Villages => "villages",
            D::Townships => "townships",
            D::Counties => "counties",
            D::Provinces => "provinces",
            D::Schools => "schools",
            D::Teams => "teams",
            D::Enterprises => "enterprises",
            D::Projects => "projects",
            D::Organisations => "organisations",
            D::Areas => "areas",
            D::Sessions => "sessions",
            D::Programs => "programs",
            D::Copies => "copies",
            D::Money => "money",
            D::MoneyPerPersonYear => "money_per_person_year",
            D::MoneyPerHousehold => "money_per_household",
            D::Share => "share",
            D::AnnualRate => "annual_rate",
            D::Duration => "duration",
            D::Age => "age",
            D::LandArea => "land_area",
            D::Livestock => "livestock",
            D::Length => "length",
            D::PercentagePoints => "percentage_points",
            D::MoneyPerPerson => "money_per_person",
            D::Times => "times",
            D::Declared(d) => &d.id,
        }
    }

    /// The built-in dimension with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.code() == code)
    }

    /// The code of its base unit (factor 1), which the library holds for every built-in
    /// dimension; empty for a declared one (its units are its dataset's own).
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
            D::PercentagePoints => "percentage_point",
            D::MoneyPerPerson => "yuan_per_person",
            D::Times => "times",
            D::Declared(_) => "",
        }
    }

    /// The smallest and largest value, in the base unit.
    pub fn range(self) -> (f64, f64) {
        match self {
            Dimension::Share => (0.0, 100.0),
            Dimension::AnnualRate => (-100.0, 1000.0),
            Dimension::Duration => (0.0, 1000.0),
            Dimension::Age => (0.0, 150.0),
            Dimension::PercentagePoints => (-100.0, 100.0),
            _ => (0.0, MAX_VALUE),
        }
    }

    /// Whether "at least N" reads as "N+": counts of people, households and things.
    pub fn is_count(self) -> bool {
        if let Dimension::Declared(d) = self {
            return d.whole;
        }
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
                | Dimension::PercentagePoints
                | Dimension::MoneyPerPerson
                | Dimension::Times
        )
    }

    /// Whether figures of it add up to a figure of it (people, money, land; not shares,
    /// rates, ages or amounts per head): what `sum` may add and a parent's figure may be
    /// compared with the sum of its children's.
    pub fn is_additive(self) -> bool {
        self.is_count()
            || matches!(
                self,
                Dimension::Money
                    | Dimension::LandArea
                    | Dimension::Length
                    | Dimension::Duration
                    | Dimension::Declared(_)
            )
    }

    /// The dataset's declaration, for a declared dimension.
    pub fn declared(self) -> Option<&'static DimensionDef> {
        match self {
            Dimension::Declared(d) => Some(d),
            _ => None,
        }
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

/// Smallest non-zero magnitude accepted: below it a value is an accident, not a figure.
pub const MIN_MAGNITUDE: f64 = 1e-6;

/// The range of counts and sums: no figure of a report is near a quadrillion.
pub const MAX_VALUE: f64 = 1e15;
