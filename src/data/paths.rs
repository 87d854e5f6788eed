//! The datasets that command-line PATHs name (a folder standing for its `*.json` files),
//! else the shipped ones, each read on its own.

use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::error::LoadError;
use super::model::Dataset;
use super::shipped::SHIPPED;
use super::source::{FolderProblem, Source};

/// What a file is known by: its device and inode, else (when it cannot be read) its path.
#[derive(PartialEq, Eq, Hash)]
enum Identity {
    Inode(u64, u64),
    Path(PathBuf),
}

/// One dataset of a library: where it comes from, and what reading it gave.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Where it was read from.
    pub source: Source,
    /// The dataset, or why it could not be read.
    pub loaded: Result<Dataset, LoadError>,
}

impl Entry {
    /// The name the entry is reported under: its path, or the embedded copy's name.
    pub fn name(&self) -> String {
        self.source.name()
    }
}

/// Whether a path names a JSON Schema (`*.schema.json`, like the format's own
/// `data/dataset.schema.json`): not a dataset, left out wherever datasets are opened.
pub fn is_schema(p: &Path) -> bool {
    p.file_name().is_some_and(|n| n.to_string_lossy().ends_with(".schema.json"))
}

/// The sources that command-line PATHs name, in a stable order: a file as given, a folder
/// as its `*.json` files sorted by name (other files, and JSON Schemas named `*.schema.json`,
/// are ignored; symbolic links to files are
/// followed; sub-folders are not entered, so no link can loop). A file named twice, directly
/// or through a symbolic or hard link, is read once. A folder with no dataset, or one that
/// cannot be listed, is a source that fails with why; a JSON Schema named as a file is left
/// out. With no PATH, the shipped library.
pub fn sources(paths: &[PathBuf]) -> Vec<Source> {
    if paths.is_empty() {
        return (0..SHIPPED.len()).map(Source::Embedded).collect();
    }
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    // A file is known by its device and inode: a symbolic or hard link to a file already
    // named is the same file.
    let mut push = |p: PathBuf, out: &mut Vec<Source>| {
        let key = match std::fs::metadata(&p) {
            Ok(m) => Identity::Inode(m.dev(), m.ino()),
            Err(_) => Identity::Path(p.clone()),
        };
        if seen.insert(key) {
            out.push(Source::File(p));
        }
    };
    for p in paths {
        if p == Path::new("-") {
            out.push(Source::Stdin);
            continue;
        }
        if is_schema(p) && p.is_file() {
            continue; // what a shell's data/*.json names beside the datasets
        }
        match std::fs::read_dir(p) {
            Ok(dir) => {
                let mut files: Vec<PathBuf> = dir
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|f| {
                        let name = f.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
                        name.ends_with(".json") && !name.ends_with(".schema.json")
                    })
                    .filter(|f| !f.is_dir())
                    .collect();
                files.sort();
                if files.is_empty() {
                    out.push(Source::Folder(p.clone(), FolderProblem::Empty));
                }
                for f in files {
                    push(f, &mut out);
                }
            }
            // A folder that cannot be listed says why.
            Err(e) if p.is_dir() => {
                let why = match e.kind() {
                    std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                    _ => e.to_string(),
                };
                out.push(Source::Folder(p.clone(), FolderProblem::Unlistable(why)));
            }
            // Not a folder: a file, or a path whose problem loading it will report.
            Err(_) => push(p.clone(), &mut out),
        }
    }
    out
}

/// Reads every source (each on its own: a bad file never stops the others).
pub fn load_all(sources: Vec<Source>) -> Vec<Entry> {
    sources.into_iter().map(|source| Entry { loaded: source.load(), source }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_is_its_json_files_in_name_order_each_once() {
        let dir = std::env::temp_dir().join(format!("relief-lib-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub.json")).unwrap();
        for f in ["b.json", "a.json", "notes.txt", "dataset.schema.json"] {
            std::fs::write(dir.join(f), "{}").unwrap();
        }
        std::os::unix::fs::symlink(dir.join("a.json"), dir.join("c.json")).unwrap();
        let got = sources(&[dir.clone(), dir.join("b.json")]);
        let names: Vec<String> = got
            .iter()
            .map(|s| match s {
                Source::File(p) => p.file_name().unwrap().to_string_lossy().into_owned(),
                other => format!("{other:?}"),
            })
            .collect();
        // c.json is a link to a.json: the same file, read once.
        assert_eq!(names, ["a.json", "b.json"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
