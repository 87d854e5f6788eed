//! Every number trustworthy: derived figures that say they are derived, shown to the precision
//! their inputs carry; the format's version-2 additions (nearly, ranges, dates to the month,
//! declared dimensions, annual growth) read and shown as the report gives them.

mod common;

use common::apply;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab};
use relief_dash::data::{self, Dataset};
use relief_dash::{ui, words};

fn additions() -> Dataset {
    data::load_path(std::path::Path::new("tests/fixtures/good/v2-additions.json")).unwrap()
}

fn figure<'a>(d: &'a Dataset, id: &str) -> &'a data::Indicator {
    d.indicators.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("{id}"))
}

/// The details of figure `id` of tab `tab`, as the popup shows them.
fn details(d: &Dataset, tab: usize, id: &str, lang: Lang) -> String {
    let mut a = App::new(d.clone(), lang, (120, 40));
    apply(&mut a, &[Action::GoTab(Tab::Section(tab))]);
    let row = a.visible().iter().position(|&i| a.data().indicators[i].id == id).unwrap();
    apply(&mut a, &[Action::Select(row), Action::OpenDetail]);
    ui::render_text(&a)
}

#[test]
fn annual_growth_is_computed_from_the_dates_as_the_report_states_it() {
    let d = additions();
    let g = figure(&d, "income_growth");
    assert_eq!(g.unit.code(), "percent_per_year");
    assert!((g.value - 29.210_952_643).abs() < 1e-6, "{}", g.value);
    assert_eq!(words::indicator_value(g, Lang::En), "= 29.2 %/year");
    assert_eq!(words::indicator_value(g, Lang::Zh), "= 29.2%/年");
    let f = words::formula(&d, g, Lang::En).unwrap();
    assert_eq!(
        f,
        "(10,740 yuan/person/year ÷ 2,982 yuan/person/year)^(1/5 years) − 1 = 29.2 %/year"
    );
}

#[test]
fn derived_values_are_shown_to_their_inputs_precision_and_in_full_in_the_details() {
    let d = additions();
    let share = figure(&d, "lifted_share");
    assert_eq!(share.value, 56.875);
    assert_eq!(words::indicator_value(share, Lang::En), "= 56.9 %");
    assert_eq!(words::full_value(share, Lang::En).as_deref(), Some("56.875 %"));
    let text = details(&d, 0, "lifted_share", Lang::En);
    assert!(text.contains("Full value: 56.875 %"), "{text}");
}

#[test]
fn the_details_of_a_derived_figure_say_relief_dash_computed_it_in_both_languages() {
    let d = data::embedded().unwrap();
    let industry = d.sections.iter().position(|s| s.members.iter().any(|m| m.id == "industry"));
    let tab = industry.unwrap();
    let en = details(&d, tab, "average_loan", Lang::En);
    for want in [
        "= 46,000 yuan/household",
        "Derived by relief-dash, not given in the report",
        "Formula: 230,000 yuan ÷ 5 households = 46,000 yuan/household",
        "Microcredit lent: 230,000 yuan (microcredit_disbursed)",
        "Households with loans: 5 households (microcredit_households)",
        "Its inputs are from:",
    ] {
        assert!(en.contains(want), "{want}:\n{en}");
    }
    assert!(!en.contains("Source:"), "the report is not the figure's source:\n{en}");
    let zh = details(&d, tab, "average_loan", Lang::Zh);
    for want in
        ["由 relief-dash 推算,报道未直接给出", "算式: 23万元 ÷ 5户 = 4.6万元/户", "所用数字来源"]
    {
        assert!(zh.contains(want), "{want}:\n{zh}");
    }
}

#[test]
fn a_figure_that_cannot_be_computed_says_why() {
    let mut d = additions();
    let text = serde_json::to_string(&d).unwrap();
    // Make the share's divisor "at least": a lower bound on the divisor and an exact figure
    // still give a bound; an "about" one with it does not.
    let text = text.replacen(
        "\"value\":91,\"unit\":\"household\",\"qualifier\":\"exact\"",
        "\"value\":91,\"unit\":\"household\",\"qualifier\":\"about\"",
        1,
    );
    let text = text.replacen(
        "\"value\":160,\"unit\":\"household\",\"qualifier\":\"exact\"",
        "\"value\":160,\"unit\":\"household\",\"qualifier\":\"at_least\"",
        1,
    );
    d = data::parse("mixed.json", text.as_bytes()).unwrap();
    let share = figure(&d, "lifted_share");
    assert_eq!(words::indicator_value(share, Lang::En), "= not computable");
    let shown = details(&d, 0, "lifted_share", Lang::En);
    assert!(
        shown.contains("Not computable: it mixes an approximate figure with a bound"),
        "{shown}"
    );
}

