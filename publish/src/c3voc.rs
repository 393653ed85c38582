//! Importing a c3voc `schedule.json` (what frab and pretalx export) into programme format v1.
//!
//! Rooms become spaces, tracks themes, persons speakers, types formats. Real files are odd in
//! known ways (no time zone, duplicate guids, rooms sharing a guid, empty or odd language
//! codes): each oddity becomes a warning with its JSON path, never a panic or a silently wrong
//! time. What cannot be converted safely (an id that is not a number, a date that does not
//! parse) is an error.

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;

use nec_compagnon::domain::links::{safe_id, web_link};
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
    let conference = &schedule.conference;
    let found = events_found(conference)?;
    let mut built = Built::default();
    let (zone_name, zone) = choose_zone(conference, &found, &mut built.warnings);
    built.declared_rooms(&conference.rooms);
    for track in &conference.tracks {
        let colour = track
            .color
            .as_deref()
            .or(track.colors.as_ref().and_then(|c| c.light.as_deref()));
        built.theme(&track.name, colour);
    }
    let languages = Languages::of(&found);
    for (f, code) in found.iter().zip(&languages.codes) {
        if let Some(session) = built.session(f, code, &languages.usual, &zone) {
            built.sessions.push(session);
        }
    }
    if !built.errors.is_empty() {
        return Err(LoadFailure {
            problems: built.errors,
        });
    }
    let (first, last) = event_days(conference, &built.sessions, &zone)?;
    if built.sessions.is_empty() {
        // A schedule published before its sessions: import what there is, and say so.
        built.warnings.push(Problem::new(
            "schedule.conference.days",
            ProblemKind::NoSessions,
        ));
    }
    let days = (first.to_string(), last.to_string());
    let version = schedule.version.as_deref().unwrap_or_default();
    let file = ProgrammeFile {
        format_version: FORMAT_VERSION,
        event: event(conference, version, days, zone_name, languages.list()),
        themes: built.themes,
        formats: built.formats,
        spaces: built.spaces,
        sessions: built.sessions,
        speakers: built.speakers,
    };
    Ok(Imported {
        file,
        warnings: built.warnings,
    })
}

/// Every event, in file order, with its instant; or every date that does not parse.
fn events_found(conference: &Conference) -> Result<Vec<Found<'_>>, LoadFailure> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
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
    if errors.is_empty() {
        Ok(found)
    } else {
        Err(LoadFailure { problems: errors })
    }
}

/// The events' languages: each one's code when it is usable, and the most common, which
/// stands in for empty ones.
struct Languages {
    codes: Vec<Option<String>>,
    counts: BTreeMap<String, usize>,
    usual: String,
}

impl Languages {
    fn of(found: &[Found]) -> Languages {
        let codes: Vec<Option<String>> = found
            .iter()
            .map(|f| f.event.language.as_deref().and_then(normalise_language))
            .collect();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for code in codes.iter().flatten() {
            *counts.entry(code.clone()).or_default() += 1;
        }
        let usual = counts
            .iter()
            .max_by_key(|(_, n)| **n)
            .map_or("en".to_owned(), |(code, _)| code.clone());
        Languages {
            codes,
            counts,
            usual,
        }
    }

    /// The event's languages: every usable code, or the usual one.
    fn list(self) -> Vec<String> {
        let mut languages: Vec<String> = self.counts.into_keys().collect();
        if languages.is_empty() {
            languages.push(self.usual);
        }
        languages
    }
}

/// What the conversion builds, event by event, and what it notices on the way.
#[derive(Default)]
struct Built<'a> {
    warnings: Vec<Problem>,
    errors: Vec<Problem>,
    spaces: Vec<Space>,
    space_of_room: HashMap<String, String>,
    themes: Vec<Theme>,
    formats: Vec<Format>,
    speakers: Vec<Speaker>,
    speaker_ids: HashSet<String>,
    sessions: Vec<Session>,
    /// Each event guid seen, with the path of its first event.
    guids: HashMap<&'a str, &'a str>,
}

impl<'a> Built<'a> {
    fn warn(&mut self, path: String, kind: ProblemKind) {
        self.warnings.push(Problem::new(path, kind));
    }

    /// The declared rooms, in order, before those only named by events; a guid shared by two
    /// rooms is a warning (rooms are told apart by name).
    fn declared_rooms(&mut self, rooms: &[Room]) {
        let mut room_guids: HashMap<&str, usize> = HashMap::new();
        for (i, room) in rooms.iter().enumerate() {
            if let Some(guid) = room.guid.as_deref().filter(|g| !g.is_empty()) {
                if let Some(first) = room_guids.get(guid) {
                    self.warn(
                        format!("schedule.conference.rooms[{i}].guid"),
                        ProblemKind::SharedRoomGuid {
                            first: format!("schedule.conference.rooms[{first}]"),
                        },
                    );
                } else {
                    room_guids.insert(guid, i);
                }
            }
            self.space(&room.name);
        }
    }

