//! The organisers' page, `publier.html`: a person picks or drops a file (a spreadsheet saved
//! as CSV, a c3voc `schedule.json` or a `programme.json`), sees every problem with its place,
//! previews the programme in the attendees' app itself, and downloads the checked
//! `programme.json`. Nothing is sent anywhere: the file is read and checked in the browser.
//!
//! It is a WASM of its own, loaded only by that page: attendees never download it (the app's
//! service worker does not list it). `intake` is plain Rust, tested on the host; `page` is the
//! Leptos view, in the browser only.

pub mod intake;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod page;
