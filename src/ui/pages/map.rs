//! The venue map: an SVG drawn from the venue data, a level switcher, pan and zoom by pointer,
//! touch, wheel, buttons and keys; a panel for the chosen space (what runs there now and
//! next); routes with step-by-step directions; the map as text; getting to the stadium.
//! The URL holds the level, the chosen space and the route; the view box is the page's own.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::domain::geometry::{Bounds, Point, View};
use crate::domain::route::{directions, NoRoute, Route};
use crate::domain::venue::{MapKind, MapSpace, PlaceKind, Venue, Via};
use crate::domain::{query, route, text, time, Lang, Programme};
use crate::edge::viewport;
use crate::ui::basics::{in_page, link, ticking_now, use_lang, Later};
use crate::ui::i18n::strings;

/// The room chosen and the end of the route asked for, as the map's address says them (for
/// the page's title).
pub fn chosen(params: &ParamsMap) -> (Option<String>, Option<String>) {
    let q = MapQuery::read(params);
    (q.space, q.to)
}

/// What the URL says: `/plan?niveau=2&espace=salon-terril&depuis=…&vers=…&sansmarches=1`.
#[derive(Debug, Clone, PartialEq, Default)]
struct MapQuery {
    level: Option<i32>,
    space: Option<String>,
    from: Option<String>,
    to: Option<String>,
    step_free: bool,
}

impl MapQuery {
    fn read(params: &ParamsMap) -> MapQuery {
        let text = |key: &str| params.get(key).filter(|v| !v.trim().is_empty());
        MapQuery {
            level: text("niveau").and_then(|l| l.parse().ok()),
            space: text("espace"),
            from: text("depuis"),
            to: text("vers"),
            step_free: text("sansmarches").is_some_and(|v| v == "1"),
        }
    }

    /// The map's address for this view, keeping the app's own parameters (`ui::link`).
    fn href(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut push = |key: &str, value: &str| {
            parts.push(format!("{key}={}", query::encode(value)));
        };
        if let Some(level) = self.level {
            push("niveau", &level.to_string());
        }
        if let Some(space) = &self.space {
            push("espace", space);
        }
        if let Some(from) = &self.from {
            push("depuis", from);
        }
        if let Some(to) = &self.to {
            push("vers", to);
        }
        if self.step_free {
            push("sansmarches", "1");
        }
        link(&format!("/plan?{}", parts.join("&")))
    }
}

/// The map's address showing one space, for links from other pages.
pub fn space_href(id: &str) -> String {
    let query = MapQuery {
        space: Some(id.to_owned()),
        ..MapQuery::default()
    };
    query.href()
}

/// The map's address showing the route from one space to another, step-free if asked.
pub fn route_href(from: &str, to: &str, step_free: bool) -> String {
    let query = MapQuery {
        from: Some(from.to_owned()),
        to: Some(to.to_owned()),
        step_free,
        ..MapQuery::default()
    };
    query.href()
}

