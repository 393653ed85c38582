//! The programme: day links, search as you type, filters with counts, then the chosen day's
//! sessions by time slot. The URL holds the view; every control just goes to a new URL.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use jiff::civil::Date;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

use crate::domain::grid::{grid, Cell};
use crate::domain::model::SessionStatus;
use crate::domain::query::{run, terms, Dimension, Facet, Query, SearchIndex};
use crate::domain::{query, time, Lang, Programme};
use crate::edge::viewport;
use crate::ui::basics::{in_page, link, ticking_now, use_lang, FirstDrawing, Later};
use crate::ui::i18n::{strings, Strings};
use crate::ui::parts::card::SessionCard;
use crate::ui::parts::star::Star;

fn query_of(params: &ParamsMap) -> Query {
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
fn href(query: &Query) -> String {
    link(&format!("/programme{}", query.to_query_string()))
}

fn dimension_label(t: &Strings, dimension: Dimension) -> &'static str {
    match dimension {
        Dimension::Theme => t.filter_theme,
        Dimension::Format => t.filter_format,
        Dimension::Space => t.filter_space,
        Dimension::Language => t.filter_language,
        Dimension::Facet => t.filter_access,
    }
}

fn facet_label(t: &Strings, facet: Facet) -> &'static str {
    match facet {
        Facet::SignLanguage => t.sign_language,
        Facet::LiveCaptions => t.live_captions,
        Facet::StepFree => t.step_free,
    }
}

/// The options of a dimension: (value, label), in the programme's order.
fn options(programme: &Programme, dimension: Dimension, lang: Lang) -> Vec<(String, String)> {
    let t = strings(lang);
    match dimension {
        Dimension::Theme => programme
            .themes()
            .iter()
            .map(|x| (x.id.clone(), x.label.get(lang).to_owned()))
            .collect(),
        Dimension::Format => programme
            .formats()
            .iter()
            .map(|x| (x.id.clone(), x.label.get(lang).to_owned()))
            .collect(),
        Dimension::Space => programme
            .spaces()
            .iter()
            .map(|x| (x.id.clone(), x.name.get(lang).to_owned()))
            .collect(),
        Dimension::Language => {
            let mut codes: Vec<String> = programme
                .sessions()
                .iter()
                .map(|s| s.data.language.clone())
                .collect();
            codes.sort();
            codes.dedup();
            codes
                .into_iter()
                .map(|c| (c.clone(), query::language_name(&c, lang)))
                .collect()
        }
        Dimension::Facet => Facet::ALL
            .into_iter()
            .map(|f| (f.key().to_owned(), facet_label(t, f).to_owned()))
            .collect(),
    }
}

