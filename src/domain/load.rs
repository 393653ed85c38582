//! Reading a programme file: parse it, check it, and either build a [`Programme`] or list every
//! problem found, each with its JSON path.

use std::collections::HashMap;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::domain::links;
use crate::domain::model::{Event, ProgrammeFile, Session, SessionStatus, FORMAT_VERSION};
use crate::domain::problem::{parse_json, utf8, Problem, ProblemKind, RefKind};
use crate::domain::programme::{Indices, Programme, ScheduledSession};
use crate::domain::words::problem::problem_words;
use crate::domain::Lang;
use crate::domain::{source, time};

/// Why a programme could not be loaded: the errors found, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadFailure {
    pub problems: Vec<Problem>,
}

/// A file that could not be read at all has this one problem.
impl From<Problem> for LoadFailure {
    fn from(problem: Problem) -> Self {
        LoadFailure {
            problems: vec![problem],
        }
    }
}

/// Longest texts that still read well on a phone; longer ones are warnings, not errors.
pub const MAX_TITLE: usize = 200;
pub const MAX_SUBTITLE: usize = 300;
pub const MAX_ABSTRACT: usize = 4000;
pub const MAX_NAME: usize = 120;
pub const MAX_BIO: usize = 2000;

impl LoadFailure {
    /// The headline, for example "Le fichier du programme est invalide (2 problèmes)".
    pub fn headline(&self, lang: Lang) -> String {
        (problem_words(lang).programme_invalid)(self.problems.len())
    }

    pub fn messages(&self, lang: Lang) -> Vec<String> {
        self.problems.iter().map(|p| p.message(lang)).collect()
    }
}

/// Parses and checks a programme file.
pub fn load_programme(json: &str) -> Result<Programme, LoadFailure> {
    let file: ProgrammeFile = parse_json(json)?;
    check(file)
}

/// Reads a programme file's bytes: UTF-8 (or where it is not), then `load_programme`.
pub fn load_programme_file(bytes: &[u8]) -> Result<Programme, LoadFailure> {
    load_programme(utf8(bytes)?)
}

/// Checks a parsed file and builds the programme, or returns every problem found.
pub fn check(mut file: ProgrammeFile) -> Result<Programme, LoadFailure> {
    let mut warnings = texts_too_long(&file);
    let mut problems = Vec::new();
    let mut report = |path: String, kind: ProblemKind| problems.push(Problem::new(path, kind));

    if file.format_version != FORMAT_VERSION {
        report(
            "format_version".into(),
            ProblemKind::UnsupportedVersion {
                found: file.format_version,
                supported: FORMAT_VERSION,
            },
        );
    }
    let frame = check_event(&file.event, &mut report);
    let indices = check_ids(&file, &mut report);
    check_links(&file, &mut report);
    // Each session's start and end, when both are readable; the sessions move into the
    // programme afterwards, never copied.
    let times: Vec<_> = file
        .sessions
        .iter()
        .enumerate()
        .map(|(i, session)| check_session(i, session, &frame, &indices, &mut report))
        .collect();

    let scheduled: Vec<(usize, ScheduledSession)> = std::mem::take(&mut file.sessions)
        .into_iter()
        .zip(times)
        .enumerate()
        .filter_map(|(i, (data, times))| {
            times.map(|(start, end)| (i, ScheduledSession { start, end, data }))
        })
        .collect();
    warnings.extend(space_overlaps(&scheduled));
    let scheduled = scheduled.into_iter().map(|(_, s)| s).collect();

    match (
        problems.is_empty(),
        frame.zone,
        frame.first_day,
        frame.last_day,
    ) {
        (true, Some(zone), Some(first_day), Some(last_day)) => Ok(Programme::new(
            file,
            zone,
            (first_day, last_day),
            scheduled,
            warnings,
            indices,
        )),
        _ => Err(LoadFailure { problems }),
    }
}

