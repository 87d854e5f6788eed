//! Deterministic synthetic datasets of any size, for tests, benchmarks and the `gen` example:
//! many sections (one of them a group), long Chinese and English labels, every unit and
//! qualifier. The same size and seed always give the same dataset.

use relief_dash::data::{
    Dataset, Indicator, Meta, NamedList, Period, PeriodKind, Qualifier, Section, Text, Unit,
    model::FORMAT_VERSION,
};

/// A small, fast, seedable generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next_u64() % n as u64) as usize }
    }

    /// One of the items.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const PLACES_ZH: [&str; 8] = ["东岭", "西港", "南湾", "北坑", "金井", "海坛", "君山", "苏平"];
const PLACES_EN: [&str; 8] =
    ["Dongling", "Xigang", "Nanwan", "Beikeng", "Jinjing", "Haitan", "Junshan", "Suping"];
const TOPICS: [(&str, &str); 8] = [
    ("驻村帮扶干部", "resident relief cadres"),
    ("产业扶贫项目资金", "industry relief project funds"),
    ("公益性岗位安置人数", "people placed in public-interest jobs"),
    ("农村低保保障标准", "rural minimum-living standard"),
    ("乡村旅游接待农户", "farm households in rural tourism"),
    ("扶贫小额信贷额度", "relief microcredit amount"),
    ("易地搬迁安置村", "relocation villages"),
    ("教育资助覆盖比例", "share covered by education aid"),
];

fn text(zh: String, en: String) -> Text {
    Text::new(zh, en)
}

/// A value that suits the unit and passes the checks.
fn value_for(unit: &Unit, rng: &mut Rng) -> f64 {
    let (lo, hi) = unit.range();
    let span = (hi.min(1e7) - lo.max(0.0)).max(1.0);
    let raw = lo.max(0.0) + (rng.next_u64() % 1_000_000) as f64 / 1_000_000.0 * span;
    if unit.def().whole { raw.floor() } else { (raw * 100.0).round() / 100.0 }
}

/// A dataset of `indicators` figures spread over about `indicators / 400` sections (at
/// least 4, at most 250), one of them a group of four members.
pub fn generate(indicators: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let n_sections = (indicators / 400).clamp(4, 250);
    let mut sections: Vec<Section> = (0..n_sections)
        .map(|s| Section {
            id: format!("region_{s:03}"),
            title: text(
                format!("{}片区", PLACES_ZH[s % 8]),
                format!("{} area {s}", PLACES_EN[s % 8]),
            ),
            summary: Some(text(
                format!("{}片区的扶贫指标(合成数据,第{s}组)。", PLACES_ZH[s % 8]),
                format!("Relief figures of the {} area (synthetic, group {s}).", PLACES_EN[s % 8]),
            )),
            points: vec![text(
                "合成数据,仅供测试。".into(),
                "Synthetic data, for testing only.".into(),
            )],
            lists: vec![NamedList {
                title: text("村庄".into(), "Villages".into()),
                items: PLACES_ZH
                    .iter()
                    .zip(PLACES_EN)
                    .map(|(z, e)| text(format!("{z}村"), e.into()))
                    .collect(),
            }],
            members: Vec::new(),
        })
        .collect();
    let group = sections.last_mut().map(|g| {
        g.members = (0..4)
            .map(|m| Section {
                id: format!("{}_program_{m}", g.id),
                title: text(format!("专项工程{m}"), format!("Program {m}")),
                summary: None,
                points: Vec::new(),
                lists: Vec::new(),
                members: Vec::new(),
            })
            .collect();
        g.members.iter().map(|m| m.id.clone()).collect::<Vec<_>>()
    });
    let mut homes: Vec<String> = sections.iter().map(|s| s.id.clone()).collect();
    homes.extend(group.unwrap_or_default());
    let kinds = [PeriodKind::At, PeriodKind::Since, PeriodKind::Until, PeriodKind::During];
    let indicators = (0..indicators)
        .map(|i| {
            let unit = rng.pick(Unit::all_library()).clone();
            let qualifier = *rng.pick(&Qualifier::ALL);
            let (tzh, ten) = *rng.pick(&TOPICS);
            let p = rng.below(8);
            let label = text(
                format!("{}镇{}村{tzh}(第{i}项)", PLACES_ZH[p], PLACES_ZH[(p + 3) % 8]),
                format!(
                    "{} town, {} village: {ten} (item {i})",
                    PLACES_EN[p],
                    PLACES_EN[(p + 3) % 8]
                ),
            );
            let section = homes[i % homes.len()].as_str().into();
            let value = value_for(&unit, &mut rng);
            let mut figure = Indicator::new(
                format!("figure_{i:06}").into(),
                section,
                label,
                value,
                unit,
                qualifier,
            );
            figure.note = text(
                format!("合成指标{i},用于测试大数据量下的加载和渲染。"),
                format!("Synthetic figure {i}, for testing load and render at scale."),
            );
            figure.as_of = (i % 3 != 0).then(|| {
                let date = format!("20{:02}-{:02}", 10 + rng.below(15), 1 + rng.below(12));
                Period::at(*rng.pick(&kinds), &date)
            });
            figure.headline = i < 12;
            figure
        })
        .collect();
    Dataset {
        dimensions: Vec::new(),
        format_version: FORMAT_VERSION,
        meta: Meta {
            title: text("合成扶贫数据集".into(), "Synthetic relief dataset".into()),
            region: text("合成省".into(), "Synthetic Province".into()).into(),
            outlet: text("测试".into(), "Test".into()),
            publisher: text("测试".into(), "Test".into()),
            published: "2024-01-01T00:00+08:00".into(),
            url: "https://example.org/synthetic".into(),
            source_title: text("合成数据".into(), "Synthetic data".into()),
            parts: Vec::new(),
        },
        units: Vec::new(),
        derived: Vec::new(),
        sections,
        indicators,
        series_links: Default::default(),
        rules: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_datasets_pass_the_checks_and_repeat() {
        let d = generate(2_000, 7);
        let mut json = Vec::new();
        relief_dash::export::write_json(&d, &mut json).unwrap();
        let back = relief_dash::data::parse("synth.json", &json).unwrap();
        assert_eq!(back.indicators.len(), 2_000);
        assert_eq!(generate(2_000, 7), d);
        assert_ne!(generate(2_000, 8), d);
        for u in Unit::all_library() {
            assert!(d.indicators.iter().any(|i| &i.unit == u), "{u:?}");
        }
    }
}
