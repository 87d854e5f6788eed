//! The one key table: it maps keys to actions in each mode, and feeds the footer and help.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Action;
use crate::Lang;

/// What the keyboard is talking to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Browsing tabs and indicators.
    Normal,
    /// Typing a filter.
    Filter,
    /// The detail popup is open.
    Detail,
    /// The help overlay is open.
    Help,
}

impl Mode {
    /// Every mode, in help order.
    pub const ALL: [Mode; 4] = [Mode::Normal, Mode::Filter, Mode::Detail, Mode::Help];
}

/// A key, or a family of keys, that a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyPat {
    /// One key without modifiers (Shift is ignored for characters).
    Plain(KeyCode),
    /// One key with Control held.
    Ctrl(char),
    /// The digits 1 to 9.
    Digit,
    /// Any printable character.
    Text,
}

/// What a binding does.
#[derive(Debug, Clone, PartialEq)]
pub enum Cmd {
    /// This action.
    Do(Action),
    /// Go to the tab the digit names (1 is the overview).
    GoTabDigit,
    /// Add the typed character to the filter.
    TypeChar,
}

/// One row of the key table.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    /// Its name in the configuration file's `[keys]` table.
    pub name: &'static str,
    /// The modes it works in.
    pub modes: &'static [Mode],
    /// The keys, first one shown in the footer.
    pub keys: Vec<KeyPat>,
    /// What it does.
    pub cmd: Cmd,
    /// What it does, in words: English, Chinese.
    pub help: (&'static str, &'static str),
    /// The footer's short text for it (English, Chinese), if the footer shows it.
    pub footer: Option<(&'static str, &'static str)>,
}

use KeyCode as K;
use KeyPat::{Ctrl, Plain};
use Mode::{Detail, Filter, Help, Normal};

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
            &[Normal, Detail, Help],
            &[Plain(K::Up), c('k')],
            Action::Up,
            ("previous row (scrolls help)", "上一行(帮助中滚动)"),
            None,
        ),
        bind(
            "down",
            &[Normal, Detail, Help],
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
            &[Normal, Detail, Help],
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
            "quit",
            &[Normal, Detail, Help],
            &[c('q')],
            Action::Quit,
            ("quit", "退出"),
            Some(("quit", "退出")),
        ),
        bind(
            "force_quit",
            &[Normal, Filter, Detail, Help],
            &[Ctrl('c')],
            Action::Quit,
            ("quit", "退出"),
            None,
        ),
        bind(
            "suspend",
            &[Normal, Filter, Detail, Help],
            &[Ctrl('z')],
            Action::Suspend,
            ("suspend to the shell (fg to come back)", "挂起到命令行(fg 返回)"),
            None,
        ),
        bind(
            "redraw",
            &[Normal, Filter, Detail, Help],
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

impl KeyPat {
    /// Whether the pattern accepts the key: `None` if not; `Some(c)` if so, with the
    /// character it stands for (a digit or typed text).
    pub fn matches(self, key: &KeyEvent) -> Option<Option<char>> {
        let mods = key.modifiers - KeyModifiers::SHIFT;
        match (self, key.code) {
            (Plain(code), actual) if mods.is_empty() => {
                let same = match (code, actual) {
                    (K::Char(a), K::Char(b)) => a == b,
                    (a, b) => a == b,
                };
                same.then_some(None)
            }
            (Ctrl(ch), K::Char(b)) if mods == KeyModifiers::CONTROL => {
                (ch.eq_ignore_ascii_case(&b)).then_some(None)
            }
            (KeyPat::Digit, K::Char(d @ '1'..='9')) if mods.is_empty() => Some(Some(d)),
            (KeyPat::Text, K::Char(ch)) if mods.is_empty() && !ch.is_control() => Some(Some(ch)),
            _ => None,
        }
    }

    /// How the key is written in the footer and help.
    pub fn name(self) -> String {
        match self {
            Plain(K::Char(' ')) => "Space".into(),
            Plain(K::Char(ch)) => ch.to_string(),
            Plain(K::Tab) => "Tab".into(),
            Plain(K::BackTab) => "Shift-Tab".into(),
            Plain(K::Left) => "←".into(),
            Plain(K::Right) => "→".into(),
            Plain(K::Up) => "↑".into(),
            Plain(K::Down) => "↓".into(),
            Plain(K::PageUp) => "PgUp".into(),
            Plain(K::PageDown) => "PgDn".into(),
            Plain(K::Home) => "Home".into(),
            Plain(K::End) => "End".into(),
            Plain(K::Enter) => "Enter".into(),
            Plain(K::Esc) => "Esc".into(),
            Plain(K::Backspace) => "Backspace".into(),
            Plain(K::Delete) => "Delete".into(),
            Plain(K::F(n)) => format!("F{n}"),
            Plain(other) => format!("{other:?}"),
            Ctrl(ch) => format!("Ctrl-{}", ch.to_ascii_uppercase()),
            KeyPat::Digit => "1-9".into(),
            KeyPat::Text => "text".into(),
        }
    }
}

impl Binding {
    /// The binding's description in a language.
    pub fn describe(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.help.0,
            Lang::Zh => self.help.1,
        }
    }

    /// The footer's short text in a language (empty if the footer does not show it).
    pub fn short(&self, lang: Lang) -> &'static str {
        match (self.footer, lang) {
            (Some((en, _)), Lang::En) => en,
            (Some((_, zh)), Lang::Zh) => zh,
            (None, _) => "",
        }
    }

    /// All its keys, written out: `Tab / → / l`.
    pub fn key_names(&self) -> String {
        self.keys.iter().map(|k| k.name()).collect::<Vec<_>>().join(" / ")
    }
}

/// The shipped key table (see [`super::Keymap`] for one remapped by the configuration).
pub fn bindings() -> &'static [Binding] {
    super::Keymap::shipped().bindings()
}

/// The action a key press gives in a mode with the shipped key table.
pub fn action_for(mode: Mode, key: &KeyEvent) -> Option<Action> {
    super::Keymap::shipped().action_for(mode, key)
}

/// The bindings the footer shows in a mode with the shipped key table.
pub fn footer(mode: Mode) -> Vec<&'static Binding> {
    super::Keymap::shipped().footer(mode)
}

/// The action a terminal event gives in a mode: keys through the table, mouse clicks and
/// wheel turns (when captured), pasted text, and resizes.
pub fn action_for_event(
    keymap: &super::Keymap,
    mode: Mode,
    event: &ratatui::crossterm::event::Event,
) -> Option<Action> {
    use ratatui::crossterm::event::{Event, MouseButton, MouseEventKind};
    match event {
        Event::Key(key) => keymap.action_for(mode, key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) if mode == Mode::Normal => {
                Some(Action::Click(m.column, m.row))
            }
            MouseEventKind::ScrollUp => Some(Action::ScrollUp),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        _ => None,
    }
}
