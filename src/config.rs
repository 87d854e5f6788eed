//! The configuration file: theme, language, mouse, chart scale and keys, read from the platform's
//! config directory (on Linux `$XDG_CONFIG_HOME/relief-dash/config.toml`) or from `--config
//! FILE`. A bad file is refused like a bad dataset: `FILE:LINE:COL: message`.

use std::path::{Path, PathBuf};

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::app::{Keymap, ThemeName};
use crate::data::LoadError;
use crate::data::error::{ErrorKind, Problem};
use crate::lang::Lang;

/// Largest configuration file read, in bytes.
pub const MAX_BYTES: u64 = 64 * 1024;

/// What a configuration file may set; anything left out keeps its default.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Colour theme (`NO_COLOR` still means mono).
    pub theme: Option<ThemeName>,
    /// Interface language; without it, the locale decides.
    pub lang: Option<Lang>,
    /// Whether the mouse is captured (`--no-mouse` turns it off whatever this says).
    pub mouse: Option<bool>,
    /// Whether charts start on a logarithmic scale.
    pub log_scale: Option<bool>,
    /// Key bindings to remap: binding name to one key or a list of keys.
    #[serde(default)]
    keys: BTreeMap<String, toml::Spanned<Keys>>,
    /// The key table with those remappings (checked when the file is read).
    #[serde(skip)]
    pub keymap: Keymap,
    /// Why the default file could not be read, when it could not: the defaults are used.
    #[serde(skip)]
    pub warning: Option<String>,
}

/// One key or several, as the `[keys]` table writes them.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Keys {
    One(String),
    Many(Vec<String>),
}

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
        struct KeysVisitor;
        impl<'de> serde::de::Visitor<'de> for KeysVisitor {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key or a list of keys, e.g. \"q\" or [\"q\", \"Ctrl-Q\"]")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Keys, E> {
                Ok(Keys::One(v.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = seq.next_element::<String>()? {
                    keys.push(k);
                }
                Ok(Keys::Many(keys))
            }
        }
        d.deserialize_any(KeysVisitor)
    }
}

impl Keys {
    fn list(&self) -> &[String] {
        match self {
            Keys::One(k) => std::slice::from_ref(k),
            Keys::Many(ks) => ks,
        }
    }
}

/// The defaults, as a commented configuration file (`relief-dash config --print`); the
/// names of the bindings come from the key table itself.
pub fn defaults() -> String {
    let names: Vec<&str> = Keymap::shipped().remappable().map(|b| b.name).collect();
    let mut list = String::new();
    let mut line = String::from("#  ");
    for name in names {
        if line.len() + 1 + name.len() > 90 {
            list.push_str(&line);
            list.push('\n');
            line = String::from("#  ");
        }
        line.push(' ');
        line.push_str(name);
    }
    list.push_str(&line);
    list.push('\n');
    DEFAULTS_HEAD.to_string() + &list + DEFAULTS_TAIL
}

/// The text of [`defaults`] before the list of binding names.
const DEFAULTS_HEAD: &str = r#"# relief-dash configuration (TOML). Every setting is optional; command-line options win.

# Colour theme: "dark", "light", "high-contrast" or "mono". NO_COLOR always means mono.
# theme = "dark"

# Interface language: "zh" or "en". Without it: LC_ALL, LC_MESSAGES, LANG, else English.
# lang = "en"

# Capture the mouse (click tabs, rows and members; wheel scrolls). --no-mouse turns it off.
# mouse = true

# Start the charts on a logarithmic scale (the s key switches).
# log_scale = false

# Keys: a binding's name, then the key or keys that replace its own. Keys are written as
# the help shows them: a character ("q"), "Tab", "Shift-Tab", "Enter", "Esc", "Space",
# "Up", "Down", "Left", "Right", "PgUp", "PgDn", "Home", "End", "F1".."F12", "Ctrl-X".
# A key may do one thing per mode; while typing a filter, characters type text.
# The help (?) lists every binding with its keys; their names are:
"#;

/// The text of [`defaults`] after the list of binding names.
const DEFAULTS_TAIL: &str = r#"[keys]
# quit = ["q"]
# filter = ["/"]
"#;

/// Where the configuration file is looked for when no `--config` is given.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "relief-dash")
        .map(|d| d.config_dir().join("config.toml"))
}

