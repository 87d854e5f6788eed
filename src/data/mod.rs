//! The data layer: the format's types, units, reading and checking datasets, and the
//! shipped ones.

pub mod check;
pub mod dates;
pub mod derive;
pub mod error;
pub mod load;
mod locate;
pub mod model;
mod objects;
mod path;
pub mod paths;
pub mod progress;
pub mod rules;
pub mod shipped;
pub mod source;
pub mod stream;
pub mod threads;
pub mod todo;
pub mod units;
pub mod utf8;

pub use error::{ErrorKind, LoadError, Problem};
pub use load::{load_path, load_reader, parse};
pub use model::{
    Dataset, Indicator, Level, Meta, NamedList, Part, Period, PeriodKind, Region, Rule, RuleOp,
    RuleSide, Section, Text,
};
pub use shipped::embedded;
pub use source::Source;
pub use units::{Dimension, DimensionDef, Qualifier, Unit, UnitDef};
