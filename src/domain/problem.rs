//! What can be wrong with a programme file, said so that a person can fix it, in French and
//! in English: where (the JSON path) and what.

use crate::domain::model::Localised;
use crate::domain::words::problem::{problem_words, References};
use crate::domain::Lang;

/// One thing wrong with a file, at a JSON path such as `sessions[12].start`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

/// The kinds of reference a session or a file can make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Space,
    Format,
    Theme,
    Speaker,
    /// A level of the venue map.
    Level,
    /// A node of the venue's walking graph.
    Node,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not JSON at all: a syntax error at a line and column.
    NotJson {
        line: usize,
        column: usize,
    },
    /// The file stops in the middle (often a download cut short).
    Truncated,
    /// Nothing in the file.
    Empty,
    /// Bytes that are not UTF-8 (a file saved as Windows-1252 or Latin-1): the first one's
    /// line and column (in characters, from 1).
    NotUtf8 {
        line: usize,
        column: usize,
    },
    /// A web page where a JSON file was expected: a wrong address, for which many servers send
    /// their home page.
    Html,
    MissingField {
        field: String,
    },
    WrongType {
        found: String,
        expected: String,
    },
    UnknownValue {
        value: String,
        allowed: String,
    },
    /// Any other shape error, with serde's own English words.
    Shape {
        detail: String,
    },
    UnsupportedVersion {
        found: u32,
        supported: u32,
    },
    NotAnInstant {
        value: String,
    },
    NotADate {
        value: String,
    },
    UnknownTimeZone {
        name: String,
    },
    UnknownReference {
        kind: RefKind,
        id: String,
    },
    DuplicateId {
        id: String,
        first: String,
    },
    EndNotAfterStart,
    /// A time written with a leap second (`23:59:60`), which the app cannot place.
    LeapSecond {
        value: String,
    },
    /// An id holding `bad`, a character an id may not hold (see `links`); `fixed` follows the
    /// rule.
    BadId {
        id: String,
        bad: char,
        fixed: String,
    },
    /// An address that may not become a link: not `https:`/`http:` (nor `mailto:` where
    /// `contact`).
    UnsafeLink {
        value: String,
        contact: bool,
    },
    /// Import warning: a web address written without its scheme; `used` is it with `https://`.
    LinkWithoutScheme {
        value: String,
        used: String,
    },
    /// `event.venue.map` on another site, or not a path of this one.
    MapElsewhere {
        value: String,
    },
    LastDayBeforeFirst,
    NotAColour {
        value: String,
    },
    EmptyText,
    /// A session whose start falls on no day of the event (in the event's zone).
    OutsideEvent {
        day: String,
    },
    /// Warning: two sessions in one space at once.
    SpaceOverlap {
        other: String,
        title: String,
    },
    /// Warning: a text longer than a screen can show well.
    TextTooLong {
        length: usize,
        max: usize,
    },
    /// Import: no event to import.
    NoSessions,
    /// Import: a duration that is not `H:MM`.
    NotADuration {
        value: String,
    },
    /// Import warning: the file names no time zone; `used` was inferred from the offsets.
    MissingTimeZone {
        used: String,
    },
    /// Import warning: the declared zone disagrees with the offsets (or is not supported).
    TimeZoneMismatch {
        declared: String,
        used: String,
    },
    /// Import warning: an event guid seen before (at `first`).
    DuplicateGuid {
        first: String,
    },
    /// Import warning: two rooms share one guid.
    SharedRoomGuid {
        first: String,
    },
    /// Import warning: an empty language code; `used` stands in.
    EmptyLanguage {
        used: String,
    },
    /// Import warning: a language code that is not a BCP 47 primary code.
    OddLanguage {
        value: String,
        used: String,
    },
    /// Import warning: a zero duration, given 15 minutes.
    ZeroDuration,
    /// Import warning: a value not of a shape the importer reads, left out (shown cut short).
    LeftOut {
        value: String,
    },
    /// Venue: a polygon with fewer than three points.
    TooFewPoints,
    /// Venue: a length that is not a positive number of metres.
    NotALength {
        value: String,
    },
    /// Venue: a space the walking graph does not connect to the first entrance.
    Unreachable {
        from: String,
    },
    /// Venue: a space of the programme that the map does not have.
    NotOnMap {
        id: String,
    },
    /// Venue: no space of kind `entrance`.
    NoEntrance,
    /// Found by a tool outside the loader (the spreadsheet importer, `publish/src/sheet`),
    /// which says it in each language itself, with its place (a row and a column) in the
    /// sentence: the app only shows it.
    Said(Localised),
}

