//! Importing a c3voc `schedule.json` (what frab and pretalx export) into programme format v1.
//!
//! Rooms become spaces, tracks themes, persons speakers, types formats. Real files are odd in
//! known ways (no time zone, duplicate guids, rooms sharing a guid, empty or odd language
//! codes): each oddity becomes a warning with its JSON path, never a panic or a silently wrong
//! time. What cannot be converted safely (an id that is not a number, a date that does not
//! parse) is an error.

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;

use nec_compagnon::domain::load::LoadFailure;
use nec_compagnon::domain::model::{
    Event, Format, Link, LinkKind, Localised, ProgrammeFile, Session, SessionAccessibility,
    SessionStatus, Space, SpaceAccessibility, SpaceKind, Speaker, Theme, VenueRef, FORMAT_VERSION,
};
use nec_compagnon::domain::problem::{parse_json, Problem, ProblemKind};
use nec_compagnon::domain::text::slug;
use nec_compagnon::domain::time;

#[derive(Deserialize)]
struct Root {
    schedule: Schedule,
}

#[derive(Deserialize)]
struct Schedule {
    #[serde(default)]
    version: Option<String>,
    conference: Conference,
}

#[derive(Deserialize)]
struct Conference {
    acronym: String,
    title: String,
    #[serde(default)]
    start: Option<String>,
    #[serde(default)]
    end: Option<String>,
    #[serde(default)]
    time_zone_name: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    rooms: Vec<Room>,
    #[serde(default)]
    tracks: Vec<Track>,
    days: Vec<Day>,
}

#[derive(Deserialize)]
struct Room {
    name: String,
    #[serde(default)]
    guid: Option<String>,
}

#[derive(Deserialize)]
struct Track {
    name: String,
    #[serde(default)]
    color: Option<String>,
    #[serde(default)]
    colors: Option<TrackColours>,
}

#[derive(Deserialize)]
struct TrackColours {
    #[serde(default)]
    light: Option<String>,
}

#[derive(Deserialize)]
struct Day {
    #[serde(default)]
    rooms: BTreeMap<String, Vec<C3Event>>,
}

#[derive(Deserialize)]
struct C3Event {
    // The schema says integer; a file with text ids is not a frab or pretalx export.
    #[allow(dead_code)]
    id: i64,
    guid: String,
    date: String,
    duration: String,
    room: String,
    title: String,
    #[serde(default)]
    subtitle: Option<String>,
    #[serde(default)]
    track: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default, rename = "abstract")]
    summary: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    persons: Vec<Person>,
    #[serde(default)]
    links: Vec<C3Link>,
}

#[derive(Deserialize)]
struct Person {
    #[serde(default)]
    id: Option<i64>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    guid: Option<String>,
    #[serde(default)]
    public_name: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    biography: Option<String>,
}

#[derive(Deserialize)]
struct C3Link {
    url: String,
    #[serde(default)]
    title: Option<String>,
}

/// A converted programme and what was noticed on the way.
#[derive(Debug)]
pub struct Imported {
    pub file: ProgrammeFile,
    pub warnings: Vec<Problem>,
}

/// Palette for tracks without a usable colour: each contrasts with white text (WCAG AA).
const PALETTE: &[&str] = &[
    "#1d5fa8", "#7a3e9d", "#a4461a", "#1e7045", "#9c2a5b", "#3f5c0e", "#0f6a73", "#6b4f1d",
];

/// An event found in a day, with its JSON path for messages.
struct Found<'a> {
    path: String,
    event: &'a C3Event,
    start: Timestamp,
    offset: Option<i32>,
}

pub fn import(json: &str) -> Result<Imported, LoadFailure> {
    let root: Root = parse_json(json)?;
    convert(root.schedule)
}

