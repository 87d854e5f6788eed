//! The command line: arguments, and what each command does and prints.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use relief_dash::app::library::Report;
use relief_dash::app::{Action, App, Mode, Tab, ThemeName, dispatch};
use relief_dash::config::Config;
use relief_dash::data::{Dataset, LoadError, Source, paths as library};
use relief_dash::{Lang, export, safe, tui, ui};

/// Largest `render --size`, columns and rows: a frame of this size takes about 100 MB.
pub const MAX_RENDER_SIZE: (u16, u16) = (1000, 1000);

/// A terminal dashboard of poverty-relief indicators.
///
/// With no command, opens the dashboard on the PATHs (default: the shipped datasets, embedded).
#[derive(Debug, Parser)]
#[command(name = "relief-dash", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Dataset files or folders of them; with several, a Compare tab compares their series
    /// (none: the shipped datasets, embedded).
    paths: Vec<PathBuf>,
    #[command(flatten)]
    view: ViewArgs,
    /// Leave the mouse alone, so text can be selected with it.
    #[arg(long)]
    no_mouse: bool,
    /// Do not reload the files when they change on disk (`r` still reloads by hand).
    #[arg(long)]
    no_watch: bool,
}

#[derive(Debug, Args)]
struct ViewArgs {
    /// Interface language (default: from LANG, else English).
    #[arg(long, value_enum)]
    lang: Option<Lang>,
    /// Colour theme (default: from the config file, else dark; `NO_COLOR` always means mono).
    #[arg(long, value_enum)]
    theme: Option<ThemeName>,
    /// Configuration file (default: config.toml in the platform's config directory).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Prints a completion script for a shell (e.g. `relief-dash completions bash > ~/.local/share/bash-completion/completions/relief-dash`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Prints the manual page, in roff (e.g. `relief-dash man | man -l -`).
    Man,
    /// Drafts a dataset from a report's text (UTF-8, GB18030 or UTF-16; `-` for standard
    /// input): every figure with its unit, qualifier, date, section and sentence; what the
    /// text cannot give is left as TODO, which `check` lists as "to do".
    Draft {
        /// The report's text.
        report: PathBuf,
        /// Where to write the draft (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print a table of the figures found instead of the dataset.
        #[arg(long)]
        review: bool,
    },
    /// Shows where the configuration file is read from; `--print` writes the defaults.
    Config {
        /// Write the defaults as a commented configuration file.
        #[arg(long)]
        print: bool,
    },
    /// Checks datasets and prints every problem found (exit 1 if any dataset fails).
    Check {
        /// Dataset files or folders of them (`-` for standard input; none for the embedded
        /// dataset).
        paths: Vec<PathBuf>,
    },
    /// Writes datasets to standard output as CSV (with a `dataset` column when there are
    /// several) or normalized JSON (an array when there are several).
    Export {
        /// Dataset files or folders of them (`-` for standard input; none for the embedded
        /// dataset).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
    },
    /// Prints one frame of the dashboard as plain text.
    Render {
        /// Dataset files or folders of them (`-` for standard input; none: the shipped
        /// datasets, embedded).
        paths: Vec<PathBuf>,
        /// Terminal size, columns x rows (at most 1000x1000).
        #[arg(long, default_value = "80x24", value_parser = parse_size)]
        size: (u16, u16),
        /// `overview`, a section id, or `compare` (with several datasets).
        #[arg(long, default_value = "overview")]
        tab: String,
        /// On the compare tab, the series to show (its key).
        #[arg(long, value_name = "KEY")]
        series: Option<String>,
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
    /// The list of open reports (with several).
    Reports,
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s.split_once(['x', 'X']).ok_or("expected WIDTHxHEIGHT, e.g. 80x24")?;
    let n = |v: &str| v.trim().parse::<u16>().map_err(|e| format!("{v:?}: {e}"));
    let (w, h) = (n(w)?, n(h)?);
    let (mw, mh) = MAX_RENDER_SIZE;
    if w > mw || h > mh {
        return Err(format!("{w}x{h} is larger than the largest frame, {mw}x{mh}"));
    }
    Ok((w, h))
}

/// A usage error: the message on standard error, exit code 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("relief-dash: {}", safe::escape(message));
    ExitCode::from(2)
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Completions { shell }) => crate::shell::completions(shell),
        Some(Command::Man) => crate::shell::man(),
        Some(Command::Config { print }) => config_command(print),
        Some(Command::Check { paths }) => check(&paths),
        Some(Command::Draft { report, output, review }) => {
            crate::draft_cmd::run(&report, output.as_deref(), review)
        }
        Some(Command::Export { paths, format }) => export(&paths, format),
        Some(Command::Render { paths, size, tab, series, view, select, popup }) => {
            let Some(opened) = open(&paths) else { return ExitCode::FAILURE };
            let config = match view.config() {
                Ok(c) => c,
                Err(code) => return code,
            };
            let failed = opened.failed;
            let app = match headless(
                opened,
                size,
                &tab,
                series.as_deref(),
                &view,
                &config,
                select,
                popup,
            ) {
                Ok(app) => app,
                Err(e) => return usage_error(&e),
            };
            let text = ui::render_text(&app);
            // The process ends here: freeing every figure one by one would only delay the
            // exit (about 70 ms at 100,000 figures; docs/PERFORMANCE.md).
            std::mem::forget(app);
            let written = std::io::stdout().lock().write_all(text.as_bytes());
            let code = finish(written.map_err(|e| e.to_string()));
            // A file that could not be read fails the command, after the others are shown.
            if failed { ExitCode::FAILURE } else { code }
        }
        None => dashboard(&cli.paths, &cli.view, !cli.no_mouse, !cli.no_watch),
    }
}

