//! Mounts the organisers' page (`publier.html`); everything else is in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // Spreadsheet times are read in the zone the person names: the browser knows every zone.
    nec_compagnon::edge::zones::install();
    leptos::mount::mount_to_body(nec_publier::page::Publier);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("nec-publier is a page: `cargo xtask serve`, then open /publier.html");
}
