//! No input panics the spreadsheet importer, and what it imports the app loads without an
//! error: random bytes, sheets made of cells people write (and get wrong), the NEC 2022
//! template damaged byte by byte, and random bytes as an .ods or .xlsx file.
#![cfg(not(target_arch = "wasm32"))]

// Shared with the other no-panic tests, which use more of it.
#[allow(dead_code)]
#[path = "../../tests/support/inputs.rs"]
mod inputs;

use std::path::PathBuf;

use inputs::{config, damaged, edits};
use nec_compagnon::domain::load::load_programme_file;
use nec_compagnon::domain::Lang;
use nec_publish::sheet::{import_book, import_csv, Imported, LoadFailure, Settings};
use proptest::prelude::*;
use proptest::sample::select;

/// Whatever is imported, the app loads with no error (the importer ran its validator); a
/// refusal says something in both languages.
fn read(result: Result<Imported, LoadFailure>) {
    match result {
        Ok(imported) => {
            let json = serde_json::to_vec(&imported.file).unwrap();
            if let Err(failure) = load_programme_file(&json) {
                panic!("imported, then refused: {:?}", failure.problems);
            }
            for warning in &imported.warnings {
                let _ = (warning.what(Lang::Fr), warning.what(Lang::En));
            }
        }
        Err(failure) => {
            assert!(!failure.problems.is_empty());
            for problem in &failure.problems {
                assert!(!problem.what(Lang::Fr).is_empty());
                assert!(!problem.what(Lang::En).is_empty());
            }
        }
    }
}

fn template() -> Vec<u8> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/modele-programme-nec2022.csv");
    std::fs::read(path).unwrap()
}

/// Cells people write, and get wrong.
const CELLS: &[&str] = &[
    "",
    " ",
    "28/09/2022",
    "2022-09-28",
    "31/02/2022",
    "27/03/2022",
    "30/10/2022",
    "9h30",
    "9h",
    "02:30",
    "23:59",
    "0h",
    "24h",
    "9h75",
    "Salle A",
    "salle a",
    "Atelier",
    "atelier-1",
    "a b",
    "Alice (Ville, Nord)",
    "(Org)",
    "Bob; Carol (X)",
    "oui",
    "non",
    "x",
    "complet",
    "https://example.org",
    "javascript://x",
    "en",
    "klingon",
    "annulée",
    "-1",
    "40",
    "\"",
    "\"a\nb\"",
    "é",
    "\u{feff}",
    "id",
    ";",
    ",",
];

/// Header cells: the template's columns and others.
const HEADERS: &[&str] = &[
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
    "LSF",
    "STTR",
    "sans marches",
    "inscription",
    "places",
    "en continu",
    "statut",
    "day",
    "Start",
    "END",
    "notes",
    "",
];

fn sheets() -> impl Strategy<Value = Vec<u8>> {
    let header = prop::collection::vec(select(HEADERS), 0..12);
    let rows = prop::collection::vec(prop::collection::vec(select(CELLS), 0..14), 0..8);
    let required = any::<bool>();
    (required, header, rows, select(&[";", ",", "\t"][..])).prop_map(
        |(required, header, rows, separator)| {
            // Half the sheets have the required columns first: their rows become sessions.
            let mut header = header;
            if required {
                header.splice(0..0, ["jour", "début", "fin", "titre", "salle"]);
            }
            let mut text = header.join(separator);
            for row in rows {
                text.push('\n');
                text.push_str(&row.join(separator));
            }
            text.into_bytes()
        },
    )
}

/// Rows whose first cells are a day, two times, a title and a room, as people write them.
fn sessions() -> impl Strategy<Value = Vec<u8>> {
    let day = select(
        &[
            "28/09/2022",
            "2022-09-29",
            "27/03/2022",
            "30/10/2022",
            "31/02/2022",
            "",
        ][..],
    );
    let time = select(&["9h", "9h30", "10:00", "02:30", "23:59", "9h75", ""][..]);
    let word = select(CELLS);
    let row = (
        day,
        time.clone(),
        time,
        word.clone(),
        word,
        prop::collection::vec(select(CELLS), 0..6),
    );
    prop::collection::vec(row, 1..8).prop_map(|rows| {
        let mut text = String::from("jour;début;fin;titre;salle;id;intervenantes et intervenants;inscription;langue;id salle");
        for (day, start, end, title, room, rest) in rows {
            text += &format!("\n{day};{start};{end};{title};{room};{}", rest.join(";"));
        }
        text.into_bytes()
    })
}

proptest! {
    #![proptest_config(config(256, 0))]

    #[test]
    fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        read(import_csv(&bytes, &Settings::default()));
    }

    #[test]
    fn sheets_of_cells_people_write(bytes in sheets()) {
        read(import_csv(&bytes, &Settings::default()));
    }

    #[test]
    fn rows_of_sessions(bytes in sessions()) {
        read(import_csv(&bytes, &Settings::default()));
    }

    #[test]
    fn the_nec2022_template_damaged(changes in edits()) {
        read(import_csv(&damaged(&template(), &changes), &Settings::default()));
    }

    #[test]
    fn any_bytes_as_a_spreadsheet(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        read(import_book(&bytes, &Settings::default()));
    }
}
