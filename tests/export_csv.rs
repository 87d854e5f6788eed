//! CSV export: the header, one row per indicator, and cells that are safe in a spreadsheet.

use relief_dash::data::{self, Dataset};
use relief_dash::export::{CSV_HEADER, write_csv};

fn csv_of(d: &Dataset) -> String {
    let mut out = Vec::new();
    write_csv(d, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn records(text: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(text.as_bytes()).records().map(|r| r.unwrap()).collect()
}

#[test]
fn header_and_one_row_per_figure_derived_ones_marked() {
    let d = data::embedded().unwrap();
    let text = csv_of(&d);
    assert_eq!(text.lines().next().unwrap(), CSV_HEADER.join(","));
    let rows = records(&text);
    assert_eq!(rows.len(), d.indicators.len(), "one row per figure, derived ones too");
    let given = d.indicators.iter().filter(|i| i.more().formula.is_none()).count();
    assert!(rows[..given].iter().all(|r| r[10].is_empty()), "the report's figures first");
    let average = rows.iter().find(|r| &r[0] == "average_loan").unwrap();
    assert_eq!((&average[4], &average[10]), ("4.6", "derived"));
    assert_eq!(&average[11], "230,000 yuan ÷ 5 households = 46,000 yuan/household");
    let funds = rows.iter().find(|r| &r[0] == "collective_pilot_funds").unwrap();
    assert_eq!(&funds[4], "720");
    assert_eq!(&funds[5], "wan_yuan");
    let invest = rows.iter().find(|r| &r[0] == "tourism_investment").unwrap();
    assert_eq!((&invest[4], &invest[6]), ("83982.5", "about"));
}

#[test]
fn formulas_are_neutralised_and_quotes_round_trip() {
    let mut d = data::embedded().unwrap();
    d.indicators[0].label.set_en("=HYPERLINK(\"x\")");
    d.indicators[0].label.set_zh("+1");
    d.indicators[1].label.set_en("@SUM(A1:A9)");
    d.indicators[1].label.set_zh("-2");
    d.indicators[2].label.set_en("a, \"quoted\", label");
    d.indicators[2].note.set_en("line one\nline two");
    let rows = records(&csv_of(&d));
    assert_eq!(&rows[0][3], "'=HYPERLINK(\"x\")");
    assert_eq!(&rows[0][2], "'+1");
    assert_eq!(&rows[1][3], "'@SUM(A1:A9)");
    assert_eq!(&rows[1][2], "'-2");
    assert_eq!(&rows[2][3], "a, \"quoted\", label");
    assert_eq!(&rows[2][8], "line one\nline two");
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
    }
}
