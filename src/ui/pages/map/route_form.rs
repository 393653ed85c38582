//! The route form: from a space to another, step-free if asked, and the directions.

use std::sync::Arc;

use leptos::prelude::*;

use super::address::MapQuery;
use crate::domain::route::{directions, NoRoute, Route};
use crate::domain::venue::{MapKind, MapSpace, Venue};
use crate::domain::Lang;
use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;

/// From, to, step-free: the route's form, its summary and its directions.
#[component]
pub fn RouteForm(
    venue: Arc<Venue>,
    query: Memo<MapQuery>,
    go: impl Fn(MapQuery) + Clone + Send + Sync + 'static,
    result: Memo<Option<Result<Route, NoRoute>>>,
) -> impl IntoView {
    let lang = use_lang();
    let options = {
        let venue = venue.clone();
        move |lang: Lang, chosen: Option<String>| {
            // Entrances first, then rooms by level, services last.
            let mut spaces: Vec<&MapSpace> = venue.spaces().iter().collect();
            spaces.sort_by_key(|s| {
                (
                    s.kind != MapKind::Entrance,
                    !s.kind.hosts_sessions() && s.kind != MapKind::Welcome,
                    s.level,
                )
            });
            spaces
                .into_iter()
                .filter(|s| !matches!(s.kind, MapKind::Lift | MapKind::Stairs))
                .map(|s| {
                    let level = venue
                        .level(s.level)
                        .map(|l| l.name.get(lang).to_owned())
                        .unwrap_or_default();
                    let label = format!("{} ({level})", s.name.get(lang));
                    let selected = chosen.as_deref() == Some(s.id.as_str());
                    view! { <option value=s.id.clone() selected=selected>{label}</option> }
                })
                .collect_view()
        }
    };
    let entrance = venue.main_entrance().id.clone();
    let change = {
        let go = go.clone();
        let entrance = entrance.clone();
        move |field: &'static str, value: String| {
            let mut next = query.get_untracked();
            match field {
                "from" => next.from = Some(value),
                "to" => next.to = Some(value),
                _ => next.step_free = value == "1",
            }
            if next.from.is_none() {
                next.from = Some(entrance.clone());
            }
            go(next);
        }
    };
    let summary = {
        let venue = venue.clone();
        move || {
            let lang = lang.get();
            let t = strings(lang);
            let q = query.get();
            let to_name =
                q.to.as_deref()
                    .and_then(|id| venue.space(id))
                    .map(|s| s.name.get(lang).to_owned())
                    .unwrap_or_default();
            match result.get()? {
                Ok(r) => {
                    let lines = directions(&venue, &r, q.to.as_deref().unwrap_or_default(), lang);
                    Some(view! {
                        <div class="route-result" role="status">
                            <p class="route-summary">{(t.map_route_summary)(r.metres.round() as u32, r.minutes(), r.lifts)}</p>
                            <ol class="directions">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ol>
                            <p class="pace">{t.map_pace_note}</p>
                        </div>
                    }.into_any())
                }
                Err(NoRoute::Unreachable) if q.step_free => Some(view! {
                    <p class="route-result route-none" role="alert">{(t.map_no_step_free_route)(&to_name)}</p>
                }.into_any()),
                Err(_) => Some(view! {
                    <p class="route-result route-none" role="alert">{(t.map_no_route)(&to_name)}</p>
                }.into_any()),
            }
        }
    };
    view! {
        <section class="route-form" aria-labelledby="itineraire">
            <h2 id="itineraire">{move || strings(lang.get()).map_route_title}</h2>
            <p>
                <label for="depuis">{move || strings(lang.get()).map_from}</label>
                <select id="depuis" on:change={
                    let change = change.clone();
                    move |ev| change("from", event_target_value(&ev))
                }>
                    {
                        let options = options.clone();
                        let entrance = entrance.clone();
                        move || options(lang.get(), Some(query.get().from.unwrap_or_else(|| entrance.clone())))
                    }
                </select>
            </p>
            <p>
                <label for="vers">{move || strings(lang.get()).map_to}</label>
                <select id="vers" on:change={
                    let change = change.clone();
                    move |ev| change("to", event_target_value(&ev))
                }>
                    <option value="" selected=move || query.get().to.is_none()>{move || strings(lang.get()).map_choose}</option>
                    {
                        let options = options.clone();
                        move || options(lang.get(), query.get().to)
                    }
                </select>
            </p>
            <p class="step-free-choice">
                <input type="checkbox" id="sansmarches" prop:checked=move || query.get().step_free
                    on:change={
                        let change = change.clone();
                        move |ev| change("step_free", if event_target_checked(&ev) { "1".into() } else { "0".into() })
                    }/>
                <label for="sansmarches">{move || strings(lang.get()).map_step_free}</label>
            </p>
            {summary}
        </section>
    }
}
