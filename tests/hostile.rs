//! Host tests of odd and hostile programme files: links that would run code, ids that mean
//! something in an address, a byte order mark, bytes that are not UTF-8, a map on another site,
//! a leap second. Each is refused (or read) with its path, in French and in English.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::links::bad_id_char;
use nec_compagnon::domain::load::load_programme_file;
use nec_compagnon::domain::venue::load_venue_file;
use nec_compagnon::domain::{load_programme, Lang, ProblemKind};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("fixtures/sample.json");
const VENUE: &str = include_str!("../public/venue.json");

fn sample() -> Value {
    serde_json::from_str(SAMPLE).unwrap()
}

/// The problems found in `value`, as (path, kind).
fn problems(value: &Value) -> Vec<(String, ProblemKind)> {
    load_programme(&value.to_string())
        .expect_err("the file should be refused")
        .problems
        .into_iter()
        .map(|p| (p.path, p.kind))
        .collect()
}

/// Puts a value at one place of a file.
type Put = fn(&mut Value, Value);

const HOSTILE: [&str; 6] = [
    "javascript:alert(document.cookie)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "/relative/path",
    "//elsewhere.example/",
];

#[test]
fn an_address_that_is_not_a_web_address_is_refused_wherever_it_may_become_a_link() {
    for value in HOSTILE {
        let places: [(&str, Put); 5] = [
            ("event.url", |v, x| v["event"]["url"] = x),
            ("event.accessibility_contact", |v, x| {
                v["event"]["accessibility_contact"] = x
            }),
            ("sessions[1].registration.url", |v, x| {
                v["sessions"][1]["registration"]["url"] = x
            }),
            ("sessions[0].links[0].url", |v, x| {
                v["sessions"][0]["links"] = json!([{ "kind": "slides", "url": x }])
            }),
            ("speakers[0].links[0].url", |v, x| {
                v["speakers"][0]["links"] = json!([{ "kind": "website", "url": x }])
            }),
        ];
        for (path, put) in places {
            let mut v = sample();
            put(&mut v, json!(value));
            let contact = path == "event.accessibility_contact";
            assert_eq!(
                problems(&v),
                [(
                    path.to_owned(),
                    ProblemKind::UnsafeLink {
                        value: value.to_owned(),
                        contact
                    }
                )],
                "{value} at {path}"
            );
        }
    }
}

#[test]
fn empty_or_padded_addresses_load_as_a_spreadsheet_writes_them() {
    let mut v = sample();
    v["event"]["url"] = json!("");
    v["sessions"][1]["registration"]["url"] = json!("   ");
    v["sessions"][0]["links"] =
        json!([{ "kind": "slides", "url": " https://example.org/s\u{a0}" }]);
    v["event"]["accessibility_contact"] = json!(" accessibilite@example.org ");
    load_programme(&v.to_string()).unwrap();
}

#[test]
fn web_and_e_mail_addresses_load() {
    let mut v = sample();
    v["event"]["url"] = json!("https://numerique-en-commun.fr/");
    v["event"]["accessibility_contact"] = json!("accessibilite@lamednum.coop");
    v["sessions"][0]["links"] = json!([{ "kind": "replay", "url": "http://example.org/r" }]);
    load_programme(&v.to_string()).unwrap();
    v["event"]["accessibility_contact"] = json!("mailto:accessibilite@lamednum.coop");
    load_programme(&v.to_string()).unwrap();
    // An e-mail address is a contact, never a session's link.
    v["sessions"][0]["links"] = json!([{ "kind": "other", "url": "mailto:a@b.fr" }]);
    assert!(matches!(
        &problems(&v)[..],
        [(path, ProblemKind::UnsafeLink { contact: false, .. })] if path == "sessions[0].links[0].url"
    ));
}

#[test]
fn the_link_message_says_what_to_write_in_both_languages() {
    let mut v = sample();
    v["sessions"][0]["links"] = json!([{ "kind": "slides", "url": "javascript:alert(1)" }]);
    let failure = load_programme(&v.to_string()).unwrap_err();
    assert_eq!(
        failure.messages(Lang::Fr),
        [
            "sessions[0].links[0].url : « javascript:alert(1) » ne peut pas devenir un lien : \
          écrivez une adresse web complète en https:// ou http://"
        ]
    );
    assert_eq!(
        failure.messages(Lang::En),
        [
            "sessions[0].links[0].url: \"javascript:alert(1)\" cannot become a link: write a full \
          web address with https:// or http://"
        ]
    );
}

