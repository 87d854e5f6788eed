//! The house rules, read from the code's own `use` lines and paths: no file of `src/` imports,
//! directly or through others, a file that imports it back; each layer imports only the
//! layers below it; no file is over 450 lines.
//!
//! A reference is any `use` path or inline path starting with `crate::`, `super::`, `self::`
//! (or `relief_dash::` in the binary's files); it points at the file of the longest module
//! prefix it names (`crate::data::model::Dataset` → `src/data/model/mod.rs`). Inline
//! `#[cfg(test)] mod tests { … }` blocks are left out; test files of their own are read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Longest file allowed in `src/`.
const MAX_LINES: usize = 450;

/// What each top-level module may import (besides itself). `bin` is the binary: `main.rs`
/// and the `cli/` folder.
const LAYERS: &[(&str, &[&str])] = &[
    ("lang", &[]),
    ("safe", &[]),
    ("data", &["lang", "safe"]),
    ("words", &["data", "lang", "safe"]),
    ("app", &["data", "lang", "safe"]),
    ("export", &["data", "words", "lang", "safe"]),
    ("draft", &["data", "words", "lang", "safe"]),
    ("import", &["data", "export", "words", "lang", "safe"]),
    ("config", &["app", "data", "lang", "safe"]),
    ("ui", &["app", "data", "words", "lang", "safe"]),
    ("edge", &["app", "ui", "data", "lang", "safe"]),
    ("lib", &["*"]),
    ("bin", &["*"]),
];

/// A source file and the module path it holds (`["crate", "data", "model"]`).
#[derive(Debug)]
struct File {
    path: PathBuf,
    module: Vec<String>,
    text: String,
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src/ is readable") {
        let p = e.expect("an entry").path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module a file holds: the library's under `crate`, the binary's under `bin`.
fn module_of(path: &Path) -> Vec<String> {
    let rel = path.strip_prefix("src").expect("under src");
    let mut parts: Vec<String> =
        rel.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string()).collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    let root = if parts == ["main"] || parts.first().is_some_and(|p| p == "cli") {
        "bin"
    } else {
        "crate"
    };
    if parts == ["lib"] || parts == ["main"] {
        parts.clear();
    }
    std::iter::once(root.to_string()).chain(parts).collect()
}

/// The file's text without comments and inline test modules.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests {") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(at) if !l[..at].contains('"') => &l[..at],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Expands a `use` tree (`a::{b, c::{d, e}}`) into its paths.
fn expand(tree: &str) -> Vec<String> {
    let alias = regex::Regex::new(r"\s+as\s+[A-Za-z_][A-Za-z0-9_]*").expect("a regex");
    let tree: String = alias.replace_all(tree, "").split_whitespace().collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            if p == "self" {
                vec![prefix.trim_end_matches("::").to_string()]
            } else {
                expand(&format!("{prefix}{p}"))
            }
        })
        .collect()
}

/// Every path the code names that starts at a crate or module root, or at one of the
/// file's own child modules (`children`), written as `self::child::…`.
fn references(code: &str, children: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let tail = &rest[at + 4..];
        if before.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
            let end = tail.find(';').unwrap_or(tail.len());
            out.extend(expand(&tail[..end]));
        }
        rest = tail;
    }
    let path = regex::Regex::new(r"\b(crate|super|self|relief_dash)(::[A-Za-z_][A-Za-z0-9_]*)+")
        .expect("a regex");
    out.extend(path.find_iter(code).map(|m| m.as_str().to_string()));
    let child = regex::Regex::new(r"(^|[^:A-Za-z0-9_])([a-z_][a-z0-9_]*)::").expect("a regex");
    for c in child.captures_iter(code) {
        if children.iter().any(|name| *name == c[2]) {
            out.push(format!("self::{}", &c[2]));
        }
    }
    out.into_iter()
        .map(|p| match p.split("::").next() {
            Some(first) if children.iter().any(|c| c == first) => format!("self::{p}"),
            _ => p,
        })
        .collect()
}

/// The modules a file declares (`mod name;`).
fn children(code: &str) -> Vec<String> {
    let decl = regex::Regex::new(r"(?m)^\s*(pub(\([a-z ]+\))? )?mod ([a-z_][a-z0-9_]*);")
        .expect("a regex");
    decl.captures_iter(code).map(|c| c[3].to_string()).collect()
}

/// The module a path names, from a file holding `module`.
fn resolve(module: &[String], path: &str) -> Vec<String> {
    let mut parts: Vec<&str> = path.split("::").collect();
    let mut at: Vec<String> = match parts.first().copied() {
        Some("crate") => {
            parts.remove(0);
            vec![module[0].clone()]
        }
        Some("relief_dash") => {
            parts.remove(0);
            vec!["crate".to_string()]
        }
        Some("self") => {
            parts.remove(0);
            module.to_vec()
        }
        Some("super") => {
            let mut m = module.to_vec();
            while parts.first() == Some(&"super") {
                parts.remove(0);
                m.pop();
            }
            m
        }
        _ => return Vec::new(),
    };
    at.extend(parts.into_iter().map(String::from));
    at
}

