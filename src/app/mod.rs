//! The application state and its pure `update` function (the Elm architecture's model).

mod action;
pub mod catalog;
pub mod keys;
mod reload;
mod update;

pub use action::Action;
pub use catalog::{Catalog, ChartGroup};
pub use keys::Mode;
pub use update::update;

use crate::Lang;
use crate::data::{Dataset, Indicator, Section};

/// A message above the footer. Texts in it are already escaped for the terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Banner {
    /// The file was read again but refused; the data on screen is the last good one.
    ReloadFailed {
        /// How many problems were found.
        problems: usize,
        /// The first, as `file:line:col: path: message`.
        first: String,
    },
    /// The file cannot be watched; `r` still reloads it.
    NotWatching(String),
}

/// Everything the dashboard shows is a function of this state.
#[derive(Debug, Clone)]
pub struct App {
    /// The dataset on screen.
    pub data: Dataset,
    /// Tabs, sections and chart groups derived from `data`.
    pub catalog: Catalog,
    /// Interface language.
    pub lang: Lang,
    /// Whether colours are used (off with `NO_COLOR`).
    pub color: bool,
    /// Terminal size, columns and rows.
    pub size: (u16, u16),
    /// Current tab: 0 is the overview, `t` is top-level section `t - 1`.
    pub tab: usize,
    /// In a group: 0 is the group itself, `m` is member `m - 1`.
    pub member: usize,
    /// Selected row of `visible`.
    pub selected: usize,
    /// Text filter on the current view's indicators.
    pub filter: String,
    /// What the keyboard talks to.
    pub mode: Mode,
    /// First line of the help overlay shown.
    pub help_scroll: usize,
    /// Whether charts use a logarithmic scale.
    pub log_scale: bool,
    /// Set once the user asked to leave.
    pub quit: bool,
    /// A message shown above the footer (e.g. a failed reload).
    pub banner: Option<Banner>,
    /// Indicators of the current view that pass the filter (indices into `data.indicators`).
    pub visible: Vec<usize>,
    /// Charts of the current view.
    pub charts: Vec<ChartGroup>,
}

impl App {
    /// A new state showing the overview of `data`.
    pub fn new(data: Dataset, lang: Lang, size: (u16, u16)) -> App {
        let catalog = Catalog::new(&data);
        let mut app = App {
            data,
            catalog,
            lang,
            color: true,
            size,
            tab: 0,
            member: 0,
            selected: 0,
            filter: String::new(),
            mode: Mode::Normal,
            log_scale: false,
            help_scroll: 0,
            quit: false,
            banner: None,
            visible: Vec::new(),
            charts: Vec::new(),
        };
        app.refresh_view();
        app
    }

    /// The current view's indicators before filtering.
    pub fn view_indicators(&self) -> &[usize] {
        match self.catalog.view(self.tab, self.member) {
            Some(v) => &v.indicators,
            None => &self.catalog.headlines,
        }
    }

    /// The section shown, if the current tab is not the overview.
    pub fn section(&self) -> Option<&Section> {
        let top = self.data.sections.get(self.tab.checked_sub(1)?)?;
        match self.member {
            0 => Some(top),
            m => top.members.get(m - 1),
        }
    }

    /// The top-level section of the current tab, if it is not the overview.
    pub fn top_section(&self) -> Option<&Section> {
        self.data.sections.get(self.tab.checked_sub(1)?)
    }

    /// The selected indicator, if any.
    pub fn selected_indicator(&self) -> Option<&Indicator> {
        self.visible.get(self.selected).map(|&i| &self.data.indicators[i])
    }

    /// Recomputes `visible` and `charts` after the tab, member or filter changed,
    /// and keeps the selection in range.
    pub fn refresh_view(&mut self) {
        let needle = self.filter.to_lowercase();
        let data = &self.data;
        self.visible = self
            .view_indicators()
            .iter()
            .copied()
            .filter(|&i| needle.is_empty() || matches_filter(&data.indicators[i], &needle))
            .collect();
        self.charts = if self.tab == 0 {
            let keep =
                |i: &usize| needle.is_empty() || matches_filter(&data.indicators[*i], &needle);
            if needle.is_empty() {
                self.catalog.overview_charts.clone()
            } else {
                let filtered = self.catalog.overview_charts.iter().map(|g| {
                    ChartGroup::new(
                        data,
                        g.axis,
                        g.indicators.iter().copied().filter(keep).collect(),
                    )
                });
                filtered.filter(|g| !g.indicators.is_empty()).collect()
            }
        } else {
            catalog::chart_groups(data, &self.visible)
        };
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
        if self.visible.is_empty() && self.mode == Mode::Detail {
            self.mode = Mode::Normal;
        }
    }
}

impl App {
    /// What is wrong with the state, if anything: the tab, member and selection in range,
    /// popups consistent, and the derived lists up to date. Tests call it after every action.
    pub fn invariant_violation(&self) -> Option<String> {
        if self.tab >= self.catalog.tab_count() {
            return Some(format!("tab {} of {}", self.tab, self.catalog.tab_count()));
        }
        if self.member >= self.catalog.member_count(self.tab) {
            return Some(format!(
                "member {} of {}",
                self.member,
                self.catalog.member_count(self.tab)
            ));
        }
        if self.selected >= self.visible.len().max(1) {
            return Some(format!("selected {} of {}", self.selected, self.visible.len()));
        }
        if self.mode == Mode::Detail && self.selected_indicator().is_none() {
            return Some("detail popup without a figure".into());
        }
        let mut fresh = self.clone();
        fresh.refresh_view();
        if fresh.visible != self.visible || fresh.charts != self.charts {
            return Some("visible figures or charts out of date".into());
        }
        None
    }
}

/// Whether an indicator's id, labels or notes contain the (lower-case) needle.
fn matches_filter(ind: &Indicator, needle: &str) -> bool {
    [&ind.id, &ind.label.zh, &ind.label.en, &ind.note.zh, &ind.note.en]
        .iter()
        .any(|s| s.to_lowercase().contains(needle))
}