/// Reads the configuration: `explicit` must exist; the default file may be missing.
pub fn load(explicit: Option<&Path>) -> Result<Config, LoadError> {
    let (path, required) = match explicit {
        Some(p) => (p.to_path_buf(), true),
        None => match default_path() {
            Some(p) => (p, false),
            None => return Ok(Config::default()),
        },
    };
    let file = path.display().to_string();
    let fail = |kind| LoadError { file: file.clone(), kind };
    match std::fs::metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            return Ok(Config::default());
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(fail(ErrorKind::NotFound));
        }
        Err(e) if !required => return Ok(unreadable(&file, &e)),
        Err(e) => return Err(fail(ErrorKind::io(e))),
        Ok(m) if !m.is_file() => {
            let e = std::io::Error::other("not a regular file");
            if !required {
                return Ok(unreadable(&file, &e));
            }
            return Err(fail(ErrorKind::io(e)));
        }
        Ok(m) if m.len() > MAX_BYTES => {
            return Err(fail(ErrorKind::TooLarge { size: m.len(), limit: MAX_BYTES }));
        }
        Ok(_) => {}
    }
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&file, &text),
        // The default file is optional: one that cannot be read is said, not fatal.
        Err(e) if !required => Ok(unreadable(&file, &e)),
        Err(e) => Err(fail(ErrorKind::io(e))),
    }
}

/// The defaults, with a warning that the default file could not be read.
fn unreadable(file: &str, e: &std::io::Error) -> Config {
    let why = match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    Config {
        warning: Some(format!("{file}: cannot read ({why}); using the defaults")),
        ..Config::default()
    }
}

/// Parses a configuration held in memory; `file` names it in messages.
pub fn parse(file: &str, text: &str) -> Result<Config, LoadError> {
    let fail = |problems| LoadError { file: file.to_string(), kind: ErrorKind::Problems(problems) };
    let mut config: Config = toml::from_str(text).map_err(|e: toml::de::Error| {
        let pos = e.span().map(|s| line_col(text, s.start));
        let message = e.message().trim().replace('\n', " ");
        fail(vec![Problem { pos, path: String::new(), message }])
    })?;
    let entries = config
        .keys
        .iter()
        .map(|(name, keys)| (name.as_str(), keys.get_ref().list(), keys.span().start));
    config.keymap = Keymap::remapped(entries).map_err(|mut problems| {
        problems.sort_by_key(|p| p.0);
        fail(
            problems
                .into_iter()
                .map(|(start, message)| Problem {
                    pos: Some(line_col(text, start)),
                    path: String::new(),
                    message,
                })
                .collect(),
        )
    })?;
    Ok(config)
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_defaults_parse_to_nothing_set() {
        let defaults = defaults();
        assert_eq!(parse("d.toml", &defaults).unwrap(), Config::default());
        for b in Keymap::shipped().remappable() {
            assert!(defaults.contains(&format!(" {}", b.name)), "{} is not listed", b.name);
        }
        let uncommented: String = defaults
            .lines()
            .map(|l| l.strip_prefix("# ").filter(|l| l.contains(" = ")).unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n");
        let c = parse("d.toml", &uncommented).unwrap();
        assert_eq!(c.theme, Some(ThemeName::Dark));
        assert_eq!((c.lang, c.mouse, c.log_scale), (Some(Lang::En), Some(true), Some(false)));
    }

    #[test]
    fn bad_files_say_where() {
        let e = parse("c.toml", "theme = \"dark\"\nlang = \"fr\"\n").unwrap_err();
        assert!(e.lines()[0].starts_with("c.toml:2:8: unknown variant `fr`"), "{e}");
        let e = parse("c.toml", "colour = true\n").unwrap_err();
        assert!(e.lines()[0].starts_with("c.toml:1:1: unknown field `colour`"), "{e}");
        let e = parse("c.toml", "mouse = yes\n").unwrap_err();
        assert!(e.lines()[0].starts_with("c.toml:1:9:"), "{e}");
        let e = parse("c.toml", "[keys]\nquit = \"x\"\nfilter = [\"j\"]\n").unwrap_err();
        assert_eq!(e.lines(), ["c.toml:3:10: j is already bound to \"down\""], "{e}");
    }

    #[test]
    fn what_a_terminal_cannot_tell_apart_or_a_wrong_type_is_refused_with_what_is_expected() {
        let e = parse("c.toml", "[keys]\nquit = [\"Ctrl-M\"]\n").unwrap_err();
        assert!(e.lines()[0].contains("a terminal sends Ctrl-M as Enter"), "{e}");
        let e = parse("c.toml", "[keys]\nforce_quit = \"Ctrl-I\"\n").unwrap_err();
        assert!(e.lines()[0].contains("Ctrl-I as Tab"), "{e}");
        let e = parse("c.toml", "[keys]\nquit = 5\n").unwrap_err();
        assert!(e.lines()[0].contains("expected a key or a list of keys, e.g. \"q\""), "{e}");
    }

    #[test]
    fn keys_are_remapped() {
        let c = parse("c.toml", "[keys]\nquit = \"x\"\nfilter = [\"f\", \"F3\"]\n").unwrap();
        let quit = c.keymap.bindings().iter().find(|b| b.name == "quit").unwrap();
        assert_eq!(quit.key_names(), "x");
    }
}
