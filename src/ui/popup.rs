//! Popups over the current screen: the selected figure's (or series') details, and the key
//! help with where it goes and how far it scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::figure::field;
use super::geometry::centred;
use super::text::cells;
use super::theme::Theme;
use crate::app::{App, Mode, Tab};
use crate::words::{self, words};

/// The key that closes a popup and its word, for the popup's bottom edge: ` Esc close `.
pub fn close_hint(app: &App) -> Line<'static> {
    let close = app.keymap().bindings().iter().find(|b| b.name == "close");
    let text = close.map_or_else(String::new, |b| {
        format!(" {} {} ", b.keys[0].name(), words(app.lang()).close)
    });
    Line::from(text).right_aligned()
}

fn frame(app: &App, title: String, area: Rect, t: &Theme, buf: &mut Buffer) -> Block<'static> {
    Clear.render(area, buf);
    // A wide character just left of the popup would spill into its border: blank it.
    if area.x > buf.area.x {
        for y in area.top()..area.bottom() {
            let cell = &mut buf[(area.x - 1, y)];
            if super::text::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    Block::new()
        .borders(Borders::ALL)
        .border_style(t.accent)
        .title(title)
        .title_style(t.accent)
        .title_bottom(close_hint(app))
}

/// The detail popup for the selected series of the Compare tab: each report's figure as
/// the report gives it (value, qualifier, unit, date) and where it comes from.
fn series_detail(app: &App, area: Rect, t: &Theme, buf: &mut Buffer) {
    let Some(&s) = app.visible().get(app.selected()) else { return };
    let series = &app.series()[s];
    let (lang, w) = (app.lang(), words(app.lang()));
    let mut lines = Vec::new();
    for p in &series.points {
        let Some(d) = app.report_data(p.report) else { continue };
        let ind = &d.indicators[p.indicator];
        let name = app
            .reports()
            .get(p.report)
            .map_or(String::new(), |r| words::interface::report_file(&r.name, lang));
        lines.push(Line::styled(format!("{} · {}", d.meta.region.get(lang), p.when.1), t.accent));
        lines.push(Line::styled(words::indicator_value(ind, lang), t.value));
        lines.push(field(w.qualifier, words::qualifier_words(ind.qualifier, lang).to_string(), t));
        lines.push(field(w.id, format!("{} ({name})", ind.id), t));
        lines.push(Line::from(format!("{} · {}", d.meta.outlet.get(lang), d.meta.url)));
        lines.push(Line::from(""));
    }
    lines.pop();
    show(app, format!(" {}: {} ", w.series, series.key), lines, area, t, buf);
}

/// A popup of `lines` wrapped to its width (up to 100 cells, 8 fewer than the screen's),
/// as tall as they are, centred in `area`.
fn show(app: &App, title: String, lines: Vec<Line>, area: Rect, t: &Theme, buf: &mut Buffer) {
    let popup_w = area.width.saturating_sub(8).clamp(40.min(area.width), 100);
    let lines = super::wrap::wrap(lines, popup_w.saturating_sub(2), false);
    let rows = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let popup = centred(area, popup_w, rows);
    let block = frame(app, title, popup, t, buf);
    Paragraph::new(lines).block(block).render(popup, buf);
}

/// The detail popup for the selected indicator (on the Compare tab, the selected series).
pub fn detail(app: &App, area: Rect, t: &Theme, buf: &mut Buffer) {
    if app.tab() == Tab::Compare {
        return series_detail(app, area, t, buf);
    }
    let Some(&i) = app.visible().get(app.selected()) else { return };
    let ind = &app.data().indicators[i];
    let lines = super::figure::detail_lines(app, i, t);
    let title = format!(" {}: {} ", words(app.lang()).details, ind.label.get(app.lang()));
    show(app, title, lines, area, t, buf);
}

/// The help overlay: every binding of the key table, once, with the mode it works in when
/// that is not the main one. Scrolls with ↑/↓.
pub fn help(app: &App, t: &Theme, buf: &mut Buffer) {
    let w = words(app.lang());
    let lines = help_lines(app, t);
    let popup = help_area(app.size(), app.keymap().bindings().len());
    let inner_h = usize::from(popup.height.saturating_sub(2));
    let scroll = app.help_scroll().min(lines.len().saturating_sub(inner_h));
    let more = if lines.len() > inner_h {
        format!(" ↑↓ {}/{} ", scroll + inner_h, lines.len())
    } else {
        String::new()
    };
    let block = frame(app, format!(" {} ", w.help), popup, t, buf).title_bottom(more);
    Paragraph::new(lines).scroll((cells(scroll), 0)).block(block).render(popup, buf);
}

/// A binding's keys as the help shows them: typed text is named in the reader's language.
fn key_names(b: &crate::app::binding::Binding, lang: crate::lang::Lang) -> String {
    if b.keys.iter().all(|k| matches!(k, crate::app::binding::KeyPat::Text)) {
        words(lang).typed_text.to_string()
    } else {
        b.key_names()
    }
}

/// One line per binding.
pub fn help_lines(app: &App, t: &Theme) -> Vec<Line<'static>> {
    let w = words(app.lang());
    app.keymap()
        .bindings()
        .iter()
        .map(|b| {
            let mut what = words::keys::help(b.name, app.lang()).to_string();
            if !b.modes.contains(&Mode::Normal) {
                let mut names: Vec<&str> =
                    b.modes.iter().map(|m| w.mode_names[*m as usize]).collect();
                // Typing a filter of figures or of reports is one thing to the reader.
                names.dedup();
                what.push_str(&match app.lang() {
                    crate::lang::Lang::Zh => format!("（{}）", names.join("、")),
                    crate::lang::Lang::En => format!(" ({})", names.join(", ")),
                });
            }
            Line::from(vec![
                Span::styled(format!(" {:<26}", key_names(b, app.lang())), t.key),
                Span::styled(what, Style::new()),
            ])
        })
        .collect()
}

/// Where the help overlay goes in a screen of `size` whose footer is on the last row, for
/// a key table of `bindings` rows.
pub fn help_area(size: (u16, u16), bindings: usize) -> Rect {
    let above_footer = Rect::new(0, 0, size.0, size.1.saturating_sub(1));
    centred(above_footer, 76, cells(bindings.saturating_add(2)))
}

/// The largest scroll at which the help overlay still fills its box.
pub fn help_max_scroll(app: &App) -> usize {
    let bindings = app.keymap().bindings().len();
    bindings.saturating_sub(help_page(app))
}

/// How many lines of help one screen of the help popup shows (PgDn / PgUp move by that).
pub fn help_page(app: &App) -> usize {
    let bindings = app.keymap().bindings().len();
    usize::from(help_area(app.size(), bindings).height.saturating_sub(2)).max(1)
}