/// Ids of every odd kind, each with the character named and the id the message proposes.
const ODD_IDS: [(&str, char, &str); 10] = [
    ("a/b", '/', "a-b"),
    ("a?b", '?', "a-b"),
    ("a#b", '#', "a-b"),
    ("50%", '%', "50-"),
    ("deux mots", ' ', "deux-mots"),
    ("café", 'é', "caf-"),
    (".cache", '.', "-cache"),
    ("a&b", '&', "a-b"),
    ("a+b", '+', "a-b"),
    ("<b>", '<', "-b-"),
];

#[test]
fn an_id_with_a_meaning_in_an_address_is_refused_in_every_list() {
    for (id, bad, fixed) in ODD_IDS {
        for (list, pointer, refs) in [
            ("sessions", "/sessions/0/id", &[][..]),
            (
                "speakers",
                "/speakers/0/id",
                &["/sessions/0/speakers/0"][..],
            ),
            (
                "spaces",
                "/spaces/0/id",
                &["/sessions/0/space", "/sessions/4/space"][..],
            ),
            ("themes", "/themes/0/id", &[][..]),
            ("formats", "/formats/0/id", &[][..]),
        ] {
            let mut v = sample();
            *v.pointer_mut(pointer).unwrap() = json!(id);
            // Where the id is referred to, it is renamed too: only the id itself is wrong.
            for r in refs {
                *v.pointer_mut(r).unwrap() = json!(id);
            }
            let found = problems(&v);
            let expected = (
                format!("{list}[0].id"),
                ProblemKind::BadId {
                    id: id.to_owned(),
                    bad,
                    fixed: fixed.to_owned(),
                },
            );
            assert!(found.contains(&expected), "{id} in {list}: {found:#?}");
        }
    }
}

#[test]
fn the_id_message_names_the_character_and_a_valid_id() {
    let mut v = sample();
    v["sessions"][0]["id"] = json!("atelier/2");
    let failure = load_programme(&v.to_string()).unwrap_err();
    let fr = failure.messages(Lang::Fr).join("\n");
    assert!(fr.starts_with("sessions[0].id : l'identifiant « atelier/2 » contient « / »"));
    assert!(fr.contains("par exemple « atelier-2 »"), "{fr}");
    let en = failure.messages(Lang::En).join("\n");
    assert!(en.contains("for example \"atelier-2\""), "{en}");
}

#[test]
fn the_ids_of_the_shipped_files_follow_the_rule() {
    let v: Value = serde_json::from_str(include_str!("../public/programme.json")).unwrap();
    for list in ["sessions", "speakers", "spaces", "themes", "formats"] {
        for item in v[list].as_array().unwrap() {
            let id = item["id"].as_str().unwrap();
            assert_eq!(bad_id_char(id), None, "{list}: {id}");
        }
    }
}

#[test]
fn a_venue_id_with_a_meaning_in_an_address_is_refused() {
    let mut v: Value = serde_json::from_str(VENUE).unwrap();
    v["spaces"][0]["id"] = json!("salle 1");
    let failure = load_venue_file(v.to_string().as_bytes()).unwrap_err();
    assert!(
        failure
            .problems
            .iter()
            .any(|p| p.path == "spaces[0].id"
                && matches!(&p.kind, ProblemKind::BadId { bad: ' ', .. })),
        "{:#?}",
        failure.messages(Lang::En)
    );
}

#[test]
fn a_byte_order_mark_is_read_as_nothing() {
    let with_mark = format!("\u{feff}{SAMPLE}");
    let programme = load_programme_file(with_mark.as_bytes()).unwrap();
    assert_eq!(programme.sessions().len(), 5);
    load_venue_file(format!("\u{feff}{VENUE}").as_bytes()).unwrap();
    // A broken file with a mark is placed as without it.
    let broken = "{\n  \"format_version\": 1,\n  oops\n}";
    let without = load_programme(broken).unwrap_err();
    let with = load_programme(&format!("\u{feff}{broken}")).unwrap_err();
    assert_eq!(with, without);
    assert_eq!(
        without.problems[0].kind,
        ProblemKind::NotJson { line: 3, column: 3 }
    );
}

