//! The agenda's notices told once at the top of every page.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::changes::{changes, summary};
use crate::domain::Programme;
use crate::ui::basics::{link, use_lang};
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::store::{use_agenda, Notice};

/// Told once, at the top of every page: what happened to the stored agenda, and a summary of
/// what changed in the programme for the person's sessions. Also keeps the "seen" facts of
/// newly kept sessions.
#[component]
pub fn AgendaNotices(programme: Arc<Programme>) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    // Newly kept sessions are remembered as they are now.
    {
        let programme = programme.clone();
        Effect::new(move |_| {
            store.agenda.track();
            store.note_seen(&programme);
        });
    }
    // The summary: computed once at start, told once per data version.
    let summary_text = {
        let seen = store.seen.get_untracked();
        let found = store
            .agenda
            .with_untracked(|a| changes(&programme, a, &seen));
        let to_tell = seen.to_tell(&programme) && !found.is_empty();
        store.told(&programme);
        to_tell.then(|| summary(&found))
    };
    let show_summary = RwSignal::new(summary_text.is_some());
    view! {
        {move || store.notice.get().map(|notice| {
            let t = agenda_text(lang.get());
            let text = match notice {
                Notice::SetAside(key) => (t.notice_set_aside)(key.as_deref()),
                Notice::Newer(_) => t.notice_newer.to_owned(),
                Notice::NotSaved => t.notice_not_saved.to_owned(),
            };
            view! {
                <div class="notice" role="alert">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| store.notice.set(None)>{t.dismiss}</button>
                </div>
            }
        })}
        {move || (show_summary.get()).then(|| {
            let t = agenda_text(lang.get());
            summary_text.map(|s| view! {
                <div class="notice changes-notice" role="status">
                    <p>{(t.changes_summary)(s)}" "<a href=link("/agenda")>{t.see_agenda}</a></p>
                    <button type="button" on:click=move |_| show_summary.set(false)>{t.dismiss}</button>
                </div>
            })
        })}
    }
}
