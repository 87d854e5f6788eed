//! A set of bar charts, one per axis unit, laid out in columns to fill an area.

use std::rc::Rc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Widget};

use super::bars::{self, Bar, BarStyles, Scale};
use super::memo::{Key, Memo};
use super::text::{cells, width};
use super::theme::Theme;
use crate::app::{App, ChartGroup, Comparison, catalog};
use crate::data::Dimension;
use crate::lang::Lang;
use crate::words::{self, chart_title_named, words};

/// Narrowest useful chart.
const MIN_CHART_WIDTH: u16 = 34;

/// Draws the charts into `area` (see [`arrange`]), with the wishes the layout measured:
/// each chart as an earlier frame drew it, if one did, with the selected figure's bar in
/// the selected style.
pub fn draw(
    app: &App,
    groups: &[ChartGroup],
    wishes: &[Wish],
    area: Rect,
    t: &Theme,
    buf: &mut Buffer,
    memo: &mut Memo,
) {
    let selected = app.visible().get(app.selected()).copied();
    let placed = memo.layout("charts", area, false, || Rc::<[_]>::from(arrange(wishes, area)));
    for &(g, rect) in placed.iter() {
        let key = Key::Chart { group: g, size: (rect.width, rect.height) };
        let bar = memo.draw_bars(key, rect, buf, selected, |b| chart(app, &groups[g], rect, t, b));
        if let Some(cells) = bar {
            memo.restyle(buf, cells, t.bar_selected);
        }
    }
}

/// Draws a group's comparisons into `area`.
pub fn draw_comparisons(
    app: &App,
    cs: &[Comparison],
    wishes: &[Wish],
    area: Rect,
    t: &Theme,
    buf: &mut Buffer,
) {
    for (c, rect) in arrange(wishes, area) {
        comparison(app, &cs[c], rect, t, buf);
    }
}

/// What a chart would like: a row per bar plus its border, and the width that shows its
/// labels (up to [`LABEL_WANT`]), values and a bar of [`bars::MIN_BAR`] cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wish {
    rows: u16,
    width: u16,
}

/// Widest label a chart asks room for.
const LABEL_WANT: usize = 48;
/// How many bars of a chart are measured for its width.
const MEASURED: usize = 12;

fn wish(bars: usize, label: usize, value: usize) -> Wish {
    Wish {
        rows: u16::try_from(bars.saturating_add(2)).unwrap_or(u16::MAX),
        width: cells(label.min(LABEL_WANT) + value + bars::MIN_BAR + 4),
    }
}

/// What each chart would like.
pub fn wishes(app: &App, groups: &[ChartGroup]) -> Vec<Wish> {
    wishes_in(app, groups, app.lang())
}

/// What each chart would like in a language.
pub fn wishes_in(app: &App, groups: &[ChartGroup], lang: Lang) -> Vec<Wish> {
    groups
        .iter()
        .map(|g| {
            let labels = g.indicators.iter().take(MEASURED);
            let label = labels.map(|&i| width(app.data().indicators[i].label.get(lang))).max();
            // The longest value text is the largest value's, give or take a mark (≈, ≥, =).
            let value = g.largest.map_or(0, |i| {
                let named = shared_name_in(app, &g.units, lang).is_none();
                let ind = &app.data().indicators[i];
                width(&words::bar_text(ind, lang, named)) + 2
            });
            wish(g.indicators.len(), label.unwrap_or(0), value)
        })
        .collect()
}

/// What each comparison chart would like.
pub fn compare_wishes(app: &App, cs: &[Comparison]) -> Vec<Wish> {
    cs.iter()
        .map(|c| {
            let named = shared_name(app, &c.units).is_none();
            let figures = c.rows.iter().filter_map(|&(m, i)| Some((m, i?)));
            let (label, value) = figures.take(MEASURED).fold((0, 0), |(l, v), (m, i)| {
                let b = comparison_bar(app, m, i, named, None);
                (l.max(width(&b.label)), v.max(width(&b.text)))
            });
            let bars = c.rows.iter().filter(|(_, i)| i.is_some()).count();
            let w = wish(bars + usize::from(bars < c.rows.len()), label, value);
            Wish { width: w.width.max(cells(width(&missing_line(app, c)) + 2)), ..w }
        })
        .collect()
}

/// The rows the charts take when arranged in `area` (a chart left out leaves no gap).
pub fn used_height(wishes: &[Wish], area: Rect) -> u16 {
    arrange(wishes, area).iter().map(|(_, r)| r.bottom() - area.y).max().unwrap_or(0)
}

/// How the charts share a width: the ones wider than half of it each on a row of their own,
/// on top; the others in as many columns as are as wide as the widest of them would like
/// (labels are never cut to make room for another column).
struct Plan {
    /// Full-width charts, top to bottom.
    wide: Vec<usize>,
    /// The other charts, column by column.
    columns: Vec<Vec<usize>>,
}

