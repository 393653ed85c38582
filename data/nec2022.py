#!/usr/bin/env python3
"""Authoring script of the NEC 2022 programme (public/programme.json).

The sessions below are written by hand; this script only lays them on the grid of days, slots
and rooms, gives ids, and writes format v1. Run it after editing, then check the result:

    python3 data/nec2022.py && cargo nec-data check-data public/programme.json

What is real and what is illustrative is said in DATA_NOTE (shown on the app's "À propos" page)
and in ../docs/nec2022-sources.md.
"""
import functools
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / "public" / "programme.json"
DATA_VERSION = "2022-09-26.3"

DATA_NOTE = {
    "fr": (
        "Programme reconstitué. Sont réels : les dates (27, 28 et 29 septembre 2022), le lieu "
        "(Stade Bollaert-Delelis, Lens), l'organisation (ANCT – programme Société numérique, et "
        "La MedNum), la Journée nationale des Conseillers numériques France Services du mardi 27 "
        "avec l'intervention de Stanislas Guerini, la cérémonie d'ouverture avec le discours "
        "d'Henri Verdier, le retour d'expérience des Centres Sociaux Connectés le mercredi 28 à "
        "17 h, l'atelier participatif sur la médiation numérique dans les quartiers prioritaires, "
        "l'intervention de La MedNum sur l'indice de fragilité numérique, les ateliers pour "
        "conseillers numériques « Comment communiquer sur mon action et la valoriser ? » et sur "
        "les conseillers itinérants, l'échange sur l'accompagnement des personnes en situation "
        "de handicap, les thèmes annoncés et les formats. Sont illustratifs : les noms des "
        "salles, les horaires non cités ci-dessus, toutes les autres sessions, et toutes les "
        "personnes intervenantes à l'exception d'Henri Verdier et de Stanislas Guerini. Les "
        "organisations des personnes illustratives sont décrites par leur type, pas par un nom "
        "réel."
    ),
    "en": (
        "Reconstructed programme. Real: the dates (27, 28 and 29 September 2022), the venue "
        "(Stade Bollaert-Delelis, Lens), the organisers (ANCT – Société numérique programme, and "
        "La MedNum), the national day of the Conseillers numériques France Services on Tuesday "
        "27 with Stanislas Guerini speaking, the opening ceremony with Henri Verdier's speech, "
        "the Centres Sociaux Connectés experience report on Wednesday 28 at 5 pm, the "
        "participatory workshop on digital mediation in priority neighbourhoods, La MedNum's "
        "talk on the digital fragility index, the workshops for digital advisers on promoting "
        "their work and on itinerant advisers, the exchange on supporting people with "
        "disabilities, the announced themes and the formats. Illustrative: room names, times "
        "not cited above, every other session, and every speaker except Henri Verdier and "
        "Stanislas Guerini. Illustrative speakers' organisations are described by their kind, "
        "not by a real name."
    ),
}

THEMES = [
    ("inclusion", "Inclusion numérique", "Digital inclusion", "#1d5fa8"),
    ("cybersecurite", "Cybersécurité", "Cybersecurity", "#a4161a"),
    ("souverainete", "Souveraineté numérique", "Digital sovereignty", "#5b3f8c"),
    ("sobriete", "Sobriété et durabilité", "Sufficiency and sustainability", "#1e7045"),
    ("donnees", "Ouverture des données", "Open data", "#0f6a73"),
    ("gouvernance", "Gouvernance des infrastructures et services numériques",
     "Governance of digital infrastructure and services", "#6b4f1d"),
    ("participation", "Participation citoyenne", "Citizen participation", "#9c2a5b"),
    ("sante", "Innovation en santé", "Health innovation", "#a4461a"),
    ("communs", "Communs numériques", "Digital commons", "#3f5c0e"),
    ("tiers-lieux", "Tiers-lieux", "Third places", "#7a3e9d"),
]

FORMATS = [
    ("pleniere", "Plénière", "Plenary"),
    ("conference", "Conférence", "Talk"),
    ("table-ronde", "Table ronde", "Panel"),
    ("atelier", "Atelier", "Workshop"),
    ("rex", "Retour d'expérience", "Experience report"),
    ("pitch", "Pitch", "Pitch"),
    ("masterclass", "Masterclass", "Masterclass"),
    ("regards-croises", "Regards croisés", "Crossed perspectives"),
    ("vie-pratique", "Accueil, repas et pauses", "Welcome, meals and breaks"),
    ("village", "Village des exposants", "Exhibitors' village"),
]
# Formats open all along, where people come and go between sessions: they clash with nothing.
DROP_IN = {"village"}

# (id, name, level, kind, capacity, step_free, hearing_loop, toilets, note). A note is French, or
# (French, English). The name written to the file is the venue map's, in both languages
# (public/venue.json, made by venue2022.py), so that a room reads the same everywhere; the
# French name here must be the map's.
SPACES = [
    ("accueil", "Accueil – parvis de la tribune Lepagnot", 0,
     "welcome", None, True, False, True,
     ("Entrée principale, vestiaire et badges.", "Main entrance, cloakroom and badges.")),
    ("pleniere", "Grand Salon – salle plénière", 2, "plenary", 900,
     True, True, True,
     ("Ascenseurs depuis le hall de la tribune Lepagnot ; places réservées aux fauteuils au premier rang.",
      "Lifts from the Lepagnot stand hall; wheelchair spaces in the front row.")),
    ("village", "Village des exposants – salons Lepagnot", 1,
     "village", 600, True, False, True, None),
    ("scene-village", "Scène du village", 1, "conference", 80, True, False, True,
     ("Petite scène ouverte au cœur du village : pitchs et démonstrations.",
      "A small open stage in the heart of the village: pitches and demonstrations.")),
    ("restauration", "Espace restauration – salons Lepagnot", 1,
     "catering", 900, True, False, True, None),
    ("salon-artois", "Salon Artois", 1, "conference", 180, True, True, True, None),
    ("salon-gohelle", "Salon Gohelle", 1, "conference", 150, True, False, True, None),
    ("salon-sang-et-or", "Salon Sang et Or", 2, "conference", 200, True, True, True, None),
    ("salon-terril", "Salon Terril", 2, "conference", 120, True, False, True, None),
    ("salon-carreau", "Salon Carreau", 3, "conference", 100, True, False, False, None),
    ("atelier-1", "Atelier 1", 2, "workshop", 40, True, False, True, None),
    ("atelier-2", "Atelier 2", 2, "workshop", 40, True, False, True, None),
    ("atelier-3", "Atelier 3", 3, "workshop", 35, True, False, False, None),
    ("atelier-4", "Atelier 4 (tribune de presse)", 3, "workshop", 30,
     False, False, False,
     ("Accès par escalier uniquement : choisissez un autre atelier si vous ne pouvez pas monter de marches.",
      "Stairs only: choose another workshop if you cannot climb steps.")),
    ("presse", "Salle de presse", 3, "press", 40, False, False, False,
     ("Réservée aux journalistes accrédités. Accès par escalier.",
      "For accredited journalists only. Access by stairs.")),
]


VENUE = pathlib.Path(__file__).resolve().parent.parent / "public" / "venue.json"


@functools.cache
def map_names():
    return {s["id"]: s["name"] for s in json.loads(VENUE.read_text(encoding="utf-8"))["spaces"]}


def map_name(sid, french):
    """The venue map's name of a space ({"fr", "en"}), checked against the French name here."""
    names = map_names()
    assert names[sid]["fr"] == french, (sid, names[sid], french)
    return names[sid]


