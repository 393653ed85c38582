//! The accessibility statement's words (RGAA's model: state, what is checked, known limits,
//! technologies, contact, remedy), as a typed table like `i18n.rs`: one struct per language.
//! What it says the tests check is what `tests/e2e` checks; an e2e test reads the tool versions
//! named here from `package.json` and `xtask`, so that the statement stays true.

use crate::domain::Lang;

pub struct AccessText {
    pub title: &'static str,
    /// In the footer of every page, as the RGAA asks.
    pub footer_mention: &'static str,
    pub intro: &'static str,
    pub state_title: &'static str,
    pub state: &'static str,
    pub checked_title: &'static str,
    pub checked: &'static [&'static str],
    pub limits_title: &'static str,
    pub limits: &'static [&'static str],
    pub technologies_title: &'static str,
    pub technologies: &'static str,
    pub contact_title: &'static str,
    pub contact: &'static str,
    pub contact_given: &'static str,
    pub contact_missing: &'static str,
    pub remedy_title: &'static str,
    pub remedy: &'static str,
    pub remedy_post: &'static str,
    pub written_on: &'static str,
}

const FR: AccessText = AccessText {
    title: "Déclaration d'accessibilité",
    footer_mention: "Accessibilité\u{a0}: non conforme",
    intro: "Cette déclaration s'applique à NEC Compagnon, l'application du programme, du plan du stade et de l'agenda de Numérique en Commun[s]. Elle suit le modèle du RGAA 4.1 (référentiel général d'amélioration de l'accessibilité), qui reprend les critères WCAG 2.1 de niveau AA.",
    state_title: "État de conformité",
    state: "NEC Compagnon est non conforme avec le RGAA 4.1\u{a0}: aucun audit complet n'en a encore été fait. Sans résultat d'audit, c'est la mention que le RGAA impose, même si les vérifications ci-dessous ne trouvent aucun défaut.",
    checked_title: "Ce qui est vérifié à chaque version",
    checked: &[
        "axe-core 4.14.1 vérifie chaque page (le programme en liste et en grille, une recherche, une session, la page d'une personne, la liste des intervenantes et intervenants, Maintenant, le plan, un itinéraire, l'agenda, un agenda partagé, À propos et cette déclaration), en français et en anglais, en thème clair et en thème sombre\u{a0}: aucune erreur aux règles WCAG 2.1 de niveaux A et AA, contrastes compris.",
        "Un parcours au clavier seul est rejoué\u{a0}: trouver une session, la garder dans son agenda, ouvrir sa salle sur le plan, obtenir un itinéraire sans marches. À chaque nouvelle page, le focus va sur son titre.",
        "Aucune page ne défile de côté à 320\u{a0}px de large, ce que voit une personne qui zoome à 400\u{a0}% sur un écran de 1\u{a0}280\u{a0}px.",
        "Chaque page a son propre titre. Un texte en anglais est marqué comme tel sur une page en français, et l'inverse, pour que les lecteurs d'écran changent de voix.",
        "Le plan du stade est aussi écrit en texte, niveau par niveau, et chaque itinéraire est dit étape par étape, par les ascenseurs si l'on demande un trajet sans marches.",
        "Rien ne bouge à l'écran, sauf l'indicateur de chargement, qui s'arrête si l'appareil demande de réduire les animations.",
    ],
    limits_title: "Limites connues",
    limits: &[
        "NEC Compagnon n'a encore été ni audité selon le RGAA ni essayé par des personnes qui se servent d'un lecteur d'écran (NVDA, JAWS, VoiceOver, TalkBack)\u{a0}: les outils automatiques ne trouvent qu'une partie des défauts.",
        "Le dessin du plan demande de voir\u{a0}; tout ce qu'il montre est aussi donné en texte sur la même page.",
        "Les textes du programme (titres, résumés) sont ceux de l'équipe d'organisation, chacun dans la langue de sa session.",
    ],
    technologies_title: "Technologies et outils",
    technologies: "HTML, CSS, JavaScript et WebAssembly (Rust, Leptos). Vérifications\u{a0}: axe-core 4.14.1 dans Chromium, tests de composants dans Chromium et Firefox\u{a0}; mesures\u{a0}: Lighthouse 13.5.0 (100 en accessibilité au programme et au plan).",
    contact_title: "Signaler un défaut",
    contact: "Si vous ne pouvez pas accéder à un contenu ou à un service, dites-le à l'équipe d'organisation\u{a0}: elle vous donnera l'information sous une autre forme et corrigera ce qui peut l'être.",
    contact_given: "Pour lui écrire\u{a0}:",
    contact_missing: "Le fichier du programme ne donne pas d'adresse pour cela\u{a0}: adressez-vous à l'accueil de l'événement.",
    remedy_title: "Voies de recours",
    remedy: "Si vous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, vous pouvez saisir le Défenseur des droits\u{a0}: sur son site (defenseurdesdroits.fr), auprès d'un de ses délégués dans votre région, ou par courrier, gratuitement et sans timbre\u{a0}:",
    remedy_post: "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07",
    written_on: "Déclaration établie le 29 novembre 2026.",
};

