//! Writing a dataset out as CSV (safe for spreadsheets) or normalized JSON.

use std::io::Write;

use crate::data::Dataset;
use crate::lang::Lang;
use crate::words;

/// The CSV header, one column per field: a range's high end in `value_max`; a figure
/// relief-dash computed (a derived one) says `derived` in `derived`, with its formula.
pub const CSV_HEADER: [&str; 12] = [
    "id",
    "section",
    "label_zh",
    "label_en",
    "value",
    "unit",
    "qualifier",
    "as_of",
    "note_en",
    "value_max",
    "derived",
    "formula",
];

/// A text cell that cannot start a spreadsheet formula: a leading `=`, `+`,
/// `-`, `@`, tab or carriage return gets a `'` in front.
pub fn safe_cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}").into() } else { s.into() }
}

/// Writes one row per figure under [`CSV_HEADER`]: the report's, then the derived ones,
/// each marked as derived and given with its formula.
pub fn write_csv(d: &Dataset, out: impl Write) -> csv::Result<()> {
    let mut w = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Necessary).from_writer(out);
    w.write_record(CSV_HEADER)?;
    rows(d, None, &mut w)?;
    w.flush()?;
    Ok(())
}

/// Several datasets as one CSV: a first `dataset` column names each row's dataset.
pub fn write_csv_many(datasets: &[(String, &Dataset)], out: impl Write) -> csv::Result<()> {
    let mut w = csv::WriterBuilder::new().quote_style(csv::QuoteStyle::Necessary).from_writer(out);
    w.write_record(std::iter::once("dataset").chain(CSV_HEADER))?;
    for (name, d) in datasets {
        rows(d, Some(name), &mut w)?;
    }
    w.flush()?;
    Ok(())
}

/// Several normalized datasets as one JSON array.
pub fn write_json_many(datasets: &[&Dataset], mut out: impl Write) -> std::io::Result<()> {
    let mut values = Vec::with_capacity(datasets.len());
    for d in datasets {
        let mut value = serde_json::to_value(d)?;
        value["format_version"] = crate::data::model::FORMAT_VERSION.into();
        values.push(value);
    }
    serde_json::to_writer_pretty(&mut out, &values)?;
    out.write_all(b"\n")
}

fn rows<W: Write>(d: &Dataset, dataset: Option<&str>, w: &mut csv::Writer<W>) -> csv::Result<()> {
    for ind in &d.indicators {
        let as_of = ind.as_of.as_ref().map(|p| words::period(p, Lang::En)).unwrap_or_default();
        let value = words::plain(ind.value);
        let value_max = ind.more().value_max.map(words::plain).unwrap_or_default();
        let derived = if ind.more().formula.is_some() { "derived" } else { "" };
        let formula = words::formula(d, ind, Lang::En).unwrap_or_default();
        let first = dataset.map(safe_cell);
        w.write_record(first.iter().map(AsRef::as_ref).chain([
            safe_cell(&ind.id).as_ref(),
            safe_cell(&ind.section).as_ref(),
            safe_cell(ind.label.zh()).as_ref(),
            safe_cell(ind.label.en()).as_ref(),
            value.as_str(),
            ind.unit.code(),
            ind.qualifier.code(),
            safe_cell(&as_of).as_ref(),
            safe_cell(ind.note.en()).as_ref(),
            value_max.as_str(),
            derived,
            safe_cell(&formula).as_ref(),
        ]))?;
    }
    Ok(())
}

/// Writes the normalized dataset as JSON with each element of its lists (figures, sections,
/// units…) on one line: what a draft of thousands of figures is written as, a figure a line,
/// small enough to read and to diff.
pub fn write_json_lines(d: &Dataset, mut out: impl Write) -> std::io::Result<()> {
    use serde::Serialize;
    use serde_json::to_string as one_line;
    fn list<T: Serialize>(out: &mut impl Write, key: &str, items: &[T]) -> std::io::Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        write!(out, ",\n  \"{key}\": [\n")?;
        for (j, item) in items.iter().enumerate() {
            let sep = if j + 1 < items.len() { ",\n" } else { "\n" };
            write!(out, "  {}{sep}", one_line(item)?)?;
        }
        out.write_all(b"  ]")
    }
    let meta = serde_json::to_string_pretty(&d.meta)?.replace('\n', "\n  ");
    write!(
        out,
        "{{\n  \"format_version\": {},\n  \"meta\": {meta}",
        crate::data::model::FORMAT_VERSION
    )?;
    list(&mut out, "dimensions", &d.dimensions)?;
    list(&mut out, "units", &d.units)?;
    list(&mut out, "sections", &d.sections)?;
    let given: Vec<&crate::data::Indicator> =
        d.indicators.iter().filter(|i| i.more().formula.is_none()).collect();
    list(&mut out, "indicators", &given)?;
    list(&mut out, "derived", &d.derived)?;
    if !d.series_links.is_empty() {
        write!(out, ",\n  \"series_links\": {}", one_line(&d.series_links)?)?;
    }
    out.write_all(b"\n}\n")
}

/// Writes the normalized dataset as pretty JSON (non-ASCII kept as UTF-8).
pub fn write_json(d: &Dataset, mut out: impl Write) -> std::io::Result<()> {
    // Written in the current format version, whatever version was read.
    let mut value = serde_json::to_value(d)?;
    value["format_version"] = crate::data::model::FORMAT_VERSION.into();
    serde_json::to_writer_pretty(&mut out, &value)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(safe_cell(bad).starts_with('\''), "{bad:?}");
        }
        for ok in ["plain", "平潭", "1+1", "a=b"] {
            assert_eq!(safe_cell(ok), ok);
        }
    }
}
