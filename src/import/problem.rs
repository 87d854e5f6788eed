//! A problem of a table, at its row and column where it has them.

use std::fmt;

/// One thing wrong with a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The row, numbered as a spreadsheet shows it (the header is row 1).
    pub row: Option<usize>,
    /// The column's header name.
    pub column: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// A problem of the whole table.
    pub fn whole(message: impl Into<String>) -> Problem {
        Problem { row: None, column: None, message: message.into() }
    }

    /// A problem of a row.
    pub fn row(row: usize, message: impl Into<String>) -> Problem {
        Problem { row: Some(row), column: None, message: message.into() }
    }

    /// A problem of one cell.
    pub fn cell(row: usize, column: &str, message: impl Into<String>) -> Problem {
        Problem { row: Some(row), column: Some(column.to_string()), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.row, &self.column) {
            (Some(r), Some(c)) => write!(f, "row {r}, column {c}: {}", self.message),
            (Some(r), None) => write!(f, "row {r}: {}", self.message),
            (None, Some(c)) => write!(f, "column {c}: {}", self.message),
            (None, None) => f.write_str(&self.message),
        }
    }
}
