//! The spreadsheet importer's words (`sheet`): the columns' names, where a problem is (a row
//! and a column, as the spreadsheet shows them) and what is wrong there, with what to do.

use nec_compagnon::domain::Lang;

pub struct SheetWords {
    /// Each column's name as the template writes it, in `sheet::COLUMNS` order.
    pub columns: [&'static str; 21],
    /// "ligne 14, colonne « début »": the row as the spreadsheet numbers it, the column as its
    /// first row names it.
    pub cell: fn(usize, &str) -> String,
    pub row: fn(usize) -> String,
    /// Another row, inside a sentence ("la ligne 5").
    pub other_row: fn(usize) -> String,
    /// Between a place and what is wrong there.
    pub colon: &'static str,
    pub windows_1252: &'static str,
    /// The csv crate's own words.
    pub unreadable: fn(&str) -> String,
    /// calamine's own words.
    pub unreadable_book: fn(&str) -> String,
    pub no_header: &'static str,
    /// The column's name in this language, then in the other.
    pub missing_column: fn(&str, &str) -> String,
    /// Takes the list of known columns.
    pub unknown_column: fn(&str) -> String,
    pub duplicate_column: &'static str,
    pub empty_cell: &'static str,
    pub not_a_day: fn(&str) -> String,
    pub not_a_time: fn(&str) -> String,
    /// The day and the time as written, then the zone.
    pub no_such_time: fn(&str, &str, &str) -> String,
    pub twice_the_time: fn(&str, &str, &str) -> String,
    /// The end, then the start.
    pub end_not_after_start: fn(&str, &str) -> String,
    pub not_yes_no: fn(&str) -> String,
    pub not_a_number: fn(&str) -> String,
    pub not_a_level: fn(&str) -> String,
    /// The value, then the language used.
    pub odd_language: fn(&str, &str) -> String,
    pub odd_registration: fn(&str) -> String,
    pub odd_status: fn(&str) -> String,
    pub speaker_without_name: fn(&str) -> String,
    /// The name, the organisation kept, the other one.
    pub other_organisation: fn(&str, &str, &str) -> String,
    /// A space's id, the name it was first given, the other name.
    pub other_room_name: fn(&str, &str, &str) -> String,
}

pub fn sheet_words(lang: Lang) -> &'static SheetWords {
    lang.pick(&FR, &EN)
}

pub const FR: SheetWords = SheetWords {
    columns: [
        "id",
        "jour",
        "début",
        "fin",
        "titre",
        "salle",
        "id salle",
        "niveau",
        "format",
        "thèmes",
        "intervenantes et intervenants",
        "résumé",
        "langue",
        "public",
        "LSF",
        "STTR",
        "sans marches",
        "inscription",
        "places",
        "en continu",
        "statut",
    ],
    cell: |row, column| format!("ligne {row}, colonne « {column} »"),
    row: |row| format!("ligne {row}"),
    other_row: |row| format!("la ligne {row}"),
    colon: " : ",
    windows_1252:
        "le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (le « CSV » d'Excel en France) ; \
     vérifiez les accents du programme importé, et enregistrez plutôt le tableur en CSV UTF-8 : \
     dans LibreOffice : Fichier, Enregistrer sous, type « Texte CSV », « Éditer les paramètres \
     du filtre », jeu de caractères « Unicode (UTF-8) » ; dans Excel : Fichier, Enregistrer \
     sous, type « CSV UTF-8 (délimité par des virgules) »",
    unreadable: |detail| format!("le fichier ne se lit pas comme un CSV ({detail})"),
    unreadable_book: |detail| {
        format!(
            "le fichier ne se lit pas comme un tableur .ods ou .xlsx ({detail}) : ouvrez-le et \
             enregistrez-le à nouveau, ou enregistrez-le en CSV UTF-8"
        )
    },
    no_header: "aucune ligne ne nomme les colonnes : la première ligne remplie doit les nommer \
                (jour, début, fin, titre, salle…), comme dans docs/modele-programme.csv",
    missing_column: |name, other| {
        format!(
            "la colonne obligatoire « {name} » manque (en anglais : « {other} ») : ajoutez-la, \
             nommée dans la première ligne, comme dans docs/modele-programme.csv"
        )
    },
    unknown_column: |known| {
        format!("colonne inconnue, laissée de côté (colonnes possibles : {known})")
    },
    duplicate_column: "cette colonne est déjà là plus à gauche : seule la première est lue",
    empty_cell: "case vide : elle doit être remplie",
    not_a_day: |value| {
        format!(
            "« {value} » n'est pas une date : écrivez JJ/MM/AAAA (28/09/2022) ou AAAA-MM-JJ \
             (2022-09-28)"
        )
    },
    not_a_time: |value| {
        format!("« {value} » n'est pas une heure : écrivez 9h30, 09:30 ou 9h")
    },
    no_such_time: |day, time, zone| {
        format!(
            "le {day} à {time} n'existe pas à l'heure de l'événement ({zone}) : les horloges \
             avancent d'une heure (heure d'été) ; choisissez une autre heure"
        )
    },
    twice_the_time: |day, time, zone| {
        format!(
            "le {day} à {time} a lieu deux fois à l'heure de l'événement ({zone}) : les horloges \
             reculent d'une heure (heure d'hiver) ; choisissez une autre heure"
        )
    },
    end_not_after_start: |end, start| {
        format!(
            "la fin ({end}) n'est pas après le début ({start}) : une session finit le jour où \
             elle commence"
        )
    },
    not_yes_no: |value| format!("« {value} » n'est ni oui ni non ; non est compté"),
    not_a_number: |value| format!("« {value} » n'est pas un nombre ; laissé de côté"),
    not_a_level: |value| {
        format!(
            "« {value} » n'est pas un niveau : écrivez 0 pour le rez-de-chaussée, 1, 2… ou -1 \
             pour un sous-sol ; 0 est compté"
        )
    },
    odd_language: |value, used| {
        format!("« {value} » n'est pas une langue connue (fr, en…) ; « {used} » est comptée")
    },
    odd_registration: |value| {
        format!(
            "« {value} » : écrivez oui, non, complet, et l'adresse web de l'inscription s'il y \
             en a une (https://…) ; laissé de côté"
        )
    },
    odd_status: |value| {
        format!("« {value} » : écrivez « annulée », ou laissez la case vide ; laissé de côté")
    },
    speaker_without_name: |value| {
        format!(
            "« {value} » n'a pas de nom avant l'organisation : écrivez « Nom (Organisation) » ; \
             laissé de côté"
        )
    },
    other_organisation: |name, kept, other| {
        format!(
            "« {name} » est déjà citée avec l'organisation « {kept} », qui est gardée ; \
             « {other} » est laissée de côté"
        )
    },
    other_room_name: |id, first, other| {
        format!(
            "l'id de salle « {id} » est déjà celui de « {first} », dont le nom est gardé ; \
             « {other} » est laissé de côté"
        )
    },
};