def localised(text):
    """A French text, or a (French, English) pair, as the programme format writes it."""
    if isinstance(text, tuple):
        return {"fr": text[0], "en": text[1]}
    return {"fr": text}


# Real organisations that really took part, as speakers (no individual named).
ORG_SPEAKERS = {
    "anct": ("ANCT – programme Société numérique", "Agence nationale de la cohésion des territoires", "Co-organisatrice"),
    "mednum": ("La MedNum", "Coopérative des acteurs de la médiation numérique", "Co-organisatrice"),
    "csc-npdc": ("Centres Sociaux Connectés Nord-Pas-de-Calais et Pays Picards", None, None),
    "ville-banlieue": ("Ville & Banlieue", "Association des élus de villes et banlieues", None),
    "villes-internet": ("Villes Internet", "Association", None),
    "regies-quartier": ("Mouvement des Régies de Quartier", None, None),
    "labo-cites": ("Labo Cités", "Centre de ressources politique de la ville", None),
}

# Real people, only for what they really did.
REAL_PEOPLE = {
    "henri-verdier": ("Henri Verdier", "Ministère de l'Europe et des Affaires étrangères",
                      "Ambassadeur pour le numérique"),
    "stanislas-guerini": ("Stanislas Guerini", "Gouvernement",
                          "Ministre de la Transformation et de la Fonction publiques"),
}

# Illustrative people: names are invented; organisations are described by their kind.
FIRST = ["Amélie", "Bastien", "Camille", "Djamel", "Élodie", "Fabrice", "Gaëlle", "Hugo", "Inès",
         "Jérôme", "Karima", "Laurent", "Maëlle", "Nicolas", "Océane", "Pascal", "Quentin",
         "Rachida", "Sébastien", "Thuy", "Ulysse", "Valérie", "Wassim", "Xavier", "Yasmine",
         "Zoé", "Agathe", "Bruno", "Chloé", "David", "Estelle", "François", "Gwenaëlle",
         "Hélène", "Ibrahim", "Julie", "Kevin", "Léa", "Mathieu", "Nadia", "Olivier", "Pauline",
         "Romain", "Sophie", "Thomas", "Aurore", "Benoît", "Claire", "Damien", "Emma"]
LAST = ["Lefebvre", "Dubois", "Martinez", "Benali", "Caron", "Delattre", "Fontaine", "Garnier",
        "Haddad", "Jacquet", "Kerbrat", "Lemaire", "Marchand", "Nguyen", "Olivier", "Petit",
        "Quéré", "Roussel", "Sarr", "Tessier", "Vasseur", "Wattez", "Yilmaz", "Zimmermann",
        "Arnaud", "Bonnet", "Collet", "Dumont", "Evrard", "Fournier", "Guillot", "Hébert",
        "Lambert", "Mercier", "Noël", "Perrin", "Renard", "Simon", "Thibault", "Vidal",
        "Baudouin", "Chevalier", "Deschamps", "Legrand", "Masson", "Poulain", "Rivière"]
ORGS = [
    ("Conseillère numérique France Services", "Communauté d'agglomération (Pas-de-Calais)"),
    ("Conseiller numérique France Services", "Centre communal d'action sociale (Nord)"),
    ("Coordinatrice", "Hub territorial pour un numérique inclusif (Hauts-de-France)"),
    ("Directeur", "Association de médiation numérique (Bretagne)"),
    ("Chargée de mission inclusion numérique", "Conseil départemental"),
    ("Responsable", "Tiers-lieu associatif (Drôme)"),
    ("Fondatrice", "Start-up de l'économie sociale et solidaire"),
    ("Chef de projet", "Direction interministérielle du numérique"),
    ("Déléguée à la protection des données", "Région"),
    ("Maire adjoint au numérique", "Commune de 12 000 habitants"),
    ("Chercheuse", "Laboratoire universitaire en sciences de l'information"),
    ("Animateur", "Fablab associatif"),
    ("Directrice", "Centre social"),
    ("Responsable de la sécurité des systèmes d'information", "Syndicat mixte numérique"),
    ("Chargé de mission", "Réseau national de tiers-lieux"),
    ("Médiatrice numérique", "Médiathèque intercommunale"),
    ("Développeur", "Collectif de logiciel libre"),
    ("Cheffe de projet e-santé", "Groupement régional d'appui au développement de l'e-santé"),
    ("Coordinateur", "Maison France Services (Pas-de-Calais)"),
    ("Consultante", "Coopérative de conseil en sobriété numérique"),
    ("Responsable des données", "Métropole"),
    ("Chargée de participation citoyenne", "Ville moyenne (Occitanie)"),
    ("Administrateur", "Coopérative d'intérêt collectif"),
    ("Formatrice", "Organisme de formation aux métiers de la médiation"),
    ("Délégué régional", "Opérateur public de l'emploi"),
]

# Sessions by day and slot: (room, format, themes, title, abstract, speakers, extras).
# speakers: a number of illustrative people to draw, or a list of ids (real people and orgs).
# extras: lang, lsf, cc, reg (capacity), full, cancelled, previous, audience.
D27, D28, D29 = "2022-09-27", "2022-09-28", "2022-09-29"

PRACTICAL = {
    # day: [(start, end, room, format, title, abstract)]
    D27: [
        ("08:30", "09:30", "accueil", "vie-pratique", "Accueil café des conseillers numériques",
         "Retrait des badges et café d'accueil sur le parvis de la tribune Lepagnot. Les équipes "
         "d'accueil orientent vers les salles et les ascenseurs."),
        ("12:15", "13:45", "restauration", "vie-pratique", "Déjeuner",
         "Déjeuner servi dans les salons du niveau 1. Des plats végétariens et sans porc sont "
         "proposés ; signalez une allergie à l'accueil."),
        ("15:15", "15:45", "restauration", "vie-pratique", "Pause",
         "Pause café et échanges libres."),
        ("09:00", "18:00", "village", "village", "Village des exposants : ouverture",
         "Le village accueille structures de médiation, hubs territoriaux, collectivités et "
         "solutions numériques d'intérêt général. Entrée libre pendant les heures d'ouverture."),
    ],
    D28: [
        ("08:30", "09:30", "accueil", "vie-pratique", "Accueil café",
         "Retrait des badges, café d'accueil et vestiaire sur le parvis de la tribune Lepagnot."),
        ("12:30", "14:00", "restauration", "vie-pratique", "Déjeuner",
         "Déjeuner servi dans les salons du niveau 1. Des plats végétariens et sans porc sont "
         "proposés ; signalez une allergie à l'accueil."),
        ("15:30", "16:00", "restauration", "vie-pratique", "Pause",
         "Pause café et échanges libres."),
        ("09:00", "19:00", "village", "village", "Village des exposants : ouverture",
         "Plus de soixante stands pour rencontrer celles et ceux qui font le numérique d'intérêt "
         "général. Entrée libre pendant les heures d'ouverture."),
        ("18:15", "20:00", "restauration", "vie-pratique", "Temps convivial de fin de journée",
         "Un moment pour prolonger les échanges autour d'un buffet de produits locaux."),
    ],
    D29: [
        ("08:30", "09:15", "accueil", "vie-pratique", "Accueil café",
         "Café d'accueil sur le parvis de la tribune Lepagnot."),
        ("12:15", "13:45", "restauration", "vie-pratique", "Déjeuner",
         "Déjeuner servi dans les salons du niveau 1. Des plats végétariens et sans porc sont "
         "proposés ; signalez une allergie à l'accueil."),
        ("15:15", "15:30", "restauration", "vie-pratique", "Pause",
         "Courte pause avant les dernières sessions."),
        ("09:00", "16:30", "village", "village", "Village des exposants : ouverture",
         "Dernière journée du village : pensez à passer voir les stands avant la clôture."),
    ],
}

