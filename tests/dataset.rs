//! The shipped dataset: every figure of the report, with its unit and qualifier; and the schema.

use relief_dash::data::{self, Dataset, Qualifier as Q};

fn shipped() -> Dataset {
    data::embedded().expect("the embedded dataset loads")
}

/// Every figure of the report, checked by hand against the source text.
const EXPECTED: &[(&str, f64, &str, Q)] = &[
    ("grassroots_plan_length", 3.0, "year", Q::Exact), // 三年行动计划
    ("joint_party_committees", 4.0, "committee", Q::Exact), // 4个村级联合党委
    ("first_secretaries", 46.0, "person", Q::Exact),   // 46名 驻村第一书记
    ("revitalization_advisers", 34.0, "person", Q::Exact), // 34名 乡村振兴指导员
    ("village_clerks", 100.0, "person", Q::AtLeast),   // 100余名
    ("village_clerk_age_limit", 35.0, "age_years", Q::AtMost), // 35岁以下
    ("graduate_village_officials", 24.0, "person", Q::Exact), // 24名大学生村官
    ("cadres_sent_down", 1065.0, "person", Q::Exact),  // 1065名党员干部
    ("villages_paired_with_units", 216.0, "village", Q::Exact), // 216个村居
    ("paired_enterprises", 12.0, "enterprise", Q::Exact), // 12家企业
    ("paired_villages", 8.0, "village", Q::Exact),     // 8个村
    ("collective_pilot_villages", 12.0, "village", Q::Exact), // 12个试点村
    ("collective_pilot_funds", 720.0, "wan_yuan", Q::Exact), // 720万元
    ("collective_pilot_return", 7.0, "percent_per_year", Q::AtLeast), // 不低于7%
    ("tourism_households", 300.0, "household", Q::AtLeast), // 300多户
    ("tourism_farmers", 1000.0, "person", Q::Nearly),  // 近1000名
    ("tourism_projects", 33.0, "project", Q::Exact),   // 33项
    ("tourism_investment", 83982.5, "wan_yuan", Q::About), // 约83982.5万元
    ("registered_poor_households", 0.0, "household", Q::Exact), // 0户
    ("households_lifted", 241.0, "household", Q::Exact), // 241户
    ("people_lifted", 838.0, "person", Q::Exact),      // 838人
    ("designated_share_lifted", 100.0, "percent", Q::Exact), // 全部脱贫
    ("relief_program_count", 6.0, "program", Q::Exact), // 六大扶贫工程
    ("training_areas", 4.0, "area", Q::Exact),         // 4个片区
    ("cadres_trained", 400.0, "person", Q::AtLeast),   // 400多名
    ("training_session_number", 4.0, "session", Q::Exact), // 第四场
    ("suping_villages", 61.0, "village", Q::Exact),    // 61个乡村
    ("suping_cadres", 130.0, "person", Q::AtLeast),    // 130多名
    ("microcredit_loan_cap", 5.0, "wan_yuan_per_household", Q::AtMost), // 5万元以内
    ("microcredit_term_cap", 3.0, "year", Q::AtMost),  // 3年以内
    ("microcredit_households", 5.0, "household", Q::Exact), // 放款5户
    ("microcredit_disbursed", 23.0, "wan_yuan", Q::Exact), // 23万元
    ("public_welfare_jobs", 62.0, "person", Q::Exact), // 62名
    ("dibao_standard_before", 5544.0, "yuan_per_person_year", Q::Exact), // 5544元
    ("dibao_standard_after", 7920.0, "yuan_per_person_year", Q::Exact), // 7920元
    ("dibao_paid", 249.37, "wan_yuan", Q::Exact),      // 249.37万元
];

#[test]
fn every_figure_of_the_report_is_there_with_value_unit_and_qualifier() {
    let d = shipped();
    let given = d.indicators.iter().filter(|i| i.more().formula.is_none()).count();
    assert_eq!(given, EXPECTED.len(), "no extra or missing indicators");
    for &(id, value, unit, qualifier) in EXPECTED {
        let ind = d.indicators.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!((ind.value, ind.unit.code(), ind.qualifier), (value, unit, qualifier), "{id}");
    }
}

