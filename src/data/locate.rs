//! Finding the line and column of a JSON path in a document, for error messages.
//!
//! Only used once a document is known to be bad, so it favours simplicity over speed.

use std::collections::HashMap;

use foldhash::HashSet;

/// Line and column (1-based, columns in characters) of each wanted path's value.
pub fn locate(text: &str, wanted: &[&str]) -> HashMap<String, (usize, usize)> {
    // A set: a file whose 20,000 figures share one mistyped unit has 20,000 problems, and
    // every value of the file is looked up among them.
    let wanted: HashSet<&str> = wanted.iter().copied().collect();
    if wanted.is_empty() {
        return HashMap::new();
    }
    let mut s = Scanner { bytes: text.as_bytes(), i: 0, wanted: &wanted, found: HashMap::new() };
    let mut path = String::new();
    s.skip_ws();
    s.value(&mut path, 0);
    // Every offset turned into a line and column in one pass over the text, not one pass
    // each (a file of 20,000 problems).
    let mut found: Vec<(usize, String)> = s.found.into_iter().map(|(p, o)| (o, p)).collect();
    found.sort_unstable();
    let bytes = text.as_bytes();
    let mut out = HashMap::with_capacity(found.len());
    let (mut at, mut line, mut line_start) = (0, 1, 0);
    for (offset, path) in found {
        let offset = offset.min(bytes.len());
        for (k, &b) in bytes[at..offset].iter().enumerate() {
            if b == b'\n' {
                line += 1;
                line_start = at + k + 1;
            }
        }
        at = offset;
        // Characters: every byte but UTF-8's continuation bytes starts one.
        let col = bytes[line_start..offset].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
        out.insert(path, (line, col));
    }
    out
}

/// Line and column (1-based, columns in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, col)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    i: usize,
    wanted: &'a HashSet<&'a str>,
    found: HashMap<String, usize>,
}

const MAX_DEPTH: usize = 256;

impl Scanner<'_> {
    fn skip_ws(&mut self) {
        while self.i < self.bytes.len() && self.bytes[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn value(&mut self, path: &mut String, depth: usize) {
        if self.wanted.contains(path.as_str()) {
            self.found.entry(path.clone()).or_insert(self.i);
        }
        if depth > MAX_DEPTH {
            self.i = self.bytes.len();
            return;
        }
        match self.bytes.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.i) {
                        Some(b'"') => {}
                        Some(b'}') => {
                            self.i += 1;
                            return;
                        }
                        Some(_) => {
                            self.i += 1;
                            continue;
                        }
                        None => return,
                    }
                    let key = self.string();
                    self.skip_ws();
                    if self.bytes.get(self.i) == Some(&b':') {
                        self.i += 1;
                    }
                    self.skip_ws();
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(&key);
                    self.value(path, depth + 1);
                    path.truncate(len);
                    self.skip_ws();
                    if self.bytes.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut n = 0;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.i) {
                        Some(b']') => {
                            self.i += 1;
                            return;
                        }
                        None => return,
                        _ => {}
                    }
                    let len = path.len();
                    path.push_str(&format!("[{n}]"));
                    let before = self.i;
                    self.value(path, depth + 1);
                    path.truncate(len);
                    if self.i == before {
                        self.i += 1;
                    }
                    n += 1;
                    self.skip_ws();
                    if self.bytes.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while self.i < self.bytes.len()
                    && !matches!(self.bytes[self.i], b',' | b'}' | b']')
                    && !self.bytes[self.i].is_ascii_whitespace()
                {
                    self.i += 1;
                }
            }
            None => {}
        }
    }

    /// Reads a string starting at a quote; returns its raw content.
    fn string(&mut self) -> String {
        self.i += 1;
        let start = self.i;
        while self.i < self.bytes.len() && self.bytes[self.i] != b'"' {
            if self.bytes[self.i] == b'\\' {
                self.i += 1;
            }
            self.i += 1;
        }
        let end = self.i.min(self.bytes.len());
        self.i = (self.i + 1).min(self.bytes.len());
        String::from_utf8_lossy(&self.bytes[start..end]).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths() {
        let text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": {\"d\": 2}\n}";
        let found = locate(text, &["a[1].b", "c.d", "a[0]", "missing"]);
        assert_eq!(found["a[1].b"], (2, 18));
        assert_eq!(found["c.d"], (3, 14));
        assert_eq!(found["a[0]"], (2, 9));
        assert!(!found.contains_key("missing"));
    }

    #[test]
    fn survives_garbage() {
        for text in ["", "{", "[[[", "{\"a\"", "\"\\", "{\"a\":[1,", "}}}]]"] {
            let _ = locate(text, &["a"]);
        }
    }
}
