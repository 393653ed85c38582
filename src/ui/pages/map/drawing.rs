//! What the map draws of a level: outlines, rooms (each a button, labelled when its name fits),
//! and the route's part on that level with the signs where it changes level.

use std::sync::Arc;

use leptos::prelude::*;

use super::address::{go_to, MapQuery};
use super::gestures::Gesture;
use super::state::{Asked, Camera};
use crate::domain::geometry::{Bounds, Point};
use crate::domain::venue::{MapKind, Venue, Via};
use crate::ui::basics::{in_page, use_lang};

pub fn points(polygon: &[Point]) -> String {
    polygon
        .iter()
        .map(|[x, y]| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Short signs drawn on small service rooms, beside their name in the text.
fn symbol(kind: MapKind) -> Option<&'static str> {
    match kind {
        MapKind::Toilets => Some("WC"),
        MapKind::AccessibleToilets => Some("♿ WC"),
        MapKind::Lift => Some("⇅"),
        MapKind::Stairs => Some("▤"),
        MapKind::FirstAid => Some("✚"),
        MapKind::Entrance => Some("→"),
        _ => None,
    }
}

/// Whether a label of 13 px fits in a room `width` metres wide at this zoom (the chosen room
/// always shows its name): a name that does not fit waits for a closer zoom, never overlaps.
fn fits(label: &str, width: f64, metres_per_pixel: f64, chosen: bool) -> bool {
    let pixels = label.chars().count() as f64 * 7.5;
    chosen || pixels * metres_per_pixel <= width * 1.05
}

/// The outlines, their names and the rooms of the level shown.
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
        let selected = chosen.get();
        let outlines = venue
            .outlines_on(level)
            .map(|o| {
                let class = format!("outline outline-{:?}", o.kind).to_lowercase();
                view! { <polygon class=class points=points(&o.polygon)/> }
            })
            .collect_view();
        let outline_labels = venue
            .outlines_on(level)
            // A stand's name is not written over the rooms inside it.
            .filter(|o| {
                !venue
                    .spaces_on(level)
                    .any(|s| crate::domain::geometry::contains(&o.polygon, s.label))
            })
            .filter_map(|o| {
                let name = o.name.as_ref()?.get(lang).to_owned();
                let b = Bounds::of(&o.polygon)?;
                let [x, y] = b.centre();
                Some(view! {
                    <text class="outline-label" x=x y=y
                        font-size=move || format!("{:.2}", 12.0 * per_pixel())>{name}</text>
                })
            })
            .collect_view();
        let spaces = venue
            .spaces_on(level)
            .map(|s| {
                let is_selected = selected.as_deref() == Some(s.id.as_str());
                let (name, written) = in_page(&s.name, lang);
                let url_query = MapQuery {
                    level: Some(level),
                    space: Some(s.id.clone()),
                    ..q.get_untracked()
                };
                let class = format!("space kind-{}", s.kind.key());
                let [lx, ly] = s.label;
                let label = symbol(s.kind)
                    .map(str::to_owned)
                    .unwrap_or_else(|| name.clone());
                let small = symbol(s.kind).is_some();
                // The name read must hold the words drawn (WCAG 2.5.3): "WC, Toilettes…".
                let words: String = label
                    .chars()
                    .filter(|c| c.is_alphanumeric() || *c == ' ')
                    .collect();
                let words = words.trim();
                let name = if words.is_empty() || name.contains(words) {
                    name.clone()
                } else {
                    format!("{words}, {name}")
                };
                let width = Bounds::of(&s.polygon).map_or(0.0, |b| b.width());
                // A button per space: SVG has no link element that Leptos can make.
                let choose = {
                    let url_query = url_query.clone();
                    let go = go.clone();
                    move || go(url_query.clone())
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
                view! {
                    <g class=class class:selected=is_selected role="button" tabindex="0"
                        aria-label=name.clone() lang=written data-space=s.id.clone()
                        aria-pressed=if is_selected { "true" } else { "false" }
                        on:keydown=on_key
                        on:click=move |_| {
                            if moved.get_value() < 6.0 {
                                choose();
                            }
                        }>
                        <polygon points=points(&s.polygon)/>
                        <text x=lx y=ly class:symbol=small
                            font-size=move || format!("{:.2}", 13.0 * per_pixel())>
                            {move || fits(&label, width, per_pixel(), is_selected).then(|| label.clone())}
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
