//! Host tests of the c3voc importer: every real example imports and passes the validator; each
//! real-world oddity becomes a warning; what cannot be converted is refused with its path.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use nec_compagnon::domain::load::check;
use nec_compagnon::domain::model::{LinkKind, Session};
use nec_compagnon::domain::{Lang, ProblemKind, Programme};
use nec_publish::c3voc::import;
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/../tests/fixtures/c3voc/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Imports a file, validates the result, and returns (sessions, warnings' kinds).
fn import_and_check(json: &str) -> (Programme, Vec<(String, ProblemKind)>) {
    let imported = import(json).unwrap_or_else(|f| panic!("{:#?}", f.messages(Lang::En)));
    let warnings = imported
        .warnings
        .iter()
        .map(|p| (p.path.clone(), p.kind.clone()))
        .collect();
    let programme = check(imported.file).unwrap_or_else(|f| {
        panic!(
            "the import must pass the validator: {:#?}",
            f.messages(Lang::En)
        )
    });
    (programme, warnings)
}

#[test]
fn every_example_imports_and_passes_the_validator() {
    // (file, sessions, zone, first day, last day, warnings)
    let cases = [
        (
            // A bare host in a link, and 12 attachments at paths of frab's own site.
            "frab-camp2019.json",
            79,
            "Europe/Berlin",
            "2019-08-21",
            "2019-08-26",
            13,
        ),
        (
            "pretalx-rc3.json",
            48,
            "Europe/Paris",
            "2020-12-27",
            "2020-12-30",
            1,
        ),
        (
            "pretalx-democon.json",
            36,
            "Europe/Paris",
            "2020-12-14",
            "2020-12-16",
            2,
        ),
        (
            "hub-schedule2.json",
            0,
            "Europe/Berlin",
            "2024-12-27",
            "2024-12-30",
            1,
        ),
        (
            // Text ids where the schema wants integers: a field the app does not use.
            "invalid-example.json",
            1,
            "Europe/Zurich",
            "2022-12-28",
            "2022-12-30",
            0,
        ),
    ];
    let folder = format!("{}/../tests/fixtures/c3voc", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&folder).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") && name != "schema.json" {
            assert!(cases.iter().any(|c| c.0 == name), "{name} is not tested");
        }
    }
    for (name, sessions, zone, first, last, warnings) in cases {
        let (programme, found) = import_and_check(&fixture(name));
        assert_eq!(programme.sessions().len(), sessions, "{name}");
        assert_eq!(programme.event().time_zone, zone, "{name}");
        assert_eq!(programme.first_day().to_string(), first, "{name}");
        assert_eq!(programme.last_day().to_string(), last, "{name}");
        assert_eq!(found.len(), warnings, "{name}: {found:#?}");
    }
}

#[test]
fn camp2019_keeps_its_rooms_tracks_people_and_local_times() {
    let (programme, _) = import_and_check(&fixture("frab-camp2019.json"));
    let opening = programme
        .session("a0a0fcfe-b7fb-46e3-84b6-97a5406016b4")
        .unwrap();
    assert_eq!(opening.data.title, "Opening Ceremony");
    assert_eq!(opening.data.start, "2019-08-21T11:00:00+02:00");
    assert_eq!(opening.data.end, "2019-08-21T11:30:00+02:00");
    assert_eq!(
        programme.space(&opening.data.space).unwrap().name.fr,
        "Curie"
    );
    assert_eq!(
        programme.theme(&opening.data.themes[0]).unwrap().label.fr,
        "CCC"
    );
    assert_eq!(
        programme.format(&opening.data.format).unwrap().label.fr,
        "lecture"
    );
    let names: Vec<_> = opening
        .data
        .speakers
        .iter()
        .map(|id| programme.speaker(id).unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["jinxx", "smtw"]);
    assert_eq!(opening.data.language, "en");
    assert_eq!(
        opening.data.links[0].url,
        "https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html"
    );
}

