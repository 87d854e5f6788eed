//! The body of each view, sized to its content: a panel is as tall as what it holds, and the
//! room left over goes to what helps (more cards, taller charts, the list of sections).

use ratatui::layout::Rect;
use ratatui::text::Text;
use ratatui::widgets::{Paragraph, Wrap};

use super::{CARD_HEIGHT, Regions, scroll_offset};
use crate::app::App;
use crate::ui::text::{cells, width};
use crate::ui::{charts, group, overview, section, trend};

/// Narrowest and widest key-figure card.
const CARD_WIDTH: (usize, usize) = (24, 44);
/// How many figures are measured to size cards and list columns (the first ones shown).
const MEASURED: usize = 32;
/// Narrowest and widest panel of a group's side-by-side view.
const PANEL_WIDTH: (u16, u16) = (30, 48);
/// Width from which a section puts its list and its charts side by side.
const SIDE_BY_SIDE: u16 = 100;

/// Rows a text needs when wrapped to `width` (ratatui's own wrapping, so they agree).
pub fn wrapped_rows<'a>(text: impl Into<Text<'a>>, width: u16) -> u16 {
    let rows = Paragraph::new(text).wrap(Wrap { trim: true }).line_count(width);
    u16::try_from(rows).unwrap_or(u16::MAX)
}

/// A box of `inner` rows plus its borders, at most `max` tall.
fn boxed(inner: u16, max: u16) -> u16 {
    inner.saturating_add(2).min(max)
}

/// The overview: cards as wide as their labels, as many rows of them as the charts leave,
/// the charts as tall as their bars, then the list of sections in what remains.
pub fn overview(app: &App, r: &mut Regions) {
    let body = r.body;
    let lang = app.lang();
    let n = app.visible().len().max(1);
    let want = app.visible()[..app.visible().len().min(MEASURED)]
        .iter()
        .map(|&i| {
            let ind = &app.data().indicators[i];
            (width(ind.label.get(lang)) + 4).max(width(&app.row_value(i)) + 3)
        })
        .max()
        .unwrap_or(0)
        .clamp(CARD_WIDTH.0, CARD_WIDTH.1);
    let most = (usize::from(body.width) / want).clamp(1, n);
    let wishes = charts::wishes(app, app.charts());
    let charts_want = charts::wanted_height(&wishes, body.width);
    // The list of sections with their notes when they fit, else their summaries alone.
    let inner = body.width.saturating_sub(2);
    let max = usize::from(body.height);
    let short = boxed(wrapped_rows(overview::index(app, false, max), inner), u16::MAX);
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
    r.card_cols = cols;
    r.card_height = card_h;
    r.list = Rect::new(body.x, body.y, body.width, list_h);
    r.list_offset = scroll_offset(app.selected() / cols, card_rows, shown);
    let left = body.height - list_h;
    let charts = Rect::new(body.x, body.y + list_h, body.width, charts_want.min(left));
    let charts_h = charts::used_height(&wishes, charts);
    r.charts = Rect { height: charts_h, ..charts };
    r.chart_wishes = wishes;
    let left = left - charts_h;
    // The notes are measured only when the summaries leave room for them.
    let full = (short < left)
        .then(|| boxed(wrapped_rows(overview::index(app, true, max), inner), u16::MAX))
        .filter(|&full| full <= left);
    r.about_notes = full.is_some();
    let index_h = full.unwrap_or(short.min(left));
    if index_h >= 3 && app.filter().is_empty() {
        r.about = Rect::new(body.x, r.charts.bottom(), body.width, index_h);
    }
}

/// The width a section's list needs: its longest label and value, and the borders.
fn list_width(app: &App) -> u16 {
    let lang = app.lang();
    let shown = &app.visible()[..app.visible().len().min(MEASURED)];
    let label = shown.iter().map(|&i| width(app.data().indicators[i].label.get(lang))).max();
    let value = shown.iter().map(|&i| width(&app.row_value(i))).max();
    cells(label.unwrap_or(0) + value.unwrap_or(0) + 4)
}

