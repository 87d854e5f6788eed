//! The two languages of the interface.

/// A language the dashboard can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
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
