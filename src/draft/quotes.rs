//! Quotation marks: a name in them (“千企帮千村”, “十三五”, 《…》) holds no figure of the
//! report, but quoted speech does (“这是两万元，表哥你点点。”).

/// Marks that open and close a quotation, and whether what they hold is always a name.
const PAIRS: &[(char, char, bool)] = &[
    ('“', '”', false),
    ('「', '」', false),
    ('『', '』', false),
    ('《', '》', true),
    ('〈', '〉', true),
];

/// Punctuation that makes a quotation speech rather than a name.
const SPEECH: &[char] = &['，', ',', '。', '！', '？', '；', '…'];

/// The byte spans of a line that are names in quotation or title marks (marks included).
/// A quotation is speech, not a name, when it holds sentence punctuation or follows a colon
/// or 说/道/问; one left open at the end of the line is speech too.
pub fn names(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char, bool)> = None;
    for (i, c) in line.char_indices() {
        match open {
            None => {
                if let Some(&(_, close, title)) = PAIRS.iter().find(|p| p.0 == c) {
                    open = Some((i, close, title));
                }
            }
            Some((from, close, title)) if c == close => {
                let inner = &line[from + c.len_utf8()..i];
                let said = line[..from].trim_end().ends_with([':', '：', '说', '道', '问']);
                if title || !(inner.contains(SPEECH) || said) {
                    out.push((from, i + c.len_utf8()));
                }
                open = None;
            }
            Some(_) => {}
        }
    }
    out
}

/// The name spans of a line, seen from a part of it that starts at byte `offset`.
#[derive(Debug, Clone, Copy)]
pub struct Within<'a> {
    /// The line's name spans.
    pub spans: &'a [(usize, usize)],
    /// Where the part starts in the line.
    pub offset: usize,
}

impl Within<'_> {
    /// Whether byte `i` of the part is inside a name.
    pub fn contains(&self, i: usize) -> bool {
        let at = self.offset + i;
        self.spans.iter().any(|&(a, b)| (a..b).contains(&at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(line: &str) -> Vec<&str> {
        names(line).into_iter().map(|(a, b)| &line[a..b]).collect()
    }

    #[test]
    fn names_and_speech() {
        assert_eq!(named("开展“千企帮千村”行动"), ["“千企帮千村”"]);
        assert_eq!(named("实现“两不愁、三保障”"), ["“两不愁、三保障”"]);
        assert_eq!(named("印发《2020年扶贫计划》"), ["《2020年扶贫计划》"]);
        assert_eq!(named("他说：“这是两万元，表哥你点点。”"), Vec::<&str>::new());
        assert_eq!(named("“借了18万元，没想到3年就能全部还清。”"), Vec::<&str>::new());
        assert_eq!(named("他说“好”"), Vec::<&str>::new(), "said");
        assert_eq!(named("“这是两万元"), Vec::<&str>::new(), "open at the line's end");
    }
}