/// A section (or a group member): the member list on the left for a group, the summary on
/// top, the figure list, and beside or below it the trend, the charts and the notes.
pub fn section(app: &App, r: &mut Regions) {
    let mut main = r.body;
    if app.in_group() {
        let count = app.member_count();
        let titles = app.top_section().into_iter().flat_map(|t| {
            std::iter::once(t).chain(t.members.iter()).map(|s| width(s.title.get(app.lang())))
        });
        let mw = cells(titles.max().unwrap_or(0) + 6).clamp(16, (main.width / 3).max(16));
        let mh = boxed(cells(count), main.height);
        let members = Rect::new(main.x + 1, main.y + 1, mw - 2, mh.saturating_sub(2));
        r.members_offset = scroll_offset(app.member(), count, usize::from(members.height));
        r.members = Some(members);
        main = Rect::new(main.x + mw, main.y, main.width - mw, main.height);
    }
    main = summary(app, main, r);
    let rows = cells(app.visible().len().max(1));
    let notes = wrapped_rows(section::notes(app), main.width.saturating_sub(2));
    let has_side = !app.charts().is_empty() || notes > 0 || trend::points(app).is_some();
    let outer = if !has_side {
        Rect { height: boxed(rows, main.height), ..main }
    } else if main.width >= SIDE_BY_SIDE {
        let lw = list_width(app).clamp(40, main.width * 11 / 20);
        side(app, Rect { x: main.x + lw, width: main.width - lw, ..main }, r);
        Rect { width: lw, height: boxed(rows, main.height), ..main }
    } else {
        let lh = boxed(rows, main.height).min((main.height / 2).max(5)).min(main.height);
        side(app, Rect { y: main.y + lh, height: main.height - lh, ..main }, r);
        Rect { height: lh, ..main }
    };
    r.list = super::inside(outer);
    r.list_offset = scroll_offset(app.selected(), app.visible().len(), usize::from(r.list.height));
}

/// The summary on top of `area` (at most four lines, and a quarter of the height); returns
/// the area below it.
fn summary(app: &App, area: Rect, r: &mut Regions) -> Rect {
    let text = app.section().and_then(|s| s.summary.as_ref()).map(|t| t.get(app.lang()));
    let h = text.map_or(0, |t| wrapped_rows(t, area.width)).min(4).min(area.height / 4);
    r.summary = Rect { height: h, ..area };
    Rect { y: area.y + h, height: area.height - h, ..area }
}

/// Trend, charts and notes stacked in `area`, each as tall as it needs; the notes keep a
/// few rows when the charts would take them all.
fn side(app: &App, area: Rect, r: &mut Regions) {
    let mut y = area.y;
    if trend::points(app).is_some() && area.height >= trend::HEIGHT + 3 {
        r.trend = Rect { height: trend::HEIGHT, ..area };
        y += trend::HEIGHT;
    }
    let rest = area.bottom() - y;
    let wishes = charts::wishes(app, app.charts());
    let charts_want = charts::wanted_height(&wishes, area.width);
    let notes = section::notes(app);
    let about_want =
        if notes.is_empty() { 0 } else { boxed(wrapped_rows(notes, area.width - 2), u16::MAX) };
    let about_min = about_want.min(5);
    let charts_h = charts_want.min(rest.saturating_sub(about_min).max(rest / 2));
    let charts_h = charts::used_height(&wishes, Rect { y, height: charts_h, ..area });
    r.charts = Rect { y, height: charts_h, ..area };
    r.chart_wishes = wishes;
    let about_h = about_want.min(rest - charts_h);
    if about_h >= 3 {
        r.about = Rect { y: y + charts_h, height: about_h, ..area };
    }
}

