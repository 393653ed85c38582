//! What the map draws of a level: outlines, rooms (each a button, labelled when its name fits),
//! and the route's part on that level with the signs where it changes level; the legend.

use std::sync::Arc;

use leptos::prelude::*;

use super::address::{go_to, MapQuery};
use super::gestures::Gesture;
use super::state::{Asked, Camera};
use crate::domain::geometry::Point;
use crate::domain::venue::{MapKind, Venue, Via, LABEL_FONT_PX};
use crate::ui::basics::{in_page, use_lang};
use crate::ui::i18n::strings;

pub fn points(polygon: &[Point]) -> String {
    polygon
        .iter()
        .map(|[x, y]| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The outlines, their names and the rooms of the level shown. Drawn again when the level or
/// the language changes, not when a room is chosen: the room the person chose with the keyboard
/// keeps the focus. What is written in each room follows the zoom (`Venue::labels`).
pub fn level_drawing(
    venue: Arc<Venue>,
    asked: Asked,
    camera: Camera,
    gesture: Gesture,
) -> impl IntoView {
    let lang = use_lang();
    let (q, level, chosen) = (asked.query, asked.level, asked.chosen);
    let per_pixel = move || camera.per_pixel();
    let moved = gesture.moved;
    let go = go_to();
    move || {
        let lang = lang.get();
        let level = level.get();
        let outlines = venue
            .outlines_on(level)
            .map(|o| {
                let class = format!("outline outline-{:?}", o.kind).to_lowercase();
                view! { <polygon class=class points=points(&o.polygon)/> }
            })
            .collect_view();
        // Drawn again only when what is written changes, not at every move of the view.
        let outline_labels = {
            let venue = venue.clone();
            Memo::new(move |_| {
                venue.outline_labels(
                    level,
                    |o| o.name.as_ref().map(|n| n.get(lang).to_owned()),
                    per_pixel(),
                )
            })
        };
        let outline_labels = move || {
            outline_labels
                .get()
                .into_iter()
                .map(|([x, y], name, upright)| {
                    view! {
                        <text class="outline-label" x=x y=y
                            transform=upright.then(|| format!("rotate(-90 {x} {y})"))
                            font-size=move || format!("{:.2}", 12.0 * per_pixel())>{name}</text>
                    }
                })
                .collect_view()
        };
        // What each room of the level says at this zoom, the chosen one first.
        let labels = {
            let venue = venue.clone();
            Memo::new(move |_| {
                let chosen = chosen.get();
                venue.labels(
                    level,
                    |s| in_page(&s.name, lang).0,
                    chosen.as_deref(),
                    per_pixel(),
                )
            })
        };
        let spaces = venue
            .spaces_on(level)
            .enumerate()
            .map(|(i, s)| {
                let id = s.id.clone();
                let is_selected = {
                    let id = id.clone();
                    move || chosen.with(|c| c.as_deref() == Some(id.as_str()))
                };
                let (name, written) = in_page(&s.name, lang);
                let class = format!("space kind-{}", s.kind.key());
                let [lx, ly] = s.label;
                let symbol = s.kind.symbol();
                // The name read must hold the words drawn (WCAG 2.5.3): "WC, Toilettes…".
                let words: String = symbol
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == ' ')
                    .collect();
                let words = words.trim();
                let name = if words.is_empty() || name.contains(words) {
                    name.clone()
                } else {
                    format!("{words}, {name}")
                };
                // A button per space: SVG has no link element that Leptos can make. The address
                // is written when chosen, from the address then (a route drawn since stays).
                let choose = {
                    let go = go.clone();
                    let id = id.clone();
                    move || {
                        go(MapQuery {
                            level: Some(level),
                            space: Some(id.clone()),
                            ..q.get_untracked()
                        })
                    }
                };
                let on_key = {
                    let choose = choose.clone();
                    move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            ev.stop_propagation();
                            choose();
                        }
                    }
                };
                let pressed = {
                    let is_selected = is_selected.clone();
                    move || if is_selected() { "true" } else { "false" }
                };
                view! {
                    <g class=class class:selected=is_selected role="button" tabindex="0"
                        aria-label=name lang=written data-space=id
                        aria-pressed=pressed
                        on:keydown=on_key
                        on:click=move |_| {
                            if moved.get_value() < 6.0 {
                                choose();
                            }
                        }>
                        <polygon points=points(&s.polygon)/>
                        <text x=lx y=ly class:symbol=symbol.is_some()
                            font-size=move || format!("{:.2}", LABEL_FONT_PX * per_pixel())>
                            {move || labels.with(|l| l.get(i).cloned().flatten())}
                        </text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <g class="outlines">{outlines}</g>
            <g class="outline-labels" aria-hidden="true">{outline_labels}</g>
            <g class="spaces">{spaces}</g>
        }
    }
}

/// What each symbol drawn on the map means, in words, under the map; and, with a route, the
/// sign where it changes level.
pub fn legend(asked: Asked) -> impl IntoView {
    let lang = use_lang();
    move || {
        let t = strings(lang.get());
        let items = MapKind::WITH_SYMBOL
            .iter()
            .filter_map(|&kind| {
                let symbol = kind.symbol()?;
                let mut words = (t.map_kind)(kind).chars();
                let words: String = words
                    .next()
                    .map(|first| first.to_uppercase().chain(words).collect())
                    .unwrap_or_default();
                Some(view! {
                    <li><span class="legend-symbol" aria-hidden="true">{symbol}</span>" "{words}</li>
                })
            })
            .collect_view();
        let route = matches!(asked.route.get(), Some(Ok(_))).then(|| {
            view! {
                <li><span class="legend-symbol legend-route" aria-hidden="true">"▲ ▼"</span>" "{t.map_legend_level_change}</li>
            }
        });
        view! {
            <ul class="legend" aria-label=t.map_legend>{items}{route}</ul>
        }
    }
}

/// The route's parts on the level shown, its ends, and where it changes level.
pub fn route_drawing(venue: Arc<Venue>, asked: Asked, camera: Camera) -> impl IntoView {
    let (level, route_result) = (asked.level, asked.route);
    let per_pixel = move || camera.per_pixel();
    move || {
        let level = level.get();
        let Some(Ok(r)) = route_result.get() else {
            return None;
        };
        let nodes = venue.nodes();
        let mut lines = Vec::new();
        let mut marks = Vec::new();
        for (k, &e) in r.edges.iter().enumerate() {
            let (a, b) = (&nodes[r.nodes[k]], &nodes[r.nodes[k + 1]]);
            let edge = &venue.edges()[e];
            if a.level == level && b.level == level {
                lines.push(view! {
                    <line x1=a.at[0] y1=a.at[1] x2=b.at[0] y2=b.at[1]
                        stroke-width=move || format!("{:.2}", 5.0 * per_pixel())/>
                });
            } else if edge.via != Via::Walk && a.level == level {
                // Where the route leaves this level, and for which.
                let (here, there) = (a, b);
                let sign = if there.level > here.level {
                    "▲"
                } else {
                    "▼"
                };
                let text = format!("{sign} {}", there.level);
                marks.push(view! {
                    <g class="route-mark">
                        <circle cx=here.at[0] cy=here.at[1]
                            r=move || format!("{:.2}", 11.0 * per_pixel())/>
                        <text x=here.at[0] y=here.at[1]
                            font-size=move || format!("{:.2}", 11.0 * per_pixel())>{text}</text>
                    </g>
                });
            }
        }
        let ends: Vec<_> = [r.nodes.first(), r.nodes.last()]
            .into_iter()
            .flatten()
            .map(|&n| &nodes[n])
            .filter(|n| n.level == level)
            .map(|n| {
                view! {
                    <circle class="route-end" cx=n.at[0] cy=n.at[1]
                        r=move || format!("{:.2}", 7.0 * per_pixel())/>
                }
            })
            .collect();
        Some(view! {
            <g class="route" aria-hidden="true">{lines}{ends}{marks}</g>
        })
    }
}
