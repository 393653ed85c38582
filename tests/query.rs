//! Host tests of finding sessions: accent-insensitive search, filters and their counts, the
//! view kept in the URL, highlighting. Run on the shipped NEC 2022 programme.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::query::{
    fold_over, highlight, run, standing, terms, Dimension, Facet, Query, SearchIndex, Standing,
};
use nec_compagnon::domain::{load_programme, time, Programme};

fn programme() -> Programme {
    load_programme(include_str!("../public/programme.json")).unwrap()
}

fn at(text: &str) -> jiff::Timestamp {
    time::parse_instant(text).unwrap()
}

fn query(url: &str) -> Query {
    let pairs: Vec<(&str, &str)> = url
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    Query::from_params(pairs)
}

/// Titles shown for a URL query.
fn titles(p: &Programme, url: &str) -> Vec<String> {
    let index = SearchIndex::new(p);
    let results = run(p, || &index, &query(url), at("2022-09-28T10:15:00+02:00"));
    results
        .sessions
        .iter()
        .map(|&i| p.sessions()[i].data.title.clone())
        .collect()
}

#[test]
fn search_ignores_accents_case_and_ligatures() {
    let p = programme();
    let cases: &[(&str, &str)] = &[
        // (query, a title that must be found)
        ("jour=2022-09-27&q=reseau", "Construire son réseau local d'aidants numériques"),
        ("jour=2022-09-28&q=cyber", "Cybersécurité des collectivités : ce que les petites communes peuvent faire dès demain"),
        ("jour=2022-09-28&q=CYBERSECURITE", "Cybersécurité des collectivités : ce que les petites communes peuvent faire dès demain"),
        ("jour=2022-09-28&q=manoeuvre", "Souveraineté numérique : de quoi parle-t-on dans les territoires ?"),
        ("jour=2022-09-28&q=%C3%A9ducation%20populaire", "Comment le numérique transforme l'éducation populaire – et inversement"),
        // A speaker's organisation.
        ("jour=2022-09-28&q=centres%20sociaux", "Comment le numérique transforme l'éducation populaire – et inversement"),
        // A theme label in English, a space name.
        ("jour=2022-09-29&q=third%20places", "Un réseau de tiers-lieux ruraux en Drôme"),
        ("jour=2022-09-29&q=gohelle", "Santé et numérique : inclure sans exclure"),
        // A space's name in English, as the English pages write it.
        ("jour=2022-09-27&q=plenary%20hall", "Ouverture de la Journée nationale des Conseillers numériques France Services"),
    ];
    for (url, title) in cases {
        let url = url.replace("%C3%A9", "é").replace("%20", " ");
        let found = titles(&p, &url);
        assert!(found.iter().any(|t| t == title), "{url}: {found:#?}");
    }
}

#[test]
fn every_word_must_match() {
    let p = programme();
    let both = titles(&p, "jour=2022-09-28&q=sobre accessible");
    assert_eq!(both, ["Concevoir un site web sobre et accessible"]);
    assert_eq!(
        titles(&p, "jour=2022-09-28&q=sobre zzzz"),
        Vec::<String>::new()
    );
    assert_eq!(
        terms("  L’État, c'est   «nous» "),
        ["l", "etat", "c", "est", "nous"]
    );
}

