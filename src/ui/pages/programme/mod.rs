//! The programme: day links, search as you type, filters with counts, then the chosen day's
//! sessions by time slot. The URL holds the view; every control just goes to a new URL.

mod day;
mod filters;
mod finder;
mod grid;
mod tools;

use std::sync::Arc;

pub use day::{DayClock, DaySessions};
use filters::filters;
use finder::{go_to, Finder};
pub use grid::GridView;
use leptos::prelude::*;
use tools::{day_links, result_status, search_box, view_links};

use crate::domain::query::{fold_over, terms, Folded, Query};
use crate::domain::Programme;
use crate::ui::basics::Later;

#[component]
pub fn ProgrammeView(programme: Arc<Programme>) -> impl IntoView {
    let finder = Finder::new(&programme);
    let go = go_to();
    let (query, results, day) = (finder.query, finder.results, finder.day);
    let words = Memo::new(move |_| terms(&query.get().text));
    // While the event runs, today's list starts with what runs now: what is over is folded,
    // with a button to show it. Not while searching or filtering: every match is shown then.
    let show_over = RwSignal::new(false);
    let folded = {
        let programme = programme.clone();
        Memo::new(move |_| {
            let now = finder.now.get();
            let today = programme.local(now).0 == day.get();
            results.with(|r| {
                if today && !query.with(Query::is_filtered) {
                    fold_over(&programme, &r.sessions, now)
                } else {
                    Folded {
                        over: Vec::new(),
                        shown: r.sessions.clone(),
                    }
                }
            })
        })
    };
    let shown = Memo::new(move |_| {
        if show_over.get() {
            results.with(|r| r.sessions.clone())
        } else {
            folded.with(|f| f.shown.clone())
        }
    });
    let clock = DayClock {
        now: finder.now.into(),
        over: Signal::derive(move || folded.with(|f| f.over.len())),
        show_over,
    };
    let grid_view = Memo::new(move |_| query.get().grid);
    let every_day = Memo::new(move |_| results.with(|r| r.every_day));
    let list = {
        let programme = programme.clone();
        move || {
            if grid_view.get() {
                let programme = programme.clone();
                (move || {
                    view! { <GridView programme=programme.clone() day=day.get() sessions=shown.get()/> }
                })
                .into_any()
            } else {
                view! { <DaySessions programme=programme.clone() day=day sessions=shown words clock every_day/> }
                    .into_any()
            }
        }
    };
    view! {
        <div class="programme-tools">
            {search_box(finder, go.clone())}
            {day_links(programme.clone(), finder)}
            <Later>
                {view_links(finder)}
                {filters(programme.clone(), finder, go.clone())}
                {result_status(finder, go.clone())}
            </Later>
        </div>
        <Later>{list.clone()}</Later>
    }
}