#[component]
pub fn ProgrammeView(programme: Arc<Programme>) -> impl IntoView {
    let lang = use_lang();
    let params = use_query_map();
    let navigate = use_navigate();
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
    let go = move |query: Query, replace: bool| {
        // The URL now carries the whole view, typed text included.
        let url = href(&query);
        navigate(
            &url,
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let day = Memo::new(move |_| query.get().day.unwrap_or(default_day));

    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_search = {
        let go = go.clone();
        move |ev| {
            typed.set(Some((
                event_target_value(&ev),
                from_url.get_untracked().text,
            )));
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let go = go.clone();
            let later = move || go(query.get_untracked(), true);
            pending.set_value(set_timeout_with_handle(later, Duration::from_millis(300)).ok());
        }
    };
    let clear = {
        let go = go.clone();
        move |_| {
            // The cleared URL may read as the one typed over: what was typed goes at once.
            typed.set(None);
            go(query.get_untracked().cleared(), false)
        }
    };

    let day_links = {
        let programme = programme.clone();
        move || {
            let t = strings(lang.get());
            let current = day.get();
            programme
                .days()
                .into_iter()
                .map(|d| {
                    let mut q = query.get();
                    q.day = Some(d);
                    let count = results.with(|r| r.per_day.get(&d).copied().unwrap_or(0));
                    let url = href(&q);
                    view! {
                        <li>
                            <a href=url aria-current=(d == current).then_some("page")>
                                <span class="day-name">{time::format_day(d, lang.get())}</span>
                                <span class="count">{(t.sessions_count)(count)}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        }
    };

    // Drawn when the filters are first opened (a big programme has hundreds of options), then
    // once per language: a keystroke only updates each option's count and state.
    let filters_open = RwSignal::new(false);
    let filters = {
        let programme = programme.clone();
        let go = go.clone();
        move || {
            let lang = lang.get();
            let t = strings(lang);
            Dimension::ALL
                .into_iter()
                .map(|dimension| {
                    let legend = dimension_label(t, dimension);
                    let boxes = options(&programme, dimension, lang)
                        .into_iter()
                        .map(|(value, label)| {
                            let count = {
                                let key = (dimension, value.clone());
                                move || results.with(|r| r.counts.get(&key).copied().unwrap_or(0))
                            };
                            let checked = {
                                let value = value.clone();
                                move || query.with(|q| q.selected(dimension).contains(&value))
                            };
                            let id = format!("f-{}-{value}", dimension.key());
                            let go = go.clone();
                            let toggle = move |_| {
                                go(query.get_untracked().toggled(dimension, &value), false)
                            };
                            view! {
                                <li>
                                    <input type="checkbox" id=id.clone() prop:checked=checked
                                        on:change=toggle/>
                                    <label for=id>{label}<span class="count">" "{count}</span></label>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset>
                            <legend>{legend}</legend>
                            <ul class="options">{boxes}</ul>
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };
    let on_now_only = {
        let go = go.clone();
        move |_| {
            let mut next = query.get_untracked();
            next.now_only = !next.now_only;
            go(next, false);
        }
    };

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

    let status = move || {
        let t = strings(lang.get());
        let q = query.get();
        results.with(|r| {
            let on_day = r.sessions.len();
            let total: usize = r.per_day.values().sum();
            if q.is_filtered() {
                (t.results_found)(total, on_day)
            } else {
                (t.sessions_count)(on_day)
            }
        })
    };
    let filter_count = move || {
        let q = query.get();
        Dimension::ALL
            .iter()
            .map(|d| q.selected(*d).len())
            .sum::<usize>()
            + usize::from(q.now_only)
    };

    view! {
        <div class="programme-tools">
            <div class="search" role="search">
                <label for="recherche">{move || strings(lang.get()).search_label}</label>
                <input type="search" id="recherche" autocomplete="off" spellcheck="false"
                    prop:value=move || query.get().text on:input=on_search
                    placeholder=move || strings(lang.get()).search_placeholder/>
            </div>
            <nav class="days" aria-label=move || strings(lang.get()).days_nav>
                <ul>{day_links}</ul>
            </nav>
            <Later>
                <nav class="views" aria-label=move || strings(lang.get()).views_nav>
                    <ul>{view_links}</ul>
                </nav>
                <details class="filters" on:toggle=move |ev| {
                    filters_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
                }>
                    <summary>
                        {move || strings(lang.get()).filters}
                        {move || (filter_count() > 0).then(|| format!(" ({})", filter_count()))}
                    </summary>
                    <p class="now-only">
                        <input type="checkbox" id="f-encours" prop:checked=move || query.get().now_only
                            on:change=on_now_only.clone()/>
                        <label for="f-encours">{move || strings(lang.get()).now_only}</label>
                    </p>
                    {
                        let filters = filters.clone();
                        move || filters_open.get().then(filters.clone())
                    }
                </details>
                <p class="result-status" role="status" aria-live="polite">
                    <span>{status}</span>
                    {
                        let clear = clear.clone();
                        move || query.get().is_filtered().then(|| view! {
                            <button type="button" class="clear" on:click=clear.clone()>
                                {strings(lang.get()).clear_filters}
                            </button>
                        })
                    }
                </p>
            </Later>
        </div>
        <Later>{list.clone()}</Later>
    }
}

/// Cards drawn at first, and added per frame while the end of the list is near the screen.
const FIRST_CARDS: usize = crate::domain::FIRST_SESSIONS;
const MORE_CARDS: usize = 8;
/// Cards drawn per task while the first cards are drawn behind the start screen.
const CARDS_PER_STEP: usize = 2;

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
    let before_print = window_event_listener_untyped("beforeprint", move |_| grant(usize::MAX));
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
                        let programme = programme.clone();
                        view! {
                            <li>{move || view! {
                                <SessionCard programme=programme.clone() session=session.clone()
                                    lang=lang.get() words/>
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

/// The day as a table: spaces in columns, times in rows, each session spanning its rows.
#[component]
pub fn GridView(programme: Arc<Programme>, day: Date, sessions: Vec<usize>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        let g = grid(&programme, day, &sessions);
        let hhmm = |m: i64| format!("{:02}:{:02}", m / 60 % 24, m % 60);
        let heads = g
            .spaces
            .iter()
            .map(|id| {
                let space = programme.space(id);
                let (name, written) = space.map(|s| in_page(&s.name, lang)).unwrap_or_default();
                let level = space.map(|s| (t.level)(s.level)).unwrap_or_default();
                view! { <th scope="col"><span lang=written>{name}</span><span class="level">{level}</span></th> }
            })
            .collect_view();
        let rows = g
            .rows
            .iter()
            .enumerate()
            .map(|(r, row)| {
                let cells = row
                    .iter()
                    .map(|cell| match cell {
                        Cell::Empty => view! { <td class="free"></td> }.into_any(),
                        Cell::Covered => ().into_any(),
                        Cell::Start { sessions, rows } => {
                            let items = sessions
                                .iter()
                                .map(|&i| {
                                    let s = &programme.sessions()[i];
                                    let (_, start) = programme.local(s.start);
                                    let (_, end) = programme.local(s.end);
                                    let href = link(&format!("/session/{}", s.data.id));
                                    let cancelled = s.data.status == SessionStatus::Cancelled;
                                    let format = programme
                                        .format(&s.data.format)
                                        .map(|f| f.label.get(lang).to_owned())
                                        .unwrap_or_default();
                                    view! {
                                        <div class="grid-session" class:cancelled=cancelled>
                                            <a href=href lang=s.data.text_lang().map(str::to_owned)>{s.data.title.clone()}</a>
                                            <span class="when">{time::format_time_range(start, end)}</span>
                                            <span class="format">{format}</span>
                                            {cancelled.then(|| view! {
                                                <span class="badge badge-cancelled">{t.cancelled}</span>
                                            })}
                                            <Star id=s.data.id.clone() title=s.data.title.clone() compact=true/>
                                        </div>
                                    }
                                })
                                .collect_view();
                            view! { <td rowspan=rows.to_string()>{items}</td> }.into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row"><time>{hhmm(g.times[r])}</time></th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let caption = format!("{} · {}", t.view_grid, time::format_day(day, lang));
        let region = caption.clone();
        view! {
            <div class="grid-scroll" role="region" aria-label=region tabindex="0">
                <table class="grid">
                    <caption>{caption}</caption>
                    <thead><tr><th scope="col">{t.time_column}</th>{heads}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    }
}
