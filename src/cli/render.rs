//! `relief-dash render`: one frame of the dashboard as plain text, with the tab, selection
//! and popup applied through `dispatch`, as keys would.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use relief_dash::app::{Action, App, Mode, Tab, dispatch};
use relief_dash::ui;

use super::open::{Opened, open};
use super::outcome::{Failure, finish, write_out};
use super::view::ViewArgs;

/// Largest `render --size`, columns and rows: a frame of this size takes about 100 MB.
pub const MAX_RENDER_SIZE: (u16, u16) = (1000, 1000);

/// Prints one frame of the dashboard as plain text.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Dataset files or folders of them (`-` for standard input; none: the shipped
    /// datasets, embedded).
    paths: Vec<PathBuf>,
    /// Terminal size, columns x rows (at most 1000x1000).
    #[arg(long, default_value = "80x24", value_parser = parse_size)]
    size: (u16, u16),
    /// `overview`, a section id, `compare` or `table` (with several datasets), or a tab's
    /// number as the tab bar shows it (1 is the overview).
    #[arg(long, default_value = "overview")]
    tab: String,
    /// On the compare tab, the series to show; on the table tab, the columns to show, in
    /// order (repeat it): a key, and `:DIMENSION` where one key is given in two dimensions
    /// (`people_lifted:households`).
    #[arg(long, value_name = "KEY[:DIMENSION]")]
    series: Vec<String>,
    /// On the table tab: sort by a series key, `region` or `date` (largest first for a
    /// series, A to Z or oldest first otherwise).
    #[arg(long, value_name = "KEY|region|date")]
    sort: Option<String>,
    /// On the table tab: the other way round.
    #[arg(long)]
    desc: bool,
    /// On the table tab: children under their parents.
    #[arg(long)]
    tree: bool,
    /// On the table tab: the figures of this date (as the table writes it), not each
    /// region's latest.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Select the N-th figure of the view (1 is the first).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    select: Option<u32>,
    /// Open a popup.
    #[arg(long, value_enum)]
    popup: Option<Popup>,
}

/// A popup `render` can open.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum Popup {
    Detail,
    Help,
    /// The list of open reports (with several).
    Reports,
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s.split_once(['x', 'X']).ok_or("expected WIDTHxHEIGHT, e.g. 80x24")?;
    let n = |v: &str| v.trim().parse::<u16>().map_err(|e| format!("{v:?}: {e}"));
    let (w, h) = (n(w)?, n(h)?);
    let (mw, mh) = MAX_RENDER_SIZE;
    if w > mw || h > mh {
        return Err(format!("{w}x{h} is larger than the largest frame, {mw}x{mh}"));
    }
    Ok((w, h))
}

/// Draws the frame and prints it; a file that could not be read fails the command, after
/// the others are shown.
pub fn run(args: &RenderArgs, view: &ViewArgs) -> ExitCode {
    let Some(opened) = open(&args.paths) else { return ExitCode::FAILURE };
    let failed = opened.failed;
    let app = match headless(opened, args, view) {
        Ok(app) => app,
        Err(code) => return code,
    };
    let text = ui::render_text(&app);
    // The process ends here: freeing every figure one by one would only delay the exit
    // (about 70 ms at 100,000 figures; docs/PERFORMANCE.md).
    std::mem::forget(app);
    let code = finish(write_out(text.as_bytes()));
    if failed { ExitCode::FAILURE } else { code }
}

/// Applies an action as a key would, then hands the state the frame drawn for it.
fn act(app: &mut App, action: Action) {
    dispatch(app, action);
    ui::draw_and_hand_over(app);
}

