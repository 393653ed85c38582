//! "Mon agenda": the star on each session, notes, the agenda by day with its free time and its
//! clashes, calendar export, sharing (a link and its QR code), the shared agenda's page, and
//! what changed since the person last looked. The rules are in `domain::agenda`,
//! `domain::changes`, `domain::ical` and `domain::share`; storage is `ui::store`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::domain::agenda::{clashes, plan, Clash};
use crate::domain::changes::{changes, summary, Absent, Change};
use crate::domain::ical::{calendar, Export};
use crate::domain::share::{self, BadCode};
use crate::domain::venue::Venue;
use crate::domain::{model, time, Lang, Programme};
use crate::edge::download::{copy, download};
use crate::edge::location::{fragment, origin, query_param};
use crate::ui::app::{load_venue_for, VenueLoaded};
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::map::space_href;
use crate::ui::store::{use_agenda, Notice};
use crate::ui::{link, link_dropping, place, use_lang};

/// The star: keeps a session in the agenda or drops it. A toggle button (`aria-pressed`), named
/// "Mon agenda" and the session's title; the change is announced in the live region.
#[component]
pub fn Star(
    id: String,
    title: String,
    /// Called after the change with the new state (the agenda page moves the focus).
    #[prop(optional)]
    after: Option<Callback<bool>>,
    /// Only the star is drawn (the grid's cells); the name read stays the same.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let kept = {
        let id = id.clone();
        Memo::new(move |_| store.agenda.with(|a| a.contains(&id)))
    };
    let on_click = {
        let title = title.clone();
        move |_| {
            let keep = !kept.get_untracked();
            let id = id.clone();
            store.change(move |a, now| a.set_kept(&id, keep, now));
            let t = agenda_text(lang.get_untracked());
            store.announce.set(if keep {
                (t.added)(&title)
            } else {
                (t.removed)(&title)
            });
            if let Some(after) = after {
                after.run(keep);
            }
        }
    };
    view! {
        <button type="button" class="star" class:compact=compact aria-pressed=move || kept.get().to_string()
            on:click=on_click>
            <span class="star-icon" aria-hidden="true">{move || if kept.get() { "★" } else { "☆" }}</span>
            <span class:visually-hidden=compact>" "{move || agenda_text(lang.get()).star}</span>
            <span class="visually-hidden">{move || format!("{}{title}", strings(lang.get()).path_separator)}</span>
        </button>
    }
}

/// A personal note on a session, saved while the person types (and when they leave the field).
#[component]
pub fn NoteEditor(id: String) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let field_id = format!("note-{id}");
    let help_id = format!("note-aide-{id}");
    let initial = store
        .agenda
        .with_untracked(|a| a.note(&id).unwrap_or_default().to_owned());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let save = {
        let id = id.clone();
        move |text: String| {
            if store
                .agenda
                .with_untracked(|a| a.note(&id).unwrap_or_default() == text.trim_end())
            {
                return;
            }
            let id = id.clone();
            store.change(move |a, now| a.set_note(&id, text.trim_end(), now));
        }
    };
    let on_input = {
        let save = save.clone();
        move |ev| {
            let text = event_target_value(&ev);
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let save = save.clone();
            pending.set_value(
                set_timeout_with_handle(move || save(text), Duration::from_millis(400)).ok(),
            );
        }
    };
    let on_change = move |ev| save(event_target_value(&ev));
    view! {
        <div class="note">
            <label for=field_id.clone()>{move || agenda_text(lang.get()).note_label}</label>
            <textarea id=field_id rows="3" aria-describedby=help_id.clone()
                on:input=on_input on:change=on_change>{initial}</textarea>
            <p class="help" id=help_id>{move || agenda_text(lang.get()).note_help}</p>
        </div>
    }
}

/// The reminder choices offered with the calendar export, in minutes.
const REMINDERS: [u32; 3] = [10, 15, 30];

