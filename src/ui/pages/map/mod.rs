//! The venue map: an SVG drawn from the venue data, a level switcher, pan and zoom by pointer,
//! touch, wheel, buttons and keys; a panel for the chosen space (what runs there now and
//! next); routes with step-by-step directions; the map as text; getting to the stadium.
//! The URL holds the level, the chosen space and the route (`address`); the view box is the
//! page's own (`state::Camera`).

mod address;
mod controls;
mod drawing;
mod gestures;
mod panel;
mod route_form;
mod state;
mod text;

use std::sync::Arc;

use address::go_to;
pub use address::{chosen, route_href, space_href};
use controls::map_controls;
use drawing::{legend, level_drawing, route_drawing};
use gestures::{map_frame, Gesture};
use leptos::prelude::*;
use panel::SpacePanel;
use route_form::RouteForm;
use state::{Asked, Camera};
use text::{GettingThere, MapText};

use crate::domain::venue::Venue;
use crate::domain::Programme;
use crate::ui::basics::{use_lang, Later};
use crate::ui::i18n::strings;

#[component]
pub fn MapView(programme: Arc<Programme>, venue: Arc<Venue>) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let asked = Asked::read(&venue);
    let camera = Camera::new(&venue, asked);
    let gesture = Gesture::new();
    let go = go_to();
    let (q, chosen) = (asked.query, asked.chosen);
    let help_id = "aide-plan";
    // The parts beside and below the map are drawn a task later (`Later`), each with its own.
    let (side_venue, below_venue) = (venue.clone(), venue.clone());
    view! {
        <div class="map-layout">
            <div class="map-area">
                {map_controls(venue.clone(), asked, camera)}
                {map_frame(camera, gesture, help_id, (
                    level_drawing(venue.clone(), asked, camera, gesture),
                    route_drawing(venue.clone(), asked, camera),
                ))}
                {legend(asked)}
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
                    <RouteForm venue=side_venue.clone() query=q go=go.clone() result=asked.route/>
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
