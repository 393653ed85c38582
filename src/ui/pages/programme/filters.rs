//! The filters: "en cours" and one group of options per dimension (themes, formats, spaces,
//! languages, accessibility), each option with its count.

use std::sync::Arc;

use leptos::prelude::*;

use super::finder::Finder;
use crate::domain::query::{Dimension, Facet, Query};
use crate::domain::{query, Lang, Programme};
use crate::ui::basics::use_lang;
use crate::ui::i18n::{strings, Strings};

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

/// The filters, closed at first: their options are drawn when they are first opened (a big
/// programme has hundreds), then once per language: a keystroke only updates each option's
/// count and state.
pub fn filters(
    programme: Arc<Programme>,
    finder: Finder,
    go: impl Fn(Query, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let (query, results) = (finder.query, finder.results);
    let filters_open = RwSignal::new(false);
    let filters = {
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
    let filter_count = move || {
        let q = query.get();
        Dimension::ALL
            .iter()
            .map(|d| q.selected(*d).len())
            .sum::<usize>()
            + usize::from(q.now_only)
    };
    view! {
        <details class="filters" on:toggle=move |ev| {
            filters_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        }>
            <summary>
                {move || strings(lang.get()).filters}
                {move || (filter_count() > 0).then(|| format!(" ({})", filter_count()))}
            </summary>
            <p class="now-only">
                <input type="checkbox" id="f-encours" prop:checked=move || query.get().now_only
                    on:change=on_now_only/>
                <label for="f-encours">{move || strings(lang.get()).now_only}</label>
            </p>
            {move || filters_open.get().then(filters.clone())}
        </details>
    }
}
