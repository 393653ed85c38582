//! What is wrong with a file, in each language: one sentence per `ProblemKind`, the headlines
//! over a list of problems, and how each language writes "path: what".

use crate::domain::Lang;

pub struct ProblemWords {
    /// Between a JSON path and what is wrong there: French puts a space before the colon.
    pub colon: &'static str,
    /// "Le fichier du programme est invalide : 3 problèmes".
    pub programme_invalid: fn(usize) -> String,
    /// What a reference points to: "espace", "intervenante ou intervenant"…
    pub references: References,
    pub not_json: fn(usize, usize) -> String,
    pub truncated: &'static str,
    pub empty: &'static str,
    pub not_utf8: fn(usize, usize) -> String,
    pub leap_second: fn(&str) -> String,
    /// The id, its first bad character, the id made valid.
    pub bad_id: fn(&str, char, &str) -> String,
    /// The address; whether it is a contact (where `mailto:` is allowed too).
    pub unsafe_link: fn(&str, bool) -> String,
    pub map_elsewhere: fn(&str) -> String,
    pub link_without_scheme: fn(&str, &str) -> String,
    pub html: &'static str,
    pub missing_field: fn(&str) -> String,
    /// In serde's own English words for types, translated as far as they go.
    pub wrong_type: fn(&str, &str) -> String,
    pub unknown_value: fn(&str, &str) -> String,
    pub shape: fn(&str) -> String,
    pub unsupported_version: fn(u32, u32) -> String,
    pub not_an_instant: fn(&str) -> String,
    pub not_a_date: fn(&str) -> String,
    pub unknown_time_zone: fn(&str) -> String,
    /// The kind's name, the id, the list it was looked for in.
    pub unknown_reference: fn(&str, &str, &str) -> String,
    pub duplicate_id: fn(&str, &str) -> String,
    pub end_not_after_start: &'static str,
    pub last_day_before_first: &'static str,
    pub not_a_colour: fn(&str) -> String,
    pub empty_text: &'static str,
    pub outside_event: fn(&str) -> String,
    pub space_overlap: fn(&str, &str) -> String,
    pub text_too_long: fn(usize, usize) -> String,
    pub too_few_points: &'static str,
    pub not_a_length: fn(&str) -> String,
    pub unreachable: fn(&str) -> String,
    pub not_on_map: fn(&str) -> String,
    pub no_entrance: &'static str,
    pub no_sessions: &'static str,
    pub not_a_duration: fn(&str) -> String,
    pub missing_time_zone: fn(&str) -> String,
    pub time_zone_mismatch: fn(&str, &str) -> String,
    pub duplicate_guid: fn(&str) -> String,
    pub shared_room_guid: fn(&str) -> String,
    pub empty_language: fn(&str) -> String,
    pub odd_language: fn(&str, &str) -> String,
    pub zero_duration: &'static str,
    pub left_out: fn(&str) -> String,
}

/// The names of the kinds of reference (`RefKind`).
pub struct References {
    pub space: &'static str,
    pub format: &'static str,
    pub theme: &'static str,
    pub speaker: &'static str,
    pub level: &'static str,
    pub node: &'static str,
}

pub fn problem_words(lang: Lang) -> &'static ProblemWords {
    lang.pick(&FR, &EN)
}

