//! Watching the open dataset files for changes of content or identity, and only those: the
//! program's own reads (open, access, close without writing) are never taken for a change.
//!
//! One watcher serves the whole library: one inotify instance and one thread, however many
//! files are open, so the user's other programs keep theirs. Each file's folder is watched,
//! so editors that save by renaming a new file over it, or by deleting and re-creating it,
//! are followed; for a symlink, the target's folder is watched too. When a folder goes away,
//! the nearest existing folder above it is watched instead, so the watch is armed again when
//! the folder comes back; meanwhile the state is told that watching has stopped. When the
//! system's limit on inotify watches (or instances) is reached, the message names the limit
//! and how to raise it, and the folders left over are polled every few seconds instead.

use std::collections::{HashMap, HashSet};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use super::msg::Msg;
use crate::app::Action;

/// How long the files must be quiet before they are read again.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// How often folders past the system's watch limit are polled.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

/// Longest the first frame waits for the watches to be set.
const READY_WAIT: Duration = Duration::from_millis(300);

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

/// Watching the library's files; it stops when this is dropped.
pub struct Watches {
    stop: Sender<Input>,
}

impl Drop for Watches {
    fn drop(&mut self) {
        let _ = self.stop.send(Input::Stop);
    }
}

/// Starts watching `files`, each with the action a burst of changes to it sends
/// ([`Action::Reload`] for the one file open, [`Action::ReloadReport`] for one of several).
/// Watching that stops, resumes or falls back to polling sends [`Action::Watching`].
pub fn watch_files(files: Vec<(PathBuf, Action)>, tx: Sender<Msg>) -> Watches {
    let (in_tx, in_rx) = mpsc::channel();
    let events = in_tx.clone();
    let (ready_tx, ready) = mpsc::channel::<()>();
    std::thread::spawn(move || {
        let inotify = RecommendedWatcher::new(
            {
                let events = events.clone();
                move |res| {
                    let _ = events.send(Input::Event(res));
                }
            },
            notify::Config::default(),
        );
        let (inotify, instance_limit) = match inotify {
            Ok(w) => (Some(w), None),
            Err(e) => (None, Some(e)),
        };
        let files = files
            .into_iter()
            .filter_map(|(f, action)| {
                let link = std::path::absolute(&f).ok()?;
                Some(File { plan: Plan::of(&link), link, action })
            })
            .collect();
        let mut w = Worker {
            files,
            inotify,
            instance_limit,
            poll: None,
            events,
            armed: HashMap::new(),
            tx,
            stopped: None,
            ready: Some(ready_tx),
        };
        w.run(&in_rx);
    });
    // A change made as the dashboard starts is seen: its first frame waits for the watches
    // to be set, as long as that is quick (a library of thousands sets them meanwhile).
    let _ = ready.recv_timeout(READY_WAIT);
    Watches { stop: in_tx }
}

/// One file: where it is and what a change of it sends.
struct File {
    link: PathBuf,
    plan: Plan,
    action: Action,
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

/// Which watcher holds a folder.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Backend {
    Inotify,
    Poll,
}

struct Worker {
    files: Vec<File>,
    /// The one inotify instance; none when the system would not give one.
    inotify: Option<RecommendedWatcher>,
    /// Why there is no inotify instance, if there is none.
    instance_limit: Option<notify::Error>,
    /// Polling for the folders inotify cannot take; started when first needed.
    poll: Option<PollWatcher>,
    events: Sender<Input>,
    /// Watched folders, the identity (device, inode) each had when armed, and by what.
    armed: HashMap<PathBuf, ((u64, u64), Backend)>,
    tx: Sender<Msg>,
    /// What the state was last told about watching.
    stopped: Option<String>,
    /// Dropped once the first watches are set (`watch_files` waits for it).
    ready: Option<mpsc::Sender<()>>,
}

/// A folder's identity, if it exists.
fn identity(dir: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(dir).ok().filter(|m| m.is_dir()).map(|m| (m.dev(), m.ino()))
}

/// A limit of the kernel's, as `/proc` gives it (`fs.inotify.max_user_watches = 8192`).
fn limit(name: &str) -> String {
    let value = std::fs::read_to_string(format!("/proc/sys/fs/inotify/{name}"))
        .map_or_else(|_| "?".to_string(), |v| v.trim().to_string());
    format!("fs.inotify.{name} = {value}")
}

