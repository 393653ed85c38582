//! Hostile inputs for the no-panic properties (`tests/no_panic.rs`, on the host and in the
//! browser, and `publish/tests/no_panic.rs`): odd JSON values, documents shaped like the real
//! files with holes in them, real files damaged byte by byte, and values nested 100,000 deep
//! in every field.

use std::collections::HashSet;

use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::strategy::Union;
use proptest::test_runner::Config;
use serde_json::Value;

/// How deep the nested values go: far past serde_json's limit (128), and past any stack if a
/// reader ever walked them by recursion.
pub const DEEP: usize = 100_000;

/// A JSON text, built as a tree so that a document can be shaped field by field, and written
/// with what `serde_json::Value` cannot hold: numbers out of every range, repeated keys, lone
/// surrogates, nesting 100,000 deep.
#[derive(Debug, Clone)]
pub enum J {
    /// Written as it is.
    Raw(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl J {
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        let quoted = |text: &str| serde_json::to_string(text).unwrap();
        match self {
            J::Raw(raw) => out.push_str(raw),
            J::Str(text) => out.push_str(&quoted(text)),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            J::Obj(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&quoted(key));
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// The kinds of nesting: `[[[…]]]`, `{"a":{"a":…1}}`, and `[{"a":[{"a":…` never closed.
pub const NESTINGS: usize = 3;

/// A value nested `depth` deep, of one of the kinds.
pub fn nesting(kind: usize, depth: usize) -> String {
    match kind % NESTINGS {
        0 => "[".repeat(depth) + &"]".repeat(depth),
        1 => "{\"a\":".repeat(depth) + "1" + &"}".repeat(depth),
        _ => "[{\"a\":".repeat(depth / 2),
    }
}

/// Numbers at and past the edges of every type a file holds (`u32`, `i32`, `i64`, `f64`).
pub const ODD_NUMBERS: &[&str] = &[
    "0",
    "-0",
    "-0.0",
    "0e0",
    "-1",
    "1.5",
    "1e400",
    "-1e400",
    "1e-400",
    "1.7976931348623157e308",
    "-1.7976931348623157e308",
    "5e-324",
    "2147483648",
    "-2147483649",
    "4294967296",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "123456789012345678901234567890",
];

/// Texts that have broken parsers, dates, ids and links elsewhere.
pub const ODD_TEXTS: &[&str] = &[
    "",
    " ",
    "\u{0}",
    "\u{feff}",
    "\u{feff}{}",
    "\u{202e}gnp.exe",
    "e\u{301}\u{301}\u{301}\u{301}",
    "👩‍👩‍👧‍👦",
    "\u{10ffff}\u{fffd}\u{fffe}",
    "ﷺ",
    "𝕏𝔶",
    "\n\r\t\u{2028}\u{2029}",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "%00%zz%",
    "~.%~.%",
    "a/b?c#d e",
    "../..",
    "2022-09-28T23:59:60+02:00",
    "2022-09-28T24:00:00+02:00",
    "2022-02-30T10:00:00Z",
    "9999-12-31T23:59:59-25:59",
    "-009999-01-01T00:00:00Z",
    "+010000-01-01T00:00:00Z",
    "2022-09-28T10:00:00.123456789123+02:00",
    "2022-09-28",
    "0000-00-00",
    "9999-12-31",
    "24:00",
    "99:99",
    "0:00",
    "999:59:59",
    "Europe/Paris\u{0}",
    "#GGGGGG",
    "#fff",
    "2.9ZZZZ",
    "1.00000000.",
];

/// Raw JSON strings that no Rust `String` holds, and one never closed.
const ODD_RAW_TEXTS: &[&str] = &[
    "\"\\ud800\"",
    "\"\\udc00\\ud800\"",
    "\"\\u0000\"",
    "\"\\uZZZZ\"",
    "\"\\",
    "\"never closed",
];

/// Any text: arbitrary characters, long runs, odd ones, and things that look like dates,
/// times, durations and share codes.
pub fn odd_string() -> BoxedStrategy<String> {
    prop_oneof![
        4 => select(ODD_TEXTS).prop_map(str::to_owned),
        2 => any::<String>(),
        2 => "[0-9+-]{0,3}[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,12})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?",
        1 => "[0-9]{1,4}(:[0-9]{1,3}){0,3}",
        1 => (select(&[1_000usize, 10_000, 100_000][..]), any::<char>())
            .prop_map(|(n, c)| c.to_string().repeat(n)),
    ]
    .boxed()
}

/// A small JSON value of any type.
fn any_json() -> BoxedStrategy<J> {
    let leaf = prop_oneof![
        Just(J::Raw("null".into())),
        any::<bool>().prop_map(|b| J::Raw(b.to_string())),
        any::<i64>().prop_map(|n| J::Raw(n.to_string())),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(|f| J::Raw(format!("{f:e}"))),
        ".{0,12}".prop_map(J::Str),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(J::Arr),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..4).prop_map(J::Obj),
        ]
    })
    .boxed()
}

/// A value where another was expected: null, the wrong type, a number out of range, an odd
/// text, a lone surrogate, or a nesting up to 100,000 deep.
pub fn hostile() -> BoxedStrategy<J> {
    prop_oneof![
        3 => select(ODD_NUMBERS).prop_map(|n| J::Raw(n.to_owned())),
        1 => select(&["null", "true", "false", "[]", "{}"][..]).prop_map(|t| J::Raw(t.to_owned())),
        3 => odd_string().prop_map(J::Str),
        1 => select(ODD_RAW_TEXTS).prop_map(|t| J::Raw(t.to_owned())),
        2 => (0..NESTINGS, select(&[129usize, 1_000, DEEP][..]))
            .prop_map(|(kind, depth)| J::Raw(nesting(kind, depth))),
        2 => any_json(),
    ]
    .boxed()
}

/// What real files hold at one place (the same for every item of a list): the types met there
/// and some of the values.
#[derive(Debug, Default, Clone)]
pub struct Shape {
    nulls: bool,
    bools: bool,
    numbers: Vec<String>,
    strings: Vec<String>,
    items: Option<Box<Shape>>,
    /// The shortest and longest lists met.
    lengths: Option<(usize, usize)>,
    objects: usize,
    /// Each key met, how many of the objects had it, and what it held.
    fields: Vec<(String, usize, Shape)>,
}

/// Values kept per place: enough for ids to refer to each other, dates to fall in the event.
const EXAMPLES: usize = 24;

/// A place where fewer texts than this were met may be a list of names.
const FREE_TEXT: usize = 20;

/// A place with more keys than this is a map (c3voc's rooms by name): a few of them are written.
const MAP_KEYS: usize = 16;

impl Shape {
    /// The shape of these JSON documents together.
    pub fn of(documents: &[&str]) -> Shape {
        let mut shape = Shape::default();
        for document in documents {
            shape.learn(&serde_json::from_str(document).expect("a JSON document"));
        }
        shape
    }

