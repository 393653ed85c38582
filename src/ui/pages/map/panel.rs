//! The chosen space's panel: what it is, how accessible, what runs there now and next, and
//! the way there.

use std::sync::Arc;

use leptos::prelude::*;

use super::address::MapQuery;
use crate::domain::venue::Venue;
use crate::domain::{time, Programme};
use crate::ui::basics::{in_page, link, ticking_now, use_lang};
use crate::ui::i18n::strings;

/// The chosen space: what it is, how accessible, and what runs there now and next.
#[component]
pub fn SpacePanel(
    programme: Arc<Programme>,
    venue: Arc<Venue>,
    id: String,
    on_route: impl Fn(MapQuery) + Clone + Send + Sync + 'static,
    query: MapQuery,
) -> impl IntoView {
    let lang = use_lang();
    let space = venue.space(&id).cloned()?;
    let entrance = venue.main_entrance().id.clone();
    // "En ce moment" and "Ensuite" follow the clock while the panel stays open.
    let now = ticking_now(programme.zone().clone());
    Some(move || {
        let lang = lang.get();
        let t = strings(lang);
        let facts = programme.space(&space.id).map(|p| {
            let a = &p.accessibility;
            let mut lines = vec![if a.step_free {
                t.map_fact_step_free
            } else {
                t.map_fact_not_step_free
            }
            .to_owned()];
            if a.hearing_loop {
                lines.push(t.map_fact_hearing_loop.to_owned());
            }
            if a.accessible_toilets_nearby {
                lines.push(t.map_fact_toilets.to_owned());
            }
            let mut lines: Vec<(String, Option<&str>)> =
                lines.into_iter().map(|l| (l, None)).collect();
            if let Some(note) = &a.note {
                lines.push(in_page(note, lang));
            }
            if let Some(capacity) = p.capacity {
                lines.push(((t.map_capacity)(capacity), None));
            }
            lines
        });
        // Another day than today is named: "jeudi 29 septembre 09:15–10:30".
        let session_item = move |programme: &Programme, i: usize, today: jiff::civil::Date| {
            let s = &programme.sessions()[i];
            let (day, start) = programme.local(s.start);
            let (_, end) = programme.local(s.end);
            let href = link(&format!("/session/{}", s.data.id));
            let when = if day == today {
                time::format_time_range(start, end)
            } else {
                format!(
                    "{} {}",
                    time::format_day(day, lang),
                    time::format_time_range(start, end)
                )
            };
            view! {
                <li><a href=href lang=s.data.text_lang().map(str::to_owned)>{s.data.title.clone()}</a>
                    " "<span class="when">{when}</span></li>
            }
        };
        let level_name = venue
            .level(space.level)
            .map(|l| l.name.get(lang).to_owned())
            .unwrap_or_default();
        let route_here = MapQuery {
            from: Some(query.from.clone().unwrap_or_else(|| entrance.clone())),
            to: Some(space.id.clone()),
            ..query.clone()
        };
        let on_route = on_route.clone();
        view! {
            <section class="space-panel" aria-labelledby="espace-choisi">
                {let (name, written) = in_page(&space.name, lang); view! { <h2 id="espace-choisi" lang=written>{name}</h2> }}
                <p class="space-kind">{(t.map_kind)(space.kind)}" · "{level_name}</p>
                {space.description.as_ref().map(|d| { let (text, written) = in_page(d, lang); view! { <p lang=written>{text}</p> } })}
                {facts.map(|lines| view! {
                    <ul class="facts-list">{lines.into_iter().map(|(l, written)| view! { <li lang=written>{l}</li> }).collect_view()}</ul>
                })}
                {space.kind.hosts_sessions().then(|| {
                    let programme = programme.clone();
                    let id = space.id.clone();
                    move || {
                        let at = now.get();
                        let today = programme.local(at).0;
                        let (current, next) = programme.now_and_next(&id, at, 3);
                        view! {
                            <h3>{t.map_now}</h3>
                            {if current.is_empty() {
                                view! { <p class="empty">{t.map_nothing_now}</p> }.into_any()
                            } else {
                                view! { <ul class="space-sessions">{current.iter().map(|&i| session_item(&programme, i, today)).collect_view()}</ul> }.into_any()
                            }}
                            <h3>{t.map_next}</h3>
                            {if next.is_empty() {
                                view! { <p class="empty">{t.map_nothing_next}</p> }.into_any()
                            } else {
                                view! { <ul class="space-sessions">{next.iter().map(|&i| session_item(&programme, i, today)).collect_view()}</ul> }.into_any()
                            }}
                        }
                    }
                })}
                {space.illustrative.then(|| view! { <p class="illustrative">{t.map_illustrative}</p> })}
                <button type="button" class="route-here"
                    on:click=move |_| on_route(route_here.clone())>{t.map_route_here}</button>
            </section>
        }
    })
}
