//! The words of a load the user can watch: what is being read and how far it is, in the
//! dashboard's first frame and on standard error for `check` and `import`.

use crate::lang::Lang;

/// What is read: one file's name, or how many files.
pub fn what(files: &[String], lang: Lang) -> String {
    match (files, lang) {
        ([one], _) => one.clone(),
        (_, Lang::En) => format!("{} files", files.len()),
        (_, Lang::Zh) => format!("{}个文件", files.len()),
    }
}

/// The line above the bar: `Reading big.json…`.
pub fn reading(what: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Reading {what}…"),
        Lang::Zh => format!("正在读取{what}…"),
    }
}

/// How far: `21.3 of 43.4 MB · 49%`.
pub fn how_far(read: u64, total: u64, lang: Lang) -> String {
    let mb = |b: u64| b as f64 / 1e6;
    let pct = read.min(total).saturating_mul(100).checked_div(total).unwrap_or(100);
    match lang {
        Lang::En => format!("{:.1} of {:.1} MB · {pct}%", mb(read), mb(total)),
        Lang::Zh => format!("已读{:.1} MB，共{:.1} MB · {pct}%", mb(read), mb(total)),
    }
}

/// What works meanwhile.
pub fn meanwhile(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "The figures come when the files are read; the keys below work meanwhile.",
        Lang::Zh => "文件读完后显示数字;其间可用下方的按键。",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn how_far_in_both_languages() {
        assert_eq!(how_far(21_300_000, 43_400_000, Lang::En), "21.3 of 43.4 MB · 49%");
        assert_eq!(how_far(21_300_000, 43_400_000, Lang::Zh), "已读21.3 MB，共43.4 MB · 49%");
        assert_eq!(how_far(5, 0, Lang::En), "0.0 of 0.0 MB · 100%");
        assert_eq!(what(&["a.json".into(), "b.json".into()], Lang::Zh), "2个文件");
    }
}
