//! Calendar export: sessions as an iCalendar file (RFC 5545) that any calendar app imports,
//! with stable UIDs, times in UTC (right in every device's zone), escaped and folded lines.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::domain::model::SessionStatus;
use crate::domain::words::calendar::calendar_words;
use crate::domain::words::place::place_words;
use crate::domain::{Lang, Programme};

/// What the file says beyond the sessions themselves.
#[derive(Debug, Clone)]
pub struct Export<'a> {
    /// The app's address, for each session's URL: the site's origin and the path the app is
    /// served under (`https://nec.example.org`, `https://example.org/nec-lyon`).
    pub origin: &'a str,
    /// The programme file the page read, when the address named one (`?programme=`): each
    /// session's URL names it too, so it opens that programme.
    pub programme: Option<&'a str>,
    /// When the file is made (DTSTAMP).
    pub stamp: Timestamp,
    /// Minutes before each session for a reminder, if any.
    pub reminder_minutes: Option<u32>,
    pub lang: Lang,
}

/// `20220928T073000Z`.
pub fn utc(instant: Timestamp) -> String {
    let t = TimeZone::UTC.to_datetime(instant);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma, newline.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (§3.1), never inside a UTF-8 character, with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// The calendar for the sessions at `positions` (in `Programme::sessions()`).
pub fn calendar(programme: &Programme, positions: &[usize], export: &Export) -> String {
    let mut out = String::new();
    let mut line = |name: &str, value: &str| out.push_str(&fold(&format!("{name}:{value}")));
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//NEC Compagnon//NEC Compagnon//FR");
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    let event = programme.event();
    line("X-WR-CALNAME", &escape(&event.name));
    let stamp = utc(export.stamp);
    for &i in positions {
        let Some(session) = programme.sessions().get(i) else {
            continue;
        };
        let s = &session.data;
        line("BEGIN", "VEVENT");
        line("UID", &format!("{}@{}.nec-compagnon", s.id, event.id));
        line("DTSTAMP", &stamp);
        line("DTSTART", &utc(session.start));
        line("DTEND", &utc(session.end));
        line("SUMMARY", &escape(&s.title));
        // The room and its floor: a stadium has several.
        let space = programme
            .space(&s.space)
            .map(|space| {
                let level = (place_words(export.lang).level)(space.level);
                format!("{}, {level}", space.name.get(export.lang))
            })
            .unwrap_or_default();
        let place = [space.as_str(), &event.venue.name, &event.venue.city]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        line("LOCATION", &escape(&place));
        let speakers: Vec<&str> = s
            .speakers
            .iter()
            .filter_map(|id| programme.speaker(id))
            .map(|p| p.name.as_str())
            .collect();
        let mut description = s.summary.clone().unwrap_or_default();
        if !speakers.is_empty() {
            if !description.is_empty() {
                description.push_str("\n\n");
            }
            description.push_str(calendar_words(export.lang).with);
            description.push_str(&speakers.join(", "));
        }
        if !description.is_empty() {
            line("DESCRIPTION", &escape(&description));
        }
        let url = format!("{}/session/{}", export.origin.trim_end_matches('/'), s.id);
        let kept: Vec<(&str, &str)> = export
            .programme
            .map(|p| ("programme", p))
            .into_iter()
            .collect();
        let url = crate::domain::source::keeping(&url, &kept);
        line("URL", &url);
        if s.status == SessionStatus::Cancelled {
            line("STATUS", "CANCELLED");
        }
        // Open all along (a village): shown, but the time stays free (RFC 5545, 3.8.2.7).
        if programme.is_drop_in(session) {
            line("TRANSP", "TRANSPARENT");
        }
        if let Some(minutes) = export.reminder_minutes {
            line("BEGIN", "VALARM");
            line("ACTION", "DISPLAY");
            line("DESCRIPTION", &escape(&s.title));
            line("TRIGGER", &format!("-PT{minutes}M"));
            line("END", "VALARM");
        }
        line("END", "VEVENT");
    }
    line("END", "VCALENDAR");
    out
}
