//! The scanner: finds where each figure's object ends in the bytes read so far, parses it,
//! and copies everything outside the `indicators` array to the skeleton.

use crate::data::model::RawIndicator;

/// Where the scan is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
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
pub(super) enum Scanned {
    /// Scanned to the end; this many bytes at the start are no longer needed.
    Keep(usize),
    /// A figure starts at this index, where the second thread started reading.
    AtSplit(usize),
    /// The second thread's part ends: the `indicators` array closed just before this index.
    ArrayEnd(usize),
}

pub(super) struct Scan {
    pub(super) mode: Mode,
    /// Nesting depth of objects and arrays (the top-level object is 1).
    pub(super) depth: usize,
    pub(super) in_string: bool,
    pub(super) escaped: bool,
    /// The bytes of the current string, when it is at the top level (a key).
    pub(super) key: Option<Vec<u8>>,
    /// The last thing read at depth 1 was the key `indicators` (and maybe its colon).
    pub(super) after_key: bool,
    pub(super) skeleton: Vec<u8>,
    pub(super) figures: Vec<RawIndicator>,
    /// Offset in the file of the first byte in the buffer.
    pub(super) base: u64,
    /// Where the second thread started reading, if it is reading.
    pub(super) split: Option<u64>,
    /// This is the second thread: stop where the `indicators` array ends.
    pub(super) second: bool,
}

impl Scan {
    /// Lets go of the first `keep` bytes of the buffer, which the scan no longer needs.
    pub(super) fn let_go(&mut self, buf: &mut Vec<u8>, keep: usize) {
        buf.drain(..keep);
        self.base += keep as u64;
        if let Mode::Figure { start, .. } = &mut self.mode {
            *start -= keep;
        }
    }

    pub(super) fn new() -> Scan {
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

impl Scan {
    /// Scans what was read and not scanned yet; returns how many bytes at its start are no
    /// longer needed.
    pub(super) fn scan(&mut self, bytes: &[u8]) -> Option<Scanned> {
        // The text read so far, up to a character the chunk cut in two (kept for the next
        // round); bytes that are not UTF-8 give up (the whole read reports where).
        let text = crate::data::utf8::text(&bytes[..whole_chars(bytes)]).ok()?;
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
pub(super) fn whole_chars(bytes: &[u8]) -> usize {
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
