//! Sharing the agenda: a link to copy and its QR code.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::{share, Programme};
use crate::edge::download::{can_share, copy, share_link};
use crate::edge::location::origin;
use crate::ui::basics::{link_dropping, use_lang};
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::parts::qr::QrCode;
use crate::ui::store::use_agenda;

/// The share link of the agenda and its QR code.
#[component]
pub fn ShareBox(programme: Arc<Programme>) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    let link = Memo::new(move |_| {
        let code = store
            .agenda
            .with(|a| share::encode_for(&programme, a.kept()));
        let path = link_dropping(&format!("/agenda/partage#{code}"), Some("maintenant"));
        format!("{}{path}", origin())
    });
    let empty = Memo::new(move |_| store.agenda.with(|a| a.kept().next().is_none()));
    let copied = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    view! {
        <section class="share" aria-labelledby="partager" hidden=move || empty.get()>
            <h2 id="partager">{move || agenda_text(lang.get()).share_title}</h2>
            <p>{move || agenda_text(lang.get()).share_text}</p>
            <p class="share-link">
                <label for="lien-partage">{move || agenda_text(lang.get()).share_link_label}</label>
                <input id="lien-partage" type="text" readonly node_ref=field prop:value=move || link.get()
                    on:focus=move |ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
                <button type="button" on:click=move |_| {
                    let text = link.get_untracked();
                    leptos::task::spawn_local(async move {
                        if copy(&text).await {
                            copied.set(true);
                            store.announce.set(agenda_text(lang.get_untracked()).copied.to_owned());
                        } else if let Some(input) = field.get_untracked() {
                            // No clipboard, or refused: the link is selected, for the person to copy.
                            let _ = input.focus();
                        }
                    });
                }>{move || agenda_text(lang.get()).copy}</button>
                <span class="copied" hidden=move || !copied.get()>{move || agenda_text(lang.get()).copied}</span>
            </p>
            // Where the device has a share sheet (phones), the link goes to any app from there.
            {can_share().then(|| view! {
                <p>
                    <button type="button" class="secondary" on:click=move |_| {
                        let (url, title) = (link.get_untracked(), agenda_text(lang.get_untracked()).share_title);
                        leptos::task::spawn_local(async move {
                            share_link(title, &url).await;
                        });
                    }>{move || agenda_text(lang.get()).share_native}</button>
                </p>
            })}
            {move || (!empty.get()).then(|| view! {
                <QrCode text=link.get() label=agenda_text(lang.get()).qr_label/>
            })}
        </section>
    }
}
