//! `relief-dash config`: where the configuration file is read from, or the defaults.

use std::process::ExitCode;

use clap::Args;
use relief_dash::safe;

use super::outcome::{finish, write_out};

/// Shows where the configuration file is read from; `--print` writes the defaults.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Write the defaults as a commented configuration file.
    #[arg(long)]
    print: bool,
}

/// Prints the path, or (`--print`) the defaults.
pub fn run(args: &ConfigArgs) -> ExitCode {
    let text = if args.print {
        relief_dash::config::defaults()
    } else {
        match relief_dash::config::default_path() {
            Some(p) if p.is_file() => format!("{}\n", safe::escape(&p.display().to_string())),
            Some(p) => format!(
                "{} (no such file: the defaults are in use; `relief-dash config --print` writes them)\n",
                safe::escape(&p.display().to_string())
            ),
            None => "no configuration directory on this system\n".into(),
        }
    };
    finish(write_out(text.as_bytes()))
}
