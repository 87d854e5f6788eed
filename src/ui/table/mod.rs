//! The Table tab: the open reports as rows (rank, region, level, date), the series they
//! give as columns, each cell the figure as its report gives it; the sorted column with a
//! bar in its cells; a parent's additive figures beside its children's sum; under the table,
//! the selected row's figures of the sorted column over time.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Widget};

mod cells;

use super::geometry::{inside, put, scroll_offset};
use super::text::{cells, width};
use super::theme::Theme;
use super::trend;
use crate::app::{App, FrameMap, SortBy};
use crate::words::table::{self as tw, words};
use cells::{
    cell_text, date_text, focus_column, header_text, level_text, region_text, selected_trend,
    sum_line,
};

/// Cells of a sorted column's bar.
const BAR: usize = 6;
/// The widest a column of values gets.
const MAX_COL: usize = 40;
/// The fewest cells a column's header is cut to.
const HEADER: usize = 16;
/// The widest the region column gets.
const MAX_REGION: usize = 24;

/// Where the tab's parts go.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    /// The table's box.
    pub outer: Rect,
    /// The header row.
    pub header: Rect,
    /// The rows.
    pub rows: Rect,
    /// First row shown.
    pub offset: usize,
    /// The fixed columns' widths: rank, region, level, date.
    pub fixed: [u16; 4],
    /// The series columns shown: column, x, width.
    pub columns: Vec<(usize, u16, u16)>,
    /// The trend under the table (empty when none).
    pub trend: Rect,
    /// The line under the table: the selected parent's sum (empty when none).
    pub sum: Rect,
}

impl Layout {
    /// What the state needs of it: the rows for clicks and pages, the headers for sorting.
    pub fn map(&self) -> FrameMap {
        let mut headers = Vec::new();
        let mut x = self.header.x;
        for (i, w) in self.fixed.iter().enumerate() {
            let by = match i {
                1 => Some(SortBy::Region),
                3 => Some(SortBy::Date),
                _ => None,
            };
            if let Some(by) = by {
                headers.push((Rect::new(x, self.header.y, *w, 1), by));
            }
            x += w;
        }
        for &(c, x, w) in &self.columns {
            headers.push((Rect::new(x, self.header.y, w, 1), SortBy::Column(c)));
        }
        FrameMap {
            list: self.rows,
            list_offset: self.offset,
            row_height: 1,
            page: usize::from(self.rows.height),
            headers,
            ..FrameMap::default()
        }
    }
}

/// Lays the tab out: the rows that fit, the columns that fit from the first one shown.
pub fn layout(app: &App, body: Rect) -> Layout {
    let mut l = Layout::default();
    let rows = app.table_rows();
    let trend_h = if selected_trend(app).is_some() && body.height >= 12 + trend::HEIGHT {
        trend::HEIGHT
    } else {
        0
    };
    let sum_h = u16::from(sum_line(app).is_some() && body.height >= 8);
    // As tall as its rows (a header and borders besides), the rest for what comes under it.
    let table_h = body.height.saturating_sub(trend_h + sum_h).min(cells(rows.len().max(1)) + 3);
    l.outer = Rect { height: table_h, ..body };
    let inner = inside(l.outer);
    l.header = Rect { height: inner.height.min(1), ..inner };
    l.rows = Rect {
        y: inner.y + l.header.height,
        height: inner.height.saturating_sub(l.header.height),
        ..inner
    };
    l.offset = scroll_offset(app.selected(), rows.len(), usize::from(l.rows.height));
    let shown =
        &rows[l.offset.min(rows.len())..(l.offset + usize::from(l.rows.height)).min(rows.len())];
    let w = words(app.lang());
    let rank_w = width(w.rank).max(cells(rows.len()).to_string().len()) + 1;
    let region_w = shown
        .iter()
        .map(|r| width(&region_text(app, r)))
        .chain([width(w.region)])
        .max()
        .unwrap_or(0)
        .min(MAX_REGION)
        + 1;
    let level_w = shown
        .iter()
        .map(|r| width(level_text(app, r.report)))
        .chain([width(w.level)])
        .max()
        .unwrap_or(0)
        + 1;
    let date_w = shown
        .iter()
        .map(|r| width(&date_text(app, r.report)))
        .chain([width(w.date)])
        .max()
        .unwrap_or(0)
        + 1;
    l.fixed = [rank_w, region_w, level_w, date_w].map(cells);
    let mut x = inner.x + l.fixed.iter().sum::<u16>();
    let right = inner.right();
    let sorted = match app.table().sort {
        SortBy::Column(c) => Some(c),
        _ => None,
    };
    let all = app.table().columns(app.grid());
    // Each column as wide as its values and its whole header; where they do not all fit,
    // headers are cut to what the values need (at least HEADER cells).
    let wants = |header_cap: usize| -> Vec<(usize, u16)> {
        all.iter()
            .skip(app.table().first_col)
            .map(|&c| {
                let values = shown.iter().filter_map(|r| {
                    let f = app.grid().cell(r.report, c, app.table().date)?;
                    Some(width(&cell_text(app, r.report, c, f).0))
                });
                let bar = if sorted == Some(c) { BAR + 1 } else { 0 };
                let head = width(&header_text(app, c)).min(header_cap);
                let want = values.chain([head]).max().unwrap_or(1).min(MAX_COL) + bar + 2;
                (c, cells(want))
            })
            .collect()
    };
    let mut planned = wants(MAX_COL);
    let room = u32::from(right.saturating_sub(x));
    if planned.iter().map(|(_, w)| u32::from(*w)).sum::<u32>() > room {
        planned = wants(HEADER);
    }
    for (c, w) in planned {
        if x >= right || (x + w > right && !l.columns.is_empty()) {
            break;
        }
        let w = w.min(right - x);
        l.columns.push((c, x, w));
        x += w;
    }
    let mut y = l.outer.bottom();
    if sum_h > 0 {
        l.sum = Rect { y, height: 1, ..body };
        y += 1;
    }
    if trend_h > 0 {
        // The trend takes the room left.
        l.trend = Rect { y, height: body.bottom().saturating_sub(y).max(trend_h), ..body };
    }
    l
}

