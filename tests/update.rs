//! `update()`: every action, and random action sequences that must keep the state valid.

use proptest::prelude::*;
use relief_dash::Lang;
mod common;

use relief_dash::app::{Action, App, Effect, Mode, Tab, dispatch, update};
use relief_dash::data;

fn app() -> App {
    App::new(data::embedded().unwrap(), Lang::En, (120, 40))
}

/// The tab that shows a top-level section of the shipped dataset.
fn tab_of(id: &str) -> usize {
    data::embedded().unwrap().sections.iter().position(|s| s.id == id).unwrap() + 1
}

fn run(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    let actions: Vec<Action> = actions.into_iter().collect();
    common::apply(app, &actions);
}

#[test]
fn tabs_move_wrap_and_jump() {
    let mut a = app();
    let n = a.catalog().tab_count();
    assert_eq!(n, 7);
    run(&mut a, [Action::PrevTab]);
    assert_eq!(a.tab(), Tab::Section(n - 2));
    run(&mut a, [Action::NextTab]);
    assert_eq!(a.tab(), Tab::Overview);
    run(&mut a, [Action::GoTab(Tab::Section(2))]);
    assert_eq!(a.tab().index(), 3);
    run(&mut a, [Action::GoTab(Tab::Section(98))]);
    assert_eq!(a.tab(), Tab::Section(2), "out-of-range tab is ignored");
}

#[test]
fn selection_moves_and_clamps() {
    let mut a = app();
    run(&mut a, [Action::GoTab(Tab::from_index(tab_of("party_building")))]);
    let rows = a.visible().len();
    assert_eq!(rows, 9);
    run(&mut a, [Action::Up]);
    assert_eq!(a.selected(), 0);
    run(&mut a, [Action::Down, Action::Down]);
    assert_eq!(a.selected(), 2);
    run(&mut a, [Action::End]);
    assert_eq!(a.selected(), rows - 1);
    run(&mut a, [Action::Down, Action::ScrollDown]);
    assert_eq!(a.selected(), rows - 1);
    run(&mut a, [Action::Home]);
    assert_eq!(a.selected(), 0);
    run(&mut a, [Action::PageDown]);
    assert!(a.selected() > 0 && a.selected() < rows);
    run(&mut a, [Action::PageUp, Action::ScrollUp]);
    assert_eq!(a.selected(), 0);
    run(&mut a, [Action::Select(4)]);
    assert_eq!(a.selected(), 4);
    run(&mut a, [Action::Select(rows)]);
    assert_eq!(a.selected(), 4, "selecting past the end is ignored");
}

#[test]
fn group_members() {
    let mut a = app();
    run(&mut a, [Action::NextMember]);
    assert_eq!(a.member(), 0, "the overview has no members");
    run(&mut a, [Action::GoTab(Tab::from_index(tab_of("relief_programs")))]);
    assert_eq!(a.catalog().member_count(a.tab()), 7);
    run(&mut a, [Action::NextMember]);
    assert_eq!(a.section().unwrap().id, "industry");
    assert_eq!(a.visible().len(), 5, "4 figures and the derived average loan");
    run(&mut a, [Action::GoMember(4)]);
    assert_eq!(a.section().unwrap().id, "health");
    assert!(a.visible().is_empty());
    run(&mut a, [Action::PrevMember, Action::PrevMember, Action::PrevMember, Action::PrevMember]);
    assert_eq!(a.member(), 0);
    run(&mut a, [Action::PrevMember]);
    assert_eq!(a.member(), 6, "wraps to the last member");
    run(&mut a, [Action::GoMember(7)]);
    assert_eq!(a.member(), 6, "out of range is ignored");
    run(&mut a, [Action::NextTab]);
    assert_eq!(a.member(), 0, "a tab change resets the member");
}

#[test]
fn popups_open_and_close() {
    let mut a = app();
    run(&mut a, [Action::OpenDetail]);
    assert_eq!(a.mode(), Mode::Detail);
    assert!(a.selected_indicator().is_some());
    run(&mut a, [Action::Close]);
    assert_eq!(a.mode(), Mode::Normal);
    run(&mut a, [Action::ToggleHelp]);
    assert_eq!(a.mode(), Mode::Help);
    run(&mut a, [Action::Resize(200, 60), Action::Down, Action::Down]);
    assert_eq!(a.help_scroll(), 0, "at 200x60 the whole help fits: nothing to scroll");
    run(&mut a, [Action::Resize(80, 24), Action::Down, Action::Down]);
    assert_eq!(a.help_scroll(), 2, "at 80x24 arrows scroll the help");
    run(&mut a, [Action::ToggleHelp]);
    assert_eq!(a.mode(), Mode::Normal);
    run(&mut a, [Action::GoTab(Tab::from_index(tab_of("relief_programs"))), Action::GoMember(5)]);
    run(&mut a, [Action::OpenDetail]);
    assert_eq!(a.mode(), Mode::Normal, "no detail without a figure");
}

