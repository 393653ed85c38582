//! Rows to a programme: the columns found in the first row, a session per row, the spaces,
//! formats, themes and speakers they name, then the app's validator, its problems placed at
//! the rows and columns they come from.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::RangeInclusive;

use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{AmbiguousOffset, TimeZone};
use nec_compagnon::domain::load::check;
use nec_compagnon::domain::model::{
    Event, Format, Localised, ProgrammeFile, Registration, Session, SessionAccessibility,
    SessionStatus, Space, SpaceAccessibility, SpaceKind, Speaker, Theme, VenueRef, FORMAT_VERSION,
};
use nec_compagnon::domain::problem::{Problem, ProblemKind};
use nec_compagnon::domain::text::{fold, slug};
use nec_compagnon::domain::{time, Lang};

use super::{cells, said, Column, Imported, LoadFailure, Place, Row, Settings, COLUMNS, REQUIRED};
use crate::c3voc::{non_empty_slug, normalise_language, unique, PALETTE};

/// The longest id made from a title, in bytes (the end of a long title adds nothing).
const MAX_ID: usize = 60;

/// Which cell of a row holds each column, and how the first row names it.
struct Columns {
    at: [Option<usize>; COLUMNS.len()],
    names: [String; COLUMNS.len()],
}

impl Columns {
    /// The columns the first row names; an unknown one is a warning, a missing required one an
    /// error.
    fn of(header: &Row, warnings: &mut Vec<Problem>, errors: &mut Vec<Problem>) -> Columns {
        let mut columns = Columns {
            at: [None; COLUMNS.len()],
            names: Default::default(),
        };
        for (i, name) in header.cells.iter().enumerate() {
            let place = Place::Cell(header.number, name);
            if name.is_empty() {
                continue;
            }
            match Column::named(name) {
                Some(column) if columns.at[column.index()].is_some() => {
                    warnings.push(said(place, |w, _| w.duplicate_column.to_owned()));
                }
                Some(column) => {
                    columns.at[column.index()] = Some(i);
                    columns.names[column.index()] = name.clone();
                }
                None => warnings.push(said(place, |w, lang| {
                    let known: Vec<&str> = COLUMNS.iter().map(|c| c.name(lang)).collect();
                    (w.unknown_column)(&known.join(", "))
                })),
            }
        }
        for column in REQUIRED {
            if columns.at[column.index()].is_none() {
                errors.push(said(Place::File, |w, lang| {
                    (w.missing_column)(column.name(lang), column.name(lang.other()))
                }));
            }
        }
        columns
    }

    fn has(&self, column: Column) -> bool {
        self.at[column.index()].is_some()
    }

    /// The row's cell in `column`, trimmed; empty when the sheet has no such column.
    fn cell<'r>(&self, row: &'r Row, column: Column) -> &'r str {
        self.at[column.index()]
            .and_then(|i| row.cells.get(i))
            .map_or("", |c| c.trim())
    }

    /// The place of a cell, or of its row when the sheet has no such column.
    fn place(&self, row: usize, column: Column) -> Place<'_> {
        match self.at[column.index()] {
            Some(_) => Place::Cell(row, &self.names[column.index()]),
            None => Place::Row(row),
        }
    }
}

/// What the rows build, and the row each thing comes from first.
#[derive(Default)]
struct Built {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
    sessions: Vec<Session>,
    /// Each session's row, and whether its id was written in the sheet.
    session_rows: Vec<(usize, bool)>,
    spaces: Vec<Space>,
    space_rows: Vec<usize>,
    /// Whether every session of each space is step-free.
    spaces_step_free: Vec<bool>,
    formats: Vec<Format>,
    format_rows: Vec<usize>,
    themes: Vec<Theme>,
    theme_rows: Vec<usize>,
    speakers: Vec<Speaker>,
    speaker_rows: Vec<usize>,
}

