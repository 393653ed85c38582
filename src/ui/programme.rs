//! The programme list: days, then time slots, then session cards.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::model::SessionStatus;
use crate::domain::{time, Lang, Programme, ScheduledSession};
use crate::ui::i18n::strings;
use crate::ui::use_lang;

#[component]
pub fn ProgrammeList(programme: Arc<Programme>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        programme
            .days()
            .into_iter()
            .map(|day| {
                let slots = programme.slots_on(day);
                let count: usize = slots.iter().map(|(_, group)| group.len()).sum();
                let id = format!("jour-{day}");
                let labelled_by = id.clone();
                view! {
                    <section class="day" aria-labelledby=labelled_by>
                        <h2 id=id>
                            {time::format_day(day, lang)}
                            <span class="count">{(t.sessions_count)(count)}</span>
                        </h2>
                        {slots.is_empty().then(|| view! { <p>{t.no_sessions_that_day}</p> })}
                        {slots.into_iter().map(|(start, group)| view! {
                            <section class="slot">
                                <h3 class="slot-time">{time::format_time(start)}</h3>
                                <ul class="cards">
                                    {group.into_iter().map(|session| view! {
                                        <li><SessionCard programme=programme.clone() session=session.clone() lang/></li>
                                    }).collect_view()}
                                </ul>
                            </section>
                        }).collect_view()}
                    </section>
                }
            })
            .collect_view()
    }
}

#[component]
fn SessionCard(programme: Arc<Programme>, session: ScheduledSession, lang: Lang) -> impl IntoView {
    let t = strings(lang);
    let s = &session.data;
    let (_, start) = programme.local(session.start);
    let (_, end) = programme.local(session.end);
    let space = programme.space(&s.space);
    let where_ = space
        .map(|space| format!("{} · {}", space.name, (t.level)(space.level)))
        .unwrap_or_default();
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
    let speakers: Vec<String> = s
        .speakers
        .iter()
        .filter_map(|id| programme.speaker(id))
        .map(|p| match &p.organisation {
            Some(org) => format!("{} ({org})", p.name),
            None => p.name.clone(),
        })
        .collect();
    let cancelled = s.status == SessionStatus::Cancelled;
    let facets: Vec<(&str, &str)> = [
        (s.accessibility.sign_language, "LSF", t.sign_language),
        (s.accessibility.live_captions, "CC", t.live_captions),
        (s.accessibility.step_free, "♿", t.step_free),
    ]
    .into_iter()
    .filter(|(on, ..)| *on)
    .map(|(_, icon, label)| (icon, label))
    .collect();
    // A moved session says where and when it was before, in the event's zone.
    let moved = s.previous.as_ref().map(|previous| {
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
            .map(|space| space.name.clone());
        (t.moved)(
            &[when, place]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
        )
    });
    let title_id = format!("titre-{}", s.id);
    let labelled_by = title_id.clone();
    let language = (s.language != "fr").then(|| s.language.clone());

    view! {
        <article class="session-card" class:cancelled=cancelled data-session=s.id.clone()
            aria-labelledby=labelled_by>
            <p class="when">
                <time datetime=s.start.clone()>{time::format_time(start)}</time>
                "–"
                <time datetime=s.end.clone()>{time::format_time(end)}</time>
            </p>
            <h4 class="title" id=title_id>{s.title.clone()}</h4>
            {s.subtitle.clone().map(|sub| view! { <p class="subtitle">{sub}</p> })}
            <p class="meta">
                <span class="format">{format}</span>
                <span class="space">{where_}</span>
                {language.map(|code| view! {
                    <span class="language" lang=code.clone()>{code.to_uppercase()}</span>
                })}
            </p>
            {(!themes.is_empty()).then(|| view! {
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
            })}
            {(!speakers.is_empty()).then(|| view! {
                <p class="speakers">{format!("{} {}", t.with, speakers.join(", "))}</p>
            })}
            <p class="badges">
                {cancelled.then(|| view! { <span class="badge badge-cancelled">{t.cancelled}</span> })}
                {moved.map(|text| view! { <span class="badge badge-moved">{text}</span> })}
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
        </article>
    }
}
