//! Styles: one palette that reads on dark and light terminals, and a plain one for `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};

/// Every style the views use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Titles and the active tab.
    pub accent: Style,
    /// The selected row.
    pub selected: Style,
    /// Secondary text: notes, hints, separators.
    pub dim: Style,
    /// Bars.
    pub bar: Style,
    /// The bar of the selected indicator.
    pub bar_selected: Style,
    /// Values.
    pub value: Style,
    /// Keys in the footer and help.
    pub key: Style,
    /// Warnings (a failed reload).
    pub warn: Style,
}

impl Theme {
    /// The theme for a state: colours unless they are turned off.
    pub fn new(color: bool) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        if color {
            Theme {
                accent: bold.fg(Color::Cyan),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                dim: Style::new().add_modifier(Modifier::DIM),
                bar: Style::new().fg(Color::Cyan),
                bar_selected: Style::new().fg(Color::Magenta),
                value: bold,
                key: bold.fg(Color::Yellow),
                warn: bold.fg(Color::Red),
            }
        } else {
            Theme {
                accent: bold,
                selected: Style::new().add_modifier(Modifier::REVERSED),
                dim: Style::new(),
                bar: Style::new(),
                bar_selected: bold,
                value: bold,
                key: bold,
                warn: bold.add_modifier(Modifier::UNDERLINED),
            }
        }
    }
}
