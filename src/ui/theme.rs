//! Styles: dark (default), light, high-contrast and monochrome themes.

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeName;

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
    /// The styles of a theme. Every theme marks the selection without colour too: the
    /// selected row is reversed and the selected bar is bold.
    pub fn new(name: ThemeName) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        let dimmed = Style::new().add_modifier(Modifier::DIM);
        let colours = |accent: Color, bar: Color, chosen: Color, key: Color, warn: Color| Theme {
            accent: bold.fg(accent),
            selected: reversed,
            dim: dimmed,
            bar: Style::new().fg(bar),
            bar_selected: bold.fg(chosen),
            value: bold,
            key: bold.fg(key),
            warn: bold.fg(warn),
        };
        match name {
            ThemeName::Dark => {
                colours(Color::Cyan, Color::Cyan, Color::Magenta, Color::Yellow, Color::Red)
            }
            ThemeName::Light => {
                colours(Color::Blue, Color::Blue, Color::Magenta, Color::Magenta, Color::Red)
            }
            ThemeName::HighContrast => Theme {
                dim: Style::new(),
                selected: reversed.add_modifier(Modifier::BOLD),
                ..colours(
                    Color::LightCyan,
                    Color::LightCyan,
                    Color::LightMagenta,
                    Color::LightYellow,
                    Color::LightRed,
                )
            },
            ThemeName::Mono => Theme {
                accent: bold,
                selected: reversed,
                dim: Style::new(),
                bar: Style::new(),
                bar_selected: bold,
                value: bold,
                key: bold,
                warn: bold.add_modifier(Modifier::UNDERLINED),
            },
        }
    }
}
