//! `relief-dash draft --review`: the drafted figures as a table for a quick read.

use unicode_width::UnicodeWidthStr;

use crate::data::{Dataset, Period};
use crate::safe::escape;

/// One row per figure: value, unit, qualifier, date, section, line:column and sentence,
/// the sentence cut to fit `width` columns.
pub fn table(d: &Dataset, width: usize) -> String {
    let header = ["#", "value", "unit", "qualifier", "date", "section", "at", "sentence"];
    let rows: Vec<[String; 8]> = d
        .indicators
        .iter()
        .enumerate()
        .map(|(n, i)| {
            let (sentence, at) = i.draft.as_ref().map_or((String::new(), String::new()), |s| {
                (escape(&s.sentence).into_owned(), format!("{}:{}", s.line, s.column))
            });
            [
                (n + 1).to_string(),
                crate::words::number(i.value),
                i.unit.code().to_string(),
                i.qualifier.code().to_string(),
                i.as_of.as_ref().map_or(String::new(), period),
                i.section.to_string(),
                at,
                sentence,
            ]
        })
        .collect();
    let mut widths = header.map(UnicodeWidthStr::width);
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.width());
        }
    }
    let fixed: usize = widths[..7].iter().map(|w| w + 2).sum();
    let room = width.saturating_sub(fixed).max(20);
    let line = |cells: [&str; 8]| {
        let mut out = String::new();
        for (k, cell) in cells.iter().enumerate() {
            if k == 7 {
                out.push_str(&cut(cell, room));
            } else {
                out.push_str(cell);
                out.push_str(&" ".repeat(widths[k] - cell.width() + 2));
            }
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(header);
    for r in &rows {
        out.push_str(&line([&r[0], &r[1], &r[2], &r[3], &r[4], &r[5], &r[6], &r[7]]));
    }
    out
}

fn period(p: &Period) -> String {
    match (&p.kind, &p.date, &p.from, &p.to) {
        (Some(k), Some(d), _, _) => format!("{} {d}", format!("{k:?}").to_lowercase()),
        (_, _, Some(f), Some(t)) => format!("{f}..{t}"),
        _ => String::new(),
    }
}

/// The text cut to at most `room` columns, with … where it was cut.
fn cut(s: &str, room: usize) -> String {
    if s.width() <= room {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if out.width() + c.to_string().width() + 1 > room {
            break;
        }
        out.push(c);
    }
    out + "…"
}
