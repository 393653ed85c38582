//! The plain-Rust domain: the programme model, loading and validation, dates in the event's
//! time zone. It never touches the browser (no leptos, web-sys, gloo or wasm-bindgen): a test
//! in tests/tidy.rs enforces it, and everything here is tested on the host.

pub mod agenda;
pub mod changes;
pub mod geometry;
pub mod grid;
pub mod ical;
mod lang;
pub mod links;
pub mod load;
pub mod model;
pub mod now;
pub mod problem;
mod programme;
pub mod query;
pub mod route;
pub mod share;
pub mod source;
pub mod text;
pub mod time;
pub mod venue;
pub mod words;
pub mod zones;

pub use lang::Lang;
pub use load::{load_programme, load_programme_file, LoadFailure};
pub use problem::{Problem, ProblemKind, RefKind};
pub use programme::{Programme, ScheduledSession, FIRST_SESSIONS};
