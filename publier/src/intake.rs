//! What the page does with a file: recognise it, import it when it is a spreadsheet or a c3voc
//! schedule, then check the result with the app's own loader, exactly as `cargo nec-data`
//! does. Plain Rust: the page only shows what this returns.

use nec_compagnon::domain::problem::utf8;
use nec_compagnon::domain::{load_programme_file, Problem};
use nec_publish::{c3voc, sheet};

/// What the file was taken for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A spreadsheet saved as CSV (`docs/spreadsheet-format.md`).
    Sheet,
    /// A c3voc `schedule.json` (pretalx, frab, the c3voc hub).
    C3voc,
    /// A programme file in the app's own format (`docs/programme-format.md`).
    Programme,
    /// An `.ods` or `.xlsx` workbook: read by the command line only; the page says how to save
    /// it as CSV.
    Workbook,
}

/// A file read and checked.
#[derive(Debug, Clone)]
pub struct Checked {
    pub kind: Kind,
    /// What stops the file from being published, each with its place; empty when it can be.
    pub errors: Vec<Problem>,
    /// What was decided on the way (the importer's choices) or looks wrong but does not stop it.
    pub warnings: Vec<Problem>,
    /// The checked `programme.json`, when there is no error: what the preview shows and the
    /// download gives.
    pub json: Option<String>,
    /// Sessions, spaces and speakers of the checked programme.
    pub counts: Option<(usize, usize, usize)>,
}

impl Checked {
    fn failed(kind: Kind, errors: Vec<Problem>, warnings: Vec<Problem>) -> Self {
        Checked {
            kind,
            errors,
            warnings,
            json: None,
            counts: None,
        }
    }
}

/// What a file named `name` holding `bytes` is taken for: by its name's ending, else by its
/// content (a JSON object with `schedule` is c3voc's, any other JSON the app's own, anything
/// else a CSV sheet).
pub fn kind_of(name: &str, bytes: &[u8]) -> Kind {
    let lower = name.to_ascii_lowercase();
    let ends = |endings: &[&str]| endings.iter().any(|e| lower.ends_with(e));
    if ends(&[".ods", ".xlsx", ".xls", ".xlsm", ".numbers"]) {
        return Kind::Workbook;
    }
    if ends(&[".csv", ".tsv", ".txt"]) {
        return Kind::Sheet;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match text.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') | Some(b'[') => {
            let value = serde_json::from_slice::<serde_json::Value>(text).ok();
            if value.as_ref().and_then(|v| v.get("schedule")).is_some() {
                Kind::C3voc
            } else {
                Kind::Programme
            }
        }
        // A zip (`PK`): a workbook whatever its name.
        Some(b'P') if text.starts_with(b"PK\x03\x04") => Kind::Workbook,
        _ if ends(&[".json"]) => Kind::Programme,
        _ => Kind::Sheet,
    }
}

/// Reads, imports when needed, and checks a file. `settings` are the event's title and time
/// zone, which a spreadsheet does not hold.
pub fn read(name: &str, bytes: &[u8], settings: &sheet::Settings) -> Checked {
    let kind = kind_of(name, bytes);
    let imported = match kind {
        Kind::Workbook => return Checked::failed(kind, Vec::new(), Vec::new()),
        Kind::Programme => return check(kind, bytes, None, Vec::new()),
        Kind::Sheet => sheet::import_csv(bytes, settings),
        Kind::C3voc => match utf8(bytes) {
            Ok(text) => c3voc::import(text),
            Err(problem) => return Checked::failed(kind, vec![problem], Vec::new()),
        },
    };
    match imported {
        Err(failure) => Checked::failed(kind, failure.problems, Vec::new()),
        Ok(imported) => {
            let json = serde_json::to_string_pretty(&imported.file).expect("the model serialises");
            if kind == Kind::Sheet {
                // The sheet importer has run the app's validator already, and placed its
                // warnings at their rows and columns: no second check.
                let file = &imported.file;
                let counts = (file.sessions.len(), file.spaces.len(), file.speakers.len());
                return Checked {
                    kind,
                    errors: Vec::new(),
                    warnings: imported.warnings,
                    json: Some(json + "\n"),
                    counts: Some(counts),
                };
            }
            check(kind, json.as_bytes(), Some(&json), imported.warnings)
        }
    }
}

/// The app's loader on a programme file's bytes: its problems, or the file and its counts.
fn check(kind: Kind, bytes: &[u8], json: Option<&String>, warnings: Vec<Problem>) -> Checked {
    match load_programme_file(bytes) {
        Err(failure) => Checked::failed(kind, failure.problems, warnings),
        Ok(programme) => {
            let mut all = warnings;
            all.extend(programme.warnings().iter().cloned());
            let json = match json {
                Some(json) => json.clone() + "\n",
                // The file as given: it is valid, and the person recognises it.
                None => String::from_utf8_lossy(bytes).into_owned(),
            };
            Checked {
                kind,
                errors: Vec::new(),
                warnings: all,
                json: Some(json),
                counts: Some((
                    programme.sessions().len(),
                    programme.spaces().len(),
                    programme.speakers().len(),
                )),
            }
        }
    }
}
