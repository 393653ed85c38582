//! A checked programme: every reference resolves and every time is an instant. Views ask it
//! questions (`sessions_on(day)`, `space(id)`) instead of walking the raw file.

use std::collections::HashMap;

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::domain::model::{Event, Format, ProgrammeFile, Space, Speaker, Theme};
use crate::domain::model::{Session, SessionStatus};
use crate::domain::time;
use crate::domain::Problem;

/// How many sessions a first view shows: the programme page draws as many at first, the rest
/// as the person scrolls, and the start screen's preview (written at build time) shows the same.
/// Laying out more costs the phone time before the app can start.
pub const FIRST_SESSIONS: usize = 8;

/// A session with its times checked and parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledSession {
    pub start: Timestamp,
    pub end: Timestamp,
    pub data: Session,
}

/// Positions of each id in the file's lists.
#[derive(Debug, Clone, Default)]
pub(crate) struct Indices {
    pub themes: HashMap<String, usize>,
    pub formats: HashMap<String, usize>,
    pub spaces: HashMap<String, usize>,
    pub speakers: HashMap<String, usize>,
}

#[derive(Debug, Clone)]
pub struct Programme {
    file: ProgrammeFile,
    zone: TimeZone,
    first_day: Date,
    last_day: Date,
    /// Sorted by start, then end, then title.
    sessions: Vec<ScheduledSession>,
    /// The day each session starts on, in the event's zone: computed once, read on every
    /// keystroke of the search.
    days_of: Vec<Date>,
    indices: Indices,
    /// Problems that do not stop loading (two sessions in one space, very long texts).
    warnings: Vec<Problem>,
}

impl PartialEq for Programme {
    fn eq(&self, other: &Self) -> bool {
        self.file == other.file
    }
}

impl Programme {
    pub(crate) fn new(
        file: ProgrammeFile,
        zone: TimeZone,
        (first_day, last_day): (Date, Date),
        mut sessions: Vec<ScheduledSession>,
        warnings: Vec<Problem>,
        indices: Indices,
    ) -> Self {
        sessions
            .sort_by(|a, b| (a.start, a.end, &a.data.title).cmp(&(b.start, b.end, &b.data.title)));
        let days_of = sessions
            .iter()
            .map(|s| time::local(s.start, &zone).0)
            .collect();
        Programme {
            file,
            zone,
            first_day,
            last_day,
            sessions,
            days_of,
            indices,
            warnings,
        }
    }

    /// What the loader noticed without refusing the file.
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// The file as loaded, for tools that write it back.
    pub fn file(&self) -> &ProgrammeFile {
        &self.file
    }

    pub fn event(&self) -> &Event {
        &self.file.event
    }

    pub fn zone(&self) -> &TimeZone {
        &self.zone
    }

    pub fn first_day(&self) -> Date {
        self.first_day
    }

    pub fn last_day(&self) -> Date {
        self.last_day
    }

    /// The day the programme opens on at instant `now`: today in the event's zone while the
    /// event runs (a person on the second morning wants the second day), else the first day.
    pub fn default_day(&self, now: Timestamp) -> Date {
        let today = self.local(now).0;
        if (self.first_day..=self.last_day).contains(&today) {
            today
        } else {
            self.first_day
        }
    }

    /// The instants between which the programme opens on a later day than the first
    /// (`default_day`): from the start of the event's second day to the end of its last day, in
    /// its zone. None for a one-day event. The page's first view, which is the first day's,
    /// is hidden then (index.html reads these from `<meta name="nec-first-view">`, written by
    /// the build: comparing two instants needs no time zone data in the page's script).
    pub fn later_days(&self) -> Option<(Timestamp, Timestamp)> {
        let start_of = |day: Date| {
            let midnight = day.to_datetime(Time::midnight());
            // A day that starts in a clock change starts at its first existing instant.
            self.zone.to_ambiguous_timestamp(midnight).compatible().ok()
        };
        let second = self.first_day.tomorrow().ok()?;
        if second > self.last_day {
            return None;
        }
        Some((start_of(second)?, start_of(self.last_day.tomorrow().ok()?)?))
    }

    /// Every day of the event, first to last, but a day its zone skipped (Kiritimati's 31
    /// December 1994, when it went from -10:00 to +14:00): no session can be on it.
    pub fn days(&self) -> Vec<Date> {
        let start_of = |day: Date| {
            let midnight = day.to_datetime(Time::midnight());
            self.zone.to_ambiguous_timestamp(midnight).compatible().ok()
        };
        let mut days = Vec::new();
        let mut day = self.first_day;
        while day <= self.last_day {
            let Ok(next) = day.tomorrow() else {
                days.push(day);
                break;
            };
            if start_of(day) != start_of(next) {
                days.push(day);
            }
            day = next;
        }
        days
    }

    /// All sessions, by start time.
    pub fn sessions(&self) -> &[ScheduledSession] {
        &self.sessions
    }

    /// Sessions that start on `day` in the event's time zone, by start time.
    pub fn sessions_on(&self, day: Date) -> impl Iterator<Item = &ScheduledSession> {
        self.sessions
            .iter()
            .zip(&self.days_of)
            .filter(move |(_, d)| **d == day)
            .map(|(s, _)| s)
    }

    /// The day session `position` starts on, in the event's zone.
    pub fn day_of(&self, position: usize) -> Date {
        self.days_of[position]
    }

