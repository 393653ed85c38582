//! A programme as the template's sheet: one row per session, in the template's columns and
//! French names, `;`-separated UTF-8 with a byte order mark, so that Excel in French opens it
//! as it is and the importer reads it back as the same programme.

use jiff::tz::TimeZone;
use nec_compagnon::domain::model::{ProgrammeFile, SessionStatus};
use nec_compagnon::domain::{time, Lang};

use super::{Column, COLUMNS};

/// The sheet of `file`, as the bytes of a CSV file.
pub fn export_csv(file: &ProgrammeFile) -> Vec<u8> {
    let zone = time::zone(&file.event.time_zone).unwrap_or(TimeZone::UTC);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer("\u{feff}".as_bytes().to_vec());
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.name(Lang::Fr)).collect();
    // Writing to memory cannot fail.
    let _ = writer.write_record(&header);
    for session in &file.sessions {
        let space = file.spaces.iter().find(|s| s.id == session.space);
        let format = file.formats.iter().find(|f| f.id == session.format);
        let (day, start) = wall(&session.start, &zone);
        let (_, end) = wall(&session.end, &zone);
        let yes_no = |yes: bool| if yes { "oui" } else { "non" }.to_owned();
        let themes: Vec<&str> = session
            .themes
            .iter()
            .map(|id| {
                file.themes
                    .iter()
                    .find(|t| t.id == *id)
                    .map_or(id.as_str(), |t| t.label.fr.as_str())
            })
            .collect();
        let speakers: Vec<String> = session
            .speakers
            .iter()
            .map(|id| match file.speakers.iter().find(|s| s.id == *id) {
                Some(speaker) => match &speaker.organisation {
                    Some(organisation) => format!("{} ({organisation})", speaker.name),
                    None => speaker.name.clone(),
                },
                None => id.clone(),
            })
            .collect();
        let registration = &session.registration;
        let registered = match (registration.required, registration.full) {
            (_, true) => "complet",
            (true, false) => "oui",
            (false, false) => "non",
        };
        let registration_cell = match &registration.url {
            Some(url) => format!("{registered} {url}"),
            None => registered.to_owned(),
        };
        let cell = |column: Column| -> String {
            match column {
                Column::Id => session.id.clone(),
                Column::Day => day.clone(),
                Column::Start => start.clone(),
                Column::End => end.clone(),
                Column::Title => session.title.clone(),
                Column::Room => space.map_or(session.space.clone(), |s| s.name.fr.clone()),
                Column::RoomId => session.space.clone(),
                Column::Level => space.map_or(String::new(), |s| s.level.to_string()),
                Column::Format => format.map_or(session.format.clone(), |f| f.label.fr.clone()),
                Column::Themes => themes.join("; "),
                Column::Speakers => speakers.join("; "),
                Column::Summary => session.summary.clone().unwrap_or_default(),
                Column::Language => session.language.clone(),
                Column::Audience => session.audience.clone().unwrap_or_default(),
                Column::SignLanguage => yes_no(session.accessibility.sign_language),
                Column::Captions => yes_no(session.accessibility.live_captions),
                Column::StepFree => yes_no(session.accessibility.step_free),
                Column::Registration => registration_cell.clone(),
                Column::Seats => registration
                    .capacity
                    .map_or(String::new(), |n| n.to_string()),
                Column::DropIn => yes_no(format.is_some_and(|f| f.drop_in)),
                Column::Status => match session.status {
                    SessionStatus::Cancelled => "annulée".to_owned(),
                    SessionStatus::Scheduled => String::new(),
                },
            }
        };
        let record: Vec<String> = COLUMNS.iter().map(|c| cell(*c)).collect();
        let _ = writer.write_record(&record);
    }
    writer.into_inner().unwrap_or_default()
}

/// `28/09/2022` and `09:30`: an instant's day and time in the event's zone, as a French
/// spreadsheet writes them; the text as it is when it is not an instant.
fn wall(instant: &str, zone: &TimeZone) -> (String, String) {
    match time::parse_instant(instant) {
        Some(instant) => {
            let (date, clock) = time::local(instant, zone);
            (
                format!("{:02}/{:02}/{}", date.day(), date.month(), date.year()),
                format!("{:02}:{:02}", clock.hour(), clock.minute()),
            )
        }
        None => (instant.to_owned(), instant.to_owned()),
    }
}
