//! `relief-dash import`: the shipped table as CSV, xlsx and ods gives the same datasets, the
//! committed library is exactly its import, and bad tables are refused with every problem at
//! its row and column, writing nothing.
//!
//! Each `tests/fixtures/tables/bad/NAME.csv` has the exact standard error it must give in
//! `NAME.expected`. Set `UPDATE_FIXTURES=1` to rewrite the expectations (then review the diff).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TABLE: &str = "data/tables/rural-poverty-regions.csv";
const LIBRARY: &str = "data/library/rural-poverty";
const FILES: [&str; 4] = ["cn-c.json", "cn-e.json", "cn-w.json", "cn.json"];

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("relief-dash-import-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    dir
}

fn import(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_relief-dash")).arg("import").args(args).output().unwrap()
}

/// The files of a folder, by name, with their bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fs::read(&p).unwrap()))
        .collect();
    out.sort();
    out
}

/// The datasets of a table, imported in memory, by file name.
fn imported(table: &str) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = relief_dash::import::import(Path::new(table), None)
        .unwrap_or_else(|p| panic!("{table}: {p:?}"))
        .into_iter()
        .map(|o| (o.file, o.bytes))
        .collect();
    out.sort();
    out
}

#[test]
fn the_shipped_table_imports_to_four_datasets_that_pass_check() {
    let dir = scratch("shipped");
    let out = import(&[TABLE, "-o", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = files(&dir);
    assert_eq!(written.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), FILES);
    let mut figures = 0;
    for (name, _) in &written {
        let d = relief_dash::data::load_path(&dir.join(name)).unwrap();
        figures += d.indicators.len();
        // Every figure keeps where it was read.
        assert!(
            d.indicators.iter().all(|i| i.more().source.as_ref().is_some_and(|s| s.url.is_some()))
        );
    }
    assert_eq!(figures, 33);
    let cn = relief_dash::data::load_path(&dir.join("cn.json")).unwrap();
    assert_eq!(cn.meta.region.code.as_deref(), Some("CN"));
    assert!(cn.meta.region.children_complete);
    assert_eq!(cn.meta.published, "2020-01-25");
    let east = relief_dash::data::load_path(&dir.join("cn-e.json")).unwrap();
    assert_eq!(east.meta.region.parent.as_deref(), Some("CN"));
    assert!(!east.meta.region.children_complete);
    let check = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(["check", dir.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_xlsx_and_ods_tables_import_to_the_same_bytes_as_the_csv() {
    let csv = imported(TABLE);
    assert_eq!(csv.len(), 4);
    for book in ["xlsx", "ods"] {
        let path = format!("tests/fixtures/tables/rural-poverty-regions.{book}");
        assert!(imported(&path) == csv, "{book} differs from the CSV");
    }
    // Through the binary, naming the sheet.
    let dir = scratch("xlsx");
    let xlsx = "tests/fixtures/tables/rural-poverty-regions.xlsx";
    let out = import(&[xlsx, "--sheet", "figures", "-o", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(files(&dir) == csv);
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_sheet_is_refused_with_the_workbooks_sheets() {
    let dir = scratch("sheet");
    let ods = "tests/fixtures/tables/rural-poverty-regions.ods";
    let out = import(&[ods, "--sheet", "nope", "-o", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "{ods}: no sheet is named \"nope\" (its sheets: \"figures\", \"notes\")\n\
             {ods}: 1 problem; nothing written\n"
        )
    );
    assert!(!dir.exists());
}

#[test]
fn each_bad_table_gives_every_problem_at_its_row_and_column_and_writes_nothing() {
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut failures = Vec::new();
    let mut paths: Vec<PathBuf> = fs::read_dir("tests/fixtures/tables/bad")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 8, "{paths:?}");
    for path in paths {
        let dir = scratch(&path.file_stem().unwrap().to_string_lossy());
        let out = import(&[path.to_str().unwrap(), "-o", dir.to_str().unwrap()]);
        let got = String::from_utf8(out.stderr).unwrap();
        let expected_path = path.with_extension("expected");
        if update {
            fs::write(&expected_path, &got).unwrap();
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!(
                "{}:\n  expected: {expected:?}\n  got:      {got:?}",
                path.display()
            ));
        }
        if out.status.code() != Some(1) {
            failures.push(format!("{}: exit {:?}", path.display(), out.status.code()));
        }
        if dir.exists() {
            failures.push(format!("{}: wrote {}", path.display(), dir.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn files_already_there_are_kept_without_force() {
    let dir = scratch("force");
    let d = dir.to_str().unwrap();
    assert!(import(&[TABLE, "-o", d]).status.success());
    let before = files(&dir);
    fs::write(dir.join("cn-w.json"), "mine").unwrap();
    let out = import(&[TABLE, "-o", d]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cn-w.json") && err.contains("--force"), "{err}");
    assert_eq!(fs::read_to_string(dir.join("cn-w.json")).unwrap(), "mine");
    let out = import(&[TABLE, "-o", d, "--force"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(files(&dir) == before, "no temporary file is left");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_shipped_library_is_exactly_the_import_of_the_shipped_table() {
    let want = imported(TABLE);
    let have = files(Path::new(LIBRARY));
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&have), names(&want), "{LIBRARY} holds other files than the import");
    for ((name, have), (_, want)) in have.iter().zip(&want) {
        assert!(
            have == want,
            "{LIBRARY}/{name} differs from the import of {TABLE}: run \
             `relief-dash import {TABLE} -o {LIBRARY} --force`"
        );
    }
}

#[test]
fn the_shipped_library_opens_on_the_dashboard() {
    let out = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(["render", LIBRARY, "--size", "100x30", "--lang", "en"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("[1/4]"), "{screen}");
}
