//! Drafting datasets from report texts: the Pingtan report against the shipped dataset, and
//! reports written for these tests against their expected figures.

use relief_dash::data::{self, Dataset, Period};
use relief_dash::draft::{build, decode, scan, when};

fn draft(text: &str) -> Dataset {
    let decoded = decode::decode(text.as_bytes()).unwrap();
    let report = when::first_date(&decoded.text);
    let found = scan::scan(&decoded.text, report);
    build::dataset(&found, &decoded.text, report)
}

fn key(value: f64, unit: &str, q: &str) -> String {
    format!("{} {unit} {q}", relief_dash::words::number(value).replace(',', ""))
}

fn period(p: &Option<Period>) -> String {
    p.as_ref().map_or("-".into(), |p| {
        format!(
            "{} {}",
            format!("{:?}", p.kind.unwrap()).to_lowercase(),
            p.date.as_deref().unwrap()
        )
    })
}

#[test]
fn the_pingtan_report_gives_its_figures() {
    // The report's text is not kept in this repository (only its figures are, in our words).
    let Ok(text) = std::fs::read_to_string("../shared/seeds/000_70699eaac7664fef.txt") else {
        eprintln!("the Pingtan report's text is not at ../shared/seeds/: not measured");
        return;
    };
    let d = draft(&text);
    let mut shipped = data::embedded().unwrap();
    // Derived figures are computed, not written in the report.
    shipped.indicators.retain(|i| i.formula.is_none());
    let mut left: Vec<String> =
        d.indicators.iter().map(|i| key(i.value, i.unit.code(), i.qualifier.code())).collect();
    let mut missed = Vec::new();
    for ind in &shipped.indicators {
        let k = key(ind.value, ind.unit.code(), ind.qualifier.code());
        match left.iter().position(|x| *x == k) {
            Some(p) => {
                left.remove(p);
            }
            None => missed.push(format!("{} ({k})", ind.id)),
        }
    }
    let found = shipped.indicators.len() - missed.len();
    println!("found {found} of {} shipped figures", shipped.indicators.len());
    println!("missed: {missed:?}");
    println!("extra: {left:?}");
    // The report gives 34 figures; the shipped dataset also holds 100 % (全部脱贫, no
    // numeral) and the fourth session (第四场, an ordinal), which a draft must not count.
    assert!(found >= 32, "found {found}; missed {missed:?}");
    assert_eq!(found, 34, "missed {missed:?}");
    assert!(left.len() <= 5, "extra {left:?}");
    assert_eq!(d.meta.published, "2020-06-01");
    assert!(data::parse("draft.json", &serde_json::to_vec(&d).unwrap()).is_ok());
}

#[test]
fn reports_written_for_the_tests_give_their_figures() {
    for name in ["county", "national"] {
        let text = std::fs::read_to_string(format!("tests/fixtures/reports/{name}.txt")).unwrap();
        let want =
            std::fs::read_to_string(format!("tests/fixtures/reports/{name}.expected")).unwrap();
        let d = draft(&text);
        let got: String = d
            .indicators
            .iter()
            .map(|i| {
                format!(
                    "{} {}\n",
                    key(i.value, i.unit.code(), i.qualifier.code()),
                    period(&i.as_of)
                )
            })
            .collect();
        assert_eq!(got, want, "{name}");
        // Every draft is a valid dataset, its declared units included.
        let json = serde_json::to_vec(&d).unwrap();
        assert!(data::parse("draft.json", &json).is_ok(), "{name}");
    }
}

#[test]
fn a_draft_lists_what_is_to_do() {
    let d = draft("扶贫报告标题在这里\n2020年6月1日\n  共选派46名干部。");
    let to_do = data::todo::to_do(&d);
    assert!(to_do.contains(&"indicators[0].label.en".to_string()), "{to_do:?}");
    assert!(to_do.contains(&"meta.url".to_string()));
    assert!(to_do.iter().any(|t| t.starts_with("indicators[0].draft")));
    assert!(data::todo::to_do(&data::embedded().unwrap()).is_empty());
    // Shown in English, a label still to do gives way to the Chinese one.
    let label = &d.indicators[0].label;
    assert!(label.en.starts_with("TODO"));
    assert_eq!(label.get(relief_dash::Lang::En), label.zh);
    assert_eq!(label.get(relief_dash::Lang::Zh), label.zh);
    assert!(!data::todo::is_draft(&data::embedded().unwrap()));
}

#[test]
fn build_names_the_title() {
    assert_eq!(
        build::title("注册\n闽南网 > 新闻\n\n保民生促发展 平潭凝聚合力打赢\n"),
        Some("保民生促发展 平潭凝聚合力打赢")
    );
}

