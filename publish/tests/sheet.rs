//! The spreadsheet importer (`nec_publish::sheet`), data-driven: each case is a sheet's bytes
//! and what comes of it, written out as a short text (each session on a line, then each
//! warning; or each error), with problems in French, and in English where the case says so.

use nec_compagnon::domain::model::{ProgrammeFile, SessionStatus};
use nec_compagnon::domain::Lang;
use nec_publish::sheet::{import_book, import_csv, Imported, LoadFailure, Settings};

fn settings() -> Settings {
    Settings {
        title: "NEC Test".into(),
        time_zone: "Europe/Paris".into(),
    }
}

/// A session on a line: its id, title, times, space (id, name, level), format, themes,
/// speakers and what else it says.
fn session_lines(file: &ProgrammeFile) -> Vec<String> {
    file.sessions
        .iter()
        .map(|s| {
            let space = file.spaces.iter().find(|x| x.id == s.space).unwrap();
            let format = file.formats.iter().find(|x| x.id == s.format).unwrap();
            let mut line = format!(
                "{} \"{}\" {} {} {}({}, {}) {}",
                s.id,
                s.title,
                &s.start[..],
                &s.end[11..],
                space.id,
                space.name.fr,
                space.level,
                format.id
            );
            if format.drop_in {
                line += " en-continu";
            }
            for theme in &s.themes {
                line += &format!(" #{theme}");
            }
            for id in &s.speakers {
                let speaker = file.speakers.iter().find(|x| x.id == *id).unwrap();
                line += &format!(" @{id}");
                if let Some(organisation) = &speaker.organisation {
                    line += &format!("({organisation})");
                }
            }
            if s.language != "fr" {
                line += &format!(" lang={}", s.language);
            }
            let a = &s.accessibility;
            for (yes, word) in [
                (a.sign_language, "lsf"),
                (a.live_captions, "sttr"),
                (a.step_free, "sans-marches"),
                (s.registration.required, "inscription"),
                (s.registration.full, "complet"),
                (s.status == SessionStatus::Cancelled, "annulée"),
            ] {
                if yes {
                    line += &format!(" {word}");
                }
            }
            if let Some(url) = &s.registration.url {
                line += &format!(" {url}");
            }
            if let Some(n) = s.registration.capacity {
                line += &format!(" places={n}");
            }
            if let Some(audience) = &s.audience {
                line += &format!(" public={audience:?}");
            }
            if let Some(summary) = &s.summary {
                line += &format!(" résumé={summary:?}");
            }
            line
        })
        .collect()
}

fn shown(result: &Result<Imported, LoadFailure>, lang: Lang) -> String {
    let lines: Vec<String> = match result {
        Ok(imported) => session_lines(&imported.file)
            .into_iter()
            .chain(
                imported
                    .warnings
                    .iter()
                    .map(|w| format!("warning: {}", w.message_or_what(lang))),
            )
            .collect(),
        Err(failure) => failure
            .problems
            .iter()
            .map(|p| format!("error: {}", p.message_or_what(lang)))
            .collect(),
    };
    lines.join("\n")
}

/// A problem as the command line prints it: its sentence, after its JSON path if it has one.
trait Said {
    fn message_or_what(&self, lang: Lang) -> String;
}

impl Said for nec_compagnon::domain::Problem {
    fn message_or_what(&self, lang: Lang) -> String {
        if self.path.is_empty() {
            self.what(lang)
        } else {
            self.message(lang)
        }
    }
}

#[track_caller]
fn check(input: &[u8], expected: &str) {
    check_in(Lang::Fr, input, expected);
}

#[track_caller]
fn check_in(lang: Lang, input: &[u8], expected: &str) {
    let got = shown(&import_csv(input, &settings()), lang);
    assert_eq!(
        got.trim(),
        expected.trim(),
        "\n--- got ---\n{got}\n--- input ---\n{}",
        String::from_utf8_lossy(input)
    );
}

const HEADER: &str = "jour;début;fin;titre;salle\n";

