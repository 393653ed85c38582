//! The agenda's rules (keeping, notes, merging two copies, stored versions, clashes) and the
//! calendar export, read back with an independent iCalendar parser.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::agenda::{
    clashes, plan, Agenda, Clash, Planned, Unreadable, AGENDA_VERSION,
};
use nec_compagnon::domain::changes::{changes, summary, Absent, Change, Seen, Summary};
use nec_compagnon::domain::ical::{calendar, escape, fold, utc, Export};
use nec_compagnon::domain::venue::load_venue;
use nec_compagnon::domain::{load_programme, time, Lang, Programme};

const NEC: &str = include_str!("../public/programme.json");
const VENUE: &str = include_str!("../public/venue.json");

#[test]
fn keeping_dropping_and_notes() {
    let mut a = Agenda::new();
    a.set_kept("x", true, 1);
    a.set_kept("y", true, 2);
    a.set_note("x", "salle pleine, arriver tôt", 3);
    assert!(a.contains("x") && a.contains("y"));
    assert_eq!(a.kept().collect::<Vec<_>>(), ["x", "y"]);
    a.set_kept("x", false, 4);
    assert!(!a.contains("x"));
    // The note stays, in case the session comes back.
    assert_eq!(a.note("x"), Some("salle pleine, arriver tôt"));
    a.set_note("y", "   ", 5);
    assert_eq!(a.note("y"), None);
}

#[test]
fn two_copies_merge_without_losing_anything() {
    // Two tabs start from the same agenda, then each changes it.
    let mut base = Agenda::new();
    base.set_kept("a", true, 10);
    base.set_kept("b", true, 10);
    let (mut left, mut right) = (base.clone(), base.clone());
    left.set_kept("c", true, 20); // added in the left tab
    right.set_kept("d", true, 21); // added in the right tab
    right.set_kept("b", false, 22); // removed in the right tab, later
    left.set_note("a", "note de gauche", 23);
    let merged = left.merged(&right);
    assert_eq!(merged.kept().collect::<Vec<_>>(), ["a", "c", "d"]);
    assert_eq!(merged.note("a"), Some("note de gauche"));
    // The same, whichever side merges.
    assert_eq!(right.merged(&left), merged);
    // A tie keeps the session.
    let mut x = Agenda::new();
    x.set_kept("s", true, 5);
    let mut y = Agenda::new();
    y.set_kept("s", false, 5);
    assert!(x.merged(&y).contains("s") && y.merged(&x).contains("s"));
    // Two notes of the same length at the same millisecond: one wins, the same whichever side
    // merges (else two tabs would write their own back to each other for ever).
    let (mut p, mut q) = (Agenda::new(), Agenda::new());
    p.set_note("s", "à gauche", 7);
    q.set_note("s", "à droite", 7);
    assert_eq!(p.merged(&q), q.merged(&p));
    assert_eq!(p.merged(&q).note("s"), Some("à gauche"));
}

