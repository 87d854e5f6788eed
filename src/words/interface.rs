//! The interface's own words, in Chinese and English: titles, messages, banners, and the
//! small pieces of wording (counts, separators, the draft mark) that views put together.

use crate::lang::Lang;

/// Fixed interface texts for one language (fields in the order of `EN` and `ZH`).
#[derive(Debug)]
pub struct Words {
    /// The overview tab.
    pub overview: &'static str,
    /// The key figures.
    pub key_figures: &'static str,
    /// The figure list's title.
    pub figures: &'static str,
    /// A section without figures.
    pub no_figures: &'static str,
    /// A group member without figures.
    pub none_given: &'static str,
    /// The members of a group without a figure in a comparison chart (before their names).
    pub no_figure_for: &'static str,
    /// A group's panel of its own figures (in no member).
    pub overall: &'static str,
    /// A section's box of its figures' notes.
    pub figure_notes: &'static str,
    /// The overview's list of sections.
    pub sections: &'static str,
    /// The Compare tab.
    pub compare: &'static str,
    /// The Compare tab's list.
    pub series_shared: &'static str,
    /// No series shared.
    pub no_series: &'static str,
    /// One report.
    pub report_of: &'static str,
    /// Nothing passes the filter.
    pub no_match: &'static str,
    /// A section's notes.
    pub about: &'static str,
    /// The filter.
    pub filter: &'static str,
    /// After a count of one match.
    pub match_one: &'static str,
    /// After a count of matches.
    pub matches: &'static str,
    /// The help overlay.
    pub help: &'static str,
    /// The details popup.
    pub details: &'static str,
    /// A value.
    pub value: &'static str,
    /// How exact a figure is.
    pub qualifier: &'static str,
    /// When a figure holds.
    pub as_of: &'static str,
    /// A date the report does not give.
    pub not_given: &'static str,
    /// A section.
    pub section: &'static str,
    /// A figure's note.
    pub note: &'static str,
    /// A change between two figures.
    pub change: &'static str,
    /// What a derived figure is.
    pub derived: &'static str,
    /// A derived figure's formula.
    pub formula: &'static str,
    /// The figures a derived one is computed from.
    pub computed_from: &'static str,
    /// A derived figure's value before rounding.
    pub full_value: &'static str,
    /// Why a derived figure has no value.
    pub not_computable: &'static str,
    /// Where a derived figure's inputs come from.
    pub inputs_source: &'static str,
    /// After a derived figure's qualifier.
    pub from_inputs: &'static str,
    /// A series key.
    pub series: &'static str,
    /// Names a figure lists.
    pub names: &'static str,
    /// The report a figure comes from.
    pub source: &'static str,
    /// Where this one figure was read (its own source, beside the dataset's report).
    pub figure_source: &'static str,
    /// A rule between figures that does not hold.
    pub rule_broken: &'static str,
    /// The report's part.
    pub report_part: &'static str,
    /// A chart on a log scale.
    pub log: &'static str,
    /// After a count of rows not shown.
    pub more: &'static str,
    /// After the help key in a footer that has no room for every key.
    pub more_keys: &'static str,
    /// After the key that closes a popup, on its bottom edge.
    pub close: &'static str,
    /// What the help calls typing text (a filter), in place of a key's name.
    pub typed_text: &'static str,
    /// The terminal is too small.
    pub too_small: &'static str,
    /// The terminal's size now.
    pub now: &'static str,
    /// A group's member list.
    pub members: &'static str,
    /// A figure's id.
    pub id: &'static str,
    /// Where in the report a drafted figure was found.
    pub drafted_from: &'static str,
    /// What the keyboard talks to, in help order.
    pub mode_names: [&'static str; 6],
    /// The list of open reports.
    pub reports: &'static str,
    /// A report that could not be read.
    pub not_read: &'static str,
    /// No report passes the list's filter.
    pub no_report_match: &'static str,
    /// A report read well.
    pub ok: &'static str,
    /// A report whose new version was refused.
    pub last_good_kept: &'static str,
}

const EN: Words = Words {
    overview: "Overview",
    key_figures: "Key figures",
    figures: "Figures",
    no_figures: "The report gives no figures for this section.",
    none_given: "No figures in the report",
    no_figure_for: "No figure: ",
    overall: "Overall",
    figure_notes: "Notes on the figures",
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
    formula: "Formula",
    computed_from: "Computed from",
    full_value: "Full value",
    not_computable: "Not computable",
    inputs_source: "Its inputs are from",
    from_inputs: "carried over from its inputs",
    series: "Series",
    names: "Named",
    source: "Source",
    figure_source: "This figure read in",
    rule_broken: "Rule broken",
    report_part: "Report part",
    log: "log scale",
    more: "more",
    more_keys: "more",
    close: "close",
    typed_text: "text",
    too_small: "Terminal too small: needs at least",
    now: "now",
    members: "Members",
    id: "Id",
    drafted_from: "Drafted from",
    mode_names: [
        "Browsing",
        "Typing a filter",
        "Details open",
        "Help open",
        "Reports open",
        "Typing a filter",
    ],
    reports: "Open reports",
    not_read: "not read",
    no_report_match: "No report matches the filter (file name, region or outlet).",
    ok: "ok",
    last_good_kept: "last good version kept (the new one has problems)",
};

const ZH: Words = Words {
    overview: "总览",
    key_figures: "关键数字",
    figures: "数字",
    no_figures: "报道未给出本部分的具体数字。",
    none_given: "报道未给出数字",
    no_figure_for: "无数字：",
    overall: "总体",
    figure_notes: "指标说明",
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
    formula: "算式",
    computed_from: "推算所用数字",
    full_value: "完整数值",
    not_computable: "无法计算",
    inputs_source: "所用数字来源",
    from_inputs: "由所用数字推得",
    series: "序列",
    names: "点名",
    source: "来源",
    figure_source: "本数出处",
    rule_broken: "不符合规则",
    report_part: "报道段落",
    log: "对数刻度",
    more: "项未显示",
    more_keys: "更多",
    close: "关闭",
    typed_text: "文字",
    too_small: "终端窗口太小,至少需要",
    now: "当前",
    members: "成员",
    id: "编号",
    drafted_from: "草稿出处",
    mode_names: ["浏览", "输入筛选", "查看详情", "查看帮助", "选择报道", "输入筛选"],
    reports: "打开的报道",
    not_read: "未能读取",
    no_report_match: "没有符合筛选条件的报道(文件名、地区或来源)。",
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

/// How many figures a report has: `12 figures`, `12个数字`.
pub fn figure_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{n} figures"),
        Lang::Zh => format!("{n}个数字"),
    }
}

