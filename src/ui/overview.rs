//! The overview tab: key figures as cards, the dataset's charts (people, households and money
//! first), and the list of sections. It sizes itself to its content: cards as wide as their
//! labels, charts as tall as their bars, and the room left over to what helps (more cards,
//! wider cards with a line of context, the sections' notes).

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::charts::{self, Wish};
use super::figure::row_value;
use super::geometry::{boxed, put, scroll_offset};
use super::memo::{Key, Memo};
use super::notes;
use super::tabs;
use super::text::{cells, width};
use super::theme::Theme;
use super::wrap;
use crate::app::{App, FrameMap};
use crate::lang::Lang;
use crate::words::{self, words};

/// Height of a key-figure card: its value alone, or with a line of context when there is room.
pub const CARD_HEIGHT: (u16, u16) = (3, 4);
/// Narrowest and widest key-figure card.
const CARD_WIDTH: (usize, usize) = (24, 44);
/// How many figures are measured to size the cards (the first ones shown).
const MEASURED: usize = 32;

/// Where the overview's parts go.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// The card grid.
    pub list: Rect,
    /// First card row shown.
    pub list_offset: usize,
    /// Cards per row.
    pub card_cols: usize,
    /// Height of a card (see [`CARD_HEIGHT`]).
    pub card_height: u16,
    /// The charts.
    pub charts: Rect,
    /// What each chart would like, measured once per view (shared, not copied, by the
    /// frames that draw the view again).
    pub chart_wishes: Rc<[Wish]>,
    /// The list of sections (empty when there is no room, or while filtering).
    pub about: Rect,
    /// Whether the list of sections has room for their notes too.
    pub about_notes: bool,
}

impl Layout {
    /// What the state needs of it: the card grid, for clicks and page sizes.
    pub fn map(&self) -> FrameMap {
        let rows = usize::from(self.list.height / self.card_height.max(1));
        FrameMap {
            list: self.list,
            list_offset: self.list_offset,
            card_cols: self.card_cols,
            row_height: self.card_height,
            page: rows.saturating_mul(self.card_cols),
            ..FrameMap::default()
        }
    }
}

/// The overview's layout in `body` ([`measure`]d once per view), its cards scrolled to show
/// the selected one.
pub fn layout(app: &App, body: Rect, memo: &mut Memo) -> Layout {
    let mut l = memo.layout("overview", body, false, || measure(app, body));
    let cols = l.card_cols.max(1);
    let card_rows = app.visible().len().max(1).div_ceil(cols);
    let shown = usize::from(l.list.height / l.card_height.max(1));
    l.list_offset = scroll_offset(app.selected() / cols, card_rows, shown);
    l
}

/// Cards as wide as their labels, as many rows of them as the charts leave, the charts as
/// tall as their bars, then the list of sections in what remains of `body`; the first card
/// row on top.
fn measure(app: &App, body: Rect) -> Layout {
    let n = app.visible().len().max(1);
    // Cards as wide in one language as in the other, so that both show the same cards: each
    // as wide as its label and its value (a before → after value that does not fit gives way
    // to the value alone).
    let want = app.visible()[..app.visible().len().min(MEASURED)]
        .iter()
        .flat_map(|&i| [Lang::Zh, Lang::En].map(|lang| (i, lang)))
        .map(|(i, lang)| {
            let ind = &app.data().indicators[i];
            (width(ind.label.get(lang)) + 4).max(width(&words::indicator_value(ind, lang)) + 3)
        })
        .max()
        .unwrap_or(0)
        .clamp(CARD_WIDTH.0, CARD_WIDTH.1);
    let most = (usize::from(body.width) / want).clamp(1, n);
    let wishes = charts::wishes(app, app.charts());
    // The cards are laid out for the charts of the language that needs more rows.
    let other = charts::wishes_in(app, app.charts(), app.lang().toggle());
    let charts_want =
        charts::wanted_height(&wishes, body.width).max(charts::wanted_height(&other, body.width));
    // The list of sections with their notes when they fit, else their summaries alone.
    let inner = body.width.saturating_sub(2);
    let max = usize::from(body.height);
    let short = boxed(wrap::rows(index(app, false, max), inner), u16::MAX);
    let index_want = if app.filter().is_empty() { short } else { 0 };
    // When everything fits, cards get a line of context and are made wider (fewer columns,
    // down to half as many) while it still fits; otherwise as many narrow cards as fit.
    let fits = |cols: usize, h: u16| {
        cells(n.div_ceil(cols))
            .saturating_mul(h)
            .saturating_add(charts_want)
            .saturating_add(index_want)
            <= body.height
    };
    let (cols, card_h) = [CARD_HEIGHT.1, CARD_HEIGHT.0]
        .into_iter()
        .find_map(|h| {
            let widest = (most.div_ceil(2)..=most).find(|&c| fits(c, h))?;
            Some((widest, h))
        })
        .unwrap_or((most, CARD_HEIGHT.0));
    let card_rows = n.div_ceil(cols);
    // Cards leave the charts at least half the body, then give back what they do not use.
    let charts_floor = charts_want.min(body.height / 2);
    let max_rows = usize::from((body.height - charts_floor) / card_h).max(1);
    let shown = card_rows.min(max_rows);
    let list_h = cells(shown).saturating_mul(card_h).min(body.height);
    let list = Rect::new(body.x, body.y, body.width, list_h);
    let left = body.height - list_h;
    let charts = Rect::new(body.x, body.y + list_h, body.width, charts_want.min(left));
    let charts_h = charts::used_height(&wishes, charts);
    let charts = Rect { height: charts_h, ..charts };
    let left = left - charts_h;
    // The notes are measured only when the summaries leave room for them.
    let full = (short < left)
        .then(|| boxed(wrap::rows(index(app, true, max), inner), u16::MAX))
        .filter(|&full| full <= left);
    let index_h = full.unwrap_or(short.min(left));
    let about = if index_h >= 3 && app.filter().is_empty() {
        Rect::new(body.x, charts.bottom(), body.width, index_h)
    } else {
        Rect::default()
    };
    Layout {
        list,
        list_offset: 0,
        card_cols: cols,
        card_height: card_h,
        charts,
        chart_wishes: wishes.into(),
        about,
        about_notes: full.is_some(),
    }
}

