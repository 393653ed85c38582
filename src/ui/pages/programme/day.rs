//! One day's sessions as a list, by time slot, drawn as they come near the screen.

use std::sync::Arc;

use jiff::civil::Date;
use jiff::Timestamp;
use leptos::prelude::*;

use crate::domain::query::{standing, Standing};
use crate::domain::{time, Programme};
use crate::edge::viewport;
use crate::ui::basics::{use_lang, FirstDrawing};
use crate::ui::i18n::strings;
use crate::ui::parts::card::SessionCard;

/// Cards drawn at first, and added per frame while the end of the list is near the screen.
const FIRST_CARDS: usize = crate::domain::FIRST_SESSIONS;
const MORE_CARDS: usize = 8;
/// Cards drawn per task while the first cards are drawn behind the start screen.
const CARDS_PER_STEP: usize = 2;

/// The day's list at an instant: each card says whether it runs now or is over, and the
/// sessions over can be folded at the top (`query::fold_over`).
#[derive(Clone, Copy)]
pub struct DayClock {
    pub now: Signal<Timestamp>,
    /// How many sessions of the day are over and folded.
    pub over: Signal<usize>,
    /// Whether the person asked to see them.
    pub show_over: RwSignal<bool>,
}

/// One day's sessions, by start time. Keyed by slot and by session, so that a keystroke in
/// the search only adds or removes the cards that change instead of drawing the day again.
/// Only the cards near the screen are drawn: a few at first, more as the reader scrolls (or
/// presses "Afficher la suite"), all of them before printing.
#[component]
pub fn DaySessions(
    programme: Arc<Programme>,
    #[prop(into)] day: Signal<Date>,
    #[prop(into)] sessions: Signal<Vec<usize>>,
    #[prop(optional, into)] words: Signal<Vec<String>>,
    /// While the event runs: the clock that marks each card, and what is folded at the top.
    #[prop(optional)]
    clock: Option<DayClock>,
    /// The list holds every day's matches (a search): each day gets its heading.
    #[prop(optional, into)]
    every_day: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    // How many cards are drawn, granted for one list of sessions: a new list starts again
    // from the first few, so a keystroke never draws far below the screen.
    let list_id = Memo::new(move |_| sessions.with(|s| fingerprint(s)));
    let granted = RwSignal::new((0_u64, FIRST_CARDS));
    // The first cards of the first page are drawn a few at a time behind the start screen.
    let opening = RwSignal::new(0);
    FirstDrawing::by_steps(FIRST_CARDS.div_ceil(CARDS_PER_STEP), move |i| {
        let n = i * CARDS_PER_STEP;
        opening
            .try_set(if n >= FIRST_CARDS { usize::MAX } else { n })
            .is_none()
    });
    let limit = Memo::new(move |_| {
        let n = match granted.get() {
            (id, n) if id == list_id.get() => n,
            _ => FIRST_CARDS,
        };
        n.min(opening.get())
    });
    let remaining = Memo::new(move |_| sessions.with(Vec::len).saturating_sub(limit.get()));
    let visible = Memo::new(move |_| {
        let n = limit.get();
        sessions.with(|s| s[..n.min(s.len())].to_vec())
    });
    let grant = move |more: usize| {
        granted.set((
            list_id.get_untracked(),
            limit.get_untracked().saturating_add(more),
        ))
    };
    // The browser tells when the end of the list comes near the screen (one screen below it):
    // more cards then, and after each drawing it is asked again, while the end stays near.
    let end = NodeRef::<leptos::html::P>::new();
    let watcher = StoredValue::new_local(None::<viewport::NearScreen>);
    end.on_load(move |el| {
        let near = viewport::NearScreen::new(el.into(), 1, move |near| {
            if near && remaining.get_untracked() > 0 {
                grant(MORE_CARDS);
            }
        });
        watcher.set_value(near);
    });
    Effect::new(move |_| {
        visible.track();
        watcher.with_value(|w| w.as_ref().map(viewport::NearScreen::recheck));
    });
    // Printing shows the whole day, what is over included.
    let before_print = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(c) = clock {
            c.show_over.set(true);
        }
        grant(usize::MAX)
    });
    on_cleanup(move || {
        before_print.remove();
        watcher.try_set_value(None);
    });

    let slots = {
        let programme = programme.clone();
        Memo::new(move |_| visible.with(|positions| programme.dated_slots(positions)))
    };
    let heading = move || format!("jour-{}", day.get());
    // A search's list: a tap on a day's tab brings that day's results into view.
    // Not when the search starts: the list stays where the person reads it.
    // That day's cards are drawn first if they were not yet (cards come as the reader scrolls).
    {
        let programme = programme.clone();
        Effect::new(move |before: Option<(Date, bool)>| {
            let now = (day.get(), every_day.get());
            if before.is_some_and(|(d, searching)| searching && now.1 && d != now.0) {
                let first = sessions
                    .with_untracked(|s| s.iter().position(|&i| programme.day_of(i) == now.0));
                if let Some(first) = first.filter(|n| n + MORE_CARDS > limit.get_untracked()) {
                    granted.set((list_id.get_untracked(), first + MORE_CARDS));
                }
                let id = format!("resultats-{}", now.0);
                request_animation_frame(move || crate::edge::document::scroll_to(&id));
            }
            now
        });
    }
    let slot_view = move |(on, start, _): (Date, jiff::civil::Time, Vec<usize>)| {
        let programme = programme.clone();
        let cards = Memo::new(move |_| {
            slots.with(|all| {
                all.iter()
                    .find(|(d, time, _)| *d == on && *time == start)
                    .map(|(_, _, group)| group.clone())
                    .unwrap_or_default()
            })
        });
        // In a search's list, the first slot of each day opens with the day's name.
        let opens_day = Memo::new(move |_| {
            every_day.get()
                && slots.with(|all| {
                    all.iter().find(|(d, ..)| *d == on).map(|(_, t, _)| *t) == Some(start)
                })
        });
        view! {
            {move || opens_day.get().then(|| view! {
                <h3 class="results-day" id=format!("resultats-{on}")>{time::format_day(on, lang.get())}</h3>
            })}
            <section class="slot">
                <h3 class="slot-time">{time::format_time(start)}</h3>
                <ul class="cards">
                    <For each=move || cards.get() key=|i| *i children=move |i| {
                        let session = programme.sessions()[i].clone();
                        let standing = {
                            let programme = programme.clone();
                            // Marked on the day that is today only: after the event, or
                            // on another day, a card is not "over" in a way worth saying.
                            Memo::new(move |_| {
                                clock.map_or(Standing::ToCome, |c| {
                                    let now = c.now.get();
                                    if programme.local(now).0 == programme.day_of(i) {
                                        standing(&programme, i, now)
                                    } else {
                                        Standing::ToCome
                                    }
                                })
                            })
                        };
                        let programme = programme.clone();
                        view! {
                            <li>{move || view! {
                                <SessionCard programme=programme.clone() session=session.clone()
                                    lang=lang.get() words standing/>
                            }}</li>
                        }
                    }/>
                </ul>
            </section>
        }
    };
    view! {
        <section class="day" aria-labelledby=heading>
            <h2 id=heading>{move || if every_day.get() {
                let t = strings(lang.get());
                // Every day without a search: the whole programme, not "found".
                if words.with(Vec::is_empty) { t.all_days_heading } else { t.results_heading }.to_owned()
            } else {
                time::format_day(day.get(), lang.get())
            }}</h2>
            {move || clock.filter(|c| c.over.get() > 0).map(|c| {
                let t = strings(lang.get());
                let shown = c.show_over.get();
                view! {
                    <p class="over-fold">
                        <button type="button" aria-expanded=if shown { "true" } else { "false" }
                            on:click=move |_| c.show_over.update(|s| *s = !*s)>
                            {if shown { t.hide_over.to_owned() } else { (t.show_over)(c.over.get()) }}
                        </button>
                    </p>
                }
            })}
            {move || slots.with(Vec::is_empty).then(|| view! {
                <p class="empty">{if every_day.get() {
                    strings(lang.get()).no_sessions_found
                } else {
                    strings(lang.get()).no_sessions_that_day
                }}</p>
            })}
            <For each=move || slots.get() key=|(on, time, _)| (*on, *time) children=slot_view/>
            <p class="more" node_ref=end hidden=move || remaining.get() == 0>
                <button type="button" on:click=move |_| grant(MORE_CARDS * 3)>
                    {move || (strings(lang.get()).show_more)(remaining.get())}
                </button>
            </p>
        </section>
    }
}

/// Tells one list of sessions from another.
fn fingerprint(sessions: &[usize]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    sessions.hash(&mut hasher);
    hasher.finish()
}
