//! The map's address: `/plan?niveau=2&espace=salon-terril&depuis=…&vers=…&sansmarches=1`,
//! read into a `MapQuery` and written back, and the links other pages make to the map.

use leptos_router::hooks::use_navigate;
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::domain::query;
use crate::ui::basics::link;

/// The room chosen and the end of the route asked for, as the map's address says them (for
/// the page's title).
pub fn chosen(params: &ParamsMap) -> (Option<String>, Option<String>) {
    let q = MapQuery::read(params);
    (q.space, q.to)
}

/// What the URL says: `/plan?niveau=2&espace=salon-terril&depuis=…&vers=…&sansmarches=1`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapQuery {
    pub level: Option<i32>,
    pub space: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub step_free: bool,
}

impl MapQuery {
    pub fn read(params: &ParamsMap) -> MapQuery {
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
    pub fn href(&self) -> String {
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

/// Moves the map to another address without scrolling the page: what a tap on a room, a level
/// or a route's end does.
pub fn go_to() -> impl Fn(MapQuery) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    move |next: MapQuery| {
        let url = next.href();
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                // The address is under the app's base already (`ui::link`).
                resolve: false,
                ..Default::default()
            },
        );
    }
}
