//! Reading the dataset again, on a worker thread: the UI thread never waits for a file, and
//! a newer request supersedes an older one still loading (its result is never sent).

use std::sync::mpsc::{self, Receiver, Sender};

use crate::app::Action;
use crate::data::Source;
use crate::tui::Msg;

/// Asks the worker thread for reads; each answer is a [`Msg::Action`] with
/// [`Action::Loaded`].
#[derive(Debug)]
pub struct Loader {
    requests: Sender<(u64, Source)>,
}

impl Loader {
    /// Starts the worker; it ends when the loader and `out` are gone.
    pub fn spawn(out: Sender<Msg>) -> Loader {
        let (requests, rx) = mpsc::channel();
        std::thread::spawn(move || work(&rx, &out));
        Loader { requests }
    }

    /// Asks for a read of `source` tagged with `generation`.
    pub fn request(&self, generation: u64, source: Source) {
        let _ = self.requests.send((generation, source));
    }
}

/// The newest request waiting, if any.
fn newest(rx: &Receiver<(u64, Source)>) -> Option<(u64, Source)> {
    rx.try_iter().last()
}

fn work(rx: &Receiver<(u64, Source)>, out: &Sender<Msg>) {
    while let Ok(first) = rx.recv() {
        let (mut generation, mut source) = newest(rx).unwrap_or(first);
        let mut result = source.load();
        // A request that came in while reading makes this result stale: read again.
        while let Some(newer) = newest(rx) {
            (generation, source) = newer;
            result = source.load();
        }
        if out.send(Msg::Action(Action::Loaded(generation, Box::new(result)))).is_err() {
            return;
        }
    }
}
