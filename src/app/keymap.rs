//! The key table in use: the shipped one, with keys remapped by the configuration file's
//! `[keys]` table (`quit = ["q", "Ctrl-Q"]`). Remapping replaces a binding's keys; a key bound
//! twice in one mode, an unknown name, or a printable key where the filter types text is
//! refused with the binding's name.

use std::sync::LazyLock;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::action::Action;
use super::binding::{Binding, Cmd, KeyPat};
use super::mode::Mode;
use super::shipped_keys::defaults;
use super::tab::Tab;

/// The bindings in use, in help order.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap { bindings: defaults() }
    }
}

static SHIPPED: LazyLock<Keymap> = LazyLock::new(Keymap::default);

impl Keymap {
    /// The shipped key table.
    pub fn shipped() -> &'static Keymap {
        &SHIPPED
    }

    /// Every binding, in help order.
    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The shipped table with `name`'s keys replaced, for each (name, keys) given; every
    /// problem is returned with the position of the entry it is about.
    pub fn remapped<'a, P: Copy>(
        entries: impl IntoIterator<Item = (&'a str, &'a [String], P)>,
    ) -> Result<Keymap, Vec<(P, String)>> {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        let mut changed: Vec<(usize, P)> = Vec::new();
        for (name, keys, pos) in entries {
            let Some(b) = map.bindings.iter().position(|b| b.name == name) else {
                let names: Vec<&str> = map.remappable().map(|b| b.name).collect();
                problems.push((
                    pos,
                    format!("no key binding \"{name}\"; one of: {}", names.join(", ")),
                ));
                continue;
            };
            if !matches!(map.bindings[b].cmd, Cmd::Do(_)) {
                problems.push((pos, format!("\"{name}\" cannot be remapped")));
                continue;
            }
            if keys.is_empty() {
                problems.push((pos, format!("\"{name}\" needs at least one key")));
                continue;
            }
            let mut parsed = Vec::new();
            for k in keys {
                match parse_key(k) {
                    Ok(p) => parsed.push(p),
                    Err(e) => problems.push((pos, e)),
                }
            }
            let binding = &mut map.bindings[b];
            if binding.modes.contains(&Mode::Filter)
                && let Some(k) =
                    parsed.iter().find(|k| matches!(k, KeyPat::Plain(KeyCode::Char(_))))
            {
                problems.push((
                    pos,
                    format!(
                        "\"{name}\" works while typing a filter, where {} types text; use a special or Ctrl key",
                        k.name()
                    ),
                ));
                continue;
            }
            binding.keys = parsed;
            changed.push((b, pos));
        }
        // A key may do one thing per mode.
        for &(b, pos) in &changed {
            let binding = &map.bindings[b];
            for other in map.bindings.iter().filter(|o| o.name != binding.name) {
                let shared_mode = binding.modes.iter().any(|m| other.modes.contains(m));
                let clash =
                    binding.keys.iter().find(|k| other.keys.iter().any(|o| overlaps(**k, *o)));
                if let (true, Some(k)) = (shared_mode, clash) {
                    problems.push((
                        pos,
                        format!("{} is already bound to \"{}\"", k.name(), other.name),
                    ));
                }
            }
        }
        if problems.is_empty() { Ok(map) } else { Err(problems) }
    }

    /// The bindings a configuration file may remap.
    pub fn remappable(&self) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(|b| matches!(b.cmd, Cmd::Do(_)))
    }

    /// The action a key press gives in a mode, if any; key releases are ignored.
    pub fn action_for(&self, mode: Mode, key: &KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        self.bindings.iter().filter(|b| b.modes.contains(&mode)).find_map(|b| {
            let hit = b.keys.iter().find_map(|k| k.matches(key))?;
            Some(match (&b.cmd, hit) {
                (Cmd::Do(a), _) => a.clone(),
                (Cmd::GoTabDigit, Some(d)) => {
                    Action::GoTab(Tab::from_index(d as usize - '1' as usize))
                }
                (Cmd::TypeChar, Some(ch)) => Action::FilterPush(ch),
                _ => return None,
            })
        })
    }

    /// The bindings the footer shows in a mode: help and quit first, then in table order.
    pub fn footer(&self, mode: Mode) -> Vec<&Binding> {
        let mut shown: Vec<_> =
            self.bindings.iter().filter(|b| b.footer && b.modes.contains(&mode)).collect();
        shown.sort_by_key(|b| !matches!(b.cmd, Cmd::Do(Action::ToggleHelp | Action::Quit)));
        shown
    }
}

/// Whether two key patterns answer to a common key.
fn overlaps(a: KeyPat, b: KeyPat) -> bool {
    let digit = |k: KeyPat| matches!(k, KeyPat::Plain(KeyCode::Char('1'..='9')));
    let text = |k: KeyPat| matches!(k, KeyPat::Plain(KeyCode::Char(c)) if !c.is_control());
    match (a, b) {
        (KeyPat::Digit, o) | (o, KeyPat::Digit) => o == KeyPat::Digit || digit(o),
        (KeyPat::Text, o) | (o, KeyPat::Text) => o == KeyPat::Text || text(o),
        (KeyPat::Ctrl(x), KeyPat::Ctrl(y)) => x.eq_ignore_ascii_case(&y),
        _ => a == b,
    }
}

