//! A session's card, as the programme, Maintenant and the speaker pages list it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::model::SessionStatus;
use crate::domain::query::{highlight, Standing};
use crate::domain::{time, Lang, Programme, ScheduledSession};
use crate::ui::basics::{link, place};
use crate::ui::i18n::strings;
use crate::ui::parts::star::Star;

/// Text with the search terms marked.
fn marked(text: &str, words: &[String]) -> impl IntoView {
    highlight(text, words)
        .into_iter()
        .map(|(run, hit)| {
            if hit {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}

#[component]
pub fn SessionCard(
    programme: Arc<Programme>,
    session: ScheduledSession,
    lang: Lang,
    #[prop(optional, into)] words: Signal<Vec<String>>,
    /// Whether it runs now or is over, where the list knows the time (the programme's day).
    #[prop(optional, into)]
    standing: Signal<Standing>,
    /// The card says its day too, where a list mixes days (a speaker's sessions).
    #[prop(optional)]
    with_day: bool,
) -> impl IntoView {
    let t = strings(lang);
    let s = &session.data;
    let (day, start) = programme.local(session.start);
    let (_, end) = programme.local(session.end);
    let space = programme.space(&s.space);
    let where_ = space.map(|space| place(space, lang)).unwrap_or_default();
    let format = programme
        .format(&s.format)
        .map(|f| f.label.get(lang).to_owned())
        .unwrap_or_default();
    let themes: Vec<_> = s
        .themes
        .iter()
        .filter_map(|id| programme.theme(id))
        .map(|theme| (theme.label.get(lang).to_owned(), theme.colour.clone()))
        .collect();
    let cancelled = s.status == SessionStatus::Cancelled;
    let drop_in = programme.is_drop_in(&session);
    let facets: Vec<(&str, &str)> = [
        (
            s.accessibility.sign_language,
            t.sign_language_short,
            t.sign_language,
        ),
        (
            s.accessibility.live_captions,
            t.live_captions_short,
            t.live_captions,
        ),
        (s.accessibility.step_free, "♿", t.step_free),
    ]
    .into_iter()
    .filter(|(on, ..)| *on)
    .map(|(_, icon, label)| (icon, label))
    .collect();
    let moved = moved_text(&programme, &session, lang);
    let title_id = format!("titre-{}", s.id);
    let labelled_by = title_id.clone();
    let language = (s.language != "fr").then(|| s.language.clone());
    let text_lang = s.text_lang().map(str::to_owned);
    let to_session = link(&format!("/session/{}", s.id));
    let title = {
        let text = s.title.clone();
        move || words.with(|w| marked(&text, w))
    };
    let speakers_text = programme.speakers_line(s).map(|names| {
        let text = format!("{} {names}", t.with);
        move || words.with(|w| marked(&text, w))
    });

    view! {
        <article class="session-card" class:cancelled=cancelled data-session=s.id.clone()
            class:running=move || standing.get() == Standing::Running
            class:over=move || standing.get() == Standing::Over
            aria-labelledby=labelled_by>
            <p class="when">
                {with_day.then(|| view! { <span class="day">{time::format_day(day, lang)}" · "</span> })}
                <time datetime=s.start.clone()>{time::format_time(start)}</time>
                "–"
                <time datetime=s.end.clone()>{time::format_time(end)}</time>
            </p>
            <h4 class="title" id=title_id lang=text_lang.clone()><a href=to_session>{title}</a></h4>
            {s.subtitle.clone().map(|sub| view! { <p class="subtitle" lang=text_lang>{sub}</p> })}
            <p class="meta">
                <span class="format">{format}</span>
                <span class="space">{where_}</span>
                {language.map(|code| view! {
                    <span class="language" lang=code.clone()>{code.to_uppercase()}</span>
                })}
            </p>
            <ThemeList themes/>
            {speakers_text.map(|text| view! { <p class="speakers">{text}</p> })}
            <p class="badges">
                {move || match standing.get() {
                    Standing::Running => Some(view! { <span class="badge badge-now">{t.running_badge}</span> }),
                    Standing::Over if !cancelled => Some(view! { <span class="badge badge-over">{t.over_badge}</span> }),
                    _ => None,
                }}
                {cancelled.then(|| view! { <span class="badge badge-cancelled">{t.cancelled}</span> })}
                {moved.map(|text| view! { <span class="badge badge-moved">{text}</span> })}
                {drop_in.then(|| view! { <span class="badge">{t.drop_in}</span> })}
                {s.registration.full.then(|| view! { <span class="badge badge-full">{t.full}</span> })}
                {(s.registration.required && !s.registration.full).then(|| view! {
                    <span class="badge">{t.registration_required}</span>
                })}
                {facets.into_iter().map(|(icon, label)| view! {
                    <span class="facet" title=label>
                        <span aria-hidden="true">{icon}</span>
                        <span class="visually-hidden">{label}</span>
                    </span>
                }).collect_view()}
            </p>
            <p class="card-actions"><Star id=s.id.clone() title=s.title.clone()/></p>
        </article>
    }
}

/// "Déplacée (auparavant : mercredi 28 septembre 14:00, Salon Terril)", for a moved session.
pub fn moved_text(programme: &Programme, session: &ScheduledSession, lang: Lang) -> Option<String> {
    let previous = session.data.previous.as_ref()?;
    let when = previous
        .start
        .as_deref()
        .and_then(time::parse_instant)
        .map(|start| {
            let (day, at) = programme.local(start);
            format!("{} {}", time::format_day(day, lang), time::format_time(at))
        });
    let place = previous
        .space
        .as_deref()
        .and_then(|id| programme.space(id))
        .map(|space| space.name.get(lang).to_owned());
    Some((strings(lang).moved)(
        &[when, place]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
    ))
}

/// Themes as a colour swatch and a label: the colour is never the only sign.
#[component]
pub fn ThemeList(themes: Vec<(String, String)>) -> impl IntoView {
    (!themes.is_empty()).then(|| {
        view! {
            <ul class="themes">
                {themes.into_iter().map(|(label, colour)| view! {
                    <li>
                        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                            <circle cx="5" cy="5" r="5" fill=colour/>
                        </svg>
                        {label}
                    </li>
                }).collect_view()}
            </ul>
        }
    })
}
