//! Reading a dataset from a file, a stream or bytes in memory, and saying where it is wrong.

use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use super::check::validate;
use super::error::{ErrorKind, LoadError, Problem};
use super::locate::{line_col, locate};
use super::model::{Dataset, RawIndicator};

/// Largest dataset accepted, in bytes (128 MiB).
pub const MAX_BYTES: u64 = 128 * 1024 * 1024;

/// Loads a dataset file. Only a regular file (or a symlink to one) is read: a FIFO, device
/// or socket is refused without blocking, and so is a directory.
pub fn load_path(path: &Path) -> Result<Dataset, LoadError> {
    let file = path.display().to_string();
    let fail = |kind| LoadError { file: file.clone(), kind };
    let io = |e: std::io::Error| {
        fail(if e.kind() == std::io::ErrorKind::NotFound {
            ErrorKind::NotFound
        } else {
            ErrorKind::io(e)
        })
    };
    check_kind(&std::fs::metadata(path).map_err(io)?).map_err(fail)?;
    // Opened without blocking, then checked again: the path may have changed in between.
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(io)?;
    let meta = f.metadata().map_err(io)?;
    check_kind(&meta).map_err(fail)?;
    if meta.len() > MAX_BYTES {
        return Err(fail(ErrorKind::TooLarge { size: meta.len(), limit: MAX_BYTES }));
    }
    // A good file is parsed as it is read, never whole in memory beside its figures; a file
    // with any problem is read again, whole, to report every problem with its position (the
    // problems the checks found are kept: only their places are looked up).
    let checked = super::stream::read(&f, meta.len().min(MAX_BYTES)).map(validate);
    let found = match checked {
        Some(Ok(d)) => return Ok(d),
        Some(Err(found)) => Some(found),
        None => None,
    };
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(io)?;
    check_kind(&f.metadata().map_err(io)?).map_err(fail)?;
    match found {
        Some(found) => {
            let bytes = read_all(&file, f, meta.len() as usize)?;
            let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes))
                .unwrap_or("");
            Err(fail(ErrorKind::Problems(placed(text, found))))
        }
        None => read_and_parse(&file, f, meta.len() as usize),
    }
}

/// The problems, each with its line and column in `text`.
fn placed(text: &str, mut found: Vec<Problem>) -> Vec<Problem> {
    let paths: Vec<&str> = found.iter().map(|p| p.path.as_str()).collect();
    let positions = locate(text, &paths);
    for p in &mut found {
        p.pos = positions.get(&p.path).copied();
    }
    found
}

/// Refuses anything but a regular file, naming what it is.
fn check_kind(meta: &std::fs::Metadata) -> Result<(), ErrorKind> {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    let what = if t.is_file() {
        return Ok(());
    } else if t.is_dir() {
        return Err(ErrorKind::IsDirectory);
    } else if t.is_fifo() {
        "a FIFO (named pipe)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() {
        "a character device"
    } else if t.is_block_device() {
        "a block device"
    } else {
        "a special file"
    };
    Err(ErrorKind::NotRegular(what))
}

/// Loads a dataset from a stream (standard input, a pipe), refusing more than [`MAX_BYTES`].
pub fn load_reader(file: &str, reader: impl Read) -> Result<Dataset, LoadError> {
    read_and_parse(file, reader, 0)
}

/// Reads at most [`MAX_BYTES`] into a buffer sized for `expected` bytes (a file's size: no
/// growing and copying of a 40 MB buffer on the way), then parses them.
fn read_and_parse(file: &str, reader: impl Read, expected: usize) -> Result<Dataset, LoadError> {
    parse(file, &read_all(file, reader, expected)?)
}

/// Reads at most [`MAX_BYTES`] into a buffer sized for `expected` bytes.
fn read_all(file: &str, reader: impl Read, expected: usize) -> Result<Vec<u8>, LoadError> {
    let fail = |kind| LoadError { file: file.to_string(), kind };
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
    reader.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(|e| fail(ErrorKind::io(e)))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(fail(ErrorKind::TooLarge { size: bytes.len() as u64, limit: MAX_BYTES }));
    }
    Ok(bytes)
}

/// Parses and checks a dataset held in memory; `file` names it in messages.
pub fn parse(file: &str, bytes: &[u8]) -> Result<Dataset, LoadError> {
    let problems = |p| LoadError { file: file.to_string(), kind: ErrorKind::Problems(p) };
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError {
            file: file.to_string(),
            kind: ErrorKind::TooLarge { size: bytes.len() as u64, limit: MAX_BYTES },
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = super::utf8::text(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        // Safe: the prefix up to `valid` is UTF-8 by definition.
        let pos = line_col(std::str::from_utf8(&bytes[..valid]).unwrap_or(""), valid);
        problems(vec![Problem {
            pos: Some(pos),
            path: String::new(),
            message: format!("not UTF-8 text (invalid byte 0x{:02X})", bytes[valid]),
        }])
    })?;
    let raw = read_json(text).map_err(|p| problems(vec![p]))?;
    validate(raw).map_err(|found| problems(placed(text, found)))
}

/// Deserializes the document, reporting the first syntax or type error with its path.
fn read_json(text: &str) -> Result<Dataset<RawIndicator>, Problem> {
    let start = text.len() - text.trim_start().len();
    if let Some(c) = text[start..].chars().next().filter(|&c| c != '{') {
        return Err(Problem {
            pos: Some(line_col(text, start)),
            path: String::new(),
            message: format!("a dataset is one JSON object, starting with '{{', not {c:?}"),
        });
    }
    // The fast parse tracks no paths; only a document that fails it is read again, with
    // `serde_path_to_error`, to say where.
    if let Ok(raw) = serde_json::from_str(text) {
        return Ok(raw);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let raw: Dataset<RawIndicator> = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let path = path.trim_end_matches('?').trim_end_matches('.');
        serde_problem(text, path.to_string(), e.inner())
    })?;
    de.end().map_err(|e| serde_problem(text, String::new(), &e))?;
    Ok(raw)
}

fn serde_problem(text: &str, path: String, e: &serde_json::Error) -> Problem {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    let pos = (e.line() > 0).then(|| char_pos(text, e.line(), e.column()));
    let message = if e.is_eof() { format!("{message} (the file ends too early)") } else { message };
    Problem { pos, path, message }
}

/// serde_json counts columns in bytes; convert to characters.
fn char_pos(text: &str, line: usize, byte_col: usize) -> (usize, usize) {
    let Some(l) = text.split('\n').nth(line - 1) else {
        return (line, byte_col);
    };
    let end = byte_col.min(l.len());
    let mut cut = end;
    while !l.is_char_boundary(cut) {
        cut -= 1;
    }
    (line, l[..cut].chars().count().max(1))
}
