//! Which part of a poverty-relief report a figure belongs to, from the topic words of its
//! clause or, failing those, of the heading above it.

/// A topic: its section id, its titles, and the words that name it.
#[derive(Debug)]
pub struct Topic {
    /// The section id a draft gives it.
    pub id: &'static str,
    /// Its title in Chinese.
    pub zh: &'static str,
    /// Its title in English.
    pub en: &'static str,
    words: &'static [&'static str],
}

/// Topics in the order a report usually takes them; earlier ones win a tie.
pub const TOPICS: &[Topic] = &[
    Topic {
        id: "party_building",
        zh: "党建引领",
        en: "Party building",
        words: &["党建", "党组织", "党员", "第一书记", "驻村", "党委", "村官", "指导员", "下基层"],
    },
    Topic {
        id: "enterprise_pairing",
        zh: "企业帮扶",
        en: "Enterprise pairing",
        words: &["企业", "结对", "千企", "集体经济", "试点村"],
    },
    Topic {
        id: "industry",
        zh: "产业扶贫",
        en: "Industry",
        words: &["产业", "旅游", "种植", "养殖", "合作社", "小额信贷", "贷款", "放款", "电商"],
    },
    Topic {
        id: "employment",
        zh: "就业扶贫",
        en: "Employment",
        words: &["就业", "务工", "岗位", "上岗", "劳动力", "转移"],
    },
    Topic {
        id: "social_security",
        zh: "社会保障",
        en: "Social security",
        words: &["低保", "兜底", "救助", "特困", "养老", "社会保障"],
    },
    Topic {
        id: "health",
        zh: "健康扶贫",
        en: "Health",
        words: &["医疗", "健康", "医保", "就医", "卫生"],
    },
    Topic {
        id: "education",
        zh: "教育扶贫",
        en: "Education",
        words: &["教育", "学生", "助学", "学校", "控辍"],
    },
    Topic {
        id: "housing",
        zh: "住房安全",
        en: "Housing safety",
        words: &["住房", "危房", "搬迁", "安置"],
    },
    Topic { id: "training", zh: "培训", en: "Training", words: &["培训"] },
    Topic {
        id: "outcomes",
        zh: "脱贫成效",
        en: "Poverty outcomes",
        words: &["脱贫", "贫困户", "贫困人口", "建档立卡", "摘帽", "减贫", "扶贫工程"],
    },
];

/// The topic a text names most (ties: the earlier topic), if any.
pub fn topic_of(text: &str) -> Option<&'static Topic> {
    let mut best: Option<(&Topic, usize)> = None;
    for t in TOPICS {
        let hits = t.words.iter().filter(|w| text.contains(*w)).count();
        if hits > 0 && best.is_none_or(|(_, b)| hits > b) {
            best = Some((t, hits));
        }
    }
    best.map(|(t, _)| t)
}

/// Whether a line is a heading: short, with no sentence punctuation, and not a date line.
pub fn is_heading(line: &str) -> bool {
    let line = line.trim();
    // A numbered heading: 一、产业发展, （一）基础设施, 1. 兜底保障
    let line = line
        .split_once(['、', '）', ')', '.'])
        .filter(|(n, _)| n.chars().count() <= 3)
        .map_or(line, |(_, rest)| rest.trim());
    let n = line.chars().count();
    (2..=24).contains(&n)
        && !line.contains(['。', '，', ',', '；', '：', ':', '！', '？', '、'])
        && !line.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_and_headings() {
        let id = |s: &str| topic_of(s).map(|t| t.id);
        assert_eq!(id("选派了46名优秀党员干部担任驻村第一书记"), Some("party_building"));
        assert_eq!(id("已落实12家企业与8个村签约结对"), Some("enterprise_pairing"));
        assert_eq!(id("农村低保标准从5544元提高到7920元"), Some("social_security"));
        assert_eq!(id("天气晴"), None);
        assert!(is_heading("党建引领 筑战斗堡垒"));
        assert!(!is_heading("2020年是脱贫攻坚的收官之年,是全面建成小康社会的决胜之年。"));
        assert!(!is_heading("来源:平潭时报 2020-06-01"));
        assert!(is_heading("一、产业发展"));
        assert!(is_heading("（二）基础设施"));
    }
}
