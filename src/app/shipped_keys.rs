//! The key table as shipped: every binding, its keys and modes, and whether the footer shows
//! it. What each one is called in help and footer is in `words::keys`, by name.

use ratatui::crossterm::event::KeyCode;

use super::action::Action;
use super::binding::{Binding, Cmd, KeyPat};
use super::mode::Mode;

use KeyCode as K;
use KeyPat::{Ctrl, Plain};
use Mode::{Detail, Filter, Help, Normal, Picker, PickerFilter};

const fn c(ch: char) -> KeyPat {
    Plain(K::Char(ch))
}

fn bind(
    name: &'static str,
    modes: &'static [Mode],
    keys: &[KeyPat],
    action: Action,
    footer: bool,
) -> Binding {
    Binding { name, modes, keys: keys.to_vec(), cmd: Cmd::Do(action), footer }
}

/// The key table as shipped, before any remapping from the configuration file.
pub fn defaults() -> Vec<Binding> {
    vec![
        bind("next_tab", &[Normal], &[Plain(K::Tab)], Action::NextTab, true),
        bind("prev_tab", &[Normal], &[Plain(K::BackTab)], Action::PrevTab, false),
        bind("right", &[Normal], &[Plain(K::Right), c('l')], Action::Right, false),
        bind("left", &[Normal], &[Plain(K::Left), c('h')], Action::Left, false),
        Binding {
            name: "go_to_tab",
            modes: &[Normal],
            keys: vec![KeyPat::Digit],
            cmd: Cmd::GoTabDigit,
            footer: false,
        },
        bind("up", &[Normal, Detail, Help, Picker], &[Plain(K::Up), c('k')], Action::Up, false),
        bind(
            "down",
            &[Normal, Detail, Help, Picker],
            &[Plain(K::Down), c('j')],
            Action::Down,
            true,
        ),
        bind("filter_up", &[Filter, PickerFilter], &[Plain(K::Up)], Action::Up, false),
        bind("filter_down", &[Filter, PickerFilter], &[Plain(K::Down)], Action::Down, false),
        bind("page_up", &[Normal, Help, Picker], &[Plain(K::PageUp)], Action::PageUp, false),
        bind("page_down", &[Normal, Help, Picker], &[Plain(K::PageDown)], Action::PageDown, false),
        bind("first", &[Normal, Help, Picker], &[Plain(K::Home), c('g')], Action::Home, false),
        bind("last", &[Normal, Help, Picker], &[Plain(K::End), c('G')], Action::End, false),
        bind("next_member", &[Normal], &[c(']')], Action::NextMember, true),
        bind("prev_member", &[Normal], &[c('[')], Action::PrevMember, false),
        bind("details", &[Normal], &[Plain(K::Enter)], Action::OpenDetail, true),
        bind("close", &[Normal, Detail, Help, Picker], &[Plain(K::Esc)], Action::Close, false),
        bind("close_details", &[Detail], &[Plain(K::Enter)], Action::Close, true),
        bind("filter", &[Normal, Picker], &[c('/')], Action::StartFilter, true),
        bind("help", &[Normal, Detail, Help], &[c('?')], Action::ToggleHelp, true),
        bind("language", &[Normal, Detail, Help], &[c('L')], Action::ToggleLang, true),
        bind("log_scale", &[Normal], &[c('s')], Action::ToggleLog, true),
        bind("reload", &[Normal], &[c('r')], Action::Reload, false),
        bind("sort_next", &[Normal], &[c('>')], Action::SortNext, true),
        bind("sort_prev", &[Normal], &[c('<')], Action::SortPrev, false),
        bind("sort_reverse", &[Normal], &[c('d')], Action::SortReverse, false),
        bind("next_date", &[Normal], &[c('y')], Action::NextDate, true),
        bind("tree", &[Normal], &[c('t')], Action::ToggleTree, true),
        bind("collapse", &[Normal], &[c(' ')], Action::ToggleCollapse, false),
        bind("reports", &[Normal], &[c('o')], Action::OpenPicker, true),
        bind("pick", &[Picker], &[Plain(K::Enter)], Action::Pick, true),
        bind("quit", &[Normal, Detail, Help, Picker], &[c('q')], Action::Quit, true),
        bind(
            "force_quit",
            &[Normal, Filter, Detail, Help, Picker, PickerFilter],
            &[Ctrl('c')],
            Action::Quit,
            false,
        ),
        bind(
            "suspend",
            &[Normal, Filter, Detail, Help, Picker, PickerFilter],
            &[Ctrl('z')],
            Action::Suspend,
            false,
        ),
        bind(
            "redraw",
            &[Normal, Filter, Detail, Help, Picker, PickerFilter],
            &[Ctrl('l')],
            Action::Redraw,
            false,
        ),
        Binding {
            name: "type",
            modes: &[Filter, PickerFilter],
            keys: vec![KeyPat::Text],
            cmd: Cmd::TypeChar,
            footer: false,
        },
        bind(
            "filter_delete",
            &[Filter, PickerFilter],
            &[Plain(K::Backspace)],
            Action::FilterPop,
            false,
        ),
        bind("filter_keep", &[Filter, PickerFilter], &[Plain(K::Enter)], Action::FilterDone, true),
        bind("filter_clear", &[Filter, PickerFilter], &[Plain(K::Esc)], Action::Close, true),
    ]
}