    fn learn(&mut self, value: &Value) {
        let keep = |examples: &mut Vec<String>, example: String| {
            if examples.len() < EXAMPLES && !examples.contains(&example) {
                examples.push(example);
            }
        };
        match value {
            Value::Null => self.nulls = true,
            Value::Bool(_) => self.bools = true,
            Value::Number(n) => keep(&mut self.numbers, n.to_string()),
            Value::String(s) => keep(&mut self.strings, s.clone()),
            Value::Array(items) => {
                let (short, long) = self.lengths.get_or_insert((items.len(), items.len()));
                (*short, *long) = ((*short).min(items.len()), (*long).max(items.len()));
                let shape = self.items.get_or_insert_with(Default::default);
                for item in items {
                    shape.learn(item);
                }
            }
            Value::Object(map) => {
                self.objects += 1;
                for (key, child) in map {
                    let at = match self.fields.iter().position(|(k, _, _)| k == key) {
                        Some(at) => at,
                        None => {
                            self.fields.push((key.clone(), 0, Shape::default()));
                            self.fields.len() - 1
                        }
                    };
                    self.fields[at].1 += 1;
                    self.fields[at].2.learn(child);
                }
            }
        }
    }
}

/// Documents of this shape: each value one met at its place, or an odd one of the same type;
/// lists of up to three items. With `holes`, any value may also be missing, null, of the
/// wrong type, out of range or nested deep, and an object may get an unknown or repeated key.
pub fn shaped(shape: &Shape, holes: bool) -> BoxedStrategy<J> {
    let mut choices: Vec<(u32, BoxedStrategy<J>)> = Vec::new();
    if shape.nulls {
        choices.push((10, Just(J::Raw("null".into())).boxed()));
    }
    if shape.bools {
        choices.push((
            20,
            any::<bool>().prop_map(|b| J::Raw(b.to_string())).boxed(),
        ));
    }
    if !shape.numbers.is_empty() {
        // Well typed, an odd number is one the place's type holds: an integer in the range of
        // both `i32` and `u32` where only integers were met, any finite `f64` elsewhere.
        let integers = shape.numbers.iter().all(|n| !n.contains(['.', 'e', 'E']));
        let odd = match (holes, integers) {
            (true, _) => ODD_NUMBERS,
            (false, true) => &["0", "1", "2147483647"][..],
            (false, false) => &[
                "-0.0",
                "0e0",
                "5e-324",
                "1e308",
                "-1.7976931348623157e308",
                "18446744073709551616",
            ][..],
        };
        let numbers = prop_oneof![
            8 => select(shape.numbers.clone()),
            1 => select(odd).prop_map(str::to_owned),
        ];
        choices.push((20, numbers.prop_map(J::Raw).boxed()));
    }
    if !shape.strings.is_empty() {
        // Well typed, a place where few texts were met may be a list of names (a kind, a
        // status): it gets only those.
        let free = holes || shape.strings.len() >= FREE_TEXT;
        let strings = prop_oneof![
            8 => select(shape.strings.clone()),
            u32::from(free) => odd_string(),
        ];
        choices.push((20, strings.prop_map(J::Str).boxed()));
    }
    if let Some(items) = &shape.items {
        // Well typed, as long as the lists met (a point has two numbers), but short.
        let (short, long) = match (holes, shape.lengths) {
            (false, Some((short, long))) => (short.min(4), long.min(short.min(4) + 3)),
            _ => (0, 3),
        };
        let items = prop::collection::vec(shaped(items, holes), short..=long);
        choices.push((20, items.prop_map(J::Arr).boxed()));
    }
    if shape.objects > 0 {
        choices.push((20, object(shape, holes)));
    }
    if holes || choices.is_empty() {
        choices.push((1, hostile()));
    }
    Union::new_weighted(choices).boxed()
}

fn object(shape: &Shape, holes: bool) -> BoxedStrategy<J> {
    let map = shape.fields.len() > MAP_KEYS;
    let fields: Vec<BoxedStrategy<Option<(String, J)>>> = shape
        .fields
        .iter()
        .map(|(key, count, field)| {
            let always = *count == shape.objects;
            let key = key.clone();
            let value = shaped(field, holes).prop_map(move |v| Some((key.clone(), v)));
            // Weights of writing and leaving out the key.
            let (write, leave) = match (map, always, holes) {
                (true, _, _) => (1, 7),
                (false, true, false) => return value.boxed(),
                (false, true, true) => (15, 1),
                (false, false, _) => (1, 1),
            };
            prop_oneof![write => value, leave => Just(None)].boxed()
        })
        .collect();
    let extra = if holes {
        prop_oneof![
            12 => Just(None),
            1 => ("[a-z_]{1,12}", hostile()).prop_map(Some),
        ]
        .boxed()
    } else {
        Just(None).boxed()
    };
    let repeated = if holes {
        prop::option::weighted(0.05, any::<Index>()).boxed()
    } else {
        Just(None).boxed()
    };
    (fields, extra, repeated)
        .prop_map(|(fields, extra, repeated)| {
            let mut fields: Vec<(String, J)> = fields.into_iter().flatten().collect();
            fields.extend(extra);
            if let Some(i) = repeated.filter(|_| !fields.is_empty()) {
                let again = fields[i.index(fields.len())].clone();
                fields.push(again);
            }
            J::Obj(fields)
        })
        .boxed()
}

/// One change to a file's bytes; positions are shares of the length at the time.
#[derive(Debug, Clone)]
pub enum Edit {
    Delete { at: Index, len: usize },
    Insert { at: Index, bytes: Vec<u8> },
    Duplicate { from: Index, len: usize, to: Index },
    Swap { a: Index, b: Index, len: usize },
    Truncate { at: Index },
}

/// Bytes worth inserting into JSON: its punctuation, odd numbers and escapes, a byte order
/// mark, bytes that are not UTF-8, the start of a web page.
const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"null",
    b"-",
    b"-0",
    b"1e400",
    b"18446744073709551616",
    b"\\",
    b"\\u",
    b"\\ud800",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b"\xe9t\xe9",
    b"\xed\xa0\x80",
    b"<!doctype html>",
    b"/*",
    b"NaN",
    b" ",
    b"\n",
];