impl ViewArgs {
    /// The language asked for, else the config file's, else the locale's (LC_ALL,
    /// LC_MESSAGES, LANG), else English.
    fn lang(&self, config: &Config) -> Lang {
        self.lang.or(config.lang).unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()))
    }

    /// The configuration file's settings; a bad file is reported and gives exit code 1.
    fn config(&self) -> Result<Config, ExitCode> {
        relief_dash::config::load(self.config.as_deref()).map_err(|e| {
            report(&e);
            ExitCode::FAILURE
        })
    }
}

impl ViewArgs {
    /// The theme asked for, else the config file's, else dark; mono whenever `NO_COLOR` is
    /// set to anything non-empty.
    fn theme(&self, config: &Config) -> ThemeName {
        if std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
            self.theme.or(config.theme).unwrap_or_default()
        } else {
            ThemeName::Mono
        }
    }
}

/// Builds the state `render` draws: tab, selection and popup applied through `dispatch`,
/// as keys would. A tab or figure that does not exist is a usage error.
#[allow(clippy::too_many_arguments)]
fn headless(
    opened: Opened,
    size: (u16, u16),
    tab: &str,
    series: Option<&str>,
    view: &ViewArgs,
    config: &Config,
    select: Option<u32>,
    popup: Option<Popup>,
) -> Result<App, String> {
    let mut app = App::new(opened.data, view.lang(config), size)
        .with_theme(view.theme(config))
        .with_log_scale(config.log_scale.unwrap_or(false))
        .with_keymap(config.keymap.clone())
        .with_library(opened.reports, opened.current);
    let act = |app: &mut App, a: Action| {
        dispatch(app, a);
        dispatch(app, Action::Framed(ui::layout::frame_map(app)));
    };
    if tab == "compare" {
        if !app.has_compare() {
            return Err("--tab compare needs two or more datasets".into());
        }
        act(&mut app, Action::GoTab(Tab::Compare));
    } else if series.is_some() {
        return Err("--series is for --tab compare".into());
    }
    if let Some(key) = series {
        let Some(pos) = app.visible().iter().position(|&s| app.series()[s].key == key) else {
            let keys: Vec<&str> = app.series().iter().map(|s| s.key.as_str()).collect();
            return Err(format!("no series {key:?}; one of: {}", keys.join(", ")));
        };
        act(&mut app, Action::Select(pos));
    }
    if tab != "overview" && tab != "compare" {
        let found = app.data().sections.iter().enumerate().find_map(|(t, s)| {
            if s.id == tab {
                Some((t, 0))
            } else {
                s.members.iter().position(|m| m.id == tab).map(|m| (t, m + 1))
            }
        });
        let Some((t, m)) = found else {
            let ids: Vec<String> = app.data().all_sections().map(|(s, _)| s.id.clone()).collect();
            return Err(format!("no tab {tab:?}; use overview or one of: {}", ids.join(", ")));
        };
        act(&mut app, Action::GoTab(Tab::Section(t)));
        act(&mut app, Action::GoMember(m));
    }
    if let Some(n) = select {
        let n = n as usize - 1;
        if n >= app.visible().len() {
            return Err(format!(
                "--select {}: this view has {} figures",
                n + 1,
                app.visible().len()
            ));
        }
        act(&mut app, Action::Select(n));
    }
    match popup {
        Some(Popup::Detail) => {
            act(&mut app, Action::OpenDetail);
            if app.mode() != Mode::Detail {
                return Err("--popup detail: this view has no figure to show".into());
            }
        }
        Some(Popup::Help) => act(&mut app, Action::ToggleHelp),
        Some(Popup::Reports) => {
            act(&mut app, Action::OpenPicker);
            if app.mode() != Mode::Picker {
                return Err("--popup reports needs two or more datasets".into());
            }
        }
        None => {}
    }
    Ok(app)
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

/// Opens the interactive dashboard; with `watch`, a file source is reloaded when it changes.
/// Reloads run on a worker thread; signals restore the terminal and exit with 128 + N.
fn dashboard(paths: &[PathBuf], view: &ViewArgs, mouse: bool, watch: bool) -> ExitCode {
    if paths.iter().any(|p| p.as_os_str() == "-") {
        return usage_error("the dashboard reads keys from the terminal; give a FILE, not -");
    }
    if let Some(why) = terminal_refusal() {
        return usage_error(&why);
    }
    let config = match view.config() {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mouse = mouse && config.mouse.unwrap_or(true);
    let Some(Opened { data, sources, reports, current, .. }) = open(paths) else {
        return ExitCode::FAILURE;
    };
    let mut app = App::new(data, view.lang(&config), (80, 24))
        .with_theme(view.theme(&config))
        .with_log_scale(config.log_scale.unwrap_or(false))
        .with_keymap(config.keymap.clone())
        .with_library(reports, current)
        .with_search_text();
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watches = Vec::new();
    let mut loader = None;
    if sources.iter().any(|s| matches!(s, Source::File(_))) {
        app = app.reloadable();
        loader = Some(relief_dash::loader::Loader::spawn(tx.clone()));
    }
    // Each file on its own: a change reads that file again, whichever report is shown.
    let several = sources.len() > 1;
    for (r, source) in sources.iter().enumerate() {
        let Source::File(path) = source else { continue };
        if !watch {
            break;
        }
        let on_change = if several { Action::ReloadReport(r) } else { Action::Reload };
        match relief_dash::watch::watch_as(path, tx.clone(), on_change) {
            Ok(w) => watches.push(w),
            Err(e) => {
                dispatch(&mut app, Action::Watching(Some(e.to_string())));
            }
        }
    }
    if let Err(e) = tui::spawn_signals(tx.clone()) {
        return finish(Err(format!("cannot catch signals: {e}")));
    }
    tui::spawn_input(tx);
    let load = |generation, report: usize| {
        if let (Some(l), Some(source)) = (&loader, sources.get(report)) {
            l.request(generation, source.clone());
        }
    };
    match tui::run(app, mouse, &rx, load) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => finish(Err(format!("terminal: {e}"))),
    }
}

/// What the PATHs open: the dataset shown (the first that loads) and where it comes from;
/// with several, every report and which is shown.
struct Opened {
    data: Dataset,
    /// Where each report comes from (one for a single dataset).
    sources: Vec<Source>,
    reports: Vec<Report>,
    current: usize,
    /// Whether any failed to load (each problem is printed to standard error).
    failed: bool,
}

/// Opens the PATHs (none: the shipped datasets), printing each one's problems; `None` when
/// none could be read.
fn open(paths: &[PathBuf]) -> Option<Opened> {
    let entries = library::load_all(library::sources(paths));
    let failed = entries.iter().any(|e| e.loaded.is_err());
    for e in &entries {
        if let Err(err) = &e.loaded {
            report(err);
        }
    }
    let current = entries.iter().position(|e| e.loaded.is_ok())?;
    let sources: Vec<Source> = entries.iter().map(|e| e.source.clone()).collect();
    let mut reports: Vec<Report> =
        entries.into_iter().map(|e| Report::new(e.name(), e.loaded)).collect();
    let data = reports[current].data.take()?;
    if reports.len() == 1 {
        reports.clear();
    }
    Some(Opened { data, sources, reports, current, failed })
}

/// The sources that `check` and `export` read: the PATHs, else the embedded dataset.
fn file_sources(paths: &[PathBuf]) -> Vec<Source> {
    if paths.is_empty() { vec![Source::Embedded(0)] } else { library::sources(paths) }
}

/// `check`: each dataset's summary or problems; exit 1 if any fails. With several, each
/// summary line starts with the file's name.
fn check(paths: &[PathBuf]) -> ExitCode {
    let sources = file_sources(paths);
    let several = sources.len() > 1;
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    let entries = library::load_all(sources);
    for entry in &entries {
        match &entry.loaded {
            Ok(d) => {
                let sections = d.all_sections().count();
                let derived = d.indicators.iter().filter(|i| i.formula.is_some()).count();
                let given = d.indicators.len() - derived;
                let also =
                    if derived > 0 { format!(" and {derived} derived") } else { String::new() };
                let name = if several {
                    format!("{}: ", safe::escape(&entry.name()))
                } else {
                    String::new()
                };
                let mut line =
                    format!("{name}ok: {given} indicators{also} in {sections} sections\n");
                // A draft's fields still to complete: listed, counted, and not an error.
                let to_do = relief_dash::data::todo::to_do(d);
                for path in &to_do {
                    line.push_str(&format!("{name}to do: {path}\n"));
                }
                if !to_do.is_empty() {
                    line.push_str(&format!(
                        "{name}to do: {} fields still to complete\n",
                        to_do.len()
                    ));
                }
                if let Err(e) = out.write_all(line.as_bytes()) {
                    return finish(Err(e.to_string()));
                }
            }
            Err(e) => {
                failed = true;
                report(e);
            }
        }
    }
    // As in `render`: the process ends, so the datasets are not freed figure by figure.
    std::mem::forget(entries);
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// `export`: one dataset as before; several as one CSV with a `dataset` column, or a JSON
/// array. Nothing is written if any dataset fails.
fn export(paths: &[PathBuf], format: ExportFormat) -> ExitCode {
    let entries = library::load_all(file_sources(paths));
    let mut good = Vec::new();
    let mut failed = false;
    for e in entries {
        match e.loaded {
            Ok(d) => good.push((e.source, d)),
            Err(err) => {
                failed = true;
                report(&err);
            }
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    let out = std::io::stdout().lock();
    let result = match (format, good.as_slice()) {
        (ExportFormat::Csv, [(_, d)]) => export::write_csv(d, out).map_err(|e| e.to_string()),
        (ExportFormat::Json, [(_, d)]) => export::write_json(d, out).map_err(|e| e.to_string()),
        (ExportFormat::Csv, many) => {
            let named: Vec<(String, &Dataset)> = many.iter().map(|(s, d)| (s.name(), d)).collect();
            export::write_csv_many(&named, out).map_err(|e| e.to_string())
        }
        (ExportFormat::Json, many) => {
            let all: Vec<&Dataset> = many.iter().map(|(_, d)| d).collect();
            export::write_json_many(&all, out).map_err(|e| e.to_string())
        }
    };
    finish(result)
}

/// `relief-dash config`: where the file is read from, or (`--print`) the defaults.
fn config_command(print: bool) -> ExitCode {
    let text = if print {
        relief_dash::config::DEFAULTS.to_string()
    } else {
        match relief_dash::config::default_path() {
            Some(p) => format!("{}\n", safe::escape(&p.display().to_string())),
            None => "no configuration directory on this system\n".into(),
        }
    };
    finish(std::io::stdout().lock().write_all(text.as_bytes()).map_err(|e| e.to_string()))
}

/// The exit code for a command's outcome; a closed pipe (`| head`) is not a failure.
fn finish(outcome: Result<(), String>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("relief-dash: {}", safe::escape(&e));
            ExitCode::FAILURE
        }
    }
}

/// Parses the command line; a usage error, help or version is printed with every unsafe
/// character of the user's arguments shown escaped (`\u{1b}`), and the process exits.
pub fn parse() -> Result<Cli, ExitCode> {
    Cli::try_parse().map_err(|e| {
        // clap echoes arguments as given; parse escaped copies of them to get the same
        // message with the arguments visible but harmless.
        let escaped = std::env::args_os().map(|a| safe::escape(&a.to_string_lossy()).into_owned());
        let shown = Cli::try_parse_from(escaped).err().filter(|e2| e2.kind() == e.kind());
        let text = safe::escape_lines(&shown.as_ref().unwrap_or(&e).render().to_string());
        let _ = if e.use_stderr() {
            write!(std::io::stderr(), "{text}")
        } else {
            write!(std::io::stdout(), "{text}")
        };
        ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
    })
}

/// Prints every problem of a failed load to standard error, escaped.
pub fn report(e: &LoadError) {
    let mut err = std::io::stderr().lock();
    for line in e.lines() {
        let _ = writeln!(err, "{}", safe::escape(&line));
    }
}