fn sheet(rows: &str) -> Vec<u8> {
    format!("{HEADER}{rows}").into_bytes()
}

#[test]
fn separators_and_encodings() {
    let one =
        "atelier \"Atelier\" 2022-09-28T09:30:00+02:00 10:30:00+02:00 salle-a(Salle A, 0) session";
    check(&sheet("28/09/2022;9h30;10h30;Atelier;Salle A\n"), one);
    check(
        b"jour,debut,fin,titre,salle\n28/09/2022,9h30,10h30,Atelier,Salle A\n",
        one,
    );
    check(
        b"jour\tdebut\tfin\ttitre\tsalle\r\n28/09/2022\t9h30\t10h30\tAtelier\tSalle A\r\n",
        one,
    );
    // A byte order mark, as Excel's "CSV UTF-8" writes it.
    check(
        &[
            b"\xef\xbb\xbf".as_slice(),
            &sheet("28/09/2022;9h30;10h30;Atelier;Salle A"),
        ]
        .concat(),
        one,
    );
    // UTF-16 with its mark, as Excel's "Unicode text" writes it.
    let utf16: Vec<u8> =
        "\u{feff}jour\tdébut\tfin\ttitre\tsalle\r\n28/09/2022\t9h30\t10h30\tAtelier\tSalle A\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
    check(&utf16, one);
    // Windows-1252, Excel's "CSV" in France: read, with a warning saying how to save as UTF-8.
    let (latin, _, _) = encoding_rs::WINDOWS_1252
        .encode("jour;début;fin;titre;salle\n28/09/2022;9h;10h;Déjeuner à l'accueil;Salle é\n");
    check(
        &latin,
        "dejeuner-a-l-accueil \"Déjeuner à l'accueil\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 salle-e(Salle é, 0) session\n\
         warning: le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (le « CSV » d'Excel en France) ; vérifiez les accents du programme importé, et enregistrez plutôt le tableur en CSV UTF-8 : dans LibreOffice : Fichier, Enregistrer sous, type « Texte CSV », « Éditer les paramètres du filtre », jeu de caractères « Unicode (UTF-8) » ; dans Excel : Fichier, Enregistrer sous, type « CSV UTF-8 (délimité par des virgules) »",
    );
    check_in(
        Lang::En,
        &latin,
        "dejeuner-a-l-accueil \"Déjeuner à l'accueil\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 salle-e(Salle é, 0) session\n\
         warning: the file is not UTF-8: it was read as Windows-1252 (Excel's \"CSV\" in France); check the accents of the imported programme, and save the spreadsheet as CSV UTF-8 instead: in LibreOffice: File, Save As, type \"Text CSV\", \"Edit filter settings\", character set \"Unicode (UTF-8)\"; in Excel: File, Save As, type \"CSV UTF-8 (Comma delimited)\"",
    );
}

#[test]
fn dates_and_times() {
    check(
        &sheet(
            "28/09/2022;9h30;10h;A;S\n\
             2022-09-28;09:30;10:00;B;S\n\
             28/9/2022;9:30;10h00;C;S\n\
             2022-09-29;9h;9 h 45;D;S\n",
        ),
        "a \"A\" 2022-09-28T09:30:00+02:00 10:00:00+02:00 s(S, 0) session\n\
         b \"B\" 2022-09-28T09:30:00+02:00 10:00:00+02:00 s(S, 0) session\n\
         c \"C\" 2022-09-28T09:30:00+02:00 10:00:00+02:00 s(S, 0) session\n\
         d \"D\" 2022-09-29T09:00:00+02:00 09:45:00+02:00 s(S, 0) session\n\
         warning: ligne 3, colonne « début » : a lieu dans le même espace en même temps que la ligne 2 (« A »)\n\
         warning: ligne 4, colonne « début » : a lieu dans le même espace en même temps que la ligne 2 (« A »)",
    );
    // Winter time: the offset follows the day.
    check(
        &sheet("30/10/2022;14h;15h;Après;S\n"),
        "apres \"Après\" 2022-10-30T14:00:00+01:00 15:00:00+01:00 s(S, 0) session",
    );
}

