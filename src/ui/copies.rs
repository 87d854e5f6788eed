//! Which parts of a frame are known to be the same as in the frame before, without
//! comparing their cells: where a frame copied a remembered drawing ([`super::Memo`]) to the
//! same place, from the same part of the same drawing, as the frame before, and neither frame
//! drew anything over it (a selection's style, a popup). The terminal's screen then compares
//! only the rest of each row with what the terminal shows.
//!
//! A drawing does not change while it is remembered (it is drawn once per view), and each
//! drawing gets a number of its own, never given again; so the same number at the same place
//! means the same cells.

use ratatui::layout::Rect;

/// A copy of part of a drawing into a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Placed {
    /// Where it went in the frame.
    at: Rect,
    /// Which drawing.
    drawing: u64,
    /// From where in the drawing (its top-left cell).
    from: (u16, u16),
}

/// This frame's and the frame before's copies, and what each drew over them.
#[derive(Debug, Default)]
pub struct Copies {
    now: Vec<Placed>,
    before: Vec<Placed>,
    over_now: Vec<Rect>,
    over_before: Vec<Rect>,
}

impl Copies {
    /// Starts a frame: this frame's becomes the frame before's.
    pub fn begin(&mut self) {
        std::mem::swap(&mut self.now, &mut self.before);
        std::mem::swap(&mut self.over_now, &mut self.over_before);
        self.now.clear();
        self.over_now.clear();
    }

    /// Part of drawing `drawing`, from its cell `from`, was copied to `at`.
    pub fn copied(&mut self, at: Rect, drawing: u64, from: (u16, u16)) {
        self.now.push(Placed { at, drawing, from });
    }

    /// Something was drawn over `area` after the copies.
    pub fn drawn_over(&mut self, area: Rect) {
        self.over_now.push(area);
    }

    /// Where this frame is known to be what the frame before drew there.
    pub fn unchanged(&self) -> Vec<Rect> {
        let over = |r: Rect| self.over_now.iter().chain(&self.over_before).any(|o| o.intersects(r));
        self.now.iter().filter(|c| self.before.contains(c) && !over(c.at)).map(|c| c.at).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_unchanged_only_when_made_the_same_way_twice_with_nothing_over_it() {
        let (a, b) = (Rect::new(0, 0, 4, 2), Rect::new(4, 0, 4, 2));
        let mut c = Copies::default();
        c.begin();
        c.copied(a, 1, (0, 0));
        c.copied(b, 2, (0, 0));
        assert!(c.unchanged().is_empty(), "no frame before");
        c.begin();
        c.copied(a, 1, (0, 0));
        c.copied(b, 3, (0, 0));
        assert_eq!(c.unchanged(), [a], "another drawing at b");
        c.begin();
        c.copied(a, 1, (0, 1));
        c.copied(b, 3, (0, 0));
        assert_eq!(c.unchanged(), [b], "another part of the drawing at a");
        c.begin();
        c.copied(a, 1, (0, 1));
        c.copied(b, 3, (0, 0));
        c.drawn_over(Rect::new(5, 1, 1, 1));
        assert_eq!(c.unchanged(), [a], "b drawn over now");
        c.begin();
        c.copied(a, 1, (0, 1));
        c.copied(b, 3, (0, 0));
        assert_eq!(c.unchanged(), [a], "b drawn over in the frame before");
    }
}
