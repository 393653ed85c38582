//! The app shell: loads the programme once, then routes between pages.

mod foot;
mod header;

use std::time::Duration;

use foot::{foot_notices, site_footer};
use header::site_header;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::domain::{source, Lang};
use crate::edge::{clock, document, network, storage, worker};
use crate::ui::basics::{use_lang, FirstDrawing, KeptParams, Later};
use crate::ui::data::{load, ProgrammeResource};
use crate::ui::i18n::strings;
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
            <Router base=source::router_base()>
                <KeepParams>
                    <FocusOnNewPage/>
                    <a class="skip-link" href="#contenu">{move || t().skip_to_content}</a>
                    <Later>
                        {site_header(data, theme)}
                    </Later>
                    {foot_notices(pending, offline)}
                    <p class="visually-hidden" role="status" aria-live="polite">{move || agenda.announce.get()}</p>
                    {move || data.get().and_then(Result::ok).map(|programme| view! { <AgendaNotices programme/> })}
                    <main id="contenu" tabindex="-1">
                        <Later>
                            {app_routes()}
                        </Later>
                    </main>
                    <Later>
                        {site_footer(can_install, ios)}
                    </Later>
                </KeepParams>
            </Router>
        </Later>
    }
}

/// Every page of the app, by its address.
fn app_routes() -> impl IntoView {
    view! {
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