#[test]
fn a_bad_cell_is_named_by_its_row_and_column_in_each_language() {
    let input = sheet(
        "28/09/2022;9h30;10h30;Bon;S\n\
         31/02/2022;9h30;10h30;Mauvaise date;S\n\
         28/09/2022;9h75;10h30;Mauvaise heure;S\n\
         28/09/2022;11h;10h30;Fin avant;S\n\
         28/09/2022;11h;12h;;S\n",
    );
    check(
        &input,
        "error: ligne 3, colonne « jour » : « 31/02/2022 » n'est pas une date : écrivez JJ/MM/AAAA (28/09/2022) ou AAAA-MM-JJ (2022-09-28)\n\
         error: ligne 4, colonne « début » : « 9h75 » n'est pas une heure : écrivez 9h30, 09:30 ou 9h\n\
         error: ligne 5, colonne « fin » : la fin (10h30) n'est pas après le début (11h) : une session finit le jour où elle commence\n\
         error: ligne 6, colonne « titre » : case vide : elle doit être remplie",
    );
    check_in(
        Lang::En,
        &input,
        "error: row 3, column \"jour\": \"31/02/2022\" is not a date: write DD/MM/YYYY (28/09/2022) or YYYY-MM-DD (2022-09-28)\n\
         error: row 4, column \"début\": \"9h75\" is not a time: write 9h30, 09:30 or 9h\n\
         error: row 5, column \"fin\": the end (10h30) is not after the start (11h): a session ends on the day it starts\n\
         error: row 6, column \"titre\": empty cell: it must be filled in",
    );
}

#[test]
fn wall_times_the_clocks_skip_or_pass_twice() {
    check(
        &sheet("27/03/2022;2h30;3h30;Nuit;S\n30/10/2022;2h30;4h;Nuit;S\n"),
        "error: ligne 2, colonne « début » : le 27/03/2022 à 2h30 n'existe pas à l'heure de l'événement (Europe/Paris) : les horloges avancent d'une heure (heure d'été) ; choisissez une autre heure\n\
         error: ligne 3, colonne « début » : le 30/10/2022 à 2h30 a lieu deux fois à l'heure de l'événement (Europe/Paris) : les horloges reculent d'une heure (heure d'hiver) ; choisissez une autre heure",
    );
}

#[test]
fn columns_by_any_name() {
    // English names, another order, other case and punctuation, an unknown column.
    check_in(
        Lang::En,
        b"Title,Room,Day,Start time,END,Notes\nWorkshop,Room 1,2022-09-28,14:00,15:00,bring a laptop\n",
        "workshop \"Workshop\" 2022-09-28T14:00:00+02:00 15:00:00+02:00 room-1(Room 1, 0) session\n\
         warning: row 1, column \"Notes\": unknown column, left out (possible columns: id, day, start, end, title, room, room id, level, format, themes, speakers, summary, language, audience, LSF, captions, step-free, registration, seats, drop in, status)",
    );
    check(
        b"JOUR;Heure de d\xc3\xa9but;Heure de fin;Intitul\xc3\xa9;Espace;Sans marches;STTR\n28/09/2022;9h;10h;A;S;oui;x\n",
        "a \"A\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 s(S, 0) session sttr sans-marches",
    );
    check(
        b"jour;Heure fin;titre;id;Horaire\n28/09/2022;10h;A;a;9h\n",
        "error: ligne 1, colonne « Horaire » : colonne inconnue, laissée de côté (colonnes possibles : id, jour, début, fin, titre, salle, id salle, niveau, format, thèmes, intervenantes et intervenants, résumé, langue, public, LSF, STTR, sans marches, inscription, places, en continu, statut)\n\
         error: la colonne obligatoire « début » manque (en anglais : « start ») : ajoutez-la, nommée dans la première ligne, comme dans docs/modele-programme.csv\n\
         error: la colonne obligatoire « salle » manque (en anglais : « room ») : ajoutez-la, nommée dans la première ligne, comme dans docs/modele-programme.csv",
    );
    check_in(
        Lang::En,
        b"day;end;title\n",
        "error: the required column \"start\" is missing (in French: \"début\"): add it, named in the first row, as in docs/modele-programme.csv\n\
         error: the required column \"room\" is missing (in French: \"salle\"): add it, named in the first row, as in docs/modele-programme.csv",
    );
}

