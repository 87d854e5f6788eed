//! `update`: the only place the state changes, one action at a time; and `dispatch`, the
//! one loop that applies an action's follow-ups.

use super::action::Action;
use super::click::hit;
use super::effect::Effect;
use super::frame::FrameMap;
use super::mode::Mode;
use super::state::App;
use super::tab::Tab;
use crate::safe::is_unsafe_char;

/// Longest filter kept, in characters: typing or pasting more is ignored.
pub const MAX_FILTER_CHARS: usize = 200;

/// Applies `action` and every follow-up action it leads to; returns the effects for the
/// edge to carry out, in order.
pub fn dispatch(app: &mut App, action: Action) -> Vec<Effect> {
    let mut effects = Vec::new();
    let mut next = Some(action);
    while let Some(action) = next.take() {
        match update(app, action) {
            Some(Effect::Then(follow)) => next = Some(follow),
            Some(effect) => effects.push(effect),
            None => {}
        }
    }
    effects
}

/// Applies one action to the state. Returns what the edge should do next, if anything.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    // Moving the selection changes only the selection (and what follows it: the list's
    // window, a trend); every other action may change anything a frame shows.
    if !action.is_move() && !matches!(action, Action::Framed(_)) {
        app.view_stamp = app.view_stamp.wrapping_add(1);
    }
    // "Read again: unchanged" is said until the next thing the user does (its banner's
    // line goes back to the body: the whole view changes).
    if app.unchanged
        && !matches!(
            action,
            Action::Framed(_) | Action::Loaded(..) | Action::Watching(_) | Action::Progress(_)
        )
    {
        app.unchanged = false;
        app.view_stamp = app.view_stamp.wrapping_add(1);
    }
    if app.opening.is_some() && !super::opening::acts_while_opening(app, &action) {
        return super::opening::while_opening(app, action);
    }
    let rows = app.visible.len();
    let page = app.frame.page.max(1);
    match action {
        Action::NextTab => {
            let next = (app.tab_position(app.tab) + 1) % app.tab_count();
            set_tab(app, app.tab_at(next));
        }
        Action::PrevTab => {
            let n = app.tab_count();
            set_tab(app, app.tab_at((app.tab_position(app.tab) + n - 1) % n));
        }
        // A position past the sections (a digit key) is the Compare tab, when there is one.
        Action::GoTab(t) if matches!(t, Tab::Compare | Tab::Table) && app.has_compare() => {
            set_tab(app, t)
        }
        Action::GoTab(Tab::Compare | Tab::Table) => {}
        _ if app.tab == Tab::Table && app.mode == Mode::Normal && app.table_update(&action) => {}
        Action::Right => return Some(Effect::Then(Action::NextTab)),
        Action::Left => return Some(Effect::Then(Action::PrevTab)),
        Action::SortNext
        | Action::SortPrev
        | Action::SortReverse
        | Action::SortBy(_)
        | Action::NextDate
        | Action::ToggleTree
        | Action::ToggleCollapse
        | Action::ShowColumns(_) => {}
        Action::GoTab(t) if t.index() < app.tab_count() => set_tab(app, app.tab_at(t.index())),
        Action::GoTab(_) => {}
        _ if matches!(app.mode, Mode::Picker | Mode::PickerFilter)
            && app.picker_update(&action).is_some() => {}
        Action::OpenPicker if app.reports.len() > 1 => app.open_picker(),
        Action::OpenPicker | Action::Pick | Action::PickReport(_) => {}
        Action::Up | Action::ScrollUp if app.mode == Mode::Help => {
            app.help_scroll = app.help_scroll.saturating_sub(1);
        }
        Action::Down | Action::ScrollDown if app.mode == Mode::Help => {
            app.help_scroll = (app.help_scroll + 1).min(help_limit(app));
        }
        Action::PageUp if app.mode == Mode::Help => {
            app.help_scroll = app.help_scroll.saturating_sub(app.frame.help_page.max(1));
        }
        Action::PageDown if app.mode == Mode::Help => {
            app.help_scroll = (app.help_scroll + app.frame.help_page.max(1)).min(help_limit(app));
        }
        Action::Home if app.mode == Mode::Help => app.help_scroll = 0,
        Action::End if app.mode == Mode::Help => app.help_scroll = help_limit(app),
        Action::Up | Action::ScrollUp => app.selected = app.selected.saturating_sub(1),
        Action::Down | Action::ScrollDown => app.selected = (app.selected + 1).min(last(rows)),
        Action::PageUp => app.selected = app.selected.saturating_sub(page),
        Action::PageDown => app.selected = app.selected.saturating_add(page).min(last(rows)),
        Action::Home => app.selected = 0,
        Action::End => app.selected = last(rows),
        Action::Select(n) if n < rows => app.selected = n,
        Action::Select(_) => {}
        Action::NextMember => set_member(app, (app.member + 1) % app.member_count()),
        Action::PrevMember => {
            let n = app.member_count();
            set_member(app, (app.member + n - 1) % n);
        }
        Action::GoMember(m) if m < app.member_count() => set_member(app, m),
        Action::GoMember(_) => {}
        Action::OpenDetail if rows > 0 => app.mode = Mode::Detail,
        Action::OpenDetail => {}
        Action::Close => match app.mode {
            Mode::Detail | Mode::Help | Mode::Picker | Mode::PickerFilter => {
                app.mode = Mode::Normal
            }
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
        Action::StartFilter => {
            app.mode = Mode::Filter;
            app.prepare_search();
        }
        Action::FilterPush(c) => add_to_filter(app, std::iter::once(c)),
        Action::Paste(text) => add_to_filter(app, text.chars()),
        Action::FilterPop => {
            let mut f = std::mem::take(&mut app.filter);
            f.pop();
            set_filter(app, f);
        }
        Action::FilterDone => app.mode = Mode::Normal,
        Action::Quit => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::Redraw => return Some(Effect::RedrawAll),
        Action::Resize(w, h) => app.size = (w, h),
        Action::Click(x, y) => return hit(&app.frame, x, y).map(Effect::Then),
        Action::Reload => return app.reload_shown(),
        Action::ReloadReport(r) if app.reloadable => return app.reload_report(r),
        Action::ReloadReport(_) => {}
        Action::Loaded(generation, result) if generation == app.pending && app.loading => {
            app.loading = false;
            return app.apply_reload(*result).map(|old| Effect::Discard(Box::new(old)));
        }
        // A read of a report not shown; else an older read, superseded: dropped.
        Action::Loaded(generation, result) => {
            app.apply_report_read(generation, *result);
        }
        Action::Watching(why) => {
            app.not_watching = why.map(|w| crate::safe::escape(&w).into_owned())
        }
        Action::Framed(map) => app.frame = map,
        // Late news of the reading at start, once it is over.
        Action::Progress(_) | Action::Opened(_) => {}
    }
    None
}

