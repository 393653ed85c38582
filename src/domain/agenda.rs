//! The personal agenda, as plain data: which sessions a person keeps, with their notes; how it
//! is stored (versioned, with a migration from older versions), how two copies merge without
//! losing anything, and what clashes: overlaps, transitions too short to walk, and rooms no
//! step-free way leads to when step-free walks are asked for.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::route;
use crate::domain::venue::Venue;
use crate::domain::Programme;

/// The version written today. Older versions are read and migrated.
pub const AGENDA_VERSION: u32 = 2;

/// One kept session, or the memory that it was removed (so that a merge does not bring it
/// back). `changed` is a clock in milliseconds: the later change wins a merge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub kept: bool,
    pub changed: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A person's agenda, by session id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    pub version: u32,
    pub sessions: BTreeMap<String, Entry>,
}

/// Why stored text could not be read as an agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Not JSON, or not the shape of any version.
    Damaged,
    /// Written by a newer version of the app.
    Newer(u32),
}

impl Agenda {
    pub fn new() -> Agenda {
        Agenda {
            version: AGENDA_VERSION,
            sessions: BTreeMap::new(),
        }
    }

    /// The ids kept, in id order.
    pub fn kept(&self) -> impl Iterator<Item = &str> {
        self.sessions
            .iter()
            .filter(|(_, e)| e.kept)
            .map(|(id, _)| id.as_str())
    }

    pub fn contains(&self, id: &str) -> bool {
        self.sessions.get(id).is_some_and(|e| e.kept)
    }

    pub fn note(&self, id: &str) -> Option<&str> {
        self.sessions.get(id).and_then(|e| e.note.as_deref())
    }

    /// Keeps or drops a session at time `now` (milliseconds). A note stays with a dropped
    /// session, in case it comes back.
    pub fn set_kept(&mut self, id: &str, kept: bool, now: i64) {
        let entry = self.sessions.entry(id.to_owned()).or_insert(Entry {
            kept,
            changed: now,
            note: None,
        });
        entry.kept = kept;
        entry.changed = now;
    }

    /// Sets or clears the note of a session (an empty note is no note).
    pub fn set_note(&mut self, id: &str, note: &str, now: i64) {
        let note = (!note.trim().is_empty()).then(|| note.to_owned());
        let entry = self.sessions.entry(id.to_owned()).or_insert(Entry {
            kept: false,
            changed: now,
            note: None,
        });
        entry.note = note;
        entry.changed = now;
    }

    /// Two copies made into one (another tab, a share link). What a merge keeps:
    ///
    /// - **every session of either side**: each id of `self` or `other` is in the result, kept,
    ///   removed or only noted, and no other id;
    /// - for each, **one side's entry whole**, never a mix: the later change (`changed`) wins;
    ///   on a tie, keeping wins over removing, then the longer note, then the note that sorts
    ///   last. So a session either side kept stays kept unless the other side removed it
    ///   later, and its note goes with the entry that wins: a note cleared by the later change
    ///   stays cleared, and a removal made later drops the session but keeps the note it had
    ///   on that side (`set_kept` keeps notes);
    /// - **the same result whichever side merges**, merging again changes nothing, and three
    ///   copies give one agenda in any order (a join: two tabs that write back what the other
    ///   lacks stop as soon as they agree).
    pub fn merged(&self, other: &Agenda) -> Agenda {
        let mut sessions = self.sessions.clone();
        for (id, theirs) in &other.sessions {
            match sessions.get(id) {
                Some(ours) if !later(theirs, ours) => {}
                _ => {
                    sessions.insert(id.clone(), theirs.clone());
                }
            }
        }
        Agenda {
            version: AGENDA_VERSION,
            sessions,
        }
    }

