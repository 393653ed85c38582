//! The data commands (`cargo nec-data check-data FILE`, `import-c3voc IN OUT`…): the app's own
//! loader and the importer, run on files, with every problem printed at its JSON path.

use std::fs;

use nec_compagnon::domain::load::{check, load_programme};
use nec_compagnon::domain::venue::{load_venue, missing_from_map};
use nec_compagnon::domain::{Lang, Problem};

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

fn read(path: &str) -> Result<String, Failure> {
    fs::read_to_string(path).map_err(|e| Failure(format!("cannot read {path}: {e}")))
}

fn print_problems(label: &str, problems: &[Problem], lang: Lang) {
    for problem in problems {
        println!("{label} {}", problem.message(lang));
    }
}

fn labels(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Fr => ("erreur       ", "avertissement"),
        Lang::En => ("error  ", "warning"),
    }
}

/// "2 erreurs" / "0 erreur": French takes the singular for 0 and 1, English for 1 only.
fn plural(n: usize, one: &str, many: &str, lang: Lang) -> String {
    let singular = n == 1 || (n == 0 && lang == Lang::Fr);
    format!("{n} {}", if singular { one } else { many })
}

fn counts(errors: usize, warnings: usize, lang: Lang) -> String {
    let plural = |n, one, many| plural(n, one, many, lang);
    match lang {
        Lang::Fr => format!(
            "{}, {}",
            plural(errors, "erreur", "erreurs"),
            plural(warnings, "avertissement", "avertissements")
        ),
        Lang::En => format!(
            "{}, {}",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings")
        ),
    }
}

/// Checks a programme file; fails when it has errors (warnings do not stop loading).
pub fn check_data(path: &str, lang: Lang) -> Outcome {
    let (error, warning) = labels(lang);
    let text = read(path)?;
    match load_programme(&text) {
        Ok(programme) => {
            print_problems(warning, programme.warnings(), lang);
            let (sessions, spaces, speakers) = (
                programme.sessions().len(),
                programme.spaces().len(),
                programme.speakers().len(),
            );
            let contents = match lang {
                Lang::Fr => [
                    plural(sessions, "session", "sessions", lang),
                    plural(spaces, "espace", "espaces", lang),
                    plural(speakers, "intervenant·e", "intervenant·es", lang),
                ],
                Lang::En => [
                    plural(sessions, "session", "sessions", lang),
                    plural(spaces, "space", "spaces", lang),
                    plural(speakers, "speaker", "speakers", lang),
                ],
            };
            println!(
                "{path}: {} ({})",
                counts(0, programme.warnings().len(), lang),
                contents.join(", ")
            );
            Ok(())
        }
        Err(failure) => {
            print_problems(error, &failure.problems, lang);
            println!("{path}: {}", counts(failure.problems.len(), 0, lang));
            fail(failure.headline(lang))
        }
    }
}

/// Converts a c3voc schedule.json to programme format v1, then checks the result.
pub fn import_c3voc(input: &str, output: &str, lang: Lang) -> Outcome {
    let (error, warning) = labels(lang);
    say(&format!("importing {input} (c3voc schedule.json)"));
    let imported = match c3voc::import(&read(input)?) {
        Ok(imported) => imported,
        Err(failure) => {
            print_problems(error, &failure.problems, lang);
            return fail(format!("{input} cannot be imported"));
        }
    };
    print_problems(warning, &imported.warnings, lang);
    let json = serde_json::to_string_pretty(&imported.file).expect("the model serialises");
    if let Err(failure) = check(imported.file) {
        print_problems(error, &failure.problems, lang);
        return fail("the converted programme does not pass the validator");
    }
    fs::write(output, json + "\n").map_err(|e| Failure(format!("cannot write {output}: {e}")))?;
    say(&format!(
        "wrote {output}: {}",
        counts(0, imported.warnings.len(), lang)
    ));
    check_data(output, lang)
}

/// Checks a venue file, and with a programme, that the map has every space of it.
pub fn check_venue(path: &str, programme: Option<&str>, lang: Lang) -> Outcome {
    let (error, _) = labels(lang);
    let venue = match load_venue(&read(path)?) {
        Ok(venue) => venue,
        Err(failure) => {
            print_problems(error, &failure.problems, lang);
            println!("{path}: {}", counts(failure.problems.len(), 0, lang));
            return fail(match lang {
                Lang::Fr => format!(
                    "le fichier du plan est invalide : {}",
                    plural(failure.problems.len(), "problème", "problèmes", lang)
                ),
                Lang::En => format!(
                    "the map file is invalid: {}",
                    plural(failure.problems.len(), "problem", "problems", lang)
                ),
            });
        }
    };
    if let Some(programme_path) = programme {
        let programme = load_programme(&read(programme_path)?)
            .map_err(|f| Failure(format!("{programme_path}: {}", f.headline(lang))))?;
        let missing = missing_from_map(&venue, &programme);
        if !missing.is_empty() {
            for problem in &missing {
                println!("{error} {programme_path}: {}", problem.message(lang));
            }
            println!("{path}: {}", counts(missing.len(), 0, lang));
            return fail(format!("{} / {programme_path}", path));
        }
    }
    let what = match lang {
        Lang::Fr => format!(
            "{}, {}, {}",
            plural(venue.levels().len(), "niveau", "niveaux", lang),
            plural(venue.spaces().len(), "espace", "espaces", lang),
            plural(venue.edges().len(), "passage", "passages", lang)
        ),
        Lang::En => format!(
            "{}, {}, {}",
            plural(venue.levels().len(), "level", "levels", lang),
            plural(venue.spaces().len(), "space", "spaces", lang),
            plural(venue.edges().len(), "edge", "edges", lang)
        ),
    };
    println!("{path}: {} ({what})", counts(0, 0, lang));
    Ok(())
}

/// Marks the place of the programme's first view in index.html (see src/domain/preview.rs).
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
pub fn first_view(programme: &str, page: &str) -> Outcome {
    let html = read(page)?;
    for mark in [FIRST_VIEW_MARK, FIRST_VIEW_DAYS_MARK, START_EVENT_MARK] {
        if !html.contains(mark) {
            return fail(format!("{page} has no {mark} mark"));
        }
    }
    let loaded = read(programme).and_then(|text| {
        load_programme(&text).map_err(|failure| Failure(failure.headline(Lang::En)))
    });
    let programme = match loaded {
        Ok(loaded) => loaded,
        Err(Failure(why)) => {
            say(&format!("first view: none, {programme}: {why}"));
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
    fs::write(page, html).map_err(|e| Failure(format!("cannot write {page}: {e}")))?;
    say(&format!(
        "first view: {size} bytes of the first day's sessions, in French and English, in {page}"
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let cases = [
            (0, Lang::Fr, "0 erreur"),
            (1, Lang::Fr, "1 erreur"),
            (2, Lang::Fr, "2 erreurs"),
            (0, Lang::En, "0 errors"),
            (1, Lang::En, "1 error"),
        ];
        for (n, lang, expected) in cases {
            let (one, many) = match lang {
                Lang::Fr => ("erreur", "erreurs"),
                Lang::En => ("error", "errors"),
            };
            assert_eq!(plural(n, one, many, lang), expected);
        }
    }
}
