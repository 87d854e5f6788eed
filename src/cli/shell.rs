//! Shell integration, generated from the command-line definition so it never disagrees
//! with it: completion scripts and the manual page.

use std::process::ExitCode;

use super::outcome::{Failure, finish, write_out};

/// Writes the completion script of `cmd` for `shell` to standard output.
pub fn completions(mut cmd: clap::Command, shell: clap_complete::Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "relief-dash", &mut out);
    finish(write_out(&out))
}

/// Writes the manual page (roff) of `cmd` to standard output.
pub fn man(cmd: clap::Command) -> ExitCode {
    finish(super::manual::page(cmd).map_err(Failure::Io).and_then(|out| write_out(&out)))
}