#[test]
fn empty_rows_and_cells_with_line_breaks() {
    // Empty rows (as spreadsheets leave them) are skipped; a quoted cell may hold line breaks
    // and the separator, and the rows after it keep their numbers as the spreadsheet shows
    // them.
    check(
        b";;;;\n\njour;debut;fin;titre;salle;resume\n;;;;;\n28/09/2022;9h;10h;A;S;\"Premi\xc3\xa8re ligne ;\nseconde ligne\"\n\n28/09/2022;10h;11h;B;S;\n",
        "a \"A\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 s(S, 0) session résumé=\"Première ligne ;\\nseconde ligne\"\n\
         b \"B\" 2022-09-28T10:00:00+02:00 11:00:00+02:00 s(S, 0) session",
    );
    check(
        b"jour;debut;fin;titre;salle;resume\n28/09/2022;9h;10h;A;S;\"un\ndeux\ntrois\"\n28/09/2022;10h;11h;B;\n",
        "error: ligne 3, colonne « salle » : case vide : elle doit être remplie",
    );
    check(b"", "error: le fichier est vide");
    check(b"\xef\xbb\xbf \n", "error: le fichier est vide");
    check(HEADER.as_bytes(), "error: aucune session à importer");
}

#[test]
fn speakers_themes_and_formats_are_derived_from_their_names() {
    check(
        "jour;début;fin;titre;salle;format;thèmes;intervenantes et intervenants\n\
         28/09/2022;9h;10h;A;Salle A;Atelier;\"Inclusion numérique; Communs\";\"Alice Martin (Ville, Nord); Bob Durand\"\n\
         28/09/2022;10h;11h;B;Salle A;atelier;communs, Données\n\
         28/09/2022;11h;12h;C;Salle A;Table ronde;;Alice Martin (La MedNum), Bob Durand (ANCT), (Sans nom)\n"
            .as_bytes(),
        "a \"A\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 salle-a(Salle A, 0) atelier #inclusion-numerique #communs @alice-martin(Ville, Nord) @bob-durand(ANCT)\n\
         b \"B\" 2022-09-28T10:00:00+02:00 11:00:00+02:00 salle-a(Salle A, 0) atelier #communs #donnees\n\
         c \"C\" 2022-09-28T11:00:00+02:00 12:00:00+02:00 salle-a(Salle A, 0) table-ronde @alice-martin(Ville, Nord) @bob-durand(ANCT)\n\
         warning: ligne 4, colonne « intervenantes et intervenants » : « Alice Martin » est déjà citée avec l'organisation « Ville, Nord », qui est gardée ; « La MedNum » est laissée de côté\n\
         warning: ligne 4, colonne « intervenantes et intervenants » : « (Sans nom) » n'a pas de nom avant l'organisation : écrivez « Nom (Organisation) » ; laissé de côté",
    );
}