    /// The id of the space for a room's name, made at its first mention.
    fn space(&mut self, name: &str) -> String {
        if let Some(id) = self.space_of_room.get(name) {
            return id.clone();
        }
        let id = unique(
            &format!("salle-{}", non_empty_slug(name, "sans-nom")),
            |id| self.spaces.iter().any(|s| s.id == id),
        );
        self.spaces.push(Space {
            id: id.clone(),
            name: Localised::french(name),
            level: 0,
            kind: SpaceKind::Conference,
            capacity: None,
            accessibility: SpaceAccessibility::default(),
        });
        self.space_of_room.insert(name.to_owned(), id.clone());
        id
    }

    /// The id of the theme for a track, made at its first mention, with the track's colour
    /// when it is one, else the palette's next.
    fn theme(&mut self, name: &str, colour: Option<&str>) -> String {
        let id = non_empty_slug(name, "theme");
        if !self.themes.iter().any(|t| t.id == id) {
            let colour = colour
                .filter(|c| c.len() == 7 && c.starts_with('#'))
                .filter(|c| c[1..].chars().all(|h| h.is_ascii_hexdigit()))
                .map(str::to_lowercase)
                .unwrap_or_else(|| PALETTE[self.themes.len() % PALETTE.len()].to_owned());
            self.themes.push(Theme {
                id: id.clone(),
                label: Localised {
                    fr: name.to_owned(),
                    en: None,
                },
                colour,
            });
        }
        id
    }

    /// The id of the format for an event's type ("Session" when it has none).
    fn format(&mut self, kind: Option<&str>) -> String {
        let kind = kind.filter(|t| !t.trim().is_empty()).unwrap_or("Session");
        let format = non_empty_slug(kind, "session");
        if !self.formats.iter().any(|x| x.id == format) {
            self.formats.push(Format {
                id: format.clone(),
                label: Localised {
                    fr: kind.to_owned(),
                    en: None,
                },
                drop_in: false,
            });
        }
        format
    }

    /// The event as a session, or `None` (with an error) when its duration does not parse.
    fn session(
        &mut self,
        f: &'a Found,
        code: &Option<String>,
        usual: &str,
        zone: &TimeZone,
    ) -> Option<Session> {
        let event = f.event;
        let space = self.space(&event.room);
        let theme = event
            .track
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(|t| self.theme(t, None));
        let format = self.format(event.kind.as_deref());
        let language = self.language(f, code, usual);
        let minutes = self.minutes(f)?;
        let end = f
            .start
            .checked_add(SignedDuration::from_mins(minutes))
            .unwrap_or(f.start);
        let id = self.session_id(f);
        let speakers = self.speakers_of(&event.persons);
        let (links, decided) = links(event);
        for kind in decided {
            self.warn(format!("{}.links", f.path), kind);
        }
        let text = |t: &Option<String>| t.clone().filter(|t| !t.trim().is_empty());
        Some(Session {
            id,
            title: event.title.clone(),
            subtitle: text(&event.subtitle),
            summary: text(&event.summary).or_else(|| text(&event.description)),
            start: time::format_rfc3339(f.start, zone),
            end: time::format_rfc3339(end, zone),
            space,
            format,
            themes: theme.into_iter().collect(),
            speakers,
            language,
            audience: None,
            accessibility: SessionAccessibility::default(),
            registration: Default::default(),
            links,
            status: SessionStatus::Scheduled,
            previous: None,
        })
    }

    /// The event's language code; an empty or odd one is a warning, and the usual one or the
    /// code it was read as stands in.
    fn language(&mut self, f: &Found, code: &Option<String>, usual: &str) -> String {
        let path = format!("{}.language", f.path);
        match (f.event.language.as_deref().map(str::trim), code) {
            (Some(written), Some(code)) if written == code => code.clone(),
            (Some(""), _) | (None, _) => {
                let used = usual.to_owned();
                self.warn(path, ProblemKind::EmptyLanguage { used: used.clone() });
                used
            }
            (Some(written), Some(code)) => {
                let (value, used) = (written.to_owned(), code.clone());
                self.warn(path, ProblemKind::OddLanguage { value, used });
                code.clone()
            }
            (Some(written), None) => {
                let (value, used) = (written.to_owned(), usual.to_owned());
                self.warn(path, ProblemKind::OddLanguage { value, used });
                usual.to_owned()
            }
        }
    }

    /// The event's duration in minutes: a zero one is 15 with a warning, an unreadable one an
    /// error.
    fn minutes(&mut self, f: &Found) -> Option<i64> {
        let path = format!("{}.duration", f.path);
        match parse_duration(&f.event.duration) {
            Some(0) => {
                self.warn(path, ProblemKind::ZeroDuration);
                Some(15)
            }
            Some(minutes) => Some(minutes),
            None => {
                let value = f.event.duration.clone();
                self.errors
                    .push(Problem::new(path, ProblemKind::NotADuration { value }));
                None
            }
        }
    }

