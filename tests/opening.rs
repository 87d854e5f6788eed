//! A load the user can watch: while big files are read, the first frame shows how far the
//! reading is; quitting, help and the language work meanwhile; the figures take over when
//! they are read.

mod pty;

use pty::Pty;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Mode, Opened, dispatch};

/// A synthetic dataset of `n` figures written to a fresh file; returns its path.
fn big_file(tag: &str, n: usize) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("relief-open-{tag}-{}.json", std::process::id()));
    let d = relief_synth::generate(n, 5);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    relief_dash::export::write_json(&d, &mut out).unwrap();
    drop(out);
    path
}

#[test]
fn the_first_frame_shows_the_reading_and_q_quits_during_it() {
    let file = big_file("hold", 20_000);
    let mb = std::fs::metadata(&file).unwrap().len() as f64 / 1e6;
    let script = format!(r#""$BIN" '{}'; echo "EXIT:$?""#, file.display());
    // The reading is held once the file is read, so the frame cannot be missed.
    let mut t = Pty::spawn(&script, 100, 30, &[("RELIEF_DASH_TEST_HOLD_LOAD", "1")]);
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let screen = t.wait_text(&format!("{mb:.1} MB · 100%"));
    assert!(screen.contains(&format!("Reading {name}…")), "{screen}");
    assert!(screen.contains("q quit"), "the footer's keys:\n{screen}");
    // Help and the language work meanwhile.
    t.send(b"?");
    t.wait_text("Keys");
    t.send(b"\x1b");
    t.wait_for("help closed", |s| !s.contains("Keys"));
    t.send(b"L");
    t.wait_text(&format!("正在读取{name}…"));
    t.send(b"q");
    let screen = t.wait_text("EXIT:0");
    assert!(!screen.contains("Synthetic relief dataset"), "no figures ever came:\n{screen}");
    t.assert_restored();
    std::fs::remove_file(file).unwrap();
}

#[test]
fn the_figures_take_over_when_the_file_is_read() {
    let file = big_file("read", 20_000);
    let script = format!(r#""$BIN" '{}'; echo "EXIT:$?""#, file.display());
    let mut t = Pty::spawn(&script, 100, 30, &[]);
    t.wait_text("Synthetic relief dataset");
    t.send(b"q");
    t.wait_text("EXIT:0");
    std::fs::remove_file(file).unwrap();
}

#[test]
fn the_state_read_takes_over_keeping_the_language_and_help_chosen_meanwhile() {
    let mut a = App::opening("big.json".into(), 1000, Lang::En, (100, 30));
    assert_eq!(a.reading().map(|o| o.read), Some(0));
    dispatch(&mut a, Action::Progress(400));
    assert_eq!(a.reading().map(|o| o.read), Some(400));
    dispatch(&mut a, Action::Progress(4000));
    assert_eq!(a.reading().map(|o| o.read), Some(1000), "never past the whole");
    // Only quitting, help, the language and the terminal act while reading.
    dispatch(&mut a, Action::StartFilter);
    assert_eq!(a.mode(), Mode::Normal);
    dispatch(&mut a, Action::ToggleLang);
    let text = relief_dash::ui::render_text(&a);
    assert!(
        text.contains("正在读取big.json…") && text.contains("已读0.0 MB，共0.0 MB · 100%"),
        "{text}"
    );
    dispatch(&mut a, Action::ToggleHelp);
    let read = App::new(relief_dash::data::embedded().unwrap(), Lang::En, (80, 24));
    dispatch(&mut a, Action::Opened(Opened::new(read)));
    assert!(a.reading().is_none());
    assert_eq!((a.lang(), a.mode(), a.size()), (Lang::Zh, Mode::Help, (100, 30)));
    assert!(!a.visible().is_empty(), "the figures are shown");
}

#[test]
fn check_shows_a_bar_on_a_terminal_and_nothing_when_piped() {
    let file = big_file("check", 30_000);
    let script = format!(r#""$BIN" check '{}'; echo "EXIT:$?""#, file.display());
    let t = Pty::spawn(&script, 120, 30, &[]);
    let screen = t.wait_text("EXIT:0");
    let raw = String::from_utf8_lossy(&t.raw()).into_owned();
    assert!(raw.contains("Reading ") && raw.contains(" MB"), "a bar was drawn:\n{raw}");
    assert!(screen.contains("ok: 30000 indicators") && !screen.contains("Reading "), "{screen}");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(["check".as_ref(), file.as_os_str()])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no bar when standard error is a pipe");
    std::fs::remove_file(file).unwrap();
}
