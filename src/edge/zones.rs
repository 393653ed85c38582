//! Time zones from the browser: every IANA zone, with its history, read from
//! `Intl.DateTimeFormat`, so that the WASM carries no zone database (`domain::zones` builds the
//! zone from the offsets read here).

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::RangeInclusive;

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::domain::{time, zones};
use crate::edge::clock;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type Formatter;

    /// Throws a RangeError for a zone the browser does not know: caught, it is `Err`.
    #[wasm_bindgen(constructor, catch, js_namespace = Intl, js_class = "DateTimeFormat")]
    fn new(locale: &str, options: &Object) -> Result<Formatter, JsValue>;

    #[wasm_bindgen(method, js_name = formatToParts)]
    fn format_to_parts(this: &Formatter, date: &js_sys::Date) -> Array;
}

thread_local! {
    /// The zones built so far, by name and years: a page builds its event's zone once.
    static BUILT: RefCell<HashMap<(String, i16, i16), TimeZone>> = RefCell::default();
}

/// Makes the domain read its zones from the browser. Called once at start (and by the tests
/// that run in a browser); calling it again does nothing.
pub fn install() {
    time::install_zone_source(zone_during);
}

/// The zone named `name`, right during `years` and the current year (each with a year
/// around), or `None` when the browser does not know the name.
pub fn zone_during(name: &str, years: RangeInclusive<i16>) -> Option<TimeZone> {
    let this_year = Timestamp::from_millisecond(clock::device_millis())
        .map(|now| TimeZone::UTC.to_datetime(now).year())
        .unwrap_or(2026);
    let key = (name.to_owned(), *years.start(), *years.end());
    if let Some(zone) = BUILT.with_borrow(|built| built.get(&key).cloned()) {
        return Some(zone);
    }
    let spans = zones::spans(years, this_year);
    let offsets = read_offsets(name, &spans)?;
    let zone = zones::zone_from_offsets(name, &offsets)?;
    BUILT.with_borrow_mut(|built| built.insert(key, zone.clone()));
    Some(zone)
}

/// The offsets of the zone named `name` over `spans` (Unix seconds), as the browser gives them.
pub fn read_offsets(name: &str, spans: &[(i64, i64)]) -> Option<zones::Offsets> {
    let formatter = formatter(name)?;
    zones::read_offsets(spans, |second| offset_at(&formatter, second))
}

/// A formatter of the wall-clock date and time in `name`, to the second, on a 24-hour clock.
fn formatter(name: &str) -> Option<Formatter> {
    let options = Object::new();
    for (key, value) in [
        ("timeZone", name),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "numeric"),
        ("second", "numeric"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    Formatter::new("en-US", &options).ok()
}

/// The zone's offset at the Unix second `second`: the wall clock the browser writes for that
/// instant, less the instant.
fn offset_at(formatter: &Formatter, second: i64) -> Option<i32> {
    let date = js_sys::Date::new(&JsValue::from_f64(second as f64 * 1000.0));
    let mut fields = [0i64; 6];
    let type_key = JsValue::from_str("type");
    let value_key = JsValue::from_str("value");
    for part in formatter.format_to_parts(&date).iter() {
        let kind = Reflect::get(&part, &type_key).ok()?.as_string()?;
        let slot = match kind.as_str() {
            "year" => 0,
            "month" => 1,
            "day" => 2,
            "hour" => 3,
            "minute" => 4,
            "second" => 5,
            _ => continue,
        };
        let value = Reflect::get(&part, &value_key).ok()?.as_string()?;
        fields[slot] = value.parse().ok()?;
    }
    let [year, month, day, hour, minute, second_of_minute] = fields;
    let wall = DateTime::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        i8::try_from(second_of_minute).ok()?,
        0,
    )
    .ok()?;
    zones::offset_of_wall(second, wall)
}
