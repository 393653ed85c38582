//! Reading the page's address.

/// The value of `name` in the page's query string, if any.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The app's own parameters the address holds (`source::KEPT`), which links between pages keep.
pub fn kept_params() -> Vec<(&'static str, String)> {
    crate::domain::source::kept(query_param)
}

/// The page's origin (`https://nec.example.org`), for links the person takes elsewhere.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The address's fragment without its `#` (share codes travel there: never sent to a server).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}
