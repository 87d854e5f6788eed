//! A tidy table of figures (CSV, xlsx or ods; one figure a row) imported as datasets, one
//! per region: reading the cells (`table.rs`), the header and rows (`rows.rs`), grouping
//! them (`build.rs`), and checking each dataset in memory (`check.rs`).

pub mod build;
pub mod check;
pub mod problem;
pub mod rows;
pub mod table;

pub use check::{Output, import, import_grid};
pub use problem::Problem;