/// The header's mark of a draft with `n` fields still to complete.
pub fn draft_mark(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("草稿·待完成{n}项 "),
        Lang::En => format!("DRAFT · {n} to do "),
    }
}

/// Where a drafted figure is in its report: `line 7, column 14`, `第7行第14列`.
pub fn line_and_column(line: u32, column: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("line {line}, column {column}"),
        Lang::Zh => format!("第{line}行第{column}列"),
    }
}

/// What goes between the items of a list of names: `、` in Chinese, `, ` in English.
pub fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}

/// A bullet and a label's colon: Chinese has no spaces to wrap at, so none follows them
/// (a space after a label would push the whole text to the next line).
pub fn bullet_and_colon(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Zh => ("•", ":"),
        Lang::En => ("• ", ": "),
    }
}

/// Why two figures of a series are not compared: one holds over a period, the other at a
/// date.
pub fn not_compared(period: &str, date: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Not compared: {period} is a period and {date} a date; a change is only between \
             figures of one kind"
        ),
        Lang::Zh => format!("不作比较:{period}是一个时期,{date}是一个时点;只比较同一类数字的变化"),
    }
}

/// The banner while a file is read.
pub fn loading(lang: Lang) -> String {
    match lang {
        Lang::En => "Loading…".to_string(),
        Lang::Zh => "正在读取…".to_string(),
    }
}

/// The banner after the file was read again and found as shown.
pub fn unchanged(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Read again: unchanged",
        Lang::Zh => "已重新读取：没有变化",
    }
}

/// The banner after a reload was refused: how many problems, and the first.
pub fn reload_failed(problems: usize, first: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let n = if problems == 1 {
                "1 problem".to_string()
            } else {
                format!("{problems} problems")
            };
            format!("Reload failed ({n}), last good data kept: {first}")
        }
        Lang::Zh => format!("重新读取失败({problems}个问题),仍显示上次的有效数据:{first}"),
    }
}

/// The banner when the file is not watched, with the reason.
pub fn not_watching(why: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Not watching the file (press r to reload): {why}"),
        Lang::Zh => format!("无法监视文件(按 r 重新读取):{why}"),
    }
}

/// A report's file name (its path's last part), and whether it is a copy shipped in the
/// program (named `<embedded data/NAME>`).
pub fn file_of(name: &str) -> (String, bool) {
    let embedded = name.strip_prefix("<embedded ").and_then(|n| n.strip_suffix('>'));
    let path = embedded.unwrap_or(name);
    let file = std::path::Path::new(path)
        .file_name()
        .map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
    (file, embedded.is_some())
}

/// Where a report was read from, as details show it: its file's name, and for a copy
/// shipped in the program (`<embedded data/NAME>`) that it is one.
pub fn report_file(name: &str, lang: Lang) -> String {
    let (file, embedded) = file_of(name);
    match (embedded, lang) {
        (false, _) => file,
        (true, Lang::En) => format!("{file}, shipped copy"),
        (true, Lang::Zh) => format!("{file}，内置副本"),
    }
}