#[test]
fn filters_combine_and_each_option_has_its_count() {
    let p = programme();
    let index = SearchIndex::new(&p);
    let now = at("2022-09-28T10:15:00+02:00");
    let all = run(&p, || &index, &query("jour=2022-09-28"), now);
    let ateliers = run(&p, || &index, &query("jour=2022-09-28&format=atelier"), now);
    let count = |d: Dimension, v: &str| all.counts.get(&(d, v.to_owned())).copied().unwrap_or(0);
    assert_eq!(ateliers.sessions.len(), count(Dimension::Format, "atelier"));
    assert!(ateliers.sessions.len() >= 10);

    // Two themes: either one (OR within a dimension).
    let either = run(
        &p,
        || &index,
        &query("jour=2022-09-28&theme=cybersecurite,sobriete"),
        now,
    );
    assert_eq!(
        either.sessions.len(),
        p.sessions_on(p.days()[1])
            .filter(|s| s
                .data
                .themes
                .iter()
                .any(|t| t == "cybersecurite" || t == "sobriete"))
            .count()
    );
    // Format and theme: both (AND across dimensions).
    let both = titles(&p, "jour=2022-09-28&format=atelier&theme=cybersecurite");
    assert_eq!(
        both,
        ["Sensibiliser au hameçonnage : un atelier clé en main"]
    );
    // Facets combine with AND.
    for (i, session) in p.sessions().iter().enumerate() {
        let r = run(
            &p,
            || &index,
            &query("jour=2022-09-28&acces=lsf,soustitres"),
            now,
        );
        if r.sessions.contains(&i) {
            assert!(
                session.data.accessibility.sign_language
                    && session.data.accessibility.live_captions
            );
        }
    }
    // Language.
    assert_eq!(
        titles(&p, "jour=2022-09-28&langue=en"),
        [
            "Digital commons in Europe: how public bodies can fund and sustain them",
            "Open source hardware in makerspaces: a hands-on session"
        ]
    );
}

#[test]
fn counts_of_a_dimension_ignore_its_own_filter() {
    let p = programme();
    let index = SearchIndex::new(&p);
    let now = at("2022-09-28T10:15:00+02:00");
    let plain = run(&p, || &index, &query("jour=2022-09-28"), now);
    let filtered = run(&p, || &index, &query("jour=2022-09-28&format=atelier"), now);
    // Choosing a format leaves the other formats' counts as they were: one can widen the choice.
    assert_eq!(
        plain.counts.get(&(Dimension::Format, "conference".into())),
        filtered
            .counts
            .get(&(Dimension::Format, "conference".into()))
    );
    // But theme counts now count ateliers only.
    let themes = |r: &nec_compagnon::domain::query::Results| {
        r.counts
            .iter()
            .filter(|((d, _), _)| *d == Dimension::Theme)
            .map(|(_, n)| n)
            .sum::<usize>()
    };
    assert!(themes(&filtered) < themes(&plain));
}

#[test]
fn a_search_looks_in_every_day_and_counts_each() {
    let p = programme();
    let index = SearchIndex::new(&p);
    let run_at = |url: &str, now: &str| run(&p, || &index, &query(url), at(now));
    let r = run_at("q=pitch", "2022-09-28T10:15:00+02:00");
    let counts: Vec<usize> = r.per_day.values().copied().collect();
    assert_eq!(counts, [4, 8, 6]);
    // Words look in the whole programme, whatever the day shown or the moment: the list holds
    // every day's matches, in the programme's order (so by day).
    assert!(r.every_day);
    assert_eq!(r.sessions.len(), 18);
    assert!(r.sessions.windows(2).all(|w| w[0] < w[1]));
    for (url, now) in [
        ("q=pitch&jour=2022-09-27", "2022-09-28T10:15:00+02:00"),
        ("q=pitch", "2022-09-01T10:00:00+02:00"),
    ] {
        assert_eq!(run_at(url, now).sessions, r.sessions, "{url} at {now}");
    }
    // A filter without words, or the grid, keeps to one day: today's while the event runs...
    let pitches = run_at("format=pitch", "2022-09-28T10:15:00+02:00");
    assert!(!pitches.every_day);
    assert!(pitches
        .sessions
        .iter()
        .all(|&i| p.day_of(i) == nec_compagnon::domain::time::parse_date("2022-09-28").unwrap()));
    // ...and the first day's before or after it.
    let grid = run_at("q=pitch&vue=grille", "2022-09-01T10:00:00+02:00");
    assert!(!grid.every_day);
    assert_eq!(grid.sessions.len(), 4);
}

