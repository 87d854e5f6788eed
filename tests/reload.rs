//! Reloading: a good new version replaces the data and keeps the view; a bad one never does.

use relief_dash::Lang;
use relief_dash::app::{Action, App, Banner, Effect, Loaded, Tab, dispatch, update};
use relief_dash::data::{self, Dataset, LoadError};

/// A reload as the edge runs it: `r` asks for a read, the read's result comes back.
fn reload(a: &mut App, result: Result<Dataset, LoadError>) {
    let effects = dispatch(a, Action::Reload);
    let [Effect::Load(generation, 0)] = effects[..] else { panic!("{effects:?}") };
    assert!(a.banners().contains(&Banner::Loading));
    dispatch(a, Action::Loaded(generation, Box::new(result.map(Loaded::new))));
    assert!(!a.loading());
}

fn failure(a: &App) -> Option<Banner> {
    a.banners().into_iter().find(|b| matches!(b, Banner::ReloadFailed { .. }))
}

fn shipped() -> Dataset {
    data::embedded().unwrap()
}

fn at_programs_social_security(d: Dataset) -> App {
    let mut a = App::new(d, Lang::Zh, (120, 40)).reloadable();
    let tab = 1 + a.data().sections.iter().position(|s| s.id == "relief_programs").unwrap();
    for act in
        [Action::GoTab(Tab::from_index(tab)), Action::GoMember(3), Action::Down, Action::Down]
    {
        update(&mut a, act);
    }
    assert_eq!(a.selected_indicator().unwrap().id, "dibao_paid");
    a
}

/// A failed reload's banner as the footer shows it.
fn banner_text(b: &relief_dash::app::Banner, lang: Lang) -> String {
    match b {
        relief_dash::app::Banner::ReloadFailed { problems, first } => {
            relief_dash::words::interface::reload_failed(*problems, first, lang)
        }
        other => format!("{other:?}"),
    }
}

#[test]
fn a_good_version_replaces_the_data_and_keeps_tab_member_selection_and_language() {
    let mut a = at_programs_social_security(shipped());
    let mut d = shipped();
    d.indicators.retain(|i| i.id != "dibao_standard_before");
    d.sections.swap(0, 1);
    let paid = d.indicators.iter_mut().find(|i| i.id == "dibao_paid").unwrap();
    paid.value = 300.0;
    reload(&mut a, Ok(d));
    assert_eq!(a.section().unwrap().id, "social_security");
    assert_eq!(a.selected_indicator().unwrap().id, "dibao_paid", "selection kept by id");
    assert_eq!(a.selected(), 1, "its row moved up");
    assert_eq!(a.selected_indicator().unwrap().value, 300.0);
    assert_eq!(a.lang(), Lang::Zh);
    assert!(failure(&a).is_none());
}

#[test]
fn a_bad_version_keeps_the_last_good_data_and_says_why() {
    let mut a = at_programs_social_security(shipped());
    let before = a.data().clone();
    let bad = std::fs::read("tests/fixtures/bad/many_problems.json").unwrap();
    reload(&mut a, data::parse("d.json", &bad));
    assert_eq!(a.data(), &before, "data unchanged");
    let banner = banner_text(&failure(&a).unwrap(), Lang::Zh);
    assert!(banner.contains("4个问题"), "{banner}");
    assert!(banner.contains("d.json:75:16: indicators[0].value: -1 is negative"), "{banner}");
    assert_eq!(a.selected_indicator().unwrap().id, "dibao_paid");
    // then a good version clears the banner
    reload(&mut a, Ok(shipped()));
    assert!(failure(&a).is_none());
}

#[test]
fn a_vanished_section_falls_back_to_the_overview() {
    let mut a = at_programs_social_security(shipped());
    let d = data::load_path(std::path::Path::new("tests/fixtures/good/other-region.json")).unwrap();
    reload(&mut a, Ok(d));
    assert_eq!((a.tab(), a.member(), a.selected()), (Tab::Overview, 0, 0));
}