    /// The agenda as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Reads stored text of any version: version 1 was a plain list of ids.
    pub fn from_json(text: &str, now: i64) -> Result<Agenda, Unreadable> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| Unreadable::Damaged)?;
        match &value {
            serde_json::Value::Array(ids) => {
                // Version 1: ["id", "id", …].
                let mut agenda = Agenda::new();
                for id in ids {
                    let id = id.as_str().ok_or(Unreadable::Damaged)?;
                    agenda.set_kept(id, true, now);
                }
                Ok(agenda)
            }
            serde_json::Value::Object(map) => {
                let version = map
                    .get("version")
                    .and_then(serde_json::Value::as_u64)
                    .ok_or(Unreadable::Damaged)? as u32;
                if version > AGENDA_VERSION {
                    return Err(Unreadable::Newer(version));
                }
                let mut agenda: Agenda =
                    serde_json::from_value(value).map_err(|_| Unreadable::Damaged)?;
                agenda.version = AGENDA_VERSION;
                Ok(agenda)
            }
            _ => Err(Unreadable::Damaged),
        }
    }
}

/// Whether `theirs` wins a merge over `ours` (`Agenda::merged`): a total order, so that a tie
/// is decided the same way whichever side merges, even between two notes of the same length.
fn later(theirs: &Entry, ours: &Entry) -> bool {
    fn rank(e: &Entry) -> (i64, bool, usize, Option<&str>) {
        let note = e.note.as_deref();
        (e.changed, e.kept, note.map_or(0, str::len), note)
    }
    rank(theirs) > rank(ours)
}

/// A problem between two kept sessions, `first` before `second`, or with one (positions in
/// `Programme::sessions()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clash {
    /// They overlap in time.
    Overlap { first: usize, second: usize },
    /// The gap between them is shorter than the walk from one space to the other.
    Tight {
        first: usize,
        second: usize,
        gap_minutes: i64,
        walk_minutes: u32,
    },
    /// Step-free walks were asked for, and no step-free way leads to this session's space from
    /// the venue's main entrance (nor, then, from any space that has one): stairs only.
    NoStepFreeWay { session: usize },
}

/// Clashes between the kept sessions: overlaps, and transitions too short to walk (with the
/// step-free routes when asked); with step-free routes, each session in a space no step-free
/// way leads to. Cancelled sessions clash with nothing, nor do sessions open all along (a
/// village: one drops in between sessions).
pub fn clashes(
    programme: &Programme,
    agenda: &Agenda,
    venue: Option<&Venue>,
    step_free: bool,
) -> Vec<Clash> {
    let kept: Vec<usize> = programme
        .sessions()
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            agenda.contains(&s.data.id)
                && s.data.status != crate::domain::model::SessionStatus::Cancelled
                && !programme.is_drop_in(s)
        })
        .map(|(i, _)| i)
        .collect();
    let sessions = programme.sessions();
    let mut found = Vec::new();
    for (k, &a) in kept.iter().enumerate() {
        for &b in &kept[k + 1..] {
            let (sa, sb) = (&sessions[a], &sessions[b]);
            if sb.start < sa.end && sa.start < sb.end {
                found.push(Clash::Overlap {
                    first: a,
                    second: b,
                });
            }
        }
    }
    let Some(venue) = venue else { return found };
    // Step-free: a session no step-free way leads to is said, whatever comes before or after.
    if step_free {
        found.extend(
            kept.iter()
                .filter(|&&i| no_step_free_way(venue, &sessions[i].data.space))
                .map(|&session| Clash::NoStepFreeWay { session }),
        );
    }
    // Transitions: each kept session and the next one that starts after it ends.
    for (k, &a) in kept.iter().enumerate() {
        let sa = &sessions[a];
        let Some(&b) = kept[k + 1..].iter().find(|&&b| sessions[b].start >= sa.end) else {
            continue;
        };
        let sb = &sessions[b];
        let gap_minutes = (sb.start.as_second() - sa.end.as_second()) / 60;
        // Only the next session of the same day matters: a night is long enough.
        if gap_minutes > 180 || sa.data.space == sb.data.space {
            continue;
        }
        match route::route(venue, &sa.data.space, &sb.data.space, step_free) {
            Ok(r) => {
                let walk_minutes = r.minutes();
                if i64::from(walk_minutes) > gap_minutes {
                    found.push(Clash::Tight {
                        first: a,
                        second: b,
                        gap_minutes,
                        walk_minutes,
                    });
                }
            }
            // No step-free route between the two: already said above. The walking graph is
            // undirected (an edge is walked both ways, `Venue::adjacency`), and a checked
            // venue joins every space to the main entrance, so two spaces each reachable
            // step-free from the entrance are reachable step-free from each other, through
            // it. No step-free route between them means one of them has none from the
            // entrance: that session is flagged `NoStepFreeWay`. Without step-free, every
            // space is reachable (`venue::check_venue`), so this never happens.
            Err(route::NoRoute::Unreachable) => {}
            // A space the map does not have (another programme's): nothing is known of the
            // walk, as without a map.
            Err(route::NoRoute::UnknownSpace) => {}
        }
    }
    found
}

