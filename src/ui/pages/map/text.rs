//! The map as text (every level's spaces, with their facts), and getting to the stadium.

use std::sync::Arc;

use leptos::prelude::*;

use super::address::MapQuery;
use super::drawing::points;
use crate::domain::geometry::{Bounds, Point};
use crate::domain::route::directions;
use crate::domain::venue::{MapKind, PlaceKind, Venue};
use crate::domain::{route, text};
use crate::ui::basics::{in_page, use_lang};
use crate::ui::i18n::strings;

/// The whole map as text: spaces by level, each with the way from the main entrance.
#[component]
pub fn MapText(venue: Arc<Venue>, query: Memo<MapQuery>) -> impl IntoView {
    let lang = use_lang();
    // The way to every room is worked out when the person opens the list, not with the map.
    let open = RwSignal::new(false);
    let levels = {
        let venue = venue.clone();
        move || {
            if !open.get() {
                return None;
            }
            let lang = lang.get();
            let t = strings(lang);
            let entrance = venue.main_entrance();
            let levels = venue
                .levels()
                .iter()
                .map(|level| {
                    let items = venue
                        .spaces_on(level.id)
                        .filter(|s| !matches!(s.kind, MapKind::Lift | MapKind::Stairs))
                        .map(|s| {
                            let (r, step_free) =
                                match route::route(&venue, &entrance.id, &s.id, true) {
                                    Ok(r) => (Some(r), true),
                                    Err(_) => {
                                        (route::route(&venue, &entrance.id, &s.id, false).ok(), false)
                                    }
                                };
                            let way = r.map(|r| {
                                let mut lines = directions(&venue, &r, &s.id, lang);
                                lines.pop();
                                let mut text =
                                    format!("{} ({} min)", text::in_one_sentence(&lines, lang), r.minutes());
                                if !step_free {
                                    text.push_str(t.map_text_stairs_only);
                                }
                                text
                            });
                            let href = MapQuery {
                                level: Some(level.id),
                                space: Some(s.id.clone()),
                                ..query.get_untracked()
                            }
                            .href();
                            view! {
                                <li>
                                    {let (name, written) = in_page(&s.name, lang); view! { <a href=href lang=written>{name}</a> }}
                                    " "<span class="space-kind">"(" {(t.map_kind)(s.kind)} ")"</span>
                                    {(s.id != entrance.id).then(|| way.map(|w| view! { <br/><span class="way">{w}</span> }))}
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <h3>{level.name.get(lang).to_owned()}</h3>
                        <ul class="map-text-list">{items}</ul>
                    }
                })
                .collect_view();
            Some(levels)
        }
    };
    let intro = move || {
        let lang = lang.get();
        (strings(lang).map_text_intro)(venue.main_entrance().name.get(lang))
    };
    view! {
        <details class="map-text" on:toggle=move |ev| {
            open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        }>
            <summary><h2>{move || strings(lang.get()).map_text_title}</h2></summary>
            <p>{intro}</p>
            {levels}
        </details>
    }
}

/// How to come: a schematic of the surroundings from our own data, and the ways in words.
#[component]
pub fn GettingThere(venue: Arc<Venue>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let around = venue.surroundings()?;
        let all: Vec<Point> = around
            .places
            .iter()
            .map(|p| p.at)
            .chain(around.ways.iter().flat_map(|w| w.line.iter().copied()))
            .collect();
        let b = Bounds::of(&all)?.grown(120.0);
        let view_box = format!("{} {} {} {}", b.min[0], b.min[1], b.width(), b.height());
        let line = |pts: &[Point]| points(pts);
        let streets = around
            .streets
            .iter()
            .map(|s| view! { <polyline class="street" points=line(&s.line)/> })
            .collect_view();
        let ways = around
            .ways
            .iter()
            .map(|w| view! { <polyline class="way-line" points=line(&w.line)/> })
            .collect_view();
        // Where each way starts is numbered, as in the list below: no label can overlap or
        // fall off a phone's screen. The stadium is its footprint, the entrance a green dot.
        let number_of = |id: &str| around.ways.iter().position(|w| w.from == id).map(|n| n + 1);
        let places = around
            .places
            .iter()
            .map(|p| {
                let [x, y] = p.at;
                let class = format!("place place-{:?}", p.kind).to_lowercase();
                match (p.kind, number_of(&p.id)) {
                    (PlaceKind::Stadium, _) => view! {
                        <g class=class>
                            <rect x=x - 105.0 y=y - 90.0 width="210" height="180" rx="30"/>
                        </g>
                    }
                    .into_any(),
                    (_, Some(n)) => view! {
                        <g class=class>
                            <circle cx=x cy=y r="40"/>
                            <text x=x y=y>{n.to_string()}</text>
                        </g>
                    }
                    .into_any(),
                    _ => view! {
                        <g class=class><circle cx=x cy=y r="26"/></g>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        let name_of = |id: &str| {
            around
                .places
                .iter()
                .find(|p| p.id == id)
                .map(|p| in_page(&p.name, lang))
                .unwrap_or_default()
        };
        let list = around
            .ways
            .iter()
            .map(|w| {
                view! {
                    <li>
                        <h3><span class="way-number" aria-hidden="true">{number_of(&w.from).unwrap_or(0).to_string()}</span>
                            {let (name, written) = name_of(&w.from); view! { <span lang=written>{name}</span> }}</h3>
                        <p class="way-time">{(t.way_minutes)(w.minutes, w.step_free)}</p>
                        {let (text, written) = in_page(&w.directions, lang); view! { <p lang=written>{text}</p> }}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="getting-there" aria-labelledby="venir">
                <h2 id="venir">{t.getting_there_title}</h2>
                <svg class="surroundings" viewBox=view_box role="img" aria-label=t.getting_there_label>
                    {streets}{ways}{places}
                </svg>
                <ul class="ways">{list}</ul>
            </section>
        })
    }
}
