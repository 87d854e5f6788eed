//! A saved web page's article as plain text, to draft as a report's text is drafted.
//!
//! Mozilla's Readability (the `dom_smoothie` port) finds the article's block and drops the
//! rest of the page: menus, related-article lists, comments, side columns and the footer.
//! The block is then written one paragraph a line (block elements, `<br>`, list items and
//! table rows end a line; table cells are set apart by a space), with the page's title as
//! the first line. What the page itself puts inside the block is tidied line by line: share
//! buttons and comment counts are dropped, hit counters (点击：1,387, 浏览次数：236) and the
//! font-size, print and close links are cut out of the source-and-date line, which is kept
//! (the drafter reads the report's date and outlet from it).

use std::sync::LazyLock;

use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

/// A page's article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The article's text: its title, then a paragraph a line.
    pub text: String,
    /// Characters of the article's text kept (white space not counted).
    pub kept: usize,
    /// Characters of the page's text (its title and body, without scripts and styles; white
    /// space not counted).
    pub page: usize,
}

impl Article {
    /// Characters of the page's text left out of the article.
    pub fn dropped(&self) -> usize {
        self.page.saturating_sub(self.kept)
    }
}

/// Why a page gives no article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoArticle {
    /// Only menus, lists of links and a footer, or no text (the characters of the page's
    /// text, white space not counted).
    #[error(
        "is an HTML page, but no article was found in its {} characters of text (no \
         paragraph of running text, only menus, lists of links or a footer); copy the \
         article's text into a file and draft from that",
        crate::words::number(*.0 as f64)
    )]
    NotFound(usize),
    /// Elements nested deeper than [`MAX_DEPTH`] (how deep): no page a browser shows is, and
    /// finding the article would take time with the square of the depth.
    #[error(
        "is an HTML page with elements nested {} deep, over the {MAX_DEPTH} a browser shows; \
         copy the article's text into a file and draft from that",
        crate::words::number(*.0 as f64)
    )]
    TooDeep(usize),
}

/// Deepest nesting of elements read (browsers' parsers stop nesting there).
pub const MAX_DEPTH: usize = 512;

/// Shortest paragraph of running text an article must have (characters, with a full stop,
/// question or exclamation mark).
const MIN_PARAGRAPH: usize = 30;

/// Longest line that is tidied of a page's widgets: the article's own paragraphs are longer.
const MAX_WIDGET_LINE: usize = 100;

/// The article of an HTML page, as plain text.
pub fn article(html: &str) -> Result<Article, NoArticle> {
    // Parsing takes time with the square of the depth too: a page's tags are counted first.
    let written = written_depth(html);
    if written > 4 * MAX_DEPTH {
        return Err(NoArticle::TooDeep(written));
    }
    let doc = Document::from(html);
    let deepest = depth(&doc.root());
    if deepest > MAX_DEPTH {
        return Err(NoArticle::TooDeep(deepest));
    }
    let visible = text_of(&doc.root());
    let page = count(&visible) + count(&doc.select("head title").text());
    let no_article = NoArticle::NotFound(page);
    let config = Config { disable_json_ld: true, ..Config::default() };
    let mut readability =
        Readability::new(html, None, Some(config)).map_err(|_| no_article.clone())?;
    let found = readability.parse().map_err(|_| no_article.clone())?;
    let body = text_of(&Document::fragment(found.content).root());
    let mut lines: Vec<String> = body.lines().filter_map(tidy).collect();
    if !lines.iter().any(|l| is_running_text(l)) {
        return Err(no_article);
    }
    // The author line that Readability takes out of the block, before the first paragraph,
    // when the page shows it.
    if let Some(byline) = found.byline.as_deref().map(str::trim)
        && !byline.is_empty()
        && visible.contains(byline)
        && !lines.iter().any(|l| l.contains(byline))
    {
        let first = lines.iter().position(|l| is_running_text(l)).unwrap_or(0);
        lines.insert(first, byline.to_string());
    }
    let (title, heading) = title(&doc, &found.title);
    // The line under the title that dates the article (and often names its source), when
    // Readability left it out of the block.
    let dated = heading.and_then(|h| date_line(&h)).filter(|d| !lines.contains(d));
    if let Some(dated) = dated {
        lines.insert(0, dated);
    }
    if let Some(title) = title
        && !lines.iter().take(3).any(|l| *l == title)
    {
        lines.insert(0, title);
    }
    let text = super::decode::normalize(&lines.join("\n"));
    Ok(Article { kept: count(&text), page, text })
}