/// Draws the Table tab.
pub fn draw(app: &App, l: &Layout, t: &Theme, buf: &mut Buffer) {
    let lang = app.lang();
    let w = words(lang);
    let table = app.table();
    let by = match table.sort {
        SortBy::Region => w.region.to_string(),
        SortBy::Date => w.date.to_string(),
        SortBy::Column(c) => header_text(app, c),
    };
    let date = table.date.and_then(|d| app.grid().dates.get(d)).map(String::as_str);
    let title = format!(
        " {} ({}) · {} · {} · {} ",
        w.tab,
        app.visible().len(),
        tw::date_shown(date, lang),
        tw::sorted(&by, table.desc, lang),
        if table.tree { w.tree } else { w.flat },
    );
    let more =
        table.first_col + l.columns.len() < table.columns(app.grid()).len() || table.first_col > 0;
    let mut block =
        Block::new().borders(Borders::ALL).border_style(t.dim).title(title).title_style(t.accent);
    if more {
        block = block.title_bottom(format!(" {} ", w.more_columns));
    }
    block.render(l.outer, buf);
    let empty = if app.grid().columns.is_empty() {
        Some(w.no_columns)
    } else if app.visible().is_empty() {
        Some(w.no_rows)
    } else {
        None
    };
    if let Some(msg) = empty {
        crate::ui::wrap::render(msg, None, Style::new(), true, l.rows, buf);
        return;
    }
    // Headers.
    let mut x = l.header.x;
    let heads = [w.rank, w.region, w.level, w.date];
    for (i, (head, fw)) in heads.iter().zip(l.fixed).enumerate() {
        let on = matches!((i, table.sort), (1, SortBy::Region) | (3, SortBy::Date));
        let style = if on { t.accent } else { t.dim };
        put(buf, x, l.header.y, head, usize::from(fw.saturating_sub(1)), style);
        x += fw;
    }
    for &(c, x, cw) in &l.columns {
        let on = table.sort == SortBy::Column(c);
        let style = if on { t.accent } else { t.dim };
        put(buf, x, l.header.y, &header_text(app, c), usize::from(cw.saturating_sub(2)), style);
    }
    // Rows.
    let rows = app.table_rows();
    let end = (l.offset + usize::from(l.rows.height)).min(rows.len());
    let sorted = match table.sort {
        SortBy::Column(c) => Some(c),
        _ => None,
    };
    let max = sorted.map_or(0.0, |c| {
        rows.iter()
            .filter_map(|r| app.grid().cell(r.report, c, table.date))
            .map(|f| f.base)
            .fold(0.0, f64::max)
    });
    for (n, row) in rows[l.offset.min(end)..end].iter().enumerate() {
        let y = l.rows.y + cells(n);
        let selected = l.offset + n == app.selected();
        let base = if selected { t.selected } else { Style::new() };
        buf.set_style(Rect::new(l.rows.x, y, l.rows.width, 1), base);
        let mut x = l.rows.x;
        let rank = row.rank.map_or(String::new(), |k| k.to_string());
        let fixed = [
            rank,
            region_text(app, row),
            level_text(app, row.report).to_string(),
            date_text(app, row.report),
        ];
        for (text, fw) in fixed.iter().zip(l.fixed) {
            put(buf, x, y, text, usize::from(fw.saturating_sub(1)), base);
            x += fw;
        }
        for &(c, cx, cw) in &l.columns {
            let room = usize::from(cw.saturating_sub(2));
            let Some(f) = app.grid().cell(row.report, c, table.date) else {
                put(buf, cx, y, "—", room, base.patch(t.dim));
                continue;
            };
            let (text, mark) = cell_text(app, row.report, c, f);
            let style = if mark == Some('!') { base.patch(t.warn) } else { base };
            let bar = if sorted == Some(c) { BAR + 1 } else { 0 };
            let used = put(buf, cx, y, &text, room.saturating_sub(bar), style);
            if sorted == Some(c) && max > 0.0 {
                let bx = cx + cells(room.saturating_sub(BAR)).max(cells(used + 1));
                let bar_text = crate::ui::bars::cell_bar(f.base / max, BAR);
                put(
                    buf,
                    bx,
                    y,
                    &bar_text,
                    BAR.min(room.saturating_sub(used + 1)),
                    base.patch(t.bar),
                );
            }
        }
    }
    if let Some((text, mark)) = sum_line(app).filter(|_| !l.sum.is_empty()) {
        let style = if mark == '!' { t.warn } else { t.dim };
        put(buf, l.sum.x + 1, l.sum.y, &text, usize::from(l.sum.width.saturating_sub(2)), style);
    }
    if let Some(series) = selected_trend(app).filter(|_| !l.trend.is_empty())
        && let Some(c) = focus_column(app)
    {
        trend::draw_points(app, &series, app.grid().columns[c].axis, l.trend, t, buf);
    }
}