/// Builds the state `render` draws. A tab or figure that does not exist is a usage error.
fn headless(opened: Opened, args: &RenderArgs, view: &ViewArgs) -> Result<App, ExitCode> {
    let config = view.config()?;
    let usage = |m: String| finish(Err(Failure::Usage(m)));
    let mut app = App::new(opened.data, view.lang(&config), args.size)
        .with_theme(view.theme(&config))
        .with_log_scale(config.log_scale.unwrap_or(false))
        .with_keymap(config.keymap.clone())
        .with_library(opened.reports, opened.current);
    // The dashboard's own tab numbers: `--tab 2` is the second tab of the tab bar.
    let numbered = args.tab.parse::<usize>().ok();
    let named;
    let tab = match numbered {
        Some(n) if n >= 1 && n <= app.tab_count() => {
            named = match app.tab_at(n - 1) {
                Tab::Overview => "overview".to_string(),
                Tab::Compare => "compare".to_string(),
                Tab::Table => "table".to_string(),
                Tab::Section(s) => app.data().sections[s].id.clone(),
            };
            named.as_str()
        }
        Some(n) => {
            return Err(usage(format!(
                "--tab {n}: the tabs are numbered 1 to {}",
                app.tab_count()
            )));
        }
        None => args.tab.as_str(),
    };
    let table_only = args.sort.is_some() || args.desc || args.tree || args.date.is_some();
    if tab == "table" {
        if !app.has_compare() {
            return Err(usage("--tab table needs two or more datasets".into()));
        }
        act(&mut app, Action::GoTab(Tab::Table));
        super::table::arrange(&mut app, args.into())?;
        act(&mut app, Action::Home);
    } else if table_only {
        return Err(usage("--sort, --desc, --tree and --date are for --tab table".into()));
    }
    if tab == "compare" {
        if !app.has_compare() {
            return Err(usage("--tab compare needs two or more datasets".into()));
        }
        act(&mut app, Action::GoTab(Tab::Compare));
        if args.series.len() > 1 {
            return Err(usage("--tab compare shows one --series".into()));
        }
    } else if !args.series.is_empty() && tab != "table" {
        return Err(usage("--series is for --tab compare or --tab table".into()));
    }
    if let Some(wanted) = args.series.first().filter(|_| tab == "compare") {
        let (key, dim) = match wanted.split_once(':') {
            Some((k, d)) => (k, Some(d)),
            None => (wanted.as_str(), None),
        };
        let fits = |s: &relief_dash::app::series::Series| {
            s.key == key && dim.is_none_or(|d| s.axis.code() == d)
        };
        let Some(pos) = app.visible().iter().position(|&s| fits(&app.series()[s])) else {
            let keys: Vec<String> =
                app.series().iter().map(|s| format!("{}:{}", s.key, s.axis.code())).collect();
            return Err(usage(format!("no series {wanted:?}; one of: {}", keys.join(", "))));
        };
        act(&mut app, Action::Select(pos));
    }
    if !matches!(tab, "overview" | "compare" | "table") {
        let Some((t, m)) = app.tab_of(tab) else {
            let ids: Vec<String> = app.data().all_sections().map(|(s, _)| s.id.clone()).collect();
            return Err(usage(format!(
                "no tab {tab:?}; use overview, compare, table or one of: {}",
                ids.join(", ")
            )));
        };
        act(&mut app, Action::GoTab(t));
        act(&mut app, Action::GoMember(m));
    }
    if let Some(n) = args.select {
        let n = n as usize - 1;
        if n >= app.visible().len() {
            return Err(usage(format!(
                "--select {}: this view has {} figures",
                n + 1,
                app.visible().len()
            )));
        }
        act(&mut app, Action::Select(n));
    }
    match args.popup {
        Some(Popup::Detail) => {
            act(&mut app, Action::OpenDetail);
            if app.mode() != Mode::Detail {
                return Err(usage("--popup detail: this view has no figure to show".into()));
            }
        }
        Some(Popup::Help) => act(&mut app, Action::ToggleHelp),
        Some(Popup::Reports) => {
            act(&mut app, Action::OpenPicker);
            if app.mode() != Mode::Picker {
                return Err(usage("--popup reports needs two or more datasets".into()));
            }
        }
        None => {}
    }
    Ok(app)
}

impl<'a> From<&'a RenderArgs> for super::table::Wanted<'a> {
    fn from(a: &'a RenderArgs) -> Self {
        super::table::Wanted {
            series: &a.series,
            sort: a.sort.as_deref(),
            desc: a.desc,
            tree: a.tree,
            date: a.date.as_deref(),
        }
    }
}
