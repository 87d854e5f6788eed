//! Rendering: every tab and the detail popup into a `TestBackend` at 80x24 and 200x60, for
//! the shipped and a 100,000-indicator dataset; one key press (update + render); and a bare
//! ratatui screen as the floor.

#[path = "support/bare_screen.rs"]
mod bare_screen;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab, update};
use relief_dash::data;
use relief_dash::ui::Memo;

const SIZES: [(u16, u16); 2] = [(80, 24), (200, 60)];

fn app_at(d: &data::Dataset, size: (u16, u16), actions: &[Action]) -> App {
    let mut a = App::new(d.clone(), Lang::Zh, size);
    for act in actions {
        update(&mut a, act.clone());
    }
    a
}

/// The views measured for a dataset: every tab (at most the first 8, plus the largest
/// and a group member), and the detail popup.
fn views(d: &data::Dataset) -> Vec<(String, Vec<Action>)> {
    let probe = App::new(d.clone(), Lang::Zh, (80, 24));
    let mut out: Vec<(String, Vec<Action>)> = (0..probe.tab_count().min(8))
        .map(|t| (format!("tab{t}"), vec![Action::GoTab(Tab::from_index(t))]))
        .collect();
    if let Some(g) = d.sections.iter().position(|s| !s.members.is_empty()) {
        out.push((
            "group_member".into(),
            vec![Action::GoTab(Tab::from_index(g + 1)), Action::GoMember(1)],
        ));
    }
    out.push(("detail".into(), vec![Action::GoTab(Tab::from_index(1)), Action::OpenDetail]));
    out
}

/// One frame as the running app draws it (with what it remembers of the frames before):
/// the screen, then its geometry handed to the state.
fn frame(
    terminal: &mut Terminal<TestBackend>,
    a: &mut App,
    memo: &mut Memo,
) -> ratatui::layout::Rect {
    let mut map = None;
    let area =
        terminal.draw(|f| map = Some(relief_dash::ui::render_with(a, memo, f))).unwrap().area;
    if let Some(map) = map {
        relief_dash::ui::hand_over(a, map);
    }
    area
}

fn render(c: &mut Criterion) {
    let shipped = data::embedded().unwrap();
    let big = relief_synth::generate(100_000, 1);
    for (name, d) in [("shipped", &shipped), ("100k", &big)] {
        let mut g = c.benchmark_group(format!("render_{name}"));
        for (w, h) in SIZES {
            let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
            for (view, actions) in views(d) {
                // A fresh memo each frame: the whole frame drawn, as after any change.
                let mut a = app_at(d, (w, h), &actions);
                g.bench_function(BenchmarkId::new(view, format!("{w}x{h}")), |b| {
                    b.iter(|| frame(&mut terminal, &mut a, &mut Memo::default()))
                });
            }
            let mut memo = Memo::default();
            let mut a = app_at(d, (w, h), &[Action::GoTab(Tab::from_index(1))]);
            g.bench_function(BenchmarkId::new("key_down_up", format!("{w}x{h}")), |b| {
                let mut down = true;
                b.iter(|| {
                    update(&mut a, if down { Action::Down } else { Action::Up });
                    down = !down;
                    frame(&mut terminal, &mut a, &mut memo)
                })
            });
            // `j` held down on the overview and on a section: the cards and the list scroll.
            for tab in [0, 1] {
                let mut a = app_at(d, (w, h), &[Action::GoTab(Tab::from_index(tab))]);
                let id = BenchmarkId::new(format!("key_j_tab{tab}"), format!("{w}x{h}"));
                g.bench_function(id, |b| {
                    b.iter(|| {
                        let last = a.visible().len().saturating_sub(1);
                        let key = if a.selected() == last { Action::Home } else { Action::Down };
                        update(&mut a, key);
                        frame(&mut terminal, &mut a, &mut memo)
                    })
                });
            }
            g.bench_function(BenchmarkId::new("key_next_tab", format!("{w}x{h}")), |b| {
                b.iter(|| {
                    update(&mut a, Action::NextTab);
                    frame(&mut terminal, &mut a, &mut memo)
                })
            });
        }
        g.finish();
    }
    let mut g = c.benchmark_group("render_bare_ratatui");
    for (w, h) in SIZES {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        g.bench_function(format!("{w}x{h}"), |b| {
            b.iter(|| terminal.draw(bare_screen::draw).unwrap().area)
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = render
}
criterion_main!(benches);
