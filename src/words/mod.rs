//! Every word a user reads, in both languages: the interface's own words, the names of key
//! bindings, and how values, qualifiers, units, dates, changes, derived figures and charts
//! are written. Below the state, the view, exports and drafts; the state holds values and the
//! view words them.

pub mod changes;
pub mod charts;
pub mod dates;
pub mod formula;
pub mod interface;
pub mod keys;
pub mod numbers;
pub mod progress;
pub mod rules;
pub mod table;
pub mod values;

pub use changes::{change, row_value};
pub use charts::{chart_title, chart_title_named};
pub use dates::{period, published};
pub use formula::{bar_text, formula, full_value, indicator_value, unit_name};
pub use interface::{Words, words};
pub use numbers::{number, plain};
pub use values::{figure, qualifier_words, unit_suffix, value, value_range};
