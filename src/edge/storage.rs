//! localStorage, through gloo-storage: every key is versioned, and a value that cannot be read
//! is reported to the caller, never a panic. (The agenda's data will add its migrations here.)

use gloo_storage::{LocalStorage, Storage};

/// The interface language the person chose.
pub const LANG_KEY: &str = "nec.lang.v1";
/// The colour theme the person chose ("light" or "dark"); absent means the system's.
pub const THEME_KEY: &str = "nec.theme.v1";

/// The stored text at `key`, if there is one and it can be read.
pub fn read_text(key: &str) -> Option<String> {
    LocalStorage::get::<String>(key).ok()
}

/// Stores `value` at `key`; false when storage is full or unavailable (private browsing).
pub fn write_text(key: &str, value: &str) -> bool {
    LocalStorage::set(key, value).is_ok()
}
