//! The command line as a user runs it: exit codes, messages, standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(args)
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn check_of_the_embedded_dataset_from_any_directory() {
    let out = run(&["check"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok: 36 indicators in 12 sections\n");
}

#[test]
fn check_of_a_bad_file_prints_every_problem_and_exits_1() {
    let path = fixture("bad/many_problems.json");
    let out = run(&["check", &path], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 4, "{err}");
    assert!(err.lines().all(|l| l.starts_with(&format!("{path}:"))), "{err}");
}

#[test]
fn check_reads_standard_input() {
    let good = std::fs::read(fixture("good/other-region.json")).unwrap();
    let out = run(&["check", "-"], Some(&good));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ok: 4 indicators in 4 sections\n");
    let out = run(&["check", "-"], Some(b"{"));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("<stdin>:1:"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["check", "--nope"], None).status.code(), Some(2));
    assert_eq!(run(&["export", "--format", "xml"], None).status.code(), Some(2));
}

#[test]
fn hostile_text_in_messages_is_escaped() {
    let out = run(&["check", "-"], Some(b"{\"format_version\":1,\"\x1b[2J\x07\":1}"));
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.iter().any(|&b| b == 0x1b || b == 0x07), "{:?}", out.stderr);
    let out = run(&["check", "-"], Some("{\"format_version\":1,\"\u{202e}\u{9b}\":1}".as_bytes()));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains('\u{202e}') && !err.contains('\u{9b}'), "{err}");
}

#[test]
fn export_json_and_csv() {
    let out = run(&["export", "--format", "json"], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["indicators"].as_array().unwrap().len(), 36);
    let out = run(&["export", &fixture("good/other-region.json"), "--format", "csv"], None);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
}