SLOTS = {
    D27: [("09:30", "10:30"), ("10:45", "12:15"), ("13:45", "15:15"), ("15:45", "17:00"),
          ("17:00", "17:45")],
    D28: [("09:30", "10:45"), ("11:00", "12:30"), ("14:00", "15:30"), ("16:00", "16:45"),
          ("17:00", "18:00")],
    D29: [("09:15", "10:30"), ("10:45", "12:15"), ("13:45", "15:15"), ("15:30", "16:30"),
          ("16:45", "17:30")],
}

ALL_A11Y = {"lsf": True, "cc": True}

S = {}  # (day, slot index) -> sessions; slot index -1 means explicit times in extras

S[D27, 0] = [
    ("pleniere", "pleniere", ["inclusion", "gouvernance"],
     "Ouverture de la Journée nationale des Conseillers numériques France Services",
     "Les conseillers numériques France Services se retrouvent à Lens la veille de Numérique en "
     "Commun[s]. Ouverture de la journée par l'ANCT, avec l'intervention de Stanislas Guerini, "
     "ministre de la Transformation et de la Fonction publiques. Horaire indicatif.",
     ["stanislas-guerini", "anct"], {**ALL_A11Y}),
]
S[D27, 1] = [
    ("salon-artois", "atelier", ["inclusion"],
     "Comment communiquer sur mon action et la valoriser ?",
     "Un atelier pour les conseillers numériques qui veulent faire connaître leurs permanences et "
     "montrer ce qu'elles changent. Supports, réseaux locaux, presse : chacun repart avec un "
     "plan de communication simple. Horaire et salle indicatifs.",
     2, {"reg": 60}),
    ("atelier-1", "atelier", ["inclusion"],
     "Conseillers numériques itinérants : aller vers de nouveaux publics",
     "Une heure d'échange, en petit groupe d'une trentaine de personnes, entre conseillers qui "
     "vont au-devant des habitants : marchés, mairies annexes, bus. Organisation des tournées, "
     "matériel, partenariats. Horaire et salle indicatifs.",
     1, {"reg": 30, "time": ("10:45", "11:45")}),
    ("salon-gohelle", "table-ronde", ["inclusion", "sante"],
     "Accompagner les personnes en situation de handicap : l'exemple des vidéos « Docteur access »",
     "Un échange thématique sur l'accompagnement numérique des personnes en situation de "
     "handicap, à partir des vidéos « Docteur access ». Comment adapter ses ateliers, ses "
     "supports et son accueil. Horaire et salle indicatifs.",
     3, {**ALL_A11Y}),
    ("salon-sang-et-or", "conference", ["inclusion", "donnees"],
     "Les démarches en ligne les plus demandées : ce que disent deux ans d'accompagnement",
     "Quelles démarches amènent les habitants en permanence numérique ? À partir des "
     "remontées anonymisées de plusieurs départements, cette conférence dresse le palmarès "
     "des demandes et ce qu'il dit de la dématérialisation des services publics.",
     1, {"cc": True}),
    ("salon-terril", "atelier", ["cybersecurite", "inclusion"],
     "Repérer et accompagner les victimes d'arnaques en ligne",
     "Faux conseillers bancaires, colis fantômes, usurpation d'identité : les arnaques arrivent "
     "souvent en permanence. Cet atelier donne des réflexes pour repérer la fraude, les bons "
     "interlocuteurs et la posture à adopter avec une personne qui a honte.",
     2, {"reg": 60}),
    ("atelier-2", "atelier", ["inclusion"],
     "Animer un atelier collectif sur le smartphone pour les seniors",
     "Déroulé, rythme, vocabulaire : un atelier construit avec des conseillers qui animent "
     "chaque semaine des groupes de personnes âgées. On repart avec une séance prête à "
     "l'emploi et des fiches imprimables.",
     1, {"reg": 40}),
    ("atelier-3", "atelier", ["inclusion", "cybersecurite"],
     "Aidants Connect : sécuriser l'accompagnement quand on fait « à la place de »",
     "Faire une démarche pour quelqu'un engage la responsabilité de l'aidant. L'atelier "
     "présente le mandat Aidants Connect, les cas d'usage et les erreurs à éviter, à partir de "
     "situations réelles rencontrées en permanence.",
     1, {"reg": 35}),
    ("salon-carreau", "rex", ["inclusion"],
     "Un bus numérique en zone rurale : deux ans sur les routes",
     "Une équipe de conseillers numériques raconte deux années de tournées en bus aménagé "
     "dans des villages sans service public. Ce qui a marché, ce qui a coûté cher, et pourquoi "
     "la régularité compte plus que l'équipement.",
     2, {}),
    ("pleniere", "masterclass", ["cybersecurite", "donnees"],
     "Les bases du droit des données personnelles pour les conseillers numériques",
     "Que peut-on noter d'une personne accompagnée ? Combien de temps le garder ? Une "
     "masterclass concrète sur le RGPD appliqué à la médiation numérique, avec des modèles de "
     "documents.",
     1, {**ALL_A11Y}),
]
S[D27, 2] = [
    ("salon-artois", "table-ronde", ["inclusion", "gouvernance"],
     "Le métier de conseiller numérique : quelles suites après le dispositif ?",
     "Formation, reconnaissance, financement : des conseillers, des employeurs et des "
     "financeurs débattent de l'avenir du métier. Comment pérenniser des postes nés d'un "
     "dispositif national dans des structures très différentes ?",
     4, {**ALL_A11Y}),
    ("salon-gohelle", "atelier", ["communs", "souverainete"],
     "Outils libres pour la médiation : le kit du conseiller numérique",
     "Traitement de texte, visioconférence, partage de fichiers : tour d'horizon des logiciels "
     "libres éprouvés en atelier. Chacun installe et teste sur son propre poste.",
     1, {"reg": 60}),
    ("salon-sang-et-or", "conference", ["inclusion", "donnees"],
     "Illectronisme : ce que mesurent (et ne mesurent pas) les enquêtes",
     "Les chiffres de l'illectronisme circulent beaucoup. Cette conférence explique d'où ils "
     "viennent, ce qu'ils comptent exactement et ce qu'ils laissent de côté, pour les utiliser "
     "à bon escient dans un diagnostic local.",
     1, {"cc": True}),
    ("salon-terril", "rex", ["inclusion"],
     "Permanences numériques en France Services : organiser l'accueil sans rendez-vous",
     "Deux Maisons France Services comparent leurs organisations : accueil libre, créneaux "
     "réservés, ou les deux. Temps d'attente, satisfaction et épuisement des équipes sont "
     "discutés sans langue de bois.",
     2, {}),
    ("atelier-1", "atelier", ["cybersecurite"],
     "Escape game : sensibiliser à la cybersécurité en jouant",
     "Une heure trente pour sortir d'un bureau piraté : l'escape game fait vivre les bons "
     "réflexes de sécurité à des publics qui fuient les conférences. Les participants jouent, "
     "puis découvrent comment monter le jeu chez eux.",
     2, {"reg": 40}),
    ("atelier-2", "atelier", ["inclusion"],
     "Accompagner les jeunes vers l'emploi avec le numérique",
     "Les jeunes sont réputés à l'aise avec le numérique, mais beaucoup peinent devant une "
     "candidature en ligne. L'atelier partage des séquences testées avec des missions locales.",
     1, {"reg": 40}),
    ("atelier-3", "atelier", ["inclusion"],
     "Réaliser un diagnostic des compétences numériques avec Pix",
     "Comment utiliser les parcours Pix pour situer une personne sans la mettre en échec ? "
     "Démonstration, puis mise en situation par deux.",
     1, {"reg": 35}),
    ("atelier-4", "atelier", ["inclusion", "gouvernance"],
     "Construire son réseau local d'aidants numériques",
     "Travailleurs sociaux, secrétaires de mairie, bénévoles : tout le monde aide un peu. "
     "L'atelier propose une méthode pour cartographier ces aidants et organiser l'orientation "
     "entre eux.",
     1, {"reg": 30}),
    ("pleniere", "conference", ["inclusion", "gouvernance"],
     "France Services et conseillers numériques : travailler ensemble",
     "Les agents France Services et les conseillers numériques accueillent souvent les mêmes "
     "personnes. Comment se répartir les rôles, se passer le relais et éviter les doublons ?",
     2, {**ALL_A11Y}),
]
S[D27, 3] = [
    ("salon-artois", "conference", ["sante", "inclusion"],
     "Santé numérique : accompagner la prise en main de Mon espace santé",
     "Mon espace santé a été ouvert à tous les assurés en 2022. Cette conférence présente ce "
     "que les conseillers peuvent faire, et ce qu'ils ne doivent pas faire, quand une personne "
     "demande de l'aide pour son dossier médical.",
     2, {"cc": True}),
    ("salon-gohelle", "rex", ["tiers-lieux", "inclusion"],
     "Tiers-lieux et conseillers numériques : cohabiter et coopérer",
     "Un tiers-lieu et l'association qui y emploie deux conseillers numériques racontent leur "
     "cohabitation : partage des espaces, des publics et des projets.",
     2, {}),
    ("salon-sang-et-or", "atelier", ["inclusion"],
     "Parler simplement : rédiger des supports en FALC",
     "Le « facile à lire et à comprendre » rend les supports accessibles à bien plus de monde "
     "qu'on ne le croit. L'atelier fait réécrire un tutoriel réel selon les règles du FALC.",
     1, {"lsf": True, "reg": 80}),
    ("salon-terril", "table-ronde", ["inclusion"],
     "Prendre soin de soi quand on accompagne : la charge émotionnelle des aidants numériques",
     "Détresse des personnes, situations d'urgence, démarches qui échouent : accompagner pèse. "
     "Une psychologue du travail et des conseillers échangent sur les façons de tenir.",
     3, {}),
    ("atelier-1", "atelier", ["sobriete"],
     "Reconditionner et donner du matériel : monter une filière locale",
     "Collecter les ordinateurs des entreprises, les reconditionner et les confier aux "
     "personnes accompagnées : les étapes, les partenaires et les pièges juridiques.",
     1, {"reg": 40}),
    ("atelier-2", "atelier", ["donnees", "inclusion"],
     "Mesurer son impact sans alourdir son quotidien",
     "Quels indicateurs suivre quand on accompagne, et comment les saisir sans y passer ses "
     "soirées ? Un atelier pour construire un tableau de bord réaliste.",
     1, {"reg": 40}),
    ("atelier-3", "atelier", ["inclusion"],
     "Accompagner les personnes allophones : outils et postures",
     "Traduction automatique, pictogrammes, interprétariat : ce qui aide vraiment quand on ne "
     "partage pas la même langue, et ce qui induit en erreur.",
     1, {"reg": 35}),
    ("salon-carreau", "regards-croises", ["inclusion"],
     "Conseillers numériques en outre-mer : regards croisés",
     "Réseau, distances, langues : des conseillers de Guadeloupe, de La Réunion et de Guyane "
     "comparent leurs conditions d'exercice avec celles de l'Hexagone.",
     3, {}),
]
S[D27, 4] = [
    ("pleniere", "pleniere", ["inclusion"],
     "Clôture de la Journée nationale des Conseillers numériques France Services",
     "Ce qu'il faut retenir de la journée, et rendez-vous le lendemain pour l'ouverture de "
     "Numérique en Commun[s]. Horaire indicatif.",
     ["anct", "mednum"], {**ALL_A11Y}),
]

