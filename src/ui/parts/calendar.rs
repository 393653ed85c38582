//! A session's calendar file (iCalendar), with an optional reminder.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::ical::{calendar, Export};
use crate::domain::Programme;
use crate::edge::download::download;
use crate::edge::location::{origin, query_param};
use crate::ui::basics::use_lang;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::store::use_agenda;

/// The reminder choices offered with the calendar export, in minutes.
pub const REMINDERS: [u32; 3] = [10, 15, 30];

/// A button that downloads the sessions at `positions` as an .ics file.
#[component]
pub fn CalendarButton(
    programme: Arc<Programme>,
    #[prop(into)] positions: Signal<Vec<usize>>,
    file_name: String,
    label: &'static str,
    #[prop(optional, into)] reminder: Signal<Option<u32>>,
) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let on_click = move |_| {
        let lang = lang.get_untracked();
        // The app's own address: its site and the path it is served under.
        let origin = format!("{}{}", origin(), crate::domain::source::router_base());
        let file = query_param("programme");
        let export = Export {
            origin: &origin,
            programme: file.as_deref(),
            stamp: jiff::Timestamp::from_millisecond(crate::edge::clock::device_millis())
                .unwrap_or(jiff::Timestamp::UNIX_EPOCH),
            reminder_minutes: reminder.get_untracked(),
            lang,
        };
        let text = calendar(&programme, &positions.get_untracked(), &export);
        if download(&file_name, "text/calendar;charset=utf-8", &text) {
            store
                .announce
                .set((agenda_text(lang).downloaded)(&file_name));
        }
    };
    view! {
        <button type="button" class="calendar" on:click=on_click
            disabled=move || positions.with(Vec::is_empty)>{label}</button>
    }
}
