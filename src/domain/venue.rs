//! The venue map format v1 (see docs/venue-format.md): levels, spaces drawn as polygons in
//! local metres, a walking graph, and the surroundings; its loader and checks.

use std::collections::{HashMap, VecDeque};

use serde::{Deserialize, Serialize};

use crate::domain::geometry::{Bounds, Point, View};
use crate::domain::load::index;
use crate::domain::model::Localised;
use crate::domain::problem::{parse_json, Problem, ProblemKind, RefKind};
use crate::domain::{LoadFailure, Programme};

/// The only venue format version this build reads.
pub const VENUE_FORMAT_VERSION: u32 = 1;

/// The whole venue file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VenueFile {
    pub format_version: u32,
    pub name: String,
    /// What in this file is real and what is illustrative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_note: Option<Localised>,
    /// From the lowest to the highest.
    pub levels: Vec<Level>,
    /// Shapes drawn for orientation only (stands, the pitch): not places one goes to.
    #[serde(default)]
    pub outlines: Vec<Outline>,
    pub spaces: Vec<MapSpace>,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surroundings: Option<Surroundings>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    /// Floor number: 0 is the ground floor.
    pub id: i32,
    pub name: Localised,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outline {
    pub name: Option<Localised>,
    pub kind: OutlineKind,
    /// Levels it is drawn on; every level when empty.
    #[serde(default)]
    pub levels: Vec<i32>,
    pub polygon: Vec<Point>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutlineKind {
    Pitch,
    Stand,
    Forecourt,
    Building,
}

/// What a space is for: its colour and symbol on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MapKind {
    Plenary,
    Conference,
    Workshop,
    Village,
    Welcome,
    Catering,
    Toilets,
    AccessibleToilets,
    Lift,
    Stairs,
    Entrance,
    FirstAid,
    Cloakroom,
    Press,
    Other,
}

impl MapKind {
    /// The kind's name in the data (`accessible_toilets`), also its CSS class.
    pub fn key(self) -> &'static str {
        match self {
            MapKind::Plenary => "plenary",
            MapKind::Conference => "conference",
            MapKind::Workshop => "workshop",
            MapKind::Village => "village",
            MapKind::Welcome => "welcome",
            MapKind::Catering => "catering",
            MapKind::Toilets => "toilets",
            MapKind::AccessibleToilets => "accessible_toilets",
            MapKind::Lift => "lift",
            MapKind::Stairs => "stairs",
            MapKind::Entrance => "entrance",
            MapKind::FirstAid => "first_aid",
            MapKind::Cloakroom => "cloakroom",
            MapKind::Press => "press",
            MapKind::Other => "other",
        }
    }

    /// The short sign drawn on a small service room instead of its name (the legend says
    /// them all: `MapKind::WITH_SYMBOL`).
    pub fn symbol(self) -> Option<&'static str> {
        match self {
            MapKind::Toilets => Some("WC"),
            MapKind::AccessibleToilets => Some("♿ WC"),
            MapKind::Lift => Some("⇅"),
            MapKind::Stairs => Some("▤"),
            MapKind::FirstAid => Some("✚"),
            MapKind::Entrance => Some("→"),
            _ => None,
        }
    }

    /// The kinds drawn with a symbol, in the legend's order.
    pub const WITH_SYMBOL: [MapKind; 6] = [
        MapKind::Entrance,
        MapKind::Lift,
        MapKind::Stairs,
        MapKind::Toilets,
        MapKind::AccessibleToilets,
        MapKind::FirstAid,
    ];

    /// Where sessions happen (the others are services).
    pub fn hosts_sessions(self) -> bool {
        matches!(
            self,
            MapKind::Plenary
                | MapKind::Conference
                | MapKind::Workshop
                | MapKind::Village
                | MapKind::Press
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapSpace {
    /// The programme's space id for rooms that host sessions.
    pub id: String,
    pub name: Localised,
    pub kind: MapKind,
    pub level: i32,
    pub polygon: Vec<Point>,
    /// Where its name is written.
    pub label: Point,
    /// The walking-graph node at its door.
    pub node: String,
    /// The name or the place is made up for the demonstration.
    #[serde(default)]
    pub illustrative: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localised>,
}

impl MapSpace {
    /// The upright rectangle around its polygon.
    pub fn bounds(&self) -> Bounds {
        Bounds::of(&self.polygon).unwrap_or(Bounds {
            min: self.label,
            max: self.label,
        })
    }
}

/// How much of the screen a chosen room or a route's part takes when the map opens on it: of
/// its width or its height, whichever limits.
pub const FOCUS_SHARE: f64 = 0.4;

/// Metres kept around a route's nodes when the map frames it.
pub const ROUTE_MARGIN: f64 = 5.0;

/// A room's label, in CSS pixels whatever the zoom.
pub const LABEL_FONT_PX: f64 = 13.0;

/// Pixels kept free between a label and its room's edges.
const LABEL_PAD_PX: f64 = 2.0;

/// A label's width in pixels at `LABEL_FONT_PX`, in a bold sans-serif: a generous estimate
/// per character, so that a label said to fit does fit (the e2e suite measures them).
pub fn label_width_px(text: &str) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' | 'i' | 'l' | 'j' | 'I' | '\'' | '.' | ',' | '(' | ')' => 0.4,
            'f' | 't' | 'r' => 0.5,
            'm' | 'w' => 1.08,
            'M' | 'W' => 1.1,
            '–' | '…' => 1.0,
            c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.84,
            c if c.is_alphabetic() => 0.71,
            // Symbols (♿, ⇅, ▤, ✚, →): a whole em.
            _ => 1.05,
        })
        .sum();
    em * LABEL_FONT_PX
}

