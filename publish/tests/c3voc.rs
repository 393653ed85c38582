//! Host tests of the c3voc importer: every real example imports and passes the validator; each
//! real-world oddity becomes a warning; what cannot be converted is refused with its path.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::load::check;
use nec_compagnon::domain::{Lang, ProblemKind};
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
fn import_and_check(json: &str) -> (nec_compagnon::domain::Programme, Vec<(String, ProblemKind)>) {
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
fn every_valid_example_imports_and_passes_the_validator() {
    // (file, sessions, zone, first day, last day, warnings)
    let cases = [
        (
            "frab-camp2019.json",
            79,
            "Europe/Berlin",
            "2019-08-21",
            "2019-08-26",
            1,
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
    ];
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
fn the_invalid_example_is_rejected_with_its_path() {
    let failure = import(&fixture("invalid-example.json")).unwrap_err();
    assert_eq!(
        failure.messages(Lang::En),
        ["schedule.conference.days[0].rooms.Winterchaos[0].id: found string \"2814\", expected i64"]
    );
    assert_eq!(
        failure.messages(Lang::Fr),
        ["schedule.conference.days[0].rooms.Winterchaos[0].id : le texte \"2814\" trouvé, i64 attendu"]
    );
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
        "schedule.conference.days[4].rooms.Curie[0].links".into(),
        ProblemKind::LinkWithoutScheme {
            value: "nymtech.net".into(),
            used: "https://nymtech.net".into(),
        },
    )
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
            warnings,
            [
                (format!("{FIRST}.{field}"), kind.clone()),
                camp_link_warning()
            ]
        );
    }
}

#[test]
fn duplicate_event_guids_get_distinct_ids() {
    let mut value = camp();
    let guid = first_event(&mut value)["guid"].clone();
    value["schedule"]["conference"]["days"][0]["rooms"]["Curie"][1]["guid"] = guid;
    let (programme, warnings) = import_and_check(&value.to_string());
    assert_eq!(
        warnings,
        [
            (
                "schedule.conference.days[0].rooms.Curie[1].guid".to_string(),
                ProblemKind::DuplicateGuid {
                    first: FIRST.into()
                }
            ),
            camp_link_warning()
        ]
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
        format!("{FIRST}.links"),
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
