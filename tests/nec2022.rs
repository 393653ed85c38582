//! The shipped NEC 2022 programme (public/programme.json) meets what the app promises its
//! users: the three days, every theme and format, the real fragments at their real times, the
//! accessibility facts, and no error or warning from the app's own validator.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use nec_compagnon::domain::model::{SessionStatus, SpaceKind};
use nec_compagnon::domain::{load_programme, time, Lang, Programme};

fn programme() -> Programme {
    let text = include_str!("../public/programme.json");
    load_programme(text).unwrap_or_else(|f| panic!("{:#?}", f.messages(Lang::En)))
}

#[test]
fn it_loads_with_no_error_and_no_warning() {
    assert_eq!(programme().warnings(), []);
}

#[test]
fn it_spans_the_three_days_in_paris() {
    let p = programme();
    assert_eq!(p.event().time_zone, "Europe/Paris");
    let days: Vec<_> = p
        .days()
        .iter()
        .map(|d| time::format_day(*d, Lang::Fr))
        .collect();
    assert_eq!(
        days,
        [
            "mardi 27 septembre",
            "mercredi 28 septembre",
            "jeudi 29 septembre"
        ]
    );
    for day in p.days() {
        assert!(p.sessions_on(day).count() >= 25, "{day}");
    }
}

#[test]
fn it_has_the_size_of_the_real_event() {
    let p = programme();
    assert!(p.sessions().len() >= 120, "{}", p.sessions().len());
    assert!(p.speakers().len() >= 150, "{}", p.speakers().len());
    assert!(p.spaces().len() >= 12, "{}", p.spaces().len());
    // Every speaker listed speaks somewhere.
    let speaking: BTreeSet<_> = p
        .sessions()
        .iter()
        .flat_map(|s| s.data.speakers.iter())
        .collect();
    for speaker in p.speakers() {
        assert!(
            speaking.contains(&speaker.id),
            "{} speaks nowhere",
            speaker.id
        );
    }
}

#[test]
fn every_announced_theme_and_every_format_is_used() {
    let p = programme();
    let themes: BTreeSet<_> = p
        .sessions()
        .iter()
        .flat_map(|s| s.data.themes.iter().map(String::as_str))
        .collect();
    for theme in [
        "inclusion",
        "cybersecurite",
        "souverainete",
        "sobriete",
        "donnees",
        "gouvernance",
        "participation",
        "sante",
        "communs",
        "tiers-lieux",
    ] {
        assert!(themes.contains(theme), "{theme}");
        assert!(
            p.theme(theme).unwrap().label.en.is_some(),
            "{theme} has an English label"
        );
    }
    let formats: BTreeSet<_> = p
        .sessions()
        .iter()
        .map(|s| s.data.format.as_str())
        .collect();
    for format in [
        "pleniere",
        "conference",
        "table-ronde",
        "atelier",
        "rex",
        "pitch",
        "masterclass",
        "regards-croises",
        "vie-pratique",
        "village",
    ] {
        assert!(formats.contains(format), "{format}");
    }
}

#[test]
fn the_venue_has_the_spaces_people_look_for() {
    let p = programme();
    let kinds: BTreeSet<_> = p.spaces().iter().map(|s| format!("{:?}", s.kind)).collect();
    for kind in [
        SpaceKind::Plenary,
        SpaceKind::Workshop,
        SpaceKind::Village,
        SpaceKind::Press,
        SpaceKind::Welcome,
        SpaceKind::Catering,
        SpaceKind::Conference,
    ] {
        assert!(kinds.contains(&format!("{kind:?}")), "{kind:?}");
    }
    let levels: BTreeSet<_> = p.spaces().iter().map(|s| s.level).collect();
    assert!(
        levels.len() >= 3,
        "the salons are on several levels: {levels:?}"
    );
    assert!(
        p.spaces().iter().any(|s| !s.accessibility.step_free),
        "some rooms have stairs only"
    );
}

/// (day, start, title starts with, a speaker id)
const REAL: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "2022-09-28",
        "17:00",
        "Comment le numérique transforme l'éducation populaire",
        Some("csc-npdc"),
    ),
    (
        "2022-09-28",
        "09:30",
        "Cérémonie d'ouverture",
        Some("henri-verdier"),
    ),
    (
        "2022-09-27",
        "09:30",
        "Ouverture de la Journée nationale des Conseillers numériques",
        Some("stanislas-guerini"),
    ),
    ("2022-09-29", "16:45", "Cérémonie de clôture", None),
];

