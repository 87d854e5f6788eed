//! Finding the figures in a report's text: each numeral followed by a unit, with the
//! qualifier, date, topic and words around it. Dates, times, ordinals (第四场), numbers in
//! quotation marks or titles (“千企帮千村”, 《…》) and numbers next to Latin letters (5G) are
//! not figures, and neither is a numeral with no unit after it.

pub use super::found::Found;

use super::figure::{self, Read};
use super::measure::Carried;
use super::number::starts_numeral;
use super::quotes;
use super::topic;
use super::when::Day;

/// Lines from which on a news page's text is no longer the report.
const PAGE_TAIL: &[&str] = &[
    "责任编辑",
    "原标题",
    "相关阅读",
    "相关新闻",
    "猜你喜欢",
    "热门评论",
    "【纠错】",
    "编辑：",
    "编辑:",
];

/// Every figure of a report's text, in order.
pub fn scan(text: &str, report: Option<Day>) -> Vec<Found> {
    let mut found = Vec::new();
    let mut heading: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if PAGE_TAIL.iter().any(|w| trimmed.starts_with(w)) {
            break;
        }
        if topic::is_heading(trimmed) {
            heading = Some(trimmed.to_string());
            continue;
        }
        // Columns are counted as the line goes, never again from its start.
        let mut column = 1;
        let names = quotes::names(line);
        let mut offset = 0;
        for sentence in line.split_inclusive(['。', '！', '？', '；', ';']) {
            let at = Place { line: n + 1, column, heading: heading.as_deref() };
            let skip = quotes::Within { spans: &names, offset };
            scan_sentence(sentence, at, report, skip, &mut found);
            column += sentence.chars().count();
            offset += sentence.len();
        }
    }
    found
}

/// Where a sentence starts: its line, the column of its first character, the heading above.
#[derive(Clone, Copy)]
struct Place<'a> {
    line: usize,
    column: usize,
    heading: Option<&'a str>,
}

/// At most this many bytes of a sentence before a figure are read for its date, qualifier,
/// unit, label and clause: a sentence of 16,000 figures is then read in linear time.
const LOOK_BACK: usize = 600;

/// At most this many counts before a sentence are looked at for what a count counts.
const NEAR_COUNTS: usize = 16;

/// A figure carries at most this many characters of its sentence on each side of it, and
/// never its neighbours' (a pasted table written as one sentence stays small).
const WINDOW: usize = 16;

/// The largest character boundary of `s` at or below byte `i`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The bytes of `s` from at most `n` characters before byte `i`.
fn chars_back(s: &str, i: usize, n: usize) -> usize {
    s[..i].char_indices().rev().take(n).last().map_or(i, |(k, _)| k)
}

/// The bytes of `s` up to at most `n` characters after byte `i`.
fn chars_on(s: &str, i: usize, n: usize) -> usize {
    s[i..].char_indices().nth(n).map_or(s.len(), |(k, _)| i + k)
}

