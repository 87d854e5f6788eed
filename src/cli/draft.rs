//! `relief-dash draft REPORT [-o FILE] [--review]`: reads a report (or a saved web page's
//! article), writes its draft.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use relief_dash::draft::{build, decode, page, review, scan, when};
use relief_dash::safe::escape;

use super::outcome::{Failure, finish};

/// Drafts a dataset from a report's text (UTF-8, GB18030 or UTF-16; `-` for standard
/// input) or a saved web page (its article; menus, lists, comments and footer dropped):
/// every figure with its unit, qualifier, date, section and sentence; what the text cannot
/// give is left as TODO, which `check` lists as "to do".
#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The report's text, or a saved web page (.html).
    report: PathBuf,
    /// Where to write the draft (default: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Print a table of the figures found instead of the dataset: a row per figure and
    /// the report's words around it (fitted to a terminal; nothing cut when piped).
    #[arg(long)]
    review: bool,
}

/// Drafts a dataset from the report at `input` (`-`: standard input).
pub fn run(args: &DraftArgs) -> ExitCode {
    let (input, output, show_review) = (args.report.as_path(), args.output.as_deref(), args.review);
    let name = escape(&input.display().to_string()).into_owned();
    let fail = |message: String| finish(Err(Failure::Other(message)));
    let mut bytes = Vec::new();
    let limit = decode::MAX_REPORT_BYTES as u64 + 1;
    let read = if input == Path::new("-") {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        match std::fs::metadata(input) {
            Ok(m) if !m.is_file() => return fail(format!("{name}: not a regular file")),
            Ok(m) if m.len() >= limit => {
                return fail(format!("{name}: {}", decode::NotText::TooLarge(m.len() as usize)));
            }
            Err(e) => return fail(format!("{name}: {}", io_words(e))),
            Ok(_) => std::fs::File::open(input).and_then(|f| f.take(limit).read_to_end(&mut bytes)),
        }
    };
    if let Err(e) = read {
        return fail(format!("{name}: {}", io_words(e)));
    }
    let mut decoded = match decode::decode(&bytes) {
        Ok(d) => d,
        Err(e) => return fail(format!("{name}: {e}")),
    };
    if decoded.html {
        let article = match page::article(&decoded.text) {
            Ok(a) => a,
            Err(e) => return fail(format!("{name}: {e}")),
        };
        let n = |v: usize| relief_dash::words::number(v as f64);
        eprintln!(
            "{name}: HTML page: article {} characters kept of {} (menus, lists, comments and \
             footer dropped: {})",
            n(article.kept),
            n(article.page),
            n(article.dropped())
        );
        decoded.text = article.text;
    }
    let report = when::first_date(&decoded.text);
    let found = scan::scan(&decoded.text, report);
    if found.is_empty() {
        return fail(format!(
            "{name}: read as {}, but no figure found (a numeral followed by a unit: 46名, 720万元, 7%)",
            decoded.encoding
        ));
    }
    let dataset = build::dataset(&found, &decoded.text, report);
    let to_do = relief_dash::data::todo::to_do(&dataset).len();
    eprintln!(
        "{name}: read as {}; {} figures found, {to_do} fields to do",
        decoded.encoding,
        found.len()
    );
    let written = if show_review {
        // Fitted to a terminal; piped to a file or a pager, nothing is cut.
        let stdout = std::io::stdout();
        let width = stdout
            .is_terminal()
            .then(|| ratatui::crossterm::terminal::size().map_or(120, |(w, _)| w as usize));
        stdout.lock().write_all(review::table(&dataset, &decoded.text, width).as_bytes())
    } else {
        match output {
            Some(path) => std::fs::File::create(path).and_then(|f| {
                relief_dash::export::write_json_lines(&dataset, std::io::BufWriter::new(f))
            }),
            None => relief_dash::export::write_json_lines(&dataset, std::io::stdout().lock()),
        }
    };
    match written {
        Err(e) if !super::outcome::is_broken_pipe(&e) => fail(format!("writing the draft: {e}")),
        _ => ExitCode::SUCCESS,
    }
}

/// A failed read in the words `check` uses for a dataset: `no such file`, `cannot read: …`.
fn io_words(e: std::io::Error) -> String {
    use relief_dash::data::ErrorKind;
    match e.kind() {
        std::io::ErrorKind::NotFound => ErrorKind::NotFound.to_string(),
        _ => ErrorKind::io(e).to_string(),
    }
}
