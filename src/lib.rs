//! relief-dash: a terminal dashboard of poverty-relief indicators.
//!
//! Layers, from the bottom: [`data`] (types, loading, checking), [`export`]
//! (CSV and JSON output), and the command line in `main.rs`.

pub mod data;
pub mod export;
pub mod format;
pub mod lang;
pub mod safe;

pub use lang::Lang;