#[test]
fn hostile_text_in_a_reload_error_is_escaped() {
    let mut a = App::new(shipped(), Lang::En, (80, 24)).reloadable();
    reload(&mut a, data::parse("x\u{1b}]0;pwned\u{7}.json", b"{\"\xe2\x80\xae\": 1}"));
    let banner = banner_text(&failure(&a).unwrap(), Lang::En);
    assert!(!banner.chars().any(relief_dash::safe::is_unsafe_char), "{banner:?}");
}

#[test]
fn a_newer_read_supersedes_an_older_one_still_loading() {
    let mut a = App::new(shipped(), Lang::En, (80, 24)).reloadable();
    let [Effect::Load(old, 0)] = dispatch(&mut a, Action::Reload)[..] else { panic!() };
    let [Effect::Load(new, 0)] = dispatch(&mut a, Action::Reload)[..] else { panic!() };
    assert!(new > old);
    let mut stale = shipped();
    stale.indicators[0].value = 1.0;
    dispatch(&mut a, Action::Loaded(old, Box::new(Ok(Loaded::new(stale)))));
    assert_eq!(a.data(), &shipped(), "the older result is dropped");
    assert!(a.loading(), "still waiting for the newer read");
    let mut fresh = shipped();
    fresh.indicators[0].value = 2.0;
    dispatch(&mut a, Action::Loaded(new, Box::new(Ok(Loaded::new(fresh)))));
    assert_eq!(a.data().indicators[0].value, 2.0);
    assert!(!a.loading() && a.banners().is_empty());
}

#[test]
fn the_embedded_dataset_has_nothing_to_reload() {
    let mut a = App::new(shipped(), Lang::En, (80, 24));
    assert_eq!(update(&mut a, Action::Reload), None);
    assert!(!a.loading());
}

#[test]
fn watching_stopped_and_resumed_shows_and_clears_the_banner() {
    let mut a = App::new(shipped(), Lang::En, (80, 24)).reloadable();
    dispatch(&mut a, Action::Watching(Some("folder /x is gone\u{1b}[2J".into())));
    let b = a.banners();
    assert_eq!(b, [Banner::NotWatching("folder /x is gone\\u{1b}[2J".into())]);
    dispatch(&mut a, Action::Watching(None));
    assert!(a.banners().is_empty());
}

#[test]
fn each_open_report_is_read_again_on_its_own_and_a_bad_one_keeps_its_last_good_version() {
    use relief_dash::app::Report;
    let report = |i: usize| Report::new(format!("r{i}"), data::shipped::shipped(i));
    let mut a = App::new(shipped(), Lang::En, (120, 40))
        .reloadable()
        .with_library(vec![report(0), report(1), report(2)], 0);
    assert_eq!(a.series().len(), 3);
    // Xialong's file changes while Pingtan is shown, and so does Pingtan's.
    let [Effect::Load(xialong, 2)] = dispatch(&mut a, Action::ReloadReport(2))[..] else {
        panic!()
    };
    let [Effect::Load(shown, 0)] = dispatch(&mut a, Action::Reload)[..] else { panic!() };
    // Its new version drops the series keys: the reports share no series any more; the
    // read of the report shown is still awaited (another report's read does not end it).
    let mut edited = data::shipped::shipped(2).unwrap();
    edited.indicators.iter_mut().for_each(|i| i.more_mut().series = None);
    dispatch(&mut a, Action::Loaded(xialong, Box::new(Ok(Loaded::new(edited)))));
    assert_eq!(a.series().len(), 0);
    assert!(a.loading(), "the shown report's read is still running");
    dispatch(&mut a, Action::Loaded(shown, Box::new(Ok(Loaded::new(shipped())))));
    assert!(!a.loading());
    // A bad version keeps the last good one, marked; the report shown is untouched.
    let [Effect::Load(bad, 2)] = dispatch(&mut a, Action::ReloadReport(2))[..] else { panic!() };
    dispatch(&mut a, Action::Loaded(bad, Box::new(data::parse("x.json", b"{").map(Loaded::new))));
    assert!(a.reports()[2].reload_problem.as_deref().unwrap().starts_with("x.json:1:"));
    assert!(a.report_data(2).is_some(), "last good version kept");
    assert_eq!(failure(&a), None, "no banner: the report shown is fine");
    // A read nobody waits for any more (superseded) changes nothing.
    dispatch(&mut a, Action::Loaded(bad, Box::new(Ok(Loaded::new(shipped())))));
    assert!(a.reports()[2].reload_problem.is_some());
    assert_eq!(a.invariant_violation(), None);
}

