//! What the person must know about a kept session: its clashes (overlaps, walks too short, no
//! step-free way to its room) and what changed since they last looked.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::agenda::{clashes, Clash};
use crate::domain::changes::{changes, Change};
use crate::domain::{model, time, Lang, Programme};
use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::store::use_agenda;

/// What changed for one session, in words.
pub fn change_words(programme: &Programme, change: &Change, lang: Lang) -> String {
    let t = agenda_text(lang);
    match change {
        Change::Time { start, end } => {
            let at =
                |s: i64| jiff::Timestamp::from_second(s).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            (t.change_time)(&programme.when(at(*start), at(*end), lang))
        }
        Change::Space(id) => (t.change_space)(
            &programme
                .space(id)
                .map_or_else(|| id.clone(), |s| s.name.get(lang).to_owned()),
        ),
        Change::Cancelled => t.change_cancelled.to_owned(),
        Change::Gone => t.change_gone.to_owned(),
    }
}

/// A sentence naming another session, whose title is shown in its own language (WCAG 3.1.2),
/// or a sentence naming none (its title empty).
#[derive(Clone)]
pub struct Naming {
    before: String,
    title: String,
    lang: Option<String>,
    after: String,
}

impl Naming {
    /// `sentence` writes the sentence around a title: it is written around a mark, and cut there.
    fn new(sentence: impl Fn(&str) -> String, session: &model::Session) -> Naming {
        let text = sentence("\0");
        let (before, after) = text.split_once('\0').unwrap_or((&text, ""));
        Naming {
            before: before.to_owned(),
            title: session.title.clone(),
            lang: session.text_lang().map(str::to_owned),
            after: after.to_owned(),
        }
    }

    /// A sentence that names no session: its span is left empty (one view for both keeps
    /// the WASM small).
    fn plain(text: String) -> Naming {
        Naming {
            before: text,
            title: String::new(),
            lang: None,
            after: String::new(),
        }
    }

    pub fn into_view(self) -> impl IntoView {
        view! { {self.before}<span lang=self.lang>{self.title}</span>{self.after} }
    }
}

/// Each kept session's warnings, by position, as its own page says them: the sessions it
/// overlaps (either side).
pub fn clash_words(
    programme: &Programme,
    found: &[Clash],
    lang: Lang,
) -> BTreeMap<usize, Vec<Naming>> {
    let mut out: BTreeMap<usize, Vec<Naming>> = BTreeMap::new();
    for clash in found {
        if let Clash::Overlap { first, second } = *clash {
            for (me, other) in [(first, second), (second, first)] {
                out.entry(me)
                    .or_default()
                    .push(overlap_words(programme, other, lang));
            }
        }
    }
    out
}

/// "At the same time as «other» (when)".
pub fn overlap_words(programme: &Programme, other: usize, lang: Lang) -> Naming {
    let t = agenda_text(lang);
    let o = &programme.sessions()[other];
    let (_, s) = programme.local(o.start);
    let (_, e) = programme.local(o.end);
    let when = time::format_time_range(s, e);
    Naming::new(|title| (t.overlap)(title, &when), &o.data)
}

/// The agenda's warnings, each said once: a transition (an overlap, a walk too long for the
/// time between) between its two sessions, before the later one; a room with no step-free way
/// on its session.
#[derive(Default)]
pub struct AgendaWarnings {
    /// By the position of the later session of the transition.
    pub before: BTreeMap<usize, Vec<Naming>>,
    /// By the position of the session concerned.
    pub on: BTreeMap<usize, Vec<Naming>>,
}

pub fn agenda_warnings(
    programme: &Programme,
    found: &[Clash],
    step_free: bool,
    lang: Lang,
) -> AgendaWarnings {
    let t = agenda_text(lang);
    let sessions = programme.sessions();
    let mut out = AgendaWarnings::default();
    for clash in found {
        match *clash {
            Clash::Overlap { first, second } => {
                out.before
                    .entry(second)
                    .or_default()
                    .push(overlap_words(programme, first, lang));
            }
            Clash::Tight {
                first,
                second,
                gap_minutes,
                walk_minutes,
            } => {
                out.before.entry(second).or_default().push(Naming::new(
                    |title| (t.tight)(title, walk_minutes, gap_minutes, step_free),
                    &sessions[first].data,
                ));
            }
            Clash::NoStepFreeWay { session } => {
                let space = &sessions[session].data.space;
                let room = programme
                    .space(space)
                    .map_or(space.as_str(), |sp| sp.name.get(lang));
                out.on
                    .entry(session)
                    .or_default()
                    .push(Naming::plain((t.no_step_free_way)(room)));
            }
        }
    }
    out
}

/// A list of warnings, each marked for those who do not see the sign.
pub fn warning_list(words: Vec<Naming>, lang: Lang) -> impl IntoView {
    view! {
        <ul class="warnings">
            {words.into_iter().map(|w| view! {
                <li><span aria-hidden="true">"⚠ "</span>
                    <span class="visually-hidden">{agenda_text(lang).conflicts_title}{strings(lang).path_separator}</span>{w.into_view()}</li>
            }).collect_view()}
        </ul>
    }
}

/// On a session's page, when it is kept: the kept sessions it overlaps, with the choice.
#[component]
pub fn Overlaps(programme: Arc<Programme>, position: usize) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let found = store.agenda.with(|a| clashes(&programme, a, None, false));
        let words = clash_words(&programme, &found, lang).remove(&position)?;
        Some(warning_list(words, lang))
    }
}

/// On a kept session's page: what changed since the person last looked, until they say so on
/// the agenda page.
#[component]
pub fn ChangeMarks(programme: Arc<Programme>, id: String) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let seen = store.seen.get();
        let found = store.agenda.with(|a| changes(&programme, a, &seen));
        let list = found.get(&id)?;
        Some(view! {
            <p class="badges">
                {list.iter().map(|c| view! {
                    <span class="badge badge-moved change">{change_words(&programme, c, lang)}</span>
                }).collect_view()}
            </p>
        })
    }
}
