//! A time zone built from the UTC offsets a browser reports: which spans of time to read, where
//! the offset changes within them, and a jiff `TimeZone` of those changes.
//!
//! The browser knows every IANA zone and its history (`Intl.DateTimeFormat`), so the app's WASM
//! carries no zone database: the edge (`edge::zones`) asks the browser for the offset at given
//! instants, and this module, plain Rust, finds the changes and writes them as a small TZif
//! (RFC 8536) that jiff reads. Host tests check it against jiff's tz database.

use std::ops::RangeInclusive;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// A zone's offsets over some spans of time: `first` until the first change, then each change
/// (the Unix second it takes effect, the offset from then on), in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offsets {
    pub first: i32,
    pub changes: Vec<(i64, i32)>,
}

/// How far apart the offsets are first read: a change and its undoing closer than this would
/// be missed. Since 1900 no zone has had one (the shortest, Brazil's summer time of one week
/// in October 2000, is read well); a host test reads every zone of the tz database so.
pub const STEP_SECONDS: i64 = 4 * 86_400;

/// A programme's years are read at most this many at once: a file that says it lasts a
/// century would otherwise make the browser read a century of offsets.
pub const MAX_EVENT_YEARS: i16 = 10;

/// The spans of time, in Unix seconds, whose offsets the app needs: the event's years and the
/// current year, each with the year before and after (a device's "now" may fall in either, and
/// a day's local start may be the day before in UTC), merged when they meet. Years outside
/// 1..=9998 are left out: Intl writes them with eras.
pub fn spans(event_years: RangeInclusive<i16>, this_year: i16) -> Vec<(i64, i64)> {
    // No event year (`time::NO_YEARS`): the current year's alone.
    let event_years = if event_years.is_empty() {
        this_year..=this_year
    } else {
        event_years
    };
    let first = *event_years.start();
    let last = (*event_years.end()).clamp(first, first.saturating_add(MAX_EVENT_YEARS - 1));
    let mut years = [
        (first.saturating_sub(1), last.saturating_add(1)),
        (this_year.saturating_sub(1), this_year.saturating_add(1)),
    ]
    .map(|(a, b)| (a.clamp(1, 9998), b.clamp(1, 9998)));
    years.sort();
    let [a, b] = years;
    let merged: Vec<(i16, i16)> = if b.0 <= a.1.saturating_add(1) {
        vec![(a.0, a.1.max(b.1))]
    } else {
        vec![a, b]
    };
    merged
        .into_iter()
        .filter_map(|(from, to)| Some((year_start(from)?, year_start(to + 1)?)))
        .collect()
}

/// 1 January of `year`, 00:00 UTC, in Unix seconds, a day early: whatever a zone's offset, its
/// local year has begun by then.
fn year_start(year: i16) -> Option<i64> {
    let midnight = DateTime::new(year, 1, 1, 0, 0, 0, 0).ok()?;
    Some(TimeZone::UTC.to_timestamp(midnight).ok()?.as_second() - 86_400)
}

/// The offsets over `spans`, read with `offset_at` (the zone's offset at a Unix second, or
/// `None` when it cannot say): a reading each [`STEP_SECONDS`], and where two readings differ,
/// a bisection to the second. Between two spans, a change is put at the later span's start.
pub fn read_offsets(
    spans: &[(i64, i64)],
    mut offset_at: impl FnMut(i64) -> Option<i32>,
) -> Option<Offsets> {
    let mut first = None;
    let mut changes = Vec::new();
    let mut current: Option<i32> = None;
    for &(from, to) in spans {
        let mut at = from;
        let mut offset = offset_at(from)?;
        match current {
            None => first = Some(offset),
            Some(before) if before != offset => changes.push((from, offset)),
            Some(_) => {}
        }
        while at < to {
            let next = (at + STEP_SECONDS).min(to);
            let mut after = offset_at(next)?;
            if after == offset {
                at = next;
                continue;
            }
            // `offset` at `lo`, another at `hi`: the first second of another is found.
            let (mut lo, mut hi) = (at, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                let there = offset_at(mid)?;
                if there == offset {
                    lo = mid;
                } else {
                    (hi, after) = (mid, there);
                }
            }
            changes.push((hi, after));
            (at, offset) = (hi, after);
        }
        current = Some(offset);
    }
    Some(Offsets {
        first: first?,
        changes,
    })
}