#[test]
fn stored_versions_are_read_and_migrated() {
    let mut a = Agenda::new();
    a.set_kept("ouverture", true, 1_664_000_000_000);
    a.set_note("ouverture", "« citer », ; \\ et\nretour", 1_664_000_000_001);
    let text = a.to_json();
    assert_eq!(Agenda::from_json(&text, 0), Ok(a));
    // Version 1 was a list of ids: it becomes version 2, every session kept.
    let old = Agenda::from_json(r#"["ouverture","atelier-3"]"#, 42).unwrap();
    assert_eq!(old.version, AGENDA_VERSION);
    assert_eq!(old.kept().collect::<Vec<_>>(), ["atelier-3", "ouverture"]);
    let cases: &[(&str, Unreadable)] = &[
        ("", Unreadable::Damaged),
        ("{", Unreadable::Damaged),
        ("null", Unreadable::Damaged),
        ("42", Unreadable::Damaged),
        (r#"[1, 2]"#, Unreadable::Damaged),
        (r#"{"sessions": {}}"#, Unreadable::Damaged),
        (
            r#"{"version": 2, "sessions": {"x": {"kept": "yes"}}}"#,
            Unreadable::Damaged,
        ),
        (r#"{"version": 3, "sessions": {}}"#, Unreadable::Newer(3)),
    ];
    for (text, expected) in cases {
        assert_eq!(Agenda::from_json(text, 0).as_ref(), Err(expected), "{text}");
    }
}

/// The NEC programme with two sessions moved to chosen times and spaces.
fn two_sessions(first: (&str, &str, &str), second: (&str, &str, &str)) -> (Programme, [String; 2]) {
    let mut v: serde_json::Value = serde_json::from_str(NEC).unwrap();
    let mut ids = [String::new(), String::new()];
    for (k, (start, end, space)) in [first, second].into_iter().enumerate() {
        let s = &mut v["sessions"][k];
        s["start"] = start.into();
        s["end"] = end.into();
        s["space"] = space.into();
        s["status"] = "scheduled".into();
        ids[k] = s["id"].as_str().unwrap().to_owned();
    }
    (load_programme(&v.to_string()).unwrap(), ids)
}

#[test]
fn overlaps_and_transitions_too_short_to_walk() {
    let venue = load_venue(VENUE).unwrap();
    type Case = (&'static str, &'static str, bool, &'static str);
    // (end of the first, start of the second, step-free, what is expected)
    let cases: &[Case] = &[
        ("10:30", "10:00", false, "overlap"),
        ("11:00", "11:00", false, "tight"),
        ("11:00", "11:05", false, "none"),
        ("11:00", "11:01", true, "tight"),
    ];
    for &(end, start, step_free, expected) in cases {
        let (p, ids) = two_sessions(
            (
                "2022-09-28T09:00:00+02:00",
                &format!("2022-09-28T{end}:00+02:00"),
                "salon-carreau",
            ),
            (
                &format!("2022-09-28T{start}:00+02:00"),
                "2022-09-28T12:00:00+02:00",
                "accueil",
            ),
        );
        let mut agenda = Agenda::new();
        for id in &ids {
            agenda.set_kept(id, true, 1);
        }
        let found = clashes(&p, &agenda, Some(&venue), step_free);
        let kind = match found.as_slice() {
            [] => "none",
            [Clash::Overlap { .. }] => "overlap",
            [Clash::Tight {
                walk_minutes,
                gap_minutes,
                ..
            }] => {
                assert!(i64::from(*walk_minutes) > *gap_minutes);
                "tight"
            }
            other => panic!("{other:?}"),
        };
        assert_eq!(kind, expected, "{end} → {start}, step-free {step_free}");
    }
}

/// TEXT values as RFC 5545 §3.3.11 writes them, literally: a backslash, a semicolon and a comma
/// take a backslash; a line break is `\n`; nothing else changes (a colon, quotes, accents).
#[test]
fn ics_text_is_escaped_as_rfc_5545_says() {
    let cases: &[(&str, &str)] = &[
        ("Salle 1", "Salle 1"),
        (r"C:\NEC\agenda", r"C:\\NEC\\agenda"),
        ("Atelier ; inscription", r"Atelier \; inscription"),
        (
            "Lens, Stade Bollaert-Delelis",
            r"Lens\, Stade Bollaert-Delelis",
        ),
        ("ligne 1\nligne 2", r"ligne 1\nligne 2"),
        // A CRLF line break is one line break.
        ("ligne 1\r\nligne 2", r"ligne 1\nligne 2"),
        // The RFC's own example (§3.8.1.5, DESCRIPTION).
        (
            "Project XYZ Final Review\nConference Room - 3B\nCome Prepared.",
            r"Project XYZ Final Review\nConference Room - 3B\nCome Prepared.",
        ),
        // All at once, and what needs no escape: a colon, double quotes, accents.
        (
            "« Données », 10:30 ; \"IA\" \\ fin\n",
            r#"« Données »\, 10:30 \; "IA" \\ fin\n"#,
        ),
        // An escaped sequence in the input is escaped again, not taken as one.
        (r"\n \, \;", r"\\n \\\, \\\;"),
    ];
    for &(text, expected) in cases {
        assert_eq!(escape(text), expected, "{text:?}");
    }
}

/// Content lines as RFC 5545 §3.1 folds them, literally: at most 75 octets a line, then CRLF
/// and one space, never inside a UTF-8 character; each line ends with CRLF.
#[test]
fn ics_lines_are_folded_at_75_octets_never_inside_a_character() {
    let a = |n: usize| "a".repeat(n);
    let cases: Vec<(String, String)> = vec![
        ("SUMMARY:court".into(), "SUMMARY:court\r\n".into()),
        // 75 octets: one line.
        (
            format!("SUMMARY:{}", a(67)),
            format!("SUMMARY:{}\r\n", a(67)),
        ),
        // 76: the last octet on a line of its own, after one space.
        (
            format!("SUMMARY:{}", a(68)),
            format!("SUMMARY:{}\r\n a\r\n", a(67)),
        ),
        // A continuation line holds 74 octets after its space.
        (
            format!("X:{}", a(73 + 74 + 1)),
            format!("X:{}\r\n {}\r\n a\r\n", a(73), a(74)),
        ),
        // "é" is two octets: at 74 octets, it does not fit in the 75th and moves down whole.
        (
            format!("SUMMARY:{}é", a(66)),
            format!("SUMMARY:{}\r\n é\r\n", a(66)),
        ),
        // At 73 it fits exactly.
        (
            format!("SUMMARY:{}éb", a(65)),
            format!("SUMMARY:{}é\r\n b\r\n", a(65)),
        ),
        // "🎤" is four octets: nothing of it stays on the first line.
        (
            format!("SUMMARY:{}🎤", a(64)),
            format!("SUMMARY:{}\r\n 🎤\r\n", a(64)),
        ),
    ];
    for (line, expected) in &cases {
        assert_eq!(&fold(line), expected, "{line}");
    }
    // Only accents: each line within 75 octets, and unfolded it is the line again.
    let long = "DESCRIPTION:".to_owned() + &"é".repeat(60);
    let folded = fold(&long);
    // 12 octets of name, then 31 × 2 (one more would make 76); then 1 + 29 × 2.
    assert_eq!(
        folded,
        format!("DESCRIPTION:{}\r\n {}\r\n", "é".repeat(31), "é".repeat(29))
    );
    assert_eq!(folded.replace("\r\n ", "").trim_end(), long);
    assert_eq!(
        utc(time::parse_instant("2022-09-28T09:30:00+02:00").unwrap()),
        "20220928T073000Z"
    );
}

/// A TEXT value read back as RFC 5545 §3.3.11 says, written here apart from the app's code.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other @ ('\\' | ';' | ',')) => out.push(other),
                other => panic!("{value:?}: \\{other:?} is not an escape of RFC 5545"),
            },
            (c, false) => {
                assert!(!matches!(c, ';' | ','), "{value:?}: an unescaped {c}");
                out.push(c);
            }
        }
    }
    out
}

/// A programme whose texts hold every character a TEXT value escapes: the calendar file holds
/// them as RFC 5545 writes them, literally.
#[test]
fn the_calendar_escapes_commas_semicolons_backslashes_and_line_breaks() {
    let mut v: serde_json::Value = serde_json::from_str(NEC).unwrap();
    let s = &mut v["sessions"][1];
    s["title"] = "Données, territoires ; et \\ après".into();
    s["abstract"] = "Première ligne\nseconde ; avec, virgule".into();
    s["speakers"] = serde_json::json!([]);
    let id = s["id"].as_str().unwrap().to_owned();
    let p = load_programme(&v.to_string()).unwrap();
    let export = Export {
        origin: "https://nec.example.org/",
        programme: None,
        stamp: time::parse_instant("2022-09-20T12:00:00Z").unwrap(),
        reminder_minutes: Some(5),
        lang: Lang::Fr,
    };
    let text = calendar(&p, &[p.position(&id).unwrap()], &export);
    let lines: Vec<&str> = text.split("\r\n").collect();
    for expected in [
        r"SUMMARY:Données\, territoires \; et \\ après",
        r"DESCRIPTION:Première ligne\nseconde \; avec\, virgule",
        // The reminder says the title too.
        r"DESCRIPTION:Données\, territoires \; et \\ après",
        // The event's name, a comma and all.
        r"X-WR-CALNAME:Numérique en Commun[s] 2022",
    ] {
        assert!(lines.contains(&expected), "{expected}\n{text}");
    }
}

#[test]
fn the_calendar_reads_back_with_an_independent_parser() {
    let p = load_programme(NEC).unwrap();
    let mut positions: Vec<usize> = (0..p.sessions().len())
        .filter(|&i| p.sessions()[i].data.summary.is_some())
        .take(5)
        .collect();
    // And the village, open all along.
    let village = (0..p.sessions().len())
        .find(|&i| p.is_drop_in(&p.sessions()[i]))
        .unwrap();
    if !positions.contains(&village) {
        positions.push(village);
    }
    let export = Export {
        origin: "https://nec.example.org/",
        programme: None,
        stamp: time::parse_instant("2022-09-20T12:00:00Z").unwrap(),
        reminder_minutes: Some(10),
        lang: Lang::Fr,
    };
    let text = calendar(&p, &positions, &export);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
    }
    let reader = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendars: Vec<_> = reader.map(|c| c.expect("parses")).collect();
    assert_eq!(calendars.len(), 1);
    let events = &calendars[0].events;
    assert_eq!(events.len(), positions.len());
    for (event, &i) in events.iter().zip(&positions) {
        let s = &p.sessions()[i];
        let get = |name: &str| {
            event
                .properties
                .iter()
                .find(|prop| prop.name == name)
                .and_then(|prop| prop.value.clone())
                .unwrap_or_default()
        };
        assert_eq!(get("UID"), format!("{}@nec2022.nec-compagnon", s.data.id));
        assert_eq!(get("DTSTAMP"), "20220920T120000Z");
        assert_eq!(get("DTSTART"), utc(s.start));
        assert_eq!(get("DTEND"), utc(s.end));
        assert_eq!(unescape(&get("SUMMARY")), s.data.title);
        // The room, its floor, the venue.
        let space = p.space(&s.data.space).unwrap();
        let level = match space.level {
            0 => "rez-de-chaussée".to_owned(),
            n => format!("niveau {n}"),
        };
        assert_eq!(
            unescape(&get("LOCATION")),
            format!(
                "{}, {level}, Stade Bollaert-Delelis, Lens",
                space.name.get(Lang::Fr)
            )
        );
        assert!(get("LOCATION").ends_with(r"\, Stade Bollaert-Delelis\, Lens"));
        if let Some(summary) = s.data.summary.as_deref() {
            assert!(unescape(&get("DESCRIPTION")).starts_with(summary));
        }
        // A session open all along keeps the time free in the person's calendar.
        let free = if i == village { "TRANSPARENT" } else { "" };
        assert_eq!(get("TRANSP"), free, "{}", s.data.id);
        assert_eq!(
            get("URL"),
            format!("https://nec.example.org/session/{}", s.data.id)
        );
        assert_eq!(event.alarms.len(), 1);
        let trigger = event.alarms[0]
            .properties
            .iter()
            .find(|prop| prop.name == "TRIGGER")
            .and_then(|prop| prop.value.clone());
        assert_eq!(trigger.as_deref(), Some("-PT10M"));
    }
    // The same session always has the same UID, whatever else changes.
    let again = calendar(
        &p,
        &positions[..1],
        &Export {
            reminder_minutes: None,
            ..export
        },
    );
    let uid = |t: &str| {
        t.lines()
            .find(|l| l.starts_with("UID:"))
            .unwrap()
            .to_owned()
    };
    assert_eq!(uid(&again), uid(&text));
    // A page opened on another programme file gives links that open that file.
    let elsewhere = calendar(
        &p,
        &positions[..1],
        &Export {
            programme: Some("/locales/drome.json"),
            ..export
        },
    );
    // Long lines are folded (RFC 5545, 3.1): unfolded here before reading.
    let unfolded = elsewhere.replace("\r\n ", "");
    let url = unfolded.lines().find(|l| l.starts_with("URL:")).unwrap();
    assert_eq!(
        url,
        format!(
            "URL:https://nec.example.org/session/{}?programme=%2Flocales%2Fdrome.json",
            p.sessions()[positions[0]].data.id
        )
    );
}

