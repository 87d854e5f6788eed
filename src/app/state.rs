//! The dashboard's state: everything it shows is a function of [`App`]. The fields are
//! private; `update` is the only writer, and the methods of `visible.rs` keep the derived
//! lists (visible figures, charts) in step with the tab, member and filter.

use std::sync::Arc;

use super::catalog::{Catalog, ChartGroup};
use super::frame::FrameMap;
use super::grid::Grid;
use super::keymap::Keymap;
use super::mode::Mode;
use super::report::Report;
use super::search::SearchText;
use super::series::Series;
use super::tab::Tab;
use super::table::{Row, TableState};
use crate::data::{Dataset, Indicator, Section};
use crate::lang::Lang;

/// The colour themes. Colour never carries meaning alone: the selected row is in reverse
/// video and the selected bar is bold in every theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Colours for dark terminals (the default).
    #[default]
    Dark,
    /// Colours for light terminals.
    Light,
    /// Bright colours, bold text, nothing dimmed.
    HighContrast,
    /// No colours at all (also what `NO_COLOR` gives).
    Mono,
}

/// A message above the footer. Texts in it are already escaped for the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Banner {
    /// The file is being read again.
    Loading,
    /// The file was read again but refused; the data on screen is the last good one.
    ReloadFailed {
        /// How many problems were found.
        problems: usize,
        /// The first, as `file:line:col: path: message`.
        first: String,
    },
    /// The file is not watched (any more); `r` still reloads it.
    NotWatching(String),
    /// The file was read again and holds what is shown (until the next key).
    Unchanged,
}

/// How far the reading is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// What is being read: a file's name, or how many files.
    pub what: String,
    /// Bytes read so far.
    pub read: u64,
    /// Bytes to read.
    pub total: u64,
}

/// Everything the dashboard shows is a function of this state.
#[derive(Debug, Clone)]
pub struct App {
    pub(super) data: Dataset,
    pub(super) catalog: Catalog,
    pub(super) lang: Lang,
    pub(super) theme: ThemeName,
    pub(super) keymap: Arc<Keymap>,
    pub(super) size: (u16, u16),
    pub(super) tab: Tab,
    /// In a group: 0 is the group itself, `m` is member `m - 1`.
    pub(super) member: usize,
    /// Selected row of `visible`.
    pub(super) selected: usize,
    /// Counts the actions that may change what the screen shows other than which row is
    /// selected: while it stays the same, what a frame measured and drew (but the
    /// selection) can be drawn again as it was (see `ui::Memo`).
    pub(super) view_stamp: u64,
    /// While the files opened at start are read: how far the reading is.
    pub(super) opening: Option<Opening>,
    /// The last reading again found the file as shown (said until the next key).
    pub(super) unchanged: bool,
    pub(super) filter: String,
    pub(super) mode: Mode,
    pub(super) help_scroll: usize,
    pub(super) log_scale: bool,
    /// Whether there is a file to read again (not for the embedded dataset).
    pub(super) reloadable: bool,
    /// The newest read asked for, of any report (each read has its own generation).
    pub(super) generation: u64,
    /// The generation of the newest read of the report shown.
    pub(super) pending: u64,
    /// Whether that read is still running.
    pub(super) loading: bool,
    /// The last reload's problems, while no good version has come since.
    pub(super) reload_failed: Option<(usize, String)>,
    /// Why the file is not watched, if it is not.
    pub(super) not_watching: Option<String>,
    /// The last drawn frame.
    pub(super) frame: FrameMap,
    /// Indicators of the current view that pass the filter (indices into `data.indicators`).
    pub(super) visible: Vec<usize>,
    /// Charts of the current view.
    pub(super) charts: Vec<ChartGroup>,
    /// The open reports, when there are several (see `library.rs`).
    pub(super) reports: Vec<Report>,
    /// Which of them is shown.
    pub(super) current: usize,
    /// The one highlighted in the list of reports.
    pub(super) picked: usize,
    /// The filter typed over the list of reports.
    pub(super) picker_filter: String,
    /// The reports the list shows, that pass its filter.
    pub(super) picker_rows: Vec<usize>,
    /// The series they share.
    pub(super) series: Vec<Series>,
    /// The Table tab's data: reports as rows, series as columns.
    pub(super) grid: Arc<Grid>,
    /// How the Table tab is shown.
    pub(super) table: TableState,
    /// The Table tab's rows, in order (their reports are `visible`).
    pub(super) table_rows: Vec<Row>,
    /// The shown dataset's search text, built when the filter is first opened.
    pub(super) search: Option<Arc<SearchText>>,
    /// Filters typed so far and the figures each matched, each extending the one before:
    /// the next key searches only the last one's matches, and a deleted key goes back.
    pub(super) narrowed: Vec<(String, Arc<[usize]>)>,
}

