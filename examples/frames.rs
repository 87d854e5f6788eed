//! Draws N frames of one view through ratatui's `Terminal` into a sink, a key between each
//! (for profiling a key's frame, as the dashboard drew it before `edge::screen`):
//! `frames FILE|- N [TAB]` (English, 200x60, Down/Up alternately, or Down only with DOWN set).

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, update};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let d = if args[1] == "-" {
        relief_dash::data::embedded().expect("embedded")
    } else {
        relief_dash::data::Source::File(args[1].clone().into()).load().expect("loads")
    };
    let n: usize = args[2].parse().expect("N");
    let tab: usize = args.get(3).map_or(0, |t| t.parse().expect("TAB"));
    let mut a = App::new(d, Lang::En, (200, 60));
    update(&mut a, Action::GoTab(Tab::from_index(tab)));
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(std::io::sink()),
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, 200, 60)),
        },
    )
    .expect("terminal");
    let mut memo = relief_dash::ui::Memo::default();
    let memo_on = std::env::var_os("NO_MEMO").is_none();
    let down = std::env::var_os("DOWN").is_some();
    let t0 = std::time::Instant::now();
    for k in 0..n {
        update(&mut a, if k % 2 == 0 || down { Action::Down } else { Action::Up });
        let mut map = None;
        terminal
            .draw(|f| {
                map = Some(if memo_on {
                    relief_dash::ui::render_with(&a, &mut memo, f)
                } else {
                    relief_dash::ui::render(&a, f)
                })
            })
            .expect("draw");
        if let Some(map) = map {
            relief_dash::ui::hand_over(&mut a, map);
        }
    }
    eprintln!("{:.3} ms per key", t0.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
