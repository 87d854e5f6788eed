//! Everything that can happen to the dashboard's state.

/// A change of state, from a key, the mouse, the terminal or the program itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show the next tab.
    NextTab,
    /// Show the previous tab.
    PrevTab,
    /// Show tab `n` (0 is the overview).
    GoTab(usize),
    /// Select the previous row.
    Up,
    /// Select the next row.
    Down,
    /// Move the selection up a page.
    PageUp,
    /// Move the selection down a page.
    PageDown,
    /// Select the first row.
    Home,
    /// Select row `n` of the current list.
    Select(usize),
    /// In a group, show entry `m` (0 is the group itself).
    GoMember(usize),
    /// Select the last row.
    End,
    /// In a group, show the next member.
    NextMember,
    /// In a group, show the previous member.
    PrevMember,
    /// Open the detail popup for the selected indicator.
    OpenDetail,
    /// Close the popup, or clear the filter.
    Close,
    /// Show or hide the help overlay.
    ToggleHelp,
    /// Switch between Chinese and English.
    ToggleLang,
    /// Switch the charts between linear and logarithmic scales.
    ToggleLog,
    /// Start typing a filter.
    StartFilter,
    /// Add a character to the filter.
    FilterPush(char),
    /// Remove the filter's last character.
    FilterPop,
    /// Stop typing and keep the filter.
    FilterDone,
    /// Leave the dashboard.
    Quit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A mouse click at a column and row.
    Click(u16, u16),
    /// The mouse wheel turned up.
    ScrollUp,
    /// The mouse wheel turned down.
    ScrollDown,
    /// Read the dataset file again.
    Reload,
}