/// A label's box on the map, centred on `at` as the map writes it.
pub fn label_box(text: &str, at: Point, metres_per_pixel: f64) -> Bounds {
    let (w, h) = (
        label_width_px(text) * metres_per_pixel,
        LABEL_FONT_PX * 1.3 * metres_per_pixel,
    );
    Bounds {
        min: [at[0] - w / 2.0, at[1] - h / 2.0],
        max: [at[0] + w / 2.0, at[1] + h / 2.0],
    }
}

/// The forms a room's name may take, longest first: whole, then before its first " – " or
/// " (" ("Grand Salon", "Atelier 4"); for the chosen room, then cut a word or a letter at a
/// time with "…", down to three letters.
fn label_forms(name: &str, chosen: bool) -> Vec<String> {
    let name = name.trim();
    let mut forms = vec![name.to_owned()];
    let short = [" – ", " ("]
        .iter()
        .filter_map(|sep| name.find(sep))
        .min()
        .map(|at| name[..at].trim_end().to_owned());
    if let Some(short) = short.filter(|s| !s.is_empty()) {
        forms.push(short);
    }
    if chosen {
        let last = forms.last().cloned().unwrap_or_default();
        let chars: Vec<char> = last.chars().collect();
        for n in (3..chars.len()).rev() {
            let cut: String = chars[..n].iter().collect();
            forms.push(format!("{}…", cut.trim_end()));
        }
    }
    forms.dedup();
    forms
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub level: i32,
    pub at: Point,
    /// A landmark a person can recognise ("hall de la tribune Lepagnot").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Localised>,
}

/// How an edge is walked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    #[default]
    Walk,
    Stairs,
    Lift,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub from: String,
    pub to: String,
    /// Walking length in metres (for a lift, the distance across the cabin).
    pub length: f64,
    #[serde(default)]
    pub via: Via,
    /// False for a walk with a step or a kerb; stairs are never step-free whatever this says.
    #[serde(default = "yes")]
    pub step_free: bool,
}

fn yes() -> bool {
    true
}

impl Edge {
    pub fn is_step_free(&self) -> bool {
        self.step_free && self.via != Via::Stairs
    }
}

/// The area around the venue, in metres from the venue's centre (x east, y south).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Surroundings {
    pub places: Vec<Place>,
    #[serde(default)]
    pub streets: Vec<Street>,
    pub ways: Vec<Way>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub name: Localised,
    pub kind: PlaceKind,
    pub at: Point,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    Stadium,
    Station,
    BusStop,
    CarPark,
    Entrance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Street {
    pub name: String,
    pub line: Vec<Point>,
}

/// A walking way from a place to an entrance, drawn and described.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Way {
    pub from: String,
    pub to: String,
    pub line: Vec<Point>,
    pub minutes: u32,
    #[serde(default = "yes")]
    pub step_free: bool,
    pub directions: Localised,
}

