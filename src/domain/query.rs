//! What a person is looking for in the programme: a day, words, filters. It lives in the URL
//! (`/programme?jour=2022-09-28&theme=inclusion&q=tiers`), so a shared link shows the same view.
//! Matching is accent- and case-insensitive ("reseau" finds "réseau", "oeuvre" finds "œuvre").

use std::collections::BTreeMap;

use jiff::civil::Date;
use jiff::Timestamp;

use crate::domain::model::SessionStatus;
use crate::domain::text::fold;
use crate::domain::words::query::query_words;
use crate::domain::{time, Lang, Programme, ScheduledSession};

/// An accessibility facet a person can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    SignLanguage,
    LiveCaptions,
    StepFree,
}

impl Facet {
    pub const ALL: [Facet; 3] = [Facet::SignLanguage, Facet::LiveCaptions, Facet::StepFree];

    /// The word used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            Facet::SignLanguage => "lsf",
            Facet::LiveCaptions => "soustitres",
            Facet::StepFree => "sansmarche",
        }
    }

    fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn holds(self, session: &ScheduledSession) -> bool {
        let a = &session.data.accessibility;
        match self {
            Facet::SignLanguage => a.sign_language,
            Facet::LiveCaptions => a.live_captions,
            Facet::StepFree => a.step_free,
        }
    }
}

/// The programme view a person asked for. Empty lists mean "no filter".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub day: Option<Date>,
    /// Every day in one list (`jour=tous`): to read or print the whole programme.
    pub all_days: bool,
    pub text: String,
    pub themes: Vec<String>,
    pub formats: Vec<String>,
    pub spaces: Vec<String>,
    pub languages: Vec<String>,
    pub facets: Vec<Facet>,
    /// Only what runs now.
    pub now_only: bool,
    /// The grid (spaces × time) instead of the list.
    pub grid: bool,
}

/// The filter dimensions, each with its URL key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dimension {
    Theme,
    Format,
    Space,
    Language,
    Facet,
}

impl Dimension {
    pub const ALL: [Dimension; 5] = [
        Dimension::Theme,
        Dimension::Format,
        Dimension::Space,
        Dimension::Language,
        Dimension::Facet,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Dimension::Theme => "theme",
            Dimension::Format => "format",
            Dimension::Space => "espace",
            Dimension::Language => "langue",
            Dimension::Facet => "acces",
        }
    }
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

impl Query {
    /// Every URL parameter `from_params` reads.
    pub const KEYS: [&'static str; 9] = [
        "jour", "q", "theme", "format", "espace", "langue", "acces", "encours", "vue",
    ];

