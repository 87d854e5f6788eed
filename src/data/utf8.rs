//! Bytes read as text.

/// The bytes as text, if they are UTF-8: checked with vector instructions (`simdutf8`, ten
/// times std's speed on Chinese text), and again by std only when they are not, for where.
pub fn text(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes))
}
