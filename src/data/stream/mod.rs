//! Reading a dataset file's figures while the file is read.
//!
//! A dataset is mostly its `indicators` array. Read whole, a 40 MB file sits in memory beside
//! the figures parsed from it. Here the file is read in chunks: the bytes outside that array
//! (metadata, sections, units) are kept as a small "skeleton" document with an empty array,
//! and each figure is parsed as soon as its object is complete, and its bytes let go.
//!
//! Only a well-formed file takes this path. At anything unexpected (a syntax or type error,
//! an array element that is not an object, a file that ends early) it gives up with `None`,
//! and the caller reads the file whole, which reports the problem with its line, column and
//! path. It recognises JSON only as far as needed to find where each figure's object ends:
//! strings (with escapes), nesting, and the `indicators` key of the top-level object.

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};

mod scan;
#[cfg(test)]
mod tests;

use scan::{Mode, Scan, Scanned};

use super::model::{Dataset, RawIndicator};

/// Bytes read at a time.
const CHUNK: usize = 1 << 20;

/// Files from this size on are read by two threads (below).
const TWO_THREADS_FROM: u64 = 4 << 20;

/// Reading at an offset without moving a shared cursor: a file, or bytes in memory.
pub trait ReadAt: Sync {
    /// Reads into `buf` from `offset`; how many bytes were read (0 at the end).
    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize>;
}

impl ReadAt for std::fs::File {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        let n = std::os::unix::fs::FileExt::read_at(self, buf, offset)?;
        super::progress::add(n);
        Ok(n)
    }
}

impl ReadAt for [u8] {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        let rest = self.get(offset as usize..).unwrap_or_default();
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        Ok(n)
    }
}

/// A part of a source, read from `at` up to `end`, as a stream.
struct Window<'a, R: ReadAt + ?Sized> {
    src: &'a R,
    at: u64,
    end: u64,
}

impl<R: ReadAt + ?Sized> Read for Window<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let room = self.end.saturating_sub(self.at).min(out.len() as u64) as usize;
        let n = self.src.read_at(&mut out[..room], self.at)?;
        self.at += n as u64;
        Ok(n)
    }
}

/// Parses a dataset from a source of `len` bytes as it is read; `None` at anything
/// unexpected. A source of 4 MiB or more is read by two threads: the second starts at a
/// place in the middle that looks like the start of a figure (`}, {`) and parses figures
/// from there to the end of the array, while the first parses from the start. When the
/// first reaches that place and a figure does start there, it takes the second's figures
/// and goes on after the array; when it does not (the place was inside a text), the second's
/// work is dropped and the first reads on alone. Either way the result is the one reading.
pub fn read<R: ReadAt + ?Sized>(src: &R, len: u64) -> Option<Dataset<RawIndicator>> {
    read_with(src, len, CHUNK, TWO_THREADS_FROM)
}

fn read_with<R: ReadAt + ?Sized>(
    src: &R,
    len: u64,
    chunk: usize,
    two_from: u64,
) -> Option<Dataset<RawIndicator>> {
    let split = if len >= two_from { figure_start_near(src, len / 2, len) } else { None };
    match split {
        Some(split) => two_threads(src, len, chunk, split),
        None => first(src, len, chunk, None),
    }
}

/// Reads on two threads, the second from `split` (see [`read`]).
fn two_threads<R: ReadAt + ?Sized>(
    src: &R,
    len: u64,
    chunk: usize,
    split: u64,
) -> Option<Dataset<RawIndicator>> {
    let cancel = AtomicBool::new(false);
    let (send, parts) = std::sync::mpsc::channel();
    std::thread::scope(|scope| {
        let cancel = &cancel;
        // The sender is the second thread's own: if it panicked, dropping it ends the
        // channel, and the first reads on alone.
        let second = scope.spawn(move || {
            let end = second(src, split, len, chunk, cancel, &send);
            let _ = send.send(Part::End(end));
        });
        let read = first(src, len, chunk, Some((split, parts, cancel)));
        let _ = second.join();
        read
    })
}

/// What the second thread hands over as it reads: its figures one chunk at a time (moved
/// into the first thread's list as they come, each part freed as it goes: never a second
/// copy of them all; the first thread takes them while the second still reads), then the
/// offset after the array, or none when it gave up.
enum Part {
    Figures(Vec<RawIndicator>),
    End(Option<u64>),
}

type Second = std::sync::mpsc::Receiver<Part>;

