//! A session's page: when, where, who, its actions, note and clashes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::model::{LinkKind, SessionStatus};
use crate::domain::query::language_name;
use crate::domain::Programme;
use crate::ui::basics::{link, place, use_lang};
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::pages::map::space_href;
use crate::ui::parts::calendar::CalendarButton;
use crate::ui::parts::card::{moved_text, SessionCard, ThemeList};
use crate::ui::parts::clashes::{ChangeMarks, Overlaps};
use crate::ui::parts::notes::NoteEditor;
use crate::ui::parts::star::Star;

fn link_label(kind: LinkKind, lang: crate::domain::Lang) -> &'static str {
    let t = strings(lang);
    match kind {
        LinkKind::Slides => t.link_slides,
        LinkKind::Replay => t.link_replay,
        LinkKind::Stream => t.link_stream,
        LinkKind::Website => t.link_website,
        LinkKind::Other => t.link_other,
    }
}

/// Everything about one session, its speakers, its space on the map, what runs alongside.
#[component]
pub fn SessionDetail(programme: Arc<Programme>, id: String) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let Some(session) = programme.session(&id) else {
            return view! { <h1>{t.not_found_title}</h1><p>{t.session_not_found}</p> }.into_any();
        };
        let s = &session.data;
        let position = programme.position(&s.id).unwrap_or_default();
        let when = programme.when(session.start, session.end, lang);
        let space = programme.space(&s.space).cloned();
        let has_map = crate::domain::source::has_map(programme.event().venue.map.as_deref());
        let format = programme.format(&s.format).map(|f| {
            let label = f.label.get(lang);
            if f.drop_in {
                format!("{label} · {}", t.drop_in)
            } else {
                label.to_owned()
            }
        });
        let themes: Vec<_> = s
            .themes
            .iter()
            .filter_map(|id| programme.theme(id))
            .map(|th| (th.label.get(lang).to_owned(), th.colour.clone()))
            .collect();
        let facets: Vec<&str> = [
            (s.accessibility.sign_language, t.sign_language),
            (s.accessibility.live_captions, t.live_captions),
            (s.accessibility.step_free, t.step_free),
            (!s.accessibility.step_free, t.step_free_no),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, label)| label)
        .collect();
        let speakers: Vec<_> = s
            .speakers
            .iter()
            .filter_map(|id| programme.speaker(id).cloned())
            .collect();
        let parallel: Vec<_> = programme
            .parallel_to(session)
            .into_iter()
            .cloned()
            .collect();
        let cancelled = s.status == SessionStatus::Cancelled;
        let moved = moved_text(&programme, session, lang);
        let text_lang = s.text_lang().map(str::to_owned);
        view! {
            <article class="session-page" data-session=s.id.clone()>
                <p class="back"><a href=link("/programme")>{t.back_to_programme}</a></p>
                <h1 class:cancelled=cancelled lang=text_lang.clone()>{s.title.clone()}</h1>
                {s.subtitle.clone().map(|x| view! { <p class="subtitle" lang=text_lang.clone()>{x}</p> })}
                <p class="badges">
                    {cancelled.then(|| view! { <span class="badge badge-cancelled">{t.cancelled}</span> })}
                    {moved.map(|x| view! { <span class="badge badge-moved">{x}</span> })}
                </p>
                <dl class="facts">
                    <dt>{t.when_label}</dt>
                    <dd><time datetime=s.start.clone()>{when}</time></dd>
                    <dt>{t.where_label}</dt>
                    <dd>{space.map(|sp| {
                        let map = has_map.then(|| space_href(&sp.id));
                        view! {
                            {place(&sp, lang)}
                            {map.map(|map| view! { " "<a href=map class="map-link button-link">{t.see_on_map}</a> })}
                        }
                    })}</dd>
                </dl>
                // On a phone as on a laptop: when and where first, then what to do with it.
                <div class="session-actions">
                    <Star id=s.id.clone() title=s.title.clone()/>
                    <CalendarButton programme=programme.clone() positions=vec![position]
                        file_name=format!("{}-{}.ics", programme.event().id, s.id)
                        label=agenda_text(lang).calendar_one/>
                </div>
                <ChangeMarks programme=programme.clone() id=s.id.clone()/>
                <Overlaps programme=programme.clone() position/>
                <NoteEditor id=s.id.clone()/>
                <dl class="more-facts">
                    <dt>{t.format_label}</dt>
                    <dd>{format}</dd>
                    <dt>{t.language_label}</dt>
                    <dd>{language_name(&s.language, lang)}</dd>
                    {s.audience.clone().map(|a| view! { <dt>{t.audience_label}</dt><dd>{a}</dd> })}
                    <dt>{t.access_label}</dt>
                    <dd><ul class="plain">{facets.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul></dd>
                    {s.registration.required.then(|| view! {
                        <dt>{t.registration_label}</dt>
                        <dd>{(t.registration_text)(s.registration.capacity, s.registration.full)}</dd>
                    })}
                </dl>
                <ThemeList themes/>
                {s.summary.clone().map(|x| view! { <p class="abstract" lang=text_lang.clone()>{x}</p> })}
                {(!speakers.is_empty()).then(|| view! {
                    <h2>{t.speakers_label}</h2>
                    <ul class="people">
                        {speakers.into_iter().map(|p| {
                            let href = link(&format!("/intervenant/{}", p.id));
                            let about = [p.role.clone(), p.organisation.clone()]
                                .into_iter().flatten().collect::<Vec<_>>().join(", ");
                            view! {
                                <li><a href=href>{p.name.clone()}</a>
                                    {(!about.is_empty()).then(|| view! { <span class="about">{about}</span> })}</li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                {(!s.links.is_empty()).then(|| view! {
                    <h2>{t.links_label}</h2>
                    <ul class="plain">
                        {s.links.iter().map(|l| {
                            let label = l.label.clone().unwrap_or_else(|| link_label(l.kind, lang).to_owned());
                            // Only a web address becomes a link (the loader refuses the others).
                            match crate::domain::links::web_link(&l.url) {
                                Some(href) => view! { <li><a href=href.to_owned() rel="noopener noreferrer">{label}</a></li> }.into_any(),
                                None => view! { <li>{label}</li> }.into_any(),
                            }
                        }).collect_view()}
                    </ul>
                })}
                <h2>{t.parallel_title}</h2>
                {if parallel.is_empty() {
                    view! { <p>{t.nothing_parallel}</p> }.into_any()
                } else {
                    view! {
                        <ul class="cards">
                            {parallel.into_iter().map(|other| view! {
                                <li><SessionCard programme=programme.clone() session=other lang/></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </article>
        }
        .into_any()
    }
}
