//! The view: details and help in both languages at 80x24 and 120x40, the filter and the log
//! scale; every size from 0x0 to 200x60 without panic; another dataset. (Every tab of every
//! shipped dataset is in `screens.rs`.)

mod common;

use common::apply;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use relief_dash::Lang;
use relief_dash::app::{Action, App, Effect, Tab, update};
use relief_dash::data;
use relief_dash::ui::{self, text::buffer_to_text};

/// Renders through the real `Terminal::draw` path into a `TestBackend`.
fn screen(app: &App) -> String {
    let (w, h) = app.size();
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| {
            ui::render(app, f);
        })
        .unwrap();
    buffer_to_text(terminal.backend().buffer())
}

fn app(lang: Lang, size: (u16, u16)) -> App {
    App::new(data::embedded().unwrap(), lang, size)
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];
const LANGS: [(Lang, &str); 2] = [(Lang::En, "en"), (Lang::Zh, "zh")];

#[test]
fn detail_and_help() {
    let programs =
        1 + data::embedded().unwrap().sections.iter().position(|s| !s.members.is_empty()).unwrap();
    for (w, h) in SIZES {
        for (lang, code) in LANGS {
            let mut a = app(lang, (w, h));
            apply(
                &mut a,
                &[
                    Action::GoTab(Tab::from_index(programs)),
                    Action::GoMember(1),
                    Action::Down,
                    Action::OpenDetail,
                ],
            );
            insta::assert_snapshot!(format!("detail_{code}_{w}x{h}"), screen(&a));
            let mut a = app(lang, (w, h));
            apply(&mut a, &[Action::ToggleHelp]);
            insta::assert_snapshot!(format!("help_{code}_{w}x{h}"), screen(&a));
        }
    }
}

#[test]
fn filter_log_scale_and_too_small() {
    let mut a = app(Lang::En, (80, 24));
    apply(&mut a, &[Action::GoTab(Tab::from_index(1)), Action::StartFilter]);
    apply(&mut a, &"people".chars().map(Action::FilterPush).collect::<Vec<_>>());
    insta::assert_snapshot!("filter_typing_en_80x24", screen(&a));
    let mut a = app(Lang::En, (120, 40));
    apply(&mut a, &[Action::ToggleLog]);
    insta::assert_snapshot!("overview_log_en_120x40", screen(&a));
    let a = app(Lang::Zh, (40, 10));
    insta::assert_snapshot!("too_small_zh_40x10", screen(&a));
}

#[test]
fn every_tab_at_every_size_from_0x0_to_200x60() {
    let base = app(Lang::Zh, (0, 0));
    let mut views = Vec::new();
    for tab in 0..base.tab_count() {
        for member in 0..base.catalog().member_count(Tab::from_index(tab)) {
            let mut a = base.clone();
            apply(&mut a, &[Action::GoTab(Tab::from_index(tab)), Action::GoMember(member)]);
            views.push(a);
        }
    }
    let mut detail = base.clone();
    apply(&mut detail, &[Action::OpenDetail]);
    views.push(detail);
    let mut help = base.clone();
    apply(&mut help, &[Action::ToggleHelp]);
    views.push(help);
    std::thread::scope(|s| {
        for chunk in views.chunks(views.len().div_ceil(2)) {
            s.spawn(move || {
                for view in chunk {
                    let mut a = view.clone();
                    for w in 0..=200u16 {
                        for h in 0..=60u16 {
                            apply(&mut a, &[Action::Resize(w, h)]);
                            let _ = ui::render_text(&a);
                        }
                    }
                }
            });
        }
    });
}