S[D28, 0] = [
    ("pleniere", "pleniere", ["inclusion", "gouvernance", "communs"],
     "Cérémonie d'ouverture de Numérique en Commun[s] 2022",
     "Ouverture de la 5e édition nationale de Numérique en Commun[s] par l'ANCT et La MedNum, "
     "avec le discours d'Henri Verdier, ambassadeur pour le numérique. Cérémonie filmée et "
     "retransmise en direct. Horaire indicatif.",
     ["anct", "mednum", "henri-verdier"], {**ALL_A11Y, "website": True}),
]
S[D28, 1] = [
    ("salon-artois", "table-ronde", ["souverainete", "gouvernance"],
     "Souveraineté numérique : de quoi parle-t-on dans les territoires ?",
     "Le mot est partout, mais que signifie-t-il pour une intercommunalité qui choisit un "
     "logiciel ou un hébergeur ? Élus, agents et chercheurs confrontent leurs définitions et "
     "leurs marges de manœuvre réelles.",
     4, {"cc": True}),
    ("salon-gohelle", "conference", ["cybersecurite", "gouvernance"],
     "Cybersécurité des collectivités : ce que les petites communes peuvent faire dès demain",
     "Sauvegardes, mises à jour, mots de passe : la plupart des attaques réussies exploitent "
     "des failles simples. Un responsable de la sécurité présente dix mesures à la portée "
     "d'une commune sans service informatique.",
     1, {}),
    ("salon-sang-et-or", "conference", ["sobriete"],
     "Sobriété numérique : prolonger la vie des terminaux dans les services publics",
     "La fabrication des terminaux pèse plus que leur usage. Comment une administration peut "
     "allonger la durée de vie de ses ordinateurs et téléphones, et ce qu'elle y gagne.",
     2, {"cc": True}),
    ("salon-terril", "rex", ["participation"],
     "Budget participatif en ligne : ce que nous avons appris en trois éditions",
     "Une ville moyenne a organisé trois budgets participatifs en ligne et sur papier. "
     "Participation, profil des votants, projets réalisés : le bilan sans fard.",
     2, {}),
    ("salon-carreau", "masterclass", ["donnees"],
     "Ouvrir ses données publiques sans se tromper : la méthode pas à pas",
     "Inventaire, choix des jeux prioritaires, schémas, licence, publication : une masterclass "
     "pour les collectivités qui veulent ouvrir leurs données sans y passer des années.",
     1, {}),
    ("atelier-1", "atelier", ["sobriete", "inclusion"],
     "Concevoir un site web sobre et accessible",
     "Un site vertueux est léger, lisible et utilisable par tous. L'atelier passe un site réel "
     "au crible de l'écoconception et de l'accessibilité, puis priorise les corrections.",
     2, {"reg": 40}),
    ("atelier-2", "atelier", ["donnees", "inclusion"],
     "Cartographier les lieux de médiation numérique de son territoire",
     "Le schéma de données des lieux de médiation numérique permet de publier une carte à "
     "jour et réutilisable. Prise en main, saisie et publication de ses propres lieux.",
     1, {"reg": 40}),
    ("atelier-3", "atelier", ["communs", "tiers-lieux"],
     "Fabrication ouverte : documenter ses procédés pour qu'ils soient réutilisés",
     "Un objet fabriqué dans un fablab n'est un commun que si d'autres peuvent le refaire. "
     "Atelier de documentation de procédés de fabrication ouverts, avec des gabarits prêts à "
     "l'emploi.",
     2, {"reg": 35}),
    ("pleniere", "masterclass", ["communs", "souverainete"],
     "Digital commons in Europe: how public bodies can fund and sustain them",
     "Several European governments now fund open-source and open-data commons. This "
     "masterclass compares their models, from grants to foundations, and what local "
     "authorities can borrow from them. In English.",
     1, {"lang": "en", **ALL_A11Y}),
]
S[D28, 2] = [
    ("salon-artois", "atelier", ["inclusion", "participation"],
     "Quelle place pour la médiation numérique dans les quartiers prioritaires après 2023 ?",
     "Atelier participatif de plus de cinquante personnes sur l'avenir de la médiation "
     "numérique dans les quartiers prioritaires de la politique de la ville, après la fin des "
     "financements en cours. Horaire et salle indicatifs.",
     ["anct", "ville-banlieue", "villes-internet", "mednum", "regies-quartier", "labo-cites"],
     {"reg": 180}),
    ("salon-gohelle", "table-ronde", ["gouvernance", "inclusion"],
     "Hubs territoriaux : quelle gouvernance pour l'inclusion numérique ?",
     "Les hubs territoriaux coordonnent les acteurs de l'inclusion numérique à l'échelle "
     "régionale. Quatre d'entre eux comparent leurs statuts, leurs financements et leur "
     "place face aux départements.",
     4, {}),
    ("salon-sang-et-or", "conference", ["gouvernance", "donnees"],
     "Intelligence artificielle dans les services publics : promesses, limites et vigilance",
     "Tri des courriers, aide à la rédaction, détection de fraude : l'IA entre dans les "
     "administrations. Cette conférence distingue les usages utiles des risques pour l'égalité "
     "devant le service public.",
     2, {"cc": True}),
    ("salon-terril", "rex", ["tiers-lieux", "inclusion"],
     "Un tiers-lieu numérique dans une ancienne cité minière",
     "Dans le bassin minier, un ancien bâtiment des houillères est devenu un tiers-lieu : "
     "espace public numérique, atelier de réparation et café associatif. Ses fondateurs "
     "racontent cinq ans d'aventure collective.",
     2, {}),
    ("salon-carreau", "conference", ["communs", "souverainete"],
     "Logiciels libres dans les collectivités : mutualiser pour durer",
     "Un logiciel libre développé pour une seule collectivité meurt souvent avec son "
     "marché. Comment les mutualisations entre collectivités assurent maintenance et "
     "évolutions dans la durée.",
     2, {}),
    ("atelier-1", "atelier", ["participation", "communs"],
     "Plateformes participatives : choisir, paramétrer, animer",
     "Decidim, CapCollectif et d'autres : l'atelier compare les plateformes participatives, "
     "puis fait paramétrer une consultation fictive de bout en bout.",
     2, {"reg": 40}),
    ("atelier-2", "atelier", ["cybersecurite"],
     "Sensibiliser au hameçonnage : un atelier clé en main",
     "Un atelier d'une heure trente à reproduire avec ses publics : reconnaître un courriel "
     "piégé, vérifier un lien, signaler. Supports fournis sous licence libre.",
     1, {"reg": 40, "full": True}),
    ("atelier-3", "atelier", ["inclusion"],
     "Autonomie numérique : évaluer les progrès des personnes accompagnées",
     "Comment savoir si une personne devient plus autonome ? L'atelier propose des grilles "
     "d'observation simples et discute de leurs limites.",
     1, {"reg": 35}),
    ("pleniere", "table-ronde", ["inclusion", "gouvernance"],
     "Financer l'inclusion numérique : quels modèles après le plan de relance ?",
     "Le plan de relance a financé des milliers de postes. Et après ? Collectivités, "
     "opérateurs et associations débattent des modèles de financement durables.",
     4, {**ALL_A11Y}),
]
S[D28, 3] = [
    ("salon-artois", "conference", ["sante", "inclusion"],
     "Télésanté en zone rurale : ce que change la téléconsultation accompagnée",
     "Dans des cabines ou des pharmacies, des téléconsultations se font avec l'aide d'un "
     "professionnel. Premiers résultats d'une expérimentation rurale et questions éthiques.",
     2, {"cc": True}),
    ("salon-gohelle", "rex", ["participation", "gouvernance"],
     "Un conseil citoyen du numérique dans une ville moyenne",
     "Vingt habitants tirés au sort donnent leur avis sur les projets numériques de leur "
     "ville. Retour sur deux ans de fonctionnement.",
     2, {}),
    ("salon-sang-et-or", "conference", ["sobriete"],
     "Empreinte environnementale du numérique : les chiffres à connaître",
     "Terminaux, réseaux, centres de données : une conférence courte pour connaître les ordres "
     "de grandeur et éviter les idées reçues.",
     1, {"cc": True}),
    ("salon-terril", "regards-croises", ["inclusion", "tiers-lieux"],
     "Bibliothèques et médiation numérique : regards croisés",
     "Une médiathèque intercommunale, un tiers-lieu et un centre social comparent leurs "
     "manières d'accompagner les habitants vers le numérique.",
     3, {}),
    ("salon-carreau", "conference", ["cybersecurite"],
     "Identité numérique : sécuriser l'accès aux services publics",
     "FranceConnect, identité numérique, double authentification : ce qui protège les usagers "
     "et ce qui les met en difficulté.",
     1, {}),
    ("atelier-1", "atelier", ["communs", "donnees"],
     "Initiation à OpenStreetMap pour cartographier l'accessibilité",
     "Marches, rampes, toilettes adaptées : cartographier l'accessibilité dans OpenStreetMap "
     "sert à tous. Initiation pratique sur les rues autour du stade.",
     1, {"reg": 40}),
    ("atelier-2", "atelier", ["sobriete"],
     "Réparer son smartphone : un atelier de réparation participative",
     "Changer une batterie ou un écran n'est pas réservé aux spécialistes. Démonstration et "
     "conseils pour organiser un atelier de réparation dans sa structure.",
     1, {"reg": 40}),
]
S[D28, 4] = [
    ("salon-artois", "rex", ["inclusion", "participation"],
     "Comment le numérique transforme l'éducation populaire – et inversement",
     "Retour d'expérience des Centres Sociaux Connectés Nord-Pas-de-Calais et Pays Picards : "
     "comment le numérique change les pratiques des centres sociaux, et ce que l'éducation "
     "populaire apporte à la médiation numérique.",
     ["csc-npdc"], {}),
    ("salon-gohelle", "table-ronde", ["communs", "gouvernance"],
     "Les communs numériques au service de l'action publique locale",
     "Cartes partagées, bases de données ouvertes, logiciels mutualisés : des collectivités "
     "expliquent comment elles contribuent aux communs numériques, et ce qu'elles en tirent.",
     4, {}),
    ("salon-sang-et-or", "conference", ["inclusion", "gouvernance"],
     "Accessibilité numérique : où en sont les sites publics ?",
     "Les obligations d'accessibilité existent depuis longtemps, mais peu de sites publics les "
     "respectent. État des lieux, méthodes de correction et rôle des usagers.",
     2, {**ALL_A11Y}),
    ("salon-terril", "conference", ["souverainete", "cybersecurite"],
     "Hébergement des données publiques : cloud de confiance et souveraineté",
     "Quelles données publiques peut-on confier à quel hébergeur ? Une conférence pour "
     "comprendre les qualifications, les lois extraterritoriales et les choix possibles.",
     1, {}),
    ("salon-carreau", "rex", ["gouvernance", "inclusion"],
     "Une prise de rendez-vous partagée entre Maisons France Services",
     "Six Maisons France Services d'un même département partagent un agenda en ligne. "
     "Ce qui a convaincu les équipes, et ce que les usagers en disent.",
     2, {}),
    ("atelier-1", "atelier", ["inclusion"],
     "Animer un atelier « mes premiers pas sur internet »",
     "Souris, clavier, navigateur : une séance pour grands débutants, construite avec des "
     "personnes qui n'avaient jamais utilisé d'ordinateur.",
     1, {"reg": 40}),
    ("atelier-2", "atelier", ["donnees", "participation"],
     "Jeu sérieux sur la gouvernance des données",
     "Qui décide de ce qu'on fait des données d'un territoire ? Un jeu de rôle pour "
     "expérimenter les arbitrages entre élus, entreprises et habitants.",
     2, {"reg": 40}),
    ("atelier-3", "atelier", ["tiers-lieux", "communs"],
     "Open source hardware in makerspaces: a hands-on session",
     "Build a small open-hardware sensor and learn how makerspaces share designs under open "
     "licences. Hands-on, in English, no prior experience needed.",
     1, {"lang": "en", "reg": 35}),
]