impl RefKind {
    fn name(self, words: &References) -> &'static str {
        match self {
            RefKind::Space => words.space,
            RefKind::Format => words.format,
            RefKind::Theme => words.theme,
            RefKind::Speaker => words.speaker,
            RefKind::Level => words.level,
            RefKind::Node => words.node,
        }
    }

    fn list(self) -> &'static str {
        match self {
            RefKind::Space => "spaces",
            RefKind::Format => "formats",
            RefKind::Theme => "themes",
            RefKind::Speaker => "speakers",
            RefKind::Level => "levels",
            RefKind::Node => "nodes",
        }
    }
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// What is wrong, without the path. One exhaustive match: a new kind of problem does not
    /// compile until both languages can say it.
    pub fn what(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let w = problem_words(lang);
        match &self.kind {
            NotJson { line, column } => (w.not_json)(*line, *column),
            Truncated => w.truncated.into(),
            Empty => w.empty.into(),
            NotUtf8 { line, column } => (w.not_utf8)(*line, *column),
            Html => w.html.into(),
            MissingField { field } => (w.missing_field)(field),
            WrongType { found, expected } => (w.wrong_type)(found, expected),
            UnknownValue { value, allowed } => (w.unknown_value)(value, allowed),
            Shape { detail } => (w.shape)(detail),
            UnsupportedVersion { found, supported } => (w.unsupported_version)(*found, *supported),
            NotAnInstant { value } => (w.not_an_instant)(value),
            NotADate { value } => (w.not_a_date)(value),
            UnknownTimeZone { name } => (w.unknown_time_zone)(name),
            UnknownReference { kind, id } => {
                (w.unknown_reference)(kind.name(&w.references), id, kind.list())
            }
            DuplicateId { id, first } => (w.duplicate_id)(id, first),
            EndNotAfterStart => w.end_not_after_start.into(),
            LeapSecond { value } => (w.leap_second)(value),
            BadId { id, bad, fixed } => (w.bad_id)(id, *bad, fixed),
            UnsafeLink { value, contact } => (w.unsafe_link)(value, *contact),
            MapElsewhere { value } => (w.map_elsewhere)(value),
            LinkWithoutScheme { value, used } => (w.link_without_scheme)(value, used),
            LastDayBeforeFirst => w.last_day_before_first.into(),
            NotAColour { value } => (w.not_a_colour)(value),
            EmptyText => w.empty_text.into(),
            OutsideEvent { day } => (w.outside_event)(day),
            SpaceOverlap { other, title } => (w.space_overlap)(other, title),
            TextTooLong { length, max } => (w.text_too_long)(*length, *max),
            NoSessions => w.no_sessions.into(),
            NotADuration { value } => (w.not_a_duration)(value),
            MissingTimeZone { used } => (w.missing_time_zone)(used),
            TimeZoneMismatch { declared, used } => (w.time_zone_mismatch)(declared, used),
            DuplicateGuid { first } => (w.duplicate_guid)(first),
            SharedRoomGuid { first } => (w.shared_room_guid)(first),
            EmptyLanguage { used } => (w.empty_language)(used),
            OddLanguage { value, used } => (w.odd_language)(value, used),
            ZeroDuration => w.zero_duration.into(),
            LeftOut { value } => (w.left_out)(value),
            TooFewPoints => w.too_few_points.into(),
            NotALength { value } => (w.not_a_length)(value),
            Unreachable { from } => (w.unreachable)(from),
            NotOnMap { id } => (w.not_on_map)(id),
            NoEntrance => w.no_entrance.into(),
            Said(text) => text.get(lang).to_owned(),
        }
    }

    /// `sessions[12].start : « 28/09 » n'est pas une date…`, the way each language punctuates.
    pub fn message(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            "."
        } else {
            &self.path
        };
        format!("{path}{}{}", problem_words(lang).colon, self.what(lang))
    }
}

/// A file's bytes as text, or where its first byte that is not UTF-8 is (line, and column in
/// characters). The app and `check-data` both read files through it, so they say the same.
pub fn utf8(bytes: &[u8]) -> Result<&str, Problem> {
    std::str::from_utf8(bytes).map_err(|error| {
        let good = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
        let line = good.matches('\n').count() + 1;
        let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Problem::new("", ProblemKind::NotUtf8 { line, column })
    })
}