/// The programme the rows describe, checked by the app's validator.
pub(crate) fn import_rows(
    rows: Vec<Row>,
    settings: &Settings,
    warnings: Vec<Problem>,
) -> Result<Imported, LoadFailure> {
    let mut built = Built {
        warnings,
        ..Built::default()
    };
    let mut rows = rows
        .into_iter()
        .filter(|row| row.cells.iter().any(|c| !c.trim().is_empty()));
    let Some(header) = rows.next() else {
        return Err(said(Place::File, |w, _| w.no_header.to_owned()).into());
    };
    let columns = Columns::of(&header, &mut built.warnings, &mut built.errors);
    if !built.errors.is_empty() {
        // A required column missing is often one named otherwise: the unknown ones say so.
        return Err(LoadFailure {
            problems: built.warnings.into_iter().chain(built.errors).collect(),
        });
    }
    let rows: Vec<Row> = rows.collect();
    let zone_name = settings.time_zone.trim();
    let years = rows
        .iter()
        .filter_map(|row| cells::day(columns.cell(row, Column::Day)))
        .map(|day| day.year());
    let years = years.clone().min().unwrap_or(2000)..=years.max().unwrap_or(2000);
    let Some(zone) = event_zone(zone_name, years) else {
        return Err(Problem::new(
            "",
            ProblemKind::UnknownTimeZone {
                name: zone_name.to_owned(),
            },
        )
        .into());
    };
    let mut days = Vec::new();
    for row in rows {
        if let Some(day) = built.session(&row, &columns, &zone, zone_name) {
            days.push(day);
        }
    }
    if built.errors.is_empty() && built.sessions.is_empty() {
        built.errors.push(Problem::new("", ProblemKind::NoSessions));
    }
    if !built.errors.is_empty() {
        return Err(LoadFailure {
            problems: built.errors,
        });
    }
    built.session_ids();
    for (space, step_free) in built.spaces.iter_mut().zip(&built.spaces_step_free) {
        space.accessibility.step_free = *step_free;
    }
    let first = days.iter().min().copied().unwrap_or_default();
    let last = days.iter().max().copied().unwrap_or_default();
    let file = built.file(settings, zone_name, first, last);
    let places = Places::of(&built, &columns);
    match check(file.clone()) {
        Ok(programme) => {
            let mut warnings = built.warnings;
            warnings.extend(programme.warnings().iter().map(|p| places.placed(p)));
            Ok(Imported { file, warnings })
        }
        Err(failure) => Err(LoadFailure {
            problems: failure.problems.iter().map(|p| places.placed(p)).collect(),
        }),
    }
}

/// The zone named `name`, right during `years` (those of the sheet's days): the importer's
/// one call to the domain's zones, which know every IANA zone. In a browser page `time::zone`
/// is right around the current year only, and a sheet may be of another year.
fn event_zone(name: &str, years: RangeInclusive<i16>) -> Option<TimeZone> {
    time::zone_during(name, years)
}

impl Built {
    fn error(&mut self, problem: Problem) {
        self.errors.push(problem);
    }

