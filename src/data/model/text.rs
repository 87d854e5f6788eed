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

/// A text in both languages of the dashboard, kept in one allocation (Chinese then English):
/// a dataset of 100,000 figures holds about 400,000 of them.
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Text {
    /// The Chinese text, then the English.
    both: Box<str>,
    /// Where the English begins in `both`.
    split: u32,
}

/// A text in both languages of the dashboard.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(rename = "Text", deny_unknown_fields)]
#[schemars(rename = "Text")]
struct Written<'a> {
    /// Chinese.
    #[serde(borrow)]
    zh: std::borrow::Cow<'a, str>,
    /// English.
    #[serde(borrow)]
    en: std::borrow::Cow<'a, str>,
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Written { zh: self.zh().into(), en: self.en().into() }.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Borrowed from the input where it has no escapes: one copy, into the one allocation.
        let w = Written::deserialize(d)?;
        Ok(Text::new(&w.zh, &w.en))
    }
}

impl JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Written::schema_name()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        Written::json_schema(g)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text").field("zh", &self.zh()).field("en", &self.en()).finish()
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    /// By the Chinese text, then the English.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.zh(), self.en()).cmp(&(other.zh(), other.en()))
    }
}

impl Text {
    /// A text of its Chinese and its English.
    pub fn new(zh: impl AsRef<str>, en: impl AsRef<str>) -> Text {
        let (zh, en) = (zh.as_ref(), en.as_ref());
        let mut both = String::with_capacity(zh.len() + en.len());
        both.push_str(zh);
        both.push_str(en);
        // A text is at most a dataset (128 MiB): its split fits.
        let split = u32::try_from(zh.len()).unwrap_or(u32::MAX);
        Text { both: both.into_boxed_str(), split }
    }

    /// The Chinese text.
    pub fn zh(&self) -> &str {
        self.both.get(..self.split as usize).unwrap_or_default()
    }

    /// The English text.
    pub fn en(&self) -> &str {
        self.both.get(self.split as usize..).unwrap_or_default()
    }

    /// The same text with another Chinese.
    pub fn set_zh(&mut self, zh: impl AsRef<str>) {
        *self = Text::new(zh, self.en());
    }

    /// The same text with another English.
    pub fn set_en(&mut self, en: impl AsRef<str>) {
        *self = Text::new(self.zh(), en);
    }

    /// No text in either language (an optional text not given).
    pub fn is_empty(&self) -> bool {
        self.both.is_empty()
    }

    /// The text in the given language; in a draft, where it is still to do (`TODO…`) and
    /// the other language's is not, that one (a Chinese label rather than "TODO").
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        let (want, other) = match lang {
            crate::lang::Lang::Zh => (self.zh(), self.en()),
            crate::lang::Lang::En => (self.en(), self.zh()),
        };
        let todo = |s: &str| s.starts_with(TODO_MARK);
        if todo(want) && !todo(other) { other } else { want }
    }
}
