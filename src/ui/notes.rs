//! A section's notes as lines: its points, its members with their summaries, and its named
//! lists.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

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
