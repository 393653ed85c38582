//! Host tests of time zones: every IANA zone with its history. Programmes in zones far from
//! Paris load with the right days and times and export the right instants; and the zones the
//! browser's readings build (`domain::zones`, what the app does) match the tz database.
#![cfg(not(target_arch = "wasm32"))]

use jiff::tz::TimeZone;
use jiff::Timestamp;
use nec_compagnon::domain::ical::{calendar, Export};
use nec_compagnon::domain::time::{format_day, format_time, zone};
use nec_compagnon::domain::zones::{self, read_offsets, zone_from_offsets, Offsets};
use nec_compagnon::domain::{load_programme, Lang, Programme};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/zones/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// A programme of one room in `zone`, from `first` to `last`, with sessions `(start, end)`.
fn programme(zone: &str, first: &str, last: &str, sessions: &[(&str, &str)]) -> String {
    let sessions: Vec<_> = sessions
        .iter()
        .enumerate()
        .map(|(i, (start, end))| {
            serde_json::json!({"id": format!("s{i}"), "title": format!("Session {i}"),
                "start": start, "end": end, "space": "salle", "format": "atelier",
                "themes": [], "speakers": []})
        })
        .collect();
    serde_json::json!({
        "format_version": 1,
        "event": {"id": "zones", "name": "Ailleurs", "start_date": first, "end_date": last,
            "time_zone": zone, "venue": {"name": "Salle", "city": "Ville", "address": "Ici"},
            "languages": ["fr"], "data_version": "1"},
        "themes": [], "formats": [{"id": "atelier", "label": {"fr": "Atelier"}}],
        "spaces": [{"id": "salle", "name": "Salle", "level": 0, "kind": "workshop",
            "accessibility": {}}],
        "sessions": sessions, "speakers": []
    })
    .to_string()
}

/// What a page shows of each session (its day in French, its start and end in the event's
/// zone), and the instants its calendar export writes.
fn shown(programme: &Programme) -> (Vec<String>, Vec<String>, Vec<String>) {
    let mut days = Vec::new();
    let mut times = Vec::new();
    for session in programme.sessions() {
        let (day, start) = programme.local(session.start);
        let (_, end) = programme.local(session.end);
        days.push(format_day(day, Lang::Fr));
        times.push(format!("{}–{}", format_time(start), format_time(end)));
    }
    let positions: Vec<usize> = (0..programme.sessions().len()).collect();
    let export = Export {
        origin: "https://example.org",
        programme: None,
        stamp: Timestamp::UNIX_EPOCH,
        reminder_minutes: None,
        lang: Lang::Fr,
    };
    let ics = calendar(programme, &positions, &export);
    let instants = ics
        .lines()
        .filter(|l| l.starts_with("DTSTART:") || l.starts_with("DTEND:"))
        .map(str::to_owned)
        .collect();
    (days, times, instants)
}

fn check(json: &str, days: &[&str], times: &[&str], instants: &[&str], tabs: &[&str]) {
    let programme = load_programme(json).unwrap_or_else(|f| panic!("{:?}", f.messages(Lang::En)));
    let (got_days, got_times, got_instants) = shown(&programme);
    let name = &programme.event().time_zone;
    assert_eq!(got_days, days, "{name}");
    assert_eq!(got_times, times, "{name}");
    assert_eq!(got_instants, instants, "{name}");
    let got_tabs: Vec<String> = programme.days().iter().map(|d| d.to_string()).collect();
    assert_eq!(got_tabs, tabs, "{name}");
}

