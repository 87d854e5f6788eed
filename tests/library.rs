//! A library of many reports: one watcher for them all, the resources the user shares with
//! other programs, and the edges of many files (an empty folder, one that cannot be listed,
//! hard links).

mod pty;

use std::path::{Path, PathBuf};
use std::process::Command;

use pty::{Pty, fixture_good, with_value};

/// A fresh folder for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("relief-dash-lib-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_relief-dash"));
    c.env("XDG_CONFIG_HOME", "/nonexistent/relief-dash-tests").env("LANG", "C.UTF-8");
    c
}

/// How many inotify instances a process holds, and how many threads it runs.
fn inotify_and_threads(pid: u32) -> (usize, usize) {
    let inotify = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| {
                    std::fs::read_link(e.path())
                        .is_ok_and(|t| t.to_string_lossy().contains("inotify"))
                })
                .count()
        })
        .unwrap_or(0);
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let threads = status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    (inotify, threads)
}

/// The per-user limit on inotify instances (128 on most systems).
fn instance_limit() -> usize {
    std::fs::read_to_string("/proc/sys/fs/inotify/max_user_instances")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(128)
}

#[test]
fn more_files_than_the_user_may_have_inotify_instances_take_one_and_leave_the_rest() {
    let dir = TempDir::new("many");
    let n = instance_limit() + 22;
    let good = std::fs::read_to_string(fixture_good()).unwrap();
    for i in 0..n {
        std::fs::write(dir.0.join(format!("r{i:04}.json")), &good).unwrap();
    }
    let mut t = Pty::spawn(&format!("exec \"$BIN\" '{}'", dir.0.display()), 120, 30, &[]);
    t.wait_text(&format!("[1/{n}]"));
    let pid = t.pid();
    let (inotify, threads) = inotify_and_threads(pid);
    assert!(inotify <= 2, "{inotify} inotify instances for {n} files");
    assert!(threads <= 8, "{threads} threads for {n} files");
    // Another program can still watch files.
    let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
    assert!(fd >= 0, "another program could not get an inotify instance");
    unsafe { libc::close(fd) };
    // And the last file is still watched: a change to it is read.
    t.send(b"o");
    t.send(b"G");
    t.send(b"\r");
    t.wait_text(&format!("[{n}/{n}]"));
    t.send(b"2");
    t.wait_text("≈12,500 people");
    std::fs::write(dir.0.join(format!("r{:04}.json", n - 1)), with_value("16000")).unwrap();
    t.wait_text("≈16,000 people");
    t.send(b"q");
    assert!(t.wait_exit());
}

#[test]
fn an_empty_folder_says_it_holds_no_dataset_everywhere() {
    let dir = TempDir::new("empty");
    for cmd in [&["check"][..], &["export"], &["render"]] {
        let out = bin().args(cmd).arg(&dir.0).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{cmd:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("holds no dataset"), "{cmd:?}: {err}");
        assert!(out.stdout.is_empty(), "{cmd:?} wrote {:?}", String::from_utf8_lossy(&out.stdout));
    }
    let t = Pty::spawn(&format!("\"$BIN\" '{}'; echo EXIT=$?", dir.0.display()), 100, 20, &[]);
    let s = t.wait_text("EXIT=");
    assert!(s.contains("holds no dataset") && s.contains("EXIT=1"), "{s}");
}

#[test]
fn a_hard_link_to_a_file_is_read_once() {
    let dir = TempDir::new("hardlink");
    let a = dir.0.join("a.json");
    std::fs::copy(fixture_good(), &a).unwrap();
    std::fs::hard_link(&a, dir.0.join("b.json")).unwrap();
    let out = bin().arg("check").arg(&dir.0).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().filter(|l| l.contains(": ok:")).count(), 0, "one file: {text}");
    assert!(text.starts_with("ok: "), "{text}");
}

#[test]
fn a_folder_that_cannot_be_listed_says_permission_denied() {
    // Root reads every folder: nothing to show as root.
    if unsafe { libc::geteuid() } == 0 {
        let probe = TempDir::new("probe");
        let locked = probe.0.join("locked");
        std::fs::create_dir(&locked).unwrap();
        set_mode(&locked, 0o311);
        if std::fs::read_dir(&locked).is_ok() {
            set_mode(&locked, 0o755);
            eprintln!("running as root: every folder can be listed; not measured");
            return;
        }
    }
    let dir = TempDir::new("locked");
    let locked = dir.0.join("locked");
    std::fs::create_dir(&locked).unwrap();
    set_mode(&locked, 0o311);
    let out = bin().arg("check").arg(&locked).output().unwrap();
    set_mode(&locked, 0o755);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("permission denied"), "{err}");
}

