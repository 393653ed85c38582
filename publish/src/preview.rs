//! The programme's first view as plain HTML, written into index.html at build time
//! (`cargo nec-data first-view`, called by xtask/pwa/postbuild.mjs). On a slow network the WASM
//! takes seconds to arrive; until it runs, a person opening `/programme` reads the first day's
//! sessions instead of "Chargement…". It is what the app shows first (the first day, every
//! session, in the programme's order), without links or buttons: a tap must not start another
//! page load while the app downloads. Every text of the file is escaped. Its classes are its
//! own (`preview-card`, not the app's `session-card`), styled alike in style/main.css: what
//! finds the app's cards never finds these.

use std::fmt::Write;

use nec_compagnon::domain::model::SessionStatus;
use nec_compagnon::domain::time::{format_day, format_time, format_time_range};
use nec_compagnon::domain::words::counts::count_words;
use nec_compagnon::domain::{Lang, Programme, FIRST_SESSIONS};

use crate::words::preview::preview_words;

/// `text` with `&`, `<`, `>`, `"` and `'` written as character references: safe between tags
/// and in attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The first day of `programme` as the programme page first draws it: its date, its number of
/// sessions, then each start time and its sessions (time, title, subtitle, format and room,
/// speakers, "Annulée"), the first `FIRST_SESSIONS` of them, and how many more the app shows;
/// styled like the page that replaces it.
pub fn first_view(programme: &Programme, lang: Lang) -> String {
    let w = preview_words(lang);
    let day = programme.first_day();
    let positions: Vec<usize> = programme
        .sessions()
        .iter()
        .enumerate()
        .filter(|(i, _)| programme.day_of(*i) == day)
        .map(|(i, _)| i)
        .collect();
    let mut html = String::new();
    let _ = write!(
        html,
        "<section class=\"preview\" lang=\"{0}\" aria-labelledby=\"apercu-{0}\">\
         <p class=\"preview-status\">{1}</p>\
         <h1 id=\"apercu-{0}\">{2}</h1>\
         <section class=\"preview-day\"><h2>{3} <span class=\"count\">{4}</span></h2>",
        lang.code(),
        escape(w.status),
        w.heading,
        escape(&capitalised(&format_day(day, lang))),
        (count_words(lang).sessions)(positions.len()),
    );
    let shown = &positions[..positions.len().min(FIRST_SESSIONS)];
    for (start, group) in programme.slots(shown) {
        let _ = write!(
            html,
            "<section class=\"preview-slot\"><h3 class=\"slot-time\">{}</h3><ul class=\"cards\">",
            format_time(start)
        );
        for i in group {
            let session = &programme.sessions()[i];
            let s = &session.data;
            let text_lang = s
                .text_lang()
                .map(|code| format!(" lang=\"{}\"", escape(code)))
                .unwrap_or_default();
            let cancelled = s.status == SessionStatus::Cancelled;
            let _ = write!(
                html,
                "<li><article class=\"preview-card{}\"><p class=\"when\">{}</p>\
                 <h4 class=\"title\"{text_lang}>{}</h4>",
                if cancelled { " cancelled" } else { "" },
                format_time_range(
                    programme.local(session.start).1,
                    programme.local(session.end).1
                ),
                escape(&s.title),
            );
            if let Some(subtitle) = &s.subtitle {
                let _ = write!(
                    html,
                    "<p class=\"subtitle\"{text_lang}>{}</p>",
                    escape(subtitle)
                );
            }
            let format = programme.format(&s.format).map(|f| f.label.get(lang));
            let space = programme.space(&s.space).map(|space| space.name.get(lang));
            html.push_str("<p class=\"meta\">");
            if let Some(format) = format {
                let _ = write!(html, "<span class=\"format\">{}</span> ", escape(format));
            }
            if let Some(space) = space {
                let _ = write!(html, "<span class=\"space\">{}</span>", escape(space));
            }
            html.push_str("</p>");
            if let Some(names) = programme.speakers_line(s) {
                let _ = write!(
                    html,
                    "<p class=\"speakers\">{} {}</p>",
                    w.with,
                    escape(&names)
                );
            }
            if cancelled {
                let _ = write!(
                    html,
                    "<p class=\"badges\"><span class=\"badge badge-cancelled\">{}</span></p>",
                    w.cancelled
                );
            }
            html.push_str("</article></li>");
        }
        html.push_str("</ul></section>");
    }
    html.push_str("</section>");
    if positions.len() > shown.len() {
        let _ = write!(
            html,
            "<p class=\"preview-more\">{}</p>",
            (w.more)(positions.len() - shown.len())
        );
    }
    html.push_str("</section>");
    html
}