#[test]
fn a_reload_hands_the_old_version_back_to_be_freed_off_the_ui_thread() {
    let old = shipped();
    let mut a = App::new(old.clone(), relief_dash::Lang::En, (120, 40)).reloadable();
    let effects = dispatch(&mut a, Action::Reload);
    let [Effect::Load(generation, 0)] = effects[..] else { panic!("{effects:?}") };
    let mut new = shipped();
    new.indicators[0].value += 1.0;
    let effects = dispatch(&mut a, Action::Loaded(generation, Box::new(Ok(Loaded::new(new)))));
    // The catalog came built with the dataset; the one replaced goes back to the edge.
    let [Effect::Discard(discarded)] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(discarded.data, old);
    assert_eq!(a.data().indicators[0].value, old.indicators[0].value + 1.0);
}

#[test]
fn reading_the_same_file_again_says_unchanged_until_the_next_key() {
    let mut a = at_programs_social_security(shipped());
    reload(&mut a, Ok(shipped()));
    assert!(a.banners().contains(&Banner::Unchanged), "{:?}", a.banners());
    let text = relief_dash::ui::render_text(&a);
    assert!(text.contains("已重新读取：没有变化"), "{text}");
    assert_eq!(a.selected_indicator().unwrap().id, "dibao_paid", "the view is as it was");
    dispatch(&mut a, Action::Down);
    assert!(!a.banners().contains(&Banner::Unchanged), "said until the next key");
    // A changed file is no "unchanged".
    let mut changed = shipped();
    changed.indicators[0].value += 1.0;
    reload(&mut a, Ok(changed));
    assert!(!a.banners().contains(&Banner::Unchanged));
}

#[test]
fn the_unchanged_banner_goes_and_its_line_goes_back_to_the_body_in_a_remembered_frame() {
    // Drawn with what the frames remember, as the running app draws: on the next key the
    // banner's line goes back to the overview's cards, as a fresh frame has it.
    let mut a = App::new(shipped(), Lang::En, (80, 24)).reloadable();
    reload(&mut a, Ok(shipped()));
    let mut memo = relief_dash::ui::Memo::default();
    let area = ratatui::layout::Rect::new(0, 0, 80, 24);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    relief_dash::ui::draw_with(&a, area, &mut buf, &mut memo);
    assert!(relief_dash::ui::text::buffer_to_text(&buf).contains("Read again: unchanged"));
    dispatch(&mut a, Action::Down);
    let mut remembered = ratatui::buffer::Buffer::empty(area);
    relief_dash::ui::draw_with(&a, area, &mut remembered, &mut memo);
    let mut fresh = ratatui::buffer::Buffer::empty(area);
    relief_dash::ui::draw(&a, area, &mut fresh);
    assert_eq!(
        relief_dash::ui::text::buffer_to_text(&remembered),
        relief_dash::ui::text::buffer_to_text(&fresh)
    );
}

#[test]
fn a_refused_reloads_whole_message_is_on_screen_wrapped_at_80_columns() {
    let mut a = App::new(shipped(), Lang::En, (80, 24)).reloadable();
    let mut bad = shipped();
    bad.indicators[0].id = "x".into();
    let mut bytes = Vec::new();
    relief_dash::export::write_json(&bad, &mut bytes).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let text = text.replacen("\"value\": ", "\"value\": \"three\", \"v\": ", 1);
    reload(&mut a, data::parse("a-rather-long-file-name-for-the-banner.json", text.as_bytes()));
    let message = banner_text(&failure(&a).unwrap(), Lang::En);
    assert!(message.chars().count() > 80, "a message wider than the screen: {message}");
    let screen = relief_dash::ui::render_text(&a);
    let shown: String = screen
        .lines()
        .rev()
        .skip(1)
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" ");
    for word in message.split_whitespace() {
        assert!(shown.contains(word), "{word:?} is cut from the banner:\n{screen}");
    }
}
