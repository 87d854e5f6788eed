//! A JSON path that is only written out when a problem needs it.
//!
//! Checking a large dataset visits about ten fields per figure; formatting each one's path
//! ahead of time (`indicators[41235].label.en`) cost more than the checks themselves. An
//! [`At`] is a few words on the stack, linked to its parent, and becomes text only through
//! `Display`, when a problem is reported.

use std::fmt;

/// Where a field is: the root field, or a field or index below another path.
#[derive(Clone, Copy, Debug)]
pub enum At<'a> {
    /// A top-level field, such as `indicators`, or a whole prefix given as text.
    Root(&'a str),
    /// `parent.name`.
    Field(&'a At<'a>, &'a str),
    /// `parent[n]`.
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    /// The path of a field below this one.
    pub fn field(&'a self, name: &'a str) -> At<'a> {
        At::Field(self, name)
    }

    /// The path of an element of this array.
    pub fn index(&'a self, n: usize) -> At<'a> {
        At::Index(self, n)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root(name) => f.write_str(name),
            At::Field(parent, name) => write!(f, "{parent}.{name}"),
            At::Index(parent, n) => write!(f, "{parent}[{n}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::At;

    #[test]
    fn writes_the_path_it_stands_for() {
        let root = At::Root("indicators");
        let item = root.index(3);
        let label = item.field("label");
        assert_eq!(label.field("en").to_string(), "indicators[3].label.en");
        assert_eq!(At::Root("meta").field("url").to_string(), "meta.url");
    }
}
