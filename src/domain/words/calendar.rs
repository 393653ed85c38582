//! The words of a session's event in a calendar file (`ical`).

use crate::domain::Lang;

/// A session's event in a calendar file.
pub struct CalendarWords {
    /// Before the speakers' names.
    pub with: &'static str,
}

pub fn calendar_words(lang: Lang) -> &'static CalendarWords {
    lang.pick(&FR, &EN)
}

pub const FR: CalendarWords = CalendarWords { with: "Avec " };

pub const EN: CalendarWords = CalendarWords { with: "With " };
