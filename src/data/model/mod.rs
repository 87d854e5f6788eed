//! The dataset's types: what a file holds once it has been read and checked, every type of
//! the format in one place.

mod dataset;
mod derived;
mod file;
mod indicator;
mod region;
mod rule;
mod section;
pub mod text;

pub use dataset::{Dataset, FORMAT_VERSION, Meta, OLDEST_VERSION, Part};
pub use derived::{Derived, Formula, MaybeDerived, Op, Precision, given_only};
pub use indicator::{DraftSource, FigureSource, Indicator, More, Period, PeriodKind, RawIndicator};
pub use region::{Level, Region, RegionFields};
pub use rule::{Rule, RuleOp, RuleSide};
pub use section::{NamedList, Section};
pub use text::{Str, TODO_MARK, Text};
