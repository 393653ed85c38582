//! The map's state: what the address asks for (`Asked`: the level, the chosen space, the
//! route), and the part of the map on screen (`Camera`), kept for the level and space it was
//! set on and derived again when they change (no effect copies one signal into another).

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::address::MapQuery;
use crate::domain::geometry::{Bounds, Point, View};
use crate::domain::route;
use crate::domain::route::{NoRoute, Route};
use crate::domain::venue::Venue;
use crate::edge::viewport;

/// What the address asks for, read once for every part of the map.
#[derive(Clone, Copy)]
pub struct Asked {
    pub query: Memo<MapQuery>,
    /// The chosen space, when the venue has it.
    pub chosen: Memo<Option<String>>,
    pub route: Memo<Option<Result<Route, NoRoute>>>,
    /// The level shown: the address's, else the chosen space's, else the route's start, else
    /// the lowest.
    pub level: Memo<i32>,
}

impl Asked {
    pub fn read(venue: &Arc<Venue>) -> Asked {
        let params = use_query_map();
        let query = Memo::new(move |_| MapQuery::read(&params.get()));
        let chosen = {
            let venue = venue.clone();
            Memo::new(move |_| {
                query
                    .with(|q| q.space.clone())
                    .filter(|id| venue.space(id).is_some())
            })
        };
        let route = {
            let venue = venue.clone();
            Memo::new(move |_| {
                let q = query.get();
                let (from, to) = (q.from?, q.to?);
                Some(route::route(&venue, &from, &to, q.step_free))
            })
        };
        let level = {
            let venue = venue.clone();
            Memo::new(move |_| {
                let q = query.get();
                let level_of =
                    |id: Option<&str>| id.and_then(|id| venue.space(id)).map(|s| s.level);
                q.level
                    .filter(|l| venue.level(*l).is_some())
                    .or_else(|| level_of(q.space.as_deref()))
                    .or_else(|| level_of(q.from.as_deref()))
                    .unwrap_or_else(|| venue.levels().first().map_or(0, |l| l.id))
            })
        };
        Asked {
            query,
            chosen,
            route,
            level,
        }
    }
}

/// The level a view was set on, and what it framed there (`Venue::focus`).
type ViewKey = (i32, Option<Bounds>);

/// The part of the map on screen: where the person looked last, until the level or what is
/// framed on it (the chosen space, the route's part on that level) changes.
#[derive(Clone, Copy)]
pub struct Camera {
    /// The SVG's size on screen, for the aspect and for labels that keep their size.
    pub size: RwSignal<(f64, f64)>,
    pub svg: NodeRef<leptos::svg::Svg>,
    pub bounds: Bounds,
    pub view: Memo<View>,
    key: Memo<ViewKey>,
    /// What the person did to the view (pan, zoom), with the level and space it was done on.
    adjusted: RwSignal<Option<(ViewKey, View)>>,
}

impl Camera {
    pub fn new(venue: &Arc<Venue>, asked: Asked) -> Camera {
        // Told by the browser after its layout, before the first paint (asking for it while
        // drawing forced a layout of the whole page: 30 ms of the map's start in a profile).
        let size = RwSignal::new((360.0_f64, 360.0_f64));
        let svg = NodeRef::<leptos::svg::Svg>::new();
        let size_watch = StoredValue::new_local(None::<viewport::SizeOnScreen>);
        svg.on_load(move |svg| {
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
        // Another level, another chosen space or another route starts from its own view.
        let key = {
            let venue = venue.clone();
            Memo::new(move |_| {
                let level = asked.level.get();
                let chosen = asked.chosen.get();
                let q = asked.query.get();
                let focus = asked.route.with(|r| {
                    let route = match (r, &q.from, &q.to) {
                        (Some(Ok(r)), Some(from), Some(to)) => {
                            Some((r.nodes.as_slice(), [from.as_str(), to.as_str()]))
                        }
                        _ => None,
                    };
                    venue.focus(level, chosen.as_deref(), route)
                });
                (level, focus)
            })
        };
        let adjusted = RwSignal::new(None::<(ViewKey, View)>);
        let view = {
            let venue = venue.clone();
            Memo::new(move |_| {
                let key = key.get();
                match adjusted.get() {
                    Some((k, v)) if k == key => v,
                    _ => {
                        let (w, h) = size.get();
                        venue.opening_view(key.0, key.1.as_ref(), w / h)
                    }
                }
            })
        };
        Camera {
            size,
            svg,
            bounds: venue.bounds(),
            view,
            key,
            adjusted,
        }
    }

    pub fn set(&self, next: View) {
        self.adjusted.set(Some((self.key.get_untracked(), next)));
    }

    /// Back to the level's opening view.
    pub fn reset(&self) {
        self.adjusted.set(None);
    }

    pub fn zoom_by(&self, factor: f64, around: Option<Point>) {
        self.set(
            self.view
                .get_untracked()
                .zoomed(factor, around, &self.bounds),
        );
    }

    fn aspect(&self) -> f64 {
        let (w, h) = self.size.get();
        w / h
    }

    /// The SVG's view box, as its attribute writes it.
    pub fn view_box(&self) -> String {
        let [x, y, w, h] = self.view.get().view_box(&self.bounds, self.aspect());
        format!("{x:.2} {y:.2} {w:.2} {h:.2}")
    }

    /// Metres per screen pixel: labels are sized in pixels, whatever the zoom.
    pub fn per_pixel(&self) -> f64 {
        let [_, _, w, _] = self.view.get().view_box(&self.bounds, self.aspect());
        w / self.size.get().0.max(1.0)
    }

    pub fn per_pixel_untracked(&self) -> f64 {
        let (w, h) = self.size.get_untracked();
        let [_, _, vw, _] = self.view.get_untracked().view_box(&self.bounds, w / h);
        vw / w.max(1.0)
    }
}