fn load() -> Vec<File> {
    let mut paths = Vec::new();
    files(Path::new("src"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a source file");
            File { module: module_of(&path), path, text }
        })
        .collect()
}

/// For each file, the files it refers to.
fn graph(files: &[File]) -> BTreeMap<usize, BTreeSet<usize>> {
    let by_module: BTreeMap<&[String], usize> =
        files.iter().enumerate().map(|(i, f)| (f.module.as_slice(), i)).collect();
    let mut edges: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (i, f) in files.iter().enumerate() {
        let out = edges.entry(i).or_default();
        let code = code(&f.text);
        for r in references(&code, &children(&code)) {
            let target = resolve(&f.module, &r);
            let hit = (1..=target.len()).rev().find_map(|n| by_module.get(&target[..n]));
            if let Some(&j) = hit
                && j != i
            {
                out.insert(j);
            }
        }
    }
    edges
}

/// The strongly connected components of more than one file (Tarjan's algorithm).
fn loops(edges: &BTreeMap<usize, BTreeSet<usize>>, n: usize) -> Vec<Vec<usize>> {
    struct T<'a> {
        edges: &'a BTreeMap<usize, BTreeSet<usize>>,
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on: Vec<bool>,
        stack: Vec<usize>,
        next: usize,
        out: Vec<Vec<usize>>,
    }
    fn visit(t: &mut T, v: usize) {
        t.index[v] = Some(t.next);
        t.low[v] = t.next;
        t.next += 1;
        t.stack.push(v);
        t.on[v] = true;
        for &w in t.edges.get(&v).into_iter().flatten() {
            match t.index[w] {
                None => {
                    visit(t, w);
                    t.low[v] = t.low[v].min(t.low[w]);
                }
                Some(iw) if t.on[w] => t.low[v] = t.low[v].min(iw),
                Some(_) => {}
            }
        }
        if Some(t.low[v]) == t.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on[w] = false;
                scc.push(w);
                if w == v {
                    break;
                }
            }
            if scc.len() > 1 {
                t.out.push(scc);
            }
        }
    }
    let mut t = T {
        edges,
        index: vec![None; n],
        low: vec![0; n],
        on: vec![false; n],
        stack: Vec::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in 0..n {
        if t.index[v].is_none() {
            visit(&mut t, v);
        }
    }
    t.out
}

/// The layer a module belongs to: its top-level module, `lib` for the crate root, `bin`.
fn layer(module: &[String]) -> String {
    match (module[0].as_str(), module.get(1)) {
        ("bin", _) => "bin".into(),
        (_, Some(top)) => top.clone(),
        (_, None) => "lib".into(),
    }
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let files = load();
    let edges = graph(&files);
    let found: Vec<String> = loops(&edges, files.len())
        .into_iter()
        .map(|scc| {
            let names: Vec<String> =
                scc.iter().map(|&i| files[i].path.display().to_string()).collect();
            names.join(" ↔ ")
        })
        .collect();
    assert!(found.is_empty(), "import loops:\n{}", found.join("\n"));
}

#[test]
fn each_layer_imports_only_the_layers_below_it() {
    let files = load();
    let edges = graph(&files);
    let allowed: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut wrong = Vec::new();
    for (&i, targets) in &edges {
        let from = layer(&files[i].module);
        let Some(may) = allowed.get(from.as_str()) else {
            wrong.push(format!("{}: layer {from} is not in LAYERS", files[i].path.display()));
            continue;
        };
        for &j in targets {
            let to = layer(&files[j].module);
            if to != from && !may.contains(&"*") && !may.contains(&to.as_str()) {
                wrong.push(format!(
                    "{} ({from}) imports {} ({to})",
                    files[i].path.display(),
                    files[j].path.display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn no_source_file_is_over_450_lines() {
    let long: Vec<String> = load()
        .iter()
        .filter(|f| f.text.lines().count() > MAX_LINES)
        .map(|f| format!("{}: {} lines", f.path.display(), f.text.lines().count()))
        .collect();
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

#[test]
fn the_reader_of_use_lines_reads_them() {
    assert_eq!(expand("super::{a, b::{c, d}}"), ["super::a", "super::b::c", "super::b::d"]);
    assert_eq!(expand("crate::data::{self, Dataset}"), ["crate::data", "crate::data::Dataset"]);
    let m: Vec<String> = ["crate", "data", "check"].iter().map(|s| s.to_string()).collect();
    assert_eq!(resolve(&m, "super::model::Dataset"), ["crate", "data", "model", "Dataset"]);
    assert_eq!(module_of(Path::new("src/data/model/mod.rs")), ["crate", "data", "model"]);
    assert_eq!(module_of(Path::new("src/cli/render.rs")), ["bin", "cli", "render"]);
}
