//! A section's notes as lines: its points, its members with their summaries, and its named
//! lists.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

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
    super::wrap::render(lines, Some(block), Style::new(), true, area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_notes_never_cover_the_box_border() {
        // 39 cells of text in a box 38 cells wide inside: ratatui's own wrapping left the
        // last character on the row, drawn over the right border.
        let lines = vec![Line::from(vec![
            Span::raw("说明: "),
            Span::raw("三段通组路全长;已完成毛路、路基和铺沙。"),
        ])];
        let area = Rect::new(0, 0, 40, 6);
        let mut buf = Buffer::empty(area);
        draw_box("详情", lines, area, &Theme::new(crate::app::ThemeName::Dark), &mut buf);
        let text = crate::ui::text::buffer_to_text(&buf);
        for y in 1..5 {
            // The last inner cell holds no wide character that would cross the border.
            assert!(crate::ui::text::width(buf[(38, y)].symbol()) <= 1, "row {y}:\n{text}");
            assert_eq!(buf[(39, y)].symbol(), "│", "row {y}:\n{text}");
        }
    }
}
