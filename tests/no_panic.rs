//! No input panics the programme loader, the venue loader or the share-code decoder: random
//! text and bytes, documents shaped like the real files with holes in them, real files damaged
//! byte by byte, and values nested 100,000 deep in every field. Each answers with a value or
//! with problems it can say in both languages. Run on the host and in headless Chromium and
//! Firefox (`--test no_panic`), where the stack is smaller.

#[path = "support/inputs.rs"]
mod inputs;

use std::collections::HashSet;
use std::sync::OnceLock;

use inputs::{
    arbitrary_text, config, damaged, edits, nested_everywhere, nesting, odd_string, shaped,
    unknown_keys_everywhere, Shape, DEEP, NESTINGS,
};
use nec_compagnon::domain::share::{decode, encode, encode_for, resolve, Code};
use nec_compagnon::domain::venue::{load_venue, missing_from_map};
use nec_compagnon::domain::{Lang, LoadFailure, Programme};
use proptest::prelude::*;
use proptest::sample::{select, Index};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test_configure!(run_in_browser);

/// The loader, with the browser's zones in the browser, as the app installs them at start.
fn load_programme(json: &str) -> Result<Programme, LoadFailure> {
    #[cfg(target_arch = "wasm32")]
    nec_compagnon::edge::zones::install();
    nec_compagnon::domain::load_programme(json)
}

const NEC: &str = include_str!("../public/programme.json");
const SAMPLE: &str = include_str!("fixtures/sample.json");
const VENUE: &str = include_str!("../public/venue.json");

fn nec() -> &'static Programme {
    static NEC_PROGRAMME: OnceLock<Programme> = OnceLock::new();
    NEC_PROGRAMME.get_or_init(|| load_programme(NEC).expect("NEC 2022 loads"))
}

fn sample() -> &'static Programme {
    static SAMPLE_PROGRAMME: OnceLock<Programme> = OnceLock::new();
    SAMPLE_PROGRAMME.get_or_init(|| load_programme(SAMPLE).expect("the sample loads"))
}

/// Programme files: the real ones, and on the host every JSON file under `tests/fixtures`
/// too (the corpus of odd files grows there; c3voc's are the importer's).
fn programme_files() -> Vec<String> {
    let mut files = vec![NEC.to_owned(), SAMPLE.to_owned()];
    for text in fixtures() {
        if !files.contains(&text) {
            files.push(text);
        }
    }
    files
}

#[cfg(not(target_arch = "wasm32"))]
fn fixtures() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found = Vec::new();
    let mut folders = vec![root.clone()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("tests/fixtures") {
            let path = entry.expect("a fixture").path();
            if path.is_dir() && path != root.join("c3voc") {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
        .iter()
        .map(|path| String::from_utf8_lossy(&std::fs::read(path).expect("a fixture")).into_owned())
        .collect()
}

/// The browser has no files to list.
#[cfg(target_arch = "wasm32")]
fn fixtures() -> Vec<String> {
    Vec::new()
}

/// Every file to damage (the real ones are chosen as often as all the others).
fn files() -> Vec<String> {
    let mut files = programme_files();
    files.push(VENUE.to_owned());
    files
}

/// Whatever a load refused, it can say in both languages; the outcome, to compare.
fn said<T>(result: &Result<T, LoadFailure>) -> String {
    match result {
        Ok(_) => "loaded".to_owned(),
        Err(failure) => {
            assert!(!failure.problems.is_empty());
            for lang in [Lang::Fr, Lang::En] {
                let _ = failure.headline(lang);
                let _ = failure.messages(lang);
            }
            format!("{:?}", failure.problems)
        }
    }
}

/// Reads `text` as a programme; what loads is then shared and read back, as the app does.
fn read_programme(text: &str) -> String {
    let programme = load_programme(text);
    if let Ok(programme) = &programme {
        let ids = programme.sessions().iter().map(|s| s.data.id.as_str());
        if let Ok(code) = decode(&encode_for(programme, ids)) {
            let _ = resolve(programme, &code);
        }
    }
    said(&programme)
}

/// Reads `text` as a venue; what loads is then compared with NEC 2022's programme.
fn read_venue(text: &str) -> String {
    let venue = load_venue(text);
    if let Ok(venue) = &venue {
        let _ = missing_from_map(venue, nec());
    }
    said(&venue)
}

/// Reads `text` as a share code, against NEC 2022 and the sample.
fn read_code(text: &str) {
    if let Ok(code) = decode(text) {
        let _ = resolve(nec(), &code);
        let _ = resolve(sample(), &code);
    }
}

/// Gives `text` to every reader of the app.
fn read_everything(text: &str) {
    read_programme(text);
    read_venue(text);
    read_code(text);
}

/// What a share code may look like, and many things it should not.
fn code_like() -> BoxedStrategy<String> {
    prop_oneof![
        2 => any::<String>(),
        2 => odd_string(),
        2 => "[ ]{0,2}2\\.[0-9a-z]?[4-9][A-Za-z0-9]{0,60}[ ]{0,2}",
        2 => "1\\.[0-9a-fA-F]{6,9}\\.[^~]{0,20}(~.{0,20}){0,4}",
        1 => "1\\.[0-9a-f]{8}\\.([a-z.~]|%(25|7E|2E|2|7|))*",
        1 => "[0-9]{0,21}\\..{0,40}",
        1 => (select(&["2.9", "1.00000000.", ""][..]), any::<char>(), 31_990usize..32_010)
            .prop_map(|(start, c, n)| format!("{start}{}", c.to_string().repeat(n))),
    ]
    .boxed()
}

proptest! {
    #![proptest_config(config(256, 64))]

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn any_text_or_bytes(text in arbitrary_text()) {
        read_everything(&text);
    }

    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn any_share_code(code in code_like()) {
        read_everything(&code);
    }

    /// Codes of any ids, as the app wrote them before format 2, then perhaps damaged.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn format_1_codes_of_any_ids(
        ids in prop::collection::vec(odd_string(), 0..8),
        changes in prop::option::of(edits()),
    ) {
        let code = encode(ids.iter().map(String::as_str));
        let code = perhaps_damaged(code, changes);
        read_everything(&code);
    }

    /// Codes of real agendas (format 2), then perhaps damaged, changed in case or padded.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn format_2_codes_of_real_agendas(
        kept in prop::collection::vec(any::<Index>(), 0..30),
        changes in prop::option::of(edits()),
        lower in any::<bool>(),
    ) {
        let sessions = nec().sessions();
        let code = encode_for(nec(), kept.iter().map(|i| sessions[i.index(sessions.len())].data.id.as_str()));
        let code = if lower { code.to_lowercase() } else { code };
        let code = perhaps_damaged(code, changes);
        read_everything(&code);
    }

    /// `resolve` with any ids or marks, not only those `decode` gives.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn resolving_any_code(
        code in prop_oneof![
            prop::collection::vec(odd_string(), 0..6).prop_map(Code::Ids),
            prop::collection::vec(odd_string(), 0..6).prop_map(Code::Marks),
            prop::collection::vec("[A-Z2-7]{0,16}", 0..6).prop_map(Code::Marks),
        ],
    ) {
        let _ = resolve(nec(), &code);
        let _ = resolve(sample(), &code);
    }

    /// Programmes shaped like NEC 2022's and the sample, well typed or with holes.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn programmes_with_holes(document in {
        let shape = Shape::of(&[NEC, SAMPLE]);
        prop_oneof![shaped(&shape, false), shaped(&shape, true)]
    }) {
        read_everything(&document.text());
    }

    /// Venues shaped like the Stade Bollaert-Delelis's, well typed or with holes.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn venues_with_holes(document in {
        let shape = Shape::of(&[VENUE]);
        prop_oneof![shaped(&shape, false), shaped(&shape, true)]
    }) {
        read_everything(&document.text());
    }

    /// Real files with bytes deleted, inserted, duplicated, swapped or cut off.
    #[cfg_attr(not(target_arch = "wasm32"), test)]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
    fn damaged_files(
        file in prop_oneof![select(vec![NEC, SAMPLE, VENUE]).prop_map(str::to_owned), select(files())],
        changes in edits(),
    ) {
        let bytes = damaged(file.as_bytes(), &changes);
        read_everything(&String::from_utf8_lossy(&bytes));
    }
}

