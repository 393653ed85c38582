//! Thin Leptos views: they read signals and call the domain; they hold no business rules.
//! Read top-down, each layer uses only those below it (tests/tidy.rs checks there is no cycle):
//! the shell (`app`), the routes, the page views (`pages`), what pages share (`parts`) and the
//! data they read (`data`, `store`), then the basics and the string tables.

pub mod app;
pub mod routes;

pub mod pages;

pub mod data;
pub mod parts;
pub mod store;

pub mod basics;
pub mod i18n;
pub mod i18n_access;
pub mod i18n_agenda;
