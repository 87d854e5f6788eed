//! The interactive dashboard: the terminal checked, the files opened and watched, the loader
//! and input threads started, and the event loop run.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use relief_dash::app::{Action, App, Tab, dispatch};
use relief_dash::data::Source;
use relief_dash::edge::{self, loader::Loader, watch};

use super::open::{Opened, open};
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

/// Opens the interactive dashboard; unless `--no-watch`, a file source is reloaded when it
/// changes. Reloads run on a worker thread; signals restore the terminal and exit with 128 + N.
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
    let Some(Opened { data, sources, reports, current, .. }) = open(paths) else {
        return ExitCode::FAILURE;
    };
    let mut app = App::new(data, view.lang(&config), (80, 24))
        .with_theme(view.theme(&config))
        .with_log_scale(config.log_scale.unwrap_or(false))
        .with_keymap(config.keymap.clone())
        .with_library(reports, current)
        .with_search_text();
    // Regions with their parents open: the table of regions and years comes first.
    if app.grid().parent.iter().any(Option::is_some) {
        dispatch(&mut app, Action::GoTab(Tab::Table));
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let mut loader = None;
    if sources.iter().any(|s| matches!(s, Source::File(_))) {
        app = app.reloadable();
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
    match edge::run(app, mouse, &rx, load) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => finish(Err(Failure::Other(format!("terminal: {e}")))),
    }
}