fn plan(wishes: &[Wish], width: u16) -> Plan {
    let half = width / 2;
    let wide_one = |w: &Wish| w.width > half && half >= MIN_CHART_WIDTH;
    let (wide, rest): (Vec<usize>, Vec<usize>) =
        (0..wishes.len()).partition(|&g| wide_one(&wishes[g]));
    let want = rest.iter().map(|&g| wishes[g].width).max().unwrap_or(MIN_CHART_WIDTH);
    let cols = usize::from((width / want.max(MIN_CHART_WIDTH)).max(1)).min(rest.len().max(1));
    share(wishes, wide, rest, cols)
}

/// When the charts do not all fit in a height as [`plan`] lays them out: as many columns
/// of the narrowest useful width as fit (labels cut rather than charts left out).
fn compact(wishes: &[Wish], width: u16) -> Plan {
    let want = widest(wishes).max(MIN_CHART_WIDTH);
    let cols = (width / want).max((width / MIN_CHART_WIDTH).min(2)).max(1);
    share(wishes, Vec::new(), (0..wishes.len()).collect(), usize::from(cols).min(wishes.len()))
}

/// The plan for an area: [`plan`] if every chart fits in its height, else [`compact`] if
/// that takes fewer rows.
fn plan_in(wishes: &[Wish], area: Rect) -> Plan {
    let p = plan(wishes, area.width);
    if height(wishes, &p) <= area.height {
        return p;
    }
    let c = compact(wishes, area.width);
    if height(wishes, &c) < height(wishes, &p) { c } else { p }
}

fn share(wishes: &[Wish], wide: Vec<usize>, rest: Vec<usize>, cols: usize) -> Plan {
    let cols = cols.max(1);
    // Each chart to the column with the fewest rows so far.
    let mut columns: Vec<Vec<usize>> = vec![Vec::new(); cols];
    let mut load = vec![0u32; cols];
    for g in rest {
        let c = (0..cols).min_by_key(|&c| load[c]).unwrap_or(0);
        load[c] += u32::from(wishes[g].rows);
        columns[c].push(g);
    }
    Plan { wide, columns }
}

/// The width of the widest chart (none: 0).
pub fn widest(wishes: &[Wish]) -> u16 {
    wishes.iter().map(|w| w.width).max().unwrap_or(0)
}

/// The height that would show every bar of every chart in a width.
pub fn wanted_height(wishes: &[Wish], width: u16) -> u16 {
    height(wishes, &plan(wishes, width))
}

fn height(wishes: &[Wish], p: &Plan) -> u16 {
    let rows = |gs: &[usize]| gs.iter().map(|&g| wishes[g].rows).fold(0u16, u16::saturating_add);
    let columns = p.columns.iter().map(|c| rows(c)).max().unwrap_or(0);
    rows(&p.wide).saturating_add(columns)
}

/// Where each chart goes (by its position in `wishes`): the wide ones first, then as many
/// columns as fit, top to bottom in each column, each chart as tall as its bars need while
/// rows remain; a chart that would get fewer than three rows is left out (the ones above it
/// show "+N more" if cut).
pub fn arrange(wishes: &[Wish], area: Rect) -> Vec<(usize, Rect)> {
    let mut out = Vec::new();
    if wishes.is_empty() || area.width < 8 || area.height < 3 {
        return out;
    }
    let p = plan_in(wishes, area);
    let mut top = area.y;
    let mut place = |g: usize, x: u16, w: u16, y: &mut u16| {
        let left = area.bottom() - *y;
        if left < wishes[g].rows.min(4) {
            return false; // it would show no bar, only "+N more"
        }
        let h = wishes[g].rows.min(left);
        out.push((g, Rect::new(x, *y, w, h)));
        *y += h;
        true
    };
    for &g in &p.wide {
        if !place(g, area.x, area.width, &mut top) {
            break;
        }
    }
    let cols = p.columns.len();
    let col_w = area.width / cells(cols.max(1));
    for (c, charts) in p.columns.into_iter().enumerate() {
        let x = area.x + cells(c) * col_w;
        let w = if c + 1 == cols { area.right() - x } else { col_w };
        let mut y = top;
        for g in charts {
            if !place(g, x, w, &mut y) {
                break;
            }
        }
    }
    out
}

/// The name of what every figure of a chart counts, when they all count the same (`people`,
/// `元`): the title says it once and the bars are labelled without it. Each of the chart's
/// units (found once per view: [`ChartGroup::units`]) is worded once.
fn shared_name(app: &App, units: &[u32]) -> Option<String> {
    shared_name_in(app, units, app.lang())
}

fn shared_name_in(app: &App, units: &[u32], lang: Lang) -> Option<String> {
    let all = &app.catalog().units;
    let mut names = units
        .iter()
        .filter_map(|&u| all.get(usize::try_from(u).ok()?))
        .map(|u| words::values::name(2.0, None, u, lang));
    let first = names.next()?;
    names.all(|n| n == first).then_some(first)
}

