//! The Table tab over the shipped library of regions and years (`data/library/rural-poverty`,
//! imported from `data/tables/rural-poverty-regions.csv`): regions as a tree, sorting by
//! every column, dates, the children's sums, Enter, and snapshots at three sizes in both
//! languages; the rules between figures and a parent against its children in `check`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::apply;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Report, SortBy, Tab};
use relief_dash::data::{self, Dataset};
use relief_dash::ui;

const LIBRARY: &str = "data/library/rural-poverty";

fn files() -> Vec<PathBuf> {
    let mut f: Vec<PathBuf> = std::fs::read_dir(LIBRARY)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    f.sort();
    f
}

/// The library open as the dashboard opens it, on the Table tab.
fn library_with(datasets: Vec<Dataset>, lang: Lang, size: (u16, u16)) -> App {
    let reports: Vec<Report> = datasets
        .into_iter()
        .enumerate()
        .map(|(i, d)| Report::new(format!("r{i}"), Ok(d)))
        .collect();
    let first = reports[0].data.clone().unwrap();
    let mut app = App::new(first, lang, size).with_library(reports, 0);
    apply(&mut app, &[Action::GoTab(Tab::Table)]);
    app
}

fn library(lang: Lang, size: (u16, u16)) -> App {
    library_with(files().iter().map(|p| data::load_path(p).unwrap()).collect(), lang, size)
}

/// The region names of the rows shown, in order, in English.
fn regions(app: &App) -> Vec<String> {
    app.table_rows()
        .iter()
        .map(|r| app.report_data(r.report).unwrap().meta.region.en().to_string())
        .collect()
}

fn column(app: &App, key: &str) -> usize {
    app.grid().columns.iter().position(|c| c.key == key).unwrap()
}

#[test]
fn the_library_opens_as_a_tree_of_the_nation_and_its_regions() {
    let app = library(Lang::En, (120, 40));
    assert!(app.table().tree);
    assert_eq!(regions(&app), ["China", "Central region", "Eastern region", "Western region"]);
    let depths: Vec<usize> = app.table_rows().iter().map(|r| r.depth).collect();
    assert_eq!(depths, [0, 1, 1, 1]);
}

#[test]
fn every_column_sorts_both_ways_with_rows_without_a_value_last() {
    let mut app = library(Lang::En, (120, 40));
    apply(&mut app, &[Action::ToggleTree]);
    let pop = column(&app, "rural_poor_population");
    apply(&mut app, &[Action::SortBy(SortBy::Column(pop))]);
    // Largest first: each region's latest (2019) figure; the nation's 551 first.
    assert_eq!(regions(&app), ["China", "Western region", "Central region", "Eastern region"]);
    let ranks: Vec<Option<usize>> = app.table_rows().iter().map(|r| r.rank).collect();
    assert_eq!(ranks, [Some(1), Some(2), Some(3), Some(4)]);
    apply(&mut app, &[Action::SortReverse]);
    assert_eq!(regions(&app), ["Eastern region", "Central region", "Western region", "China"]);
    // In 2012 only the nation gives one: the regions go last whichever way.
    let y2012 = app.grid().dates.iter().position(|d| d == "2012").unwrap();
    while app.table().date != Some(y2012) {
        apply(&mut app, &[Action::NextDate]);
    }
    assert_eq!(regions(&app)[0], "China");
    apply(&mut app, &[Action::SortReverse]);
    assert_eq!(regions(&app)[0], "China");
    let ranks: Vec<Option<usize>> = app.table_rows().iter().map(|r| r.rank).collect();
    assert_eq!(ranks, [Some(1), None, None, None]);
    apply(&mut app, &[Action::SortBy(SortBy::Region), Action::SortReverse]);
    assert_eq!(regions(&app), ["Western region", "Eastern region", "China", "Central region"]);
    // > goes through region, date and each column in turn, and back round.
    let keys = app.grid().columns.len() + 2;
    let before = app.table().sort;
    for _ in 0..keys {
        apply(&mut app, &[Action::SortNext]);
    }
    assert_eq!(app.table().sort, before);
}

#[test]
fn a_date_picks_each_regions_figure_of_that_date_and_the_header_says_which() {
    let mut app = library(Lang::En, (120, 40));
    let pop = column(&app, "rural_poor_population");
    let y2017 = app.grid().dates.iter().position(|d| d == "2017").unwrap();
    while app.table().date != Some(y2017) {
        apply(&mut app, &[Action::NextDate]);
    }
    let china = app.table_rows()[0].report;
    let f = app.grid().cell(china, pop, app.table().date).unwrap();
    assert_eq!(app.report_data(china).unwrap().indicators[f.indicator].value, 3046.0);
    let text = ui::render_text(&app);
    assert!(text.contains("Date: 2017"), "{text}");
    assert!(text.contains("30.46 million people =Σ30.46 million"), "{text}");
}

