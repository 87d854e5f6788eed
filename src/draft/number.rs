//! Reading a numeral where a figure may start: Arabic digits (with thousands commas and a
//! decimal part), Chinese numerals (三, 十二, 一百二十, 两), and the scale words after them
//! (万, 亿, 万亿), with 多/余 between (960多万).

/// A numeral read from the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Numeral {
    /// The value as written, before any scale word.
    pub value: f64,
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

/// The numeral at the start of `s`, if one starts there.
pub fn read(s: &str) -> Option<Numeral> {
    let c = s.chars().next()?;
    if c.is_ascii_digit() { arabic(s) } else { chinese(s) }
}

fn arabic(s: &str) -> Option<Numeral> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut end = digits(0);
    let first = end;
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
    Some(Numeral { value, chinese: false, four_digits: first == 4 && end == 4, len: end })
}

fn chinese(s: &str) -> Option<Numeral> {
    let len: usize =
        s.chars().take_while(|&c| CHINESE_DIGITS.contains(c)).map(char::len_utf8).sum();
    let run = &s[..len];
    let value = chinese_number::from_chinese_to_u64_ten_thousand(run).ok()? as f64;
    Some(Numeral { value, chinese: true, four_digits: false, len })
}

/// The scale word at the start of `s`: its characters' length in bytes and its name.
pub fn scale(s: &str) -> Option<(usize, &'static str)> {
    ["万亿", "亿", "万"].into_iter().find(|w| s.starts_with(w)).map(|w| (w.len(), w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_arabic_chinese_and_mixed_numerals() {
        let v = |s: &str| read(s).map(|n| (n.value, n.len));
        assert_eq!(v("46名"), Some((46.0, 2)));
        assert_eq!(v("1065名"), Some((1065.0, 4)));
        assert_eq!(v("83982.5万元"), Some((83982.5, 7)));
        assert_eq!(v("249.37万元"), Some((249.37, 6)));
        assert_eq!(v("1,065名"), Some((1065.0, 5)));
        assert_eq!(v("三年"), Some((3.0, 3)));
        assert_eq!(v("十二个"), Some((12.0, 6)));
        assert_eq!(v("一百二十户"), Some((120.0, 12)));
        assert_eq!(v("两户"), Some((2.0, 3)));
        assert_eq!(v("六大"), Some((6.0, 3)));
        assert_eq!(read("2019年").map(|n| n.four_digits), Some(true));
        assert_eq!(read("1.6万亿元").map(|n| n.value), Some(1.6));
        assert_eq!(scale("万亿元"), Some((6, "万亿")));
        assert_eq!(scale("万元"), Some((3, "万")));
        assert_eq!(v("x"), None);
    }
}
