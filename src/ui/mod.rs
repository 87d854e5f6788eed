//! The view: a pure function from the state to a frame. Same state, same buffer.

mod bars;
mod charts;
mod chrome;
pub mod compare;
mod group;
pub mod i18n;
mod labels;
pub mod layout;
mod overview;
pub(crate) mod picker;
mod popup;
mod section;
pub mod text;
pub mod theme;
mod trend;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Mode};
use theme::Theme;

/// Draws the whole screen for the state.
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    draw(app, area, frame.buffer_mut());
}

/// Draws the whole screen into a buffer. The state's `size` decides the layout; `area`
/// is what the buffer holds (they are the same in the running app).
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let t = Theme::new(app.theme());
    let Some(r) =
        layout::regions(app).filter(|_| area.width >= app.size().0 && area.height >= app.size().1)
    else {
        chrome::too_small(app, area, &t, buf);
        return;
    };
    chrome::header(app, &r, &t, buf);
    chrome::tabs(app, &r, &t, buf);
    if app.tab() == crate::app::Tab::Compare {
        compare::draw(app, &r, &t, buf);
    } else if app.tab() == crate::app::Tab::Overview {
        overview::draw(app, &r, &t, buf);
    } else if app.in_group() && app.member() == 0 {
        group::draw(app, &r, &t, buf);
    } else {
        section::draw(app, &r, &t, buf);
    }
    chrome::banner(app, &r, &t, buf);
    chrome::footer(app, &r, &t, buf);
    match app.mode() {
        Mode::Detail => popup::detail(app, r.body, &t, buf),
        Mode::Help => popup::help(app, &t, buf),
        Mode::Picker => picker::draw(app, r.body, &t, buf),
        Mode::Normal | Mode::Filter => {}
    }
}

/// The screen for the state at its size, as plain text (no escape codes).
pub fn render_text(app: &App) -> String {
    let area = Rect::new(0, 0, app.size().0, app.size().1);
    let mut buf = Buffer::empty(area);
    draw(app, area, &mut buf);
    text::buffer_to_text(&buf)
}
