//! Checking the links between figures: `compares_to` (a baseline) and `series_links`.

use std::collections::BTreeMap;

use foldhash::HashMap;

use super::collector::Checker;
use super::units::Types;
use crate::data::model::{Indicator, RawIndicator};
use crate::data::path::At;

impl Checker {
    /// Checks each `compares_to`: it names another figure, of the same dimension where both
    /// units are known. `types` holds each figure's unit and qualifier where both are known.
    pub(super) fn comparisons(&mut self, indicators: &[RawIndicator], types: &Types) {
        if indicators.iter().all(|i| i.more().compares_to.is_none()) {
            return;
        }
        let by_id: HashMap<&str, usize> =
            indicators.iter().enumerate().map(|(n, i)| (i.id.as_str(), n)).collect();
        let root = At::Root("indicators");
        for (n, ind) in indicators.iter().enumerate() {
            let Some(base) = &ind.more().compares_to else { continue };
            let item = root.index(n);
            let at = item.field("compares_to");
            match by_id.get(base.as_str()) {
                None => self.problem(at, format!("no indicator has the id {base:?}")),
                Some(&b) if b == n => self.problem(at, "a figure cannot be compared with itself"),
                Some(&b) => {
                    let (Some((bu, _)), Some((u, _))) = (types.get(b), types.get(n)) else {
                        continue;
                    };
                    if bu.dimension() != u.dimension() {
                        self.problem(
                            at,
                            format!(
                                "{base:?} is in {} ({}), this figure in {} ({}): a change is \
                                 between values of one dimension",
                                bu.code(),
                                bu.dimension().code(),
                                u.code(),
                                u.dimension().code()
                            ),
                        )
                    }
                }
            }
        }
    }

    /// Checks `series_links` (figure id → series key) and gives each linked figure its key.
    pub(super) fn series_links(
        &mut self,
        links: &BTreeMap<String, String>,
        indicators: &mut [Indicator],
        v1: bool,
    ) {
        if links.is_empty() {
            return;
        }
        self.v2_only(At::Root("series_links"), v1);
        let position: HashMap<&str, usize> =
            indicators.iter().enumerate().map(|(n, i)| (i.id.as_str(), n)).collect();
        let mut found = Vec::new();
        let root = At::Root("series_links");
        for (id, key) in links {
            let at = root.field(id);
            self.snake(at, key, "series key");
            match position.get(id.as_str()).map(|&n| (n, &indicators[n])) {
                None => self.problem(at, format!("no indicator has the id {id:?}")),
                Some((n, ind)) => match &ind.more().series {
                    Some(own) if own != key => self
                        .problem(at, format!("{id:?} already has the series {own:?} of its own")),
                    _ => found.push((n, key)),
                },
            }
        }
        drop(position);
        for (n, key) in found {
            indicators[n].more_mut().series = Some(key.as_str().into());
        }
    }
}