#[test]
fn sessions_that_cross_midnight_end_the_next_day() {
    let (programme, _) = import_and_check(&fixture("frab-camp2019.json"));
    let late = programme
        .sessions()
        .iter()
        .find(|s| s.data.start == "2019-08-22T23:00:00+02:00")
        .expect("the 23:00 session of the 22nd");
    assert_eq!(late.data.end, "2019-08-23T00:30:00+02:00");
    // It belongs to the day it starts on, in the event's zone.
    let day = programme.local(late.start).0;
    assert_eq!(day.to_string(), "2019-08-22");
}

#[test]
fn a_missing_time_zone_is_inferred_from_the_offsets_with_a_warning() {
    let (programme, warnings) = import_and_check(&fixture("pretalx-rc3.json"));
    assert_eq!(
        warnings,
        [(
            "schedule.conference.time_zone_name".to_string(),
            ProblemKind::MissingTimeZone {
                used: "Europe/Paris".into()
            }
        )]
    );
    // 11:30+01:00 stays 11:30: the inferred zone agrees with every written offset.
    let first = &programme.sessions()[0];
    assert_eq!(first.data.start, "2020-12-27T11:30:00+01:00");
}

#[test]
fn a_zone_that_disagrees_with_the_offsets_is_replaced_with_a_warning() {
    // democon says UTC but writes every time at +01:00: local times are kept.
    let (programme, warnings) = import_and_check(&fixture("pretalx-democon.json"));
    assert_eq!(
        warnings[0],
        (
            "schedule.conference.time_zone_name".to_string(),
            ProblemKind::TimeZoneMismatch {
                declared: "UTC".into(),
                used: "Europe/Paris".into()
            }
        )
    );
    assert!(programme
        .sessions()
        .iter()
        .any(|s| s.data.start == "2020-12-14T09:00:00+01:00"));
}

#[test]
fn the_hub_export_published_before_its_sessions_imports_with_a_warning() {
    let imported = import(&fixture("hub-schedule2.json")).unwrap();
    let warnings: Vec<_> = imported
        .warnings
        .iter()
        .map(|w| w.message(Lang::Fr))
        .collect();
    assert_eq!(
        warnings,
        ["schedule.conference.days : aucune session à importer"]
    );
    let (programme, _) = import_and_check(&fixture("hub-schedule2.json"));
    let rooms: Vec<_> = programme
        .spaces()
        .iter()
        .map(|s| s.name.fr.as_str())
        .collect();
    assert_eq!(
        rooms,
        [
            "Saal 1",
            "Saal GLITCH",
            "Saal ZIGZAG",
            "Stage HUFF",
            "Stage YELL"
        ]
    );
    // Track colours are kept when they are #rrggbb.
    assert_eq!(programme.theme("art-beauty").unwrap().colour, "#f9b000");
}

#[test]
fn a_schedule_with_no_date_at_all_is_refused() {
    let value = json!({"schedule": {"conference": {"acronym": "x", "title": "X", "days": []}}});
    let failure = import(&value.to_string()).unwrap_err();
    assert_eq!(
        failure.messages(Lang::Fr),
        ["schedule.conference.days : aucune session à importer"]
    );
}

#[test]
fn text_ids_are_read_as_any_other() {
    // Winterchaos writes its event's and its person's ids as text; its room list is outside
    // the conference, where the importer does not look.
    let (programme, warnings) = import_and_check(&fixture("invalid-example.json"));
    assert_eq!(warnings, []);
    let session = programme
        .session("7a0fc001-e587-47e1-b378-b6ec7e666337")
        .unwrap();
    assert_eq!(session.data.speakers, ["p-dsadf"]);
    assert_eq!(programme.speaker("p-dsadf").unwrap().name, "Mänu");
    assert_eq!(session.data.start, "2022-12-28T14:00:00+01:00");
}

fn camp() -> Value {
    serde_json::from_str(&fixture("frab-camp2019.json")).unwrap()
}

fn first_event(v: &mut Value) -> &mut Value {
    &mut v["schedule"]["conference"]["days"][0]["rooms"]["Curie"][0]
}

const FIRST: &str = "schedule.conference.days[0].rooms.Curie[0]";

/// camp2019's one link written without `https://`, which the importer adds.
fn camp_link_warning() -> (String, ProblemKind) {
    (
        "schedule.conference.days[4].rooms.Curie[0].links[0].url".into(),
        ProblemKind::LinkWithoutScheme {
            value: "nymtech.net".into(),
            used: "https://nymtech.net".into(),
        },
    )
}

