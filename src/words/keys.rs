//! What each key binding is called in help and in the footer, by its name in the key table
//! (`app::shipped_keys`), in English and Chinese.

use crate::lang::Lang;

/// A binding's words: its help line and its footer text (English, Chinese).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyWords {
    /// What it does, for the help overlay.
    pub help: (&'static str, &'static str),
    /// Its short text in the footer, when the footer shows it.
    pub footer: (&'static str, &'static str),
}

/// The words of the binding named `name`; `None` for a name the key table does not have.
pub fn of(name: &str) -> Option<KeyWords> {
    let (help, footer) = match name {
        "next_tab" => (("next tab", "下一页"), ("tabs", "切换页")),
        "prev_tab" => (("previous tab", "上一页"), ("", "")),
        "right" => {
            (("next tab (in the table: next columns)", "下一页（表格中：右移一列）"), ("", ""))
        }
        "left" => (
            ("previous tab (in the table: columns before)", "上一页（表格中：左移一列）"),
            ("", ""),
        ),
        "sort_next" => (("table: sort by the next column", "表格：按下一列排序"), ("sort", "排序")),
        "sort_prev" => (("table: sort by the column before", "表格：按上一列排序"), ("", "")),
        "sort_reverse" => (("table: reverse the order", "表格：倒序"), ("", "")),
        "next_date" => (
            ("table: next date (latest first)", "表格：下一个日期（先显示最新）"),
            ("date", "日期"),
        ),
        "tree" => (("table: tree / flat", "表格：树状/平铺"), ("tree", "树状")),
        "collapse" => {
            (("table: fold / unfold a parent's children", "表格：收起/展开下级"), ("", ""))
        }
        "go_to_tab" => (("go to tab", "跳到页"), ("", "")),
        "up" => (("previous row (scrolls help)", "上一行（帮助中滚动）"), ("", "")),
        "down" => (("next row (scrolls help)", "下一行（帮助中滚动）"), ("row", "选择")),
        "filter_up" => (("previous row", "上一行"), ("", "")),
        "filter_down" => (("next row", "下一行"), ("", "")),
        "page_up" => (("page up (also in help)", "上翻页（帮助中也可）"), ("", "")),
        "page_down" => (("page down (also in help)", "下翻页（帮助中也可）"), ("", "")),
        "first" => (("first row (top of help)", "第一行（帮助顶部）"), ("", "")),
        "last" => (("last row (end of help)", "最后一行（帮助末尾）"), ("", "")),
        "next_member" => (("next member of a group", "组内下一项"), ("member", "成员")),
        "prev_member" => (("previous member of a group", "组内上一项"), ("", "")),
        "details" => (("details of the selected figure", "查看详情"), ("details", "详情")),
        "close" => (("close popup / clear filter", "关闭弹窗/清除筛选"), ("", "")),
        "close_details" => (("close details", "关闭详情"), ("close", "关闭")),
        "filter" => (("filter by text", "按文字筛选"), ("filter", "筛选")),
        "help" => (("help", "帮助"), ("help", "帮助")),
        "language" => (("中文 / English", "中文 / English"), ("中文/English", "English/中文")),
        "log_scale" => (("linear / log chart scale", "线性/对数刻度"), ("log scale", "对数")),
        "reload" => (("reload the file", "重新读取文件"), ("", "")),
        "reports" => (
            ("open reports: pick the one shown", "打开的报道：选择要看的一份"),
            ("reports", "报道"),
        ),
        "pick" => (("show the highlighted report", "查看选中的报道"), ("show", "查看")),
        "quit" => (("quit", "退出"), ("quit", "退出")),
        "force_quit" => (("quit", "退出"), ("", "")),
        "suspend" => {
            (("suspend to the shell (fg to come back)", "挂起到命令行（fg 返回）"), ("", ""))
        }
        "redraw" => (("redraw the screen", "重绘屏幕"), ("", "")),
        "type" => (("type the filter", "输入筛选文字"), ("", "")),
        "filter_delete" => (("delete a character", "删除一个字"), ("", "")),
        "filter_keep" => (("keep the filter", "确定筛选"), ("keep", "确定")),
        "filter_clear" => (("clear the filter", "清除筛选"), ("clear", "清除")),
        _ => return None,
    };
    Some(KeyWords { help, footer })
}

/// A binding's help line in a language (empty for an unknown name).
pub fn help(name: &str, lang: Lang) -> &'static str {
    of(name).map_or("", |w| pick(w.help, lang))
}

/// A binding's footer text in a language (empty for an unknown name).
pub fn footer(name: &str, lang: Lang) -> &'static str {
    of(name).map_or("", |w| pick(w.footer, lang))
}

fn pick(pair: (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::En => pair.0,
        Lang::Zh => pair.1,
    }
}
