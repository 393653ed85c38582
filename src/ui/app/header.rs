//! The site's header: the app's name, the theme and language switches, the event's line, the
//! main navigation.

use leptos::prelude::*;

use crate::domain::{source, time, Lang};
use crate::edge::{clock, document, storage};
use crate::ui::basics::{app_name, use_lang, PageLink};
use crate::ui::data::ProgrammeResource;
use crate::ui::i18n::strings;

/// The header; `theme` is the theme chosen (none: the system's).
pub fn site_header(data: ProgrammeResource, theme: RwSignal<Option<String>>) -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    let chosen = expect_context::<RwSignal<Lang>>();
    let dark_now = move || match theme.get().as_deref() {
        Some(chosen) => chosen == "dark",
        None => document::system_prefers_dark(),
    };
    view! {
        <header class="site-header">
            <div class="brand">
                <div class="brand-row">
                    <PageLink to="/programme" class="brand-name">{move || app_name(Some(data))}</PageLink>
                    <div class="brand-tools">
                    <button type="button" class="theme-switch"
                        on:click=move |_| {
                            let next = if dark_now() { "light" } else { "dark" };
                            theme.set(Some(next.to_owned()));
                            storage::write_text(storage::THEME_KEY, next);
                        }>
                        <span class="switch-icon" aria-hidden="true">"◐"</span>
                        // On a phone the icon shows; the words remain the button's name.
                        <span class="switch-label">{move || if dark_now() { t().theme_to_light } else { t().theme_to_dark }}</span>
                    </button>
                    <button type="button" class="lang-switch" lang=move || t().lang_switch_code
                        aria-label=move || t().lang_switch_label
                        on:click=move |_| {
                            let next = chosen.get_untracked().other();
                            chosen.set(next);
                            storage::write_text(storage::LANG_KEY, next.code());
                        }>
                        {move || t().lang_switch}
                    </button>
                    </div>
                </div>
                <EventLine data/>
            </div>
            <nav aria-label=move || t().main_nav>
                <ul>
                    <li><PageLink to="/programme">{move || t().nav_programme}</PageLink></li>
                    <li><PageLink to="/maintenant">{move || t().nav_now}</PageLink></li>
                    // No map tab for a programme without a map (shown while it loads).
                    <Show when=move || data.get().and_then(Result::ok).is_none_or(|p| source::has_map(p.event().venue.map.as_deref()))>
                        <li><PageLink to="/plan">{move || t().nav_map}</PageLink></li>
                    </Show>
                    <li><PageLink to="/intervenants">{move || t().nav_speakers}</PageLink></li>
                    <li><PageLink to="/agenda">{move || t().nav_agenda}</PageLink></li>
                </ul>

            </nav>
        </header>
    }
}

#[component]
pub fn EventLine(data: ProgrammeResource) -> impl IntoView {
    let lang = use_lang();
    move || {
        let programme = data.get()?.ok()?;
        let event = programme.event();
        let parts = programme
            .event_line(lang.get())
            .into_iter()
            .enumerate()
            .map(|(i, part)| {
                view! {
                    {(i > 0).then(|| view! { <span class="sep" aria-hidden="true">" · "</span> })}
                    <span class:event-name=i == 0>{part}</span>
                }
            })
            .collect_view();
        // One discreet note when the device's clock is in another zone than the event's.
        let zone = programme.zone();
        let at = clock::now(zone);
        let note =
            time::device_zone_differs(zone, at, clock::device_offset_seconds_at(at)).then(|| {
                view! {
                    <p class="tz-note">{(strings(lang.get()).tz_note)(&event.time_zone)}</p>
                }
            });
        Some(view! { <p class="event-line">{parts}</p> {note} })
    }
}