    /// The row as a session, or none (with errors) when its title, day, times or room are
    /// missing or unreadable. Returns the session's day.
    fn session(
        &mut self,
        row: &Row,
        columns: &Columns,
        zone: &TimeZone,
        zone_name: &str,
    ) -> Option<Date> {
        let n = row.number;
        let errors_before = self.errors.len();
        let cell = |column| columns.cell(row, column);
        let place = |column| columns.place(n, column);
        let required = |built: &mut Built, column| {
            let text = cell(column);
            if text.is_empty() {
                built.error(said(place(column), |w, _| w.empty_cell.to_owned()));
            }
            text
        };
        let title = required(self, Column::Title);
        let day_text = required(self, Column::Day);
        let start_text = required(self, Column::Start);
        let end_text = required(self, Column::End);
        let room = required(self, Column::Room);

        let day = (!day_text.is_empty())
            .then(|| cells::day(day_text))
            .and_then(|day| {
                if day.is_none() {
                    self.error(said(place(Column::Day), |w, _| (w.not_a_day)(day_text)));
                }
                day
            });
        let clock = |built: &mut Built, column, text: &str| -> Option<Time> {
            if text.is_empty() {
                return None;
            }
            let time = cells::time(text);
            if time.is_none() {
                built.error(said(place(column), |w, _| (w.not_a_time)(text)));
            }
            time
        };
        let start = clock(self, Column::Start, start_text);
        let end = clock(self, Column::End, end_text);
        let mut instants = None;
        if let (Some(day), Some(start), Some(end)) = (day, start, end) {
            if end <= start {
                self.error(said(place(Column::End), |w, _| {
                    (w.end_not_after_start)(end_text, start_text)
                }));
            } else {
                let start = self.instant(
                    day.to_datetime(start),
                    zone,
                    zone_name,
                    place(Column::Start),
                    (day_text, start_text),
                );
                let end = self.instant(
                    day.to_datetime(end),
                    zone,
                    zone_name,
                    place(Column::End),
                    (day_text, end_text),
                );
                instants = start.zip(end);
            }
        }

        let space = self.space(row, columns, room);
        let format = self.format(row, columns);
        let themes = cells::list(cell(Column::Themes))
            .iter()
            .map(|label| self.theme(n, label))
            .collect::<Vec<_>>();
        let speakers = self.speakers(row, columns);
        let language = self.language(row, columns);
        let flag = |built: &mut Built, column| {
            let text = cell(column);
            cells::yes_no(text).unwrap_or_else(|| {
                built
                    .warnings
                    .push(said(place(column), |w, _| (w.not_yes_no)(text)));
                false
            })
        };
        let accessibility = SessionAccessibility {
            sign_language: flag(self, Column::SignLanguage),
            live_captions: flag(self, Column::Captions),
            step_free: flag(self, Column::StepFree),
        };
        let registration = self.registration(row, columns);
        let status = self.status(row, columns);

        let (start, end) = instants?;
        if self.errors.len() > errors_before {
            return None;
        }
        let step_free = &mut self.spaces_step_free[space.1];
        *step_free = *step_free && accessibility.step_free;
        let summary = cell(Column::Summary);
        let audience = cell(Column::Audience);
        let written_id = cell(Column::Id);
        self.sessions.push(Session {
            id: written_id.to_owned(),
            title: title.to_owned(),
            subtitle: None,
            summary: Some(summary.to_owned()).filter(|s| !s.is_empty()),
            start: time::format_rfc3339(start, zone),
            end: time::format_rfc3339(end, zone),
            space: space.0,
            format,
            themes,
            speakers,
            language,
            audience: Some(audience.to_owned()).filter(|a| !a.is_empty()),
            accessibility,
            registration,
            links: Vec::new(),
            status,
            previous: None,
        });
        self.session_rows.push((n, !written_id.is_empty()));
        day
    }

    /// A wall time in the event's zone as an instant; one that the clocks skip or pass twice
    /// (a change to or from summer time) is an error at its cell.
    fn instant(
        &mut self,
        wall: DateTime,
        zone: &TimeZone,
        zone_name: &str,
        place: Place,
        (day, clock): (&str, &str),
    ) -> Option<jiff::Timestamp> {
        let ambiguous = zone.to_ambiguous_timestamp(wall);
        match ambiguous.offset() {
            AmbiguousOffset::Unambiguous { .. } => ambiguous.unambiguous().ok(),
            AmbiguousOffset::Gap { .. } => {
                self.error(said(place, |w, _| (w.no_such_time)(day, clock, zone_name)));
                None
            }
            AmbiguousOffset::Fold { .. } => {
                self.error(said(place, |w, _| {
                    (w.twice_the_time)(day, clock, zone_name)
                }));
                None
            }
        }
    }

    /// The id of the row's space (its `id salle`, else made from its name) and its index,
    /// made at its first row, with the level that row gives.
    fn space(&mut self, row: &Row, columns: &Columns, name: &str) -> (String, usize) {
        let written = columns.cell(row, Column::RoomId);
        let id = if written.is_empty() {
            non_empty_slug(name, "salle")
        } else {
            written.to_owned()
        };
        if let Some(i) = self.spaces.iter().position(|s| s.id == id) {
            let first = &self.spaces[i].name.fr;
            if !written.is_empty() && slug(first) != slug(name) && !name.is_empty() {
                let first = first.clone();
                self.warnings
                    .push(said(columns.place(row.number, Column::Room), |w, _| {
                        (w.other_room_name)(&id, &first, name)
                    }));
            }
            return (id, i);
        }
        let level_text = columns.cell(row, Column::Level);
        let level = cells::level(level_text).unwrap_or_else(|| {
            if !level_text.is_empty() {
                self.warnings
                    .push(said(columns.place(row.number, Column::Level), |w, _| {
                        (w.not_a_level)(level_text)
                    }));
            }
            0
        });
        self.spaces.push(Space {
            id: id.clone(),
            name: Localised::french(name),
            level,
            kind: SpaceKind::Conference,
            capacity: None,
            accessibility: SpaceAccessibility::default(),
        });
        self.space_rows.push(row.number);
        self.spaces_step_free.push(true);
        (id, self.spaces.len() - 1)
    }

