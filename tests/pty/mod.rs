//! A pseudo-terminal harness: runs the real binary, types keys, and reads the screen through
//! a `vt100` parser. Waits are for conditions, with a generous timeout, never fixed sleeps.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// How long any wait may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A running program in a pseudo-terminal.
pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).unwrap()
}

impl Pty {
    /// Runs `sh -c script` in a `cols`×`rows` terminal, with `$BIN` set to the binary.
    pub fn spawn(script: &str, cols: u16, rows: u16, env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 })
            .unwrap();
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", script]);
        // RELIEF_DASH_BIN runs the tests against another build (e.g. an older one).
        let bin = std::env::var("RELIEF_DASH_BIN");
        cmd.env("BIN", bin.as_deref().unwrap_or(env!("CARGO_BIN_EXE_relief-dash")));
        cmd.env("TERM", "xterm-256color");
        // No configuration file of the machine's user changes what the tests see.
        cmd.env("XDG_CONFIG_HOME", "/nonexistent/relief-dash-tests");
        cmd.env("LANG", "C.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(std::env::temp_dir());
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Pty { parser, raw, writer, master: pair.master, child }
    }

    /// The screen's text.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Everything the program wrote so far, escape sequences included.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Runs `f` on the parsed screen.
    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.parser.lock().unwrap().screen())
    }

    /// Writes bytes straight onto the screen, as another program sharing the terminal would.
    pub fn feed_screen(&self, bytes: &[u8]) {
        self.parser.lock().unwrap().process(bytes);
    }

    /// Sends bytes as if typed.
    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits until the screen satisfies `cond`; panics with the screen after [`TIMEOUT`].
    pub fn wait_for(&self, what: &str, cond: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if cond(&screen) {
                return screen;
            }
            assert!(start.elapsed() < TIMEOUT, "timed out waiting for {what}; screen:\n{screen}");
            std::thread::yield_now();
            std::thread::park_timeout(Duration::from_millis(10));
        }
    }

    /// Waits until the screen shows `text`.
    pub fn wait_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }

    /// Resizes the terminal (the program gets SIGWINCH) and the parser.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().screen_mut().set_size(nz(rows), nz(cols));
        self.master.resize(PtySize { rows, cols, pixel_width: 0, pixel_height: 0 }).unwrap();
    }

    /// Waits for the program to end and returns whether it succeeded.
    pub fn wait_exit(&mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.success();
            }
            assert!(start.elapsed() < TIMEOUT, "timed out waiting for exit:\n{}", self.screen());
            std::thread::park_timeout(Duration::from_millis(10));
        }
    }
}

impl Pty {
    /// Runs an interactive `bash` (job control on, no start-up files) in the terminal.
    pub fn shell(cols: u16, rows: u16) -> Pty {
        let t =
            Pty::spawn("PS1='$ ' exec bash --norc --noprofile -i", cols, rows, &[("PS1", "$ ")]);
        t.wait_text("$ ");
        t
    }

    /// The process id of what was spawned (the program itself, when the script `exec`s it).
    pub fn pid(&self) -> u32 {
        self.child.process_id().unwrap_or(0)
    }

    /// The process ids of the shell's children (the program it runs).
    pub fn children(&self) -> Vec<u32> {
        let Some(sh) = self.child.process_id() else { return Vec::new() };
        std::fs::read_to_string(format!("/proc/{sh}/task/{sh}/children"))
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect()
    }

    /// Waits until the shell has started the program, and returns its process id.
    pub fn program_pid(&self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(&pid) = self.children().first() {
                return pid;
            }
            assert!(start.elapsed() < TIMEOUT, "the program did not start:\n{}", self.screen());
            std::thread::park_timeout(Duration::from_millis(10));
        }
    }

    /// Waits until what the program wrote, escape sequences included, satisfies `cond`.
    pub fn wait_raw(&self, what: &str, cond: impl Fn(&[u8]) -> bool) {
        let start = Instant::now();
        while !cond(&self.raw()) {
            assert!(start.elapsed() < TIMEOUT, "timed out waiting for {what}:\n{}", self.screen());
            std::thread::park_timeout(Duration::from_millis(10));
        }
    }

    /// Whether the terminal is as a shell expects it: main screen, cursor shown, no mouse
    /// reporting, no bracketed paste (cooked mode is checked by the caller with `stty`).
    pub fn assert_restored(&self) {
        self.assert_restored_for_a_shell();
        assert!(!self.with_screen(|s| s.bracketed_paste()), "bracketed paste off");
    }

    /// The same, less bracketed paste, which an interactive bash turns on for itself.
    pub fn assert_restored_for_a_shell(&self) {
        assert!(!self.with_screen(|s| s.alternate_screen()), "left the alternate screen");
        assert!(!self.with_screen(|s| s.hide_cursor()), "cursor shown again");
        assert_eq!(
            self.with_screen(|s| s.mouse_protocol_mode()),
            vt100::MouseProtocolMode::None,
            "mouse capture off"
        );
    }
}

/// Sends a signal to a process with the `kill` command.
pub fn kill(pid: u32, signal: &str) {
    let ok = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{signal} {pid}");
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// The good fixture dataset (Hevalley County; its first figure is 12,500 people).
pub fn fixture_good() -> String {
    format!("{}/tests/fixtures/good/other-region.json", env!("CARGO_MANIFEST_DIR"))
}

/// The good fixture with its first figure (12,500 people) set to `value`.
pub fn with_value(value: &str) -> String {
    std::fs::read_to_string(fixture_good())
        .unwrap()
        .replace("\"value\": 12500", &format!("\"value\": {value}"))
}
