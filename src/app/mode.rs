//! What the keyboard is talking to: browsing, typing a filter, or a popup.

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
    /// The list of open reports is open.
    Picker,
    /// Typing a filter of the list of open reports.
    PickerFilter,
}

impl Mode {
    /// Every mode, in help order.
    pub const ALL: [Mode; 6] =
        [Mode::Normal, Mode::Filter, Mode::Detail, Mode::Help, Mode::Picker, Mode::PickerFilter];
}