/// Stored agendas and merges, over generated agendas: the strategies build the domain value
/// (`Agenda`), and the text is what the app writes, so every case is a real stored agenda.
mod stored {
    use std::collections::BTreeSet;

    use nec_compagnon::domain::agenda::{Agenda, Entry, Unreadable, AGENDA_VERSION};
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

    /// An agenda whose ids, clocks and notes come from these strategies.
    fn agenda(
        ids: impl Strategy<Value = String>,
        changed: impl Strategy<Value = i64>,
        note: impl Strategy<Value = Option<String>>,
    ) -> impl Strategy<Value = Agenda> {
        let entry = (any::<bool>(), changed, note).prop_map(|(kept, changed, note)| Entry {
            kept,
            changed,
            note,
        });
        proptest::collection::btree_map(ids, entry, 0..10).prop_map(|sessions| Agenda {
            version: AGENDA_VERSION,
            sessions,
        })
    }

    /// Anything a person or a programme can put there: ids with quotes, backslashes, accents
    /// and emoji; notes with line breaks and control characters; any clock.
    fn any_agenda() -> impl Strategy<Value = Agenda> {
        agenda(
            "\\PC{1,24}",
            any::<i64>(),
            proptest::option::of("(?s).{0,80}"),
        )
    }

    /// Few ids, few clocks, short notes (two of the same length): both sides often hold the
    /// same session, and ties happen.
    fn crowded_agenda() -> impl Strategy<Value = Agenda> {
        agenda(
            "s[0-5]",
            0..4i64,
            proptest::option::of(prop_oneof![
                Just(String::new()),
                Just("a".to_owned()),
                Just("b".to_owned()),
                Just("ab".to_owned()),
            ]),
        )
    }

    fn note_len(entry: &Entry) -> usize {
        entry.note.as_ref().map_or(0, String::len)
    }

    /// What `Agenda::merged` promises (its doc comment), checked for `a.merged(b)`.
    fn merge_keeps_what_it_says(a: &Agenda, b: &Agenda) -> Result<(), TestCaseError> {
        let merged = a.merged(b);
        prop_assert_eq!(merged.version, AGENDA_VERSION);
        // Every session of either side, and no other.
        let ids: BTreeSet<&String> = a.sessions.keys().chain(b.sessions.keys()).collect();
        prop_assert_eq!(&merged.sessions.keys().collect::<BTreeSet<_>>(), &ids);
        for id in ids {
            let got = &merged.sessions[id];
            match (a.sessions.get(id), b.sessions.get(id)) {
                (Some(only), None) | (None, Some(only)) => {
                    prop_assert_eq!(got, only, "{} is on one side only", id);
                }
                (Some(x), Some(y)) => {
                    // One side's entry, whole; the later change wins.
                    prop_assert!(got == x || got == y, "{id}: {got:?} is neither side's");
                    prop_assert_eq!(got.changed, x.changed.max(y.changed), "{}", id);
                    // Kept if a side kept it at that moment: a removal wins only when later.
                    let kept_then = [x, y].iter().any(|e| e.kept && e.changed == got.changed);
                    prop_assert_eq!(got.kept, kept_then, "{}", id);
                    // Then the longer note.
                    let longest = [x, y]
                        .iter()
                        .filter(|e| e.changed == got.changed && e.kept == got.kept)
                        .map(|e| note_len(e))
                        .max();
                    prop_assert_eq!(Some(note_len(got)), longest, "{}", id);
                }
                (None, None) => unreachable!(),
            }
        }
        // Each side's kept sessions stay kept, unless the other side removed them later.
        for (mine, theirs) in [(a, b), (b, a)] {
            for id in mine.kept() {
                let removed_later = theirs
                    .sessions
                    .get(id)
                    .is_some_and(|e| !e.kept && e.changed > mine.sessions[id].changed);
                prop_assert_eq!(merged.contains(id), !removed_later, "{}", id);
            }
        }
        // The same whichever side merges; merging again changes nothing.
        prop_assert_eq!(&b.merged(a), &merged);
        prop_assert_eq!(&merged.merged(a), &merged);
        prop_assert_eq!(&merged.merged(b), &merged);
        Ok(())
    }

