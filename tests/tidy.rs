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
