//! Layout rules that keep the architecture true (see ARCHITECTURE.md, "Invariants").
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_domain_never_touches_the_browser() {
    let forbidden = [
        "leptos",
        "web_sys",
        "gloo",
        "wasm_bindgen",
        "js_sys",
        "crate::ui",
        "crate::edge",
    ];
    let files = rust_files(&root().join("src/domain"));
    assert!(
        files.len() >= 5,
        "src/domain should hold the domain modules"
    );
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap();
            for word in forbidden {
                assert!(
                    !code.contains(word),
                    "{}:{}: the domain must not use `{word}`: {line}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn only_the_edge_calls_browser_apis() {
    for file in rust_files(&root().join("src/ui")) {
        let text = fs::read_to_string(&file).unwrap();
        for word in ["web_sys::window", "gloo_storage", "js_sys::Date"] {
            assert!(
                !text.contains(word),
                "{}: views ask src/edge instead of calling `{word}`",
                file.display()
            );
        }
    }
}

#[test]
fn every_module_says_what_it_is_for() {
    for file in rust_files(&root().join("src")) {
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} should start with a `//!` line saying what it is for",
            file.display()
        );
    }
}

#[test]
fn no_test_is_ignored() {
    for dir in ["src", "tests"] {
        for file in rust_files(&root().join(dir)) {
            let text = fs::read_to_string(&file).unwrap();
            assert!(
                !text.contains(concat!("#[", "ignore")),
                "{}: fix or remove the test instead of ignoring it",
                file.display()
            );
        }
    }
}

/// The module a file under `src/` is: `src/ui/mod.rs` is `ui`, `src/ui/parts/star.rs` is
/// `ui::parts::star`.
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix(root().join("src")).unwrap();
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without its comments (line comments and doc comments).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| line.split("//").next().unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path a use tree or an inline path starting at `at` names, as segments: `a::{b, c::d}`
/// gives `a::b` and `a::c::d`.
fn paths_at(code: &[u8], at: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    loop {
        while *at < code.len() && code[*at].is_ascii_whitespace() {
            *at += 1;
        }
        if *at >= code.len() {
            break;
        }
        if code[*at] == b'{' {
            *at += 1;
            loop {
                paths_at(code, at, path.clone(), out);
                while *at < code.len() && code[*at].is_ascii_whitespace() {
                    *at += 1;
                }
                match code.get(*at) {
                    Some(b',') => *at += 1,
                    Some(b'}') => {
                        *at += 1;
                        return;
                    }
                    _ => return,
                }
                while *at < code.len() && code[*at].is_ascii_whitespace() {
                    *at += 1;
                }
                if code.get(*at) == Some(&b'}') {
                    *at += 1;
                    return;
                }
            }
        }
        let start = *at;
        while *at < code.len() && (code[*at].is_ascii_alphanumeric() || code[*at] == b'_') {
            *at += 1;
        }
        if *at > start {
            path.push(String::from_utf8_lossy(&code[start..*at]).into_owned());
        } else if code[*at] == b'*' {
            *at += 1;
        }
        if code[*at..].starts_with(b"::") {
            *at += 2;
            continue;
        }
        break;
    }
    out.push(path);
}

