//! The view: a pure function from the state to a frame. Same state, same buffer.
//!
//! [`draw`] lays out the frame once: the chrome ([`chrome`], [`tabs`]), then the one screen
//! the state shows ([`Screen`], matched once), each screen file owning both its layout and
//! its drawing; popups go on top. It returns the [`FrameMap`] of what it drew, which
//! [`hand_over`] gives to the state (for clicks, page sizes and help scrolling) wherever a
//! frame is drawn.

mod bars;
mod charts;
pub mod chrome;
mod compare;
mod copies;
mod figure;
mod geometry;
mod group;
mod labels;
mod memo;
mod notes;
mod opening;
mod overview;
mod picker;
mod popup;
mod section;
mod section_extras;
mod summary;
mod table;
mod tabs;
pub mod text;
pub mod theme;
mod trend;
mod wrap;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{Action, App, FrameMap, Mode, Tab, dispatch};
pub use memo::Memo;
use theme::Theme;

/// The screens the body can show, derived from the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The key figures, charts and list of sections.
    Overview,
    /// A section, or a member of a group.
    Section,
    /// A group's members side by side.
    Group,
    /// The series several reports share.
    Compare,
    /// The open reports as rows, their series as columns.
    Table,
}

impl Screen {
    /// The screen the state shows.
    pub fn of(app: &App) -> Screen {
        match app.tab() {
            Tab::Compare => Screen::Compare,
            Tab::Table => Screen::Table,
            Tab::Overview => Screen::Overview,
            Tab::Section(_) if app.in_group() && app.member() == 0 => Screen::Group,
            Tab::Section(_) => Screen::Section,
        }
    }
}

/// Draws the whole screen for the state into a terminal frame; returns its geometry.
pub fn render(app: &App, frame: &mut Frame) -> FrameMap {
    render_with(app, &mut Memo::default(), frame)
}

/// [`render`], drawing again what `memo` remembers of the last frames (the same frame,
/// sooner).
pub fn render_with(app: &App, memo: &mut Memo, frame: &mut Frame) -> FrameMap {
    let area = frame.area();
    draw_with(app, area, frame.buffer_mut(), memo)
}

/// Draws the whole screen into a buffer and returns the geometry of what it drew. The
/// state's `size` decides the layout; `area` is what the buffer holds (they are the same in
/// the running app; a buffer smaller than the state's size gets the too-small screen).
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> FrameMap {
    draw_with(app, area, buf, &mut Memo::default())
}

/// [`draw`] with what `memo` remembers of the last frames.
pub fn draw_with(app: &App, area: Rect, buf: &mut Buffer, memo: &mut Memo) -> FrameMap {
    memo.begin(app);
    let map = draw_screen(app, area, buf, memo);
    memo.end();
    map
}

fn draw_screen(app: &App, area: Rect, buf: &mut Buffer, memo: &mut Memo) -> FrameMap {
    let t = Theme::new(app.theme());
    let help_max_scroll = popup::help_max_scroll(app);
    let help_page = popup::help_page(app);
    let fits = area.width >= app.size().0 && area.height >= app.size().1;
    let Some(c) = memo.layout("chrome", area, false, || chrome::layout(app)).filter(|_| fits)
    else {
        chrome::too_small(app, area, &t, buf);
        return FrameMap {
            page: 1,
            row_height: 1,
            help_max_scroll,
            help_page,
            ..FrameMap::default()
        };
    };
    if let Some(o) = app.reading() {
        opening::draw(app, o, &c, &t, buf);
    } else {
        chrome::header(app, &c, &t, buf);
    }
    tabs::draw(app, &c.tabs, &t, buf);
    let map = match Screen::of(app) {
        _ if app.reading().is_some() => FrameMap::default(),
        Screen::Overview => {
            let l = overview::layout(app, c.body, memo);
            overview::draw(app, &l, &t, buf, memo);
            l.map()
        }
        Screen::Section => {
            let l = section::layout(app, c.body, memo);
            section::draw(app, &l, &t, buf, memo);
            l.map()
        }
        Screen::Group => {
            let l = group::layout(app, c.body);
            group::draw(app, &l, &t, buf);
            l.map()
        }
        Screen::Compare => {
            let l = compare::layout(app, c.body);
            compare::draw(app, &l, &t, buf);
            l.map()
        }
        Screen::Table => {
            let l = table::layout(app, c.body);
            table::draw(app, &l, &t, buf);
            l.map()
        }
    };
    chrome::banner(app, &c, &t, buf);
    chrome::footer(app, &c, &t, buf);
    if matches!(app.mode(), Mode::Detail | Mode::Help | Mode::Picker | Mode::PickerFilter) {
        memo.drawn_over(area);
    }
    match app.mode() {
        Mode::Detail => popup::detail(app, c.body, &t, buf),
        Mode::Help => popup::help(app, &t, buf),
        Mode::Picker | Mode::PickerFilter => picker::draw(app, c.body, &t, buf),
        Mode::Normal | Mode::Filter => {}
    }
    FrameMap {
        tabs: c.tabs.spans.iter().map(|&(rect, i)| (rect, app.tab_at(i))).collect(),
        picker: matches!(app.mode(), Mode::Picker | Mode::PickerFilter)
            .then(|| picker::area(app, c.body)),
        page: map.page.max(1),
        help_max_scroll,
        help_page,
        ..map
    }
}

/// Hands the state the geometry of the frame just drawn for it.
pub fn hand_over(app: &mut App, map: FrameMap) {
    dispatch(app, Action::Framed(map));
}

/// Draws the state at its own size into a new buffer, hands the state the frame's geometry,
/// and returns the buffer: what the running app does at each draw, without a terminal.
pub fn draw_and_hand_over(app: &mut App) -> Buffer {
    let area = Rect::new(0, 0, app.size().0, app.size().1);
    let mut buf = Buffer::empty(area);
    let map = draw(app, area, &mut buf);
    hand_over(app, map);
    buf
}

/// The screen for the state at its size, as plain text (no escape codes).
pub fn render_text(app: &App) -> String {
    let area = Rect::new(0, 0, app.size().0, app.size().1);
    let mut buf = Buffer::empty(area);
    draw(app, area, &mut buf);
    text::buffer_to_text(&buf)
}
