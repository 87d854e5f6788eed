//! Checking the metadata and the section tree.

use foldhash::{HashSet, HashSetExt};

use super::collector::Checker;
use crate::data::dates::{is_date, is_timestamp};
use crate::data::model::{Dataset, FigureSource, Section, TODO_MARK};
use crate::data::path::At;

impl Checker {
    pub(super) fn meta<I>(&mut self, d: &Dataset<I>) {
        let m = &d.meta;
        let meta = At::Root("meta");
        for (name, t) in m.texts() {
            self.text(meta.field(name), t);
        }
        // A draft whose text gives no date: a field to do, not an error.
        if m.published != TODO_MARK {
            self.published(meta.field("published"), &m.published, d.format_version == 1);
        } else {
            self.string(meta.field("published"), &m.published);
        }
        self.address(meta.field("url"), &m.url);
        let mut ids = HashSet::new();
        let parts = meta.field("parts");
        for (i, p) in m.parts.iter().enumerate() {
            let at = parts.index(i);
            self.id(at.field("id"), &p.id, &mut ids, "part");
            self.text(at.field("title"), &p.title);
        }
    }

    /// A publication date: `YYYY`, `YYYY-MM` (version 2), or a date and time.
    fn published(&mut self, at: At<'_>, published: &str, v1: bool) {
        self.string(at, published);
        if published.len() < 10 && is_date(published) {
            self.v2_only(at, v1);
        } else if !is_timestamp(published) {
            self.problem(
                at,
                format!(
                    "{published:?} is not a real date and time (YYYY, YYYY-MM or YYYY-MM-DD, the \
                     last optionally with THH:MM[:SS] and Z or ±HH:MM)"
                ),
            );
        }
    }

    /// An `http://` or `https://` address without spaces.
    fn address(&mut self, at: At<'_>, url: &str) {
        self.string(at, url);
        if !(url.starts_with("http://") || url.starts_with("https://"))
            || url.contains(char::is_whitespace)
        {
            self.problem(at, "must be an http:// or https:// address without spaces");
        }
    }

    /// Where one figure was read (version 2): an address, an outlet, a date, at least one.
    pub(super) fn figure_source(&mut self, at: At<'_>, s: &FigureSource, v1: bool) {
        self.v2_only(at, v1);
        if s.is_empty() {
            self.problem(at, "give at least one of url, outlet and published");
        }
        if let Some(url) = &s.url {
            self.address(at.field("url"), url);
        }
        if let Some(outlet) = &s.outlet {
            self.text(at.field("outlet"), outlet);
        }
        if let Some(published) = &s.published {
            self.published(at.field("published"), published, v1);
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
