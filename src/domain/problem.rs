//! What can be wrong with a programme file, said so that a person can fix it, in French and
//! in English: where (the JSON path) and what.

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
}

impl RefKind {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (RefKind::Space, Lang::Fr) => "espace",
            (RefKind::Space, Lang::En) => "space",
            (RefKind::Format, Lang::Fr) => "format",
            (RefKind::Format, Lang::En) => "format",
            (RefKind::Theme, Lang::Fr) => "thème",
            (RefKind::Theme, Lang::En) => "theme",
            (RefKind::Speaker, Lang::Fr) => "intervenant ou intervenante",
            (RefKind::Speaker, Lang::En) => "speaker",
            (RefKind::Level, Lang::Fr) => "niveau",
            (RefKind::Level, Lang::En) => "level",
            (RefKind::Node, Lang::Fr) => "point de passage",
            (RefKind::Node, Lang::En) => "walking node",
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

    /// What is wrong, without the path.
    pub fn what(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let fr = lang == Lang::Fr;
        match &self.kind {
            NotJson { line, column } if fr => format!(
                "ce n'est pas du JSON valide (ligne {line}, colonne {column})"
            ),
            NotJson { line, column } => {
                format!("this is not valid JSON (line {line}, column {column})")
            }
            Truncated if fr => {
                "le fichier s'arrête avant la fin (téléchargement interrompu ?)".into()
            }
            Truncated => "the file stops before its end (interrupted download?)".into(),
            Empty if fr => "le fichier est vide".into(),
            Empty => "the file is empty".into(),
            Html if fr => "c'est une page web (HTML), pas un fichier JSON : l'adresse du fichier est peut-être fausse (un serveur envoie alors souvent sa page d'accueil)".into(),
            Html => "this is a web page (HTML), not a JSON file: the file's address may be wrong (a server then often sends its home page)".into(),
            MissingField { field } if fr => format!("le champ obligatoire « {field} » manque"),
            MissingField { field } => format!("the required field \"{field}\" is missing"),
            WrongType { found, expected } if fr => format!(
                "{} trouvé, {} attendu",
                describe_fr(found),
                describe_fr(expected)
            ),
            WrongType { found, expected } => format!("found {found}, expected {expected}"),
            UnknownValue { value, allowed } if fr => {
                format!("valeur inconnue « {value} » (valeurs possibles : {allowed})")
            }
            UnknownValue { value, allowed } => {
                format!("unknown value \"{value}\" (possible values: {allowed})")
            }
            Shape { detail } if fr => format!("forme inattendue ({detail})"),
            Shape { detail } => format!("unexpected shape ({detail})"),
            UnsupportedVersion { found, supported } if fr => format!(
                "version de format {found} non prise en charge (cette application lit la version {supported})"
            ),
            UnsupportedVersion { found, supported } => format!(
                "format version {found} is not supported (this app reads version {supported})"
            ),
            NotAnInstant { value } if fr => format!(
                "« {value} » n'est pas une date et heure RFC 3339 avec décalage horaire (exemple : 2022-09-28T09:30:00+02:00)"
            ),
            NotAnInstant { value } => format!(
                "\"{value}\" is not an RFC 3339 date-time with an offset (example: 2022-09-28T09:30:00+02:00)"
            ),
            NotADate { value } if fr => {
                format!("« {value} » n'est pas une date AAAA-MM-JJ (exemple : 2022-09-28)")
            }
            NotADate { value } => {
                format!("\"{value}\" is not a YYYY-MM-DD date (example: 2022-09-28)")
            }
            UnknownTimeZone { name } if fr => format!(
                "fuseau horaire « {name} » inconnu ou non pris en charge (exemple : Europe/Paris)"
            ),
            UnknownTimeZone { name } => format!(
                "time zone \"{name}\" is unknown or not supported (example: Europe/Paris)"
            ),
            UnknownReference { kind, id } if fr => format!(
                "{} « {id} » introuvable dans « {} »",
                kind.name(lang),
                kind.list()
            ),
            UnknownReference { kind, id } => {
                format!("{} \"{id}\" not found in \"{}\"", kind.name(lang), kind.list())
            }
            DuplicateId { id, first } if fr => {
                format!("l'identifiant « {id} » est déjà utilisé par {first}")
            }
            DuplicateId { id, first } => format!("the id \"{id}\" is already used by {first}"),
            EndNotAfterStart if fr => "la fin n'est pas après le début".into(),
            EndNotAfterStart => "the end is not after the start".into(),
            LastDayBeforeFirst if fr => "le dernier jour est avant le premier".into(),
            LastDayBeforeFirst => "the last day is before the first".into(),
            NotAColour { value } if fr => {
                format!("« {value} » n'est pas une couleur #rrggbb")
            }
            NotAColour { value } => format!("\"{value}\" is not an #rrggbb colour"),
            EmptyText if fr => "ce texte est vide".into(),
            EmptyText => "this text is empty".into(),
            OutsideEvent { day } if fr => format!(
                "la session commence le {day}, hors des jours de l'événement (event.start_date à event.end_date)"
            ),
            OutsideEvent { day } => format!(
                "the session starts on {day}, outside the event's days (event.start_date to event.end_date)"
            ),
            SpaceOverlap { other, title } if fr => {
                format!("a lieu dans le même espace en même temps que {other} (« {title} »)")
            }
            SpaceOverlap { other, title } => {
                format!("takes place in the same space at the same time as {other} (\"{title}\")")
            }
            TextTooLong { length, max } if fr => {
                format!("texte trop long : {length} caractères (au plus {max})")
            }
            TextTooLong { length, max } => format!("text too long: {length} characters (at most {max})"),
            TooFewPoints if fr => "un polygone a besoin d'au moins trois points".into(),
            TooFewPoints => "a polygon needs at least three points".into(),
            NotALength { value } if fr => {
                format!("« {value} » n'est pas une longueur positive en mètres")
            }
            NotALength { value } => format!("\"{value}\" is not a positive length in metres"),
            Unreachable { from } if fr => format!(
                "aucun chemin du graphe de marche ne relie cet espace à « {from} »"
            ),
            Unreachable { from } => {
                format!("no path of the walking graph links this space to \"{from}\"")
            }
            NotOnMap { id } if fr => format!(
                "l'espace « {id} » du programme n'est pas sur le plan (ajoutez-le à spaces)"
            ),
            NotOnMap { id } => {
                format!("the programme's space \"{id}\" is not on the map (add it to spaces)")
            }
            NoEntrance if fr => "le plan n'a aucun espace de type « entrance »".into(),
            NoEntrance => "the map has no space of kind \"entrance\"".into(),
            NoSessions if fr => "aucune session à importer".into(),
            NoSessions => "no session to import".into(),
            NotADuration { value } if fr => {
                format!("« {value} » n'est pas une durée H:MM")
            }
            NotADuration { value } => format!("\"{value}\" is not an H:MM duration"),
            MissingTimeZone { used } if fr => format!(
                "aucun fuseau horaire indiqué ; {used} est déduit des décalages horaires des sessions"
            ),
            MissingTimeZone { used } => format!(
                "no time zone given; {used} is inferred from the sessions' offsets"
            ),
            TimeZoneMismatch { declared, used } if fr => format!(
                "le fuseau « {declared} » ne correspond pas aux décalages des sessions ou n'est pas pris en charge ; {used} est utilisé"
            ),
            TimeZoneMismatch { declared, used } => format!(
                "the zone \"{declared}\" does not match the sessions' offsets or is not supported; {used} is used"
            ),
            DuplicateGuid { first } if fr => {
                format!("guid déjà utilisé par {first} ; un identifiant distinct est créé")
            }
            DuplicateGuid { first } => {
                format!("guid already used by {first}; a distinct id is made")
            }
            SharedRoomGuid { first } if fr => {
                format!("guid de salle déjà utilisé par {first} ; les salles restent distinctes par leur nom")
            }
            SharedRoomGuid { first } => {
                format!("room guid already used by {first}; rooms stay distinct by name")
            }
            EmptyLanguage { used } if fr => format!("langue vide ; « {used} » est utilisée"),
            EmptyLanguage { used } => format!("empty language; \"{used}\" is used"),
            OddLanguage { value, used } if fr => {
                format!("code de langue inhabituel « {value} » ; « {used} » est utilisé")
            }
            OddLanguage { value, used } => {
                format!("unusual language code \"{value}\"; \"{used}\" is used")
            }
            ZeroDuration if fr => "durée nulle ; 15 minutes sont comptées".into(),
            ZeroDuration => "zero duration; 15 minutes are used".into(),
        }
    }