fn span() -> impl Strategy<Value = usize> {
    prop_oneof![8 => 1usize..16, 2 => 16usize..512, 1 => 512usize..65_536]
}

fn edit() -> impl Strategy<Value = Edit> {
    let bytes = prop_oneof![
        3 => select(TOKENS).prop_map(<[u8]>::to_vec),
        2 => prop::collection::vec(any::<u8>(), 1..16),
        1 => (1usize..400).prop_map(|n| b"[".repeat(n)),
    ];
    prop_oneof![
        3 => (any::<Index>(), span()).prop_map(|(at, len)| Edit::Delete { at, len }),
        3 => (any::<Index>(), bytes).prop_map(|(at, bytes)| Edit::Insert { at, bytes }),
        2 => (any::<Index>(), span(), any::<Index>())
            .prop_map(|(from, len, to)| Edit::Duplicate { from, len, to }),
        2 => (any::<Index>(), any::<Index>(), span()).prop_map(|(a, b, len)| Edit::Swap { a, b, len }),
        1 => any::<Index>().prop_map(|at| Edit::Truncate { at }),
    ]
}

/// One to eight changes.
pub fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 1..8)
}

/// The bytes after the changes.
pub fn damaged(original: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for edit in edits {
        let n = bytes.len();
        let span = |at: &Index, len: usize| {
            let start = at.index(n.max(1)).min(n);
            start..(start + len).min(n)
        };
        match edit {
            Edit::Delete { at, len } => {
                bytes.drain(span(at, *len));
            }
            Edit::Insert { at, bytes: new } => {
                let at = at.index(n + 1);
                bytes.splice(at..at, new.iter().copied());
            }
            Edit::Duplicate { from, len, to } => {
                let piece = bytes[span(from, *len)].to_vec();
                let to = to.index(n + 1);
                bytes.splice(to..to, piece);
            }
            Edit::Swap { a, b, len } => {
                let (a, b) = (span(a, 0).start, span(b, 0).start);
                let (low, high) = (a.min(b), a.max(b));
                let len = (*len).min(high - low).min(n - high);
                let first = bytes[low..low + len].to_vec();
                bytes.copy_within(high..high + len, low);
                bytes[high..high + len].copy_from_slice(&first);
            }
            Edit::Truncate { at } => bytes.truncate(at.index(n + 1)),
        }
    }
    bytes
}

