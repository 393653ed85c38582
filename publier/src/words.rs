//! The page's words, in French and English. One struct: a sentence missing in one language
//! does not compile.

use nec_compagnon::domain::Lang;

pub struct Words {
    pub title: &'static str,
    pub intro: &'static str,
    pub other_lang: &'static str,
    pub other_lang_code: &'static str,
    pub step_file: &'static str,
    pub accepted: &'static str,
    pub template: &'static str,
    pub template_filled: &'static str,
    pub sheet_settings: &'static str,
    pub event_title: &'static str,
    pub event_title_hint: &'static str,
    pub time_zone: &'static str,
    pub time_zone_hint: &'static str,
    pub choose: &'static str,
    pub or_drop: &'static str,
    pub reading: &'static str,
    pub step_check: &'static str,
    pub nothing_yet: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub workbook: &'static str,
    pub kind: fn(crate::intake::Kind) -> &'static str,
    pub verdict_errors: fn(&str, usize, usize) -> String,
    pub verdict_ready: fn(&str, usize, (usize, usize, usize)) -> String,
    pub step_preview: &'static str,
    pub preview_intro: &'static str,
    pub preview_frame: &'static str,
    pub preview_tab: &'static str,
    pub step_download: &'static str,
    pub download: &'static str,
    pub download_then: &'static str,
    pub unreadable: &'static str,
    pub unnamed: &'static str,
}

use crate::intake::Kind;

const FR: Words = Words {
    title: "Publier votre programme",
    intro: "Vérifiez votre fichier, voyez-le comme les participants le verront, puis téléchargez le programme.json à mettre en ligne. Tout se passe dans votre navigateur : votre fichier n'est envoyé nulle part.",
    other_lang: "English",
    other_lang_code: "en",
    step_file: "1. Votre fichier",
    accepted: "Un tableur enregistré en CSV (une ligne par session), un schedule.json de pretalx ou frab (format c3voc), ou un programme.json.",
    template: "Modèle de tableur vide (CSV)",
    template_filled: "Exemple rempli : le programme de NEC 2022 (CSV)",
    sheet_settings: "Pour un tableur",
    event_title: "Nom de l'événement",
    event_title_hint: "Par exemple : Numérique en Commun[s] Lyon 2026",
    time_zone: "Fuseau horaire des heures du tableur",
    time_zone_hint: "Un nom de la base IANA, par exemple Europe/Paris, Africa/Dakar, America/Toronto.",
    choose: "Choisir un fichier",
    or_drop: "ou déposez-le ici.",
    reading: "Lecture…",
    step_check: "2. Ce que la vérification a trouvé",
    nothing_yet: "Choisissez un fichier : la vérification commence aussitôt.",
    errors: "Erreurs à corriger",
    warnings: "Avertissements",
    workbook: "Cette page lit les tableurs enregistrés en CSV. Dans LibreOffice : Fichier › Enregistrer sous › «\u{a0}Texte CSV\u{a0}», jeu de caractères «\u{a0}Unicode (UTF-8)\u{a0}», séparateur «\u{a0};\u{a0}». Dans Excel : Fichier › Enregistrer sous › «\u{a0}CSV UTF-8\u{a0}». La commande cargo nec-data import-sheet lit aussi les .ods et .xlsx.",
    kind: |kind| match kind {
        Kind::Sheet => "tableur CSV",
        Kind::C3voc => "schedule.json c3voc",
        Kind::Programme => "programme.json",
        Kind::Workbook => "classeur",
    },
    verdict_errors: |name, errors, warnings| {
        format!(
            "«\u{a0}{name}\u{a0}» ne peut pas être publié : {} à corriger{}.",
            plural_fr(errors, "erreur", "erreurs"),
            if warnings > 0 {
                format!(", et {}", plural_fr(warnings, "avertissement", "avertissements"))
            } else {
                String::new()
            }
        )
    },
    verdict_ready: |name, warnings, (sessions, spaces, speakers)| {
        format!(
            "«\u{a0}{name}\u{a0}» est prêt à publier : {}, {}, {}{}.",
            plural_fr(sessions, "session", "sessions"),
            plural_fr(spaces, "espace", "espaces"),
            plural_fr(speakers, "intervenant", "intervenants"),
            if warnings > 0 {
                format!(" ; {} à lire", plural_fr(warnings, "avertissement", "avertissements"))
            } else {
                String::new()
            }
        )
    },
    step_preview: "3. Aperçu",
    preview_intro: "Votre programme dans l'application, tel que les participants le verront : le programme, une session, l'agenda. Ce que vous ajoutez à l'agenda ici reste dans l'aperçu.",
    preview_frame: "Aperçu du programme dans l'application",
    preview_tab: "Ouvrir l'aperçu dans un nouvel onglet",
    step_download: "4. Télécharger",
    download: "Télécharger programme.json",
    download_then: "Puis mettez-le en ligne avec l'application : cargo xtask package --programme programme.json fabrique le site (guide «\u{a0}Publier pour votre événement\u{a0}» du README du projet).",
    unreadable: "Le fichier n'a pas pu être lu par le navigateur. Réessayez, ou choisissez-en une copie.",
    unnamed: "Donnez le nom de l'événement (étape 1) : sans lui, le programme et l'application installée s'appellent «\u{a0}Programme\u{a0}».",
};