#[test]
fn bytes_that_are_not_utf8_are_refused_with_their_line_in_both_languages() {
    // "Médiation" saved by Excel in Windows-1252: é is the byte 0xE9.
    let text = SAMPLE.replacen("Cérémonie", "C\u{1}r\u{1}monie", 1);
    let line = text[..text.find('\u{1}').unwrap()].matches('\n').count() + 1;
    let column = text[..text.find('\u{1}').unwrap()]
        .rsplit('\n')
        .next()
        .unwrap()
        .chars()
        .count()
        + 1;
    let bytes: Vec<u8> = text
        .bytes()
        .map(|b| if b == 1 { 0xE9 } else { b })
        .collect();
    let failure = load_programme_file(&bytes).unwrap_err();
    assert_eq!(failure.problems.len(), 1);
    assert_eq!(failure.problems[0].path, "");
    assert_eq!(
        failure.problems[0].kind,
        ProblemKind::NotUtf8 { line, column }
    );
    let fr = &failure.messages(Lang::Fr)[0];
    assert!(
        fr.starts_with(&format!(
            ". : le fichier n'est pas en UTF-8 : ligne {line}, colonne {column}"
        )),
        "{fr}"
    );
    assert!(fr.contains("Unicode (UTF-8)"), "{fr}");
    let en = &failure.messages(Lang::En)[0];
    assert!(
        en.starts_with(&format!(
            ".: the file is not UTF-8: line {line}, column {column}"
        )),
        "{en}"
    );
    // Latin-1 on the first line, a venue file too.
    let failure = load_venue_file(b"{\"name\": \"Stade \xC9tienne\"}").unwrap_err();
    assert_eq!(
        failure.problems[0].kind,
        ProblemKind::NotUtf8 {
            line: 1,
            column: 17
        }
    );
}

#[test]
fn a_venue_map_on_another_site_is_refused_as_the_app_refuses_it() {
    for map in [
        "https://elsewhere.example/venue.json",
        "//elsewhere.example/venue.json",
        "javascript:alert(1)",
        "data:application/json,{}",
        "\\\\elsewhere.example\\venue.json",
    ] {
        let mut v = sample();
        v["event"]["venue"]["map"] = json!(map);
        assert_eq!(
            problems(&v),
            [(
                "event.venue.map".to_owned(),
                ProblemKind::MapElsewhere {
                    value: map.to_owned()
                }
            )],
            "{map}"
        );
        assert_eq!(
            nec_compagnon::domain::source::venue_url(Some(map)),
            None,
            "{map}"
        );
    }
    let mut v = sample();
    v["event"]["venue"]["map"] = json!("/venue.json");
    load_programme(&v.to_string()).unwrap();
}

#[test]
fn a_leap_second_is_named_as_such() {
    let mut v = sample();
    let start = v["sessions"][0]["start"].as_str().unwrap().to_owned();
    let leap = format!("{}60{}", &start[..17], &start[19..]);
    v["sessions"][0]["end"] = json!(leap);
    assert_eq!(
        problems(&v),
        [(
            "sessions[0].end".to_owned(),
            ProblemKind::LeapSecond {
                value: leap.clone()
            }
        )]
    );
    let failure = load_programme(&v.to_string()).unwrap_err();
    assert!(failure.messages(Lang::Fr)[0].contains("seconde intercalaire (:60)"));
    assert!(failure.messages(Lang::En)[0].contains("leap second (:60)"));
    // In a previous time too.
    let mut v = sample();
    v["sessions"][0]["previous"] = json!({ "start": "2016-12-31T23:59:60Z" });
    assert_eq!(
        problems(&v),
        [(
            "sessions[0].previous.start".to_owned(),
            ProblemKind::LeapSecond {
                value: "2016-12-31T23:59:60Z".into()
            }
        )]
    );
}
