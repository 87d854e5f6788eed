//! End to end: the real binary in a pseudo-terminal, driven by keys and the mouse.

mod pty;

use pty::{Pty, fixture_good, with_value};

/// The column of `label` on screen row `row`, counted in cells.
fn column_of(screen: &str, row: usize, label: &str) -> u16 {
    let line = screen.lines().nth(row).unwrap();
    let byte = line.find(label).unwrap();
    unicode_width::UnicodeWidthStr::width(&line[..byte]) as u16
}

#[test]
fn keys_mouse_resize_and_quit_restore_the_terminal() {
    let script = r#""$BIN"; echo "EXIT:$?"; stty -a; echo STTY-END"#;
    let mut t = Pty::spawn(script, 100, 30, &[]);
    t.wait_text("1 Overview");
    assert!(t.with_screen(|s| s.alternate_screen()), "dashboard uses the alternate screen");

    // Tab 2 by digit, move down twice, open details.
    t.send(b"2");
    t.wait_text("Figures (9)");
    t.send(b"jj");
    t.send(b"\r");
    t.wait_text("Details: Resident first secretaries");
    t.send(b"\x1b");
    t.wait_for("details to close", |s| !s.contains("Details:"));

    // Language switch and back.
    t.send(b"L");
    t.wait_text("党建引领");
    t.send(b"L");
    t.wait_text("Party building");

    // Help overlay from the key table.
    t.send(b"?");
    t.wait_text("previous member of a group");
    t.send(b"?");
    t.wait_for("help to close", |s| !s.contains("previous member of a group"));

    // Filter by text, then clear it.
    t.send(b"/clerk");
    t.wait_text("Figures (2)");
    t.send(b"\x1b");
    t.wait_text("Figures (9)");

    // A mouse click on the "3 Enterprise pairing" tab (SGR encoding, 1-based).
    let screen = t.screen();
    let x = column_of(&screen, 1, "3 Enterprise") + 2;
    t.send(format!("\x1b[<0;{x};2M\x1b[<0;{x};2m").as_bytes());
    t.wait_text("Figures (5)");

    // Resize: smaller than the layout supports, then back.
    t.resize(40, 10);
    t.wait_text("needs at least 50×14");
    t.resize(100, 30);
    t.wait_text("Figures (5)");

    // Quit, and the terminal is as it was.
    t.send(b"q");
    let after = t.wait_text("EXIT:0");
    t.wait_text("STTY-END");
    let stty = t.screen();
    t.assert_restored();
    assert!(stty.contains(" icanon") && stty.contains(" echo"), "cooked mode again:\n{after}");
}

