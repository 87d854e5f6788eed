//! Which characters may reach a terminal or a spreadsheet, and how others are shown.

use std::borrow::Cow;

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// True for characters that can change how a terminal or text renderer behaves, or that
/// cannot be seen: C0 and C1 controls and DEL (category Cc), every format character (Cf:
/// bidirectional controls, soft hyphen, zero-width space, word joiner, invisible operators,
/// tag characters, the byte-order mark, ...) except the zero-width joiner and non-joiner
/// that emoji and some scripts need, and the line and paragraph separators (Zl, Zp).
pub fn is_unsafe_char(c: char) -> bool {
    // Fast paths for the text datasets mostly hold (the table lookup is a binary search);
    // a test checks they agree with the table.
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    if ('\u{3000}'..='\u{9FFF}').contains(&c) || ('\u{FF01}'..='\u{FF60}').contains(&c) {
        return false; // CJK punctuation, kana, ideographs, full-width forms: no Cc, Cf, Zl, Zp
    }
    by_category(c)
}

/// [`is_unsafe_char`] from the Unicode general category alone.
fn by_category(c: char) -> bool {
    match c.general_category() {
        GeneralCategory::Control
        | GeneralCategory::LineSeparator
        | GeneralCategory::ParagraphSeparator => true,
        GeneralCategory::Format => !matches!(c, '\u{200C}' | '\u{200D}'),
        _ => false,
    }
}

/// Whether a byte is plain: printable ASCII, a continuation byte, or the lead byte of a
/// character from U+3000 to U+9FFF (E3 to E9: CJK punctuation, kana, ideographs). A text
/// whose bytes are all plain holds only safe characters, whatever the order of its bytes.
fn plain(b: u8) -> bool {
    (b.wrapping_sub(0x20) < 0x5F) | (b.wrapping_sub(0x80) < 0x40) | (b.wrapping_sub(0xE3) < 7)
}

/// Whether every byte is plain: a loop without a branch, which the compiler turns into vector
/// instructions for a block of known size.
fn all_plain(bytes: &[u8]) -> bool {
    bytes.iter().fold(true, |all, &b| all & plain(b))
}

/// Whether every byte of a text is plain, thirty-two at a time (the last block overlapping
/// the one before: bytes passed twice are harmless).
fn text_plain(bytes: &[u8]) -> bool {
    const WIDE: usize = 32;
    let n = bytes.len();
    if n < WIDE {
        return all_plain(bytes);
    }
    let whole = |b: &[u8]| <&[u8; WIDE]>::try_from(b).is_ok_and(|b| all_plain(b));
    bytes.chunks_exact(WIDE).all(whole) && whole(&bytes[n - WIDE..])
}

/// The first unsafe character of a text, if any: [`is_unsafe_char`] over every character,
/// but reading bytes. A text whose bytes are all plain (see [`plain`]), as nearly every
/// text of a dataset is, is passed thirty-two bytes at a time; otherwise, blocks of sixteen
/// plain bytes are passed at once, and only the characters that start at a byte that is not
/// plain are decoded and looked up. Loading a dataset of 100,000 figures checks about 20
/// million characters this way.
pub fn first_unsafe(s: &str) -> Option<char> {
    const BLOCK: usize = 16;
    let bytes = s.as_bytes();
    if text_plain(bytes) {
        return None;
    }
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        // The next sixteen bytes; near the end, the last sixteen.
        let block = if i + BLOCK <= n { i..i + BLOCK } else { n.saturating_sub(BLOCK)..n };
        if block.len() == BLOCK && all_plain(&bytes[block.clone()]) {
            i = block.end;
            continue;
        }
        // One byte at a time up to the next block: a byte that is not plain is an ASCII
        // control or DEL, or starts a character to look up (so `i` is on a boundary there).
        let stop = (i + BLOCK).min(n);
        while i < stop {
            let b = bytes[i];
            if plain(b) {
                i += 1;
            } else if b < 0x80 {
                return Some(b as char);
            } else {
                let c = s.get(i..)?.chars().next()?;
                if is_unsafe_char(c) {
                    return Some(c);
                }
                i += c.len_utf8();
            }
        }
    }
    None
}

/// The text with every unsafe character written as `\u{XX}`.
pub fn escape(s: &str) -> Cow<'_, str> {
    if first_unsafe(s).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A message of several lines, each escaped: line breaks stay, everything else unsafe is
/// written as `\u{XX}`.
pub fn escape_lines(s: &str) -> String {
    s.split('\n').map(escape).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_unsafe_agrees_with_every_character_checked() {
        let samples = [
            "平潭 ok",
            "a\u{1b}[31mb",
            "x\u{202e}y",
            "全角！（）\u{AD}",
            "emoji 👨\u{200D}👩 ok",
            "",
            "\u{7F}",
            "ひらがな\u{2028}",
            "鿿\u{E0001}",
            "Ａ１\u{9b}",
            "eight ok then a tab\there",
            "long ascii text with DEL at the end\u{7f}",
            "0123456789abcdef\u{1}",
            " !\"#$%&'()*+,-./0123456789:;<=>?@AZ[\\]^_`az{|}~",
        ];
        for s in samples {
            assert_eq!(first_unsafe(s), s.chars().find(|&c| is_unsafe_char(c)), "{s:?}");
        }
        // Every character up to U+2FFFF after CJK; ASCII, every unsafe character and every
        // seventh other one outside CJK also at each place of a block, in a run of ASCII and
        // in a run of CJK.
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            let want = is_unsafe_char(c).then_some(c);
            assert_eq!(first_unsafe(&format!("漢{c}")), want, "U+{:04X}", c as u32);
            if c.is_ascii()
                || want.is_some()
                || !(0x3000..0xA000).contains(&(c as u32)) && (c as u32).is_multiple_of(7)
            {
                for at in 0..18 {
                    let s = format!("{}{c}{}", "a".repeat(at), "b".repeat(18 - at));
                    assert_eq!(first_unsafe(&s), want, "{s:?}");
                    let s = format!("{}{c}{}", "漢".repeat(at), "字".repeat(18 - at));
                    assert_eq!(first_unsafe(&s), want, "{s:?}");
                }
            }
        }
    }

    #[test]
    fn escapes_controls_and_bidi_but_keeps_cjk() {
        assert_eq!(escape("平潭 ok"), "平潭 ok");
        assert_eq!(escape("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape("x\u{202e}y\u{9b}z"), "x\\u{202e}y\\u{9b}z");
        assert_eq!(escape("tab\there"), "tab\\u{9}here");
    }

    #[test]
    fn format_characters_are_unsafe_but_joiners_are_not() {
        for c in [
            '\u{AD}',
            '\u{200B}',
            '\u{2060}',
            '\u{2064}',
            '\u{206A}',
            '\u{206F}',
            '\u{E0001}',
            '\u{E007F}',
            '\u{FEFF}',
            '\u{61C}',
            '\u{2028}',
        ] {
            assert!(is_unsafe_char(c), "U+{:04X}", c as u32);
        }
        for c in ['\u{200C}', '\u{200D}', '平', 'a', '\u{301}', '\u{FE0F}'] {
            assert!(!is_unsafe_char(c), "U+{:04X}", c as u32);
        }
        for c in (0..=0xFFFF).filter_map(char::from_u32) {
            assert_eq!(is_unsafe_char(c), by_category(c), "fast path for U+{:04X}", c as u32);
        }
        assert_eq!(escape_lines("a\u{1b}]0;x\u{7}\nb"), "a\\u{1b}]0;x\\u{7}\nb");
    }
}
