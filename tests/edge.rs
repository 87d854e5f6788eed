//! The terminal edge, as a user meets it in a real (pseudo-)terminal: signals, suspend and
//! resume, redraw, paste, reloads off the UI thread, special files, watching that stops and
//! comes back, and a program that stops reading its file once idle.

mod pty;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::AccessKind;
use notify::{EventKind, RecursiveMode, Watcher};
use pty::{Pty, fixture_good, kill, with_value};

/// A fresh folder for one test, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let dir =
            std::env::temp_dir().join(format!("relief-dash-edge-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    /// A copy of the good fixture in the folder.
    fn dataset(&self, name: &str) -> PathBuf {
        let file = self.0.join(name);
        std::fs::copy(fixture_good(), &file).unwrap();
        file
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn quoted(p: &Path) -> String {
    format!("'{}'", p.display())
}

#[test]
fn each_terminating_signal_restores_the_terminal_and_exits_128_plus_its_number() {
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let script = r#""$BIN"; echo "EXIT:$?"; stty -a; echo STTY-END"#;
        let t = Pty::spawn(script, 100, 30, &[]);
        t.wait_text("1 Overview");
        assert!(t.with_screen(|s| s.bracketed_paste()), "bracketed paste on while running");
        kill(t.program_pid(), signal);
        t.wait_text(&format!("EXIT:{}", 128 + number));
        let stty = t.wait_text("STTY-END");
        t.assert_restored();
        assert!(stty.contains(" icanon") && stty.contains(" echo"), "SIG{signal}: {stty}");
    }
}

#[test]
fn ctrl_z_and_tstp_hand_a_clean_terminal_to_the_shell_and_fg_redraws_everything() {
    let mut t = Pty::shell(100, 30);
    t.send(b"\"$BIN\"\r");
    t.wait_text("1 Overview");
    let pid = t.program_pid();
    for (how, stop) in
        [("Ctrl-Z", None), ("kill -TSTP", Some("TSTP")), ("kill -STOP", Some("STOP"))]
    {
        match stop {
            None => t.send(b"\x1a"),
            Some(signal) => kill(pid, signal),
        }
        t.wait_text("Stopped");
        // bash sets the terminal up (discarding typed-ahead input), then prompts.
        t.wait_for("the prompt", |s| s.trim_end().ends_with('$'));
        if stop != Some("STOP") {
            // SIGSTOP cannot be caught: the program cannot tidy up, the shell does.
            t.assert_restored_for_a_shell();
        }
        // The typed command reads STTY-$((1))-END; only its output reads STTY-1-END.
        t.send(b"stty -a; echo STTY-$((1))-END\r");
        let s = t.wait_text("STTY-1-END");
        assert!(s.contains(" icanon") && s.contains(" echo"), "{how}: cooked mode:\n{s}");
        t.send(b"clear; fg\r");
        // Every row of the dashboard is drawn again: header, tabs, cards, footer.
        let s = t.wait_for("a full redraw", |s| {
            s.contains("1 Overview") && s.contains("? help") && s.contains("Resident first")
        });
        assert!(t.with_screen(|s| s.alternate_screen()), "{how}: alternate screen again");
        assert!(t.with_screen(|s| s.hide_cursor()), "{how}: cursor hidden again");
        assert!(!s.contains("Stopped"), "{how}: the shell's text is gone:\n{s}");
        // Raw mode again: a key acts at once, without Enter.
        t.send(b"2");
        t.wait_text("Figures (9)");
        t.send(b"1");
        t.wait_for("overview", |s| !s.contains("Figures (9)"));
    }
    t.send(b"q");
    t.wait_for("the prompt", |s| s.trim_end().ends_with('$'));
    t.assert_restored_for_a_shell();
}

#[test]
fn ctrl_l_redraws_a_screen_another_program_wrote_over() {
    let mut t = Pty::spawn(r#""$BIN""#, 100, 30, &[]);
    t.wait_text("1 Overview");
    t.feed_screen(b"\x1b[2J\x1b[5;5HGARBAGE FROM ELSEWHERE");
    t.send(b"\x0c");
    let s = t.wait_for("a full redraw", |s| {
        s.contains("1 Overview") && s.contains("? help") && !s.contains("GARBAGE")
    });
    assert!(s.contains("Resident first"), "{s}");
    t.send(b"q");
    assert!(t.wait_exit());
}

#[test]
fn pasted_text_goes_into_an_open_filter_and_never_runs_as_keys() {
    let mut t = Pty::spawn(r#""$BIN"; echo "EXIT:$?""#, 100, 30, &[]);
    t.wait_text("1 Overview");
    // Filter open: the paste is text, its line break dropped.
    t.send(b"/");
    t.send(b"\x1b[200~x\nq\x1b[201~");
    t.wait_text("): xq");
    // The filter stays open for more typing, and the app is still running in English.
    t.send(b"z");
    let s = t.wait_text("): xqz");
    assert!(s.contains("1 Overview"), "{s}");
    t.send(b"\x1b");
    t.wait_for("filter cleared", |s| !s.contains("Filter"));
    // Filter closed: a paste does nothing at all (no language switch, tab change or quit).
    t.send(b"\x1b[200~people\nLs2q\x1b[201~");
    t.send(b"?");
    let s = t.wait_text("previous member of a group");
    assert!(s.contains("[1/4] Pingt") && !s.contains("平潭"), "still in English:\n{s}");
    t.send(b"?");
    t.wait_for("help closed", |s| !s.contains("previous member of a group"));
    // 60 KB at once: capped at 200 characters, and the next key still acts.
    t.send(b"/");
    let big = format!("\x1b[200~{}\x1b[201~", "ab\n".repeat(20_000));
    t.send(big.as_bytes());
    let s = t.wait_text("matches): abab");
    assert!(!s.contains("): ab\n"), "{s}");
    t.send(b"\x1b");
    t.wait_for("filter cleared", |s| !s.contains("Filter"));
    t.send(b"q");
    t.wait_text("EXIT:0");
}

/// Counts opens of `file` while `during` runs.
fn opens_of(file: &Path, during: impl FnOnce()) -> usize {
    let (tx, rx) = mpsc::channel();
    let mut w = notify::recommended_watcher(move |e| {
        let _ = tx.send(e);
    })
    .unwrap();
    w.watch(file.parent().unwrap(), RecursiveMode::NonRecursive).unwrap();
    during();
    drop(w);
    rx.try_iter()
        .filter_map(Result::ok)
        .filter(|e| matches!(e.kind, EventKind::Access(AccessKind::Open(_))))
        .filter(|e| e.paths.iter().any(|p| p == file))
        .count()
}

/// Watches a window of time with no input: an observation, not a wait for a condition.
fn quiet_period(d: Duration) {
    let start = Instant::now();
    while start.elapsed() < d {
        std::thread::park_timeout(d - start.elapsed());
    }
}

#[test]
fn after_reloads_an_idle_dashboard_opens_its_file_no_more() {
    let dir = TempDir::new("idle");
    let file = dir.dataset("d.json");
    let mut t = Pty::spawn(&format!(r#""$BIN" {}"#, quoted(&file)), 110, 30, &[]);
    t.wait_text("1 Overview");
    t.send(b"2");
    t.wait_text("≈12,500 people");
    // A change on disk, then `r` twice, then a touch: four reloads.
    std::fs::write(&file, with_value("13000")).unwrap();
    t.wait_text("≈13,000 people");
    t.send(b"r");
    t.send(b"r");
    std::fs::write(&file, with_value("14000")).unwrap();
    t.wait_text("≈14,000 people");
    t.wait_for("loading done", |s| !s.contains("Loading"));
    // Let any read already under way finish, then count opens while nothing happens.
    quiet_period(Duration::from_millis(600));
    let opens = opens_of(&file, || quiet_period(Duration::from_millis(2000)));
    assert_eq!(opens, 0, "the idle dashboard opened its file {opens} times in 2 s");
    t.send(b"q");
    assert!(t.wait_exit());
}

#[test]
fn a_reload_of_a_big_file_never_holds_up_a_key() {
    let dir = TempDir::new("big");
    let file = dir.dataset("d.json");
    let big = dir.0.join("big.json");
    let d = relief_synth::generate(100_000, 7);
    std::fs::write(&big, serde_json::to_vec(&d).unwrap()).unwrap();
    let mut t = Pty::spawn(&format!(r#""$BIN" --no-watch {}"#, quoted(&file)), 110, 30, &[]);
    t.wait_text("1 Overview");
    std::fs::rename(&big, &file).unwrap();
    t.send(b"r");
    t.wait_text("Loading…");
    // Tab 2 of the data on screen opens while the new file is still being read.
    t.send(b"2");
    t.wait_for("tab 2 while loading", |s| s.contains("≈12,500 people") && s.contains("Loading…"));
    // Then the new data arrives.
    t.wait_for("the big dataset", |s| !s.contains("Loading…") && s.contains("area 0"));
    t.send(b"q");
    assert!(t.wait_exit());
}

#[test]
fn a_fifo_in_place_of_the_file_is_refused_and_the_dashboard_stays_responsive() {
    let dir = TempDir::new("fifo");
    let file = dir.dataset("d.json");
    let mut t = Pty::spawn(&format!(r#""$BIN" --no-watch {}"#, quoted(&file)), 120, 30, &[]);
    t.wait_text("1 Overview");
    std::fs::remove_file(&file).unwrap();
    assert!(std::process::Command::new("mkfifo").arg(&file).status().unwrap().success());
    t.send(b"r");
    let s = t.wait_text("not a regular file");
    assert!(s.contains("FIFO"), "{s}");
    t.send(b"q");
    assert!(t.wait_exit());
}

#[test]
fn watching_follows_a_folder_that_comes_back_and_a_symlinks_target() {
    let dir = TempDir::new("watch");
    let folder = dir.0.join("data");
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("d.json");
    std::fs::copy(fixture_good(), &file).unwrap();
    let mut t = Pty::spawn(&format!(r#""$BIN" {}"#, quoted(&file)), 120, 30, &[]);
    t.wait_text("1 Overview");
    t.send(b"2");
    t.wait_text("≈12,500 people");
    std::fs::remove_dir_all(&folder).unwrap();
    let s = t.wait_text("Not watching");
    assert!(s.contains("≈12,500 people"), "the last good data stays:\n{s}");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(&file, with_value("16000")).unwrap();
    t.wait_for("16,000 and watching again", |s| {
        s.contains("≈16,000") && !s.contains("Not watching") && !s.contains("Reload failed")
    });
    t.send(b"q");
    assert!(t.wait_exit());

    // A symlink to a file in another folder: editing the target is a change.
    let real = dir.0.join("real");
    std::fs::create_dir_all(&real).unwrap();
    let target = real.join("target.json");
    std::fs::copy(fixture_good(), &target).unwrap();
    let link = folder.join("link.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let mut t = Pty::spawn(&format!(r#""$BIN" {}"#, quoted(&link)), 120, 30, &[]);
    t.wait_text("1 Overview");
    t.send(b"2");
    t.wait_text("≈12,500 people");
    std::fs::write(&target, with_value("17000")).unwrap();
    t.wait_text("≈17,000 people");
    t.send(b"q");
    assert!(t.wait_exit());
}
