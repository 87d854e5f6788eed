//! Every view (each tab, and each member of a group) of every shipped dataset at 80x24,
//! 120x40 and 200x60: a snapshot of each (English at all three sizes, Chinese at 120x40), and
//! the rule that the screen is used: at 120x40 and 200x60 at most a fifth of the body rows are
//! empty rows inside a panel, and on the overview of a dataset with 20 or more figures at most
//! a fifth of the body rows are empty at all.

mod common;

use std::path::Path;

use common::apply;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab};
use relief_dash::data;
use relief_dash::ui;

const DATASETS: [&str; 3] =
    ["pingtan-2020.json", "national-funds-2020.json", "xialong-village-2017.json"];

/// Every view of a dataset: (name, state), the overview first.
fn views(file: &str, lang: Lang, size: (u16, u16)) -> Vec<(String, App)> {
    let d = data::load_path(&Path::new("data").join(file)).unwrap();
    let base = App::new(d, lang, size);
    let mut out = Vec::new();
    for tab in 0..base.tab_count() {
        for member in 0..base.catalog().member_count(Tab::from_index(tab)) {
            let mut a = base.clone();
            apply(&mut a, &[Action::GoTab(Tab::from_index(tab)), Action::GoMember(member)]);
            let id = match a.section() {
                Some(s) => s.id.clone(),
                None => "overview".to_string(),
            };
            out.push((id, a));
        }
    }
    out
}

/// The rows of the screen as characters.
fn grid(text: &str) -> Vec<Vec<char>> {
    text.lines().map(|l| l.chars().collect()).collect()
}

/// Every box drawn on the screen: (left, top, right, bottom), corners included.
fn boxes(g: &[Vec<char>]) -> Vec<(usize, usize, usize, usize)> {
    let at = |x: usize, y: usize| g.get(y).and_then(|r| r.get(x)).copied().unwrap_or(' ');
    let mut out = Vec::new();
    for (y, row) in g.iter().enumerate() {
        for (x, &c) in row.iter().enumerate() {
            if c != '┌' {
                continue;
            }
            let Some(right) = (x + 1..row.len()).find(|&r| at(r, y) == '┐') else { continue };
            let Some(bottom) = (y + 1..g.len()).find(|&b| at(x, b) == '└') else { continue };
            out.push((x, y, right, bottom));
        }
    }
    out
}

/// How many body rows are empty inside some panel, and how many are empty at all.
fn empty_rows(text: &str) -> (usize, usize, usize) {
    let g = grid(text);
    let body = 2..g.len() - 1; // all but header, tab bar and footer
    let boxes = boxes(&g);
    let at = |x: usize, y: usize| g.get(y).and_then(|r| r.get(x)).copied().unwrap_or(' ');
    let mut in_panel = 0;
    let mut at_all = 0;
    for y in body.clone() {
        let blank_inside =
            boxes.iter().any(|&(l, t, r, b)| y > t && y < b && (l + 1..r).all(|x| at(x, y) == ' '));
        if blank_inside {
            in_panel += 1;
        }
        if g[y].iter().all(|&c| c == ' ' || c == '│') {
            at_all += 1;
        }
    }
    (in_panel, at_all, body.len())
}