#[test]
fn every_day_lists_the_whole_programme_filtered_or_not() {
    let p = programme();
    let index = SearchIndex::new(&p);
    let run_at = |url: &str| run(&p, || &index, &query(url), at("2022-09-28T10:15:00+02:00"));
    let all = run_at("jour=tous");
    assert!(all.every_day);
    assert_eq!(all.sessions, (0..p.sessions().len()).collect::<Vec<_>>());
    assert_eq!(all.per_day.values().sum::<usize>(), p.sessions().len());
    // Filters apply to every day, and their counts count every day.
    let workshops = run_at("jour=tous&format=atelier");
    assert_eq!(
        workshops.sessions.len(),
        workshops.per_day.values().sum::<usize>()
    );
    assert!(workshops.per_day.values().filter(|n| **n > 0).count() > 1);
    assert_eq!(
        workshops.counts[&(Dimension::Format, "atelier".to_owned())],
        workshops.sessions.len()
    );
    // The grid draws one day.
    assert!(!run_at("jour=tous&vue=grille").every_day);
}

#[test]
fn the_programme_opens_on_today_while_the_event_runs_else_on_its_first_day() {
    let p = programme();
    for (instant, day) in [
        ("2022-06-01T12:00:00+02:00", "2022-09-27"),
        ("2022-09-27T07:00:00+02:00", "2022-09-27"),
        ("2022-09-27T23:59:00+02:00", "2022-09-27"),
        // Midnight in Paris is 22:00 UTC the evening before: the event's zone decides.
        ("2022-09-27T22:30:00Z", "2022-09-28"),
        ("2022-09-28T10:15:00+02:00", "2022-09-28"),
        ("2022-09-29T18:00:00+02:00", "2022-09-29"),
        ("2022-09-30T09:00:00+02:00", "2022-09-27"),
        ("2026-11-29T12:00:00+01:00", "2022-09-27"),
    ] {
        assert_eq!(p.default_day(at(instant)).to_string(), day, "{instant}");
    }
}

#[test]
fn the_later_days_are_exactly_when_the_programme_opens_on_another_day_than_the_first() {
    let p = programme();
    let (start, end) = p.later_days().expect("a three-day event");
    // Midnight in Paris (summer time, UTC+2) starting the 28th, and ending the 29th.
    assert_eq!(start.to_string(), "2022-09-27T22:00:00Z");
    assert_eq!(end.to_string(), "2022-09-29T22:00:00Z");
    let minute = jiff::SignedDuration::from_mins(1);
    for instant in [
        "2022-06-01T12:00:00+02:00",
        "2022-09-27T07:00:00+02:00",
        "2022-09-27T21:59:00Z",
        "2022-09-27T22:00:00Z",
        "2022-09-28T10:15:00+02:00",
        "2022-09-29T21:59:00Z",
        "2022-09-29T22:00:00Z",
        "2022-09-30T09:00:00+02:00",
    ] {
        for t in [at(instant) - minute, at(instant), at(instant) + minute] {
            let later = start <= t && t < end;
            assert_eq!(p.default_day(t) != p.first_day(), later, "{t}");
        }
    }
}

#[test]
fn a_one_day_event_has_no_later_days() {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/sample.json")).unwrap();
    file["event"]["end_date"] = file["event"]["start_date"].clone();
    let sessions = file["sessions"].as_array_mut().unwrap();
    sessions.retain(|s| s["start"].as_str().unwrap().starts_with("2022-09-28"));
    let one_day = load_programme(&file.to_string()).expect("a valid one-day programme");
    assert_eq!(one_day.first_day(), one_day.last_day());
    assert_eq!(one_day.later_days(), None);
    // The two-day sample: its second day, midnight to midnight in Paris.
    let two_days = load_programme(include_str!("fixtures/sample.json")).unwrap();
    let (start, end) = two_days.later_days().unwrap();
    assert_eq!(
        (start.to_string(), end.to_string()),
        ("2022-09-28T22:00:00Z".into(), "2022-09-29T22:00:00Z".into())
    );
}

#[test]
fn now_only_shows_what_runs_at_that_instant() {
    let p = programme();
    let index = SearchIndex::new(&p);
    let r = run(
        &p,
        || &index,
        &query("jour=2022-09-28&encours=1"),
        at("2022-09-28T10:15:00+02:00"),
    );
    let titles: Vec<_> = r
        .sessions
        .iter()
        .map(|&i| p.sessions()[i].data.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Village des exposants : ouverture",
            "Cérémonie d'ouverture de Numérique en Commun[s] 2022"
        ]
    );
    // The cancelled workshop never runs.
    let r = run(
        &p,
        || &index,
        &query("jour=2022-09-29&encours=1"),
        at("2022-09-29T11:00:00+02:00"),
    );
    assert!(r
        .sessions
        .iter()
        .all(|&i| p.sessions()[i].data.title != "Fresque du numérique"));
}