    /// Reads the query from URL parameters; unknown or malformed values are ignored, never
    /// an error: a hand-edited or truncated link still opens the programme.
    pub fn from_params<'a>(params: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut query = Query::default();
        for (key, value) in params {
            match key {
                // The last day named wins, "tous" (every day) as a date.
                "jour" if value == "tous" => (query.all_days, query.day) = (true, None),
                "jour" => (query.all_days, query.day) = (false, time::parse_date(value)),
                "q" => query.text = value.chars().take(200).collect(),
                "theme" => query.themes.extend(split_list(value)),
                "format" => query.formats.extend(split_list(value)),
                "espace" => query.spaces.extend(split_list(value)),
                "langue" => query.languages.extend(split_list(value)),
                "acces" => query
                    .facets
                    .extend(split_list(value).iter().filter_map(|k| Facet::from_key(k))),
                "encours" => query.now_only = value == "1" || value == "oui",
                "vue" => query.grid = value == "grille",
                _ => {}
            }
        }
        for list in [
            &mut query.themes,
            &mut query.formats,
            &mut query.spaces,
            &mut query.languages,
        ] {
            list.sort();
            list.dedup();
        }
        query.facets.sort();
        query.facets.dedup();
        query
    }

    /// The parameters, in a fixed order, without the empty ones.
    pub fn to_params(&self) -> Vec<(&'static str, String)> {
        let mut params = Vec::new();
        if self.all_days {
            params.push(("jour", "tous".to_owned()));
        } else if let Some(day) = self.day {
            params.push(("jour", day.to_string()));
        }
        for dimension in Dimension::ALL {
            let values = self.selected(dimension);
            if !values.is_empty() {
                params.push((dimension.key(), values.join(",")));
            }
        }
        if self.now_only {
            params.push(("encours", "1".to_owned()));
        }
        if self.grid {
            params.push(("vue", "grille".to_owned()));
        }
        if !self.text.trim().is_empty() {
            params.push(("q", self.text.clone()));
        }
        params
    }

    /// `?jour=2022-09-28&theme=inclusion&q=tiers`, percent-encoded; empty when nothing is set.
    pub fn to_query_string(&self) -> String {
        let params = self.to_params();
        if params.is_empty() {
            return String::new();
        }
        let pairs: Vec<String> = params
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect();
        format!("?{}", pairs.join("&"))
    }

    pub fn selected(&self, dimension: Dimension) -> Vec<String> {
        match dimension {
            Dimension::Theme => self.themes.clone(),
            Dimension::Format => self.formats.clone(),
            Dimension::Space => self.spaces.clone(),
            Dimension::Language => self.languages.clone(),
            Dimension::Facet => self.facets.iter().map(|f| f.key().to_owned()).collect(),
        }
    }

    /// The same query with `value` added to or removed from `dimension`.
    pub fn toggled(&self, dimension: Dimension, value: &str) -> Query {
        let mut next = self.clone();
        let toggle = |list: &mut Vec<String>| {
            if let Some(i) = list.iter().position(|v| v == value) {
                list.remove(i);
            } else {
                list.push(value.to_owned());
                list.sort();
            }
        };
        match dimension {
            Dimension::Theme => toggle(&mut next.themes),
            Dimension::Format => toggle(&mut next.formats),
            Dimension::Space => toggle(&mut next.spaces),
            Dimension::Language => toggle(&mut next.languages),
            Dimension::Facet => {
                if let Some(facet) = Facet::from_key(value) {
                    if let Some(i) = next.facets.iter().position(|f| *f == facet) {
                        next.facets.remove(i);
                    } else {
                        next.facets.push(facet);
                        next.facets.sort();
                    }
                }
            }
        }
        next
    }

    /// Any filter or search text set (the day does not count).
    pub fn is_filtered(&self) -> bool {
        !self.text.trim().is_empty()
            || self.now_only
            || Dimension::ALL.iter().any(|d| !self.selected(*d).is_empty())
    }

    /// Every option chosen, dimension by dimension: the filters a person removes one by one.
    pub fn chosen(&self) -> Vec<(Dimension, String)> {
        Dimension::ALL
            .into_iter()
            .flat_map(|d| self.selected(d).into_iter().map(move |v| (d, v)))
            .collect()
    }

    /// The same view without its chosen options: the day, the words, "en cours" and the
    /// view stay.
    pub fn without_options(&self) -> Query {
        Query {
            themes: Vec::new(),
            formats: Vec::new(),
            spaces: Vec::new(),
            languages: Vec::new(),
            facets: Vec::new(),
            ..self.clone()
        }
    }

    /// The same day, with every filter and the search text cleared.
    pub fn cleared(&self) -> Query {
        Query {
            day: self.day,
            all_days: self.all_days,
            grid: self.grid,
            ..Query::default()
        }
    }
}

