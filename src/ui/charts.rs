//! A set of bar charts, one per axis unit, laid out in columns to fill an area.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Widget};

use super::bars::{self, Bar, BarStyles, Scale};
use super::memo::{self, Key, Memo};
use super::text::{cells, width};
use super::theme::Theme;
use crate::app::{App, ChartGroup, Comparison, catalog};
use crate::data::Dimension;
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
    for (g, rect) in arrange(wishes, area) {
        let key = Key::Chart { group: g, size: (rect.width, rect.height) };
        let bars = memo.draw(key, rect, buf, |b| chart(app, &groups[g], rect, t, b));
        for (i, cells) in bars {
            if Some(i) == selected {
                memo::restyle(buf, cells, t.bar_selected);
            }
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
/// labels (up to [`LABEL_WANT`]), values and a bar of [`BAR_WANT`] cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wish {
    rows: u16,
    width: u16,
}

/// Widest label a chart asks room for, and the bar length it would like beside it.
const LABEL_WANT: usize = 40;
const BAR_WANT: usize = 16;
/// How many bars of a chart are measured for its width.
const MEASURED: usize = 12;

fn wish(bars: usize, label: usize, value: usize) -> Wish {
    Wish {
        rows: u16::try_from(bars.saturating_add(2)).unwrap_or(u16::MAX),
        width: cells(label.min(LABEL_WANT) + value + BAR_WANT + 4),
    }
}

/// What each chart would like.
pub fn wishes(app: &App, groups: &[ChartGroup]) -> Vec<Wish> {
    groups
        .iter()
        .map(|g| {
            let lang = app.lang();
            let labels = g.indicators.iter().take(MEASURED);
            let label = labels.map(|&i| width(app.data().indicators[i].label.get(lang))).max();
            // The longest value text is the largest value's, give or take a mark (≈, ≥, =).
            let value = g.largest.map_or(0, |i| {
                let named = shared_name(app, &g.units).is_none();
                width(&bar(app, i, String::new(), named, None).text) + 2
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
            let (label, value) = c.rows.iter().take(MEASURED).fold((0, 0), |(l, v), &(m, i)| {
                let b = comparison_bar(app, m, i, named, None);
                (l.max(width(&b.label)), v.max(width(&b.text)))
            });
            wish(c.rows.len(), label, value)
        })
        .collect()
}

/// The rows the charts take when arranged in `area` (a chart left out leaves no gap).
pub fn used_height(wishes: &[Wish], area: Rect) -> u16 {
    arrange(wishes, area).iter().map(|(_, r)| r.bottom() - area.y).max().unwrap_or(0)
}

/// How many columns of charts fit in a width: as many as are as wide as the charts would
/// like, and two of the narrowest useful width rather than one.
fn columns(wishes: &[Wish], width: u16) -> usize {
    let want = wishes.iter().map(|w| w.width).max().unwrap_or(MIN_CHART_WIDTH);
    let cols = (width / want.max(MIN_CHART_WIDTH)).max((width / MIN_CHART_WIDTH).min(2)).max(1);
    usize::from(cols).min(wishes.len().max(1))
}

/// Shares the charts out among columns so that each holds about as many rows.
fn assign(wishes: &[Wish], cols: usize) -> Vec<Vec<usize>> {
    let mut columns: Vec<Vec<usize>> = vec![Vec::new(); cols];
    let mut load = vec![0u32; cols];
    for (g, w) in wishes.iter().enumerate() {
        let c = (0..cols).min_by_key(|&c| load[c]).unwrap_or(0);
        load[c] += u32::from(w.rows);
        columns[c].push(g);
    }
    columns
}

/// The height that would show every bar of every chart in a width.
pub fn wanted_height(wishes: &[Wish], width: u16) -> u16 {
    assign(wishes, columns(wishes, width))
        .iter()
        .map(|col| col.iter().map(|&g| wishes[g].rows).fold(0u16, u16::saturating_add))
        .max()
        .unwrap_or(0)
}

/// Where each chart goes (by its position in `wishes`): as many columns as fit, then top to
/// bottom in each column, each chart as tall as its bars need while rows remain; a chart that
/// would get fewer than three rows is left out (the ones above it show "+N more" if cut).
pub fn arrange(wishes: &[Wish], area: Rect) -> Vec<(usize, Rect)> {
    let mut out = Vec::new();
    if wishes.is_empty() || area.width < 8 || area.height < 3 {
        return out;
    }
    let cols = columns(wishes, area.width);
    let col_w = area.width / cells(cols);
    for (c, charts) in assign(wishes, cols).into_iter().enumerate() {
        let x = area.x + cells(c) * col_w;
        let w = if c + 1 == cols { area.right() - x } else { col_w };
        let mut y = area.y;
        for g in charts {
            let left = area.bottom() - y;
            if left < wishes[g].rows.min(4) {
                break; // it would show no bar, only "+N more"
            }
            let h = wishes[g].rows.min(left);
            out.push((g, Rect::new(x, y, w, h)));
            y += h;
        }
    }
    out
}

/// The name of what every figure of a chart counts, when they all count the same (`people`,
/// `元`): the title says it once and the bars are labelled without it. Each of the chart's
/// units (found once per view: [`ChartGroup::units`]) is worded once.
fn shared_name(app: &App, units: &[u32]) -> Option<String> {
    let all = &app.catalog().units;
    let mut names = units
        .iter()
        .filter_map(|&u| all.get(usize::try_from(u).ok()?))
        .map(|u| words::values::name(2.0, None, u, app.lang()));
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
        high: ind.value_max.map(|m| m * ind.unit.factor()),
        text: words::bar_text(ind, app.lang(), named),
        selected: Some(i) == selected,
    }
}

/// A comparison's bar for member `m`: its figure `i`, or "no figure".
fn comparison_bar(app: &App, m: usize, i: Option<usize>, named: bool, sel: Option<usize>) -> Bar {
    let lang = app.lang();
    let top = app.top_section();
    let member =
        top.and_then(|t| t.members.get(m.wrapping_sub(1))).map_or("", |s| s.title.get(lang));
    match i {
        Some(i) => {
            let label = format!("{member} · {}", app.data().indicators[i].label.get(lang));
            bar(app, i, label, named, sel)
        }
        None => Bar {
            label: member.to_string(),
            value: None,
            high: None,
            text: words(lang).no_figure.to_string(),
            selected: false,
        },
    }
}

/// One comparison: a bar per member figure, "no figure" for a member without one.
fn comparison(app: &App, c: &Comparison, area: Rect, t: &Theme, buf: &mut Buffer) {
    let lang = app.lang();
    let name = shared_name(app, &c.units);
    let inner = frame(app, c.axis, name.as_deref(), area, t, buf);
    let selected = app.visible().get(app.selected()).copied();
    let n = bars::fitting(c.rows.len(), usize::from(inner.height));
    let named = name.is_none();
    let rows: Vec<Bar> =
        c.rows[..n].iter().map(|&(m, i)| comparison_bar(app, m, i, named, selected)).collect();
    bars::render(&rows, c.rows.len(), c.max, scale(app), words(lang).more, styles(t), inner, buf);
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
