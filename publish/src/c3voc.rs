//! Importing a c3voc `schedule.json` (what frab and pretalx export) into programme format v1.
//!
//! Rooms become spaces, tracks themes, persons speakers, types formats. Real files are odd in
//! known ways (no time zone, duplicate guids, rooms sharing a guid, empty or odd language
//! codes, links as plain addresses, fields missing or of another type): each oddity becomes a
//! warning with its JSON path, never a panic or a silently wrong time. A field the app does
//! not use never refuses a file; what cannot be converted safely (an event without a title, a
//! date or a duration that does not parse) is an error.

use std::collections::{BTreeMap, HashMap, HashSet};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;
use serde_json::Value;

use nec_compagnon::domain::links::{safe_id, web_link};
use nec_compagnon::domain::load::LoadFailure;
use nec_compagnon::domain::model::{
    Event, Format, Link, LinkKind, Localised, ProgrammeFile, Session, SessionAccessibility,
    SessionStatus, Space, SpaceAccessibility, SpaceKind, Speaker, Theme, VenueRef, FORMAT_VERSION,
};
use nec_compagnon::domain::problem::{parse_json, Problem, ProblemKind};
use nec_compagnon::domain::text::slug;
use nec_compagnon::domain::time;

// Only the conference's acronym and title must have their type: everything else is read as
// any JSON value, and what is not of the shape the importer uses is left out with a warning.
// Unknown fields are skipped (no `deny_unknown_fields`).

#[derive(Deserialize)]
struct Root {
    schedule: Schedule,
}

#[derive(Deserialize)]
struct Schedule {
    #[serde(default)]
    version: Value,
    conference: Conference,
}

#[derive(Deserialize)]
struct Conference {
    acronym: String,
    title: String,
    #[serde(default)]
    start: Value,
    #[serde(default)]
    end: Value,
    #[serde(default)]
    time_zone_name: Value,
    #[serde(default)]
    url: Value,
    #[serde(default)]
    rooms: Value,
    #[serde(default)]
    tracks: Value,
    #[serde(default)]
    days: Value,
}

/// A converted programme and what was noticed on the way.
#[derive(Debug)]
pub struct Imported {
    pub file: ProgrammeFile,
    pub warnings: Vec<Problem>,
}

/// Palette for tracks without a usable colour: each contrasts with white text (WCAG AA).
pub(crate) const PALETTE: &[&str] = &[
    "#1d5fa8", "#7a3e9d", "#a4461a", "#1e7045", "#9c2a5b", "#3f5c0e", "#0f6a73", "#6b4f1d",
];

/// An event found in a day (a JSON object), with its JSON path for messages.
struct Found<'a> {
    path: String,
    event: &'a Value,
    /// Its `room`, or the name it is listed under when it has none.
    room: &'a str,
    title: &'a str,
    start: Timestamp,
    offset: Option<i32>,
}

pub fn import(json: &str) -> Result<Imported, LoadFailure> {
    let root: Root = parse_json(json)?;
    convert(root.schedule)
}