/// Reads the document changed at each place, one of each (`sessions[].title` once) and none
/// `done` (each is then done): first with a value nested `PROBE` deep there; where that
/// changes what `read` answers, a place it reads, then with each kind of `nesting`, `depth`
/// deep. Places it skips to their end (which is one loop, wherever it is) are read with the
/// probe only. Returns how many places were read deep.
pub fn nested_everywhere(
    document: &str,
    depth: usize,
    done: &mut HashSet<String>,
    mut read: impl FnMut(&str) -> String,
) -> usize {
    let (value, places) = places_of(document);
    let untouched = read(&value.to_string());
    let mut deep = 0;
    for (pointer, place, _) in places {
        if !done.insert(place.clone()) {
            continue;
        }
        let mut changed = value.clone();
        *changed.pointer_mut(&pointer).expect("a place found") = Value::from(MARKER);
        let text = changed.to_string();
        let quoted = format!("\"{MARKER}\"");
        if read(&text.replacen(&quoted, &nesting(0, PROBE), 1)) != untouched {
            deep += 1;
            for kind in 0..NESTINGS {
                read(&text.replacen(&quoted, &nesting(kind, depth), 1));
            }
        }
    }
    deep
}

/// Deep enough to pass serde_json's limit (128), shallow enough to skip quickly.
const PROBE: usize = 200;

/// Reads each object of the document (one of each, none `done`) given an unknown key holding
/// each kind of `nesting`: readers skip it, to the end.
pub fn unknown_keys_everywhere(
    document: &str,
    depth: usize,
    done: &mut HashSet<String>,
    mut read: impl FnMut(&str),
) {
    let (value, places) = places_of(document);
    for (pointer, place, _) in places.into_iter().filter(|(_, _, object)| *object) {
        if !done.insert(place) {
            continue;
        }
        let mut changed = value.clone();
        let object = changed.pointer_mut(&pointer).and_then(Value::as_object_mut);
        object
            .expect("an object")
            .insert("no_such_key".into(), Value::from(MARKER));
        let text = changed.to_string();
        let quoted = format!("\"{MARKER}\"");
        for kind in 0..NESTINGS {
            read(&text.replacen(&quoted, &nesting(kind, depth), 1));
        }
    }
}

/// Where a nesting goes, before it is written in.
const MARKER: &str = "NEC-NO-PANIC-NESTED-HERE";

/// The document (one item of each kind per list), and its places: the root, then the first
/// of each kind.
fn places_of(document: &str) -> (Value, Vec<(String, String, bool)>) {
    let value: Value = serde_json::from_str(document).expect("a JSON document");
    let value = one_of_each(&value, "", &mut Vec::new());
    let mut places = vec![(String::new(), String::new(), value.is_object())];
    every_place(&value, "", "", &mut places);
    (value, places)
}

