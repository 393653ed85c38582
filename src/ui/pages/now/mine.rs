//! The person's own sessions first: the one they are in, the next one they kept, and the way
//! from one room to the other (step-free if they asked for it in their agenda).

use std::sync::Arc;

use jiff::Timestamp;
use leptos::prelude::*;

use crate::domain::now::mine;
use crate::domain::{time, Programme};
use crate::ui::basics::{link, place, use_lang};
use crate::ui::i18n::strings;
use crate::ui::pages::map::{route_href, space_href};
use crate::ui::store::use_agenda;

pub fn my_sessions(programme: Arc<Programme>, now: Memo<Timestamp>) -> impl IntoView {
    let lang = use_lang();
    let store = use_agenda();
    move || {
        let now = now.get();
        let found = store.agenda.with(|a| mine(&programme, a, now));
        if found.current.is_none() && found.next.is_none() {
            return None;
        }
        let lang = lang.get();
        let t = strings(lang);
        let sessions = programme.sessions();
        let line = |heading: String, i: usize, way: Option<(String, String)>| {
            let d = &sessions[i].data;
            let (_, start) = programme.local(sessions[i].start);
            let (_, end) = programme.local(sessions[i].end);
            let room = programme.space(&d.space).map(|sp| place(sp, lang));
            view! {
                <li>
                    <p class="mine-when">{heading}</p>
                    <p class="title" lang=d.text_lang().map(str::to_owned)><a href=link(&format!("/session/{}", d.id))>{d.title.clone()}</a></p>
                    <p class="meta">{time::format_time_range(start, end)}" · "{room}</p>
                    {way.map(|(href, text)| view! { <p><a href=href>{text}</a></p> })}
                </li>
            }
        };
        let current = found
            .current
            .map(|i| line(t.running_now.to_owned(), i, None));
        let next = found.next.map(|i| {
            let (day, at) = programme.local(sessions[i].start);
            let (today, _) = programme.local(now);
            let when = if day == today {
                time::format_time(at)
            } else {
                format!("{} {}", time::format_day(day, lang), time::format_time(at))
            };
            // From the room I am in, the route; otherwise the room on the map.
            let to = &sessions[i].data.space;
            let way = match found.current.map(|c| &sessions[c].data.space) {
                Some(from) if from != to => {
                    let name = programme
                        .space(from)
                        .map_or(from.as_str(), |sp| sp.name.get(lang));
                    let href = route_href(from, to, store.step_free.get());
                    (href, (t.mine_route)(name))
                }
                _ => (space_href(to), t.see_on_map.to_owned()),
            };
            line((t.coming_next)(&when), i, Some(way))
        });
        Some(view! {
            <section class="mine" aria-labelledby="mine-title">
                <h2 id="mine-title">{t.mine_title}</h2>
                <ul class="mine-list">{current}{next}</ul>
            </section>
        })
    }
}