/// How deep elements are nested under a node.
fn depth(root: &NodeRef) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(*root, 0)];
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(node.children_it(false).filter(|c| c.is_element()).map(|c| (c, d + 1)));
    }
    deepest
}

/// How deep a page's tags nest as written, without parsing it: start tags less end tags,
/// leaving out void elements, self-closed tags and those whose end tag may be left out
/// (`<p>`, `<li>`, `<td>`, …), and what scripts, styles and comments hold.
fn written_depth(html: &str) -> usize {
    const FLAT: &str = "area base br col embed hr img input link meta param source track wbr \
                        frame keygen p li dt dd option optgroup tr td th tbody thead tfoot \
                        colgroup rt";
    const RAW: &str = "script style textarea title xmp noscript";
    let is = |list: &str, name: &[u8]| list.split_whitespace().any(|n| n.as_bytes() == name);
    let lower = html.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    let after = |from: usize, what: &[u8]| {
        memchr::memmem::find(&bytes[from..], what).map_or(bytes.len(), |i| from + i + what.len())
    };
    while let Some(i) = memchr::memchr(b'<', &bytes[at..]) {
        let start = at + i + 1;
        if bytes[start..].starts_with(b"!--") {
            at = after(start, b"-->");
            continue;
        }
        let close = bytes.get(start) == Some(&b'/');
        let from = start + usize::from(close);
        let len = bytes[from..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
        let name = &bytes[from..from + len];
        let end = memchr::memchr(b'>', &bytes[from..]).map_or(bytes.len(), |e| from + e);
        at = (end + 1).min(bytes.len());
        if name.is_empty() {
            continue;
        } else if close {
            depth = depth.saturating_sub(1);
        } else if !is(FLAT, name) && bytes[..end].last() != Some(&b'/') {
            depth += 1;
            deepest = deepest.max(depth);
        }
        if !close && is(RAW, name) {
            at = after(at, &[b"</", name].concat());
            depth = depth.saturating_sub(1);
        }
    }
    deepest
}

/// Characters that are not white space.
fn count(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// A paragraph of running text: long enough, with a sentence's end in it.
fn is_running_text(line: &str) -> bool {
    count(line) >= MIN_PARAGRAPH && line.contains(['。', '！', '？', '!', '?'])
}

/// The article's title, and the heading it is when it is one: the page's longest `<h1>` that
/// its `<title>` holds (a title is often followed by the column and the site:
/// 标题_脱贫攻坚_某某网, and a site's name is often an `<h1>` too), else the `<title>` up to such a suffix, else what Readability took
/// for the title.
fn title<'a>(doc: &'a Document, found: &str) -> (Option<String>, Option<NodeRef<'a>>) {
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let head = collapse(&doc.select("head title").text());
    let heading = doc
        .select("h1")
        .nodes()
        .iter()
        .map(|h| (collapse(&h.text()), *h))
        .filter(|(text, _)| !text.is_empty() && head.contains(text.as_str()))
        .max_by_key(|(text, _)| text.len());
    if let Some((text, node)) = heading {
        return (Some(text), Some(node));
    }
    let cut = || {
        let at = ["_", " - ", " | ", "|"].iter().filter_map(|s| head.find(s)).min()?;
        let before = head[..at].trim();
        (before.chars().count() >= 4).then(|| before.to_string())
    };
    let title = cut().or_else(|| (!head.is_empty()).then(|| head.clone()));
    let title = title.unwrap_or_else(|| collapse(found));
    ((!title.is_empty()).then_some(title), None)
}

/// The short line right under a heading that holds a date (2021-08-16, 2019年9月12日),
/// tidied of the page's widgets.
fn date_line(heading: &NodeRef) -> Option<String> {
    static DATE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(19|20)\d\d\s*[-年/.]\s*\d{1,2}").expect("a valid regex")
    });
    let mut next = heading.next_element_sibling();
    for _ in 0..2 {
        let node = next?;
        let line = text_of(&node).replace('\n', " ");
        if let Some(line) = tidy(&line)
            && line.chars().count() <= MAX_WIDGET_LINE
            && DATE.is_match(&line)
        {
            return Some(line);
        }
        next = node.next_element_sibling();
    }
    None
}