    /// Session ids are the guids: stable across versions of the same schedule. A guid seen
    /// before is a warning, and gets a distinct id.
    fn session_id(&mut self, f: &'a Found) -> String {
        let event = f.event;
        let taken = |sessions: &[Session], id: &str| sessions.iter().any(|s| s.id == id);
        if let Some(first) = self.guids.get(event.guid.as_str()) {
            let first = (*first).to_owned();
            self.warn(
                format!("{}.guid", f.path),
                ProblemKind::DuplicateGuid { first },
            );
            unique(&safe_id(&event.guid), |id| taken(&self.sessions, id))
        } else if event.guid.trim().is_empty() {
            unique(&format!("session-{}", self.sessions.len() + 1), |id| {
                taken(&self.sessions, id)
            })
        } else {
            self.guids.insert(&event.guid, &f.path);
            // An id goes into addresses: a guid with other characters is made one that may.
            // (An earlier odd guid's id may be this one: each stays its own.)
            unique(&safe_id(&event.guid), |id| taken(&self.sessions, id))
        }
    }

    /// The ids of the event's speakers, each person made a speaker at their first event.
    fn speakers_of(&mut self, persons: &[Person]) -> Vec<String> {
        let mut ids = Vec::new();
        for person in persons {
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
            if self.speaker_ids.insert(id.clone()) {
                self.speakers.push(Speaker {
                    id: id.clone(),
                    name: name.to_owned(),
                    organisation: None,
                    role: None,
                    bio: person.biography.clone().filter(|b| !b.trim().is_empty()),
                    links: Vec::new(),
                });
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }
}

/// The event's links, its own page first, and what had to be decided about them: a bare host
/// (`nymtech.net`) is given `https://`; an address the app would not draw (`javascript:`, a
/// relative path) is left out (see `links::web_link`).
fn links(event: &C3Event) -> (Vec<Link>, Vec<ProblemKind>) {
    let mut decided = Vec::new();
    let mut web = |url: &str| {
        let url = url.trim();
        if url.is_empty() {
            return None;
        }
        if web_link(url).is_some() {
            return Some(url.to_owned());
        }
        let with_scheme = format!("https://{url}");
        let bare_host = !url.contains(':')
            && !url.starts_with('/')
            && url.split('/').next().is_some_and(|host| host.contains('.'));
        if bare_host && web_link(&with_scheme).is_some() {
            decided.push(ProblemKind::LinkWithoutScheme {
                value: url.to_owned(),
                used: with_scheme.clone(),
            });
            Some(with_scheme)
        } else {
            decided.push(ProblemKind::UnsafeLink {
                value: url.to_owned(),
                contact: false,
            });
            None
        }
    };
    let own = event.url.as_deref().and_then(&mut web).map(|url| Link {
        kind: LinkKind::Website,
        url,
        label: None,
    });
    let others: Vec<Link> = event
        .links
        .iter()
        .filter_map(|l| {
            web(&l.url).map(|url| Link {
                kind: LinkKind::Other,
                url,
                label: l.title.clone().filter(|t| !t.trim().is_empty()),
            })
        })
        .collect();
    (own.into_iter().chain(others).collect(), decided)
}

/// The event's first and last days: they cover the conference's dates and every session's
/// start. None is an error: nothing to import.
fn event_days(
    conference: &Conference,
    sessions: &[Session],
    zone: &TimeZone,
) -> Result<(Date, Date), LoadFailure> {
    let mut days: Vec<Date> = sessions
        .iter()
        .filter_map(|s| time::parse_instant(&s.start))
        .map(|t| time::local(t, zone).0)
        .collect();
    for date in [&conference.start, &conference.end].into_iter().flatten() {
        if let Some(day) = date.get(..10).and_then(time::parse_date) {
            days.push(day);
        }
    }
    match (days.iter().min(), days.iter().max()) {
        (Some(first), Some(last)) => Ok((*first, *last)),
        _ => Err(LoadFailure {
            problems: vec![Problem::new(
                "schedule.conference.days",
                ProblemKind::NoSessions,
            )],
        }),
    }
}

/// The programme's event, from the conference's: its first and last `days`, its zone, its
/// languages, and a note on what the import could not bring.
fn event(
    conference: &Conference,
    version: &str,
    days: (String, String),
    time_zone: String,
    languages: Vec<String>,
) -> Event {
    Event {
        id: non_empty_slug(&conference.acronym, "evenement"),
        name: conference.title.clone(),
        // The acronym ("camp2019") names the installed app.
        short_name: Some(conference.acronym.trim().to_owned()).filter(|a| !a.is_empty()),
        edition: None,
        start_date: days.0,
        end_date: days.1,
        time_zone,
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
    }
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