/// A group's side-by-side view: the summary, one panel per member in a grid (each as tall as
/// its figures, up to a cap that shrinks until the comparison charts fit), then the charts
/// that compare the members.
pub fn group(app: &App, r: &mut Regions) {
    let main = summary(app, r.body, r);
    let panels = group::panels(app);
    let widest = panels.iter().map(|p| p.width).max().unwrap_or(0);
    let pw = cells(widest + 4).clamp(PANEL_WIDTH.0, PANEL_WIDTH.1);
    // As many columns as panels of the width they like, and two narrower ones before one.
    let cols = (main.width / pw).max((main.width / PANEL_WIDTH.0).min(2));
    let cols = usize::from(cols).clamp(1, panels.len().max(1));
    let pw = main.width / cells(cols);
    let compare = group::comparisons(app);
    let wishes = charts::compare_wishes(app, compare);
    let charts_want = charts::wanted_height(&wishes, main.width);
    let most = panels.iter().map(|p| p.lines).max().unwrap_or(1).max(1);
    let grid_h = |cap: usize| -> u16 {
        panels
            .chunks(cols)
            .map(|row| row.iter().map(|p| cells(p.lines.min(cap)) + 2).max().unwrap_or(0))
            .fold(0, u16::saturating_add)
    };
    // Everything if it fits; else panels of at least three lines (two figures and "+N more"),
    // taller while the charts keep two fifths of the height.
    let least = most.min(3);
    let cap = (1..=most)
        .rev()
        .find(|&c| grid_h(c).saturating_add(charts_want) <= main.height)
        .or_else(|| {
            let room = main.height.saturating_sub(charts_want.min(main.height * 2 / 5));
            (least..=most).rev().find(|&c| grid_h(c) <= room)
        })
        .unwrap_or(least);
    // Each panel is as tall as its own lines; a row of panels as tall as its tallest.
    let mut y = main.y;
    for row in panels.chunks(cols) {
        let height = |p: &group::Panel| cells(p.lines.min(cap)) + 2;
        let h = row.iter().map(height).max().unwrap_or(3);
        if y + h > main.bottom() {
            break;
        }
        for (c, p) in row.iter().enumerate() {
            let x = main.x + cells(c) * pw;
            let w = if c + 1 == cols { main.right() - x } else { pw };
            r.panels.push((Rect::new(x, y, w, height(p)), p.member));
        }
        y += h;
    }
    r.charts = Rect { y, height: charts_want.min(main.bottom() - y), ..main };
    r.chart_wishes = wishes;
}

/// The Compare tab: the shared series on the left (as wide as their names), the selected
/// one's values on the right, one bar per report, with the change in words below.
pub fn compare(app: &App, r: &mut Regions) {
    let body = r.body;
    let names =
        app.visible().iter().take(MEASURED).map(|&s| width(&crate::ui::compare::name(app, s)));
    let lw =
        cells(names.max().unwrap_or(0) + 2).clamp(24, (body.width * 2 / 5).max(24)).min(body.width);
    let rows = cells(app.visible().len().max(1));
    let outer = Rect { width: lw, height: boxed(rows, body.height), ..body };
    r.list = super::inside(outer);
    r.list_offset = scroll_offset(app.selected(), app.visible().len(), usize::from(r.list.height));
    let side = Rect { x: body.x + lw, width: body.width - lw, ..body };
    let bars = app.visible().get(app.selected()).map_or(0, |&s| app.series()[s].points.len());
    r.charts = Rect { height: boxed(cells(bars), side.height), ..side };
    let mut y = r.charts.bottom();
    let words = crate::ui::compare::change(app)
        .map_or(0, |c| wrapped_rows(c, side.width.saturating_sub(2)));
    if words > 0 {
        r.about = Rect { y, height: boxed(words, side.bottom() - y), ..side };
        y = r.about.bottom();
    }
    if crate::ui::compare::trend(app).is_some() && side.bottom() - y >= trend::HEIGHT {
        r.trend = Rect { y, height: trend::HEIGHT, ..side };
    }
}
