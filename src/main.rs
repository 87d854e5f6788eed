//! The `relief-dash` binary: parses the command line and hands over to a command.

mod cli;
mod draft_cmd;
mod shell;

use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::parse() {
        Ok(cli) => cli::run(cli),
        Err(code) => code,
    }
}
