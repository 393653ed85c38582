//! Property tests: whatever bytes arrive (random text, a valid file damaged at random, a file
//! cut short), the loader and the importer answer with problems, never a panic.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::load_programme;
use nec_publish::c3voc::import;
use proptest::prelude::*;
use serde_json::Value;

const SAMPLE: &str = include_str!("../../tests/fixtures/sample.json");
const CAMP: &str = include_str!("../../tests/fixtures/c3voc/frab-camp2019.json");
const DEMOCON: &str = include_str!("../../tests/fixtures/c3voc/pretalx-democon.json");

/// A random JSON value of any type, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,20}".prop_map(Value::from),
        // Texts that look like the dates and times the formats use.
        "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?([+-][0-9]{2}:[0-9]{2}|Z)?)?"
            .prop_map(Value::from),
        "[0-9]{1,2}:[0-9]{1,2}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every JSON pointer inside `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let next = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                out.push(next.clone());
                pointers(child, next, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let next = format!("{at}/{i}");
                out.push(next.clone());
                pointers(child, next, out);
            }
        }
        _ => {}
    }
}

/// Replaces or removes nodes of a valid file, chosen at random.
fn mutate(text: &str, edits: &[(usize, Option<Value>)]) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    for (choice, replacement) in edits {
        let mut all = Vec::new();
        pointers(&value, String::new(), &mut all);
        if all.is_empty() {
            break;
        }
        let pointer = &all[choice % all.len()];
        match replacement {
            Some(new) => {
                if let Some(node) = value.pointer_mut(pointer) {
                    *node = new.clone();
                }
            }
            None => {
                let (parent, key) = pointer.rsplit_once('/').unwrap();
                match value.pointer_mut(parent) {
                    Some(Value::Object(map)) => {
                        map.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(items)) => {
                        let i: usize = key.parse().unwrap();
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    value.to_string()
}

fn edits() -> impl Strategy<Value = Vec<(usize, Option<Value>)>> {
    prop::collection::vec((any::<usize>(), prop::option::of(any_json())), 1..6)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(text in ".{0,200}") {
        let _ = load_programme(&text);
        let _ = import(&text);
    }

    #[test]
    fn random_json_never_panics(value in any_json()) {
        let text = value.to_string();
        let _ = load_programme(&text);
        let _ = import(&text);
    }

    #[test]
    fn a_damaged_programme_never_panics_the_loader(edits in edits()) {
        let _ = load_programme(&mutate(SAMPLE, &edits));
    }

    #[test]
    fn a_damaged_schedule_never_panics_the_importer(edits in edits(), democon in any::<bool>()) {
        let text = mutate(if democon { DEMOCON } else { CAMP }, &edits);
        if let Ok(imported) = import(&text) {
            // Whatever the importer accepts, the validator can read without panicking.
            let _ = nec_compagnon::domain::load::check(imported.file);
        }
    }

    #[test]
    fn a_file_cut_short_is_refused_not_panicked(cut in 0usize..4000) {
        let cut = SAMPLE.char_indices().map(|(i, _)| i).take_while(|i| *i <= cut).last().unwrap_or(0);
        prop_assert!(load_programme(&SAMPLE[..cut]).is_err());
    }
}
