//! The names of days and months, and how each language writes the day of the month.

use crate::domain::Lang;

pub struct TimeWords {
    /// Monday first.
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
    /// Monday first, as a day tab on a phone writes them: "mer. 28", "Wed 28".
    pub weekdays_short: [&'static str; 7],
    /// French writes the first of the month as an ordinal: "1er octobre".
    pub day_of_month: fn(i8) -> String,
}

pub fn time_words(lang: Lang) -> &'static TimeWords {
    lang.pick(&FR, &EN)
}

pub const FR: TimeWords = TimeWords {
    weekdays: [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
    weekdays_short: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    day_of_month: |day| match day {
        1 => "1er".to_owned(),
        n => n.to_string(),
    },
};

pub const EN: TimeWords = TimeWords {
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    day_of_month: |day| day.to_string(),
};
