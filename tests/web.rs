//! Component tests in headless Chromium and Firefox: mount a view with real data and read the
//! DOM the way a person (or a screen reader) would meet it.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::Router;
use nec_compagnon::domain::venue::load_venue;
use nec_compagnon::domain::{LoadFailure, Programme};
use nec_compagnon::edge::fetch::FetchError;
use nec_compagnon::edge::network;
use nec_compagnon::ui::data::DataError;
use nec_compagnon::ui::pages::map::MapView;
use nec_compagnon::ui::pages::programme::{DaySessions, ProgrammeView};
use nec_compagnon::ui::pages::session::SessionDetail;
use nec_compagnon::ui::parts::states::{DataErrorView, DataFile, Loading};
use nec_compagnon::ui::routes::AboutData;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/zones.rs"]
mod zones;

/// The loader with the browser's zones, as the app installs them at start.
fn load_programme(json: &str) -> Result<Programme, LoadFailure> {
    nec_compagnon::edge::zones::install();
    nec_compagnon::domain::load_programme(json)
}

const SAMPLE: &str = include_str!("fixtures/sample.json");

/// Mounts a view in a fresh container appended to the page's body.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn the_programme_lists_every_session_by_day_in_paris_time() {
    let programme = Arc::new(load_programme(SAMPLE).unwrap());
    let root = mount(move || {
        let day = programme.days()[0];
        view! { <DaySessions programme day sessions=vec![0, 1, 2]/> }
    });

    assert_eq!(texts(&root, ".day > h2"), ["mercredi 28 septembre"]);
    let titles = texts(&root, ".session-card .title");
    assert_eq!(titles.len(), 3);
    assert_eq!(titles[0], "Cérémonie d'ouverture");
    // Each title leads to the session's page.
    let link = root
        .query_selector(".session-card .title a")
        .unwrap()
        .unwrap();
    assert_eq!(link.get_attribute("href").unwrap(), "/session/ouverture");

    let when = texts(&root, ".session-card .when");
    assert_eq!(when[0], "09:30–10:30");
    assert_eq!(when[2], "17:00–18:00");
    assert_eq!(texts(&root, ".slot-time")[..3], ["09:30", "11:00", "17:00"]);

    let spaces = texts(&root, ".session-card .space");
    assert_eq!(spaces[0], "Grand salon (illustratif) · niveau 1");
    let speakers = texts(&root, ".session-card .speakers");
    assert_eq!(
        speakers[0],
        "Avec Henri Verdier (Ministère de l'Europe et des Affaires étrangères)"
    );
    // Accessibility facets carry a text alternative, not an icon alone.
    let facets = texts(&root, "[data-session=ouverture] .facet .visually-hidden");
    assert_eq!(
        facets,
        [
            "Interprétation en langue des signes française (LSF)",
            "Sous-titrage en temps réel (STTR)",
            "Accessible sans marches"
        ]
    );
    assert_eq!(
        texts(&root, "[data-session=atelier-mediation-qpv] .badge"),
        ["Sur inscription"]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn a_cancelled_session_says_so() {
    let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    value["sessions"][3]["status"] = "cancelled".into();
    let programme = Arc::new(load_programme(&value.to_string()).unwrap());
    let root = mount(move || {
        let day = programme.days()[1];
        view! { <DaySessions programme day sessions=vec![3, 4]/> }
    });
    let card = root
        .query_selector("[data-session=atelier-communs]")
        .unwrap()
        .unwrap();
    assert!(card.class_list().contains("cancelled"));
    assert_eq!(
        texts(&root, "[data-session=atelier-communs] .badge-cancelled"),
        ["Annulée"]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn an_invalid_file_shows_where_and_what_and_a_retry_button() {
    let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    value["sessions"][1]["start"] = "demain matin".into();
    value["sessions"][2]["space"] = "vestiaire".into();
    let failure = load_programme(&value.to_string()).unwrap_err();
    let retried = RwSignal::new(0);
    let root = mount(move || {
        view! { <DataErrorView error=DataError::Invalid(failure) on_retry=move |()| retried.update(|n| *n += 1)/> }
    });
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an alert");
    assert_eq!(
        texts(&root, "[role=alert] h2"),
        ["Le fichier du programme est invalide : 2 problèmes"]
    );
    let problems = texts(&root, ".problems li");
    assert_eq!(problems.len(), 2);
    assert!(
        problems[0].starts_with("sessions[1].start\u{a0}: « demain matin »"),
        "{problems:?}"
    );
    assert!(
        problems[1].contains("espace « vestiaire » introuvable"),
        "{problems:?}"
    );
    let button: HtmlElement = alert
        .query_selector("button")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(button.text_content().unwrap(), "Réessayer");
    button.click();
    assert_eq!(retried.get_untracked(), 1);
    root.remove();
}

#[wasm_bindgen_test]
fn a_file_that_cannot_be_fetched_is_named_the_programme_or_the_map() {
    let cases = [
        (
            DataFile::Programme,
            FetchError::Network,
            "Le programme n'a pas pu être téléchargé. Vérifiez votre connexion puis réessayez.",
        ),
        (
            DataFile::Map,
            FetchError::Network,
            "Le plan n'a pas pu être téléchargé. Vérifiez votre connexion puis réessayez.",
        ),
        (
            DataFile::Map,
            FetchError::Status(503),
            "Le fichier du plan /venue.json n'a pas pu être lu (erreur HTTP 503).",
        ),
    ];
    for (file, error, said) in cases {
        let error = DataError::Fetch {
            url: "/venue.json".to_owned(),
            error,
        };
        let root = mount(move || view! { <DataErrorView error file on_retry=|()| {}/> });
        assert_eq!(texts(&root, "[role=alert] h2"), [said]);
        root.remove();
    }
}

#[wasm_bindgen_test]
fn a_web_page_in_place_of_the_file_is_called_one_with_no_path() {
    // What many servers send for a wrong address: their home page.
    let failure =
        load_programme("<!doctype html><html lang=\"fr\"><title>NEC</title>").unwrap_err();
    let root = mount(
        move || view! { <DataErrorView error=DataError::Invalid(failure) on_retry=|()| {}/> },
    );
    assert_eq!(
        texts(&root, ".problems li"),
        ["C'est une page web (HTML), pas un fichier JSON : l'adresse du fichier est peut-être fausse (un serveur envoie alors souvent sa page d'accueil)"]
    );
    assert_eq!(
        texts(&root, ".problems li code").len(),
        0,
        "no path for the whole file"
    );
    root.remove();
}

#[wasm_bindgen_test]
fn an_invalid_map_is_called_the_map_with_its_problems_and_no_advice_on_the_programme() {
    let failure = load_venue("{\"format_version\": 1,").unwrap_err();
    let root = mount(move || {
        view! { <DataErrorView error=DataError::Invalid(failure) file=DataFile::Map on_retry=|()| {}/> }
    });
    assert_eq!(
        texts(&root, "[role=alert] h2"),
        ["Le fichier du plan est invalide : 1 problème"]
    );
    assert_eq!(texts(&root, ".problems li").len(), 1);
    assert_eq!(
        texts(&root, "[role=alert] > p").len(),
        0,
        "{:?}",
        texts(&root, "p")
    );
    assert_eq!(texts(&root, "[role=alert] button"), ["Réessayer"]);
    root.remove();
}

#[wasm_bindgen_test]
fn the_network_s_comings_and_goings_are_told() {
    let told = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    {
        let told = told.clone();
        network::on_change(move |online| told.borrow_mut().push(online));
    }
    let window = web_sys::window().unwrap();
    for name in ["offline", "online", "offline"] {
        window
            .dispatch_event(&web_sys::Event::new(name).unwrap())
            .unwrap();
    }
    assert_eq!(*told.borrow(), [false, true, false]);
    // The test's browser has its network.
    assert!(network::online());
}

#[wasm_bindgen_test]
fn the_loading_state_is_announced() {
    let root = mount(|| view! { <Loading/> });
    assert_eq!(texts(&root, "[role=status]"), ["Chargement du programme…"]);
    root.remove();
}

#[wasm_bindgen_test]
fn the_about_page_says_what_is_real_and_what_is_illustrative() {
    let programme = Arc::new(load_programme(SAMPLE).unwrap());
    let root = mount(move || view! { <AboutData programme/> });
    let note = texts(&root, ".data-note");
    assert!(
        note[0].starts_with("Échantillon de démonstration. Sont réels"),
        "{note:?}"
    );
    assert_eq!(texts(&root, ".facts dd"), ["sample-2022-09-01"]);
    assert_eq!(
        texts(&root, "section > p:last-child"),
        ["Sessions\u{a0}: 5 · intervenantes et intervenants\u{a0}: 1 · espaces\u{a0}: 2"]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn a_moved_session_says_where_and_when_it_was_before() {
    let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    value["sessions"][3]["previous"] =
        serde_json::json!({"start": "2022-09-28T14:00:00+02:00", "space": "grand-salon"});
    let programme = Arc::new(load_programme(&value.to_string()).unwrap());
    let root = mount(move || {
        let day = programme.days()[1];
        view! { <DaySessions programme day sessions=vec![3]/> }
    });
    assert_eq!(
        texts(&root, "[data-session=atelier-communs] .badge-moved"),
        ["Déplacée (auparavant\u{a0}: mercredi 28 septembre 14:00, Grand salon (illustratif))"]
    );
    root.remove();
}

/// Waits `ms` milliseconds of the page's clock.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets the router and the reactive system finish what an event started.
async fn settle() {
    sleep(20).await;
}

fn reset_address() {
    let history = web_sys::window().unwrap().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .unwrap();
}

#[wasm_bindgen_test]
async fn typing_a_search_and_ticking_a_filter_update_the_list_and_the_address() {
    reset_address();
    let programme = Arc::new(load_programme(SAMPLE).unwrap());
    let root = mount(move || view! { <Router><ProgrammeView programme/></Router> });
    settle().await;
    assert_eq!(texts(&root, ".session-card .title").len(), 3);
    assert_eq!(
        texts(&root, ".days li:not(.all-days) a .count"),
        ["3 sessions", "2 sessions"]
    );

    let input: HtmlInputElement = root
        .query_selector("#recherche")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("MEDIATION");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    // Words look in every day: each day's matches under its name.
    let found = texts(&root, ".session-card .title");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0],
        "Quelle place pour la médiation numérique dans les quartiers prioritaires après 2023 ?"
    );
    assert_eq!(texts(&root, ".results-day").len(), 2);
    assert_eq!(
        texts(&root, "[role=status] span"),
        ["2 sessions trouvées sur 2 jours"]
    );
    // The list answers at once; the address follows when typing pauses.
    sleep(400).await;
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert_eq!(search, "?q=MEDIATION");

    // Clear the words, then keep only the plenaries.
    input.set_value("");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    sleep(400).await;
    // A dimension's options are drawn when its button opens them.
    assert!(root.query_selector("#f-format-pleniere").unwrap().is_none());
    let format: HtmlElement = root
        .query_selector(".facet-button[data-facet=format]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        format.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    format.click();
    settle().await;
    assert_eq!(
        format.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    // What the numbers count is said once, and each number is read with its unit.
    assert_eq!(
        texts(&root, ".counts-note"),
        ["Nombre de sessions par option, le mercredi 28 septembre"]
    );
    assert_eq!(
        texts(&root, "label[for=f-format-pleniere]"),
        ["Plénière11 session"]
    );
    let plenary: HtmlInputElement = root
        .query_selector("#f-format-pleniere")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    plenary.click();
    settle().await;
    assert_eq!(
        texts(&root, ".session-card .title"),
        ["Cérémonie d'ouverture"]
    );
    assert_eq!(
        texts(&root, ".days li:not(.all-days) a .count"),
        ["1 session", "1 session"]
    );
    assert_eq!(
        web_sys::window().unwrap().location().search().unwrap(),
        "?format=pleniere"
    );
    // Closed, the button says how many are chosen, and the choice is a chip that removes it.
    assert!(texts(&root, ".chips").is_empty());
    format.click();
    settle().await;
    assert!(root.query_selector("#f-format-pleniere").unwrap().is_none());
    assert_eq!(format.text_content().unwrap(), "Format1(1 choix)");
    let chip: HtmlElement = root
        .query_selector(".chips button.chip")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(
        chip.get_attribute("aria-label").as_deref(),
        Some("Retirer le filtre Plénière")
    );
    // One chip: no "remove all" beside it.
    assert_eq!(texts(&root, ".chips button").len(), 1);
    chip.click();
    settle().await;
    assert_eq!(texts(&root, ".session-card .title").len(), 3);
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "");
    assert!(root.query_selector(".chips").unwrap().is_none());

    // Ticked again, then cleared with everything else.
    format.click();
    settle().await;
    plenary_box(&root).click();
    settle().await;
    assert_eq!(texts(&root, ".session-card .title").len(), 1);

    // "Tout effacer" brings every session back.
    let clear: HtmlElement = root
        .query_selector("button.clear")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    clear.click();
    settle().await;
    assert_eq!(texts(&root, ".session-card .title").len(), 3);
    root.remove();
    reset_address();
}

fn plenary_box(root: &HtmlElement) -> HtmlInputElement {
    root.query_selector("#f-format-pleniere")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap()
}

#[wasm_bindgen_test]
fn a_session_page_links_its_speakers_its_space_and_what_runs_alongside() {
    let mut value: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    // The workshop now overlaps the opening, in another room; the programme has a map.
    value["sessions"][1]["start"] = "2022-09-28T10:00:00+02:00".into();
    value["event"]["venue"]["map"] = "venue.json".into();
    let programme = Arc::new(load_programme(&value.to_string()).unwrap());
    let without_map = {
        value["event"]["venue"]
            .as_object_mut()
            .unwrap()
            .remove("map");
        Arc::new(load_programme(&value.to_string()).unwrap())
    };
    let root = mount(move || view! { <SessionDetail programme id="ouverture".to_string()/> });
    assert_eq!(texts(&root, "h1"), ["Cérémonie d'ouverture"]);
    let facts = texts(&root, ".facts dd");
    assert!(
        facts[0].starts_with("mercredi 28 septembre · 09:30–10:30"),
        "{facts:?}"
    );
    let map = root.query_selector(".map-link").unwrap().unwrap();
    assert_eq!(
        map.get_attribute("href").unwrap(),
        "/plan?espace=grand-salon"
    );
    // Without a map, the room is said and nothing leads to a map.
    let bare =
        mount(move || view! { <SessionDetail programme=without_map id="ouverture".to_string()/> });
    assert!(bare.query_selector(".map-link").unwrap().is_none());
    assert!(texts(&bare, ".facts dd")[1].starts_with("Grand salon"));
    let speaker = root.query_selector(".people a").unwrap().unwrap();
    assert_eq!(
        speaker.get_attribute("href").unwrap(),
        "/intervenant/henri-verdier"
    );
    assert_eq!(
        texts(&root, ".cards .session-card .title"),
        ["Quelle place pour la médiation numérique dans les quartiers prioritaires après 2023 ?"]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn an_unknown_session_says_so() {
    let programme = Arc::new(load_programme(SAMPLE).unwrap());
    let root = mount(move || view! { <SessionDetail programme id="disparue".to_string()/> });
    assert_eq!(texts(&root, "h1"), ["Page introuvable"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn clearing_right_after_typing_clears_the_words_too() {
    reset_address();
    let programme = Arc::new(load_programme(SAMPLE).unwrap());
    let root = mount(move || view! { <Router><ProgrammeView programme/></Router> });
    settle().await;
    let input: HtmlInputElement = root
        .query_selector("#recherche")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value("cloture");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    settle().await;
    // Words look in every day: the closing, on the second day, is found from the first.
    assert_eq!(
        texts(&root, ".session-card .title"),
        ["Cérémonie de clôture"]
    );
    // Before the address has caught up with the typing.
    let clear: HtmlElement = root
        .query_selector("button.clear")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    clear.click();
    sleep(400).await;
    assert_eq!(texts(&root, ".session-card .title").len(), 3);
    assert_eq!(input.value(), "");
    assert_eq!(web_sys::window().unwrap().location().search().unwrap(), "");
    root.remove();
    reset_address();
}

const NEC: &str = include_str!("../public/programme.json");
const VENUE: &str = include_str!("../public/venue.json");

fn view_box(root: &HtmlElement) -> Vec<f64> {
    root.query_selector("svg.map")
        .unwrap()
        .unwrap()
        .get_attribute("viewBox")
        .unwrap()
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect()
}

fn click(root: &HtmlElement, selector: &str) {
    let element: web_sys::Element = root.query_selector(selector).unwrap().unwrap();
    if let Ok(html) = element.clone().dyn_into::<HtmlElement>() {
        html.click();
        return;
    }
    element
        .dispatch_event(
            &web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &{
                let init = web_sys::MouseEventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_map_opens_a_space_s_panel_zooms_and_switches_level() {
    let programme = Arc::new(load_programme(NEC).unwrap());
    let venue = Arc::new(load_venue(VENUE).unwrap());
    // The map's size comes from the stylesheet in the app.
    let document = web_sys::window().unwrap().document().unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(
        "svg.map { display: block; width: 600px; height: 400px; }",
    ));
    document.head().unwrap().append_child(&style).unwrap();
    let stadium = venue.bounds();
    let root = mount(move || view! { <Router><MapView programme venue/></Router> });
    // The map's size comes when the browser has laid it out: WebKit can take 200 ms.
    for _ in 0..100 {
        settle().await;
        let b = view_box(&root);
        if (b[2] / b[3] - 1.5).abs() < 1e-6 {
            break;
        }
    }
    // The view box has the shape of the map on screen, 600 × 400.
    let shape = |b: &[f64]| b[2] / b[3];
    assert!(
        (shape(&view_box(&root)) - 1.5).abs() < 1e-6,
        "{:?}",
        view_box(&root)
    );
    // The ground floor's view shows the stadium around it, not empty ground past its edge
    // (centred on the ground floor, it went 17 m past the forecourt).
    let first = view_box(&root);
    assert!(
        first[1] >= stadium.min[1] - 2.001 && first[1] + first[3] <= stadium.max[1] + 2.001,
        "{first:?} {stadium:?}"
    );
    // The ground floor first, with its rooms drawn from the data.
    assert!(root
        .query_selector("[data-space=accueil]")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("[data-space=salon-terril]")
        .unwrap()
        .is_none());

    // The zoom buttons change the view box, around the same centre.
    let before = view_box(&root);
    click(&root, "button.zoom-in");
    settle().await;
    let after = view_box(&root);
    assert!(
        (before[2] / after[2] - 1.5).abs() < 1e-6,
        "{before:?} {after:?}"
    );
    let centre = |b: &[f64]| (b[0] + b[2] / 2.0, b[1] + b[3] / 2.0);
    let (c0, c1) = (centre(&before), centre(&after));
    assert!(
        (c0.0 - c1.0).abs() < 0.02 && (c0.1 - c1.1).abs() < 0.02,
        "{before:?} {after:?}"
    );
    click(&root, "button.zoom-out");
    settle().await;
    assert!((view_box(&root)[2] - before[2]).abs() < 0.02);

    // The map narrows without the window changing (a stylesheet, a neighbour): the view box
    // follows its new shape.
    style.set_text_content(Some(
        "svg.map { display: block; width: 300px; height: 400px; }",
    ));
    sleep(100).await;
    assert!(
        (shape(&view_box(&root)) - 0.75).abs() < 1e-6,
        "{:?}",
        view_box(&root)
    );
    style.set_text_content(Some(
        "svg.map { display: block; width: 600px; height: 400px; }",
    ));
    sleep(100).await;

    // The level switcher's link to level 2. (Followed as the browser's history does: routers of
    // the earlier tests are still listening to clicks on this page.)
    let link = root
        .query_selector(".levels li:nth-child(2) a")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert_eq!(link, "/plan?niveau=2");
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&link))
        .unwrap();
    window
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    sleep(50).await;
    assert_eq!(texts(&root, ".levels a[aria-current=page]"), ["niveau 2"]);
    assert!(root
        .query_selector("[data-space=salon-terril]")
        .unwrap()
        .is_some());
    assert!(root
        .query_selector("[data-space=accueil]")
        .unwrap()
        .is_none());

    // A click on a room opens its panel, with its accessibility facts.
    click(&root, "[data-space=salon-terril]");
    sleep(50).await;
    assert_eq!(texts(&root, ".space-panel h2"), ["Salon Terril"]);
    assert!(texts(&root, ".space-panel .facts-list li")
        .contains(&"Accès de plain-pied ou par ascenseur".to_owned()));
    assert_eq!(
        root.query_selector("[data-space=salon-terril]")
            .unwrap()
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("espace=salon-terril"), "{search}");

    // "Itinéraire jusqu'ici" fills the route from the main entrance, and draws it.
    click(&root, ".route-here");
    sleep(50).await;
    assert_eq!(
        texts(&root, ".directions li").last().map(String::as_str),
        Some("Arrivée : Salon Terril")
    );
    assert!(root.query_selector_all(".route line").unwrap().length() > 0);
    root.remove();
    reset_address();
}

// ---- Mon agenda: storage that never loses anything --------------------------------------

use nec_compagnon::domain::agenda::Agenda;
use nec_compagnon::edge::storage::{AGENDA_KEY, AGENDA_V1_KEY, BACKUP_PREFIX};
use nec_compagnon::ui::parts::star::Star;
use nec_compagnon::ui::store::{AgendaStore, Notice};

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Forgets every agenda key, backups included.
fn clear_agenda() {
    let storage = local();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("nec.agenda") || k.starts_with("nec.seen"))
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
}

fn backups() -> Vec<String> {
    let storage = local();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .map(|k| storage.get_item(&k).unwrap().unwrap())
        .collect()
}

fn stored() -> Agenda {
    Agenda::from_json(&local().get_item(AGENDA_KEY).unwrap().unwrap(), 0).unwrap()
}

fn in_owner<T>(f: impl FnOnce() -> T) -> T {
    Owner::new().with(f)
}

#[wasm_bindgen_test]
fn a_corrupt_stored_agenda_is_set_aside_and_told_never_a_crash() {
    clear_agenda();
    local()
        .set_item(AGENDA_KEY, "{\"version\": 2, \"sessions\": {cassé")
        .unwrap();
    in_owner(|| {
        let store = AgendaStore::start();
        assert_eq!(store.agenda.get_untracked(), Agenda::new());
        let Some(Notice::SetAside(Some(key))) = store.notice.get_untracked() else {
            panic!("{:?}", store.notice.get_untracked());
        };
        assert!(key.starts_with(BACKUP_PREFIX), "{key}");
        assert_eq!(backups(), ["{\"version\": 2, \"sessions\": {cassé"]);
        // The app goes on: a change is stored, the backup stays.
        store.change(|a, now| a.set_kept("ouverture", true, now));
        assert!(stored().contains("ouverture"));
        assert_eq!(backups().len(), 1);
    });
    // Set aside again on the next start? No: what is stored now reads.
    in_owner(|| {
        let store = AgendaStore::start();
        assert_eq!(store.notice.get_untracked(), None);
        assert!(store.agenda.get_untracked().contains("ouverture"));
    });
    clear_agenda();
}

#[wasm_bindgen_test]
fn version_1_is_migrated_and_a_newer_version_is_never_written_over() {
    clear_agenda();
    local()
        .set_item(AGENDA_V1_KEY, "[\"ouverture\", \"atelier-1\"]")
        .unwrap();
    in_owner(|| {
        let store = AgendaStore::start();
        assert_eq!(store.notice.get_untracked(), None);
        assert_eq!(
            store.agenda.get_untracked().kept().collect::<Vec<_>>(),
            ["atelier-1", "ouverture"]
        );
        assert_eq!(stored().version, 2, "written as version 2 at once");
        assert!(
            local().get_item(AGENDA_V1_KEY).unwrap().is_some(),
            "the old key stays"
        );
    });
    clear_agenda();
    let newer = r#"{"version": 9, "sessions": {}, "plus": "tard"}"#;
    local().set_item(AGENDA_KEY, newer).unwrap();
    in_owner(|| {
        let store = AgendaStore::start();
        assert_eq!(store.notice.get_untracked(), Some(Notice::Newer(9)));
        store.change(|a, now| a.set_kept("ouverture", true, now));
        assert!(
            store.agenda.get_untracked().contains("ouverture"),
            "works in memory"
        );
        assert_eq!(
            local().get_item(AGENDA_KEY).unwrap().as_deref(),
            Some(newer)
        );
    });
    clear_agenda();
}

/// Makes every localStorage write throw QuotaExceededError, as a full storage does.
fn storage_full(full: bool) {
    let script = if full {
        "if (!Storage.prototype.realSetItem) Storage.prototype.realSetItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"
    } else {
        "if (Storage.prototype.realSetItem) Storage.prototype.setItem = Storage.prototype.realSetItem;"
    };
    js_sys::Function::new_no_args(script)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

#[wasm_bindgen_test]
fn a_full_storage_keeps_the_agenda_in_memory_and_says_so_once() {
    clear_agenda();
    in_owner(|| {
        let store = AgendaStore::start();
        store.change(|a, now| a.set_kept("ouverture", true, now));
        assert!(!store.memory_only.get_untracked());
        storage_full(true);
        store.change(|a, now| a.set_kept("atelier-1", true, now));
        storage_full(false);
        let agenda = store.agenda.get_untracked();
        assert!(agenda.contains("ouverture") && agenda.contains("atelier-1"));
        assert!(store.memory_only.get_untracked());
        assert_eq!(store.notice.get_untracked(), Some(Notice::NotSaved));
        // Dismissed, then another refused write: not told twice.
        store.notice.set(None);
        storage_full(true);
        store.change(|a, now| a.set_kept("atelier-2", true, now));
        storage_full(false);
        assert_eq!(store.notice.get_untracked(), None);
        assert_eq!(store.agenda.get_untracked().kept().count(), 3);
        // Room again: everything in memory is stored at the next change.
        store.change(|a, now| a.set_note("ouverture", "tôt", now));
        assert!(!store.memory_only.get_untracked());
        assert_eq!(stored().kept().count(), 3);
    });
    clear_agenda();
}

/// What another tab's write looks like to this page.
fn storage_event(key: &str, value: Option<&str>) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(value);
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn another_tab_s_change_is_merged_at_once_never_overwriting() {
    clear_agenda();
    let owner = Owner::new();
    let store = owner.with(|| {
        let store = AgendaStore::start();
        store.change(|a, now| a.set_kept("ouverture", true, now));
        store
    });
    // The other tab kept another session (and knew nothing of ours).
    let mut theirs = Agenda::new();
    theirs.set_kept("atelier-1", true, 1);
    storage_event(AGENDA_KEY, Some(&theirs.to_json()));
    let agenda = store.agenda.get_untracked();
    assert_eq!(
        agenda.kept().collect::<Vec<_>>(),
        ["atelier-1", "ouverture"]
    );
    // Their write may have replaced ours in storage (two tabs at the same moment): what this
    // tab has is written back at once, so storage holds both.
    assert_eq!(stored(), agenda);
    // Garbage, another key, or a cleared storage change nothing.
    storage_event(AGENDA_KEY, Some("{cassé"));
    storage_event("nec.lang.v1", Some("[]"));
    storage_event(AGENDA_KEY, None);
    assert_eq!(store.agenda.get_untracked(), agenda);
    // And the next change here stores both.
    store.change(|a, now| a.set_kept("atelier-2", true, now));
    assert_eq!(stored().kept().count(), 3);
    drop(owner);
    clear_agenda();
}

#[wasm_bindgen_test]
async fn the_star_says_what_it_does_and_shows_its_state() {
    clear_agenda();
    let root = mount(|| {
        provide_context(AgendaStore::start());
        view! {
            <Star id="ouverture".to_owned() title="Cérémonie d'ouverture".to_owned()/>
            <p class="said">{move || expect_context::<AgendaStore>().announce.get()}</p>
        }
    });
    let button: HtmlElement = root
        .query_selector("button.star")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    // Its words say what a press does; its sign shows the state without colour. A button
    // whose words change is no toggle: no `aria-pressed`.
    assert_eq!(button.get_attribute("aria-pressed"), None);
    assert_eq!(button.get_attribute("data-kept").as_deref(), Some("false"));
    assert_eq!(
        button.text_content().unwrap(),
        "☆ Ajouter à mon agenda\u{a0}: Cérémonie d'ouverture"
    );
    button.click();
    settle().await;
    assert_eq!(button.get_attribute("data-kept").as_deref(), Some("true"));
    assert_eq!(
        button.text_content().unwrap(),
        "★ Retirer de mon agenda\u{a0}: Cérémonie d'ouverture"
    );
    assert_eq!(
        texts(&root, ".said"),
        ["« Cérémonie d'ouverture » ajoutée à votre agenda."]
    );
    assert!(stored().contains("ouverture"));
    button.click();
    settle().await;
    assert_eq!(button.get_attribute("data-kept").as_deref(), Some("false"));
    assert!(!stored().contains("ouverture"));
    clear_agenda();
}

/// The number of elements `selector` finds in the page.
fn count(selector: &str) -> u32 {
    let document = web_sys::window().unwrap().document().unwrap();
    document.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn behind_the_start_screen_the_first_view_comes_in_counted_steps() {
    use nec_compagnon::ui::basics::{FirstDrawing, Later};
    let document = web_sys::window().unwrap().document().unwrap();
    // index.html's start screen, as the page holds it until the app takes it away.
    let screen = document.create_element("div").unwrap();
    screen.set_id("demarrage");
    document.body().unwrap().append_child(&screen).unwrap();
    let programme = Arc::new(load_programme(NEC).unwrap());
    let day = programme.days()[0];
    let sessions: Vec<usize> = (0..programme.sessions().len())
        .filter(|&i| programme.day_of(i) == day)
        .collect();
    assert!(sessions.len() > 8, "{} sessions", sessions.len());
    // Made outside any owner, so that it outlives the views it counts for.
    let pending = RwSignal::new(0_usize);
    let root = mount(move || {
        provide_context(FirstDrawing(pending));
        view! {
            <p class="now">"at once"</p>
            <Later><p class="later">"a task later"</p></Later>
            <DaySessions programme day sessions/>
        }
    });
    // At once: what is outside `Later`; the two parts still to draw are counted.
    assert_eq!(texts(&root, "p.now"), ["at once"]);
    assert_eq!(count("p.later"), 0);
    assert_eq!(count(".session-card"), 0);
    assert_eq!(pending.get_untracked(), 2);
    // Then, task after task, the first eight cards two by two, and nothing left to count.
    let mut seen = vec![];
    for _ in 0..50 {
        sleep(0).await;
        let cards = count(".session-card");
        if cards > 0 && seen.last() != Some(&cards) {
            seen.push(cards);
        }
        if pending.get_untracked() == 0 {
            break;
        }
    }
    // Two by two up to the eighth; the last step may show more at once when the end of the
    // list is near the screen (it is here, in the test's page), as the reader would get.
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert_eq!(seen[..3], [2, 4, 6], "{seen:?}");
    assert!(seen[3] >= 8, "{seen:?}");
    assert_eq!(count("p.later"), 1);
    assert_eq!(pending.get_untracked(), 0);
    root.remove();

    // Once the start screen is gone, everything is drawn at once, and nothing is counted.
    screen.remove();
    let programme = Arc::new(load_programme(NEC).unwrap());
    let sessions: Vec<usize> = (0..programme.sessions().len())
        .filter(|&i| programme.day_of(i) == day)
        .collect();
    let root = mount(move || {
        provide_context(FirstDrawing(pending));
        view! {
            <Later><p class="later">"at once too"</p></Later>
            <DaySessions programme day sessions/>
        }
    });
    assert_eq!(texts(&root, "p.later"), ["at once too"]);
    assert_eq!(count(".session-card"), 8);
    assert_eq!(pending.get_untracked(), 0);
    root.remove();
}
