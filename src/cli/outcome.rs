//! How a command ends: its failures, typed, and the exit code and message each gives.

use std::io::Write;
use std::process::ExitCode;

use relief_dash::data::LoadError;
use relief_dash::safe;

/// Why a command failed.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The command line asks for something that cannot be done (exit 2).
    #[error("{0}")]
    Usage(String),
    /// Reading or writing failed (exit 1; a closed pipe, as with `| head`, is no failure).
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Anything else, said in words (exit 1).
    #[error("{0}")]
    Other(String),
}

impl From<csv::Error> for Failure {
    fn from(e: csv::Error) -> Failure {
        if !e.is_io_error() {
            return Failure::Other(e.to_string());
        }
        match e.into_kind() {
            csv::ErrorKind::Io(io) => Failure::Io(io),
            other => Failure::Other(format!("{other:?}")),
        }
    }
}

/// Whether a write failed because the reader went away (`relief-dash export | head`).
pub fn is_broken_pipe(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}

/// The exit code for a command's outcome, its message (escaped) on standard error.
pub fn finish(outcome: Result<(), Failure>) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Io(e)) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("relief-dash: {}", safe::escape(&e.to_string()));
            match e {
                Failure::Usage(_) => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

/// Writes bytes to standard output.
pub fn write_out(bytes: &[u8]) -> Result<(), Failure> {
    Ok(std::io::stdout().lock().write_all(bytes)?)
}

/// Prints every problem of a failed load to standard error, escaped.
pub fn report(e: &LoadError) {
    let mut err = std::io::stderr().lock();
    for line in e.lines() {
        let _ = writeln!(err, "{}", safe::escape(&line));
    }
}
