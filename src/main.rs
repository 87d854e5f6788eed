//! The `relief-dash` binary: parses the command line and hands over to a command.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::run(<cli::Cli as clap::Parser>::parse())
}
