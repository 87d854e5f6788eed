//! `relief-dash check`: each dataset's summary or problems; exit 1 if any fails.

use std::borrow::Cow;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use relief_dash::data::load::MAX_BYTES;
use relief_dash::data::paths::Entry;
use relief_dash::data::rules;
use relief_dash::data::shipped::SHIPPED;
use relief_dash::data::{self, Dataset, ErrorKind, LoadError, Source, todo};
use relief_dash::{safe, words};

use super::open::file_sources;
use super::outcome::{Failure, finish, report};
use super::progress::Meter;

/// Checks datasets and prints every problem found (exit 1 if any dataset fails).
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Dataset files or folders of them (`-` for standard input; none for the embedded
    /// dataset).
    paths: Vec<PathBuf>,
    /// For a draft, count its fields still to do by kind instead of listing each.
    #[arg(long)]
    summary: bool,
    /// Exit 1 when a rule between figures does not hold (a warning otherwise).
    #[arg(long)]
    strict: bool,
}

/// What a figure's `draft` field asks of the person completing the draft.
const DRAFT_TO_DO: &str = "check against the report, then remove";

/// Checks every dataset; with several, each summary line starts with the file's name.
/// A file from this size on is read with a progress bar (when standard error is a terminal).
const BIG: u64 = 8 << 20;

pub fn run(args: &CheckArgs) -> ExitCode {
    let sources = file_sources(&args.paths);
    let several = sources.len() > 1;
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    let mut entries = Vec::new();
    // Standard input as read, for the places of a draft's fields to do.
    let mut stdin = Vec::new();
    for source in sources {
        let meter = Meter::start(&source.name(), Source::bytes(std::slice::from_ref(&source)), BIG);
        let loaded = load(&source, &mut stdin);
        drop(meter);
        let entry = Entry { loaded, source };
        match &entry.loaded {
            Ok(d) => {
                let name = safe::escape(&entry.name()).into_owned();
                let text = match &entry.source {
                    Source::Stdin => Some(stdin.as_slice()),
                    _ => None,
                };
                let lines = summary(d, (&name, several), &entry.source, text, args.summary);
                if let Err(e) = out.write_all(lines.as_bytes()) {
                    return finish(Err(Failure::Io(e)));
                }
            }
            Err(e) => {
                failed = true;
                report(e);
            }
        }
        entries.push(entry);
    }
    let broken = rules_broken(&entries, several);
    if let Err(e) = out.write_all(broken.1.as_bytes()) {
        return finish(Err(Failure::Io(e)));
    }
    failed |= args.strict && broken.0 > 0;
    // The process ends, so the datasets are not freed figure by figure (about 70 ms at
    // 100,000 figures; docs/PERFORMANCE.md).
    std::mem::forget(entries);
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}

/// Every rule that does not hold: each dataset's own, then each parent region's figures
/// against the sum of its children's (datasets open together); how many, and their lines
/// (`rule broken: FILE: id: left value op right value`).
fn rules_broken(entries: &[Entry], several: bool) -> (usize, String) {
    let lang = relief_dash::lang::Lang::En;
    let data: Vec<Option<&Dataset>> = entries.iter().map(|e| e.loaded.as_ref().ok()).collect();
    let name = |n: usize| safe::escape(&entries[n].name()).into_owned();
    let mut lines = Vec::new();
    for (n, d) in data.iter().enumerate() {
        let Some(d) = d else { continue };
        for b in rules::broken(d) {
            lines.push(format!(
                "rule broken: {}: {}",
                name(n),
                safe::escape(&words::rules::broken(&b, lang))
            ));
        }
    }
    if several {
        let regions: Vec<_> = data.iter().map(|d| d.map(|d| &d.meta.region)).collect();
        for (n, kids) in rules::children(&regions).iter().enumerate() {
            let Some(parent) = data[n] else { continue };
            let kids: Vec<&Dataset> = kids.iter().filter_map(|&k| data[k]).collect();
            for b in rules::broken_sums(parent, &kids) {
                let line = words::rules::broken(&b, lang);
                lines.push(format!(
                    "rule broken: {}: {} (the sum of its children's, {})",
                    name(n),
                    safe::escape(&line),
                    b.figures.join(", ")
                ));
            }
        }
    }
    let count = lines.len();
    let mut out = String::new();
    for l in lines {
        out.push_str(&l);
        out.push('\n');
    }
    if count > 0 {
        out.push_str(&format!("{count} rule{} broken\n", if count == 1 { "" } else { "s" }));
    }
    (count, out)
}

