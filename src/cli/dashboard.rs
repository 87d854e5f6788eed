//! The interactive dashboard: the terminal checked, the files opened and watched, the loader
//! and input threads started, and the event loop run.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use clap::Args;
use relief_dash::app::{Action, App, Opened as Opened_, Tab, dispatch};
use relief_dash::data::Source;
use relief_dash::edge::{self, Msg, loader::Loader, watch};

use super::open::{Opened, open_sources, say_schemas};
use super::outcome::report;
use super::outcome::{Failure, finish};
use super::view::ViewArgs;

/// What the dashboard takes besides the PATHs.
#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Leave the mouse alone, so text can be selected with it.
    #[arg(long)]
    pub no_mouse: bool,
    /// Do not reload the files when they change on disk (`r` still reloads by hand).
    #[arg(long)]
    pub no_watch: bool,
}

/// Why the dashboard cannot run in this terminal, if it cannot: standard input and output
/// must be a terminal, and `TERM=dumb` cannot show it.
fn terminal_refusal() -> Option<String> {
    use std::io::IsTerminal;
    if std::env::var("TERM").is_ok_and(|t| t == "dumb") {
        return Some(
            "TERM=dumb cannot show the dashboard (no cursor movement or alternate screen); \
             use `relief-dash render` for a plain-text frame"
                .into(),
        );
    }
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Some(
            "the dashboard needs a terminal on standard input and output; \
             use `relief-dash render` for a plain-text frame"
                .into(),
        );
    }
    None
}

/// How the state is built from the opened files: what the configuration and the options
/// chose.
#[derive(Clone)]
struct Settings {
    lang: relief_dash::Lang,
    theme: relief_dash::app::ThemeName,
    log_scale: bool,
    keymap: relief_dash::app::Keymap,
    reloadable: bool,
}

impl Settings {
    /// The state for the opened files (on whichever thread read them).
    fn build(&self, opened: Opened) -> App {
        let Opened { data, reports, current, .. } = opened;
        let mut app = App::new(data, self.lang, (80, 24))
            .with_theme(self.theme)
            .with_log_scale(self.log_scale)
            .with_keymap(self.keymap.clone())
            .with_library(reports, current)
            .with_search_text();
        // Regions with their parents open: the table of regions and years comes first.
        if app.grid().parent.iter().any(Option::is_some) {
            dispatch(&mut app, Action::GoTab(Tab::Table));
        }
        if self.reloadable { app.reloadable() } else { app }
    }

    /// The state that shows the reading of `sources` until they are read.
    fn reading(&self, sources: &[Source]) -> App {
        let names: Vec<String> = sources.iter().map(|s| display_name(&s.name())).collect();
        let what = relief_dash::words::progress::what(&names, self.lang);
        let mut app = App::opening(what, Source::bytes(sources), self.lang, (80, 24))
            .with_theme(self.theme)
            .with_keymap(self.keymap.clone());
        dispatch(&mut app, Action::Progress(relief_dash::data::progress::read()));
        app
    }
}

/// A source's file name as the header shows it (its path's last part, escaped).
fn display_name(name: &str) -> String {
    relief_dash::safe::escape(&relief_dash::words::interface::file_of(name).0).into_owned()
}

/// How long the first frame waits for small files, whose figures then come in it.
const QUICK: Duration = Duration::from_millis(100);