/// A line of the article tidied of the page's widgets, or none when it is one of them or
/// nothing is left.
fn tidy(line: &str) -> Option<String> {
    static COUNTER: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(点击|浏览|阅读|访问|人气)(次数|量|数)?([:：]\s*|\s+)[0-9][0-9,]*\s*次?|【?字[号体]\s*[:：]?\s*([大中小]\s*)+】?",
        )
        .expect("a valid regex")
    });
    static WIDGET: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^(分享到|分享至|分享[:：]|扫一扫)|评论\s*[(（]\s*\d+|\d+\s*条评论|人参与|返回顶部",
        )
        .expect("a valid regex")
    });
    const LINKS: [&str; 6] = ["打印", "打印本页", "关闭", "关闭窗口", "收藏", "纠错"];
    let line = line.trim();
    if line.chars().count() > MAX_WIDGET_LINE {
        return Some(line.to_string());
    }
    if WIDGET.is_match(line) {
        return None;
    }
    let line = COUNTER.replace_all(line, "");
    let words: Vec<&str> = line.split_whitespace().collect();
    let link = |w: &&str| LINKS.contains(&w.trim_start_matches('【').trim_end_matches('】'));
    let line = if words.iter().any(link) {
        words.into_iter().filter(|w| !link(w)).collect::<Vec<_>>().join(" ")
    } else {
        line.trim().to_string()
    };
    line.chars().any(char::is_alphanumeric).then_some(line)
}

/// Elements whose start and end break a line.
const BLOCKS: &str = "address article aside blockquote br caption center dd details dialog div \
                      dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr \
                      li main nav ol p section tr";

/// Elements whose text is not shown.
const HIDDEN: &str = "script style noscript template head iframe";

/// The text of a node as a page shows it: a line a block, table cells apart, runs of white
/// space as one space, and a source's line break inside Chinese text joined.
fn text_of(root: &NodeRef) -> String {
    enum Step<'a> {
        Open(NodeRef<'a>),
        Close(bool),
    }
    let mut out = String::new();
    let mut steps: Vec<Step> = root.children_it(true).map(Step::Open).collect();
    while let Some(step) = steps.pop() {
        match step {
            Step::Close(block) => {
                if block {
                    out.push('\n');
                } else if !out.ends_with([' ', '\n', BREAK]) {
                    out.push(' ');
                }
            }
            Step::Open(node) if node.is_text() => push_text(&mut out, &node.text()),
            Step::Open(node) => {
                let name = node.node_name().unwrap_or_default().to_ascii_lowercase();
                let is = |list: &str| list.split_whitespace().any(|n| n == name);
                if !node.is_element() || is(HIDDEN) {
                    continue;
                }
                let block = is(BLOCKS);
                if block {
                    out.push('\n');
                }
                if block || name == "td" || name == "th" {
                    steps.push(Step::Close(block));
                }
                steps.extend(node.children_it(true).map(Step::Open));
            }
        }
    }
    let out = join_breaks(&out);
    out.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// Appends a text node's text: runs of ASCII white space as one space, or as [`BREAK`] when
/// they hold a line break.
fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let space = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_whitespace()).len();
        if space == 0 {
            let word = rest.find(|c: char| c.is_ascii_whitespace()).unwrap_or(rest.len());
            out.push_str(&rest[..word].replace('\u{a0}', " "));
            rest = &rest[word..];
            continue;
        }
        if !out.is_empty() && !out.ends_with([' ', '\n', BREAK]) {
            out.push(if rest[..space].contains('\n') { BREAK } else { ' ' });
        }
        rest = &rest[space..];
    }
}

/// A source's line break in a text, until what follows it is known (a decoded text holds no
/// NUL).
const BREAK: char = '\0';

/// The text with each [`BREAK`] between two Chinese characters left out (as in a browser, a
/// source's line break inside Chinese text is no space) and the others as spaces.
fn join_breaks(text: &str) -> String {
    let cjk = |c: Option<&char>| {
        c.is_some_and(|c| {
            ('\u{2E80}'..='\u{9FFF}').contains(c) || ('\u{FF00}'..='\u{FFEF}').contains(c)
        })
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c != BREAK {
            out.push(c);
        } else if !(cjk(out.chars().last().as_ref()) && cjk(chars.get(i + 1))) {
            out.push(' ');
        }
    }
    out
}