#[test]
fn another_dataset_gets_its_own_tabs_and_charts() {
    let d = data::load_path(std::path::Path::new("tests/fixtures/good/other-region.json")).unwrap();
    let mut a = App::new(d, Lang::En, (100, 30));
    assert_eq!(a.catalog().tab_count(), 3);
    let overview = screen(&a);
    assert!(overview.contains("Hevalley County rural water works"));
    assert!(
        overview.contains("1 Overview")
            && overview.contains("2 Safe water")
            && overview.contains("3 Works")
    );
    assert!(overview.contains("≈12,500 people"), "{overview}");
    assert!(!overview.contains("Pingtan"));
    insta::assert_snapshot!("other_overview_en_100x30", overview);
    apply(&mut a, &[Action::GoTab(Tab::from_index(1))]);
    let water = screen(&a);
    assert!(water.contains("31.5075 million yuan"), "{water}");
    assert!(water.contains("≥96.5 %"), "{water}");
    insta::assert_snapshot!("other_water_en_100x30", water);
    apply(&mut a, &[Action::GoTab(Tab::from_index(2)), Action::GoMember(2)]);
    let wells = screen(&a);
    assert!(wells.contains("No figures given."), "{wells}");
    assert!(wells.contains("The report gives no figures for this section."), "{wells}");
    insta::assert_snapshot!("other_wells_en_100x30", wells);
}

#[test]
fn rendering_is_a_pure_function_of_state() {
    let mut a = app(Lang::En, (120, 40));
    apply(&mut a, &[Action::GoTab(Tab::from_index(2)), Action::Down]);
    assert_eq!(screen(&a), screen(&a.clone()));
}

#[test]
fn a_long_member_list_scrolls_to_the_selected_member() {
    let mut d =
        data::load_path(std::path::Path::new("tests/fixtures/good/other-region.json")).unwrap();
    let template = d.sections[1].members[0].clone();
    d.sections[1].members = (0..40)
        .map(|i| {
            let mut m = template.clone();
            m.id = format!("member_{i}");
            m.title.set_en(format!("Member {i}"));
            m
        })
        .collect();
    d.indicators.iter_mut().for_each(|i| i.section = "water".into());
    let mut a = App::new(d, Lang::En, (80, 24));
    apply(&mut a, &[Action::GoTab(Tab::from_index(2)), Action::GoMember(35)]);
    let text = screen(&a);
    assert!(text.contains("Member 34") && !text.contains("Member 5 "), "{text}");
    let r = a.frame().clone();
    let members = r.members.unwrap();
    assert_eq!(
        update(&mut a, Action::Click(members.x, members.y)),
        Some(Effect::Then(Action::GoMember(r.members_offset)))
    );
}

#[test]
fn one_section_with_65535_figures_renders_at_every_size() {
    let mut d = data::embedded().unwrap();
    let template = d.indicators[0].clone();
    let section = template.section.clone();
    d.indicators = (0..65_535)
        .map(|n| {
            let mut i = template.clone();
            i.id = format!("figure_{n}").into();
            i.headline = n < 3;
            i
        })
        .collect();
    let tab = d.sections.iter().position(|s| s.id == section).unwrap();
    let mut a = App::new(d, Lang::En, (80, 24));
    apply(&mut a, &[Action::GoTab(Tab::Section(tab)), Action::End]);
    for size in [(80, 24), (200, 60), (50, 14), (1000, 300)] {
        apply(&mut a, &[Action::Resize(size.0, size.1)]);
        let text = screen(&a);
        assert!(text.contains("Figures (65535)"), "{size:?}:\n{text}");
    }
}

/// The rows of a buffer whose every cell in `x0..x1` carries `modifier`.
fn rows_with(buf: &Buffer, x0: u16, x1: u16, modifier: Modifier) -> Vec<u16> {
    (0..buf.area.height)
        .filter(|&y| (x0..x1).all(|x| buf[(x, y)].modifier.contains(modifier)))
        .collect()
}

