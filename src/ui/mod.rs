//! Thin Leptos views: they read signals and call the domain; they hold no business rules.

pub mod agenda;
pub mod app;
pub mod i18n;
pub mod i18n_agenda;
pub mod map;
pub mod now;
pub mod pages;
pub mod people;
pub mod programme;
pub mod states;
pub mod store;

use leptos::prelude::*;

use crate::domain::Lang;

/// The language chosen for the interface (French unless the app says otherwise).
pub fn use_lang() -> Signal<Lang> {
    use_context::<RwSignal<Lang>>()
        .map(Signal::from)
        .unwrap_or_else(|| Signal::stored(Lang::Fr))
}