S[D29, 0] = [
    ("pleniere", "table-ronde", ["gouvernance", "inclusion"],
     "Numérique d'intérêt général : quelles priorités pour les cinq prochaines années ?",
     "Une table ronde pour ouvrir la deuxième journée : acteurs publics, associatifs et "
     "coopératifs disent ce qui doit changer d'ici 2027.",
     4, {**ALL_A11Y}),
]
S[D29, 1] = [
    ("salon-artois", "conference", ["inclusion", "donnees"],
     "L'indice de fragilité numérique : mesurer pour mieux agir",
     "La MedNum présente l'indice de fragilité numérique, qui croise des données publiques "
     "pour repérer les territoires où l'exclusion numérique risque d'être la plus forte. "
     "Horaire et salle indicatifs.",
     ["mednum"], {"cc": True}),
    ("salon-gohelle", "table-ronde", ["sante", "inclusion"],
     "Santé et numérique : inclure sans exclure",
     "Prise de rendez-vous, ordonnances, dossiers : la santé se numérise vite. Soignants, "
     "médiateurs et patients disent comment éviter que les plus fragiles décrochent.",
     4, {"cc": True}),
    ("salon-sang-et-or", "masterclass", ["gouvernance", "souverainete"],
     "Gouvernance des infrastructures numériques : réseaux, centres de données et territoires",
     "Qui possède et qui pilote les réseaux et les centres de données d'un territoire ? Une "
     "masterclass sur les outils juridiques et financiers à la disposition des collectivités.",
     1, {}),
    ("salon-terril", "rex", ["tiers-lieux"],
     "Un réseau de tiers-lieux ruraux en Drôme",
     "Huit tiers-lieux ruraux mutualisent animation, matériel et formation. Le réseau raconte "
     "comment il s'est structuré et ce qu'il partage.",
     2, {}),
    ("salon-carreau", "conference", ["donnees"],
     "Données ouvertes et transport : l'exemple d'un réseau de bus",
     "Publier les horaires en temps réel a permis à des applications de naître sans "
     "financement public. Retour technique et juridique d'un réseau de transport urbain.",
     1, {}),
    ("atelier-1", "atelier", ["cybersecurite", "gouvernance"],
     "Écrire une politique de cybersécurité en une matinée",
     "À partir d'un modèle, chaque participant rédige les premières pages de la politique de "
     "sécurité de sa structure : rôles, sauvegardes, réaction en cas d'incident.",
     1, {"reg": 30}),
    ("atelier-2", "atelier", ["participation"],
     "Concertation en ligne et hors ligne : combiner les deux",
     "Une concertation uniquement en ligne écarte une partie des habitants. L'atelier "
     "construit un dispositif mixte, avec des relais de terrain.",
     2, {"reg": 40}),
    ("atelier-3", "atelier", ["communs"],
     "Contribuer à un commun numérique sans être développeur",
     "Documenter, traduire, tester, signaler des anomalies : une structure de médiation peut "
     "faire vivre un logiciel libre utile à ses publics. Exercices pratiques sur de vrais "
     "projets.",
     1, {"reg": 35}),
    ("atelier-4", "atelier", ["sobriete"],
     "Fresque du numérique",
     "Un atelier collaboratif de trois heures pour comprendre les impacts environnementaux du "
     "numérique. Annulé : l'animatrice ne peut pas venir.",
     1, {"reg": 25, "cancelled": True, "time": ("10:45", "12:15")}),
]
S[D29, 2] = [
    ("salon-artois", "table-ronde", ["gouvernance", "inclusion"],
     "Élus et numérique : former les décideurs locaux",
     "Les élus décident des projets numériques sans toujours en maîtriser les enjeux. "
     "Formateurs et élus discutent des formations qui marchent.",
     3, {"cc": True}),
    ("salon-gohelle", "conference", ["sante", "cybersecurite"],
     "Hôpital et cybersécurité : tirer les leçons des attaques",
     "Plusieurs hôpitaux ont été paralysés par des rançongiciels. Ce que ces crises ont "
     "appris, pour les hôpitaux et pour toutes les structures qui manipulent des données "
     "sensibles.",
     2, {}),
    ("salon-sang-et-or", "rex", ["donnees", "participation"],
     "Une ville qui publie ses algorithmes publics",
     "Attribution des places en crèche, calcul des tarifs : une ville a publié la liste et le "
     "fonctionnement de ses algorithmes. Pourquoi, comment, et avec quelles réactions.",
     2, {"cc": True}),
    ("salon-terril", "conference", ["sobriete", "gouvernance"],
     "Numérique responsable dans les achats publics",
     "Clauses environnementales, durée de garantie, réparabilité : comment les acheteurs "
     "publics peuvent peser sur le numérique qu'ils achètent.",
     1, {}),
    ("salon-carreau", "conference", ["inclusion", "donnees"],
     "Measuring digital inclusion across Europe",
     "How do European countries measure digital exclusion, and can their figures be "
     "compared? A researcher reviews the main surveys and their blind spots. In English.",
     1, {"lang": "en"}),
    ("atelier-1", "atelier", ["inclusion", "tiers-lieux"],
     "Animer un atelier de découverte de la programmation pour les enfants",
     "Robots, jeux et cartes : des activités pour faire découvrir la programmation aux "
     "enfants, sans écran ou presque.",
     1, {"reg": 40}),
    ("atelier-2", "atelier", ["participation"],
     "Construire un budget participatif numérique",
     "Règlement, calendrier, plateforme, communication : l'atelier fait construire pas à pas "
     "le budget participatif d'une commune fictive.",
     1, {"reg": 40}),
    ("atelier-3", "atelier", ["inclusion", "gouvernance"],
     "Cartographier ses partenaires : l'outil du diagnostic territorial",
     "Qui fait quoi en inclusion numérique sur mon territoire ? Prise en main d'un outil "
     "simple pour dresser la carte des acteurs et repérer les manques. Session déplacée : "
     "elle était annoncée le matin en Salon Terril.",
     1, {"reg": 35, "previous": {"start": "10:45", "end": "12:15", "space": "salon-terril"}}),
    ("pleniere", "regards-croises", ["souverainete", "communs"],
     "Souveraineté et communs : regards croisés de collectivités européennes",
     "Des collectivités de plusieurs pays européens comparent leurs choix de logiciels, "
     "d'hébergement et de données ouvertes.",
     3, {**ALL_A11Y}),
]
S[D29, 3] = [
    ("salon-artois", "conference", ["sobriete"],
     "Mutualiser l'achat de matériel reconditionné entre collectivités",
     "Un groupement de commandes permet aux petites communes d'acheter du matériel "
     "reconditionné garanti. Retour sur la première année.",
     1, {}),
    ("salon-gohelle", "rex", ["sante", "inclusion"],
     "Le numérique en EHPAD : garder le lien avec les familles",
     "Visioconférences, tablettes, animations : un EHPAD raconte ce qu'il a gardé des "
     "pratiques nées pendant les confinements.",
     2, {}),
    ("salon-sang-et-or", "table-ronde", ["donnees", "inclusion"],
     "Les données de la médiation numérique : partager sans surveiller",
     "Les financeurs veulent des chiffres, les personnes accompagnées veulent de la "
     "discrétion. Comment partager des données utiles sans trahir la confiance ?",
     3, {"cc": True}),
    ("salon-terril", "conference", ["inclusion", "gouvernance"],
     "Les femmes dans les métiers du numérique d'intérêt général",
     "Les métiers de la médiation sont très féminisés, ceux de la technique très peu. Une "
     "conférence sur les parcours et les freins.",
     1, {}),
    ("salon-carreau", "masterclass", ["communs"],
     "Documenter un projet libre pour qu'il vive",
     "Un projet libre sans documentation ne trouve pas de contributeurs. Masterclass sur les "
     "documents indispensables et la façon de les tenir à jour.",
     1, {}),
    ("atelier-1", "atelier", ["cybersecurite"],
     "Sauvegarder ses données personnelles : un atelier pour tous",
     "Photos, papiers, contacts : l'atelier montre comment sauvegarder ce qui compte, à "
     "reproduire avec ses publics.",
     1, {"reg": 40}),
    ("atelier-2", "atelier", ["participation"],
     "Prototyper un service public avec ses usagers",
     "Dessiner, tester, recommencer : une initiation au design de service avec de vrais "
     "parcours d'usagers.",
     1, {"reg": 40}),
    ("atelier-3", "atelier", ["tiers-lieux"],
     "Tiers-lieux : trouver son modèle économique",
     "Location d'espaces, prestations, subventions, bénévolat : l'atelier aide chaque tiers-lieu "
     "à examiner l'équilibre de ses ressources.",
     1, {"reg": 35}),
]
S[D29, 4] = [
    ("pleniere", "pleniere", ["inclusion", "communs"],
     "Cérémonie de clôture de Numérique en Commun[s] 2022",
     "Clôture de l'édition par les organisateurs, et rendez-vous dans les Numérique en "
     "Commun[s] locaux. Cérémonie filmée et retransmise en direct. Horaire indicatif.",
     ["anct", "mednum"], {**ALL_A11Y, "website": True}),
]

