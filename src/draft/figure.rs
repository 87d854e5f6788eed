//! One figure where a numeral starts: its value (or range), scale, unit, qualifier, date
//! and label, or why what starts there is no figure.

use crate::data::units::MIN_MAGNITUDE;
use crate::data::{PeriodKind, Qualifier, Unit};

use super::found::Found;
use super::label;
use super::measure::{Carried, Measure, Scale, measure};
use super::number::{self, NotANumber, Numeral, starts_numeral};
use super::tables::{AFTER, BEFORE, FILLER, MEASURES, NOT_COUNTS, NOT_COUNTS_BEFORE, RANGE};
use super::when::{self, Day};

/// What starts at a numeral.
#[derive(Debug)]
pub enum Read {
    /// A figure, and the bytes it takes.
    Figure(Box<Found>, usize),
    /// No figure: skip these bytes (a numeral that must not be read again from inside).
    Skip(usize),
}

/// The figure starting at byte `i` of the sentence; what comes before it is read from byte
/// `near` on. `carried` is what the counts before it counted.
pub fn read(
    sentence: &str,
    near: usize,
    i: usize,
    report: Option<Day>,
    carried: Carried,
) -> Option<Read> {
    let n = match number::read(&sentence[i..])? {
        Ok(n) => n,
        Err(NotANumber::LeadingZero(len)) => return Some(Read::Skip(len)),
    };
    let skip = Some(Read::Skip(n.len));
    let before = &sentence[near..i];
    let rest = &sentence[i + n.len..];
    // Dates, times and numbers that are part of a code are not figures.
    if rest.starts_with(|c: char| c.is_ascii_alphabetic())
        || (n.four_digits && rest.starts_with('年'))
        || rest.starts_with(['月', '日', '号', '时'])
        || rest
            .strip_prefix([':', '/', '：', '.'])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return skip;
    }
    // 一 is "a" (一家人, 一场, 过去一年), and some counting words are no counts (三大产业).
    let lone_one = n.chinese
        && n.value == 1.0
        && n.high.is_none()
        && n.len == '一'.len_utf8()
        && !rest.starts_with(['万', '亿']);
    if lone_one
        || NOT_COUNTS.iter().any(|w| rest.starts_with(w))
        || (n.chinese && NOT_COUNTS_BEFORE.iter().any(|w| before.ends_with(w)))
    {
        return skip;
    }
    match figure(sentence, before, i, &n, report, carried) {
        Some(found) => Some(found),
        None => skip,
    }
}

/// 多 or 余 at the start of `s` (960多万, 100余名): its bytes.
fn more(s: &str) -> usize {
    ["多", "余"].iter().find(|w| s.starts_with(*w)).map_or(0, |w| w.len())
}

/// A second numeral right after a scale word (3万5千元, 1万2000人): its value in the
/// scale's unit and its bytes.
fn compound(s: &str, scale: f64) -> Option<(f64, usize)> {
    // 万千瓦, 万千米: a unit, not a second numeral.
    if MEASURES.iter().any(|(w, _)| s.starts_with(w)) {
        return None;
    }
    let m = number::read(s)?.ok()?;
    let rest = &s[m.len..];
    let (times, len) = match number::scale(rest, false) {
        Some((len, "千", f)) => (f, len),
        _ if rest.starts_with('百') => (100.0, '百'.len_utf8()),
        _ => (1.0, 0),
    };
    let add = m.value * times;
    (add < scale && m.high.is_none()).then_some((add / scale, m.len + len))
}

