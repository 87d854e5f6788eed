//! Labels made of whole words: the noun phrase naming what a figure counts, after its unit
//! (46名优秀党员干部) or before its numeral (生态护林员134名), found with a Chinese
//! word segmenter (jieba) rather than by counting characters, so a label is never cut
//! inside a word.

use std::sync::LazyLock;

use jieba_rs::Jieba;

use super::tables::BEFORE_NUMBER;

/// The segmenter, with its dictionary, loaded once (about 0.1 s) on the first label.
static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// At most this many characters of words are read on either side of a figure.
const READ: usize = 16;

/// A label is at most this many characters.
const LONGEST: usize = 12;

/// A word and its part of speech.
struct Word<'a> {
    text: &'a str,
    tag: &'a str,
}

fn words(text: &str) -> Vec<Word<'_>> {
    JIEBA.tag(text, true).into_iter().map(|t| Word { text: t.word, tag: t.tag }).collect()
}

/// Nouns and what may stand in a noun phrase as one (名词, 动名词, 简称, 区别词, 形容词);
/// the segmenter tags some nouns as names (敬老院/nr), so names count too.
fn nounish(w: &Word) -> bool {
    let t = w.tag;
    if NOT_NOUNS.contains(&w.text) {
        return false;
    }
    t.starts_with('n') || matches!(t, "vn" | "an" | "j" | "b" | "l" | "ng" | "s")
}

/// Words the segmenter may tag as nouns that never name what is counted.
const NOT_NOUNS: &[&str] = &[
    "全部", "所有", "部分", "其中", "总数", "以上", "以下", "左右", "目前", "同时", "今年", "去年",
    "全年", "当年", "年底", "年末", "期间", "方面", "工作",
];

/// Verbs that stand in noun phrases as modifiers (产业扶贫资金, 村级联合党委, 增收项目).
const MODIFIERS: &[&str] = &[
    "扶贫",
    "脱贫",
    "搬迁",
    "安置",
    "联合",
    "服务",
    "发展",
    "管理",
    "建设",
    "培训",
    "养殖",
    "种植",
    "保障",
    "帮扶",
    "增收",
    "就学",
    "就业",
    "饮水",
    "兜底",
    "结对",
    "挂钩",
    "驻村",
    "致富",
    "创业",
    "示范",
    "救助",
    "资助",
    "补贴",
    "奖励",
    "维修",
    "改造",
    "扶持",
    "开发",
    "扶贫开发",
    "危房改造",
    "易地扶贫",
    "低保",
    "五保",
    "养老",
    "医疗",
    "教育",
    "光伏",
];

/// Single characters that end a noun as its head (金融服务站, 试点村, 安置点), however the
/// segmenter tags them.
const HEADS: &str = "村站点所室馆场厂库园区队社院户组镇乡县省市州屋房井池棚";

/// A verb that stands in a noun phrase (see [`MODIFIERS`]).
fn joins(w: &Word) -> bool {
    MODIFIERS.contains(&w.text)
}

/// A single character that heads a noun phrase (see [`HEADS`]).
fn heads(w: &Word) -> bool {
    w.text.chars().count() == 1 && HEADS.contains(w.text)
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The text up to the first break (punctuation, digits), at most [`READ`] characters.
fn head_of(after: &str) -> &str {
    let end = after
        .char_indices()
        .take(READ)
        .find(|&(_, c)| super::tables::is_break(c))
        .map_or_else(|| after.char_indices().nth(READ).map_or(after.len(), |(i, _)| i), |(i, _)| i);
    &after[..end]
}

/// The text after the last break, at most [`READ`] characters.
fn tail_of(before: &str) -> &str {
    let mut start = before.len();
    for (k, (i, c)) in before.char_indices().rev().enumerate() {
        if k >= READ || super::tables::is_break(c) {
            break;
        }
        start = i;
    }
    &before[start..]
}

/// The noun phrase at the start of `after` (the words after a figure's unit): nouns, with
/// verbs between nouns kept; none when a verb or a particle comes first. After 的 within
/// the words read (符合条件的贫困户), the phrase after it.
pub fn noun_after(after: &str) -> Option<String> {
    let text = head_of(after);
    let ws = words(text);
    let phrase = |ws: &[Word]| {
        let mut out = String::new();
        let mut end = String::new();
        for (k, w) in ws.iter().enumerate() {
            // A modifier needs a noun after it, past other modifiers.
            let noun_ahead =
                ws[k + 1..].iter().find(|w| !joins(w)).is_some_and(|w| nounish(w) || heads(w));
            // A single head character stands alone at the start (8个村签约: 村).
            let head = heads(w) && (!out.is_empty() || k == 0);
            if nounish(w) || head || (joins(w) && noun_ahead) {
                if chars(&out) + chars(w.text) > LONGEST {
                    break;
                }
                out.push_str(w.text);
                if nounish(w) || head {
                    end.clone_from(&out);
                }
            } else {
                break;
            }
        }
        (!end.is_empty()).then_some(end)
    };
    // What comes after 的 is the head (身边的脱贫故事, 符合条件的贫困户).
    let after_de = || {
        let de = ws.iter().position(|w| w.text == "的")?;
        phrase(&ws[de + 1..])
    };
    after_de().or_else(|| phrase(&ws))
}

/// The words just before a numeral, past the words that lead to a number (共有, 由, 达).
fn leading_words(before: &str) -> Vec<Word<'_>> {
    let mut ws = words(tail_of(before));
    while ws.last().is_some_and(|w| BEFORE_NUMBER.contains(&w.text)) {
        ws.pop();
    }
    ws
}