#[test]
fn the_selected_row_and_bar_are_the_styled_ones() {
    let mut a = App::new(data::embedded().unwrap(), Lang::En, (120, 40));
    let party = a.data().sections.iter().position(|s| s.id == "party_building").unwrap();
    apply(&mut a, &[Action::GoTab(Tab::Section(party)), Action::Down, Action::Down]);
    let selected = a.selected_indicator().unwrap().label.en().to_string();
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let list = ui::draw(&a, area, &mut buf).list;
    let reversed = rows_with(&buf, list.x, list.right(), Modifier::REVERSED);
    assert_eq!(reversed.len(), 1, "exactly one row is highlighted: {reversed:?}");
    let row: String =
        (list.x..list.right()).map(|x| buf[(x, reversed[0])].symbol().to_string()).collect();
    assert!(row.starts_with(&selected), "the highlighted row is {row:?}, not {selected:?}");
    assert_eq!(reversed[0], list.y + 2, "third row");
    // The chart: the selected figure's bar, and only it, in the selected bar colour.
    let bar_rows: Vec<u16> =
        (0..40).filter(|&y| (0..120).any(|x| buf[(x, y)].fg == Color::Magenta)).collect();
    assert_eq!(bar_rows.len(), 1, "one selected bar: {bar_rows:?}");
    let line: String = (0..120).map(|x| buf[(x, bar_rows[0])].symbol().to_string()).collect();
    let short: String = selected.chars().take(10).collect();
    assert!(line.contains(&short), "the magenta bar is on {line:?}, not {selected:?}");
    // Without colours, the selected bar is bold instead.
    let plain = a.clone().with_theme(relief_dash::app::ThemeName::Mono);
    let mut buf = Buffer::empty(area);
    ui::draw(&plain, area, &mut buf);
    assert!((0..40).all(|y| (0..120).all(|x| buf[(x, y)].fg == Color::Reset)), "no colour");
}

/// Renders a tab of a dataset file as plain text.
fn render_file(path: &str, lang: Lang, size: (u16, u16), tab: Option<&str>) -> String {
    let d = data::load_path(std::path::Path::new(path)).unwrap();
    let t = tab.map(|id| d.sections.iter().position(|s| s.id == id).unwrap());
    let mut a = App::new(d, lang, size);
    if let Some(t) = t {
        apply(&mut a, &[Action::GoTab(Tab::Section(t))]);
    }
    screen(&a)
}

#[test]
fn national_and_county_figures_read_naturally_in_both_languages() {
    let f = "tests/fixtures/good/v2-scales.json";
    let en = render_file(f, Lang::En, (120, 24), Some("national"));
    for want in [
        "832 counties",
        "≈100 million people",
        "≈1.6 trillion yuan",
        "660.1 billion yuan",
        "9.6 million+ people",
        "128,000 villages",
        "┌ People ",
        "┌ Money (yuan) ",
        // Chart bars read as the list does; the title names what they count.
        "██ ≈100 million",
    ] {
        assert!(en.contains(want), "{want}:\n{en}");
    }
    let zh = render_file(f, Lang::Zh, (120, 24), None);
    for want in ["832个县", "约1亿人", "约1.6万亿元", "960多万人", "┌ 人数(人) ", "┌ 资金(元) "]
    {
        assert!(zh.contains(want), "{want}:\n{zh}");
    }
    let county = render_file(f, Lang::Zh, (120, 24), Some("county"));
    for want in ["1,115亩", "350头", "10.5公里", "3,000多份", "90多场", "33.6亩", "12顷", "7里"]
    {
        assert!(county.contains(want), "{want}:\n{county}");
    }
    let county = render_file(f, Lang::En, (120, 24), Some("county"));
    for want in ["1,115 mu", "350 head", "10.5 km", "3,000+ copies", "90+ sessions", "┌ Land area"]
    {
        assert!(county.contains(want), "{want}:\n{county}");
    }
}

/// Every dataset shipped in `data/`.
fn shipped_datasets() -> Vec<(String, data::Dataset)> {
    data::paths::load_all(data::paths::sources(&["data".into()]))
        .into_iter()
        .map(|e| (e.name(), e.loaded.unwrap()))
        .collect()
}

