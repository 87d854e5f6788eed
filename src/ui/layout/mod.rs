//! Where everything goes on screen: one pure function of the state, used to draw, and
//! handed to the state as a [`FrameMap`] for mouse hits and page sizes.

mod body;

pub use body::wrapped_rows;

use ratatui::layout::Rect;

use super::i18n::words;
use super::text::{cells, width};
use crate::app::{App, FrameMap, Tab};

/// The smallest terminal the layout supports.
pub const MIN_SIZE: (u16, u16) = (50, 14);
/// Height of a key-figure card: its value alone, or with a line of context when there is room.
pub const CARD_HEIGHT: (u16, u16) = (3, 4);

/// The screen's regions for the current state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Regions {
    /// Title line.
    pub header: Rect,
    /// Tab bar.
    pub tabs: Rect,
    /// Every tab's label, in order.
    pub tab_labels: Vec<String>,
    /// Each visible tab's label and its position in the tab bar.
    pub tab_spans: Vec<(Rect, usize)>,
    /// Whether tabs are hidden to the left and right of the bar.
    pub tabs_hidden: (bool, bool),
    /// Between tab bar and footer.
    pub body: Rect,
    /// Message line above the footer, if there is a banner.
    pub banner: Option<Rect>,
    /// Key hints.
    pub footer: Rect,
    /// A group's member list (its inner rows), if the tab is a group.
    pub members: Option<Rect>,
    /// First member-list entry shown.
    pub members_offset: usize,
    /// The section's summary lines.
    pub summary: Rect,
    /// The indicator list, inner rows (or the overview's card grid); empty on a group's
    /// side-by-side view.
    pub list: Rect,
    /// First list row (or card row) shown.
    pub list_offset: usize,
    /// Cards per row on the overview (0 elsewhere).
    pub card_cols: usize,
    /// Height of a card (see [`CARD_HEIGHT`]).
    pub card_height: u16,
    /// A series' trend chart (empty when none).
    pub trend: Rect,
    /// The charts (a group's side-by-side view: the members compared).
    pub charts: Rect,
    /// What each chart of the view would like, measured once per frame.
    pub chart_wishes: Vec<crate::ui::charts::Wish>,
    /// The section's notes, or the overview's list of sections (empty when none).
    pub about: Rect,
    /// Whether the overview's list of sections has room for their notes too.
    pub about_notes: bool,
    /// A group's side-by-side view: one panel per member (0 is the group's own figures).
    pub panels: Vec<(Rect, usize)>,
}

/// The layout of the current state, or `None` when the terminal is below [`MIN_SIZE`].
pub fn regions(app: &App) -> Option<Regions> {
    let (w, h) = app.size();
    if w < MIN_SIZE.0 || h < MIN_SIZE.1 {
        return None;
    }
    let mut r = Regions {
        header: Rect::new(0, 0, w, 1),
        tabs: Rect::new(0, 1, w, 1),
        footer: Rect::new(0, h - 1, w, 1),
        ..Regions::default()
    };
    let mut body_h = h - 3;
    if !app.banners().is_empty() {
        body_h -= 1;
        r.banner = Some(Rect::new(0, h - 2, w, 1));
    }
    r.body = Rect::new(0, 2, w, body_h);
    tab_bar(app, &mut r);
    if app.tab() == Tab::Compare {
        body::compare(app, &mut r);
    } else if app.tab() == Tab::Overview {
        body::overview(app, &mut r);
    } else if app.in_group() && app.member() == 0 {
        body::group(app, &mut r);
    } else {
        body::section(app, &mut r);
    }
    Some(r)
}

/// Tab labels: `1 Overview`, `2 Party building`, ...
pub fn tab_labels(app: &App) -> Vec<String> {
    let overview = words(app.lang()).overview;
    let compare = app.has_compare().then_some(words(app.lang()).compare);
    std::iter::once(overview)
        .chain(app.data().sections.iter().map(|s| s.title.get(app.lang())))
        .chain(compare)
        .enumerate()
        .map(|(i, t)| if i < 9 { format!("{} {t}", i + 1) } else { t.to_string() })
        .collect()
}