/// A checked venue: every reference resolves and every space can be walked to.
#[derive(Debug, Clone)]
pub struct Venue {
    file: VenueFile,
    spaces: HashMap<String, usize>,
    nodes: HashMap<String, usize>,
    /// For each node, the edges that touch it.
    pub(crate) adjacency: Vec<Vec<usize>>,
    bounds: Bounds,
}

impl Venue {
    pub fn name(&self) -> &str {
        &self.file.name
    }

    pub fn data_note(&self) -> Option<&Localised> {
        self.file.data_note.as_ref()
    }

    pub fn levels(&self) -> &[Level] {
        &self.file.levels
    }

    pub fn level(&self, id: i32) -> Option<&Level> {
        self.file.levels.iter().find(|l| l.id == id)
    }

    pub fn spaces(&self) -> &[MapSpace] {
        &self.file.spaces
    }

    pub fn space(&self, id: &str) -> Option<&MapSpace> {
        self.spaces.get(id).map(|&i| &self.file.spaces[i])
    }

    /// The spaces of a level, in the file's order.
    pub fn spaces_on(&self, level: i32) -> impl Iterator<Item = &MapSpace> {
        self.file.spaces.iter().filter(move |s| s.level == level)
    }

    /// The outlines drawn on a level.
    pub fn outlines_on(&self, level: i32) -> impl Iterator<Item = &Outline> {
        self.file
            .outlines
            .iter()
            .filter(move |o| o.levels.is_empty() || o.levels.contains(&level))
    }

    /// The space under a point of a level (the last drawn wins, as on screen).
    pub fn space_at(&self, level: i32, point: Point) -> Option<&MapSpace> {
        self.spaces_on(level)
            .filter(|s| crate::domain::geometry::contains(&s.polygon, point))
            .last()
    }

    pub fn nodes(&self) -> &[Node] {
        &self.file.nodes
    }

    pub fn node_index(&self, id: &str) -> Option<usize> {
        self.nodes.get(id).copied()
    }

    pub fn edges(&self) -> &[Edge] {
        &self.file.edges
    }

    /// The main entrance: the first space of kind `entrance`.
    pub fn main_entrance(&self) -> &MapSpace {
        self.file
            .spaces
            .iter()
            .find(|s| s.kind == MapKind::Entrance)
            .expect("a checked venue has an entrance")
    }

    /// Every entrance, the main one first.
    pub fn entrances(&self) -> impl Iterator<Item = &MapSpace> {
        self.file
            .spaces
            .iter()
            .filter(|s| s.kind == MapKind::Entrance)
    }

    /// The bounds of everything drawn inside the venue, all levels together.
    pub fn bounds(&self) -> Bounds {
        self.bounds
    }

    /// The bounds of what is drawn on a level: its spaces and the outlines shown on it (on an
    /// upper level, not the forecourt below). The whole venue's when the level draws nothing.
    pub fn drawn_bounds(&self, level: i32) -> Bounds {
        Bounds::of(
            self.spaces_on(level)
                .flat_map(|s| s.polygon.iter())
                .chain(self.outlines_on(level).flat_map(|o| o.polygon.iter())),
        )
        .unwrap_or(self.bounds)
    }

    /// The view the map opens on for a level, on a screen of this `aspect` (width / height).
    /// With a `focus` (`Venue::focus`: the chosen room, the route's part on that level): framed
    /// on it (`View::framing`), taking `FOCUS_SHARE` of the screen. Without: the level's
    /// spaces, with a little room around, filling the screen, then moved so that the screen
    /// shows as much of what is drawn on that level as it can (`View::kept_over`): no empty
    /// half of a screen under a room at the stand's edge, or over the forecourt that only the
    /// ground floor has.
    pub fn opening_view(&self, level: i32, focus: Option<&Bounds>, aspect: f64) -> View {
        let all = self.bounds;
        if let Some(focus) = focus {
            return View::framing(focus, FOCUS_SHARE, &self.drawn_bounds(level), &all, aspect);
        }
        let spaces = Bounds::of(self.spaces_on(level).flat_map(|s| s.polygon.iter()))
            .map(|b| b.grown(6.0))
            .unwrap_or(all);
        let zoom = (all.width() / spaces.width())
            .min(all.height() / spaces.height())
            .clamp(View::MIN_ZOOM, View::MAX_ZOOM);
        View {
            centre: spaces.centre(),
            zoom,
        }
        .kept_over(&self.drawn_bounds(level), &all, aspect, 2.0)
    }

