//! The interface's own words, in Chinese and English.

use crate::Lang;
use crate::app::Banner;
use crate::data::{Unit, UnitKind};

/// Fixed interface texts for one language.
#[derive(Debug)]
pub struct Words {
    pub overview: &'static str,
    pub key_figures: &'static str,
    pub figures: &'static str,
    pub no_figures: &'static str,
    pub no_match: &'static str,
    pub about: &'static str,
    pub filter: &'static str,
    pub help: &'static str,
    pub details: &'static str,
    pub value: &'static str,
    pub qualifier: &'static str,
    pub as_of: &'static str,
    pub not_given: &'static str,
    pub section: &'static str,
    pub note: &'static str,
    pub names: &'static str,
    pub source: &'static str,
    pub report_part: &'static str,
    pub log: &'static str,
    pub more: &'static str,
    pub too_small: &'static str,
    pub now: &'static str,
    pub programs: &'static str,
    pub id: &'static str,
    pub mode_names: [&'static str; 4],
}

const EN: Words = Words {
    overview: "Overview",
    key_figures: "Key figures",
    figures: "Figures",
    no_figures: "The report gives no figures for this section.",
    no_match: "No figure matches the filter.",
    about: "About",
    filter: "Filter",
    help: "Keys",
    details: "Details",
    value: "Value",
    qualifier: "Precision",
    as_of: "Holds for",
    not_given: "not given in the report",
    section: "Section",
    note: "Note",
    names: "Named",
    source: "Source",
    report_part: "Report part",
    log: "log scale",
    more: "more",
    too_small: "Terminal too small: needs at least",
    now: "now",
    programs: "Programs",
    id: "Id",
    mode_names: ["Browsing", "Typing a filter", "Details open", "Help open"],
};

const ZH: Words = Words {
    overview: "总览",
    key_figures: "关键数字",
    figures: "数字",
    no_figures: "报道未给出本部分的具体数字。",
    no_match: "没有符合筛选条件的数字。",
    about: "说明",
    filter: "筛选",
    help: "按键",
    details: "详情",
    value: "数值",
    qualifier: "精确度",
    as_of: "时间",
    not_given: "报道未注明",
    section: "部分",
    note: "说明",
    names: "点名",
    source: "来源",
    report_part: "报道段落",
    log: "对数刻度",
    more: "项未显示",
    too_small: "终端窗口太小,至少需要",
    now: "当前",
    programs: "项目",
    id: "编号",
    mode_names: ["浏览", "输入筛选", "查看详情", "查看帮助"],
};

/// The interface texts of a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// A chart's title for the unit its bars are drawn in.
pub fn chart_title(axis: Unit, lang: Lang) -> String {
    let info = axis.info();
    match (info.kind, lang) {
        (UnitKind::Headcount, Lang::En) => "People".into(),
        (UnitKind::Headcount, Lang::Zh) => "人数".into(),
        (UnitKind::Households, Lang::En) => "Households".into(),
        (UnitKind::Households, Lang::Zh) => "户数".into(),
        (UnitKind::MoneyAmount, Lang::En) => "Money (million yuan)".into(),
        (UnitKind::MoneyAmount, Lang::Zh) => format!("资金({})", info.zh),
        (UnitKind::MoneyRate, Lang::En) => info.en.1.trim_start_matches("× ").to_string(),
        (UnitKind::MoneyRate, Lang::Zh) => info.zh.to_string(),
        (UnitKind::Share, Lang::En) => "Shares (%)".into(),
        (UnitKind::Share, Lang::Zh) => "比例(%)".into(),
        (UnitKind::AnnualRate, Lang::En) => "Yearly rates (%/year)".into(),
        (UnitKind::AnnualRate, Lang::Zh) => "年率(%/年)".into(),
        (UnitKind::Duration, Lang::En) => "Durations (years)".into(),
        (UnitKind::Duration, Lang::Zh) => "期限(年)".into(),
        (UnitKind::Age, Lang::En) => "Ages (years)".into(),
        (UnitKind::Age, Lang::Zh) => "年龄(岁)".into(),
        (UnitKind::Count, Lang::En) => capitalize(info.en.1),
        (UnitKind::Count, Lang::Zh) => format!("数量({})", info.zh.trim_start_matches('个')),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A banner's text in a language.
pub fn banner_text(b: &Banner, lang: Lang) -> String {
    match (b, lang) {
        (Banner::Loading, Lang::En) => "Loading…".to_string(),
        (Banner::Loading, Lang::Zh) => "正在读取…".to_string(),
        (Banner::ReloadFailed { problems, first }, Lang::En) => {
            let n = if *problems == 1 {
                "1 problem".to_string()
            } else {
                format!("{problems} problems")
            };
            format!("Reload failed ({n}), last good data kept: {first}")
        }
        (Banner::ReloadFailed { problems, first }, Lang::Zh) => {
            format!("重新读取失败({problems}个问题),仍显示上次的有效数据:{first}")
        }
        (Banner::NotWatching(e), Lang::En) => {
            format!("Not watching the file (press r to reload): {e}")
        }
        (Banner::NotWatching(e), Lang::Zh) => format!("无法监视文件(按 r 重新读取):{e}"),
    }
}
