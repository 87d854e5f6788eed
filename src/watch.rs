//! Watching the open dataset file: its folder is watched, so editors that save by writing a
//! new file and renaming it, or by deleting and re-creating it, are followed too.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::tui::Msg;

/// How long the file must be quiet before it is read again.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Starts watching `file`; each burst of changes to it sends one [`Msg::FileChanged`].
/// Watching stops when the returned value is dropped.
pub fn watch(
    file: &Path,
    tx: Sender<Msg>,
) -> notify_debouncer_mini::notify::Result<Debouncer<RecommendedWatcher>> {
    let absolute = std::path::absolute(file)?;
    let dir = absolute.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let name = absolute.file_name().map(|n| n.to_os_string());
    let mut debouncer = new_debouncer(DEBOUNCE, move |res: DebounceEventResult| {
        let ours = match &res {
            Ok(events) => {
                events.iter().any(|e| e.path.file_name().map(|n| n.to_os_string()) == name)
            }
            Err(_) => true,
        };
        if ours {
            let _ = tx.send(Msg::FileChanged);
        }
    })?;
    debouncer.watcher().watch(&dir, RecursiveMode::NonRecursive)?;
    Ok(debouncer)
}
