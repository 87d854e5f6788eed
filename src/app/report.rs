//! One open report of several: its name, its dataset, and what went wrong reading it.

use crate::data::{Dataset, LoadError};
use crate::safe::escape;

/// One open report.
#[derive(Debug, Clone)]
pub struct Report {
    /// Its file's name (or the embedded copy's).
    pub name: String,
    /// Its dataset; `None` for the one shown (it is the app's own) and for one that failed.
    pub data: Option<Dataset>,
    /// Why it could not be read, if it could not.
    pub problem: Option<String>,
    /// Its file changed and the new version was refused: the first problem (the data is the
    /// last good version).
    pub reload_problem: Option<String>,
    /// The read asked for and not yet answered, by generation.
    pub pending: Option<u64>,
}

impl Report {
    /// A report read at start-up: its dataset, or its first problem.
    pub fn new(name: String, loaded: Result<Dataset, LoadError>) -> Report {
        match loaded {
            Ok(d) => {
                Report { name, data: Some(d), problem: None, reload_problem: None, pending: None }
            }
            Err(e) => {
                let first = e.lines().into_iter().next().unwrap_or_default();
                let problem = Some(escape(&first).into_owned());
                Report { name, data: None, problem, reload_problem: None, pending: None }
            }
        }
    }
}
