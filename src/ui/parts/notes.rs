//! A session's note, kept in the agenda.

use std::time::Duration;

use leptos::prelude::*;

use crate::ui::basics::use_lang;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::store::use_agenda;

/// A personal note on a session, saved while the person types (and when they leave the field).
#[component]
pub fn NoteEditor(id: String) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let field_id = format!("note-{id}");
    let help_id = format!("note-aide-{id}");
    let initial = store
        .agenda
        .with_untracked(|a| a.note(&id).unwrap_or_default().to_owned());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let save = {
        let id = id.clone();
        move |text: String| {
            if store
                .agenda
                .with_untracked(|a| a.note(&id).unwrap_or_default() == text.trim_end())
            {
                return;
            }
            let id = id.clone();
            store.change(move |a, now| a.set_note(&id, text.trim_end(), now));
        }
    };
    let on_input = {
        let save = save.clone();
        move |ev| {
            let text = event_target_value(&ev);
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let save = save.clone();
            pending.set_value(
                set_timeout_with_handle(move || save(text), Duration::from_millis(400)).ok(),
            );
        }
    };
    let on_change = move |ev| save(event_target_value(&ev));
    view! {
        <div class="note">
            <label for=field_id.clone()>{move || agenda_text(lang.get()).note_label}</label>
            <textarea id=field_id rows="3" aria-describedby=help_id.clone()
                on:input=on_input on:change=on_change>{initial}</textarea>
            <p class="help" id=help_id>{move || agenda_text(lang.get()).note_help}</p>
        </div>
    }
}