/// Percent-encodes a URL parameter value (UTF-8; letters, digits and `-._~,` kept).
pub fn encode(value: &str) -> String {
    let mut out = String::new();
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b',' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The folded words of a search text.
pub fn terms(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One folded text per session, built once: titles, abstracts, speakers and their
/// organisations, themes and format in both languages, space names.
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    pub fn new(programme: &Programme) -> SearchIndex {
        let haystacks = programme
            .sessions()
            .iter()
            .map(|session| {
                let s = &session.data;
                let mut parts: Vec<&str> = vec![&s.title];
                parts.extend(s.subtitle.as_deref());
                parts.extend(s.summary.as_deref());
                for id in &s.speakers {
                    if let Some(speaker) = programme.speaker(id) {
                        parts.push(&speaker.name);
                        parts.extend(speaker.organisation.as_deref());
                    }
                }
                for id in &s.themes {
                    if let Some(theme) = programme.theme(id) {
                        parts.push(&theme.label.fr);
                        parts.extend(theme.label.en.as_deref());
                    }
                }
                if let Some(format) = programme.format(&s.format) {
                    parts.push(&format.label.fr);
                    parts.extend(format.label.en.as_deref());
                }
                if let Some(space) = programme.space(&s.space) {
                    parts.push(&space.name.fr);
                    parts.extend(space.name.en.as_deref());
                }
                fold(&parts.join(" \u{1f} "))
            })
            .collect();
        SearchIndex { haystacks }
    }

    /// Whether session `index` (in `Programme::sessions()` order) holds every term.
    pub fn matches(&self, index: usize, terms: &[String]) -> bool {
        let haystack = &self.haystacks[index];
        terms.iter().all(|term| haystack.contains(term.as_str()))
    }
}

/// What the programme shows for a query, and how many sessions each option would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// Positions in `Programme::sessions()` of the sessions shown: on the chosen day, or on
    /// every day for a search (`every_day`).
    pub sessions: Vec<usize>,
    /// Whether the list holds every day's matches: a search by words looks in the whole
    /// programme, and so does "Tous les jours" (the list, not the grid, which draws one day).
    pub every_day: bool,
    /// Matching sessions on each day, whatever the chosen day.
    pub per_day: BTreeMap<Date, usize>,
    /// For each dimension and option: sessions that option would show in the list (the chosen
    /// day, or every day), with the other dimensions' filters applied.
    pub counts: BTreeMap<(Dimension, String), usize>,
}

fn value_matches(dimension: Dimension, session: &ScheduledSession, value: &str) -> bool {
    let s = &session.data;
    match dimension {
        Dimension::Theme => s.themes.iter().any(|t| t == value),
        Dimension::Format => s.format == value,
        Dimension::Space => s.space == value,
        Dimension::Language => s.language == value,
        Dimension::Facet => Facet::from_key(value).is_some_and(|f| f.holds(session)),
    }
}

/// Whether a session passes the filter of one dimension (any of its selected values).
fn passes(query: &Query, dimension: Dimension, session: &ScheduledSession) -> bool {
    let selected = query.selected(dimension);
    match dimension {
        // Facets combine with AND: "LSF and step-free" means both.
        Dimension::Facet => selected
            .iter()
            .all(|v| value_matches(dimension, session, v)),
        _ => {
            selected.is_empty()
                || selected
                    .iter()
                    .any(|v| value_matches(dimension, session, v))
        }
    }
}

/// Runs `query` on the programme at instant `now` (used by "en cours", and for the day shown
/// when the query names none: `Programme::default_day`).
pub fn run<'a>(
    programme: &Programme,
    index: impl FnOnce() -> &'a SearchIndex,
    query: &Query,
    now: Timestamp,
) -> Results {
    let words = terms(&query.text);
    // The index is asked for only when there is text to look for.
    let index = (!words.is_empty()).then(index);
    let day = query.day.unwrap_or_else(|| programme.default_day(now));
    let every_day = (!words.is_empty() || query.all_days) && !query.grid;
    let in_list = |i: usize| every_day || programme.day_of(i) == day;
    // Sessions that pass the search text and "now": the base every count starts from.
    let base: Vec<usize> = programme
        .sessions()
        .iter()
        .enumerate()
        .filter(|(i, s)| {
            index.is_none_or(|index| index.matches(*i, &words))
                && (!query.now_only
                    || (s.start <= now && now < s.end && s.data.status != SessionStatus::Cancelled))
        })
        .map(|(i, _)| i)
        .collect();
    let all =
        |session: &ScheduledSession| Dimension::ALL.iter().all(|d| passes(query, *d, session));

    let mut per_day: BTreeMap<Date, usize> = programme.days().into_iter().map(|d| (d, 0)).collect();
    let mut sessions = Vec::new();
    for &i in &base {
        let session = &programme.sessions()[i];
        if all(session) {
            let on = programme.day_of(i);
            *per_day.entry(on).or_default() += 1;
            if every_day || on == day {
                sessions.push(i);
            }
        }
    }

    let mut counts = BTreeMap::new();
    for dimension in Dimension::ALL {
        for &i in &base {
            let session = &programme.sessions()[i];
            if !in_list(i) {
                continue;
            }
            let others = Dimension::ALL
                .iter()
                .filter(|d| **d != dimension)
                .all(|d| passes(query, *d, session));
            if !others {
                continue;
            }
            for value in options_of(dimension, session) {
                // For facets (AND), an option counts the sessions with it and the ones chosen.
                if dimension == Dimension::Facet && !passes(query, dimension, session) {
                    continue;
                }
                *counts.entry((dimension, value)).or_default() += 1;
            }
        }
    }
    Results {
        sessions,
        every_day,
        per_day,
        counts,
    }
}