    /// What the map frames on a level: the route's part on it (its nodes there, given as
    /// `Route::nodes`, with
    /// `ROUTE_MARGIN` metres around, and its ends' rooms when they are on that level), or the
    /// `chosen` room when it is on that level. A chosen room that is neither end of the route
    /// comes first: it was chosen after the route.
    pub fn focus(
        &self,
        level: i32,
        chosen: Option<&str>,
        route: Option<(&[usize], [&str; 2])>,
    ) -> Option<Bounds> {
        let room = chosen
            .and_then(|id| self.space(id))
            .filter(|s| s.level == level)
            .map(MapSpace::bounds);
        let route_part = route.and_then(|(nodes, ends)| {
            let nodes = Bounds::of(
                nodes
                    .iter()
                    .map(|&n| &self.file.nodes[n])
                    .filter(|n| n.level == level)
                    .map(|n| &n.at),
            )?
            .grown(ROUTE_MARGIN);
            let rooms = ends
                .iter()
                .filter_map(|id| self.space(id))
                .filter(|s| s.level == level)
                .map(MapSpace::bounds);
            Some(rooms.fold(nodes, |b, room| b.union(&room)))
        });
        let chosen_off_route =
            route.is_some_and(|(_, ends)| chosen.is_some_and(|c| !ends.contains(&c)));
        if chosen_off_route {
            room.or(route_part)
        } else {
            route_part.or(room)
        }
    }

    /// What is written in each space of a level at this zoom (`metres_per_pixel`), in the
    /// level's order: its `name` (for a service, its symbol: `MapKind::symbol`) when it fits
    /// inside the room, else
    /// a shorter form that fits, else nothing (the name waits for a closer zoom). The `chosen`
    /// room is labelled first and may be cut with "…"; no label overlaps another.
    pub fn labels(
        &self,
        level: i32,
        name: impl Fn(&MapSpace) -> String,
        chosen: Option<&str>,
        metres_per_pixel: f64,
    ) -> Vec<Option<String>> {
        let spaces: Vec<&MapSpace> = self.spaces_on(level).collect();
        let mut order: Vec<usize> = (0..spaces.len()).collect();
        order.sort_by_key(|&i| Some(spaces[i].id.as_str()) != chosen);
        let mut placed: Vec<Bounds> = Vec::new();
        let mut labels = vec![None; spaces.len()];
        for i in order {
            let space = spaces[i];
            let is_chosen = Some(space.id.as_str()) == chosen;
            let forms = match space.kind.symbol() {
                Some(symbol) => vec![symbol.to_owned()],
                None => label_forms(&name(space), is_chosen),
            };
            let found = forms.into_iter().find_map(|text| {
                let b = label_box(&text, space.label, metres_per_pixel);
                let room = space.bounds().grown(-LABEL_PAD_PX * metres_per_pixel);
                (room.holds(&b) && !placed.iter().any(|p| p.overlaps(&b))).then_some((text, b))
            });
            if let Some((text, b)) = found {
                placed.push(b);
                labels[i] = Some(text);
            }
        }
        labels
    }

    /// The outlines' names written on a level at this zoom: each at its centre, upright along
    /// a tall outline (`true`: turned a quarter left), only where it fits inside the outline
    /// and over no room (a stand's name is not written over the rooms inside it).
    pub fn outline_labels(
        &self,
        level: i32,
        name: impl Fn(&Outline) -> Option<String>,
        metres_per_pixel: f64,
    ) -> Vec<(Point, String, bool)> {
        self.outlines_on(level)
            .filter(|o| {
                !self
                    .spaces_on(level)
                    .any(|s| crate::domain::geometry::contains(&o.polygon, s.label))
            })
            .filter_map(|o| {
                let name = name(o)?;
                let b = Bounds::of(&o.polygon)?;
                let at = b.centre();
                let upright = b.height() > b.width();
                // Turned, the outline's height is the room the name has across.
                let room = if upright {
                    Bounds {
                        min: [at[0] - b.height() / 2.0, at[1] - b.width() / 2.0],
                        max: [at[0] + b.height() / 2.0, at[1] + b.width() / 2.0],
                    }
                } else {
                    b
                }
                .grown(-LABEL_PAD_PX * metres_per_pixel);
                let text = label_forms(&name, false)
                    .into_iter()
                    .find(|t| room.holds(&label_box(t, at, metres_per_pixel)))?;
                Some((at, text, upright))
            })
            .collect()
    }

