//! Drafting saved web pages: each page of `tests/fixtures/pages` wraps the article text of
//! the report of the same name in `tests/fixtures/real` in a site's chrome (menus, related
//! articles, comments, footer), written by hand. Its article is taken out and drafted as the
//! report's text is.

use relief_dash::data::{self, Dataset};
use relief_dash::draft::{build, decode, page, scan, when};

/// The numbers of each page's chrome, read from its HTML (menus, share and comment counts,
/// hit counters, related and ranked articles, side columns, footer phones, ICP and police
/// record numbers), each written so that the report's own text does not hold it; a space
/// apart.
const CHROME: &[(&str, &str)] = &[
    (
        "county-secretary-2017",
        "24℃ 33℃ 第24期 第6版 1,387 (56) (12) (3) (18) 3.5亿元 62个 20座 4600户 \
         1000名 16个县 1200人 2017-06-18 1,024 第3届 38岁 100个 87654321 87654300 88号 \
         050011 09012345 13010202000456 1280 11178903",
    ),
    (
        "township-lights-2021",
        "82621234 第33期 第5版 4827 56 7193744 7193511 7194020 （7） zhao1986 20:11 \
         （15） （9） 82625678 82629012 12003456 23010302000789 2008-2021 1024",
    ),
    (
        "township-summary-2019",
        "2020年10月17日 第3季度 （4） （27） （9） （15） （63） （6） 000014349 \
         0925116 37号 236 2020-01-21 2018年 2020-07-14 7521234 7529876 示范路1号 556600 \
         05006789 52262702000123 5226270001 1234567 69385507",
    ),
    (
        "village-story-2018",
        "268 腊月廿七 第7期 第3版 5,621 128 (32) 3500元 1.2万 45个 860万元 12个 500名 \
         2.5万人 36个 3个 47 500字 86万人次 3000公里 24个 5551234 5556789 5550110 66号 \
         18楼 530022 05012345 45010302000123 45120170001 2003-2018 20180212032085976",
    ),
];

fn pages() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("tests/fixtures/pages")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text a report's bytes are drafted from, as `relief-dash draft` takes it.
fn text_of(bytes: &[u8]) -> (String, decode::Decoded) {
    let decoded = decode::decode(bytes).unwrap();
    let text = if decoded.html {
        page::article(&decoded.text).unwrap().text
    } else {
        decoded.text.clone()
    };
    (text, decoded)
}

fn draft(text: &str) -> Dataset {
    let report = when::first_date(text);
    build::dataset(&scan::scan(text, report), text, report)
}

/// A draft's figures as value, unit and qualifier, sorted.
fn figures(d: &Dataset) -> Vec<String> {
    let mut out: Vec<String> = d
        .indicators
        .iter()
        .map(|i| format!("{} {} {}", i.value, i.unit.code(), i.qualifier.code()))
        .collect();
    out.sort();
    out
}

#[test]
fn a_pages_article_keeps_the_words_of_its_figures_and_none_of_its_chrome() {
    let names = pages();
    assert_eq!(names.len(), CHROME.len(), "each page needs its chrome's numbers listed");
    for (name, chrome) in CHROME {
        assert!(names.contains(&name.to_string()), "{name}");
        let html = read(&format!("tests/fixtures/pages/{name}.html"));
        let report = read(&format!("tests/fixtures/real/{name}.txt"));
        let (text, decoded) = text_of(html.as_bytes());
        assert!(decoded.html, "{name}");
        let expected = read(&format!("tests/fixtures/pages/{name}.expected"));
        for line in expected.lines().filter(|l| !l.starts_with('#')) {
            let written = line.split('\t').nth(6).unwrap();
            assert!(text.contains(written), "{name}: {written:?} not in\n{text}");
        }
        for number in chrome.split_whitespace() {
            assert!(html.contains(number), "{name}: {number:?} is not in the page");
            assert!(!report.contains(number), "{name}: {number:?} is the report's own");
            assert!(!text.contains(number), "{name}: the chrome's {number:?} kept in\n{text}");
        }
        // One paragraph a line, the title first, the date line kept.
        assert_eq!(text.lines().next(), report.lines().next(), "{name}");
        let paragraphs = report.lines().filter(|l| l.chars().count() > 60);
        for p in paragraphs {
            assert!(text.lines().any(|l| l == p), "{name}: paragraph not a line: {p}");
        }
        assert_eq!(when::first_date(&text), when::first_date(&report), "{name}");
    }
}