fn figure(
    s: &str,
    before: &str,
    i: usize,
    n: &Numeral,
    report: Option<Day>,
    carried: Carried,
) -> Option<Read> {
    let mut at = i + n.len;
    let mut value = n.value;
    let mut high = n.high;
    // 多 and 余 on the numeral come first, then the words before it, then those after.
    let mut attached = None;
    if more(&s[at..]) > 0 {
        attached = Some(Qualifier::AtLeast);
        at += more(&s[at..]);
    }
    // A range: 1至2个, 3-5万元, 300～400元.
    if high.is_none()
        && let Some(w) = RANGE.iter().find(|w| s[at..].starts_with(*w))
        && s[at + w.len()..].starts_with(starts_numeral)
    {
        let m = number::read(&s[at + w.len()..])?.ok()?;
        if m.value <= value || m.chinese != n.chinese || m.high.is_some() {
            return None;
        }
        high = Some(m.value);
        at += w.len() + m.len;
    } else if s[at..].starts_with(['-', '—', '～', '~']) {
        return None;
    }
    let mut scale: Scale = None;
    if let Some((len, w, f)) = number::scale(&s[at..], n.chinese) {
        scale = Some((w, f));
        at += len;
        if let Some((add, len)) = compound(&s[at..], f).filter(|_| !n.chinese && high.is_none()) {
            value += add;
            at += len;
        } else if s[at..].starts_with(starts_numeral)
            && !MEASURES.iter().any(|(w, _)| s[at..].starts_with(w))
        {
            return None;
        }
        if more(&s[at..]) > 0 {
            attached = Some(Qualifier::AtLeast);
            at += more(&s[at..]);
        }
    }
    let Measure { mut unit, declared, len, noun, word } =
        measure(&s[at..], before, scale, n.chinese, carried)?;
    at += len;
    // A percentage past 100 is of another figure (完成计划的104.1%, 增长1,050%), not a share.
    if unit.code() == "percent" && high.unwrap_or(value) > 100.0 {
        unit = Unit::library("percent_of")?;
    }
    // A value its unit cannot hold (1.5名, 300岁, 0.0000001元) is not a figure of the report.
    let (lo, hi) = unit.range();
    let fits = |v: f64| {
        (lo..=hi).contains(&v)
            && !(unit.def().whole && v.fract() != 0.0)
            && (v == 0.0 || v.abs().min((v * unit.factor()).abs()) >= MIN_MAGNITUDE)
    };
    if !fits(value) || !high.is_none_or(fits) {
        return None;
    }
    let mut after = None;
    if let Some((w, q)) = AFTER.iter().find(|(w, _)| s[at..].starts_with(w)) {
        after = Some(*q);
        at += w.len();
    }
    let qualifier = attached.or_else(|| qualifier_before(before, n)).or(after);
    let mut as_of = when::period(before, report);
    // 从5544元提高到7920元: the first value held until the change.
    if before.ends_with('从')
        && let Some(p) = &mut as_of
        && p.kind == Some(PeriodKind::Since)
    {
        p.kind = Some(PeriodKind::Until);
    }
    let label = label::label(&s[at..], before);
    let found = Found {
        value,
        value_max: high,
        unit,
        declared,
        noun,
        word,
        qualifier: if high.is_some() {
            Qualifier::Exact
        } else {
            qualifier.unwrap_or(Qualifier::Exact)
        },
        as_of,
        topic: None,
        heading: None,
        label,
        sentence: String::new(),
        line: 0,
        column: 0,
    };
    Some(Read::Figure(Box::new(found), at - i))
}

/// The qualifier the words just before a numeral give (至少在, 近, 上百).
fn qualifier_before(before: &str, n: &Numeral) -> Option<Qualifier> {
    let mut b = before;
    while let Some(w) = FILLER.iter().find(|w| b.ends_with(*w)) {
        b = &b[..b.len() - w.len()];
    }
    if let Some((_, q)) = BEFORE.iter().find(|(w, _)| b.ends_with(w)) {
        return Some(*q);
    }
    // 上百户, 上千人: a hundred or more.
    (n.chinese && before.ends_with('上') && [100.0, 1000.0, 10_000.0].contains(&n.value))
        .then_some(Qualifier::AtLeast)
}
