//! A section's notes as lines: its points, its members with their summaries, and its named
//! lists.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::theme::Theme;

use crate::data::Section;
use crate::lang::Lang;
use crate::words::interface::{bullet_and_colon, list_separator};

/// A section's points, members and named lists, as lines.
pub fn of(s: &Section, lang: Lang) -> Vec<Line<'static>> {
    let (bullet, colon) = bullet_and_colon(lang);
    let mut lines: Vec<Line> =
        s.points.iter().map(|p| Line::from(format!("{bullet}{}", p.get(lang)))).collect();
    for m in &s.members {
        let title = m.title.get(lang);
        let bold = Style::new().bold();
        lines.push(match &m.summary {
            Some(summary) => Line::from(vec![
                Span::styled(format!("{title}{colon}"), bold),
                Span::raw(summary.get(lang).to_string()),
            ]),
            None => Line::styled(title.to_string(), bold),
        });
    }
    for l in &s.lists {
        let items: Vec<&str> = l.items.iter().map(|i| i.get(lang)).collect();
        lines.push(Line::from(vec![
            Span::raw(format!("{}{colon}", l.title.get(lang))),
            Span::raw(items.join(list_separator(lang))),
        ]));
    }
    lines
}

/// Lines of notes wrapped in a box titled `title`, filling `area`.
pub fn draw_box(title: &str, lines: Vec<Line<'static>>, area: Rect, t: &Theme, buf: &mut Buffer) {
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(t.dim)
        .title(format!(" {title} "))
        .title_style(t.accent);
    Paragraph::new(lines).wrap(Wrap { trim: true }).block(block).render(area, buf);
}
