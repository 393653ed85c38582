//! What from a programme file may become part of an address: ids, which the app pastes into its
//! own addresses (`/session/ID`, `/plan?espace=ID`, share codes, calendar UIDs), and the links a
//! file gives (a session's slides, the event's site, the accessibility contact).
//!
//! The rules, stated in docs/programme-format.md:
//! - an id is made of ASCII letters, digits, `-`, `_` and `.`, and does not start with `.`: it
//!   means the same in every address without encoding, and a file that breaks the rule is
//!   refused with the id's path (the c3voc importer makes every id it writes follow it);
//! - only `https:` and `http:` addresses become links, and `mailto:` (or a bare e-mail
//!   address) for the accessibility contact. Anything else (`javascript:`, `data:`, a relative
//!   path) is an error of the file, and the views draw it as plain text if it reaches them.

/// The first character of `id` that an id may not hold, with a replacement for the whole id
/// that follows the rule (every such character becomes `-`), or `None` when `id` is fine.
/// An empty id is reported apart (`ProblemKind::EmptyText`).
pub fn bad_id_char(id: &str) -> Option<(char, String)> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
    let first = id
        .chars()
        .enumerate()
        .find(|&(i, c)| !allowed(c) || (i == 0 && c == '.'))
        .map(|(_, c)| c)?;
    Some((first, safe_id(id)))
}

/// `text` turned into a valid id: every character an id may not hold becomes `-` (a leading
/// `.` too); an empty result becomes `id`.
pub fn safe_id(text: &str) -> String {
    let mut out: String = text
        .chars()
        .enumerate()
        .map(|(i, c)| {
            let allowed = c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
            if allowed && !(i == 0 && c == '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if out.is_empty() {
        out.push_str("id");
    }
    out
}

/// `text` when it may be drawn as a web link: an absolute `https://` or `http://` address with
/// a host, and no space or control character in it.
pub fn web_link(text: &str) -> Option<&str> {
    let text = text.trim();
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &text[8..]
    } else if lower.starts_with("http://") {
        &text[7..]
    } else {
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let clean = !text.chars().any(|c| c.is_whitespace() || c.is_control());
    (clean && !host.is_empty()).then_some(text)
}

/// The link for an accessibility contact: a web link, a `mailto:` address, or a bare e-mail
/// address made a `mailto:` link.
pub fn contact_link(text: &str) -> Option<String> {
    let text = text.trim();
    if let Some(web) = web_link(text) {
        return Some(web.to_owned());
    }
    let lower = text.get(..7).unwrap_or(text).to_ascii_lowercase();
    let address = if lower == "mailto:" { &text[7..] } else { text };
    is_email(address).then(|| format!("mailto:{address}"))
}

/// `name@host.tld`, with nothing an address could misread (no space, `:`, `/`, `?`, `<`, `>`,
/// quote or control character).
fn is_email(text: &str) -> bool {
    let Some((name, host)) = text.split_once('@') else {
        return false;
    };
    let plain = |s: &str| {
        !s.is_empty()
            && !s.chars().any(|c| {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(
                        c,
                        ':' | '/' | '?' | '#' | '<' | '>' | '"' | '\'' | '@' | '\\'
                    )
            })
    };
    plain(name) && plain(host) && host.contains('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_read_the_same_in_every_address_pass() {
        for id in ["s-12", "atelier_4", "2022.keynote", "A1", "p-3f2a"] {
            assert_eq!(bad_id_char(id), None, "{id}");
        }
    }

    #[test]
    fn ids_with_a_meaning_in_an_address_are_named_with_a_replacement() {
        for (id, bad, fixed) in [
            ("a/b", '/', "a-b"),
            ("what?", '?', "what-"),
            ("#1", '#', "-1"),
            ("100%", '%', "100-"),
            ("salle 2", ' ', "salle-2"),
            ("..", '.', "-."),
            ("café", 'é', "caf-"),
            ("a~b", '~', "a-b"),
            ("a&b=c", '&', "a-b-c"),
        ] {
            assert_eq!(bad_id_char(id), Some((bad, fixed.to_owned())), "{id}");
            assert_eq!(bad_id_char(fixed), None, "{fixed}");
        }
    }

    #[test]
    fn only_web_addresses_become_links() {
        for good in [
            "https://numerique-en-commun.fr/",
            "http://example.org/a?b=c#d",
            "HTTPS://EXAMPLE.ORG",
        ] {
            assert_eq!(web_link(good), Some(good), "{good}");
        }
        // Spaces around an address, as pasted from a spreadsheet, are not part of it.
        assert_eq!(
            web_link(" https://example.org/a\u{a0}"),
            Some("https://example.org/a")
        );
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "  ",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "//evil.example/",
            "/programme.json",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://exa\tmple.org/",
            "ftp://example.org",
            "mailto:a@b.fr",
            "",
        ] {
            assert_eq!(web_link(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_contact_is_a_web_address_or_an_e_mail_address() {
        for (text, link) in [
            (
                "accessibilite@lamednum.coop",
                "mailto:accessibilite@lamednum.coop",
            ),
            ("mailto:a11y@example.org", "mailto:a11y@example.org"),
            ("https://example.org/contact", "https://example.org/contact"),
        ] {
            assert_eq!(contact_link(text).as_deref(), Some(link), "{text}");
        }
        for text in [
            "javascript:alert('a@b.fr')",
            "mailto:javascript:alert(1)@x.fr",
            "data:text/html,a@b.fr",
            "a@b",
            "@b.fr",
            "a b@c.fr",
            "mailto:a@b.fr?subject=x",
            "03 21 00 00 00",
        ] {
            assert_eq!(contact_link(text), None, "{text:?}");
        }
    }
}
