//! "Mon agenda": the star on each session, notes, the agenda by day with its free time and its
//! clashes, calendar export, sharing (a link and its QR code), the shared agenda's page, and
//! what changed since the person last looked. The rules are in `domain::agenda`,
//! `domain::changes`, `domain::ical` and `domain::share`; storage is `ui::store`.

mod export;
mod rows;
mod sharing;

use std::sync::Arc;

use export::calendar_export;
use leptos::prelude::*;
use rows::{planned_row, unknown_sessions, RowFacts};
use sharing::ShareBox;

use crate::domain::agenda::{clashes, plan};
use crate::domain::changes::{changes, summary};
use crate::domain::venue::Venue;
use crate::domain::{time, Programme};
use crate::ui::basics::{link, use_lang};
use crate::ui::data::{load_venue_for, VenueLoaded};
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::parts::clashes::agenda_warnings;
use crate::ui::store::use_agenda;

/// The walk between sessions uses the venue map, when the programme has one.
fn venue_resource(programme: &Programme) -> LocalResource<VenueLoaded> {
    let map = programme.event().venue.map.clone();
    LocalResource::new(move || load_venue_for(map.clone()))
}

/// The venue map once loaded, if the programme has one and it could be read.
fn venue_of(venue: LocalResource<VenueLoaded>) -> Option<Arc<Venue>> {
    venue.get().and_then(Result::ok).flatten()
}

/// The agenda page: the person's sessions day by day, then export and sharing.
#[component]
pub fn AgendaView(programme: Arc<Programme>) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let venue = venue_resource(&programme);
    let planned = {
        let programme = programme.clone();
        Memo::new(move |_| store.agenda.with(|a| plan(&programme, a)))
    };
    let found = {
        let programme = programme.clone();
        Memo::new(move |_| {
            let venue = venue_of(venue);
            let step_free = store.step_free.get();
            store
                .agenda
                .with(|a| clashes(&programme, a, venue.as_deref(), step_free))
        })
    };
    let changed = {
        let programme = programme.clone();
        Memo::new(move |_| {
            let seen = store.seen.get();
            store.agenda.with(|a| changes(&programme, a, &seen))
        })
    };
    // `plan` lists only sessions the programme has (the others are in `unknown`).
    let kept_positions = Signal::derive(move || {
        planned.with(|p| {
            p.days
                .iter()
                .flat_map(|(_, items)| items.iter().map(|i| i.position))
                .collect::<Vec<_>>()
        })
    });
    // A session removed from this list takes its star with it: the focus goes to "Annuler",
    // on a line that says what was removed (until the next removal; read once, by the star's
    // announcement, so hidden from screen readers here). Taken back, the focus goes to the
    // count.
    let count_ref = NodeRef::<leptos::html::P>::new();
    let undo_ref = NodeRef::<leptos::html::Button>::new();
    let last_removed = RwSignal::new(None::<(String, String)>);
    let removed = Callback::new(move |gone: (String, String)| {
        last_removed.set(Some(gone));
        request_animation_frame(move || {
            if let Some(line) = undo_ref.get_untracked() {
                let _ = line.focus();
            }
        });
    });
    let undo_line = move || {
        let (id, title) = last_removed.get()?;
        let t = agenda_text(lang.get());
        let take_back = {
            let title = title.clone();
            move |_| {
                let id = id.clone();
                store.change(move |a, now| a.set_kept(&id, true, now));
                store
                    .announce
                    .set((agenda_text(lang.get_untracked()).added)(&title));
                last_removed.set(None);
                request_animation_frame(move || {
                    if let Some(count) = count_ref.get_untracked() {
                        let _ = count.focus();
                    }
                });
            }
        };
        Some(view! {
            <p class="notice undo">
                <span aria-hidden="true">{(t.removed)(&title)}</span>" "
                <button type="button" node_ref=undo_ref on:click=take_back>
                    {t.undo}<span class="visually-hidden">{format!("{}{title}", strings(lang.get_untracked()).path_separator)}</span>
                </button>
            </p>
        })
    };

    let body = {
        let programme = programme.clone();
        move || {
            let lang = lang.get();
            let t = agenda_text(lang);
            let plan = planned.get();
            if plan.is_empty() {
                return view! {
                    <section class="agenda-empty">
                        <h2>{t.empty_title}</h2>
                        <p>{t.empty_text}</p>
                        <p><a href=link("/programme")>{t.browse}</a></p>
                    </section>
                }
                .into_any();
            }
            let warnings = agenda_warnings(&programme, &found.get(), store.step_free.get(), lang);
            let changed = changed.get();
            let change_box = (!changed.is_empty()).then(|| {
                let programme = programme.clone();
                view! {
                    <section class="changes" aria-labelledby="changements">
                        <h2 id="changements">{t.changes_title}</h2>
                        <p>{(t.changes_summary)(summary(&changed))}</p>
                        <button type="button" on:click=move |_| store.acknowledge(&programme)>
                            {t.changes_ack}
                        </button>
                    </section>
                }
            });
            let days = plan
                .days
                .iter()
                .map(|(day, items)| {
                    let heading = format!("agenda-{day}");
                    let labelled_by = heading.clone();
                    let facts = RowFacts {
                        warnings: &warnings,
                        changed: &changed,
                        removed,
                    };
                    let rows = items
                        .iter()
                        .map(|item| planned_row(&programme, item, &facts, lang))
                        .collect_view();
                    view! {
                        <section class="agenda-day" aria-labelledby=labelled_by>
                            <h2 id=heading>{time::format_day(*day, lang)}</h2>
                            <ol class="planned-list">{rows}</ol>
                        </section>
                    }
                })
                .collect_view();
            let unknown = unknown_sessions(&programme, &plan, removed, lang);
            view! {
                <p class="agenda-count" tabindex="-1" node_ref=count_ref>{(t.count)(plan.len())}</p>
                {change_box}
                <p class="option">
                    <label>
                        <input type="checkbox" prop:checked=move || store.step_free.get()
                            on:change=move |ev| store.set_step_free(event_target_checked(&ev))/>
                        " "{t.step_free_pref}
                    </label>
                </p>
                // Without the map, the walks between rooms are not counted: said, with a retry.
                {move || matches!(venue.get(), Some(Err(_))).then(|| view! {
                    <p class="notice walks-unknown" role="status">
                        <span>{agenda_text(lang).walks_unknown}</span>
                        <button type="button" on:click=move |_| venue.refetch()>{strings(lang).retry}</button>
                    </p>
                })}
                {days}
                {unknown}
            }
            .into_any()
        }
    };
    view! {
        <div class="agenda">
            {undo_line}
            {body}
            {calendar_export(programme.clone(), kept_positions)}
            <ShareBox programme=programme.clone()/>
        </div>
    }
}
