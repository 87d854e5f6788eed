//! Dates as reports give them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, timestamps, and a date
//! as a year with a fraction.

/// The first day a `YYYY[-MM[-DD]]` date covers, as `YYYY-MM-DD`.
pub fn first_day(d: &str) -> String {
    match d.len() {
        4 => format!("{d}-01-01"),
        7 => format!("{d}-01"),
        _ => d.to_string(),
    }
}

/// The last day a `YYYY[-MM[-DD]]` date covers, as `YYYY-MM-DD` (31 is enough to compare).
pub fn last_day(d: &str) -> String {
    match d.len() {
        4 => format!("{d}-12-31"),
        7 => format!("{d}-31"),
        _ => d.to_string(),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date (no 2019-02-31).
pub fn is_date(s: &str) -> bool {
    // Without collecting the parts: every figure's date is checked.
    let mut parts = s.split('-');
    let (y, m, d) = (parts.next(), parts.next(), parts.next());
    if parts.next().is_some() {
        return false;
    }
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<i16>().ok())
    };
    let field = |p: Option<&str>, len: usize| p.map(|p| num(p, len).flatten());
    match (field(y, 4), field(m, 2), field(d, 2)) {
        (Some(Some(y)), None, None) => jiff::civil::Date::new(y, 1, 1).is_ok(),
        (Some(Some(y)), Some(Some(m)), None) => {
            i8::try_from(m).is_ok_and(|m| jiff::civil::Date::new(y, m, 1).is_ok())
        }
        (Some(Some(y)), Some(Some(m)), Some(Some(d))) => {
            matches!((i8::try_from(m), i8::try_from(d)), (Ok(m), Ok(d))
                if jiff::civil::Date::new(y, m, d).is_ok())
        }
        _ => false,
    }
}

/// A date, optionally followed by `THH:MM[:SS]` and `Z` or `±HH:MM`, each a real time
/// (hours 00–23, minutes and seconds 00–59, offsets within ±23:59).
pub fn is_timestamp(s: &str) -> bool {
    let Some((date, time)) = s.split_once('T') else {
        return is_date(s) && s.len() == 10;
    };
    if !(is_date(date) && date.len() == 10) {
        return false;
    }
    let (clock, offset) = match time.find(['+', '-', 'Z']) {
        Some(i) => time.split_at(i),
        None => (time, ""),
    };
    let hms = |p: &str| -> Option<Vec<i8>> {
        let f: Vec<&str> = p.split(':').collect();
        let ok = (2..=3).contains(&f.len())
            && f.iter().all(|x| x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| f.iter().filter_map(|x| x.parse().ok()).collect())
    };
    let real_time =
        |f: &[i8]| jiff::civil::Time::new(f[0], f[1], f.get(2).copied().unwrap_or(0), 0).is_ok();
    let clock_ok = hms(clock).is_some_and(|f| real_time(&f));
    let offset_ok = offset.is_empty()
        || offset == "Z"
        || hms(&offset[1..]).is_some_and(|f| f.len() == 2 && real_time(&f));
    clock_ok && offset_ok
}

/// A date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a timestamp) as a year with a fraction.
pub fn year_of(date: &str) -> Option<f64> {
    let mut parts = date.get(..10).unwrap_or(date).split('-').map(|p| p.parse::<f64>().ok());
    let y = parts.next()??;
    let m = parts.next().flatten().unwrap_or(1.0);
    let d = parts.next().flatten().unwrap_or(1.0);
    Some(y + (m - 1.0) / 12.0 + (d - 1.0) / 365.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        for ok in ["2017", "2019-09", "2019-09-30"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "",
            "17",
            "2019-13",
            "2019-9",
            "2019-09-32",
            "2019-09-30-1",
            "２０１９",
            "2019-02-29",
            "2019-02-31",
            "2019-04-31",
            "2019-00",
            "2019-01-00",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
        for ok in
            ["2020-06-01", "2020-06-01T11:07+08:00", "2020-06-01T11:07:00Z", "2020-06-01T11:07"]
        {
            assert!(is_timestamp(ok), "{ok}");
        }
        assert!(is_date("2020-02-29"), "a leap day");
        for bad in [
            "2020",
            "2020-06-01T",
            "2020-06-01T1:07",
            "2020-06-01T11:07+8",
            "2020-06-01T99:99",
            "2020-06-01T24:00",
            "2020-06-01T11:60",
            "2020-06-01T11:07:61",
            "2020-06-01T11:07+24:00",
            "2020-02-30T11:07",
        ] {
            assert!(!is_timestamp(bad), "{bad}");
        }
    }
}
