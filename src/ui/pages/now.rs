//! "Maintenant": what runs now and what comes next, a countdown before the event, thanks and
//! replays after it. The clock is the device's unless `?maintenant=` sets another.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::now::{mine, moment, Moment};
use crate::domain::{time, Programme};
use crate::edge::clock;
use crate::ui::basics::{link, link_dropping, place, use_lang};
use crate::ui::i18n::strings;
use crate::ui::pages::map::{route_href, space_href};
use crate::ui::parts::card::SessionCard;
use crate::ui::store::use_agenda;

#[component]
pub fn NowView(programme: Arc<Programme>) -> impl IntoView {
    let lang = use_lang();
    let params = use_query_map();
    let navigate = use_navigate();
    let simulated = Memo::new(move |_| params.with(|p| p.get("maintenant")));
    // Re-read the clock every 30 seconds, so "now" moves on while the page stays open.
    let tick = RwSignal::new(0u32);
    if let Ok(handle) =
        set_interval_with_handle(move || tick.update(|n| *n += 1), Duration::from_secs(30))
    {
        on_cleanup(move || handle.clear());
    }
    let zone = programme.zone().clone();
    let now = Memo::new(move |_| {
        tick.track();
        clock::now_at(simulated.get().as_deref(), &zone)
    });
    let cards = {
        let programme = programme.clone();
        move |positions: Vec<usize>| {
            let lang = lang.get();
            view! {
                <ul class="cards">
                    {positions.into_iter().map(|i| view! {
                        <li><SessionCard programme=programme.clone()
                            session=programme.sessions()[i].clone() lang/></li>
                    }).collect_view()}
                </ul>
            }
        }
    };
    let body = {
        let programme = programme.clone();
        move || {
            let t = strings(lang.get());
            match moment(&programme, now.get()) {
                Moment::Before { countdown, first } => view! {
                    <p class="countdown" role="status">
                        {(t.countdown)(countdown.days, countdown.hours, countdown.minutes)}
                    </p>
                    <h2>{t.first_sessions}</h2>
                    {cards(first)}
                }
                .into_any(),
                Moment::During { now: running, next } => {
                    let when = next.first().map(|&i| {
                        let (day, at) = programme.local(programme.sessions()[i].start);
                        format!(
                            "{} {}",
                            time::format_day(day, lang.get()),
                            time::format_time(at)
                        )
                    });
                    view! {
                        <h2>{t.running_now}</h2>
                        {if running.is_empty() {
                            view! { <p>{t.nothing_now}</p> }.into_any()
                        } else {
                            cards(running).into_any()
                        }}
                        {when.map(|when| view! { <h2>{(t.coming_next)(&when)}</h2> })}
                        {cards(next)}
                    }
                    .into_any()
                }
                Moment::After { replays } => view! {
                    <h2>{t.after_title}</h2>
                    <p>{t.after_text}</p>
                    <h3>{t.replays_title}</h3>
                    {if replays.is_empty() {
                        view! { <p>{t.no_replays}</p> }.into_any()
                    } else {
                        cards(replays).into_any()
                    }}
                }
                .into_any(),
            }
        }
    };
    // The person's own sessions first: the one they are in, the next one they kept, and the
    // way from one room to the other (step-free if they asked for it in their agenda).
    let store = use_agenda();
    let my_sessions = {
        let programme = programme.clone();
        move || {
            let now = now.get();
            let found = store.agenda.with(|a| mine(&programme, a, now));
            if found.current.is_none() && found.next.is_none() {
                return None;
            }
            let lang = lang.get();
            let t = strings(lang);
            let sessions = programme.sessions();
            let line = |heading: String, i: usize, way: Option<(String, String)>| {
                let d = &sessions[i].data;
                let (_, start) = programme.local(sessions[i].start);
                let (_, end) = programme.local(sessions[i].end);
                let room = programme.space(&d.space).map(|sp| place(sp, lang));
                view! {
                    <li>
                        <p class="mine-when">{heading}</p>
                        <p class="title" lang=d.text_lang().map(str::to_owned)><a href=link(&format!("/session/{}", d.id))>{d.title.clone()}</a></p>
                        <p class="meta">{time::format_time_range(start, end)}" · "{room}</p>
                        {way.map(|(href, text)| view! { <p><a href=href>{text}</a></p> })}
                    </li>
                }
            };
            let current = found
                .current
                .map(|i| line(t.running_now.to_owned(), i, None));
            let next = found.next.map(|i| {
                let (day, at) = programme.local(sessions[i].start);
                let (today, _) = programme.local(now);
                let when = if day == today {
                    time::format_time(at)
                } else {
                    format!("{} {}", time::format_day(day, lang), time::format_time(at))
                };
                // From the room I am in, the route; otherwise the room on the map.
                let to = &sessions[i].data.space;
                let way = match found.current.map(|c| &sessions[c].data.space) {
                    Some(from) if from != to => {
                        let name = programme
                            .space(from)
                            .map_or(from.as_str(), |sp| sp.name.get(lang));
                        let href = route_href(from, to, store.step_free.get());
                        (href, (t.mine_route)(name))
                    }
                    _ => (space_href(to), t.see_on_map.to_owned()),
                };
                line((t.coming_next)(&when), i, Some(way))
            });
            Some(view! {
                <section class="mine" aria-labelledby="mine-title">
                    <h2 id="mine-title">{t.mine_title}</h2>
                    <ul class="mine-list">{current}{next}</ul>
                </section>
            })
        }
    };
    let note = {
        let programme = programme.clone();
        move || {
            simulated.get()?;
            let (day, at) = programme.local(now.get());
            let when = format!(
                "{} {}",
                time::format_day(day, lang.get()),
                time::format_time(at)
            );
            Some(view! { <p class="simulated">{(strings(lang.get()).simulated_note)(&when)}</p> })
        }
    };
    let field = RwSignal::new(simulated.get_untracked().unwrap_or_default());
    let apply = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let value = field.get_untracked();
            let url = if value.is_empty() {
                link_dropping("/maintenant", Some("maintenant"))
            } else {
                link(&format!(
                    "/maintenant?maintenant={}",
                    crate::domain::query::encode(&value)
                ))
            };
            navigate(&url, Default::default());
        }
    };
    view! {
        <h1>{move || strings(lang.get()).now_title}</h1>
        {note}
        {my_sessions}
        {body}
        <details class="simulate">
            <summary>{move || strings(lang.get()).simulate}</summary>
            <form on:submit=apply>
                <label for="maintenant">{move || strings(lang.get()).simulate_field}</label>
                <input type="datetime-local" id="maintenant" prop:value=move || field.get()
                    on:input=move |ev| field.set(event_target_value(&ev))/>
                <button type="submit">{move || strings(lang.get()).apply}</button>
                <a href=move || { params.track(); link_dropping("/maintenant", Some("maintenant")) }>{move || strings(lang.get()).real_time}</a>
            </form>
        </details>
    }
}
