//! Watching the open dataset file for changes of content or identity, and only those: the
//! program's own reads (open, access, close without writing) are never taken for a change.
//!
//! The file's folder is watched, so editors that save by renaming a new file over it, or by
//! deleting and re-creating it, are followed; for a symlink, the target's folder is watched
//! too. When a folder goes away, the nearest existing folder above it is watched instead,
//! so the watch is armed again when the folder comes back; meanwhile the state is told that
//! watching has stopped.

use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::msg::Msg;
use crate::app::Action;

/// How long the file must be quiet before it is read again.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// Whether an event kind changes a file's content or identity: modify, create, remove,
/// rename, close after writing. Opening, reading and closing without writing do not.
pub fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(_) => true,
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

enum Input {
    Event(notify::Result<Event>),
    Stop,
}

/// Watching one file; it stops when this is dropped.
pub struct Watch {
    stop: Sender<Input>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.stop.send(Input::Stop);
    }
}

/// Starts watching `file`: each burst of changes sends one [`Action::Reload`]; watching
/// stopping or resuming sends [`Action::Watching`].
pub fn watch(file: &Path, tx: Sender<Msg>) -> notify::Result<Watch> {
    watch_as(file, tx, Action::Reload)
}

/// Starts watching `file`, sending `on_change` for each burst of changes (one file of
/// several open: [`Action::ReloadReport`]).
pub fn watch_as(file: &Path, tx: Sender<Msg>, on_change: Action) -> notify::Result<Watch> {
    let link = std::path::absolute(file)?;
    let (in_tx, in_rx) = mpsc::channel();
    let events = in_tx.clone();
    let watcher = RecommendedWatcher::new(
        move |res| {
            let _ = events.send(Input::Event(res));
        },
        notify::Config::default(),
    )?;
    let mut w =
        Worker { link, watcher, armed: HashMap::new(), plan: Plan::default(), tx, on_change };
    let stopped = w.rearm();
    if let Some(why) = stopped {
        return Err(notify::Error::generic(&why));
    }
    std::thread::spawn(move || w.run(&in_rx));
    Ok(Watch { stop: in_tx })
}

/// The paths that matter for one file.
#[derive(Debug, Default, PartialEq)]
struct Plan {
    /// The file as given and, for a symlink, its final target.
    files: Vec<PathBuf>,
    /// Their folders: watched while they exist.
    folders: Vec<PathBuf>,
}

impl Plan {
    fn of(link: &Path) -> Plan {
        let mut files = vec![link.to_path_buf()];
        if let Ok(target) = std::fs::canonicalize(link)
            && target != link
        {
            files.push(target);
        }
        let mut folders: Vec<PathBuf> =
            files.iter().filter_map(|f| f.parent().map(Path::to_path_buf)).collect();
        folders.dedup();
        Plan { files, folders }
    }

    /// Whether an event path touches the file, one of its folders, or a folder on the way
    /// to a missing one.
    fn concerns(&self, path: &Path) -> bool {
        self.files.iter().any(|f| f == path) || self.folders.iter().any(|d| d.starts_with(path))
    }
}

struct Worker {
    link: PathBuf,
    watcher: RecommendedWatcher,
    /// Watched folders and the identity (device, inode) each had when armed.
    armed: HashMap<PathBuf, (u64, u64)>,
    plan: Plan,
    tx: Sender<Msg>,
    /// What a change of the file sends.
    on_change: Action,
}

/// A folder's identity, if it exists.
fn identity(dir: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(dir).ok().filter(|m| m.is_dir()).map(|m| (m.dev(), m.ino()))
}

impl Worker {
    /// Brings the watches in line with the file's folders as they are now; returns why
    /// watching is incomplete, if it is.
    fn rearm(&mut self) -> Option<String> {
        self.plan = Plan::of(&self.link);
        let mut wanted: HashMap<PathBuf, (u64, u64)> = HashMap::new();
        let mut missing = None;
        for dir in &self.plan.folders {
            if let Some(id) = identity(dir) {
                wanted.insert(dir.clone(), id);
                continue;
            }
            missing.get_or_insert_with(|| format!("folder {} is gone", dir.display()));
            // Watch the nearest folder above that exists, to see this one come back.
            if let Some((up, id)) = dir.ancestors().skip(1).find_map(|a| Some((a, identity(a)?))) {
                wanted.insert(up.to_path_buf(), id);
            }
        }
        let stale: Vec<PathBuf> = self
            .armed
            .iter()
            .filter(|(dir, id)| wanted.get(*dir) != Some(id))
            .map(|(dir, _)| dir.clone())
            .collect();
        for dir in stale {
            let _ = self.watcher.unwatch(&dir);
            self.armed.remove(&dir);
        }
        for (dir, id) in wanted {
            if self.armed.contains_key(&dir) {
                continue;
            }
            match self.watcher.watch(&dir, RecursiveMode::NonRecursive) {
                Ok(()) => {
                    self.armed.insert(dir, id);
                }
                Err(e) => {
                    missing.get_or_insert_with(|| format!("{}: {e}", dir.display()));
                }
            }
        }
        missing
    }

    fn run(mut self, rx: &Receiver<Input>) {
        let mut stopped: Option<String> = None;
        loop {
            // Block until something that matters happens: no wake-ups while idle.
            match rx.recv() {
                Ok(Input::Event(e)) if self.matters(&e) => {}
                Ok(Input::Event(_)) => continue,
                Ok(Input::Stop) | Err(_) => return,
            }
            // Then wait for the burst to end.
            loop {
                match rx.recv_timeout(DEBOUNCE) {
                    Ok(Input::Event(_)) => {}
                    Err(RecvTimeoutError::Timeout) => break,
                    Ok(Input::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            let now = self.rearm();
            let mut out = Vec::new();
            if now != stopped {
                out.push(Action::Watching(now.clone()));
                stopped = now;
            }
            out.push(self.on_change.clone());
            for a in out {
                if self.tx.send(Msg::Action(a)).is_err() {
                    return;
                }
            }
        }
    }

    fn matters(&self, e: &notify::Result<Event>) -> bool {
        match e {
            Ok(ev) => is_change(&ev.kind) && ev.paths.iter().any(|p| self.plan.concerns(p)),
            // The watcher itself failed (e.g. its queue overflowed): read the file again.
            Err(_) => true,
        }
    }
}