/// Warnings for the texts longer than a screen shows well.
fn texts_too_long(file: &ProgrammeFile) -> Vec<Problem> {
    let mut warnings = Vec::new();
    // Paths are written only for the texts that are too long: most files have none.
    let mut too_long = |path: &dyn Fn() -> String, text: &str, max: usize| {
        if text.len() > max {
            let length = text.chars().count();
            if length > max {
                warnings.push(Problem::new(
                    path(),
                    ProblemKind::TextTooLong { length, max },
                ));
            }
        }
    };
    for (i, session) in file.sessions.iter().enumerate() {
        too_long(
            &|| format!("sessions[{i}].title"),
            &session.title,
            MAX_TITLE,
        );
        if let Some(subtitle) = &session.subtitle {
            too_long(
                &|| format!("sessions[{i}].subtitle"),
                subtitle,
                MAX_SUBTITLE,
            );
        }
        if let Some(summary) = &session.summary {
            too_long(&|| format!("sessions[{i}].abstract"), summary, MAX_ABSTRACT);
        }
    }
    for (i, speaker) in file.speakers.iter().enumerate() {
        too_long(&|| format!("speakers[{i}].name"), &speaker.name, MAX_NAME);
        if let Some(bio) = &speaker.bio {
            too_long(&|| format!("speakers[{i}].bio"), bio, MAX_BIO);
        }
    }
    for (i, space) in file.spaces.iter().enumerate() {
        too_long(&|| format!("spaces[{i}].name"), &space.name.fr, MAX_NAME);
        if let Some(en) = &space.name.en {
            too_long(&|| format!("spaces[{i}].name.en"), en, MAX_NAME);
        }
    }
    warnings
}

/// The event's days and zone, each when it could be read.
struct EventFrame {
    first_day: Option<Date>,
    last_day: Option<Date>,
    zone: Option<TimeZone>,
}

impl EventFrame {
    /// The event's days, when both dates are valid and in order.
    fn days(&self) -> Option<(Date, Date)> {
        self.first_day
            .zip(self.last_day)
            .filter(|(first, last)| first <= last)
    }
}

fn check_event(event: &Event, report: &mut impl FnMut(String, ProblemKind)) -> EventFrame {
    let first_day = time::parse_date(&event.start_date);
    if first_day.is_none() {
        report(
            "event.start_date".into(),
            ProblemKind::NotADate {
                value: event.start_date.clone(),
            },
        );
    }
    let last_day = time::parse_date(&event.end_date);
    if last_day.is_none() {
        report(
            "event.end_date".into(),
            ProblemKind::NotADate {
                value: event.end_date.clone(),
            },
        );
    }
    if let (Some(first), Some(last)) = (first_day, last_day) {
        if last < first {
            report("event.end_date".into(), ProblemKind::LastDayBeforeFirst);
        }
    }
    // The zone is needed for the event's years (and, in the browser, the current one).
    let years = match (first_day, last_day) {
        (Some(first), Some(last)) => first.year()..=last.year().max(first.year()),
        (Some(day), None) | (None, Some(day)) => day.year()..=day.year(),
        (None, None) => 1970..=1970,
    };
    let zone = time::zone_during(&event.time_zone, years);
    if zone.is_none() {
        report(
            "event.time_zone".into(),
            ProblemKind::UnknownTimeZone {
                name: event.time_zone.clone(),
            },
        );
    }
    if event.name.trim().is_empty() {
        report("event.name".into(), ProblemKind::EmptyText);
    }
    if let Some(map) = &event.venue.map {
        // The app reads only what `venue_url` accepts: a path of its own site.
        if !map.trim().is_empty() && source::venue_url(Some(map)).is_none() {
            report(
                "event.venue.map".into(),
                ProblemKind::MapElsewhere { value: map.clone() },
            );
        }
    }
    EventFrame {
        first_day,
        last_day,
        zone,
    }
}

