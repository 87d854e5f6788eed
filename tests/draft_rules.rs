//! The drafting rules of issue 21, one case a row: each once gave a wrong value, missed a
//! figure, read a counting word as a count or made a draft that failed `check`.

use relief_dash::data::{self, Qualifier};
use relief_dash::draft::{build, scan, when};

const REPORT: Option<when::Day> = Some(when::Day { year: 2020, month: 6, day: 1 });

/// Each figure of `text` as `value[..high] unit qualifier`.
fn figures(text: &str) -> Vec<String> {
    scan::scan(text, REPORT)
        .into_iter()
        .map(|f| {
            let high = f.value_max.map_or(String::new(), |h| format!("..{h}"));
            let q = match f.qualifier {
                Qualifier::Exact => "",
                Qualifier::AtLeast => " at_least",
                Qualifier::AtMost => " at_most",
                Qualifier::About => " about",
                Qualifier::Nearly => " nearly",
            };
            let unit = match f.unit.dimension().code() {
                "things" => format!("things({} {})", f.unit.def().zh, counted(&f)),
                _ => f.unit.code().to_string(),
            };
            format!("{}{high} {unit}{q}", f.value)
        })
        .collect()
}

/// What a count of things counts: its provisional dimension's label.
fn counted(f: &scan::Found) -> String {
    match f.unit.dimension() {
        data::Dimension::Declared(d) => d.label.zh().to_string(),
        _ => String::new(),
    }
}

#[test]
fn numerals_never_lose_their_head() {
    for (text, want) in [
        ("共有一万二千人参加。", vec!["12000 person"]),
        ("补助三万五千元。", vec!["35000 yuan"]),
        ("养殖规模达一万只羊。", vec!["1 things(万只 羊)"]),
        ("覆盖十二万三千户。", vec!["123000 household"]),
        ("补助3万5千元。", vec!["3.5 wan_yuan"]),
        ("收入增长1,050%。", vec!["1050 percent_of"]),
        ("完成计划的104.1%。", vec!["104.1 percent_of"]),
        ("编号050%不是数。", vec![]),
    ] {
        assert_eq!(figures(text), want, "{text}");
    }
}

#[test]
fn ranges_and_qualifiers_are_kept() {
    for (text, want) in [
        ("每村均有1至2个产业发展项目。", vec!["1..2 project"]),
        ("每户补助3-5万元。", vec!["3..5 wan_yuan_per_household"]),
        ("每月收入两三千元。", vec!["2000..3000 yuan"]),
        ("每盏300-400元不等。", vec!["300..400 yuan"]),
        ("均有1个以上增收项目。", vec!["1 project at_least"]),
        ("投入至少在100万元左右。", vec!["100 wan_yuan at_least"]),
        ("贫困发生率降至3%及以下。", vec!["3 percent at_most"]),
        ("仍有上百户贫困家庭。", vec!["100 household at_least"]),
        ("人均不到5分地。", vec!["5 fen at_most"]),
        ("他年近六旬。", vec!["6 decade_of_age nearly"]),
    ] {
        assert_eq!(figures(text), want, "{text}");
    }
}