/// The warnings of `warnings` that importing camp2019 as it is does not give.
fn added_to_camp(mut warnings: Vec<(String, ProblemKind)>) -> Vec<(String, ProblemKind)> {
    static CAMP: OnceLock<Vec<(String, ProblemKind)>> = OnceLock::new();
    let camp = CAMP.get_or_init(|| import_and_check(&camp().to_string()).1);
    for warning in camp {
        let at = warnings.iter().position(|w| w == warning);
        warnings.remove(at.unwrap_or_else(|| panic!("{warning:?} is gone")));
    }
    warnings
}

#[test]
fn real_world_oddities_are_warnings() {
    type Case = (fn(&mut Value), &'static str, ProblemKind);
    let cases: &[Case] = &[
        (
            |v| first_event(v)["language"] = json!(""),
            "language",
            ProblemKind::EmptyLanguage { used: "en".into() },
        ),
        (
            |v| first_event(v)["language"] = json!("English"),
            "language",
            ProblemKind::OddLanguage {
                value: "English".into(),
                used: "en".into(),
            },
        ),
        (
            |v| first_event(v)["language"] = json!("xx-klingon"),
            "language",
            ProblemKind::OddLanguage {
                value: "xx-klingon".into(),
                used: "xx".into(),
            },
        ),
        (
            |v| first_event(v)["duration"] = json!("00:00"),
            "duration",
            ProblemKind::ZeroDuration,
        ),
    ];
    for (edit, field, kind) in cases {
        let mut value = camp();
        edit(&mut value);
        let (_, warnings) = import_and_check(&value.to_string());
        assert_eq!(
            added_to_camp(warnings),
            [(format!("{FIRST}.{field}"), kind.clone())]
        );
    }
}

#[test]
fn duplicate_event_guids_get_distinct_ids() {
    let mut value = camp();
    let guid = first_event(&mut value)["guid"].clone();
    value["schedule"]["conference"]["days"][0]["rooms"]["Curie"][1]["guid"] = guid;
    let (programme, warnings) = import_and_check(&value.to_string());
    assert!(warnings.contains(&camp_link_warning()));
    assert_eq!(
        added_to_camp(warnings),
        [(
            "schedule.conference.days[0].rooms.Curie[1].guid".to_string(),
            ProblemKind::DuplicateGuid {
                first: FIRST.into()
            }
        )]
    );
    assert!(programme
        .session("a0a0fcfe-b7fb-46e3-84b6-97a5406016b4")
        .is_some());
    assert!(programme
        .session("a0a0fcfe-b7fb-46e3-84b6-97a5406016b4-2")
        .is_some());
    assert_eq!(programme.sessions().len(), 79);
}

#[test]
fn rooms_sharing_a_guid_stay_distinct() {
    // democon's two rooms really share one guid.
    let (programme, _) = import_and_check(&fixture("pretalx-democon.json"));
    let names: Vec<_> = programme
        .spaces()
        .iter()
        .map(|s| s.name.fr.as_str())
        .collect();
    assert_eq!(names, ["Gray Room", "Tan Room"]);
    let imported = import(&fixture("pretalx-democon.json")).unwrap();
    assert!(imported
        .warnings
        .iter()
        .any(|w| w.path == "schedule.conference.rooms[1].guid"
            && w.kind
                == ProblemKind::SharedRoomGuid {
                    first: "schedule.conference.rooms[0]".into()
                }));
}

#[test]
fn what_cannot_be_converted_is_refused_with_its_path() {
    let mut value = camp();
    first_event(&mut value)["date"] = json!("2019-08-21 11:00");
    let failure = import(&value.to_string()).unwrap_err();
    assert_eq!(failure.problems[0].path, format!("{FIRST}.date"));

    let mut value = camp();
    first_event(&mut value)["duration"] = json!("une heure");
    let failure = import(&value.to_string()).unwrap_err();
    assert_eq!(
        failure.messages(Lang::Fr),
        [format!(
            "{FIRST}.duration : « une heure » n'est pas une durée H:MM"
        )]
    );

    for broken in ["", "{", "[]", "{\"schedule\": 3}", "null"] {
        assert!(import(broken).is_err(), "{broken}");
    }
}

#[test]
fn odd_guids_become_ids_that_read_the_same_in_every_address() {
    let odd = ["a/b", "a b", "a?b#c", "100%", "é", ".x"];
    let mut value = camp();
    for (i, guid) in odd.iter().enumerate() {
        value["schedule"]["conference"]["days"][0]["rooms"]["Curie"][i]["guid"] = json!(guid);
    }
    let (programme, _) = import_and_check(&value.to_string());
    let ids: Vec<&str> = programme
        .sessions()
        .iter()
        .map(|s| s.data.id.as_str())
        .collect();
    for id in &ids {
        assert_eq!(nec_compagnon::domain::links::bad_id_char(id), None, "{id}");
    }
    // Each still its own session, and the same ids every time.
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    let (again, _) = import_and_check(&value.to_string());
    let again: Vec<&str> = again
        .sessions()
        .iter()
        .map(|s| s.data.id.as_str())
        .collect();
    assert_eq!(again, ids);
}

#[test]
fn links_the_app_would_not_draw_are_left_out_with_a_warning() {
    let mut value = camp();
    first_event(&mut value)["links"] = json!([
        { "url": "javascript:alert(1)", "title": "x" },
        { "url": "https://example.org/slides", "title": "Slides" }
    ]);
    let (programme, warnings) = import_and_check(&value.to_string());
    assert!(warnings.contains(&(
        format!("{FIRST}.links[0].url"),
        ProblemKind::UnsafeLink {
            value: "javascript:alert(1)".into(),
            contact: false
        }
    )));
    let all_links: Vec<&str> = programme
        .sessions()
        .iter()
        .flat_map(|s| s.data.links.iter().map(|l| l.url.as_str()))
        .collect();
    assert!(all_links.contains(&"https://example.org/slides"));
    assert!(all_links.contains(&"https://nymtech.net"));
    assert!(
        all_links.iter().all(|u| u.starts_with("http")),
        "{all_links:?}"
    );
}

fn left_out(path: &str, value: &str) -> (String, ProblemKind) {
    let value = value.to_owned();
    (path.to_owned(), ProblemKind::LeftOut { value })
}

/// camp2019 with its first event edited, imported and checked: the warnings the edit adds,
/// and the programme.
fn camp_after(edit: impl Fn(&mut Value)) -> (Vec<(String, ProblemKind)>, Programme) {
    let mut value = camp();
    edit(&mut value);
    let (programme, warnings) = import_and_check(&value.to_string());
    (added_to_camp(warnings), programme)
}

/// The first event of camp2019 as imported.
fn opening(programme: &Programme) -> &Session {
    let found = programme
        .sessions()
        .iter()
        .find(|s| s.data.title == "Opening Ceremony");
    &found.expect("the opening ceremony").data
}

/// Its links as (kind, address, label), its own page left out.
fn other_links(session: &Session) -> Vec<(LinkKind, &str, Option<&str>)> {
    let links = session.links.iter().filter(|l| l.kind != LinkKind::Website);
    links
        .map(|l| (l.kind, l.url.as_str(), l.label.as_deref()))
        .collect()
}

#[test]
fn links_and_attachments_as_addresses_or_objects() {
    type Case = (
        Value,
        Value,
        Vec<(String, ProblemKind)>,
        Vec<(LinkKind, &'static str, Option<&'static str>)>,
    );
    let (a, b, c) = (
        "https://example.org/a",
        "https://example.org/b",
        "https://example.org/c.pdf",
    );
    let cases: Vec<Case> = vec![
        // Plain addresses, as large exports write them.
        (
            json!([a, b]),
            json!(null),
            vec![],
            vec![(LinkKind::Other, a, None), (LinkKind::Other, b, None)],
        ),
        // Mixed in one list; what is neither is left out at its path.
        (
            json!([a, {"url": b, "title": "Vidéo"}, 42, {"title": "sans adresse"}, null, ["x"]]),
            json!([]),
            vec![
                left_out(&format!("{FIRST}.links[2]"), "42"),
                left_out(&format!("{FIRST}.links[3]"), r#"{"title":"sans adresse"}"#),
                left_out(&format!("{FIRST}.links[4]"), "null"),
                left_out(&format!("{FIRST}.links[5]"), r#"["x"]"#),
            ],
            vec![
                (LinkKind::Other, a, None),
                (LinkKind::Other, b, Some("Vidéo")),
            ],
        ),
        // Attachments, with their titles, and slides said as such.
        (
            json!([]),
            json!([c, {"url": b, "title": "Slides", "type": "slides"}, {"url": a, "title": 3}]),
            vec![left_out(&format!("{FIRST}.attachments[2].title"), "3")],
            vec![
                (LinkKind::Other, c, None),
                (LinkKind::Slides, b, Some("Slides")),
                (LinkKind::Other, a, None),
            ],
        ),
        // A bare host gets https://, a path of the exporter's site is left out.
        (
            json!(["example.org/d"]),
            json!([{"url": "/system/x.pdf", "title": "x"}]),
            vec![
                (
                    format!("{FIRST}.links[0]"),
                    ProblemKind::LinkWithoutScheme {
                        value: "example.org/d".into(),
                        used: "https://example.org/d".into(),
                    },
                ),
                (
                    format!("{FIRST}.attachments[0].url"),
                    ProblemKind::UnsafeLink {
                        value: "/system/x.pdf".into(),
                        contact: false,
                    },
                ),
            ],
            vec![(LinkKind::Other, "https://example.org/d", None)],
        ),
        // Not a list at all.
        (
            json!("https://example.org/a"),
            json!({"url": c}),
            vec![
                left_out(&format!("{FIRST}.links"), r#""https://example.org/a""#),
                left_out(
                    &format!("{FIRST}.attachments"),
                    r#"{"url":"https://example.org/c.pdf"}"#,
                ),
            ],
            vec![],
        ),
    ];
    for (links, attachments, warnings, expected) in cases {
        let (found, programme) = camp_after(|v| {
            first_event(v)["links"] = links.clone();
            first_event(v)["attachments"] = attachments.clone();
        });
        assert_eq!(found, warnings, "{links} {attachments}");
        assert_eq!(
            other_links(opening(&programme)),
            expected,
            "{links} {attachments}"
        );
    }
}

#[test]
fn persons_with_either_name_or_as_names_alone() {
    let (warnings, programme) = camp_after(|v| {
        first_event(v)["persons"] = json!([
            {"id": 1, "public_name": "Ada"},
            {"code": "QX7", "name": "Bob", "biography": null},
            {"guid": "0c16ffaa", "name": "Chloé", "biography": "Hacker."},
            "Dana Okafor",
            {"id": "x"},
            {"public_name": "  "},
            7
        ]);
    });
    assert_eq!(
        warnings,
        [
            left_out(&format!("{FIRST}.persons[4]"), r#"{"id":"x"}"#),
            left_out(&format!("{FIRST}.persons[5]"), r#"{"public_name":"  "}"#),
            left_out(&format!("{FIRST}.persons[6]"), "7"),
        ]
    );
    let speakers = &opening(&programme).speakers;
    assert_eq!(speakers, &["p-1", "p-qx7", "p-0c16ffaa", "p-dana-okafor"]);
    let names: Vec<&str> = speakers
        .iter()
        .map(|id| programme.speaker(id).unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["Ada", "Bob", "Chloé", "Dana Okafor"]);
    assert_eq!(
        programme.speaker("p-0c16ffaa").unwrap().bio.as_deref(),
        Some("Hacker.")
    );
}

#[test]
fn rooms_with_or_without_guids_or_none_declared() {
    // democon's rooms without their guids: no shared guid to warn about.
    let mut value: Value = serde_json::from_str(&fixture("pretalx-democon.json")).unwrap();
    value["schedule"]["conference"]["rooms"] = json!([
        {"name": "Tan Room"},
        "Side Room",
        {"name": "Gray Room", "guid": 12},
        {"guid": "no name"}
    ]);
    let (programme, warnings) = import_and_check(&value.to_string());
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert_eq!(
        warnings[1],
        left_out("schedule.conference.rooms[3]", r#"{"guid":"no name"}"#)
    );
    let names: Vec<&str> = programme
        .spaces()
        .iter()
        .map(|s| s.name.fr.as_str())
        .collect();
    assert_eq!(names, ["Tan Room", "Side Room", "Gray Room"]);

    // No list at all: the rooms events name, in their order.
    value["schedule"]["conference"]
        .as_object_mut()
        .unwrap()
        .remove("rooms");
    let (programme, warnings) = import_and_check(&value.to_string());
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(programme.spaces().len(), 2);

    // An event without `room` is in the room it is listed under.
    let (warnings, programme) = camp_after(|v| {
        first_event(v).as_object_mut().unwrap().remove("room");
    });
    assert_eq!(warnings, []);
    let space = &opening(&programme).space;
    assert_eq!(programme.space(space).unwrap().name.fr, "Curie");
}

#[test]
fn missing_optional_fields_and_unused_fields_of_any_type() {
    type Case = (&'static str, Option<Value>, Vec<(String, ProblemKind)>);
    let no_language = || {
        (
            format!("{FIRST}.language"),
            ProblemKind::EmptyLanguage { used: "en".into() },
        )
    };
    let cases: Vec<Case> = vec![
        // Absent, then null: nothing to say but for the language, which a session needs.
        ("subtitle", None, vec![]),
        ("abstract", None, vec![]),
        ("description", None, vec![]),
        ("track", None, vec![]),
        ("type", None, vec![]),
        ("url", None, vec![]),
        ("persons", None, vec![]),
        ("links", None, vec![]),
        ("attachments", None, vec![]),
        ("do_not_record", None, vec![]),
        ("slug", None, vec![]),
        ("start", None, vec![]),
        ("logo", None, vec![]),
        ("language", None, vec![no_language()]),
        ("subtitle", Some(json!(null)), vec![]),
        ("track", Some(json!(null)), vec![]),
        ("persons", Some(json!(null)), vec![]),
        ("links", Some(json!(null)), vec![]),
        ("language", Some(json!(null)), vec![no_language()]),
        // A field the app does not use, of any type.
        ("id", Some(json!("10386")), vec![]),
        ("id", Some(json!({"frab": 10386})), vec![]),
        ("id", None, vec![]),
        ("do_not_record", Some(json!("yes")), vec![]),
        ("recording_license", Some(json!(4)), vec![]),
        ("answers", Some(json!([{"q": 1}])), vec![]),
        ("logo", Some(json!({"url": "x"})), vec![]),
        // A field the app uses, of another type: left out, with its value.
        (
            "subtitle",
            Some(json!(3)),
            vec![left_out(&format!("{FIRST}.subtitle"), "3")],
        ),
        (
            "track",
            Some(json!({"slug": "ccc"})),
            vec![left_out(&format!("{FIRST}.track"), r#"{"slug":"ccc"}"#)],
        ),
        (
            "type",
            Some(json!(false)),
            vec![left_out(&format!("{FIRST}.type"), "false")],
        ),
        (
            "language",
            Some(json!(["en"])),
            vec![(
                format!("{FIRST}.language"),
                ProblemKind::OddLanguage {
                    value: r#"["en"]"#.into(),
                    used: "en".into(),
                },
            )],
        ),
    ];
    for (field, value, expected) in cases {
        let (warnings, programme) = camp_after(|v| {
            let event = first_event(v).as_object_mut().unwrap();
            match &value {
                Some(value) => event.insert(field.into(), value.clone()),
                None => event.remove(field),
            };
        });
        assert_eq!(warnings, expected, "{field}: {value:?}");
        assert!(programme
            .session("a0a0fcfe-b7fb-46e3-84b6-97a5406016b4")
            .is_some());
    }
    // All of them at once.
    let (_, programme) = camp_after(|v| {
        let event = first_event(v).as_object_mut().unwrap();
        event
            .retain(|key, _| ["guid", "date", "duration", "room", "title"].contains(&key.as_str()));
    });
    let session = opening(&programme);
    assert_eq!(
        programme.format(&session.format).unwrap().label.fr,
        "Session"
    );
    assert!(session.themes.is_empty() && session.speakers.is_empty());
    assert!(session.links.is_empty() && session.subtitle.is_none() && session.summary.is_none());
}

#[test]
fn an_event_without_guid_takes_its_id() {
    let missing_guid = || {
        let field = "guid".to_owned();
        (FIRST.to_owned(), ProblemKind::MissingField { field })
    };
    for (id, expected) in [
        (json!(10386), "session-10386"),
        (json!("x/1"), "session-x-1"),
        (json!(null), "session-1"),
    ] {
        let (warnings, programme) = camp_after(|v| {
            first_event(v).as_object_mut().unwrap().remove("guid");
            first_event(v)["id"] = id.clone();
        });
        assert_eq!(warnings, [missing_guid()]);
        assert_eq!(opening(&programme).id, expected);
    }
}

#[test]
fn end_stands_in_for_a_missing_duration() {
    let (warnings, programme) = camp_after(|v| {
        first_event(v).as_object_mut().unwrap().remove("duration");
        first_event(v)["end"] = json!("2019-08-21T12:15:00+02:00");
    });
    assert_eq!(warnings, []);
    assert_eq!(opening(&programme).end, "2019-08-21T12:15:00+02:00");

    let mut value = camp();
    first_event(&mut value)
        .as_object_mut()
        .unwrap()
        .remove("duration");
    let failure = import(&value.to_string()).unwrap_err();
    assert_eq!(
        failure.messages(Lang::En),
        [format!(
            "{FIRST}: the required field \"duration\" is missing"
        )]
    );
}

#[test]
fn an_event_without_title_or_date_is_refused_with_every_path() {
    let mut value = camp();
    first_event(&mut value)
        .as_object_mut()
        .unwrap()
        .remove("title");
    value["schedule"]["conference"]["days"][0]["rooms"]["Curie"][1]["date"] = json!(20190821);
    let failure = import(&value.to_string()).unwrap_err();
    assert_eq!(
        failure.messages(Lang::Fr),
        [
            format!("{FIRST} : le champ obligatoire « title » manque"),
            "schedule.conference.days[0].rooms.Curie[1].date : le nombre `20190821` trouvé, un texte attendu".to_owned(),
        ]
    );
}

#[test]
fn unknown_fields_anywhere_are_skipped() {
    let unknown = json!({"x": [1, {"y": null}], "z": "?"});
    let mut value = camp();
    value["generator"] = unknown.clone();
    value["schedule"]["x_unknown"] = unknown.clone();
    value["schedule"]["conference"]["x_unknown"] = unknown.clone();
    value["schedule"]["conference"]["days"][0]["x_unknown"] = unknown.clone();
    first_event(&mut value)["x_unknown"] = unknown.clone();
    first_event(&mut value)["persons"][0]["x_unknown"] = unknown.clone();
    first_event(&mut value)["links"] = json!([{"url": "https://example.org/", "service": "x"}]);
    value["schedule"]["conference"]["rooms"] = json!([{"name": "Curie", "features": unknown}]);
    let (programme, warnings) = import_and_check(&value.to_string());
    assert_eq!(added_to_camp(warnings), []);
    assert_eq!(programme.sessions().len(), 79);
}

#[test]
fn the_conference_s_odd_fields_are_warnings() {
    let mut value = camp();
    let conference = &mut value["schedule"]["conference"];
    conference["time_zone_name"] = json!(1);
    conference["url"] = json!("events.ccc.de/camp/2019");
    conference["tracks"] =
        json!(["CCC", {"name": "Art", "color": "#AA0000"}, {"color": "#000000"}]);
    conference["days"][1] = json!("not a day");
    let (programme, warnings) = import_and_check(&value.to_string());
    for expected in [
        left_out("schedule.conference.time_zone_name", "1"),
        (
            "schedule.conference.time_zone_name".into(),
            ProblemKind::MissingTimeZone {
                used: "Europe/Paris".into(),
            },
        ),
        (
            "schedule.conference.url".into(),
            ProblemKind::LinkWithoutScheme {
                value: "events.ccc.de/camp/2019".into(),
                used: "https://events.ccc.de/camp/2019".into(),
            },
        ),
        left_out("schedule.conference.tracks[2]", r##"{"color":"#000000"}"##),
        left_out("schedule.conference.days[1]", r#""not a day""#),
    ] {
        assert!(
            warnings.contains(&expected),
            "{expected:?} in {warnings:#?}"
        );
    }
    assert_eq!(programme.theme("art").unwrap().colour, "#aa0000");
    assert_eq!(
        programme.event().url.as_deref(),
        Some("https://events.ccc.de/camp/2019")
    );
}

/// A schedule of `days` days, `rooms` rooms and `per_room` sessions a room a day, as a large
/// export writes it: links and attachments as plain addresses, persons of both kinds.
fn large_schedule(days: usize, rooms: usize, per_room: usize) -> Value {
    let mut n = 0;
    let days: Vec<Value> = (0..days)
        .map(|d| {
            let date = format!("2025-12-{:02}", 27 + d);
            let rooms: serde_json::Map<String, Value> = (0..rooms)
                .map(|r| {
                    let room = format!("Saal {r}");
                    let events: Vec<Value> = (0..per_room)
                        .map(|i| {
                            n += 1;
                            let (h, m) = (8 + i / 2, (i % 2) * 30);
                            json!({
                                "id": n,
                                "guid": format!("00000000-0000-4000-8000-{n:012}"),
                                "date": format!("{date}T{h:02}:{m:02}:00+01:00"),
                                "start": format!("{h:02}:{m:02}"),
                                "duration": "00:30",
                                "room": room,
                                "title": format!("Session {n}"),
                                "language": if n % 3 == 0 { "de" } else { "en" },
                                "track": format!("Track {}", n % 7),
                                "type": "Talk",
                                "abstract": "Ein Vortrag.",
                                "persons": [
                                    {"id": n % 400, "public_name": format!("Person {}", n % 400)},
                                    {"code": format!("C{}", n % 300), "name": format!("Name {}", n % 300)}
                                ],
                                "links": [
                                    format!("https://example.org/talk/{n}"),
                                    format!("https://media.example.org/v/{n}")
                                ],
                                "attachments": [format!("https://example.org/talk/{n}/slides.pdf")],
                                "url": format!("https://example.org/event/{n}.html"),
                                "do_not_record": n % 5 == 0
                            })
                        })
                        .collect();
                    (room, Value::Array(events))
                })
                .collect();
            json!({"index": d + 1, "date": date, "rooms": rooms})
        })
        .collect();
    json!({"schedule": {"version": "1.0", "conference": {
        "acronym": "large2025", "title": "Large", "start": "2025-12-27", "end": "2025-12-31",
        "time_zone_name": "Europe/Berlin", "days": days
    }}})
}

#[test]
fn a_large_schedule_with_links_as_addresses_imports_and_passes_the_validator() {
    let schedule = large_schedule(5, 10, 30);
    let (programme, warnings) = import_and_check(&schedule.to_string());
    assert_eq!(warnings, []);
    assert_eq!(programme.sessions().len(), 1_500);
    assert_eq!(programme.spaces().len(), 10);
    assert_eq!(programme.speakers().len(), 700);
    assert!(programme
        .sessions()
        .iter()
        .all(|s| s.data.links.len() == 4 && s.data.speakers.len() == 2));
    assert_eq!(programme.last_day().to_string(), "2025-12-31");
}

#[test]
fn what_is_left_out_is_said_in_both_languages_cut_short() {
    let long = "x".repeat(100);
    let mut value = camp();
    first_event(&mut value)["links"] = json!([42, [long]]);
    let imported = import(&value.to_string()).unwrap();
    let said = |lang| -> Vec<String> {
        let left_out = imported
            .warnings
            .iter()
            .filter(|w| matches!(w.kind, ProblemKind::LeftOut { .. }));
        left_out.map(|w| w.message(lang)).collect()
    };
    let cut = format!("[\"{}…", "x".repeat(58));
    assert_eq!(
        said(Lang::Fr),
        [
            format!("{FIRST}.links[0] : valeur inattendue « 42 » ; laissée de côté"),
            format!("{FIRST}.links[1] : valeur inattendue « {cut} » ; laissée de côté"),
        ]
    );
    assert_eq!(
        said(Lang::En),
        [
            format!("{FIRST}.links[0]: unexpected value \"42\"; left out"),
            format!("{FIRST}.links[1]: unexpected value \"{cut}\"; left out"),
        ]
    );
}