/// Ids: unique within each list; a later duplicate names the first. Themes' colours too.
fn check_ids(file: &ProgrammeFile, report: &mut impl FnMut(String, ProblemKind)) -> Indices {
    let themes = index(&file.themes, "themes", |t| &t.id, report);
    let formats = index(&file.formats, "formats", |f| &f.id, report);
    let spaces = index(&file.spaces, "spaces", |s| &s.id, report);
    let speakers = index(&file.speakers, "speakers", |s| &s.id, report);
    index(&file.sessions, "sessions", |s| &s.id, report);
    for (i, theme) in file.themes.iter().enumerate() {
        if !is_colour(&theme.colour) {
            report(
                format!("themes[{i}].colour"),
                ProblemKind::NotAColour {
                    value: theme.colour.clone(),
                },
            );
        }
    }
    Indices {
        themes,
        formats,
        spaces,
        speakers,
    }
}

/// Checks the `i`th session; its start and end when both are readable.
fn check_session(
    i: usize,
    session: &Session,
    frame: &EventFrame,
    indices: &Indices,
    report: &mut impl FnMut(String, ProblemKind),
) -> Option<(Timestamp, Timestamp)> {
    let at = |field: &str| format!("sessions[{i}].{field}");
    if session.title.trim().is_empty() {
        report(at("title"), ProblemKind::EmptyText);
    }
    let times = check_session_times(i, session, frame, report);
    if let Some(previous) = &session.previous {
        for (field, value) in [("start", &previous.start), ("end", &previous.end)] {
            if let Some(value) = value {
                instant(value, &|| at(&format!("previous.{field}")), report);
            }
        }
    }
    check_references(i, session, indices, report);
    times
}

/// The session's start and end: readable, in order, and on a day of the event.
fn check_session_times(
    i: usize,
    session: &Session,
    frame: &EventFrame,
    report: &mut impl FnMut(String, ProblemKind),
) -> Option<(Timestamp, Timestamp)> {
    let at = |field: &str| format!("sessions[{i}].{field}");
    let start = instant(&session.start, &|| at("start"), report);
    let end = instant(&session.end, &|| at("end"), report);
    let (start, end) = start.zip(end)?;
    if end <= start {
        report(at("end"), ProblemKind::EndNotAfterStart);
    }
    if let (Some(zone), Some((first, last))) = (&frame.zone, frame.days()) {
        let day = time::local(start, zone).0;
        if day < first || day > last {
            report(
                at("start"),
                ProblemKind::OutsideEvent {
                    day: day.to_string(),
                },
            );
        }
    }
    Some((start, end))
}

/// `value` read as an instant, or reported at `path`: a leap second for what it is.
fn instant(
    value: &str,
    path: &dyn Fn() -> String,
    report: &mut impl FnMut(String, ProblemKind),
) -> Option<Timestamp> {
    let read = time::parse_instant(value);
    if read.is_none() {
        let value = value.to_owned();
        let kind = if time::has_leap_second(&value) {
            ProblemKind::LeapSecond { value }
        } else {
            ProblemKind::NotAnInstant { value }
        };
        report(path(), kind);
    }
    read
}

/// Every address of the file that the app may draw as a link is a web address (the
/// accessibility contact an e-mail address too): see `links`.
fn check_links(file: &ProgrammeFile, report: &mut impl FnMut(String, ProblemKind)) {
    let mut web = |path: &dyn Fn() -> String, value: &str, contact: bool| {
        // Spaces around an address, as a spreadsheet pastes it, are not part of it; an empty
        // one is no address (the views draw neither).
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let fine = if contact {
            links::contact_link(value).is_some()
        } else {
            links::web_link(value).is_some()
        };
        if !fine {
            report(
                path(),
                ProblemKind::UnsafeLink {
                    value: value.to_owned(),
                    contact,
                },
            );
        }
    };
    if let Some(url) = &file.event.url {
        web(&|| "event.url".into(), url, false);
    }
    if let Some(contact) = &file.event.accessibility_contact {
        web(&|| "event.accessibility_contact".into(), contact, true);
    }
    for (i, session) in file.sessions.iter().enumerate() {
        if let Some(url) = &session.registration.url {
            web(&|| format!("sessions[{i}].registration.url"), url, false);
        }
        for (j, link) in session.links.iter().enumerate() {
            web(
                &|| format!("sessions[{i}].links[{j}].url"),
                &link.url,
                false,
            );
        }
    }
    for (i, speaker) in file.speakers.iter().enumerate() {
        for (j, link) in speaker.links.iter().enumerate() {
            web(
                &|| format!("speakers[{i}].links[{j}].url"),
                &link.url,
                false,
            );
        }
    }
}

