//! The programme data format v1, exactly as it is read from JSON (see docs/programme-format.md).
//!
//! These types only describe the file. Times stay strings here: `load` checks them and builds
//! the validated [`crate::domain::Programme`], so that a bad time is reported with its path.

use serde::{Deserialize, Serialize};

/// The only format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A text in French, optionally in English too: `{"fr": "…", "en": "…"}`, or a plain string
/// for a text in French only (a room's proper name, a file written in one language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Localised {
    pub fr: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl<'de> Deserialize<'de> for Localised {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Localised;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string or an object {\"fr\", \"en\"}")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Localised, E> {
                Ok(Localised::french(text))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Localised, A::Error> {
                let (mut fr, mut en) = (None, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "fr" if fr.is_some() => {
                            return Err(serde::de::Error::duplicate_field("fr"))
                        }
                        "en" if en.is_some() => {
                            return Err(serde::de::Error::duplicate_field("en"))
                        }
                        "fr" => fr = Some(map.next_value::<String>()?),
                        "en" => en = Some(map.next_value::<Option<String>>()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Localised {
                    fr: fr.ok_or_else(|| serde::de::Error::missing_field("fr"))?,
                    en: en.flatten(),
                })
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl Localised {
    /// A text in French only.
    pub fn french(text: impl Into<String>) -> Localised {
        Localised {
            fr: text.into(),
            en: None,
        }
    }

    /// The text in `lang`, falling back to French.
    pub fn get(&self, lang: crate::domain::Lang) -> &str {
        self.with_lang(lang).0
    }

    /// The text in `lang`, falling back to French, and the language it is written in: a
    /// French text shown on an English page is marked `lang="fr"` so that screen readers
    /// read it with a French voice (WCAG 3.1.2).
    pub fn with_lang(&self, lang: crate::domain::Lang) -> (&str, crate::domain::Lang) {
        // The English text when English is asked for and there is one; else the French one,
        // which every text has (French is the default language).
        match lang.pick(None, self.en.as_deref()) {
            Some(en) => (en, lang),
            None => (&self.fr, crate::domain::Lang::default()),
        }
    }
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgrammeFile {
    pub format_version: u32,
    pub event: Event,
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub formats: Vec<Format>,
    pub spaces: Vec<Space>,
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub name: String,
    /// The name under the installed app's icon, in tabs and titles ("NEC 2022"): about 12
    /// characters at most. The name when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// First day, `YYYY-MM-DD`, in the event's time zone.
    pub start_date: String,
    /// Last day (inclusive), `YYYY-MM-DD`.
    pub end_date: String,
    /// IANA time zone name, for example `Europe/Paris`.
    pub time_zone: String,
    pub venue: VenueRef,
    /// Languages of the sessions, BCP 47 codes (`fr`, `en`).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Changes whenever the organisers publish a new version of the programme.
    pub data_version: String,
    /// What in this file is real and what is illustrative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_note: Option<Localised>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Where to report an accessibility fault: an e-mail address or a web address, shown in
    /// the accessibility statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility_contact: Option<String>,
}

impl Event {
    /// The event's short name (`short_name`, else its name): what the app is called on a phone.
    pub fn short(&self) -> &str {
        self.short_name
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VenueRef {
    pub name: String,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Same-origin path of the venue map file, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub label: Localised,
    /// `#rrggbb`, chosen to contrast with white text.
    pub colour: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Format {
    pub id: String,
    pub label: Localised,
    /// Open all along, people come and go (an exhibitors' village, a welcome desk): its
    /// sessions overlap nothing in an agenda and keep nobody busy.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drop_in: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpaceKind {
    Plenary,
    Conference,
    Workshop,
    Village,
    Press,
    Welcome,
    Catering,
    Other,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpaceAccessibility {
    #[serde(default)]
    pub step_free: bool,
    #[serde(default)]
    pub hearing_loop: bool,
    #[serde(default)]
    pub accessible_toilets_nearby: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Localised>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Space {
    pub id: String,
    pub name: Localised,
    /// Floor number: 0 is the ground floor.
    pub level: i32,
    pub kind: SpaceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    #[serde(default)]
    pub accessibility: SpaceAccessibility,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionAccessibility {
    #[serde(default)]
    pub sign_language: bool,
    #[serde(default)]
    pub live_captions: bool,
    #[serde(default)]
    pub step_free: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity: Option<u32>,
    /// Registration is closed because the session is full.
    #[serde(default)]
    pub full: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    #[default]
    Scheduled,
    Cancelled,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Slides,
    Replay,
    Stream,
    Website,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub kind: LinkKind,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// Stable across data versions: agendas and share links refer to it.
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    #[serde(default, rename = "abstract", skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// RFC 3339 with an offset, for example `2022-09-28T09:30:00+02:00`.
    pub start: String,
    pub end: String,
    pub space: String,
    pub format: String,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub speakers: Vec<String>,
    /// BCP 47 code of the language spoken; defaults to `fr`.
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default)]
    pub accessibility: SessionAccessibility,
    #[serde(default)]
    pub registration: Registration,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub status: SessionStatus,
    /// Where and when the session was announced before it moved, if it moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousSlot>,
}

/// The slot a moved session had before: only what changed is given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviousSlot {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<String>,
}

fn default_language() -> String {
    "fr".to_owned()
}

impl Session {
    /// The language of the session's title, subtitle and summary, for `lang` attributes: the
    /// language spoken, when it is written as a BCP 47 tag ("fr", "en", "pt-BR", "gsw").
    /// Anything else gives none rather than a `lang` a screen reader cannot use.
    pub fn text_lang(&self) -> Option<&str> {
        is_language_tag(&self.language).then_some(self.language.as_str())
    }
}

/// A BCP 47 tag as pages use them: a primary language of 2 or 3 letters, then subtags of
/// 2 to 8 letters or digits.
pub fn is_language_tag(text: &str) -> bool {
    let mut parts = text.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bio: Option<String>,
    #[serde(default)]
    pub links: Vec<Link>,
}
