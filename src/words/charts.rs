//! What a chart is titled: what its bars measure. Its bars are labelled with the figures'
//! own wording (`720万元`, `≈100 million people`), the same as the list's.

use crate::data::{Dimension, Unit};
use crate::lang::Lang;

/// A chart's title: what its bars measure, and the name of what they count when every bar
/// counts the same (`name`: then the bars are labelled without it): `Money (yuan)`,
/// `人数(人)`, `Counties`.
pub fn chart_title_named(axis: Dimension, name: Option<&str>, lang: Lang) -> String {
    let title = chart_title(axis, lang);
    match (name, lang) {
        (None, _) => title,
        (Some(n), Lang::En) if title.to_lowercase() == n.to_lowercase() => title,
        (Some(n), Lang::En) => format!("{title} ({n})"),
        (Some(n), Lang::Zh) => format!("{title}({n})"),
    }
}

/// A chart's title: what its bars measure.
pub fn chart_title(axis: Dimension, lang: Lang) -> String {
    use Dimension as D;
    let base = Unit::base_of(axis);
    match (axis, lang) {
        (D::People, Lang::En) => "People".into(),
        (D::People, Lang::Zh) => "人数".into(),
        (D::Households, Lang::En) => "Households".into(),
        (D::Households, Lang::Zh) => "户数".into(),
        (D::Money, Lang::En) => "Money".into(),
        (D::Money, Lang::Zh) => "资金".into(),
        (D::MoneyPerPersonYear | D::MoneyPerHousehold | D::MoneyPerPerson, Lang::En) => {
            "Amounts".into()
        }
        (D::MoneyPerPersonYear | D::MoneyPerHousehold | D::MoneyPerPerson, Lang::Zh) => {
            "金额".into()
        }
        (D::Share, Lang::En) => "Shares".into(),
        (D::Share, Lang::Zh) => "比例".into(),
        (D::AnnualRate, Lang::En) => "Yearly rates".into(),
        (D::AnnualRate, Lang::Zh) => "年率".into(),
        (D::PercentagePoints, Lang::En) => "Changes".into(),
        (D::PercentagePoints, Lang::Zh) => "变化".into(),
        (D::Times, Lang::En) => "Multiples".into(),
        (D::Times, Lang::Zh) => "倍数".into(),
        (D::Duration, Lang::En) => "Durations".into(),
        (D::Duration, Lang::Zh) => "期限".into(),
        (D::Age, Lang::En) => "Ages".into(),
        (D::Age, Lang::Zh) => "年龄".into(),
        (D::LandArea, Lang::En) => "Land area".into(),
        (D::LandArea, Lang::Zh) => "面积".into(),
        (D::Livestock, Lang::En) => "Livestock".into(),
        (D::Livestock, Lang::Zh) => "牲畜".into(),
        (D::Length, Lang::En) => "Lengths".into(),
        (D::Length, Lang::Zh) => "长度".into(),
        (D::Declared(d), Lang::En) => capitalize(d.label.en()),
        (D::Declared(d), Lang::Zh) => d.label.zh().to_string(),
        (_, Lang::En) => capitalize(base.en(2.0)),
        (_, Lang::Zh) => "数量".into(),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}