#[test]
fn no_mouse_leaves_the_mouse_alone_and_ctrl_c_quits() {
    let mut t = Pty::spawn(r#""$BIN" --no-mouse --lang zh; echo "EXIT:$?""#, 80, 24, &[]);
    t.wait_text("1 总览");
    assert_eq!(t.with_screen(|s| s.mouse_protocol_mode()), vt100::MouseProtocolMode::None);
    t.send(b"\x03");
    t.wait_text("EXIT:0");
}

#[test]
fn a_bad_file_exits_1_with_a_message_and_no_screen_change() {
    let bad = format!("{}/tests/fixtures/bad/many_problems.json", env!("CARGO_MANIFEST_DIR"));
    let t = Pty::spawn(&format!(r#""$BIN" '{bad}'; echo "EXIT:$?""#), 120, 30, &[]);
    let screen = t.wait_text("EXIT:1");
    assert!(screen.contains("indicators[0].value: -1 is negative"), "{screen}");
    assert!(!t.with_screen(|s| s.alternate_screen()));
}

/// A fresh folder holding a copy of the good fixture as `d.json`; returns (folder, file).
fn dataset_copy(tag: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("relief-dash-e2e-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("d.json");
    std::fs::copy(fixture_good(), &file).unwrap();
    (dir, file)
}

#[test]
fn live_reload_follows_edits_and_never_loses_the_last_good_data() {
    let (dir, file) = dataset_copy("watch");
    let mut t = Pty::spawn(&format!(r#""$BIN" '{}'"#, file.display()), 110, 30, &[]);
    t.wait_text("1 Overview");
    t.send(b"2");
    t.wait_text("≈12,500 people");

    // valid edit
    std::fs::write(&file, with_value("13000")).unwrap();
    t.wait_text("≈13,000 people");

    // invalid edit: the old data stays, with a banner naming file:line:col and path
    std::fs::write(&file, with_value("-1")).unwrap();
    let s = t.wait_text("Reload failed (1 problem)");
    assert!(s.contains("≈13,000 people"), "{s}");
    assert!(s.contains("indicators[0].value"), "{s}");

    // valid again: new data, banner gone
    std::fs::write(&file, with_value("14000")).unwrap();
    t.wait_for("14,000 without banner", |s| s.contains("≈14,000") && !s.contains("Reload failed"));

    // an editor's save: write a new file, rename it over the old one
    let tmp = dir.join(".d.json.swp");
    std::fs::write(&tmp, with_value("15000")).unwrap();
    std::fs::rename(&tmp, &file).unwrap();
    t.wait_text("≈15,000 people");

    // deleted: banner, data kept; created again: watching resumes
    std::fs::remove_file(&file).unwrap();
    let s = t.wait_text("no such file");
    assert!(s.contains("≈15,000 people"), "{s}");
    std::fs::write(&file, with_value("16000")).unwrap();
    t.wait_for("16,000 without banner", |s| s.contains("≈16,000") && !s.contains("Reload failed"));

    // briefly empty, then half-written, then complete
    std::fs::write(&file, "").unwrap();
    t.wait_text("Reload failed");
    let full = with_value("17000");
    std::fs::write(&file, &full.as_bytes()[..full.len() / 2]).unwrap();
    std::fs::write(&file, &full).unwrap();
    t.wait_for("17,000 without banner", |s| s.contains("≈17,000") && !s.contains("Reload failed"));
    assert!(t.screen().contains("2 Safe water"), "the tab was kept");

    t.send(b"q");
    assert!(t.wait_exit());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn with_no_watch_r_reloads_by_hand() {
    let (dir, file) = dataset_copy("manual");
    let mut t = Pty::spawn(&format!(r#""$BIN" --no-watch '{}'"#, file.display()), 100, 30, &[]);
    t.wait_text("≈12,500 people");
    std::fs::write(&file, with_value("21000")).unwrap();
    t.send(b"r");
    t.wait_text("≈21,000 people");
    t.send(b"q");
    assert!(t.wait_exit());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_panic_restores_the_terminal_before_the_message() {
    let script = r#""$BIN"; echo "EXIT:$?"; stty -a; echo STTY-END"#;
    let t =
        Pty::spawn(script, 100, 30, &[("RELIEF_DASH_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")]);
    t.wait_text("EXIT:101");
    let screen = t.wait_text("STTY-END");
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    let restored = raw.find("\x1b[?1049l").expect("alternate screen left");
    let message = raw.find("panic requested by RELIEF_DASH_TEST_PANIC").expect("message printed");
    assert!(restored < message, "the terminal is restored before the panic message");
    // Restored exactly once: nothing after the message moves the cursor back over it.
    assert!(!raw[message..].contains("\x1b[?1049l"), "a second restore after the message");
    assert!(
        screen.contains("panic requested by RELIEF_DASH_TEST_PANIC"),
        "message visible:\n{screen}"
    );
    t.assert_restored();
    assert!(screen.contains(" icanon") && screen.contains(" echo"), "cooked mode again:\n{screen}");
}

#[test]
fn keys_remapped_in_the_config_file_act_and_show_in_footer_and_help() {
    let dir = std::env::temp_dir().join(format!("relief-dash-keys-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("keys.toml");
    std::fs::write(&config, "[keys]\nquit = \"x\"\nfilter = [\"f\", \"F3\"]\n").unwrap();
    let script = format!(r#""$BIN" --config '{}'; echo "EXIT:$?""#, config.display());
    let mut t = Pty::spawn(&script, 100, 50, &[]); // tall enough for the whole help
    let s = t.wait_text("x quit");
    assert!(s.contains("f filter") && !s.contains("q quit"), "footer:\n{s}");
    t.send(b"q"); // no longer quits: the next key still reaches the dashboard
    t.send(b"?");
    let s = t.wait_text("f / F3");
    assert!(s.contains("filter by text"), "help:\n{s}");
    t.send(b"?f");
    t.wait_text("Filter: ");
    t.send(b"\x1b"); // leave the filter
    t.wait_for("the filter closed", |s| !s.contains("Filter: "));
    t.send(b"x");
    t.wait_text("EXIT:0");
    t.assert_restored();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn each_of_several_files_is_watched_and_a_bad_one_never_touches_the_others() {
    let (dir, first) = dataset_copy("many");
    let second = dir.join("e.json");
    std::fs::copy(fixture_good(), &second).unwrap();
    std::fs::write(dir.join("notes.txt"), "ignored").unwrap();
    let script = format!(r#""$BIN" '{}'; echo "EXIT:$?""#, dir.display());
    let mut t = Pty::spawn(&script, 140, 30, &[]);
    t.wait_text("[1/2]");
    // The file not shown is broken: it keeps its last good version, marked in the list.
    std::fs::write(&second, "{").unwrap();
    t.send(b"o");
    t.wait_text("last good version kept");
    let s = t.screen();
    assert!(s.contains("1/2  d.json  ok"), "the shown file is untouched:\n{s}");
    // Fixed again: ok, and it can be shown.
    std::fs::copy(fixture_good(), &second).unwrap();
    t.wait_for("both ok", |s| s.contains("2/2  e.json  ok"));
    t.send(b"j\r");
    t.wait_text("[2/2]");
    // The file shown changes: it is read again (the value edited shows).
    std::fs::write(&second, with_value("4321")).unwrap();
    t.wait_text("4,321");
    t.send(b"q");
    t.wait_text("EXIT:0");
    t.assert_restored();
    let _ = first;
    std::fs::remove_dir_all(&dir).unwrap();
}
