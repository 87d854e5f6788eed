//! How exactly a report states a figure.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How exactly the report states a figure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The figure as given.
    Exact,
    /// More than or at least the figure (余, 多, 不低于).
    AtLeast,
    /// Approximately the figure (约, 左右).
    About,
    /// At most the figure (以内, 以下).
    AtMost,
    /// Just under the figure, close to it (近, 将近, 接近): approximately, and at most
    /// (format version 2).
    Nearly,
}

impl Qualifier {
    /// Every qualifier, in documentation order.
    pub const ALL: [Qualifier; 5] = [
        Qualifier::Exact,
        Qualifier::AtLeast,
        Qualifier::About,
        Qualifier::AtMost,
        Qualifier::Nearly,
    ];

    /// The code used in the file.
    pub fn code(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::About => "about",
            Qualifier::AtMost => "at_most",
            Qualifier::Nearly => "nearly",
        }
    }

    /// The qualifier with this code, if there is one.
    pub fn from_code(code: &str) -> Option<Qualifier> {
        Qualifier::ALL.into_iter().find(|q| q.code() == code)
    }
}
