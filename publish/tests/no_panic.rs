//! No input panics the c3voc importer, nor the validator on what the importer makes of it:
//! random text and bytes, schedules shaped like the real exports with holes in them, real
//! exports damaged byte by byte, and values nested 100,000 deep in every field.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../tests/support/inputs.rs"]
mod inputs;

use std::collections::HashSet;
use std::path::PathBuf;

use inputs::{
    arbitrary_text, config, damaged, edits, nested_everywhere, nesting, shaped,
    unknown_keys_everywhere, Shape, DEEP, NESTINGS,
};
use nec_compagnon::domain::load::check;
use nec_compagnon::domain::{Lang, LoadFailure};
use nec_publish::c3voc::import;
use proptest::prelude::*;
use proptest::sample::select;

/// The real exports (frab, pretalx, the hub), the invalid example and the format's schema.
fn exports() -> Vec<(String, String)> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/c3voc");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&folder)
        .expect("tests/fixtures/c3voc")
        .map(|entry| entry.expect("a fixture").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).expect("a fixture"))
        })
        .collect();
    files.sort();
    assert!(files.len() >= 5, "the c3voc fixtures are missing");
    files
}

/// The schedules themselves, without the schema.
fn schedules() -> Vec<String> {
    exports()
        .into_iter()
        .filter(|(name, _)| name != "schema.json")
        .map(|(_, text)| text)
        .collect()
}

/// What a refusal says, in both languages.
fn said(failure: &LoadFailure) -> String {
    assert!(!failure.problems.is_empty());
    for lang in [Lang::Fr, Lang::En] {
        let _ = failure.headline(lang);
        let _ = failure.messages(lang);
    }
    format!("{:?}", failure.problems)
}

/// Imports `text`; whatever is imported, the validator reads. The outcome, to compare.
fn read(text: &str) -> String {
    match import(text) {
        Ok(imported) => {
            let warnings: Vec<String> = imported
                .warnings
                .iter()
                .map(|w| w.message(Lang::Fr))
                .collect();
            match check(imported.file) {
                Ok(_) => format!("imported {warnings:?}"),
                Err(failure) => format!("imported {warnings:?}, refused {}", said(&failure)),
            }
        }
        Err(failure) => said(&failure),
    }
}

proptest! {
    #![proptest_config(config(256, 0))]

    #[test]
    fn any_text_or_bytes(text in arbitrary_text()) {
        read(&text);
    }

    /// Schedules shaped like the real exports, well typed or with holes.
    #[test]
    fn schedules_with_holes(document in {
        let schedules = schedules();
        let shape = Shape::of(&schedules.iter().map(String::as_str).collect::<Vec<_>>());
        prop_oneof![shaped(&shape, false), shaped(&shape, true)]
    }) {
        read(&document.text());
    }

    /// Real exports with bytes deleted, inserted, duplicated, swapped or cut off.
    #[test]
    fn damaged_exports(file in select(exports()), changes in edits()) {
        let bytes = damaged(file.1.as_bytes(), &changes);
        read(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn nested_100_000_deep_as_a_whole_file() {
    for kind in 0..NESTINGS {
        let text = nesting(kind, DEEP);
        read(&text);
        assert!(import(&text).is_err());
    }
}

/// Each place where an export is read holds in turn each nesting, 100,000 deep: an event's
/// title as `[[[[…]]]]`, a day's rooms as `{"a":{"a":…}}`. Each place once, from the first
/// export that has it.
#[test]
fn nested_100_000_deep_in_every_field() {
    let mut done = HashSet::new();
    let places: usize = exports()
        .iter()
        .map(|(_, file)| nested_everywhere(file, DEEP, &mut done, read))
        .sum();
    assert!(places >= 40, "only {places} places read");
}

/// An unknown key, which the importer skips to its end, holds each nesting: 100,000 deep at
/// the top of an export, 1,000 deep in every kind of object.
#[test]
fn nested_deep_under_unknown_keys() {
    let schedules = schedules();
    for kind in 0..NESTINGS {
        let rest = &schedules[0].trim_start()[1..];
        read(&format!("{{\"no_such_key\":{},{rest}", nesting(kind, DEEP)));
    }
    let mut done = HashSet::new();
    for (_, file) in exports() {
        unknown_keys_everywhere(&file, 1_000, &mut done, |text| {
            read(text);
        });
    }
}