#[test]
fn nearly_ranges_month_dates_and_declared_dimensions_read_as_the_report_gives_them() {
    let d = additions();
    let en = |id| words::indicator_value(figure(&d, id), Lang::En);
    let zh = |id| words::indicator_value(figure(&d, id), Lang::Zh);
    assert_eq!(en("rural_poor"), "nearly 100 million people");
    assert_eq!(zh("rural_poor"), "近1亿人");
    assert_eq!(en("subsidy_range"), "30,000–50,000 yuan/household");
    assert_eq!(zh("subsidy_range"), "3至5万元/户");
    assert_eq!(en("projects_range"), "1–2 projects");
    assert_eq!(en("cities_covered"), "14 cities");
    assert_eq!(zh("cities_covered"), "14个市");
    assert_eq!(en("funds_per_county"), "= 25,000,000 yuan/county");
    // A sum of a range is a range, exact.
    assert_eq!(zh("funds_total"), "= 2.0003至2.0005亿元");
    assert_eq!(d.meta.published, "2015-12");
    let mut a = App::new(d.clone(), Lang::Zh, (100, 30));
    apply(&mut a, &[Action::GoTab(Tab::Section(1))]);
    let text = ui::render_text(&a);
    assert!(text.contains("2015年12月") && text.contains("░"), "a range is drawn as one:\n{text}");
}

#[test]
fn a_version_1_file_cannot_use_version_2_qualifiers_or_dates() {
    let text = std::fs::read_to_string("tests/fixtures/good/other-region.json").unwrap();
    let nearly = text.replacen("\"qualifier\": \"about\"", "\"qualifier\": \"nearly\"", 1);
    let e = data::parse("v1.json", nearly.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("qualifier: needs format_version 2"), "{e}");
    let month = text.replacen("\"published\": \"2021-03-15\"", "\"published\": \"2021-03\"", 1);
    let e = data::parse("v1.json", month.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("meta.published: needs format_version 2"), "{e}");
}

#[test]
fn export_keeps_seventeen_significant_digits_exactly() {
    let d = data::embedded().unwrap();
    let mut json = Vec::new();
    relief_dash::export::write_json(&d, &mut json).unwrap();
    let text = String::from_utf8(json).unwrap();
    // The dibao standard, in yuan per person and year: any value up to 10^15.
    let text = text.replacen("\"value\": 5544\n", "\"value\": 999999999999999.9\n", 1);
    assert!(text.contains("999999999999999.9"));
    let again = data::parse("big.json", text.as_bytes()).unwrap();
    let mut out = Vec::new();
    relief_dash::export::write_json(&again, &mut out).unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("\"value\": 999999999999999.9\n"), "the value shifted in export");
}

#[test]
fn a_figure_may_go_without_a_note_but_not_with_half_of_one() {
    let text = std::fs::read_to_string("tests/fixtures/good/v2-additions.json").unwrap();
    let none = text.replacen(
        "\"note\": {\n        \"zh\": \"测试。\",\n        \"en\": \"Test.\"\n      },\n",
        "",
        1,
    );
    assert_ne!(none, text);
    let d = data::parse("no-note.json", none.as_bytes()).unwrap();
    assert!(figure(&d, "rural_poor").note.is_empty());
    let shown = details(&d, 0, "rural_poor", Lang::En);
    assert!(shown.contains("rural_poor") && !shown.contains("Note: "), "{shown}");
    let half = text.replacen("\"en\": \"Test.\"", "\"en\": \"\"", 1);
    let e = data::parse("half.json", half.as_bytes()).unwrap_err();
    assert!(e.to_string().contains("note.en: is empty"), "{e}");
}

#[test]
fn the_details_of_a_drafted_figure_say_where_in_the_report_it_was_found() {
    // Drafted by `relief-dash draft tests/fixtures/reports/county.txt`.
    let d = data::load_path(std::path::Path::new("tests/fixtures/good/draft.json")).unwrap();
    let tab = d.sections.iter().position(|s| s.id == "outcomes").unwrap();
    let en = details(&d, tab, "f003", Lang::En);
    for want in ["Drafted from: line 7, column 42", "  带动建档立卡贫困户1,280户增收"] {
        assert!(en.contains(want), "{want}:\n{en}");
    }
    let zh = details(&d, tab, "f003", Lang::Zh);
    assert!(zh.contains("草稿出处: 第7行第42列"), "{zh}");
    insta::assert_snapshot!("draft_detail_en_120x40", en);
    insta::assert_snapshot!("draft_detail_zh_120x40", zh);
    // A figure drafted from a table row keeps no words of its own: only its place.
    let industry = d.sections.iter().position(|s| s.id == "industry").unwrap();
    let f001 = details(&d, industry, "f001", Lang::En);
    let lines: Vec<&str> = f001.lines().collect();
    // (the popup's own columns: the section's pane of the selected figure is beside it)
    let at = lines.iter().position(|l| l.contains("│Drafted from: line 7, column 16 ")).unwrap();
    let col = lines[at].find("│Drafted from").map(|b| lines[at][..b].chars().count()).unwrap();
    let next: String = lines[at + 1].chars().skip(col + 1).take(40).collect();
    assert_eq!(next.trim(), "", "{f001}");
}
