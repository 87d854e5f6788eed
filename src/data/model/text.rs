//! Texts in both languages, the short strings of figures, and the mark of a text still to write.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The short strings of a dataset's figures (ids, section keys, unit and qualifier codes as
/// read, series keys, dates): kept inside their own 24 bytes when they fit, on the heap
/// otherwise. Loading 100,000
/// figures makes about half a million fewer allocations than with `String`, and takes
/// about 16 MB less memory (docs/PERFORMANCE.md).
pub type Str = compact_str::CompactString;

/// The mark of a draft's field still to write (`relief-dash draft`).
pub const TODO_MARK: &str = "TODO";

/// A text in both languages of the dashboard.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// No text in either language (an optional text not given).
    pub fn is_empty(&self) -> bool {
        self.zh.is_empty() && self.en.is_empty()
    }

    /// The text in the given language; in a draft, where it is still to do (`TODO…`) and
    /// the other language's is not, that one (a Chinese label rather than "TODO").
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        let (want, other) = match lang {
            crate::lang::Lang::Zh => (&self.zh, &self.en),
            crate::lang::Lang::En => (&self.en, &self.zh),
        };
        let todo = |s: &str| s.starts_with(TODO_MARK);
        if todo(want) && !todo(other) { other } else { want }
    }
}
