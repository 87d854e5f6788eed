//! The floor for a key in a real terminal: a bare ratatui program that draws an equally
//! full screen (see `benches/support/bare_screen.rs`) and moves its list's selection with
//! `j`/`k`; `q` quits. `scripts/key_cost.py target/release/examples/bare_keys quit - j 100`

#[path = "../benches/support/bare_screen.rs"]
mod bare_screen;

use ratatui::crossterm::event::{self, Event, KeyCode};

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let mut row = 0usize;
    let result = loop {
        if let Err(e) = terminal.draw(|f| bare_screen::draw_selected(f, row)) {
            break Err(e);
        }
        match event::read() {
            Ok(Event::Key(k)) if k.code == KeyCode::Char('q') => break Ok(()),
            Ok(Event::Key(k)) if k.code == KeyCode::Char('j') => row += 1,
            Ok(Event::Key(k)) if k.code == KeyCode::Char('k') => row = row.saturating_sub(1),
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    ratatui::restore();
    result
}
