//! What a report's text says of itself: its title, its outlet (来源, 稿源), its author (作者)
//! and any web address, read from the lines around its head.

use std::sync::LazyLock;

use regex::Regex;

/// What the text says of itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextMeta {
    /// The title: the first line that reads as one.
    pub title: Option<String>,
    /// The outlet, from 来源 or 稿源 (未知 is none).
    pub outlet: Option<String>,
    /// The author, from 作者.
    pub author: Option<String>,
    /// The first web address in the text.
    pub url: Option<String>,
}

/// The head of a text: where its own metadata stands.
const HEAD_LINES: usize = 20;

static OUTLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:来源|稿源|来自)\s*[:：]?\s*([^\s:：|｜]{2,30}?)(?:\s|$|发布|时间|作者|编辑|[|｜]|\d{4})")
        .expect("the outlet pattern is valid")
});

static AUTHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"作者\s*[:：]\s*([^\s:：|｜]{1,20}(?:\s[^\s:：|｜\d]{1,4}){0,3})")
        .expect("the author pattern is valid")
});

static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:https?://|www\.)[A-Za-z0-9][A-Za-z0-9.\-]*\.[A-Za-z]{2,}(?:/[^\s"'<>()（）\u{3000}-\u{9fff}\u{ff00}-\u{ffef}]*)?"#)
        .expect("the address pattern is valid")
});

/// Words that start a line of metadata, never a title.
const NOT_TITLE: &[&str] = &["来源", "稿源", "发布", "时间", "作者", "编辑", "记者", "日期", "——"];

/// The report's title: the first line of 8 to 40 characters that is not a path of links,
/// has no sentence punctuation, holds no date and is no line of metadata.
pub fn title(text: &str) -> Option<&str> {
    text.lines().map(str::trim).take(HEAD_LINES).find(|l| {
        let n = l.chars().count();
        (8..=40).contains(&n)
            && !l.contains(['>', '|', '。', '，', ','])
            && !NOT_TITLE.iter().any(|w| l.starts_with(w))
            && l.chars().filter(char::is_ascii_digit).nth(5).is_none()
    })
}

/// What the head of `text` says of itself.
pub fn read(text: &str) -> TextMeta {
    let head: Vec<&str> = text.lines().take(HEAD_LINES).collect();
    let first =
        |re: &Regex| head.iter().find_map(|l| re.captures(l).map(|c| c[1].trim().to_string()));
    let outlet = first(&OUTLET).filter(|o| o != "未知" && o != "本站");
    let author = first(&AUTHOR);
    let url = URL.find(text).map(|m| {
        let u = m.as_str().trim_end_matches(['.', ',']);
        if u.starts_with("www.") { format!("http://{u}") } else { u.to_string() }
    });
    TextMeta { title: title(text).map(str::to_string), outlet, author, url }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_texts_own_metadata() {
        let m = read(
            "我县召开脱贫攻坚汇报座谈会\n来源:靖边新闻信息网 发布时间:2017-09-18 08:34 作者:张妮妮\n正文。",
        );
        assert_eq!(m.title.as_deref(), Some("我县召开脱贫攻坚汇报座谈会"));
        assert_eq!(m.outlet.as_deref(), Some("靖边新闻信息网"));
        assert_eq!(m.author.as_deref(), Some("张妮妮"));
        assert_eq!(m.url, None);
        let m =
            read("标题很长的一篇报道\n2021-08-16 14:33:00  来源:新华日报  作者:周静 籍晶 明泽\n");
        assert_eq!(m.outlet.as_deref(), Some("新华日报"));
        assert_eq!(m.author.as_deref(), Some("周静 籍晶 明泽"));
        let m = read("稿源 河北日报    时间:2017-06-20 16:36");
        assert_eq!(m.outlet.as_deref(), Some("河北日报"));
        let m = read("发布时间:2018-02-02来源:未知 编辑:生活头条");
        assert_eq!(m.outlet, None);
        let m = read("湖南人民政府门户网站www.hunan.gov.cn 发布时间: 2019-09-12");
        assert_eq!(m.url.as_deref(), Some("http://www.hunan.gov.cn"));
        let m = read("原文见 https://example.org/a/b.html。");
        assert_eq!(m.url.as_deref(), Some("https://example.org/a/b.html"));
        assert_eq!(
            title("特写：身边人讲身边的“脱贫故事”\n"),
            Some("特写：身边人讲身边的“脱贫故事”")
        );
    }
}