# Pitches on the village stage: (day, start, end, themes, title, abstract)
PITCHES = [
    (D27, "10:45", "11:05", ["inclusion"], "Une application de covoiturage solidaire vers les rendez-vous administratifs",
     "Une association met en relation des bénévoles et des personnes sans voiture pour aller en préfecture ou à France Travail. Présentation et bilan de la première année."),
    (D27, "11:15", "11:35", ["inclusion"], "Un kit de médiation numérique pour les secrétaires de mairie",
     "Des fiches et des vidéos courtes pour aider les secrétaires de mairie à orienter les habitants vers le bon accompagnement."),
    (D27, "13:45", "14:05", ["inclusion", "sante"], "Un annuaire des permanences numériques en santé",
     "Un annuaire ouvert recense les lieux où se faire aider pour ses démarches de santé en ligne."),
    (D27, "14:15", "14:35", ["cybersecurite"], "Un jeu de cartes pour parler de mots de passe",
     "Un jeu de cartes imprimable pour animer une discussion sur les mots de passe avec n'importe quel public."),
    (D28, "11:00", "11:20", ["inclusion"], "Un kit de médiation numérique en bibliothèque",
     "Des médiathèques partagent un kit d'animations prêtes à l'emploi, sous licence libre."),
    (D28, "11:30", "11:50", ["sobriete"], "Un outil libre de diagnostic de sobriété pour les collectivités",
     "Un questionnaire en ligne aide une collectivité à mesurer son parc et ses usages numériques, et propose des actions."),
    (D28, "12:00", "12:20", ["sobriete", "inclusion"], "Des ordinateurs reconditionnés pour les étudiants boursiers",
     "Une entreprise d'insertion reconditionne des ordinateurs d'entreprises pour les prêter à des étudiants."),
    (D28, "14:00", "14:20", ["inclusion"], "Un assistant vocal pour remplir les formulaires administratifs",
     "Une jeune entreprise présente un assistant qui lit les formulaires à voix haute et aide à les remplir."),
    (D28, "14:30", "14:50", ["cybersecurite"], "Un service de prévention des arnaques pour les seniors",
     "Un numéro d'appel et des ateliers pour vérifier un message suspect avant de répondre."),
    (D28, "15:00", "15:20", ["donnees"], "Une plateforme de données ouvertes pour les petites communes",
     "Une plateforme mutualisée permet aux communes de moins de 3 500 habitants de publier leurs données."),
    (D28, "16:00", "16:20", ["tiers-lieux"], "Un tiers-lieu mobile en camion aménagé",
     "Un camion équipé d'ordinateurs, d'une imprimante 3D et d'une connexion satellite parcourt les villages."),
    (D28, "17:00", "17:20", ["participation"], "Une application de signalement citoyen respectueuse de la vie privée",
     "Signaler un trottoir abîmé sans créer de compte ni être pisté : une application libre et sobre."),
    (D29, "10:45", "11:05", ["donnees", "communs"], "Une carte collaborative des lieux accessibles",
     "Une carte contributive recense les commerces et services accessibles en fauteuil."),
    (D29, "11:15", "11:35", ["communs"], "Un logiciel libre de gestion pour les associations de médiation",
     "Adhésions, ateliers, statistiques : un logiciel libre conçu avec des associations de médiation."),
    (D29, "11:45", "12:05", ["cybersecurite"], "Une formation en ligne à la cybersécurité pour les TPE",
     "Dix modules de quinze minutes pour les très petites entreprises, gratuits et sans inscription."),
    (D29, "13:45", "14:05", ["inclusion", "sante"], "Un service de visio-interprétation en langue des signes",
     "Un service permet aux personnes sourdes de joindre un guichet public avec un interprète en visio."),
    (D29, "14:15", "14:35", ["participation"], "Une boîte à outils de participation pour les petites communes",
     "Des méthodes et des modèles pour organiser une concertation avec peu de moyens."),
    (D29, "14:45", "15:05", ["sobriete"], "Un compteur d'empreinte carbone pour les sites web",
     "Un outil libre estime l'empreinte d'une page web et propose des corrections."),
]