pub const EN: SheetWords = SheetWords {
    columns: [
        "id",
        "day",
        "start",
        "end",
        "title",
        "room",
        "room id",
        "level",
        "format",
        "themes",
        "speakers",
        "summary",
        "language",
        "audience",
        "LSF",
        "captions",
        "step-free",
        "registration",
        "seats",
        "drop in",
        "status",
    ],
    cell: |row, column| format!("row {row}, column \"{column}\""),
    row: |row| format!("row {row}"),
    other_row: |row| format!("row {row}"),
    colon: ": ",
    windows_1252: "the file is not UTF-8: it was read as Windows-1252 (Excel's \"CSV\" in \
                   France); check the accents of the imported programme, and save the \
                   spreadsheet as CSV UTF-8 instead: in LibreOffice: File, Save As, type \"Text \
                   CSV\", \"Edit filter settings\", character set \"Unicode (UTF-8)\"; in Excel: \
                   File, Save As, type \"CSV UTF-8 (Comma delimited)\"",
    unreadable: |detail| format!("the file cannot be read as CSV ({detail})"),
    unreadable_book: |detail| {
        format!(
            "the file cannot be read as an .ods or .xlsx spreadsheet ({detail}): open it and \
             save it again, or save it as CSV UTF-8"
        )
    },
    no_header: "no row names the columns: the first filled row must name them (day, start, end, \
                title, room…), as in docs/modele-programme.csv",
    missing_column: |name, other| {
        format!(
            "the required column \"{name}\" is missing (in French: \"{other}\"): add it, named \
             in the first row, as in docs/modele-programme.csv"
        )
    },
    unknown_column: |known| format!("unknown column, left out (possible columns: {known})"),
    duplicate_column: "this column is already there further left: only the first is read",
    empty_cell: "empty cell: it must be filled in",
    not_a_day: |value| {
        format!(
            "\"{value}\" is not a date: write DD/MM/YYYY (28/09/2022) or YYYY-MM-DD (2022-09-28)"
        )
    },
    not_a_time: |value| format!("\"{value}\" is not a time: write 9h30, 09:30 or 9h"),
    no_such_time: |day, time, zone| {
        format!(
            "{day} at {time} does not exist in the event's time zone ({zone}): clocks go \
             forward an hour (summer time); choose another time"
        )
    },
    twice_the_time: |day, time, zone| {
        format!(
            "{day} at {time} happens twice in the event's time zone ({zone}): clocks go back an \
             hour (winter time); choose another time"
        )
    },
    end_not_after_start: |end, start| {
        format!(
            "the end ({end}) is not after the start ({start}): a session ends on the day it \
             starts"
        )
    },
    not_yes_no: |value| format!("\"{value}\" is neither yes nor no; no is used"),
    not_a_number: |value| format!("\"{value}\" is not a number; left out"),
    not_a_level: |value| {
        format!(
            "\"{value}\" is not a level: write 0 for the ground floor, 1, 2… or -1 for a \
             basement; 0 is used"
        )
    },
    odd_language: |value, used| {
        format!("\"{value}\" is not a known language (fr, en…); \"{used}\" is used")
    },
    odd_registration: |value| {
        format!(
            "\"{value}\": write yes, no, full, and the registration's web address if there is \
             one (https://…); left out"
        )
    },
    odd_status: |value| {
        format!("\"{value}\": write \"cancelled\", or leave the cell empty; left out")
    },
    speaker_without_name: |value| {
        format!(
            "\"{value}\" has no name before the organisation: write \"Name (Organisation)\"; \
             left out"
        )
    },
    other_organisation: |name, kept, other| {
        format!(
            "\"{name}\" is already named with the organisation \"{kept}\", which is kept; \
             \"{other}\" is left out"
        )
    },
    other_room_name: |id, first, other| {
        format!(
            "the room id \"{id}\" is already that of \"{first}\", whose name is kept; \
             \"{other}\" is left out"
        )
    },
};
