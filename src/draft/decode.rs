//! Reading a report's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 with
//! a byte-order mark, or GB18030 (which includes GBK and GB2312, common on Chinese
//! government pages); an HTML page whose bytes are not UTF-8 is read in the encoding its
//! `<meta charset>` names. Binary data, an empty text and a text over [`MAX_REPORT_BYTES`]
//! are refused with a message; an HTML page is said to be one ([`Decoded::html`]), for its
//! article to be taken out ([`super::page`]).

use std::sync::LazyLock;

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
    /// Whether the text is an HTML document rather than a report's text.
    pub html: bool,
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
        // Valid UTF-8 is read as such whatever a page declares: other encodings' Chinese is
        // almost never valid UTF-8, and a page saved by a browser is often re-encoded
        // without its `<meta charset>` changed.
        (text.to_string(), "UTF-8")
    } else if let Some(found) = declared_charset(bytes)
        .and_then(|enc| strict(enc, bytes).ok().map(|text| (text, enc.name())))
    {
        found
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
    let html = looks_like_html(&text);
    Ok(Decoded { text: normalize(&text), encoding, html })
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

/// An HTML document rather than text: after white space, comments and an XML declaration
/// it starts with a doctype or an `<html>`, `<head>`, `<body>`, `<meta>` or `<title>` tag, or
/// it has both an `<html>` tag and its end tag. A text that merely holds a `<` (收入<3000元)
/// is not one.
pub fn looks_like_html(text: &str) -> bool {
    static WHOLE: LazyLock<regex::Regex> =
        LazyLock::new(|| regex::Regex::new(r"(?is)<html[\s>].*</html\s*>").expect("a valid regex"));
    let mut rest = text.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '\u{feff}');
    loop {
        let (open, close) = if starts_with_ignore_case(rest, "<!--") {
            ("<!--", "-->")
        } else if starts_with_ignore_case(rest, "<?xml") {
            ("<?xml", "?>")
        } else {
            break;
        };
        let Some(end) = rest[open.len()..].find(close) else { return false };
        rest = rest[open.len() + end + close.len()..]
            .trim_start_matches(|c: char| c.is_ascii_whitespace());
    }
    let starts =
        ["<!doctype html", "<html", "<head", "<body", "<meta", "<title"].iter().any(|tag| {
            starts_with_ignore_case(rest, tag)
                && rest[tag.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
        });
    starts || WHOLE.is_match(text)
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// The encoding an HTML page's bytes declare in its head (`<meta charset=gbk>` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), as the HTML
/// standard maps its label (gb2312 and gbk are read as GBK, UTF-16 as UTF-8); none for a
/// text that is not a page.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    static META: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
        regex::bytes::Regex::new(r#"(?i-u)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)"#)
            .expect("a valid regex")
    });
    let head = &bytes[..bytes.len().min(HEAD_BYTES)];
    if !looks_like_html(&String::from_utf8_lossy(head)) {
        return None;
    }
    let head = match memchr::memmem::find(&head.to_ascii_lowercase(), b"<body") {
        Some(body) => &head[..body],
        None => head,
    };
    let label = META.captures(head)?.get(1)?.as_bytes();
    match Encoding::for_label(label)? {
        enc if enc == UTF_16BE || enc == UTF_16LE => Some(UTF_8),
        enc if enc == encoding_rs::X_USER_DEFINED => Some(encoding_rs::WINDOWS_1252),
        enc => Some(enc),
    }
}

/// How far into a page its `<meta charset>` is looked for (its head, at most this many bytes).
const HEAD_BYTES: usize = 16 * 1024;

/// Full-width digits and points as ASCII, line breaks as `\n`, and every other control or
/// invisible formatting character as a space (one character for one, so lines and columns
/// stay those of the report).
pub fn normalize(text: &str) -> String {
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
            decode(&vec![b'a'; MAX_REPORT_BYTES + 1]).unwrap_err(),
            NotText::TooLarge(MAX_REPORT_BYTES + 1)
        );
        assert!(matches!(decode(b"\xFF\xFF\xFF\x80\x80").unwrap_err(), NotText::Undecodable(..)));
    }

    #[test]
    fn pages_are_said_to_be_and_read_in_their_meta_charset() {
        assert!(decode(b"<!DOCTYPE html><html><body>46</body></html>").unwrap().html);
        assert!(!decode("收入<3000元".as_bytes()).unwrap().html);
        let page = "<html><head><meta http-equiv=Content-Type content='text/html; charset=big5'>\
                    </head><body>選派46名</body></html>";
        let (big5, _, _) = encoding_rs::BIG5.encode(page);
        let d = decode(&big5).unwrap();
        assert_eq!((d.text.as_str(), d.encoding, d.html), (page, "Big5", true));
        // What only a page's head says: a text that is not a page is read as before.
        let text = "报告 <meta charset=big5> 选派46名";
        let (gbk, _, _) = GB18030.encode(text);
        assert_eq!(decode(&gbk).unwrap().encoding, "GB18030");
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