#[test]
fn language_and_scale_toggle() {
    let mut a = app();
    run(&mut a, [Action::ToggleLang]);
    assert_eq!(a.lang(), Lang::Zh);
    run(&mut a, [Action::ToggleLang]);
    assert_eq!(a.lang(), Lang::En);
    run(&mut a, [Action::ToggleLog]);
    assert!(a.log_scale());
}

#[test]
fn filtering_narrows_the_view_in_either_language() {
    let mut a = app();
    run(&mut a, [Action::GoTab(Tab::from_index(tab_of("party_building"))), Action::StartFilter]);
    assert_eq!(a.mode(), Mode::Filter);
    run(&mut a, "SECRET".chars().map(Action::FilterPush));
    assert_eq!(a.visible().len(), 1);
    assert_eq!(a.selected_indicator().unwrap().id, "first_secretaries");
    run(&mut a, vec![Action::FilterPop; 6]);
    assert_eq!(a.visible().len(), 9);
    run(&mut a, "书记".chars().map(Action::FilterPush));
    assert_eq!(a.visible().len(), 1, "Chinese text matches too");
    run(&mut a, [Action::FilterDone]);
    assert_eq!((a.mode(), a.filter()), (Mode::Normal, "书记"));
    run(&mut a, [Action::FilterPush('x')]);
    assert_eq!(a.filter(), "书记", "typing outside filter mode does nothing");
    run(&mut a, [Action::Close]);
    assert!(a.filter().is_empty());
    assert_eq!(a.visible().len(), 9);
    run(
        &mut a,
        [Action::StartFilter, Action::FilterPush('\u{1b}'), Action::FilterPush('\u{202e}')],
    );
    assert!(a.filter().is_empty(), "control characters are not typed");
    run(&mut a, [Action::FilterPush('z'), Action::FilterPush('z'), Action::FilterPush('q')]);
    assert!(a.visible().is_empty());
    run(&mut a, [Action::Close]);
    assert_eq!(a.mode(), Mode::Normal);
}

#[test]
fn filter_on_the_overview_searches_every_figure_and_says_how_many() {
    let mut a = app();
    run(&mut a, [Action::StartFilter]);
    run(&mut a, "dibao".chars().map(Action::FilterPush));
    let ids: Vec<&str> = a.visible().iter().map(|&i| a.data().indicators[i].id.as_str()).collect();
    // Not only the key figures (standard_after, paid): the earlier standard too.
    assert_eq!(ids, ["dibao_standard_before", "dibao_standard_after", "dibao_paid"]);
    let chart_figures: usize = a.charts().iter().map(|g| g.indicators.len()).sum();
    assert_eq!(chart_figures, 3, "the charts show what matched, by dimension");
    let text = relief_dash::ui::render_text(&a);
    assert!(text.contains("Filter (3 matches): dibao"), "{text}");
}

#[test]
fn quit_resize_reload() {
    let mut a = app();
    run(&mut a, [Action::Resize(90, 30)]);
    assert_eq!(a.size(), (90, 30));
    assert_eq!(dispatch(&mut a, Action::Reload), [], "the embedded dataset is not read again");
    assert_eq!(dispatch(&mut a, Action::Quit), [Effect::Quit]);
    assert_eq!(dispatch(&mut a, Action::Suspend), [Effect::Suspend]);
    assert_eq!(dispatch(&mut a, Action::Redraw), [Effect::RedrawAll]);
}

#[test]
fn clicks_pick_tabs_rows_and_members() {
    let mut a = app();
    common::sync(&mut a);
    // The tab bar is row 1; tab labels start at column 2.
    let (rect, tab) = a.frame().tabs[2];
    assert_eq!(
        update(&mut a, Action::Click(rect.x + 1, rect.y)),
        Some(Effect::Then(Action::GoTab(tab)))
    );
    run(&mut a, [Action::Click(rect.x + 1, rect.y)]);
    assert_eq!(a.tab(), Tab::Section(1));
    let list = a.frame().list;
    run(&mut a, [Action::Click(list.x + 2, list.y + 3)]);
    assert_eq!(a.selected(), 3);
    // The group's side-by-side view: a click on a member's panel opens that member.
    run(&mut a, [Action::GoTab(Tab::from_index(tab_of("relief_programs")))]);
    let panels = a.frame().panels.clone();
    let &(panel, _) = panels.iter().find(|(_, m)| *m == 2).unwrap();
    run(&mut a, [Action::Click(panel.x + 1, panel.y + 1)]);
    assert_eq!(a.section().unwrap().id, "employment");
    // In a member's view, the member list on the left.
    let members = a.frame().members.unwrap();
    run(&mut a, [Action::Click(members.x + 1, members.y + 3)]);
    assert_eq!(a.section().unwrap().id, "social_security");
    assert_eq!(update(&mut a, Action::Click(0, 0)), None, "the header does nothing");
}

