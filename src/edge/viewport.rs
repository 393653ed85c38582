//! The viewport: whether an element is near the screen (`IntersectionObserver`) and how big it
//! is on screen (`ResizeObserver`), told by the browser once it has laid the page out, so the
//! page never asks for a layout in the middle of drawing.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    ResizeObserver, ResizeObserverEntry,
};

/// An observer's entries for one element: the last is its newest state.
fn newest<T: JsCast>(entries: &js_sys::Array) -> Option<T> {
    entries.iter().last().and_then(|e| e.dyn_into::<T>().ok())
}

/// Watches one element: `on_change(true)` when its top comes less than `screens` screen
/// heights below the screen (or onto it), `on_change(false)` when it leaves; after `recheck`,
/// once more with where it is now. Stops when dropped.
pub struct NearScreen {
    observer: IntersectionObserver,
    element: Element,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl NearScreen {
    pub fn new(element: Element, screens: u32, on_change: impl Fn(bool) + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = newest::<IntersectionObserverEntry>(&entries) {
                on_change(entry.is_intersecting());
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin(&format!("0px 0px {}% 0px", screens * 100));
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
                .ok()?;
        observer.observe(&element);
        Some(Self {
            observer,
            element,
            _callback: callback,
        })
    }

    /// Asks again where the element is (the answer comes with the next frame): after the page
    /// grew, the element may still be near the screen, which is no change to report.
    pub fn recheck(&self) {
        self.observer.unobserve(&self.element);
        self.observer.observe(&self.element);
    }
}

impl Drop for NearScreen {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Watches one element's size on screen, in CSS pixels: `on_size(width, height)` once the
/// browser has laid it out (before that frame is painted), then whenever it changes, whatever
/// the cause (window, zoom, stylesheet, neighbours). Stops when dropped.
pub struct SizeOnScreen {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl SizeOnScreen {
    pub fn new(element: &Element, on_size: impl Fn(f64, f64) + 'static) -> Option<Self> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = newest::<ResizeObserverEntry>(&entries) {
                let rect = entry.content_rect();
                on_size(rect.width(), rect.height());
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(Self {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for SizeOnScreen {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
