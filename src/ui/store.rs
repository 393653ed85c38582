//! The person's agenda as the views see it: one signal, read from storage at start, written on
//! every change, merged with what another tab wrote. Never loses a session: text it cannot
//! read is set aside under a backup key, and when storage is full or missing the agenda lives
//! in memory and the person is told once.

use leptos::prelude::*;

use crate::domain::agenda::{Agenda, Unreadable};
use crate::domain::changes::Seen;
use crate::domain::Programme;
use crate::edge::clock::device_millis;
use crate::edge::storage;
use crate::edge::storage::WriteError;

/// What the person must be told about their stored agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The stored agenda could not be read: set aside under this key (or not, if `None`).
    SetAside(Option<String>),
    /// Written by a newer version of the app: kept as it is, changes live in memory.
    Newer(u32),
    /// Storage is full or unavailable: changes live in memory until the page closes.
    NotSaved,
}

#[derive(Clone, Copy)]
pub struct AgendaStore {
    pub agenda: RwSignal<Agenda>,
    /// What to tell the person, once.
    pub notice: RwSignal<Option<Notice>>,
    /// True when changes are not being stored.
    pub memory_only: RwSignal<bool>,
    /// "Mes trajets sans marches": clashes use step-free walks.
    pub step_free: RwSignal<bool>,
    /// The polite live region's text ("ajoutée à votre agenda").
    pub announce: RwSignal<String>,
    /// What the person has seen of their sessions, for "what changed".
    pub seen: RwSignal<Seen>,
    /// Whether NotSaved was already told (it is said once).
    told_not_saved: RwSignal<bool>,
}

/// Reads the stored agenda: version 2, else version 1 (migrated), else an empty one.
fn read_stored() -> (Agenda, Option<Notice>, bool) {
    let now = device_millis();
    let text = match storage::read_raw(storage::AGENDA_KEY) {
        Err(WriteError::Unavailable) | Err(WriteError::Refused) => {
            return (Agenda::new(), Some(Notice::NotSaved), true)
        }
        Ok(Some(text)) => text,
        Ok(None) => match storage::read_raw(storage::AGENDA_V1_KEY) {
            Ok(Some(old)) => old,
            _ => return (Agenda::new(), None, false),
        },
    };
    match Agenda::from_json(&text, now) {
        Ok(agenda) => (agenda, None, false),
        Err(Unreadable::Damaged) => {
            let key = storage::set_aside(&text, now);
            (Agenda::new(), Some(Notice::SetAside(key)), false)
        }
        // Never written over: a newer app will read it again.
        Err(Unreadable::Newer(version)) => (Agenda::new(), Some(Notice::Newer(version)), true),
    }
}

impl AgendaStore {
    /// Reads the stored agenda and follows other tabs' changes. Called once by the app.
    pub fn start() -> AgendaStore {
        let (agenda, notice, memory_only) = read_stored();
        let store = AgendaStore {
            agenda: RwSignal::new(agenda),
            notice: RwSignal::new(notice.clone()),
            memory_only: RwSignal::new(memory_only),
            step_free: RwSignal::new(
                storage::read_text(storage::STEP_FREE_KEY).is_some_and(|v| v == "1"),
            ),
            announce: RwSignal::new(String::new()),
            seen: RwSignal::new(
                storage::read_raw(storage::SEEN_KEY)
                    .ok()
                    .flatten()
                    .map(|text| Seen::from_json(&text))
                    .unwrap_or_default(),
            ),
            told_not_saved: RwSignal::new(notice == Some(Notice::NotSaved)),
        };
        // A migrated version 1 is written as version 2 at once (the old key stays, untouched).
        if !memory_only && notice.is_none() {
            let _ = storage::write(storage::AGENDA_KEY, &store.agenda.get_untracked());
        }
        storage::on_change(storage::AGENDA_KEY, move |text| {
            // Another tab wrote: merge, never overwrite. A cleared storage changes nothing here.
            if let Some(Ok(theirs)) = text.map(|t| Agenda::from_json(&t, device_millis())) {
                let (merged, changed) = store.agenda.with_untracked(|mine| {
                    let merged = mine.merged(&theirs);
                    let changed = merged != *mine;
                    (merged, changed)
                });
                // Two tabs writing at the same moment can each write without the other's change
                // (each browser process sees storage a moment late): what this tab has and theirs
                // lacks is written back, so storage holds both. Merging is a join, so this stops
                // as soon as both tabs hold the same agenda.
                if changed {
                    store.agenda.set(merged.clone());
                }
                if merged != theirs {
                    store.save(&merged);
                }
            }
        });
        store
    }

    /// Changes the agenda: what is stored now (another tab may have written a moment ago) is
    /// merged first, then `change` applies, then it is stored.
    pub fn change(&self, change: impl FnOnce(&mut Agenda, i64)) {
        let now = device_millis();
        let memory_only = self.memory_only.get_untracked();
        let mut agenda = self.agenda.get_untracked();
        if !memory_only {
            if let Ok(Some(text)) = storage::read_raw(storage::AGENDA_KEY) {
                if let Ok(stored) = Agenda::from_json(&text, now) {
                    agenda = agenda.merged(&stored);
                }
            }
        }
        change(&mut agenda, now);
        self.agenda.set(agenda.clone());
        self.save(&agenda);
    }

    /// Stores the agenda, unless storage holds a newer version (never written over). A refused
    /// write leaves the agenda in memory, told once; the next write that succeeds stores it all.
    fn save(&self, agenda: &Agenda) {
        if matches!(self.notice.get_untracked(), Some(Notice::Newer(_))) {
            return;
        }
        match storage::write(storage::AGENDA_KEY, agenda) {
            Ok(()) => self.memory_only.set(false),
            Err(_) => {
                self.memory_only.set(true);
                if !self.told_not_saved.get_untracked() {
                    self.told_not_saved.set(true);
                    self.notice.set(Some(Notice::NotSaved));
                }
            }
        }
    }

    fn set_seen(&self, seen: Seen) {
        if seen != self.seen.get_untracked() {
            let _ = storage::write(storage::SEEN_KEY, &seen);
            self.seen.set(seen);
        }
    }

    /// Remembers newly kept sessions as they are now (what changes later is then marked).
    pub fn note_seen(&self, programme: &Programme) {
        let seen = self
            .seen
            .get_untracked()
            .noting(programme, &self.agenda.get_untracked());
        self.set_seen(seen);
    }

    /// The person has seen the changes: the marks go.
    pub fn acknowledge(&self, programme: &Programme) {
        let seen = self
            .seen
            .get_untracked()
            .acknowledged(programme, &self.agenda.get_untracked());
        self.set_seen(seen);
    }

    /// The summary was told for this programme's data version.
    pub fn told(&self, programme: &Programme) {
        let mut seen = self.seen.get_untracked();
        seen.told = programme.event().data_version.clone();
        self.set_seen(seen);
    }

    pub fn set_step_free(&self, on: bool) {
        self.step_free.set(on);
        storage::write_text(storage::STEP_FREE_KEY, if on { "1" } else { "0" });
    }
}

/// The app's agenda store; one is made if none was provided (a component tested alone).
pub fn use_agenda() -> AgendaStore {
    use_context::<AgendaStore>().unwrap_or_else(|| {
        let store = AgendaStore::start();
        provide_context(store);
        store
    })
}