const EN: Words = Words {
    title: "Publish your programme",
    intro: "Check your file, see it as attendees will, then download the programme.json to put online. Everything happens in your browser: your file is sent nowhere.",
    other_lang: "Français",
    other_lang_code: "fr",
    step_file: "1. Your file",
    accepted: "A spreadsheet saved as CSV (one row per session), a schedule.json from pretalx or frab (c3voc format), or a programme.json.",
    template: "Empty spreadsheet template (CSV)",
    template_filled: "Filled example: the NEC 2022 programme (CSV)",
    sheet_settings: "For a spreadsheet",
    event_title: "Event name",
    event_title_hint: "For example: Numérique en Commun[s] Lyon 2026",
    time_zone: "Time zone of the spreadsheet's times",
    time_zone_hint: "A name from the IANA database, for example Europe/Paris, Africa/Dakar, America/Toronto.",
    choose: "Choose a file",
    or_drop: "or drop it here.",
    reading: "Reading…",
    step_check: "2. What the check found",
    nothing_yet: "Choose a file: the check starts at once.",
    errors: "Errors to fix",
    warnings: "Warnings",
    workbook: "This page reads spreadsheets saved as CSV. In LibreOffice: File › Save As › “Text CSV”, character set “Unicode (UTF-8)”, separator “;”. In Excel: File › Save As › “CSV UTF-8”. The command cargo nec-data import-sheet also reads .ods and .xlsx.",
    kind: |kind| match kind {
        Kind::Sheet => "CSV spreadsheet",
        Kind::C3voc => "c3voc schedule.json",
        Kind::Programme => "programme.json",
        Kind::Workbook => "workbook",
    },
    verdict_errors: |name, errors, warnings| {
        format!(
            "“{name}” cannot be published: {} to fix{}.",
            plural_en(errors, "error"),
            if warnings > 0 {
                format!(", and {}", plural_en(warnings, "warning"))
            } else {
                String::new()
            }
        )
    },
    verdict_ready: |name, warnings, (sessions, spaces, speakers)| {
        format!(
            "“{name}” is ready to publish: {}, {}, {}{}.",
            plural_en(sessions, "session"),
            plural_en(spaces, "space"),
            plural_en(speakers, "speaker"),
            if warnings > 0 {
                format!("; {} to read", plural_en(warnings, "warning"))
            } else {
                String::new()
            }
        )
    },
    step_preview: "3. Preview",
    preview_intro: "Your programme in the app, as attendees will see it: the programme, a session, the agenda. What you add to the agenda here stays in the preview.",
    preview_frame: "Preview of the programme in the app",
    preview_tab: "Open the preview in a new tab",
    step_download: "4. Download",
    download: "Download programme.json",
    download_then: "Then put it online with the app: cargo xtask package --programme programme.json makes the site (guide “Publishing for your event” in the project's README).",
    unreadable: "The browser could not read the file. Try again, or pick a copy of it.",
    unnamed: "Give the event's name (step 1): without it, the programme and the installed app are called “Programme”.",
};

fn plural_fr(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n > 1 { many } else { one })
}

fn plural_en(n: usize, one: &str) -> String {
    format!("{n} {one}{}", if n == 1 { "" } else { "s" })
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}
