//! The command line: the parser, and dispatch to one file per command (the dashboard,
//! `render`, `check`, `export`, `import`, `draft`, `config`, and shell integration).

mod check;
mod config;
mod dashboard;
mod draft;
mod export;
mod import;
mod manual;
mod open;
mod outcome;
mod progress;
mod render;
mod shell;
mod table;
mod view;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};
use relief_dash::safe;

/// A terminal dashboard of poverty-relief indicators.
///
/// With no command, opens the dashboard on the PATHs (default: the shipped datasets, embedded).
#[derive(Debug, Parser)]
#[command(name = "relief-dash", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Dataset files or folders of them; with several, a Compare tab compares their series
    /// (none: the shipped datasets, embedded).
    paths: Vec<PathBuf>,
    #[command(flatten)]
    view: view::ViewArgs,
    #[command(flatten)]
    dashboard: dashboard::DashboardArgs,
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
    Draft(draft::DraftArgs),
    Config(config::ConfigArgs),
    Check(check::CheckArgs),
    Export(export::ExportArgs),
    Import(import::ImportArgs),
    Render(render::RenderArgs),
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Completions { shell }) => shell::completions(Cli::command(), shell),
        Some(Command::Man) => shell::man(Cli::command()),
        Some(Command::Config(args)) => config::run(&args),
        Some(Command::Check(args)) => check::run(&args),
        Some(Command::Draft(args)) => draft::run(&args),
        Some(Command::Export(args)) => export::run(&args),
        Some(Command::Import(args)) => import::run(&args),
        Some(Command::Render(args)) => render::run(&args, &cli.view),
        None => dashboard::run(&cli.paths, &cli.view, &cli.dashboard),
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
