//! The frame around every screen: its layout (header, tab bar, body, banner, footer), the
//! header, banner and footer, and the too-small screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::geometry::put;
use super::tabs::{self, TabBar};
use super::text::{cells, fit, width};
use super::theme::Theme;
use crate::app::binding::Cmd;
use crate::app::{Action, App, Banner, Mode, Tab};
use crate::words::{self, interface, words};

/// The smallest terminal the layout supports.
pub const MIN_SIZE: (u16, u16) = (50, 14);

/// The frame around every screen, as laid out for the state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chrome {
    /// Title line.
    pub header: Rect,
    /// The tab bar.
    pub tabs: TabBar,
    /// Between tab bar and footer: what the screen gets.
    pub body: Rect,
    /// Message line above the footer, if there is a banner.
    pub banner: Option<Rect>,
    /// Key hints.
    pub footer: Rect,
}

/// The frame for the state at its size, or `None` when the terminal is below [`MIN_SIZE`].
pub fn layout(app: &App) -> Option<Chrome> {
    let (w, h) = app.size();
    if w < MIN_SIZE.0 || h < MIN_SIZE.1 {
        return None;
    }
    let mut body_h = h - 3;
    let mut banner = None;
    if let Some(text) = banner_text(app) {
        // Wrapped whole (a reload's problem names its file, place and field), up to a third
        // of the body.
        let rows = super::wrap::rows(text, w).clamp(1, (body_h / 3).max(1));
        body_h -= rows;
        banner = Some(Rect::new(0, h - 1 - rows, w, rows));
    }
    Some(Chrome {
        header: Rect::new(0, 0, w, 1),
        tabs: tabs::layout(app, Rect::new(0, 1, w, 1)),
        body: Rect::new(0, 2, w, body_h),
        banner,
        footer: Rect::new(0, h - 1, w, 1),
    })
}

/// Title, region, outlet and date.
pub fn header(app: &App, r: &Chrome, t: &Theme, buf: &mut Buffer) {
    let m = &app.data().meta;
    let lang = app.lang();
    let date = words::published(&m.published, lang);
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
        let mark = interface::draft_mark(n, lang);
        let room = max.saturating_sub(usize::from(x - r.header.x));
        x += cells(put(buf, x, r.header.y, &mark, room, t.key.add_modifier(Modifier::REVERSED)));
    }
    let max = max.saturating_sub(usize::from(x - r.header.x));
    let used = put(buf, x, r.header.y, m.title.get(lang), max, t.accent);
    put(buf, x + cells(used), r.header.y, &rest, max - used, t.dim);
}

/// Key hints for the current mode, from the key table; while typing, the filter itself.
pub fn footer(app: &App, r: &Chrome, t: &Theme, buf: &mut Buffer) {
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
    let mut shown: Vec<(String, &str)> = Vec::new();
    for b in app.keymap().footer(app.mode()) {
        // Only keys that act on this view: no "details" without a figure, no "row" with
        // one row or none.
        let normal = app.mode() == Mode::Normal;
        let relevant = match b.cmd {
            Cmd::Do(Action::NextMember) => in_group,
            Cmd::Do(Action::OpenPicker) => app.reports().len() > 1,
            Cmd::Do(Action::ToggleLog) => !app.charts().is_empty() || app.tab() == Tab::Compare,
            Cmd::Do(Action::OpenDetail) => !normal || !app.visible().is_empty(),
            Cmd::Do(Action::Down) => !normal || app.visible().len() > 1,
            Cmd::Do(
                Action::SortNext
                | Action::SortPrev
                | Action::SortReverse
                | Action::NextDate
                | Action::ToggleTree
                | Action::ToggleCollapse,
            ) => app.tab() == Tab::Table,
            _ => true,
        };
        if relevant {
            shown.push((b.keys[0].name(), words::keys::footer(b.name, app.lang())));
        }
    }
    let room =
        |keys: &[(String, &str)]| keys.iter().map(|(k, d)| width(k) + width(d) + 3).sum::<usize>();
    // Keys that do not fit are never dropped silently: the footer ends with where they are.
    let help = app
        .keymap()
        .bindings()
        .iter()
        .find(|b| b.cmd == Cmd::Do(Action::ToggleHelp))
        .map(|b| (b.keys[0].name(), words(app.lang()).more_keys));
    let mut more = None;
    if let Some(h) = help.filter(|_| room(&shown) > max(x)) {
        let keep = max(x).saturating_sub(room(std::slice::from_ref(&h)));
        while room(&shown) > keep && shown.pop().is_some() {}
        more = Some(h);
    }
    for (key, desc) in shown.iter().chain(more.iter()) {
        if max(x) < width(key) + width(desc) + 3 {
            break;
        }
        x += cells(put(buf, x, area.y, key, max(x), t.key));
        x += cells(put(buf, x, area.y, &format!(" {desc}  "), max(x), t.dim));
    }
}

/// The banner line: loading, a failed reload, not watching; joined when there are several.
pub fn banner(app: &App, r: &Chrome, t: &Theme, buf: &mut Buffer) {
    let (Some(area), Some(text)) = (r.banner, banner_text(app)) else { return };
    super::wrap::render(text, None, t.warn, true, area, buf);
}

/// The banners' words, joined; none without a banner.
fn banner_text(app: &App) -> Option<String> {
    let lang = app.lang();
    let texts: Vec<String> = app
        .banners()
        .iter()
        .map(|b| match b {
            Banner::Loading => interface::loading(lang),
            Banner::ReloadFailed { problems, first } => {
                interface::reload_failed(*problems, first, lang)
            }
            Banner::NotWatching(why) => interface::not_watching(why, lang),
            Banner::Unchanged => interface::unchanged(lang).to_string(),
        })
        .collect();
    (!texts.is_empty()).then(|| texts.join(" · "))
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