pub const FR: ProblemWords = ProblemWords {
    colon: " : ",
    programme_invalid: |n| match n {
        1 => "Le fichier du programme est invalide : 1 problème".into(),
        n => format!("Le fichier du programme est invalide : {n} problèmes"),
    },
    references: References {
        space: "espace",
        format: "format",
        theme: "thème",
        speaker: "intervenante ou intervenant",
        level: "niveau",
        node: "point de passage",
    },
    not_json: |line, column| {
        format!("ce n'est pas du JSON valide (ligne {line}, colonne {column})")
    },
    not_utf8: |line, column| {
        format!(
            "le fichier n'est pas en UTF-8 : ligne {line}, colonne {column}, un caractère ne se lit \
             pas (le fichier a sans doute été enregistré en Windows-1252 ou Latin-1) ; \
             enregistrez-le en UTF-8 (dans LibreOffice : Enregistrer sous, « Éditer les \
             paramètres du filtre », jeu de caractères « Unicode (UTF-8) » ; dans Excel : « CSV \
             UTF-8 »)"
        )
    },
    leap_second: |value| {
        format!(
            "« {value} » tombe sur une seconde intercalaire (:60), que l'application ne sait pas \
             placer : écrivez :59, ou la minute suivante à :00"
        )
    },
    bad_id: |id, bad, fixed| {
        format!(
            "l'identifiant « {id} » contient « {bad} » : un identifiant entre dans les adresses \
             de l'application, il ne peut tenir que des lettres sans accent, des chiffres, « - », \
             « _ » et « . » (pas en premier) ; par exemple « {fixed} » (changez-le aussi là où il \
             est cité)"
        )
    },
    unsafe_link: |value, contact| {
        let allowed = if contact {
            "une adresse web https:// ou http://, ou une adresse e-mail"
        } else {
            "une adresse web complète en https:// ou http://"
        };
        format!("« {value} » ne peut pas devenir un lien : écrivez {allowed}")
    },
    link_without_scheme: |value, used| {
        format!("l'adresse « {value} » n'a pas de « https:// » ; « {used} » est utilisée")
    },
    map_elsewhere: |value| {
        format!(
            "« {value} » n'est pas un fichier de ce site : l'application ne lit un plan que sur \
             son propre site ; déposez le fichier à côté du programme et donnez son chemin \
             (exemple : venue.json)"
        )
    },
    truncated: "le fichier s'arrête avant la fin (téléchargement interrompu ?)",
    empty: "le fichier est vide",
    html: "c'est une page web (HTML), pas un fichier JSON : l'adresse du fichier est peut-être \
           fausse (un serveur envoie alors souvent sa page d'accueil)",
    missing_field: |field| format!("le champ obligatoire « {field} » manque"),
    wrong_type: |found, expected| {
        format!(
            "{} trouvé, {} attendu",
            serde_words_in_french(found),
            serde_words_in_french(expected)
        )
    },
    unknown_value: |value, allowed| {
        format!("valeur inconnue « {value} » (valeurs possibles : {allowed})")
    },
    shape: |detail| format!("forme inattendue ({detail})"),
    unsupported_version: |found, supported| {
        format!(
            "version de format {found} non prise en charge (cette application lit la version \
             {supported})"
        )
    },
    not_an_instant: |value| {
        format!(
            "« {value} » n'est pas une date et heure RFC 3339 avec décalage horaire (exemple : \
             2022-09-28T09:30:00+02:00)"
        )
    },
    not_a_date: |value| format!("« {value} » n'est pas une date AAAA-MM-JJ (exemple : 2022-09-28)"),
    unknown_time_zone: |name| {
        format!(
            "fuseau horaire « {name} » inconnu : il faut un nom de la base IANA, comme \
             Europe/Paris, Africa/Dakar ou America/Toronto"
        )
    },
    unknown_reference: |kind, id, list| format!("{kind} « {id} » introuvable dans « {list} »"),
    duplicate_id: |id, first| format!("l'identifiant « {id} » est déjà utilisé par {first}"),
    end_not_after_start: "la fin n'est pas après le début",
    last_day_before_first: "le dernier jour est avant le premier",
    not_a_colour: |value| format!("« {value} » n'est pas une couleur #rrggbb"),
    empty_text: "ce texte est vide",
    outside_event: |day| {
        format!(
            "la session commence le {day}, hors des jours de l'événement (event.start_date à \
             event.end_date)"
        )
    },
    space_overlap: |other, title| {
        format!("a lieu dans le même espace en même temps que {other} (« {title} »)")
    },
    text_too_long: |length, max| format!("texte trop long : {length} caractères (au plus {max})"),
    too_few_points: "un polygone a besoin d'au moins trois points",
    not_a_length: |value| format!("« {value} » n'est pas une longueur positive en mètres"),
    unreachable: |from| {
        format!("aucun chemin du graphe de marche ne relie cet espace à « {from} »")
    },
    not_on_map: |id| {
        format!("l'espace « {id} » du programme n'est pas sur le plan (ajoutez-le à spaces)")
    },
    no_entrance: "le plan n'a aucun espace de type « entrance »",
    no_sessions: "aucune session à importer",
    not_a_duration: |value| format!("« {value} » n'est pas une durée H:MM"),
    missing_time_zone: |used| {
        format!(
            "aucun fuseau horaire indiqué ; {used} est déduit des décalages horaires des \
             sessions (pour en choisir un autre, écrivez son nom IANA, comme Europe/Paris, dans \
             schedule.conference.time_zone_name)"
        )
    },
    time_zone_mismatch: |declared, used| {
        format!(
            "le fuseau « {declared} » est inconnu ou ne correspond pas aux décalages des \
             sessions ; {used} est déduit de ces décalages (pour en choisir un autre, écrivez son \
             nom IANA, comme Europe/Paris, dans schedule.conference.time_zone_name)"
        )
    },
    duplicate_guid: |first| {
        format!("guid déjà utilisé par {first} ; un identifiant distinct est créé")
    },
    shared_room_guid: |first| {
        format!(
            "guid de salle déjà utilisé par {first} ; les salles restent distinctes par leur nom"
        )
    },
    empty_language: |used| format!("langue vide ; « {used} » est utilisée"),
    odd_language: |value, used| {
        format!("code de langue inhabituel « {value} » ; « {used} » est utilisé")
    },
    zero_duration: "durée nulle ; 15 minutes sont comptées",
    left_out: |value| format!("valeur inattendue « {value} » ; laissée de côté"),
};

