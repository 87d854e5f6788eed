//! Fitting a chart's bar labels into a width so that each keeps its meaning: where cutting
//! the end would make two labels look the same, the part that tells them apart (a year, the
//! distinguishing word) is kept and the middle is cut instead.

use super::text::{fit, head, width};

/// Characters after which a distinguishing part may start.
fn is_boundary(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | '(' | '（' | '，' | '、' | '-' | '/' | ':' | '：' | '·')
}

/// How many leading characters two labels share.
fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// The last cells of `s`, at most `max` wide.
fn tail_cells(s: &str, max: usize) -> String {
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in s.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max {
            break;
        }
        out.push(c);
        used += w;
    }
    out.into_iter().rev().collect()
}

/// `label` cut to `max` cells around `tail`: `Net income p…2015`.
fn keep_tail(label: &str, tail: &str, max: usize) -> String {
    let tail_w = width(tail);
    if tail_w + 2 > max {
        return format!("…{}", tail_cells(tail, max.saturating_sub(1)));
    }
    format!("{}…{tail}", head(label, max - tail_w - 1).trim_end())
}

/// The labels, each at most `max` cells, no two alike unless the labels themselves are.
pub fn distinct(labels: &[&str], max: usize) -> Vec<String> {
    let cut: Vec<String> = labels.iter().map(|l| fit(l, max)).collect();
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let clashing: Vec<&str> = (0..labels.len())
                .filter(|&j| j != i && cut[j] == cut[i] && labels[j] != *label)
                .map(|j| labels[j])
                .collect();
            if clashing.is_empty() {
                return cut[i].clone();
            }
            let shared = clashing.iter().map(|o| common_prefix(label, o)).max().unwrap_or(0);
            let chars: Vec<char> = label.chars().collect();
            // Start the kept part at the word or bracket where the difference begins.
            let start = (0..shared.min(chars.len()))
                .rev()
                .find(|&k| is_boundary(chars[k]))
                .map_or(shared, |k| k + 1);
            let tail: String = chars[start.min(chars.len())..].iter().collect();
            keep_tail(label, tail.trim_start(), max)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_distinguishing_part_survives() {
        let labels = ["Net income per head, 2015", "Net income per head, 2020", "Households"];
        let out = distinct(&labels, 16);
        assert_eq!(out, ["Net income…2015", "Net income…2020", "Households"]);
        let zh = ["人均纯收入(2013年)", "人均纯收入(2020年)"];
        let out = distinct(&zh, 12);
        assert_eq!(out, ["人均…2013年)", "人均…2020年)"]);
        assert!(out.iter().all(|l| width(l) <= 12));
        // Labels that fit, or differ early, are only cut at the end as usual.
        assert_eq!(distinct(&["Funds", "Loans"], 10), ["Funds", "Loans"]);
        assert_eq!(
            distinct(&["Alpha beta gamma", "Delta beta gamma"], 8),
            ["Alpha b…", "Delta b…"]
        );
        // Identical labels stay identical; tiny widths never panic.
        assert_eq!(distinct(&["Same", "Same"], 2), ["S…", "S…"]);
        for w in 0..6 {
            let _ = distinct(&labels, w);
        }
    }
}
