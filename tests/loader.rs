//! Host tests of the programme loader: the shipped sample loads, and each kind of mistake is
//! reported at its JSON path, in French and in English.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::{load_programme, Lang, ProblemKind, RefKind};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("fixtures/sample.json");

fn sample() -> Value {
    serde_json::from_str(SAMPLE).unwrap()
}

/// Applies `edit` to the sample, loads it, and checks the one problem found.
fn check(edit: impl FnOnce(&mut Value), path: &str, kind: ProblemKind) {
    let mut value = sample();
    edit(&mut value);
    // On one line and pretty-printed: the path is found from the line and column.
    for text in [
        value.to_string(),
        serde_json::to_string_pretty(&value).unwrap(),
    ] {
        let failure = load_programme(&text).expect_err("the file should be refused");
        let found: Vec<_> = failure
            .problems
            .iter()
            .map(|p| (p.path.as_str(), &p.kind))
            .collect();
        assert_eq!(
            found,
            vec![(path, &kind)],
            "{:#?}",
            failure.messages(Lang::En)
        );
    }
}

/// Sets the value at a JSON pointer, adding the last key if it is missing.
fn set(pointer: &str, new: Value) -> impl FnOnce(&mut Value) + '_ {
    move |v| {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        match v.pointer_mut(parent).unwrap_or_else(|| panic!("{pointer}")) {
            Value::Object(map) => {
                map.insert(key.to_owned(), new);
            }
            Value::Array(items) => items[key.parse::<usize>().unwrap()] = new,
            _ => panic!("{pointer}"),
        }
    }
}

fn remove(pointer: &'static str) -> impl FnOnce(&mut Value) {
    move |v| {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        v.pointer_mut(parent)
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove(key)
            .unwrap();
    }
}

#[test]
fn the_sample_loads() {
    let programme = load_programme(SAMPLE).unwrap();
    assert_eq!(programme.event().name, "Numérique en Commun[s] 2022");
    assert_eq!(programme.days().len(), 2);
    assert_eq!(programme.sessions().len(), 5);
    let first_day = programme.days()[0];
    let titles: Vec<_> = programme
        .sessions_on(first_day)
        .map(|s| s.data.title.as_str())
        .collect();
    assert_eq!(titles.len(), 3);
    assert_eq!(titles[0], "Cérémonie d'ouverture");
    assert_eq!(programme.space("salon-2").unwrap().level, 2);
    assert_eq!(
        programme.speaker("henri-verdier").unwrap().name,
        "Henri Verdier"
    );
}

#[test]
fn sessions_are_grouped_by_start_time_in_the_event_zone() {
    let mut value = sample();
    // The same instant as the opening, written in UTC: it joins the 09:30 slot.
    value["sessions"][1]["start"] = json!("2022-09-28T07:30:00Z");
    value["sessions"][1]["end"] = json!("2022-09-28T08:30:00Z");
    let programme = load_programme(&value.to_string()).unwrap();
    let day = programme.days()[0];
    let slots: Vec<(String, usize)> = programme
        .slots(
            &(0..programme.sessions().len())
                .filter(|&i| programme.day_of(i) == day)
                .collect::<Vec<_>>(),
        )
        .iter()
        .map(|(time, group)| (nec_compagnon::domain::time::format_time(*time), group.len()))
        .collect();
    assert_eq!(slots, [("09:30".to_string(), 2), ("17:00".to_string(), 1)]);
    let second: Vec<usize> = (0..programme.sessions().len())
        .filter(|&i| programme.day_of(i) == programme.days()[1])
        .collect();
    assert_eq!(programme.slots(&second).len(), 2);
}

