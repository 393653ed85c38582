//! The data commands (`cargo nec-data check-data FILE`, `import-c3voc IN OUT`…): the app's own
//! loader and the importer, run on files, with every problem printed at its JSON path.

use std::fs;

use nec_compagnon::domain::load::{check, load_programme, load_programme_file, LoadFailure};
use nec_compagnon::domain::model::ProgrammeFile;
use nec_compagnon::domain::problem::{parse_json, utf8};
use nec_compagnon::domain::venue::{load_venue, missing_from_map};
use nec_compagnon::domain::{Lang, Problem};

use crate::sheet::{self, Settings};
use crate::words::commands::command_words;
use crate::{c3voc, preview};

/// A command that failed, with what to tell the person.
#[derive(Debug)]
pub struct Failure(pub String);
pub type Outcome = Result<(), Failure>;

fn fail(message: impl Into<String>) -> Outcome {
    Err(Failure(message.into()))
}

/// Progress, printed so that a person knows what is happening.
fn say(message: &str) {
    println!("==> {message}");
}

fn read_bytes(path: &str, lang: Lang) -> Result<Vec<u8>, Failure> {
    fs::read(path).map_err(|e| Failure((command_words(lang).cannot_read)(path, &e.to_string())))
}

/// A file's text; one that is not UTF-8 is refused with the line and column of its first bad
/// byte, as the app says it.
fn read(path: &str, lang: Lang) -> Result<String, Failure> {
    let bytes = read_bytes(path, lang)?;
    match utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(problem) => Err(Failure((command_words(lang).cannot_read)(
            path,
            &problem.what(lang),
        ))),
    }
}

fn write(path: &str, text: String, lang: Lang) -> Outcome {
    fs::write(path, text)
        .map_err(|e| Failure((command_words(lang).cannot_write)(path, &e.to_string())))
}

fn print_problems(label: &str, problems: &[Problem], lang: Lang) {
    for problem in problems {
        println!("{label} {}", problem.message(lang));
    }
}

/// A spreadsheet's problems, each after the file's name: a problem of a sheet has its place
/// (row, column) in its sentence; one of the event keeps its JSON path.
fn print_sheet_problems(label: &str, file: &str, problems: &[Problem], lang: Lang) {
    let colon = nec_compagnon::domain::words::problem::problem_words(lang).colon;
    for problem in problems {
        let said = if problem.path.is_empty() {
            problem.what(lang)
        } else {
            problem.message(lang)
        };
        println!("{label} {file}{colon}{said}");
    }
}

/// "2 erreurs, 0 avertissement".
fn counts(errors: usize, warnings: usize, lang: Lang) -> String {
    let w = command_words(lang);
    format!(
        "{}, {}",
        w.errors.count(errors, lang),
        w.warnings.count(warnings, lang)
    )
}

/// Checks a programme file; fails when it has errors (warnings do not stop loading).
pub fn check_data(path: &str, lang: Lang) -> Outcome {
    let w = command_words(lang);
    let bytes = read_bytes(path, lang)?;
    match load_programme_file(&bytes) {
        Ok(programme) => {
            print_problems(w.warning, programme.warnings(), lang);
            let contents = [
                w.sessions.count(programme.sessions().len(), lang),
                w.spaces.count(programme.spaces().len(), lang),
                w.speakers.count(programme.speakers().len(), lang),
            ];
            println!(
                "{path}: {} ({})",
                counts(0, programme.warnings().len(), lang),
                contents.join(", ")
            );
            Ok(())
        }
        Err(failure) => {
            print_problems(w.error, &failure.problems, lang);
            println!("{path}: {}", counts(failure.problems.len(), 0, lang));
            fail(failure.headline(lang))
        }
    }
}