    pub fn surroundings(&self) -> Option<&Surroundings> {
        self.file.surroundings.as_ref()
    }
}

/// Parses and checks a venue file.
/// Reads a venue file's bytes: UTF-8 (or where it is not), then `load_venue`.
pub fn load_venue_file(bytes: &[u8]) -> Result<Venue, LoadFailure> {
    load_venue(crate::domain::problem::utf8(bytes)?)
}

pub fn load_venue(json: &str) -> Result<Venue, LoadFailure> {
    let file: VenueFile = parse_json(json)?;
    check_venue(file)
}

/// Checks a parsed venue file: versions, ids, references, shapes, and that the walking graph
/// connects every space to the main entrance.
pub fn check_venue(file: VenueFile) -> Result<Venue, LoadFailure> {
    let mut problems = Vec::new();
    let mut report = |path: String, kind: ProblemKind| problems.push(Problem::new(path, kind));
    if file.format_version != VENUE_FORMAT_VERSION {
        report(
            "format_version".into(),
            ProblemKind::UnsupportedVersion {
                found: file.format_version,
                supported: VENUE_FORMAT_VERSION,
            },
        );
    }
    let levels = check_levels(&file, &mut report);
    let spaces = index(&file.spaces, "spaces", |s| &s.id, &mut report);
    let nodes = index(&file.nodes, "nodes", |n| &n.id, &mut report);
    check_shapes(&file, &levels, &nodes, &mut report);
    let adjacency = check_edges(&file, &nodes, &mut report);
    check_reachable(&file, &nodes, &adjacency, &mut report);
    check_surroundings(&file, &mut report);
    if !problems.is_empty() {
        return Err(LoadFailure { problems });
    }
    let bounds = Bounds::of(
        file.spaces
            .iter()
            .flat_map(|s| s.polygon.iter())
            .chain(file.outlines.iter().flat_map(|o| o.polygon.iter())),
    )
    .unwrap_or(Bounds {
        min: [0.0, 0.0],
        max: [1.0, 1.0],
    });
    Ok(Venue {
        file,
        spaces,
        nodes,
        adjacency,
        bounds,
    })
}

/// The levels' ids, each reported when it repeats an earlier one.
fn check_levels(file: &VenueFile, report: &mut impl FnMut(String, ProblemKind)) -> Vec<i32> {
    let levels: Vec<i32> = file.levels.iter().map(|l| l.id).collect();
    for (i, level) in file.levels.iter().enumerate() {
        if let Some(first) = levels
            .iter()
            .position(|&l| l == level.id)
            .filter(|&f| f < i)
        {
            report(
                format!("levels[{i}].id"),
                ProblemKind::DuplicateId {
                    id: level.id.to_string(),
                    first: format!("levels[{first}]"),
                },
            );
        }
    }
    levels
}

/// Outlines, spaces and nodes: polygons of three points or more, on known levels; each space
/// named and on a known node.
fn check_shapes(
    file: &VenueFile,
    levels: &[i32],
    nodes: &HashMap<String, usize>,
    report: &mut impl FnMut(String, ProblemKind),
) {
    let level_known = |level: i32| levels.contains(&level);
    let unknown_level = |level: i32| ProblemKind::UnknownReference {
        kind: RefKind::Level,
        id: level.to_string(),
    };
    for (i, outline) in file.outlines.iter().enumerate() {
        if outline.polygon.len() < 3 {
            report(format!("outlines[{i}].polygon"), ProblemKind::TooFewPoints);
        }
        for (j, &level) in outline.levels.iter().enumerate() {
            if !level_known(level) {
                report(format!("outlines[{i}].levels[{j}]"), unknown_level(level));
            }
        }
    }
    for (i, space) in file.spaces.iter().enumerate() {
        if space.polygon.len() < 3 {
            report(format!("spaces[{i}].polygon"), ProblemKind::TooFewPoints);
        }
        if !level_known(space.level) {
            report(format!("spaces[{i}].level"), unknown_level(space.level));
        }
        if space.name.fr.trim().is_empty() {
            report(format!("spaces[{i}].name.fr"), ProblemKind::EmptyText);
        }
        if !nodes.contains_key(&space.node) {
            report(
                format!("spaces[{i}].node"),
                ProblemKind::UnknownReference {
                    kind: RefKind::Node,
                    id: space.node.clone(),
                },
            );
        }
    }
    for (i, node) in file.nodes.iter().enumerate() {
        if !level_known(node.level) {
            report(format!("nodes[{i}].level"), unknown_level(node.level));
        }
    }
}

