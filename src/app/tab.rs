//! Which tab is shown: the overview, or one top-level section.

/// A tab of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tab {
    /// The key figures and charts of the whole dataset.
    #[default]
    Overview,
    /// Top-level section `n` of the dataset (in file order).
    Section(usize),
    /// The series the open reports share, compared (only with two or more reports).
    Compare,
    /// The open reports as rows, their series as columns (only with two or more reports).
    Table,
}

impl Tab {
    /// The tab at position `i` of the tab bar (0 is the overview).
    pub fn from_index(i: usize) -> Tab {
        match i {
            0 => Tab::Overview,
            n => Tab::Section(n - 1),
        }
    }

    /// Its position in the tab bar (0 is the overview); Compare, which comes after the
    /// sections, has its position from [`crate::app::App::tab_position`].
    pub fn index(self) -> usize {
        match self {
            Tab::Overview => 0,
            Tab::Section(n) => n + 1,
            Tab::Compare | Tab::Table => usize::MAX,
        }
    }

    /// The top-level section it shows, if it is not the overview.
    pub fn section(self) -> Option<usize> {
        match self {
            Tab::Overview | Tab::Compare | Tab::Table => None,
            Tab::Section(n) => Some(n),
        }
    }
}