impl App {
    /// A new state showing the overview of `data`, in colour, with nothing to reload.
    pub fn new(data: Dataset, lang: Lang, size: (u16, u16)) -> App {
        let catalog = Catalog::new(&data);
        let mut app = App {
            data,
            catalog,
            lang,
            theme: ThemeName::Dark,
            keymap: Arc::new(Keymap::default()),
            size,
            tab: Tab::Overview,
            member: 0,
            selected: 0,
            filter: String::new(),
            mode: Mode::Normal,
            log_scale: false,
            help_scroll: 0,
            view_stamp: 0,
            opening: None,
            unchanged: false,
            reloadable: false,
            generation: 0,
            pending: 0,
            loading: false,
            reload_failed: None,
            not_watching: None,
            frame: FrameMap::default(),
            visible: Vec::new(),
            charts: Vec::new(),
            reports: Vec::new(),
            current: 0,
            picked: 0,
            picker_filter: String::new(),
            picker_rows: Vec::new(),
            search: None,
            narrowed: Vec::new(),
            series: Vec::new(),
            grid: Arc::default(),
            table: TableState::default(),
            table_rows: Vec::new(),
        };
        app.refresh_view();
        app
    }

    /// The same state in another colour theme.
    pub fn with_theme(mut self, theme: ThemeName) -> App {
        self.theme = theme;
        self
    }

    /// The same state with another key table (remapped by the configuration file).
    pub fn with_keymap(mut self, keymap: Keymap) -> App {
        self.keymap = Arc::new(keymap);
        self
    }

    /// The figure that figure `i` is compared to (`compares_to`), if any.
    pub fn baseline(&self, i: usize) -> Option<&Indicator> {
        self.catalog.baselines.get(&i).map(|&b| &self.data.indicators[b])
    }

    /// The key table in use.
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// The same state with charts on a logarithmic scale or not.
    pub fn with_log_scale(mut self, log: bool) -> App {
        self.log_scale = log;
        self
    }

    /// The same state, with a file behind it that `r` reads again.
    pub fn reloadable(mut self) -> App {
        self.reloadable = true;
        self
    }

    /// The dataset on screen.
    pub fn data(&self) -> &Dataset {
        &self.data
    }

    /// Tabs, sections and chart groups derived from the dataset.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Interface language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The colour theme.
    pub fn theme(&self) -> ThemeName {
        self.theme
    }

    /// Terminal size, columns and rows.
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// The tab shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// In a group: 0 is the group itself, `m` is member `m - 1`.
    pub fn member(&self) -> usize {
        self.member
    }

    /// Selected row of [`App::visible`].
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The text filter on the current view's figures.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// What the keyboard talks to.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// First line of the help overlay asked for (the view clamps it too).
    pub fn help_scroll(&self) -> usize {
        self.help_scroll
    }

    /// Whether charts use a logarithmic scale.
    pub fn log_scale(&self) -> bool {
        self.log_scale
    }

    /// The figures of the current view that pass the filter (indices into the dataset).
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// Charts of the current view.
    pub fn charts(&self) -> &[ChartGroup] {
        &self.charts
    }

    /// Changes whenever an action may have changed more of the screen than the selection.
    pub fn view_stamp(&self) -> u64 {
        self.view_stamp
    }

    /// The last drawn frame's geometry.
    pub fn frame(&self) -> &FrameMap {
        &self.frame
    }

    /// Whether a read of the file is running.
    pub fn loading(&self) -> bool {
        self.loading
    }

    /// The messages to show above the footer, most urgent first.
    pub fn banners(&self) -> Vec<Banner> {
        let mut out = Vec::new();
        if self.loading {
            out.push(Banner::Loading);
        }
        if let Some((problems, first)) = &self.reload_failed {
            out.push(Banner::ReloadFailed { problems: *problems, first: first.clone() });
        }
        if let Some(why) = &self.not_watching {
            out.push(Banner::NotWatching(why.clone()));
        }
        if self.unchanged {
            out.push(Banner::Unchanged);
        }
        out
    }

    /// The section shown, if the current tab is not the overview.
    pub fn section(&self) -> Option<&Section> {
        let top = self.top_section()?;
        match self.member {
            0 => Some(top),
            m => top.members.get(m - 1),
        }
    }

    /// The tab that shows the section with this id, and its position in the tab's member
    /// list (0 for a top-level section, `m + 1` for member `m` of a group).
    pub fn tab_of(&self, id: &str) -> Option<(Tab, usize)> {
        self.data.sections.iter().enumerate().find_map(|(t, s)| {
            if s.id == id {
                Some((Tab::Section(t), 0))
            } else {
                s.members.iter().position(|m| m.id == id).map(|m| (Tab::Section(t), m + 1))
            }
        })
    }

    /// The top-level section of the current tab, if it is not the overview.
    pub fn top_section(&self) -> Option<&Section> {
        self.data.sections.get(self.tab.section()?)
    }

    /// Whether the current tab is a group of member sections.
    pub fn in_group(&self) -> bool {
        self.top_section().is_some_and(|s| !s.members.is_empty())
    }

    /// The selected indicator, if any.
    pub fn selected_indicator(&self) -> Option<&Indicator> {
        if matches!(self.tab, Tab::Compare | Tab::Table) {
            return None; // its rows are series or reports, not figures
        }
        self.visible.get(self.selected).map(|&i| &self.data.indicators[i])
    }

    /// How many tabs there are, the overview (and Compare) included.
    pub fn tab_count(&self) -> usize {
        self.catalog.tab_count() + 2 * usize::from(self.has_compare())
    }

    /// How many entries the current tab's member list has (1 without members).
    pub fn member_count(&self) -> usize {
        self.catalog.member_count(self.tab)
    }
}
