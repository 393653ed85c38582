//! Entry point: mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The event's zone is read from the browser, which knows every zone (docs/size.md).
    nec_compagnon::edge::zones::install();
    // In a task of its own, apart from the WASM's compilation and instantiation.
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to_body(nec_compagnon::ui::app::App),
        std::time::Duration::ZERO,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("NEC Compagnon runs in the browser: start it with `cargo xtask serve`.");
}
