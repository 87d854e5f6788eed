//! The edge: the terminal, its modes and input, signals, the file watcher and the loader
//! thread. Everything slow or outside the program happens here, off the state; results come
//! back to the event loop as [`Msg`]s and to the state as actions.

pub mod input;
pub mod loader;
pub mod msg;
pub mod run;
pub mod screen;
pub mod term;
pub mod watch;

pub use msg::Msg;
pub use run::{Exit, run};