/// Converts a c3voc schedule.json to programme format v1, then checks the result.
pub fn import_c3voc(input: &str, output: &str, lang: Lang) -> Outcome {
    let w = command_words(lang);
    say(&(w.importing)(input));
    let imported = match c3voc::import(&read(input, lang)?) {
        Ok(imported) => imported,
        Err(failure) => {
            print_problems(w.error, &failure.problems, lang);
            return fail((w.cannot_import)(input));
        }
    };
    print_problems(w.warning, &imported.warnings, lang);
    let json = serde_json::to_string_pretty(&imported.file).expect("the model serialises");
    if let Err(failure) = check(imported.file) {
        print_problems(w.error, &failure.problems, lang);
        return fail(w.converted_not_valid);
    }
    write(output, json + "\n", lang)?;
    say(&(w.wrote)(
        output,
        &counts(0, imported.warnings.len(), lang),
    ));
    check_data(output, lang)
}

/// Reads a spreadsheet (`.csv`, `.ods`, `.xlsx`) of one row per session as a programme, and
/// writes it, checked, to `output` (see docs/spreadsheet-format.md).
pub fn import_sheet(input: &str, output: &str, settings: &Settings, lang: Lang) -> Outcome {
    let w = command_words(lang);
    say(&(w.importing_sheet)(input, &settings.time_zone));
    let bytes = read_bytes(input, lang)?;
    let extension = input.rsplit_once('.').map(|(_, e)| e.to_lowercase());
    let imported = match extension.as_deref() {
        #[cfg(not(target_arch = "wasm32"))]
        Some("ods" | "xlsx" | "xlsm" | "xls") => sheet::import_book(&bytes, settings),
        _ => sheet::import_csv(&bytes, settings),
    };
    let imported = match imported {
        Ok(imported) => imported,
        Err(failure) => {
            print_sheet_problems(w.error, input, &failure.problems, lang);
            println!("{input}: {}", counts(failure.problems.len(), 0, lang));
            return fail((w.sheet_not_imported)(input));
        }
    };
    print_sheet_problems(w.warning, input, &imported.warnings, lang);
    let json = serde_json::to_string_pretty(&imported.file).expect("the model serialises");
    write(output, json + "\n", lang)?;
    say(&(w.wrote)(
        output,
        &counts(0, imported.warnings.len(), lang),
    ));
    check_data(output, lang)
}

/// Writes a programme as the spreadsheet template's CSV: what `import-sheet` reads back.
pub fn export_sheet(programme: &str, output: &str, lang: Lang) -> Outcome {
    let w = command_words(lang);
    let refuse = |failure: LoadFailure| {
        print_problems(w.error, &failure.problems, lang);
        fail(format!("{programme}: {}", failure.headline(lang)))
    };
    let text = read(programme, lang)?;
    // Checked as the app reads it: only a valid programme becomes a sheet.
    let file: ProgrammeFile = match parse_json(&text).map_err(LoadFailure::from) {
        Ok(file) => match check(ProgrammeFile::clone(&file)) {
            Ok(_) => file,
            Err(failure) => return refuse(failure),
        },
        Err(failure) => return refuse(failure),
    };
    let csv = sheet::export_csv(&file);
    fs::write(output, csv).map_err(|e| Failure((w.cannot_write)(output, &e.to_string())))?;
    say(&(w.sheet_written)(output, file.sessions.len()));
    Ok(())
}

/// Checks a venue file, and with a programme, that the map has every space of it.
pub fn check_venue(path: &str, programme: Option<&str>, lang: Lang) -> Outcome {
    let w = command_words(lang);
    let venue = match load_venue(&read(path, lang)?) {
        Ok(venue) => venue,
        Err(failure) => {
            print_problems(w.error, &failure.problems, lang);
            let n = failure.problems.len();
            println!("{path}: {}", counts(n, 0, lang));
            return fail((w.map_invalid)(&w.problems.count(n, lang)));
        }
    };
    if let Some(programme_path) = programme {
        let programme = load_programme(&read(programme_path, lang)?)
            .map_err(|f| Failure(format!("{programme_path}: {}", f.headline(lang))))?;
        let missing = missing_from_map(&venue, &programme);
        if !missing.is_empty() {
            for problem in &missing {
                println!("{} {programme_path}: {}", w.error, problem.message(lang));
            }
            println!("{path}: {}", counts(missing.len(), 0, lang));
            return fail(format!("{} / {programme_path}", path));
        }
    }
    let what = [
        w.levels.count(venue.levels().len(), lang),
        w.spaces.count(venue.spaces().len(), lang),
        w.edges.count(venue.edges().len(), lang),
    ]
    .join(", ");
    println!("{path}: {} ({what})", counts(0, 0, lang));
    Ok(())
}