fn set_mode(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// A one-section dataset of region `region` with the figures given as JSON objects.
fn dataset(region: &str, published: &str, figures: &[&str]) -> relief_dash::data::Dataset {
    let text = format!(
        r#"{{"format_version": 2, "meta": {{"title": {{"zh": "测试", "en": "Test"}},
        "region": {{"zh": "{region}", "en": "{region}"}}, "outlet": {{"zh": "测试", "en": "Test"}},
        "publisher": {{"zh": "测试", "en": "Test"}}, "published": "{published}",
        "url": "https://example.org/", "source_title": {{"zh": "测试", "en": "Test"}}}},
        "sections": [{{"id": "s", "title": {{"zh": "部分", "en": "Part"}}}}],
        "indicators": [{}]}}"#,
        figures.join(",")
    );
    relief_dash::data::parse("t.json", text.as_bytes()).unwrap()
}

fn figure(id: &str, value: u32, unit: &str, extra: &str) -> String {
    format!(
        r#"{{"id": "{id}", "section": "s", "label": {{"zh": "脱贫", "en": "Lifted"}},
        "note": {{"zh": "测试。", "en": "Test."}}, "value": {value}, "unit": "{unit}",
        "qualifier": "exact", "series": "lifted"{extra}}}"#
    )
}

fn compare_app(reports: Vec<relief_dash::data::Dataset>) -> relief_dash::app::App {
    use relief_dash::app::{Action, App, Report, Tab, update};
    let lib: Vec<Report> = reports
        .iter()
        .enumerate()
        .map(|(i, d)| Report::new(format!("r{i}.json"), Ok(d.clone())))
        .collect();
    let mut a = App::new(reports[0].clone(), relief_dash::Lang::En, (120, 30)).with_library(lib, 0);
    update(&mut a, Action::GoTab(Tab::Compare));
    a
}

#[test]
fn one_key_in_two_dimensions_is_two_series_told_apart_and_each_reachable() {
    let a = dataset(
        "Hevalley",
        "2020-01-01",
        &[&figure("p", 100, "person", ""), &figure("h", 30, "household", "")],
    );
    let b = dataset(
        "Hevalley",
        "2021-01-01",
        &[&figure("p", 120, "person", ""), &figure("h", 35, "household", "")],
    );
    let app = compare_app(vec![a.clone(), b.clone()]);
    let text = relief_dash::ui::render_text(&app);
    // The dimension tells the two apart; the key is not needed for it.
    assert!(text.contains("│Lifted · People ") && text.contains("│Lifted · Households "), "{text}");
    let dir = TempDir::new("twokeys");
    for (n, d) in [a, b].iter().enumerate() {
        let mut json = Vec::new();
        relief_dash::export::write_json(d, &mut json).unwrap();
        std::fs::write(dir.0.join(format!("r{n}.json")), json).unwrap();
    }
    let out = bin()
        .args(["render", "--tab", "compare", "--series", "lifted:households", "--size", "120x20"])
        .arg(&dir.0)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let bar = |v: &str| text.lines().any(|l| l.contains("Hevalley █") && l.contains(v));
    assert!(text.contains("┌ Households ") && bar(" 30 ") && bar(" 35│"), "{text}");
}

#[test]
fn a_period_and_a_date_are_not_compared_and_say_why() {
    let period = r#", "as_of": {"from": "2016", "to": "2020"}"#;
    let a = dataset("Hevalley", "2020-06-01", &[&figure("p", 900, "person", period)]);
    let b = dataset(
        "Hevalley",
        "2021-01-01",
        &[&figure("p", 120, "person", r#", "as_of": {"kind": "at", "date": "2021-01-01"}"#)],
    );
    let mut app = compare_app(vec![a, b]);
    let text = relief_dash::ui::render_text(&app);
    assert!(text.contains("│2016–2020 · Hevalley"), "the period as a period:\n{text}");
    assert!(text.contains("Not compared: 2016–2020 is a period and 2021-01-01 a date"), "{text}");
    assert!(!text.contains("+"), "no change computed:\n{text}");
    // The log scale says so in the chart's title, and the footer offers it.
    assert!(text.contains("s log scale"), "{text}");
    relief_dash::app::update(&mut app, relief_dash::app::Action::ToggleLog);
    let text = relief_dash::ui::render_text(&app);
    assert!(text.contains("People · log scale"), "{text}");
}
