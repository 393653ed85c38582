//! What changed for me: what each kept session was when the person last looked (its time,
//! its space, whether it was cancelled), compared with the programme now. The summary is told
//! once per data version; the marks stay on the sessions until the person says they have seen
//! them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::agenda::Agenda;
use crate::domain::model::SessionStatus;
use crate::domain::Programme;

/// A session as the person last saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// Unix seconds.
    pub start: i64,
    pub end: i64,
    pub space: String,
    #[serde(default)]
    pub cancelled: bool,
    /// The event whose programme it was seen in (`event.id`; empty in what older versions
    /// stored). One agenda serves every programme the person opens (`?programme=`): a session
    /// of another event is not "gone" from this one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub event: String,
    /// Its title and its event's name, so the agenda can name it where the programme shown
    /// does not have it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The title's language (`Session::text_lang`), for its `lang` attribute; empty when the
    /// session names none, and in what earlier versions stored.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title_lang: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub event_name: String,
}

impl Fact {
    fn of(programme: &Programme, position: usize) -> Fact {
        let s = &programme.sessions()[position];
        Fact {
            start: s.start.as_second(),
            end: s.end.as_second(),
            space: s.data.space.clone(),
            cancelled: s.data.status == SessionStatus::Cancelled,
            event: programme.event().id.clone(),
            title: s.data.title.clone(),
            title_lang: s.data.text_lang().unwrap_or_default().to_owned(),
            event_name: programme.event().name.clone(),
        }
    }

    /// The title's language, if known.
    fn title_lang(&self) -> Option<String> {
        (!self.title_lang.is_empty()).then(|| self.title_lang.clone())
    }

    /// Seen in this programme's event (or stored before events were noted).
    fn of_event(&self, programme: &Programme) -> bool {
        self.event.is_empty() || self.event == programme.event().id
    }
}

/// What the person has seen: stored beside the agenda (`nec.seen.v1`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Seen {
    /// The data version for which the summary was last told.
    #[serde(default)]
    pub told: String,
    #[serde(default)]
    pub sessions: BTreeMap<String, Fact>,
}

/// What the agenda says of a kept session the programme shown does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Absent {
    /// Seen in another event's programme: its title (and the title's language, when known)
    /// and that event's name.
    Elsewhere {
        title: String,
        lang: Option<String>,
        event: String,
    },
    /// Seen in this programme, which has dropped it since.
    Removed { title: String, lang: Option<String> },
    /// Never seen with its details (kept by a shared link, or by an older version): its id.
    Unknown,
}

/// How a kept session changed since the person saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Moved in time: when it was (unix seconds).
    Time {
        start: i64,
        end: i64,
    },
    /// Moved to another space: the space it was in.
    Space(String),
    Cancelled,
    /// The programme no longer has it.
    Gone,
}

impl Seen {
    /// Reads stored text; anything unreadable is "seen nothing" (nothing is lost: the agenda
    /// itself is elsewhere, and the facts are made again from the programme).
    pub fn from_json(text: &str) -> Seen {
        serde_json::from_str(text).unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".into())
    }

    /// Remembers the sessions kept and not yet seen as they are now, and forgets those no
    /// longer kept. What the person saw of a session (its time, space and status) stays, so a
    /// change stays marked; how it is named (its event, title and the title's language) follows
    /// the programme, so a fact stored by an older version gains what it lacked.
    pub fn noting(&self, programme: &Programme, agenda: &Agenda) -> Seen {
        let mut sessions = BTreeMap::new();
        for id in agenda.kept() {
            let now = programme.position(id).map(|i| Fact::of(programme, i));
            let fact = match (self.sessions.get(id), now) {
                (Some(was), Some(now)) if was.of_event(programme) => Fact {
                    start: was.start,
                    end: was.end,
                    space: was.space.clone(),
                    cancelled: was.cancelled,
                    ..now
                },
                (Some(was), _) => was.clone(),
                (None, Some(now)) => now,
                (None, None) => continue,
            };
            sessions.insert(id.to_owned(), fact);
        }
        Seen {
            told: self.told.clone(),
            sessions,
        }
    }

    /// What can be said of kept session `id`, which `programme` does not have.
    pub fn absent(&self, programme: &Programme, id: &str) -> Absent {
        match self.sessions.get(id) {
            Some(fact) if fact.title.is_empty() => Absent::Unknown,
            Some(fact) if fact.of_event(programme) => Absent::Removed {
                title: fact.title.clone(),
                lang: fact.title_lang(),
            },
            Some(fact) => Absent::Elsewhere {
                title: fact.title.clone(),
                lang: fact.title_lang(),
                event: fact.event_name.clone(),
            },
            None => Absent::Unknown,
        }
    }

    /// The person has seen the programme as it is now: every mark of its event goes; what was
    /// seen of other events' sessions stays.
    pub fn acknowledged(&self, programme: &Programme, agenda: &Agenda) -> Seen {
        Seen {
            told: self.told.clone(),
            sessions: self
                .sessions
                .iter()
                .filter(|(_, fact)| !fact.of_event(programme))
                .map(|(id, fact)| (id.clone(), fact.clone()))
                .collect(),
        }
        .noting(programme, agenda)
    }

    /// Whether the summary is still to be told for this data version.
    pub fn to_tell(&self, programme: &Programme) -> bool {
        self.told != programme.event().data_version
    }
}

/// The changes of each kept session since it was seen, by id (only sessions that changed).
pub fn changes(
    programme: &Programme,
    agenda: &Agenda,
    seen: &Seen,
) -> BTreeMap<String, Vec<Change>> {
    let mut out = BTreeMap::new();
    for id in agenda.kept() {
        let Some(was) = seen.sessions.get(id).filter(|was| was.of_event(programme)) else {
            continue;
        };
        let Some(i) = programme.position(id) else {
            out.insert(id.to_owned(), vec![Change::Gone]);
            continue;
        };
        let now = Fact::of(programme, i);
        let mut list = Vec::new();
        if now.cancelled && !was.cancelled {
            list.push(Change::Cancelled);
        }
        if (now.start, now.end) != (was.start, was.end) {
            list.push(Change::Time {
                start: was.start,
                end: was.end,
            });
        }
        if now.space != was.space {
            list.push(Change::Space(was.space.clone()));
        }
        if !list.is_empty() {
            out.insert(id.to_owned(), list);
        }
    }
    out
}

/// The summary's figures: sessions moved in time or space, cancelled, gone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub moved: usize,
    pub cancelled: usize,
    pub gone: usize,
}

pub fn summary(changes: &BTreeMap<String, Vec<Change>>) -> Summary {
    let mut s = Summary::default();
    for list in changes.values() {
        if list.contains(&Change::Gone) {
            s.gone += 1;
        } else if list.contains(&Change::Cancelled) {
            s.cancelled += 1;
        } else {
            s.moved += 1;
        }
    }
    s
}