#[test]
fn sections_follow_the_report() {
    let d = shipped();
    let top: Vec<&str> = d.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        top,
        [
            "party_building",
            "enterprise_pairing",
            "rural_tourism",
            "poverty_outcomes",
            "cadre_training",
            "relief_programs"
        ]
    );
    let programs = d.section("relief_programs").unwrap();
    let members: Vec<&str> = programs.members.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        members,
        ["industry", "employment", "social_security", "health", "education", "housing_safety"]
    );
    for silent in ["health", "education", "housing_safety"] {
        assert!(d.indicators.iter().all(|i| i.section != silent), "{silent} has no figures");
        let s = d.section(silent).unwrap();
        assert!(s.summary.as_ref().unwrap().en().contains("no figures"), "{silent} says so");
        assert!(!s.points.is_empty(), "{silent} names its policies");
    }
}

#[test]
fn dates_the_report_gives_are_kept() {
    let d = shipped();
    let as_of = |id: &str| {
        let i = d.indicators.iter().find(|i| i.id == id).unwrap();
        i.as_of.as_ref().map(|p| relief_dash::words::period(p, relief_dash::Lang::En))
    };
    assert_eq!(as_of("first_secretaries").as_deref(), Some("since 2017"));
    assert_eq!(as_of("designated_share_lifted").as_deref(), Some("at 2019-09-30"));
    assert_eq!(as_of("people_lifted"), None, "the report does not date it");
    assert_eq!(as_of("dibao_standard_after").as_deref(), Some("since 2019-04"));
    assert_eq!(as_of("dibao_paid").as_deref(), Some("during 2019"));
    assert_eq!(d.meta.published, "2020-06-01T11:07+08:00");
}

#[test]
fn the_checked_in_schema_matches_the_types() {
    let schema = serde_json::to_string_pretty(&schemars::schema_for!(Dataset)).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/dataset.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &schema).unwrap();
    }
    let checked_in = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        checked_in == schema,
        "data/dataset.schema.json is out of date: run `UPDATE_SCHEMA=1 cargo test --test dataset`"
    );
}

#[test]
fn normalized_json_export_loads_back_identically() {
    let d = shipped();
    let mut out = Vec::new();
    relief_dash::export::write_json(&d, &mut out).unwrap();
    let again = data::parse("export.json", &out).unwrap();
    assert_eq!(again, d);
}

#[test]
fn the_format_document_lists_every_library_unit_and_dimension() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/README.md")).unwrap();
    for u in relief_dash::data::Unit::all_library() {
        assert!(doc.contains(&format!("| `{}` |", u.code())), "data/README.md lacks {}", u.code());
    }
    for d in relief_dash::data::Dimension::ALL {
        assert!(doc.contains(&format!("`{}`", d.code())), "data/README.md lacks {d:?}");
    }
}

#[test]
fn version_1_files_load_unchanged_and_export_as_version_2() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/good/other-region.json");
    let v1 = data::load_path(std::path::Path::new(path)).unwrap();
    assert_eq!(v1.format_version, 1);
    let mut out = Vec::new();
    relief_dash::export::write_json(&v1, &mut out).unwrap();
    let v2 = data::parse("export.json", &out).unwrap();
    assert_eq!(v2.format_version, 2);
    assert_eq!((v2.sections, v2.indicators), (v1.sections, v1.indicators));
}

#[test]
fn the_average_loan_is_derived_and_shown_with_its_formula() {
    let d = shipped();
    let avg = d.indicators.iter().find(|i| i.id == "average_loan").unwrap();
    assert_eq!((avg.value, avg.unit.code()), (4.6, "wan_yuan_per_household"));
    assert_eq!(avg.qualifier, Q::Exact);
    let f = relief_dash::words::formula(&d, avg, relief_dash::Lang::Zh).unwrap();
    assert_eq!(f, "23万元 ÷ 5户 = 4.6万元/户");
    let f = relief_dash::words::formula(&d, avg, relief_dash::Lang::En).unwrap();
    assert_eq!(f, "230,000 yuan ÷ 5 households = 46,000 yuan/household");
    // Never written back as a figure of the report.
    let mut out = Vec::new();
    relief_dash::export::write_json(&d, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> =
        v["indicators"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
    assert!(!ids.contains(&"average_loan"));
    assert_eq!(v["derived"][0]["id"], "average_loan");
    let mut csv = Vec::new();
    relief_dash::export::write_csv(&d, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    // CSV: a row of its own, marked derived, with its formula.
    let row = csv.lines().find(|l| l.starts_with("average_loan,")).unwrap();
    assert!(
        row.ends_with(",derived,\"230,000 yuan ÷ 5 households = 46,000 yuan/household\""),
        "{row}"
    );
    assert_eq!(csv.lines().count(), 38, "{csv}");
}
