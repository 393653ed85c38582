//! Walking routes on the venue's graph: the quickest path (Dijkstra), step-free when asked,
//! its walking time at a stated pace, and step-by-step directions in French and English.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::domain::geometry::Point;
use crate::domain::venue::{Venue, Via};
use crate::domain::words::route::route_words;
use crate::domain::Lang;

/// An unhurried pace, in a crowd, with a badge to show: 1 m/s (3.6 km/h).
pub const PACE_M_PER_S: f64 = 1.0;
/// Waiting for a lift, each time one is taken.
pub const LIFT_WAIT_S: f64 = 30.0;

/// A route from one node to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// Node positions in `Venue::nodes()`, from the start to the end.
    pub nodes: Vec<usize>,
    /// Edge positions in `Venue::edges()`, one fewer than the nodes.
    pub edges: Vec<usize>,
    /// Metres walked.
    pub metres: f64,
    /// Walking time, lift waits included.
    pub seconds: f64,
    pub lifts: usize,
    pub stairs: usize,
}

impl Route {
    /// Whole minutes, rounded up, at least one.
    pub fn minutes(&self) -> u32 {
        ((self.seconds / 60.0).ceil() as u32).max(1)
    }
}

/// Why there is no route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoRoute {
    UnknownSpace,
    /// The walking graph joins them only by stairs (step-free asked) or not at all.
    Unreachable,
}

fn cost(via: Via, length: f64) -> f64 {
    length / PACE_M_PER_S + if via == Via::Lift { LIFT_WAIT_S } else { 0.0 }
}

/// The quickest route between two spaces' doors; with `step_free`, never on stairs nor any
/// edge with a step.
pub fn route(venue: &Venue, from: &str, to: &str, step_free: bool) -> Result<Route, NoRoute> {
    let node_of = |id: &str| {
        venue
            .space(id)
            .and_then(|s| venue.node_index(&s.node))
            .ok_or(NoRoute::UnknownSpace)
    };
    let (start, goal) = (node_of(from)?, node_of(to)?);
    route_between(venue, start, goal, step_free)
}

/// The quickest route between two nodes (positions in `Venue::nodes()`).
fn route_between(
    venue: &Venue,
    start: usize,
    goal: usize,
    step_free: bool,
) -> Result<Route, NoRoute> {
    let n = venue.nodes().len();
    // Costs in milliseconds, as integers, so the heap needs no float ordering.
    let mut best = vec![u64::MAX; n];
    let mut came_by: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut heap = BinaryHeap::from([(Reverse(0_u64), start)]);
    best[start] = 0;
    while let Some((Reverse(at_cost), node)) = heap.pop() {
        if node == goal {
            break;
        }
        if at_cost > best[node] {
            continue;
        }
        for &e in &venue.adjacency[node] {
            let edge = &venue.edges()[e];
            if step_free && !edge.is_step_free() {
                continue;
            }
            let other = venue
                .node_index(if venue.node_index(&edge.from) == Some(node) {
                    &edge.to
                } else {
                    &edge.from
                })
                .unwrap_or(node);
            let next = at_cost + (cost(edge.via, edge.length) * 1000.0).round() as u64;
            if next < best[other] {
                best[other] = next;
                came_by[other] = Some((node, e));
                heap.push((Reverse(next), other));
            }
        }
    }
    if best[goal] == u64::MAX {
        return Err(NoRoute::Unreachable);
    }
    let (mut nodes, mut edges) = (vec![goal], Vec::new());
    let mut at = goal;
    while let Some((previous, edge)) = came_by[at] {
        nodes.push(previous);
        edges.push(edge);
        at = previous;
    }
    nodes.reverse();
    edges.reverse();
    let of = |e: &usize| &venue.edges()[*e];
    Ok(Route {
        metres: edges.iter().map(|e| of(e).length).sum(),
        seconds: edges.iter().map(|e| cost(of(e).via, of(e).length)).sum(),
        // Rides: a lift edge right after another is the same ride.
        lifts: (0..edges.len())
            .filter(|&k| of(&edges[k]).via == Via::Lift)
            .filter(|&k| k == 0 || of(&edges[k - 1]).via != Via::Lift)
            .count(),
        stairs: edges.iter().filter(|e| of(e).via == Via::Stairs).count(),
        nodes,
        edges,
    })
}

/// Which way to go at a corner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    Straight,
    Left,
    Right,
    Back,
}