/// The event's line under the app's name (`Programme::event_line`), as the app's header
/// shows it, for the start screen of every page: a person sees at once where they are while
/// the app loads. Marked with its language; the page's style shows the person's.
pub fn event_line(programme: &Programme, lang: Lang) -> String {
    let mut html = format!("<p class=\"event-line\" lang=\"{}\">", lang.code());
    for (i, part) in programme.event_line(lang).iter().enumerate() {
        if i == 0 {
            let _ = write!(html, "<span class=\"event-name\">{}</span>", escape(part));
        } else {
            let _ = write!(
                html,
                "<span class=\"sep\" aria-hidden=\"true\"> · </span><span>{}</span>",
                escape(part)
            );
        }
    }
    html.push_str("</p>");
    html
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nec_compagnon::domain::load_programme;

    fn nec() -> Programme {
        load_programme(include_str!("../../public/programme.json")).expect("the NEC programme")
    }

    #[test]
    fn the_event_line_is_the_app_header_s_in_each_language() {
        let programme = nec();
        let sep = "<span class=\"sep\" aria-hidden=\"true\"> · </span>";
        for (lang, code, dates) in [
            (Lang::Fr, "fr", "27–29 septembre 2022"),
            (Lang::En, "en", "27–29 September 2022"),
        ] {
            assert_eq!(
                event_line(&programme, lang),
                format!(
                    "<p class=\"event-line\" lang=\"{code}\"><span class=\"event-name\">Numérique \
                     en Commun[s] 2022</span>{sep}<span>{dates}</span>{sep}<span>Stade \
                     Bollaert-Delelis, Lens</span></p>"
                )
            );
        }
        // A file without a venue, and a hostile name: the parts there are, as text.
        let json = include_str!("../../public/programme.json")
            .replacen("\"Stade Bollaert-Delelis\"", "\"\"", 1)
            .replacen("\"city\": \"Lens\"", "\"city\": \" \"", 1)
            .replacen("\"Numérique en Commun[s] 2022\"", "\"<b>NEC</b> & co\"", 1);
        let other = load_programme(&json).expect("still a valid programme");
        assert_eq!(
            event_line(&other, Lang::Fr),
            format!(
                "<p class=\"event-line\" lang=\"fr\"><span class=\"event-name\">&lt;b&gt;NEC&lt;/b&gt; \
                 &amp; co</span>{sep}<span>27–29 septembre 2022</span></p>"
            )
        );
    }

    #[test]
    fn escapes_every_character_that_could_open_markup() {
        for (text, expected) in [
            ("Tiers-lieux & communs", "Tiers-lieux &amp; communs"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
            ("Médiation numérique", "Médiation numérique"),
            ("", ""),
        ] {
            assert_eq!(escape(text), expected, "{text}");
        }
    }

    #[test]
    fn lists_the_first_day_as_the_programme_page_does() {
        let programme = nec();
        let html = first_view(&programme, Lang::Fr);
        let first = programme.first_day();
        let on_first: Vec<_> = programme
            .sessions()
            .iter()
            .enumerate()
            .filter(|(i, _)| programme.day_of(*i) == first)
            .map(|(_, s)| s)
            .collect();
        assert!(
            html.contains(&format!(
                "<h2>Mardi 27 septembre <span class=\"count\">{} sessions</span></h2>",
                on_first.len()
            )),
            "{html}"
        );
        assert_eq!(html.matches("<article").count(), FIRST_SESSIONS);
        assert!(html.contains(&format!(
            "… et {} autres sessions ce jour-là, qui s'affichent avec l'application.",
            on_first.len() - FIRST_SESSIONS
        )));
        // In the programme's order, the same as the page's.
        let mut from = 0;
        for session in &on_first[..FIRST_SESSIONS] {
            let at = html[from..]
                .find(&escape(&session.data.title))
                .unwrap_or_else(|| panic!("{} missing or out of order", session.data.id));
            from += at;
        }
        assert!(
            html.contains("Avec Stanislas Guerini (Gouvernement)"),
            "{html}"
        );
        assert!(html.contains("<p class=\"when\">09:30–10:30</p>"), "{html}");
        // A preview: no link, no button, no form.
        for tag in ["<a ", "<button", "<input", "<form"] {
            assert!(!html.contains(tag), "{tag}");
        }
    }

    #[test]
    fn english_says_the_same_in_english() {
        let html = first_view(&nec(), Lang::En);
        assert!(html.contains("lang=\"en\""));
        assert!(html.contains("Tuesday 27 September"), "{html}");
        assert!(html.contains("With Stanislas Guerini"), "{html}");
        assert!(html.contains("A preview of the programme"));
    }

    #[test]
    fn programme_texts_stay_text() {
        let json = include_str!("../../public/programme.json").replacen(
            "\"title\": \"Accueil café des conseillers numériques\"",
            "\"title\": \"<img src=x onerror=alert(1)> & <script>alert(2)</script>\"",
            1,
        );
        assert_ne!(
            json,
            include_str!("../../public/programme.json"),
            "the test must change a title"
        );
        let html = first_view(&load_programme(&json).expect("still valid"), Lang::Fr);
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;"));
        assert!(!html.contains("<img") && !html.contains("<script"));
    }

    #[test]
    fn cancelled_sessions_say_so_and_other_languages_are_marked() {
        let json = include_str!("../../public/programme.json");
        let mut file: serde_json::Value = serde_json::from_str(json).unwrap();
        let programme = nec();
        let first = programme.first_day();
        let id = programme
            .sessions()
            .iter()
            .enumerate()
            .find(|(i, _)| programme.day_of(*i) == first)
            .map(|(_, s)| s.data.id.clone())
            .unwrap();
        for session in file["sessions"].as_array_mut().unwrap() {
            if session["id"] == id.as_str() {
                session["status"] = "cancelled".into();
                session["language"] = "en".into();
            }
        }
        let html = first_view(&load_programme(&file.to_string()).unwrap(), Lang::Fr);
        assert!(
            html.contains("<article class=\"preview-card cancelled\">"),
            "{html}"
        );
        assert!(html.contains("<span class=\"badge badge-cancelled\">Annulée</span>"));
        assert_eq!(
            html.matches(" lang=\"en\">").count(),
            1,
            "the title only: {html}"
        );
    }
}
