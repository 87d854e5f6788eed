//! The filter's search text: every figure's id, labels and notes, lower-cased once, in one
//! string. A filter key is then one substring search (`memchr::memmem`, vectorised) over
//! it, or over only the figures the previous, shorter filter matched, instead of folding the
//! case of five texts per figure again at every key.

use std::sync::Arc;

use crate::data::Dataset;

/// Lower-cased searchable text of every figure, and where each figure's part starts.
#[derive(Debug, Default)]
pub struct SearchText {
    text: String,
    /// `starts[i]..starts[i + 1]` is figure `i`'s part.
    starts: Vec<usize>,
}

impl SearchText {
    /// Built once per dataset: `id`, labels and notes, lower-cased, each followed by a line
    /// break (which no filter holds, so no match runs across two texts).
    pub fn new(d: &Dataset) -> SearchText {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(d.indicators.len() + 1);
        for ind in &d.indicators {
            starts.push(text.len());
            for s in [&*ind.id, ind.label.zh(), ind.label.en(), ind.note.zh(), ind.note.en()] {
                if s.is_ascii() {
                    let at = text.len();
                    text.push_str(s);
                    text[at..].make_ascii_lowercase();
                } else if s.chars().any(char::is_uppercase) {
                    text.push_str(&s.to_lowercase());
                } else {
                    text.push_str(s);
                }
                text.push('\n');
            }
        }
        starts.push(text.len());
        SearchText { text, starts }
    }

    /// How many figures it holds.
    pub fn figures(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The figures whose texts contain `needle` (lower case), in order: among `among` (the
    /// matches of a filter this one extends), or among all.
    pub fn find(&self, needle: &str, among: Option<&[usize]>) -> Arc<[usize]> {
        let hay = self.text.as_bytes();
        if needle.is_empty() {
            return among.map_or_else(|| (0..self.figures()).collect(), Into::into);
        }
        let part = |i: usize| &hay[self.starts[i]..self.starts[i + 1]];
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let figures = self.figures();
        // A few candidates: each one's part searched. Many: one pass over the whole text is
        // cheaper than a search per figure.
        if let Some(among) = among
            && among.len() < figures / 2
        {
            return among.iter().copied().filter(|&i| finder.find(part(i)).is_some()).collect();
        }
        let mut out: Vec<usize> = Vec::new();
        let mut i = 0;
        for at in finder.find_iter(hay) {
            while self.starts[i + 1] <= at {
                i += 1;
            }
            if out.last() != Some(&i) {
                out.push(i);
            }
        }
        if let Some(among) = among {
            // Both in order: keep the matches among the candidates.
            let mut k = 0;
            out.retain(|i| {
                while among.get(k).is_some_and(|a| a < i) {
                    k += 1;
                }
                among.get(k) == Some(i)
            });
        }
        out.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::visible::contains_folded;

    #[test]
    fn finds_what_folding_each_text_finds() {
        let d = crate::data::embedded().unwrap();
        let s = SearchText::new(&d);
        for needle in ["", "fund", "低保", "pingtan", "x", "村", "a", "e\n", "zzz", "cadres sent"]
        {
            let want: Vec<usize> = (0..d.indicators.len())
                .filter(|&i| {
                    let ind = &d.indicators[i];
                    [&*ind.id, ind.label.zh(), ind.label.en(), ind.note.zh(), ind.note.en()]
                        .iter()
                        .any(|t| contains_folded(t, needle))
                })
                .collect();
            if needle.contains('\n') {
                continue;
            }
            assert_eq!(&*s.find(needle, None), &want[..], "{needle:?}");
            let all: Vec<usize> = (0..d.indicators.len()).collect();
            assert_eq!(&*s.find(needle, Some(&all)), &want[..], "{needle:?} among all");
            let few = [1, 5, 30];
            let want_few: Vec<usize> = want.iter().copied().filter(|i| few.contains(i)).collect();
            assert_eq!(&*s.find(needle, Some(&few)), &want_few[..], "{needle:?} among a few");
            let many: Vec<usize> = (0..d.indicators.len()).step_by(2).collect();
            let want_many: Vec<usize> = want.iter().copied().filter(|i| i % 2 == 0).collect();
            assert_eq!(&*s.find(needle, Some(&many)), &want_many[..], "{needle:?} among many");
        }
    }
}