#[test]
fn the_real_fragments_are_there_with_their_people() {
    let p = programme();
    for (day, start, title, speaker) in REAL {
        let session = p
            .sessions()
            .iter()
            .find(|s| s.data.title.starts_with(title))
            .unwrap_or_else(|| panic!("{title}"));
        let (d, t) = p.local(session.start);
        assert_eq!(
            (d.to_string().as_str(), time::format_time(t).as_str()),
            (*day, *start),
            "{title}"
        );
        if let Some(id) = speaker {
            assert!(session.data.speakers.iter().any(|s| s == id), "{title}");
        }
    }
    let qpv = p
        .sessions()
        .iter()
        .find(|s| s.data.title.contains("quartiers prioritaires"))
        .unwrap();
    for org in [
        "anct",
        "ville-banlieue",
        "villes-internet",
        "mednum",
        "regies-quartier",
        "labo-cites",
    ] {
        assert!(qpv.data.speakers.iter().any(|s| s == org), "{org}");
    }
}

#[test]
fn meals_breaks_and_village_hours_are_in_the_programme() {
    let p = programme();
    for day in p.days() {
        let titles: Vec<_> = p.sessions_on(day).map(|s| s.data.title.as_str()).collect();
        assert!(
            titles.iter().any(|t| t.starts_with("Accueil café")),
            "{day}"
        );
        assert!(titles.contains(&"Déjeuner"), "{day}");
        assert!(titles.contains(&"Pause"), "{day}");
        assert!(
            titles
                .iter()
                .any(|t| t.starts_with("Village des exposants")),
            "{day}"
        );
    }
}

#[test]
fn accessibility_registration_and_changes_have_something_to_show() {
    let p = programme();
    let count = |f: &dyn Fn(&nec_compagnon::domain::ScheduledSession) -> bool| {
        p.sessions().iter().filter(|s| f(s)).count()
    };
    assert!(count(&|s| s.data.accessibility.sign_language) >= 5);
    assert!(count(&|s| s.data.accessibility.live_captions) >= 5);
    assert!(count(&|s| s.data.accessibility.step_free) >= 100);
    assert!(
        count(&|s| s.data.registration.required && s.data.registration.capacity.is_some()) >= 10
    );
    assert!(count(&|s| s.data.registration.full) >= 1);
    assert_eq!(count(&|s| s.data.status == SessionStatus::Cancelled), 1);
    assert_eq!(count(&|s| s.data.previous.is_some()), 1);
    assert!(
        count(&|s| s.data.language == "en") >= 3,
        "a few sessions in English"
    );
}

#[test]
fn it_says_plainly_what_is_real_and_what_is_illustrative() {
    let p = programme();
    let note = p.event().data_note.as_ref().expect("a data note");
    assert!(note.fr.contains("Sont réels") && note.fr.contains("Sont illustratifs"));
    assert!(note.en.as_deref().unwrap().contains("Illustrative"));
}

#[test]
fn a_session_says_when_it_runs_in_paris_time_in_both_languages() {
    let p = programme();
    let s = p
        .session("ceremonie-d-ouverture-de-numerique-en-commun-s-2022")
        .expect("the opening ceremony");
    assert_eq!(
        p.when(s.start, s.end, Lang::Fr),
        "mercredi 28 septembre · 09:30–10:45"
    );
    assert_eq!(
        p.when(s.start, s.end, Lang::En),
        "Wednesday 28 September · 09:30–10:45"
    );
}

#[test]
fn a_space_says_what_runs_now_and_next() {
    let p = programme();
    let at = |s: &str| {
        p.zone()
            .to_ambiguous_timestamp(s.parse::<jiff::civil::DateTime>().unwrap())
            .compatible()
            .unwrap()
    };
    let titles = |v: Vec<usize>| -> Vec<String> {
        v.into_iter()
            .map(|i| p.sessions()[i].data.title.clone())
            .collect()
    };
    // During the opening ceremony, in the plenary hall.
    let (now, next) = p.now_and_next("pleniere", at("2022-09-28T10:00"), 3);
    assert_eq!(
        titles(now),
        ["Cérémonie d'ouverture de Numérique en Commun[s] 2022"]
    );
    assert!(next.len() <= 3 && !next.is_empty());
    assert!(next
        .iter()
        .all(|&i| p.sessions()[i].start > at("2022-09-28T10:00")));
    // After the event: nothing now, nothing next.
    let (now, next) = p.now_and_next("pleniere", at("2022-10-01T10:00"), 3);
    assert!(now.is_empty() && next.is_empty());
}