#[test]
fn the_four_fixtures_show_the_event_s_days_and_times() {
    check(
        &fixture("africa-dakar.json"),
        &["mercredi 20 novembre", "jeudi 21 novembre"],
        &["09:00–10:00", "20:30–22:00"],
        &[
            "DTSTART:20241120T090000Z",
            "DTEND:20241120T100000Z",
            "DTSTART:20241121T203000Z",
            "DTEND:20241121T220000Z",
        ],
        &["2024-11-20", "2024-11-21"],
    );
    check(
        &fixture("america-toronto.json"),
        // Until 2006, summer time ended on the last Sunday of October: on the 31st, 10:00 is
        // at -05:00 (today's rule would say -04:00, and show 11:00).
        &["samedi 28 octobre", "mardi 31 octobre"],
        &["10:00–11:00", "10:00–11:30"],
        &[
            "DTSTART:20061028T140000Z",
            "DTEND:20061028T150000Z",
            "DTSTART:20061031T150000Z",
            "DTEND:20061031T163000Z",
        ],
        &["2006-10-28", "2006-10-29", "2006-10-30", "2006-10-31"],
    );
    check(
        &fixture("asia-tokyo.json"),
        &["vendredi 14 mars", "samedi 15 mars"],
        &["08:00–09:00", "12:00–13:00"],
        &[
            "DTSTART:20250313T230000Z",
            "DTEND:20250314T000000Z",
            "DTSTART:20250315T030000Z",
            "DTEND:20250315T040000Z",
        ],
        &["2025-03-14", "2025-03-15"],
    );
    check(
        &fixture("pacific-kiritimati.json"),
        &["vendredi 30 décembre", "dimanche 1er janvier"],
        &["10:00–11:00", "10:00–11:00"],
        &[
            "DTSTART:19941230T200000Z",
            "DTEND:19941230T210000Z",
            "DTSTART:19941231T200000Z",
            "DTEND:19941231T210000Z",
        ],
        // Kiritimati skipped 31 December 1994, going from -10:00 to +14:00: no such day.
        &["1994-12-30", "1995-01-01"],
    );
}

#[test]
fn zones_whose_rules_changed_show_each_year_s_times() {
    // Moscow: +03:00 with summer time until 2011, +04:00 all year until 2014, then +03:00.
    check(
        &programme(
            "Europe/Moscow",
            "2010-01-01",
            "2015-12-31",
            &[
                ("2010-01-15T09:00:00Z", "2010-01-15T10:00:00Z"),
                ("2012-01-15T09:00:00Z", "2012-01-15T10:00:00Z"),
                ("2014-10-27T09:00:00Z", "2014-10-27T10:00:00Z"),
            ],
        ),
        &[
            "vendredi 15 janvier",
            "dimanche 15 janvier",
            "lundi 27 octobre",
        ],
        &["12:00–13:00", "13:00–14:00", "12:00–13:00"],
        &[
            "DTSTART:20100115T090000Z",
            "DTEND:20100115T100000Z",
            "DTSTART:20120115T090000Z",
            "DTEND:20120115T100000Z",
            "DTSTART:20141027T090000Z",
            "DTEND:20141027T100000Z",
        ],
        &zone_days("2010-01-01", "2015-12-31"),
    );
    // Casablanca: +01:00, but +00:00 during Ramadan (in 2024, 10 March to 14 April).
    check(
        &programme(
            "Africa/Casablanca",
            "2024-03-01",
            "2024-04-30",
            &[
                ("2024-03-01T09:00:00Z", "2024-03-01T10:00:00Z"),
                ("2024-03-20T09:00:00Z", "2024-03-20T10:00:00Z"),
                ("2024-04-20T09:00:00Z", "2024-04-20T10:00:00Z"),
            ],
        ),
        &["vendredi 1er mars", "mercredi 20 mars", "samedi 20 avril"],
        &["10:00–11:00", "09:00–10:00", "10:00–11:00"],
        &[
            "DTSTART:20240301T090000Z",
            "DTEND:20240301T100000Z",
            "DTSTART:20240320T090000Z",
            "DTEND:20240320T100000Z",
            "DTSTART:20240420T090000Z",
            "DTEND:20240420T100000Z",
        ],
        &zone_days("2024-03-01", "2024-04-30"),
    );
}

/// Every day from `first` to `last`.
fn zone_days(first: &str, last: &str) -> Vec<&'static str> {
    let (first, last): (jiff::civil::Date, jiff::civil::Date) =
        (first.parse().unwrap(), last.parse().unwrap());
    let mut days = Vec::new();
    let mut day = first;
    while day <= last {
        days.push(&*day.to_string().leak());
        day = day.tomorrow().unwrap();
    }
    days
}

#[test]
fn an_unknown_zone_is_refused_with_examples_of_iana_names() {
    let json = programme("Europe/Lens", "2022-09-28", "2022-09-28", &[]);
    let failure = load_programme(&json).unwrap_err();
    assert_eq!(
        failure.messages(Lang::En),
        [
            "event.time_zone: time zone \"Europe/Lens\" is unknown: it must be an IANA name such \
          as Europe/Paris, Africa/Dakar or America/Toronto"
        ]
    );
}

