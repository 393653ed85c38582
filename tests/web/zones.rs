//! Time zones in the browser: built from `Intl.DateTimeFormat`'s readings (`edge::zones`), each
//! gives the tz database's offsets, history included, and an unknown name is refused.

use jiff::Timestamp;
use std::ops::RangeInclusive;

use jiff::tz::TimeZone;
use nec_compagnon::domain::time::{format_day, format_time};
use nec_compagnon::domain::{time, Lang, ProblemKind};
use nec_compagnon::edge::zones;
use wasm_bindgen_test::*;

use super::load_programme;

/// The zone as the domain gets it in the app: through the port the edge installs.
fn zone_during(name: &str, years: RangeInclusive<i16>) -> Option<TimeZone> {
    zones::install();
    time::zone_during(name, years)
}

fn offset(name: &str, years: RangeInclusive<i16>, instant: &str) -> Option<i32> {
    let zone = zone_during(name, years)?;
    Some(
        zone.to_offset(instant.parse::<Timestamp>().unwrap())
            .seconds(),
    )
}

#[wasm_bindgen_test]
fn the_browser_s_zones_have_their_history() {
    let h = 3600;
    // (zone, the event's years, instant, offset there)
    let cases = [
        ("Africa/Dakar", 2024..=2024, "2024-11-20T09:00:00Z", 0),
        ("Asia/Tokyo", 2025..=2025, "2025-03-13T23:00:00Z", 9 * h),
        // Toronto's summer time ended on the last Sunday of October until 2006.
        (
            "America/Toronto",
            2006..=2006,
            "2006-10-28T14:00:00Z",
            -4 * h,
        ),
        (
            "America/Toronto",
            2006..=2006,
            "2006-10-29T05:59:59Z",
            -4 * h,
        ),
        (
            "America/Toronto",
            2006..=2006,
            "2006-10-29T06:00:00Z",
            -5 * h,
        ),
        (
            "America/Toronto",
            2006..=2006,
            "2006-10-31T15:00:00Z",
            -5 * h,
        ),
        (
            "America/Toronto",
            2007..=2007,
            "2007-10-31T14:00:00Z",
            -4 * h,
        ),
        // Kiritimati went from -10:00 to +14:00 at the end of 1994.
        (
            "Pacific/Kiritimati",
            1994..=1995,
            "1994-12-31T09:59:59Z",
            -10 * h,
        ),
        (
            "Pacific/Kiritimati",
            1994..=1995,
            "1994-12-31T10:00:00Z",
            14 * h,
        ),
        (
            "Pacific/Kiritimati",
            2025..=2025,
            "2025-06-01T00:00:00Z",
            14 * h,
        ),
        // Moscow: +04:00 all year from March 2011 to October 2014.
        ("Europe/Moscow", 2010..=2015, "2010-01-15T09:00:00Z", 3 * h),
        ("Europe/Moscow", 2010..=2015, "2012-01-15T09:00:00Z", 4 * h),
        ("Europe/Moscow", 2010..=2015, "2015-01-15T09:00:00Z", 3 * h),
        // Casablanca: +01:00, but +00:00 during Ramadan.
        ("Africa/Casablanca", 2024..=2024, "2024-03-01T09:00:00Z", h),
        ("Africa/Casablanca", 2024..=2024, "2024-03-20T09:00:00Z", 0),
        ("Africa/Casablanca", 2024..=2024, "2024-04-20T09:00:00Z", h),
        ("Europe/Paris", 2022..=2022, "2022-09-28T07:30:00Z", 2 * h),
        ("Europe/Paris", 2022..=2022, "2022-12-01T08:00:00Z", h),
    ];
    for (name, years, instant, expected) in cases {
        assert_eq!(
            offset(name, years.clone(), instant),
            Some(expected),
            "{name} {years:?} {instant}"
        );
    }
}

#[wasm_bindgen_test]
fn an_unknown_zone_is_refused() {
    for name in ["Mars/Olympus_Mons", "", "Europe/Lens", "+02:00"] {
        assert!(zone_during(name, 2022..=2022).is_none(), "{name}");
    }
    let json =
        include_str!("../fixtures/zones/asia-tokyo.json").replace("\"Asia/Tokyo\"", "\"Asia/Edo\"");
    let failure = load_programme(&json).unwrap_err();
    assert_eq!(
        failure.problems[0].kind,
        ProblemKind::UnknownTimeZone {
            name: "Asia/Edo".into()
        }
    );
}

#[wasm_bindgen_test]
fn programmes_far_from_paris_show_their_own_days_and_times() {
    let cases = [
        (
            include_str!("../fixtures/zones/africa-dakar.json"),
            ["mercredi 20 novembre 09:00", "jeudi 21 novembre 20:30"],
        ),
        (
            include_str!("../fixtures/zones/america-toronto.json"),
            ["samedi 28 octobre 10:00", "mardi 31 octobre 10:00"],
        ),
        (
            include_str!("../fixtures/zones/asia-tokyo.json"),
            ["vendredi 14 mars 08:00", "samedi 15 mars 12:00"],
        ),
        (
            include_str!("../fixtures/zones/pacific-kiritimati.json"),
            ["vendredi 30 décembre 10:00", "dimanche 1er janvier 10:00"],
        ),
    ];
    for (json, expected) in cases {
        let programme = load_programme(json).unwrap();
        let shown: Vec<String> = programme
            .sessions()
            .iter()
            .map(|s| {
                let (day, time) = programme.local(s.start);
                format!("{} {}", format_day(day, Lang::Fr), format_time(time))
            })
            .collect();
        assert_eq!(shown, expected, "{}", programme.event().time_zone);
    }
}
