//! Entry point: mounts the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // index.html's start screen goes in the same task as the first drawing: no blank between.
    nec_compagnon::edge::document::remove_start_screen();
    leptos::mount::mount_to_body(nec_compagnon::ui::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("NEC Compagnon runs in the browser: start it with `cargo xtask serve`.");
}
