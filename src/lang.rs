//! The two languages of the interface.

/// A language the dashboard can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Chinese.
    Zh,
    /// English.
    #[default]
    En,
}

impl Lang {
    /// The other language.
    pub fn toggle(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The language the locale variables ask for, in POSIX order: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty decides (`C` and `POSIX` mean
    /// English); none set means English.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| var(k))
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_locale(&v))
            .unwrap_or_default()
    }

    /// The language a `LANG`-style locale string asks for, if any.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let l = locale.to_ascii_lowercase();
        if l.starts_with("zh") {
            Some(Lang::Zh)
        } else if l.is_empty() || l == "c" || l == "posix" {
            None
        } else {
            Some(Lang::En)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> Lang {
        Lang::from_env(|k| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()))
    }

    #[test]
    fn lc_all_wins_over_lc_messages_and_lang() {
        assert_eq!(env(&[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")]), Lang::En);
        assert_eq!(env(&[("LC_ALL", "zh_CN.UTF-8"), ("LANG", "en_US.UTF-8")]), Lang::Zh);
        assert_eq!(env(&[("LC_MESSAGES", "POSIX"), ("LANG", "zh_TW")]), Lang::En);
        assert_eq!(env(&[("LC_ALL", ""), ("LC_MESSAGES", "zh_CN"), ("LANG", "C")]), Lang::Zh);
        assert_eq!(env(&[("LANG", "zh_CN.UTF-8")]), Lang::Zh);
        assert_eq!(env(&[]), Lang::En);
    }
}
