//! The clock: the device's time, unless the address sets another for a demonstration or a test
//! (`?maintenant=2022-09-28T10:15`, read in the event's zone).

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::domain::time::parse_moment;
use crate::edge::location::query_param;

/// Now, as the app should see it.
pub fn now(zone: &TimeZone) -> Timestamp {
    now_at(query_param("maintenant").as_deref(), zone)
}

/// The moment a `?maintenant=` value names, or the device's time when there is none.
pub fn now_at(simulated: Option<&str>, zone: &TimeZone) -> Timestamp {
    simulated
        .and_then(|text| parse_moment(text, zone))
        .unwrap_or_else(device_now)
}

fn device_now() -> Timestamp {
    let millis = js_sys::Date::now() as i64;
    Timestamp::from_millisecond(millis).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// The device's UTC offset at `instant`, in seconds (east of UTC is positive): at the moment
/// the page shows, so that a simulated moment in summer is compared with the device's summer.
pub fn device_offset_seconds_at(instant: Timestamp) -> i32 {
    let millis = wasm_bindgen::JsValue::from_f64(instant.as_millisecond() as f64);
    // getTimezoneOffset() is UTC minus local time, in minutes.
    -(js_sys::Date::new(&millis).get_timezone_offset() as i32) * 60
}

/// The device's clock in milliseconds, for ordering a person's own changes (never simulated).
pub fn device_millis() -> i64 {
    js_sys::Date::now() as i64
}

/// Resolves in a later task of the browser's event loop (a 0 ms timer): the work after it runs
/// apart from the work before, so the page can answer a tap, or paint, in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window()
            .map(|window| window.set_timeout_with_callback(&resolve).is_ok())
            .unwrap_or(false);
        if !queued {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
