//! The programme: day links, search as you type, filters with counts, then the chosen day's
//! sessions by time slot. The URL holds the view; every control just goes to a new URL.

mod day;
mod filters;
mod finder;
mod grid;
mod tools;

use std::sync::Arc;

pub use day::DaySessions;
use filters::filters;
use finder::{go_to, Finder};
pub use grid::GridView;
use leptos::prelude::*;
use tools::{day_links, result_status, search_box, view_links};

use crate::domain::query::terms;
use crate::domain::Programme;
use crate::ui::basics::Later;

#[component]
pub fn ProgrammeView(programme: Arc<Programme>) -> impl IntoView {
    let finder = Finder::new(&programme);
    let go = go_to();
    let (query, results, day) = (finder.query, finder.results, finder.day);
    let words = Memo::new(move |_| terms(&query.get().text));
    let shown = Memo::new(move |_| results.with(|r| r.sessions.clone()));
    let grid_view = Memo::new(move |_| query.get().grid);
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
                view! { <DaySessions programme=programme.clone() day=day sessions=shown words/> }
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
