//! How many bytes of dataset files this process has read so far: what a progress bar shows
//! while big files load (the dashboard's first frame, `check` and `import` on a terminal).

use std::sync::atomic::{AtomicU64, Ordering};

static READ: AtomicU64 = AtomicU64::new(0);

/// Counts `n` bytes read from a dataset file.
pub fn add(n: usize) {
    READ.fetch_add(n as u64, Ordering::Relaxed);
}

/// Bytes read from dataset files since the process started (a file read again after a
/// problem counts twice: a bar shows it at most full).
pub fn read() -> u64 {
    READ.load(Ordering::Relaxed)
}
