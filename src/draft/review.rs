//! `relief-dash draft --review`: the drafted figures as a table for a reviewer, each
//! figure's row followed by the report's words around it, the figure marked.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::number;
use crate::data::{Dataset, Indicator, Period};
use crate::safe::escape;

/// Characters of the report's line shown each side of a figure.
pub const AROUND: usize = 14;

/// What marks a figure in its words: full-width lenticular brackets. Chinese prose uses
/// them for headings, not inside sentences, so they stand out from the words around; they
/// are two columns wide in every terminal (no ambiguous width), and need no colour.
pub const MARK: (&str, &str) = ("【", "】");

/// Fewest columns of words kept each side of a figure in a narrow terminal: rather a long
/// line than rows that all look alike.
const LEAST: usize = 12;

/// Fewest columns a label is cut to in a narrow terminal.
const LEAST_LABEL: usize = 12;

const HEADER: [&str; 8] = ["id", "label", "value", "unit", "qualifier", "date", "section", "at"];
const LABEL: usize = 1;

/// The table of a draft of `text`: a row per figure (id, Chinese label, value, unit,
/// qualifier, date, section, line:column), and under it up to [`AROUND`] characters of its
/// line of the report each side of it, the figure (its numeral, scale word and unit)
/// marked with [`MARK`]. `width`: the terminal's, which labels are cut and words fitted
/// to; `None` (not a terminal) cuts nothing. Every text is escaped for a terminal.
pub fn table(d: &Dataset, text: &str, width: Option<usize>) -> String {
    let mut lines = Lines::new(text);
    let rows: Vec<([String; 8], Words)> =
        d.indicators.iter().map(|i| (cells(i), words(i, &mut lines))).collect();
    let mut widths = HEADER.map(UnicodeWidthStr::width);
    for (r, _) in &rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.width());
        }
    }
    if let Some(width) = width {
        let others: usize = widths.iter().map(|w| w + 2).sum::<usize>() - widths[LABEL];
        widths[LABEL] = widths[LABEL].min(width.saturating_sub(others).max(LEAST_LABEL));
    }
    let indent = " ".repeat(widths[0] + 2);
    let row = |cells: [&str; 8]| {
        let mut out = String::new();
        for (k, cell) in cells.into_iter().enumerate() {
            let cell = if k == LABEL { keep_left(cell, widths[k]) } else { cell.to_string() };
            out.push_str(&cell);
            out.push_str(&" ".repeat(widths[k].saturating_sub(cell.width()) + 2));
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = row(HEADER);
    for (r, w) in &rows {
        out.push_str(&row([&r[0], &r[1], &r[2], &r[3], &r[4], &r[5], &r[6], &r[7]]));
        let room = width.map(|width| width.saturating_sub(indent.len()));
        let words = w.fit(room);
        if !words.is_empty() {
            out.push_str(&indent);
            out.push_str(&words);
            out.push('\n');
        }
    }
    out
}

fn cells(i: &Indicator) -> [String; 8] {
    let at = i.more().draft.as_ref().map_or(String::new(), |s| format!("{}:{}", s.line, s.column));
    [
        escape(&i.id).into_owned(),
        escape(i.label.zh()).into_owned(),
        crate::words::number(i.value),
        i.unit.code().to_string(),
        i.qualifier.code().to_string(),
        i.as_of.as_ref().map_or(String::new(), period),
        escape(&i.section).into_owned(),
        at,
    ]
}

fn period(p: &Period) -> String {
    match (&p.kind, &p.date, p.from(), p.to()) {
        (Some(k), Some(d), _, _) => format!("{} {d}", format!("{k:?}").to_lowercase()),
        (_, _, Some(f), Some(t)) => format!("{f}..{t}"),
        _ => String::new(),
    }
}

/// A figure's words: before it, itself (empty when it is not found in the text), after
/// it; each escaped, `…` where cut inside its line.
#[derive(Debug, Default, PartialEq)]
struct Words {
    before: String,
    figure: String,
    after: String,
}

impl Words {
    /// The words on one line, fitted to `room` columns (`None`: as they are) but keeping at
    /// least [`LEAST`] columns each side and the figure whole.
    fn fit(&self, room: Option<usize>) -> String {
        let (before, after) = match room {
            None => (self.before.clone(), self.after.clone()),
            Some(room) => {
                let marks = MARK.0.width() + MARK.1.width();
                let room = room.saturating_sub(self.figure.width() + marks);
                let left = keep_right(&self.before, (room / 2).max(LEAST));
                let right = keep_left(&self.after, room.saturating_sub(left.width()).max(LEAST));
                (left, right)
            }
        };
        if self.figure.is_empty() {
            return after;
        }
        format!("{before}{}{}{}{after}", MARK.0, self.figure, MARK.1)
    }
}

/// The words of the report around figure `i`, found at its line and column; its draft
/// sentence, unmarked, where the text has no figure there.
fn words(i: &Indicator, lines: &mut Lines) -> Words {
    let Some(source) = &i.more().draft else { return Words::default() };
    let found = lines.find(source.line as usize, source.column as usize);
    let Some((line, at, end)) = found.map(|(l, at)| (l, at, at + figure_len(&l[at..], i))) else {
        return Words { after: escape(&source.sentence).into_owned(), ..Words::default() };
    };
    if end == at {
        return Words { after: escape(&source.sentence).into_owned(), ..Words::default() };
    }
    let (head, rest) = (line[..at].trim_start(), line[end..].trim_end());
    let before: Vec<char> = head.chars().rev().take(AROUND + 1).collect();
    let before = if before.len() > AROUND {
        format!("…{}", before[..AROUND].iter().rev().collect::<String>())
    } else {
        head.to_string()
    };
    let after: String = rest.chars().take(AROUND).collect();
    let after = if after.len() < rest.len() { after + "…" } else { after };
    Words {
        before: escape(&before).into_owned(),
        figure: escape(&line[at..end]).into_owned(),
        after: escape(&after).into_owned(),
    }
}

/// Bytes of the figure at the start of `s`: its numeral, then 多 or 余, a scale word
/// (万亿, 亿, 万, 千), and its unit: as much of the unit's Chinese name as follows (元 of
/// 万元, 家 of 家企业), else one letter or %. One character where no numeral starts.
fn figure_len(s: &str, i: &Indicator) -> usize {
    let Some(Ok(n)) = number::read(s) else {
        return s.chars().next().map_or(0, char::len_utf8);
    };
    let mut end = n.len;
    let mut skip = |words: &[&str]| {
        if let Some(w) = words.iter().find(|w| s[end..].starts_with(**w)) {
            end += w.len();
        }
    };
    skip(&["多", "余"]);
    skip(&["万亿", "亿", "万", "千"]);
    let name = &i.unit.def().zh;
    let name = ["万亿", "亿", "万", "千"].iter().find_map(|w| name.strip_prefix(w)).unwrap_or(name);
    let same: usize = s[end..]
        .chars()
        .zip(name.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let one = s[end..].chars().next().filter(|&c| {
        (c.is_alphabetic() && !c.is_ascii() && !number::starts_numeral(c))
            || matches!(c, '%' | '％' | '‰')
    });
    end + if same > 0 { same } else { one.map_or(0, char::len_utf8) }
}

/// The report's lines, and where the last figure was found in them: figures come in the
/// order of the text, so each is found from the one before (a table written as one line
/// of 16,000 figures is read once, not once a figure).
struct Lines<'a> {
    lines: Vec<&'a str>,
    /// Line (1-based), byte offset in it, and column (1-based) of the last figure.
    last: (usize, usize, usize),
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines { lines: text.lines().collect(), last: (0, 0, 1) }
    }

    /// The line and the byte offset in it of `column` (in characters, 1-based).
    fn find(&mut self, line: usize, column: usize) -> Option<(&'a str, usize)> {
        let text = *self.lines.get(line.checked_sub(1)?)?;
        let (mut at, mut col) = match self.last {
            (l, at, col) if l == line && col <= column => (at, col),
            _ => (0, 1),
        };
        let mut chars = text[at..].chars();
        while col < column {
            at += chars.next()?.len_utf8();
            col += 1;
        }
        self.last = (line, at, col);
        Some((text, at))
    }
}