#[test]
fn every_view_of_every_shipped_dataset() {
    let mut failures = Vec::new();
    for file in DATASETS {
        let stem = file.trim_end_matches(".json");
        for (size, langs) in [
            ((80, 24), &[Lang::En][..]),
            ((120, 40), &[Lang::En, Lang::Zh][..]),
            ((200, 60), &[Lang::En][..]),
        ] {
            for &lang in langs {
                let code = if lang == Lang::Zh { "zh" } else { "en" };
                for (id, a) in views(file, lang, size) {
                    let text = ui::render_text(&a);
                    let name = format!("{stem}_{id}_{code}_{}x{}", size.0, size.1);
                    insta::assert_snapshot!(name.clone(), text);
                    if size.0 < 120 {
                        continue;
                    }
                    let (in_panel, at_all, body) = empty_rows(&text);
                    if in_panel * 5 > body {
                        failures
                            .push(format!("{name}: {in_panel} of {body} rows empty in a panel"));
                    }
                    let figures = a.data().indicators.len();
                    if a.tab() == Tab::Overview && figures >= 20 && at_all * 5 > body {
                        failures.push(format!("{name}: {at_all} of {body} rows empty"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The shipped library (all four datasets) on its Compare tab, each series selected in turn.
fn compare_views(lang: Lang, size: (u16, u16)) -> Vec<(String, App)> {
    use relief_dash::app::Report;
    let reports: Vec<Report> = (0..data::shipped::SHIPPED.len())
        .map(|i| Report::new(data::shipped::SHIPPED[i].0.into(), data::shipped::shipped(i)))
        .collect();
    let first = data::shipped::shipped(0).unwrap();
    let mut a = App::new(first, lang, size).with_library(reports, 0);
    apply(&mut a, &[Action::GoTab(Tab::Compare)]);
    (0..a.visible().len())
        .map(|n| {
            let mut v = a.clone();
            apply(&mut v, &[Action::Select(n)]);
            (a.series()[a.visible()[n]].key.clone(), v)
        })
        .collect()
}

#[test]
fn the_compare_tab_of_the_shipped_library() {
    for size in [(80, 24), (120, 40), (200, 60)] {
        for (lang, code) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
            let views = compare_views(lang, size);
            assert_eq!(views.len(), 3, "three series shared");
            for (key, a) in views {
                let text = ui::render_text(&a);
                // One bar per report that gives the series, the report shown highlighted.
                assert!(text.contains(if code == "en" { "Compare" } else { "对比" }), "{text}");
                assert!(text.contains("[1/4]"), "the header says which report: {text}");
                insta::assert_snapshot!(
                    format!("compare_{key}_{code}_{}x{}", size.0, size.1),
                    text
                );
            }
            // The list of open reports, over the compare tab.
            let mut a = compare_views(lang, size).swap_remove(0).1;
            apply(&mut a, &[Action::OpenPicker, Action::Down]);
            let text = ui::render_text(&a);
            insta::assert_snapshot!(format!("reports_{code}_{}x{}", size.0, size.1), text);
        }
    }
}

#[test]
fn the_measure_sees_a_stretched_box_and_an_empty_screen() {
    let screen = "head\ntabs\n┌ a ┐\n│ 1 │\n│   │\n│   │\n└───┘\n\n\nfoot\n";
    assert_eq!(empty_rows(screen), (2, 4, 7));
}

#[test]
fn a_series_of_one_region_over_three_years_has_a_trend_and_a_change_in_words() {
    use relief_dash::app::Report;
    let entries = data::paths::load_all(data::paths::sources(&["tests/fixtures/library".into()]));
    for size in [(80, 24), (120, 40), (200, 60)] {
        for (lang, code) in [(Lang::En, "en"), (Lang::Zh, "zh")] {
            let reports: Vec<Report> =
                entries.iter().map(|e| Report::new(e.name(), e.loaded.clone())).collect();
            let first = entries[0].loaded.clone().unwrap();
            let mut a = App::new(first, lang, size).with_library(reports, 0);
            apply(&mut a, &[Action::GoTab(Tab::Compare)]);
            let text = ui::render_text(&a);
            assert!(text.contains("2019-03-01 – 2021-03-01"), "the change in words:\n{text}");
            if size.1 >= 40 {
                // The trend: real dates on the x-axis, first and last.
                assert!(text.contains("people_with_safe_water: 2019-03-01 → 2021-03-01"), "{text}");
            }
            insta::assert_snapshot!(format!("trend_{code}_{}x{}", size.0, size.1), text);
        }
    }
}

#[test]
fn two_reports_of_one_region_and_date_are_told_apart_by_file_name() {
    use relief_dash::app::Report;
    let d = || data::load_path(std::path::Path::new("tests/fixtures/library/hevalley-2020.json"));
    let reports = vec![Report::new("x/a.json".into(), d()), Report::new("x/b.json".into(), d())];
    let mut a = App::new(d().unwrap(), Lang::En, (120, 16)).with_library(reports, 0);
    apply(&mut a, &[Action::GoTab(Tab::Compare)]);
    let text = ui::render_text(&a);
    assert!(
        text.contains(" (a.json) · Hevalley") && text.contains(" (b.json) · Hevalley"),
        "{text}"
    );
    assert!(!text.contains("Change"), "no change between two copies of one date:\n{text}");
}

#[test]
fn the_compare_list_shows_a_key_only_to_tell_two_series_apart() {
    let (_, a) = compare_views(Lang::En, (120, 40)).swap_remove(0);
    let text = ui::render_text(&a);
    assert!(text.contains("│Households lifted out "), "{text}");
    assert!(!text.contains("(households_lifted_out"), "a key nobody asked for:\n{text}");
    // Two series whose figures read alike: each named with its key.
    use relief_dash::app::Report;
    let d = || {
        let mut d =
            data::load_path(std::path::Path::new("tests/fixtures/library/hevalley-2020.json"))
                .unwrap();
        let mut twin = d.indicators[0].clone();
        twin.id = "people_served_again".into();
        twin.more_mut().series = Some("people_served_again".into());
        d.indicators.push(twin);
        d
    };
    let reports =
        vec![Report::new("x/a.json".into(), Ok(d())), Report::new("x/b.json".into(), Ok(d()))];
    let mut a = App::new(d(), Lang::En, (120, 16)).with_library(reports, 0);
    apply(&mut a, &[Action::GoTab(Tab::Compare)]);
    let text = ui::render_text(&a);
    for want in ["│People served (people_served_again)", "│People served (people_with_safe_water)"]
    {
        assert!(text.contains(want), "{want}:\n{text}");
    }
}