#[test]
fn every_tab_of_every_shipped_dataset_renders_in_both_languages_at_three_sizes() {
    let shipped = shipped_datasets();
    assert!(shipped.len() >= 3, "three shipped datasets: {:?}", shipped.iter().map(|s| &s.0));
    for (name, d) in shipped {
        for (lang, _) in LANGS {
            for size in [(80, 24), (120, 40), (200, 60)] {
                let base = App::new(d.clone(), lang, size);
                for tab in 0..base.tab_count() {
                    let members = base.catalog().member_count(Tab::from_index(tab));
                    for member in 0..members {
                        let mut a = base.clone();
                        apply(
                            &mut a,
                            &[Action::GoTab(Tab::from_index(tab)), Action::GoMember(member)],
                        );
                        let text = screen(&a);
                        let title: String = d.meta.title.get(lang).chars().take(6).collect();
                        assert!(
                            text.contains(&title),
                            "{name} {lang:?} {size:?} tab {tab}:\n{text}"
                        );
                        assert!(!text.contains("NaN") && !text.contains("inf"), "{name}:\n{text}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_new_shipped_datasets_read_in_their_own_units() {
    let national = render_file("data/national-funds-2020.json", Lang::En, (120, 30), None);
    for want in ["79.058 billion yuan", "281,100 projects", "23.53 million people", "22 provinces"]
    {
        assert!(national.contains(want), "{want}:\n{national}");
    }
    let national = render_file("data/national-funds-2020.json", Lang::Zh, (120, 30), None);
    for want in ["790.58亿元", "28.11万个项目", "2,353万人", "┌ 资金(元) "] {
        assert!(national.contains(want), "{want}:\n{national}");
    }
    let village =
        render_file("data/xialong-village-2017.json", Lang::En, (120, 30), Some("industry"));
    for want in ["350 mu", "1,500 mu", "100 head", "┌ Land area (mu) ", "┌ Livestock (head) "] {
        assert!(village.contains(want), "{want}:\n{village}");
    }
    let village = render_file("data/xialong-village-2017.json", Lang::Zh, (120, 30), None);
    assert!(village.contains("5,702米") && village.contains("350亩"), "{village}");
}

#[test]
fn bar_labels_are_whole_when_the_charts_can_be_wider() {
    // At 80 columns the section's charts once stood two by two with labels cut
    // ("Income per head…2013"); a chart now takes the width its labels need when the
    // charts still fit (the part that tells cut labels apart is tested in ui::labels).
    let text =
        render_file("tests/fixtures/good/v2-scales.json", Lang::En, (80, 30), Some("national"));
    let chart_rows: Vec<&str> = text.lines().filter(|l| l.contains('█')).collect();
    assert!(chart_rows.iter().any(|l| l.contains("│Income per head, 2013 ")), "{text}");
    assert!(chart_rows.iter().all(|l| !l.contains('…')), "{text}");
}

#[test]
fn the_footer_shows_only_keys_that_act_on_the_view() {
    let mut a = app(Lang::En, (120, 40));
    let programs = a.data().sections.iter().position(|s| s.id == "relief_programs").unwrap();
    let health =
        1 + a.data().sections[programs].members.iter().position(|m| m.id == "health").unwrap();
    apply(&mut a, &[Action::GoTab(Tab::Section(programs)), Action::GoMember(health)]);
    assert!(a.visible().is_empty(), "the report gives no health figures");
    let footer = screen(&a).lines().last().unwrap().to_string();
    assert!(!footer.contains("details") && !footer.contains("row"), "{footer}");
    assert!(footer.contains("] member") && footer.contains("q quit"), "{footer}");
    apply(&mut a, &[Action::GoMember(1)]);
    let footer = screen(&a).lines().last().unwrap().to_string();
    assert!(footer.contains("Enter details") && footer.contains("↓ row"), "{footer}");
}

#[test]
fn every_theme_marks_the_selection_without_colour_too() {
    use relief_dash::app::ThemeName;
    use relief_dash::ui::theme::Theme;
    for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast, ThemeName::Mono] {
        let t = Theme::new(name);
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED), "{name:?} row");
        assert!(t.bar_selected.add_modifier.contains(Modifier::BOLD), "{name:?} bar");
        assert_ne!(t.bar_selected, t.bar, "{name:?}: the selected bar differs");
        let mut a = App::new(data::embedded().unwrap(), Lang::En, (120, 40)).with_theme(name);
        apply(&mut a, &[Action::GoTab(Tab::Section(0)), Action::Down]);
        let area = Rect::new(0, 0, 120, 40);
        let mut buf = Buffer::empty(area);
        let list = ui::draw(&a, area, &mut buf).list;
        let rows = rows_with(&buf, list.x, list.right(), Modifier::REVERSED);
        assert_eq!(rows, [list.y + 1], "{name:?}: the second row is selected");
        let coloured = (0..40).any(|y| (0..120).any(|x| buf[(x, y)].fg != Color::Reset));
        assert_eq!(coloured, name != ThemeName::Mono, "{name:?}");
    }
}

#[test]
fn a_figure_with_a_baseline_reads_as_before_and_after_in_the_list() {
    let en = render_file("data/pingtan-2020.json", Lang::En, (100, 20), Some("relief_programs"));
    assert!(!en.contains("5,544 →"), "the group view has its own figure only");
    let mut a = app(Lang::En, (100, 20));
    let programs = a.data().sections.iter().position(|s| s.id == "relief_programs").unwrap();
    apply(&mut a, &[Action::GoTab(Tab::Section(programs)), Action::GoMember(3)]);
    let text = screen(&a);
    assert!(text.contains("5,544 → 7,920 yuan/person/year, +42.9 %"), "{text}");
    let mut a = app(Lang::Zh, (100, 20));
    apply(&mut a, &[Action::GoTab(Tab::Section(programs)), Action::GoMember(3)]);
    let text = screen(&a);
    assert!(text.contains("5,544 → 7,920元/人·年,+42.9%"), "{text}");
    // At 80 columns the before → after form gives way to the plain value rather than cut
    // the labels that tell the two standards apart.
    let mut a = app(Lang::En, (80, 24));
    apply(&mut a, &[Action::GoTab(Tab::Section(programs)), Action::GoMember(3)]);
    let text = screen(&a);
    assert!(
        text.contains("Rural dibao standard, before") && text.contains("standard, after"),
        "{text}"
    );
}

#[test]
fn a_series_of_three_dated_points_shows_its_trend() {
    let d = data::load_path(std::path::Path::new("tests/fixtures/good/v2-scales.json")).unwrap();
    let county = d.sections.iter().position(|s| s.id == "county").unwrap();
    let mut a = App::new(d, Lang::En, (120, 30));
    apply(&mut a, &[Action::GoTab(Tab::Section(county)), Action::End]);
    let text = screen(&a);
    assert!(text.contains("test_series: 2015 → 2020") && text.contains("450 head"), "{text}");
    // A figure outside any series, or in one of two points, has no trend panel.
    apply(&mut a, &[Action::Home]);
    assert!(!screen(&a).contains("test_series"));
}

#[test]
fn the_group_view_highlights_the_selected_figure_in_its_panel_and_draws_no_bar_for_no_figure() {
    let mut a = App::new(data::embedded().unwrap(), Lang::En, (120, 40));
    let programs = a.data().sections.iter().position(|s| !s.members.is_empty()).unwrap();
    // The group's own figure, then the first member's first two: the third figure.
    apply(&mut a, &[Action::GoTab(Tab::Section(programs)), Action::Down, Action::Down]);
    let selected = a.selected_indicator().unwrap().label.en().to_string();
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let r = ui::draw(&a, area, &mut buf);
    let &(panel, _) = r.panels.iter().find(|(_, m)| *m == 1).unwrap();
    let inner = (panel.x + 1, panel.right() - 1);
    let reversed: Vec<u16> = rows_with(&buf, inner.0, inner.1, Modifier::REVERSED)
        .into_iter()
        .filter(|&y| y > panel.y && y < panel.bottom())
        .collect();
    assert_eq!(reversed, [panel.y + 2], "the second row of the first member's panel");
    let row: String =
        (inner.0..inner.1).map(|x| buf[(x, reversed[0])].symbol().to_string()).collect();
    assert!(row.starts_with(&selected), "highlighted {row:?}, selected {selected:?}");
    // No other panel has a highlighted row.
    for &(p, m) in r.panels.iter().filter(|(_, m)| *m != 1) {
        let rows = rows_with(&buf, p.x + 1, p.right() - 1, Modifier::REVERSED);
        assert!(rows.iter().all(|&y| y <= p.y || y >= p.bottom()), "member {m}: {rows:?}");
    }
    // Members without a figure in a comparison: named once on one dimmed line, no bar, never
    // a row each.
    let text = ui::render_text(&a);
    let lines: Vec<&str> = text.lines().collect();
    let (y, line) =
        lines.iter().enumerate().find(|(_, l)| l.contains("No figure: ")).expect("{text}");
    assert!(line.contains("Health, Education, Housing safety"), "{line}");
    assert!(!line.chars().any(|c| "█▏▎▍▌▋▊▉".contains(c)), "a bar for no figure: {line}");
    let x = line.find("No figure").map(|b| line[..b].chars().count()).unwrap();
    assert!(buf[(x as u16, y as u16)].modifier.contains(Modifier::DIM), "dimmed");
    assert!(!text.contains("no figure"), "{text}");
    // One count, meaning one thing: the group's name goes with all its figures (as in the
    // member list), and the panel of the figures in no member is "Overall".
    assert!(text.contains("┌ Overall · 1 ") && !text.contains("Six relief programs · 1"), "{text}");
}

#[test]
fn a_comparison_gives_its_bars_rows_before_the_members_without_a_figure() {
    // At 80x24 the money chart has two rows inside: both go to its two bars, not one to
    // "No figure: …" and one to "+2 more" with no bar at all.
    let group =
        1 + data::embedded().unwrap().sections.iter().position(|s| !s.members.is_empty()).unwrap();
    for (lang, none) in [(Lang::En, "No figure: "), (Lang::Zh, "无数字：")] {
        let mut a = app(lang, (80, 24));
        apply(&mut a, &[Action::GoTab(Tab::Section(group - 1))]);
        let text = screen(&a);
        let lines: Vec<&str> = text.lines().collect();
        // The text from cell `col` on, for `n` cells (Chinese characters take two).
        let from_cell = |line: &str, col: usize, n: usize| -> String {
            let mut at = 0;
            let mut out = String::new();
            for c in line.chars() {
                if at >= col && at < col + n {
                    out.push(c);
                }
                at += ui::text::width(c.encode_utf8(&mut [0; 4]));
            }
            out
        };
        let mut seen = 0;
        for (n, line) in lines.iter().enumerate().filter(|(_, l)| l.contains(none)) {
            for (b, _) in line.match_indices(none) {
                // In the same cells: the row above holds a bar.
                let col = ui::text::width(&line[..b]);
                let above = from_cell(lines[n - 1], col, 38);
                assert!(
                    above.contains(['█', '▏', '▎', '▍', '▌', '▋', '▊', '▉']),
                    "{lang:?}:\n{text}"
                );
                seen += 1;
            }
        }
        assert!(lang == Lang::En || seen > 0, "no comparison chart at 80x24:\n{text}");
    }
}