    /// Sessions at `positions` (in `sessions()` order) grouped by their start time in the
    /// event's zone, earliest first.
    pub fn slots(&self, positions: &[usize]) -> Vec<(Time, Vec<usize>)> {
        let mut slots: Vec<(Time, Vec<usize>)> = Vec::new();
        for &i in positions {
            let start = self.local(self.sessions[i].start).1;
            match slots.last_mut() {
                Some((time, group)) if *time == start => group.push(i),
                _ => slots.push((start, vec![i])),
            }
        }
        slots
    }

    /// Like `slots`, for a list that may hold several days (a search): each group with its
    /// day, so that two days' 09:30 are two slots.
    pub fn dated_slots(&self, positions: &[usize]) -> Vec<(Date, Time, Vec<usize>)> {
        let mut slots: Vec<(Date, Time, Vec<usize>)> = Vec::new();
        for &i in positions {
            let (day, start) = (self.days_of[i], self.local(self.sessions[i].start).1);
            match slots.last_mut() {
                Some((d, time, group)) if *d == day && *time == start => group.push(i),
                _ => slots.push((day, start, vec![i])),
            }
        }
        slots
    }

    /// Position of a session in `sessions()`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.sessions.iter().position(|s| s.data.id == id)
    }

    /// Other sessions that overlap `session` in time, by start time.
    pub fn parallel_to(&self, session: &ScheduledSession) -> Vec<&ScheduledSession> {
        self.sessions
            .iter()
            .filter(|other| {
                other.data.id != session.data.id
                    && other.start < session.end
                    && session.start < other.end
            })
            .collect()
    }

    /// The sessions a speaker speaks at, by start time.
    pub fn sessions_of(&self, speaker: &str) -> Vec<&ScheduledSession> {
        self.sessions
            .iter()
            .filter(|s| s.data.speakers.iter().any(|id| id == speaker))
            .collect()
    }

    /// Wall-clock date and time of an instant in the event's zone.
    pub fn local(&self, instant: Timestamp) -> (Date, Time) {
        time::local(instant, &self.zone)
    }

    /// The sessions of one space running at `now`, and the next `count` ones after it
    /// (cancelled ones left out), as positions.
    pub fn now_and_next(
        &self,
        space: &str,
        now: Timestamp,
        count: usize,
    ) -> (Vec<usize>, Vec<usize>) {
        let here =
            self.sessions.iter().enumerate().filter(|(_, s)| {
                s.data.space == space && s.data.status != SessionStatus::Cancelled
            });
        let current = here
            .clone()
            .filter(|(_, s)| s.start <= now && now < s.end)
            .map(|(i, _)| i)
            .collect();
        // Sessions are sorted by start: the first ones after `now` are the next ones.
        let next = here
            .filter(|(_, s)| s.start > now)
            .take(count)
            .map(|(i, _)| i)
            .collect();
        (current, next)
    }

    /// When a session runs, in the event's time: "mercredi 28 septembre · 10:00–11:00".
    pub fn when(&self, start: Timestamp, end: Timestamp, lang: crate::domain::Lang) -> String {
        let (day, from) = self.local(start);
        let (_, to) = self.local(end);
        format!(
            "{} · {}",
            time::format_day(day, lang),
            time::format_time_range(from, to)
        )
    }

    pub fn session(&self, id: &str) -> Option<&ScheduledSession> {
        self.sessions.iter().find(|s| s.data.id == id)
    }

    pub fn space(&self, id: &str) -> Option<&Space> {
        self.indices.spaces.get(id).map(|&i| &self.file.spaces[i])
    }

    pub fn format(&self, id: &str) -> Option<&Format> {
        self.indices.formats.get(id).map(|&i| &self.file.formats[i])
    }

    /// Whether `session` is of a format open all along (see `Format::drop_in`).
    pub fn is_drop_in(&self, session: &ScheduledSession) -> bool {
        self.format(&session.data.format).is_some_and(|f| f.drop_in)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.indices.themes.get(id).map(|&i| &self.file.themes[i])
    }

    /// The line under the app's name, in `lang`: the event's name, its dates and its place
    /// ("Numérique en Commun[s] 2022", "27–29 septembre 2022", "Stade Bollaert-Delelis, Lens"),
    /// without the parts a file does not have (an imported programme may have no venue). The
    /// app's header and the start screen (`preview::event_line`) both show it.
    pub fn event_line(&self, lang: crate::domain::Lang) -> Vec<String> {
        let event = &self.file.event;
        let place = [event.venue.name.as_str(), event.venue.city.as_str()]
            .into_iter()
            .filter(|part| !part.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let dates = time::format_date_range(self.first_day, self.last_day, lang);
        [event.name.clone(), dates, place]
            .into_iter()
            .filter(|part| !part.trim().is_empty())
            .collect()
    }

    /// The people of `session` as its card names them: "Name (Organisation), Name", or
    /// `None` when it has nobody.
    pub fn speakers_line(&self, session: &Session) -> Option<String> {
        let names: Vec<String> = session
            .speakers
            .iter()
            .filter_map(|id| self.speaker(id))
            .map(|p| match &p.organisation {
                Some(org) => format!("{} ({org})", p.name),
                None => p.name.clone(),
            })
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    }

    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.indices
            .speakers
            .get(id)
            .map(|&i| &self.file.speakers[i])
    }

    pub fn spaces(&self) -> &[Space] {
        &self.file.spaces
    }

    pub fn speakers(&self) -> &[Speaker] {
        &self.file.speakers
    }

    pub fn themes(&self) -> &[Theme] {
        &self.file.themes
    }

    pub fn formats(&self) -> &[Format] {
        &self.file.formats
    }
}
