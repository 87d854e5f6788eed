//! The shipped datasets, compiled into the binary so that the dashboard runs from any
//! directory with no arguments.

use super::error::{ErrorKind, LoadError};
use super::load::parse;
use super::model::Dataset;

/// The name under which the embedded dataset is reported.
pub const EMBEDDED_NAME: &str = "<embedded data/pingtan-2020.json>";

/// The shipped dataset, compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../data/pingtan-2020.json");

/// Loads the embedded dataset.
pub fn embedded() -> Result<Dataset, LoadError> {
    parse(EMBEDDED_NAME, EMBEDDED.as_bytes())
}

/// The shipped datasets, compiled into the binary: (name, text), the default first.
pub const SHIPPED: [(&str, &str); 4] = [
    (EMBEDDED_NAME, EMBEDDED),
    (
        "<embedded data/national-funds-2020.json>",
        include_str!("../../data/national-funds-2020.json"),
    ),
    (
        "<embedded data/xialong-village-2017.json>",
        include_str!("../../data/xialong-village-2017.json"),
    ),
    (
        "<embedded data/caohugou-village-2020.json>",
        include_str!("../../data/caohugou-village-2020.json"),
    ),
];

/// The shipped dataset `i`.
pub fn shipped(i: usize) -> Result<Dataset, LoadError> {
    match SHIPPED.get(i) {
        Some((name, text)) => parse(name, text.as_bytes()),
        None => Err(LoadError { file: format!("<embedded #{i}>"), kind: ErrorKind::NotFound }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_dataset_loads() {
        for (i, (name, _)) in SHIPPED.iter().enumerate() {
            assert!(shipped(i).is_ok(), "{name}");
        }
    }
}