/// Which modules of `src/ui` and `src/domain` each one imports (by `use` or by an inline
/// `crate::…` or `super::…` path). A path through a `pub use` re-export counts as an import of
/// the module that defines the item; the re-export itself is not an import.
fn import_graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use std::collections::{BTreeMap, BTreeSet};
    let mut files = rust_files(&root().join("src/ui"));
    files.extend(rust_files(&root().join("src/domain")));
    let modules: BTreeMap<String, String> = files
        .iter()
        .map(|f| (module_of(f), code_of(&fs::read_to_string(f).unwrap())))
        .collect();
    // `pub use child::Item;` in a module: `module::Item` is `module::child`'s.
    let mut reexports: BTreeMap<(String, String), String> = BTreeMap::new();
    for (module, code) in &modules {
        for statement in code.split(';') {
            let Some(tree) = statement.trim().strip_prefix("pub use ") else {
                continue;
            };
            let mut paths = Vec::new();
            paths_at(tree.as_bytes(), &mut 0, Vec::new(), &mut paths);
            for path in paths {
                let (Some(item), Some(child)) = (path.last(), path.first()) else {
                    continue;
                };
                let child = if child == "crate" || child == "self" {
                    path[1..path.len() - 1].join("::")
                } else {
                    format!("{module}::{}", path[..path.len() - 1].join("::"))
                };
                reexports.insert((module.clone(), item.clone()), child);
            }
        }
    }
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, code) in &modules {
        let parent = module.rsplit_once("::").map_or("", |(p, _)| p).to_owned();
        let own: String = code
            .split(';')
            .filter(|s| !s.trim_start().starts_with("pub use "))
            .collect::<Vec<_>>()
            .join(";");
        let bytes = own.as_bytes();
        let mut targets = BTreeSet::new();
        for start in ["crate::", "super::"] {
            for (at, _) in own.match_indices(start) {
                if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                    continue;
                }
                let mut paths = Vec::new();
                paths_at(bytes, &mut at.clone(), Vec::new(), &mut paths);
                for mut path in paths {
                    if path.first().is_some_and(|s| s == "super") {
                        path.remove(0);
                        path.splice(0..0, parent.split("::").map(str::to_owned));
                    } else {
                        path.remove(0);
                    }
                    // The longest prefix that is a module, then through a re-export.
                    let Some(n) = (1..=path.len())
                        .rev()
                        .find(|n| modules.contains_key(&path[..*n].join("::")))
                    else {
                        continue;
                    };
                    let mut target = path[..n].join("::");
                    if let Some(item) = path.get(n) {
                        if let Some(child) = reexports.get(&(target.clone(), item.clone())) {
                            target = child.clone();
                        }
                    }
                    if &target != module && !target.is_empty() {
                        targets.insert(target);
                    }
                }
            }
        }
        graph.insert(module.clone(), targets);
    }
    graph
}

/// The groups of modules that import each other, directly or through others (Tarjan's
/// strongly connected components with more than one module).
fn import_cycles(
    graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Vec<Vec<String>> {
    struct Walk<'g> {
        graph: &'g std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        index: std::collections::HashMap<&'g str, (usize, usize)>,
        stack: Vec<&'g str>,
        cycles: Vec<Vec<String>>,
    }
    fn visit<'g>(walk: &mut Walk<'g>, module: &'g str) {
        let n = walk.index.len();
        walk.index.insert(module, (n, n));
        walk.stack.push(module);
        for next in walk.graph.get(module).into_iter().flatten() {
            let next = next.as_str();
            if !walk.graph.contains_key(next) {
                continue;
            }
            if !walk.index.contains_key(next) {
                visit(walk, next);
                let low = walk.index[next].1.min(walk.index[module].1);
                walk.index.get_mut(module).unwrap().1 = low;
            } else if walk.stack.contains(&next) {
                let low = walk.index[next].0.min(walk.index[module].1);
                walk.index.get_mut(module).unwrap().1 = low;
            }
        }
        if walk.index[module].0 == walk.index[module].1 {
            let mut group = Vec::new();
            while let Some(top) = walk.stack.pop() {
                group.push(top.to_owned());
                if top == module {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                walk.cycles.push(group);
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: Default::default(),
        stack: Vec::new(),
        cycles: Vec::new(),
    };
    for module in graph.keys() {
        if !walk.index.contains_key(module.as_str()) {
            visit(&mut walk, module);
        }
    }
    walk.cycles
}

#[test]
fn no_two_modules_import_each_other() {
    let graph = import_graph();
    assert!(graph.len() >= 20, "the ui and domain modules are found");
    assert!(
        graph["ui::app"].contains("ui::routes") && graph["ui::routes"].contains("ui::pages::map"),
        "imports are read"
    );
    let cycles = import_cycles(&graph);
    let told: Vec<String> = cycles
        .iter()
        .map(|group| {
            let edges: Vec<String> = group
                .iter()
                .flat_map(|from| {
                    graph[from]
                        .iter()
                        .filter(|to| group.contains(to))
                        .map(move |to| format!("{from} → {to}"))
                })
                .collect();
            format!("  {}\n    {}", group.join(", "), edges.join("\n    "))
        })
        .collect();
    assert!(
        cycles.is_empty(),
        "these modules import each other, directly or through others; move what they share \
         into a module below them (the shell, then routes, pages, shared parts and data, then \
         the basics and string tables):\n{}",
        told.join("\n")
    );
}

#[test]
fn the_cycle_finder_finds_cycles() {
    let graph = |edges: &[(&str, &str)]| {
        let mut graph = std::collections::BTreeMap::<_, std::collections::BTreeSet<_>>::new();
        for (from, to) in edges {
            graph
                .entry(from.to_string())
                .or_default()
                .insert(to.to_string());
            graph.entry(to.to_string()).or_default();
        }
        graph
    };
    assert!(import_cycles(&graph(&[("a", "b"), ("b", "c")])).is_empty());
    assert_eq!(
        import_cycles(&graph(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])),
        vec![vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]]
    );
    let mut paths = Vec::new();
    paths_at(
        b"crate::ui::{agenda::Star, link}",
        &mut 0,
        Vec::new(),
        &mut paths,
    );
    assert_eq!(
        paths,
        vec![
            vec!["crate", "ui", "agenda", "Star"],
            vec!["crate", "ui", "link"]
        ]
    );
}