#[test]
fn ids_are_the_same_for_the_same_sheet() {
    // A title used once gives its id; one used several times, with the day and time; an id
    // written in the sheet is kept, and a made one steps aside from it.
    let input = "id;jour;début;fin;titre;salle;id salle;niveau\n\
         ;27/09/2022;10h;10h30;Pause;Restauration – salons;restauration;1\n\
         ;28/09/2022;10h;10h30;Pause;Restauration – salons;;\n\
         pleniere-ouverture;28/09/2022;9h;10h;Ouverture;Grand Salon;pleniere;2\n\
         ;28/09/2022;11h;12h;Pleniere ouverture;Grand Salon;pleniere;\n\
         ;28/09/2022;14h;15h;Atelier libre;Atelier 1;;\n"
        .as_bytes();
    let expected = "pause-2022-09-27-10h00 \"Pause\" 2022-09-27T10:00:00+02:00 10:30:00+02:00 restauration(Restauration – salons, 1) session\n\
         pause-2022-09-28-10h00 \"Pause\" 2022-09-28T10:00:00+02:00 10:30:00+02:00 restauration-salons(Restauration – salons, 0) session\n\
         pleniere-ouverture \"Ouverture\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 pleniere(Grand Salon, 2) session\n\
         pleniere-ouverture-2022-09-28-11h00 \"Pleniere ouverture\" 2022-09-28T11:00:00+02:00 12:00:00+02:00 pleniere(Grand Salon, 2) session\n\
         atelier-libre \"Atelier libre\" 2022-09-28T14:00:00+02:00 15:00:00+02:00 atelier-1(Atelier 1, 0) session";
    check(input, expected);
    // A room id given to two names keeps the first; a level that is not one counts as 0.
    check(
        "jour;début;fin;titre;salle;id salle;niveau\n\
         28/09/2022;9h;10h;A;Grand Salon;pleniere;haut\n\
         28/09/2022;10h;11h;B;grand salon;pleniere;\n\
         28/09/2022;11h;12h;C;Salle Z;pleniere;3\n"
            .as_bytes(),
        "a \"A\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 pleniere(Grand Salon, 0) session\n\
         b \"B\" 2022-09-28T10:00:00+02:00 11:00:00+02:00 pleniere(Grand Salon, 0) session\n\
         c \"C\" 2022-09-28T11:00:00+02:00 12:00:00+02:00 pleniere(Grand Salon, 0) session\n\
         warning: ligne 2, colonne « niveau » : « haut » n'est pas un niveau : écrivez 0 pour le rez-de-chaussée, 1, 2… ou -1 pour un sous-sol ; 0 est compté\n\
         warning: ligne 4, colonne « salle » : l'id de salle « pleniere » est déjà celui de « Grand Salon », dont le nom est gardé ; « Salle Z » est laissé de côté",
    );
    let twice = [
        import_csv(input, &settings()),
        import_csv(input, &settings()),
    ]
    .map(|r| serde_json::to_string(&r.unwrap().file).unwrap());
    assert_eq!(twice[0], twice[1]);
}

#[test]
fn flags_registration_language_and_status() {
    check(
        "jour;début;fin;titre;salle;langue;public;LSF;STTR;sans marches;inscription;places;en continu;statut;format\n\
         28/09/2022;9h;18h;Village;Village;;;non;non;oui;;;oui;;Village\n\
         28/09/2022;9h;10h;Talk;Salle;anglais;Élus;oui;x;non;complet https://example.org/inscription;40 places;;;Conférence\n\
         28/09/2022;10h;11h;Autre;Salle;klingon;;peut-être;;;oui;quarante;;reportée;\n\
         28/09/2022;11h;12h;Annulée;Salle;EN;;;;;non;;;annulée;Conférence\n"
            .as_bytes(),
        "village \"Village\" 2022-09-28T09:00:00+02:00 18:00:00+02:00 village(Village, 0) village en-continu sans-marches\n\
         talk \"Talk\" 2022-09-28T09:00:00+02:00 10:00:00+02:00 salle(Salle, 0) conference lang=en lsf sttr inscription complet https://example.org/inscription places=40 public=\"Élus\"\n\
         autre \"Autre\" 2022-09-28T10:00:00+02:00 11:00:00+02:00 salle(Salle, 0) session inscription\n\
         annulee \"Annulée\" 2022-09-28T11:00:00+02:00 12:00:00+02:00 salle(Salle, 0) conference lang=en annulée\n\
         warning: ligne 4, colonne « langue » : « klingon » n'est pas une langue connue (fr, en…) ; « fr » est comptée\n\
         warning: ligne 4, colonne « LSF » : « peut-être » n'est ni oui ni non ; non est compté\n\
         warning: ligne 4, colonne « places » : « quarante » n'est pas un nombre ; laissé de côté\n\
         warning: ligne 4, colonne « statut » : « reportée » : écrivez « annulée », ou laissez la case vide ; laissé de côté",
    );
}

