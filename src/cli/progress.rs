//! A progress bar on standard error for `check` and `import` of big inputs, when standard
//! error is a terminal (nothing otherwise): bytes read of the whole, from the counter the
//! reads of dataset and table files add to (`data::progress`).

use std::io::IsTerminal;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use relief_dash::Lang;
use relief_dash::data::progress;

/// A bar shown while it lives; cleared when dropped.
pub struct Meter {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Meter {
    /// Shows a bar for reading `total` bytes of `what`, when standard error is a terminal
    /// and there are at least `from` bytes; else nothing.
    pub fn start(what: &str, total: u64, from: u64) -> Meter {
        if total < from || !std::io::stderr().is_terminal() {
            return Meter { stop: None, thread: None };
        }
        let lang = Lang::from_env(|k| std::env::var(k).ok());
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{msg} {wide_bar} {decimal_bytes}/{decimal_total_bytes} {percent}%",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar.set_message(relief_dash::words::progress::reading(what, lang));
        bar.tick(); // drawn at once, even if the reading is over before the first update
        let start = progress::read();
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = std::thread::spawn(move || {
            while let Err(mpsc::RecvTimeoutError::Timeout) =
                stopped.recv_timeout(Duration::from_millis(100))
            {
                bar.set_position((progress::read() - start).min(total));
            }
            bar.finish_and_clear();
        });
        Meter { stop: Some(stop), thread: Some(thread) }
    }
}

impl Drop for Meter {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
