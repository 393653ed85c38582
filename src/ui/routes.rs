//! The pages behind each route. Each is a few lines: it picks the data and hands it to a view.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::{Lang, Programme};
use crate::ui::basics::{page_title, use_lang, FirstDrawing, PageLink};
use crate::ui::data::{load_venue_for, ProgrammeResource};
use crate::ui::i18n::{strings, Strings};
use crate::ui::i18n_access::access_text;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::pages::agenda::AgendaView;
use crate::ui::pages::map::{chosen, MapView};
use crate::ui::pages::now::NowView;
use crate::ui::pages::programme::ProgrammeView;
use crate::ui::pages::session::SessionDetail;
use crate::ui::pages::shared::SharedView;
use crate::ui::pages::speakers::{SpeakerDetail, SpeakersIndex};
use crate::ui::parts::states::{DataErrorView, DataFile, Loading};

/// The loading state, the error state, or `content` with the programme.
fn with_programme<V: IntoView + 'static>(
    content: impl Fn(Arc<Programme>) -> V + Send + Sync + 'static,
) -> AnyView {
    programme_or_state(Box::new(move |programme| content(programme).into_any()))
}

/// `with_programme`'s body, compiled once for every page rather than once per page (a boxed
/// function instead of a type parameter): less WASM.
fn programme_or_state(content: Box<dyn Fn(Arc<Programme>) -> AnyView + Send + Sync>) -> AnyView {
    let data = expect_context::<ProgrammeResource>();
    (move || match data.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Ok(programme)) => content(programme),
        Some(Err(error)) => view! {
            <DataErrorView error on_retry=move |()| data.refetch()/>
        }
        .into_any(),
    })
    .into_any()
}

/// A page's heading, which names the window too (`page_title`).
fn heading(text: impl Fn(Lang) -> &'static str + Copy + Send + Sync + 'static) -> impl IntoView {
    let lang = use_lang();
    page_title(move || text(lang.get()).to_owned());
    view! { <h1>{move || text(lang.get())}</h1> }
}

/// The programme, once it is there.
fn loaded() -> Option<Arc<Programme>> {
    expect_context::<ProgrammeResource>()
        .get()
        .and_then(Result::ok)
}

/// The title of a page about one thing of the programme: `name` finds it, once the programme
/// is there; "Page introuvable" if it is not in it.
fn title_of(name: impl Fn(&Programme, &'static Strings) -> Option<String> + 'static) {
    let lang = use_lang();
    page_title(move || {
        let t = strings(lang.get());
        match loaded() {
            Some(programme) => name(&programme, t).unwrap_or_else(|| t.not_found_title.to_owned()),
            None => t.loading.to_owned(),
        }
    });
}

#[component]
pub fn ProgrammePage() -> impl IntoView {
    view! {
        {heading(|l| strings(l).programme_title)}
        {with_programme(|programme| view! { <ProgrammeView programme/> })}
    }
}

#[component]
pub fn NowPage() -> impl IntoView {
    let lang = use_lang();
    page_title(move || strings(lang.get()).now_title.to_owned());
    with_programme(|programme| view! { <NowView programme/> })
}

#[component]
pub fn SessionPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    title_of(move |programme, _| programme.session(&id()).map(|s| s.data.title.clone()));
    with_programme(move |programme| view! { <SessionDetail programme id=id()/> })
}

#[component]
pub fn SpeakerPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    title_of(move |programme, t| {
        let person = programme.speaker(&id())?;
        Some(format!("{} · {}", person.name, t.speakers_title))
    });
    with_programme(move |programme| view! { <SpeakerDetail programme id=id()/> })
}

#[component]
pub fn SpeakersPage() -> impl IntoView {
    let lang = use_lang();
    page_title(move || strings(lang.get()).speakers_title.to_owned());
    with_programme(|programme| view! { <SpeakersIndex programme/> })
}

