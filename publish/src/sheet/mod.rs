//! A programme from a spreadsheet: one row per session, in the columns of
//! `docs/spreadsheet-format.md`, read from CSV as spreadsheets write it (`;`, `,` or tab;
//! UTF-8 with or without a byte order mark, UTF-16, or Windows-1252 with a warning), or from
//! the first sheet of an `.ods` or `.xlsx` file (the command line only). Spaces, formats,
//! themes and speakers are derived from their names, with ids made from them, so the same sheet
//! gives the same ids every time. Every problem names its row and column as the spreadsheet
//! shows them, in French and in English; then the app's own validator runs, its problems
//! placed the same way.
//!
//! The CSV path builds for wasm32 (a browser page runs it): no file system here.

mod build;
mod cells;
mod export;
mod read;

#[cfg(not(target_arch = "wasm32"))]
mod book;

use nec_compagnon::domain::model::Localised;
use nec_compagnon::domain::problem::{Problem, ProblemKind};
use nec_compagnon::domain::Lang;

use crate::words::sheet::{sheet_words, SheetWords};

pub use crate::c3voc::Imported;
pub use export::export_csv;
pub use nec_compagnon::domain::load::LoadFailure;

/// What the sheet does not say: the event's name and its time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The event's name (`event.name`).
    pub title: String,
    /// The IANA zone the sheet's wall times are in, e.g. `Europe/Paris`.
    pub time_zone: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            title: "Programme".to_owned(),
            time_zone: "Europe/Paris".to_owned(),
        }
    }
}

/// Reads a CSV file's bytes as a programme, checked by the app's validator.
pub fn import_csv(bytes: &[u8], settings: &Settings) -> Result<Imported, LoadFailure> {
    let mut warnings = Vec::new();
    let rows = read::csv_rows(bytes, &mut warnings)?;
    build::import_rows(rows, settings, warnings)
}

/// Reads the first sheet of an `.ods` or `.xlsx` file (or `.xls`) as a programme, through the
/// same steps as a CSV file. The command line only: calamine does not go into a browser page.
#[cfg(not(target_arch = "wasm32"))]
pub fn import_book(bytes: &[u8], settings: &Settings) -> Result<Imported, LoadFailure> {
    build::import_rows(book::rows(bytes)?, settings, Vec::new())
}

/// The columns of the template, in its order (`SheetWords::columns` names them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Id,
    Day,
    Start,
    End,
    Title,
    Room,
    RoomId,
    Level,
    Format,
    Themes,
    Speakers,
    Summary,
    Language,
    Audience,
    SignLanguage,
    Captions,
    StepFree,
    Registration,
    Seats,
    DropIn,
    Status,
}

pub(crate) const COLUMNS: [Column; 21] = [
    Column::Id,
    Column::Day,
    Column::Start,
    Column::End,
    Column::Title,
    Column::Room,
    Column::RoomId,
    Column::Level,
    Column::Format,
    Column::Themes,
    Column::Speakers,
    Column::Summary,
    Column::Language,
    Column::Audience,
    Column::SignLanguage,
    Column::Captions,
    Column::StepFree,
    Column::Registration,
    Column::Seats,
    Column::DropIn,
    Column::Status,
];

/// A sheet must have these.
pub(crate) const REQUIRED: [Column; 5] = [
    Column::Day,
    Column::Start,
    Column::End,
    Column::Title,
    Column::Room,
];

impl Column {
    fn index(self) -> usize {
        self as usize
    }

    /// The column's name in `lang`, as the template writes it.
    pub(crate) fn name(self, lang: Lang) -> &'static str {
        sheet_words(lang).columns[self.index()]
    }

    /// The names a first row may give it, compared once folded (lower case, no accents, only
    /// letters and digits): the template's French and English names, and what people write.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Column::Id => &["id", "identifiant", "idsession", "sessionid"],
            Column::Day => &["jour", "date", "day"],
            Column::Start => &[
                "debut",
                "heurededebut",
                "heuredebut",
                "start",
                "starttime",
                "from",
                "begin",
            ],
            Column::End => &["fin", "heuredefin", "heurefin", "end", "endtime", "until"],
            Column::Title => &["titre", "intitule", "title"],
            Column::Room => &["salle", "espace", "lieu", "room", "space", "location"],
            Column::RoomId => &[
                "idsalle",
                "identifiantsalle",
                "idespace",
                "roomid",
                "spaceid",
            ],
            Column::Level => &["niveau", "level"],
            Column::Format => &["format", "type", "sessiontype"],
            Column::Themes => &[
                "themes",
                "theme",
                "thematiques",
                "thematique",
                "parcours",
                "tracks",
                "track",
            ],
            Column::Speakers => &[
                "intervenantesetintervenants",
                "intervenantsetintervenantes",
                "intervenants",
                "intervenantes",
                "quiintervient",
                "orateurs",
                "speakers",
                "speaker",
            ],
            Column::Summary => &[
                "resume",
                "description",
                "presentation",
                "summary",
                "abstract",
            ],
            Column::Language => &["langue", "language", "lang"],
            Column::Audience => &["public", "publicvise", "audience"],
            Column::SignLanguage => &[
                "lsf",
                "languedessignes",
                "interpretationlsf",
                "signlanguage",
            ],
            Column::Captions => &[
                "sttr",
                "soustitrage",
                "soustitrageentempsreel",
                "soustitres",
                "captions",
                "livecaptions",
                "cc",
            ],
            Column::StepFree => &["sansmarches", "sansmarche", "accessible", "stepfree"],
            Column::Registration => &["inscription", "surinscription", "registration"],
            Column::Seats => &["places", "jauge", "capacite", "seats", "capacity"],
            Column::DropIn => &["encontinu", "dropin"],
            Column::Status => &["statut", "etat", "status"],
        }
    }

    /// The column a first row's cell names, if any.
    fn named(text: &str) -> Option<Column> {
        let key = header_key(text);
        COLUMNS
            .into_iter()
            .find(|c| c.aliases().contains(&key.as_str()))
    }
}

/// A header folded for comparison: lower case, no accents, letters and digits only.
fn header_key(text: &str) -> String {
    nec_compagnon::domain::text::fold(text)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// A row of a sheet: its number as the spreadsheet shows it (from 1), its cells as text.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

/// Where a problem is, as the spreadsheet shows it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Place<'a> {
    File,
    Row(usize),
    /// A row and a column's name as the first row writes it.
    Cell(usize, &'a str),
}

/// A problem at `place`, said in each language: the place, then what `what` says. Its path is
/// empty: the place is in the sentence, so the app's error list and the commands show it as
/// they show any problem.
pub(crate) fn said(place: Place, what: impl Fn(&SheetWords, Lang) -> String) -> Problem {
    let text = |lang: Lang| {
        let w = sheet_words(lang);
        let what = what(w, lang);
        match place {
            Place::File => what,
            Place::Row(row) => format!("{}{}{what}", (w.row)(row), w.colon),
            Place::Cell(row, column) => format!("{}{}{what}", (w.cell)(row, column), w.colon),
        }
    };
    Problem::new(
        "",
        ProblemKind::Said(Localised {
            fr: text(Lang::Fr),
            en: Some(text(Lang::En)),
        }),
    )
}
