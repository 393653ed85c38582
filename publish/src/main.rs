//! `cargo nec-data`: the organisers' commands (check a programme or a venue map, import a c3voc
//! schedule) and the build's step that writes the first view into index.html.

use std::process::ExitCode;

use nec_compagnon::domain::Lang;
use nec_publish::commands::{self, Failure};
use nec_publish::sheet::Settings;
use nec_publish::words::commands::command_words;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match args.iter().position(|a| a == "--en") {
        Some(i) => {
            args.remove(i);
            Lang::En
        }
        None => Lang::Fr,
    };
    // The spreadsheet's settings: what a sheet does not say.
    let mut settings = Settings::default();
    if let Some(title) = take_option(&mut args, &["--titre", "--title"]) {
        settings.title = title;
    }
    if let Some(zone) = take_option(&mut args, &["--fuseau", "--time-zone"]) {
        settings.time_zone = zone;
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["check-data", file] => commands::check_data(file, lang),
        ["check-venue", file] => commands::check_venue(file, None, lang),
        ["check-venue", file, programme] => commands::check_venue(file, Some(programme), lang),
        ["import-c3voc", input, output] => commands::import_c3voc(input, output, lang),
        ["import-sheet", input, output] => commands::import_sheet(input, output, &settings, lang),
        ["export-sheet", programme, output] => commands::export_sheet(programme, output, lang),
        ["first-view", programme, page] => commands::first_view(programme, page, lang),
        _ => {
            eprint!("{}", command_words(lang).usage);
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("{}", (command_words(lang).failed)(&message));
            ExitCode::FAILURE
        }
    }
}

/// The value after the first of `names` (`--titre "NEC Lyon"`), taken out of `args`; an option
/// without a value is left for the usage to refuse.
fn take_option(args: &mut Vec<String>, names: &[&str]) -> Option<String> {
    let i = args.iter().position(|a| names.contains(&a.as_str()))?;
    if i + 1 >= args.len() {
        return None;
    }
    let value = args.remove(i + 1);
    args.remove(i);
    Some(value)
}
