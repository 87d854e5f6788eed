//! The Table tab's words: its title, headers, how it is sorted and dated, region levels, and
//! a parent's figure beside its children's sum.

use crate::data::Level;
use crate::lang::Lang;

/// The Table tab's fixed words in one language.
#[derive(Debug)]
pub struct TableWords {
    /// The tab's name.
    pub tab: &'static str,
    /// The rank column's header.
    pub rank: &'static str,
    /// The region column's header.
    pub region: &'static str,
    /// The level column's header.
    pub level: &'static str,
    /// The date column's header.
    pub date: &'static str,
    /// The date shown when each cell shows its latest figure.
    pub latest: &'static str,
    /// "sorted by".
    pub sorted_by: &'static str,
    /// Rows as a tree.
    pub tree: &'static str,
    /// Rows as one list.
    pub flat: &'static str,
    /// No report passes the filter.
    pub no_rows: &'static str,
    /// No series to show.
    pub no_columns: &'static str,
    /// Columns hidden to the left / right.
    pub more_columns: &'static str,
    /// The children's sum, before its value.
    pub children_sum: &'static str,
    /// The sum agrees with the parent's figure.
    pub agrees: &'static str,
    /// The sum differs from the parent's figure, within what the qualifiers allow.
    pub differs: &'static str,
    /// The sum breaks the rule (a parent's figure at least, or equal to, its children's).
    pub broken: &'static str,
}

const EN: TableWords = TableWords {
    tab: "Table",
    rank: "#",
    region: "Region",
    level: "Level",
    date: "Date",
    latest: "latest",
    sorted_by: "sorted by",
    tree: "tree",
    flat: "flat",
    no_rows: "No report matches the filter (region name or code).",
    no_columns: "The open reports give no series (figures are linked by their series key).",
    more_columns: "more columns: ← →",
    children_sum: "children's sum",
    agrees: "agrees",
    differs: "differs",
    broken: "rule broken",
};

const ZH: TableWords = TableWords {
    tab: "表格",
    rank: "#",
    region: "地区",
    level: "级别",
    date: "日期",
    latest: "最新",
    sorted_by: "排序",
    tree: "树状",
    flat: "平铺",
    no_rows: "没有符合筛选条件的报道(地区名称或代码)。",
    no_columns: "打开的报道没有系列数字(数字按系列键对应)。",
    more_columns: "更多列:← →",
    children_sum: "下级合计",
    agrees: "一致",
    differs: "不同",
    broken: "不符合规则",
};

/// The Table tab's words in a language.
pub fn words(lang: Lang) -> &'static TableWords {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// A region level's name.
pub fn level(l: Level, lang: Lang) -> &'static str {
    let (en, zh) = match l {
        Level::Country => ("country", "国家"),
        Level::Region => ("region", "地区"),
        Level::Province => ("province", "省级"),
        Level::Prefecture => ("prefecture", "地级"),
        Level::County => ("county", "县级"),
        Level::Township => ("township", "乡镇"),
        Level::Village => ("village", "村"),
        Level::Area => ("area", "区域"),
    };
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// The date the table shows: `date: latest`, `日期:2018`.
pub fn date_shown(date: Option<&str>, lang: Lang) -> String {
    let w = words(lang);
    let d = date.unwrap_or(w.latest);
    match lang {
        Lang::En => format!("{}: {d}", w.date),
        Lang::Zh => format!("{}:{d}", w.date),
    }
}

/// What the rows are sorted by: `sorted by Region ↑`, `排序:地区↑`.
pub fn sorted(by: &str, desc: bool, lang: Lang) -> String {
    let arrow = if desc { "↓" } else { "↑" };
    match lang {
        Lang::En => format!("{} {by} {arrow}", words(lang).sorted_by),
        Lang::Zh => format!("{}:{by}{arrow}", words(lang).sorted_by),
    }
}

/// The line under the table for a parent: `agrees · Rural poor population · 2019: 551万人 =
/// children's sum …`, `一致 · 农村贫困人口 · 2019:…`.
pub fn sum_line(verdict: &str, column: &str, date: &str, values: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{verdict} · {column} · {date}: {values}"),
        Lang::Zh => format!("{verdict} · {column} · {date}:{values}"),
    }
}