/// Reads a dataset; standard input's bytes are kept in `stdin`.
fn load(source: &Source, stdin: &mut Vec<u8>) -> Result<Dataset, LoadError> {
    if *source != Source::Stdin {
        return source.load();
    }
    stdin.clear();
    std::io::stdin()
        .lock()
        .take(MAX_BYTES + 1)
        .read_to_end(stdin)
        .map_err(|e| LoadError { file: source.name(), kind: ErrorKind::io(e) })?;
    data::parse(&source.name(), stdin)
}

/// A dataset's lines: `ok` with its counts, then for a draft each field to do at its line
/// and column (`FILE:LINE:COL: f001 label.en: to do`), or with `--summary` their count by
/// kind, and their total. `file` is the dataset's name, escaped, and whether it starts
/// every line (when several are checked).
fn summary(
    d: &Dataset,
    (file, several): (&str, bool),
    source: &Source,
    stdin: Option<&[u8]>,
    by_kind: bool,
) -> String {
    let sections = d.all_sections().count();
    let derived = d.indicators.iter().filter(|i| i.more().formula.is_some()).count();
    let given = d.indicators.len() - derived;
    let also = if derived > 0 { format!(" and {derived} derived") } else { String::new() };
    let name = if several { format!("{file}: ") } else { String::new() };
    let mut out = format!("{name}ok: {given} indicators{also} in {sections} sections\n");
    // A draft's fields still to complete: listed (or counted), and not an error.
    let list = todo::to_do(d);
    if list.is_empty() {
        return out;
    }
    if by_kind {
        for (kind, n) in todo::summary(&list) {
            let kind = if kind == "draft" { format!("draft ({DRAFT_TO_DO})") } else { kind };
            out.push_str(&format!("{name}to do: {kind}: {n}\n"));
        }
    } else {
        let text = text_of(source, stdin);
        let mut placed = match &text {
            Some(text) => todo::placed(d, text),
            None => list.iter().cloned().map(|t| (t, None)).collect(),
        };
        // In the file's order: each figure's fields together, as an editor goes through it.
        placed.sort_by_key(|(_, at)| at.unwrap_or((usize::MAX, 0)));
        for (t, at) in &placed {
            let at = at.map_or(String::new(), |(l, c)| format!(":{l}:{c}"));
            let what = match &t.figure {
                Some(id) => format!("{} {}", safe::escape(id), t.kind),
                None => t.path.clone(),
            };
            let message =
                if t.is_draft() { format!("to do ({DRAFT_TO_DO})") } else { "to do".into() };
            out.push_str(&format!("{file}{at}: {what}: {message}\n"));
        }
    }
    out.push_str(&format!("{name}to do: {} fields still to complete\n", list.len()));
    out
}

/// The dataset's JSON, for the places of its fields to do: the embedded copy's, standard
/// input's as read, or its file's, read again (only a draft's).
fn text_of<'a>(source: &Source, stdin: Option<&'a [u8]>) -> Option<Cow<'a, str>> {
    let bytes: Cow<'a, [u8]> = match source {
        Source::Embedded(i) => Cow::Borrowed(SHIPPED.get(*i)?.1.as_bytes()),
        Source::Stdin => Cow::Borrowed(stdin?),
        Source::File(path) => {
            let mut bytes = Vec::new();
            std::fs::File::open(path).ok()?.take(MAX_BYTES).read_to_end(&mut bytes).ok()?;
            Cow::Owned(bytes)
        }
        Source::Folder(..) => return None,
    };
    let bom = usize::from(bytes.starts_with(b"\xEF\xBB\xBF")) * 3;
    match bytes {
        Cow::Borrowed(b) => std::str::from_utf8(&b[bom..]).ok().map(Cow::Borrowed),
        Cow::Owned(mut b) => {
            b.drain(..bom);
            String::from_utf8(b).ok().map(Cow::Owned)
        }
    }
}