fn scan_sentence(
    sentence: &str,
    at: Place,
    report: Option<Day>,
    names: quotes::Within,
    out: &mut Vec<Found>,
) {
    let mut prev: Option<char> = None;
    let mut carried: Option<String> = None;
    // What the counts of this line and the one before counted (the last few).
    let counted: Vec<(&'static str, String)> = out
        .iter()
        .rev()
        .take(NEAR_COUNTS)
        .take_while(|f| f.line + 1 >= at.line)
        .filter_map(|f| Some((f.word?, f.noun.clone()?)))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let mut skip_to = 0;
    let first = out.len();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut sentence_topic = None;
    for (k, (i, c)) in sentence.char_indices().enumerate() {
        let continues =
            prev.is_some_and(|p| starts_numeral(p) || p == '.' || p.is_ascii_alphabetic());
        prev = Some(c);
        if i < skip_to || !starts_numeral(c) || continues || names.contains(i) {
            continue;
        }
        let near = floor_boundary(sentence, i.saturating_sub(LOOK_BACK));
        let before = &sentence[near..i];
        let carry = Carried { sentence: carried.as_deref(), near: &counted };
        let read = figure::read(sentence, near, i, report, carry);
        if before.ends_with('第') {
            skip_to = i + match read {
                Some(Read::Figure(_, len) | Read::Skip(len)) => len,
                None => c.len_utf8(),
            };
            continue;
        }
        if let Some(Read::Skip(len)) = read {
            skip_to = i + len;
        }
        if let Some(Read::Figure(f, len)) = read {
            skip_to = i + len;
            if let Some(noun) = &f.noun {
                carried = Some(noun.clone());
            }
            // Quoted words name programmes and slogans, not this figure's topic.
            let topic = topic::topic_of(&unquoted(clause(sentence, i)))
                .or_else(|| {
                    *sentence_topic.get_or_insert_with(|| topic::topic_of(&unquoted(sentence)))
                })
                .or_else(|| at.heading.and_then(topic::topic_of));
            spans.push((i, i + len));
            out.push(Found {
                topic,
                heading: at.heading.map(str::to_string),
                sentence: String::new(),
                line: at.line,
                column: at.column + k,
                ..*f
            });
        }
    }
    // Each figure's words around it: its clause, up to WINDOW characters each side, short
    // of its neighbours'; `…` where the cut is inside a clause.
    let breaks = ['、', '，', ',', '；', ';', '：', ':', '。', '！', '？'];
    for (n, &(from, to)) in spans.iter().enumerate() {
        let far_lo = chars_back(sentence, from, WINDOW).max(if n > 0 { spans[n - 1].1 } else { 0 });
        let far_hi =
            chars_on(sentence, to, WINDOW).min(spans.get(n + 1).map_or(sentence.len(), |s| s.0));
        let lo = sentence[far_lo..from].rfind(breaks).map_or(far_lo, |p| {
            far_lo + p + sentence[far_lo + p..].chars().next().map_or(1, char::len_utf8)
        });
        let hi = sentence[to..far_hi].find(breaks).map_or(far_hi, |p| to + p);
        let (lo, hi) = (lo.min(from), hi.max(to));
        let (head, tail) = (sentence[..lo].trim(), sentence[hi..].trim());
        let cut_before = !head.is_empty() && !head.ends_with(breaks);
        let cut_after = !tail.is_empty() && !tail.starts_with(breaks);
        let words = sentence[lo..hi].trim();
        let own = format!("{}{}", out[first + n].label, &sentence[from..to]);
        // Words that say no more than the label and the figure are left out.
        if words == own || words == &sentence[from..to] {
            continue;
        }
        out[first + n].sentence = format!(
            "{}{words}{}",
            if cut_before { "…" } else { "" },
            if cut_after { "…" } else { "" }
        );
    }
}

/// The text without what is inside quotation marks and title marks.
fn unquoted(s: &str) -> String {
    let mut depth = 0i32;
    s.chars()
        .filter(|&c| {
            match c {
                '“' | '《' | '「' | '『' => depth += 1,
                '”' | '》' | '」' | '』' => depth = (depth - 1).max(0),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// The clause around byte `i`: between the commas (or other breaks) on either side, within
/// [`LOOK_BACK`] bytes of it.
fn clause(sentence: &str, i: usize) -> &str {
    let stops = ['，', ',', '：', ':'];
    let lo = floor_boundary(sentence, i.saturating_sub(LOOK_BACK));
    let hi = floor_boundary(sentence, i.saturating_add(LOOK_BACK));
    let from = sentence[lo..i]
        .rfind(stops)
        .map_or(lo, |p| lo + p + sentence[lo + p..].chars().next().map_or(1, char::len_utf8));
    let to = sentence[i..hi].find(stops).map_or(hi, |p| i + p);
    &sentence[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{PeriodKind, Qualifier};

    const REPORT: Option<Day> = Some(Day { year: 2020, month: 6, day: 1 });

    fn one(text: &str) -> Vec<(f64, String, Qualifier)> {
        scan(text, REPORT)
            .into_iter()
            .map(|f| (f.value, f.unit.code().to_string(), f.qualifier))
            .collect()
    }

    #[test]
    fn figures_with_units_and_qualifiers() {
        use Qualifier::*;
        let f = |v: f64, u: &str, q| (v, u.to_string(), q);
        assert_eq!(
            one("招聘了100余名35岁以下专科以上全职文员。"),
            vec![f(100.0, "person", AtLeast), f(35.0, "age_years", AtMost)]
        );
        assert_eq!(
            one("带动300多户农户、近1000名农民参与。"),
            vec![f(300.0, "household", AtLeast), f(1000.0, "person", Nearly)]
        );
        assert_eq!(one("项目总投资约83982.5万元。"), vec![f(83982.5, "wan_yuan", About)]);
        assert_eq!(one("全国960多万人脱贫。"), vec![f(960.0, "wan_person", AtLeast)]);
        assert_eq!(one("累计投入1.6万亿元。"), vec![f(1.6, "wanyi_yuan", Exact)]);
        assert_eq!(one("近1亿人摆脱贫困。"), vec![f(1.0, "yi_person", Nearly)]);
        assert_eq!(one("新建12.8万个贫困村。"), vec![f(12.8, "wan_village", Exact)]);
        assert_eq!(
            one("实施三年行动计划和六大扶贫工程。"),
            vec![f(3.0, "year", Exact), f(6.0, "program", Exact)]
        );
        assert_eq!(one("种植1115亩,存栏260头,修路12公里,覆盖率98.5%。").len(), 4);
        assert_eq!(
            one("收益率不超过5%,最高3万元。"),
            vec![f(5.0, "percent", AtMost), f(3.0, "wan_yuan", AtMost)]
        );
        assert_eq!(one("左右"), vec![]);
        assert_eq!(one("培训200人左右。"), vec![f(200.0, "person", About)]);
    }

    #[test]
    fn what_is_not_a_figure() {
        for text in [
            "2019年4月23日召开。",
            "全区第四场培训会。",
            "驻村第一书记到岗。",
            "“千企帮千村”行动和“两不愁、三保障”。",
            "《2020年扶贫计划》印发。",
            "来源:平潭时报 2020-06-01 11:07",
            "电话0591-12345678。",
            "时间：10：30,比分3：1。",
            "5G基站和G20峰会。",
            "进一步提升,一路走去。",
            "共有1065个。",
            "1万%和1.5名和300岁。",
        ] {
            assert_eq!(one(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_page_tail_is_not_read() {
        assert_eq!(one("共12家企业。\n责任编辑:某某\n福建省新增214家省级绿色工厂").len(), 1);
    }

    #[test]
    fn dates_positions_labels_and_changes() {
        let f = scan(
            "标题\n  2019年4月起我区农村低保标准从5544元提高到7920元;去年全年共为全区扶贫开发对象发放低保金249.37万元。",
            REPORT,
        );
        assert_eq!(f.len(), 3);
        let p =
            |i: usize| f[i].as_of.clone().map(|p| (p.kind.unwrap(), p.date.unwrap().to_string()));
        assert_eq!(p(0), Some((PeriodKind::Until, "2019-04".into())));
        assert_eq!(p(1), Some((PeriodKind::Since, "2019-04".into())));
        assert_eq!(p(2), Some((PeriodKind::During, "2019".into())));
        assert_eq!(f[0].unit.code(), "yuan_per_person_year");
        assert_eq!((f[0].line, f[0].column), (2, 20));
        assert_eq!(f[2].label, "低保金");
        assert_eq!(f[0].topic.map(|t| t.id), Some("social_security"));
    }
}
