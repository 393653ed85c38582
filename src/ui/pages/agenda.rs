//! "Mon agenda": the star on each session, notes, the agenda by day with its free time and its
//! clashes, calendar export, sharing (a link and its QR code), the shared agenda's page, and
//! what changed since the person last looked. The rules are in `domain::agenda`,
//! `domain::changes`, `domain::ical` and `domain::share`; storage is `ui::store`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::agenda::{clashes, plan};
use crate::domain::changes::{changes, summary, Absent};
use crate::domain::venue::Venue;
use crate::domain::{share, time, Programme};
use crate::edge::download::copy;
use crate::edge::location::origin;
use crate::ui::basics::{link, link_dropping, place, use_lang};
use crate::ui::data::{load_venue_for, VenueLoaded};
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::pages::map::space_href;
use crate::ui::parts::calendar::{CalendarButton, REMINDERS};
use crate::ui::parts::clashes::{change_words, clash_words};
use crate::ui::parts::qr::QrCode;
use crate::ui::parts::star::Star;
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
    let reminder = RwSignal::new(None::<u32>);
    // A session removed from this list takes its star with it: the focus goes to the count.
    // (The last one gone, the focus goes to "Votre agenda est vide".)
    let count_ref = NodeRef::<leptos::html::P>::new();
    let empty_ref = NodeRef::<leptos::html::H2>::new();
    let refocus = Callback::new(move |kept: bool| {
        if !kept {
            request_animation_frame(move || {
                if let Some(count) = count_ref.get_untracked() {
                    let _ = count.focus();
                } else if let Some(empty) = empty_ref.get_untracked() {
                    let _ = empty.focus();
                }
            });
        }
    });

    let body = {
        let programme = programme.clone();
        move || {
            let lang = lang.get();
            let t = agenda_text(lang);
            let s = strings(lang);
            let plan = planned.get();
            if plan.is_empty() {
                return view! {
                    <section class="agenda-empty">
                        <h2 tabindex="-1" node_ref=empty_ref>{t.empty_title}</h2>
                        <p>{t.empty_text}</p>
                        <p><a href=link("/programme")>{t.browse}</a></p>
                    </section>
                }
                .into_any();
            }
            let warnings = clash_words(&programme, &found.get(), store.step_free.get(), lang);
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
                    let rows = items
                        .iter()
                        .map(|item| {
                            let session = &programme.sessions()[item.position];
                            let d = &session.data;
                            let (_, start) = programme.local(session.start);
                            let (_, end) = programme.local(session.end);
                            let space = programme.space(&d.space).map(|sp| {
                                let href = space_href(&sp.id);
                                view! { <a href=href>{place(sp, lang)}</a> }
                            });
                            let cancelled = d.status == crate::domain::model::SessionStatus::Cancelled;
                            let drop_in = programme.is_drop_in(session);
                            let marks: Vec<String> = changed
                                .get(&d.id)
                                .map(|list| list.iter().map(|c| change_words(&programme, c, lang)).collect())
                                .unwrap_or_default();
                            let warns = warnings.get(&item.position).cloned().unwrap_or_default();
                            let note = store.agenda.with(|a| a.note(&d.id).map(str::to_owned));
                            let gap = item.free_before_minutes.map(|m| {
                                view! { <li class="gap" class:overlap=m < 0>{(t.free_time)(m)}</li> }
                            });
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
                                        {marks.into_iter().map(|m| view! { <span class="badge badge-moved change">{m}</span> }).collect_view()}
                                    </p>
                                    {(!warns.is_empty()).then(|| view! {
                                        <ul class="warnings">
                                            {warns.into_iter().map(|w| view! {
                                                <li><span aria-hidden="true">"⚠ "</span>
                                                    <span class="visually-hidden">{t.conflicts_title}{s.path_separator}</span>{w.into_view()}</li>
                                            }).collect_view()}
                                        </ul>
                                    })}
                                    {note.map(|n| view! {
                                        <p class="my-note"><strong>{t.my_note}{s.path_separator}</strong>{n}</p>
                                    })}
                                    <p class="card-actions"><Star id=d.id.clone() title=d.title.clone() after=refocus/></p>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="agenda-day" aria-labelledby=labelled_by>
                            <h2 id=heading>{time::format_day(*day, lang)}</h2>
                            <ol class="planned-list">{rows}</ol>
                        </section>
                    }
                })
                .collect_view();
            let unknown = (!plan.unknown.is_empty()).then(|| {
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
                                let (name, name_lang, why) = match seen.absent(&programme, &id) {
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
                                        <button type="button" on:click=move |_| {
                                            let gone = gone.clone();
                                            store.change(move |a, now| a.set_kept(&gone, false, now));
                                        }>{t.remove}<span class="visually-hidden">{format!(" {name}")}</span></button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            });
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
    let event_id = programme.event().id.clone();
    view! {
        <div class="agenda">
            {body}
            <section class="export" aria-labelledby="calendrier" hidden=move || kept_positions.with(Vec::is_empty)>
                <h2 id="calendrier">{move || agenda_text(lang.get()).calendar_title}</h2>
                <p>{move || agenda_text(lang.get()).calendar_help}</p>
                <p class="option">
                    <label for="rappel">{move || agenda_text(lang.get()).reminder_label}</label>" "
                    <select id="rappel" on:change=move |ev| reminder.set(event_target_value(&ev).parse().ok())>
                        <option value="">{move || agenda_text(lang.get()).reminder_none}</option>
                        {REMINDERS.map(|m| view! {
                            <option value=m.to_string()>{move || (agenda_text(lang.get()).reminder_minutes)(m)}</option>
                        }).collect_view()}
                    </select>
                </p>
                {move || view! {
                    <CalendarButton programme=programme.clone() positions=kept_positions reminder
                        file_name=format!("{event_id}-agenda.ics") label=agenda_text(lang.get()).calendar_all/>
                }}
            </section>
            <ShareBox/>
        </div>
    }
}

/// The share link of the agenda and its QR code.
#[component]
fn ShareBox() -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let link = Memo::new(move |_| {
        let code = store.agenda.with(|a| share::encode(a.kept()));
        let path = link_dropping(&format!("/agenda/partage#{code}"), Some("maintenant"));
        format!("{}{path}", origin())
    });
    let empty = Memo::new(move |_| store.agenda.with(|a| a.kept().next().is_none()));
    let copied = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    view! {
        <section class="share" aria-labelledby="partager" hidden=move || empty.get()>
            <h2 id="partager">{move || agenda_text(lang.get()).share_title}</h2>
            <p>{move || agenda_text(lang.get()).share_text}</p>
            <p class="share-link">
                <label for="lien-partage">{move || agenda_text(lang.get()).share_link_label}</label>
                <input id="lien-partage" type="text" readonly node_ref=field prop:value=move || link.get()
                    on:focus=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                <button type="button" on:click=move |_| {
                    let text = link.get_untracked();
                    leptos::task::spawn_local(async move {
                        if copy(&text).await {
                            copied.set(true);
                            store.announce.set(agenda_text(lang.get_untracked()).copied.to_owned());
                        } else if let Some(input) = field.get_untracked() {
                            // No clipboard, or refused: the link is selected, for the person to copy.
                            let _ = input.focus();
                        }
                    });
                }>{move || agenda_text(lang.get()).copy}</button>
                <span class="copied" hidden=move || !copied.get()>{move || agenda_text(lang.get()).copied}</span>
            </p>
            {move || (!empty.get()).then(|| view! {
                <QrCode text=link.get() label=agenda_text(lang.get()).qr_label/>
            })}
        </section>
    }
}
