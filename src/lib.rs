//! relief-dash: a terminal dashboard of poverty-relief indicators.
//!
//! Layers, from the bottom: [`lang`] and [`safe`] (the two languages, which characters may
//! reach a terminal); [`data`] (the format's types, reading and checking); [`words`] (every
//! word a user reads, and how values are written); [`app`] (the state and a pure `update`);
//! [`ui`] (a pure view from state to a frame); [`edge`] (the terminal, input, the watcher and
//! the loader thread). Beside them: [`export`] (CSV and JSON), [`draft`] (a dataset drafted
//! from a report's text) and [`config`] (the configuration file). The command line is the
//! binary's own (`main.rs` and `cli/`).

#![warn(missing_docs)]
#![deny(clippy::unwrap_used)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod app;
pub mod config;
pub mod data;
pub mod draft;
pub mod edge;
pub mod export;
pub mod import;
pub mod lang;
pub mod safe;

pub mod ui;
pub mod words;

pub use lang::Lang;