fn convert(schedule: Schedule) -> Result<Imported, LoadFailure> {
    let conference = &schedule.conference;
    let mut built = Built::default();
    let found = built.events_found(conference);
    if !built.errors.is_empty() {
        return Err(LoadFailure {
            problems: built.errors,
        });
    }
    let declared_zone = built.text_value(
        &conference.time_zone_name,
        "schedule.conference.time_zone_name",
    );
    let (zone_name, zone) = choose_zone(declared_zone, &found, &mut built.warnings);
    built.declared_rooms(&conference.rooms);
    built.declared_tracks(&conference.tracks);
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
    let dates = [
        built.text_value(&conference.start, "schedule.conference.start"),
        built.text_value(&conference.end, "schedule.conference.end"),
    ];
    let (first, last) = event_days(dates, &built.sessions, &zone)?;
    if built.sessions.is_empty() {
        // A schedule published before its sessions: import what there is, and say so.
        built.warnings.push(Problem::new(
            "schedule.conference.days",
            ProblemKind::NoSessions,
        ));
    }
    let url = built
        .text_value(&conference.url, "schedule.conference.url")
        .and_then(|url| built.web("schedule.conference.url".into(), url));
    let days = (first.to_string(), last.to_string());
    let version = match &schedule.version {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        _ => String::new(),
    };
    let file = ProgrammeFile {
        format_version: FORMAT_VERSION,
        event: event(conference, &version, days, zone_name, languages.list(), url),
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
            .map(|f| {
                f.event
                    .get("language")
                    .and_then(Value::as_str)
                    .and_then(normalise_language)
            })
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
struct Built {
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
    guids: HashMap<String, String>,
}

impl Built {
    fn warn(&mut self, path: String, kind: ProblemKind) {
        self.warnings.push(Problem::new(path, kind));
    }

    /// A value the importer cannot use, left out with a warning at its path.
    fn left_out(&mut self, path: String, value: &Value) {
        self.warn(
            path,
            ProblemKind::LeftOut {
                value: shown(value),
            },
        );
    }

    /// The text at `key` of the object at `at`; absent or `null` is none, any other value is
    /// left out with a warning.
    fn text<'v>(&mut self, at: &str, object: &'v Value, key: &str) -> Option<&'v str> {
        match object.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text),
            Some(other) => {
                self.left_out(format!("{at}.{key}"), other);
                None
            }
        }
    }

    /// A text field of the conference, as [`Built::text`] reads it.
    fn text_value<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v str> {
        match value {
            Value::Null => None,
            Value::String(text) => Some(text),
            other => {
                self.left_out(path.to_owned(), other);
                None
            }
        }
    }

    /// The text at `key` of the object at `at`, which the importer cannot do without: absent or
    /// of another type is an error.
    fn required_text<'v>(&mut self, at: &str, object: &'v Value, key: &str) -> Option<&'v str> {
        let kind = match object.get(key) {
            Some(Value::String(text)) => return Some(text),
            None | Some(Value::Null) => ProblemKind::MissingField { field: key.into() },
            Some(other) => ProblemKind::WrongType {
                found: serde_words(other),
                expected: "a string".into(),
            },
        };
        let path = match kind {
            ProblemKind::MissingField { .. } => at.to_owned(),
            _ => format!("{at}.{key}"),
        };
        self.errors.push(Problem::new(path, kind));
        None
    }

    /// The items of a list; absent or `null` is an empty one, any other value is left out with
    /// a warning.
    fn list<'v>(&mut self, path: &str, value: &'v Value) -> &'v [Value] {
        match value {
            Value::Array(items) => items,
            Value::Null => &[],
            other => {
                self.left_out(path.to_owned(), other);
                &[]
            }
        }
    }

    /// Every event, in file order (days, then rooms by name), with its instant; an event
    /// without a readable date or title is an error.
    fn events_found<'c>(&mut self, conference: &'c Conference) -> Vec<Found<'c>> {
        let mut found = Vec::new();
        let days = self.list("schedule.conference.days", &conference.days);
        for (d, day) in days.iter().enumerate() {
            if !day.is_object() {
                self.left_out(format!("schedule.conference.days[{d}]"), day);
                continue;
            }
            let rooms = match day.get("rooms") {
                None | Some(Value::Null) => continue,
                Some(Value::Object(rooms)) => rooms,
                Some(other) => {
                    self.left_out(format!("schedule.conference.days[{d}].rooms"), other);
                    continue;
                }
            };
            // By name, whatever the JSON library's map keeps.
            let mut rooms: Vec<(&String, &Value)> = rooms.iter().collect();
            rooms.sort_by_key(|(name, _)| *name);
            for (room, events) in rooms {
                let at = format!("schedule.conference.days[{d}].rooms.{room}");
                for (e, event) in self.list(&at, events).iter().enumerate() {
                    let path = format!("{at}[{e}]");
                    if !event.is_object() {
                        self.left_out(path, event);
                        continue;
                    }
                    let title = self.required_text(&path, event, "title");
                    let Some(date) = self.required_text(&path, event, "date") else {
                        continue;
                    };
                    let Some(start) = time::parse_instant(date) else {
                        self.errors.push(Problem::new(
                            format!("{path}.date"),
                            ProblemKind::NotAnInstant { value: date.into() },
                        ));
                        continue;
                    };
                    let room = self.text(&path, event, "room").unwrap_or(room.as_str());
                    if let Some(title) = title {
                        found.push(Found {
                            path,
                            event,
                            room,
                            title,
                            start,
                            offset: time::written_offset(date),
                        });
                    }
                }
            }
        }
        found
    }

    /// The declared rooms, in order, before those only named by events; a guid shared by two
    /// rooms is a warning (rooms are told apart by name). A room is an object with a `name`
    /// (its `guid` optional), or its name alone.
    fn declared_rooms(&mut self, rooms: &Value) {
        let mut room_guids: HashMap<String, usize> = HashMap::new();
        for (i, room) in self
            .list("schedule.conference.rooms", rooms)
            .iter()
            .enumerate()
        {
            let path = format!("schedule.conference.rooms[{i}]");
            let name = room.as_str().or(room.get("name").and_then(Value::as_str));
            let Some(name) = name else {
                self.left_out(path, room);
                continue;
            };
            if let Some(guid) = room.get("guid").and_then(id_text).filter(|g| !g.is_empty()) {
                if let Some(first) = room_guids.get(&guid) {
                    self.warn(
                        format!("{path}.guid"),
                        ProblemKind::SharedRoomGuid {
                            first: format!("schedule.conference.rooms[{first}]"),
                        },
                    );
                } else {
                    room_guids.insert(guid, i);
                }
            }
            self.space(name);
        }
    }

    /// The declared tracks as themes, with their colour (`color`, or hub's `colors.light`). A
    /// track is an object with a `name`, or its name alone.
    fn declared_tracks(&mut self, tracks: &Value) {
        for (i, track) in self
            .list("schedule.conference.tracks", tracks)
            .iter()
            .enumerate()
        {
            let name = track.as_str().or(track.get("name").and_then(Value::as_str));
            let Some(name) = name else {
                self.left_out(format!("schedule.conference.tracks[{i}]"), track);
                continue;
            };
            let colour = track
                .get("color")
                .or(track.pointer("/colors/light"))
                .and_then(Value::as_str);
            self.theme(name, colour);
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

    /// The event as a session, or `None` (with an error) when it has no readable duration.
    fn session(
        &mut self,
        f: &Found,
        code: &Option<String>,
        usual: &str,
        zone: &TimeZone,
    ) -> Option<Session> {
        let (event, path) = (f.event, f.path.as_str());
        let space = self.space(f.room);
        let theme = self
            .text(path, event, "track")
            .filter(|t| !t.trim().is_empty())
            .map(|t| self.theme(t, None));
        let kind = self.text(path, event, "type");
        let format = self.format(kind);
        let language = self.language(f, code, usual);
        let minutes = self.minutes(f)?;
        let end = f
            .start
            .checked_add(SignedDuration::from_mins(minutes))
            .unwrap_or(f.start);
        let id = self.session_id(f);
        let persons = self.list(
            &format!("{path}.persons"),
            event.get("persons").unwrap_or(&Value::Null),
        );
        let speakers = self.speakers_of(&format!("{path}.persons"), persons);
        let links = self.links(f);
        let mut text = |key: &str| {
            self.text(path, event, key)
                .filter(|t| !t.trim().is_empty())
                .map(str::to_owned)
        };
        let subtitle = text("subtitle");
        let summary = text("abstract");
        let description = text("description");
        Some(Session {
            id,
            title: f.title.to_owned(),
            subtitle,
            summary: summary.or(description),
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
        let written = match f.event.get("language") {
            None | Some(Value::Null) => None,
            Some(Value::String(text)) => Some(text.trim()),
            // Not a text: said as it is, and the usual code stands in.
            Some(other) => {
                let (value, used) = (shown(other), usual.to_owned());
                self.warn(path, ProblemKind::OddLanguage { value, used });
                return usual.to_owned();
            }
        };
        match (written, code) {
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

    /// The event's duration in minutes, from `duration`, or from `end` (which the schema now
    /// prefers) when it has none: a zero one is 15 with a warning, an unreadable one an error.
    fn minutes(&mut self, f: &Found) -> Option<i64> {
        let has_duration = !matches!(f.event.get("duration"), None | Some(Value::Null));
        let end = f.event.get("end").and_then(Value::as_str);
        let (path, minutes) = match end {
            Some(end) if !has_duration => {
                let path = format!("{}.end", f.path);
                let Some(end) = time::parse_instant(end) else {
                    let value = end.to_owned();
                    self.errors
                        .push(Problem::new(path, ProblemKind::NotAnInstant { value }));
                    return None;
                };
                let minutes = end.duration_since(f.start).as_mins();
                if minutes < 0 {
                    self.errors
                        .push(Problem::new(path, ProblemKind::EndNotAfterStart));
                    return None;
                }
                (path, Some(minutes))
            }
            _ => {
                let duration = self.required_text(&f.path, f.event, "duration")?;
                let path = format!("{}.duration", f.path);
                let minutes = parse_duration(duration);
                if minutes.is_none() {
                    let value = duration.to_owned();
                    self.errors
                        .push(Problem::new(path, ProblemKind::NotADuration { value }));
                    return None;
                }
                (path, minutes)
            }
        };
        match minutes {
            Some(0) => {
                self.warn(path, ProblemKind::ZeroDuration);
                Some(15)
            }
            minutes => minutes,
        }
    }

    /// Session ids are the guids: stable across versions of the same schedule. A guid seen
    /// before is a warning, and gets a distinct id. An event without a guid is a warning, and
    /// takes its `id` (an integer or a text), else its rank.
    fn session_id(&mut self, f: &Found) -> String {
        let taken = |sessions: &[Session], id: &str| sessions.iter().any(|s| s.id == id);
        let guid = f
            .event
            .get("guid")
            .and_then(id_text)
            .filter(|g| !g.trim().is_empty());
        let Some(guid) = guid else {
            self.warn(
                f.path.clone(),
                ProblemKind::MissingField {
                    field: "guid".into(),
                },
            );
            let base = match f.event.get("id").and_then(id_text) {
                Some(id) if !id.trim().is_empty() => format!("session-{}", safe_id(&id)),
                _ => format!("session-{}", self.sessions.len() + 1),
            };
            return unique(&base, |id| taken(&self.sessions, id));
        };
        if let Some(first) = self.guids.get(&guid) {
            let first = first.clone();
            self.warn(
                format!("{}.guid", f.path),
                ProblemKind::DuplicateGuid { first },
            );
        } else {
            self.guids.insert(guid.clone(), f.path.clone());
        }
        // An id goes into addresses: a guid with other characters is made one that may.
        // (An earlier odd guid's id may be this one: each stays its own.)
        unique(&safe_id(&guid), |id| taken(&self.sessions, id))
    }

    /// The ids of the event's speakers, each person made a speaker at their first event. A
    /// person is an object with a `public_name` (frab) or a `name` (pretalx, the hub), or a
    /// name alone; anything else is left out with a warning.
    fn speakers_of(&mut self, at: &str, persons: &[Value]) -> Vec<String> {
        let mut ids = Vec::new();
        for (i, person) in persons.iter().enumerate() {
            let path = format!("{at}[{i}]");
            let name = person
                .as_str()
                .or(person.get("public_name").and_then(Value::as_str))
                .or(person.get("name").and_then(Value::as_str))
                .map(str::trim)
                .filter(|n| !n.is_empty());
            let Some(name) = name else {
                self.left_out(path, person);
                continue;
            };
            let key = ["id", "code", "guid"]
                .iter()
                .filter_map(|key| person.get(*key).and_then(id_text))
                .find(|k| !k.trim().is_empty())
                .unwrap_or_else(|| slug(name));
            let id = format!("p-{}", non_empty_slug(&key, "personne"));
            if self.speaker_ids.insert(id.clone()) {
                let bio = if person.is_object() {
                    self.text(&path, person, "biography")
                } else {
                    None
                };
                self.speakers.push(Speaker {
                    id: id.clone(),
                    name: name.to_owned(),
                    organisation: None,
                    role: None,
                    bio: bio.filter(|b| !b.trim().is_empty()).map(str::to_owned),
                    links: Vec::new(),
                });
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The event's links: its own page (`url`) first, then its `links` and `attachments`, each
    /// an address or an object with a `url` and an optional `title`.
    fn links(&mut self, f: &Found) -> Vec<Link> {
        let mut links = Vec::new();
        let own = self.text(&f.path, f.event, "url");
        if let Some(url) = own.and_then(|url| self.web(format!("{}.url", f.path), url)) {
            links.push(Link {
                kind: LinkKind::Website,
                url,
                label: None,
            });
        }
        for key in ["links", "attachments"] {
            let at = format!("{}.{key}", f.path);
            let items = self.list(&at, f.event.get(key).unwrap_or(&Value::Null));
            for (i, item) in items.iter().enumerate() {
                let path = format!("{at}[{i}]");
                let (url, url_path, label) = match item {
                    Value::String(url) => (url.as_str(), path, None),
                    Value::Object(object) => match object.get("url") {
                        Some(Value::String(url)) => {
                            let title = self.text(&path, item, "title");
                            (url.as_str(), format!("{path}.url"), title)
                        }
                        _ => {
                            self.left_out(path, item);
                            continue;
                        }
                    },
                    other => {
                        self.left_out(path, other);
                        continue;
                    }
                };
                let slides = item
                    .get("type")
                    .and_then(Value::as_str)
                    .is_some_and(|t| t.eq_ignore_ascii_case("slides"));
                if let Some(url) = self.web(url_path, url) {
                    links.push(Link {
                        kind: if slides {
                            LinkKind::Slides
                        } else {
                            LinkKind::Other
                        },
                        url,
                        label: label.filter(|t| !t.trim().is_empty()).map(str::to_owned),
                    });
                }
            }
        }
        links
    }

    /// A web address the app can draw: a bare host (`nymtech.net`) is given `https://`; an
    /// address the app would not draw (`javascript:`, a relative path) is left out (see
    /// `links::web_link`). Either is a warning at `path`; an empty one is none.
    fn web(&mut self, path: String, url: &str) -> Option<String> {
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
            self.warn(
                path,
                ProblemKind::LinkWithoutScheme {
                    value: url.to_owned(),
                    used: with_scheme.clone(),
                },
            );
            Some(with_scheme)
        } else {
            self.warn(
                path,
                ProblemKind::UnsafeLink {
                    value: url.to_owned(),
                    contact: false,
                },
            );
            None
        }
    }
}

/// A guid or an id as text: a text, or an integer written out.
fn id_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// A value as the file writes it, cut at 60 characters, for messages.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// A value's type in serde's words ("integer `3`", "map"), as the loader's messages say it.
fn serde_words(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// The event's first and last days: they cover the conference's dates and every session's
/// start. None is an error: nothing to import.
fn event_days(
    dates: [Option<&str>; 2],
    sessions: &[Session],
    zone: &TimeZone,
) -> Result<(Date, Date), LoadFailure> {
    let mut days: Vec<Date> = sessions
        .iter()
        .filter_map(|s| time::parse_instant(&s.start))
        .map(|t| time::local(t, zone).0)
        .collect();
    for date in dates.into_iter().flatten() {
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
    url: Option<String>,
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
        venue: VenueRef::default(),
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
        url,
        accessibility_contact: None,
    }
}

/// Zones the importer tries first when a file names none (or one that disagrees with its
/// offsets): France and its overseas territories, French-speaking neighbours, then the zones of
/// the public c3voc schedules. After them, every zone of the tz database, in name order.
pub const PREFERRED_ZONES: &[&str] = &[
    "Europe/Paris",
    "America/Cayenne",
    "America/Guadeloupe",
    "America/Martinique",
    "America/Miquelon",
    "Indian/Mayotte",
    "Indian/Reunion",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "Pacific/Wallis",
    "Europe/Brussels",
    "Europe/Luxembourg",
    "Europe/Monaco",
    "Europe/Zurich",
    "America/Toronto",
    "Europe/Berlin",
    "Europe/Amsterdam",
    "Europe/Vienna",
    "Europe/London",
    "UTC",
];

/// The event's zone: the declared one (any IANA zone) when it agrees with the offsets the
/// events are written with; otherwise the first zone that does, [`PREFERRED_ZONES`] first,
/// with a warning that names it and says how to choose another.
fn choose_zone(
    declared: Option<&str>,
    found: &[Found],
    warnings: &mut Vec<Problem>,
) -> (String, TimeZone) {
    let agrees = |zone: &TimeZone| {
        found.iter().all(|f| {
            f.offset
                .is_none_or(|o| zone.to_offset(f.start).seconds() == o)
        })
    };
    // The zone must be right in the events' years (in a browser, zones are read for them).
    let years = found
        .iter()
        .map(|f| TimeZone::UTC.to_datetime(f.start).year());
    let years = years.clone().min().unwrap_or(1970)..=years.max().unwrap_or(1970);
    let zone = |name: &str| time::zone_during(name, years.clone());
    let path = "schedule.conference.time_zone_name".to_owned();
    let declared = declared.map(str::trim).filter(|n| !n.is_empty());
    if let Some(name) = declared {
        if let Some(zone) = zone(name).filter(|z| agrees(z)) {
            return (name.to_owned(), zone);
        }
    }
    let mut database: Vec<String> = jiff::tz::db().available().map(|n| n.to_string()).collect();
    database.sort();
    let inferred = PREFERRED_ZONES
        .iter()
        .map(|name| name.to_string())
        .chain(database)
        .find_map(|name| zone(&name).filter(|z| agrees(z)).map(|z| (name, z)));
    let (name, zone) = inferred.unwrap_or(("UTC".to_owned(), TimeZone::UTC));
    let kind = match declared {
        None => ProblemKind::MissingTimeZone { used: name.clone() },
        Some(declared) => ProblemKind::TimeZoneMismatch {
            declared: declared.to_owned(),
            used: name.clone(),
        },
    };
    warnings.push(Problem::new(path, kind));
    (name, zone)
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
pub(crate) fn normalise_language(text: &str) -> Option<String> {
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

pub(crate) fn non_empty_slug(text: &str, fallback: &str) -> String {
    let s = slug(text);
    if s.is_empty() {
        fallback.to_owned()
    } else {
        s
    }
}

/// `base`, or `base-2`, `base-3`… the first that is not taken.
pub(crate) fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
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
