//! Reading a report's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with
//! a byte-order mark, or GB18030 (which includes GBK and GB2312, common on Chinese
//! government pages). Binary data, an empty text, HTML and a text over [`MAX_REPORT_BYTES`]
//! are refused with a message.

use encoding_rs::{DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

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
    /// Neither UTF-8 nor GB18030 (nor UTF-16): where the encoding that read furthest
    /// stopped, as a byte offset and a line.
    #[error("is neither UTF-8 nor GB18030 text (first undecodable byte at offset {0}, line {1})")]
    Undecodable(usize, usize),
    /// Text with a byte-order mark that its own encoding cannot read from an offset (a lone
    /// UTF-16 surrogate, …).
    #[error("is {0} text with a byte that does not decode at offset {1}, line {2}")]
    Broken(&'static str, usize, usize),
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
        let text = strict(enc, &bytes[bom..]).map_err(|at| {
            let name = if enc == UTF_8 { "UTF-8" } else { enc.name() };
            NotText::Broken(name, bom + at, line_of(bytes, bom + at))
        })?;
        (text, if enc == UTF_8 { "UTF-8 with a byte-order mark" } else { enc.name() })
    } else if let Some(found) = utf16_without_bom(bytes) {
        found
    } else if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        return Err(NotText::Binary(nul));
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_string(), "UTF-8")
    } else {
        match strict(GB18030, bytes) {
            Ok(text) => (text, "GB18030"),
            Err(gb) => {
                // Where the encoding that read furthest stopped: a UTF-8 text with one bad
                // byte, or a GB18030 one.
                let utf8 = std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to());
                let at = utf8.max(gb);
                return Err(NotText::Undecodable(at, line_of(bytes, at)));
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

/// The text in `enc`, or the offset of the first byte it cannot decode.
fn strict(enc: &'static Encoding, bytes: &[u8]) -> Result<String, usize> {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let room =
        decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(usize::MAX);
    let mut out = String::with_capacity(room.min(4 * bytes.len() + 16));
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        DecoderResult::InputEmpty => Ok(out),
        DecoderResult::Malformed(bad, after) => {
            Err(read.saturating_sub(usize::from(bad) + usize::from(after)))
        }
        DecoderResult::OutputFull => Err(read),
    }
}

/// The 1-based line of a byte offset (line breaks counted as bytes: `\n`, or UTF-16's).
fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

/// UTF-16 without a byte-order mark: an even number of bytes that decode, in one byte order,
/// to text that reads as text (nine characters in ten Chinese, Chinese punctuation, or
/// printable ASCII and white space). Valid UTF-8 or GB18030 is never taken for it.
fn utf16_without_bom(bytes: &[u8]) -> Option<(String, &'static str)> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let readable = |c: char| {
        ('\u{4E00}'..='\u{9FFF}').contains(&c)
            || ('\u{3000}'..='\u{303F}').contains(&c)
            || ('\u{FF00}'..='\u{FFEF}').contains(&c)
            || c.is_ascii_graphic()
            || c.is_whitespace()
    };
    let has_nul = bytes.contains(&0);
    if !has_nul && (std::str::from_utf8(bytes).is_ok()) {
        return None;
    }
    [(UTF_16LE, "UTF-16LE (no byte-order mark)"), (UTF_16BE, "UTF-16BE (no byte-order mark)")]
        .into_iter()
        .find_map(|(enc, name)| {
            let text = strict(enc, bytes).ok()?;
            let n = text.chars().count();
            let good = text.chars().filter(|&c| readable(c)).count();
            (good * 10 >= n * 9).then_some((text, name))
        })
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
        assert!(matches!(decode(b"\xFF\xFF\xFF\x80\x80").unwrap_err(), NotText::Undecodable(..)));
    }

    #[test]
    fn full_width_digits_and_controls_are_normalized() {
        let d = decode("共４６名\u{1b}[31m，\r\n第二行".as_bytes()).unwrap();
        assert_eq!(d.text, "共46名 [31m，\n第二行");
    }

    /// Where a text stops decoding is said as its own encoding reads it (it was offset 0 for
    /// a GB18030 text, and 2 for any UTF-16 one).
    #[test]
    fn offsets_of_undecodable_bytes_are_where_they_are() {
        let text = "平潭选派了46名干部。\n第二行";
        let (gbk, _, _) = GB18030.encode(text);
        let mut bad = gbk.to_vec();
        bad.push(0xFF);
        assert_eq!(decode(&bad).unwrap_err(), NotText::Undecodable(gbk.len(), 2));
        let mut utf16: Vec<u8> = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let at = utf16.len();
        utf16.extend([0x00, 0xD8, 0x41, 0x00]); // a lone high surrogate, then "A"
        assert_eq!(decode(&utf16).unwrap_err(), NotText::Broken("UTF-16LE", at, 2));
        // UTF-16 without a byte-order mark is read as such, in either byte order.
        let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        let d = decode(&le).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-16LE (no byte-order mark)"));
        let be: Vec<u8> = "Pingtan 46名".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE (no byte-order mark)");
        // Valid UTF-8 and GB18030 stay what they are.
        assert_eq!(decode(text.as_bytes()).unwrap().encoding, "UTF-8");
        assert_eq!(decode(&gbk).unwrap().encoding, "GB18030");
    }
}
