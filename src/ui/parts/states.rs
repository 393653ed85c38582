//! The loading and error states: visible, announced, and never a blank page.

use leptos::prelude::*;

use crate::edge::fetch::FetchError;
use crate::ui::basics::use_lang;
use crate::ui::data::DataError;
use crate::ui::i18n::strings;

#[component]
pub fn Loading() -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="loading" role="status">
            <span class="spinner" aria-hidden="true"></span>
            {move || strings(lang.get()).loading}
        </p>
    }
}

/// Which file a `DataErrorView` speaks of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DataFile {
    #[default]
    Programme,
    Map,
}

/// The problem, said plainly, with the loader's details and a way to try again.
#[component]
pub fn DataErrorView(
    error: DataError,
    #[prop(into)] on_retry: Callback<()>,
    /// The programme unless told.
    #[prop(optional)]
    file: DataFile,
) -> impl IntoView {
    let lang = use_lang();
    move || {
        let lang = lang.get();
        let t = strings(lang);
        // The same problems, said of the programme or of the map.
        let (network, status): (_, fn(&str, u16) -> String) = match file {
            DataFile::Programme => (t.error_network, t.error_status),
            DataFile::Map => (t.map_error_network, t.map_error_status),
        };
        let (headline, details): (String, Vec<(String, String)>) = match &error {
            DataError::Refused(value) => ((t.error_refused_source)(value), vec![]),
            DataError::Fetch {
                error: FetchError::Network,
                ..
            } => (network.to_owned(), vec![]),
            DataError::Fetch {
                url,
                error: FetchError::Status(code),
            } => (status(url, *code), vec![]),
            DataError::Fetch {
                url,
                error: FetchError::TooLarge(size),
            } => ((t.error_too_large)(url, *size), vec![]),
            DataError::Invalid(failure) => (
                match file {
                    DataFile::Programme => failure.headline(lang),
                    DataFile::Map => (t.map_venue_invalid)(failure.problems.len()),
                },
                failure
                    .problems
                    .iter()
                    .map(|p| (p.path.clone(), p.what(lang)))
                    .collect(),
            ),
        };
        // What to do, for whoever publishes the programme.
        let invalid = matches!(error, DataError::Invalid(_)) && file == DataFile::Programme;
        view! {
            <div class="data-error" role="alert">
                <h2>{headline}</h2>
                {(!details.is_empty()).then(|| view! {
                    <ul class="problems">
                        {details.into_iter().map(|(path, what)| problem_item(path, what, t.path_separator)).collect_view()}
                    </ul>
                })}
                {invalid.then(|| view! { <p>{t.error_what_to_do}</p> })}
                <button type="button" on:click=move |_| on_retry.run(())>{t.retry}</button>
            </div>
        }
    }
}

/// One problem of a file, as a list item: where (its JSON path, unless it is the whole file)
/// and what.
fn problem_item(path: String, what: String, separator: &'static str) -> impl IntoView {
    if path.is_empty() {
        let mut letters = what.chars();
        let what: String = letters
            .next()
            .map(|first| first.to_uppercase().chain(letters).collect())
            .unwrap_or_default();
        view! { <li>{what}</li> }.into_any()
    } else {
        view! { <li><code>{path}</code>{separator}{what}</li> }.into_any()
    }
}