/// The session's space, format, themes and speakers are in the file's lists.
fn check_references(
    i: usize,
    session: &Session,
    indices: &Indices,
    report: &mut impl FnMut(String, ProblemKind),
) {
    let at = |field: &str| format!("sessions[{i}].{field}");
    let mut reference =
        |path: &dyn Fn() -> String, kind: RefKind, id: &str, known: &HashMap<String, usize>| {
            if !known.contains_key(id) {
                report(
                    path(),
                    ProblemKind::UnknownReference {
                        kind,
                        id: id.to_owned(),
                    },
                );
            }
        };
    reference(
        &|| at("space"),
        RefKind::Space,
        &session.space,
        &indices.spaces,
    );
    if let Some(space) = session.previous.as_ref().and_then(|p| p.space.as_ref()) {
        reference(
            &|| at("previous.space"),
            RefKind::Space,
            space,
            &indices.spaces,
        );
    }
    reference(
        &|| at("format"),
        RefKind::Format,
        &session.format,
        &indices.formats,
    );
    for (j, theme) in session.themes.iter().enumerate() {
        reference(
            &|| at(&format!("themes[{j}]")),
            RefKind::Theme,
            theme,
            &indices.themes,
        );
    }
    for (j, speaker) in session.speakers.iter().enumerate() {
        reference(
            &|| at(&format!("speakers[{j}]")),
            RefKind::Speaker,
            speaker,
            &indices.speakers,
        );
    }
}

/// Warnings for sessions that share a space at the same time (cancelled ones excepted).
fn space_overlaps(sessions: &[(usize, ScheduledSession)]) -> Vec<Problem> {
    let mut by_space: HashMap<&str, Vec<&(usize, ScheduledSession)>> = HashMap::new();
    for entry in sessions {
        if entry.1.data.status != SessionStatus::Cancelled {
            by_space.entry(&entry.1.data.space).or_default().push(entry);
        }
    }
    let mut found = Vec::new();
    for group in by_space.values_mut() {
        group.sort_by_key(|(i, s)| (s.start, *i));
        // Each session is compared with the one that ends last among those before it.
        let mut latest: Option<&(usize, ScheduledSession)> = None;
        for entry in group.iter() {
            if let Some(before) = latest {
                if entry.1.start < before.1.end {
                    found.push(Problem::new(
                        format!("sessions[{}].start", entry.0),
                        ProblemKind::SpaceOverlap {
                            other: format!("sessions[{}]", before.0),
                            title: before.1.data.title.clone(),
                        },
                    ));
                }
            }
            if latest.is_none_or(|before| entry.1.end > before.1.end) {
                latest = Some(entry);
            }
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// Maps each id to its position, reporting empty and duplicate ids (the venue's checks use it
/// too).
pub(crate) fn index<T>(
    items: &[T],
    list: &str,
    id: impl Fn(&T) -> &String,
    report: &mut impl FnMut(String, ProblemKind),
) -> HashMap<String, usize> {
    let mut seen = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let key = id(item);
        if key.trim().is_empty() {
            report(format!("{list}[{i}].id"), ProblemKind::EmptyText);
        } else if let Some((bad, fixed)) = links::bad_id_char(key) {
            report(
                format!("{list}[{i}].id"),
                ProblemKind::BadId {
                    id: key.clone(),
                    bad,
                    fixed,
                },
            );
        } else if let Some(first) = seen.get(key) {
            report(
                format!("{list}[{i}].id"),
                ProblemKind::DuplicateId {
                    id: key.clone(),
                    first: format!("{list}[{first}]"),
                },
            );
        } else {
            seen.insert(key.clone(), i);
        }
    }
    seen
}

fn is_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].chars().all(|c| c.is_ascii_hexdigit())
}
