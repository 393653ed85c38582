//! What the organisers' page does with a file, on the host: which kind it is taken for, and
//! what the check finds. The page only shows this (tests/e2e/publier.test.mjs shows it in a
//! browser).

use std::path::Path;

use nec_publier::intake::{kind_of, read, Kind};
use nec_publish::sheet::Settings;

fn repo(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path)).unwrap()
}

#[test]
fn a_file_is_taken_for_what_it_is() {
    let programme = repo("public/programme.json");
    let c3voc = repo("tests/fixtures/c3voc/pretalx-democon.json");
    let cases: &[(&str, &[u8], Kind)] = &[
        ("programme.csv", b"jour;debut", Kind::Sheet),
        ("PROGRAMME.CSV", b"{\"schedule\": {}}", Kind::Sheet),
        ("export.tsv", b"jour\tdebut", Kind::Sheet),
        ("programme.json", &programme, Kind::Programme),
        ("schedule.json", &c3voc, Kind::C3voc),
        // By content when the name says nothing.
        ("telechargement", &c3voc, Kind::C3voc),
        ("telechargement", &programme, Kind::Programme),
        (
            "telechargement",
            b"\xEF\xBB\xBF{\"schedule\": {\"conference\": {}}}",
            Kind::C3voc,
        ),
        ("telechargement", b"jour;debut;fin", Kind::Sheet),
        // A JSON file that is not JSON: the loader says where.
        ("programme.json", b"{\"event\": ", Kind::Programme),
        ("programme.json", b"", Kind::Programme),
        ("programme.ods", b"PK\x03\x04", Kind::Workbook),
        ("Programme.XLSX", b"PK\x03\x04", Kind::Workbook),
        ("programme", b"PK\x03\x04rest", Kind::Workbook),
    ];
    for (name, bytes, kind) in cases {
        assert_eq!(kind_of(name, bytes), *kind, "{name}");
    }
}

#[test]
fn a_valid_programme_is_given_back_as_it_was() {
    let bytes = repo("public/programme.json");
    let checked = read("programme.json", &bytes, &Settings::default());
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    assert_eq!(checked.json.as_deref().map(str::as_bytes), Some(&bytes[..]));
    let (sessions, spaces, speakers) = checked.counts.unwrap();
    assert!(sessions > 100 && spaces > 5 && speakers > 100);
}

#[test]
fn a_c3voc_schedule_is_imported_then_checked() {
    for name in [
        "pretalx-democon.json",
        "frab-camp2019.json",
        "pretalx-rc3.json",
    ] {
        let checked = read(
            name,
            &repo(&format!("tests/fixtures/c3voc/{name}")),
            &Settings::default(),
        );
        assert!(checked.errors.is_empty(), "{name}: {:?}", checked.errors);
        let json = checked.json.unwrap();
        // What the page offers for download loads in the app as it is.
        let programme = nec_compagnon::domain::load_programme_file(json.as_bytes()).unwrap();
        assert_eq!(
            programme.sessions().len(),
            checked.counts.unwrap().0,
            "{name}"
        );
    }
}

#[test]
fn a_broken_file_has_its_problems_and_nothing_to_download() {
    let programme = repo("public/programme.json");
    let cases: &[(&str, &[u8], &str)] = &[
        ("programme.json", &programme[..5000], "formats["),
        ("programme.json", b"", ""),
        ("programme.json", b"\xff\xfe{", ""),
        (
            "schedule.json",
            b"{\"schedule\": {\"conference\": 3}}",
            "schedule.conference",
        ),
        ("schedule.json", b"{\"schedule\": 1, \"x\": \"\xff\"}", ""),
    ];
    for (name, bytes, place) in cases {
        let checked = read(name, bytes, &Settings::default());
        assert!(!checked.errors.is_empty(), "{name} {place}");
        assert!(
            checked.json.is_none() && checked.counts.is_none(),
            "{name} {place}"
        );
        assert!(
            checked.errors.iter().any(|p| p.path.starts_with(place)),
            "{place}: {:?}",
            checked.errors
        );
    }
}

#[test]
fn a_workbook_is_not_read_here() {
    let checked = read("programme.xlsx", b"PK\x03\x04", &Settings::default());
    assert_eq!(checked.kind, Kind::Workbook);
    assert!(checked.json.is_none());
}

#[test]
fn a_spreadsheet_is_imported_with_its_places_in_rows_and_columns() {
    let settings = Settings {
        title: "NEC Lens test".into(),
        time_zone: "Europe/Paris".into(),
    };
    let header = "jour;début;fin;titre;salle;format;intervenants";
    let good = format!(
        "{header}\n28/09/2022;9h30;10h30;Ouverture;Grande salle;Plénière;Camille Martin (La MedNum)\n"
    );
    let checked = read("programme.csv", good.as_bytes(), &settings);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    assert_eq!(checked.counts, Some((1, 1, 1)));
    let json = checked.json.unwrap();
    assert!(json.contains("\"2022-09-28T09:30:00+02:00\""), "{json}");
    assert!(json.contains("NEC Lens test"));
    // Each warning once: the validator's are the importer's already.
    assert!(
        checked
            .warnings
            .iter()
            .all(|p| !p.path.starts_with("sessions[")),
        "{:?}",
        checked.warnings
    );

    let bad = format!("{header}\n28/09/2022;9h75;10h30;Ouverture;Grande salle;Plénière;\n");
    let checked = read("programme.csv", bad.as_bytes(), &settings);
    assert!(checked.json.is_none());
    let message = checked.errors[0].message(nec_compagnon::domain::Lang::Fr);
    assert!(
        message.contains("ligne 2") && message.contains("début"),
        "{message}"
    );
    let message = checked.errors[0].message(nec_compagnon::domain::Lang::En);
    assert!(message.contains("row 2"), "{message}");
}
