//! localStorage, through gloo-storage: every key is versioned, and a value that cannot be read
//! is reported to the caller, never a panic. Storage may be missing altogether (some private
//! modes) or full: writes say so, and the app carries on in memory.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;

/// The interface language the person chose.
pub const LANG_KEY: &str = "nec.lang.v1";
/// The colour theme the person chose ("light" or "dark"); absent means the system's.
pub const THEME_KEY: &str = "nec.theme.v1";
/// The agenda, format 2 (`domain::agenda`).
pub const AGENDA_KEY: &str = "nec.agenda.v2";
/// The agenda as version 1 wrote it (a list of ids): read once and migrated.
pub const AGENDA_V1_KEY: &str = "nec.agenda.v1";
/// Agenda text that could not be read is set aside under this prefix and the time.
pub const BACKUP_PREFIX: &str = "nec.agenda.backup.";
/// What the person has seen of their sessions (`domain::changes::Seen`).
pub const SEEN_KEY: &str = "nec.seen.v1";
/// "1" when the person wants step-free walks between their sessions.
pub const STEP_FREE_KEY: &str = "nec.stepfree.v1";

/// The key `key` is stored under: in the organisers' preview (a programme in memory, see
/// `source::is_preview`), everything but the language and the theme lives apart, so that
/// trying the preview's agenda never touches the person's own.
fn stored_key(key: &str) -> std::borrow::Cow<'_, str> {
    thread_local! {
        static PREVIEW: bool = crate::edge::location::query_param("programme")
            .is_some_and(|p| crate::domain::source::is_preview(&p));
    }
    if key != LANG_KEY && key != THEME_KEY && PREVIEW.with(|p| *p) {
        format!("nec.apercu.{key}").into()
    } else {
        key.into()
    }
}

/// Why a value was not stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The browser refused: storage full (QuotaExceededError) or forbidden.
    Refused,
    /// No localStorage at all.
    Unavailable,
}

/// Whether localStorage can be used (reading it may throw in some private modes; gloo would
/// panic then, so this is asked first).
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// The stored preference at `key` (a JSON string, as gloo writes it), if it can be read.
pub fn read_text(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(&stored_key(key)).ok()
}

/// Stores a preference at `key`; false when storage is full or unavailable.
pub fn write_text(key: &str, value: &str) -> bool {
    write(key, &value).is_ok()
}

/// The text stored at `key` exactly as it is, whatever it holds; `Err` when there is no
/// storage.
pub fn read_raw(key: &str) -> Result<Option<String>, WriteError> {
    if !available() {
        return Err(WriteError::Unavailable);
    }
    Ok(LocalStorage::raw()
        .get_item(&stored_key(key))
        .ok()
        .flatten())
}

/// Stores `value` as JSON at `key`.
pub fn write<T: Serialize>(key: &str, value: &T) -> Result<(), WriteError> {
    if !available() {
        return Err(WriteError::Unavailable);
    }
    // QuotaExceededError, SecurityError: the browser said no.
    LocalStorage::set(&*stored_key(key), value).map_err(|_: StorageError| WriteError::Refused)
}

/// Keeps `text` under a new backup key (`nec.agenda.backup.<time>`), never over another one.
/// Returns the key, or `None` when it could not be stored either.
pub fn set_aside(text: &str, now_ms: i64) -> Option<String> {
    let storage = LocalStorage::raw();
    let mut at = now_ms;
    loop {
        let key = stored_key(&format!("{BACKUP_PREFIX}{at}")).into_owned();
        if storage.get_item(&key).ok().flatten().is_none() {
            return storage.set_item(&key, text).ok().map(|()| key);
        }
        at += 1;
    }
}

/// Calls `changed` with the new text whenever another tab changes `key`. The listener lives
/// as long as the page.
pub fn on_change(key: &'static str, changed: impl Fn(Option<String>) + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            // `key` is null when the whole storage was cleared.
            match ev.key() {
                Some(k) if k == *stored_key(key) => changed(ev.new_value()),
                None => changed(None),
                _ => {}
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