/// Draws the overview.
pub fn draw(app: &App, l: &Layout, t: &Theme, buf: &mut Buffer, memo: &mut Memo) {
    let cols = l.card_cols.max(1);
    let card_w = cells(usize::from(l.list.width) / cols);
    let rows_shown = usize::from(l.list.height / l.card_height.max(1));
    if app.visible().is_empty() {
        put(
            buf,
            l.list.x + 1,
            l.list.y,
            words(app.lang()).no_match,
            usize::from(l.list.width),
            t.dim,
        );
    }
    for row in 0..rows_shown {
        for col in 0..cols {
            let k = (l.list_offset + row) * cols + col;
            let Some(&i) = app.visible().get(k) else { break };
            let area = Rect::new(
                l.list.x + cells(col) * card_w,
                l.list.y + cells(row) * l.card_height,
                card_w,
                l.card_height,
            );
            let selected = k == app.selected();
            let key = Key::Card { figure: i, size: (area.width, area.height), selected };
            memo.draw(key, area, buf, |b| {
                card(app, i, selected, area, t, b);
            });
        }
    }
    charts::draw(app, app.charts(), &l.chart_wishes, l.charts, t, buf, memo);
    if !l.about.is_empty() {
        let key = Key::Notes { size: (l.about.width, l.about.height), full: l.about_notes };
        memo.draw(key, l.about, buf, |b| {
            let lines = index(app, l.about_notes, usize::from(l.about.height));
            notes::draw_box(words(app.lang()).sections, lines, l.about, t, b);
        });
    }
}

/// The list of sections: per section its number key, title, how many figures it has and
/// its summary; with `notes`, its points and named lists below it. At most `max` lines.
fn index(app: &App, notes: bool, max: usize) -> Vec<Line<'static>> {
    let lang = app.lang();
    let colon = if lang == Lang::Zh { "：" } else { ": " };
    let labels = tabs::labels(app);
    let sections = app.data().sections.iter().enumerate();
    sections
        .flat_map(|(s, section)| {
            let figures = app.catalog().tabs[s].first().map_or(0, |v| v.indicators.len());
            let mut spans = vec![
                Span::styled(labels[s + 1].clone(), Style::new().bold()),
                Span::styled(format!(" · {figures}"), Style::new().dim()),
            ];
            if let Some(summary) = &section.summary {
                spans.push(Span::raw(format!("{colon}{}", summary.get(lang))));
            }
            let mut lines = vec![Line::from(spans)];
            if notes {
                lines.extend(notes::of(section, lang));
            }
            lines
        })
        .take(max)
        .collect()
}

fn card(app: &App, i: usize, selected: bool, area: Rect, t: &Theme, buf: &mut Buffer) {
    let ind = &app.data().indicators[i];
    let border = if selected { t.accent } else { t.dim };
    let block = Block::new().borders(Borders::ALL).border_style(border);
    let inner = block.inner(area);
    block.render(area, buf);
    let label = format!(" {} ", ind.label.get(app.lang()));
    put(buf, area.x + 1, area.y, &label, usize::from(area.width.saturating_sub(2)), border);
    let room = usize::from(inner.width.saturating_sub(1));
    let row = row_value(app, i);
    let value = if width(&row) <= room { row } else { words::indicator_value(ind, app.lang()) };
    let style = if selected { t.selected.patch(t.value) } else { t.value };
    put(buf, inner.x + 1, inner.y, &value, room, style);
    if inner.height >= 2 {
        put(buf, inner.x + 1, inner.y + 1, &context(app, i), room, t.dim);
    }
}

/// A card's line of context: the figure's section, and when it holds if the report says.
fn context(app: &App, i: usize) -> String {
    let ind = &app.data().indicators[i];
    let lang = app.lang();
    let section = app
        .data()
        .sections
        .iter()
        .flat_map(|s| std::iter::once(s).chain(&s.members))
        .find(|s| s.id == ind.section)
        .map_or("", |s| s.title.get(lang));
    match &ind.as_of {
        Some(p) => format!("{section} · {}", words::period(p, lang)),
        None => section.to_string(),
    }
}
