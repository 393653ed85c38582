//! What the event is at this moment: a countdown before it, what runs now and next during it,
//! the replays after it.

use std::sync::Arc;

use jiff::Timestamp;
use leptos::prelude::*;

use crate::domain::now::{moment, Moment};
use crate::domain::{time, Lang, Programme};
use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;
use crate::ui::parts::card::SessionCard;

/// Sessions as a list of cards.
fn cards(programme: &Arc<Programme>, positions: Vec<usize>, lang: Lang) -> impl IntoView {
    view! {
        <ul class="cards">
            {positions.into_iter().map(|i| view! {
                <li><SessionCard programme=programme.clone()
                    session=programme.sessions()[i].clone() lang/></li>
            }).collect_view()}
        </ul>
    }
}

pub fn the_moment(programme: Arc<Programme>, now: Memo<Timestamp>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let t = strings(lang.get());
        match moment(&programme, now.get()) {
            Moment::Before { countdown, first } => view! {
                <p class="countdown" role="status">
                    {(t.countdown)(countdown.days, countdown.hours, countdown.minutes)}
                </p>
                <h2>{t.first_sessions}</h2>
                {cards(&programme, first, lang.get())}
            }
            .into_any(),
            Moment::During { now: running, next } => {
                let when = next.first().map(|&i| {
                    let (day, at) = programme.local(programme.sessions()[i].start);
                    format!(
                        "{} {}",
                        time::format_day(day, lang.get()),
                        time::format_time(at)
                    )
                });
                view! {
                    <h2>{t.running_now}</h2>
                    {if running.is_empty() {
                        view! { <p>{t.nothing_now}</p> }.into_any()
                    } else {
                        cards(&programme, running, lang.get()).into_any()
                    }}
                    {when.map(|when| view! { <h2>{(t.coming_next)(&when)}</h2> })}
                    {cards(&programme, next, lang.get())}
                }
                .into_any()
            }
            Moment::After { replays } => view! {
                <h2>{t.after_title}</h2>
                <p>{t.after_text}</p>
                <h3>{t.replays_title}</h3>
                {if replays.is_empty() {
                    view! { <p>{t.no_replays}</p> }.into_any()
                } else {
                    cards(&programme, replays, lang.get()).into_any()
                }}
            }
            .into_any(),
        }
    }
}