#[test]
fn the_view_round_trips_through_the_url() {
    let cases = [
        ("", ""),
        ("jour=2022-09-28", "?jour=2022-09-28"),
        (
            "q=tiers&theme=inclusion&jour=2022-09-28",
            "?jour=2022-09-28&theme=inclusion&q=tiers",
        ),
        (
            "theme=sobriete,inclusion&theme=inclusion",
            "?theme=inclusion,sobriete",
        ),
        ("acces=sansmarche,lsf,inconnu", "?acces=lsf,sansmarche"),
        ("q=r%C3%A9seau%20local", "?q=r%C3%A9seau+local"),
        ("encours=1&format=atelier", "?format=atelier&encours=1"),
        ("vue=grille&jour=2022-09-29", "?jour=2022-09-29&vue=grille"),
        ("vue=liste", ""),
        ("jour=tous&format=atelier", "?jour=tous&format=atelier"),
        ("jour=2022-09-28&jour=tous", "?jour=tous"),
        // Malformed values are dropped, never an error.
        ("jour=28-09-2022&q=", ""),
        ("jour=", ""),
        ("n'importe=quoi", ""),
    ];
    for (input, expected) in cases {
        let input = input.replace("%C3%A9", "é").replace("%20", " ");
        let q = query(&input);
        assert_eq!(q.to_query_string(), expected, "{input}");
        // And reading the output gives the same query.
        let again = query(&expected.replace('+', " ").replace("%C3%A9", "é"));
        assert_eq!(again, q, "{input}");
    }
}

#[test]
fn every_key_written_is_a_key_read() {
    let q = query(
        "jour=2022-09-28&q=x&theme=a&format=b&espace=c&langue=en&acces=lsf&encours=1&vue=grille",
    );
    for (key, _) in q.to_params() {
        assert!(Query::KEYS.contains(&key), "{key}");
    }
    assert_eq!(q.to_params().len(), Query::KEYS.len());
}

#[test]
fn toggling_and_clearing() {
    let q = query("jour=2022-09-28&theme=inclusion");
    let more = q.toggled(Dimension::Theme, "communs");
    assert_eq!(more.themes, ["communs", "inclusion"]);
    assert_eq!(
        more.toggled(Dimension::Theme, "inclusion").themes,
        ["communs"]
    );
    let facets = q.toggled(Dimension::Facet, "lsf");
    assert_eq!(facets.facets, [Facet::SignLanguage]);
    assert!(facets.is_filtered());
    let cleared = facets.cleared();
    assert!(!cleared.is_filtered());
    assert_eq!(cleared.day, q.day);
}

#[test]
fn the_chosen_options_are_listed_and_removed_together() {
    let q = query(
        "jour=2022-09-28&q=tiers&encours=1&vue=grille&theme=inclusion,communs&format=rex&acces=lsf",
    );
    assert_eq!(
        q.chosen(),
        [
            (Dimension::Theme, "communs".to_owned()),
            (Dimension::Theme, "inclusion".to_owned()),
            (Dimension::Format, "rex".to_owned()),
            (Dimension::Facet, "lsf".to_owned()),
        ]
    );
    // Removing one is unticking it.
    assert_eq!(q.toggled(Dimension::Format, "rex").chosen().len(), 3);
    let none = q.without_options();
    assert!(none.chosen().is_empty());
    assert_eq!(
        none.to_query_string(),
        "?jour=2022-09-28&encours=1&vue=grille&q=tiers"
    );
}