/// The offset, in seconds, of a zone whose wall clock reads `wall` at the Unix second
/// `instant`: what the browser's formatted date and time say.
pub fn offset_of_wall(instant: i64, wall: DateTime) -> Option<i32> {
    let as_utc = TimeZone::UTC.to_timestamp(wall).ok()?.as_second();
    i32::try_from(as_utc - instant).ok()
}

/// The zone named `name` with these offsets: before the first change, the first offset; after
/// the last, the last.
pub fn zone_from_offsets(name: &str, offsets: &Offsets) -> Option<TimeZone> {
    TimeZone::tzif(name, &tzif(offsets)?).ok()
}

/// A TZif version 2 file of `offsets` (RFC 8536): an empty version 1 block, then the 64-bit
/// block with one local time type per distinct offset, each named by its offset as the tz
/// database names zones without letters (`+14`, `-0330`), and a footer that keeps the last
/// offset for ever (jiff needs it to know there is no later change). `None` past TZif's 256
/// types, which no zone comes near.
pub fn tzif(offsets: &Offsets) -> Option<Vec<u8>> {
    let mut types = vec![offsets.first];
    let mut indices = Vec::with_capacity(offsets.changes.len());
    for &(_, offset) in &offsets.changes {
        let index = types.iter().position(|&t| t == offset).unwrap_or_else(|| {
            types.push(offset);
            types.len() - 1
        });
        indices.push(u8::try_from(index).ok()?);
    }
    let mut names = Vec::new();
    let mut starts = Vec::with_capacity(types.len());
    for &offset in &types {
        starts.push(u8::try_from(names.len()).ok()?);
        names.extend_from_slice(abbreviation(offset).as_bytes());
        names.push(0);
    }
    let last = offsets.changes.last().map_or(offsets.first, |&(_, o)| o);
    let mut out = Vec::new();
    header(&mut out, 0, 1, 1);
    // The version 1 block: one type, offset 0, and its empty abbreviation.
    out.extend_from_slice(&[0, 0, 0, 0, 0, 0, 0]);
    header(&mut out, offsets.changes.len(), types.len(), names.len());
    for &(second, _) in &offsets.changes {
        out.extend_from_slice(&second.to_be_bytes());
    }
    out.extend(indices);
    for (offset, start) in types.into_iter().zip(starts) {
        out.extend_from_slice(&offset.to_be_bytes());
        out.extend_from_slice(&[0, start]);
    }
    out.extend(names);
    out.push(b'\n');
    out.extend_from_slice(posix_fixed(last).as_bytes());
    out.push(b'\n');
    Some(out)
}

/// `+14`, `-0330`, `+000921`: an offset named as the tz database names it.
fn abbreviation(offset: i32) -> String {
    let (sign, h, m, s) = parts(offset);
    let sign = if sign { '-' } else { '+' };
    match (m, s) {
        (0, 0) => format!("{sign}{h:02}"),
        (m, 0) => format!("{sign}{h:02}{m:02}"),
        (m, s) => format!("{sign}{h:02}{m:02}{s:02}"),
    }
}

/// A POSIX TZ string of one offset for ever, `<+14>-14:00:00` (POSIX counts west of UTC).
fn posix_fixed(offset: i32) -> String {
    let (west, h, m, s) = parts(-offset);
    let sign = if west { "-" } else { "" };
    format!("<{}>{sign}{h}:{m:02}:{s:02}", abbreviation(offset))
}

/// Whether `offset` is negative, and its hours, minutes and seconds.
fn parts(offset: i32) -> (bool, u32, u32, u32) {
    let all = offset.unsigned_abs();
    (offset < 0, all / 3600, all / 60 % 60, all % 60)
}