/// The options a session offers in a dimension.
fn options_of(dimension: Dimension, session: &ScheduledSession) -> Vec<String> {
    let s = &session.data;
    match dimension {
        Dimension::Theme => s.themes.clone(),
        Dimension::Format => vec![s.format.clone()],
        Dimension::Space => vec![s.space.clone()],
        Dimension::Language => vec![s.language.clone()],
        Dimension::Facet => Facet::ALL
            .into_iter()
            .filter(|f| f.holds(session))
            .map(|f| f.key().to_owned())
            .collect(),
    }
}

/// Splits `text` into runs, marking those that match a search term, for highlighting.
/// Positions are found on the folded text and mapped back to the original characters.
pub fn highlight(text: &str, terms: &[String]) -> Vec<(String, bool)> {
    if terms.is_empty() {
        return vec![(text.to_owned(), false)];
    }
    // Folded text, and for each of its bytes the original character index it came from.
    let chars: Vec<char> = text.chars().collect();
    let mut folded = String::new();
    let mut origin = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        let f = fold(&c.to_string());
        origin.extend(std::iter::repeat_n(i, f.len()));
        folded.push_str(&f);
    }
    let mut marked = vec![false; chars.len()];
    for term in terms {
        for (at, _) in folded.match_indices(term.as_str()) {
            for byte in at..at + term.len() {
                marked[origin[byte]] = true;
            }
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in chars.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((run, mark)) if *mark == m => run.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
}

/// Label of a language code for the filter, in the interface's language.
pub fn language_name(code: &str, lang: Lang) -> String {
    query_words(lang)
        .languages
        .iter()
        .find(|(known, _)| *known == code)
        .map_or(code, |(_, name)| name)
        .to_owned()
}

/// A day's list as the programme shows it while the event runs: the sessions over at `now` are
/// folded (kept apart, counted), so the list starts with what runs now and what comes next.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    /// Positions of the sessions over (ended at or before `now`), in the list's order.
    pub over: Vec<usize>,
    /// The others: running now, or to come.
    pub shown: Vec<usize>,
}

/// Splits a list of sessions at `now`: what is over, and the rest.
pub fn fold_over(programme: &Programme, positions: &[usize], now: Timestamp) -> Folded {
    let (over, shown) = positions
        .iter()
        .partition(|&&i| programme.sessions()[i].end <= now);
    Folded { over, shown }
}

/// Where a session stands at an instant, as its card says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Standing {
    /// Not started yet (or cancelled before its end).
    #[default]
    ToCome,
    /// Started, not ended, not cancelled: "En cours".
    Running,
    /// Ended.
    Over,
}

/// Where session `i` stands at `now`.
pub fn standing(programme: &Programme, i: usize, now: Timestamp) -> Standing {
    let s = &programme.sessions()[i];
    if s.end <= now {
        Standing::Over
    } else if s.start <= now && s.data.status != SessionStatus::Cancelled {
        Standing::Running
    } else {
        Standing::ToCome
    }
}