FEMININE = {"Amélie", "Camille", "Élodie", "Gaëlle", "Inès", "Karima", "Maëlle", "Océane",
            "Rachida", "Thuy", "Valérie", "Yasmine", "Zoé", "Agathe", "Chloé", "Estelle",
            "Gwenaëlle", "Hélène", "Julie", "Léa", "Nadia", "Pauline", "Sophie", "Aurore",
            "Claire", "Emma"}
MASCULINE_ROLE = {
    "Conseillère numérique France Services": "Conseiller numérique France Services",
    "Conseiller numérique France Services": "Conseiller numérique France Services",
    "Coordinatrice": "Coordinateur", "Directeur": "Directeur",
    "Chargée de mission inclusion numérique": "Chargé de mission inclusion numérique",
    "Responsable": "Responsable", "Fondatrice": "Fondateur", "Chef de projet": "Chef de projet",
    "Déléguée à la protection des données": "Délégué à la protection des données",
    "Maire adjoint au numérique": "Maire adjoint au numérique", "Chercheuse": "Chercheur",
    "Animateur": "Animateur", "Directrice": "Directeur",
    "Responsable de la sécurité des systèmes d'information": "Responsable de la sécurité des systèmes d'information",
    "Chargé de mission": "Chargé de mission", "Médiatrice numérique": "Médiateur numérique",
    "Développeur": "Développeur", "Cheffe de projet e-santé": "Chef de projet e-santé",
    "Coordinateur": "Coordinateur", "Consultante": "Consultant",
    "Responsable des données": "Responsable des données",
    "Chargée de participation citoyenne": "Chargé de participation citoyenne",
    "Administrateur": "Administrateur", "Formatrice": "Formateur",
    "Délégué régional": "Délégué régional",
}
FEMININE_ROLE = {
    "Conseiller numérique France Services": "Conseillère numérique France Services",
    "Coordinateur": "Coordinatrice", "Directeur": "Directrice", "Chef de projet": "Cheffe de projet",
    "Maire adjoint au numérique": "Maire adjointe au numérique", "Animateur": "Animatrice",
    "Chargé de mission": "Chargée de mission", "Développeur": "Développeuse",
    "Administrateur": "Administratrice", "Délégué régional": "Déléguée régionale",
}


