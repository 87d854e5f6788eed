//! Draws N frames of one view through the dashboard's own screen into a sink, a key between
//! each (for profiling a key's whole frame, diff and escape sequences included):
//! `screen_frames FILE|- N [TAB]` (English, 200x60, Down/Up alternately, or Down only with DOWN set).

use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, update};
use relief_dash::edge::screen::Screen;

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
    let mut screen = Screen::new(std::io::sink(), (200, 60));
    let mut memo = relief_dash::ui::Memo::default();
    let down = std::env::var_os("DOWN").is_some();
    let t0 = std::time::Instant::now();
    for k in 0..n {
        update(&mut a, if k % 2 == 0 || down { Action::Down } else { Action::Up });
        let map = screen
            .draw(|area, buf| {
                let map = relief_dash::ui::draw_with(&a, area, buf, &mut memo);
                (map, memo.unchanged())
            })
            .expect("draw");
        relief_dash::ui::hand_over(&mut a, map);
    }
    eprintln!("{:.3} ms per key", t0.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