    proptest! {
        /// What the app stores reads back as the same agenda, whatever it holds.
        #[test]
        fn a_stored_agenda_reads_back_the_same(agenda in any_agenda(), now in any::<i64>()) {
            let text = agenda.to_json();
            // The text says its version and holds every session.
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            prop_assert_eq!(&value["version"], &serde_json::json!(AGENDA_VERSION));
            prop_assert_eq!(value["sessions"].as_object().unwrap().len(), agenda.sessions.len());
            prop_assert_eq!(Agenda::from_json(&text, now), Ok(agenda));
        }

        /// Version 1 (a list of ids) becomes version 2 with each id kept, changed now.
        #[test]
        fn a_version_1_list_is_migrated(ids in proptest::collection::vec("\\PC{1,24}", 0..10), now in any::<i64>()) {
            let migrated = Agenda::from_json(&serde_json::to_string(&ids).unwrap(), now).unwrap();
            prop_assert_eq!(migrated.version, AGENDA_VERSION);
            let expected: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
            prop_assert_eq!(migrated.kept().collect::<BTreeSet<_>>(), expected);
            prop_assert!(migrated.sessions.values().all(|e| e.kept && e.changed == now && e.note.is_none()));
        }

        /// A newer version's agenda is refused as newer, never read as damaged or as this one.
        #[test]
        fn a_newer_version_is_refused_as_newer(agenda in any_agenda(), version in (AGENDA_VERSION + 1)..u32::MAX) {
            let text = agenda.to_json().replacen(
                &format!(r#""version":{AGENDA_VERSION}"#),
                &format!(r#""version":{version}"#),
                1,
            );
            prop_assert_eq!(Agenda::from_json(&text, 0), Err(Unreadable::Newer(version)));
        }

        /// Whatever else is in storage, reading it never panics, and what can be read writes
        /// back the same.
        #[test]
        fn any_stored_text_is_read_or_refused_never_a_panic(text in "\\PC{0,200}") {
            if let Ok(agenda) = Agenda::from_json(&text, 0) {
                prop_assert_eq!(Agenda::from_json(&agenda.to_json(), 0), Ok(agenda));
            }
        }

        /// Two copies, often with the same sessions and tied clocks.
        #[test]
        fn a_merge_keeps_what_it_says(a in crowded_agenda(), b in crowded_agenda()) {
            merge_keeps_what_it_says(&a, &b)?;
        }

        /// The same with anything in them.
        #[test]
        fn a_merge_of_any_two_agendas_keeps_what_it_says(a in any_agenda(), b in any_agenda()) {
            merge_keeps_what_it_says(&a, &b)?;
        }

        /// Three tabs reach one agenda whatever order their copies meet in.
        #[test]
        fn three_copies_merge_in_any_order(a in crowded_agenda(), b in crowded_agenda(), c in crowded_agenda()) {
            prop_assert_eq!(a.merged(&b).merged(&c), a.merged(&b.merged(&c)));
            prop_assert_eq!(a.merged(&b).merged(&c), c.merged(&a).merged(&b));
        }
    }
}

mod share_codes {
    use nec_compagnon::domain::load_programme;
    use nec_compagnon::domain::share::{decode, encode, encode_for, resolve, BadCode, Code};
    use proptest::prelude::*;

    fn ids(list: &[&str]) -> Code {
        Code::Ids(list.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn a_first_format_code_carries_ids_there_and_back() {
        let cases: &[&[&str]] = &[
            &[],
            &["ouverture"],
            &["a", "b", "c"],
            &[
                "with.dot",
                "with~tilde",
                "with%25percent",
                "é-accent",
                "100%",
            ],
        ];
        for list in cases {
            let code = encode(list.iter().copied());
            assert_eq!(decode(&code).unwrap(), ids(list), "{code}");
        }
        // Duplicates and empty ids are left out.
        assert_eq!(
            decode(&encode(["a", "", "a", "b"])).unwrap(),
            ids(&["a", "b"])
        );
    }

    /// Every one-character cut, change or addition of `code` is refused.
    fn refuses_every_damage(code: &str, alphabet: &[char]) {
        for end in 0..code.len() {
            let cut = &code[..end];
            assert!(decode(cut).is_err(), "{cut}");
        }
        for at in 0..code.len() {
            for &c in alphabet {
                let mut chars: Vec<char> = code.chars().collect();
                if chars[at].eq_ignore_ascii_case(&c) {
                    continue;
                }
                chars[at] = c;
                let changed: String = chars.into_iter().collect();
                assert!(
                    decode(&changed).is_err(),
                    "{changed} from {code}: {:?}",
                    decode(&changed)
                );
            }
        }
        for at in 0..=code.len() {
            for &c in alphabet {
                let mut added = code.to_owned();
                added.insert(at, c);
                assert!(decode(&added).is_err(), "{added}");
            }
        }
    }

    #[test]
    fn a_cut_or_changed_code_is_refused_with_a_reason() {
        let code = encode(["ceremonie-d-ouverture", "atelier-mediation", "rex-ccs"]);
        refuses_every_damage(&code, &['0', 'a', 'x', '~', '.']);
        let p = load_programme(super::NEC).unwrap();
        let kept: Vec<&str> = p.sessions()[..6]
            .iter()
            .map(|s| s.data.id.as_str())
            .collect();
        let short = encode_for(&p, kept);
        refuses_every_damage(&short, &['A', 'Q', '7', '2', '0', '.']);
        let cases: &[(&str, BadCode)] = &[
            ("", BadCode::NotACode),
            ("bonjour", BadCode::NotACode),
            ("x.00000000.a", BadCode::NotACode),
            ("3.00000000.a", BadCode::UnknownVersion("3".into())),
            ("1.zz.a", BadCode::Damaged),
            ("1.00000000.a", BadCode::Damaged),
            ("2.", BadCode::Damaged),
            ("2.3AAAA", BadCode::Damaged),
            ("2.5AAA", BadCode::Damaged),
            ("2.5AAAAAAAAA", BadCode::Damaged),
            // A later format of the same shape: "made by a newer version", as the first
            // format's reader says of this one.
            ("4.5AAAAAAAAA", BadCode::UnknownVersion("4".into())),
        ];
        for (text, expected) in cases {
            assert_eq!(decode(text).as_ref(), Err(expected), "{text}");
        }
        // Bounded: a huge code is not read at all, even a well-formed one.
        let many: Vec<String> = (0..3_000).map(|i| format!("session-{i:05}")).collect();
        let huge = encode(many.iter().map(String::as_str));
        assert!(huge.len() > nec_compagnon::domain::share::MAX_CODE_LEN);
        assert_eq!(decode(&huge), Err(BadCode::TooLong));
        let fits = encode(many[..1_000].iter().map(String::as_str));
        let Ok(Code::Ids(back)) = decode(&fits) else {
            panic!()
        };
        assert_eq!(back.len(), 1_000);
    }

    #[test]
    fn sessions_the_programme_no_longer_has_are_listed_or_counted() {
        let p = load_programme(super::NEC).unwrap();
        let real = p.sessions()[3].data.id.clone();
        let list = [real.clone(), "supprimee-depuis".to_owned()];
        let shared = resolve(
            &p,
            &decode(&encode(list.iter().map(String::as_str))).unwrap(),
        );
        assert_eq!(
            (shared.found, shared.missing, shared.unnamed),
            (vec![3], vec!["supprimee-depuis".to_owned()], 0)
        );
        // The short code is made against the sender's programme; the receiver's has lost a
        // session since: counted, as it cannot be named.
        let code = encode_for(&p, [real.as_str(), p.sessions()[7].data.id.as_str()]);
        let mut v: serde_json::Value = serde_json::from_str(super::NEC).unwrap();
        v["sessions"]
            .as_array_mut()
            .unwrap()
            .retain(|s| s["id"] != p.sessions()[7].data.id.as_str());
        let later = load_programme(&v.to_string()).unwrap();
        let shared = resolve(&later, &decode(&code).unwrap());
        assert_eq!(shared.found, [later.position(&real).unwrap()]);
        assert_eq!((shared.missing.len(), shared.unnamed), (0, 1));
        // Sessions of another programme are not in the short code: the receiver opens this one.
        let code = encode_for(&p, [real.as_str(), "d-un-autre-programme"]);
        assert_eq!(resolve(&p, &decode(&code).unwrap()).found, [3]);
    }

    #[test]
    fn a_short_code_is_short_and_read_in_either_case() {
        let p = load_programme(super::NEC).unwrap();
        let ten: Vec<&str> = p
            .sessions()
            .iter()
            .step_by(p.sessions().len() / 10)
            .take(10)
            .map(|s| s.data.id.as_str())
            .collect();
        let code = encode_for(&p, ten.iter().copied());
        let mark = usize::from(code.as_bytes()[2] - b'0');
        assert_eq!(code.len(), 7 + 10 * mark, "{code}");
        assert!(mark <= 6, "{code}");
        assert!(
            code.bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.'),
            "{code}"
        );
        let lower = code.to_ascii_lowercase();
        assert_eq!(decode(&lower), decode(&code));
        // The whole link in a QR code: 37 modules wide here, 81 with the first format.
        let link = format!("https://compagnon.numerique-en-communs.fr/agenda/partage#{code}");
        let qr = qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::L)
            .unwrap();
        let old = encode(ten.iter().copied());
        let old_link = format!("https://compagnon.numerique-en-communs.fr/agenda/partage#{old}");
        let old_qr =
            qrcode::QrCode::with_error_correction_level(old_link.as_bytes(), qrcode::EcLevel::L)
                .unwrap();
        println!(
            "QR for 10 sessions: {} modules (format 1: {})",
            qr.width(),
            old_qr.width()
        );
        assert!(qr.width() <= 41, "{} modules", qr.width());
        assert!(old_qr.width() > qr.width());
    }

    proptest! {
        /// Any set of the programme's sessions comes back whole from its short code.
        #[test]
        fn a_short_code_carries_any_agenda(picks in proptest::collection::vec(0usize..10_000, 0..40)) {
            let p = load_programme(super::NEC).unwrap();
            let n = p.sessions().len();
            let mut positions: Vec<usize> = picks.iter().map(|k| k % n).collect();
            let code = encode_for(&p, positions.iter().map(|&i| p.sessions()[i].data.id.as_str()));
            positions.sort_unstable();
            positions.dedup();
            let shared = resolve(&p, &decode(&code).unwrap());
            prop_assert_eq!(shared.found, positions);
            prop_assert_eq!(shared.unnamed, 0);
        }
    }
}

/// The NEC programme with changes applied to sessions by position: (field, value).
fn changed(
    edits: &[(usize, &str, serde_json::Value)],
    data_version: &str,
    dropped: usize,
) -> Programme {
    let mut v: serde_json::Value = serde_json::from_str(NEC).unwrap();
    for (k, field, value) in edits {
        v["sessions"][*k][*field] = value.clone();
    }
    v["event"]["data_version"] = data_version.into();
    v["sessions"].as_array_mut().unwrap().remove(dropped);
    load_programme(&v.to_string()).unwrap()
}

fn id_at(p: &Programme, file_index: usize) -> String {
    let v: serde_json::Value = serde_json::from_str(NEC).unwrap();
    let id = v["sessions"][file_index]["id"].as_str().unwrap().to_owned();
    assert!(p.position(&id).is_some());
    id
}

#[test]
fn the_plan_lists_days_free_time_cancelled_and_vanished_sessions() {
    let (p, ids) = two_sessions(
        (
            "2022-09-28T09:00:00+02:00",
            "2022-09-28T10:00:00+02:00",
            "accueil",
        ),
        (
            "2022-09-28T11:15:00+02:00",
            "2022-09-28T12:00:00+02:00",
            "accueil",
        ),
    );
    let mut a = Agenda::new();
    assert!(plan(&p, &a).is_empty());
    a.set_kept(&ids[1], true, 1);
    a.set_kept(&ids[0], true, 2);
    a.set_kept("retiree-du-programme", true, 3);
    let got = plan(&p, &a);
    assert_eq!(got.len(), 3);
    assert_eq!(got.unknown, ["retiree-du-programme"]);
    assert_eq!(got.days.len(), 1);
    let (day, items) = &got.days[0];
    assert_eq!(day.to_string(), "2022-09-28");
    let at = |id: &str| p.position(id).unwrap();
    assert_eq!(
        items,
        &[
            Planned {
                position: at(&ids[0]),
                free_before_minutes: None
            },
            Planned {
                position: at(&ids[1]),
                free_before_minutes: Some(75)
            },
        ]
    );
    // Overlapping sessions: negative free time.
    let (p, ids) = two_sessions(
        (
            "2022-09-28T09:00:00+02:00",
            "2022-09-28T10:30:00+02:00",
            "accueil",
        ),
        (
            "2022-09-28T10:00:00+02:00",
            "2022-09-28T11:00:00+02:00",
            "accueil",
        ),
    );
    let mut a = Agenda::new();
    a.set_kept(&ids[0], true, 1);
    a.set_kept(&ids[1], true, 1);
    assert_eq!(
        plan(&p, &a).days[0].1[1].free_before_minutes,
        Some(-30),
        "overlap"
    );
    // A session inside a longer one overlaps for its own length only.
    let (p, ids) = two_sessions(
        (
            "2022-09-28T09:00:00+02:00",
            "2022-09-28T18:00:00+02:00",
            "accueil",
        ),
        (
            "2022-09-28T10:00:00+02:00",
            "2022-09-28T11:00:00+02:00",
            "accueil",
        ),
    );
    let mut a = Agenda::new();
    a.set_kept(&ids[0], true, 1);
    a.set_kept(&ids[1], true, 1);
    assert_eq!(plan(&p, &a).days[0].1[1].free_before_minutes, Some(-60));
    // Another day starts again: no free time before its first session.
    let p = load_programme(NEC).unwrap();
    let first_of = |day: &str| {
        (0..p.sessions().len())
            .find(|&i| p.day_of(i).to_string() == day)
            .unwrap()
    };
    let mut a = Agenda::new();
    for day in ["2022-09-27", "2022-09-28", "2022-09-29"] {
        a.set_kept(&p.sessions()[first_of(day)].data.id, true, 1);
    }
    let got = plan(&p, &a);
    assert_eq!(got.days.len(), 3);
    assert!(got
        .days
        .iter()
        .all(|(_, items)| items.len() == 1 && items[0].free_before_minutes.is_none()));
}

#[test]
fn a_shared_agenda_is_added_or_replaces_mine() {
    let mut mine = Agenda::new();
    mine.set_kept("a", true, 1);
    mine.set_kept("b", true, 1);
    mine.set_note("b", "ma note", 2);
    let shared = vec!["b".to_owned(), "c".to_owned()];
    let added = mine.adding(&shared, 10);
    assert_eq!(added.kept().collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(added.note("b"), Some("ma note"));
    let replaced = mine.replaced_by(&shared, 10);
    assert_eq!(replaced.kept().collect::<Vec<_>>(), ["b", "c"]);
    assert_eq!(replaced.note("b"), Some("ma note"));
    // "a" is remembered as removed: an older copy in another tab does not bring it back.
    assert!(!replaced.merged(&mine).contains("a"));
    assert!(!mine.merged(&replaced).contains("a"));
}

#[test]
fn what_changed_since_the_person_looked() {
    let before = load_programme(NEC).unwrap();
    let ids: Vec<String> = [0, 1, 2, 3, 4].iter().map(|&k| id_at(&before, k)).collect();
    let mut a = Agenda::new();
    for id in &ids[..4] {
        a.set_kept(id, true, 1);
    }
    let seen = Seen::default().noting(&before, &a);
    assert_eq!(seen.sessions.len(), 4);
    assert!(changes(&before, &a, &seen).is_empty());
    assert!(seen.to_tell(&before), "never told yet");
    // The next publication: 0 moved an hour later, 1 to another space, 2 cancelled, 3 gone;
    // 4 (not kept) cancelled too, which is not my business.
    let v: serde_json::Value = serde_json::from_str(NEC).unwrap();
    let old_space = v["sessions"][1]["space"].as_str().unwrap().to_owned();
    let other_space = if old_space == "accueil" {
        "pleniere"
    } else {
        "accueil"
    };
    let shift = |t: &serde_json::Value| {
        let t = time::parse_instant(t.as_str().unwrap()).unwrap();
        let later = t.checked_add(jiff::SignedDuration::from_hours(1)).unwrap();
        time::format_rfc3339(later, &jiff::tz::TimeZone::fixed(jiff::tz::offset(2)))
    };
    let (s0, e0) = (
        shift(&v["sessions"][0]["start"]),
        shift(&v["sessions"][0]["end"]),
    );
    let after = changed(
        &[
            (0, "start", s0.into()),
            (0, "end", e0.into()),
            (1, "space", other_space.into()),
            (2, "status", "cancelled".into()),
            (4, "status", "cancelled".into()),
        ],
        "2022-09-20-b",
        3, // session 3 is dropped from the file
    );
    assert!(seen.to_tell(&after));
    let found = changes(&after, &a, &seen);
    let before_session = before.session(&ids[0]).unwrap();
    assert_eq!(
        found.get(&ids[0]),
        Some(&vec![Change::Time {
            start: before_session.start.as_second(),
            end: before_session.end.as_second()
        }])
    );
    assert_eq!(found.get(&ids[1]), Some(&vec![Change::Space(old_space)]));
    assert_eq!(found.get(&ids[2]), Some(&vec![Change::Cancelled]));
    assert_eq!(found.get(&ids[3]), Some(&vec![Change::Gone]));
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(
        summary(&found),
        Summary {
            moved: 2,
            cancelled: 1,
            gone: 1
        }
    );
    // Noting a newly kept session does not hide the marks; acknowledging does.
    a.set_kept(&ids[4], true, 5);
    let noted = seen.noting(&after, &a);
    assert_eq!(changes(&after, &a, &noted).len(), 4);
    let acknowledged = noted.acknowledged(&after, &a);
    assert_eq!(changes(&after, &a, &acknowledged), Default::default());
    // Another event's programme (a local NEC's, opened with ?programme=) has none of these
    // sessions: they are not "gone" from it, and what was seen of them outlives a look at it.
    let mut local: serde_json::Value = serde_json::from_str(NEC).unwrap();
    local["event"]["id"] = "nec-drome-2022".into();
    local["event"]["name"] = "NEC Drôme 2022".into();
    local["sessions"] =
        serde_json::Value::Array(local["sessions"].as_array().unwrap()[10..12].to_vec());
    let local = load_programme(&local.to_string()).unwrap();
    assert_eq!(changes(&local, &a, &noted), Default::default());
    let looked_elsewhere = noted.acknowledged(&local, &a);
    assert_eq!(changes(&after, &a, &looked_elsewhere).len(), 4);
    // The agenda names what the programme shown lacks: seen elsewhere, dropped since, or never
    // seen with its details.
    let title = |k: usize| before.session(&ids[k]).unwrap().data.title.clone();
    // The title keeps its language, for its lang attribute.
    let fr = Some("fr".to_owned());
    assert_eq!(
        looked_elsewhere.absent(&local, &ids[0]),
        Absent::Elsewhere {
            title: title(0),
            lang: fr.clone(),
            event: "Numérique en Commun[s] 2022".into()
        }
    );
    assert_eq!(
        noted.absent(&after, &ids[3]),
        Absent::Removed {
            title: title(3),
            lang: fr.clone()
        }
    );
    assert_eq!(noted.absent(&after, "jamais-vue"), Absent::Unknown);
    // What older versions stored (no event) still counts for the programme open.
    let older = Seen::from_json(&noted.to_json().replace(r#","event":"nec2022""#, ""));
    assert!(older.sessions.values().all(|fact| fact.event.is_empty()));
    assert_eq!(changes(&after, &a, &older).len(), 4);
    // Noting them again gives them their event and title, and keeps what they said.
    let upgraded = older.noting(&after, &a);
    assert!(upgraded.sessions[&ids[0]].event == "nec2022");
    assert_eq!(changes(&after, &a, &upgraded).len(), 4);
    // A fact stored before titles kept their language gains it, and keeps what it said.
    let no_lang = Seen::from_json(&noted.to_json().replace(r#","title_lang":"fr""#, ""));
    assert!(no_lang
        .sessions
        .values()
        .all(|fact| fact.title_lang.is_empty()));
    let relearnt = no_lang.noting(&after, &a);
    assert_eq!(relearnt.sessions[&ids[0]].title_lang, "fr");
    assert_eq!(changes(&after, &a, &relearnt).len(), 4);
    assert_eq!(
        relearnt.absent(&after, &ids[3]),
        Absent::Removed {
            title: title(3),
            lang: None
        },
        "a session gone before it was seen again keeps what was stored"
    );
    // What is stored reads back; anything unreadable is "seen nothing".
    assert_eq!(Seen::from_json(&noted.to_json()), noted);
    assert_eq!(Seen::from_json("{cassé"), Seen::default());
}

#[test]
fn a_session_open_all_along_clashes_with_nothing_and_keeps_nobody_busy() {
    let venue = load_venue(VENUE).unwrap();
    let check = |p: &Programme, drop_in: bool| {
        let sessions = p.sessions();
        let village = sessions
            .iter()
            .position(|s| s.data.format == "village")
            .unwrap();
        assert_eq!(p.is_drop_in(&sessions[village]), drop_in);
        let (v, day) = (&sessions[village], p.day_of(village));
        // Two sessions of the same day, within the village's hours, that overlap each other.
        let inside: Vec<usize> = (0..sessions.len())
            .filter(|&i| i != village && p.day_of(i) == day)
            .filter(|&i| sessions[i].start > v.start && sessions[i].end <= v.end)
            .collect();
        let (a, b) = inside
            .iter()
            .flat_map(|&a| inside.iter().map(move |&b| (a, b)))
            .find(|&(a, b)| a < b && sessions[b].start < sessions[a].end)
            .unwrap();
        // And one that starts before the village opens, if the day has one.
        let early =
            (0..sessions.len()).find(|&i| p.day_of(i) == day && sessions[i].start < v.start);
        let mut agenda = Agenda::new();
        for i in [village, a, b].into_iter().chain(early) {
            agenda.set_kept(&sessions[i].data.id, true, 1);
        }
        let found = clashes(p, &agenda, Some(&venue), false);
        let planned = plan(p, &agenda);
        let (_, items) = planned.days.iter().find(|(d, _)| *d == day).unwrap();
        let free = |i: usize| {
            items
                .iter()
                .find(|x| x.position == i)
                .unwrap()
                .free_before_minutes
        };
        let first = items.first().map(|x| x.position);
        (
            found,
            free(village),
            free(a),
            (village, a, b),
            (first, early),
        )
    };
    // The NEC village is open all along: only the two sessions clash, and the village has no
    // free time before it.
    let nec = load_programme(NEC).unwrap();
    let (found, village_free, a_free, (village, a, b), (first, early)) = check(&nec, true);
    assert_eq!(
        found,
        [Clash::Overlap {
            first: a,
            second: b
        }]
    );
    // The first session in the village's hours counts its free time from the coffee before
    // (the village keeps nobody busy).
    let minutes = |from: usize, to: usize| {
        let s = nec.sessions();
        (s[to].start.as_second() - s[from].end.as_second()) / 60
    };
    assert_eq!(
        (village_free, a_free),
        (None, Some(minutes(early.unwrap(), a)))
    );
    // It opens its day, above the hours, even before a session that starts earlier (the
    // NEC's first day has a welcome coffee at 08:30): the free time shown before the next
    // session does not seem to count from it.
    assert_eq!(first, Some(village));
    // The same file without `drop_in`: the village overlaps both, and is counted as busy.
    let mut v: serde_json::Value = serde_json::from_str(NEC).unwrap();
    for f in v["formats"].as_array_mut().unwrap() {
        f.as_object_mut().unwrap().remove("drop_in");
    }
    let plain = load_programme(&v.to_string()).unwrap();
    let (found, _, a_free, (village, a, b), (first, early)) = check(&plain, false);
    // Without `drop_in` it is one session among others, in time order.
    assert_eq!(first, early);
    let overlaps = |x: usize, y: usize| {
        found.contains(&Clash::Overlap {
            first: x.min(y),
            second: x.max(y),
        })
    };
    assert!(
        overlaps(village, a) && overlaps(village, b) && overlaps(a, b),
        "{found:?}"
    );
    assert!(a_free.is_some_and(|m| m < 0), "{a_free:?}");
}

/// Step-free walks (issue 22): the agenda's warnings agree with the route finder, and a space
/// no step-free way leads to is said, never silently skipped.
mod step_free {
    use nec_compagnon::domain::agenda::{clashes, Agenda, Clash};
    use nec_compagnon::domain::route::{route, NoRoute};
    use nec_compagnon::domain::venue::{load_venue, Venue};
    use nec_compagnon::domain::{load_programme, Programme};

    /// The NEC programme with its first sessions (not the village, open all along) moved one
    /// after the other on 2022-09-28 from 09:00: each `(space, free minutes before, length)`.
    /// The moved ids, in time order.
    fn in_order(slots: &[(&str, i64, i64)]) -> (Programme, Vec<String>) {
        let mut v: serde_json::Value = serde_json::from_str(super::NEC).unwrap();
        let movable: Vec<usize> = (0..v["sessions"].as_array().unwrap().len())
            .filter(|&k| v["sessions"][k]["format"] != "village")
            .collect();
        let at = |minutes: i64| {
            let m = 9 * 60 + minutes;
            format!("2022-09-28T{:02}:{:02}:00+02:00", m / 60, m % 60)
        };
        let (mut clock, mut ids) = (0, Vec::new());
        for (&(space, free, length), &k) in slots.iter().zip(&movable) {
            let s = &mut v["sessions"][k];
            clock += free;
            s["start"] = at(clock).into();
            clock += length;
            s["end"] = at(clock).into();
            s["space"] = space.into();
            s["status"] = "scheduled".into();
            ids.push(s["id"].as_str().unwrap().to_owned());
        }
        (load_programme(&v.to_string()).unwrap(), ids)
    }

    /// Clashes in a stable order, to compare two lists as sets.
    fn sorted(list: &[Clash]) -> Vec<String> {
        let mut out: Vec<String> = list.iter().map(|c| format!("{c:?}")).collect();
        out.sort();
        out
    }

    /// Keeps `ids` (in time order, none overlapping) and checks the agenda's clashes against
    /// the route finder: a transition is too short iff the walk found exceeds the gap; a
    /// session has no step-free way iff step-free is asked and no step-free route leads to its
    /// space from the main entrance; a transition with no route at all is covered by that
    /// flag on one of its two sessions; and nothing else is said.
    fn agrees(p: &Programme, venue: &Venue, ids: &[String], step_free: bool) -> Result<(), String> {
        let mut agenda = Agenda::new();
        for id in ids {
            agenda.set_kept(id, true, 1);
        }
        let found = clashes(p, &agenda, Some(venue), step_free);
        let sessions = p.sessions();
        let at: Vec<usize> = ids.iter().map(|id| p.position(id).unwrap()).collect();
        let entrance = &venue.main_entrance().id;
        let mut expected = Vec::new();
        for &i in &at {
            match route(venue, entrance, &sessions[i].data.space, true) {
                Ok(_) => {}
                Err(NoRoute::Unreachable) if step_free => {
                    expected.push(Clash::NoStepFreeWay { session: i });
                }
                Err(NoRoute::Unreachable) => {}
                Err(NoRoute::UnknownSpace) => return Err(format!("{i}: not on the map")),
            }
        }
        let flagged = |i: usize| found.contains(&Clash::NoStepFreeWay { session: i });
        for pair in at.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let (sa, sb) = (&sessions[a], &sessions[b]);
            if sa.data.space == sb.data.space {
                continue;
            }
            let gap_minutes = (sb.start.as_second() - sa.end.as_second()) / 60;
            match route(venue, &sa.data.space, &sb.data.space, step_free) {
                Ok(r) if i64::from(r.minutes()) > gap_minutes => expected.push(Clash::Tight {
                    first: a,
                    second: b,
                    gap_minutes,
                    walk_minutes: r.minutes(),
                }),
                Ok(_) => {}
                Err(NoRoute::Unreachable) if step_free && (flagged(a) || flagged(b)) => {}
                Err(e) => {
                    return Err(format!(
                        "{} → {} (step-free {step_free}): {e:?}, and nothing said: {found:?}",
                        sa.data.space, sb.data.space
                    ))
                }
            }
        }
        if sorted(&found) != sorted(&expected) {
            return Err(format!(
                "step-free {step_free}: found {found:?}, the route finder says {expected:?}"
            ));
        }
        Ok(())
    }

    fn venue() -> Venue {
        load_venue(super::VENUE).unwrap()
    }

    #[test]
    fn every_pair_of_spaces_agrees_with_the_route_finder() {
        let venue = venue();
        let spaces: Vec<String> = load_programme(super::NEC)
            .unwrap()
            .spaces()
            .iter()
            .map(|s| s.id.clone())
            .collect();
        let mut failures = Vec::new();
        for x in &spaces {
            for y in &spaces {
                // x, then y back to back, then x again ten minutes later.
                let (p, ids) = in_order(&[(x, 0, 60), (y, 0, 60), (x, 10, 60)]);
                for step_free in [false, true] {
                    if let Err(e) = agrees(&p, &venue, &ids, step_free) {
                        failures.push(format!("{x} / {y}: {e}"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn lunch_then_the_atelier_4_workshop_step_free_is_flagged() {
        let venue = venue();
        let p = load_programme(super::NEC).unwrap();
        let lunch = "dejeuner-27";
        let workshop = "construire-son-reseau-local-d-aidants-numeriques";
        let position = |id: &str| p.position(id).unwrap();
        assert_eq!(p.session(workshop).unwrap().data.space, "atelier-4");
        let mut agenda = Agenda::new();
        agenda.set_kept(lunch, true, 1);
        agenda.set_kept(workshop, true, 1);
        // Back to back: on foot, the walk up to the press stand is too long.
        let walked = clashes(&p, &agenda, Some(&venue), false);
        assert!(
            matches!(
                walked.as_slice(),
                [Clash::Tight { first, second, gap_minutes: 0, .. }]
                    if *first == position(lunch) && *second == position(workshop)
            ),
            "{walked:?}"
        );
        // Step-free: no way up at all, and it is said.
        assert_eq!(
            clashes(&p, &agenda, Some(&venue), true),
            [Clash::NoStepFreeWay {
                session: position(workshop)
            }]
        );
        // A cancelled workshop in the same room is not flagged (it clashes with nothing).
        let cancelled = "fresque-du-numerique";
        assert_eq!(p.session(cancelled).unwrap().data.space, "atelier-4");
        let mut only_cancelled = Agenda::new();
        only_cancelled.set_kept(cancelled, true, 1);
        assert_eq!(clashes(&p, &only_cancelled, Some(&venue), true), []);
        // Without the map, nothing is known about the walks, and nothing is said.
        assert_eq!(clashes(&p, &agenda, None, true), []);
    }

    proptest::proptest! {
        /// Any order of sessions in any spaces, with or without step-free walks: the agenda says
        /// what the route finder says, and skips nothing.
        #[test]
        fn the_agenda_says_what_the_route_finder_says(
            slots in proptest::collection::vec(
                (proptest::prelude::any::<proptest::sample::Index>(), 0..8i64, 15..90i64),
                2..6,
            ),
            step_free in proptest::bool::ANY,
        ) {
            let venue = venue();
            let nec = load_programme(super::NEC).unwrap();
            let spaces = nec.spaces();
            let slots: Vec<(&str, i64, i64)> = slots
                .iter()
                .map(|(space, free, length)| {
                    (spaces[space.index(spaces.len())].id.as_str(), *free, *length)
                })
                .collect();
            let (p, ids) = in_order(&slots);
            if let Err(e) = agrees(&p, &venue, &ids, step_free) {
                return Err(proptest::test_runner::TestCaseError::fail(format!("{slots:?}: {e}")));
            }
        }
    }
}
