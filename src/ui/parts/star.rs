//! The star: adds a session to the person's agenda or takes it out, announced.

use leptos::prelude::*;

use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::store::use_agenda;

/// The star: adds a session to the agenda or takes it out. Its words say what it does now,
/// "Ajouter à mon agenda" or "Retirer de mon agenda", then the session's title; its sign (☆
/// or ★) shows the state without colour. Words that change rule out `aria-pressed` (a toggle
/// keeps its name); `data-kept` states it for styles and tests. The change is announced in
/// the live region.
#[component]
pub fn Star(
    id: String,
    title: String,
    /// Called after the change with the new state (the agenda page moves the focus).
    #[prop(optional)]
    after: Option<Callback<bool>>,
    /// Only the star is drawn (the grid's cells); the name read stays the same.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let kept = {
        let id = id.clone();
        Memo::new(move |_| store.agenda.with(|a| a.contains(&id)))
    };
    let on_click = {
        let title = title.clone();
        move |_| {
            let keep = !kept.get_untracked();
            let id = id.clone();
            store.change(move |a, now| a.set_kept(&id, keep, now));
            let t = agenda_text(lang.get_untracked());
            store.announce.set(if keep {
                (t.added)(&title)
            } else {
                (t.removed)(&title)
            });
            if let Some(after) = after {
                after.run(keep);
            }
        }
    };
    view! {
        <button type="button" class="star" class:compact=compact data-kept=move || kept.get().to_string()
            on:click=on_click>
            <span class="star-icon" aria-hidden="true">{move || if kept.get() { "★" } else { "☆" }}</span>
            <span class="star-words" class:visually-hidden=compact>" "{move || {
                let t = agenda_text(lang.get());
                if kept.get() { t.star_remove } else { t.star_add }
            }}</span>
            <span class="visually-hidden">{move || format!("{}{title}", strings(lang.get()).path_separator)}</span>
        </button>
    }
}
