//! `update`: the only place the state changes, one action at a time.

use super::{Action, App, Mode, keys};

/// Applies an action to the state. Returns a follow-up action, if any (a click
/// becomes a tab change or a selection).
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    let rows = app.visible.len();
    let page = |app: &App| usize::from(crate::ui::layout::list_rows(app)).max(1);
    match action {
        Action::NextTab => set_tab(app, (app.tab + 1) % app.catalog.tab_count()),
        Action::PrevTab => {
            let n = app.catalog.tab_count();
            set_tab(app, (app.tab + n - 1) % n);
        }
        Action::GoTab(t) if t < app.catalog.tab_count() => set_tab(app, t),
        Action::GoTab(_) => {}
        Action::Up | Action::ScrollUp if app.mode == Mode::Help => {
            app.help_scroll = app.help_scroll.saturating_sub(1);
        }
        Action::Down | Action::ScrollDown if app.mode == Mode::Help => {
            app.help_scroll = (app.help_scroll + 1).min(keys::bindings().len());
        }
        Action::Up | Action::ScrollUp => app.selected = app.selected.saturating_sub(1),
        Action::Down | Action::ScrollDown => app.selected = (app.selected + 1).min(last(rows)),
        Action::PageUp => app.selected = app.selected.saturating_sub(page(app)),
        Action::PageDown => app.selected = (app.selected + page(app)).min(last(rows)),
        Action::Home => app.selected = 0,
        Action::End => app.selected = last(rows),
        Action::Select(n) if n < rows => app.selected = n,
        Action::Select(_) => {}
        Action::NextMember => {
            let n = app.catalog.member_count(app.tab);
            set_member(app, (app.member + 1) % n);
        }
        Action::PrevMember => {
            let n = app.catalog.member_count(app.tab);
            set_member(app, (app.member + n - 1) % n);
        }
        Action::GoMember(m) if m < app.catalog.member_count(app.tab) => set_member(app, m),
        Action::GoMember(_) => {}
        Action::OpenDetail if rows > 0 => app.mode = Mode::Detail,
        Action::OpenDetail => {}
        Action::Close => match app.mode {
            Mode::Detail | Mode::Help => app.mode = Mode::Normal,
            Mode::Filter | Mode::Normal => {
                app.mode = Mode::Normal;
                set_filter(app, String::new());
            }
        },
        Action::ToggleHelp => {
            app.mode = if app.mode == Mode::Help { Mode::Normal } else { Mode::Help };
            app.help_scroll = 0;
        }
        Action::ToggleLang => app.lang = app.lang.toggle(),
        Action::ToggleLog => app.log_scale = !app.log_scale,
        Action::StartFilter => app.mode = Mode::Filter,
        Action::FilterPush(c) if app.mode == Mode::Filter && !crate::safe::is_unsafe_char(c) => {
            let mut f = std::mem::take(&mut app.filter);
            f.push(c);
            set_filter(app, f);
        }
        Action::FilterPush(_) => {}
        Action::FilterPop => {
            let mut f = std::mem::take(&mut app.filter);
            f.pop();
            set_filter(app, f);
        }
        Action::FilterDone => app.mode = Mode::Normal,
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.size = (w, h),
        Action::Click(x, y) => return crate::ui::layout::hit(app, x, y),
        // Reading files is the edge's job; the state has nothing to change.
        Action::Reload => {}
    }
    None
}

fn last(rows: usize) -> usize {
    rows.saturating_sub(1)
}

fn set_tab(app: &mut App, tab: usize) {
    if tab != app.tab {
        app.tab = tab;
        app.member = 0;
        app.selected = 0;
        app.filter.clear();
        if app.mode == Mode::Filter {
            app.mode = Mode::Normal;
        }
        app.refresh_view();
    }
}

fn set_member(app: &mut App, member: usize) {
    if member != app.member {
        app.member = member;
        app.selected = 0;
        app.refresh_view();
    }
}

fn set_filter(app: &mut App, filter: String) {
    app.filter = filter;
    app.selected = 0;
    app.refresh_view();
}
