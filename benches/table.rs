//! The Table tab with 10,000 one-region reports open (a nation, 100 provinces, 9,899
//! counties under them, each giving three series at two dates): a sort key (`>`, the next
//! column) with the frame drawn at 200x60, in tree and in flat order.

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Report, Tab, update};
use relief_dash::data::{self, Dataset, Level};

/// 10,000 regions: copies of the shipped library's nation with their own codes and values.
fn regions() -> Vec<Dataset> {
    let base = data::load_path(std::path::Path::new("data/library/rural-poverty/cn.json")).unwrap();
    (0..10_000usize)
        .map(|n| {
            let mut d = base.clone();
            let r = &mut d.meta.region;
            r.name.set_zh(format!("地区{n}"));
            r.name.set_en(format!("Region {n}"));
            r.code = Some(format!("R{n}"));
            r.children_complete = false;
            (r.level, r.parent) = match n {
                0 => (Some(Level::Country), None),
                1..=100 => (Some(Level::Province), Some("R0".into())),
                _ => (Some(Level::County), Some(format!("R{}", 1 + n % 100))),
            };
            for (i, ind) in d.indicators.iter_mut().enumerate() {
                ind.value = ((n * 7919 + i * 104_729) % 10_007) as f64;
            }
            d
        })
        .collect()
}

fn table(c: &mut Criterion) {
    let all = regions();
    let reports: Vec<Report> = all
        .into_iter()
        .enumerate()
        .map(|(i, d)| Report::new(format!("r{i}.json"), Ok(d)))
        .collect();
    let first = reports[0].data.clone().unwrap();
    let base = App::new(first, Lang::En, (200, 60)).with_library(reports, 0);
    let mut g = c.benchmark_group("table_10k");
    for tree in [true, false] {
        let mut a = base.clone();
        update(&mut a, Action::GoTab(Tab::Table));
        if a.table().tree != tree {
            update(&mut a, Action::ToggleTree);
        }
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let name = if tree { "sort_key_tree" } else { "sort_key_flat" };
        g.bench_function(name, |b| {
            b.iter(|| {
                update(&mut a, Action::SortNext);
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

criterion_group!(benches, table);
criterion_main!(benches);