/// Opens the interactive dashboard; unless `--no-watch`, a file source is reloaded when it
/// changes. The files are read on a thread: when that takes longer than [`QUICK`], the first
/// frame shows how far the reading is, and quitting and help work meanwhile. Reloads run on
/// a worker thread; signals restore the terminal and exit with 128 + N.
pub fn run(paths: &[PathBuf], view: &ViewArgs, args: &DashboardArgs) -> ExitCode {
    if paths.iter().any(|p| p.as_os_str() == "-") {
        let why = "the dashboard reads keys from the terminal; give a FILE, not -";
        return finish(Err(Failure::Usage(why.into())));
    }
    if let Some(why) = terminal_refusal() {
        return finish(Err(Failure::Usage(why)));
    }
    let config = match view.config() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mouse = !args.no_mouse && config.mouse.unwrap_or(true);
    say_schemas(paths);
    let sources = relief_dash::data::paths::sources(paths);
    let settings = Settings {
        lang: view.lang(&config),
        theme: view.theme(&config),
        log_scale: config.log_scale.unwrap_or(false),
        keymap: config.keymap.clone(),
        reloadable: sources.iter().any(|s| matches!(s, Source::File(_))),
    };
    let (opened_tx, opened_rx) = mpsc::channel();
    let (from, build) = (sources.clone(), settings.clone());
    std::thread::spawn(move || {
        let (opened, problems) = open_sources(from);
        hold_for_tests();
        let _ = opened_tx.send((opened.map(|o| build.build(o)), problems));
    });
    let (tx, rx) = mpsc::channel();
    let problems = Arc::new(Mutex::new(Vec::new()));
    let app = match opened_rx.recv_timeout(QUICK) {
        Ok((app, found)) => {
            found.iter().for_each(report);
            let Some(app) = app else { return ExitCode::FAILURE };
            app
        }
        Err(_) => {
            let (stop, stopped) = mpsc::channel::<()>();
            tick_progress(tx.clone(), stopped);
            let (tx, problems) = (tx.clone(), Arc::clone(&problems));
            std::thread::spawn(move || {
                let msg = match opened_rx.recv() {
                    Ok((app, found)) => {
                        *problems.lock().unwrap_or_else(|e| e.into_inner()) = found;
                        match app {
                            Some(app) => Msg::Action(Action::Opened(Opened_::new(app))),
                            None => Msg::OpenFailed,
                        }
                    }
                    Err(_) => Msg::OpenFailed,
                };
                drop(stop);
                let _ = tx.send(msg);
            });
            settings.reading(&sources)
        }
    };
    let mut loader = None;
    if settings.reloadable {
        loader = Some(Loader::spawn(tx.clone()));
    }
    // One watcher for every file: a change reads that file again, whichever report is shown.
    let several = sources.len() > 1;
    let files: Vec<(PathBuf, Action)> = sources
        .iter()
        .enumerate()
        .filter(|_| !args.no_watch)
        .filter_map(|(r, source)| match source {
            Source::File(path) => {
                let on_change = if several { Action::ReloadReport(r) } else { Action::Reload };
                Some((path.clone(), on_change))
            }
            _ => None,
        })
        .collect();
    let _watches = (!files.is_empty()).then(|| watch::watch_files(files, tx.clone()));
    if let Err(e) = edge::input::spawn_signals(tx.clone()) {
        return finish(Err(Failure::Other(format!("cannot catch signals: {e}"))));
    }
    edge::input::spawn_input(tx);
    let load = |generation, report: usize| {
        if let (Some(l), Some(source)) = (&loader, sources.get(report)) {
            l.request(generation, source.clone());
        }
    };
    let ran = edge::run(app, mouse, &rx, load);
    // What the files that could not be read said, now that the terminal is the shell's.
    problems.lock().unwrap_or_else(|e| e.into_inner()).iter().for_each(report);
    match ran {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => finish(Err(Failure::Other(format!("terminal: {e}")))),
    }
}

/// While the files are read: how many bytes are read, every tenth of a second, until `stop`
/// is dropped (nothing ticks once they are read).
fn tick_progress(tx: mpsc::Sender<Msg>, stop: mpsc::Receiver<()>) {
    std::thread::spawn(move || {
        while let Err(mpsc::RecvTimeoutError::Timeout) =
            stop.recv_timeout(Duration::from_millis(100))
        {
            let read = relief_dash::data::progress::read();
            if tx.send(Msg::Action(Action::Progress(read))).is_err() {
                return;
            }
        }
    });
}

/// Debug builds only: lets a pseudo-terminal test hold the reading at start after the files
/// are read (`RELIEF_DASH_TEST_HOLD_LOAD`), to see its frame and quit during it.
fn hold_for_tests() {
    #[cfg(debug_assertions)]
    if std::env::var_os("RELIEF_DASH_TEST_HOLD_LOAD").is_some() {
        loop {
            std::thread::park();
        }
    }
}