/// Objects whose keys are names rather than fields (c3voc's rooms, by name): their keys are
/// one place, `.*`.
const MAPS: &[&str] = &[".schedule.conference.days[].rooms"];

/// The place of `key` in the object at `place`.
fn place_of(place: &str, key: &str) -> String {
    if MAPS.contains(&place) {
        format!("{place}.*")
    } else {
        format!("{place}.{key}")
    }
}

/// The document with, in each list of lists or objects (and each map), only the items that
/// hold a place no earlier item holds: the same places, in a document small enough to change
/// thousands of times. Lists of numbers or texts stay whole (a point is two numbers).
fn one_of_each(value: &Value, place: &str, seen: &mut Vec<String>) -> Value {
    // Whether an item at `place` holds a place not seen yet; then they are all seen.
    let novel = |item: &Value, place: &str, seen: &mut Vec<String>| {
        let mut found = vec![(String::new(), place.to_owned(), false)];
        every_place(item, "", place, &mut found);
        found
            .iter()
            .any(|(_, p, _)| !seen.contains(p))
            .then_some(found)
    };
    match value {
        Value::Array(items) if !items.iter().any(|i| i.is_array() || i.is_object()) => {
            seen.push(format!("{place}[]"));
            value.clone()
        }
        Value::Object(map) if MAPS.contains(&place) => {
            let place = format!("{place}.*");
            let mut kept = serde_json::Map::new();
            for (key, item) in map {
                if let Some(found) = novel(item, &place, seen) {
                    // Its own lists are cut before its places count as seen.
                    kept.insert(key.clone(), one_of_each(item, &place, seen));
                    seen.extend(found.into_iter().map(|(_, p, _)| p));
                }
            }
            Value::Object(kept)
        }
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, child)| {
                    let place = place_of(place, key);
                    (key.clone(), one_of_each(child, &place, seen))
                })
                .collect(),
        ),
        Value::Array(items) => {
            let place = format!("{place}[]");
            let mut kept = Vec::new();
            for item in items {
                if let Some(found) = novel(item, &place, seen) {
                    kept.push(one_of_each(item, &place, seen));
                    seen.extend(found.into_iter().map(|(_, p, _)| p));
                }
            }
            Value::Array(kept)
        }
        other => other.clone(),
    }
}

/// The first place of each kind under `value`: its JSON pointer, its path with every index
/// written `[]`, and whether it holds an object.
fn every_place(value: &Value, pointer: &str, place: &str, found: &mut Vec<(String, String, bool)>) {
    let children: Vec<(String, String, &Value)> = match value {
        Value::Object(map) => map
            .iter()
            .map(|(key, child)| {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                (format!("{pointer}/{escaped}"), place_of(place, key), child)
            })
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, child)| (format!("{pointer}/{i}"), format!("{place}[]"), child))
            .collect(),
        _ => Vec::new(),
    };
    for (pointer, place, child) in children {
        if !found.iter().any(|(_, p, _)| *p == place) {
            found.push((pointer.clone(), place.clone(), child.is_object()));
        }
        every_place(child, &pointer, &place, found);
    }
}

/// `host` cases on the host (`PROPTEST_CASES` overrides it), `browser` in the browser, whose
/// runs are slower. In the browser a panic aborts the run before proptest can shrink or save
/// the case, so the seed is chosen here and written to the console, which the runner shows
/// when a test fails: `NO_PANIC_SEED=<seed>` at build time replays it.
pub fn config(host: u32, browser: u32) -> Config {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = browser;
        Config {
            cases: host,
            ..Config::default()
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = host;
        let seed = option_env!("NO_PANIC_SEED")
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64);
        wasm_bindgen_test::console_log!("no-panic properties: seed {seed} (NO_PANIC_SEED)");
        Config {
            cases: browser,
            rng_seed: proptest::test_runner::RngSeed::Fixed(seed),
            failure_persistence: None,
            ..Config::default()
        }
    }
}

/// Any text at all: arbitrary characters, arbitrary bytes read as a browser reads them (bad
/// UTF-8 becomes U+FFFD), soups of JSON's tokens, and odd values alone.
pub fn arbitrary_text() -> BoxedStrategy<String> {
    let token = select(TOKENS).prop_map(|t| String::from_utf8_lossy(t).into_owned());
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<u8>(), 0..512)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        prop::collection::vec(token, 0..64).prop_map(|tokens| tokens.concat()),
        hostile().prop_map(|value| value.text()),
    ]
    .boxed()
}