/// The offsets a browser would report for `name` (here, the tz database's), read over `spans`
/// as the app reads them, built into a zone.
fn built_from_readings(name: &str, spans: &[(i64, i64)]) -> (TimeZone, Offsets) {
    let reference = zone(name).unwrap();
    let offsets = read_offsets(spans, |second| zones::offset_in(&reference, second)).unwrap();
    (zone_from_offsets(name, &offsets).unwrap(), offsets)
}

fn second(text: &str) -> i64 {
    text.parse::<Timestamp>().unwrap().as_second()
}

/// Whether `ours` and the tz database agree around every change either knows of within
/// `(from, to)`, and at `from`: then they agree everywhere in between.
fn agree(name: &str, ours: &TimeZone, from: i64, to: i64) -> Result<(), String> {
    let reference = zone(name).unwrap();
    let start = Timestamp::from_second(from).unwrap();
    let mut instants = vec![from];
    for changes in [reference.following(start), ours.following(start)] {
        for change in changes {
            let at = change.timestamp().as_second();
            if at >= to {
                break;
            }
            instants.extend([at - 1, at]);
        }
    }
    for at in instants {
        let (a, b) = (zones::offset_in(ours, at), zones::offset_in(&reference, at));
        if a != b {
            return Err(format!("{name} at {at}: {a:?} instead of {b:?}"));
        }
    }
    Ok(())
}

/// Every zone of the tz database, read as the app reads the browser's offsets (every
/// `STEP_SECONDS`, then to the second), from 1900 to 2037: the zone built agrees with the
/// database at every change. So no zone changed its offset and back quicker than the step.
#[test]
fn every_zone_of_the_tz_database_is_rebuilt_from_its_readings() {
    let (from, to) = (
        second("1970-01-01T00:00:00Z"),
        second("2038-01-01T00:00:00Z"),
    );
    let mut failures = Vec::new();
    let mut count = 0;
    for name in jiff::tz::db().available() {
        let name = name.to_string();
        let (ours, _) = built_from_readings(&name, &[(from, to)]);
        if let Err(e) = agree(&name, &ours, from, to) {
            failures.push(e);
        }
        count += 1;
    }
    assert!(count > 400, "{count} zones");
    assert_eq!(failures, Vec::<String>::new());
}

/// The zones the issue names, and those whose rules changed, as the app reads them for an
/// event of a given year: right in the event's years and in the current year's.
#[test]
fn each_zone_is_right_in_the_event_s_years_and_now() {
    let cases = [
        ("Africa/Dakar", 2024, 0),
        ("America/Toronto", 2006, 2),
        ("Asia/Tokyo", 2025, 0),
        ("Pacific/Kiritimati", 1994, 1),
        ("Europe/Moscow", 2011, 1),
        ("Africa/Casablanca", 2024, 0),
        ("Europe/Paris", 2022, 2),
    ];
    for (name, year, changes_in_year) in cases {
        let spans = zones::spans(year..=year, 2026);
        let (ours, offsets) = built_from_readings(name, &spans);
        for &(from, to) in &spans {
            agree(name, &ours, from, to).unwrap();
        }
        let (start, end) = (
            second(&format!("{year}-01-01T00:00:00Z")),
            second(&format!("{}-01-01T00:00:00Z", year + 1)),
        );
        let in_year = offsets
            .changes
            .iter()
            .filter(|(at, _)| (start..end).contains(at))
            .count();
        if name != "Africa/Casablanca" {
            assert_eq!(in_year, changes_in_year, "{name} {year}");
        } else {
            // Ramadan's pause, and summer time's start and end around it.
            assert!(in_year >= 2, "{name} {year}: {in_year}");
        }
    }
}

#[test]
fn what_the_browser_reads_between_two_spans_is_the_later_span_s_offset() {
    // Toronto in 2006, then 2026: one change between the spans at most, at the second's start.
    let spans = zones::spans(2006..=2006, 2026);
    assert_eq!(spans.len(), 2);
    let (ours, _) = built_from_readings("America/Toronto", &spans);
    let winter_2026 = Timestamp::from_second(second("2026-01-15T12:00:00Z")).unwrap();
    assert_eq!(ours.to_offset(winter_2026).seconds(), -5 * 3600);
    let summer_2026 = Timestamp::from_second(second("2026-07-15T12:00:00Z")).unwrap();
    assert_eq!(ours.to_offset(summer_2026).seconds(), -4 * 3600);
}