/// The noun phrase just before a numeral (`before`: the words before it), past the words
/// that lead to a number (共有, 由, 达).
pub fn noun_before(before: &str) -> Option<String> {
    let ws = leading_words(before);
    let mut k = ws.len();
    // From the end: nouns, with verbs kept where a noun stands before them.
    let mut first = None;
    while k > 0 {
        let w = &ws[k - 1];
        let head = first.is_none() && heads(w) && k >= 2;
        if nounish(w) || head || (first.is_some() && joins(w)) {
            let len: usize =
                ws[k - 1..first.unwrap_or(ws.len())].iter().map(|w| chars(w.text)).sum();
            if len > LONGEST {
                break;
            }
            if first.is_none() {
                first = Some(k);
            }
            k -= 1;
        } else {
            break;
        }
    }
    let end = first?;
    // A phrase starts with a noun, not a joining verb.
    while k < end && !nounish(&ws[k]) && !joins(&ws[k]) {
        k += 1;
    }
    let phrase: String = ws[k..end].iter().map(|w| w.text).collect();
    (!phrase.is_empty()).then_some(phrase)
}

/// The first noun in the few words after a measure word, past a verb that qualifies it
/// (处水毁工程: 工程), when no noun phrase starts there.
pub fn first_noun(after: &str) -> Option<String> {
    let text: String = head_of(after).chars().take(6).collect();
    words(&text).iter().find(|w| nounish(w) && chars(w.text) >= 2).map(|w| w.text.to_string())
}

/// The last word of content (a noun or a verb) just before a numeral: what a count of
/// occurrences (10次) counts when no noun names it (打击破坏扶贫工作行为10次: 行为).
pub fn last_word(before: &str) -> Option<String> {
    let ws = leading_words(before);
    let w = ws.last()?;
    (chars(w.text) >= 2 && (w.tag.starts_with('v') || nounish(w))).then(|| w.text.to_string())
}

/// The head of a noun phrase: its last word (太阳能路灯 → 路灯).
pub fn head(phrase: &str) -> String {
    words(phrase).last().map_or_else(|| phrase.to_string(), |w| w.text.to_string())
}

/// The label proposed for a figure: the noun phrase after its unit, else the one before
/// its numeral, else the whole words before it in its clause (at most [`LONGEST`]
/// characters), else `TODO`.
pub fn label(after: &str, before: &str) -> String {
    if let Some(p) = noun_after(after).filter(|p| chars(p) >= 2 || HEADS.contains(p.as_str())) {
        return p;
    }
    if let Some(p) = noun_before(before) {
        return p;
    }
    // The words before it, whole, from the nearest back.
    let ws = words(tail_of(before));
    let mut out: Vec<&str> = Vec::new();
    for w in ws.iter().rev() {
        let len: usize = out.iter().map(|s| chars(s)).sum::<usize>() + chars(w.text);
        if len > LONGEST || w.tag == "x" {
            break;
        }
        out.push(w.text);
    }
    let skip = ["了", "共", "已", "等", "的", "和", "与", "为", "在", "对", "将", "并"];
    while out.last().is_some_and(|w| skip.contains(w)) {
        out.pop();
    }
    while out.first().is_some_and(|w| skip.contains(w)) {
        out.remove(0);
    }
    let text: String = out.into_iter().rev().collect();
    let text = text.trim();
    if text.is_empty() { crate::data::model::TODO_MARK.to_string() } else { text.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_whole_words() {
        for (after, before, want) in [
            ("优秀党员干部到老区革命基地", "选派了", "优秀党员干部"),
            ("，", "在贫困户人口中选聘生态护林员", "生态护林员"),
            ("，", "共安排产业扶贫资金", "产业扶贫资金"),
            ("，", "去年全年共为全区扶贫开发对象发放低保金", "低保金"),
            ("个，", "省定贫困村", "省定贫困村"),
            ("，", "易地扶贫搬迁安置点", "易地扶贫搬迁安置点"),
            ("身边的脱贫故事", "", "脱贫故事"),
            ("增收项目", "均有1个以上", "增收项目"),
            ("小额贷款，", "办了", "小额贷款"),
            ("金融服务站", "全县", "金融服务站"),
            ("网格化管理机制", "实行", "网格化管理机制"),
            ("符合教育资助条件的贫困户就学子女发放", "为", "贫困户就学子女"),
            ("，", "覆盖贫困户", "贫困户"),
            ("减至", "贫困县由", "贫困县"),
            ("村签约结对", "实验区已落实12家企业与", "村"),
        ] {
            assert_eq!(label(after, before), want, "{before}|{after}");
        }
        assert_eq!(label("提高到", "低保标准从"), "低保标准");
        assert_eq!(label("　　", ""), "TODO", "full-width spaces are no label");
        assert_eq!(head("太阳能路灯"), "路灯");
    }
}
