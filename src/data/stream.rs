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

use super::model::{Dataset, RawIndicator};

/// Bytes read at a time.
const CHUNK: usize = 1 << 20;

/// Files from this size on are read by two threads (below).
const TWO_THREADS_FROM: u64 = 4 << 20;

/// Where the scan is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Outside the figures: bytes are copied to the skeleton.
    Skeleton,
    /// Inside the `indicators` array, between figures; `after` is the last of `[`, `,` and
    /// `}` (a figure's end) read there, so that only `[{},{}]` shapes are taken.
    Between { after: u8 },
    /// At a figure's object, which started at `start` but did not end in what was read
    /// (`after` as in `Between`).
    Figure { start: usize, after: u8 },
}

/// What a scan of the bytes read so far ended on.
enum Scanned {
    /// Scanned to the end; this many bytes at the start are no longer needed.
    Keep(usize),
    /// A figure starts at this index, where the second thread started reading.
    AtSplit(usize),
    /// The second thread's part ends: the `indicators` array closed just before this index.
    ArrayEnd(usize),
}

struct Scan {
    mode: Mode,
    /// Nesting depth of objects and arrays (the top-level object is 1).
    depth: usize,
    in_string: bool,
    escaped: bool,
    /// The bytes of the current string, when it is at the top level (a key).
    key: Option<Vec<u8>>,
    /// The last thing read at depth 1 was the key `indicators` (and maybe its colon).
    after_key: bool,
    skeleton: Vec<u8>,
    figures: Vec<RawIndicator>,
    /// Offset in the file of the first byte in the buffer.
    base: u64,
    /// Where the second thread started reading, if it is reading.
    split: Option<u64>,
    /// This is the second thread: stop where the `indicators` array ends.
    second: bool,
}

impl Scan {
    /// Lets go of the first `keep` bytes of the buffer, which the scan no longer needs.
    fn let_go(&mut self, buf: &mut Vec<u8>, keep: usize) {
        buf.drain(..keep);
        self.base += keep as u64;
        if let Mode::Figure { start, .. } = &mut self.mode {
            *start -= keep;
        }
    }

    fn new() -> Scan {
        Scan {
            mode: Mode::Skeleton,
            depth: 0,
            in_string: false,
            escaped: false,
            key: None,
            after_key: false,
            skeleton: Vec::new(),
            figures: Vec::new(),
            base: 0,
            split: None,
            second: false,
        }
    }
}

/// Reading at an offset without moving a shared cursor: a file, or bytes in memory.
pub trait ReadAt: Sync {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize>;
}

