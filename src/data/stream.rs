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

use super::model::{Dataset, RawIndicator};

/// Bytes read at a time.
const CHUNK: usize = 1 << 20;

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
}

/// Parses a dataset from a reader as it is read; `None` at anything unexpected.
pub fn read(reader: impl Read) -> Option<Dataset<RawIndicator>> {
    read_in_chunks(reader, CHUNK)
}

/// [`read`], `chunk` bytes at a time.
fn read_in_chunks(mut reader: impl Read, chunk: usize) -> Option<Dataset<RawIndicator>> {
    let mut s = Scan {
        mode: Mode::Skeleton,
        depth: 0,
        in_string: false,
        escaped: false,
        key: None,
        after_key: false,
        skeleton: Vec::new(),
        figures: Vec::new(),
    };
    let mut buf: Vec<u8> = Vec::with_capacity(2 * chunk);
    let mut first = true;
    loop {
        // Appended to what is left of the last chunk, without zeroing the space first.
        let n = (&mut reader).take(chunk as u64).read_to_end(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        if first {
            if buf.starts_with(b"\xEF\xBB\xBF") {
                buf.drain(..3);
            }
            first = false;
        }
        let keep = s.scan(&buf)?;
        buf.drain(..keep);
        if let Mode::Figure { start, .. } = &mut s.mode {
            *start -= keep;
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

impl Scan {
    /// Scans what was read and not scanned yet; returns how many bytes at its start are no
    /// longer needed.
    fn scan(&mut self, bytes: &[u8]) -> Option<usize> {
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
                            return Some(i);
                        }
                        _ => return None,
                    }
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
        match self.mode {
            Mode::Skeleton => {
                self.skeleton.extend_from_slice(&buf[copied..]);
                Some(buf.len())
            }
            Mode::Between { .. } => Some(buf.len()),
            Mode::Figure { start, .. } => Some(start),
        }
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

    /// A reader that gives a few bytes at a time, to cut the text at every kind of place.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
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
    fn reads_the_same_dataset_as_a_whole_parse_whatever_the_chunks() {
        for text in super::super::library::SHIPPED.iter().map(|s| s.1) {
            let whole: Dataset<RawIndicator> = serde_json::from_str(text).unwrap();
            for step in [1, 2, 3, 7, 64, 4096, 1 << 30] {
                let got = read_in_chunks(Trickle(text.as_bytes(), step), step).expect("read");
                assert_eq!(got, whole, "step {step}");
            }
            let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
            assert_eq!(read(bom.as_slice()), Some(whole));
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
        let twice = good.replacen("\"indicators\": [", "\"indicators\": [], \"indicators\": [", 1);
        assert_ne!(trailing, good);
        for text in [
            cut,
            &bad_figure,
            &not_object,
            &twice,
            &trailing,
            &leading,
            "",
            "[]",
            "{\"indicators\": [}",
        ] {
            assert_eq!(read(text.as_bytes()), None, "{:.60}", text);
        }
        let mut not_utf8 = good.as_bytes().to_vec();
        let at = good.find("乡村振兴指导员").unwrap();
        not_utf8[at + 1] = 0xFF;
        assert_eq!(read(not_utf8.as_slice()), None);
    }
}
