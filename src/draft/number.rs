//! Reading a numeral where a figure may start: Arabic digits (with thousands commas and a
//! decimal part), Chinese numerals (三, 十二, 一百二十, 两, 一万二千), two neighbouring
//! Chinese digits as a range (两三千: 2,000 to 3,000), and the scale words after them
//! (万, 亿, 万亿; 千 after Arabic digits).

/// A numeral read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// The value as written, before any scale word; a range's low end.
    pub value: f64,
    /// A range's high end (两三千: 3,000).
    pub high: Option<f64>,
    /// Whether it was written in Chinese numerals.
    pub chinese: bool,
    /// Whether it was four Arabic digits, as a year is.
    pub four_digits: bool,
    /// Bytes it takes in the text (scale words not included).
    pub len: usize,
}

const CHINESE_DIGITS: &str = "零〇一二两三四五六七八九十百千";

/// Whether `c` starts a numeral.
pub fn starts_numeral(c: char) -> bool {
    c.is_ascii_digit() || CHINESE_DIGITS.contains(c)
}

/// Why a numeral is no figure, though it looks like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotANumber {
    /// Digits with a leading zero (`050`, `007`): a code or a cut number, never a figure.
    LeadingZero(usize),
}

/// The numeral at the start of `s`, if one starts there; `Err` with the bytes to skip when
/// what starts there must not be read as a figure at all.
pub fn read(s: &str) -> Option<Result<Numeral, NotANumber>> {
    let c = s.chars().next()?;
    if c.is_ascii_digit() { arabic(s) } else { chinese(s).map(Ok) }
}

fn arabic(s: &str) -> Option<Result<Numeral, NotANumber>> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut end = digits(0);
    let first = end;
    if b[0] == b'0' && first > 1 {
        return Some(Err(NotANumber::LeadingZero(first)));
    }
    // Thousands separators: a comma followed by exactly three digits.
    while b.get(end) == Some(&b',')
        && digits(end + 1) == 3
        && !b.get(end + 4).is_some_and(u8::is_ascii_digit)
    {
        end += 4;
    }
    if b.get(end) == Some(&b'.') && digits(end + 1) > 0 {
        end += 1 + digits(end + 1);
    }
    let text: String = s[..end].chars().filter(|&c| c != ',').collect();
    let value = text.parse::<f64>().ok()?;
    Some(Ok(Numeral {
        value,
        high: None,
        chinese: false,
        four_digits: first == 4 && end == 4,
        len: end,
    }))
}

/// The value of a Chinese digit.
fn digit(c: char) -> Option<u32> {
    "零一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32).or(match c {
        '〇' => Some(0),
        '两' => Some(2),
        _ => None,
    })
}

fn chinese(s: &str) -> Option<Numeral> {
    // Two neighbouring digits are a range (两三千元, 三四十人); 一两 is one or two.
    let mut chars = s.chars();
    if let (Some(a), Some(b)) = (chars.next(), chars.next())
        && let (Some(x), Some(y)) = (digit(a), digit(b))
        && y == x + 1
        && x >= 1
    {
        let rest = chars.as_str();
        // 十, 百 and 千 are part of the numeral; 万 is a scale word the unit reads.
        let (times, more) = [("十", 10.0), ("百", 100.0), ("千", 1000.0)]
            .into_iter()
            .find(|(w, _)| rest.starts_with(w))
            .map_or((1.0, 0), |(w, f)| (f, w.len()));
        return Some(Numeral {
            value: f64::from(x) * times,
            high: Some(f64::from(y) * times),
            chinese: true,
            four_digits: false,
            len: a.len_utf8() + b.len_utf8() + more,
        });
    }
    // A run of digits, with 万 and 亿 inside it when more digits follow (一万二千).
    let mut len = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let inside = (c == '万' || c == '亿')
            && len > 0
            && it.peek().is_some_and(|&(_, n)| CHINESE_DIGITS.contains(n));
        if CHINESE_DIGITS.contains(c) || inside {
            len = i + c.len_utf8();
        } else {
            break;
        }
    }
    let run = &s[..len];
    // 百万, 千余: a hundred, a thousand, with their 一 left out.
    let value = match run.starts_with(['百', '千']) {
        true => chinese_number::from_chinese_to_u64_ten_thousand(format!("一{run}")),
        false => chinese_number::from_chinese_to_u64_ten_thousand(run),
    }
    .ok()? as f64;
    Some(Numeral { value, high: None, chinese: true, four_digits: false, len })
}

/// The scale word at the start of `s`: its length in bytes, its name and its factor.
/// 千 is a scale only after Arabic digits (3千元); in Chinese numerals it is a digit.
pub fn scale(s: &str, chinese: bool) -> Option<(usize, &'static str, f64)> {
    [("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3)]
        .into_iter()
        .filter(|(w, _)| !chinese || *w != "千")
        .find(|(w, _)| s.starts_with(w))
        .map(|(w, f)| (w.len(), w, f))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(f64, usize)> {
        read(s).and_then(Result::ok).map(|n| (n.value, n.len))
    }

    /// The numeral cases, one row each: text, value, high end, bytes read.
    #[test]
    fn numeral_cases() {
        let cases: &[(&str, f64, Option<f64>, usize)] = &[
            ("46名", 46.0, None, 2),
            ("1065名", 1065.0, None, 4),
            ("83982.5万元", 83982.5, None, 7),
            ("249.37万元", 249.37, None, 6),
            ("1,065名", 1065.0, None, 5),
            ("1,050%", 1050.0, None, 5),
            ("三年", 3.0, None, 3),
            ("十二个", 12.0, None, 6),
            ("一百二十户", 120.0, None, 12),
            ("两户", 2.0, None, 3),
            ("六大", 6.0, None, 3),
            ("一万二千人", 12_000.0, None, 12),
            ("三万五千元", 35_000.0, None, 12),
            ("十二万三千户", 123_000.0, None, 15),
            ("三万元", 3.0, None, 3),
            ("百万元", 100.0, None, 3),
            ("千余处", 1000.0, None, 3),
            ("两三千元", 2000.0, Some(3000.0), 9),
            ("三四十人", 30.0, Some(40.0), 9),
            ("一两个", 1.0, Some(2.0), 6),
            ("两三万元", 2.0, Some(3.0), 6),
        ];
        for &(text, value, high, len) in cases {
            let n = read(text).unwrap_or_else(|| panic!("{text}")).unwrap();
            assert_eq!((n.value, n.high, n.len), (value, high, len), "{text}");
        }
        assert_eq!(read("2019年").and_then(Result::ok).map(|n| n.four_digits), Some(true));
        assert_eq!(v("1.6万亿元").map(|n| n.0), Some(1.6));
        assert_eq!(read("050%"), Some(Err(NotANumber::LeadingZero(3))));
        assert_eq!(v("0.5亩"), Some((0.5, 3)));
        assert_eq!(v("x"), None);
    }

    #[test]
    fn scale_words() {
        assert_eq!(scale("万亿元", false), Some((6, "万亿", 1e12)));
        assert_eq!(scale("万元", false), Some((3, "万", 1e4)));
        assert_eq!(scale("千元", false), Some((3, "千", 1e3)));
        assert_eq!(scale("千元", true), None, "in 三千元, 千 is a digit");
    }
}
