//! When a figure holds, in words: dates as the report writes them, in either language.

use crate::data::{Period, PeriodKind};
use crate::lang::Lang;

/// A date in Chinese as a report writes it: `2019年`, `2019年11月`, `2019年11月20日`.
pub fn zh_date(d: &str) -> String {
    let mut parts = d.split('-');
    let y = parts.next().unwrap_or("");
    let num = |p: &str| p.trim_start_matches('0').to_string();
    match (parts.next(), parts.next()) {
        (Some(m), Some(day)) => format!("{y}年{}月{}日", num(m), num(day.get(..2).unwrap_or(day))),
        (Some(m), None) => format!("{y}年{}月", num(m)),
        _ => format!("{y}年"),
    }
}

/// The period in words: `since 2017`, `at 2019-09-30`, `2016 to 2020`; in Chinese
/// `截至2019年9月30日`, `2017年起`, `2013—2020年`, `2020年全年`.
pub fn period(p: &Period, lang: Lang) -> String {
    if let (Some(from), Some(to)) = (p.from(), p.to()) {
        return match lang {
            Lang::En => format!("{from} to {to}"),
            Lang::Zh if from.len() == 4 && to.len() == 4 => format!("{from}—{to}年"),
            Lang::Zh => format!("{}—{}", zh_date(from), zh_date(to)),
        };
    }
    let d = p.date.as_deref().unwrap_or("");
    match (p.kind.unwrap_or(PeriodKind::At), lang) {
        (PeriodKind::At, Lang::En) => format!("at {d}"),
        (PeriodKind::Since, Lang::En) => format!("since {d}"),
        (PeriodKind::Until, Lang::En) => format!("until {d}"),
        (PeriodKind::During, Lang::En) => format!("during {d}"),
        (PeriodKind::At, Lang::Zh) => format!("截至{}", zh_date(d)),
        (PeriodKind::Since, Lang::Zh) => format!("{}起", zh_date(d)),
        (PeriodKind::Until, Lang::Zh) => format!("{}以前", zh_date(d)),
        (PeriodKind::During, Lang::Zh) if d.len() == 4 => format!("{}全年", zh_date(d)),
        (PeriodKind::During, Lang::Zh) if d.len() == 7 => format!("{}全月", zh_date(d)),
        (PeriodKind::During, Lang::Zh) => format!("{}当天", zh_date(d)),
    }
}

/// A report's publication date as given, in either language: `2020-06-01` or `2020年6月1日`
/// (a time after the date is left out).
pub fn published(date: &str, lang: Lang) -> String {
    if date == crate::data::model::TODO_MARK {
        return match lang {
            Lang::En => "date to fill in",
            Lang::Zh => "日期待填",
        }
        .to_string();
    }
    let day = date.get(..10).unwrap_or(date);
    match lang {
        Lang::En => day.to_string(),
        Lang::Zh => zh_date(day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_dates_read_as_a_report_writes_them() {
        let at = |k, d| period(&Period::at(k, d), Lang::Zh);
        assert_eq!(at(PeriodKind::At, "2019-11-20"), "截至2019年11月20日");
        assert_eq!(at(PeriodKind::At, "2019-09"), "截至2019年9月");
        assert_eq!(at(PeriodKind::Since, "2017"), "2017年起");
        assert_eq!(at(PeriodKind::Until, "2019-04"), "2019年4月以前");
        assert_eq!(at(PeriodKind::During, "2020"), "2020年全年");
        assert_eq!(period(&Period::range("2013", "2020"), Lang::Zh), "2013—2020年");
        assert_eq!(period(&Period::range("2019-03", "2020-05"), Lang::Zh), "2019年3月—2020年5月");
        assert_eq!(period(&Period::range("2013", "2020"), Lang::En), "2013 to 2020");
        assert_eq!(published("2020-06-01T11:07+08:00", Lang::Zh), "2020年6月1日");
        assert_eq!(published("2015-12", Lang::Zh), "2015年12月");
        assert_eq!(published("2015-12", Lang::En), "2015-12");
    }
}