fn tab_bar(app: &App, r: &mut Regions) {
    r.tab_labels = tab_labels(app);
    let widths: Vec<u16> = r
        .tab_labels
        .iter()
        .map(|l| {
            u16::try_from(width(l) + 2).unwrap_or(u16::MAX).min(r.tabs.width.saturating_sub(4))
        })
        .collect();
    let room = r.tabs.width.saturating_sub(4); // space for the ‹ › markers
    let sum = |a: usize, b: usize| widths[a..=b].iter().map(|&w| u32::from(w) + 1).sum::<u32>();
    let current = app.tab_position(app.tab());
    let mut start = 0;
    while start < current && sum(start, current) > u32::from(room) {
        start += 1;
    }
    let mut x = r.tabs.x + 2;
    let mut end = start;
    while end < widths.len()
        && u32::from(x - r.tabs.x) + u32::from(widths[end]) <= u32::from(room) + 2
    {
        r.tab_spans.push((Rect::new(x, r.tabs.y, widths[end], 1), end));
        x += widths[end] + 1;
        end += 1;
    }
    r.tabs_hidden = (start > 0, end < widths.len());
}

/// First row to show so that `selected` is visible, keeping it near the middle.
pub fn scroll_offset(selected: usize, rows: usize, height: usize) -> usize {
    if height == 0 || rows <= height {
        return 0;
    }
    selected.saturating_sub(height / 2).min(rows - height)
}

/// Width of one overview card: the grid's width shared among its columns.
pub fn card_width(r: &Regions) -> usize {
    usize::from(r.list.width) / r.card_cols.max(1)
}

/// The geometry the state needs from the frame drawn for it: clickable tabs, members and
/// rows, the page size, and how far help can scroll.
pub fn frame_map(app: &App) -> FrameMap {
    let help_max_scroll = help_max_scroll(app);
    let Some(r) = regions(app) else {
        return FrameMap { page: 1, row_height: 1, help_max_scroll, ..FrameMap::default() };
    };
    let (row_height, page) = if r.card_cols > 0 {
        let rows = usize::from(r.list.height / r.card_height.max(1));
        (r.card_height, rows.saturating_mul(r.card_cols))
    } else if !r.panels.is_empty() {
        let lines = r.panels.iter().map(|(p, _)| usize::from(p.height.saturating_sub(2))).sum();
        (1, lines)
    } else {
        (1, usize::from(r.list.height))
    };
    FrameMap {
        tabs: r.tab_spans.iter().map(|&(rect, i)| (rect, app.tab_at(i))).collect(),
        members: r.members,
        picker: (app.mode() == crate::app::Mode::Picker)
            .then(|| crate::ui::picker::area(app, r.body)),
        panels: r.panels.clone(),
        members_offset: r.members_offset,
        list: r.list,
        list_offset: r.list_offset,
        card_cols: r.card_cols,
        row_height,
        page: page.max(1),
        help_max_scroll,
    }
}

/// Where the help overlay goes in a screen of `size` whose footer is on the last row, for
/// a key table of `bindings` rows.
pub fn help_area(size: (u16, u16), bindings: usize) -> Rect {
    let above_footer = Rect::new(0, 0, size.0, size.1.saturating_sub(1));
    centred(above_footer, 76, cells(bindings.saturating_add(2)))
}

/// The inside of a bordered box (never below zero in size, where it stays).
pub fn inside(outer: Rect) -> Rect {
    Rect::new(
        outer.x + 1,
        outer.y + 1,
        outer.width.saturating_sub(2),
        outer.height.saturating_sub(2),
    )
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// The largest scroll at which the help overlay still fills its box.
fn help_max_scroll(app: &App) -> usize {
    let bindings = app.keymap().bindings().len();
    let inner = usize::from(help_area(app.size(), bindings).height.saturating_sub(2));
    bindings.saturating_sub(inner)
}
