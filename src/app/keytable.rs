//! The key table as shipped: every binding, its keys, modes, and words for help and footer.

use ratatui::crossterm::event::KeyCode;

use super::Action;
use super::keys::{Binding, Cmd, KeyPat, Mode};

use KeyCode as K;
use KeyPat::{Ctrl, Plain};
use Mode::{Detail, Filter, Help, Normal, Picker};

const fn c(ch: char) -> KeyPat {
    Plain(K::Char(ch))
}

fn bind(
    name: &'static str,
    modes: &'static [Mode],
    keys: &[KeyPat],
    action: Action,
    help: (&'static str, &'static str),
    footer: Option<(&'static str, &'static str)>,
) -> Binding {
    Binding { name, modes, keys: keys.to_vec(), cmd: Cmd::Do(action), help, footer }
}

/// The key table as shipped, before any remapping from the configuration file.
pub fn defaults() -> Vec<Binding> {
    vec![
        bind(
            "next_tab",
            &[Normal],
            &[Plain(K::Tab), Plain(K::Right), c('l')],
            Action::NextTab,
            ("next tab", "下一页"),
            Some(("tabs", "切换页")),
        ),
        bind(
            "prev_tab",
            &[Normal],
            &[Plain(K::BackTab), Plain(K::Left), c('h')],
            Action::PrevTab,
            ("previous tab", "上一页"),
            None,
        ),
        Binding {
            name: "go_to_tab",
            modes: &[Normal],
            keys: vec![KeyPat::Digit],
            cmd: Cmd::GoTabDigit,
            help: ("go to tab", "跳到页"),
            footer: None,
        },
        bind(
            "up",
            &[Normal, Detail, Help, Picker],
            &[Plain(K::Up), c('k')],
            Action::Up,
            ("previous row (scrolls help)", "上一行(帮助中滚动)"),
            None,
        ),
        bind(
            "down",
            &[Normal, Detail, Help, Picker],
            &[Plain(K::Down), c('j')],
            Action::Down,
            ("next row (scrolls help)", "下一行(帮助中滚动)"),
            Some(("row", "选择")),
        ),
        bind("filter_up", &[Filter], &[Plain(K::Up)], Action::Up, ("previous row", "上一行"), None),
        bind(
            "filter_down",
            &[Filter],
            &[Plain(K::Down)],
            Action::Down,
            ("next row", "下一行"),
            None,
        ),
        bind(
            "page_up",
            &[Normal],
            &[Plain(K::PageUp)],
            Action::PageUp,
            ("page up", "上翻页"),
            None,
        ),
        bind(
            "page_down",
            &[Normal],
            &[Plain(K::PageDown)],
            Action::PageDown,
            ("page down", "下翻页"),
            None,
        ),
        bind(
            "first",
            &[Normal],
            &[Plain(K::Home), c('g')],
            Action::Home,
            ("first row", "第一行"),
            None,
        ),
        bind(
            "last",
            &[Normal],
            &[Plain(K::End), c('G')],
            Action::End,
            ("last row", "最后一行"),
            None,
        ),
        bind(
            "next_member",
            &[Normal],
            &[c(']')],
            Action::NextMember,
            ("next member of a group", "组内下一项"),
            Some(("member", "成员")),
        ),
        bind(
            "prev_member",
            &[Normal],
            &[c('[')],
            Action::PrevMember,
            ("previous member of a group", "组内上一项"),
            None,
        ),
        bind(
            "details",
            &[Normal],
            &[Plain(K::Enter)],
            Action::OpenDetail,
            ("details of the selected figure", "查看详情"),
            Some(("details", "详情")),
        ),
        bind(
            "close",
            &[Normal, Detail, Help, Picker],
            &[Plain(K::Esc)],
            Action::Close,
            ("close popup / clear filter", "关闭弹窗/清除筛选"),
            None,
        ),
        bind(
            "close_details",
            &[Detail],
            &[Plain(K::Enter)],
            Action::Close,
            ("close details", "关闭详情"),
            Some(("close", "关闭")),
        ),
        bind(
            "filter",
            &[Normal],
            &[c('/')],
            Action::StartFilter,
            ("filter by text", "按文字筛选"),
            Some(("filter", "筛选")),
        ),
        bind(
            "help",
            &[Normal, Detail, Help],
            &[c('?')],
            Action::ToggleHelp,
            ("help", "帮助"),
            Some(("help", "帮助")),
        ),
        bind(
            "language",
            &[Normal, Detail, Help],
            &[c('L')],
            Action::ToggleLang,
            ("中文 / English", "中文 / English"),
            Some(("中文/English", "English/中文")),
        ),
        bind(
            "log_scale",
            &[Normal],
            &[c('s')],
            Action::ToggleLog,
            ("linear / log chart scale", "线性/对数刻度"),
            Some(("log scale", "对数")),
        ),
        bind(
            "reload",
            &[Normal],
            &[c('r')],
            Action::Reload,
            ("reload the file", "重新读取文件"),
            None,
        ),
        bind(
            "reports",
            &[Normal],
            &[c('o')],
            Action::OpenPicker,
            ("open reports: pick the one shown", "打开的报道:选择要看的一份"),
            Some(("reports", "报道")),
        ),
        bind(
            "pick",
            &[Picker],
            &[Plain(K::Enter)],
            Action::Pick,
            ("show the highlighted report", "查看选中的报道"),
            Some(("show", "查看")),
        ),
        bind(
            "quit",
            &[Normal, Detail, Help, Picker],
            &[c('q')],
            Action::Quit,
            ("quit", "退出"),
            Some(("quit", "退出")),
        ),
        bind(
            "force_quit",
            &[Normal, Filter, Detail, Help, Picker],
            &[Ctrl('c')],
            Action::Quit,
            ("quit", "退出"),
            None,
        ),
        bind(
            "suspend",
            &[Normal, Filter, Detail, Help, Picker],
            &[Ctrl('z')],
            Action::Suspend,
            ("suspend to the shell (fg to come back)", "挂起到命令行(fg 返回)"),
            None,
        ),
        bind(
            "redraw",
            &[Normal, Filter, Detail, Help, Picker],
            &[Ctrl('l')],
            Action::Redraw,
            ("redraw the screen", "重绘屏幕"),
            None,
        ),
        Binding {
            name: "type",
            modes: &[Filter],
            keys: vec![KeyPat::Text],
            cmd: Cmd::TypeChar,
            help: ("type the filter", "输入筛选文字"),
            footer: None,
        },
        bind(
            "filter_delete",
            &[Filter],
            &[Plain(K::Backspace)],
            Action::FilterPop,
            ("delete a character", "删除一个字"),
            None,
        ),
        bind(
            "filter_keep",
            &[Filter],
            &[Plain(K::Enter)],
            Action::FilterDone,
            ("keep the filter", "确定筛选"),
            Some(("keep", "确定")),
        ),
        bind(
            "filter_clear",
            &[Filter],
            &[Plain(K::Esc)],
            Action::Close,
            ("clear the filter", "清除筛选"),
            Some(("clear", "清除")),
        ),
    ]
}