    /// The id of the row's format ("Session" when the cell is empty), open all along when a
    /// row of it says so.
    fn format(&mut self, row: &Row, columns: &Columns) -> String {
        let label = columns.cell(row, Column::Format);
        let label = if label.is_empty() { "Session" } else { label };
        let drop_in_text = columns.cell(row, Column::DropIn);
        let drop_in = cells::yes_no(drop_in_text).unwrap_or_else(|| {
            self.warnings
                .push(said(columns.place(row.number, Column::DropIn), |w, _| {
                    (w.not_yes_no)(drop_in_text)
                }));
            false
        });
        let id = non_empty_slug(label, "session");
        match self.formats.iter_mut().find(|f| f.id == id) {
            Some(format) => format.drop_in |= drop_in,
            None => {
                self.formats.push(Format {
                    id: id.clone(),
                    label: Localised::french(label),
                    drop_in,
                });
                self.format_rows.push(row.number);
            }
        }
        id
    }

    /// The id of a theme, made at its first row with the palette's next colour.
    fn theme(&mut self, row: usize, label: &str) -> String {
        let id = non_empty_slug(label, "theme");
        if !self.themes.iter().any(|t| t.id == id) {
            self.themes.push(Theme {
                id: id.clone(),
                label: Localised::french(label),
                colour: PALETTE[self.themes.len() % PALETTE.len()].to_owned(),
            });
            self.theme_rows.push(row);
        }
        id
    }