fn convert(schedule: Schedule) -> Result<Imported, LoadFailure> {
    let conference = schedule.conference;
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    let warn = |warnings: &mut Vec<Problem>, path: String, kind| {
        warnings.push(Problem::new(path, kind));
    };

    // Every event, in file order, with its instant.
    let mut found = Vec::new();
    for (d, day) in conference.days.iter().enumerate() {
        for (room, events) in &day.rooms {
            for (e, event) in events.iter().enumerate() {
                let path = format!("schedule.conference.days[{d}].rooms.{room}[{e}]");
                match time::parse_instant(&event.date) {
                    Some(start) => found.push(Found {
                        path,
                        event,
                        start,
                        offset: time::written_offset(&event.date),
                    }),
                    None => errors.push(Problem::new(
                        format!("{path}.date"),
                        ProblemKind::NotAnInstant {
                            value: event.date.clone(),
                        },
                    )),
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(LoadFailure { problems: errors });
    }

    let (zone_name, zone) = choose_zone(&conference, &found, &mut warnings);

    // Spaces: the declared rooms first, then any room only named by an event.
    let mut spaces: Vec<Space> = Vec::new();
    let mut space_of_room: HashMap<String, String> = HashMap::new();
    let mut room_guids: HashMap<String, usize> = HashMap::new();
    let mut add_room = |name: &str, spaces: &mut Vec<Space>| -> String {
        if let Some(id) = space_of_room.get(name) {
            return id.clone();
        }
        let id = unique(
            &format!("salle-{}", non_empty_slug(name, "sans-nom")),
            |id| spaces.iter().any(|s| s.id == id),
        );
        spaces.push(Space {
            id: id.clone(),
            name: Localised::french(name),
            level: 0,
            kind: SpaceKind::Conference,
            capacity: None,
            accessibility: SpaceAccessibility::default(),
        });
        space_of_room.insert(name.to_owned(), id.clone());
        id
    };
    for (i, room) in conference.rooms.iter().enumerate() {
        if let Some(guid) = room.guid.as_deref().filter(|g| !g.is_empty()) {
            if let Some(first) = room_guids.get(guid) {
                warn(
                    &mut warnings,
                    format!("schedule.conference.rooms[{i}].guid"),
                    ProblemKind::SharedRoomGuid {
                        first: format!("schedule.conference.rooms[{first}]"),
                    },
                );
            } else {
                room_guids.insert(guid.to_owned(), i);
            }
        }
        add_room(&room.name, &mut spaces);
    }

    // Themes from tracks (declared, then named by events); formats from types.
    let mut themes: Vec<Theme> = Vec::new();
    let add_track = |name: &str, colour: Option<&str>, themes: &mut Vec<Theme>| -> String {
        let id = non_empty_slug(name, "theme");
        if !themes.iter().any(|t| t.id == id) {
            let colour = colour
                .filter(|c| c.len() == 7 && c.starts_with('#'))
                .filter(|c| c[1..].chars().all(|h| h.is_ascii_hexdigit()))
                .map(str::to_lowercase)
                .unwrap_or_else(|| PALETTE[themes.len() % PALETTE.len()].to_owned());
            themes.push(Theme {
                id: id.clone(),
                label: Localised {
                    fr: name.to_owned(),
                    en: None,
                },
                colour,
            });
        }
        id
    };
    for track in &conference.tracks {
        let colour = track
            .color
            .as_deref()
            .or(track.colors.as_ref().and_then(|c| c.light.as_deref()));
        add_track(&track.name, colour, &mut themes);
    }
    let mut formats: Vec<Format> = Vec::new();

    // Languages: the most common valid code stands in for empty ones.
    let codes: Vec<Option<String>> = found
        .iter()
        .map(|f| f.event.language.as_deref().and_then(normalise_language))
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for code in codes.iter().flatten() {
        *counts.entry(code).or_default() += 1;
    }
    let usual = counts
        .iter()
        .max_by_key(|(_, n)| **n)
        .map_or("en".to_owned(), |(code, _)| (*code).to_owned());

    let mut speakers: Vec<Speaker> = Vec::new();
    let mut speaker_ids: HashSet<String> = HashSet::new();
    let mut sessions: Vec<Session> = Vec::new();
    let mut guids: HashMap<&str, &str> = HashMap::new();

    for (f, code) in found.iter().zip(&codes) {
        let event = f.event;
        let space = add_room(&event.room, &mut spaces);
        let theme = event
            .track
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(|t| add_track(t, None, &mut themes));
        let kind = event
            .kind
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or("Session");
        let format = non_empty_slug(kind, "session");
        if !formats.iter().any(|x| x.id == format) {
            formats.push(Format {
                id: format.clone(),
                label: Localised {
                    fr: kind.to_owned(),
                    en: None,
                },
                drop_in: false,
            });
        }

        let language = match (event.language.as_deref().map(str::trim), code) {
            (Some(written), Some(code)) if written == code => code.clone(),
            (Some(""), _) | (None, _) => {
                warn(
                    &mut warnings,
                    format!("{}.language", f.path),
                    ProblemKind::EmptyLanguage {
                        used: usual.clone(),
                    },
                );
                usual.clone()
            }
            (Some(written), Some(code)) => {
                warn(
                    &mut warnings,
                    format!("{}.language", f.path),
                    ProblemKind::OddLanguage {
                        value: written.to_owned(),
                        used: code.clone(),
                    },
                );
                code.clone()
            }
            (Some(written), None) => {
                warn(
                    &mut warnings,
                    format!("{}.language", f.path),
                    ProblemKind::OddLanguage {
                        value: written.to_owned(),
                        used: usual.clone(),
                    },
                );
                usual.clone()
            }
        };

        let minutes = match parse_duration(&event.duration) {
            Some(0) => {
                warn(
                    &mut warnings,
                    format!("{}.duration", f.path),
                    ProblemKind::ZeroDuration,
                );
                15
            }
            Some(minutes) => minutes,
            None => {
                errors.push(Problem::new(
                    format!("{}.duration", f.path),
                    ProblemKind::NotADuration {
                        value: event.duration.clone(),
                    },
                ));
                continue;
            }
        };
        let end = f
            .start
            .checked_add(SignedDuration::from_mins(minutes))
            .unwrap_or(f.start);

        // Session ids are the guids: stable across versions of the same schedule.
        let id = if let Some(first) = guids.get(event.guid.as_str()) {
            warn(
                &mut warnings,
                format!("{}.guid", f.path),
                ProblemKind::DuplicateGuid {
                    first: (*first).to_owned(),
                },
            );
            unique(&event.guid, |id| sessions.iter().any(|s| s.id == id))
        } else if event.guid.trim().is_empty() {
            unique(&format!("session-{}", sessions.len() + 1), |id| {
                sessions.iter().any(|s| s.id == id)
            })
        } else {
            guids.insert(&event.guid, &f.path);
            event.guid.clone()
        };

        let mut session_speakers = Vec::new();
        for person in &event.persons {
            let name = person
                .public_name
                .as_deref()
                .or(person.name.as_deref())
                .map(str::trim)
                .filter(|n| !n.is_empty());
            let Some(name) = name else { continue };
            let key = person
                .id
                .map(|id| id.to_string())
                .or(person.code.clone())
                .or(person.guid.clone())
                .unwrap_or_else(|| slug(name));
            let id = format!("p-{}", non_empty_slug(&key, "personne"));
            if speaker_ids.insert(id.clone()) {
                speakers.push(Speaker {
                    id: id.clone(),
                    name: name.to_owned(),
                    organisation: None,
                    role: None,
                    bio: person.biography.clone().filter(|b| !b.trim().is_empty()),
                    links: Vec::new(),
                });
            }
            if !session_speakers.contains(&id) {
                session_speakers.push(id);
            }
        }

        let mut links: Vec<Link> = event
            .links
            .iter()
            .filter(|l| !l.url.trim().is_empty())
            .map(|l| Link {
                kind: LinkKind::Other,
                url: l.url.clone(),
                label: l.title.clone().filter(|t| !t.trim().is_empty()),
            })
            .collect();
        if let Some(url) = event.url.as_deref().filter(|u| !u.trim().is_empty()) {
            links.insert(
                0,
                Link {
                    kind: LinkKind::Website,
                    url: url.to_owned(),
                    label: None,
                },
            );
        }
        let text = |t: &Option<String>| t.clone().filter(|t| !t.trim().is_empty());

        sessions.push(Session {
            id,
            title: event.title.clone(),
            subtitle: text(&event.subtitle),
            summary: text(&event.summary).or_else(|| text(&event.description)),
            start: time::format_rfc3339(f.start, &zone),
            end: time::format_rfc3339(end, &zone),
            space,
            format,
            themes: theme.into_iter().collect(),
            speakers: session_speakers,
            language,
            audience: None,
            accessibility: SessionAccessibility::default(),
            registration: Default::default(),
            links,
            status: SessionStatus::Scheduled,
            previous: None,
        });
    }
    if !errors.is_empty() {
        return Err(LoadFailure { problems: errors });
    }

    // The event's days cover the conference's dates and every session's start.
    let mut days: Vec<_> = sessions
        .iter()
        .filter_map(|s| time::parse_instant(&s.start))
        .map(|t| time::local(t, &zone).0)
        .collect();
    for date in [&conference.start, &conference.end].into_iter().flatten() {
        if let Some(day) = date.get(..10).and_then(time::parse_date) {
            days.push(day);
        }
    }
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else {
        return Err(LoadFailure {
            problems: vec![Problem::new(
                "schedule.conference.days",
                ProblemKind::NoSessions,
            )],
        });
    };

    if sessions.is_empty() {
        // A schedule published before its sessions: import what there is, and say so.
        warnings.push(Problem::new(
            "schedule.conference.days",
            ProblemKind::NoSessions,
        ));
    }
    let mut languages: Vec<String> = counts.keys().map(|c| (*c).to_owned()).collect();
    if languages.is_empty() {
        languages.push(usual);
    }
    let version = schedule.version.unwrap_or_default();
    let file = ProgrammeFile {
        format_version: FORMAT_VERSION,
        event: Event {
            id: non_empty_slug(&conference.acronym, "evenement"),
            name: conference.title.clone(),
            edition: None,
            start_date: first.to_string(),
            end_date: last.to_string(),
            time_zone: zone_name,
            venue: VenueRef {
                name: String::new(),
                city: String::new(),
                address: None,
                map: None,
            },
            languages,
            data_version: if version.is_empty() {
                "c3voc".to_owned()
            } else {
                format!("c3voc-{version}")
            },
            data_note: Some(Localised {
                fr: format!(
                    "Importé d'un export c3voc schedule.json ({}, version {version}). Les salles n'ont ni niveau ni informations d'accessibilité.",
                    conference.title
                ),
                en: Some(format!(
                    "Imported from a c3voc schedule.json export ({}, version {version}). Rooms have no level and no accessibility information.",
                    conference.title
                )),
            }),
            url: conference.url.clone(),
            accessibility_contact: None,
        },
        themes,
        formats,
        spaces,
        sessions,
        speakers,
    };
    Ok(Imported { file, warnings })
}

/// The event's zone: the declared one when it is supported and agrees with the offsets the
/// events are written with; otherwise the first supported zone that does, with a warning.
fn choose_zone(
    conference: &Conference,
    found: &[Found],
    warnings: &mut Vec<Problem>,
) -> (String, TimeZone) {
    let agrees = |zone: &TimeZone| {
        found.iter().all(|f| {
            f.offset
                .is_none_or(|o| zone.to_offset(f.start).seconds() == o)
        })
    };
    let path = "schedule.conference.time_zone_name".to_owned();
    let declared = conference
        .time_zone_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    if let Some(name) = declared {
        if let Some(zone) = time::zone(name).filter(|z| agrees(z)) {
            return (name.to_owned(), zone);
        }
    }
    let inferred = time::SUPPORTED_ZONES
        .iter()
        .filter_map(|(name, _)| time::zone(name).map(|zone| (*name, zone)))
        .find(|(_, zone)| agrees(zone));
    let (name, zone) = inferred.unwrap_or(("UTC", TimeZone::UTC));
    let kind = match declared {
        None => ProblemKind::MissingTimeZone {
            used: name.to_owned(),
        },
        Some(declared) => ProblemKind::TimeZoneMismatch {
            declared: declared.to_owned(),
            used: name.to_owned(),
        },
    };
    warnings.push(Problem::new(path, kind));
    (name.to_owned(), zone)
}

/// `0:45`, `01:30`, `1:30:00` → minutes.
fn parse_duration(text: &str) -> Option<i64> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let number = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match parts.as_slice() {
        [h, m] | [h, m, _] => {
            let (h, m) = (number(h)?, number(m)?);
            (m < 60).then_some(h * 60 + m)
        }
        _ => None,
    }
}

/// A BCP 47 primary language code from what real files hold ("de", "EN", "deu", "English").
fn normalise_language(text: &str) -> Option<String> {
    let lower = text.trim().to_lowercase();
    let primary = lower.split(['-', '_']).next().unwrap_or("");
    let code = match primary {
        "" => return None,
        "eng" | "english" | "anglais" => "en",
        "deu" | "ger" | "german" | "deutsch" | "allemand" => "de",
        "fra" | "fre" | "french" | "français" | "francais" => "fr",
        "spa" | "spanish" | "español" => "es",
        "ita" | "italian" | "italiano" => "it",
        "nld" | "dut" | "dutch" | "nederlands" => "nl",
        code if code.len() == 2 && code.chars().all(|c| c.is_ascii_lowercase()) => code,
        _ => return None,
    };
    Some(code.to_owned())
}

fn non_empty_slug(text: &str, fallback: &str) -> String {
    let s = slug(text);
    if s.is_empty() {
        fallback.to_owned()
    } else {
        s
    }
}

/// `base`, or `base-2`, `base-3`… the first that is not taken.
fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("an unused suffix exists")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let cases = [
            ("00:30", Some(30)),
            ("0:45", Some(45)),
            ("01:30", Some(90)),
            ("1:30:00", Some(90)),
            ("24:00", Some(1440)),
            ("00:00", Some(0)),
            ("1:75", None),
            ("90", None),
            ("", None),
            ("a:b", None),
            ("-1:30", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_duration(text), expected, "{text}");
        }
    }

    #[test]
    fn languages() {
        let cases = [
            ("en", Some("en")),
            ("EN", Some("en")),
            ("de-formal", Some("de")),
            ("pt_BR", Some("pt")),
            ("deu", Some("de")),
            ("English", Some("en")),
            ("français", Some("fr")),
            ("", None),
            ("  ", None),
            ("klingon", None),
            ("1", None),
        ];
        for (text, expected) in cases {
            assert_eq!(normalise_language(text).as_deref(), expected, "{text}");
        }
    }
}
