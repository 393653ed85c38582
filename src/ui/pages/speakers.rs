//! A speaker's page and the speakers index.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::query::{highlight, terms};
use crate::domain::text::fold;
use crate::domain::Programme;
use crate::ui::basics::{link, use_lang};
use crate::ui::i18n::strings;
use crate::ui::parts::card::SessionCard;

/// One speaker: who they are and their sessions.
#[component]
pub fn SpeakerDetail(programme: Arc<Programme>, id: String) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let Some(person) = programme.speaker(&id).cloned() else {
            return view! { <h1>{t.not_found_title}</h1><p>{t.speaker_not_found}</p> }.into_any();
        };
        let about = [person.role.clone(), person.organisation.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        let sessions: Vec<_> = programme.sessions_of(&id).into_iter().cloned().collect();
        view! {
            <article class="speaker-page">
                <p class="back"><a href=link("/intervenants")>{t.speakers_title}</a></p>
                <h1>{person.name.clone()}</h1>
                {(!about.is_empty()).then(|| view! { <p class="about">{about}</p> })}
                {person.bio.clone().map(|b| view! { <p>{b}</p> })}
                <h2>{t.sessions_of_title}</h2>
                <ul class="cards">
                    {sessions.into_iter().map(|s| view! {
                        <li><SessionCard programme=programme.clone() session=s lang with_day=true/></li>
                    }).collect_view()}
                </ul>
            </article>
        }
        .into_any()
    }
}

/// Every speaker, alphabetically, with a search box (accent- and case-insensitive).
#[component]
pub fn SpeakersIndex(programme: Arc<Programme>) -> impl IntoView {
    let lang = use_lang();
    let text = RwSignal::new(String::new());
    let mut people: Vec<_> = programme.speakers().to_vec();
    people.sort_by_key(|p| fold(&p.name));
    let folded: Vec<String> = people
        .iter()
        .map(|p| {
            fold(&format!(
                "{} {}",
                p.name,
                p.organisation.clone().unwrap_or_default()
            ))
        })
        .collect();
    let shown = Memo::new(move |_| {
        let words = terms(&text.get());
        folded
            .iter()
            .enumerate()
            .filter(|(_, f)| words.iter().all(|w| f.contains(w.as_str())))
            .map(|(i, _)| i)
            .collect::<Vec<_>>()
    });
    view! {
        <h1>{move || strings(lang.get()).speakers_title}</h1>
        <div class="search" role="search">
            <label for="recherche-personnes">{move || strings(lang.get()).speakers_search}</label>
            <input type="search" id="recherche-personnes" autocomplete="off"
                on:input=move |ev| text.set(event_target_value(&ev))/>
        </div>
        <p class="result-status" role="status" aria-live="polite">
            {move || (strings(lang.get()).speakers_found)(shown.with(Vec::len))}
        </p>
        <ul class="people">
            {move || {
                let words = terms(&text.get());
                shown.get().into_iter().map(|i| {
                    let p = &people[i];
                    let href = link(&format!("/intervenant/{}", p.id));
                    let name = highlight(&p.name, &words).into_iter().map(|(run, hit)| {
                        if hit { view! { <mark>{run}</mark> }.into_any() } else { run.into_any() }
                    }).collect_view();
                    view! {
                        <li><a href=href>{name}</a>
                            {p.organisation.clone().map(|o| view! { <span class="about">{o}</span> })}</li>
                    }
                }).collect_view()
            }}
        </ul>
    }
}
