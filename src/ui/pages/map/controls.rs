//! The map's controls: the level links (the route's levels marked) and the zoom buttons.

use std::sync::Arc;

use leptos::prelude::*;

use super::address::MapQuery;
use super::state::{Asked, Camera};
use crate::domain::geometry::View;
use crate::domain::venue::Venue;
use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;

pub fn map_controls(venue: Arc<Venue>, asked: Asked, camera: Camera) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let (q, level, route_result) = (asked.query, asked.level, asked.route);
    let level_links = move || {
        let lang = lang.get();
        let current = level.get();
        let on_route: Vec<i32> = match route_result.get() {
            Some(Ok(r)) => r.nodes.iter().map(|&n| venue.nodes()[n].level).collect(),
            _ => Vec::new(),
        };
        venue
            .levels()
            .iter()
            .rev()
            .map(|l| {
                let href = MapQuery {
                    level: Some(l.id),
                    ..q.get()
                }
                .href();
                let name = l.name.get(lang).to_owned();
                let marked = on_route.contains(&l.id);
                view! {
                    <li><a href=href aria-current=(l.id == current).then_some("page")
                        class:on-route=marked>{name}</a></li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="map-controls">
            <nav class="levels" aria-label=move || t().map_levels_nav>
                <ul>{level_links}</ul>
            </nav>
            <div class="zoom" role="group" aria-label=move || t().map_zoom_group>
                <button type="button" class="zoom-in" on:click=move |_| camera.zoom_by(View::STEP, None)
                    aria-label=move || t().map_zoom_in>"+"</button>
                <button type="button" class="zoom-out" on:click=move |_| camera.zoom_by(1.0 / View::STEP, None)
                    aria-label=move || t().map_zoom_out>"−"</button>
                <button type="button" class="zoom-reset" on:click=move |_| camera.reset()>{move || t().map_reset}</button>
            </div>
        </div>
    }
}
