//! Every word a user reads, in both languages: the interface's own words, the names of key
//! bindings, and how values, qualifiers, units, dates and chart scales are written. Below the
//! state, the view, exports and drafts; the state holds values and the view words them.

pub mod charts;
pub mod interface;
pub mod keys;
pub mod numbers;
pub mod values;

pub use charts::{bar_label, chart_scale, chart_title, scale_words};
pub use interface::{Words, words};
pub use numbers::{number, plain};
pub use values::{
    change, formula, indicator_value, period, qualifier_words, row_value, unit_suffix, value,
};
