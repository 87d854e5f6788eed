//! A figure as a list row or card shows it.

use crate::app::App;
use crate::words;

/// Figure `i` as a list row or card shows it: before → after when it has a baseline.
pub fn row_value(app: &App, i: usize) -> String {
    words::row_value(app.baseline(i), &app.data().indicators[i], app.lang())
}
