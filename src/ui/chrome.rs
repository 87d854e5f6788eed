//! The frame around every view: header, tab bar, banner, footer, and the too-small screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::i18n::words;
use super::layout::{MIN_SIZE, Regions};
use super::text::cells;
use super::text::{fit, width};
use super::theme::Theme;
use crate::app::{Action, App, Mode, keys};

/// Writes `s` at (x, y), cut to `max` cells; returns the cells used.
pub fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, max: usize, style: Style) -> usize {
    let text = fit(s, max);
    buf.set_stringn(x, y, &text, max, style);
    width(&text)
}

/// Title, region, outlet and date.
pub fn header(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
    let m = &app.data().meta;
    let lang = app.lang();
    let date = m.published.get(..10).unwrap_or(&m.published);
    let rest = format!(" · {date} · {} · {}", m.outlet.get(lang), m.region.get(lang));
    let max = usize::from(r.header.width);
    // With several reports open: which one this is, and how many.
    let mut x = r.header.x;
    if app.reports().len() > 1 {
        let of = format!("[{}/{}] ", app.current_report() + 1, app.reports().len());
        x += cells(put(buf, x, r.header.y, &of, max, t.key));
    }
    // A draft says so first, with what is left to complete.
    if let Some(n) = app.catalog().to_do {
        let mark = match lang {
            crate::Lang::Zh => format!("草稿·待完成{n}项 "),
            crate::Lang::En => format!("DRAFT · {n} to do "),
        };
        let room = max.saturating_sub(usize::from(x - r.header.x));
        x += cells(put(buf, x, r.header.y, &mark, room, t.key.add_modifier(Modifier::REVERSED)));
    }
    let max = max.saturating_sub(usize::from(x - r.header.x));
    let used = put(buf, x, r.header.y, m.title.get(lang), max, t.accent);
    put(buf, x + cells(used), r.header.y, &rest, max - used, t.dim);
}

/// The tab bar, with markers where tabs are hidden.
pub fn tabs(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
    let labels = &r.tab_labels;
    for (rect, i) in &r.tab_spans {
        let style = if *i == app.tab_position(app.tab()) {
            t.selected.patch(t.accent)
        } else {
            Style::new()
        };
        let label = format!(" {} ", labels[*i]);
        put(buf, rect.x, rect.y, &label, usize::from(rect.width), style);
        if *i + 1 < labels.len() && rect.right() < r.tabs.right() {
            buf.set_string(rect.right(), rect.y, "│", t.dim);
        }
    }
    if r.tabs_hidden.0 {
        buf.set_string(r.tabs.x, r.tabs.y, "‹", t.accent);
    }
    if r.tabs_hidden.1 {
        buf.set_string(r.tabs.right() - 1, r.tabs.y, "›", t.accent);
    }
}

/// Key hints for the current mode, from the key table; while typing, the filter itself.
pub fn footer(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
    let area = r.footer;
    let mut x = area.x;
    let max = |x: u16| usize::from(area.right().saturating_sub(x));
    if app.mode() == Mode::Filter || !app.filter().is_empty() {
        let w = words(app.lang());
        let prompt = if app.filter().is_empty() {
            format!("{}: ", w.filter)
        } else {
            let n = app.visible().len();
            let what = if n == 1 { w.match_one } else { w.matches };
            format!("{} ({n} {what}): {}", w.filter, app.filter())
        };
        x += cells(put(buf, x, area.y, &prompt, max(x), t.key));
        if app.mode() == Mode::Filter {
            x += cells(put(buf, x, area.y, "▏", max(x), t.key));
        }
        x += cells(put(buf, x, area.y, "  ", max(x), Style::new()));
    }
    let in_group = app.in_group();
    for b in app.keymap().footer(app.mode()) {
        // Only keys that act on this view: no "details" without a figure, no "row" with
        // one row or none.
        let normal = app.mode() == Mode::Normal;
        let relevant = match b.cmd {
            keys::Cmd::Do(Action::NextMember) => in_group,
            keys::Cmd::Do(Action::OpenPicker) => app.reports().len() > 1,
            keys::Cmd::Do(Action::ToggleLog) => !app.charts().is_empty(),
            keys::Cmd::Do(Action::OpenDetail) => !normal || !app.visible().is_empty(),
            keys::Cmd::Do(Action::Down) => !normal || app.visible().len() > 1,
            _ => true,
        };
        if !relevant {
            continue;
        }
        let key = b.keys[0].name();
        let desc = b.short(app.lang());
        if max(x) < width(&key) + width(desc) + 3 {
            break;
        }
        x += cells(put(buf, x, area.y, &key, max(x), t.key));
        x += cells(put(buf, x, area.y, &format!(" {desc}  "), max(x), t.dim));
    }
}

/// The banner line: loading, a failed reload, not watching; joined when there are several.
pub fn banner(app: &App, r: &Regions, t: &Theme, buf: &mut Buffer) {
    let Some(area) = r.banner else { return };
    let texts: Vec<String> =
        app.banners().iter().map(|b| super::i18n::banner_text(b, app.lang())).collect();
    put(buf, area.x, area.y, &texts.join(" · "), usize::from(area.width), t.warn);
}

/// A centred message naming the size the layout needs, wrapped at spaces so the sizes stay
/// whole: the needed size comes first, so it shows even on a one-row terminal.
pub fn too_small(app: &App, area: Rect, t: &Theme, buf: &mut Buffer) {
    let w = words(app.lang());
    let need = format!("{}×{}", MIN_SIZE.0, MIN_SIZE.1);
    let now = format!("({} {}×{})", w.now, area.width, area.height);
    let max = usize::from(area.width);
    let mut lines = if width(w.too_small) + 1 + width(&need) <= max {
        vec![format!("{} {need}", w.too_small)]
    } else {
        let mut l = wrap_words(w.too_small, max);
        l.push(need.clone());
        l
    };
    if width(&now) <= max {
        lines.push(now);
    }
    // On very few rows, the size needed matters most.
    let rows = usize::from(area.height);
    if lines.len() > rows {
        let keep = lines.iter().position(|l| l.contains(&need)).unwrap_or(0);
        lines.drain(..keep.min(lines.len().saturating_sub(rows)));
    }
    let top = area.y + area.height.saturating_sub(cells(lines.len())) / 2;
    for (i, line) in lines.iter().enumerate() {
        let y = top + cells(i);
        if y >= area.bottom() {
            break;
        }
        let text = fit(line, usize::from(area.width));
        let x = area.x + (area.width.saturating_sub(cells(width(&text)))) / 2;
        buf.set_stringn(x, y, &text, usize::from(area.width), t.warn);
    }
}

/// Splits a text into lines of at most `max` cells at spaces (CJK text, which has none,
/// breaks anywhere).
fn wrap_words(text: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for c in text.chars() {
        let candidate = format!("{line}{c}");
        if width(&candidate) > max.max(1) {
            let cut = if c == ' ' { None } else { line.rfind(' ') };
            match cut {
                Some(i) => {
                    let rest = line.split_off(i);
                    lines.push(std::mem::take(&mut line));
                    line = rest.trim_start().to_string();
                    if c != ' ' {
                        line.push(c);
                    }
                }
                None => {
                    lines.push(std::mem::take(&mut line));
                    if c != ' ' {
                        line.push(c);
                    }
                }
            }
        } else if !(line.is_empty() && c == ' ') {
            line.push(c);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
