//! Checking the metadata and the section tree.

use foldhash::{HashSet, HashSetExt};

use super::collector::Checker;
use crate::data::dates::{is_date, is_timestamp};
use crate::data::model::{Dataset, Section, TODO_MARK};
use crate::data::path::At;

impl Checker {
    pub(super) fn meta<I>(&mut self, d: &Dataset<I>) {
        let m = &d.meta;
        let meta = At::Root("meta");
        for (name, t) in m.texts() {
            self.text(meta.field(name), t);
        }
        self.string(meta.field("published"), &m.published);
        let partial = m.published.len() < 10 && is_date(&m.published);
        if m.published == TODO_MARK {
            // A draft whose text gives no date: a field to do, not an error.
        } else if partial {
            self.v2_only(meta.field("published"), d.format_version == 1);
        } else if !is_timestamp(&m.published) {
            self.problem(
                "meta.published",
                format!(
                    "{:?} is not a real date and time (YYYY, YYYY-MM or YYYY-MM-DD, the last \
                     optionally with THH:MM[:SS] and Z or ±HH:MM)",
                    m.published
                ),
            );
        }
        self.string(meta.field("url"), &m.url);
        if !(m.url.starts_with("http://") || m.url.starts_with("https://"))
            || m.url.contains(char::is_whitespace)
        {
            self.problem("meta.url", "must be an http:// or https:// address without spaces");
        }
        let mut ids = HashSet::new();
        let parts = meta.field("parts");
        for (i, p) in m.parts.iter().enumerate() {
            let at = parts.index(i);
            self.id(at.field("id"), &p.id, &mut ids, "part");
            self.text(at.field("title"), &p.title);
        }
    }

    pub(super) fn sections(&mut self, sections: &[Section]) {
        if sections.is_empty() {
            self.problem("sections", "the dataset has no sections");
        }
        let mut ids = HashSet::new();
        let root = At::Root("sections");
        for (i, s) in sections.iter().enumerate() {
            let at = root.index(i);
            self.section(at, s, &mut ids);
            let members = at.field("members");
            for (j, m) in s.members.iter().enumerate() {
                let mat = members.index(j);
                self.section(mat, m, &mut ids);
                if !m.members.is_empty() {
                    self.problem(
                        mat.field("members"),
                        "a member section cannot have members of its own",
                    );
                }
            }
        }
        self.section_ids = ids.into_iter().map(str::to_string).collect();
    }

    fn section<'s>(&mut self, at: At<'_>, s: &'s Section, ids: &mut HashSet<&'s str>) {
        self.id(at.field("id"), &s.id, ids, "section");
        self.text(at.field("title"), &s.title);
        if let Some(summary) = &s.summary {
            self.text(at.field("summary"), summary);
        }
        let points = at.field("points");
        for (i, p) in s.points.iter().enumerate() {
            self.text(points.index(i), p);
        }
        let lists = at.field("lists");
        for (i, l) in s.lists.iter().enumerate() {
            let list = lists.index(i);
            self.text(list.field("title"), &l.title);
            let items = list.field("items");
            for (j, item) in l.items.iter().enumerate() {
                self.text(items.index(j), item);
            }
        }
    }
}
