//! The manual page: clap's sections (name, synopsis, description, options), then what clap
//! cannot know: each command with its own options, the keys, the configuration file, the
//! environment and the exit status. The keys come from the key table, so the page never
//! disagrees with the dashboard.

use relief_dash::Lang;
use relief_dash::app::{Keymap, Mode};

/// The page in roff.
pub fn page(cmd: clap::Command) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    let mut s = String::from(".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
        s.push_str(&format!(".SS \"relief\\-dash {}\"\n", esc(sub.get_name())));
        if let Some(about) = sub.get_about() {
            s.push_str(&format!("{}\n", esc(&about.to_string())));
        }
        for arg in sub.get_arguments().filter(|a| !a.is_hide_set()) {
            let name = match (arg.get_short(), arg.get_long()) {
                (_, _) if arg.is_positional() => format!("\\fI{}\\fR", esc(arg.get_id().as_str())),
                (Some(c), Some(l)) => format!("\\fB\\-{c}\\fR, \\fB\\-\\-{}\\fR", esc(l)),
                (None, Some(l)) => format!("\\fB\\-\\-{}\\fR", esc(l)),
                (Some(c), None) => format!("\\fB\\-{c}\\fR"),
                (None, None) => continue,
            };
            let help = arg.get_help().map(|h| esc(&h.to_string())).unwrap_or_default();
            s.push_str(&format!(".TP\n{name}\n{help}\n"));
        }
    }
    s.push_str(".SH KEYS\nIn the dashboard (the configuration file can change them; `?` shows them too):\n");
    for b in Keymap::shipped().bindings() {
        let mut what = relief_dash::words::keys::help(b.name, Lang::En).to_string();
        if !b.modes.contains(&Mode::Normal) {
            what.push_str(" (in a popup or while typing)");
        }
        s.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", esc(&b.key_names()), esc(&what)));
    }
    s.push_str(&format!(
        ".SH CONFIGURATION\nRead from {} (or the file given with \\fB\\-\\-config\\fR); a missing \
         default file means the defaults. It sets the language, the theme, the mouse, the \
         chart scale and the keys. \\fBrelief\\-dash config\\fR says where it is looked for; \
         \\fBrelief\\-dash config \\-\\-print\\fR writes every setting with its default.\n",
        esc(&relief_dash::config::default_path().map_or_else(
            || "the user's configuration folder".to_string(),
            |p| p.display().to_string(),
        )),
    ));
    s.push_str(
        ".SH ENVIRONMENT\n.TP\n\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR\nThe \
         interface language when \\fB\\-\\-lang\\fR and the configuration file do not set it \
         (the first one set is used; zh_* is Chinese, anything else English).\n.TP\n\
         \\fBNO_COLOR\\fR\nWhen set and not empty: no colours (the mono theme).\n.TP\n\
         \\fBXDG_CONFIG_HOME\\fR\nWhere the configuration folder is.\n",
    );
    s.push_str(
        ".SH EXIT STATUS\n.TP\n0\nSuccess (for \\fBcheck\\fR: every dataset is sound; a broken \
         rule is only a warning unless \\fB\\-\\-strict\\fR).\n.TP\n1\nA dataset or table has \
         problems, or reading or writing failed (each problem is printed with its file, line, \
         column and field).\n.TP\n2\nThe command line asks for something that cannot be done \
         (an unknown option, a tab that does not exist, no terminal for the dashboard).\n.TP\n\
         128+N\nThe dashboard ended on signal N (the terminal is restored first).\n",
    );
    out.extend_from_slice(s.as_bytes());
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Text made safe for roff: backslashes and hyphens escaped, no line starting with a dot.
fn esc(s: &str) -> String {
    let t = s.replace('\\', "\\\\").replace('-', "\\-");
    t.lines()
        .map(|l| if l.starts_with(['.', '\'']) { format!("\\&{l}") } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
}