#[test]
fn highlighting_maps_folded_matches_back_to_the_original_text() {
    let marked = |text: &str, q: &str| -> Vec<String> {
        highlight(text, &terms(q))
            .into_iter()
            .filter(|(_, m)| *m)
            .map(|(t, _)| t)
            .collect()
    };
    assert_eq!(
        marked("Le réseau des Réseaux", "reseau"),
        ["réseau", "Réseau"]
    );
    assert_eq!(marked("Mise en œuvre", "oeuvre"), ["œuvre"]);
    assert_eq!(marked("Cybersécurité", "cyber"), ["Cyber"]);
    assert_eq!(
        marked("Tiers-lieux et tiers", "tiers lieux"),
        ["Tiers", "lieux", "tiers"]
    );
    assert_eq!(highlight("Rien", &[]), [("Rien".to_string(), false)]);
    let runs = highlight("abc", &terms("b"));
    assert_eq!(
        runs,
        [("a".into(), false), ("b".into(), true), ("c".into(), false)]
    );
}

#[test]
fn browsing_without_search_text_never_builds_the_search_index() {
    let p = programme();
    let index = || -> &'static SearchIndex { panic!("the index was asked for") };
    for url in [
        "jour=2022-09-28",
        "jour=2022-09-28&format=atelier",
        "q=&encours=1",
    ] {
        let results = run(&p, index, &query(url), at("2022-09-28T10:15:00+02:00"));
        assert!(results.per_day.values().sum::<usize>() > 0, "{url}");
    }
}

/// While the event runs, the day's list starts with what runs now: what is over is folded.
#[test]
fn the_day_is_folded_at_now() {
    let p = programme();
    let index = SearchIndex::new(&p);
    for (now, over_until) in [
        // (now, every folded session ends by then; every shown one ends after now)
        ("2022-09-28T10:15:00+02:00", "2022-09-28T10:15:00+02:00"),
        ("2022-09-28T14:10:00+02:00", "2022-09-28T14:10:00+02:00"),
        ("2022-09-28T07:00:00+02:00", "2022-09-28T07:00:00+02:00"),
        ("2022-09-28T23:30:00+02:00", "2022-09-28T23:30:00+02:00"),
    ] {
        let now = at(now);
        let day = run(&p, || &index, &query("?jour=2022-09-28"), now).sessions;
        let folded = fold_over(&p, &day, now);
        assert_eq!(
            folded.over.len() + folded.shown.len(),
            day.len(),
            "{now}: nothing lost"
        );
        for &i in &folded.over {
            assert!(
                p.sessions()[i].end <= at(over_until),
                "{now}: folded but not over"
            );
        }
        for &i in &folded.shown {
            assert!(p.sessions()[i].end > now, "{now}: over but shown");
        }
        // The shown ones keep the list's order.
        let order: Vec<usize> = day
            .iter()
            .copied()
            .filter(|i| folded.shown.contains(i))
            .collect();
        assert_eq!(order, folded.shown);
    }
    // Before the day, nothing is folded; after it, everything is.
    let day = run(
        &p,
        || &index,
        &query("?jour=2022-09-28"),
        at("2022-09-28T07:00:00+02:00"),
    )
    .sessions;
    assert!(fold_over(&p, &day, at("2022-09-28T07:00:00+02:00"))
        .over
        .is_empty());
    assert!(fold_over(&p, &day, at("2022-09-29T07:00:00+02:00"))
        .shown
        .is_empty());
    // At 14:10 on Wednesday, the morning is folded and the 14:00 slot comes first.
    let now = at("2022-09-28T14:10:00+02:00");
    let folded = fold_over(&p, &day, now);
    assert!(
        folded.over.len() >= 10,
        "the morning is folded: {}",
        folded.over.len()
    );
    let first = &p.sessions()[folded.shown[0]];
    assert!(
        first.start <= now && now < first.end,
        "the first session shown runs now"
    );
}

#[test]
fn a_session_stands_to_come_running_or_over() {
    let p = programme();
    let now = at("2022-09-28T14:10:00+02:00");
    let mut running = 0;
    for (i, s) in p.sessions().iter().enumerate() {
        let cancelled = s.data.status == nec_compagnon::domain::model::SessionStatus::Cancelled;
        let expected = if s.end <= now {
            Standing::Over
        } else if s.start <= now && !cancelled {
            Standing::Running
        } else {
            Standing::ToCome
        };
        assert_eq!(standing(&p, i, now), expected, "{}", s.data.id);
        running += usize::from(expected == Standing::Running);
    }
    assert!(running > 0, "some sessions run at 14:10 on Wednesday");
}
