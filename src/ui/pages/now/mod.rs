//! "Maintenant": what runs now and what comes next, a countdown before the event, thanks and
//! replays after it. The clock is the device's unless `?maintenant=` sets another.

mod mine;
mod moment;
mod simulate;

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use mine::my_sessions;
use moment::the_moment;
use simulate::{simulate_form, simulated_note};

use crate::domain::Programme;
use crate::edge::clock;
use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;

#[component]
pub fn NowView(programme: Arc<Programme>) -> impl IntoView {
    let lang = use_lang();
    let params = use_query_map();
    let simulated = Memo::new(move |_| params.with(|p| p.get("maintenant")));
    // Re-read the clock every 30 seconds, so "now" moves on while the page stays open.
    let tick = RwSignal::new(0u32);
    if let Ok(handle) =
        set_interval_with_handle(move || tick.update(|n| *n += 1), Duration::from_secs(30))
    {
        on_cleanup(move || handle.clear());
    }
    let zone = programme.zone().clone();
    let now = Memo::new(move |_| {
        tick.track();
        clock::now_at(simulated.get().as_deref(), &zone)
    });
    view! {
        <h1>{move || strings(lang.get()).now_title}</h1>
        {simulated_note(programme.clone(), now, simulated)}
        {my_sessions(programme.clone(), now)}
        {the_moment(programme.clone(), now)}
        {simulate_form(simulated)}
    }
}