#[test]
fn the_validator_s_problems_are_placed_at_their_rows_and_columns() {
    check(
        "id;jour;début;fin;titre;salle;inscription\n\
         a;28/09/2022;9h;10h;A;S;\n\
         a;28/09/2022;10h;11h;B;S;\n\
         c d;28/09/2022;11h;12h;C;S;oui javascript://alert(1)\n"
            .as_bytes(),
        "error: ligne 3, colonne « id » : l'identifiant « a » est déjà utilisé par la ligne 2\n\
         error: ligne 4, colonne « id » : l'identifiant « c d » contient « \u{20} » : un identifiant entre dans les adresses de l'application, il ne peut tenir que des lettres sans accent, des chiffres, « - », « _ » et « . » (pas en premier) ; par exemple « c-d » (changez-le aussi là où il est cité)\n\
         error: ligne 4, colonne « inscription » : « javascript://alert(1) » ne peut pas devenir un lien : écrivez une adresse web complète en https:// ou http://",
    );
}

#[test]
fn settings_give_the_event() {
    let input = sheet("28/09/2022;9h30;10h30;Atelier;Salle A\n29/09/2022;9h;10h;Atelier;Salle A\n");
    let imported = import_csv(&input, &settings()).unwrap();
    let event = &imported.file.event;
    assert_eq!(
        (
            event.id.as_str(),
            event.name.as_str(),
            event.time_zone.as_str()
        ),
        ("nec-test", "NEC Test", "Europe/Paris")
    );
    assert_eq!(
        (event.start_date.as_str(), event.end_date.as_str()),
        ("2022-09-28", "2022-09-29")
    );
    assert!(
        event.data_version.starts_with("tableur-"),
        "{}",
        event.data_version
    );
    // Another zone: the same wall times are other instants.
    let reunion = Settings {
        title: "NEC 974".into(),
        time_zone: "Indian/Reunion".into(),
    };
    let imported = import_csv(&input, &reunion).unwrap();
    assert_eq!(imported.file.sessions[0].start, "2022-09-28T09:30:00+04:00");
    let unknown = Settings {
        title: "X".into(),
        time_zone: "Europe/Lens".into(),
    };
    let failure = import_csv(&input, &unknown).unwrap_err();
    assert!(
        failure.problems[0]
            .what(Lang::Fr)
            .contains("« Europe/Lens »"),
        "{:?}",
        failure.problems
    );
    assert_eq!(Settings::default().time_zone, "Europe/Paris");
}

#[test]
fn ods_and_xlsx_read_as_csv() {
    // publish/tests/fixtures/sheet/make.py writes both: real date and time cells, a text date,
    // a cell with a line break, an English header.
    let expected = "atelier-d-ouverture \"Atelier d'ouverture\" 2022-09-28T09:30:00+02:00 10:30:00+02:00 salle-a(Salle A, 0) session @alice-martin(Ville, Nord) @bob-durand résumé=\"Première ligne\\nDeuxième ligne\"\n\
         table-ronde \"Table ronde\" 2022-09-29T14:00:00+02:00 15:15:00+02:00 salle-b(Salle B, 0) session";
    for name in ["programme.xlsx", "programme.ods"] {
        let path = format!("{}/tests/fixtures/sheet/{name}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap();
        let got = shown(&import_book(&bytes, &settings()), Lang::Fr);
        assert_eq!(got, expected, "{name}");
    }
    let failure = import_book(b"not a spreadsheet", &settings()).unwrap_err();
    assert!(
        failure.problems[0]
            .what(Lang::Fr)
            .starts_with("le fichier ne se lit pas comme un tableur .ods ou .xlsx"),
        "{:?}",
        failure.problems
    );
}