/// Parses a whole JSON file as a `T`, or says what is wrong with it and where.
///
/// The path is found after the fact, from where serde_json stopped: tracking it while parsing
/// (serde_path_to_error) wrapped every `Deserialize` of the files in its own code (39 KB of
/// the WASM, 16 KB gzip) to serve only the rare broken file.
pub fn parse_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Problem> {
    // A byte order mark, as Windows editors and spreadsheets write it, is not part of the JSON;
    // lines and columns are counted after it.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let start = json.trim_start_matches([' ', '\t', '\n', '\r']);
    if start.is_empty() {
        return Err(Problem::new("", ProblemKind::Empty));
    }
    if start.starts_with('<') {
        return Err(Problem::new("", ProblemKind::Html));
    }
    serde_json::from_str(json).map_err(|error| {
        let path = path_at(json, error.line(), error.column());
        from_json_error(path, &error)
    })
}

/// The JSON path of the value being read when a parser stopped at `line` and `column` (as
/// serde_json counts them: lines from 1, columns in bytes, after what it consumed), written as
/// `sessions[2].title`.
///
/// An object's key stays current until its comma or closing brace: a value refused once read
/// (a wrong type, an unknown variant) is reported at its key, and a field found missing when
/// the object closed at the object's own path.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            expects_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let bytes = json.as_bytes();
    let line_start = if line <= 1 {
        0
    } else {
        bytes
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(line - 2)
            .map_or(bytes.len(), |(i, _)| i + 1)
    };
    let end = (line_start + column).min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => frames.push(Frame::Object {
                key: None,
                expects_key: true,
            }),
            b'[' => frames.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                frames.pop();
            }
            b',' => match frames.last_mut() {
                Some(Frame::Object { key, expects_key }) => {
                    *key = None;
                    *expects_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                // A key cut off by the end of the file names nothing yet.
                let closed = i < bytes.len();
                if let Some(Frame::Object { key, expects_key }) = frames.last_mut() {
                    if *expects_key && closed {
                        let raw = &json[start..(i + 1).min(json.len())];
                        *key = Some(
                            serde_json::from_str::<String>(raw)
                                .unwrap_or_else(|_| raw.trim_matches('"').to_owned()),
                        );
                        *expects_key = false;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &frames {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
        // A file nested thousands deep would make a path no one can read: its start says where.
        if path.len() > MAX_PATH {
            let cut = (0..=MAX_PATH)
                .rev()
                .find(|&i| path.is_char_boundary(i))
                .unwrap_or(0);
            path.truncate(cut);
            path.push('…');
            break;
        }
    }
    path
}

/// The longest JSON path a problem names, in bytes, before it is cut with "…".
const MAX_PATH: usize = 200;

/// Turns a serde_json error found at `path` into a [`Problem`].
pub fn from_json_error(path: String, inner: &serde_json::Error) -> Problem {
    use serde_json::error::Category;
    let kind = match inner.classify() {
        Category::Syntax | Category::Io => ProblemKind::NotJson {
            line: inner.line(),
            column: inner.column(),
        },
        Category::Eof => ProblemKind::Truncated,
        Category::Data => {
            let text = inner.to_string();
            let text = text
                .rsplit_once(" at line ")
                .map_or(text.as_str(), |(head, _)| head);
            return data_problem(path, text);
        }
    };
    Problem::new(path, kind)
}

fn data_problem(path: String, text: &str) -> Problem {
    let between = |s: &str| s.split('`').nth(1).unwrap_or("").to_owned();
    if let Some(rest) = text.strip_prefix("missing field ") {
        let field = between(rest);
        let path = if path.is_empty() {
            field.clone()
        } else {
            format!("{path}.{field}")
        };
        return Problem::new(path, ProblemKind::MissingField { field });
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return Problem::new(
                path,
                ProblemKind::WrongType {
                    found: found.to_owned(),
                    expected: expected.to_owned(),
                },
            );
        }
    }
    if let Some(rest) = text.strip_prefix("unknown variant ") {
        let value = between(rest);
        let allowed = rest
            .split_once("expected ")
            .map(|(_, list)| {
                // serde writes "`a` or `b`" for two values, "one of `a`, `b`, `c`" for more.
                list.trim_start_matches("one of ")
                    .replace("` or `", ", ")
                    .replace('`', "")
            })
            .unwrap_or_default();
        return Problem::new(path, ProblemKind::UnknownValue { value, allowed });
    }
    Problem::new(
        path,
        ProblemKind::Shape {
            detail: text.to_owned(),
        },
    )
}
