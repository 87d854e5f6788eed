//! One figure found in a report's text, as the scan gives it to the draft.

use crate::data::{Period, Qualifier, Unit};

use super::topic::Topic;

/// One figure found in the text.
#[derive(Debug, Clone)]
pub struct Found {
    /// The figure, in `unit`; a range's low end.
    pub value: f64,
    /// A range's high end (3至5万元: 5).
    pub value_max: Option<f64>,
    /// Its unit.
    pub unit: Unit,
    /// Whether the unit is not in the standard library and the draft declares it.
    pub declared: bool,
    /// For a measure word of things (个, 盏): the noun phrase of what it counts.
    pub noun: Option<String>,
    /// The measure word of things it was read from.
    pub word: Option<&'static str>,
    /// How exactly the text states it.
    pub qualifier: Qualifier,
    /// When it holds, where the text says.
    pub as_of: Option<Period>,
    /// The topic of its clause, sentence or heading.
    pub topic: Option<&'static Topic>,
    /// The heading above it, when the topic words gave none.
    pub heading: Option<String>,
    /// A proposed Chinese label: the words after the unit, or before the figure.
    pub label: String,
    /// The words around it in its sentence (up to 16 characters each side, `…` where cut).
    pub sentence: String,
    /// Line and column (1-based, in characters) where the figure starts.
    pub line: usize,
    /// See `line`.
    pub column: usize,
}