/// The lines of `text` that choose between the two languages by hand: `Lang::Fr =>` arms,
/// `(x, Lang::Fr) =>` tuple arms, `== Lang::Fr` guards, and the imports of `Lang`'s variants
/// that let an arm say `Fr =>`. Comments aside; a `Lang::Fr` passed as an argument
/// (`format_day(day, Lang::Fr)`) is no choice and passes.
fn hand_made_language_choices(text: &str) -> Vec<(usize, &str)> {
    let compared = [
        "== Lang::Fr",
        "== Lang::En",
        "!= Lang::Fr",
        "!= Lang::En",
        "Lang::*",
        "Lang::{",
    ];
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap();
            // What is matched: the part of an arm before its `=>`.
            let pattern = code.split_once("=>").map_or("", |(pattern, _)| pattern);
            compared.iter().any(|c| code.contains(c))
                || pattern.contains("Lang::Fr")
                || pattern.contains("Lang::En")
        })
        .map(|(n, line)| (n + 1, line))
        .collect()
}

#[test]
fn sentences_are_chosen_by_lang_pick_not_by_hand() {
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("publish/src")));
    files.extend(rust_files(&root().join("xtask/src")));
    // The one place that matches on the two languages.
    files.retain(|f| *f != root().join("src/domain/lang.rs"));
    assert!(files.len() >= 20, "the crates' files are found");
    let mut found = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in hand_made_language_choices(&text) {
            found.push(format!("{}:{n}: {}", file.display(), line.trim()));
        }
    }
    assert!(
        found.is_empty(),
        "say these with a table of sentences chosen by `Lang::pick` (see src/domain/words/):\n{}",
        found.join("\n")
    );
    // The check itself finds each way of choosing by hand.
    for hand_made in [
        "Lang::Fr => \"oui\",",
        "(Kind::A, Lang::En) => \"yes\",",
        "(Lang::Fr, 1) => \"1er\".into(),",
        "let fr = lang == Lang::Fr;",
        "if lang != Lang::En {",
        "use crate::domain::Lang::*;",
        "use Lang::{En, Fr};",
    ] {
        assert_eq!(
            hand_made_language_choices(hand_made).len(),
            1,
            "{hand_made}"
        );
    }
    for fine in [
        "\"fr\" => Some(Lang::Fr),",
        "format_day(day, Lang::Fr)",
        "// Lang::Fr => in a comment",
    ] {
        assert!(hand_made_language_choices(fine).is_empty(), "{fine}");
    }
}