/// A key as the configuration file writes it: a character (`q`, `?`), a named key (`Tab`,
/// `Shift-Tab`, `Enter`, `Esc`, `Space`, `Backspace`, `Delete`, `Up`, `Down`, `Left`, `Right`,
/// `PgUp`, `PgDn`, `Home`, `End`, `F1`…`F12`) or `Ctrl-` and a letter.
pub fn parse_key(text: &str) -> Result<KeyPat, String> {
    use KeyCode as K;
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("ctrl-").or_else(|| lower.strip_prefix("ctrl+")) {
        let mut chars = rest.chars();
        // Terminals send these as other keys: the program could never see them.
        let same_as = |c: char| match c {
            'm' | 'j' => Some("Enter"),
            'i' => Some("Tab"),
            'h' => Some("Backspace"),
            _ => None,
        };
        return match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_alphabetic() => match same_as(c) {
                Some(key) => Err(format!(
                    "\"{text}\": a terminal sends Ctrl-{} as {key}, so it cannot be told apart; \
                     use {key} or another key",
                    c.to_ascii_uppercase()
                )),
                None => Ok(KeyPat::Ctrl(c)),
            },
            _ => Err(format!("\"{text}\": Ctrl- takes one letter (Ctrl-Q)")),
        };
    }
    let code = match lower.as_str() {
        "tab" => K::Tab,
        "shift-tab" | "backtab" => K::BackTab,
        "enter" | "return" => K::Enter,
        "esc" | "escape" => K::Esc,
        "space" => K::Char(' '),
        "backspace" => K::Backspace,
        "delete" | "del" => K::Delete,
        "up" | "↑" => K::Up,
        "down" | "↓" => K::Down,
        "left" | "←" => K::Left,
        "right" | "→" => K::Right,
        "pgup" | "pageup" => K::PageUp,
        "pgdn" | "pagedown" => K::PageDown,
        "home" => K::Home,
        "end" => K::End,
        f if f.len() >= 2 && f.starts_with('f') => match f[1..].parse::<u8>() {
            Ok(n @ 1..=12) => K::F(n),
            _ => return Err(format!("\"{text}\" is not a key")),
        },
        _ => {
            let mut chars = t.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() && !c.is_whitespace() => {
                    Ok(KeyPat::Plain(K::Char(c)))
                }
                _ => Err(format!("\"{}\" is not a key", text.escape_debug())),
            };
        }
    };
    Ok(KeyPat::Plain(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_read_as_written() {
        assert_eq!(parse_key("q"), Ok(KeyPat::Plain(KeyCode::Char('q'))));
        assert_eq!(parse_key("Ctrl-Q"), Ok(KeyPat::Ctrl('q')));
        assert_eq!(parse_key("PgDn"), Ok(KeyPat::Plain(KeyCode::PageDown)));
        assert_eq!(parse_key("F5"), Ok(KeyPat::Plain(KeyCode::F(5))));
        assert_eq!(parse_key("Space"), Ok(KeyPat::Plain(KeyCode::Char(' '))));
        assert!(parse_key("Ctrl-").is_err() && parse_key("F13").is_err());
        assert!(parse_key("\u{1b}").is_err() && parse_key("Hyper").is_err());
    }

    #[test]
    fn every_key_the_help_shows_can_be_written_in_the_config_file() {
        for b in Keymap::default().remappable() {
            for k in &b.keys {
                assert_eq!(parse_key(&k.name()), Ok(*k), "{} of {}", k.name(), b.name);
            }
        }
    }

    fn remap(entries: &[(&str, &[&str])]) -> Result<Keymap, Vec<String>> {
        let owned: Vec<(&str, Vec<String>)> = entries
            .iter()
            .map(|(n, ks)| (*n, ks.iter().map(|k| k.to_string()).collect()))
            .collect();
        Keymap::remapped(owned.iter().map(|(n, ks)| (*n, ks.as_slice(), ())))
            .map_err(|ps| ps.into_iter().map(|p| p.1).collect())
    }

    #[test]
    fn a_remapped_key_acts_and_the_old_one_does_not() {
        let map = remap(&[("quit", &["x"]), ("filter", &["f", "F3"])]).unwrap();
        let key = |c| KeyEvent::from(KeyCode::Char(c));
        assert_eq!(map.action_for(Mode::Normal, &key('x')), Some(Action::Quit));
        assert_eq!(map.action_for(Mode::Normal, &key('q')), None);
        assert_eq!(map.action_for(Mode::Normal, &key('f')), Some(Action::StartFilter));
        let f3 = KeyEvent::from(KeyCode::F(3));
        assert_eq!(map.action_for(Mode::Normal, &f3), Some(Action::StartFilter));
    }

    #[test]
    fn bad_remappings_are_refused_with_a_reason() {
        let e = remap(&[("quit", &["j"])]).unwrap_err();
        assert_eq!(e, ["j is already bound to \"down\""]);
        let e = remap(&[("quit", &["3"])]).unwrap_err();
        assert_eq!(e, ["3 is already bound to \"go_to_tab\""]);
        let e = remap(&[("filter_keep", &["k"])]).unwrap_err();
        assert!(e[0].contains("types text"), "{e:?}");
        let e = remap(&[("fly", &["x"])]).unwrap_err();
        assert!(e[0].starts_with("no key binding \"fly\"; one of: next_tab, prev_tab"), "{e:?}");
        assert!(remap(&[("type", &["x"])]).is_err() && remap(&[("quit", &[])]).is_err());
        // Swapping two keys works when both are remapped together.
        assert!(remap(&[("up", &["j"]), ("down", &["k"])]).is_ok());
    }
}