#[test]
fn counting_words_that_are_not_counts() {
    for text in [
        "发展三大产业。",
        "分三大区域看，东部下降。",
        "这一场只能赢。",
        "仅此一项就够了。",
        "一家顺利脱贫。",
        "过去一年里，全镇干部下村。",
        "短短一年多，规模扩大。",
        "新中国成立70年来全省脱贫。",
        "前三个季度进展顺利。",
        "开展“千企帮千村”行动。",
        "印发《2020年3个行动方案》。",
        "第四场培训会。",
    ] {
        assert_eq!(figures(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn figures_in_speech_are_the_reports() {
    assert_eq!(figures("他说：“这是两万元，表哥你点点。”"), ["2 wan_yuan"]);
    assert_eq!(figures("“我借了18万元，没想到3年就能全部还清。”"), ["18 wan_yuan", "3 year"]);
}

#[test]
fn nouns_before_numbers_and_new_measure_words() {
    for (text, want) in [
        ("全县共有贫困县41个。", vec!["41 county"]),
        ("是13个脱贫出列的贫困县之一。", vec!["13 county"]),
        (
            "省定贫困村31个，2016年3个出列，剩余28个。",
            vec!["31 village", "3 village", "28 village"],
        ),
        (
            "建成敬老院1个、养老服务站1个、集镇公厕2个。",
            vec!["1 things(个 敬老院)", "1 things(个 服务站)", "2 things(个 公厕)"],
        ),
        ("李某等6位同志。", vec!["6 person"]),
        ("他家有5口人。", vec!["5 person"]),
        ("新建路灯481盏。", vec!["481 things(盏 路灯)"]),
        ("修复千余处水毁工程。", vec!["1000 things(处 工程) at_least"]),
        ("比上年快0.7个百分点。", vec!["0.7 percentage_point"]),
        ("增长近320倍。", vec!["320 times nearly"]),
        ("月收入3千元。", vec!["3 qian_yuan"]),
        ("每人每月发放300元。", vec!["300 yuan_per_person_month"]),
        ("产粮120吨，发电43万度。", vec!["120 ton", "43 wan_kwh"]),
        ("新建住房80平方米。", vec!["80 square_metre"]),
        ("光伏电站59万千瓦。", vec!["59 wan_kw"]),
    ] {
        assert_eq!(figures(text), want, "{text}");
    }
}

#[test]
fn labels_are_whole_words() {
    let labels = |text: &str| -> Vec<String> {
        scan::scan(text, REPORT).into_iter().map(|f| f.label).collect()
    };
    assert_eq!(labels("选派46名优秀党员干部到老区革命基地。"), ["优秀党员干部"]);
    assert_eq!(labels("在贫困户人口中选聘生态护林员134名。"), ["生态护林员"]);
    let loans = labels("累计为5户贫困户发放贷款23万元。");
    assert!(loans[1].ends_with("贷款"), "{loans:?}");
}

#[test]
fn every_draft_passes_check() {
    for text in [
        "全县新建道路12公里　　\n　　",
        "投入0.0000001元，建成3个村。",
        "数据1.5名和300岁和1万%，另有12户。",
        "标题\n无日期的报道里有12户。",
    ] {
        let report = when::first_date(text);
        let found = scan::scan(text, report);
        let d = build::dataset(&found, text, report);
        let json = serde_json::to_vec(&d).unwrap();
        let again = data::parse("draft.json", &json);
        assert!(again.is_ok(), "{text}: {:?}", again.err());
    }
}

#[test]
fn a_text_without_a_date_leaves_the_date_to_do() {
    let text = "某县扶贫工作的报道标题\n全县有贫困户12户。";
    let d = build::dataset(&scan::scan(text, None), text, None);
    assert_eq!(d.meta.published, "TODO");
    let todo = data::todo::to_do(&d);
    assert!(todo.iter().any(|t| format!("{t:?}").contains("meta.published")), "{todo:?}");
}

#[test]
fn headings_keep_the_texts_order() {
    let text = "一、甲乙丙丁\n本部分12户。\n三、丙丁戊己\n本部分13户。\n二、乙丙丁戊\n本部分14户。";
    let d = build::dataset(&scan::scan(text, REPORT), text, REPORT);
    let titles: Vec<&str> = d.sections.iter().map(|s| s.title.zh()).collect();
    assert_eq!(titles, ["一、甲乙丙丁", "三、丙丁戊己", "二、乙丙丁戊"]);
}

#[test]
fn the_texts_own_metadata_fills_the_draft() {
    let text = "我县召开脱贫攻坚汇报座谈会\n来源:靖边新闻信息网 发布时间:2017-09-18 08:34 作者:张妮妮\n见 https://www.example.gov.cn/a.html 。全县有贫困户12户。";
    let report = when::first_date(text);
    let d = build::dataset(&scan::scan(text, report), text, report);
    assert_eq!(d.meta.outlet.zh(), "靖边新闻信息网（作者：张妮妮）");
    assert_eq!(d.meta.url, "https://www.example.gov.cn/a.html");
    assert_eq!(d.meta.published, "2017-09-18");
    assert_eq!(d.meta.title.zh(), "我县召开脱贫攻坚汇报座谈会");
}

#[test]
fn a_value_too_small_to_be_a_figure_is_not_one_as_written_either() {
    // Found by the property test: 0亿1％ read a value of 1e-8 as written, which check
    // refuses (below 0.000001); the draft kept it because its base value was not that small.
    for f in scan::scan("0亿1％", REPORT) {
        assert!(f.value == 0.0 || f.value.abs() >= 1e-6, "{} {}", f.value, f.unit.code());
    }
}