impl Worker {
    /// Brings the watches in line with the files' folders as they are now; returns why
    /// watching is incomplete, if it is.
    fn rearm(&mut self) -> Option<String> {
        let mut wanted: HashMap<PathBuf, (u64, u64)> = HashMap::new();
        let mut missing = None;
        for f in &mut self.files {
            f.plan = Plan::of(&f.link);
            for dir in &f.plan.folders {
                if let Some(id) = identity(dir) {
                    wanted.insert(dir.clone(), id);
                    continue;
                }
                missing.get_or_insert_with(|| format!("folder {} is gone", dir.display()));
                // Watch the nearest folder above that exists, to see this one come back.
                if let Some((up, id)) =
                    dir.ancestors().skip(1).find_map(|a| Some((a, identity(a)?)))
                {
                    wanted.insert(up.to_path_buf(), id);
                }
            }
        }
        let stale: Vec<PathBuf> = self
            .armed
            .iter()
            .filter(|(dir, (id, _))| wanted.get(*dir) != Some(id))
            .map(|(dir, _)| dir.clone())
            .collect();
        for dir in stale {
            if let Some((_, backend)) = self.armed.remove(&dir) {
                let _ = match backend {
                    Backend::Inotify => self.inotify.as_mut().map(|w| w.unwatch(&dir)),
                    Backend::Poll => self.poll.as_mut().map(|w| w.unwatch(&dir)),
                };
            }
        }
        let mut polled = 0;
        let mut watch_limit = false;
        let mut dirs: Vec<(PathBuf, (u64, u64))> = wanted.into_iter().collect();
        dirs.sort();
        for (dir, id) in dirs {
            if let Some(&(_, backend)) = self.armed.get(&dir) {
                polled += usize::from(backend == Backend::Poll);
                continue;
            }
            let by_inotify = match self.inotify.as_mut() {
                Some(w) if !watch_limit => w.watch(&dir, RecursiveMode::NonRecursive),
                _ => Err(notify::Error::new(notify::ErrorKind::MaxFilesWatch)),
            };
            match by_inotify {
                Ok(()) => {
                    self.armed.insert(dir, (id, Backend::Inotify));
                }
                Err(e) if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) => {
                    watch_limit |= self.inotify.is_some();
                    match self.poller().map(|p| p.watch(&dir, RecursiveMode::NonRecursive)) {
                        Some(Ok(())) => {
                            self.armed.insert(dir, (id, Backend::Poll));
                            polled += 1;
                        }
                        _ => {
                            missing.get_or_insert_with(|| {
                                format!("{}: cannot be polled", dir.display())
                            });
                        }
                    }
                }
                Err(e) => {
                    missing.get_or_insert_with(|| format!("{}: {e}", dir.display()));
                }
            }
        }
        if polled > 0 && missing.is_none() {
            let every = POLL_EVERY.as_secs();
            let (what, name, raise) = if self.inotify.is_none() {
                ("instances", "max_user_instances", 512)
            } else {
                ("watches", "max_user_watches", 524_288)
            };
            let why = self.instance_limit.as_ref().map_or(String::new(), |e| format!(" ({e})"));
            missing = Some(format!(
                "{polled} folder(s) checked every {every} s instead: the system's limit on \
                 inotify {what} is reached{why} ({}; raise it with `sudo sysctl \
                 fs.inotify.{name}={raise}`)",
                limit(name)
            ));
        }
        missing
    }

    /// The polling watcher, started the first time a folder needs it.
    fn poller(&mut self) -> Option<&mut PollWatcher> {
        if self.poll.is_none() {
            let events = self.events.clone();
            let config = notify::Config::default().with_poll_interval(POLL_EVERY);
            self.poll = PollWatcher::new(
                move |res| {
                    let _ = events.send(Input::Event(res));
                },
                config,
            )
            .ok();
        }
        self.poll.as_mut()
    }

    /// The files an event is about.
    fn concerned(&self, e: &notify::Result<Event>) -> Vec<usize> {
        match e {
            Ok(ev) if is_change(&ev.kind) => (0..self.files.len())
                .filter(|&f| ev.paths.iter().any(|p| self.files[f].plan.concerns(p)))
                .collect(),
            Ok(_) => Vec::new(),
            // The watcher itself failed (e.g. its queue overflowed): read every file again.
            Err(_) => (0..self.files.len()).collect(),
        }
    }

    fn run(&mut self, rx: &Receiver<Input>) {
        let now = self.rearm();
        drop(self.ready.take());
        if now.is_some() && self.tell(Action::Watching(now.clone())).is_err() {
            return;
        }
        self.stopped = now;
        loop {
            // Block until something that matters happens: no wake-ups while idle.
            let mut changed: HashSet<usize> = HashSet::new();
            match rx.recv() {
                Ok(Input::Event(e)) => changed.extend(self.concerned(&e)),
                Ok(Input::Stop) | Err(_) => return,
            }
            if changed.is_empty() {
                continue;
            }
            // Then wait for the burst to end.
            loop {
                match rx.recv_timeout(DEBOUNCE) {
                    Ok(Input::Event(e)) => changed.extend(self.concerned(&e)),
                    Err(RecvTimeoutError::Timeout) => break,
                    Ok(Input::Stop) | Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            let now = self.rearm();
            if now != self.stopped {
                if self.tell(Action::Watching(now.clone())).is_err() {
                    return;
                }
                self.stopped = now;
            }
            let mut changed: Vec<usize> = changed.into_iter().collect();
            changed.sort_unstable();
            for f in changed {
                if self.tell(self.files[f].action.clone()).is_err() {
                    return;
                }
            }
        }
    }

    fn tell(&self, action: Action) -> Result<(), ()> {
        self.tx.send(Msg::Action(action)).map_err(|_| ())
    }
}