#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    // The room chosen, or the route, names the page: "Salon Artois · Plan du stade".
    let query = use_query_map();
    page_title(move || {
        let lang = lang.get();
        let t = strings(lang);
        let (space, to) = query.with(chosen);
        let name = |id: &str| loaded()?.space(id).map(|s| s.name.get(lang).to_owned());
        match (
            to.as_deref().and_then(name),
            space.as_deref().and_then(name),
        ) {
            (Some(to), _) => {
                format!(
                    "{}{}{to} · {}",
                    t.map_route_title, t.path_separator, t.map_title
                )
            }
            (None, Some(space)) => format!("{space} · {}", t.map_title),
            (None, None) => t.map_title.to_owned(),
        }
    });
    view! {
        <h1>{move || strings(lang.get()).map_title}</h1>
        {with_programme(move |programme| {
            // The programme names its map: fetched once the programme is there.
            let map = programme.event().venue.map.clone();
            let venue = LocalResource::new(move || load_venue_for(map.clone()));
            // Behind the start screen, the page appears once its map is drawn.
            FirstDrawing::wait_for(move || venue.with(Option::is_some));
            move || {
                let t = strings(lang.get());
                match venue.get() {
                    // The map's room is kept while it loads: nothing below it moves when it comes.
                    None => view! { <div class="map-waiting"><Loading/></div> }.into_any(),
                    Some(Ok(Some(venue))) => {
                        view! { <MapView programme=programme.clone() venue/> }.into_any()
                    }
                    Some(Ok(None)) => view! { <p class="empty">{t.map_no_venue}</p> }.into_any(),
                    Some(Err(error)) => view! {
                        <DataErrorView error file=DataFile::Map on_retry=move |()| venue.refetch()/>
                    }.into_any(),
                }
            }
        })}
    }
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    view! {
        {heading(|l| strings(l).agenda_title)}
        {with_programme(|programme| view! { <AgendaView programme/> })}
    }
}

#[component]
pub fn SharedPage() -> impl IntoView {
    view! {
        {heading(|l| agenda_text(l).shared_title)}
        {with_programme(|programme| view! { <SharedView programme/> })}
    }
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let data = expect_context::<ProgrammeResource>();
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
        {heading(|l| strings(l).about_title)}
        <p>{move || {
            let event = loaded().map_or_else(|| "Numérique en Commun[s]".to_owned(), |p| p.event().name.clone());
            (t().about_app)(&event)
        }}</p>
        {move || match data.get() {
            None => view! { <Loading/> }.into_any(),
            Some(Ok(programme)) => view! { <AboutData programme/> }.into_any(),
            Some(Err(error)) => view! {
                <DataErrorView error on_retry=move |()| data.refetch()/>
            }.into_any(),
        }}
        <h2>{move || t().about_sources_title}</h2>
        <p>{move || t().about_sources}</p>
    }
}

/// What the programme file says about itself: its note on what is real, its version, its size.
#[component]
pub fn AboutData(programme: Arc<Programme>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let event = programme.event();
        let note = event
            .data_note
            .as_ref()
            .map_or(t.about_no_note, |note| note.get(lang))
            .to_owned();
        view! {
            <section aria-labelledby="donnees">
                <h2 id="donnees">{t.about_data_title}</h2>
                <p class="data-note">{note}</p>
                <dl class="facts">
                    <dt>{t.about_data_version}</dt>
                    <dd><code>{event.data_version.clone()}</code></dd>
                </dl>
                <p>{(t.about_data_counts)(
                    programme.sessions().len(),
                    programme.speakers().len(),
                    programme.spaces().len(),
                )}</p>
            </section>
        }
    }
}

/// The accessibility statement (RGAA's model). Its words are in `i18n_access`; the contact is
/// the programme file's, once it is there.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = use_lang();
    let a = move || access_text(lang.get());

    let contact = move || {
        let a = a();
        match loaded().and_then(|p| p.event().accessibility_contact.clone()) {
            Some(address) => {
                // An e-mail or web address becomes a link; anything else (which the loader
                // refuses) stays text.
                let href = crate::domain::links::contact_link(&address);
                view! {
                    <p>{a.contact_given}" "{match href {
                        Some(href) => view! { <a href=href>{address}</a> }.into_any(),
                        None => view! { <span>{address}</span> }.into_any(),
                    }}</p>
                }
                .into_any()
            }
            None => view! { <p>{a.contact_missing}</p> }.into_any(),
        }
    };
    view! {
        <article class="statement">
            {heading(|l| access_text(l).title)}
            <p>{move || a().intro}</p>
            <h2>{move || a().state_title}</h2>
            <p><strong>{move || a().state}</strong></p>
            <h2>{move || a().checked_title}</h2>
            <ul>{move || a().checked.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
            <h2>{move || a().limits_title}</h2>
            <ul>{move || a().limits.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
            <h2>{move || a().technologies_title}</h2>
            <p>{move || a().technologies}</p>
            <h2>{move || a().contact_title}</h2>
            <p>{move || a().contact}</p>
            {contact}
            <h2>{move || a().remedy_title}</h2>
            <p>{move || a().remedy}</p>
            <p lang="fr">{move || a().remedy_post}</p>
            <p>{move || a().written_on}</p>
        </article>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    let t = move || strings(lang.get());
    view! {
        {heading(|l| strings(l).not_found_title)}
        <p>{move || t().not_found_text}</p>
        <p><PageLink to="/programme">{move || t().back_to_programme}</PageLink></p>
    }
}
