//! Reading a report's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with
//! a byte-order mark, or GB18030 (which includes GBK and GB2312, common on Chinese
//! government pages). Binary data, an empty text, HTML and a text over [`MAX_REPORT_BYTES`]
//! are refused with a message.

use encoding_rs::{Encoding, GB18030, UTF_8};

/// Largest report read, in bytes (8 MiB: about 2.7 million Chinese characters).
pub const MAX_REPORT_BYTES: usize = 8 * 1024 * 1024;

/// A report's text and the encoding it was read in.
#[derive(Debug)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding it was read in, as stderr names it.
    pub encoding: &'static str,
}

/// Why a report cannot be drafted from.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum NotText {
    /// No text at all.
    #[error("is empty: there is no text to draft from")]
    Empty,
    /// Over the size limit (its size).
    #[error("is {0} bytes, over the limit of {MAX_REPORT_BYTES} bytes for a report")]
    TooLarge(usize),
    /// Binary data (where the first NUL byte is).
    #[error("is binary data (a NUL byte at offset {0}), not a report's text")]
    Binary(usize),
    /// Neither UTF-8 nor GB18030 (the first byte that is not).
    #[error("is neither UTF-8 nor GB18030 text (first undecodable byte at offset {0})")]
    Undecodable(usize),
    /// An HTML page.
    #[error(
        "is an HTML page; save the page as text (or copy its text into a file) and draft from that"
    )]
    Html,
}

/// Decodes a report, detecting its encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, NotText> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(NotText::TooLarge(bytes.len()));
    }
    let (text, encoding) = if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(NotText::Undecodable(bom));
        }
        (text.into_owned(), if enc == UTF_8 { "UTF-8 with a byte-order mark" } else { enc.name() })
    } else if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Binary(nul));
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_string(), "UTF-8")
    } else {
        match GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
            Some(text) => (text.into_owned(), "GB18030"),
            None => {
                let bad = std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to());
                return Err(NotText::Undecodable(bad));
            }
        }
    };
    if text.contains('\0') {
        return Err(NotText::Binary(text.find('\0').unwrap_or(0)));
    }
    if text.trim().is_empty() {
        return Err(NotText::Empty);
    }
    if looks_like_html(&text) {
        return Err(NotText::Html);
    }
    Ok(Decoded { text: normalize(&text), encoding })
}

/// An HTML document rather than text: it starts with a doctype or an `<html>` tag, or has a
/// `<body>` tag.
fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

/// Full-width digits and points as ASCII, line breaks as `\n`, and every other control or
/// invisible formatting character as a space (one character for one, so lines and columns
/// stay those of the report).
fn normalize(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '\n' => '\n',
            '\r' => '\n',
            c if crate::safe::is_unsafe_char(c) => ' ',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_detected() {
        let text = "平潭选派了46名干部。";
        assert_eq!(decode(text.as_bytes()).unwrap().encoding, "UTF-8");
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        let d = decode(&bom).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-8 with a byte-order mark"));
        let (gbk, _, _) = GB18030.encode(text);
        let d = decode(&gbk).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "GB18030"));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode(&utf16).unwrap().text, text);
    }

    #[test]
    fn what_is_refused() {
        assert_eq!(decode(b"").unwrap_err(), NotText::Empty);
        assert_eq!(decode(b" \n\t ").unwrap_err(), NotText::Empty);
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0").unwrap_err(), NotText::Binary(8));
        assert_eq!(
            decode(b"<!DOCTYPE html><html><body>46</body></html>").unwrap_err(),
            NotText::Html
        );
        assert_eq!(
            decode(&vec![b'a'; MAX_REPORT_BYTES + 1]).unwrap_err(),
            NotText::TooLarge(MAX_REPORT_BYTES + 1)
        );
        assert!(matches!(decode(b"\xFF\xFF\xFF\x80\x80").unwrap_err(), NotText::Undecodable(_)));
    }

    #[test]
    fn full_width_digits_and_controls_are_normalized() {
        let d = decode("共４６名\u{1b}[31m，\r\n第二行".as_bytes()).unwrap();
        assert_eq!(d.text, "共46名 [31m，\n第二行");
    }
}