fn any_action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::NextTab),
        Just(Action::PrevTab),
        (0usize..10).prop_map(|t| Action::GoTab(Tab::from_index(t))),
        Just(Action::Up),
        Just(Action::Down),
        Just(Action::PageUp),
        Just(Action::PageDown),
        Just(Action::Home),
        Just(Action::End),
        (0usize..20).prop_map(Action::Select),
        Just(Action::NextMember),
        Just(Action::PrevMember),
        (0usize..9).prop_map(Action::GoMember),
        Just(Action::OpenDetail),
        Just(Action::Close),
        Just(Action::ToggleHelp),
        Just(Action::ToggleLang),
        Just(Action::ToggleLog),
        Just(Action::StartFilter),
        prop::sample::select(vec!['a', 'e', '平', 'x', ' ', '\u{1b}']).prop_map(Action::FilterPush),
        Just(Action::FilterPop),
        Just(Action::FilterDone),
        (0u16..250, 0u16..80).prop_map(|(w, h)| Action::Resize(w, h)),
        (0u16..250, 0u16..80).prop_map(|(x, y)| Action::Click(x, y)),
        Just(Action::ScrollUp),
        Just(Action::ScrollDown),
        Just(Action::Reload),
        ".{0,300}".prop_map(Action::Paste),
        Just(Action::Suspend),
        Just(Action::Redraw),
    ]
}