#[test]
fn a_page_drafts_the_figures_of_its_reports_text() {
    for name in pages() {
        let html = std::fs::read(format!("tests/fixtures/pages/{name}.html")).unwrap();
        let (text, _) = text_of(&html);
        let (page, report) =
            (draft(&text), draft(&read(&format!("tests/fixtures/real/{name}.txt"))));
        assert!(!report.indicators.is_empty(), "{name}");
        assert_eq!(figures(&page), figures(&report), "{name}: the page adds or loses figures");
        assert_eq!(page.meta.published, report.meta.published, "{name}");
        assert!(data::parse("draft.json", &serde_json::to_vec(&page).unwrap()).is_ok(), "{name}");
    }
}

#[test]
fn a_gbk_page_drafts_as_its_utf8_page() {
    for (name, from, to) in [
        ("county-secretary-2017", r#"<meta charset="utf-8">"#, r#"<meta charset="gbk">"#),
        ("village-story-2018", r#"<meta charset="utf-8">"#, r#"<meta charset=GB2312>"#),
        ("township-summary-2019", "charset=utf-8", "charset=gb18030"),
    ] {
        let html = read(&format!("tests/fixtures/pages/{name}.html"));
        assert!(html.contains(from), "{name}");
        let (utf8, _) = text_of(html.as_bytes());
        // GBK has no ©: a GBK page writes it as an entity.
        let declaring = html.replacen(from, to, 1).replace('©', "&copy;");
        let (gbk, _, lossy) = encoding_rs::GBK.encode(&declaring);
        assert!(!lossy, "{name}");
        let (text, decoded) = text_of(&gbk);
        assert!(decoded.html, "{name}");
        let declared = if to.contains("gb18030") { "gb18030" } else { "GBK" };
        assert_eq!(decoded.encoding, declared, "{name}");
        assert_eq!(text, utf8, "{name}");
        assert_eq!(figures(&draft(&text)), figures(&draft(&utf8)), "{name}");
    }
    let html = read("tests/fixtures/pages/county-secretary-2017.html");
    let (utf8, _) = text_of(html.as_bytes());
    // A byte-order mark says more than the page's own <meta charset>.
    let bom = [b"\xEF\xBB\xBF".as_slice(), html.replace("utf-8", "gbk").as_bytes()].concat();
    let (text, decoded) = text_of(&bom);
    assert_eq!((text.as_str(), decoded.encoding), (utf8.as_str(), "UTF-8 with a byte-order mark"));
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(html.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
    assert_eq!(text_of(&utf16).0, utf8);
    // Valid UTF-8 stays UTF-8 whatever the page declares (saved pages are often re-encoded).
    let (text, decoded) = text_of(html.replace("utf-8", "gbk").as_bytes());
    assert_eq!((text.as_str(), decoded.encoding), (utf8.as_str(), "UTF-8"));
}

#[test]
fn text_that_holds_a_less_than_sign_is_not_a_page() {
    for text in [
        "全村人均收入<3000元的农户有46户。\n<b>说明</b>：以上为2019年数据。",
        "<<脱贫攻坚>>读本发放300册。",
        "<p>共选派46名干部。</p>",
        "对比 <html 标签 与正文：全县辖285个行政村。",
    ] {
        let d = decode::decode(text.as_bytes()).unwrap();
        assert!(!d.html, "{text}");
    }
    for text in [
        "<!-- saved from url=(0041)http://example.cn/ -->\n<HTML><body><p>x</p></body></HTML>",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">\n<html>",
        "  <meta charset=\"gbk\"><title>t</title>",
        "报告\n<div><html lang=zh><p>46名</p></html>",
    ] {
        assert!(decode::decode(text.as_bytes()).unwrap().html, "{text}");
    }
}

fn run(args: &[&str], input: &[u8]) -> (i32, String, String) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_relief-dash"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

#[test]
fn the_draft_command_says_what_a_page_kept_and_dropped() {
    for name in pages() {
        let path = format!("tests/fixtures/pages/{name}.html");
        let html = read(&path);
        let article = page::article(&decode::decode(html.as_bytes()).unwrap().text).unwrap();
        let (code, out, err) = run(&["draft", &path], b"");
        assert_eq!(code, 0, "{err}");
        let n = |v: usize| relief_dash::words::number(v as f64);
        let said = format!(
            "{path}: HTML page: article {} characters kept of {} (menus, lists, comments and \
             footer dropped: {})",
            n(article.kept),
            n(article.page),
            n(article.page - article.kept)
        );
        let mut lines = err.lines();
        assert_eq!(lines.next(), Some(said.as_str()), "{err}");
        assert!(article.kept * 3 < article.page * 2, "{name}: {said}");
        let figures = draft(&article.text).indicators.len();
        let next = lines.next().unwrap();
        assert!(next.starts_with(&format!("{path}: read as UTF-8; {figures} figures found")));
        assert_eq!(data::parse("draft.json", out.as_bytes()).unwrap().indicators.len(), figures);
    }
}

#[test]
fn a_page_with_no_article_fails() {
    // The county page without its article: a menu, a list of related articles, comments, a
    // side column and a footer.
    let html = read("tests/fixtures/pages/county-secretary-2017.html");
    let (start, end) = (
        html.find(r#"<div class="content">"#).unwrap(),
        html.find(r#"<div class="xgyd">"#).unwrap(),
    );
    let chrome = format!("{}{}", &html[..start], &html[end..]);
    let Err(page::NoArticle::NotFound(chars)) = page::article(&chrome) else { panic!() };
    assert!(chars > 300, "{chars}");
    for input in [chrome.as_bytes(), b"<!DOCTYPE html>\n<html><body>46\xE5\x90\x8D</body></html>"] {
        let (code, out, err) = run(&["draft", "-"], input);
        assert_eq!((code, out.as_str()), (1, ""), "{err}");
        assert!(
            err.starts_with("relief-dash: -: is an HTML page, but no article was found in its "),
            "{err}"
        );
        assert!(err.contains("copy the article's text into a file"), "{err}");
    }
    // Elements nested deeper than a browser shows are refused at once (finding the article
    // would take time with the square of the depth: minutes for 100,000).
    let deep =
        format!("<html><body>{}<p>共选派46名干部。</p></body></html>", "<div>".repeat(100_000));
    let Err(page::NoArticle::TooDeep(depth)) = page::article(&deep) else { panic!() };
    assert!(depth > 100_000, "{depth}");
    let (code, _, err) = run(&["draft", "-"], deep.as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is an HTML page with elements nested 100,00"), "{err}");
}

#[test]
fn a_page_is_read_as_a_browser_shows_it() {
    // An old government page: a layout table, paragraphs set apart by <br> and indented by
    // spaces, a line broken inside a sentence, a table of figures, the title only in <title>.
    let html = "<html><head><meta charset=\"gbk\"><title>某县2019年扶贫工作总结 - 某县人民政府\
        </title></head><body><table><tr><td class=\"nav\">首页 | 政务公开</td></tr><tr><td>\
        <div id=\"zoom\">\u{3000}\u{3000}2019年，全县共有贫困户1234户，其中已脱贫1000户，\n  \
        <b>占81%</b>。<br><br>&nbsp;&nbsp;全县共选派第一书记46名，驻村干部120名。<br>表1 脱贫情况\
        <table><tr><td>乡镇</td><td>户数</td></tr><tr><td>城关镇</td><td>300户</td></tr>\
        </table></div></td></tr></table></body></html>";
    let article = page::article(html).unwrap();
    assert_eq!(
        article.text,
        "某县2019年扶贫工作总结\n2019年，全县共有贫困户1234户，其中已脱贫1000户，占81%。\n\
         全县共选派第一书记46名，驻村干部120名。\n表1 脱贫情况\n乡镇 户数\n城关镇 300户"
    );
    assert_eq!((article.kept, article.page), (87, 101));
    let d = draft(&article.text);
    assert!(figures(&d).contains(&"300 household exact".to_string()), "{:?}", figures(&d));
}