const EN: AccessText = AccessText {
    title: "Accessibility statement",
    footer_mention: "Accessibility: not compliant",
    intro: "This statement applies to NEC Compagnon, the programme, stadium map and agenda app of Numérique en Commun[s]. It follows the model of the RGAA 4.1 (the French accessibility framework), which is based on the WCAG 2.1 level AA criteria.",
    state_title: "Compliance status",
    state: "NEC Compagnon is not compliant with the RGAA 4.1: no full audit of it has been made yet. Without audit results, this is what the RGAA requires it to say, even though the checks below find no fault.",
    checked_title: "What every release is checked for",
    checked: &[
        "axe-core 4.14.1 checks every page (the programme as a list and as a grid, a search, a session, a speaker, the speakers, Now, the map, a route, the agenda, a shared agenda, About and this statement), in French and in English, in the light and the dark theme: no error against the WCAG 2.1 level A and AA rules, contrast included.",
        "A keyboard-only journey is replayed: find a session, keep it in the agenda, open its room on the map, get a step-free route. On every new page, the focus goes to its heading.",
        "No page scrolls sideways at 320\u{a0}px wide, which is what a person zooming to 400\u{a0}% on a 1,280\u{a0}px screen sees.",
        "Every page has its own title. An English text is marked as such on a French page, and the other way round, so that screen readers change voice.",
        "The stadium map is also written out as text, level by level, and every route is described step by step, using the lifts when a step-free route is asked for.",
        "Nothing moves on screen except the loading indicator, which stops when the device asks for reduced motion.",
    ],
    limits_title: "Known limits",
    limits: &[
        "NEC Compagnon has not yet been audited against the RGAA, nor tried by people who use a screen reader (NVDA, JAWS, VoiceOver, TalkBack): automatic tools find only some faults.",
        "The drawing of the map needs sight; everything it shows is also given as text on the same page.",
        "The programme's texts (titles, summaries) are the organisers', each in the language of its session.",
    ],
    technologies_title: "Technologies and tools",
    technologies: "HTML, CSS, JavaScript and WebAssembly (Rust, Leptos). Checks: axe-core 4.14.1 in Chromium, component tests in Chromium and Firefox; measurements: Lighthouse 13.5.0 (100 for accessibility on the programme and the map).",
    contact_title: "Reporting a fault",
    contact: "If you cannot access some content or a service, tell the organisers: they will give you the information in another form and fix what can be fixed.",
    contact_given: "To write to them:",
    contact_missing: "The programme file gives no address for this: ask at the event's welcome desk.",
    remedy_title: "Remedies",
    remedy: "If you reported an accessibility fault and did not get a satisfactory answer, you may refer the matter to the Défenseur des droits (the French rights ombudsman): on its website (defenseurdesdroits.fr), through one of its delegates in your region, or by post, free of charge and without a stamp:",
    remedy_post: "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07",
    written_on: "Statement written on 29 November 2026.",
};

pub fn access_text(lang: Lang) -> &'static AccessText {
    lang.pick(&FR, &EN)
}
