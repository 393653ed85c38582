//! The shared agenda's page (`/agenda/partage#CODE`): add or replace, confirmed.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::share::BadCode;
use crate::domain::{share, Programme};
use crate::edge::location::fragment;
use crate::ui::basics::{link, use_lang};
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::store::use_agenda;

/// The shared agenda's page (`/agenda/partage#CODE`): read-only, with "add to mine" and
/// "replace mine" (confirmed first).
#[component]
pub fn SharedView(programme: Arc<Programme>) -> impl IntoView {
    let store = use_agenda();
    let lang = use_lang();
    // Another link pasted into the same tab changes only the fragment: read it again.
    let code = RwSignal::new(fragment());
    let on_hash = window_event_listener_untyped("hashchange", move |_| code.set(fragment()));
    on_cleanup(move || on_hash.remove());
    // What is being confirmed and what was done belong to one code: another link shows neither.
    let confirming = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<(String, String)>);
    move || {
        let lang = lang.get();
        let t = agenda_text(lang);
        let here = code.get();
        let decoded = share::decode(&here);
        let code = match &decoded {
            Ok(code) => code,
            Err(bad) => {
                let why = match bad {
                    BadCode::NotACode => t.bad_not_a_code,
                    BadCode::UnknownVersion(_) => t.bad_version,
                    BadCode::Damaged => t.bad_damaged,
                    BadCode::TooLong => t.bad_too_long,
                };
                return view! {
                    <div class="data-error" role="alert">
                        <p>{why}</p>
                        <p>{t.ask_again}</p>
                    </div>
                    <p><a href=link("/agenda")>{t.see_agenda}</a></p>
                }
                .into_any();
            }
        };
        let shared = share::resolve(&programme, code);
        let found_ids: Vec<String> = shared
            .found
            .iter()
            .map(|&i| programme.sessions()[i].data.id.clone())
            .collect();
        let list = shared
            .found
            .iter()
            .map(|&i| {
                let s = &programme.sessions()[i];
                let place = programme.space(&s.data.space).map(|sp| sp.name.get(lang).to_owned()).unwrap_or_default();
                view! {
                    <li data-session=s.data.id.clone()>
                        <a href=link(&format!("/session/{}", s.data.id)) lang=s.data.text_lang().map(str::to_owned)>{s.data.title.clone()}</a>
                        <span class="about">{format!("{} · {place}", programme.when(s.start, s.end, lang))}</span>
                    </li>
                }
            })
            .collect_view();
        // Named when the link names them (its first format), counted otherwise.
        let missing = (!shared.missing.is_empty() || shared.unnamed > 0).then(|| {
            let named = (!shared.missing.is_empty()).then(|| view! {
                <p>{t.shared_missing_text}</p>
                <ul>{shared.missing.iter().map(|id| view! { <li><code>{id.clone()}</code></li> }).collect_view()}</ul>
            });
            let counted = (shared.unnamed > 0).then(|| view! { <p>{(t.shared_unnamed)(shared.unnamed)}</p> });
            view! {
                <section class="unknown">
                    <h2>{t.shared_missing_title}</h2>
                    {named}
                    {counted}
                </section>
            }
        });
        let add = {
            let ids = found_ids.clone();
            let here = here.clone();
            move |_| {
                let before = store.agenda.with_untracked(|a| a.kept().count());
                let ids = ids.clone();
                store.change(move |a, now| *a = a.adding(&ids, now));
                let after = store.agenda.with_untracked(|a| a.kept().count());
                let text = (agenda_text(lang).merged)(after - before);
                store.announce.set(text.clone());
                done.set(Some((here.clone(), text)));
            }
        };
        let replace = {
            let ids = found_ids.clone();
            let here = here.clone();
            move |_| {
                let ids = ids.clone();
                store.change(move |a, now| *a = a.replaced_by(&ids, now));
                confirming.set(None);
                let text = agenda_text(lang).replaced.to_owned();
                store.announce.set(text.clone());
                done.set(Some((here.clone(), text)));
            }
        };
        let is_here = {
            let here = here.clone();
            move |code: Option<&str>| code == Some(here.as_str())
        };
        let (ask, asking, shown) = (here.clone(), is_here.clone(), is_here.clone());
        view! {
            <p>{(t.shared_intro)(shared.found.len())}</p>
            <ul class="shared-list">{list}</ul>
            {missing}
            <div class="shared-actions">
                <button type="button" class="primary" on:click=add
                    disabled=shared.found.is_empty()>{t.add_all}</button>
                " "
                <button type="button" on:click=move |_| confirming.set(Some(ask.clone()))
                    hidden={
                        let asking = asking.clone();
                        move || confirming.with(|c| asking(c.as_deref()))
                    }>{t.replace}</button>
            </div>
            {move || confirming.with(|c| asking(c.as_deref())).then(|| {
                let replace = replace.clone();
                // The person's count as it is now, not when the page was drawn.
                let mine = store.agenda.with(|a| a.kept().count());
                view! {
                    <div class="confirm" role="alertdialog" aria-labelledby="confirmer">
                        <p id="confirmer">{(t.replace_confirm)(mine)}</p>
                        <button type="button" class="danger" on:click=replace>{t.replace_yes}</button>
                        " "
                        <button type="button" on:click=move |_| confirming.set(None)>{t.cancel}</button>
                    </div>
                }
            })}
            {move || done.with(|d| {
                d.as_ref().filter(|(code, _)| shown(Some(code))).map(|(_, text)| view! {
                    <p class="done" role="status">{text.clone()}" "<a href=link("/agenda")>{t.see_agenda}</a></p>
                })
            })}
        }
        .into_any()
    }
}
