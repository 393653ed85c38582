//! Host tests of "Maintenant" on the NEC 2022 programme, at moments chosen before, during and
//! after the event.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::agenda::Agenda;
use nec_compagnon::domain::now::{mine, moment, Countdown, Mine, Moment};
use nec_compagnon::domain::{load_programme, time, Programme};
use serde_json::json;

fn programme() -> Programme {
    load_programme(include_str!("../public/programme.json")).unwrap()
}

fn titles(p: &Programme, positions: &[usize]) -> Vec<String> {
    positions
        .iter()
        .map(|&i| p.sessions()[i].data.title.clone())
        .collect()
}

fn at(p: &Programme, text: &str) -> jiff::Timestamp {
    time::parse_moment(text, p.zone()).unwrap()
}

#[test]
fn before_the_event_a_countdown_and_the_first_sessions() {
    let p = programme();
    let Moment::Before { countdown, first } = moment(&p, at(&p, "2022-09-25T18:29:30")) else {
        panic!("before");
    };
    // 25 Sept 18:29:30 to 27 Sept 08:30: 1 day 14 hours 1 minute (rounded up).
    assert_eq!(
        countdown,
        Countdown {
            days: 1,
            hours: 14,
            minutes: 1
        }
    );
    let first = titles(&p, &first);
    assert_eq!(first[0], "Accueil café des conseillers numériques");
    assert!(first
        .iter()
        .any(|t| t.starts_with("Ouverture de la Journée nationale")));
}

#[test]
fn during_the_event_what_runs_now_and_what_comes_next() {
    let p = programme();
    let cases: &[(&str, &[&str], &str)] = &[
        // (moment, some sessions running now, a session that comes next)
        (
            "2022-09-28T10:15",
            &[
                "Cérémonie d'ouverture de Numérique en Commun[s] 2022",
                "Village des exposants : ouverture",
            ],
            "Souveraineté numérique : de quoi parle-t-on dans les territoires ?",
        ),
        (
            "2022-09-28T17:30",
            &["Comment le numérique transforme l'éducation populaire – et inversement"],
            "Temps convivial de fin de journée",
        ),
        // The evening of the 28th: nothing runs, the next morning comes next.
        ("2022-09-28T22:00", &[], "Accueil café"),
    ];
    for (when, running, next) in cases {
        let Moment::During { now, next: coming } = moment(&p, at(&p, when)) else {
            panic!("{when}: during");
        };
        let now = titles(&p, &now);
        for title in *running {
            assert!(now.iter().any(|t| t == title), "{when}: {now:#?}");
        }
        if running.is_empty() {
            assert!(now.is_empty(), "{when}: {now:#?}");
        }
        assert!(
            titles(&p, &coming).iter().any(|t| t == next),
            "{when}: next {:#?}",
            titles(&p, &coming)
        );
    }
}

#[test]
fn a_cancelled_session_is_never_now_nor_next() {
    let p = programme();
    let Moment::During { now, .. } = moment(&p, at(&p, "2022-09-29T11:00")) else {
        panic!()
    };
    assert!(!titles(&p, &now).contains(&"Fresque du numérique".to_string()));
}

#[test]
fn after_the_event_the_replays() {
    let p = programme();
    assert_eq!(
        moment(&p, at(&p, "2022-10-01T09:00")),
        Moment::After { replays: vec![] }
    );
    let mut value: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/sample.json")).unwrap();
    value["sessions"][0]["links"] =
        json!([{"kind": "replay", "url": "https://example.org/replay"}]);
    let sample = load_programme(&value.to_string()).unwrap();
    let Moment::After { replays } = moment(&sample, at(&sample, "2022-09-30T09:00")) else {
        panic!()
    };
    assert_eq!(titles(&sample, &replays), ["Cérémonie d'ouverture"]);
}

#[test]
fn my_now_and_next_come_from_my_agenda() {
    let p = programme();
    let position = |id: &str| p.position(id).unwrap();
    const CAFE: &str = "accueil-cafe-des-conseillers-numeriques-27"; // 27th 08:30–09:30
    const VILLAGE: &str = "village-des-exposants-ouverture-27"; // 09:00–18:00, open all along
    const OPENING: &str = "ouverture-de-la-journee-nationale-des-conseillers-numeriques"; // 09:30–10:30
    const ARTOIS: &str = "comment-communiquer-sur-mon-action-et-la-valoriser"; // 10:45–12:15
    let mut agenda = Agenda::new();
    for id in [CAFE, VILLAGE, OPENING, ARTOIS] {
        agenda.set_kept(id, true, 1);
    }
    // (the time, what runs now, what comes next)
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        ("2022-09-20T08:00", None, Some(CAFE)),
        ("2022-09-27T08:30", Some(CAFE), Some(OPENING)),
        // The village runs, but one does not walk to it: the café still, then the opening.
        ("2022-09-27T09:15", Some(CAFE), Some(OPENING)),
        ("2022-09-27T09:30", Some(OPENING), Some(ARTOIS)),
        ("2022-09-27T10:35", None, Some(ARTOIS)),
        ("2022-09-27T12:00", Some(ARTOIS), None),
        ("2022-09-27T12:15", None, None),
    ];
    for &(time, current, next) in cases {
        assert_eq!(
            mine(&p, &agenda, at(&p, time)),
            Mine {
                current: current.map(position),
                next: next.map(position),
                next_too: vec![],
            },
            "{time}"
        );
    }
    // Nothing kept, nothing of mine; a cancelled session is not one to go to.
    assert_eq!(
        mine(&p, &Agenda::new(), at(&p, "2022-09-27T09:30")),
        Mine::default()
    );
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../public/programme.json")).unwrap();
    for s in v["sessions"].as_array_mut().unwrap() {
        if s["id"] == OPENING {
            s["status"] = "cancelled".into();
        }
    }
    let cancelled = load_programme(&v.to_string()).unwrap();
    let found = mine(&cancelled, &agenda, at(&cancelled, "2022-09-27T09:45"));
    assert_eq!(found.current, None);
    assert_eq!(found.next, cancelled.position(ARTOIS));
}

#[test]
fn two_kept_sessions_coming_at_once_are_both_next() {
    let p = programme();
    let position = |id: &str| p.position(id).unwrap();
    const OPENING: &str = "ouverture-de-la-journee-nationale-des-conseillers-numeriques"; // 09:30–10:30
    const ARTOIS: &str = "comment-communiquer-sur-mon-action-et-la-valoriser"; // 10:45–12:15
    const ITINERANTS: &str = "conseillers-numeriques-itinerants-aller-vers-de-nouveaux-pub"; // 10:45–11:45
    const LUNCH: &str = "dejeuner-27"; // 12:15–13:45
    let mut agenda = Agenda::new();
    for id in [OPENING, ARTOIS, ITINERANTS, LUNCH] {
        agenda.set_kept(id, true, 1);
    }
    let found = mine(&p, &agenda, at(&p, "2022-09-27T10:00"));
    assert_eq!(found.current, Some(position(OPENING)));
    // Both 10:45 sessions are said, in the programme's order; lunch starts after them.
    let mut both = vec![found.next.unwrap()];
    both.extend(&found.next_too);
    let mut expected = vec![position(ARTOIS), position(ITINERANTS)];
    expected.sort_unstable();
    assert_eq!(both, expected);
    // Once they run, lunch is next, alone.
    let found = mine(&p, &agenda, at(&p, "2022-09-27T11:00"));
    assert_eq!(
        (found.next, found.next_too),
        (Some(position(LUNCH)), vec![])
    );
}
