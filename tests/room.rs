//! Screens that use their room (issue 24's measures), on every shipped dataset at 120x40 in
//! both languages: the English overview shows as many cards as the Chinese one, no chart
//! label is cut, and a section tab leaves at most a third of its body rows empty.

mod common;

use common::apply;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use relief_dash::Lang;
use relief_dash::app::{Action, App, Tab};
use relief_dash::data::{self, Dataset};
use relief_dash::ui::{self, text::buffer_to_text};

const SIZE: (u16, u16) = (120, 40);

/// The shipped datasets (not the schema beside them), by file name.
fn shipped() -> Vec<(String, Dataset)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| !p.to_string_lossy().ends_with(".schema.json"))
        .collect();
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    files
        .into_iter()
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), data::load_path(&p).unwrap())
        })
        .collect()
}

fn draw(d: &Dataset, lang: Lang, tab: Tab) -> Buffer {
    let mut a = App::new(d.clone(), lang, SIZE);
    apply(&mut a, &[Action::GoTab(tab)]);
    let area = Rect::new(0, 0, SIZE.0, SIZE.1);
    let mut buf = Buffer::empty(area);
    ui::draw(&a, area, &mut buf);
    buf
}

fn tabs(d: &Dataset) -> Vec<Tab> {
    std::iter::once(Tab::Overview).chain((0..d.sections.len()).map(Tab::Section)).collect()
}

fn at(buf: &Buffer, x: u16, y: u16) -> &str {
    if x < buf.area.width && y < buf.area.height { buf[(x, y)].symbol() } else { "" }
}

/// Key-figure cards: boxes of three or four rows whose inner row starts with a space (a
/// chart's rows start with a label).
fn cards(buf: &Buffer) -> usize {
    let mut n = 0;
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let card = at(buf, x, y) == "┌"
                && at(buf, x, y + 1) == "│"
                && at(buf, x + 1, y + 1) == " "
                && (at(buf, x, y + 2) == "└" || at(buf, x, y + 3) == "└");
            n += usize::from(card);
        }
    }
    n
}

#[test]
fn the_english_overview_shows_as_many_cards_as_the_chinese_one() {
    for (name, d) in shipped() {
        let en = cards(&draw(&d, Lang::En, Tab::Overview));
        let zh = cards(&draw(&d, Lang::Zh, Tab::Overview));
        assert!(en >= zh && en > 0, "{name}: {en} English cards, {zh} Chinese");
    }
}

#[test]
fn no_chart_label_is_cut() {
    for (name, d) in shipped() {
        for lang in [Lang::En, Lang::Zh] {
            for tab in tabs(&d) {
                let text = buffer_to_text(&draw(&d, lang, tab));
                for line in
                    text.lines().filter(|l| l.contains(['█', '▏', '▎', '▍', '▌', '▋', '▊', '▉']))
                {
                    assert!(!line.contains('…'), "{name} {lang:?} {tab:?}: {line}\n{text}");
                }
            }
        }
    }
}

#[test]
fn a_section_tab_leaves_at_most_a_third_of_its_body_empty() {
    let mut measured = 0;
    for (name, d) in shipped() {
        for lang in [Lang::En, Lang::Zh] {
            for (s, section) in d.sections.iter().enumerate() {
                // A section of one figure with no chart and no notes has nothing more to
                // show than that figure and its details.
                let figures = d.indicators.iter().filter(|i| i.section == section.id).count();
                if figures <= 1 && section.points.is_empty() && section.members.is_empty() {
                    continue;
                }
                let text = buffer_to_text(&draw(&d, lang, Tab::Section(s)));
                let lines: Vec<&str> = text.lines().collect();
                // The body: below the header and the tab strip, above the footer.
                let body = &lines[2..lines.len() - 1];
                let empty = body.iter().filter(|l| l.trim().is_empty()).count();
                assert!(
                    empty * 3 <= body.len(),
                    "{name} {lang:?} {}: {empty} of {} rows empty\n{text}",
                    section.id,
                    body.len()
                );
                measured += 1;
            }
        }
    }
    assert!(measured >= 30, "{measured}");
}

#[test]
fn no_more_line_above_blank_rows() {
    // "+N more" says that a panel or chart is cut; it must not be cut while rows below it
    // stay blank.
    for (name, d) in shipped() {
        for size in [(80, 24), (120, 40)] {
            for lang in [Lang::En, Lang::Zh] {
                for tab in tabs(&d) {
                    let mut a = App::new(d.clone(), lang, size);
                    apply(&mut a, &[Action::GoTab(tab)]);
                    let text = ui::render_text(&a);
                    let lines: Vec<&str> = text.lines().collect();
                    let more = |l: &str| {
                        l.contains(" more") || l.contains(" 更多") || l.contains("项未显示")
                    };
                    let Some(k) = lines.iter().position(|l| l.contains('+') && more(l)) else {
                        continue;
                    };
                    let body_end = lines.len() - 1;
                    let blank = lines[k + 1..body_end].iter().any(|l| l.trim().is_empty());
                    assert!(!blank, "{name} {lang:?} {size:?} {tab:?}:\n{text}");
                }
            }
        }
    }
}

#[test]
fn the_tab_strip_leaves_no_gap_before_its_marker() {
    // When tabs are hidden to the right, the next one shows cut rather than a run of blank
    // cells before `›`.
    let d = data::embedded().unwrap();
    for width in 60..=200 {
        let a = App::new(d.clone(), Lang::En, (width, 24));
        let text = ui::render_text(&a);
        let strip = text.lines().nth(1).unwrap();
        if let Some(before) = strip.trim_end().strip_suffix('›') {
            let gap = before.len() - before.trim_end_matches(' ').len();
            assert!(gap <= 4, "{width}: {strip:?}");
        }
    }
}