fn points(polygon: &[Point]) -> String {
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

#[component]
pub fn MapView(programme: Arc<Programme>, venue: Arc<Venue>) -> impl IntoView {
    let lang = use_lang();
    let params = use_query_map();
    let navigate = use_navigate();
    let q = Memo::new(move |_| MapQuery::read(&params.get()));
    let chosen = {
        let venue = venue.clone();
        Memo::new(move |_| {
            q.with(|q| q.space.clone())
                .filter(|id| venue.space(id).is_some())
        })
    };
    let route_result = {
        let venue = venue.clone();
        Memo::new(move |_| {
            let q = q.get();
            let (from, to) = (q.from?, q.to?);
            Some(route::route(&venue, &from, &to, q.step_free))
        })
    };
    // The level shown: the URL's, else the chosen space's, else the route's start, else 0.
    let level = {
        let venue = venue.clone();
        Memo::new(move |_| {
            let q = q.get();
            q.level
                .filter(|l| venue.level(*l).is_some())
                .or_else(|| {
                    q.space
                        .as_deref()
                        .and_then(|id| venue.space(id))
                        .map(|s| s.level)
                })
                .or_else(|| {
                    q.from
                        .as_deref()
                        .and_then(|id| venue.space(id))
                        .map(|s| s.level)
                })
                .unwrap_or_else(|| venue.levels().first().map_or(0, |l| l.id))
        })
    };
    let bounds = venue.bounds();
    // The SVG's size on screen, for the aspect and for labels that keep their size: told by
    // the browser after its layout, before the first paint (asking for it while drawing forced
    // a layout of the whole page: 30 ms of the map's start in a profile).
    let size = RwSignal::new((360.0_f64, 360.0_f64));
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let size_watch = StoredValue::new_local(None::<viewport::SizeOnScreen>);
    svg_ref.on_load(move |svg| {
        let watch = viewport::SizeOnScreen::new(&svg.into(), move |w, h| {
            if w > 0.0 && h > 0.0 && size.get_untracked() != (w, h) {
                size.set((w, h));
            }
        });
        size_watch.set_value(watch);
    });
    on_cleanup(move || {
        size_watch.try_set_value(None);
    });
    // The view box: where the person looked last, until the level or the chosen space changes.
    let start_view = {
        let venue = venue.clone();
        move |level: i32, chosen: Option<String>, aspect: f64| {
            let at = chosen.and_then(|id| venue.space(&id).map(|s| s.label));
            venue.opening_view(level, at, aspect)
        }
    };
    // What the person did to the view (pan, zoom), kept for the level and space it was done
    // on: another level or another chosen space starts from that one's own view.
    let key = Memo::new(move |_| (level.get(), chosen.get()));
    let adjusted = RwSignal::new(None::<((i32, Option<String>), View)>);
    let view = {
        let start_view = start_view.clone();
        Memo::new(move |_| {
            let key = key.get();
            match adjusted.get() {
                Some((k, v)) if k == key => v,
                _ => {
                    let (w, h) = size.get();
                    start_view(key.0, key.1, w / h)
                }
            }
        })
    };
    let set_view = move |next: View| adjusted.set(Some((key.get_untracked(), next)));
    let aspect = move || {
        let (w, h) = size.get();
        w / h
    };
    let view_box = move || {
        let [x, y, w, h] = view.get().view_box(&bounds, aspect());
        format!("{x:.2} {y:.2} {w:.2} {h:.2}")
    };
    // Metres per screen pixel: labels are sized in pixels, whatever the zoom.
    let per_pixel = move || {
        let [_, _, w, _] = view.get().view_box(&bounds, aspect());
        w / size.get().0.max(1.0)
    };

    let zoom_by = move |factor: f64, around: Option<Point>| {
        set_view(view.get_untracked().zoomed(factor, around, &bounds));
    };
    let reset = move || adjusted.set(None);

    // Pointers down on the map: one drags, two pinch. A gesture that moved is not a tap.
    let pointers = StoredValue::new(HashMap::<i32, (f64, f64)>::new());
    let moved = StoredValue::new(0.0_f64);
    let screen_fraction = move |x: f64, y: f64| {
        let rect = svg_ref
            .get_untracked()
            .map(|svg| svg.get_bounding_client_rect());
        rect.map(|r| [(x - r.left()) / r.width(), (y - r.top()) / r.height()])
    };
    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        if pointers.with_value(|p| p.is_empty()) {
            moved.set_value(0.0);
        }
        pointers.update_value(|p| {
            p.insert(
                ev.pointer_id(),
                (ev.client_x() as f64, ev.client_y() as f64),
            );
        });
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        let (x, y) = (ev.client_x() as f64, ev.client_y() as f64);
        let Some(before) = pointers.with_value(|p| p.get(&id).copied()) else {
            return;
        };
        let others: Vec<(f64, f64)> = pointers.with_value(|p| {
            p.iter()
                .filter(|(k, _)| **k != id)
                .map(|(_, v)| *v)
                .collect()
        });
        let scale = per_pixel_untracked(view, bounds, size);
        match others.as_slice() {
            [] => {
                let (dx, dy) = (x - before.0, y - before.1);
                moved.update_value(|m| *m += dx.abs() + dy.abs());
                set_view(
                    view.get_untracked()
                        .panned([-dx * scale, -dy * scale], &bounds),
                );
            }
            [other, ..] => {
                let distance = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).hypot(a.1 - b.1);
                let (d0, d1) = (distance(before, *other), distance((x, y), *other));
                moved.update_value(|m| *m += (d1 - d0).abs() + 10.0);
                if d0 > 4.0 {
                    let middle = ((x + other.0) / 2.0, (y + other.1) / 2.0);
                    let around = screen_fraction(middle.0, middle.1).map(|f| {
                        view.get_untracked().map_point(
                            &bounds,
                            size.get_untracked().0 / size.get_untracked().1,
                            f,
                        )
                    });
                    zoom_by(d1 / d0, around);
                }
            }
        }
        pointers.update_value(|p| {
            p.insert(id, (x, y));
        });
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&ev.pointer_id());
        });
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let factor = if ev.delta_y() < 0.0 { 1.2 } else { 1.0 / 1.2 };
        let around = screen_fraction(ev.client_x() as f64, ev.client_y() as f64).map(|f| {
            view.get_untracked().map_point(
                &bounds,
                size.get_untracked().0 / size.get_untracked().1,
                f,
            )
        });
        zoom_by(factor, around);
    };
    let on_key = {
        move |ev: web_sys::KeyboardEvent| {
            let pan = |fraction: Point| {
                let (w, h) = size.get_untracked();
                set_view(
                    view.get_untracked()
                        .panned_by_screen(fraction, &bounds, w / h),
                );
            };
            match ev.key().as_str() {
                "ArrowLeft" => pan([-0.2, 0.0]),
                "ArrowRight" => pan([0.2, 0.0]),
                "ArrowUp" => pan([0.0, -0.2]),
                "ArrowDown" => pan([0.0, 0.2]),
                "+" | "=" => zoom_by(View::STEP, None),
                "-" | "_" => zoom_by(1.0 / View::STEP, None),
                "0" => reset(),
                _ => return,
            }
            ev.prevent_default();
        }
    };

    let go = {
        let navigate = navigate.clone();
        move |next: MapQuery| {
            let url = next.href();
            navigate(
                &url,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };

    // The drawing of the current level.
    let drawing = {
        let venue = venue.clone();
        let go = go.clone();
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
    };
    // The route's parts on this level, and where it changes level.
    let route_drawing = {
        let venue = venue.clone();
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
    };

    let level_links = {
        let venue = venue.clone();
        move || {
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
        }
    };

    let t = move || strings(lang.get());
    let help_id = "aide-plan";
    // The parts beside and below the map are drawn a task later (`Later`), each with its own.
    let (side_venue, below_venue) = (venue.clone(), venue.clone());
    view! {
        <div class="map-layout">
            <div class="map-area">
                <div class="map-controls">
                    <nav class="levels" aria-label=move || t().map_levels_nav>
                        <ul>{level_links}</ul>
                    </nav>
                    <div class="zoom" role="group" aria-label=move || t().map_zoom_group>
                        <button type="button" class="zoom-in" on:click=move |_| zoom_by(View::STEP, None)
                            aria-label=move || t().map_zoom_in>"+"</button>
                        <button type="button" class="zoom-out" on:click=move |_| zoom_by(1.0 / View::STEP, None)
                            aria-label=move || t().map_zoom_out>"−"</button>
                        <button type="button" class="zoom-reset" on:click=move |_| reset()>{move || t().map_reset}</button>
                    </div>
                </div>
                <div class="map-frame" tabindex="0" role="group"
                    aria-label=move || t().map_label aria-describedby=help_id
                    on:keydown=on_key>
                    <svg class="map" node_ref=svg_ref viewBox=view_box
                        data-zoom=move || format!("{:.3}", view.get().zoom)
                        preserveAspectRatio="xMidYMid meet"
                        on:pointerdown=on_pointer_down on:pointermove=on_pointer_move
                        on:pointerup=on_pointer_up on:pointercancel=on_pointer_up
                        on:pointerleave=on_pointer_up on:wheel=on_wheel>
                        {drawing}
                        {route_drawing}
                    </svg>
                </div>
                <p class="map-help" id=help_id>{move || t().map_help}</p>
            </div>
            <div class="map-side">
                <Later>
                    {
                        let programme = programme.clone();
                        let venue = side_venue.clone();
                        let go = go.clone();
                        move || chosen.get().map(|id| view! {
                            <SpacePanel programme=programme.clone() venue=venue.clone() id
                                on_route=go.clone() query=q.get()/>
                        })
                    }
                    <RouteForm venue=side_venue.clone() query=q go=go.clone() result=route_result/>
                </Later>
            </div>
        </div>
        <Later>
            <MapText venue=below_venue.clone() query=q/>
            <GettingThere venue=below_venue.clone()/>
            {
                let venue = below_venue.clone();
                move || venue.data_note().map(|note| view! {
                    <p class="data-note">{note.get(lang.get()).to_owned()}</p>
                })
            }
        </Later>
    }
}

fn per_pixel_untracked(view: Memo<View>, bounds: Bounds, size: RwSignal<(f64, f64)>) -> f64 {
    let (w, h) = size.get_untracked();
    let [_, _, vw, _] = view.get_untracked().view_box(&bounds, w / h);
    vw / w.max(1.0)
}

/// The chosen space: what it is, how accessible, and what runs there now and next.
#[component]
fn SpacePanel(
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

/// From, to, step-free: the route's form, its summary and its directions.
#[component]
fn RouteForm(
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

/// The whole map as text: spaces by level, each with the way from the main entrance.
#[component]
fn MapText(venue: Arc<Venue>, query: Memo<MapQuery>) -> impl IntoView {
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
fn GettingThere(venue: Arc<Venue>) -> impl IntoView {
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
