//! Typing in the overview's filter with 100,000 figures: each key is one `update` (the
//! filter searches every figure) plus the frame drawn at 200x60.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use relief_dash::Lang;
use relief_dash::app::{Action, App, update};

fn filter(c: &mut Criterion) {
    let d = relief_synth::generate(100_000, 1);
    let mut g = c.benchmark_group("filter_100k");
    for (name, text) in [("ascii", "fund"), ("chinese", "资金")] {
        let mut a = App::new(d.clone(), Lang::En, (200, 60));
        update(&mut a, Action::StartFilter);
        let chars: Vec<char> = text.chars().collect();
        for &ch in &chars[..chars.len() - 1] {
            update(&mut a, Action::FilterPush(ch));
        }
        let last = chars[chars.len() - 1];
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        // One key typed and one deleted per iteration: two filter updates, two frames.
        g.bench_function(format!("{name}_key_and_backspace"), |b| {
            b.iter(|| {
                update(&mut a, Action::FilterPush(last));
                terminal
                    .draw(|f| {
                        relief_dash::ui::render(&a, f);
                    })
                    .unwrap();
                update(&mut a, Action::FilterPop);
                terminal
                    .draw(|f| {
                        relief_dash::ui::render(&a, f);
                    })
                    .unwrap()
                    .area
            })
        });
    }
    g.finish();
}

criterion_group!(benches, filter);
criterion_main!(benches);
