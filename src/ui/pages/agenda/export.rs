//! The agenda's calendar export.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::Programme;
use crate::ui::basics::use_lang;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::parts::calendar::{CalendarButton, REMINDERS};

/// The whole agenda as a calendar file, with an optional reminder; hidden while it is empty.
pub fn calendar_export(
    programme: Arc<Programme>,
    kept_positions: Signal<Vec<usize>>,
) -> impl IntoView {
    let lang = use_lang();
    let reminder = RwSignal::new(None::<u32>);
    let event_id = programme.event().id.clone();
    view! {
    <section class="export" aria-labelledby="calendrier" hidden=move || kept_positions.with(Vec::is_empty)>
        <h2 id="calendrier">{move || agenda_text(lang.get()).calendar_title}</h2>
        <p>{move || agenda_text(lang.get()).calendar_help}</p>
        <p class="option">
            <label for="rappel">{move || agenda_text(lang.get()).reminder_label}</label>" "
            <select id="rappel" on:change=move |ev| reminder.set(event_target_value(&ev).parse().ok())>
                <option value="">{move || agenda_text(lang.get()).reminder_none}</option>
                {REMINDERS.map(|m| view! {
                    <option value=m.to_string()>{move || (agenda_text(lang.get()).reminder_minutes)(m)}</option>
                }).collect_view()}
            </select>
        </p>
        {move || view! {
            <CalendarButton programme=programme.clone() positions=kept_positions reminder
                file_name=format!("{event_id}-agenda.ics") label=agenda_text(lang.get()).calendar_all/>
        }}
    </section>
    }
}