impl ReadAt for std::fs::File {
    fn read_at(&self, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
        std::os::unix::fs::FileExt::read_at(self, buf, offset)
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
    let Some(split) = split else {
        return first(src, len, chunk, None);
    };
    let cancel = AtomicBool::new(false);
    std::thread::scope(|scope| {
        let second = scope.spawn(|| second(src, split, len, chunk, &cancel));
        first(src, len, chunk, Some((split, second, &cancel)))
    })
}

/// The second thread's figures, in parts of one chunk each (moved into the first thread's
/// list one part at a time, each part freed as it goes: never a second copy of them all),
/// and the offset after the array.
type Parts = (Vec<Vec<RawIndicator>>, u64);

type Second<'s> = std::thread::ScopedJoinHandle<'s, Option<Parts>>;

/// The first thread: the whole source, or up to where the second began.
fn first<R: ReadAt + ?Sized>(
    src: &R,
    len: u64,
    chunk: usize,
    mut second: Option<(u64, Second<'_>, &AtomicBool)>,
) -> Option<Dataset<RawIndicator>> {
    let mut s = Scan::new();
    s.split = second.as_ref().map(|(at, ..)| *at);
    let mut reader = Window { src, at: 0, end: len };
    let mut buf: Vec<u8> = Vec::with_capacity(2 * chunk);
    let mut fresh = false; // bytes read and not scanned yet
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
        match s.scan(&buf)? {
            Scanned::Keep(keep) => s.let_go(&mut buf, keep),
            Scanned::AtSplit(at) => {
                buf.drain(..at);
                s.base += at as u64;
                s.split = None;
                let (_, handle, _) = second.take()?;
                match handle.join().ok().flatten() {
                    Some((parts, end)) => {
                        // The second thread's figures, then on after the array.
                        s.figures.reserve_exact(parts.iter().map(Vec::len).sum());
                        for part in parts {
                            s.figures.extend(part);
                        }
                        s.skeleton.push(b']');
                        s.depth -= 1;
                        s.mode = Mode::Skeleton;
                        buf.clear();
                        reader.at = end;
                        s.base = end;
                    }
                    None => fresh = true, // read on from here alone
                }
            }
            Scanned::ArrayEnd(_) => return None,
        }
        // Past the place without a figure starting there: the second's work is of no use.
        if let Some((at, ..)) = &second
            && s.base > *at
        {
            if let Some((_, handle, cancel)) = second.take() {
                cancel.store(true, Ordering::Relaxed);
                let _ = handle.join();
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

/// The second thread: figures from `at` to the end of the array, and the offset after it.
fn second<R: ReadAt + ?Sized>(
    src: &R,
    at: u64,
    len: u64,
    chunk: usize,
    cancel: &AtomicBool,
) -> Option<Parts> {
    let mut s = Scan::new();
    let mut parts = Vec::new();
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
        parts.push(std::mem::take(&mut s.figures));
        match scanned {
            Scanned::Keep(keep) => s.let_go(&mut buf, keep),
            Scanned::ArrayEnd(end) => return Some((parts, s.base + end as u64)),
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

impl Scan {
    /// Scans what was read and not scanned yet; returns how many bytes at its start are no
    /// longer needed.
    fn scan(&mut self, bytes: &[u8]) -> Option<Scanned> {
        // The text read so far, up to a character the chunk cut in two (kept for the next
        // round); bytes that are not UTF-8 give up (the whole read reports where).
        let text = std::str::from_utf8(&bytes[..whole_chars(bytes)]).ok()?;
        let buf = text.as_bytes();
        let mut i = 0;
        // Skeleton bytes not yet copied start at `copied`.
        let mut copied = 0;
        // A figure cut by the end of the last chunk is read from its start.
        if let Mode::Figure { start, after } = self.mode {
            i = start;
            self.mode = Mode::Between { after };
        }
        while i < buf.len() {
            if self.in_string {
                if self.escaped {
                    self.escaped = false;
                    i += 1;
                    continue;
                }
                // Jump to the next quote or backslash.
                let Some(k) = memchr::memchr2(b'"', b'\\', &buf[i..]) else {
                    if let Some(key) = &mut self.key {
                        key.extend_from_slice(&buf[i..]);
                    }
                    break;
                };
                if let Some(key) = &mut self.key {
                    key.extend_from_slice(&buf[i..i + k]);
                }
                i += k;
                if buf[i] == b'\\' {
                    self.escaped = true;
                } else {
                    self.in_string = false;
                    self.after_key = self.key.take().is_some_and(|k| k == b"indicators");
                }
                i += 1;
                continue;
            }
            let b = buf[i];
            match (self.mode, b) {
                (_, b' ' | b'\n' | b'\r' | b'\t') => {}
                (Mode::Between { after: b'}' }, b',') => self.mode = Mode::Between { after: b',' },
                (Mode::Between { after: b'[' | b',' }, b'{')
                    if self.split.is_some_and(|at| self.base + i as u64 == at) =>
                {
                    return Some(Scanned::AtSplit(i));
                }
                (Mode::Between { after: b'[' | b',' }, b'{') => {
                    // serde_json reads the figure and says where it ended; a figure cut by
                    // the end of the chunk is read again when more has come.
                    let mut figures =
                        serde_json::Deserializer::from_str(&text[i..]).into_iter::<RawIndicator>();
                    match figures.next() {
                        Some(Ok(figure)) => {
                            self.figures.push(figure);
                            i += figures.byte_offset();
                            self.mode = Mode::Between { after: b'}' };
                            continue;
                        }
                        Some(Err(e)) if e.is_eof() => {
                            let Mode::Between { after } = self.mode else { return None };
                            self.mode = Mode::Figure { start: i, after };
                            return Some(Scanned::Keep(i));
                        }
                        _ => return None,
                    }
                }
                (Mode::Between { after: b'}' }, b']') if self.second => {
                    return Some(Scanned::ArrayEnd(i + 1));
                }
                (Mode::Between { after: b'[' | b'}' }, b']') => {
                    copied = i;
                    self.depth -= 1;
                    self.mode = Mode::Skeleton;
                }
                (Mode::Between { .. }, _) => return None,
                (_, b'"') => {
                    self.in_string = true;
                    let top = self.mode == Mode::Skeleton && self.depth == 1;
                    self.key = top.then(Vec::new);
                }
                (_, b'{' | b'[') => {
                    if self.mode == Mode::Skeleton && self.depth == 1 && self.after_key && b == b'['
                    {
                        self.skeleton.extend_from_slice(&buf[copied..=i]);
                        self.mode = Mode::Between { after: b'[' };
                    }
                    self.depth += 1;
                    self.after_key = false;
                }
                (_, b'}' | b']') => self.depth = self.depth.checked_sub(1)?,
                (_, b':') => {}
                _ => self.after_key = false,
            }
            i += 1;
        }
        Some(Scanned::Keep(match self.mode {
            Mode::Skeleton => {
                self.skeleton.extend_from_slice(&buf[copied..]);
                buf.len()
            }
            Mode::Between { .. } => buf.len(),
            Mode::Figure { start, .. } => start,
        }))
    }
}

/// How many bytes at the start hold whole characters: all of them, unless the read cut the
/// last character in two (a lead byte whose continuation bytes have not come yet).
fn whole_chars(bytes: &[u8]) -> usize {
    let n = bytes.len();
    // The last lead byte within the last four bytes, and how long its character is.
    for back in 1..=n.min(4) {
        let b = bytes[n - back];
        if b & 0xC0 == 0x80 {
            continue; // a continuation byte
        }
        let len = match b {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        return if len > back { n - back } else { n };
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_bytes(text: &[u8], chunk: usize, two_from: u64) -> Option<Dataset<RawIndicator>> {
        read_with(text, text.len() as u64, chunk, two_from)
    }

    #[test]
    fn a_character_cut_by_a_read_waits_for_the_rest() {
        let s = "a平".as_bytes();
        assert_eq!(whole_chars(s), 4);
        assert_eq!(whole_chars(&s[..3]), 1);
        assert_eq!(whole_chars(&s[..2]), 1);
        assert_eq!(whole_chars(b""), 0);
        assert_eq!(whole_chars("😀".as_bytes()), 4);
        assert_eq!(whole_chars(&"😀".as_bytes()[..3]), 0);
    }

    #[test]
    fn reads_the_same_dataset_as_a_whole_parse_whatever_the_chunks_and_threads() {
        for text in super::super::library::SHIPPED.iter().map(|s| s.1) {
            let whole: Dataset<RawIndicator> = serde_json::from_str(text).unwrap();
            for chunk in [1, 2, 3, 7, 64, 4096, 1 << 30] {
                for two_from in [0, u64::MAX] {
                    let got = read_bytes(text.as_bytes(), chunk, two_from);
                    assert_eq!(
                        got.as_ref(),
                        Some(&whole),
                        "chunk {chunk}, two threads {}",
                        two_from == 0
                    );
                }
            }
            let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
            assert_eq!(read_bytes(&bom, 64, 0), Some(whole.clone()));
            assert_eq!(read_bytes(&bom, 64, u64::MAX), Some(whole));
        }
    }

    #[test]
    fn a_place_inside_a_text_that_looks_like_a_figure_start_is_checked() {
        // The second thread is sent to a `}, {` inside a note: the first does not meet a
        // figure starting there, drops the second's work and reads on alone.
        let good = super::super::library::SHIPPED[0].1;
        let trap =
            good.replacen("选聘的乡村振兴指导员。", "选聘的乡村振兴指导员}, {\\\"x\\\": 1}。", 1);
        assert_ne!(trap, good);
        let whole: Dataset<RawIndicator> = serde_json::from_str(&trap).unwrap();
        let at = trap.find("}, {").unwrap() as u64;
        assert_eq!(figure_start_near(trap.as_bytes(), at - 1, trap.len() as u64), Some(at + 3));
        let src = trap.as_bytes();
        for chunk in [5, 64, 4096] {
            // Sent exactly there, and to the figures around it.
            let cancel = AtomicBool::new(false);
            let len = src.len() as u64;
            let got = std::thread::scope(|scope| {
                let second = scope.spawn(|| second(src, at + 3, len, chunk, &cancel));
                first(src, len, chunk, Some((at + 3, second, &cancel)))
            });
            assert_eq!(got.as_ref(), Some(&whole), "chunk {chunk}");
            assert_eq!(read_bytes(src, chunk, 0).as_ref(), Some(&whole), "chunk {chunk}");
        }
    }

    #[test]
    fn gives_up_on_what_is_not_a_good_dataset() {
        let good = super::super::library::SHIPPED[0].1;
        let cut = &good[..good.len() / 2];
        let bad_figure = good.replacen("\"value\": 46", "\"value\": \"46\"", 1);
        let not_object = good.replacen("\"indicators\": [", "\"indicators\": [1,", 1);
        let end = good.find("\n  ],\n  \"derived\"").unwrap();
        let trailing = format!("{},{}", &good[..end], &good[end..]);
        let leading = good.replacen("\"indicators\": [", "\"indicators\": [,", 1);
        let late = good.replacen("\"value\": 249.37", "\"value\": \"249.37\"", 1);
        let twice = good.replacen("\"indicators\": [", "\"indicators\": [], \"indicators\": [", 1);
        assert_ne!(trailing, good);
        assert_ne!(late, good);
        for text in [
            cut,
            &bad_figure,
            &not_object,
            &twice,
            &trailing,
            &leading,
            &late,
            "",
            "[]",
            "{\"indicators\": [}",
        ] {
            for two_from in [0, u64::MAX] {
                assert_eq!(read_bytes(text.as_bytes(), 64, two_from), None, "{:.60}", text);
            }
        }
        let mut not_utf8 = good.as_bytes().to_vec();
        let at = good.find("乡村振兴指导员").unwrap();
        not_utf8[at + 1] = 0xFF;
        assert_eq!(read_bytes(&not_utf8, 64, 0), None);
        assert_eq!(read_bytes(&not_utf8, 64, u64::MAX), None);
    }
}
