//! "Maintenant": where the event stands at an instant: before it (a countdown and the first
//! sessions), during it (what runs now, what comes next), or after it (thanks, and replays).
//! Time is a value passed in, so any moment can be shown and tested.

use jiff::Timestamp;

use crate::domain::agenda::Agenda;
use crate::domain::model::{LinkKind, SessionStatus};
use crate::domain::Programme;

/// Whole days, hours and minutes left, rounded up to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Countdown {
    pub days: i64,
    pub hours: i64,
    pub minutes: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Moment {
    /// Before the first session: how long until it, and the sessions that open the event.
    Before {
        countdown: Countdown,
        first: Vec<usize>,
    },
    /// During the event: positions in `Programme::sessions()` of what runs now and what starts
    /// next (all the sessions at the next start time).
    During { now: Vec<usize>, next: Vec<usize> },
    /// After the last session: the sessions that have a replay.
    After { replays: Vec<usize> },
}

fn live(programme: &Programme) -> impl Iterator<Item = (usize, &crate::domain::ScheduledSession)> {
    programme
        .sessions()
        .iter()
        .enumerate()
        .filter(|(_, s)| s.data.status != SessionStatus::Cancelled)
}

pub fn moment(programme: &Programme, now: Timestamp) -> Moment {
    let first_start = live(programme).map(|(_, s)| s.start).min();
    let last_end = live(programme).map(|(_, s)| s.end).max();
    match (first_start, last_end) {
        (Some(first), _) if now < first => {
            let seconds = (first.as_second() - now.as_second()).max(0);
            let minutes = (seconds + 59) / 60;
            // The opening hour and a half: enough to plan the first morning.
            let until = first.as_second() + 90 * 60;
            Moment::Before {
                countdown: Countdown {
                    days: minutes / (24 * 60),
                    hours: minutes % (24 * 60) / 60,
                    minutes: minutes % 60,
                },
                first: live(programme)
                    .filter(|(_, s)| s.start.as_second() < until)
                    .map(|(i, _)| i)
                    .collect(),
            }
        }
        (Some(_), Some(last)) if now < last => {
            let running = live(programme)
                .filter(|(_, s)| s.start <= now && now < s.end)
                .map(|(i, _)| i)
                .collect();
            let next_start = live(programme)
                .map(|(_, s)| s.start)
                .filter(|t| *t > now)
                .min();
            let next = live(programme)
                .filter(|(_, s)| Some(s.start) == next_start)
                .map(|(i, _)| i)
                .collect();
            Moment::During { now: running, next }
        }
        _ => Moment::After {
            replays: live(programme)
                .filter(|(_, s)| s.data.links.iter().any(|l| l.kind == LinkKind::Replay))
                .map(|(i, _)| i)
                .collect(),
        },
    }
}

/// The person's own now and next, from their agenda: positions of the kept session running
/// now (the one that started last, if several), of the next kept session to start, and of the
/// other kept sessions to come that overlap it (the person has a choice to make). Cancelled
/// sessions and those open all along (a village) are left out: one does not walk to them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mine {
    pub current: Option<usize>,
    pub next: Option<usize>,
    pub next_too: Vec<usize>,
}

pub fn mine(programme: &Programme, agenda: &Agenda, now: Timestamp) -> Mine {
    let mut found = Mine::default();
    let sessions = programme.sessions();
    // Sessions are in time order: the last running one, the first one to come, and those to
    // come that start before it ends.
    for (i, s) in live(programme) {
        if !agenda.contains(&s.data.id) || programme.is_drop_in(s) {
            continue;
        }
        match found.next {
            Some(next) if s.start < sessions[next].end => found.next_too.push(i),
            Some(_) => break,
            None if s.start <= now && now < s.end => found.current = Some(i),
            None if s.start > now => found.next = Some(i),
            None => {}
        }
    }
    found
}
