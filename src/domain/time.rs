//! Instants, the event's time zone and how dates and times are written in each language.
//!
//! Every time the app shows is in the event's zone, whatever the device's. A programme may name
//! any zone of the IANA tz database, and its history counts: a programme of 2006 in
//! `America/Toronto` is read with that year's rules. On the host (the validator, the importers,
//! the tests) the zones come from jiff's bundled tz database. The browser already knows every
//! zone, so the app's WASM carries no database: the edge reads the zone's offsets from the
//! browser (`edge::zones`) and `domain::zones` builds the zone from them, through the port
//! [`install_zone_source`] (see `docs/size.md`).

use std::ops::RangeInclusive;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::domain::words::time::time_words;
use crate::domain::Lang;

/// How the domain gets a zone it cannot build alone: the zone named `name` (an IANA name),
/// right at least during `years`, or `None` when the name is unknown.
pub type ZoneSource = fn(name: &str, years: RangeInclusive<i16>) -> Option<TimeZone>;

#[cfg(target_arch = "wasm32")]
static ZONE_SOURCE: std::sync::OnceLock<ZoneSource> = std::sync::OnceLock::new();

/// Where the browser's zones come from: installed once, at start, by the edge
/// (`edge::zones::install`). Until then no zone is known in the browser.
#[cfg(target_arch = "wasm32")]
pub fn install_zone_source(source: ZoneSource) {
    let _ = ZONE_SOURCE.set(source);
}

/// The time zone named `name` (an IANA name such as `Europe/Paris`), right at least during
/// `years` (none: [`NO_YEARS`]); `None` when the name is unknown. On the host, the whole tz
/// database (`zone`); in the browser, what the installed source reads from the browser for
/// those years and the current one.
pub fn zone_during(name: &str, years: RangeInclusive<i16>) -> Option<TimeZone> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = years;
        zone(name)
    }
    #[cfg(target_arch = "wasm32")]
    {
        if !is_zone_name(name) {
            return None;
        }
        ZONE_SOURCE.get()?(name, years)
    }
}

/// The time zone named `name`. On the host (the validator, the importers, the tests), with its
/// whole history, from jiff's bundled tz database; names are found whatever their case, as
/// browsers find them. In the browser, right around the current year only: ask
/// [`zone_during`] for other years.
pub fn zone(name: &str) -> Option<TimeZone> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        is_zone_name(name)
            .then(|| jiff::tz::db().get(name).ok())
            .flatten()
    }
    #[cfg(target_arch = "wasm32")]
    {
        zone_during(name, NO_YEARS)
    }
}

/// No year: `zone_during` then reads only around the current year.
#[allow(clippy::reversed_empty_ranges)] // empty on purpose
pub const NO_YEARS: RangeInclusive<i16> = 1..=0;

/// Whether `name` may be a zone's name, not an offset: browsers read `+02:00` as a zone, the
/// tz database does not.
fn is_zone_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Parses an RFC 3339 instant. An offset (`+02:00` or `Z`) is required: a bare local time is
/// ambiguous and is refused rather than guessed.
pub fn parse_instant(text: &str) -> Option<Timestamp> {
    // jiff's Timestamp parser already refuses a time without an offset; it would read a leap
    // second as the second before, which could put an end on its start.
    if has_leap_second(text) {
        return None;
    }
    text.parse::<Timestamp>().ok()
}

/// Whether an RFC 3339 text (`2016-12-31T23:59:60Z`) names second 60.
pub fn has_leap_second(text: &str) -> bool {
    text.get(16..19) == Some(":60")
        && text
            .as_bytes()
            .get(10)
            .is_some_and(|b| *b == b'T' || *b == b't' || *b == b' ')
}

/// Parses a moment given by a person: RFC 3339 with an offset, or a wall-clock time in `zone`
/// (`2022-09-28T10:15`), as in `?maintenant=2022-09-28T10:15`.
pub fn parse_moment(text: &str, zone: &TimeZone) -> Option<Timestamp> {
    parse_instant(text).or_else(|| {
        let wall = text.parse::<jiff::civil::DateTime>().ok()?;
        zone.to_ambiguous_timestamp(wall).compatible().ok()
    })
}

/// Parses a `YYYY-MM-DD` date.
pub fn parse_date(text: &str) -> Option<Date> {
    if text.len() != 10 {
        return None;
    }
    text.parse::<Date>().ok()
}

