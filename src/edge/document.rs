//! The document around the app: its language, its title, its theme and its start screen.

/// Sets `<html lang>`, so that screen readers read the page in the right language.
pub fn set_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets the window's title: "Programme · NEC Compagnon".
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Sets `<html data-theme>` ("light" or "dark"), or removes it to follow the system.
pub fn set_theme(theme: Option<&str>) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            Some(theme) => root.set_attribute("data-theme", theme),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// Whether the system asks for a dark theme.
pub fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Whether index.html's start screen is still up.
pub fn start_screen_up() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("demarrage"))
        .is_some()
}

/// Removes index.html's start screen ("Chargement…"), once the app is about to draw.
pub fn remove_start_screen() {
    if let Some(screen) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("demarrage"))
    {
        screen.remove();
    }
}

/// After a move to another page, puts the focus on its main heading (or on `<main>` while the
/// page has none yet), at the next frame, when the page is drawn: a screen reader then reads
/// the new page's name, and the next Tab goes on from there, instead of from the top of the
/// document because the link followed is gone.
pub fn focus_new_page() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let target = document
            .query_selector("main h1")
            .ok()
            .flatten()
            .or_else(|| document.get_element_by_id("contenu"));
        if let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            if !target.has_attribute("tabindex") {
                let _ = target.set_attribute("tabindex", "-1");
            }
            let _ = target.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// Scrolls the element with this id into view, at once (no smooth scrolling: reduced motion
/// is respected by not animating at all), if the page has it.
pub fn scroll_to(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        element.scroll_into_view();
    }
}
