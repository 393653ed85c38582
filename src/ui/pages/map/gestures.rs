//! Moving the map: one pointer drags, two pinch, the wheel zooms around the pointer, the arrow
//! keys pan, `+`, `-` and `0` zoom and reset. A gesture that moved is not a tap on a room.

use std::collections::HashMap;

use leptos::prelude::*;

use super::state::Camera;
use crate::domain::geometry::{Point, View};
use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;

/// The pointers down on the map, and how far the gesture has moved.
#[derive(Clone, Copy)]
pub struct Gesture {
    pointers: StoredValue<HashMap<i32, (f64, f64)>>,
    pub moved: StoredValue<f64>,
}

impl Gesture {
    pub fn new() -> Gesture {
        Gesture {
            pointers: StoredValue::new(HashMap::new()),
            moved: StoredValue::new(0.0),
        }
    }
}

/// The map's frame and its SVG, which answer the pointer, the wheel and the keys; `children`
/// is what is drawn in it.
pub fn map_frame(
    camera: Camera,
    gesture: Gesture,
    help_id: &'static str,
    children: impl IntoView,
) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let (size, bounds, svg_ref, view) = (camera.size, camera.bounds, camera.svg, camera.view);
    let set_view = move |next: View| camera.set(next);
    let zoom_by = move |factor: f64, around: Option<Point>| camera.zoom_by(factor, around);
    let reset = move || camera.reset();
    let Gesture { pointers, moved } = gesture;
    // Pointers down on the map: one drags, two pinch. A gesture that moved is not a tap.
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
        let scale = camera.per_pixel_untracked();
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
    view! {
        <div class="map-frame" tabindex="0" role="group"
            aria-label=move || t().map_label aria-describedby=help_id
            on:keydown=on_key>
            <svg class="map" node_ref=svg_ref viewBox=move || camera.view_box()
                data-zoom=move || format!("{:.3}", view.get().zoom)
                preserveAspectRatio="xMidYMid meet"
                on:pointerdown=on_pointer_down on:pointermove=on_pointer_move
                on:pointerup=on_pointer_up on:pointercancel=on_pointer_up
                on:pointerleave=on_pointer_up on:wheel=on_wheel>
                {children}
            </svg>
        </div>
    }
}