/// The turn from heading `a` to heading `b` (map y grows southwards, as on screen).
pub fn turn(a: Point, b: Point) -> Turn {
    let cross = a[0] * b[1] - a[1] * b[0];
    let dot = a[0] * b[0] + a[1] * b[1];
    let angle = cross.atan2(dot).to_degrees();
    if angle.abs() < 30.0 {
        Turn::Straight
    } else if angle.abs() > 150.0 {
        Turn::Back
    } else if angle > 0.0 {
        // Clockwise on screen: to the right.
        Turn::Right
    } else {
        Turn::Left
    }
}

/// One instruction of a route.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Walk `metres` on one level, after turning (`Straight` for the first walk).
    Walk {
        turn: Turn,
        metres: f64,
        /// The landmark reached at the end, when the node has a name.
        towards: Option<usize>,
    },
    /// Take the lift, or the stairs, to a level.
    Change { via: Via, to_level: i32, up: bool },
}

/// The route as instructions: walks split at each real turn, level changes merged.
pub fn steps(venue: &Venue, route: &Route) -> Vec<Step> {
    let nodes = venue.nodes();
    let mut steps: Vec<Step> = Vec::new();
    let mut heading: Option<Point> = None;
    for (k, &e) in route.edges.iter().enumerate() {
        let edge = &venue.edges()[e];
        let (a, b) = (&nodes[route.nodes[k]], &nodes[route.nodes[k + 1]]);
        let named = |step_node: usize| nodes[step_node].name.as_ref().map(|_| step_node);
        if edge.via != Via::Walk && a.level != b.level {
            let up = b.level > a.level;
            match steps.last_mut() {
                Some(Step::Change { via, to_level, .. }) if *via == edge.via => *to_level = b.level,
                _ => steps.push(Step::Change {
                    via: edge.via,
                    to_level: b.level,
                    up,
                }),
            }
            continue;
        }
        let direction = [b.at[0] - a.at[0], b.at[1] - a.at[1]];
        let turned = heading.map_or(Turn::Straight, |h| turn(h, direction));
        if direction != [0.0, 0.0] {
            heading = Some(direction);
        }
        match steps.last_mut() {
            Some(Step::Walk {
                metres, towards, ..
            }) if turned == Turn::Straight => {
                *metres += edge.length;
                *towards = named(route.nodes[k + 1]).or(*towards);
            }
            _ => steps.push(Step::Walk {
                turn: turned,
                metres: edge.length,
                towards: named(route.nodes[k + 1]),
            }),
        }
    }
    steps
}

fn level_name(venue: &Venue, level: i32, lang: Lang) -> String {
    venue
        .level(level)
        .map(|l| l.name.get(lang).to_owned())
        .unwrap_or_else(|| level.to_string())
}

/// Metres rounded to five, as people say them.
fn about(metres: f64) -> u32 {
    ((metres / 5.0).round() as u32 * 5).max(5)
}

/// One instruction in words: « prenez l'ascenseur jusqu'au niveau 2 », « puis à gauche, 40 m ».
pub fn say(venue: &Venue, step: &Step, first: bool, lang: Lang) -> String {
    let words = route_words(lang);
    match step {
        Step::Walk {
            turn,
            metres,
            towards,
        } => {
            let way = match turn {
                Turn::Straight if first => words.straight_first,
                Turn::Straight => words.straight,
                Turn::Left => words.left,
                Turn::Right => words.right,
                Turn::Back => words.back,
            };
            let to = towards
                .and_then(|n| venue.nodes()[n].name.as_ref())
                .map(|name| (words.towards)(name.get(lang)))
                .unwrap_or_default();
            format!("{way}, {} m{to}", about(*metres))
        }
        Step::Change { via, to_level, up } => {
            let level = level_name(venue, *to_level, lang);
            let said = match (via, up) {
                (Via::Lift, _) => words.lift,
                (_, true) => words.stairs_up,
                (_, false) => words.stairs_down,
            };
            said(&level)
        }
    }
}

/// The instructions of a route in words, the arrival last.
pub fn directions(venue: &Venue, route: &Route, to: &str, lang: Lang) -> Vec<String> {
    let mut lines: Vec<String> = steps(venue, route)
        .iter()
        .enumerate()
        .map(|(i, step)| say(venue, step, i == 0, lang))
        .collect();
    let name = venue
        .space(to)
        .map(|s| s.name.get(lang).to_owned())
        .unwrap_or_default();
    lines.push((route_words(lang).arrived)(&name));
    lines
}
