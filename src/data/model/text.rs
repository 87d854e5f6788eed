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

/// A text in both languages of the dashboard, kept in one allocation of its own 16 bytes (a
/// dataset of 100,000 figures holds about 400,000 of them): empty, or where the English
/// begins, the Chinese, then the English. Where the English begins is written in [`HEAD`]
/// bytes of seven bits each, so that the whole stays a string (ASCII is UTF-8).
#[derive(Clone, PartialEq, Eq, Hash, Default)]
pub struct Text {
    both: Box<str>,
}

/// The bytes that say where the English begins: seven bits each, up to 2^28 bytes of Chinese
/// (a dataset is at most 128 MiB).
const HEAD: usize = 4;

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
        if zh.is_empty() && en.is_empty() {
            return Text::default();
        }
        let mut both = String::with_capacity(HEAD + zh.len() + en.len());
        // Longer Chinese than the head can say (never from a dataset) reads as none.
        let split = if zh.len() >> (7 * HEAD) == 0 { zh.len() } else { 0 };
        for k in (0..HEAD).rev() {
            both.push(char::from((split >> (7 * k)) as u8 & 0x7F));
        }
        if split == zh.len() {
            both.push_str(zh);
        }
        both.push_str(en);
        Text { both: both.into_boxed_str() }
    }

    /// Where the Chinese ends in `both`.
    fn split(&self) -> usize {
        let head = self.both.as_bytes().get(..HEAD).unwrap_or_default();
        HEAD + head.iter().fold(0, |n, &b| n << 7 | usize::from(b))
    }

    /// The Chinese text.
    pub fn zh(&self) -> &str {
        self.both.get(HEAD..self.split()).unwrap_or_default()
    }

    /// The English text.
    pub fn en(&self) -> &str {
        self.both.get(self.split()..).unwrap_or_default()
    }

    /// Both languages as one string, the Chinese then the English (for a check of every
    /// character of the text at once).
    pub fn both(&self) -> &str {
        self.both.get(HEAD..).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_reads_back_as_given() {
        for (zh, en) in [("", ""), ("", "Roads"), ("道路", ""), ("道路", "Roads"), ("a", "b")] {
            let t = Text::new(zh, en);
            assert_eq!((t.zh(), t.en()), (zh, en));
            assert_eq!(t.both(), format!("{zh}{en}"));
            assert_eq!(t.is_empty(), zh.is_empty() && en.is_empty());
        }
        let long = "扶".repeat(50_000);
        let t = Text::new(&long, "relief");
        assert_eq!((t.zh(), t.en()), (long.as_str(), "relief"));
    }

    #[test]
    fn a_text_is_one_pointer_and_a_length() {
        assert_eq!(std::mem::size_of::<Text>(), 16);
        assert_eq!(std::mem::size_of::<Option<Text>>(), 16);
    }

    #[test]
    fn texts_differ_where_their_languages_do() {
        // The same bytes split at another place are another text.
        assert_ne!(Text::new("ab", "c"), Text::new("a", "bc"));
        assert!(Text::new("a", "z") < Text::new("b", "a"));
    }
}
