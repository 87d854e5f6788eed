//! The date or period a sentence gives a figure: the last date words before it in its
//! sentence (2019年4月起 → since 2019-04, 截至2019年9月底 → at 2019-09-30, 2017年以来 → since
//! 2017, 去年全年 → during the year before the report, 目前 → at the report's date).

use std::sync::LazyLock;

use regex::Regex;

use crate::data::{Period, PeriodKind};

/// The report's own date, which 今年, 去年 and 目前 are read against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    /// The year.
    pub year: i16,
    /// The month, 1 to 12.
    pub month: i8,
    /// The day of the month.
    pub day: i8,
}

impl Day {
    /// The day as `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

struct Pattern {
    re: Regex,
    read: fn(&regex::Captures, Option<Day>) -> Option<Period>,
}

fn num<T: std::str::FromStr>(c: &regex::Captures, name: &str) -> Option<T> {
    c.name(name)?.as_str().parse().ok()
}

fn month(y: i16, m: i8) -> Option<String> {
    jiff::civil::Date::new(y, m, 1).ok().map(|_| format!("{y:04}-{m:02}"))
}

fn day(y: i16, m: i8, d: i8) -> Option<String> {
    jiff::civil::Date::new(y, m, d).ok().map(|_| format!("{y:04}-{m:02}-{d:02}"))
}

/// A year written as digits, or 去年/今年/前年 against the report's date.
fn year(c: &regex::Captures, report: Option<Day>) -> Option<i16> {
    if let Some(y) = num::<i16>(c, "y") {
        return Some(y);
    }
    let r = report?.year;
    match c.name("rel")?.as_str() {
        "今年" => Some(r),
        "去年" => Some(r - 1),
        "前年" => Some(r - 2),
        _ => None,
    }
}

const YEAR: &str = r"(?:(?P<y>(?:19|20)[0-9]{2})年|(?P<rel>今年|去年|前年))";

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    let p = |re: &str, read| Pattern { re: Regex::new(re).expect("a valid pattern"), read };
    vec![
        // 截至2019年9月底, 截至2019年9月30日, 截至2019年底
        p(
            &format!(
                r"截[至止]{YEAR}(?:(?P<m>[0-9]{{1,2}})月(?:(?P<d>[0-9]{{1,2}})日|底|末)?|底|末)"
            ),
            |c, r| {
                let y = year(c, r)?;
                let date = match (num::<i8>(c, "m"), num::<i8>(c, "d")) {
                    (Some(m), Some(d)) => day(y, m, d)?,
                    (Some(m), None) => {
                        let last = jiff::civil::Date::new(y, m, 1).ok()?.last_of_month();
                        day(y, m, last.day())?
                    }
                    _ => day(y, 12, 31)?,
                };
                Some(Period::at(PeriodKind::At, &date))
            },
        ),
        // 截至目前, 目前, 至今: the report's date
        p(r"截[至止]目前|目前|至今|现已", |_, r| {
            Some(Period::at(PeriodKind::At, &r?.iso()))
        }),
        // 2019年4月起, 今年4月以来, 2017年以来, 去年开始
        p(&format!(r"{YEAR}(?:(?P<m>[0-9]{{1,2}})月)?(?:份)?(?:起|开始|以来)"), |c, r| {
            let y = year(c, r)?;
            let date = match num::<i8>(c, "m") {
                Some(m) => month(y, m)?,
                None => format!("{y:04}"),
            };
            Some(Period::at(PeriodKind::Since, &date))
        }),
        // 去年全年, 2019年全年, 2019年，
        p(&format!(r"{YEAR}(?:全年|[，,]|共|累计)"), |c, r| {
            Some(Period::at(PeriodKind::During, &format!("{:04}", year(c, r)?)))
        }),
        // 4月23日, (今年)4月23日
        p(&format!(r"{YEAR}?(?P<m>[0-9]{{1,2}})月(?P<d>[0-9]{{1,2}})日"), |c, r| {
            let y = num::<i16>(c, "y").or_else(|| year(c, r)).or(r.map(|r| r.year))?;
            let date = day(y, num(c, "m")?, num(c, "d")?)?;
            Some(Period::at(PeriodKind::At, &date))
        }),
    ]
});

/// The period the last date words in `before` (the sentence up to the figure) give.
pub fn period(before: &str, report: Option<Day>) -> Option<Period> {
    PATTERNS
        .iter()
        .flat_map(|p| {
            p.re.captures_iter(before)
                .filter_map(|c| Some((c.get(0)?.end(), (p.read)(&c, report)?)))
        })
        .max_by_key(|(end, _)| *end)
        .map(|(_, period)| period)
}

/// The first full date in a text (2020-06-01, 2020年6月1日): a report's own date.
pub fn first_date(text: &str) -> Option<Day> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"((?:19|20)[0-9]{2})(?:-|年|/)([0-9]{1,2})(?:-|月|/)([0-9]{1,2})")
            .expect("a valid pattern")
    });
    DATE.captures_iter(text).find_map(|c| {
        let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        jiff::civil::Date::new(y, m, d).ok().map(|_| Day { year: y, month: m, day: d })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REPORT: Option<Day> = Some(Day { year: 2020, month: 6, day: 1 });

    fn p(before: &str) -> Option<(PeriodKind, String)> {
        period(before, REPORT).map(|p| (p.kind.unwrap(), p.date.unwrap().to_string()))
    }

    #[test]
    fn date_words_give_periods() {
        use PeriodKind::*;
        assert_eq!(p("2019年4月起我区农村低保标准从"), Some((Since, "2019-04".into())));
        assert_eq!(p("截至2019年9月底,平潭"), Some((At, "2019-09-30".into())));
        assert_eq!(p("2017年以来,实验区从各单位选派了"), Some((Since, "2017".into())));
        assert_eq!(p("去年开始,实验区实施了"), Some((Since, "2019".into())));
        assert_eq!(p("今年4月起,实验区扶贫办走进"), Some((Since, "2020-04".into())));
        assert_eq!(p("去年全年共为全区扶贫开发对象发放低保金"), Some((During, "2019".into())));
        assert_eq!(p("4月23日,全区"), Some((At, "2020-04-23".into())));
        assert_eq!(p("截至目前,实验区"), Some((At, "2020-06-01".into())));
        assert_eq!(p("实验区还选聘了"), None);
        assert_eq!(p("2019年2月30日"), None, "not a real day");
    }

    #[test]
    fn the_first_full_date_is_the_report_date() {
        assert_eq!(first_date("来源:平潭时报 2020-06-01 11:07"), REPORT);
        assert_eq!(first_date("2020年6月1日 星期一"), REPORT);
        assert_eq!(first_date("2019年"), None);
    }
}