/// The chart's frame, titled with its dimension (and what its bars count, `name`); returns
/// the inside.
fn frame(
    app: &App,
    axis: Dimension,
    name: Option<&str>,
    area: Rect,
    t: &Theme,
    buf: &mut Buffer,
) -> Rect {
    let mut title = format!(" {} ", chart_title_named(axis, name, app.lang()));
    if app.log_scale() {
        title.push_str(&format!("· {} ", words(app.lang()).log));
    }
    let block =
        Block::new().borders(Borders::ALL).border_style(t.dim).title(title).title_style(t.accent);
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

fn styles(t: &Theme) -> BarStyles {
    BarStyles {
        bar: t.bar,
        selected: t.bar_selected,
        label: ratatui::style::Style::new(),
        value: t.value,
        missing: t.dim,
    }
}

fn scale(app: &App) -> Scale {
    if app.log_scale() { Scale::Log } else { Scale::Linear }
}

/// A bar for figure `i`, labelled with its value as the list writes it (without the name of
/// what it counts when the title has it: `named` false); a range is drawn as a range.
fn bar(app: &App, i: usize, label: String, named: bool, selected: Option<usize>) -> Bar {
    let ind = &app.data().indicators[i];
    Bar {
        label,
        value: Some(catalog::axis_value(app.data(), i)),
        high: ind.more().value_max.map(|m| m * ind.unit.factor()),
        text: words::bar_text(ind, app.lang(), named),
        selected: Some(i) == selected,
    }
}

/// A comparison's bar for member `m` and its figure `i`.
fn comparison_bar(app: &App, m: usize, i: usize, named: bool, sel: Option<usize>) -> Bar {
    let label =
        format!("{} · {}", member_title(app, m), app.data().indicators[i].label.get(app.lang()));
    bar(app, i, label, named, sel)
}

/// The title of member `m` (starting at 1) of the group shown.
fn member_title(app: &App, m: usize) -> &str {
    let top = app.top_section();
    top.and_then(|t| t.members.get(m.wrapping_sub(1))).map_or("", |s| s.title.get(app.lang()))
}

/// One comparison: a bar per member figure; the members without one named once, on the
/// last line ("No figure: Health, Education").
fn comparison(app: &App, c: &Comparison, area: Rect, t: &Theme, buf: &mut Buffer) {
    let lang = app.lang();
    let name = shared_name(app, &c.units);
    let inner = frame(app, c.axis, name.as_deref(), area, t, buf);
    let selected = app.visible().get(app.selected()).copied();
    let named = name.is_none();
    let figures: Vec<(usize, usize)> = c.rows.iter().filter_map(|&(m, i)| Some((m, i?))).collect();
    let missing = missing_line(app, c);
    // The bars first: the line of members without a figure only where every bar has a row.
    let all_bars = cells(figures.len());
    let bar_rows = if !missing.is_empty() && inner.height > all_bars {
        inner.height - 1
    } else {
        inner.height
    };
    let n = bars::fitting(figures.len(), usize::from(bar_rows));
    let rows: Vec<Bar> =
        figures[..n].iter().map(|&(m, i)| comparison_bar(app, m, i, named, selected)).collect();
    let area = Rect { height: bar_rows, ..inner };
    bars::render(&rows, figures.len(), c.max, scale(app), words(lang).more, styles(t), area, buf);
    if !missing.is_empty() && bar_rows < inner.height {
        let y = inner.y + all_bars;
        super::geometry::put(buf, inner.x, y, &missing, usize::from(inner.width), t.dim);
    }
}

/// The members of a comparison without a figure, named once ("No figure: Health,
/// Education"); empty when every member has one.
fn missing_line(app: &App, c: &Comparison) -> String {
    let lang = app.lang();
    let missing: Vec<&str> =
        c.rows.iter().filter(|(_, i)| i.is_none()).map(|&(m, _)| member_title(app, m)).collect();
    if missing.is_empty() {
        return String::new();
    }
    format!("{}{}", words(lang).no_figure_for, missing.join(words::interface::list_separator(lang)))
}

/// A chart with no bar selected; returns where each figure's bar went.
fn chart(app: &App, g: &ChartGroup, area: Rect, t: &Theme, buf: &mut Buffer) -> Vec<(usize, Rect)> {
    let w = words(app.lang());
    let name = shared_name(app, &g.units);
    let inner = frame(app, g.axis, name.as_deref(), area, t, buf);
    let n = bars::fitting(g.indicators.len(), usize::from(inner.height));
    let named = name.is_none();
    let rows: Vec<Bar> = g.indicators[..n]
        .iter()
        .map(|&i| {
            let label = app.data().indicators[i].label.get(app.lang()).to_string();
            bar(app, i, label, named, None)
        })
        .collect();
    let spans =
        bars::render(&rows, g.indicators.len(), g.max, scale(app), w.more, styles(t), inner, buf);
    spans.into_iter().map(|(b, cells)| (g.indicators[b], cells)).collect()
}
