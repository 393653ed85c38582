//! The programme's tools: the search box (answering as the person types), the day links with
//! their counts, list or grid, and the status line with "Tout effacer".

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use super::finder::{href, Finder};
use crate::domain::query::Query;
use crate::domain::{time, Programme};
use crate::ui::basics::use_lang;
use crate::ui::i18n::strings;

/// The search box: answers at once with what is typed; the URL follows when typing pauses.
pub fn search_box(
    finder: Finder,
    go: impl Fn(Query, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let query = finder.query;
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_search = move |ev| {
        finder.typed(event_target_value(&ev));
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let go = go.clone();
        let later = move || go(query.get_untracked(), true);
        pending.set_value(set_timeout_with_handle(later, Duration::from_millis(300)).ok());
    };
    view! {
        <div class="search" role="search">
            <label for="recherche">{move || strings(lang.get()).search_label}</label>
            <input type="search" id="recherche" autocomplete="off" spellcheck="false"
                prop:value=move || query.get().text on:input=on_search
                placeholder=move || strings(lang.get()).search_placeholder/>
        </div>
    }
}

/// The event's days, each with how many sessions it has for the search and filters.
pub fn day_links(programme: Arc<Programme>, finder: Finder) -> impl IntoView {
    let lang = use_lang();
    let (query, results, day) = (finder.query, finder.results, finder.day);
    let day_links = move || {
        let t = strings(lang.get());
        let current = day.get();
        let every_day = results.with(|r| r.every_day);
        programme
            .days()
            .into_iter()
            .map(|d| {
                let mut q = query.get();
                q.day = Some(d);
                q.all_days = false;
                let count = results.with(|r| r.per_day.get(&d).copied().unwrap_or(0));
                let url = href(&q);
                view! {
                    <li>
                        // A search's list holds every day: no tab is the page then, and a
                        // tap brings that day's results into view.
                        <a href=url aria-current=(d == current && !every_day).then_some("page")>
                            <span class="day-name">{time::format_day(d, lang.get())}</span>
                            // On a phone, the tab shows this; the full name is still read.
                            <span class="day-short" aria-hidden="true">{time::format_day_short(d, lang.get())}</span>
                            <span class="count">{(t.sessions_count)(count)}</span>
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    // Every day in one list: to read, or print, the whole programme.
    let all_days = move || {
        let t = strings(lang.get());
        let q = query.get();
        let here = q.all_days && q.text.trim().is_empty() && !q.grid;
        let url = href(&Query {
            all_days: true,
            day: None,
            grid: false,
            ..q
        });
        let total: usize = results.with(|r| r.per_day.values().sum());
        view! {
            <li class="all-days">
                <a href=url aria-current=here.then_some("page")>
                    <span class="day-name">{t.all_days}</span>
                    <span class="day-short" aria-hidden="true">{t.all_days_short}</span>
                    <span class="count">{(t.sessions_count)(total)}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="days" aria-label=move || strings(lang.get()).days_nav>
            <ul>{day_links}{all_days}</ul>
        </nav>
    }
}

/// The day shown as a list or as a grid.
pub fn view_links(finder: Finder) -> impl IntoView {
    let lang = use_lang();
    let query = finder.query;
    let view_links = move || {
        let t = strings(lang.get());
        let q = query.get();
        let as_list = href(&Query {
            grid: false,
            ..q.clone()
        });
        let as_grid = href(&Query {
            grid: true,
            ..q.clone()
        });
        view! {
            <li><a href=as_list aria-current=(!q.grid).then_some("page")>{t.view_list}</a></li>
            <li><a href=as_grid aria-current=q.grid.then_some("page")>{t.view_grid}</a></li>
        }
    };
    view! {
        <nav class="views" aria-label=move || strings(lang.get()).views_nav>
            <ul>{view_links}</ul>
        </nav>
    }
}

/// How many sessions are shown, or found; with a way to clear the search and filters.
pub fn result_status(
    finder: Finder,
    go: impl Fn(Query, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let (query, results) = (finder.query, finder.results);
    let status = move || {
        let t = strings(lang.get());
        let q = query.get();
        results.with(|r| {
            let on_day = r.sessions.len();
            let total: usize = r.per_day.values().sum();
            if r.every_day && q.all_days && !q.is_filtered() {
                (t.sessions_count)(total)
            } else if r.every_day {
                let days = r.per_day.values().filter(|n| **n > 0).count();
                (t.results_found)(total, days)
            } else if q.is_filtered() {
                (t.found_on_day)(total, on_day)
            } else {
                (t.sessions_count)(on_day)
            }
        })
    };
    let clear = move |_| {
        // The cleared URL may read as the one typed over: what was typed goes at once.
        finder.forget_typed();
        go(query.get_untracked().cleared(), false)
    };
    view! {
        <p class="result-status" role="status" aria-live="polite">
            <span>{status}</span>
            {
                move || query.get().is_filtered().then(|| view! {
                    <button type="button" class="clear" on:click=clear.clone()>
                        {strings(lang.get()).clear_filters}
                    </button>
                })
            }
        </p>
    }
}
