//! A moment other than the device's, for demonstrations and tests (`?maintenant=`): the note
//! that says it, and the form that sets it.

use std::sync::Arc;

use jiff::Timestamp;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::domain::{time, Programme};
use crate::ui::basics::{link, link_dropping, use_lang};
use crate::ui::i18n::strings;

/// Says which moment the page shows, when it is not the device's.
pub fn simulated_note(
    programme: Arc<Programme>,
    now: Memo<Timestamp>,
    simulated: Memo<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        simulated.get()?;
        let (day, at) = programme.local(now.get());
        let when = format!(
            "{} {}",
            time::format_day(day, lang.get()),
            time::format_time(at)
        );
        Some(view! { <p class="simulated">{(strings(lang.get()).simulated_note)(&when)}</p> })
    }
}

/// Sets the moment shown, or goes back to the device's.
pub fn simulate_form(simulated: Memo<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let params = use_query_map();
    let navigate = use_navigate();
    let field = RwSignal::new(simulated.get_untracked().unwrap_or_default());
    let apply = {
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let value = field.get_untracked();
            let url = if value.is_empty() {
                link_dropping("/maintenant", Some("maintenant"))
            } else {
                link(&format!(
                    "/maintenant?maintenant={}",
                    crate::domain::query::encode(&value)
                ))
            };
            // The address is under the app's base already (`ui::link`).
            let options = leptos_router::NavigateOptions {
                resolve: false,
                ..Default::default()
            };
            navigate(&url, options);
        }
    };
    view! {
        <details class="simulate">
            <summary>{move || strings(lang.get()).simulate}</summary>
            <form on:submit=apply>
                <label for="maintenant">{move || strings(lang.get()).simulate_field}</label>
                <input type="datetime-local" id="maintenant" prop:value=move || field.get()
                    on:input=move |ev| field.set(event_target_value(&ev))/>
                <button type="submit">{move || strings(lang.get()).apply}</button>
                <a href=move || { params.track(); link_dropping("/maintenant", Some("maintenant")) }>{move || strings(lang.get()).real_time}</a>
            </form>
        </details>
    }
}