/// The wall-clock date and time of `instant` in `zone`.
pub fn local(instant: Timestamp, zone: &TimeZone) -> (Date, Time) {
    let wall = zone.to_datetime(instant);
    (wall.date(), wall.time())
}

/// `2022-09-28T09:30:00+02:00`: the instant written in `zone`, with its offset.
pub fn format_rfc3339(instant: Timestamp, zone: &TimeZone) -> String {
    let wall = zone.to_datetime(instant);
    let offset = zone.to_offset(instant).seconds();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.abs();
    format!(
        "{}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        wall.date(),
        wall.hour(),
        wall.minute(),
        wall.second(),
        offset / 3600,
        offset % 3600 / 60
    )
}

/// The UTC offset, in seconds, written at the end of an RFC 3339 text (`Z`, `+02:00`).
pub fn written_offset(text: &str) -> Option<i32> {
    if text.ends_with('Z') || text.ends_with('z') {
        return Some(0);
    }
    let tail = text.get(text.len().checked_sub(6)?..)?;
    let sign = match tail.as_bytes()[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let hours: i32 = tail.get(1..3)?.parse().ok()?;
    let minutes: i32 = tail.get(4..6)?.parse().ok()?;
    (tail.as_bytes()[3] == b':').then_some(sign * (hours * 3600 + minutes * 60))
}

/// Whether a device whose UTC offset is `device_offset_seconds` at `instant` shows other wall
/// times than the event's zone: then the app says its times are the event's.
pub fn device_zone_differs(
    zone: &TimeZone,
    instant: Timestamp,
    device_offset_seconds: i32,
) -> bool {
    zone.to_offset(instant).seconds() != device_offset_seconds
}

/// `09:30`: 24-hour clock in both languages (the event is in France).
pub fn format_time(time: Time) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// `09:30–10:30`, with an en dash and no spaces.
pub fn format_time_range(start: Time, end: Time) -> String {
    format!("{}–{}", format_time(start), format_time(end))
}

fn weekday_name(date: Date, lang: Lang) -> &'static str {
    time_words(lang).weekdays[date.weekday().to_monday_zero_offset() as usize]
}

fn month_name(date: Date, lang: Lang) -> &'static str {
    time_words(lang).months[(date.month() - 1) as usize]
}

/// `mercredi 28 septembre` / `Wednesday 28 September`.
pub fn format_day(date: Date, lang: Lang) -> String {
    format!(
        "{} {} {}",
        weekday_name(date, lang),
        (time_words(lang).day_of_month)(date.day()),
        month_name(date, lang)
    )
}

/// `mer. 28` / `Wed 28`: a day where room is short (a day tab on a phone), within one event.
pub fn format_day_short(date: Date, lang: Lang) -> String {
    let weekday = date.weekday().to_monday_zero_offset() as usize;
    format!(
        "{} {}",
        time_words(lang).weekdays_short[weekday],
        (time_words(lang).day_of_month)(date.day())
    )
}