pub const EN: ProblemWords = ProblemWords {
    colon: ": ",
    programme_invalid: |n| match n {
        1 => "The programme file is invalid: 1 problem".into(),
        n => format!("The programme file is invalid: {n} problems"),
    },
    references: References {
        space: "space",
        format: "format",
        theme: "theme",
        speaker: "speaker",
        level: "level",
        node: "walking node",
    },
    not_json: |line, column| format!("this is not valid JSON (line {line}, column {column})"),
    not_utf8: |line, column| {
        format!(
            "the file is not UTF-8: line {line}, column {column}, a character cannot be read \
             (the file was probably saved as Windows-1252 or Latin-1); save it as UTF-8 (in \
             LibreOffice: Save As, \"Edit filter settings\", character set \"Unicode \
             (UTF-8)\"; in Excel: \"CSV UTF-8\")"
        )
    },
    leap_second: |value| {
        format!(
            "\"{value}\" falls on a leap second (:60), which the app cannot place: write :59, \
             or the next minute at :00"
        )
    },
    bad_id: |id, bad, fixed| {
        format!(
            "the id \"{id}\" holds \"{bad}\": an id goes into the app's addresses, so it may \
             hold only unaccented letters, digits, \"-\", \"_\" and \".\" (not first); for \
             example \"{fixed}\" (change it where it is referred to as well)"
        )
    },
    unsafe_link: |value, contact| {
        let allowed = if contact {
            "a web address with https:// or http://, or an e-mail address"
        } else {
            "a full web address with https:// or http://"
        };
        format!("\"{value}\" cannot become a link: write {allowed}")
    },
    link_without_scheme: |value, used| {
        format!("the address \"{value}\" has no \"https://\"; \"{used}\" is used")
    },
    map_elsewhere: |value| {
        format!(
            "\"{value}\" is not a file of this site: the app reads a map from its own site \
             only; put the file beside the programme and give its path (example: venue.json)"
        )
    },
    truncated: "the file stops before its end (interrupted download?)",
    empty: "the file is empty",
    html: "this is a web page (HTML), not a JSON file: the file's address may be wrong (a server \
           then often sends its home page)",
    missing_field: |field| format!("the required field \"{field}\" is missing"),
    wrong_type: |found, expected| format!("found {found}, expected {expected}"),
    unknown_value: |value, allowed| {
        format!("unknown value \"{value}\" (possible values: {allowed})")
    },
    shape: |detail| format!("unexpected shape ({detail})"),
    unsupported_version: |found, supported| {
        format!("format version {found} is not supported (this app reads version {supported})")
    },
    not_an_instant: |value| {
        format!(
            "\"{value}\" is not an RFC 3339 date-time with an offset (example: \
             2022-09-28T09:30:00+02:00)"
        )
    },
    not_a_date: |value| format!("\"{value}\" is not a YYYY-MM-DD date (example: 2022-09-28)"),
    unknown_time_zone: |name| {
        format!(
            "time zone \"{name}\" is unknown: it must be an IANA name such as Europe/Paris, \
             Africa/Dakar or America/Toronto"
        )
    },
    unknown_reference: |kind, id, list| format!("{kind} \"{id}\" not found in \"{list}\""),
    duplicate_id: |id, first| format!("the id \"{id}\" is already used by {first}"),
    end_not_after_start: "the end is not after the start",
    last_day_before_first: "the last day is before the first",
    not_a_colour: |value| format!("\"{value}\" is not an #rrggbb colour"),
    empty_text: "this text is empty",
    outside_event: |day| {
        format!(
            "the session starts on {day}, outside the event's days (event.start_date to \
             event.end_date)"
        )
    },
    space_overlap: |other, title| {
        format!("takes place in the same space at the same time as {other} (\"{title}\")")
    },
    text_too_long: |length, max| format!("text too long: {length} characters (at most {max})"),
    too_few_points: "a polygon needs at least three points",
    not_a_length: |value| format!("\"{value}\" is not a positive length in metres"),
    unreachable: |from| format!("no path of the walking graph links this space to \"{from}\""),
    not_on_map: |id| format!("the programme's space \"{id}\" is not on the map (add it to spaces)"),
    no_entrance: "the map has no space of kind \"entrance\"",
    no_sessions: "no session to import",
    not_a_duration: |value| format!("\"{value}\" is not an H:MM duration"),
    missing_time_zone: |used| {
        format!(
            "no time zone given; {used} is inferred from the sessions' offsets (to choose \
             another, write its IANA name, such as Europe/Paris, in \
             schedule.conference.time_zone_name)"
        )
    },
    time_zone_mismatch: |declared, used| {
        format!(
            "the zone \"{declared}\" is unknown or does not match the sessions' offsets; \
             {used} is inferred from them (to choose another, write its IANA name, such as \
             Europe/Paris, in schedule.conference.time_zone_name)"
        )
    },
    duplicate_guid: |first| format!("guid already used by {first}; a distinct id is made"),
    shared_room_guid: |first| {
        format!("room guid already used by {first}; rooms stay distinct by name")
    },
    empty_language: |used| format!("empty language; \"{used}\" is used"),
    odd_language: |value, used| format!("unusual language code \"{value}\"; \"{used}\" is used"),
    zero_duration: "zero duration; 15 minutes are used",
    left_out: |value| format!("unexpected value \"{value}\"; left out"),
};

/// serde's words for types and values, in French.
fn serde_words_in_french(serde_words: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("a string or an object ", "un texte ou un objet "),
        ("a string", "un texte"),
        ("string ", "le texte "),
        ("a sequence", "une liste"),
        ("sequence", "une liste"),
        ("a map", "un objet"),
        ("map", "un objet"),
        ("struct ", "un objet "),
        ("integer ", "le nombre "),
        ("floating point ", "le nombre "),
        ("u8", "un nombre entier"),
        ("u16", "un nombre entier"),
        ("u32", "un nombre entier positif"),
        ("i32", "un nombre entier"),
        ("a boolean", "vrai ou faux (true/false)"),
        ("boolean ", "le booléen "),
        ("null", "null (aucune valeur)"),
        ("unit", "null (aucune valeur)"),
    ];
    for (en, fr) in table {
        if let Some(rest) = serde_words.strip_prefix(en) {
            return format!("{fr}{rest}");
        }
    }
    serde_words.to_owned()
}