#[test]
fn sessions_are_sorted_by_start_whatever_the_file_order() {
    let mut value = sample();
    value["sessions"].as_array_mut().unwrap().reverse();
    let programme = load_programme(&value.to_string()).unwrap();
    let starts: Vec<_> = programme.sessions().iter().map(|s| s.start).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn shape_errors_carry_their_path() {
    check(
        remove("/sessions/2/title"),
        "sessions[2].title",
        ProblemKind::MissingField {
            field: "title".into(),
        },
    );
    check(
        remove("/event"),
        "event",
        ProblemKind::MissingField {
            field: "event".into(),
        },
    );
    check(
        set("/sessions/1/title", json!(42)),
        "sessions[1].title",
        ProblemKind::WrongType {
            found: "integer `42`".into(),
            expected: "a string".into(),
        },
    );
    check(
        set("/spaces/0/level", json!("un")),
        "spaces[0].level",
        ProblemKind::WrongType {
            found: "string \"un\"".into(),
            expected: "i32".into(),
        },
    );
    check(
        set("/sessions/0/status", json!("postponed")),
        "sessions[0].status",
        ProblemKind::UnknownValue {
            value: "postponed".into(),
            allowed: "scheduled, cancelled".into(),
        },
    );
    check(
        set("/sessions", json!({})),
        "sessions",
        ProblemKind::WrongType {
            found: "map".into(),
            expected: "a sequence".into(),
        },
    );
}

#[test]
fn a_path_is_found_past_texts_that_look_like_json() {
    let tricky = json!("a \"quoted\" }, ] { [ \\ title: \u{e9}t\u{e9} ,");
    check(
        |v| {
            set("/sessions/0/title", tricky.clone())(v);
            set("/sessions/0/description", tricky.clone())(v);
            set("/sessions/2/room_note", json!(7))(v);
            set("/sessions/3/format", json!(["a", { "b": "c" }]))(v);
        },
        "sessions[3].format",
        ProblemKind::WrongType {
            found: "sequence".into(),
            expected: "a string".into(),
        },
    );
}

#[test]
fn paths_where_a_parser_stopped() {
    use nec_compagnon::domain::problem::path_at;
    // (text, line, column where the parser stopped, path)
    let cases = [
        (r#"{"a": 1}"#, 1, 0, ""),
        (r#"{"a": 1}"#, 1, 6, "a"),
        (r#"{"a": 1}"#, 1, 7, "a"),
        (r#"{"a": 1}"#, 1, 8, ""),
        (r#"{"a": [1, 2, 3]}"#, 1, 11, "a[1]"),
        (r#"{"a": [1, 2, 3]}"#, 1, 15, "a"),
        (r#"[{"x": {"y": true}}, {"x": 2}]"#, 1, 17, "[0].x.y"),
        (r#"[{"x": {"y": true}}, {"x": 2}]"#, 1, 28, "[1].x"),
        (r#"[{"x": {"y": true}}, {"x": 2}]"#, 1, 29, "[1]"),
        ("{\n  \"a\": {\n    \"b\": \"},\"\n  }\n}", 3, 13, "a.b"),
        ("{\n  \"a\": {\n    \"b\": \"},\"\n  }\n}", 4, 3, "a"),
        (r#"{"\u00e9t\u00e9": "x"}"#, 1, 19, "été"),
        (r#"{"a\"b": [}"#, 1, 10, "a\"b[0]"),
        // A file cut in the middle of a key: the key is not named yet.
        (r#"{"a": [{"x": 1, "na"#, 1, 19, "a[0]"),
        (r#"{"a": [{"x": 1, ""#, 1, 17, "a[0]"),
    ];
    for (text, line, column, expected) in cases {
        assert_eq!(
            path_at(text, line, column),
            expected,
            "{text} at {line}:{column}"
        );
    }
    // Nested thousands deep: the path's start (200 bytes), then "…".
    let deep = "{\"a\":".repeat(5000) + "1";
    let path = path_at(&deep, 1, 25_000);
    assert_eq!(path, format!("{}…", "a.".repeat(100)));
}

#[test]
fn times_need_an_offset_and_an_order() {
    let not_instant = |v: &str| ProblemKind::NotAnInstant { value: v.into() };
    check(
        set("/sessions/3/start", json!("2022-09-29T10:00:00")),
        "sessions[3].start",
        not_instant("2022-09-29T10:00:00"),
    );
    check(
        set("/sessions/0/end", json!("28/09/2022 10:30")),
        "sessions[0].end",
        not_instant("28/09/2022 10:30"),
    );
    check(
        set("/sessions/1/end", json!("2022-09-28T11:00:00+02:00")),
        "sessions[1].end",
        ProblemKind::EndNotAfterStart,
    );
    check(
        set("/event/start_date", json!("28 septembre")),
        "event.start_date",
        ProblemKind::NotADate {
            value: "28 septembre".into(),
        },
    );
    check(
        set("/event/end_date", json!("2022-09-27")),
        "event.end_date",
        ProblemKind::LastDayBeforeFirst,
    );
    check(
        set("/event/time_zone", json!("Paris")),
        "event.time_zone",
        ProblemKind::UnknownTimeZone {
            name: "Paris".into(),
        },
    );
}

#[test]
fn references_must_resolve() {
    let unknown = |kind, id: &str| ProblemKind::UnknownReference {
        kind,
        id: id.into(),
    };
    check(
        set("/sessions/0/space", json!("vestiaire")),
        "sessions[0].space",
        unknown(RefKind::Space, "vestiaire"),
    );
    check(
        set("/sessions/4/format", json!("concert")),
        "sessions[4].format",
        unknown(RefKind::Format, "concert"),
    );
    check(
        set("/sessions/2/themes/1", json!("sport")),
        "sessions[2].themes[1]",
        unknown(RefKind::Theme, "sport"),
    );
    check(
        set("/sessions/0/speakers/0", json!("personne")),
        "sessions[0].speakers[0]",
        unknown(RefKind::Speaker, "personne"),
    );
}

#[test]
fn a_moved_session_names_a_real_previous_slot() {
    check(
        set("/sessions/1/previous", json!({"space": "salle-fantome"})),
        "sessions[1].previous.space",
        ProblemKind::UnknownReference {
            kind: RefKind::Space,
            id: "salle-fantome".into(),
        },
    );
    check(
        set("/sessions/1/previous", json!({"start": "hier"})),
        "sessions[1].previous.start",
        ProblemKind::NotAnInstant {
            value: "hier".into(),
        },
    );
    let mut value = sample();
    value["sessions"][1]["previous"] = json!({"start": "2022-09-28T14:00:00+02:00", "end": "2022-09-28T15:30:00+02:00", "space": "grand-salon"});
    assert!(load_programme(&value.to_string()).is_ok());
}

#[test]
fn ids_are_unique_and_colours_valid() {
    check(
        |v| {
            let copy = v["spaces"][0].clone();
            v["spaces"].as_array_mut().unwrap().push(copy);
        },
        "spaces[2].id",
        ProblemKind::DuplicateId {
            id: "grand-salon".into(),
            first: "spaces[0]".into(),
        },
    );
    check(
        set("/sessions/4/id", json!("ouverture")),
        "sessions[4].id",
        ProblemKind::DuplicateId {
            id: "ouverture".into(),
            first: "sessions[0]".into(),
        },
    );
    check(
        set("/themes/0/colour", json!("blue")),
        "themes[0].colour",
        ProblemKind::NotAColour {
            value: "blue".into(),
        },
    );
    check(
        set("/format_version", json!(2)),
        "format_version",
        ProblemKind::UnsupportedVersion {
            found: 2,
            supported: 1,
        },
    );
    check(
        set("/sessions/1/title", json!("  ")),
        "sessions[1].title",
        ProblemKind::EmptyText,
    );
}

#[test]
fn broken_json_says_where() {
    let cases: &[(&str, ProblemKind)] = &[
        (
            "{\"format_version\": 1,,}",
            ProblemKind::NotJson {
                line: 1,
                column: 22,
            },
        ),
        // A wrong address, answered with the site's home page.
        ("<!doctype html><html>", ProblemKind::Html),
        ("\u{feff}\n  <html lang=\"fr\">", ProblemKind::Html),
        ("", ProblemKind::Empty),
        (" \n\t", ProblemKind::Empty),
        ("{", ProblemKind::Truncated),
        (&SAMPLE[..SAMPLE.len() / 2], ProblemKind::Truncated),
    ];
    for (text, kind) in cases {
        let failure = load_programme(text).unwrap_err();
        assert_eq!(failure.problems.len(), 1);
        assert_eq!(&failure.problems[0].kind, kind, "{text:.40}");
    }
    let trailing = format!("{SAMPLE} {{}}");
    let failure = load_programme(&trailing).unwrap_err();
    assert!(matches!(
        failure.problems[0].kind,
        ProblemKind::NotJson { .. }
    ));
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut value = sample();
    value["sessions"][0]["space"] = json!("nulle-part");
    value["sessions"][1]["start"] = json!("demain");
    value["themes"][1]["colour"] = json!("violet");
    let failure = load_programme(&value.to_string()).unwrap_err();
    let paths: Vec<_> = failure.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["themes[1].colour", "sessions[0].space", "sessions[1].start"]
    );
}

#[test]
fn messages_are_written_for_people_in_both_languages() {
    type Case = (fn(&mut Value), &'static str, &'static str);
    let cases: &[Case] = &[
        (
            |v| v["sessions"][3]["start"] = json!("2022-09-29 10:00"),
            "sessions[3].start : « 2022-09-29 10:00 » n'est pas une date et heure RFC 3339 avec décalage horaire (exemple : 2022-09-28T09:30:00+02:00)",
            "sessions[3].start: \"2022-09-29 10:00\" is not an RFC 3339 date-time with an offset (example: 2022-09-28T09:30:00+02:00)",
        ),
        (
            |v| v["sessions"][0]["space"] = json!("vestiaire"),
            "sessions[0].space : espace « vestiaire » introuvable dans « spaces »",
            "sessions[0].space: space \"vestiaire\" not found in \"spaces\"",
        ),
        (
            |v| v["sessions"][1]["title"] = json!(42),
            "sessions[1].title : le nombre `42` trouvé, un texte attendu",
            "sessions[1].title: found integer `42`, expected a string",
        ),
        (
            |v| { v["sessions"][2].as_object_mut().unwrap().remove("end"); },
            "sessions[2].end : le champ obligatoire « end » manque",
            "sessions[2].end: the required field \"end\" is missing",
        ),
    ];
    for (edit, fr, en) in cases {
        let mut value = sample();
        edit(&mut value);
        let failure = load_programme(&value.to_string()).unwrap_err();
        assert_eq!(failure.messages(Lang::Fr), vec![fr.to_string()]);
        assert_eq!(failure.messages(Lang::En), vec![en.to_string()]);
    }
    let failure = load_programme("{").unwrap_err();
    assert_eq!(
        failure.headline(Lang::Fr),
        "Le fichier du programme est invalide : 1 problème"
    );
    assert_eq!(
        failure.headline(Lang::En),
        "The programme file is invalid: 1 problem"
    );
}

/// Applies `edit` to the sample, loads it, and checks that it loads with these warnings.
fn check_warnings(edit: impl FnOnce(&mut Value), expected: &[(&str, ProblemKind)]) {
    let mut value = sample();
    edit(&mut value);
    let programme = load_programme(&value.to_string()).expect("warnings do not stop loading");
    let found: Vec<_> = programme
        .warnings()
        .iter()
        .map(|p| (p.path.as_str(), p.kind.clone()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn the_sample_has_no_warning() {
    assert_eq!(load_programme(SAMPLE).unwrap().warnings(), []);
}

#[test]
fn sessions_must_fall_on_the_event_days_in_its_zone() {
    check(
        |v| {
            v["sessions"][0]["start"] = json!("2022-09-30T09:30:00+02:00");
            v["sessions"][0]["end"] = json!("2022-09-30T10:30:00+02:00");
        },
        "sessions[0].start",
        ProblemKind::OutsideEvent {
            day: "2022-09-30".into(),
        },
    );
    check(
        // 23:30 UTC on the 29th is already the 30th in Paris.
        |v| {
            v["sessions"][4]["start"] = json!("2022-09-29T23:30:00Z");
            v["sessions"][4]["end"] = json!("2022-09-30T00:30:00Z");
        },
        "sessions[4].start",
        ProblemKind::OutsideEvent {
            day: "2022-09-30".into(),
        },
    );
    // 22:30 UTC on the 27th is 00:30 on the 28th in Paris: inside.
    let mut value = sample();
    value["sessions"][0]["start"] = json!("2022-09-27T22:30:00Z");
    assert!(load_programme(&value.to_string()).is_ok());
}

#[test]
fn two_sessions_in_one_space_at_once_is_a_warning() {
    let overlap = |other: &str, title: &str| ProblemKind::SpaceOverlap {
        other: other.into(),
        title: title.into(),
    };
    // The workshop moves into the plenary hall during the opening.
    check_warnings(
        |v| {
            v["sessions"][1]["space"] = json!("grand-salon");
            v["sessions"][1]["start"] = json!("2022-09-28T10:00:00+02:00");
        },
        &[(
            "sessions[1].start",
            overlap("sessions[0]", "Cérémonie d'ouverture"),
        )],
    );
    // Back to back is fine: one ends at 10:30, the other starts at 10:30.
    check_warnings(
        |v| {
            v["sessions"][1]["space"] = json!("grand-salon");
            v["sessions"][1]["start"] = json!("2022-09-28T10:30:00+02:00");
        },
        &[],
    );
    // A cancelled session frees its space.
    check_warnings(
        |v| {
            v["sessions"][0]["status"] = json!("cancelled");
            v["sessions"][1]["space"] = json!("grand-salon");
            v["sessions"][1]["start"] = json!("2022-09-28T10:00:00+02:00");
        },
        &[],
    );
    // A long session overlaps every later one, even after a short one has ended.
    let long_one = "Comment le numérique transforme l'éducation populaire – et inversement";
    check_warnings(
        |v| {
            v["sessions"][2]["start"] = json!("2022-09-28T10:00:00+02:00");
            v["sessions"][2]["end"] = json!("2022-09-28T18:00:00+02:00");
            v["sessions"][0]["space"] = json!("salon-2");
            v["sessions"][0]["start"] = json!("2022-09-28T13:00:00+02:00");
            v["sessions"][0]["end"] = json!("2022-09-28T14:00:00+02:00");
        },
        &[
            ("sessions[0].start", overlap("sessions[2]", long_one)),
            ("sessions[1].start", overlap("sessions[2]", long_one)),
        ],
    );
}

#[test]
fn very_long_texts_are_warnings() {
    let long = |n: usize| "é".repeat(n);
    check_warnings(
        |v| {
            v["sessions"][0]["title"] = json!(long(201));
            v["sessions"][1]["abstract"] = json!(long(4001));
            v["speakers"][0]["bio"] = json!(long(2000));
        },
        &[
            (
                "sessions[0].title",
                ProblemKind::TextTooLong {
                    length: 201,
                    max: 200,
                },
            ),
            (
                "sessions[1].abstract",
                ProblemKind::TextTooLong {
                    length: 4001,
                    max: 4000,
                },
            ),
        ],
    );
}

#[test]
fn parallel_sessions_and_a_speakers_sessions() {
    let programme = load_programme(SAMPLE).unwrap();
    let opening = programme.session("ouverture").unwrap();
    assert!(programme.parallel_to(opening).is_empty());
    let mut value = sample();
    // The workshop now starts during the opening, in another room.
    value["sessions"][1]["start"] = json!("2022-09-28T10:00:00+02:00");
    let programme = load_programme(&value.to_string()).unwrap();
    let opening = programme.session("ouverture").unwrap();
    let parallel: Vec<_> = programme
        .parallel_to(opening)
        .iter()
        .map(|s| s.data.id.as_str())
        .collect();
    assert_eq!(parallel, ["atelier-mediation-qpv"]);
    let of: Vec<_> = programme
        .sessions_of("henri-verdier")
        .iter()
        .map(|s| s.data.id.as_str())
        .collect();
    assert_eq!(of, ["ouverture"]);
    assert!(programme.sessions_of("personne").is_empty());
    assert_eq!(programme.position("cloture"), Some(4));
}

#[test]
fn texts_say_which_language_they_are_written_in() {
    use nec_compagnon::domain::model::{is_language_tag, Localised};
    // Tags a page can put in `lang`, and what a file may hold instead.
    for (text, tag) in [
        ("fr", true),
        ("en", true),
        ("pt-BR", true),
        ("gsw", true),
        ("zh-Hant-TW", true),
        ("sr-Latn", true),
        ("", false),
        ("f", false),
        ("fran", false),
        ("français", false),
        ("en_GB", false),
        ("en-", false),
        ("en-x", false),
        ("fr en", false),
        ("de-verylongsubtag", false),
    ] {
        assert_eq!(is_language_tag(text), tag, "{text:?}");
    }
    // A session's texts are in the language spoken; a tag that is not one gives no `lang`.
    let mut value = sample();
    value["sessions"][0]["language"] = json!("en");
    value["sessions"][1]["language"] = json!("anglais");
    let programme = load_programme(&value.to_string()).unwrap();
    let lang_of = |id: &str| {
        let s = programme
            .sessions()
            .iter()
            .find(|s| s.data.id == id)
            .unwrap();
        s.data.text_lang().map(str::to_owned)
    };
    let ids: Vec<String> = value["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(lang_of(&ids[0]).as_deref(), Some("en"));
    assert_eq!(lang_of(&ids[1]), None);
    assert_eq!(lang_of(&ids[2]).as_deref(), Some("fr"), "the default");
    // A text given only in French stays French on an English page, and says so.
    let both = Localised {
        fr: "Accueil".into(),
        en: Some("Welcome desk".into()),
    };
    let french = Localised {
        fr: "Ascenseurs depuis le hall".into(),
        en: None,
    };
    assert_eq!(both.with_lang(Lang::En), ("Welcome desk", Lang::En));
    assert_eq!(both.with_lang(Lang::Fr), ("Accueil", Lang::Fr));
    assert_eq!(
        french.with_lang(Lang::En),
        ("Ascenseurs depuis le hall", Lang::Fr)
    );
    assert_eq!(french.get(Lang::En), "Ascenseurs depuis le hall");
    // In a file, such a text is an object with `fr` and perhaps `en`, or a plain string for a
    // text in French only (a room's proper name); other keys are left aside.
    let mut value = sample();
    value["themes"][0]["label"] = json!("Inclusion");
    value["spaces"][0]["name"] = json!({"fr": "Salle", "en": "Room", "de": "Raum"});
    let programme = load_programme(&value.to_string()).unwrap();
    assert_eq!(programme.themes()[0].label, Localised::french("Inclusion"));
    assert_eq!(
        programme.spaces()[0].name,
        Localised {
            fr: "Salle".into(),
            en: Some("Room".into())
        }
    );
}

#[test]
fn a_text_in_two_languages_needs_its_french() {
    check(
        set("/themes/0/label", json!({"en": "Inclusion"})),
        "themes[0].label.fr",
        ProblemKind::MissingField { field: "fr".into() },
    );
    let mut value = sample();
    value["spaces"][0]["name"] = json!(42);
    let failure = load_programme(&value.to_string()).unwrap_err();
    let said: Vec<_> = failure
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.what(Lang::Fr), p.what(Lang::En)))
        .collect();
    assert_eq!(
        said,
        [(
            "spaces[0].name",
            "le nombre `42` trouvé, un texte ou un objet {\"fr\", \"en\"} attendu".to_owned(),
            "found integer `42`, expected a string or an object {\"fr\", \"en\"}".to_owned()
        )]
    );
}

#[test]
fn the_event_is_called_by_its_short_name_else_its_name() {
    let mut v = sample();
    let programme = load_programme(&v.to_string()).unwrap();
    assert_eq!(programme.event().short(), "Numérique en Commun[s] 2022");
    v["event"]["short_name"] = json!("NEC 2022");
    assert_eq!(
        load_programme(&v.to_string()).unwrap().event().short(),
        "NEC 2022"
    );
    v["event"]["short_name"] = json!("  ");
    let blank = load_programme(&v.to_string()).unwrap();
    assert_eq!(blank.event().short(), "Numérique en Commun[s] 2022");
}
