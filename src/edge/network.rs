//! Whether the device has a network: the browser's own view (`navigator.onLine`, and its
//! `online` and `offline` events). It knows when there is no connection at all (airplane mode,
//! Wi-Fi gone), not when a connection leads nowhere.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Whether the browser says it has a network now (true when it cannot tell).
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `tell` with the new state each time the device goes offline or comes back, for the
/// page's lifetime.
pub fn on_change(tell: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let tell = std::rc::Rc::new(tell);
    for (event, state) in [("online", true), ("offline", false)] {
        let tell = tell.clone();
        let closure = Closure::<dyn Fn()>::new(move || tell(state));
        let _ = window.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        closure.forget();
    }
}
