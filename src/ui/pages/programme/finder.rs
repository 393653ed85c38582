//! The programme's state: the URL's query, what is typed ahead of it, the results and the
//! day shown; and the programme's addresses.

use std::sync::{Arc, OnceLock};

use jiff::civil::Date;
use jiff::Timestamp;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::domain::query::{run, Query, Results, SearchIndex};
use crate::domain::Programme;
use crate::ui::basics::{link, ticking_now};

pub fn query_of(params: &ParamsMap) -> Query {
    let values: Vec<(&str, String)> = Query::KEYS
        .iter()
        .flat_map(|key| {
            params
                .get_all(key)
                .unwrap_or_default()
                .into_iter()
                .map(move |v| (*key, v))
        })
        .collect();
    Query::from_params(values.iter().map(|(k, v)| (*k, v.as_str())))
}

/// `/programme?…` for a query, keeping the app's own parameters (`ui::link`).
pub fn href(query: &Query) -> String {
    link(&format!("/programme{}", query.to_query_string()))
}

/// The programme's view as the page holds it: the URL's query, with what is being typed in
/// the search box ahead of it, the results on the day shown, and the day.
#[derive(Clone, Copy)]
pub struct Finder {
    from_url: Memo<Query>,
    typed: RwSignal<Option<(String, String)>>,
    pub query: Memo<Query>,
    pub results: Memo<Results>,
    pub day: Memo<Date>,
    /// The clock "en cours" and the folding of what is over read: moves on every 30 s.
    pub now: ReadSignal<Timestamp>,
}

impl Finder {
    pub fn new(programme: &Arc<Programme>) -> Finder {
        let params = use_query_map();
        let from_url = Memo::new(move |_| query_of(&params.get()));
        // The search box answers at once with what was typed; the URL follows a moment later.
        // What was typed is kept with the URL's text at that time, and shows only while the URL
        // still has that text: back, forward or "Tout effacer" move the URL on, and the URL wins.
        let typed = RwSignal::new(None::<(String, String)>);
        // Once the URL has moved on, what was typed has served: dropped when the router's URL
        // changes, not when navigating (the route's URL follows a moment later, and clearing it
        // sooner drew the whole day for one frame, taking the focus away from a result).
        let _forget_typed = Effect::watch(
            move || from_url.get(),
            move |_, _, _| typed.set(None),
            false,
        );
        let query = Memo::new(move |_| {
            let url = from_url.get();
            let text = typed.with(|typed| match typed {
                Some((text, base)) if *base == url.text => text.clone(),
                _ => url.text.clone(),
            });
            Query { text, ..url }
        });
        // Built once per programme: the hot path of typing only scans these folded texts. Not
        // before the first drawing, though: it is built when the browser is idle, or on the
        // first search if that comes sooner.
        let index = Arc::new(OnceLock::<SearchIndex>::new());
        {
            let (programme, index) = (programme.clone(), index.clone());
            request_idle_callback(move || {
                index.get_or_init(|| SearchIndex::new(&programme));
            });
        }
        // The clock "en cours" reads: moves on every 30 s while the page stays open.
        let now = ticking_now(programme.zone().clone());
        // Today while the event runs, else its first day; decided once, for the results and the
        // heading alike: the page does not change day under a person's eyes at midnight.
        let default_day = programme.default_day(now.get_untracked());
        let results = {
            let (programme, index) = (programme.clone(), index.clone());
            Memo::new(move |_| {
                let index = || index.get_or_init(|| SearchIndex::new(&programme));
                let mut query = query.get();
                query.day.get_or_insert(default_day);
                // Only "en cours" depends on the clock: browsing is not redone every 30 s.
                let at = if query.now_only {
                    now.get()
                } else {
                    now.get_untracked()
                };
                run(&programme, index, &query, at)
            })
        };
        let day = Memo::new(move |_| query.get().day.unwrap_or(default_day));
        Finder {
            from_url,
            typed,
            query,
            results,
            day,
            now,
        }
    }

    /// Keeps what was typed ahead of the URL, until the URL has the same text.
    pub fn typed(&self, text: String) {
        self.typed
            .set(Some((text, self.from_url.get_untracked().text)));
    }

    /// Forgets what was typed: the URL is about to be cleared.
    pub fn forget_typed(&self) {
        self.typed.set(None);
    }
}

/// Goes to the programme's address for a query, without scrolling: every control does this.
pub fn go_to() -> impl Fn(Query, bool) + Clone + Send + Sync + 'static {
    let navigate = use_navigate();
    move |query: Query, replace: bool| {
        // The URL now carries the whole view, typed text included.
        let url = href(&query);
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                // The address is under the app's base already (`ui::link`).
                resolve: false,
                ..Default::default()
            },
        );
    }
}