/// A button that downloads the sessions at `positions` as an .ics file.
#[component]
pub fn CalendarButton(
    programme: Arc<Programme>,
    #[prop(into)] positions: Signal<Vec<usize>>,
    file_name: String,
    label: &'static str,
    #[prop(optional, into)] reminder: Signal<Option<u32>>,
) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let on_click = move |_| {
        let lang = lang.get_untracked();
        let origin = origin();
        let file = query_param("programme");
        let export = Export {
            origin: &origin,
            programme: file.as_deref(),
            stamp: jiff::Timestamp::from_millisecond(crate::edge::clock::device_millis())
                .unwrap_or(jiff::Timestamp::UNIX_EPOCH),
            reminder_minutes: reminder.get_untracked(),
            lang,
        };
        let text = calendar(&programme, &positions.get_untracked(), &export);
        if download(&file_name, "text/calendar;charset=utf-8", &text) {
            store
                .announce
                .set((agenda_text(lang).downloaded)(&file_name));
        }
    };
    view! {
        <button type="button" class="calendar" on:click=on_click
            disabled=move || positions.with(Vec::is_empty)>{label}</button>
    }
}

/// The walk between sessions uses the venue map, when the programme has one.
fn venue_resource(programme: &Programme) -> LocalResource<VenueLoaded> {
    let map = programme.event().venue.map.clone();
    LocalResource::new(move || load_venue_for(map.clone()))
}

/// The venue map once loaded, if the programme has one and it could be read.
fn venue_of(venue: LocalResource<VenueLoaded>) -> Option<Arc<Venue>> {
    venue.get().and_then(Result::ok).flatten()
}