fn run(args: &[&str], input: Option<&[u8]>) -> (i32, String, String) {
    use std::io::Write;
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_relief-dash"));
    cmd.args(args).stdin(std::process::Stdio::piped());
    cmd.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.unwrap_or_default()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

#[test]
fn the_draft_command_reads_encodings_and_refuses_what_is_not_text() {
    let text = std::fs::read_to_string("tests/fixtures/reports/county.txt").unwrap();
    let (gbk, _, _) = encoding_rs::GB18030.encode(&text);
    let (code, out, err) = run(&["draft", "-"], Some(&gbk));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("read as GB18030; 11 figures found"), "{err}");
    let d = data::parse("draft.json", out.as_bytes()).unwrap();
    assert_eq!(d.indicators.len(), 11);

    for (input, message) in [
        (&b""[..], "is empty"),
        (&b"\x7fELF\x02\x01\x01\0\0\0"[..], "is binary data"),
        (
            &b"<!DOCTYPE html>\n<html><body>46\xE5\x90\x8D</body></html>"[..],
            "is an HTML page, but no article was found",
        ),
    ] {
        let (code, out, err) = run(&["draft", "-"], Some(input));
        assert_eq!((code, out.as_str()), (1, ""), "{message}");
        assert!(err.contains(message), "{err}");
    }
}

#[test]
fn check_lists_a_drafts_fields_to_do_without_failing() {
    let dir = std::env::temp_dir().join(format!("relief-draft-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("draft.json");
    let (code, _, err) =
        run(&["draft", "tests/fixtures/reports/county.txt", "-o", out.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    let (code, stdout, _) = run(&["check", out.to_str().unwrap()], None);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("ok: 11 indicators"), "{stdout}");
    assert!(stdout.contains("to do: indicators[0].label.en\n"), "{stdout}");
    assert!(stdout.contains("to do: meta.url\n"), "{stdout}");
    let last = stdout.lines().last().unwrap();
    assert!(last.starts_with("to do: ") && last.ends_with(" fields still to complete"), "{last}");
    let (code, review, _) = run(&["draft", "--review", "tests/fixtures/reports/county.txt"], None);
    assert_eq!(code, 0);
    assert!(review.lines().nth(1).unwrap().contains("1,115"), "{review}");
    assert!(review.contains("at 2021-11-30"), "{review}");
    // The dashboard's frame of a draft says it is one.
    let (code, frame, _) = run(&["render", "--size", "100x30", out.to_str().unwrap()], None);
    assert_eq!(code, 0);
    assert!(frame.lines().next().unwrap().starts_with("DRAFT · "), "{frame}");
    std::fs::remove_dir_all(&dir).unwrap();
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]
    /// No text panics the drafting: numerals, units, quotes and punctuation in any order.
    #[test]
    fn no_text_panics_the_draft(text in "[0-9.,，。；：:%％万亿千百十一二两三近约多余以上下内第年月日号个村户名元“”《》\\-/ a-zA-Z\n]{0,80}") {
        if let Ok(decoded) = decode::decode(text.as_bytes()) {
            let report = when::first_date(&decoded.text);
            let found = scan::scan(&decoded.text, report);
            let d = build::dataset(&found, &decoded.text, report);
            let json = serde_json::to_vec(&d).unwrap();
            // A text with no figure gives no dataset (the command says so and fails).
            let parsed = data::parse("draft.json", &json);
            proptest::prop_assert!(found.is_empty() || parsed.is_ok(), "{:?}", parsed.err());
        }
    }
}

#[test]
fn a_draft_grows_with_its_text_whatever_the_texts_shape() {
    // Shapes that once made a draft grow with the square of the text (a table written as
    // one long sentence) beside ordinary prose; each 20,000 characters.
    let long = |unit: &str, n: usize| unit.repeat(n);
    let shapes = [
        ("有1人、", long("有1人、", 5_000), 20.0),
        ("12345元", long("12345元", 3_000), 20.0),
        ("prose", long("全县共有贫困户1234户，其中已脱贫1000户，占81%。", 700), 20.0),
        // The densest list: a figure every 7 bytes. Each drafted figure needs its id,
        // section, label, value, unit, qualifier and place (about 150 bytes).
        ("1人、", long("1人、", 6_666), 22.0),
    ];
    for (name, text, most) in shapes {
        let d = draft(&text);
        let mut out = Vec::new();
        relief_dash::export::write_json_lines(&d, &mut out).unwrap();
        let ratio = out.len() as f64 / text.len() as f64;
        assert!(ratio < most, "{name}: the draft is {ratio:.1}x its text");
        let again = data::parse("draft.json", &out);
        assert!(again.is_ok(), "{name}: {again:?}");
        assert!(d.indicators.len() >= 2_000, "{name}: {} figures", d.indicators.len());
    }
}
