//! Reloading: a good new version replaces the data and keeps the view; a bad one never does.

use relief_dash::Lang;
use relief_dash::app::{Action, App, update};
use relief_dash::data::{self, Dataset};

fn shipped() -> Dataset {
    data::embedded().unwrap()
}

fn at_programs_social_security(d: Dataset) -> App {
    let mut a = App::new(d, Lang::Zh, (120, 40));
    let tab = 1 + a.data.sections.iter().position(|s| s.id == "relief_programs").unwrap();
    for act in [Action::GoTab(tab), Action::GoMember(3), Action::Down, Action::Down] {
        update(&mut a, act);
    }
    assert_eq!(a.selected_indicator().unwrap().id, "dibao_paid");
    a
}

#[test]
fn a_good_version_replaces_the_data_and_keeps_tab_member_selection_and_language() {
    let mut a = at_programs_social_security(shipped());
    let mut d = shipped();
    d.indicators.retain(|i| i.id != "dibao_standard_before");
    d.sections.swap(0, 1);
    let paid = d.indicators.iter_mut().find(|i| i.id == "dibao_paid").unwrap();
    paid.value = 300.0;
    a.apply_reload(Ok(d));
    assert_eq!(a.section().unwrap().id, "social_security");
    assert_eq!(a.selected_indicator().unwrap().id, "dibao_paid", "selection kept by id");
    assert_eq!(a.selected, 1, "its row moved up");
    assert_eq!(a.selected_indicator().unwrap().value, 300.0);
    assert_eq!(a.lang, Lang::Zh);
    assert!(a.banner.is_none());
}

#[test]
fn a_bad_version_keeps_the_last_good_data_and_says_why() {
    let mut a = at_programs_social_security(shipped());
    let before = a.data.clone();
    let bad = std::fs::read("tests/fixtures/bad/many_problems.json").unwrap();
    a.apply_reload(data::parse("d.json", &bad));
    assert_eq!(a.data, before, "data unchanged");
    let banner = relief_dash::ui::i18n::banner_text(a.banner.as_ref().unwrap(), Lang::Zh);
    assert!(banner.contains("4个问题"), "{banner}");
    assert!(banner.contains("d.json:75:16: indicators[0].value: -1 is negative"), "{banner}");
    assert_eq!(a.selected_indicator().unwrap().id, "dibao_paid");
    // then a good version clears the banner
    a.apply_reload(Ok(shipped()));
    assert!(a.banner.is_none());
}

#[test]
fn a_vanished_section_falls_back_to_the_overview() {
    let mut a = at_programs_social_security(shipped());
    let d = data::load_path(std::path::Path::new("tests/fixtures/good/other-region.json")).unwrap();
    a.apply_reload(Ok(d));
    assert_eq!((a.tab, a.member, a.selected), (0, 0, 0));
}

#[test]
fn hostile_text_in_a_reload_error_is_escaped() {
    let mut a = App::new(shipped(), Lang::En, (80, 24));
    a.apply_reload(data::parse("x\u{1b}]0;pwned\u{7}.json", b"{\"\xe2\x80\xae\": 1}"));
    let banner = relief_dash::ui::i18n::banner_text(&a.banner.unwrap(), Lang::En);
    assert!(!banner.chars().any(relief_dash::safe::is_unsafe_char), "{banner:?}");
}