/// `27–29 septembre 2022`, or `30 septembre – 2 octobre 2022` across months.
pub fn format_date_range(first: Date, last: Date, lang: Lang) -> String {
    let day = |d: Date| (time_words(lang).day_of_month)(d.day());
    if first == last {
        format!(
            "{} {} {}",
            day(first),
            month_name(first, lang),
            first.year()
        )
    } else if first.year() == last.year() && first.month() == last.month() {
        format!(
            "{}–{} {} {}",
            day(first),
            day(last),
            month_name(last, lang),
            last.year()
        )
    } else if first.year() == last.year() {
        format!(
            "{} {} – {} {} {}",
            day(first),
            month_name(first, lang),
            day(last),
            month_name(last, lang),
            last.year()
        )
    } else {
        format!(
            "{} {} {} – {} {} {}",
            day(first),
            month_name(first, lang),
            first.year(),
            day(last),
            month_name(last, lang),
            last.year()
        )
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        parse_date(text).unwrap()
    }

    #[test]
    fn every_iana_zone_is_known_and_only_those() {
        for name in [
            "Europe/Paris",
            "Africa/Dakar",
            "America/Toronto",
            "Asia/Tokyo",
            "Pacific/Kiritimati",
            "America/Argentina/Buenos_Aires",
            "Etc/GMT+5",
            "UTC",
        ] {
            assert!(zone(name).is_some(), "{name}");
            assert!(zone_during(name, 2022..=2022).is_some(), "{name}");
        }
        for name in [
            "Mars/Olympus_Mons",
            "",
            "Europe/",
            "+02:00",
            "../zoneinfo/UTC",
        ] {
            assert!(zone(name).is_none(), "{name}");
        }
    }

    /// Each zone's history counts, not only its current rule.
    #[test]
    fn a_past_year_is_read_with_that_year_s_rules() {
        let cases = [
            // Toronto's summer time ended on the last Sunday of October until 2006.
            (
                "America/Toronto",
                "2006-10-31T15:00:00Z",
                "2006-10-31T10:00:00-05:00",
            ),
            (
                "America/Toronto",
                "2006-10-28T14:00:00Z",
                "2006-10-28T10:00:00-04:00",
            ),
            (
                "America/Toronto",
                "2007-10-31T14:00:00Z",
                "2007-10-31T10:00:00-04:00",
            ),
            // Kiritimati went from -10 to +14 at the end of 1994, skipping 31 December.
            (
                "Pacific/Kiritimati",
                "1994-12-31T09:59:59Z",
                "1994-12-30T23:59:59-10:00",
            ),
            (
                "Pacific/Kiritimati",
                "1994-12-31T10:00:00Z",
                "1995-01-01T00:00:00+14:00",
            ),
            // Moscow: +04:00 all year from 2011 to 2014, then +03:00.
            (
                "Europe/Moscow",
                "2012-01-15T08:00:00Z",
                "2012-01-15T12:00:00+04:00",
            ),
            (
                "Europe/Moscow",
                "2015-01-15T09:00:00Z",
                "2015-01-15T12:00:00+03:00",
            ),
        ];
        for (name, instant, expected) in cases {
            let zone = zone(name).unwrap();
            assert_eq!(
                format_rfc3339(parse_instant(instant).unwrap(), &zone),
                expected,
                "{name} {instant}"
            );
        }
    }

    #[test]
    fn instants_need_an_offset() {
        let cases = [
            ("2022-09-28T09:30:00+02:00", true),
            ("2022-09-28T07:30:00Z", true),
            ("2022-09-28T09:30+02:00", true),
            ("2022-09-28T09:30:00", false),
            ("2022-09-28", false),
            ("28/09/2022 09:30", false),
            ("", false),
            ("2022-09-31T09:30:00+02:00", false),
        ];
        for (text, ok) in cases {
            assert_eq!(parse_instant(text).is_some(), ok, "{text}");
        }
    }

    #[test]
    fn local_time_is_in_the_event_zone() {
        let paris = zone("Europe/Paris").unwrap();
        let cases = [
            // The same instant written with different offsets shows the same Paris time.
            ("2022-09-28T09:30:00+02:00", "2022-09-28", "09:30"),
            ("2022-09-28T07:30:00Z", "2022-09-28", "09:30"),
            ("2022-09-28T03:30:00-04:00", "2022-09-28", "09:30"),
            // Winter time: UTC+1.
            ("2022-12-01T08:00:00Z", "2022-12-01", "09:00"),
            // Late evening UTC is already the next day in Paris.
            ("2022-09-27T22:30:00Z", "2022-09-28", "00:30"),
        ];
        for (instant, day, time) in cases {
            let (d, t) = local(parse_instant(instant).unwrap(), &paris);
            assert_eq!(
                (d.to_string().as_str(), format_time(t).as_str()),
                (day, time),
                "{instant}"
            );
        }
    }

    #[test]
    fn days_are_written_the_way_each_language_writes_them() {
        let cases = [
            ("2022-09-27", Lang::Fr, "mardi 27 septembre"),
            ("2022-09-28", Lang::Fr, "mercredi 28 septembre"),
            ("2022-09-29", Lang::En, "Thursday 29 September"),
            ("2022-10-01", Lang::Fr, "samedi 1er octobre"),
            ("2022-10-01", Lang::En, "Saturday 1 October"),
            ("2022-08-15", Lang::Fr, "lundi 15 août"),
        ];
        for (d, lang, expected) in cases {
            assert_eq!(format_day(date(d), lang), expected);
        }
        let short = [
            ("2022-09-27", Lang::Fr, "mar. 27"),
            ("2022-09-28", Lang::En, "Wed 28"),
            ("2022-10-01", Lang::Fr, "sam. 1er"),
            ("2022-08-14", Lang::En, "Sun 14"),
        ];
        for (d, lang, expected) in short {
            assert_eq!(format_day_short(date(d), lang), expected);
        }
    }

    #[test]
    fn date_ranges() {
        let cases = [
            ("2022-09-27", "2022-09-29", Lang::Fr, "27–29 septembre 2022"),
            ("2022-09-27", "2022-09-29", Lang::En, "27–29 September 2022"),
            ("2022-09-28", "2022-09-28", Lang::Fr, "28 septembre 2022"),
            (
                "2022-09-30",
                "2022-10-01",
                Lang::Fr,
                "30 septembre – 1er octobre 2022",
            ),
            (
                "2022-12-31",
                "2023-01-01",
                Lang::En,
                "31 December 2022 – 1 January 2023",
            ),
        ];
        for (a, b, lang, expected) in cases {
            assert_eq!(format_date_range(date(a), date(b), lang), expected);
        }
    }

    #[test]
    fn rfc3339_round_trip_in_the_zone() {
        let paris = zone("Europe/Paris").unwrap();
        let cases = [
            ("2022-09-28T07:30:00Z", "2022-09-28T09:30:00+02:00"),
            ("2022-12-01T08:00:00Z", "2022-12-01T09:00:00+01:00"),
            ("2022-09-28T09:30:00+02:00", "2022-09-28T09:30:00+02:00"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                format_rfc3339(parse_instant(input).unwrap(), &paris),
                expected
            );
        }
        let noumea = zone("Pacific/Noumea").unwrap();
        assert_eq!(
            format_rfc3339(parse_instant("2022-09-28T07:30:00Z").unwrap(), &noumea),
            "2022-09-28T18:30:00+11:00"
        );
        let cayenne = zone("America/Cayenne").unwrap();
        assert_eq!(
            format_rfc3339(parse_instant("2022-09-28T07:30:00Z").unwrap(), &cayenne),
            "2022-09-28T04:30:00-03:00"
        );
    }

    #[test]
    fn written_offsets() {
        let cases = [
            ("2022-09-28T09:30:00+02:00", Some(7200)),
            ("2022-09-28T09:30:00-03:30", Some(-12600)),
            ("2022-09-28T09:30:00Z", Some(0)),
            ("2022-09-28T09:30:00", None),
            ("", None),
            ("+02:00", Some(7200)),
        ];
        for (text, expected) in cases {
            assert_eq!(written_offset(text), expected, "{text}");
        }
    }

    #[test]
    fn moments_given_by_people_are_read_in_the_event_zone() {
        let paris = zone("Europe/Paris").unwrap();
        let cases = [
            ("2022-09-28T10:15", Some("2022-09-28T08:15:00Z")),
            ("2022-09-28T10:15:00", Some("2022-09-28T08:15:00Z")),
            ("2022-09-28T10:15:00+02:00", Some("2022-09-28T08:15:00Z")),
            ("2022-09-28T10:15:00Z", Some("2022-09-28T10:15:00Z")),
            ("demain", None),
            // A bare date is midnight at the start of that day.
            ("2022-09-28", Some("2022-09-27T22:00:00Z")),
        ];
        for (text, expected) in cases {
            let got = parse_moment(text, &paris).map(|t| t.to_string());
            assert_eq!(got.as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn a_device_in_another_zone_is_noticed() {
        let paris = zone("Europe/Paris").unwrap();
        let summer = parse_instant("2022-09-28T10:00:00+02:00").unwrap();
        let winter = parse_instant("2022-12-01T10:00:00+01:00").unwrap();
        let cases = [
            (summer, 7200, false),  // a phone in Lens
            (summer, -14400, true), // New York
            (summer, 3600, true),   // London in summer
            (winter, 3600, false),  // Paris in winter
            (winter, 0, true),      // London in winter
        ];
        for (instant, offset, differs) in cases {
            assert_eq!(
                device_zone_differs(&paris, instant, offset),
                differs,
                "{instant} {offset}"
            );
        }
    }

    #[test]
    fn time_ranges() {
        assert_eq!(
            format_time_range(Time::constant(9, 5, 0, 0), Time::constant(17, 0, 0, 0)),
            "09:05–17:00"
        );
    }
}
