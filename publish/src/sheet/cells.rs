//! What a cell says, as people and spreadsheets write it: dates, times, yes or no, numbers,
//! levels, and the people of a session.

use jiff::civil::{Date, Time};

/// `28/09/2022`, `28/9/22`, `28.09.2022`, `2022-09-28`, and what spreadsheets write of a date
/// cell (`2022-09-28 00:00:00`, `2022-09-28T00:00:00`).
pub(crate) fn day(text: &str) -> Option<Date> {
    let text = text.trim();
    let text = match text.split_once([' ', 'T']) {
        Some((date, rest)) if time(rest).is_some_and(|t| t == Time::midnight()) => date,
        _ => text,
    };
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, max_len: usize| -> Option<i16> {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (year, month, day) = if a.len() == 4 {
        (number(a, 4)?, number(b, 2)?, number(c, 2)?)
    } else {
        let year = match c.len() {
            2 => 2000 + number(c, 2)?,
            4 => number(c, 4)?,
            _ => return None,
        };
        (year, number(b, 2)?, number(a, 2)?)
    };
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// `9h30`, `9 h 30`, `9h`, `09:30`, `9:30`, `09:30:00`, and what LibreOffice writes of a time
/// cell in an `.ods` (`PT09H30M00S`).
pub(crate) fn time(text: &str) -> Option<Time> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    let text = text.strip_prefix("pt").map_or(text.as_str(), |t| {
        t.strip_suffix("00s").or(t.strip_suffix("0s")).unwrap_or(t)
    });
    let text = text.replace('m', "");
    let parts: Vec<&str> = text.split([':', 'h']).collect();
    let number = |s: &str| -> Option<i8> {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (hour, minute) = match parts.as_slice() {
        [h, ""] if text.contains('h') => (number(h)?, 0),
        [h, m] => (number(h)?, number(m)?),
        [h, m, s] if number(s) == Some(0) => (number(h)?, number(m)?),
        _ => return None,
    };
    if parts.len() > 1 && parts[1].len() == 1 && !text.contains('h') {
        // "9:3" is not a time anyone writes.
        return None;
    }
    Time::new(hour, minute, 0, 0).ok()
}

/// Yes or no: `oui`, `x`, `yes`, `vrai`, `1`… or empty, `non`, `no`, `0`…; anything else is
/// none.
pub(crate) fn yes_no(text: &str) -> Option<bool> {
    let folded = nec_compagnon::domain::text::fold(text.trim());
    match folded.as_str() {
        "oui" | "o" | "x" | "yes" | "y" | "vrai" | "true" | "1" | "✓" | "✔" => Some(true),
        "" | "non" | "n" | "no" | "faux" | "false" | "0" | "-" => Some(false),
        _ => None,
    }
}

/// A whole number of seats: `40`, `40 places`.
pub(crate) fn count(text: &str) -> Option<u32> {
    let digits = text.trim();
    let digits = digits
        .split_once(' ')
        .filter(|(_, rest)| {
            let rest = nec_compagnon::domain::text::fold(rest);
            ["places", "place", "seats", "seat", "personnes", "people"].contains(&rest.as_str())
        })
        .map_or(digits, |(n, _)| n);
    digits.parse().ok()
}

/// A level: `0`, `-1`, `+2`, `niveau 2`, `rez-de-chaussée`, `ground floor`.
pub(crate) fn level(text: &str) -> Option<i32> {
    let folded = nec_compagnon::domain::text::fold(text.trim());
    if ["rdc", "rez-de-chaussee", "rez de chaussee", "ground floor"].contains(&folded.as_str()) {
        return Some(0);
    }
    let number = folded
        .strip_prefix("niveau ")
        .or(folded.strip_prefix("level "))
        .unwrap_or(&folded)
        .trim();
    let number = number.strip_prefix('+').unwrap_or(number);
    number.parse().ok()
}

/// The people of a cell, each "Name" or "Name (Organisation)", separated by `;`, a line break,
/// or a `,` outside the parentheses (an organisation may hold commas: "Ville, Nord").
pub(crate) fn people(text: &str) -> Vec<String> {
    let mut people = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if matches!(c, ';' | '\n' | '\r') || (c == ',' && depth == 0) {
            people.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    people.push(current);
    people
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// "Name (Organisation)" as its name and organisation: the last parentheses at the end.
pub(crate) fn name_and_organisation(person: &str) -> (String, Option<String>) {
    let person = person.trim();
    if let Some(inside) = person.strip_suffix(')') {
        if let Some(open) = inside.rfind('(') {
            let name = inside[..open].trim().to_owned();
            let organisation = inside[open + 1..].trim();
            return (
                name,
                Some(organisation.to_owned()).filter(|o| !o.is_empty()),
            );
        }
    }
    (person.to_owned(), None)
}

/// Themes in a cell, separated by `;`, `,` or line breaks.
pub(crate) fn list(text: &str) -> Vec<String> {
    text.split([';', ',', '\n', '\r'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days() {
        let cases = [
            ("28/09/2022", Some("2022-09-28")),
            ("2022-09-28", Some("2022-09-28")),
            ("28/9/22", Some("2022-09-28")),
            ("28.09.2022", Some("2022-09-28")),
            ("2022-09-28 00:00:00", Some("2022-09-28")),
            ("2022-09-28T00:00:00", Some("2022-09-28")),
            (" 28/09/2022 ", Some("2022-09-28")),
            ("31/02/2022", None),
            ("09/28/2022", None),
            ("28/09", None),
            ("mercredi", None),
            ("", None),
            ("2022-09-28 09:30", None),
        ];
        for (text, expected) in cases {
            assert_eq!(
                day(text).map(|d| d.to_string()).as_deref(),
                expected,
                "{text}"
            );
        }
    }

    #[test]
    fn times() {
        let cases = [
            ("9h30", Some("09:30")),
            ("9H30", Some("09:30")),
            ("9 h 30", Some("09:30")),
            ("9h", Some("09:00")),
            ("09:30", Some("09:30")),
            ("9:30", Some("09:30")),
            ("09:30:00", Some("09:30")),
            ("PT09H30M00S", Some("09:30")),
            ("23h59", Some("23:59")),
            ("24h", None),
            ("9h75", None),
            ("9:3", None),
            ("09:30:15", None),
            ("930", None),
            ("", None),
            ("midi", None),
        ];
        for (text, expected) in cases {
            let got = time(text).map(|t| format!("{:02}:{:02}", t.hour(), t.minute()));
            assert_eq!(got.as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn yes_and_no() {
        for yes in ["oui", "Oui", "OUI", "x", "X", "yes", "vrai", "1", "✓"] {
            assert_eq!(yes_no(yes), Some(true), "{yes}");
        }
        for no in ["", "non", "Non", "no", "0", "faux", "-"] {
            assert_eq!(yes_no(no), Some(false), "{no}");
        }
        assert_eq!(yes_no("peut-être"), None);
    }

    #[test]
    fn levels_and_counts() {
        let levels = [
            ("0", Some(0)),
            ("-1", Some(-1)),
            ("+2", Some(2)),
            ("niveau 2", Some(2)),
            ("RDC", Some(0)),
            ("rez-de-chaussée", Some(0)),
            ("haut", None),
        ];
        for (text, expected) in levels {
            assert_eq!(level(text), expected, "{text}");
        }
        let counts = [
            ("40", Some(40)),
            ("40 places", Some(40)),
            ("quarante", None),
        ];
        for (text, expected) in counts {
            assert_eq!(count(text), expected, "{text}");
        }
    }

    #[test]
    fn speakers() {
        let cases: [(&str, &[&str]); 6] = [
            ("Alice Martin", &["Alice Martin"]),
            (
                "Alice Martin (Ville, Nord); Bob Durand",
                &["Alice Martin (Ville, Nord)", "Bob Durand"],
            ),
            (
                "Alice Martin (La MedNum), Bob Durand (ANCT)",
                &["Alice Martin (La MedNum)", "Bob Durand (ANCT)"],
            ),
            ("Alice\nBob", &["Alice", "Bob"]),
            (" ; ", &[]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(people(text), expected, "{text}");
        }
        assert_eq!(
            name_and_organisation("Alice Martin (Ville, Nord)"),
            ("Alice Martin".to_owned(), Some("Ville, Nord".to_owned()))
        );
        assert_eq!(
            name_and_organisation("Alice Martin"),
            ("Alice Martin".to_owned(), None)
        );
        assert_eq!(
            name_and_organisation("(La MedNum)"),
            (String::new(), Some("La MedNum".to_owned()))
        );
    }
}
