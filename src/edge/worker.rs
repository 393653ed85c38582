//! The service-worker handshake and installation. The worker (written at build time, see
//! `xtask/pwa/`) is registered only when the page names it (`<meta name="service-worker">`,
//! release builds); the page learns when a new version waits, or when the programme changed,
//! and tells the waiting worker to take over when the person chooses to reload.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the page is told by the worker and the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// A new version of the app is installed and waits for a reload.
    NewVersion,
    /// The programme or the venue file changed on the server.
    NewData,
    /// The browser offers to install the app (`beforeinstallprompt`).
    CanInstall,
    /// The app was installed.
    Installed,
}

thread_local! {
    /// The browser's install prompt, kept until the person presses "Installer".
    static PROMPT: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &name.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: js_sys::Function = get(target, name)?.dyn_into().ok()?;
    f.apply(target, &args.iter().collect::<js_sys::Array>())
        .ok()
}

fn on(target: &JsValue, event: &str, handler: impl FnMut(JsValue) + 'static) {
    let closure = Closure::<dyn FnMut(JsValue)>::new(handler);
    call(
        target,
        "addEventListener",
        &[event.into(), closure.as_ref().clone()],
    );
    closure.forget();
}

fn then(promise: JsValue, handler: impl FnMut(JsValue) + 'static) {
    if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
        let closure = Closure::<dyn FnMut(JsValue)>::new(handler);
        // A rejection (no worker, offline) has nothing to tell the person.
        let failed = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.then2(&closure, &failed);
        closure.forget();
        failed.forget();
    }
}

/// Handles a promise's rejection, so that it is not reported as an uncaught error.
fn ignore_failure(promise: JsValue) {
    if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
        let closure = Closure::<dyn FnMut(JsValue)>::new(|_| {});
        let _ = promise.catch(&closure);
        closure.forget();
    }
}

/// The worker the page names, if any.
fn worker_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let meta = document
        .query_selector("meta[name=service-worker]")
        .ok()
        .flatten()?;
    meta.get_attribute("content")
}

/// Registers the worker and reports what happens; `tell` is called for each event.
pub fn start(tell: impl Fn(Event) + 'static) {
    let tell: Rc<dyn Fn(Event)> = Rc::new(tell);
    let Some(window) = web_sys::window() else {
        return;
    };
    let window: JsValue = window.into();
    {
        let tell = tell.clone();
        on(&window, "beforeinstallprompt", move |event| {
            // Keep it: the app shows its own button instead of the browser's mini bar.
            call(&event, "preventDefault", &[]);
            PROMPT.with(|p| *p.borrow_mut() = Some(event));
            tell(Event::CanInstall);
        });
    }
    {
        let tell = tell.clone();
        on(&window, "appinstalled", move |_| {
            PROMPT.with(|p| *p.borrow_mut() = None);
            tell(Event::Installed);
        });
    }
    let Some(url) = worker_url() else {
        return;
    };
    let Some(container) = get(&window, "navigator").and_then(|n| get(&n, "serviceWorker")) else {
        return;
    };
    {
        let tell = tell.clone();
        on(&container, "message", move |event| {
            let kind = get(&event, "data").and_then(|d| get(&d, "type"));
            if kind.and_then(|k| k.as_string()).as_deref() == Some("data-updated") {
                tell(Event::NewData);
            }
        });
    }
    // The programme may have been refreshed before this listener existed (index.html preloads
    // it): the worker answers this with "data-updated" if so.
    if let Some(controller) = get(&container, "controller") {
        let hello = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&hello, &"type".into(), &"hello".into());
        call(&controller, "postMessage", &[hello.into()]);
    }
    // After "recharger": the new worker took over, the page reloads once with it.
    let had_controller = get(&container, "controller").is_some();
    on(&container, "controllerchange", move |_| {
        if had_controller {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"updateViaCache".into(), &"none".into());
    let Some(registered) = call(&container, "register", &[url.into(), options.into()]) else {
        return;
    };
    then(registered, move |registration| {
        let waiting_now = get(&registration, "waiting").is_some();
        if waiting_now && had_controller {
            tell(Event::NewVersion);
        }
        let tell = tell.clone();
        let reg = registration.clone();
        on(&registration, "updatefound", move |_| {
            let Some(installing) = get(&reg, "installing") else {
                return;
            };
            let tell = tell.clone();
            let worker = installing.clone();
            on(&installing, "statechange", move |_| {
                let state = get(&worker, "state").and_then(|s| s.as_string());
                if state.as_deref() == Some("installed") && had_controller {
                    tell(Event::NewVersion);
                }
            });
        });
        // Look for a new version at each start (the browser also does at navigations). Offline,
        // or while the first worker is still installing, this fails: nothing to say then.
        if let Some(update) = call(&registration, "update", &[]) {
            ignore_failure(update);
        }
    });
}

/// Tells the waiting worker to take over; the page reloads when it has.
pub fn take_new_version() {
    let container = web_sys::window()
        .map(JsValue::from)
        .and_then(|w| get(&w, "navigator"))
        .and_then(|n| get(&n, "serviceWorker"));
    let Some(container) = container else {
        return reload();
    };
    let Some(ready) = get(&container, "ready") else {
        return reload();
    };
    then(ready, |registration| match get(&registration, "waiting") {
        Some(waiting) => {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"skip-waiting".into());
            call(&waiting, "postMessage", &[message.into()]);
        }
        None => reload(),
    });
}

/// Reloads the page (new programme data).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Shows the browser's install dialog, if it offered one.
pub fn install() {
    if let Some(prompt) = PROMPT.with(|p| p.borrow_mut().take()) {
        call(&prompt, "prompt", &[]);
    }
}

/// iPhone and iPad Safari install from the Share menu, with no prompt: the app says how.
pub fn ios_needs_instructions() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let agent = window.navigator().user_agent().unwrap_or_default();
    let ios = agent.contains("iPhone") || agent.contains("iPad");
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    ios && !standalone
}

/// Whether this page has the worker's offline copy behind it: a worker controls it, and a
/// worker takes control only once it has copied every file of its build.
pub fn has_offline_copy() -> bool {
    web_sys::window()
        .map(JsValue::from)
        .and_then(|w| get(&w, "navigator"))
        .and_then(|n| get(&n, "serviceWorker"))
        .and_then(|c| get(&c, "controller"))
        .is_some()
}
