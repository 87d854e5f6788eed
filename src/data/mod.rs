//! The data layer: dataset types, unit lists, loading and checking.

mod declared;
pub mod derived;
pub mod error;
mod figures;
pub mod library;
pub mod load;
mod locate;
pub mod model;
mod objects;
mod path;
pub mod stream;
pub mod todo;
pub mod units;
pub mod validate;

pub use error::{ErrorKind, LoadError, Problem};
pub use load::{Source, embedded, load_path, load_reader, parse};
pub use model::{Dataset, Indicator, Meta, NamedList, Part, Period, PeriodKind, Section, Text};
pub use units::{Dimension, Qualifier, Unit, UnitDef};