/// What changed for one session, in words.
fn change_words(programme: &Programme, change: &Change, lang: Lang) -> String {
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

/// A sentence naming another session, whose title is shown in its own language (WCAG 3.1.2).
#[derive(Clone)]
struct Naming {
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

    fn into_view(self) -> impl IntoView {
        view! { {self.before}<span lang=self.lang>{self.title}</span>{self.after} }
    }
}

/// Each kept session's warnings, by position: overlaps and tight transitions, in words.
fn clash_words(
    programme: &Programme,
    found: &[Clash],
    step_free: bool,
    lang: Lang,
) -> BTreeMap<usize, Vec<Naming>> {
    let t = agenda_text(lang);
    let sessions = programme.sessions();
    let mut out: BTreeMap<usize, Vec<Naming>> = BTreeMap::new();
    for clash in found {
        match *clash {
            Clash::Overlap { first, second } => {
                for (me, other) in [(first, second), (second, first)] {
                    let o = &sessions[other];
                    let (_, s) = programme.local(o.start);
                    let (_, e) = programme.local(o.end);
                    let when = time::format_time_range(s, e);
                    let text = Naming::new(|title| (t.overlap)(title, &when), &o.data);
                    out.entry(me).or_default().push(text);
                }
            }
            Clash::Tight {
                first,
                second,
                gap_minutes,
                walk_minutes,
            } => {
                out.entry(first).or_default().push(Naming::new(
                    |title| (t.tight_from)(title, walk_minutes, gap_minutes, step_free),
                    &sessions[second].data,
                ));
                out.entry(second).or_default().push(Naming::new(
                    |title| (t.tight_to)(title, walk_minutes, gap_minutes, step_free),
                    &sessions[first].data,
                ));
            }
        }
    }
    out
}

/// On a session's page, when it is kept: the kept sessions it overlaps, with the choice.
#[component]
pub fn Overlaps(programme: Arc<Programme>, position: usize) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let found = store.agenda.with(|a| clashes(&programme, a, None, false));
        let words = clash_words(&programme, &found, false, lang).remove(&position)?;
        Some(view! {
            <ul class="warnings">
                {words.into_iter().map(|w| view! {
                    <li><span aria-hidden="true">"⚠ "</span>
                        <span class="visually-hidden">{agenda_text(lang).conflicts_title}{strings(lang).path_separator}</span>{w.into_view()}</li>
                }).collect_view()}
            </ul>
        })
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

/// A QR code drawn as SVG: one path, dark modules on a light square, whatever the theme.
#[component]
pub fn QrCode(text: String, label: &'static str) -> impl IntoView {
    use qrcode::{Color, EcLevel, QrCode};
    let Ok(code) = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L) else {
        return None;
    };
    let width = code.width();
    let quiet = 4;
    let colours = code.to_colors();
    let mut path = String::with_capacity(colours.len() * 4);
    for (k, colour) in colours.iter().enumerate() {
        if *colour == Color::Dark {
            let (x, y) = (k % width + quiet, k / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let size = width + 2 * quiet;
    Some(view! {
        <svg class="qr" role="img" aria-label=label viewBox=format!("0 0 {size} {size}")
            shape-rendering="crispEdges" data-modules=width.to_string()>
            <rect width=size.to_string() height=size.to_string() fill="#fff"/>
            <path d=path fill="#000"/>
        </svg>
    })
}

/// The shared agenda's page (`/agenda/partage#CODE`): read-only, with "add to mine" and
/// "replace mine" (confirmed first).
#[component]
pub fn SharedView(programme: Arc<Programme>) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    // Another link pasted into the same tab changes only the fragment: read it again.
    let code = RwSignal::new(fragment());
    let on_hash = window_event_listener_untyped("hashchange", move |_| code.set(fragment()));
    on_cleanup(move || on_hash.remove());
    // What is being confirmed and what was done belong to one code: another link shows neither.
    let confirming = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<(String, String)>);
    move || {
        let lang = lang.get();
        let t = agenda_text(lang);
        let here = code.get();
        let decoded = share::decode(&here);
        let ids = match &decoded {
            Ok(ids) => ids.clone(),
            Err(bad) => {
                let why = match bad {
                    BadCode::NotACode => t.bad_not_a_code,
                    BadCode::UnknownVersion(_) => t.bad_version,
                    BadCode::Damaged => t.bad_damaged,
                    BadCode::TooLong => t.bad_too_long,
                };
                return view! {
                    <div class="data-error" role="alert">
                        <p>{why}</p>
                        <p>{t.ask_again}</p>
                    </div>
                    <p><a href=link("/agenda")>{t.see_agenda}</a></p>
                }
                .into_any();
            }
        };
        let shared = share::resolve(&programme, &ids);
        let found_ids: Vec<String> = shared
            .found
            .iter()
            .map(|&i| programme.sessions()[i].data.id.clone())
            .collect();
        let list = shared
            .found
            .iter()
            .map(|&i| {
                let s = &programme.sessions()[i];
                let place = programme.space(&s.data.space).map(|sp| sp.name.get(lang).to_owned()).unwrap_or_default();
                view! {
                    <li data-session=s.data.id.clone()>
                        <a href=link(&format!("/session/{}", s.data.id)) lang=s.data.text_lang().map(str::to_owned)>{s.data.title.clone()}</a>
                        <span class="about">{format!("{} · {place}", programme.when(s.start, s.end, lang))}</span>
                    </li>
                }
            })
            .collect_view();
        let missing = (!shared.missing.is_empty()).then(|| {
            view! {
                <section class="unknown">
                    <h2>{t.shared_missing_title}</h2>
                    <p>{t.shared_missing_text}</p>
                    <ul>{shared.missing.iter().map(|id| view! { <li><code>{id.clone()}</code></li> }).collect_view()}</ul>
                </section>
            }
        });
        let add = {
            let ids = found_ids.clone();
            let here = here.clone();
            move |_| {
                let before = store.agenda.with_untracked(|a| a.kept().count());
                let ids = ids.clone();
                store.change(move |a, now| *a = a.adding(&ids, now));
                let after = store.agenda.with_untracked(|a| a.kept().count());
                let text = (agenda_text(lang).merged)(after - before);
                store.announce.set(text.clone());
                done.set(Some((here.clone(), text)));
            }
        };
        let replace = {
            let ids = found_ids.clone();
            let here = here.clone();
            move |_| {
                let ids = ids.clone();
                store.change(move |a, now| *a = a.replaced_by(&ids, now));
                confirming.set(None);
                let text = agenda_text(lang).replaced.to_owned();
                store.announce.set(text.clone());
                done.set(Some((here.clone(), text)));
            }
        };
        let is_here = {
            let here = here.clone();
            move |code: Option<&str>| code == Some(here.as_str())
        };
        let (ask, asking, shown) = (here.clone(), is_here.clone(), is_here.clone());
        view! {
            <p>{(t.shared_intro)(shared.found.len())}</p>
            <ul class="shared-list">{list}</ul>
            {missing}
            <div class="shared-actions">
                <button type="button" class="primary" on:click=add
                    disabled=shared.found.is_empty()>{t.add_all}</button>
                " "
                <button type="button" on:click=move |_| confirming.set(Some(ask.clone()))
                    hidden={
                        let asking = asking.clone();
                        move || confirming.with(|c| asking(c.as_deref()))
                    }>{t.replace}</button>
            </div>
            {move || confirming.with(|c| asking(c.as_deref())).then(|| {
                let replace = replace.clone();
                // The person's count as it is now, not when the page was drawn.
                let mine = store.agenda.with(|a| a.kept().count());
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="confirmer">
                        <p id="confirmer">{(t.replace_confirm)(mine)}</p>
                        <button type="button" class="danger" on:click=replace>{t.replace_yes}</button>
                        " "
                        <button type="button" on:click=move |_| confirming.set(None)>{t.cancel}</button>
                    </div>
                }
            })}
            {move || done.with(|d| {
                d.as_ref().filter(|(code, _)| shown(Some(code))).map(|(_, text)| view! {
                    <p class="done" role="status">{text.clone()}" "<a href=link("/agenda")>{t.see_agenda}</a></p>
                })
            })}
        }
        .into_any()
    }
}