#[test]
fn a_parent_agrees_with_its_childrens_sum_where_the_source_does() {
    let app = library(Lang::En, (120, 40));
    let china = app.table_rows()[0].report;
    for c in 0..app.grid().columns.len() {
        for d in 0..app.grid().dates.len() {
            let (Some(f), Some((sum, given))) =
                (app.grid().cell(china, c, Some(d)), app.grid().child_sum(china, c, d))
            else {
                continue;
            };
            assert_eq!(given, 3);
            assert_eq!((f.bounds.lo, f.bounds.hi), (sum.lo, sum.hi), "column {c} date {d}");
        }
    }
    let text = ui::render_text(&app);
    assert!(!text.contains('!'), "{text}");
}

/// The library with the eastern region's 2019 rural poor population one more.
fn changed_child(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let mut out = Vec::new();
    for f in files() {
        let mut text = std::fs::read_to_string(&f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let d = data::load_path(&f).unwrap();
        if d.meta.region.code.as_deref() == Some("CN-E") {
            let ind = d
                .indicators
                .iter()
                .find(|i| {
                    i.more().series.as_deref() == Some("rural_poor_population")
                        && i.as_of.as_ref().and_then(|p| p.date.as_deref()) == Some("2019")
                })
                .unwrap();
            assert_eq!(ind.value, 47.0);
            let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
            for i in v["indicators"].as_array_mut().unwrap() {
                if i["id"] == ind.id.as_str() {
                    i["value"] = 48.into();
                }
            }
            text = serde_json::to_string_pretty(&v).unwrap();
        }
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        out.push(p);
    }
    out
}

#[test]
fn a_childs_changed_figure_is_marked_and_breaks_the_rule() {
    let dir = std::env::temp_dir().join(format!("relief-table-{}", std::process::id()));
    let changed = changed_child(&dir);
    let mut app = library_with(
        changed.iter().map(|p| data::load_path(p).unwrap()).collect(),
        Lang::En,
        (120, 40),
    );
    let pop = column(&app, "rural_poor_population");
    apply(&mut app, &[Action::SortBy(SortBy::Column(pop))]);
    let text = ui::render_text(&app);
    assert!(text.contains("5.51 million people !Σ5.52 million"), "{text}");
    assert!(text.contains("rule broken"), "{text}");
    // The mark is in the warning style.
    let buf = ui::draw_and_hand_over(&mut app.clone());
    let t = ui::theme::Theme::new(app.theme());
    let row = (0..buf.area.height)
        .find(|&y| (0..buf.area.width).any(|x| buf[(x, y)].symbol() == "!"))
        .unwrap();
    let x = (0..buf.area.width).find(|&x| buf[(x, row)].symbol() == "!").unwrap();
    assert_eq!(buf[(x, row)].fg, t.warn.fg.unwrap());
    // check: a warning, exit 0; with --strict, exit 1.
    let out = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .arg("check")
        .args(&changed)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains(
            "cn.json: rural_poor_population@2019: 5.51 million people = 5.52 million \
             people (the sum of its children's, rural_poor_population_2019)"
        ) && stdout.contains("\n1 rule broken\n"),
        "{stdout}"
    );
    let strict = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .arg("check")
        .arg("--strict")
        .args(&changed)
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));
    // The shipped library: no rule broken.
    let good = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .arg("check")
        .arg("--strict")
        .arg(LIBRARY)
        .output()
        .unwrap();
    assert!(good.status.success(), "{}", String::from_utf8_lossy(&good.stdout));
    assert!(!String::from_utf8_lossy(&good.stdout).contains("rule broken"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn enter_opens_the_report_on_its_figure() {
    let mut app = library(Lang::En, (120, 40));
    let pop = column(&app, "rural_poor_population");
    apply(&mut app, &[Action::SortBy(SortBy::Column(pop)), Action::Down, Action::OpenDetail]);
    assert_ne!(app.tab(), Tab::Table);
    let ind = app.selected_indicator().unwrap();
    assert_eq!(ind.more().series.as_deref(), Some("rural_poor_population"));
    assert_eq!(app.data().meta.region.en(), "Western region");
}

#[test]
fn collapsing_a_parent_hides_its_children_and_the_filter_keeps_their_parent() {
    let mut app = library(Lang::En, (120, 40));
    apply(&mut app, &[Action::ToggleCollapse]);
    assert_eq!(regions(&app), ["China"]);
    apply(&mut app, &[Action::ToggleCollapse, Action::StartFilter]);
    for c in "west".chars() {
        apply(&mut app, &[Action::FilterPush(c)]);
    }
    assert_eq!(regions(&app), ["China", "Western region"]);
    apply(&mut app, &[Action::FilterDone, Action::ToggleTree]);
    assert_eq!(regions(&app), ["Western region"]);
}

#[test]
fn clicking_a_header_sorts_by_it_and_a_second_click_reverses() {
    let mut app = library(Lang::En, (120, 40));
    let (rect, by) =
        app.frame().headers.iter().find(|(_, b)| matches!(b, SortBy::Column(_))).cloned().unwrap();
    apply(&mut app, &[Action::Click(rect.x, rect.y)]);
    assert_eq!(app.table().sort, by);
    assert!(app.table().desc);
    apply(&mut app, &[Action::Click(rect.x, rect.y)]);
    assert!(!app.table().desc);
}

#[test]
fn snapshots_at_three_sizes_in_both_languages() {
    for lang in [Lang::En, Lang::Zh] {
        for size in [(80, 24), (120, 40), (200, 60)] {
            let app = library(lang, size);
            let code = if lang == Lang::En { "en" } else { "zh" };
            let name = format!("table_{code}_{}x{}", size.0, size.1);
            insta::assert_snapshot!(name, ui::render_text(&app));
        }
    }
    // Sorted by a column, with its bar, at one date, flat.
    let mut app = library(Lang::En, (120, 40));
    let pop = column(&app, "rural_poor_population");
    apply(&mut app, &[Action::SortBy(SortBy::Column(pop)), Action::ToggleTree, Action::NextDate]);
    insta::assert_snapshot!("table_en_120x40_sorted_flat_first_date", ui::render_text(&app));
}

#[test]
fn render_and_export_draw_the_table_headless() {
    let bin = env!("CARGO_BIN_EXE_relief-dash");
    let out = Command::new(bin)
        .args(["render", LIBRARY, "--tab", "table", "--size", "120x30", "--tree", "--sort"])
        .args(["rural_poor_population", "--date", "2018"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        text.contains("Date: 2018") && text.contains("16.6 million people =Σ16.6 million"),
        "{text}"
    );
    let csv = Command::new(bin)
        .args(["export", LIBRARY, "--table", "--tree", "--sort", "rural_poor_population"])
        .args(["--series", "rural_poor_population"])
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&csv.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "rank,region,region_en,region_code,level,parent,date,rural_poor_population,\
         rural_poor_population_max,rural_poor_population_unit,rural_poor_population_qualifier,\
         rural_poor_population_date,rural_poor_population_children_sum,\
         rural_poor_population_children_check"
    );
    assert_eq!(lines[1], "1,全国,China,CN,country,,2019,551,,wan_person,exact,2019,551,agrees");
    assert_eq!(lines.len(), 5);
    let bad = Command::new(bin)
        .args(["render", LIBRARY, "--tab", "table", "--date", "1999"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr)
            .contains("no date \"1999\" in the table; one of: 2012")
    );
}

#[test]
fn check_warns_of_a_datasets_broken_rule_and_strict_fails_on_it() {
    let bin = env!("CARGO_BIN_EXE_relief-dash");
    let file = "tests/fixtures/rules/broken-rule.json";
    let out = Command::new(bin).args(["check", file]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[1..],
        [
            "rule broken: tests/fixtures/rules/broken-rule.json: poor_within_all: 3,200 households <= 3,000 households",
            "1 rule broken",
        ]
    );
    let strict = Command::new(bin).args(["check", "--strict", file]).output().unwrap();
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn the_dashboard_marks_a_broken_rules_figures_and_lists_the_rule_in_their_details() {
    let d = data::load_path(Path::new("tests/fixtures/rules/broken-rule.json")).unwrap();
    let mut app = App::new(d, Lang::En, (100, 24));
    let (tab, _) = app.tab_of("water").unwrap();
    apply(&mut app, &[Action::GoTab(tab)]);
    let buf = ui::draw_and_hand_over(&mut app);
    let text = ui::text::buffer_to_text(&buf);
    assert!(
        text.contains("│!Households served") && text.contains("│!Of them poor households"),
        "{text}"
    );
    assert!(!text.contains("!New households"), "{text}");
    let warn = ui::theme::Theme::new(app.theme()).warn.fg.unwrap();
    let y = text.lines().position(|l| l.contains("!Households served")).unwrap();
    let x = text.lines().nth(y).unwrap().chars().position(|c| c == '!').unwrap();
    assert_eq!(buf[(x as u16, y as u16)].fg, warn);
    let poor =
        app.visible().iter().position(|&i| app.data().indicators[i].id == "poor_households_served");
    apply(&mut app, &[Action::Select(poor.unwrap()), Action::OpenDetail]);
    let text = ui::render_text(&app);
    assert!(
        text.contains("Rule broken: Poor households at most all households served ·"),
        "{text}"
    );
}
