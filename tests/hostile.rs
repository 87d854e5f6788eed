//! Hostile datasets: every one is rejected with a clear error or shown safely, and no byte of a
//! dataset reaches the terminal as a control sequence (checked on the raw bytes of `render`,
//! `export` and the live app).

mod pty;

use std::process::Command;

use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, update};
use relief_dash::data::{self, ErrorKind, load::MAX_BYTES};
use relief_dash::safe::is_unsafe_char;

const SHOWN_SAFELY: &str = "tests/fixtures/hostile/shown-safely.json";

fn bin(args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_relief-dash")).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// Plain-text output: no control character but newline, no bidi or C1 character.
fn assert_plain(what: &str, bytes: &[u8]) {
    let text = std::str::from_utf8(bytes).unwrap_or_else(|e| panic!("{what}: not UTF-8: {e}"));
    if let Some(c) = text.chars().find(|&c| c != '\n' && is_unsafe_char(c)) {
        panic!("{what}: U+{:04X} in output", c as u32);
    }
}

#[test]
fn zero_width_emoji_combining_long_labels_and_minus_zero_load() {
    let d = data::load_path(std::path::Path::new(SHOWN_SAFELY)).unwrap();
    assert_eq!(d.indicators[0].label.en().chars().count(), 10_000);
    assert_eq!(d.indicators[1].value.to_bits(), 0.0f64.to_bits(), "-0 reads as 0");
}

#[test]
fn render_and_export_write_no_control_bytes() {
    let d = data::load_path(std::path::Path::new(SHOWN_SAFELY)).unwrap();
    let mut tabs = vec!["overview".to_string()];
    tabs.extend(d.all_sections().map(|(s, _)| s.id.clone()));
    for tab in &tabs {
        for size in ["80x24", "120x40", "30x10", "200x60"] {
            for lang in ["zh", "en"] {
                let args = ["render", SHOWN_SAFELY, "--tab", tab, "--size", size, "--lang", lang];
                assert_plain(&format!("{args:?}"), &bin(&args));
            }
        }
    }
    for popup in ["detail", "help"] {
        let args = ["render", SHOWN_SAFELY, "--size", "120x40", "--popup", popup];
        assert_plain(popup, &bin(&args));
    }
    for format in ["csv", "json"] {
        assert_plain(format, &bin(&["export", SHOWN_SAFELY, "--format", format]));
    }
}

#[test]
fn every_tab_of_the_hostile_dataset_at_many_sizes() {
    let d = data::load_path(std::path::Path::new(SHOWN_SAFELY)).unwrap();
    let mut a = App::new(d, Lang::En, (0, 0));
    for tab in 0..a.catalog().tab_count() {
        for member in 0..a.catalog().member_count(Tab::from_index(tab)) {
            for act in [Action::GoTab(Tab::from_index(tab)), Action::GoMember(member)] {
                update(&mut a, act);
            }
            for (w, h) in
                (0..=200).step_by(7).flat_map(|w| (0..=60).step_by(5).map(move |h| (w, h)))
            {
                update(&mut a, Action::Resize(w, h));
                let text = relief_dash::ui::render_text(&a);
                assert!(!text.chars().any(|c| c != '\n' && is_unsafe_char(c)));
            }
        }
    }
}

#[test]
fn a_hundred_thousand_indicators_load_and_render() {
    let d = relief_synth::generate(100_000, 1);
    let mut json = Vec::new();
    relief_dash::export::write_json(&d, &mut json).unwrap();
    let d = data::parse("big.json", &json).unwrap();
    assert_eq!(d.indicators.len(), 100_000);
    // 120x24: the charts of a section of about 400 figures do not all fit (at 120x40 each
    // of its charts, of at most 30 figures, now fits whole).
    let mut a = App::new(d, Lang::Zh, (120, 24));
    for act in [Action::GoTab(Tab::from_index(3)), Action::End, Action::OpenDetail] {
        update(&mut a, act);
    }
    let text = relief_dash::ui::render_text(&a);
    assert!(text.contains("figure_") || text.contains("第"), "{text}");
    update(&mut a, Action::Close);
    let text = relief_dash::ui::render_text(&a);
    assert!(text.contains("项未显示"), "charts say how many bars are not shown:\n{text}");
}

#[test]
fn a_200_megabyte_file_is_refused() {
    let dir = std::env::temp_dir().join(format!("relief-dash-200mb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.json");
    std::fs::File::create(&path).unwrap().set_len(200 * 1024 * 1024).unwrap();
    let e = data::load_path(&path).unwrap_err();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        matches!(e.kind, ErrorKind::TooLarge { size, limit } if size > limit && limit == MAX_BYTES)
    );
}

/// Every escape sequence in the live app's output is one the program itself writes (CSI or a
/// charset/keypad selection), never an OSC, DCS or a dataset's bytes; no BEL, NUL, C1 or bidi.
fn assert_terminal_safe(raw: &[u8]) {
    let text = String::from_utf8_lossy(raw);
    for (i, c) in text.char_indices() {
        match c {
            '\u{1b}' => {
                let next = text[i + 1..].chars().next();
                assert!(
                    matches!(next, Some('[' | '(' | ')' | '7' | '8' | '=' | '>')),
                    "ESC followed by {next:?} at {i}: {:?}",
                    &text[i..(i + 20).min(text.len())]
                );
            }
            '\r' | '\n' | '\u{8}' => {}
            c if is_unsafe_char(c) => panic!("U+{:04X} written to the terminal at {i}", c as u32),
            _ => {}
        }
    }
}

#[test]
fn the_live_app_writes_no_dataset_control_sequence() {
    let path = format!("{}/{SHOWN_SAFELY}", env!("CARGO_MANIFEST_DIR"));
    let mut t = pty::Pty::spawn(&format!(r#""$BIN" --no-watch '{path}'"#), 120, 40, &[]);
    t.wait_text("1 Overview");
    t.send(b"2");
    t.wait_text("Figures (3)");
    t.send(b"\r");
    t.wait_text("Details:");
    t.send(b"\x1b");
    t.wait_for("details closed", |s| !s.contains("Details:"));
    t.send(b"L");
    t.wait_text("饮水");
    t.send(b"3");
    t.wait_text("│管网");
    t.send(b"q");
    assert!(t.wait_exit());
    assert_terminal_safe(&t.raw());
}
