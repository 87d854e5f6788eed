//! Draws N frames of one view into a sink, a key between each, escape sequences and all (for
//! profiling a key's frame): `frames FILE|- N [TAB] [ratatui]` (English, 200x60, Down/Up
//! alternately, or Down only with DOWN set). Frames go through the dashboard's own screen
//! (`edge::screen`), or with `ratatui`, through ratatui's `Terminal` as before it.

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, update};
use relief_dash::edge::screen::Screen;
use relief_dash::ui::{self, Memo};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let d = if args[1] == "-" {
        relief_dash::data::embedded().expect("embedded")
    } else {
        relief_dash::data::Source::File(args[1].clone().into()).load().expect("loads")
    };
    let n: usize = args[2].parse().expect("N");
    let tab: usize = args.get(3).map_or(0, |t| t.parse().expect("TAB"));
    let through_ratatui = args.get(4).is_some_and(|a| a == "ratatui");
    let mut a = App::new(d, Lang::En, (200, 60));
    update(&mut a, Action::GoTab(Tab::from_index(tab)));
    let viewport = Viewport::Fixed(Rect::new(0, 0, 200, 60));
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(std::io::sink()),
        TerminalOptions { viewport },
    )
    .expect("terminal");
    let mut screen = Screen::new(std::io::sink(), (200, 60));
    let mut memo = Memo::default();
    let down = std::env::var_os("DOWN").is_some();
    let t0 = std::time::Instant::now();
    for k in 0..n {
        update(&mut a, if k % 2 == 0 || down { Action::Down } else { Action::Up });
        let map = if through_ratatui {
            let mut map = None;
            terminal.draw(|f| map = Some(ui::render_with(&a, &mut memo, f))).expect("draw");
            map.expect("drawn")
        } else {
            let draw = |area, buf: &mut _| {
                let map = ui::draw_with(&a, area, buf, &mut memo);
                (map, memo.unchanged())
            };
            screen.draw(draw).expect("draw")
        };
        ui::hand_over(&mut a, map);
    }
    eprintln!("{:.3} ms per key", t0.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
