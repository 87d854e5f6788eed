//! The options that decide how the dashboard looks: language, theme, configuration file.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use relief_dash::Lang;
use relief_dash::app::ThemeName;
use relief_dash::config::Config;

use super::outcome::report;

/// Language, theme and configuration file, for the dashboard and `render`: given before or
/// after a command.
#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Interface language (default: from LC_ALL, LC_MESSAGES or LANG, else English).
    #[arg(long, value_enum, global = true)]
    lang: Option<Lang>,
    /// Colour theme (default: from the config file, else dark; `NO_COLOR` always means mono).
    #[arg(long, value_enum, global = true)]
    theme: Option<ThemeName>,
    /// Configuration file (default: config.toml in the platform's config directory).
    #[arg(long, value_name = "FILE", global = true)]
    config: Option<PathBuf>,
}

impl ViewArgs {
    /// The language asked for, else the config file's, else the locale's (LC_ALL,
    /// LC_MESSAGES, LANG), else English.
    pub fn lang(&self, config: &Config) -> Lang {
        self.lang.or(config.lang).unwrap_or_else(|| Lang::from_env(|k| std::env::var(k).ok()))
    }

    /// The configuration file's settings; a bad file is reported and gives exit code 1.
    pub fn config(&self) -> Result<Config, ExitCode> {
        let config = relief_dash::config::load(self.config.as_deref()).map_err(|e| {
            report(&e);
            ExitCode::FAILURE
        })?;
        if let Some(w) = &config.warning {
            eprintln!("relief-dash: warning: {}", relief_dash::safe::escape(w));
        }
        Ok(config)
    }

    /// The theme asked for, else the config file's, else dark; mono whenever `NO_COLOR` is
    /// set to anything non-empty.
    pub fn theme(&self, config: &Config) -> ThemeName {
        if std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) {
            self.theme.or(config.theme).unwrap_or_default()
        } else {
            ThemeName::Mono
        }
    }
}
