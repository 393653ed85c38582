//! The agenda's rows: a kept session with its marks and warnings, and the kept sessions the
//! programme does not have.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::agenda::{Plan, Planned};
use crate::domain::changes::{Absent, Change};
use crate::domain::{time, Lang, Programme};
use crate::ui::basics::{link, place};
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::pages::map::space_href;
use crate::ui::parts::clashes::{change_words, warning_list, AgendaWarnings};
use crate::ui::parts::star::Star;
use crate::ui::store::use_agenda;

/// The words and marks a kept session's row shows, computed for the whole agenda at once.
pub struct RowFacts<'a> {
    pub warnings: &'a AgendaWarnings,
    pub changed: &'a BTreeMap<String, Vec<Change>>,
    /// Told the session's id and title when the row's star takes it out (to offer "Annuler").
    pub removed: Callback<(String, String)>,
}

/// One kept session in the agenda: when, what, where, its marks, warnings and note, its star.
pub fn planned_row(
    programme: &Arc<Programme>,
    item: &Planned,
    facts: &RowFacts,
    lang: Lang,
) -> impl IntoView {
    let store = use_agenda();
    let (t, s) = (agenda_text(lang), strings(lang));
    let (warnings, changed) = (facts.warnings, facts.changed);
    let session = &programme.sessions()[item.position];
    let d = &session.data;
    let (_, start) = programme.local(session.start);
    let (_, end) = programme.local(session.end);
    let has_map = crate::domain::source::has_map(programme.event().venue.map.as_deref());
    let space = programme.space(&d.space).map(|sp| {
        if has_map {
            view! { <a href=space_href(&sp.id)>{place(sp, lang)}</a> }.into_any()
        } else {
            view! { <span>{place(sp, lang)}</span> }.into_any()
        }
    });
    let cancelled = d.status == crate::domain::model::SessionStatus::Cancelled;
    let drop_in = programme.is_drop_in(session);
    let marks: Vec<String> = changed
        .get(&d.id)
        .map(|list| {
            list.iter()
                .map(|c| change_words(programme, c, lang))
                .collect()
        })
        .unwrap_or_default();
    let warns = warnings.on.get(&item.position).cloned().unwrap_or_default();
    let note = store.agenda.with(|a| a.note(&d.id).map(str::to_owned));
    // Between this session and the one before: the free time, and what goes wrong there, said
    // once (an overlap, a walk longer than the time between).
    let between = warnings
        .before
        .get(&item.position)
        .cloned()
        .unwrap_or_default();
    let gap = (item.free_before_minutes.is_some() || !between.is_empty()).then(|| {
        let m = item.free_before_minutes;
        let warned = !between.is_empty();
        view! {
            <li class="gap" class:overlap=m.is_some_and(|m| m < 0) class:warned=warned>
                {m.map(|m| view! { <span class="gap-time">{(t.free_time)(m)}</span> })}
                {warned.then(|| warning_list(between, lang))}
            </li>
        }
    });
    let removed = {
        let (id, title, removed) = (d.id.clone(), d.title.clone(), facts.removed);
        Callback::new(move |kept: bool| {
            if !kept {
                removed.run((id.clone(), title.clone()));
            }
        })
    };
    view! {
        {gap}
        <li class="planned" class:cancelled=cancelled data-session=d.id.clone()>
            <p class="when">
                <time datetime=d.start.clone()>{time::format_time_range(start, end)}</time>
            </p>
            <h3 class="title" lang=d.text_lang().map(str::to_owned)><a href=link(&format!("/session/{}", d.id))>{d.title.clone()}</a></h3>
            <p class="meta">{space}</p>
            <p class="badges">
                {cancelled.then(|| view! { <span class="badge badge-cancelled">{s.cancelled}</span> })}
                {drop_in.then(|| view! { <span class="badge">{s.drop_in}</span> })}
                // Kept, but full: the person may not get a seat.
                {d.registration.full.then(|| view! { <span class="badge badge-full">{s.full}</span> })}
                {marks.into_iter().map(|m| view! { <span class="badge badge-moved change">{m}</span> }).collect_view()}
            </p>
            {(!warns.is_empty()).then(|| warning_list(warns, lang))}
            {note.map(|n| view! {
                <p class="my-note"><strong>{t.my_note}{s.path_separator}</strong>{n}</p>
            })}
            <p class="card-actions"><Star id=d.id.clone() title=d.title.clone() after=removed/></p>
        </li>
    }
}

/// The kept sessions this programme does not have (another event's, or removed), each named
/// as it was seen, with a way to take it out.
pub fn unknown_sessions(
    programme: &Arc<Programme>,
    plan: &Plan,
    removed: Callback<(String, String)>,
    lang: Lang,
) -> Option<impl IntoView> {
    let store = use_agenda();
    let t = agenda_text(lang);
    (!plan.unknown.is_empty()).then(|| {
        let ids = plan.unknown.clone();
        let seen = store.seen.get_untracked();
        view! {
            <section class="unknown" aria-labelledby="plus-au-programme">
                <h2 id="plus-au-programme">{t.unknown_title}</h2>
                <p>{t.unknown_text}</p>
                <ul>
                    {ids.into_iter().map(|id| {
                        let gone = id.clone();
                        // Named by its title where it was seen, else by its id.
                        // The title in its own language (WCAG 3.1.2).
                        let (name, name_lang, why) = match seen.absent(programme, &id) {
                            Absent::Elsewhere { title, lang, event } => (title, lang, Some((t.absent_elsewhere)(&event))),
                            Absent::Removed { title, lang } => (title, lang, Some(t.absent_removed.to_owned())),
                            Absent::Unknown => (id.clone(), None, None),
                        };
                        let only_id = why.is_none();
                        view! {
                            <li data-session=id.clone()>
                                <span class:id=only_id>
                                    <span lang=name_lang>{name.clone()}</span>
                                    {why.map(|why| format!(" ({why})"))}
                                </span>" "
                                <button type="button" on:click={
                                    let name = name.clone();
                                    move |_| {
                                        let gone = gone.clone();
                                        let id = gone.clone();
                                        store.change(move |a, now| a.set_kept(&gone, false, now));
                                        removed.run((id, name.clone()));
                                    }
                                }>{t.remove}<span class="visually-hidden">{format!(" {name}")}</span></button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