    /// `sessions[12].start : « 28/09 » n'est pas une date…`, the way each language punctuates.
    pub fn message(&self, lang: Lang) -> String {
        let path = if self.path.is_empty() {
            "."
        } else {
            &self.path
        };
        match lang {
            Lang::Fr => format!("{path} : {}", self.what(lang)),
            Lang::En => format!("{path}: {}", self.what(lang)),
        }
    }
}

/// serde's words for types and values, in French.
fn describe_fr(serde_words: &str) -> String {
    let w = serde_words;
    let table: &[(&str, &str)] = &[
        ("a string or an object ", "un texte ou un objet "),
        ("a string", "un texte"),
        ("string ", "le texte "),
        ("a sequence", "une liste"),
        ("sequence", "une liste"),
        ("a map", "un objet"),
        ("map", "un objet"),
        ("struct ", "un objet "),
        ("integer ", "le nombre "),
        ("floating point ", "le nombre "),
        ("u8", "un nombre entier"),
        ("u16", "un nombre entier"),
        ("u32", "un nombre entier positif"),
        ("i32", "un nombre entier"),
        ("a boolean", "vrai ou faux (true/false)"),
        ("boolean ", "le booléen "),
        ("null", "null (aucune valeur)"),
        ("unit", "null (aucune valeur)"),
    ];
    for (en, fr) in table {
        if let Some(rest) = w.strip_prefix(en) {
            return format!("{fr}{rest}");
        }
    }
    w.to_owned()
}

/// Parses a whole JSON file as a `T`, or says what is wrong with it and where.
///
/// The path is found after the fact, from where serde_json stopped: tracking it while parsing
/// (serde_path_to_error) wrapped every `Deserialize` of the files in its own code (39 KB of
/// the WASM, 16 KB gzip) to serve only the rare broken file.
pub fn parse_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, Problem> {
    let start = json.trim_start_matches(['\u{feff}', ' ', '\t', '\n', '\r']);
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
                if let Some(Frame::Object { key, expects_key }) = frames.last_mut() {
                    if *expects_key {
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
    }
    path
}

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
