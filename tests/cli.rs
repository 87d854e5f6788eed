//! The command line as a user runs it: exit codes, messages, standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent/relief-dash-tests")
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
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ok: 36 indicators and 1 derived in 12 sections\n"
    );
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
fn check_of_drafts_places_each_field_to_do_or_counts_them_without_failing() {
    let dir = std::env::temp_dir().join(format!("relief-dash-todo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // A file name with a control character is shown escaped on every line.
    let draft = dir.join("draft\u{1b}.json");
    std::fs::copy(fixture("good/draft.json"), &draft).unwrap();
    let (draft, good) = (draft.to_str().unwrap(), fixture("good/other-region.json"));
    let shown = draft.replace('\u{1b}', "\\u{1b}");
    let out = run(&["check", draft, &good], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains(&format!("\n{shown}:34:66: f001 label.en: to do\n")), "{text}");
    assert!(text.contains(&format!("\n{shown}: to do: 31 fields still to complete\n")), "{text}");
    assert!(text.ends_with(&format!("{good}: ok: 4 indicators in 4 sections\n")), "{text}");
    let out = run(&["check", "--summary", draft, &good], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 1 + 11 + 1 + 1, "{text}");
    assert!(text.contains(&format!("\n{shown}: to do: label.en: 11\n")), "{text}");
    // A dataset with nothing to do says only that it is ok.
    assert_eq!(
        run(&["check", "--summary", &good], None).stdout,
        b"ok: 4 indicators in 4 sections\n"
    );
    std::fs::remove_dir_all(&dir).unwrap();
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
fn check_and_export_take_several_files_and_folders() {
    let dir = std::env::temp_dir().join(format!("relief-dash-many-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["pingtan-2020.json", "xialong-village-2017.json"] {
        std::fs::copy(format!("{}/data/{f}", env!("CARGO_MANIFEST_DIR")), dir.join(f)).unwrap();
    }
    std::fs::write(dir.join("notes.txt"), "not a dataset").unwrap();
    let d = dir.to_str().unwrap();
    let out = run(&["check", d], None);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 2, "one line per dataset, notes.txt ignored:\n{text}");
    assert!(text.starts_with(&format!("{d}/pingtan-2020.json: ok: 36 indicators")), "{text}");
    // A bad file among good ones: the good are still reported, and the exit code is 1.
    let bad = fixture("bad/bad_date.json");
    let out = run(&["check", d, &bad], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(&format!("{bad}:")));
    // CSV of several: a dataset column first, every figure of each.
    let out = run(&["export", d], None);
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(csv.starts_with("dataset,id,section,"), "{csv}");
    // Pingtan's derived figure is a row of its own, marked derived.
    assert_eq!(csv.lines().count(), 1 + 36 + 1 + 24);
    assert!(csv.lines().last().unwrap().starts_with(&format!("{d}/xialong-village-2017.json,")));
    let out = run(&["export", d, "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn render_compares_several_reports_and_a_bad_one_fails_after_the_others_are_shown() {
    let data = format!("{}/data", env!("CARGO_MANIFEST_DIR"));
    let out = run_bounded(&[
        "render",
        &data,
        "--tab",
        "compare",
        "--series",
        "people_lifted_out_of_poverty",
        "--size",
        "120x20",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("[1/4] Caohugou"),
        "Caohugou, national, Pingtan, Xialong in name order: {text}"
    );
    // A bar per report: its date and region, then the bar and its value (the title names
    // the unit, people).
    let bar = |from: &str, value: &str| {
        text.lines().any(|l| l.contains(from) && l.contains('█') && l.contains(value))
    };
    assert!(
        bar("│2016 · Xialong village", " 164") && bar("│2020-06-01 · Pingtan", " 838"),
        "{text}"
    );
    let bad = fixture("bad/bad_date.json");
    let out = run_bounded(&["render", &data, &bad, "--size", "120x20"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("[1/5] Caohugou"));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(&format!("{bad}:")));
    // Usage: compare needs two reports; a series must exist.
    let one = format!("{data}/pingtan-2020.json");
    assert_eq!(run_bounded(&["render", &one, "--tab", "compare"]).status.code(), Some(2));
    let out = run_bounded(&["render", &data, "--tab", "compare", "--series", "nope"]);
    assert_eq!(out.status.code(), Some(2));
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

/// Runs the binary without waiting for ever: a hang fails the test instead of stalling it.
fn run_bounded(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent/relief-dash-tests")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("relief-dash {args:?} hung");
        }
        std::thread::park_timeout(std::time::Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn a_fifo_or_device_is_refused_at_once() {
    let dir = std::env::temp_dir().join(format!("relief-dash-fifo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("f.json");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let fifo = fifo.to_str().unwrap();
    for (args, what) in [
        (vec!["check", fifo], "is a FIFO (named pipe), not a regular file"),
        (vec!["export", fifo], "is a FIFO (named pipe), not a regular file"),
        (vec!["render", fifo], "is a FIFO (named pipe), not a regular file"),
        (vec!["check", "/dev/zero"], "is a character device, not a regular file"),
    ] {
        let out = run_bounded(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with(&format!("{}: {what}", args[1])), "{args:?}: {err}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn render_sizes_above_the_limit_are_usage_errors() {
    for size in ["65535x65535", "1001x10", "10x1001"] {
        let out = run_bounded(&["render", "--size", size]);
        assert_eq!(out.status.code(), Some(2), "{size}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("larger than the largest frame, 1000x1000"), "{err}");
    }
    let out = run_bounded(&["render", "--size", "1000x3"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn argument_errors_echo_no_escape_sequence() {
    let hostile = "b\u{1b}]0;PWNED\u{7}.json";
    for args in [
        vec!["--theme", hostile],
        vec!["--lang", hostile],
        vec!["render", "--size", hostile],
        vec!["render", "--popup", hostile],
    ] {
        let out = run_bounded(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.bytes().any(|b| b == 0x1b || b == 0x07), "{err:?}");
        assert!(err.contains("b\\u{1b}]0;PWNED\\u{7}.json"), "{err}");
    }
    let out = run_bounded(&["check", hostile]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.bytes().any(|b| b == 0x1b || b == 0x07), "{err:?}");
}

#[test]
fn an_unknown_tab_or_figure_is_a_usage_error() {
    let out = run_bounded(&["render", "--tab", "nonexistent"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no tab \"nonexistent\""));
    let out = run_bounded(&["render", "--tab", "party_building", "--select", "999999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--select 999999: this view has 9"));
}

#[test]
fn the_too_small_screen_always_shows_the_size_needed() {
    for size in ["20x10", "20x1", "12x3", "49x13", "5x2"] {
        let out = run_bounded(&["render", "--size", size, "--lang", "en"]);
        let text = String::from_utf8_lossy(&out.stdout);
        let shown = text.contains("50×14") || (size == "5x2" && text.contains("50×1"));
        assert!(shown, "{size}:\n{text}");
    }
    let out = run_bounded(&["render", "--size", "20x10", "--lang", "zh"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("50×14"));
}

#[test]
fn a_dumb_terminal_or_no_terminal_is_refused_with_a_reason() {
    let out = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .env("TERM", "dumb")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("TERM=dumb cannot show the dashboard"));
    assert!(out.stdout.is_empty(), "nothing written to the terminal");
    let out = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .env("TERM", "xterm")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a terminal"));
}

#[test]
fn the_details_of_a_figure_with_a_baseline_show_the_change() {
    let out = run_bounded(&[
        "render",
        "--tab",
        "social_security",
        "--select",
        "2",
        "--popup",
        "detail",
        "--size",
        "120x30",
        "--lang",
        "en",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Change: 5,544 yuan/person/year → 7,920 yuan/person/year: +2,376"),
        "{text}"
    );
    assert!(text.contains("(+42.9 %)") && text.contains("Series: rural_dibao_standard"), "{text}");
}

#[test]
fn completions_for_bash_zsh_and_fish_come_from_the_command_line_definition() {
    for shell in ["bash", "zsh", "fish"] {
        let out = run_bounded(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8_lossy(&out.stdout);
        for word in ["check", "export", "render", "completions", "no-watch"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    // bash accepts the script and completes the subcommands from it.
    let bin = env!("CARGO_BIN_EXE_relief-dash");
    let probe = format!(
        r#"source <("{bin}" completions bash) && COMP_WORDS=(relief-dash re) && COMP_CWORD=1 && _relief__dash relief-dash re relief-dash && echo "${{COMPREPLY[@]}}""#
    );
    let out = Command::new("bash").args(["-c", &probe]).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("render"), "{out:?}");
}

#[test]
fn the_manual_page_is_roff_and_names_every_command() {
    let out = run_bounded(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.contains(".TH relief-dash 1"), "{page}");
    for word in ["check", "export", "render", "completions", "\\-\\-no\\-watch"] {
        assert!(page.contains(word), "the man page lacks {word}");
    }
    // No page it names is missing: each command is in this one, with its own options.
    assert!(!page.contains("relief\\-dash\\-check(1)"), "names pages that do not exist");
    for section in
        [".SH COMMANDS", ".SH KEYS", ".SH CONFIGURATION", ".SH ENVIRONMENT", ".SH EXIT STATUS"]
    {
        assert!(page.contains(section), "the man page lacks {section}");
    }
    assert!(
        page.contains(".SS \"relief\\-dash check\"") && page.contains("\\-\\-strict"),
        "{page}"
    );
    assert!(page.contains("LC_MESSAGES") && page.contains("128+N"), "{page}");
}

#[test]
fn themes_are_chosen_by_name() {
    for theme in ["dark", "light", "high-contrast", "mono"] {
        assert_eq!(run_bounded(&["render", "--theme", theme]).status.code(), Some(0), "{theme}");
    }
    let out = run_bounded(&["render", "--theme", "neon"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("high-contrast"));
}

#[test]
fn a_config_file_sets_language_theme_and_scale_and_a_bad_one_is_refused() {
    let dir = std::env::temp_dir().join(format!("relief-dash-config-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("relief-dash")).unwrap();
    let good = dir.join("relief-dash/config.toml");
    std::fs::write(&good, "lang = \"zh\"\ntheme = \"light\"\nlog_scale = true\n").unwrap();
    let good_s = good.to_str().unwrap();
    let frame = |out: Output| String::from_utf8_lossy(&out.stdout).into_owned();
    let zh = frame(run_bounded(&["render", "--config", good_s, "--size", "100x30"]));
    assert!(zh.contains("1 总览") && zh.contains("对数"), "{zh}");
    let en =
        frame(run_bounded(&["render", "--config", good_s, "--lang", "en", "--size", "100x30"]));
    assert!(en.contains("1 Overview") && en.contains("log scale"), "the option wins:\n{en}");
    // The platform's config directory ($XDG_CONFIG_HOME on Linux) is read by default.
    let out = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(["render", "--size", "100x30"])
        .env("XDG_CONFIG_HOME", &dir)
        .output()
        .unwrap();
    assert!(frame(out).contains("1 总览"));
    // A bad file: FILE:LINE:COL: message and exit 1, whichever command reads it.
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "theme = \"light\"\nlang = \"fr\"\n").unwrap();
    let bad_s = bad.to_str().unwrap();
    let out = run_bounded(&["render", "--config", bad_s]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with(&format!("{bad_s}:2:8: unknown variant `fr`")), "{err}");
    let out = run_bounded(&["render", "--config", "/nonexistent/relief.toml"]);
    assert_eq!(out.status.code(), Some(1));
    // `config --print` writes the defaults as a commented file.
    let out = run_bounded(&["config", "--print"]);
    let text = frame(out);
    assert!(text.starts_with("# relief-dash configuration") && text.contains("# theme = \"dark\""));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unreadable_default_configuration_is_a_warning_and_the_defaults_are_used() {
    let home = std::env::temp_dir().join(format!("relief-dash-cfg-{}", std::process::id()));
    let dir = home.join("relief-dash");
    std::fs::create_dir_all(dir.join("config.toml")).unwrap(); // a folder where the file goes
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(["render", "--size", "80x24"])
        .env("XDG_CONFIG_HOME", &home)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&home).unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning:") && err.contains("using the defaults"), "{err}");
}

#[test]
fn global_options_work_before_a_command() {
    let out = run(&["--lang", "zh", "render", "--size", "80x24"], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("总览"));
    let out = run(&["--config", "/nonexistent/c.toml", "check"], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_json_schema_beside_the_datasets_is_left_out_with_a_note() {
    // What a shell user types: data/*.json names the format's schema too.
    let root = env!("CARGO_MANIFEST_DIR");
    let files: Vec<String> =
        ["caohugou-village-2020.json", "dataset.schema.json", "national-funds-2020.json"]
            .iter()
            .map(|f| format!("{root}/data/{f}"))
            .collect();
    let mut args = vec!["check"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args, None);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}{stderr}");
    assert_eq!(stdout.lines().filter(|l| l.contains(": ok: ")).count(), 2, "{stdout}");
    assert_eq!(
        stderr.trim(),
        format!(
            "relief-dash: {root}/data/dataset.schema.json: a JSON Schema, not a dataset: left out"
        )
    );
}

#[test]
fn render_takes_the_tab_bars_own_numbers() {
    let by_number = run(&["render", "--tab", "2", "--size", "80x24"], None);
    let by_id = run(&["render", "--tab", "party_building", "--size", "80x24"], None);
    assert!(by_number.status.success());
    assert_eq!(by_number.stdout, by_id.stdout);
    let library = concat!(env!("CARGO_MANIFEST_DIR"), "/data/library/rural-poverty");
    let out = run(&["render", library, "--tab", "5", "--size", "80x24"], None);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Table (4)"));
    let out = run(&["render", "--tab", "99"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--tab 99: the tabs are numbered 1 to 9")
    );
    let out = run(&["render", "--tab", "nope"], None);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("use overview, compare, table or one of")
    );
}

#[test]
fn a_missing_file_is_worded_alike_by_draft_and_check_and_config_says_when_it_has_none() {
    let draft = run(&["draft", "/nonexistent/report.txt"], None);
    let check = run(&["check", "/nonexistent/report.txt"], None);
    assert_eq!(
        String::from_utf8_lossy(&draft.stderr).trim(),
        "relief-dash: /nonexistent/report.txt: no such file"
    );
    assert!(
        String::from_utf8_lossy(&check.stderr).contains("/nonexistent/report.txt: no such file")
    );
    // The tests' configuration folder does not exist: config says the defaults are in use.
    let config = run(&["config"], None);
    assert_eq!(
        String::from_utf8_lossy(&config.stdout).trim(),
        "/nonexistent/relief-dash-tests/relief-dash/config.toml (no such file: the defaults are \
         in use; `relief-dash config --print` writes them)"
    );
}

#[test]
fn the_readme_gives_the_rust_version_cargo_toml_asks_for_and_what_the_dashboard_opens() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let manifest = std::fs::read_to_string(format!("{root}/Cargo.toml")).unwrap();
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = "))
        .map(|v| v.trim_matches('"'))
        .expect("Cargo.toml sets rust-version");
    assert!(readme.contains(&format!("Rust ({version} or newer")), "README's Rust version");
    // `cargo run --release` opens the shipped reports: as many as the README says.
    let shipped = relief_dash::data::shipped::SHIPPED.len();
    let words = ["", "one", "two", "three", "four", "five", "six"];
    assert!(readme.contains(&format!("opens the {} shipped reports", words[shipped])), "README");
    assert!(readme.contains(&format!("`[1/{shipped}]`")), "README");
}

#[test]
fn compare_details_name_a_shipped_report_by_its_file_not_an_internal_path() {
    for (lang, copy) in [("en", ", shipped copy)"), ("zh", "，内置副本)")] {
        let args = ["--lang", lang, "render", "--size", "120x40", "--tab", "compare"];
        let out = run_bounded(&[&args[..], &["--popup", "detail"]].concat());
        let screen = String::from_utf8_lossy(&out.stdout);
        assert!(!screen.contains("<embedded"), "{screen}");
        assert!(screen.contains(&format!("(pingtan-2020.json{copy}")), "{screen}");
    }
}