/// Told once, at the top of every page: what happened to the stored agenda, and a summary of
/// what changed in the programme for the person's sessions. Also keeps the "seen" facts of
/// newly kept sessions.
#[component]
pub fn AgendaNotices(programme: Arc<Programme>) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    // Newly kept sessions are remembered as they are now.
    {
        let programme = programme.clone();
        Effect::new(move |_| {
            store.agenda.track();
            store.note_seen(&programme);
        });
    }
    // The summary: computed once at start, told once per data version.
    let summary_text = {
        let seen = store.seen.get_untracked();
        let found = store
            .agenda
            .with_untracked(|a| changes(&programme, a, &seen));
        let to_tell = seen.to_tell(&programme) && !found.is_empty();
        store.told(&programme);
        to_tell.then(|| summary(&found))
    };
    let show_summary = RwSignal::new(summary_text.is_some());
    view! {
        {move || store.notice.get().map(|notice| {
            let t = agenda_text(lang.get());
            let text = match notice {
                Notice::SetAside(key) => (t.notice_set_aside)(key.as_deref()),
                Notice::Newer(_) => t.notice_newer.to_owned(),
                Notice::NotSaved => t.notice_not_saved.to_owned(),
            };
            view! {
                <div class="notice" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| store.notice.set(None)>{t.dismiss}</button>
                </div>
            }
        })}
        {move || (show_summary.get()).then(|| {
            let t = agenda_text(lang.get());
            summary_text.map(|s| view! {
                <div class="notice changes-notice" role="status">
                    <p>{(t.changes_summary)(s)}" "<a href=link("/agenda")>{t.see_agenda}</a></p>
                    <button type="button" on:click=move |_| show_summary.set(false)>{t.dismiss}</button>
                </div>
            })
        })}
    }
}