fn last(rows: usize) -> usize {
    rows.saturating_sub(1)
}

impl App {
    /// Reads the report shown again (a newer read supersedes one still running).
    pub(super) fn reload_shown(&mut self) -> Option<Effect> {
        if !self.reloadable {
            return None;
        }
        self.generation += 1;
        self.pending = self.generation;
        self.loading = true;
        Some(Effect::Load(self.generation, self.current))
    }
}

/// How far help may scroll: what the last frame could show, or the whole table before one.
fn help_limit(app: &App) -> usize {
    if app.frame == FrameMap::default() {
        app.keymap().bindings().len()
    } else {
        app.frame.help_max_scroll
    }
}

/// Adds typed or pasted characters to the filter, while it is open: line breaks, controls
/// and invisible formatting characters are dropped, and the filter stays under
/// [`MAX_FILTER_CHARS`]. The view is refreshed once, however long the text.
fn add_to_filter(app: &mut App, chars: impl Iterator<Item = char>) {
    if app.mode != Mode::Filter {
        return;
    }
    let room = MAX_FILTER_CHARS.saturating_sub(app.filter.chars().count());
    let mut f = std::mem::take(&mut app.filter);
    let before = f.len();
    f.extend(chars.filter(|&c| !is_unsafe_char(c)).take(room));
    if f.len() == before {
        app.filter = f;
    } else {
        set_filter(app, f);
    }
}

fn set_tab(app: &mut App, tab: Tab) {
    if tab != app.tab {
        app.tab = tab;
        app.member = 0;
        app.selected = 0;
        // A filter is kept from tab to tab until Esc clears it (the footer shows it).
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