/// A TZif header: version 2, no indicators, no leap seconds, `changes` transitions, `types`
/// local time types, `chars` bytes of abbreviations.
fn header(out: &mut Vec<u8>, changes: usize, types: usize, chars: usize) {
    out.extend_from_slice(b"TZif2");
    out.extend_from_slice(&[0; 15]);
    for count in [0, 0, 0, changes, types, chars] {
        out.extend_from_slice(&(count as u32).to_be_bytes());
    }
}

/// The offset of `zone` at the Unix second `second`: what a browser's reading gives, for tests.
pub fn offset_in(zone: &TimeZone, second: i64) -> Option<i32> {
    Some(
        zone.to_offset(Timestamp::from_second(second).ok()?)
            .seconds(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn second(text: &str) -> i64 {
        text.parse::<Timestamp>().unwrap().as_second()
    }

    #[test]
    fn spans_cover_the_event_and_now_each_with_a_year_around() {
        type Case = (
            RangeInclusive<i16>,
            i16,
            &'static [(&'static str, &'static str)],
        );
        let cases: [Case; 6] = [
            (
                2022..=2022,
                2026,
                &[
                    ("2020-12-31T00:00:00Z", "2023-12-31T00:00:00Z"),
                    ("2024-12-31T00:00:00Z", "2027-12-31T00:00:00Z"),
                ],
            ),
            // Years that meet or overlap are one span.
            (
                2024..=2024,
                2026,
                &[("2022-12-31T00:00:00Z", "2027-12-31T00:00:00Z")],
            ),
            (
                2026..=2026,
                2026,
                &[("2024-12-31T00:00:00Z", "2027-12-31T00:00:00Z")],
            ),
            (
                crate::domain::time::NO_YEARS,
                2026,
                &[("2024-12-31T00:00:00Z", "2027-12-31T00:00:00Z")],
            ),
            (
                2028..=2029,
                2026,
                &[("2024-12-31T00:00:00Z", "2030-12-31T00:00:00Z")],
            ),
            // A file that says it lasts a millennium is read for ten years.
            (
                1994..=2994,
                2026,
                &[
                    ("1992-12-31T00:00:00Z", "2004-12-31T00:00:00Z"),
                    ("2024-12-31T00:00:00Z", "2027-12-31T00:00:00Z"),
                ],
            ),
        ];
        for (event, now, expected) in cases {
            let expected: Vec<(i64, i64)> = expected
                .iter()
                .map(|(a, b)| (second(a), second(b)))
                .collect();
            assert_eq!(spans(event.clone(), now), expected, "{event:?} {now}");
        }
    }

    #[test]
    fn a_wall_clock_reading_gives_the_offset() {
        let at = second("1994-12-31T10:00:00Z");
        let cases = [
            ("1994-12-31T00:00:00", -36_000),
            ("2100-01-01T00:00:00", i32::MIN),
            ("1995-01-01T00:00:00", 50_400),
            ("1994-12-31T10:09:21", 561),
        ];
        for (wall, expected) in cases {
            let got = offset_of_wall(at, wall.parse().unwrap());
            let expected = (expected != i32::MIN).then_some(expected);
            assert_eq!(got, expected, "{wall}");
        }
    }

    #[test]
    fn a_zone_of_no_change_has_one_offset_everywhere() {
        let zone = zone_from_offsets(
            "Asia/Tokyo",
            &Offsets {
                first: 9 * 3600,
                changes: vec![],
            },
        )
        .unwrap();
        for instant in ["1900-01-01T00:00:00Z", "2026-06-01T00:00:00Z"] {
            assert_eq!(offset_in(&zone, second(instant)), Some(9 * 3600));
        }
        assert_eq!(zone.iana_name(), Some("Asia/Tokyo"));
    }

    #[test]
    fn a_reader_that_cannot_say_gives_no_offsets() {
        let spans = [(0, 10 * STEP_SECONDS)];
        assert_eq!(read_offsets(&spans, |_| None), None);
        assert_eq!(
            read_offsets(&spans, |s| (s < 3 * STEP_SECONDS).then_some(0)),
            None
        );
    }
}
