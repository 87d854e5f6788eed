//! Numbers as people read them: the shortest exact form, thousands separators, and the
//! decimal point moved exactly (no float error) to change scale.

/// A number in its shortest exact form with thousands separators: `83,982.5`.
pub fn number(v: f64) -> String {
    group(&plain(v))
}

/// A number in its shortest exact form without separators: `83982.5`.
pub fn plain(v: f64) -> String {
    let v = if v == 0.0 { 0.0 } else { v };
    format!("{v}")
}

/// Inserts thousands separators into a plain decimal string.
pub fn group(s: &str) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    if int.len() > 40 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + int.len() / 3);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// Moves the decimal point of a plain decimal string by `shift` places (exact, no float error).
pub fn shift_decimal(s: &str, shift: i32) -> String {
    let (sign, rest) = s.strip_prefix('-').map_or(("", s), |r| ("-", r));
    if rest.contains(['e', 'E']) || !rest.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return s.to_string();
    }
    let (int, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let digits: String = format!("{int}{frac}");
    let point = int.len() as i32 + shift;
    let (mut i, mut f) = if point <= 0 {
        (String::from("0"), format!("{}{digits}", "0".repeat((-point) as usize)))
    } else if point as usize >= digits.len() {
        (format!("{digits}{}", "0".repeat(point as usize - digits.len())), String::new())
    } else {
        (digits[..point as usize].to_string(), digits[point as usize..].to_string())
    };
    while f.ends_with('0') {
        f.pop();
    }
    let trimmed = i.trim_start_matches('0');
    i = if trimmed.is_empty() { "0".into() } else { trimmed.into() };
    if f.is_empty() { format!("{sign}{i}") } else { format!("{sign}{i}.{f}") }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number(1065.0), "1,065");
        assert_eq!(number(83982.5), "83,982.5");
        assert_eq!(number(249.37), "249.37");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(1234567.0), "1,234,567");
        assert_eq!(number(-1234.5), "-1,234.5");
        assert!(number(1e300).len() > 300);
    }

    #[test]
    fn shifting_is_exact() {
        assert_eq!(shift_decimal("83982.5", -2), "839.825");
        assert_eq!(shift_decimal("249.37", 4), "2493700");
        assert_eq!(shift_decimal("5", 4), "50000");
        assert_eq!(shift_decimal("5", -2), "0.05");
        assert_eq!(shift_decimal("720", -2), "7.2");
    }
}
