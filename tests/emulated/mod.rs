//! A terminal emulated for tests (vt100): the bytes a screen writes, and the cells a terminal
//! shows after them.

#![allow(dead_code)]

use std::cell::RefCell;
use std::io::{self, Write};
use std::num::NonZeroU16;
use std::rc::Rc;

/// Bytes written, kept where the test can read them.
#[derive(Clone, Default)]
pub struct Written(Rc<RefCell<Vec<u8>>>);

impl Written {
    /// The bytes written since the last time.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut *self.0.borrow_mut())
    }

    /// The same, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.take()).into_owned()
    }
}

impl Write for Written {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A terminal of `(w, h)` that was sent `bytes`.
pub fn emulate((w, h): (u16, u16), bytes: &[u8]) -> vt100::Parser {
    let n = |v| NonZeroU16::new(v).expect("not zero");
    let mut p = vt100::Parser::new(n(h), n(w), 0);
    p.process(bytes);
    p
}

/// Each cell an emulated terminal shows: its place, text, colours and modifiers.
pub fn cells(p: &vt100::Parser, (w, h): (u16, u16)) -> Vec<String> {
    let s = p.screen();
    (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .map(|(x, y)| {
            let c = s.cell(y, x).expect("in the screen");
            format!(
                "{x},{y} {:?} {:?} {:?} {} {}",
                c.contents(),
                c.fgcolor(),
                c.bgcolor(),
                c.bold(),
                c.inverse()
            )
        })
        .collect()
}
