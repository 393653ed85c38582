//! The viewport: where an element is relative to the screen.

use web_sys::Element;

/// Whether the top of `element` is on screen or less than `screens` screen heights below it.
pub fn near_screen(element: &Element, screens: f64) -> bool {
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    element.get_bounding_client_rect().top() < height * (1.0 + screens)
}