fn assert_valid(a: &App) {
    if let Some(problem) = a.invariant_violation() {
        panic!("invalid state: {problem}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_actions_keep_the_state_valid(actions in prop::collection::vec(any_action(), 0..60)) {
        let mut a = app();
        for action in actions {
            common::apply(&mut a, &[action]);
            assert_valid(&a);
            let _ = relief_dash::ui::render_text(&a);
        }
    }
}

#[test]
fn up_in_help_acts_at_once_after_scrolling_past_the_end() {
    for size in [(120, 40), (80, 24), (50, 14)] {
        let mut a = App::new(data::embedded().unwrap(), Lang::En, size);
        run(&mut a, [Action::ToggleHelp]);
        run(&mut a, vec![Action::Down; 100]);
        let max = a.frame().help_max_scroll;
        assert_eq!(a.help_scroll(), max, "{size:?}: scroll stops where the view ends");
        run(&mut a, [Action::Up]);
        assert_eq!(a.help_scroll(), max.saturating_sub(1), "{size:?}: one Up moves at once");
    }
}

#[test]
fn a_paste_is_filter_text_only_while_the_filter_is_open() {
    let mut a = app();
    run(&mut a, [Action::Paste("secret\nq".into())]);
    assert!(a.filter().is_empty() && a.mode() == Mode::Normal, "ignored outside the filter");
    run(&mut a, [Action::StartFilter, Action::Paste("sec\r\nret\u{1b}[2J\u{202e}".into())]);
    assert_eq!(a.filter(), "secret[2J");
    run(&mut a, [Action::Close, Action::StartFilter]);
    run(&mut a, [Action::Paste("x".repeat(60_000))]);
    assert_eq!(a.filter().chars().count(), relief_dash::app::MAX_FILTER_CHARS);
    run(&mut a, [Action::FilterPush('y')]);
    assert_eq!(a.filter().chars().count(), relief_dash::app::MAX_FILTER_CHARS, "capped");
}

#[test]
fn a_group_without_figures_of_its_own_shows_its_members_figures() {
    let d = data::load_path(std::path::Path::new("tests/fixtures/good/other-region.json")).unwrap();
    let works = d.sections.iter().position(|s| s.id == "works").unwrap();
    assert!(d.indicators.iter().all(|i| i.section != "works"), "the group gives none itself");
    let mut a = App::new(d, Lang::En, (120, 40));
    run(&mut a, [Action::GoTab(Tab::Section(works))]);
    let ids: Vec<&str> = a.visible().iter().map(|&i| a.data().indicators[i].id.as_str()).collect();
    assert_eq!(ids, ["pipe_length_years"]);
    // The side-by-side view: one panel per member, one line for a member without figures.
    let text = relief_dash::ui::render_text(&a);
    assert!(text.contains("Pipes · 1") && text.contains("Pipe works duration"), "{text}");
    assert!(text.contains("Wells · 0") && text.contains("No figures in the report"), "{text}");
    run(&mut a, [Action::NextMember]);
    assert_eq!(a.section().unwrap().id, "pipes");
}

#[test]
fn the_compare_tab_comes_after_the_sections_when_several_reports_are_open() {
    use relief_dash::app::Report;
    let report = |i: usize| Report::new(format!("r{i}"), data::shipped::shipped(i));
    let single = App::new(data::shipped::shipped(0).unwrap(), Lang::En, (120, 40));
    let mut a = single.clone().with_library(vec![report(0), report(2)], 0);
    assert_eq!(a.tab_count(), single.tab_count() + 2);
    // Compare, then the Table: the last tab, by Shift-Tab from the overview, and the one
    // before it.
    run(&mut a, [Action::PrevTab]);
    assert_eq!(a.tab(), Tab::Table);
    assert_eq!(a.invariant_violation(), None);
    run(&mut a, [Action::PrevTab]);
    assert_eq!(a.tab(), Tab::Compare);
    assert_eq!(a.invariant_violation(), None);
    run(&mut a, [Action::NextTab, Action::NextTab]);
    assert_eq!(a.tab(), Tab::Overview);
    run(&mut a, [Action::GoTab(Tab::from_index(single.tab_count()))]);
    assert_eq!(a.tab(), Tab::Compare);
    // Its rows are series; Enter opens the series' details; the filter searches keys and
    // labels.
    assert_eq!(a.visible().len(), 3);
    run(&mut a, [Action::OpenDetail]);
    assert_eq!(a.mode(), Mode::Detail);
    assert_eq!(a.invariant_violation(), None);
    run(&mut a, [Action::Close]);
    run(&mut a, [Action::StartFilter]);
    run(&mut a, "people".chars().map(Action::FilterPush));
    assert_eq!(a.visible().len(), 1);
    assert_eq!(a.series()[a.visible()[0]].key, "people_lifted_out_of_poverty");
    assert_eq!(a.invariant_violation(), None);
    // With one report there is no Compare tab, and asking for it does nothing.
    let mut one = single.clone();
    run(&mut one, [Action::GoTab(Tab::Compare)]);
    assert_eq!(one.tab(), Tab::Overview);
}

#[test]
fn the_list_of_reports_switches_the_report_shown() {
    use relief_dash::app::Report;
    let report = |i: usize| Report::new(format!("r{i}"), data::shipped::shipped(i));
    let bad = data::parse("bad.json", b"{");
    let failed = Report::new("bad.json".into(), bad);
    let mut a = App::new(data::shipped::shipped(0).unwrap(), Lang::En, (120, 40))
        .with_library(vec![report(0), report(1), failed], 0);
    run(&mut a, [Action::GoTab(Tab::Section(1)), Action::OpenPicker]);
    assert_eq!((a.mode(), a.picked_report()), (Mode::Picker, 0));
    run(&mut a, [Action::Down, Action::Pick]);
    assert_eq!((a.mode(), a.current_report(), a.tab()), (Mode::Normal, 1, Tab::Overview));
    assert!(a.data().meta.region.en().starts_with("China"), "the national report is shown");
    assert_eq!(a.invariant_violation(), None);
    // The report that could not be read is listed but cannot be shown.
    run(&mut a, [Action::OpenPicker, Action::Down, Action::Down, Action::Down, Action::Pick]);
    assert_eq!(a.current_report(), 1);
    // A click on a row of the open list shows that report; Esc closes the list.
    run(&mut a, [Action::OpenPicker]);
    let (rows, offset) = a.frame().picker.unwrap();
    assert_eq!(offset, 0);
    run(&mut a, [Action::Click(rows.x + 2, rows.y)]);
    assert_eq!((a.mode(), a.current_report()), (Mode::Normal, 0));
    assert!(a.data().meta.region.en().starts_with("Pingtan"));
    run(&mut a, [Action::OpenPicker, Action::Close]);
    assert_eq!(a.mode(), Mode::Normal);
    // The series compared stay the same whichever report is shown.
    assert_eq!(a.series().len(), 0, "Pingtan and the national report share no series");
    // With one report, o does nothing.
    let mut one = App::new(data::shipped::shipped(0).unwrap(), Lang::En, (120, 40));
    run(&mut one, [Action::OpenPicker]);
    assert_eq!(one.mode(), Mode::Normal);
}

#[test]
fn the_list_of_reports_moves_like_any_list_and_filters_by_name_region_or_outlet() {
    use relief_dash::app::Report;
    // 2,000 reports: reaching the last one takes one key, not 1,999.
    let shipped: Vec<_> = (0..3).map(|i| data::shipped::shipped(i).unwrap()).collect();
    let reports: Vec<Report> = (0..2000)
        .map(|n| Report::new(format!("county-{n:04}.json"), Ok(shipped[n % 3].clone())))
        .collect();
    let mut a = App::new(shipped[0].clone(), Lang::En, (120, 40)).with_library(reports, 0);
    run(&mut a, [Action::OpenPicker, Action::End]);
    assert_eq!(a.picked_report(), 1999);
    run(&mut a, [Action::Home]);
    assert_eq!(a.picked_report(), 0);
    run(&mut a, [Action::PageDown]);
    let page = a.frame().picker.unwrap().0.height as usize;
    assert_eq!(a.picked_report(), page);
    run(&mut a, [Action::PageUp]);
    assert_eq!(a.picked_report(), 0);
    // `/` filters the list: by file name, …
    run(&mut a, [Action::StartFilter]);
    assert_eq!(a.mode(), Mode::PickerFilter);
    run(&mut a, "county-199".chars().map(Action::FilterPush));
    assert_eq!(a.picker_rows().len(), 10, "county-1990 to county-1999");
    assert_eq!(a.picked_report(), 1990, "the highlight moves to the first row shown");
    // … by region or outlet, in either language …
    run(&mut a, [Action::Close, Action::StartFilter]);
    run(&mut a, "下龙村".chars().map(Action::FilterPush));
    assert!(a.picker_rows().iter().all(|r| r % 3 == 2), "Xialong's");
    assert_eq!(a.picker_rows().len(), 666);
    // … Enter keeps the filter, moves stay within it, and Enter shows the report.
    run(&mut a, [Action::FilterDone, Action::End]);
    assert_eq!((a.mode(), a.picked_report()), (Mode::Picker, 1997));
    run(&mut a, [Action::Pick]);
    assert_eq!((a.mode(), a.current_report()), (Mode::Normal, 1997));
    assert!(a.data().meta.region.zh().contains("下龙村"));
    assert_eq!(a.invariant_violation(), None);
    // A filter nothing passes: no row, and Enter shows nothing new.
    run(&mut a, [Action::OpenPicker, Action::StartFilter, Action::FilterPush('#')]);
    assert!(a.picker_rows().is_empty());
    let text = relief_dash::ui::render_text(&a);
    assert!(text.contains("No report matches the filter"), "{text}");
    run(&mut a, [Action::FilterDone, Action::Pick]);
    assert_eq!(a.current_report(), 1997);
}

#[test]
fn help_scrolls_by_pages_and_to_its_ends() {
    // At 60x16 the help shows a third of its lines or so.
    let mut a = App::new(data::embedded().unwrap(), Lang::En, (60, 16));
    run(&mut a, [Action::ToggleHelp]);
    let page = a.frame().help_page;
    let max = a.frame().help_max_scroll;
    assert!(page > 1 && max > page, "page {page}, max {max}");
    run(&mut a, [Action::PageDown]);
    assert_eq!(a.help_scroll(), page);
    run(&mut a, [Action::End]);
    assert_eq!(a.help_scroll(), max);
    run(&mut a, [Action::PageDown]);
    assert_eq!(a.help_scroll(), max, "never past the end");
    run(&mut a, [Action::PageUp]);
    assert_eq!(a.help_scroll(), max - page);
    run(&mut a, [Action::Home]);
    assert_eq!(a.help_scroll(), 0);
    assert_eq!(a.mode(), Mode::Help);
    assert_eq!(a.selected(), 0, "the list behind does not move");
}

#[test]
fn a_kept_filter_stays_from_tab_to_tab_until_esc_and_the_footer_shows_it() {
    let mut a = app();
    let all = a.visible().len();
    let typed: Vec<Action> = "fund".chars().map(Action::FilterPush).collect();
    run(&mut a, [Action::StartFilter]);
    run(&mut a, typed);
    run(&mut a, [Action::FilterDone, Action::NextTab, Action::GoTab(Tab::Overview)]);
    assert_eq!(a.filter(), "fund", "kept across tab changes");
    assert!(a.visible().len() < all, "and still applied");
    let text = relief_dash::ui::render_text(&a);
    let footer = text.lines().last().unwrap();
    assert!(footer.contains("fund"), "the footer shows it: {footer}");
    run(&mut a, [Action::Close]);
    assert_eq!((a.filter(), a.visible().len()), ("", all), "Esc clears it");
}
