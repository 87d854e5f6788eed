//! Shell integration, generated from the command-line definition so it never disagrees
//! with it: completion scripts and the manual page.

use std::io::Write;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::Cli;

/// Writes the completion script for `shell` to standard output.
pub fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "relief-dash", &mut out);
    write_out(&out)
}

/// Writes the manual page (roff) to standard output.
pub fn man() -> ExitCode {
    let mut out = Vec::new();
    match clap_mangen::Man::new(Cli::command()).render(&mut out) {
        Ok(()) => write_out(&out),
        Err(e) => {
            eprintln!("relief-dash: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_out(bytes: &[u8]) -> ExitCode {
    match std::io::stdout().lock().write_all(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("relief-dash: {e}");
            ExitCode::FAILURE
        }
    }
}
