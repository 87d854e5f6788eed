//! Reading datasets again, on a worker thread: the UI thread never waits for a file, and a
//! newer request for a file supersedes an older one for it still loading (its result is never
//! sent); requests for different files are each answered.

use std::sync::mpsc::{self, Receiver, Sender};

use super::msg::Msg;
use crate::app::Action;
use crate::data::Source;

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

/// Adds a request to the queue, dropping an older one for the same source: only the newest
/// read of a file matters.
fn enqueue(queue: &mut Vec<(u64, Source)>, request: (u64, Source)) {
    queue.retain(|(_, s)| *s != request.1);
    queue.push(request);
}

fn work(rx: &Receiver<(u64, Source)>, out: &Sender<Msg>) {
    let mut queue: Vec<(u64, Source)> = Vec::new();
    while let Ok(first) = rx.recv() {
        enqueue(&mut queue, first);
        while !queue.is_empty() {
            rx.try_iter().for_each(|r| enqueue(&mut queue, r));
            let (generation, source) = queue.remove(0);
            let result = source.load().map(crate::app::Loaded::new);
            // A request for the same file that came in while reading makes this stale.
            rx.try_iter().for_each(|r| enqueue(&mut queue, r));
            if queue.iter().any(|(_, s)| *s == source) {
                continue;
            }
            if out.send(Msg::Action(Action::Loaded(generation, Box::new(result)))).is_err() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_of_different_files_are_each_answered_and_a_newer_read_supersedes() {
        let (tx, rx) = mpsc::channel();
        let loader = Loader::spawn(tx);
        loader.request(1, Source::Embedded(0));
        loader.request(2, Source::Embedded(1));
        loader.request(3, Source::Embedded(0));
        let mut answered = Vec::new();
        while !(answered.contains(&2) && answered.contains(&3)) {
            let msg = rx.recv_timeout(std::time::Duration::from_secs(30)).expect("an answer");
            if let Msg::Action(Action::Loaded(g, result)) = msg {
                assert!(result.is_ok());
                answered.push(g);
            }
        }
        // Read 1 may have been answered before read 3 was asked for, never after it.
        assert_eq!(answered.iter().filter(|&&g| g == 3).count(), 1);
        let pos = |g| answered.iter().position(|&a| a == g);
        assert!(pos(1).is_none_or(|p1| p1 < pos(3).unwrap()), "{answered:?}");
    }
}