/// Marks the place of the programme's first view in index.html (see publish/src/preview.rs).
const FIRST_VIEW_MARK: &str = "<!-- first-view -->";
/// Marks the place, in index.html's head, of the instants between which the app opens on a
/// later day than the first (`Programme::later_days`): the page's script shows the first view
/// only outside them.
const FIRST_VIEW_DAYS_MARK: &str = "<!-- first-view-days -->";

/// Marks the place of the event's line (its name, dates and place) in the start screen of
/// every page, as the app's header shows it.
const START_EVENT_MARK: &str = "<!-- start-event -->";

/// `cargo nec-data first-view PROGRAMME PAGE`: writes the first day of PROGRAMME, as plain HTML in
/// French and in English, into PAGE at its `<!-- first-view -->` mark (trunk's post-build hook
/// calls it on the built index.html). A programme that is missing or does not load leaves the
/// page as it is, with a warning: the app then says what is wrong with it, as without a first
/// view.
pub fn first_view(programme: &str, page: &str, lang: Lang) -> Outcome {
    let w = command_words(lang);
    let html = read(page, lang)?;
    for mark in [FIRST_VIEW_MARK, FIRST_VIEW_DAYS_MARK, START_EVENT_MARK] {
        if !html.contains(mark) {
            return fail((w.no_mark)(page, mark));
        }
    }
    let loaded = read(programme, lang)
        .and_then(|text| load_programme(&text).map_err(|failure| Failure(failure.headline(lang))));
    let programme = match loaded {
        Ok(loaded) => loaded,
        Err(Failure(why)) => {
            say(&(w.no_first_view)(programme, &why));
            return Ok(());
        }
    };
    // Both languages: the page's script shows the one the person chose (French by default).
    let view = [Lang::Fr, Lang::En]
        .map(|lang| preview::first_view(&programme, lang))
        .concat();
    let size = view.len();
    // Two instants (RFC 3339, UTC), or none for a one-day event.
    let later = programme
        .later_days()
        .map(|(start, end)| format!("{start} {end}"))
        .unwrap_or_default();
    let days = format!("<meta name=\"nec-first-view\" content=\"{later}\">");
    let event_line = [Lang::Fr, Lang::En]
        .map(|lang| preview::event_line(&programme, lang))
        .concat();
    let html = html
        .replacen(START_EVENT_MARK, &event_line, 1)
        .replacen(FIRST_VIEW_MARK, &view, 1)
        .replacen(FIRST_VIEW_DAYS_MARK, &days, 1);
    write(page, html, lang)?;
    say(&(w.first_view_written)(size, page));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_cannot_be_read_is_named_in_french_by_default_and_in_english() {
        let missing = "/nonexistent/programme.json";
        let said = |lang| match check_data(missing, lang) {
            Err(Failure(message)) => message,
            Ok(()) => panic!("{missing} does not exist"),
        };
        let fr = said(Lang::default());
        assert!(
            fr.starts_with("impossible de lire /nonexistent/programme.json : "),
            "{fr}"
        );
        let en = said(Lang::En);
        assert!(
            en.starts_with("cannot read /nonexistent/programme.json: "),
            "{en}"
        );
    }

    #[test]
    fn a_page_without_its_mark_is_named_in_each_language() {
        let page = std::env::temp_dir().join(format!("nec-no-mark-{}.html", std::process::id()));
        fs::write(&page, "<html></html>").unwrap();
        let page = page.to_str().unwrap();
        let said = |lang| match first_view("public/programme.json", page, lang) {
            Err(Failure(message)) => message,
            Ok(()) => panic!("{page} has no mark"),
        };
        assert_eq!(
            said(Lang::default()),
            format!("{page} n'a pas la marque {FIRST_VIEW_MARK}")
        );
        assert_eq!(
            said(Lang::En),
            format!("{page} has no {FIRST_VIEW_MARK} mark")
        );
        fs::remove_file(page).unwrap();
    }
}
