//! The pages behind each route. Each is a few lines: it picks the data and hands it to a view.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::ui::app::ProgrammeResource;
use crate::ui::i18n::strings;
use crate::ui::programme::ProgrammeList;
use crate::ui::states::{DataErrorView, Loading};
use crate::ui::use_lang;

#[component]
pub fn ProgrammePage() -> impl IntoView {
    let data = expect_context::<ProgrammeResource>();
    let lang = use_lang();
    view! {
        <h1>{move || strings(lang.get()).programme_title}</h1>
        {move || match data.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Ok(programme)) => view! { <ProgrammeList programme/> }.into_any(),
            Some(Err(error)) => view! {
                <DataErrorView error on_retry=move |()| data.refetch()/>
            }.into_any(),
        }}
    }
}

#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
        <h1>{move || t().map_title}</h1>
        <p class="coming">{move || t().map_coming}</p>
    }
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
        <h1>{move || t().agenda_title}</h1>
        <p class="coming">{move || t().agenda_coming}</p>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
        <h1>{move || t().not_found_title}</h1>
        <p>{move || t().not_found_text}</p>
        <p><A href="/programme">{move || t().back_to_programme}</A></p>
    }
}