/// Each edge's length and ends; the edges at each node, for the walks.
fn check_edges(
    file: &VenueFile,
    nodes: &HashMap<String, usize>,
    report: &mut impl FnMut(String, ProblemKind),
) -> Vec<Vec<usize>> {
    let mut adjacency = vec![Vec::new(); file.nodes.len()];
    for (i, edge) in file.edges.iter().enumerate() {
        if !(edge.length.is_finite() && edge.length > 0.0) {
            report(
                format!("edges[{i}].length"),
                ProblemKind::NotALength {
                    value: edge.length.to_string(),
                },
            );
        }
        let ends = [("from", &edge.from), ("to", &edge.to)].map(|(field, id)| {
            let found = nodes.get(id.as_str()).copied();
            if found.is_none() {
                report(
                    format!("edges[{i}].{field}"),
                    ProblemKind::UnknownReference {
                        kind: RefKind::Node,
                        id: id.clone(),
                    },
                );
            }
            found
        });
        if let [Some(a), Some(b)] = ends {
            adjacency[a].push(i);
            adjacency[b].push(i);
        }
    }
    adjacency
}

/// An entrance, and every space reachable from the first one (stairs allowed).
fn check_reachable(
    file: &VenueFile,
    nodes: &HashMap<String, usize>,
    adjacency: &[Vec<usize>],
    report: &mut impl FnMut(String, ProblemKind),
) {
    let entrance = file.spaces.iter().find(|s| s.kind == MapKind::Entrance);
    let Some(entrance) = entrance else {
        report("spaces".into(), ProblemKind::NoEntrance);
        return;
    };
    let Some(&start) = nodes.get(&entrance.node) else {
        return;
    };
    let mut seen = vec![false; file.nodes.len()];
    let mut queue = VecDeque::from([start]);
    seen[start] = true;
    while let Some(n) = queue.pop_front() {
        for &e in &adjacency[n] {
            let edge = &file.edges[e];
            for id in [&edge.from, &edge.to] {
                if let Some(&m) = nodes.get(id.as_str()) {
                    if !seen[m] {
                        seen[m] = true;
                        queue.push_back(m);
                    }
                }
            }
        }
    }
    for (i, space) in file.spaces.iter().enumerate() {
        if nodes.get(&space.node).is_some_and(|&n| !seen[n]) {
            report(
                format!("spaces[{i}]"),
                ProblemKind::Unreachable {
                    from: entrance.id.clone(),
                },
            );
        }
    }
}

/// The ways around the venue join known places.
fn check_surroundings(file: &VenueFile, report: &mut impl FnMut(String, ProblemKind)) {
    let Some(around) = &file.surroundings else {
        return;
    };
    let places: Vec<&str> = around.places.iter().map(|p| p.id.as_str()).collect();
    for (i, way) in around.ways.iter().enumerate() {
        for (field, id) in [("from", &way.from), ("to", &way.to)] {
            if !places.contains(&id.as_str()) {
                report(
                    format!("surroundings.ways[{i}].{field}"),
                    ProblemKind::UnknownReference {
                        kind: RefKind::Node,
                        id: id.clone(),
                    },
                );
            }
        }
    }
}

/// The programme's spaces the map does not have (an error for the validator).
pub fn missing_from_map(venue: &Venue, programme: &Programme) -> Vec<Problem> {
    programme
        .spaces()
        .iter()
        .enumerate()
        .filter(|(_, space)| venue.space(&space.id).is_none())
        .map(|(i, space)| {
            Problem::new(
                format!("spaces[{i}]"),
                ProblemKind::NotOnMap {
                    id: space.id.clone(),
                },
            )
        })
        .collect()
}
