//! The app shell: loads the programme once, then routes between pages.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::domain::{source, time, Lang};
use crate::edge::{clock, document, network, storage, worker};
use crate::ui::basics::{use_lang, FirstDrawing, KeptParams, Later, PageLink};
use crate::ui::data::{load, ProgrammeResource};
use crate::ui::i18n::strings;
use crate::ui::i18n_access::access_text;
use crate::ui::parts::notices::AgendaNotices;
use crate::ui::routes::{
    AboutPage, AccessibilityPage, AgendaPage, MapPage, NotFound, NowPage, ProgrammePage,
    SessionPage, SharedPage, SpeakerPage, SpeakersPage,
};
use crate::ui::store::AgendaStore;

#[component]
pub fn App() -> impl IntoView {
    // The language chosen before, else French; kept in the page's lang attribute.
    let stored = storage::read_text(storage::LANG_KEY).and_then(|c| Lang::from_code(&c));
    let chosen = RwSignal::new(stored.unwrap_or_default());
    provide_context(chosen);
    Effect::new(move |_| document::set_lang(chosen.get().code()));
    // The theme chosen before, else none: the system's applies until the person picks one.
    let theme = RwSignal::new(
        storage::read_text(storage::THEME_KEY).filter(|t| t == "light" || t == "dark"),
    );
    Effect::new(move |_| document::set_theme(theme.get().as_deref()));
    let dark_now = move || match theme.get().as_deref() {
        Some(chosen) => chosen == "dark",
        None => document::system_prefers_dark(),
    };
    let data: ProgrammeResource = LocalResource::new(load);
    provide_context(data);
    // index.html's start screen stays until the programme is there (or could not be) and the
    // page has drawn what it shows first (`FirstDrawing`), so the page appears whole instead of
    // moving as its data arrives; 3 s at most, then the pages' own "Chargement" says more.
    let first = FirstDrawing(RwSignal::new(0));
    provide_context(first);
    Effect::new(move |_| {
        if data.with(Option::is_some) && first.0.get() == 0 {
            // A task later: by then the page drawn with the data has counted its own parts.
            leptos::task::spawn_local(async move {
                clock::next_task().await;
                if first.0.try_get_untracked() == Some(0) {
                    document::remove_start_screen();
                }
            });
        }
    });
    set_timeout(document::remove_start_screen, Duration::from_secs(3));
    // No network: said at the foot of the screen while it lasts (until the person closes it),
    // with what still works.
    let offline = RwSignal::new(!network::online());
    network::on_change(move |online| offline.set(!online));
    // The service worker: a new version waiting, new programme data, an install prompt.
    let pending = RwSignal::new(None::<worker::Event>);
    let can_install = RwSignal::new(false);
    // Registered a task later than the first drawing, which it does not change.
    leptos::task::spawn_local(async move {
        clock::next_task().await;
        worker::start(move |event| match event {
            worker::Event::CanInstall => can_install.set(true),
            worker::Event::Installed => can_install.set(false),
            other => pending.set(Some(other)),
        });
    });
    let ios = worker::ios_needs_instructions();
    // The person's agenda: read once, followed across tabs.
    let agenda = AgendaStore::start();
    provide_context(agenda);
    let lang = use_lang();
    let t = move || strings(lang.get());

    view! {
        <Later>
            <Router>
                <KeepParams>
                    <FocusOnNewPage/>
                    <a class="skip-link" href="#contenu">{move || t().skip_to_content}</a>
                    <Later>
                        <header class="site-header">
                            <div class="brand">
                                <div class="brand-row">
                                    <PageLink to="/programme" class="brand-name">{move || t().app_name}</PageLink>
                                    <div class="brand-tools">
                                    <button type="button" class="theme-switch"
                                        on:click=move |_| {
                                            let next = if dark_now() { "light" } else { "dark" };
                                            theme.set(Some(next.to_owned()));
                                            storage::write_text(storage::THEME_KEY, next);
                                        }>
                                        {move || if dark_now() { t().theme_to_light } else { t().theme_to_dark }}
                                    </button>
                                    <button type="button" class="lang-switch" lang=move || t().lang_switch_code
                                        aria-label=move || t().lang_switch_label
                                        on:click=move |_| {
                                            let next = if chosen.get_untracked() == Lang::Fr { Lang::En } else { Lang::Fr };
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
                                    <li><PageLink to="/plan">{move || t().nav_map}</PageLink></li>
                                    <li><PageLink to="/intervenants">{move || t().nav_speakers}</PageLink></li>
                                    <li><PageLink to="/agenda">{move || t().nav_agenda}</PageLink></li>
                                </ul>

                            </nav>
                        </header>
                    </Later>
                    // Told over the foot of the screen, moving nothing on the page: a new
                    // version or new data (the worker says so a few seconds after the page is
                    // drawn, when a tap may be on its way), and no network.
                    <div class="foot-notices">
                        {move || pending.get().map(|event| {
                            let t = t();
                            let (text, new_version) = match event {
                                worker::Event::NewVersion => (t.new_version, true),
                                _ => (t.new_data, false),
                            };
                            view! {
                                <div class="notice update" role="status">
                                    <p>{text}</p>
                                    <button type="button" on:click=move |_| {
                                        if new_version { worker::take_new_version() } else { worker::reload() }
                                    }>{t.reload}</button>
                                    <button type="button" class="secondary" on:click=move |_| pending.set(None)>{t.later}</button>
                                </div>
                            }
                        })}
                        {move || offline.get().then(|| {
                            let t = t();
                            let text = if worker::has_offline_copy() { t.offline_ready } else { t.offline_no_copy };
                            view! {
                                <div class="notice offline" role="status">
                                    <p>{text}</p>
                                    <button type="button" on:click=move |_| offline.set(false)>{t.ok}</button>
                                </div>
                            }
                        })}
                    </div>
                    <p class="visually-hidden" role="status" aria-live="polite">{move || agenda.announce.get()}</p>
                    {move || data.get().and_then(Result::ok).map(|programme| view! { <AgendaNotices programme/> })}
                    <main id="contenu" tabindex="-1">
                        <Later>
                            <Routes fallback=NotFound>
                                <Route path=path!("/") view=ProgrammePage/>
                                <Route path=path!("/programme") view=ProgrammePage/>
                                <Route path=path!("/plan") view=MapPage/>
                                <Route path=path!("/agenda") view=AgendaPage/>
                                <Route path=path!("/agenda/partage") view=SharedPage/>
                                <Route path=path!("/maintenant") view=NowPage/>
                                <Route path=path!("/session/:id") view=SessionPage/>
                                <Route path=path!("/intervenant/:id") view=SpeakerPage/>
                                <Route path=path!("/intervenants") view=SpeakersPage/>
                                <Route path=path!("/a-propos") view=AboutPage/>
                                <Route path=path!("/accessibilite") view=AccessibilityPage/>
                            </Routes>
                        </Later>
                    </main>
                    <Later>
                        <footer class="site-footer">
                            <nav aria-label=move || t().footer_nav>
                                <PageLink to="/a-propos">{move || t().nav_about}</PageLink>
                                <PageLink to="/accessibilite">{move || access_text(lang.get()).footer_mention}</PageLink>
                            </nav>
                            <p class="install">
                                <button type="button" hidden=move || !can_install.get()
                                    on:click=move |_| worker::install()>{move || t().install_app}</button>
                                {ios.then(|| view! { <span class="install-ios">{move || t().install_ios}</span> })}
                            </p>
                        </footer>
                    </Later>
                </KeepParams>
            </Router>
        </Later>
    }
}

/// "Numérique en Commun[s] 2022 · 27–29 septembre 2022 · Stade Bollaert-Delelis, Lens",
/// once the programme is there.
#[component]
fn EventLine(data: ProgrammeResource) -> impl IntoView {
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
        let note =
            time::device_zone_differs(zone, clock::now(zone), clock::device_offset_seconds()).then(
                || {
                    view! {
                        <p class="tz-note">{(strings(lang.get()).tz_note)(&event.time_zone)}</p>
                    }
                },
            );
        Some(view! { <p class="event-line">{parts}</p> {note} })
    }
}

/// A move to another page (not a change of filters, search or map view, which keep their
/// address's path) puts the focus on the new page's heading.
#[component]
fn FocusOnNewPage() -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            document::focus_new_page();
        }
        path
    });
}

/// Gives every page the app's own parameters of the address (`ui::KeptParams`), for its links.
#[component]
fn KeepParams(children: Children) -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let kept = Memo::new(move |_| query.with(|q| source::kept(|name| q.get(name))));
    provide_context(KeptParams(kept));
    children()
}