def slug(text):
    text = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "oe"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    out, dash = [], False
    for c in text:
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif out and not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def people(count):
    """Illustrative people: invented names, organisations described by their kind."""
    result, seen = [], set()
    i = 0
    while len(result) < count:
        first = FIRST[i % len(FIRST)]
        last = LAST[(i * 7 + i // len(FIRST)) % len(LAST)]
        i += 1
        name = f"{first} {last}"
        if name in seen:
            continue
        seen.add(name)
        role, org = ORGS[len(result) % len(ORGS)]
        # "Kind (Region)" reads badly inside the card's own parentheses: "Kind, Region".
        org = org.replace(" (", ", ").rstrip(")")
        role = FEMININE_ROLE.get(role, role) if first in FEMININE else MASCULINE_ROLE.get(role, role)
        result.append({
            "id": slug(name),
            "name": name,
            "organisation": org,
            "role": role,
            "bio": f"{role} — {org}. Personne illustrative : ce profil est inventé pour la démonstration.",
        })
    return result


def at(day, hhmm):
    return f"{day}T{hhmm}:00+02:00"


def build():
    pool = people(170)
    busy = {p["id"]: [] for p in pool}  # id -> [(start, end)]
    cursor = [0]

    def draw(n, start, end):
        chosen = []
        tries = 0
        while len(chosen) < n and tries < len(pool) * 2:
            person = pool[cursor[0] % len(pool)]
            cursor[0] += 1
            tries += 1
            if any(s < end and start < e for s, e in busy[person["id"]]) or person["id"] in chosen:
                continue
            busy[person["id"]].append((start, end))
            chosen.append(person["id"])
        return chosen

    spaces = {s[0]: s for s in SPACES}
    sessions = []
    ids = set()

    def add(day, start, end, room, fmt, themes, title, abstract, speakers, extras):
        sid = slug(title)[:60].rstrip("-")
        if fmt in ("vie-pratique", "village") or sid in ids:
            sid = f"{sid}-{day[-2:]}"
        assert sid not in ids, sid
        ids.add(sid)
        s, e = at(day, start), at(day, end)
        if isinstance(speakers, int):
            speakers = draw(speakers, s, e)
        space = spaces[room]
        session = {
            "id": sid, "title": title, "abstract": abstract, "start": s, "end": e,
            "space": room, "format": fmt, "themes": themes, "speakers": speakers,
            "language": extras.get("lang", "fr"),
            "accessibility": {
                "sign_language": extras.get("lsf", False),
                "live_captions": extras.get("cc", False),
                "step_free": space[5],
            },
        }
        if day == D27 and fmt not in ("vie-pratique", "village"):
            session["audience"] = "Conseillers numériques France Services"
        if "reg" in extras:
            session["registration"] = {"required": True, "capacity": extras["reg"],
                                       "full": extras.get("full", False)}
        if extras.get("cancelled"):
            session["status"] = "cancelled"
        if "previous" in extras:
            p = extras["previous"]
            session["previous"] = {"start": at(day, p["start"]), "end": at(day, p["end"]),
                                   "space": p["space"]}
        if extras.get("website"):
            session["links"] = [{"kind": "website", "url": "https://numerique-en-communs.fr/",
                                 "label": "Numérique en Commun[s]"}]
        sessions.append(session)

    for day in (D27, D28, D29):
        for start, end, room, fmt, title, abstract in PRACTICAL[day]:
            add(day, start, end, room, fmt, [], title, abstract, [], {})
        for slot, (start, end) in enumerate(SLOTS[day]):
            for room, fmt, themes, title, abstract, speakers, extras in S.get((day, slot), []):
                s, e = extras.get("time", (start, end))
                add(day, s, e, room, fmt, themes, title, abstract, speakers, extras)
    for day, start, end, themes, title, abstract in PITCHES:
        add(day, start, end, "scene-village", "pitch", themes, title, abstract, 1, {})

    used = {sp for s in sessions for sp in s["speakers"]}
    speakers = [
        {"id": key, "name": name, "organisation": org, "role": role}
        for key, (name, org, role) in REAL_PEOPLE.items()
    ] + [
        {"id": key, "name": name, **({"organisation": org} if org else {}),
         **({"role": role} if role else {})}
        for key, (name, org, role) in ORG_SPEAKERS.items()
    ] + [p for p in pool if p["id"] in used]

    return {
        "format_version": 1,
        "event": {
            "id": "nec2022",
            "name": "Numérique en Commun[s] 2022",
            "edition": "5e édition nationale, précédée de la Journée nationale des Conseillers numériques France Services",
            "start_date": D27, "end_date": D29,
            "time_zone": "Europe/Paris",
            "venue": {"name": "Stade Bollaert-Delelis", "city": "Lens",
                      "address": "Avenue Alfred-Maës, 62300 Lens", "map": "/venue.json"},
            "languages": ["fr", "en"],
            "data_version": DATA_VERSION,
            "data_note": DATA_NOTE,
            "url": "https://numerique-en-communs.fr/",
        },
        "themes": [{"id": i, "label": {"fr": fr, "en": en}, "colour": c} for i, fr, en, c in THEMES],
        "formats": [
            {"id": i, "label": {"fr": fr, "en": en}, **({"drop_in": True} if i in DROP_IN else {})}
            for i, fr, en in FORMATS
        ],
        "spaces": [
            {"id": i, "name": map_name(i, n), "level": lvl, "kind": k,
             **({"capacity": cap} if cap else {}),
             "accessibility": {"step_free": sf, "hearing_loop": hl, "accessible_toilets_nearby": wc,
                               **({"note": localised(note)} if note else {})}}
            for i, n, lvl, k, cap, sf, hl, wc, note in SPACES
        ],
        "sessions": sessions,
        "speakers": speakers,
    }


if __name__ == "__main__":
    programme = build()
    OUT.write_text(json.dumps(programme, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = len(programme["sessions"])
    print(f"wrote {OUT}: {n} sessions, {len(programme['speakers'])} speakers, "
          f"{len(programme['spaces'])} spaces")
