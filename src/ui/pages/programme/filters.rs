//! The filters: one button per dimension (themes, formats, spaces, languages, accessibility)
//! opening onto its options with their counts, "en cours", and the chosen options as chips to
//! remove.

use std::sync::Arc;

use leptos::html::{Button, Ul};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::finder::Finder;
use crate::domain::query::{Dimension, Facet, Query};
use crate::domain::{query, time, Lang, Programme};
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

/// A chosen option's name; a value the programme does not know (a hand-edited link) is
/// shown as it is, so that it can still be removed.
fn option_label(programme: &Programme, dimension: Dimension, value: &str, lang: Lang) -> String {
    let known = match dimension {
        Dimension::Language => Some(query::language_name(value, lang)),
        _ => options(programme, dimension, lang)
            .into_iter()
            .find(|(v, _)| v == value)
            .map(|(_, label)| label),
    };
    known.unwrap_or_else(|| value.to_owned())
}

/// The filters: a row of compact controls, one per dimension. A dimension's options are drawn
/// when its button opens them (a big programme has hundreds), then once per language: a
/// keystroke only updates each option's count and state. Closed, the chosen options show as
/// chips that remove them.
pub fn filters(
    programme: Arc<Programme>,
    finder: Finder,
    go: impl Fn(Query, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let (query, results, day) = (finder.query, finder.results, finder.day);
    // The dimension whose options are shown: one at a time, below the row of buttons.
    let open = RwSignal::new(None::<Dimension>);
    let buttons: [NodeRef<Button>; 5] = std::array::from_fn(|_| NodeRef::new());
    let button_of = move |dimension: Dimension| {
        buttons[Dimension::ALL
            .iter()
            .position(|d| *d == dimension)
            .unwrap_or(0)]
    };
    // Closing the options puts the focus back on their button (it may be a screen away).
    let close = move || {
        if let Some(dimension) = open.get_untracked() {
            open.set(None);
            if let Some(button) = button_of(dimension).get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let chosen = Memo::new(move |_| query.with(Query::chosen));

    let bar = {
        let buttons = Dimension::ALL
            .into_iter()
            .map(|dimension| {
                let count =
                    move || chosen.with(|c| c.iter().filter(|(d, _)| *d == dimension).count());
                let expanded = move || open.get() == Some(dimension);
                view! {
                    <button type="button" class="facet-button" data-facet=dimension.key()
                        node_ref=button_of(dimension)
                        aria-expanded=move || if expanded() { "true" } else { "false" }
                        aria-controls=move || expanded().then_some("filtre-options")
                        on:click=move |_| open.update(|o| {
                            *o = if *o == Some(dimension) { None } else { Some(dimension) }
                        })>
                        {move || dimension_label(strings(lang.get()), dimension)}
                        {move || (count() > 0).then(|| view! {
                            <span class="chosen-count" aria-hidden="true">{count()}</span>
                            <span class="visually-hidden">
                                {format!("({})", (strings(lang.get()).filter_chosen)(count()))}
                            </span>
                        })}
                    </button>
                }
            })
            .collect_view();
        let on_now_only = {
            let go = go.clone();
            move |_| {
                let mut next = query.get_untracked();
                next.now_only = !next.now_only;
                go(next, false);
            }
        };
        view! {
            <div class="facet-bar" role="group" aria-label=move || strings(lang.get()).filters>
                {buttons}
                <label class="now-only" for="f-encours">
                    <input type="checkbox" id="f-encours" prop:checked=move || query.get().now_only
                        on:change=on_now_only/>
                    {move || strings(lang.get()).now_only}
                </label>
            </div>
        }
    };

    let counts_note = move || {
        let (t, lang) = (strings(lang.get()), lang.get());
        if results.with(|r| r.every_day) {
            t.filter_counts_every_day.to_owned()
        } else {
            (t.filter_counts_on_day)(&time::format_day(day.get(), lang))
        }
    };
    let panel = {
        let (programme, go) = (programme.clone(), go.clone());
        move || {
            let dimension = open.get()?;
            let lang = lang.get();
            let t = strings(lang);
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
                    let toggle =
                        move |_| go(query.get_untracked().toggled(dimension, &value), false);
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone() prop:checked=checked
                                on:change=toggle/>
                            <label for=id>
                                <span>{label}</span>
                                // The number is shown; what it counts is read.
                                <span class="count">
                                    <span aria-hidden="true">{count.clone()}</span>
                                    <span class="visually-hidden">{move || (t.sessions_count)(count())}</span>
                                </span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="facet-panel" id="filtre-options"
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            close();
                        }
                    }>
                    <fieldset aria-describedby="filtre-compte">
                        <legend>{dimension_label(t, dimension)}</legend>
                        <p class="counts-note" id="filtre-compte">{counts_note}</p>
                        <ul class="options">{boxes}</ul>
                    </fieldset>
                    <button type="button" class="facet-close" on:click=move |_| close()>
                        {t.filter_close}
                    </button>
                </div>
            })
        }
    };

    // A removed chip takes the focus with it: it goes to the chip now in its place, or to its
    // dimension's button when none is left, once the chips are drawn again.
    let chips_ref = NodeRef::<Ul>::new();
    let refocus = StoredValue::new(None::<(Dimension, usize)>);
    let _refocus = Effect::watch(
        move || chosen.get(),
        move |_, _, _| {
            let Some((dimension, at)) = refocus.get_value() else {
                return;
            };
            refocus.set_value(None);
            request_animation_frame(move || {
                let chip = chips_ref
                    .get_untracked()
                    .filter(|list| list.is_connected())
                    .and_then(|list| list.query_selector_all("button").ok())
                    .and_then(|chips| {
                        chips.item(
                            u32::try_from(at)
                                .unwrap_or(u32::MAX)
                                .min(chips.length().saturating_sub(1)),
                        )
                    })
                    .and_then(|chip| chip.dyn_into::<web_sys::HtmlElement>().ok());
                match chip {
                    Some(chip) => {
                        let _ = chip.focus();
                    }
                    None => {
                        if let Some(button) = button_of(dimension).get_untracked() {
                            let _ = button.focus();
                        }
                    }
                }
            });
        },
        false,
    );
    let chips = move || {
        if open.get().is_some() || chosen.with(Vec::is_empty) {
            return None;
        }
        let lang = lang.get();
        let t = strings(lang);
        let all = chosen.get();
        let many = all.len() >= 2;
        let items = all
            .into_iter()
            .enumerate()
            .map(|(at, (dimension, value))| {
                let label = option_label(&programme, dimension, &value, lang);
                let name = (t.filter_remove)(&label);
                let go = go.clone();
                let remove = move |_| {
                    refocus.set_value(Some((dimension, at)));
                    go(query.get_untracked().toggled(dimension, &value), false);
                };
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=name
                            on:click=remove>
                            {label}<span class="chip-x" aria-hidden="true">"✕"</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        let go = go.clone();
        let remove_all = move |_| {
            refocus.set_value(Some((Dimension::Theme, usize::MAX)));
            go(query.get_untracked().without_options(), false);
        };
        Some(view! {
            <ul class="chips" aria-label=t.filter_chips node_ref=chips_ref>
                {items}
                {many.then(|| view! {
                    <li>
                        <button type="button" class="chips-clear" on:click=remove_all>
                            {t.filter_remove_all}
                        </button>
                    </li>
                })}
            </ul>
        })
    };

    view! {
        <div class="filters">
            {bar}
            {panel}
            {chips}
        </div>
    }
}
