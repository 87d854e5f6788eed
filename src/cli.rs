//! The command line: arguments, and what each command does and prints.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use relief_dash::app::{Action, App, Banner, Mode, update};
use relief_dash::data::{Dataset, LoadError, Source};
use relief_dash::{Lang, export, safe, tui, ui};

/// A terminal dashboard of poverty-relief indicators.
///
/// With no command, opens the dashboard on FILE (default: the embedded Pingtan dataset).
#[derive(Debug, Parser)]
#[command(name = "relief-dash", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Dataset file (`-` for standard input; none for the embedded dataset).
    file: Option<PathBuf>,
    #[command(flatten)]
    view: ViewArgs,
    /// Leave the mouse alone, so text can be selected with it.
    #[arg(long)]
    no_mouse: bool,
    /// Do not reload FILE when it changes on disk (`r` still reloads by hand).
    #[arg(long)]
    no_watch: bool,
}

#[derive(Debug, Args)]
struct ViewArgs {
    /// Interface language (default: from LANG, else English).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Checks a dataset and prints every problem found.
    Check {
        /// Dataset file (`-` for standard input; none for the embedded dataset).
        file: Option<PathBuf>,
    },
    /// Writes a dataset to standard output as CSV or normalized JSON.
    Export {
        /// Dataset file (`-` for standard input; none for the embedded dataset).
        file: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
    },
    /// Prints one frame of the dashboard as plain text.
    Render {
        /// Dataset file (`-` for standard input; none for the embedded dataset).
        file: Option<PathBuf>,
        /// Terminal size, columns x rows.
        #[arg(long, default_value = "80x24", value_parser = parse_size)]
        size: (u16, u16),
        /// `overview` or a section id.
        #[arg(long, default_value = "overview")]
        tab: String,
        #[command(flatten)]
        view: ViewArgs,
        /// Select the N-th figure of the view (1 is the first).
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
        select: Option<u32>,
        /// Open a popup.
        #[arg(long, value_enum)]
        popup: Option<Popup>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Popup {
    Detail,
    Help,
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s.split_once(['x', 'X']).ok_or("expected WIDTHxHEIGHT, e.g. 80x24")?;
    let n = |v: &str| v.trim().parse::<u16>().map_err(|e| format!("{v:?}: {e}"));
    Ok((n(w)?, n(h)?))
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Check { file }) => check(&Source::from_arg(file.as_deref())),
        Some(Command::Export { file, format }) => {
            with_dataset(&Source::from_arg(file.as_deref()), |d| {
                let out = std::io::stdout().lock();
                match format {
                    ExportFormat::Csv => export::write_csv(&d, out).map_err(|e| e.to_string()),
                    ExportFormat::Json => export::write_json(&d, out).map_err(|e| e.to_string()),
                }
            })
        }
        Some(Command::Render { file, size, tab, view, select, popup }) => {
            with_dataset(&Source::from_arg(file.as_deref()), |d| {
                let app = headless(d, size, &tab, view.lang(), select, popup)?;
                let text = ui::render_text(&app);
                std::io::stdout().lock().write_all(text.as_bytes()).map_err(|e| e.to_string())
            })
        }
        None => {
            let source = Source::from_arg(cli.file.as_deref());
            dashboard(&source, cli.view.lang(), !cli.no_mouse, !cli.no_watch)
        }
    }
}

impl ViewArgs {
    /// The language asked for, else the locale's, else English.
    fn lang(&self) -> Lang {
        self.lang.unwrap_or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|v| std::env::var(v).ok())
                .find_map(|v| Lang::from_locale(&v))
                .unwrap_or_default()
        })
    }
}

/// Whether colours are allowed: not when `NO_COLOR` is set to anything non-empty.
fn color_allowed() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Builds the state `render` draws: tab, selection and popup applied through `update`.
fn headless(
    d: Dataset,
    size: (u16, u16),
    tab: &str,
    lang: Lang,
    select: Option<u32>,
    popup: Option<Popup>,
) -> Result<App, String> {
    let mut app = App::new(d, lang, size);
    app.color = color_allowed();
    if tab != "overview" {
        let found = app.data.sections.iter().enumerate().find_map(|(t, s)| {
            if s.id == tab {
                Some((t, 0))
            } else {
                s.members.iter().position(|m| m.id == tab).map(|m| (t, m + 1))
            }
        });
        let Some((t, m)) = found else {
            let ids: Vec<String> = app.data.all_sections().map(|(s, _)| s.id.clone()).collect();
            return Err(format!("no tab {tab:?}; use overview or one of: {}", ids.join(", ")));
        };
        update(&mut app, Action::GoTab(t + 1));
        update(&mut app, Action::GoMember(m));
    }
    if let Some(n) = select {
        let n = n as usize - 1;
        if n >= app.visible.len() {
            return Err(format!("--select {}: this view has {} figures", n + 1, app.visible.len()));
        }
        update(&mut app, Action::Select(n));
    }
    match popup {
        Some(Popup::Detail) => {
            update(&mut app, Action::OpenDetail);
            if app.mode != Mode::Detail {
                return Err("--popup detail: this view has no figure to show".into());
            }
        }
        Some(Popup::Help) => {
            update(&mut app, Action::ToggleHelp);
        }
        None => {}
    }
    Ok(app)
}

/// Opens the interactive dashboard; with `watch`, a file source is reloaded when it changes.
fn dashboard(source: &Source, lang: Lang, mouse: bool, watch: bool) -> ExitCode {
    if *source == Source::Stdin {
        eprintln!("relief-dash: the dashboard reads keys from the terminal; give a FILE, not -");
        return ExitCode::from(2);
    }
    with_dataset(source, |d| {
        let mut app = App::new(d, lang, (80, 24));
        app.color = color_allowed();
        let (tx, rx) = std::sync::mpsc::channel();
        let _watcher = match source {
            Source::File(path) if watch => match relief_dash::watch::watch(path, tx.clone()) {
                Ok(w) => Some(w),
                Err(e) => {
                    app.banner =
                        Some(Banner::NotWatching(safe::escape(&e.to_string()).into_owned()));
                    None
                }
            },
            _ => None,
        };
        tui::spawn_input(tx);
        tui::run(app, mouse, rx, |app, action| {
            if *action == Action::Reload && *source != Source::Embedded {
                app.apply_reload(source.load());
            }
        })
        .map_err(|e| format!("terminal: {e}"))
    })
}

fn check(source: &Source) -> ExitCode {
    with_dataset(source, |d| {
        let sections = d.all_sections().count();
        writeln!(std::io::stdout(), "ok: {} indicators in {sections} sections", d.indicators.len())
            .map_err(|e| e.to_string())
    })
}

/// Loads the dataset, runs `f` on it, and turns failures into messages and exit codes.
fn with_dataset(source: &Source, f: impl FnOnce(Dataset) -> Result<(), String>) -> ExitCode {
    match source.load() {
        Ok(d) => match f(d) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.contains("Broken pipe") => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("relief-dash: {}", safe::escape(&e));
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            report(&e);
            ExitCode::FAILURE
        }
    }
}

/// Prints every problem of a failed load to standard error, escaped.
pub fn report(e: &LoadError) {
    let mut err = std::io::stderr().lock();
    for line in e.lines() {
        let _ = writeln!(err, "{}", safe::escape(&line));
    }
}