    /// The ids of the row's speakers, each "Name (Organisation)", made at their first row.
    fn speakers(&mut self, row: &Row, columns: &Columns) -> Vec<String> {
        let place = columns.place(row.number, Column::Speakers);
        let mut ids = Vec::new();
        for person in cells::people(columns.cell(row, Column::Speakers)) {
            let (name, organisation) = cells::name_and_organisation(&person);
            if name.is_empty() {
                self.warnings
                    .push(said(place, |w, _| (w.speaker_without_name)(&person)));
                continue;
            }
            let id = non_empty_slug(&name, "personne");
            match self.speakers.iter_mut().find(|s| s.id == id) {
                Some(speaker) => match (&speaker.organisation, organisation) {
                    (None, Some(organisation)) => speaker.organisation = Some(organisation),
                    (Some(kept), Some(other)) if fold(kept) != fold(&other) => {
                        let kept = kept.clone();
                        self.warnings.push(said(place, |w, _| {
                            (w.other_organisation)(&name, &kept, &other)
                        }));
                    }
                    _ => {}
                },
                None => {
                    self.speakers.push(Speaker {
                        id: id.clone(),
                        name: name.clone(),
                        organisation,
                        role: None,
                        bio: None,
                        links: Vec::new(),
                    });
                    self.speaker_rows.push(row.number);
                }
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The row's language code: `fr` when the cell is empty or unknown (with a warning).
    fn language(&mut self, row: &Row, columns: &Columns) -> String {
        let text = columns.cell(row, Column::Language);
        if text.is_empty() {
            return "fr".to_owned();
        }
        normalise_language(text).unwrap_or_else(|| {
            self.warnings
                .push(said(columns.place(row.number, Column::Language), |w, _| {
                    (w.odd_language)(text, "fr")
                }));
            "fr".to_owned()
        })
    }

    /// `oui`, `complet`, `non`, and a web address, in any order; and the seats.
    fn registration(&mut self, row: &Row, columns: &Columns) -> Registration {
        let mut registration = Registration::default();
        let text = columns.cell(row, Column::Registration);
        let place = columns.place(row.number, Column::Registration);
        for word in text.split_whitespace() {
            let folded = fold(word.trim_matches([',', ';']));
            match folded.as_str() {
                "" | "non" | "no" => {}
                "oui" | "yes" | "x" | "requise" | "required" => registration.required = true,
                "complet" | "complete" | "full" => {
                    registration.required = true;
                    registration.full = true;
                }
                _ if folded.contains("://") || folded.starts_with("www.") => {
                    registration.required = true;
                    registration.url = Some(word.to_owned());
                }
                _ => {
                    self.warnings
                        .push(said(place, |w, _| (w.odd_registration)(text)));
                    registration = Registration::default();
                    break;
                }
            }
        }
        let seats = columns.cell(row, Column::Seats);
        if !seats.is_empty() {
            registration.capacity = cells::count(seats);
            if registration.capacity.is_none() {
                self.warnings
                    .push(said(columns.place(row.number, Column::Seats), |w, _| {
                        (w.not_a_number)(seats)
                    }));
            }
        }
        registration
    }

    fn status(&mut self, row: &Row, columns: &Columns) -> SessionStatus {
        let text = columns.cell(row, Column::Status);
        match fold(text).as_str() {
            "" | "prevue" | "confirmee" | "scheduled" => SessionStatus::Scheduled,
            "annulee" | "annule" | "cancelled" | "canceled" => SessionStatus::Cancelled,
            _ => {
                self.warnings
                    .push(said(columns.place(row.number, Column::Status), |w, _| {
                        (w.odd_status)(text)
                    }));
                SessionStatus::Scheduled
            }
        }
    }

    /// Ids for the sessions the sheet gives none: the title's, else for a title used by
    /// several sessions the title's with the day and the time (`pause-2022-09-28-10h30`), so
    /// that a row added or moved elsewhere changes no other session's id; `-2`… only for
    /// sessions alike in all three.
    fn session_ids(&mut self) {
        let mut taken: HashSet<String> = self
            .sessions
            .iter()
            .zip(&self.session_rows)
            .filter(|(_, (_, written))| *written)
            .map(|(s, _)| s.id.clone())
            .collect();
        let base = |title: &str| {
            let mut id = non_empty_slug(title, "session");
            if id.len() > MAX_ID {
                id.truncate(MAX_ID);
                while id.ends_with('-') {
                    id.pop();
                }
            }
            id
        };
        let mut uses: HashMap<String, usize> = HashMap::new();
        for (session, (_, written)) in self.sessions.iter().zip(&self.session_rows) {
            if !written {
                *uses.entry(base(&session.title)).or_default() += 1;
            }
        }
        for (session, (_, written)) in self.sessions.iter_mut().zip(&self.session_rows) {
            if *written {
                continue;
            }
            let mut id = base(&session.title);
            if uses[&id] > 1 || taken.contains(&id) {
                // 2022-09-28T10:30:00+02:00 → 2022-09-28-10h30
                let when = format!(
                    "{}-{}h{}",
                    &session.start[..10],
                    &session.start[11..13],
                    &session.start[14..16]
                );
                id = format!("{id}-{when}");
            }
            let id = unique(&id, |id| taken.contains(id));
            taken.insert(id.clone());
            session.id = id;
        }
    }

    /// The programme file: the event from the settings, its days from the sessions'.
    fn file(&self, settings: &Settings, zone_name: &str, first: Date, last: Date) -> ProgrammeFile {
        let title = settings.title.trim();
        let title = if title.is_empty() { "Programme" } else { title };
        let spoken: BTreeSet<&str> = self.sessions.iter().map(|s| s.language.as_str()).collect();
        // French first, as the app speaks it.
        let mut languages: Vec<String> = spoken
            .iter()
            .filter(|l| **l == "fr")
            .chain(spoken.iter().filter(|l| **l != "fr"))
            .map(|l| (*l).to_owned())
            .collect();
        languages.dedup();
        let mut file = ProgrammeFile {
            format_version: FORMAT_VERSION,
            event: Event {
                id: non_empty_slug(title, "programme"),
                name: title.to_owned(),
                short_name: None,
                edition: None,
                start_date: first.to_string(),
                end_date: last.to_string(),
                time_zone: zone_name.to_owned(),
                venue: VenueRef::default(),
                languages,
                data_version: String::new(),
                data_note: None,
                url: None,
                accessibility_contact: None,
            },
            themes: self.themes.clone(),
            formats: self.formats.clone(),
            spaces: self.spaces.clone(),
            sessions: self.sessions.clone(),
            speakers: self.speakers.clone(),
        };
        file.event.data_version = data_version(&file);
        file
    }
}

/// `tableur-` and a hash of what the sheet says: the same sheet gives the same version, a
/// changed one another, so the app tells people what changed.
fn data_version(file: &ProgrammeFile) -> String {
    let json = serde_json::to_string(&(
        &file.event,
        &file.themes,
        &file.formats,
        &file.spaces,
        &file.sessions,
        &file.speakers,
    ))
    .unwrap_or_default();
    // FNV-1a, 64 bits: the same on every machine and in every browser.
    let hash = json.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("tableur-{hash:016x}")
}

/// Where each item of the programme comes from in the sheet, to place the validator's
/// problems (`sessions[3].start`) at their rows and columns.
struct Places<'c> {
    columns: &'c Columns,
    sessions: Vec<(usize, bool)>,
    spaces: Vec<usize>,
    formats: Vec<usize>,
    themes: Vec<usize>,
    speakers: Vec<usize>,
}

impl<'c> Places<'c> {
    fn of(built: &Built, columns: &'c Columns) -> Places<'c> {
        Places {
            columns,
            sessions: built.session_rows.clone(),
            spaces: built.space_rows.clone(),
            formats: built.format_rows.clone(),
            themes: built.theme_rows.clone(),
            speakers: built.speaker_rows.clone(),
        }
    }

    /// The row and the column of a JSON path, when it names an item the sheet made.
    fn of_path(&self, path: &str) -> Option<(usize, Column)> {
        let (list, rest) = path.split_once('[')?;
        let (index, field) = rest.split_once(']')?;
        let index: usize = index.parse().ok()?;
        let field = field.trim_start_matches('.');
        let field = field.split(['.', '[']).next().unwrap_or("");
        let (rows, column) = match list {
            "sessions" => {
                let (row, written) = *self.sessions.get(index)?;
                let column = match field {
                    "id" if written => Column::Id,
                    "id" | "title" | "subtitle" => Column::Title,
                    "abstract" => Column::Summary,
                    "start" => Column::Start,
                    "end" => Column::End,
                    "space" => Column::Room,
                    "format" => Column::Format,
                    "themes" => Column::Themes,
                    "speakers" => Column::Speakers,
                    "language" => Column::Language,
                    "audience" => Column::Audience,
                    "registration" => Column::Registration,
                    _ => Column::Title,
                };
                return Some((row, column));
            }
            "spaces" if field == "id" && self.columns.has(Column::RoomId) => {
                (&self.spaces, Column::RoomId)
            }
            "spaces" => (&self.spaces, Column::Room),
            "formats" => (&self.formats, Column::Format),
            "themes" => (&self.themes, Column::Themes),
            "speakers" => (&self.speakers, Column::Speakers),
            _ => return None,
        };
        Some((*rows.get(index)?, column))
    }

    /// A problem of the validator at the row and column it comes from; one about the event
    /// (from the settings) stays at its JSON path.
    fn placed(&self, problem: &Problem) -> Problem {
        let Some((row, column)) = self.of_path(&problem.path) else {
            return problem.clone();
        };
        let place = self.columns.place(row, column);
        said(place, |w, lang: Lang| {
            // Another session is named by its row too.
            let other_row = |path: &str| {
                self.of_path(path)
                    .map_or(path.to_owned(), |(row, _)| (w.other_row)(row))
            };
            let kind = match &problem.kind {
                ProblemKind::SpaceOverlap { other, title } => ProblemKind::SpaceOverlap {
                    other: other_row(other),
                    title: title.clone(),
                },
                ProblemKind::DuplicateId { id, first } => ProblemKind::DuplicateId {
                    id: id.clone(),
                    first: other_row(first),
                },
                kind => kind.clone(),
            };
            Problem::new(String::new(), kind).what(lang)
        })
    }
}
