//! The application state and its pure `update` function (the Elm architecture's model).
//!
//! State changes only in [`update`]; it returns [`Effect`]s that the edge carries out, and
//! their results come back as actions. Each file owns one idea: the state ([`state`]), the
//! actions and effects, the key bindings ([`binding`], [`shipped_keys`], [`keymap`]), the view
//! model built from a dataset ([`catalog`], [`search`]), the figures the current tab shows
//! ([`visible`]), several reports ([`report`], [`reports`], [`series`]) and reloads.

mod action;
pub mod binding;
pub mod catalog;
mod click;
mod effect;
mod frame;
pub mod grid;
pub mod keymap;
mod mode;
mod opening;
mod picker;
mod reload;
pub mod report;
mod reports;
pub mod search;
pub mod series;
mod shipped_keys;
mod state;
mod tab;
pub mod table;
mod table_update;
mod update;
pub(crate) mod visible;

pub use action::{Action, Loaded, Opened};
pub use catalog::{Catalog, ChartGroup, Comparison};
pub use effect::Effect;
pub use frame::FrameMap;
pub use keymap::Keymap;
pub use mode::Mode;
pub use report::Report;
pub use state::{App, Banner, Opening, ThemeName};
pub use tab::Tab;
pub use table::{Row as TableRow, SortBy, TableState};
pub use update::{MAX_FILTER_CHARS, dispatch, update};
