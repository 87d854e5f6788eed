//! Where a dataset comes from: a shipped copy, standard input, or a file.

use std::path::Path;

use super::error::{ErrorKind, LoadError};
use super::load::{load_path, load_reader};
use super::model::Dataset;
use super::shipped::{SHIPPED, shipped};

/// Where a dataset comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A copy compiled into the binary: shipped dataset `n` (0 is the default).
    Embedded(usize),
    /// Standard input (`-` on the command line).
    Stdin,
    /// A file.
    File(std::path::PathBuf),
    /// A folder that gives no dataset, and why.
    Folder(std::path::PathBuf, FolderProblem),
}

/// Why a folder named on the command line gives no dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderProblem {
    /// It holds no `*.json` file.
    Empty,
    /// It cannot be listed (permission denied, …).
    Unlistable(String),
}

impl Source {
    /// The source a command-line argument names: none is the embedded dataset, `-` is standard input.
    pub fn from_arg(arg: Option<&Path>) -> Source {
        match arg {
            None => Source::Embedded(0),
            Some(p) if p == Path::new("-") => Source::Stdin,
            Some(p) => Source::File(p.to_path_buf()),
        }
    }

    /// The name it is reported under: its path, `<stdin>`, or the embedded copy's name.
    pub fn name(&self) -> String {
        match self {
            Source::Embedded(i) => SHIPPED.get(*i).map_or("<embedded>", |s| s.0).into(),
            Source::Stdin => "<stdin>".into(),
            Source::File(p) | Source::Folder(p, _) => p.display().to_string(),
        }
    }

    /// The bytes there are to read in `sources`: the sizes of those that are files (for a
    /// progress bar; see [`super::progress`]).
    pub fn bytes(sources: &[Source]) -> u64 {
        sources
            .iter()
            .filter_map(|s| match s {
                Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
                _ => None,
            })
            .sum()
    }

    /// Reads and checks the dataset.
    pub fn load(&self) -> Result<Dataset, LoadError> {
        match self {
            Source::Embedded(i) => shipped(*i),
            Source::Stdin => load_reader("<stdin>", std::io::stdin().lock()),
            Source::File(p) => load_path(p),
            Source::Folder(p, problem) => Err(LoadError {
                file: p.display().to_string(),
                kind: match problem {
                    FolderProblem::Empty => ErrorKind::EmptyFolder,
                    FolderProblem::Unlistable(why) => ErrorKind::Unlistable(why.clone()),
                },
            }),
        }
    }
}
