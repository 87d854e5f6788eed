//! The floor for `relief-dash render`: a bare ratatui program that draws an equally full
//! screen into a test backend and prints it as text, as one whole process.
//!
//! `cargo run --release --example bare -- 80 24`

#[path = "../benches/support/bare_screen.rs"]
mod bare_screen;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<u16>().unwrap_or(80));
    let (w, h) = (args.next().unwrap_or(80), args.next().unwrap_or(24));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    terminal.draw(bare_screen::draw).expect("draw");
    let text = relief_dash::ui::text::buffer_to_text(terminal.backend().buffer());
    std::io::stdout().lock().write_all(text.as_bytes()).expect("stdout");
}
