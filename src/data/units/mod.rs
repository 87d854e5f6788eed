//! Units are data: each names the dimension it measures and its factor to that dimension's
//! base unit. A standard library of units is built in; a dataset may declare more.

mod dimension;
mod library;
mod qualifier;
mod unit;

pub use dimension::{Dimension, DimensionDef, MAX_VALUE, MIN_MAGNITUDE};
pub use qualifier::Qualifier;
pub use unit::{Unit, UnitDef};
