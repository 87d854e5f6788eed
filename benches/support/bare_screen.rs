//! The floor to compare against: a bare ratatui screen as full as the dashboard's (a title,
//! tabs, a bordered list and two bar charts), with nothing computed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, List, ListItem, Paragraph, Tabs};

/// Draws the bare screen.
#[allow(dead_code)] // each user of this file uses one of the two
pub fn draw(frame: &mut Frame) {
    draw_selected(frame, 1);
}

/// Draws the bare screen with row `selected` of its list highlighted.
pub fn draw_selected(frame: &mut Frame, selected: usize) {
    let [title, tabs, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(frame.area());
    frame
        .render_widget(Paragraph::new("Bare ratatui screen · 2020-06-01 · outlet · region"), title);
    let titles = ["1 Overview", "2 Party building", "3 Enterprise pairing", "4 Rural tourism"];
    frame.render_widget(Tabs::new(titles).select(1), tabs);
    let [list, charts] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(body);
    let items: Vec<ListItem> = (0..list.height)
        .map(|i| ListItem::new(format!("Indicator number {i:<20} {:>10} people", i * 37)))
        .collect();
    let row = selected;
    let selected = Style::new().add_modifier(Modifier::REVERSED);
    frame.render_stateful_widget(
        List::new(items).block(Block::bordered().title(" Figures ")).highlight_style(selected),
        list,
        &mut ratatui::widgets::ListState::default().with_selected(Some(row)),
    );
    let [a, b] = Layout::vertical([Constraint::Fill(1), Constraint::Fill(1)]).areas(charts);
    for (area, title) in [(a, " People "), (b, " Money ")] {
        let bars: Vec<Bar> = (0..area.height.saturating_sub(2))
            .map(|i| Bar::default().label(format!("item {i}")).value(u64::from(i) * 13 + 5))
            .collect();
        let chart = BarChart::default()
            .block(Block::bordered().title(title))
            .direction(ratatui::layout::Direction::Horizontal)
            .bar_width(1)
            .bar_gap(0)
            .data(BarGroup::default().bars(&bars));
        frame.render_widget(chart, area);
    }
    frame.render_widget(Paragraph::new("? help  q quit  Tab tabs  ↓ row  Enter details"), footer);
}