/// The start of `s` that fits `room` columns, with `…` where it was cut.
fn keep_left(s: &str, room: usize) -> String {
    if s.width() <= room {
        return s.to_string();
    }
    let s = s.trim_end_matches('…');
    let mut out = String::new();
    let mut used = 1;
    for c in s.chars() {
        used += c.width().unwrap_or(0);
        if used > room {
            break;
        }
        out.push(c);
    }
    out + "…"
}

/// The end of `s` that fits `room` columns, with `…` where it was cut.
fn keep_right(s: &str, room: usize) -> String {
    if s.width() <= room {
        return s.to_string();
    }
    let s = s.trim_start_matches('…');
    let mut start = s.len();
    let mut used = 1;
    for (k, c) in s.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > room {
            break;
        }
        start = k;
    }
    format!("…{}", &s[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A draft of `figures` (`(value, unit, line, column)`) as a dataset.
    fn draft(figures: &[(f64, &str, u32, u32)]) -> Dataset {
        let indicators: Vec<String> = figures
            .iter()
            .enumerate()
            .map(|(n, (value, unit, line, column))| {
                format!(
                    r#"{{"id":"f{:03}","section":"other","label":{{"zh":"标签{n}","en":"TODO"}},"value":{value},"unit":"{unit}","qualifier":"exact","draft":{{"sentence":"句子{n}","line":{line},"column":{column}}}}}"#,
                    n + 1
                )
            })
            .collect();
        let text = |s: &str| format!(r#"{{"zh":"{s}","en":"TODO"}}"#);
        let json = format!(
            r#"{{"format_version":2,"meta":{{"title":{t},"region":{t},"outlet":{t},"publisher":{t},"published":"2021-12-20","url":"https://TODO.invalid/","source_title":{t}}},"sections":[{{"id":"other","title":{{"zh":"其他","en":"Other"}}}}],"indicators":[{}]}}"#,
            indicators.join(","),
            t = text("标题")
        );
        crate::data::parse("draft.json", json.as_bytes()).unwrap()
    }

    const TEXT: &str = "标题\n  全县共选派第一书记46名干部到村任职，其中女性12名，累计投入资金1,806万元用于修建道路。\n末行7%";

    #[test]
    fn each_figure_has_its_row_and_its_words_marked() {
        let d =
            draft(&[(46.0, "person", 2, 12), (1806.0, "wan_yuan", 2, 36), (7.0, "percent", 3, 3)]);
        let out = table(&d, TEXT, None);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "id    label  value  unit      qualifier  date  section  at", "{out}");
        assert!(lines[1].starts_with("f001  标签0  46     person    exact"), "{out}");
        assert!(lines[1].ends_with("other    2:12"), "{out}");
        // Up to 14 characters each side, the line's indentation left out, … where cut.
        assert_eq!(
            lines[2], "      全县共选派第一书记【46名】干部到村任职，其中女性12名…",
            "{out}"
        );
        assert_eq!(
            lines[4], "      …其中女性12名，累计投入资金【1,806万元】用于修建道路。",
            "{out}"
        );
        assert_eq!(lines[6], "      末行【7%】", "{out}");
        assert_eq!(lines.len(), 7);
    }

    #[test]
    fn a_terminal_fits_the_words_but_keeps_them_apart() {
        let d = draft(&[(46.0, "person", 2, 12), (12.0, "person", 2, 26)]);
        // Wide enough: as piped.
        assert_eq!(table(&d, TEXT, Some(200)), table(&d, TEXT, None));
        let narrow = table(&d, TEXT, Some(30));
        let words: Vec<&str> = narrow.lines().skip(2).step_by(2).collect();
        // Never fewer than 12 columns each side of the figure: rows never look alike.
        assert_eq!(words[0], "      …派第一书记【46名】干部到村任…", "{narrow}");
        assert_eq!(words[1], "      …，其中女性【12名】，累计投入…", "{narrow}");
        assert!(words.iter().all(|w| w.width() >= 6 + 2 * LEAST), "{narrow}");
    }

    #[test]
    fn control_characters_of_the_report_are_escaped_and_a_missing_place_falls_back() {
        let d = draft(&[(46.0, "person", 1, 5), (5.0, "person", 9, 1)]);
        let out = table(&d, "\u{1b}[2J46名\u{7}干部", None);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(out.contains("\\u{1b}[2J【46名】\\u{7}干部"), "{out}");
        // No line 9 in the text: the figure's draft sentence, unmarked.
        assert!(out.ends_with("      句子1\n"), "{out}");
    }

    #[test]
    fn the_mark_covers_scale_words_and_units_as_the_report_writes_them() {
        let len = |s: &str, unit: &str| {
            let d = draft(&[(1.0, unit, 1, 1)]);
            s[..figure_len(s, &d.indicators[0])].to_string()
        };
        assert_eq!(len("960多万人口", "wan_person"), "960多万人");
        assert_eq!(len("12家企业参与", "enterprise"), "12家企业");
        assert_eq!(len("12家，", "enterprise"), "12家");
        assert_eq!(len("46名干部", "person"), "46名");
        assert_eq!(len("1.6万亿元。", "wanyi_yuan"), "1.6万亿元");
        assert_eq!(len("三千户", "household"), "三千户");
        assert_eq!(len("7％，", "percent"), "7％");
        assert_eq!(len("x", "person"), "x");
    }
}
