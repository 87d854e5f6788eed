//! relief-dash: a terminal dashboard of poverty-relief indicators.
//!
//! Layers, from the bottom: [`data`] (types, loading, checking); [`app`] (state and a
//! pure `update`); [`ui`] (a pure view from state to a frame); [`tui`] (the terminal and the
//! event loop), [`term`] (terminal modes), [`loader`] and [`watch`] (files, off the UI thread).
//! [`export`] writes CSV and JSON; the command line is in `main.rs` and `cli.rs`.

pub mod app;
pub mod config;
pub mod data;
pub mod draft;
pub mod export;
pub mod format;
pub mod lang;
pub mod loader;
pub mod safe;
pub mod synth;
pub mod term;
pub mod tui;
pub mod ui;
pub mod watch;

pub use lang::Lang;
