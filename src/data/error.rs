//! Why a dataset could not be loaded, with positions and JSON paths.

use std::fmt;

/// One problem found in a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Line and column (1-based) where the problem is, where known.
    pub pos: Option<(usize, usize)>,
    /// JSON path of the field, e.g. `indicators[3].unit`; empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// A problem at a path, position not yet known.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem { pos: None, path: path.into(), message: message.into() }
    }
}

/// What went wrong loading a dataset.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ErrorKind {
    /// The file does not exist.
    #[error("no such file")]
    NotFound,
    /// The path names a directory.
    #[error("is a directory, not a dataset file")]
    IsDirectory,
    /// A folder named on the command line holds no dataset.
    #[error("holds no dataset (no *.json file in it)")]
    EmptyFolder,
    /// A folder named on the command line cannot be listed.
    #[error("cannot list the folder: {0}")]
    Unlistable(String),
    /// The path names something other than a regular file (a FIFO, a device, a socket),
    /// which could block or never end: it is not read.
    #[error("is {0}, not a regular file; a dataset is read from a file or from - (standard input)")]
    NotRegular(&'static str),
    /// The file could not be read.
    #[error("cannot read: {0}")]
    Io(std::sync::Arc<std::io::Error>),
    /// The file is over the size limit.
    #[error("file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the file, or a lower bound for a stream.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not valid UTF-8, or not valid JSON for the format, or fails
    /// the checks: every problem found.
    #[error("{} problem(s)", .0.len())]
    Problems(Vec<Problem>),
}

/// A dataset that could not be loaded, and which file it was.
#[derive(Debug, Clone, thiserror::Error)]
pub struct LoadError {
    /// The file's name as the user gave it.
    pub file: String,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl LoadError {
    /// The problems, one per line, each as `FILE:LINE:COL: PATH: message`.
    pub fn lines(&self) -> Vec<String> {
        match &self.kind {
            ErrorKind::Problems(problems) => problems
                .iter()
                .map(|p| {
                    let mut s = self.file.clone();
                    if let Some((l, c)) = p.pos {
                        s.push_str(&format!(":{l}:{c}"));
                    }
                    if !p.path.is_empty() {
                        s.push_str(": ");
                        s.push_str(&p.path);
                    }
                    s.push_str(": ");
                    s.push_str(&p.message);
                    s
                })
                .collect(),
            other => vec![format!("{}: {other}", self.file)],
        }
    }

    /// The problems, when the file was read but rejected.
    pub fn problems(&self) -> &[Problem] {
        match &self.kind {
            ErrorKind::Problems(p) => p,
            _ => &[],
        }
    }
}

impl ErrorKind {
    /// A read error.
    pub fn io(e: std::io::Error) -> ErrorKind {
        ErrorKind::Io(std::sync::Arc::new(e))
    }
}

/// Two errors are the same when they say the same about the same file.
impl PartialEq for LoadError {
    fn eq(&self, other: &Self) -> bool {
        self.lines() == other.lines()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}
