//! Fetching our own static files (the programme, later the venue).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer: offline, or the server is down.
    Network,
    /// The server answered with an HTTP error status.
    Status(u16),
    /// Larger than any programme or map should be (`MAX_BYTES`): refused before it is read.
    TooLarge(u64),
}

/// The largest file the app reads: 8 MB (NEC 2022's programme is 150 KB, a 1,500-session
/// import 950 KB).
pub const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// Fetches `url`'s bytes (the domain reads them as UTF-8, and says where they are not). `no-cache` revalidates with the server, so a new programme is seen.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|n| n.parse::<u64>().ok());
    if let Some(size) = declared.filter(|&n| n > MAX_BYTES) {
        return Err(FetchError::TooLarge(size));
    }
    // The bytes, not `text()`: decoding to a JS string and back to UTF-8 costs a copy of each,
    // and `text()` would turn a byte that is not UTF-8 into U+FFFD without a word.
    let bytes = response.array_buffer().map_err(|_| FetchError::Network)?;
    let bytes = JsFuture::from(bytes)
        .await
        .map_err(|_| FetchError::Network)?;
    let bytes = js_sys::Uint8Array::new(&bytes);
    if u64::from(bytes.length()) > MAX_BYTES {
        return Err(FetchError::TooLarge(u64::from(bytes.length())));
    }
    Ok(bytes.to_vec())
}
