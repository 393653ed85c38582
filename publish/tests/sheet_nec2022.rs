//! NEC 2022's programme as the spreadsheet template: the shipped filled template is what
//! `export-sheet public/programme.json` writes (so it never goes stale), importing it gives
//! back the programme as the app shows it, and the imported programme passes the app's
//! validator and fits the venue map.

use std::fs;
use std::path::PathBuf;

use nec_compagnon::domain::load::load_programme_file;
use nec_compagnon::domain::model::ProgrammeFile;
use nec_compagnon::domain::venue::{load_venue, missing_from_map};
use nec_publish::sheet::{export_csv, import_csv, Settings};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn nec2022() -> ProgrammeFile {
    let text = fs::read_to_string(root().join("public/programme.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn settings(original: &ProgrammeFile) -> Settings {
    Settings {
        title: original.event.name.clone(),
        time_zone: original.event.time_zone.clone(),
    }
}

#[test]
fn the_shipped_template_is_the_export_of_public_programme_json() {
    let shipped = fs::read(root().join("docs/modele-programme-nec2022.csv")).unwrap();
    let exported = export_csv(&nec2022());
    assert!(
        shipped == exported,
        "docs/modele-programme-nec2022.csv is stale: run `cargo nec-data export-sheet \
         public/programme.json docs/modele-programme-nec2022.csv`"
    );
    assert!(exported.starts_with("\u{feff}id;jour;début;fin;titre;salle;".as_bytes()));
}

#[test]
fn the_empty_template_reads_as_its_two_examples() {
    let template = fs::read(root().join("docs/modele-programme.csv")).unwrap();
    let imported = import_csv(&template, &Settings::default()).unwrap();
    assert_eq!(imported.file.sessions.len(), 2);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    // Its header is the template's, as export-sheet writes it.
    let header = String::from_utf8(export_csv(&nec2022())).unwrap();
    let header = header.lines().next().unwrap();
    assert_eq!(
        String::from_utf8(template).unwrap().lines().next().unwrap(),
        header
    );
}

/// What the app shows of a session, and what the sheet carries of it: ids, times, the
/// space's id, name and level, the format's label and whether it is open all along, the
/// themes' labels, the speakers' names and organisations, the flags, the registration, the
/// texts and the status.
///
/// What the sheet does not carry, and so is not compared (the app gets it elsewhere, or the
/// organisers write it in the JSON file): the event's id, name (from `Settings`), short name,
/// edition, venue (name, city, address, map), languages' order, `data_version` (a hash of
/// the sheet), `data_note`, `url` and `accessibility_contact`; the ids of themes, formats and
/// speakers (made from their names: `inclusion-numerique` for `inclusion`), the themes'
/// colours (the palette's, in order of first use) and every English label; the spaces'
/// English names, `kind`, `capacity` and accessibility facts (`step_free` is derived from
/// their sessions'), and the spaces no session uses (`presse`); the speakers' `role`, `bio`
/// and `links`; a session's `subtitle`, `links` and `previous`.
fn as_shown(file: &ProgrammeFile) -> Vec<String> {
    file.sessions
        .iter()
        .map(|s| {
            let space = file.spaces.iter().find(|x| x.id == s.space).unwrap();
            let format = file.formats.iter().find(|x| x.id == s.format).unwrap();
            let themes: Vec<&str> = s
                .themes
                .iter()
                .map(|id| {
                    let theme = file.themes.iter().find(|t| t.id == *id).unwrap();
                    theme.label.fr.as_str()
                })
                .collect();
            let speakers: Vec<(&str, Option<&str>)> = s
                .speakers
                .iter()
                .map(|id| {
                    let speaker = file.speakers.iter().find(|x| x.id == *id).unwrap();
                    (speaker.name.as_str(), speaker.organisation.as_deref())
                })
                .collect();
            format!(
                "{} | {} | {} → {} | {} {} {} | {} {} | {themes:?} | {speakers:?} | {} | {:?} | \
                 {:?} | {:?} | {:?} | {:?} | {:?}",
                s.id,
                s.title,
                s.start,
                s.end,
                space.id,
                space.name.fr,
                space.level,
                format.label.fr,
                format.drop_in,
                s.language,
                s.audience,
                s.summary,
                s.accessibility,
                s.registration,
                s.status,
                s.subtitle,
            )
        })
        .collect()
}

#[test]
fn export_then_import_gives_the_same_programme() {
    let original = nec2022();
    let imported = import_csv(&export_csv(&original), &settings(&original)).unwrap();
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let file = imported.file;
    let (before, after) = (as_shown(&original), as_shown(&file));
    assert_eq!(before.len(), after.len());
    for (before, after) in before.iter().zip(&after) {
        assert_eq!(before, after);
    }
    let event = &file.event;
    assert_eq!(event.name, original.event.name);
    assert_eq!(event.time_zone, original.event.time_zone);
    assert_eq!(
        (&event.start_date, &event.end_date),
        (&original.event.start_date, &original.event.end_date)
    );
    let mut languages = event.languages.clone();
    languages.sort();
    let mut original_languages = original.event.languages.clone();
    original_languages.sort();
    assert_eq!(languages, original_languages);
    // Every speaker, theme and format the sessions name, and only those.
    assert_eq!(file.speakers.len(), original.speakers.len());
    assert_eq!(file.themes.len(), original.themes.len());
    assert_eq!(file.formats.len(), original.formats.len());
}

#[test]
fn the_imported_programme_passes_the_validator_and_fits_the_venue_map() {
    let original = nec2022();
    let mut file = import_csv(&export_csv(&original), &settings(&original))
        .unwrap()
        .file;
    let json = serde_json::to_vec(&file).unwrap();
    let programme = load_programme_file(&json).unwrap_or_else(|f| panic!("{:?}", f.problems));
    assert!(
        programme.warnings().is_empty(),
        "{:?}",
        programme.warnings()
    );
    // With the venue the organisers add in the JSON file, the map has every space: the
    // sheet's "id salle" column kept the ids the map knows.
    file.event.venue = original.event.venue.clone();
    let programme = load_programme_file(&serde_json::to_vec(&file).unwrap()).unwrap();
    let venue = fs::read_to_string(root().join("public/venue.json")).unwrap();
    let venue = load_venue(&venue).unwrap();
    assert!(missing_from_map(&venue, &programme).is_empty());
}
