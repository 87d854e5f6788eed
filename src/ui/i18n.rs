//! The interface's own words, in Chinese and English.

use crate::Lang;
use crate::app::Banner;
use crate::data::{Dimension, Unit};
use crate::format;

/// Fixed interface texts for one language.
#[derive(Debug)]
pub struct Words {
    pub overview: &'static str,
    pub key_figures: &'static str,
    pub figures: &'static str,
    pub no_figures: &'static str,
    pub none_given: &'static str,
    pub no_figure: &'static str,
    pub sections: &'static str,
    pub compare: &'static str,
    pub series_shared: &'static str,
    pub no_series: &'static str,
    pub report_of: &'static str,
    pub no_match: &'static str,
    pub about: &'static str,
    pub filter: &'static str,
    pub match_one: &'static str,
    pub matches: &'static str,
    pub help: &'static str,
    pub details: &'static str,
    pub value: &'static str,
    pub qualifier: &'static str,
    pub as_of: &'static str,
    pub not_given: &'static str,
    pub section: &'static str,
    pub note: &'static str,
    pub change: &'static str,
    pub derived: &'static str,
    pub series: &'static str,
    pub names: &'static str,
    pub source: &'static str,
    pub report_part: &'static str,
    pub log: &'static str,
    pub more: &'static str,
    pub too_small: &'static str,
    pub now: &'static str,
    pub members: &'static str,
    pub id: &'static str,
    pub mode_names: [&'static str; 5],
    pub reports: &'static str,
    pub not_read: &'static str,
    pub ok: &'static str,
    pub last_good_kept: &'static str,
}

const EN: Words = Words {
    overview: "Overview",
    key_figures: "Key figures",
    figures: "Figures",
    no_figures: "The report gives no figures for this section.",
    none_given: "No figures in the report",
    no_figure: "no figure",
    sections: "Sections",
    compare: "Compare",
    series_shared: "Series in two or more reports",
    no_series: "No series is in two or more of the open reports (figures are linked by their series key).",
    report_of: "report",
    no_match: "No figure matches the filter.",
    about: "About",
    filter: "Filter",
    match_one: "match",
    matches: "matches",
    help: "Keys",
    details: "Details",
    value: "Value",
    qualifier: "Precision",
    as_of: "Holds for",
    not_given: "not given in the report",
    section: "Section",
    note: "Note",
    change: "Change",
    derived: "Derived by relief-dash, not given in the report",
    series: "Series",
    names: "Named",
    source: "Source",
    report_part: "Report part",
    log: "log scale",
    more: "more",
    too_small: "Terminal too small: needs at least",
    now: "now",
    members: "Members",
    id: "Id",
    mode_names: ["Browsing", "Typing a filter", "Details open", "Help open", "Reports open"],
    reports: "Open reports",
    not_read: "not read",
    ok: "ok",
    last_good_kept: "last good version kept (the new one has problems)",
};

const ZH: Words = Words {
    overview: "总览",
    key_figures: "关键数字",
    figures: "数字",
    no_figures: "报道未给出本部分的具体数字。",
    none_given: "报道未给出数字",
    no_figure: "无数字",
    sections: "各部分",
    compare: "对比",
    series_shared: "两份以上报道共有的系列",
    no_series: "打开的报道之间没有共有的系列(数字按系列键对应)。",
    report_of: "报道",
    no_match: "没有符合筛选条件的数字。",
    about: "说明",
    filter: "筛选",
    match_one: "项匹配",
    matches: "项匹配",
    help: "按键",
    details: "详情",
    value: "数值",
    qualifier: "精确度",
    as_of: "时间",
    not_given: "报道未注明",
    section: "部分",
    note: "说明",
    change: "变化",
    derived: "由 relief-dash 推算,报道未直接给出",
    series: "序列",
    names: "点名",
    source: "来源",
    report_part: "报道段落",
    log: "对数刻度",
    more: "项未显示",
    too_small: "终端窗口太小,至少需要",
    now: "当前",
    members: "成员",
    id: "编号",
    mode_names: ["浏览", "输入筛选", "查看详情", "查看帮助", "选择报道"],
    reports: "打开的报道",
    not_read: "未能读取",
    ok: "正常",
    last_good_kept: "保留上一个正确版本(新版本有问题)",
};

/// The interface texts of a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// A chart's title: what its bars measure, and the scale their labels are written in.
pub fn chart_title(axis: Dimension, exp: i32, lang: Lang) -> String {
    use Dimension as D;
    let base = Unit::base_of(axis);
    let scale = format::scale_words(axis, exp, lang);
    let with_scale = |name: &str| match (scale.is_empty(), lang) {
        (true, _) => name.to_string(),
        (false, Lang::En) => format!("{name} ({scale})"),
        (false, Lang::Zh) => format!("{name}({scale})"),
    };
    match (axis, lang) {
        (D::People, Lang::En) => with_scale("People"),
        (D::People, Lang::Zh) => with_scale("人数"),
        (D::Households, Lang::En) => with_scale("Households"),
        (D::Households, Lang::Zh) => with_scale("户数"),
        (D::Money, Lang::En) => format!("Money ({scale})"),
        (D::Money, Lang::Zh) => format!("资金({scale})"),
        (D::MoneyPerPersonYear | D::MoneyPerHousehold, Lang::En) => base.en(2.0).to_string(),
        (D::MoneyPerPersonYear | D::MoneyPerHousehold, Lang::Zh) => base.def().zh.clone(),
        (D::Share, Lang::En) => "Shares (%)".into(),
        (D::Share, Lang::Zh) => "比例(%)".into(),
        (D::AnnualRate, Lang::En) => "Yearly rates (%/year)".into(),
        (D::AnnualRate, Lang::Zh) => "年率(%/年)".into(),
        (D::Duration, Lang::En) => "Durations (years)".into(),
        (D::Duration, Lang::Zh) => "期限(年)".into(),
        (D::Age, Lang::En) => "Ages (years)".into(),
        (D::Age, Lang::Zh) => "年龄(岁)".into(),
        (D::LandArea, Lang::En) => with_scale("Land area (mu)"),
        (D::LandArea, Lang::Zh) => with_scale("面积(亩)"),
        (D::Livestock, Lang::En) => with_scale("Livestock (head)"),
        (D::Livestock, Lang::Zh) => with_scale("牲畜(头)"),
        (D::Length, Lang::En) => "Lengths (km)".into(),
        (D::Length, Lang::Zh) => "长度(公里)".into(),
        (_, Lang::En) => with_scale(&capitalize(base.en(2.0))),
        (_, Lang::Zh) => with_scale(&format!("数量({})", base.def().zh.trim_start_matches('个'))),
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