/// No step-free way leads to this space from the venue's main entrance (so none from any
/// space that has one): stairs or steps only. False for a space the map does not have.
pub fn no_step_free_way(venue: &Venue, space: &str) -> bool {
    route::route(venue, &venue.main_entrance().id, space, true) == Err(route::NoRoute::Unreachable)
}

impl Agenda {
    /// Keeps every id of `ids` (a shared agenda added to mine): notes and other sessions stay.
    pub fn adding(&self, ids: &[String], now: i64) -> Agenda {
        let mut agenda = self.clone();
        for id in ids {
            if !agenda.contains(id) {
                agenda.set_kept(id, true, now);
            }
        }
        agenda.version = AGENDA_VERSION;
        agenda
    }

    /// Keeps exactly `ids` (a shared agenda replacing mine): the others are removed, and the
    /// removal remembered; notes stay, in case a session comes back.
    pub fn replaced_by(&self, ids: &[String], now: i64) -> Agenda {
        let mut agenda = self.clone();
        let dropped: Vec<String> = agenda
            .kept()
            .filter(|id| !ids.iter().any(|x| x == id))
            .map(str::to_owned)
            .collect();
        for id in &dropped {
            agenda.set_kept(id, false, now);
        }
        agenda.adding(ids, now)
    }
}

/// One kept session in the agenda's list, with the free time before it (since the end of the
/// previous kept session that day; negative when they overlap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub position: usize,
    pub free_before_minutes: Option<i64>,
}

/// The kept sessions by day in time order (those open all along first), and the kept ids the
/// programme no longer has.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub days: Vec<(jiff::civil::Date, Vec<Planned>)>,
    pub unknown: Vec<String>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.days.is_empty() && self.unknown.is_empty()
    }

    pub fn len(&self) -> usize {
        self.days.iter().map(|(_, d)| d.len()).sum::<usize>() + self.unknown.len()
    }
}

/// The agenda as a person reads it: day by day, with the free time between sessions.
/// A cancelled session stays listed until the person removes it; the free time is counted
/// around it, not from it, as around a session open all along (a village), which has none.
/// Sessions open all along come first in their day, as a calendar puts all-day events above
/// the hours: placed by time among the others, the free time shown before the next session
/// would seem to count from them.
pub fn plan(programme: &Programme, agenda: &Agenda) -> Plan {
    let mut plan = Plan::default();
    let mut positions = Vec::new();
    for id in agenda.kept() {
        match programme.position(id) {
            Some(i) => positions.push(i),
            None => plan.unknown.push(id.to_owned()),
        }
    }
    let sessions = programme.sessions();
    positions
        .sort_unstable_by_key(|&i| (programme.day_of(i), !programme.is_drop_in(&sessions[i]), i));
    let mut busy_until: Option<jiff::Timestamp> = None;
    for i in positions {
        let day = programme.day_of(i);
        let session = &sessions[i];
        if plan.days.last().is_none_or(|(d, _)| *d != day) {
            plan.days.push((day, Vec::new()));
            busy_until = None;
        }
        // Free time since the busy time ended; an overlap counts only as long as it lasts.
        let drop_in = programme.is_drop_in(session);
        let free_before_minutes = busy_until.filter(|_| !drop_in).map(|busy| {
            let overlap_end = busy.min(session.end);
            if session.start >= busy {
                (session.start.as_second() - busy.as_second()) / 60
            } else {
                -(overlap_end.as_second() - session.start.as_second()) / 60
            }
        });
        if session.data.status != crate::domain::model::SessionStatus::Cancelled && !drop_in {
            busy_until = Some(busy_until.map_or(session.end, |b| b.max(session.end)));
        }
        if let Some((_, items)) = plan.days.last_mut() {
            items.push(Planned {
                position: i,
                free_before_minutes,
            });
        }
    }
    plan
}
