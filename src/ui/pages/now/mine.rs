//! The person's own sessions first: the one they are in, the next one they kept, and the way
//! from one room to the other (step-free if they asked for it in their agenda; said plainly
//! when no step-free way leads to the next room).

use std::sync::Arc;

use jiff::Timestamp;
use leptos::prelude::*;

use crate::domain::agenda::no_step_free_way;
use crate::domain::now::mine;
use crate::domain::{time, Programme};
use crate::ui::basics::{link, place, use_lang};
use crate::ui::data::load_venue_for;
use crate::ui::i18n::strings;
use crate::ui::i18n_agenda::agenda_text;
use crate::ui::pages::map::{route_href, space_href};
use crate::ui::parts::clashes::{overlap_words, warning_list, Naming};
use crate::ui::store::use_agenda;

pub fn my_sessions(programme: Arc<Programme>, now: Memo<Timestamp>) -> impl IntoView {
    let lang = use_lang();
    let store = use_agenda();
    // With step-free walks asked for, the venue map tells whether a step-free way leads to the
    // next room: fetched only then (no map named, nothing fetched), and once per page.
    let map = programme.event().venue.map.clone();
    let has_map = crate::domain::source::has_map(map.as_deref());
    let venue = LocalResource::new(move || {
        load_venue_for(store.step_free.get().then(|| map.clone()).flatten())
    });
    move || {
        let now = now.get();
        let found = store.agenda.with(|a| mine(&programme, a, now));
        if found.current.is_none() && found.next.is_none() {
            return None;
        }
        let lang = lang.get();
        let t = strings(lang);
        let sessions = programme.sessions();
        let line = |heading: String, i: usize, way: Option<Way>, also: Option<Naming>| {
            let d = &sessions[i].data;
            let (_, start) = programme.local(sessions[i].start);
            let (_, end) = programme.local(sessions[i].end);
            let room = programme.space(&d.space).map(|sp| place(sp, lang));
            view! {
                <li>
                    <p class="mine-when">{heading}</p>
                    <p class="title" lang=d.text_lang().map(str::to_owned)><a href=link(&format!("/session/{}", d.id))>{d.title.clone()}</a></p>
                    <p class="meta">{time::format_time_range(start, end)}" · "{room}</p>
                    {also.map(|also| warning_list(vec![also], lang))}
                    {way.map(|way| match way {
                        Way::Link(href, text) => view! { <p><a href=href>{text}</a></p> }.into_any(),
                        Way::NoStepFree(text) => view! {
                            <ul class="warnings"><li><span aria-hidden="true">"⚠ "</span>
                                <span class="visually-hidden">{agenda_text(lang).conflicts_title}{t.path_separator}</span>{text}</li></ul>
                        }.into_any(),
                    })}
                </li>
            }
        };
        let current = found
            .current
            .map(|i| line(t.running_now.to_owned(), i, None, None));
        // The next session, and those of the agenda that overlap it: a choice to make, each
        // with its way and the overlap said.
        let first_next = found.next;
        let next = found
            .next
            .into_iter()
            .chain(found.next_too)
            .map(|i| {
                let (day, at) = programme.local(sessions[i].start);
                let (today, _) = programme.local(now);
                let when = if day == today {
                    time::format_time(at)
                } else {
                    format!("{} {}", time::format_day(day, lang), time::format_time(at))
                };
                // No step-free way to the next room: said, rather than a route the map cannot
                // give. Otherwise from the room I am in, the route; or the room on the map.
                let to = &sessions[i].data.space;
                let step_free = store.step_free.get();
                let stairs_only = step_free
                    && venue
                        .get()
                        .and_then(Result::ok)
                        .flatten()
                        .is_some_and(|venue| no_step_free_way(&venue, to));
                let way = match found.current.map(|c| &sessions[c].data.space) {
                    // Without a map, the room's name says where.
                    _ if !has_map => None,
                    _ if stairs_only => {
                        let room = programme
                            .space(to)
                            .map_or(to.as_str(), |sp| sp.name.get(lang));
                        Some(Way::NoStepFree((agenda_text(lang).no_step_free_way)(room)))
                    }
                    Some(from) if from != to => {
                        let name = programme
                            .space(from)
                            .map_or(from.as_str(), |sp| sp.name.get(lang));
                        Some(Way::Link(
                            route_href(from, to, step_free),
                            (t.mine_route)(name),
                        ))
                    }
                    _ => Some(Way::Link(space_href(to), t.see_on_map.to_owned())),
                };
                let also = first_next
                    .filter(|&first| first != i)
                    .map(|first| overlap_words(&programme, first, lang));
                line((t.coming_next)(&when), i, way, also)
            })
            .collect_view();
        Some(view! {
            <section class="mine" aria-labelledby="mine-title">
                <h2 id="mine-title">{t.mine_title}</h2>
                <ul class="mine-list">{current}{next}</ul>
            </section>
        })
    }
}

/// What the next session's line offers to get there.
enum Way {
    /// A link (its address, its words): the route from the room I am in, or the room on the map.
    Link(String, String),
    /// Step-free walks asked for, and none leads to the room: said in words.
    NoStepFree(String),
}