/// A mark longer than any code's (13 characters and more: a hash has 64 bits) names no
/// session; it used to overflow a shift.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn marks_longer_than_a_hash_name_nothing() {
    for len in [12, 13, 20, 1000] {
        let shared = resolve(nec(), &Code::Marks(vec!["A".repeat(len); 2]));
        assert_eq!((shared.found.len(), shared.unnamed), (0, 2), "{len}");
    }
}

#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn nested_100_000_deep_as_a_whole_file() {
    for kind in 0..NESTINGS {
        let text = nesting(kind, DEEP);
        read_everything(&text);
        assert!(load_programme(&text).is_err() && load_venue(&text).is_err());
    }
}

/// Each place where a programme or the venue is read holds in turn each nesting, 100,000 deep:
/// `sessions[].title` as `[[[[…]]]]`, `event` as `{"a":{"a":…}}`. Each place once, from the
/// first file that has it.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn nested_100_000_deep_in_every_field() {
    let mut done = HashSet::new();
    let mut places = 0;
    for file in programme_files() {
        if serde_json::from_str::<serde_json::Value>(&file).is_ok() {
            places += nested_everywhere(&file, DEEP, &mut done, read_programme);
        }
    }
    assert!(places >= 60, "only {places} places of a programme read");
    let places = nested_everywhere(VENUE, DEEP, &mut HashSet::new(), read_venue);
    assert!(places >= 40, "only {places} places of the venue read");
}

/// An unknown key, which readers skip to its end, holds each nesting: 100,000 deep at the top
/// of NEC 2022's programme and venue, 1,000 deep in every kind of object of every file.
#[cfg_attr(not(target_arch = "wasm32"), test)]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
fn nested_deep_under_unknown_keys() {
    for (file, read) in [
        (NEC, read_programme as fn(&str) -> String),
        (VENUE, read_venue),
    ] {
        for kind in 0..NESTINGS {
            let rest = &file.trim_start()[1..];
            read(&format!("{{\"no_such_key\":{},{rest}", nesting(kind, DEEP)));
        }
    }
    let mut done = HashSet::new();
    for file in programme_files() {
        if serde_json::from_str::<serde_json::Value>(&file).is_ok() {
            unknown_keys_everywhere(&file, 1_000, &mut done, |text| {
                read_programme(text);
            });
        }
    }
    unknown_keys_everywhere(VENUE, 1_000, &mut HashSet::new(), |text| {
        read_venue(text);
    });
}

/// `code`, or `code` with `changes` made to its bytes.
fn perhaps_damaged(code: String, changes: Option<Vec<inputs::Edit>>) -> String {
    match changes {
        Some(changes) => String::from_utf8_lossy(&damaged(code.as_bytes(), &changes)).into_owned(),
        None => code,
    }
}
