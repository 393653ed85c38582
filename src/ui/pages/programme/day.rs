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
        Memo::new(move |_| visible.with(|positions| programme.slots(positions)))
    };
    let heading = move || format!("jour-{}", day.get());
    let slot_view = move |(start, _): (jiff::civil::Time, Vec<usize>)| {
        let programme = programme.clone();
        let cards = Memo::new(move |_| {
            slots.with(|all| {
                all.iter()
                    .find(|(time, _)| *time == start)
                    .map(|(_, group)| group.clone())
                    .unwrap_or_default()
            })
        });
        view! {
            <section class="slot">
                <h3 class="slot-time">{time::format_time(start)}</h3>
                <ul class="cards">
                    <For each=move || cards.get() key=|i| *i children=move |i| {
                        let session = programme.sessions()[i].clone();
                        let standing = {
                            let programme = programme.clone();
                            Memo::new(move |_| {
                                clock.map_or(Standing::ToCome, |c| standing(&programme, i, c.now.get()))
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
            <h2 id=heading>{move || time::format_day(day.get(), lang.get())}</h2>
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
                <p class="empty">{strings(lang.get()).no_sessions_that_day}</p>
            })}
            <For each=move || slots.get() key=|(time, _)| *time children=slot_view/>
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