/// The first thread: the whole source, or up to where the second began.
fn first<R: ReadAt + ?Sized>(
    src: &R,
    len: u64,
    chunk: usize,
    mut second: Option<(u64, Second, &AtomicBool)>,
) -> Option<Dataset<RawIndicator>> {
    let mut s = Scan::new();
    s.split = second.as_ref().map(|(at, ..)| *at);
    let mut reader = Window { src, at: 0, end: len };
    let mut buf: Vec<u8> = Vec::with_capacity(2 * chunk);
    let mut fresh = false; // bytes read and not scanned yet
    let mut reserved = false;
    loop {
        if !fresh {
            // Appended to what is left of the last chunk, without zeroing the space first.
            let n = (&mut reader).take(chunk as u64).read_to_end(&mut buf).ok()?;
            if n == 0 {
                break;
            }
            if reader.at == n as u64 && buf.starts_with(b"\xEF\xBB\xBF") {
                buf.drain(..3);
                s.base = 3;
            }
        }
        fresh = false;
        let scanned = s.scan(&buf)?;
        if !reserved && s.figures.len() >= 64 {
            reserved = true;
            // Room for every figure the file seems to hold, from the bytes a figure has
            // taken so far (a figure takes 64 bytes at least; room not used is never
            // touched, so it takes no memory): the second thread's figures are moved in
            // without the list growing and being copied on the way.
            let per = (s.base as usize + buf.len()) / s.figures.len();
            let all = (len as usize / per.max(64)).saturating_mul(9) / 8;
            let _ = s.figures.try_reserve_exact(all.saturating_sub(s.figures.len()));
        }
        match scanned {
            Scanned::Keep(keep) => s.let_go(&mut buf, keep),
            Scanned::AtSplit(at) => {
                buf.drain(..at);
                s.base += at as u64;
                s.split = None;
                let (_, parts, _) = second.take()?;
                let own = s.figures.len();
                let mut end = None;
                for part in parts.iter() {
                    match part {
                        Part::Figures(part) => s.figures.extend(part),
                        Part::End(at) => {
                            end = at;
                            break;
                        }
                    }
                }
                match end {
                    Some(end) => {
                        // The second thread's figures are in; on after the array.
                        s.skeleton.push(b']');
                        s.depth -= 1;
                        s.mode = Mode::Skeleton;
                        buf.clear();
                        reader.at = end;
                        s.base = end;
                    }
                    None => {
                        s.figures.truncate(own);
                        fresh = true; // read on from here alone
                    }
                }
            }
            Scanned::ArrayEnd(_) => return None,
        }
        // Past the place without a figure starting there: the second's work is of no use.
        if let Some((at, ..)) = &second
            && s.base > *at
        {
            if let Some((_, _, cancel)) = second.take() {
                cancel.store(true, Ordering::Relaxed);
            }
            s.split = None;
        }
    }
    if s.mode != Mode::Skeleton || s.depth != 0 || s.in_string || !buf.is_empty() {
        return None;
    }
    let mut raw: Dataset<RawIndicator> =
        serde_json::from_str(std::str::from_utf8(&s.skeleton).ok()?).ok()?;
    if !raw.indicators.is_empty() {
        return None;
    }
    raw.indicators = s.figures;
    Some(raw)
}

/// The second thread: figures from `at` to the end of the array, sent a chunk's at a time,
/// and the offset after it.
fn second<R: ReadAt + ?Sized>(
    src: &R,
    at: u64,
    len: u64,
    chunk: usize,
    cancel: &AtomicBool,
    parts: &std::sync::mpsc::Sender<Part>,
) -> Option<u64> {
    let mut s = Scan::new();
    s.mode = Mode::Between { after: b',' };
    s.depth = 2;
    s.second = true;
    s.base = at;
    let mut reader = Window { src, at, end: len };
    let mut buf: Vec<u8> = Vec::with_capacity(2 * chunk);
    while !cancel.load(Ordering::Relaxed) {
        if (&mut reader).take(chunk as u64).read_to_end(&mut buf).ok()? == 0 {
            return None;
        }
        let scanned = s.scan(&buf)?;
        if !s.figures.is_empty() {
            parts.send(Part::Figures(std::mem::take(&mut s.figures))).ok()?;
        }
        match scanned {
            Scanned::Keep(keep) => s.let_go(&mut buf, keep),
            Scanned::ArrayEnd(end) => return Some(s.base + end as u64),
            Scanned::AtSplit(_) => return None,
        }
    }
    None
}

/// A place at or after `from` where a figure may start: the `{` of `}, {` (whitespace
/// allowed around the comma), within the next 64 KiB.
fn figure_start_near<R: ReadAt + ?Sized>(src: &R, from: u64, len: u64) -> Option<u64> {
    let mut window = Vec::new();
    Window { src, at: from, end: len.min(from + (64 << 10)) }.read_to_end(&mut window).ok()?;
    let ws = |b: &u8| b.is_ascii_whitespace();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'}', &window[i..]) {
        let close = i + k;
        let mut j = close + 1;
        while window.get(j).is_some_and(ws) {
            j += 1;
        }
        if window.get(j) == Some(&b',') {
            j += 1;
            while window.get(j).is_some_and(ws) {
                j += 1;
            }
            if window.get(j) == Some(&b'{') {
                return Some(from + j as u64);
            }
        }
        i = close + 1;
    }
    None
}
