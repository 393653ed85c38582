//! The venue map: the shipped NEC 2022 venue, its checks, geometry and routes.

use nec_compagnon::domain::geometry::{contains, Bounds, Point, View};
use nec_compagnon::domain::route::{directions, route, turn, NoRoute, Turn};
use nec_compagnon::domain::venue::{
    label_box, label_width_px, load_venue, missing_from_map, MapKind, MapSpace, Venue, Via,
};
use nec_compagnon::domain::{load_programme, Lang};

const VENUE: &str = include_str!("../public/venue.json");
const PROGRAMME: &str = include_str!("../public/programme.json");

fn venue() -> Venue {
    load_venue(VENUE).expect("the shipped venue loads")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn the_shipped_venue_has_every_programme_space_and_every_kind_the_map_shows() {
    let venue = venue();
    let programme = load_programme(PROGRAMME).unwrap();
    assert_eq!(missing_from_map(&venue, &programme), vec![]);
    for kind in [
        MapKind::Plenary,
        MapKind::Workshop,
        MapKind::Village,
        MapKind::Welcome,
        MapKind::Catering,
        MapKind::Toilets,
        MapKind::AccessibleToilets,
        MapKind::Lift,
        MapKind::Stairs,
        MapKind::Entrance,
        MapKind::FirstAid,
        MapKind::Cloakroom,
    ] {
        assert!(
            venue.spaces().iter().any(|s| s.kind == kind),
            "no space of kind {kind:?}"
        );
    }
    // A room reads the same in the programme and on the map, in both languages.
    for space in programme.spaces() {
        let on_map = venue.space(&space.id).unwrap();
        assert_eq!(space.name, on_map.name, "{}", space.id);
        assert_eq!(space.level, on_map.level, "{}", space.id);
    }
    assert_eq!(venue.main_entrance().id, "entree-principale");
    assert_eq!(
        venue.levels().iter().map(|l| l.id).collect::<Vec<_>>(),
        [0, 1, 2, 3]
    );
    // Four stands and the pitch are drawn for orientation.
    assert_eq!(
        venue
            .outlines_on(2)
            .filter(|o| o.name.as_ref().is_some_and(|n| n.fr.starts_with("Tribune")))
            .count(),
        4
    );
}

#[test]
fn every_space_of_the_shipped_venue_is_reachable_from_every_entrance() {
    let venue = venue();
    for entrance in venue.entrances() {
        for space in venue.spaces() {
            let found = route(&venue, &entrance.id, &space.id, false);
            assert!(found.is_ok(), "{} -> {}", entrance.id, space.id);
        }
    }
}

#[test]
fn step_free_routes_never_use_stairs_or_steps() {
    let venue = venue();
    let mut unreachable = Vec::new();
    for from in venue.spaces() {
        for to in venue.spaces() {
            match route(&venue, &from.id, &to.id, true) {
                Ok(r) => {
                    assert_eq!(r.stairs, 0, "{} -> {}", from.id, to.id);
                    for &e in &r.edges {
                        assert!(venue.edges()[e].is_step_free(), "{} -> {}", from.id, to.id);
                    }
                }
                Err(NoRoute::Unreachable) if from.id == "entree-principale" => {
                    unreachable.push(to.id.clone())
                }
                Err(NoRoute::Unreachable) => {}
                Err(e) => panic!("{e:?}"),
            }
        }
    }
    unreachable.sort();
    // Only the press stand (and its stairs), and the east entrance with its steps.
    assert_eq!(
        unreachable,
        ["atelier-4", "entree-est", "escalier-presse-3", "presse"]
    );
}

#[test]
fn the_route_to_the_plenary_takes_the_lift_when_step_free_and_says_so() {
    let venue = venue();
    let r = route(&venue, "entree-principale", "pleniere", true).unwrap();
    assert_eq!((r.lifts, r.stairs), (1, 0));
    let expected_metres = 10.0 + 11.0 + 3.0 + 11.0; // door, hall, lift, corridor to the door
    assert!(close(r.metres, expected_metres), "{}", r.metres);
    assert!(close(r.seconds, expected_metres + 30.0), "{}", r.seconds);
    assert_eq!(r.minutes(), 2);
    let fr = directions(&venue, &r, "pleniere", Lang::Fr);
    assert_eq!(
        fr,
        [
            "Avancez tout droit, 20 m jusqu'à : hall de la tribune Lepagnot",
            "Prenez l'ascenseur jusqu'au niveau 2",
            "Puis à gauche, 10 m",
            "Arrivée : Grand Salon – salle plénière",
        ]
    );
    let en = directions(&venue, &r, "pleniere", Lang::En);
    assert_eq!(en[1], "Take the lift to level 2");
    assert_eq!(en[2], "Then turn left, 10 m");
}

#[test]
fn stairs_are_taken_when_allowed_and_quicker() {
    let venue = venue();
    // From the west stairs' landing on the ground floor, level 1 is one flight up.
    let r = route(&venue, "escalier-ouest-0", "scene-village", false).unwrap();
    assert_eq!((r.lifts, r.stairs), (0, 1));
    let text = directions(&venue, &r, "scene-village", Lang::Fr);
    assert_eq!(text[0], "Montez l'escalier jusqu'au niveau 1");
    // Step-free, the same trip goes by a lift.
    let r = route(&venue, "escalier-ouest-0", "scene-village", true).unwrap();
    assert_eq!((r.lifts, r.stairs), (1, 0));
}

#[test]
fn the_press_stand_is_stairs_only_and_an_unknown_space_is_refused() {
    let venue = venue();
    assert_eq!(
        route(&venue, "entree-principale", "atelier-4", true),
        Err(NoRoute::Unreachable)
    );
    let r = route(&venue, "entree-principale", "atelier-4", false).unwrap();
    assert!(r.stairs >= 1);
    assert!(r.edges.iter().any(|&e| venue.edges()[e].via == Via::Stairs));
    assert_eq!(
        route(&venue, "entree-principale", "nulle-part", false),
        Err(NoRoute::UnknownSpace)
    );
}

#[test]
fn turns_are_read_as_a_walker_sees_them_on_screen() {
    let north = [0.0, -1.0];
    let east = [1.0, 0.0];
    let cases = [
        (north, north, Turn::Straight),
        (north, east, Turn::Right),
        (east, north, Turn::Left),
        (north, [0.0, 1.0], Turn::Back),
        (north, [0.3, -1.0], Turn::Straight),
        (east, [1.0, 1.0], Turn::Right),
    ];
    for (a, b, expected) in cases {
        assert_eq!(turn(a, b), expected, "{a:?} then {b:?}");
    }
}

#[test]
fn hit_testing_finds_the_space_under_a_point() {
    let square = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]];
    let l_shape = [
        [0.0, 0.0],
        [10.0, 0.0],
        [10.0, 4.0],
        [4.0, 4.0],
        [4.0, 10.0],
        [0.0, 10.0],
    ];
    let cases = [
        (&square[..], [5.0, 5.0], true),
        (&square[..], [10.5, 5.0], false),
        (&square[..], [-0.1, 5.0], false),
        (&l_shape[..], [2.0, 8.0], true),
        (&l_shape[..], [8.0, 8.0], false),
        (&l_shape[..], [8.0, 2.0], true),
    ];
    for (polygon, point, inside) in cases {
        assert_eq!(contains(polygon, point), inside, "{point:?}");
    }
    let venue = venue();
    let at = |level, point| venue.space_at(level, point).map(|s| s.id.clone());
    assert_eq!(at(2, [14.0, 50.0]).as_deref(), Some("salon-terril"));
    assert_eq!(at(1, [14.0, 50.0]).as_deref(), Some("salon-gohelle"));
    assert_eq!(at(2, [0.0, 0.0]), None, "the pitch is no space");
    assert_eq!(at(0, [0.0, 81.0]).as_deref(), Some("entree-principale"));
}

#[test]
fn bounds_hold_every_point() {
    let points = [[3.0, -2.0], [-1.0, 5.0], [4.0, 1.0]];
    let b = Bounds::of(&points).unwrap();
    assert_eq!(b.min, [-1.0, -2.0]);
    assert_eq!(b.max, [4.0, 5.0]);
    assert_eq!((b.width(), b.height()), (5.0, 7.0));
    assert_eq!(b.centre(), [1.5, 1.5]);
    assert!(Bounds::of(&[]).is_none());
    let v = venue().bounds();
    assert!(v.min[0] <= -104.0 && v.max[0] >= 104.0 && v.max[1] >= 100.0);
}

#[test]
fn the_view_box_fits_the_map_at_zoom_one_and_a_zoom_th_of_it_beyond() {
    let bounds = Bounds {
        min: [-100.0, -50.0],
        max: [100.0, 50.0],
    };
    let whole = View::whole(&bounds);
    for aspect in [0.46, 1.0, 2.0, 3.0] {
        for zoom in [1.0, 1.5, 2.25, 4.0, 8.0] {
            let view = View { zoom, ..whole };
            let [x, y, w, h] = view.view_box(&bounds, aspect);
            assert!(close(w / h, aspect), "aspect {aspect}");
            // The centre stays the centre.
            assert!(close(x + w / 2.0, 0.0) && close(y + h / 2.0, 0.0));
            if zoom == 1.0 {
                assert!(x <= -100.0 && y <= -50.0 && x + w >= 100.0 && y + h >= 50.0);
                assert!(close(w, 200.0) || close(h, 100.0), "fits tightly");
            } else {
                let [_, _, w1, _] = whole.view_box(&bounds, aspect);
                assert!(close(w, w1 / zoom));
            }
        }
    }
}

#[test]
fn a_view_kept_on_the_map_shows_as_much_map_as_it_can_and_keeps_what_it_showed() {
    let bounds = Bounds {
        min: [-104.0, -78.0],
        max: [104.0, 100.0],
    };
    // (centre, zoom, aspect) → expected centre.
    let cases: &[(Point, f64, f64, Point)] = &[
        // The NEC ground floor on a tall phone: taller than the map, so centred on it.
        ([4.0, 63.0], 1.576, 0.654, [4.0, 11.0]),
        // The same on a square screen: moved up until its lower edge meets the map's.
        ([4.0, 63.0], 1.576, 1.0, [4.0, 100.0 - 131.97 / 2.0]),
        // Well inside the map: unchanged.
        ([0.0, 0.0], 4.0, 1.0, [0.0, 0.0]),
        // Past the left edge, zoomed in: moved right, inside the map.
        ([-100.0, 0.0], 4.0, 1.0, [-104.0 + 52.0 / 2.0, 0.0]),
        // The whole map: centred.
        ([50.0, -50.0], 1.0, 2.0, [0.0, 11.0]),
    ];
    for &(centre, zoom, aspect, expected) in cases {
        let view = View { centre, zoom };
        let kept = view.kept_on_map(&bounds, aspect, 0.0);
        assert_eq!(kept.zoom, zoom);
        let near = |a: f64, b: f64| (a - b).abs() < 0.05;
        assert!(
            near(kept.centre[0], expected[0]) && near(kept.centre[1], expected[1]),
            "{centre:?} × {zoom} at {aspect}: {:?}, expected {expected:?}",
            kept.centre
        );
        // What the first view showed of the map is still on screen.
        let before = view.view_box(&bounds, aspect);
        let after = kept.view_box(&bounds, aspect);
        for axis in 0..2 {
            let (start, size) = (before[axis], before[axis + 2]);
            let from = start.max(bounds.min[axis]);
            let to = (start + size).min(bounds.max[axis]);
            assert!(
                after[axis] <= from + 1e-6 && after[axis] + after[axis + 2] >= to - 1e-6,
                "{centre:?} × {zoom} at {aspect}, axis {axis}"
            );
        }
    }
    // Nothing finite to work with: unchanged.
    let odd = View {
        centre: [f64::NAN, 0.0],
        zoom: 2.0,
    };
    assert!(odd.kept_on_map(&bounds, 1.0, 0.0).centre[0].is_nan());
    // A margin counts as map: the view may go that far past the map's edge.
    let low = View {
        centre: [0.0, 90.0],
        zoom: 4.0,
    }
    .kept_on_map(&bounds, 1.0, 2.0);
    assert!(
        (low.centre[1] - (102.0 - 52.0 / 2.0)).abs() < 1e-6,
        "{low:?}"
    );
}

/// Map shapes (width / height of the SVG): a phone upright (390 × 844 and a short one,
/// 390 × 600), a tall and a square map, a laptop (1280 × 800, 1280 × 700), a wide window.
const ASPECTS: [f64; 8] = [0.5, 0.654, 0.877, 1.0, 1.32, 1.51, 1.6, 2.4];

#[test]
fn each_level_opens_on_what_is_drawn_there() {
    let venue = venue();
    let all = venue.bounds();
    let inside = |p: Point, [x, y, w, h]: [f64; 4]| {
        p[0] >= x - 1e-6 && p[0] <= x + w + 1e-6 && p[1] >= y - 1e-6 && p[1] <= y + h + 1e-6
    };
    for level in venue.levels() {
        let drawn = venue.drawn_bounds(level.id);
        let spaces: Vec<_> = venue.spaces_on(level.id).collect();
        for aspect in ASPECTS {
            let view = venue.opening_view(level.id, None, aspect);
            let shown = view.view_box(&all, aspect);
            let case = format!("level {}, aspect {aspect}: {shown:?}", level.id);
            // Every space of the level is on screen.
            for s in &spaces {
                assert!(
                    s.polygon.iter().all(|&p| inside(p, shown)),
                    "{case}, {}",
                    s.id
                );
            }
            // On each axis, what is drawn on the level (and 2 m around it) fills the screen
            // where it is larger than the screen, and is centred on it where it is smaller.
            for axis in 0..2 {
                let (lo, hi) = (drawn.min[axis] - 2.0, drawn.max[axis] + 2.0);
                let (start, size) = (shown[axis], shown[axis + 2]);
                if size <= hi - lo {
                    assert!(
                        start >= lo - 1e-6 && start + size <= hi + 1e-6,
                        "{case}, axis {axis}"
                    );
                } else {
                    assert!(
                        close(start + size / 2.0, (lo + hi) / 2.0),
                        "{case}, axis {axis}"
                    );
                }
            }
        }
    }
    assert!(close(venue.drawn_bounds(2).max[1], 78.0));
    assert!(
        close(venue.drawn_bounds(0).max[1], 100.0),
        "the forecourt is drawn on the ground floor"
    );
}

#[test]
fn a_chosen_room_opens_whole_on_screen_and_takes_a_good_share_of_it() {
    let venue = venue();
    let all = venue.bounds();
    for space in venue.spaces() {
        let room = space.bounds();
        let focus = venue.focus(space.level, Some(&space.id), None);
        assert_eq!(focus, Some(room), "{}", space.id);
        for aspect in ASPECTS {
            let view = venue.opening_view(space.level, focus.as_ref(), aspect);
            let shown = Bounds::of_box(view.view_box(&all, aspect));
            let case = format!("{} at aspect {aspect}: {shown:?}", space.id);
            // Wholly on screen, with a little room around.
            assert!(shown.grown(-1.0).holds(&room), "{case}");
            // Between a quarter and three quarters of the screen's width or height, whichever
            // limits.
            let share = view.share_of(&room, &all, aspect);
            assert!((0.25..=0.75).contains(&share), "{case}: share {share}");
            // Near the middle: its centre within a quarter of the screen of the screen's.
            for axis in 0..2 {
                let off = (room.centre()[axis] - shown.centre()[axis]).abs();
                let size = shown.max[axis] - shown.min[axis];
                assert!(off <= size / 4.0 + 1e-6, "{case}: axis {axis} off by {off}");
            }
        }
    }
    // What was seen on a phone (390 × 844): the plenary hall was cut at both sides, at the
    // bottom edge of a screen showing mostly the pitch. It is now whole, in the lower half.
    let plenary = venue.space("pleniere").unwrap();
    let aspect = 0.654;
    let view = venue.opening_view(2, Some(&plenary.bounds()), aspect);
    let shown = Bounds::of_box(view.view_box(&all, aspect));
    assert!(shown.holds(&plenary.bounds()), "{shown:?}");
    // A room on another level than the one shown is not framed there.
    assert_eq!(venue.focus(0, Some("pleniere"), None), None);
}

#[test]
fn a_route_is_framed_whole_on_each_level_it_crosses() {
    let venue = venue();
    let all = venue.bounds();
    let trips = [
        ("entree-principale", "pleniere", true),
        ("entree-principale", "pleniere", false),
        ("entree-principale", "atelier-4", false),
        ("entree-est", "salon-carreau", false),
        ("escalier-ouest-0", "scene-village", true),
        ("village", "presse", false),
        ("wc-pmr-0", "atelier-3", true),
        ("restauration", "pleniere", true),
        ("salon-terril", "atelier-1", true),
    ];
    for (from, to, step_free) in trips {
        let r = route(&venue, from, to, step_free).unwrap();
        let mut levels: Vec<i32> = r.nodes.iter().map(|&n| venue.nodes()[n].level).collect();
        levels.sort();
        levels.dedup();
        for &level in &levels {
            // As the map opens, with the end chosen or not, and as a level link shows it.
            for chosen in [None, Some(to)] {
                let focus = venue.focus(level, chosen, Some((&r.nodes, [from, to])));
                assert!(focus.is_some(), "{from} -> {to}, level {level}");
                for aspect in ASPECTS {
                    let view = venue.opening_view(level, focus.as_ref(), aspect);
                    let shown = Bounds::of_box(view.view_box(&all, aspect));
                    let case = format!("{from} -> {to}, level {level}, aspect {aspect}");
                    // Every node there on screen, 4 m at least from its edges.
                    for &n in &r.nodes {
                        let node = &venue.nodes()[n];
                        if node.level == level {
                            let at = Bounds {
                                min: node.at,
                                max: node.at,
                            };
                            assert!(shown.grown(-4.0).holds(&at), "{case}: {}", node.id);
                        }
                    }
                }
            }
        }
    }
    // A room chosen after the route, off it, is framed rather than the route.
    let r = route(&venue, "entree-principale", "pleniere", true).unwrap();
    let ends = ["entree-principale", "pleniere"];
    let terril = venue.space("salon-terril").unwrap().bounds();
    assert_eq!(
        venue.focus(2, Some("salon-terril"), Some((&r.nodes, ends))),
        Some(terril)
    );
    // The route's end is framed with the route: the plenary hall whole, and the lift's landing.
    let focus = venue
        .focus(2, Some("pleniere"), Some((&r.nodes, ends)))
        .unwrap();
    assert!(focus.holds(&venue.space("pleniere").unwrap().bounds()));
    let landing = venue.nodes().iter().find(|n| n.id == "c2_0").unwrap().at;
    assert!(focus.grown(-4.0).holds(&Bounds {
        min: landing,
        max: landing
    }));
}

#[test]
fn labels_fit_inside_their_rooms_and_never_overlap() {
    let venue = venue();
    let name = |s: &MapSpace| s.name.fr.clone();
    // From the whole map on a phone (0.6 m a pixel) to the closest zoom on a wide screen.
    let scales = [0.9, 0.6, 0.45, 0.3, 0.2, 0.12, 0.08, 0.05];
    for level in venue.levels() {
        let spaces: Vec<&MapSpace> = venue.spaces_on(level.id).collect();
        let chosen = std::iter::once(None).chain(spaces.iter().map(|s| Some(s.id.as_str())));
        for chosen in chosen {
            for mpp in scales {
                let labels = venue.labels(level.id, name, chosen, mpp);
                let boxes: Vec<Bounds> = spaces
                    .iter()
                    .zip(&labels)
                    .filter_map(|(s, l)| {
                        let text = l.as_ref()?;
                        let b = label_box(text, s.label, mpp);
                        assert!(s.bounds().holds(&b), "{text} at {mpp} m/px");
                        // A service's symbol, or the name's beginning, as the name read out holds.
                        assert!(
                            s.kind.symbol() == Some(text.as_str())
                                || s.name.fr.starts_with(text.trim_end_matches('…')),
                            "{text}"
                        );
                        Some(b)
                    })
                    .collect();
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        assert!(!a.overlaps(b), "level {}, {mpp} m/px", level.id);
                    }
                }
            }
        }
    }
    // The plenary hall on a phone, whole level: too wide for its full name, not for its short
    // one; chosen, it keeps at least a beginning where the others wait.
    let label = |id: &str, chosen: Option<&str>, mpp: f64| {
        let at = venue.spaces_on(2).position(|s| s.id == id).unwrap();
        venue.labels(2, name, chosen, mpp)[at].clone()
    };
    assert_eq!(
        label("pleniere", None, 0.2).as_deref(),
        Some("Grand Salon – salle plénière")
    );
    assert_eq!(
        label("pleniere", None, 0.55).as_deref(),
        Some("Grand Salon")
    );
    assert_eq!(label("salon-terril", None, 0.3), None);
    let cut = label("salon-terril", Some("salon-terril"), 0.3).unwrap();
    assert!(cut.starts_with("Sal") && cut.ends_with('…'), "{cut}");
    // The chosen room's name is written in the view the map opens on, on a phone 358 px wide.
    let all = venue.bounds();
    for space in venue.spaces() {
        if space.kind.hosts_sessions() {
            let focus = space.bounds();
            let view = venue.opening_view(space.level, Some(&focus), 0.654);
            let mpp = view.view_box(&all, 0.654)[2] / 358.0;
            let at = venue
                .spaces_on(space.level)
                .position(|s| s.id == space.id)
                .unwrap();
            let labels = venue.labels(space.level, name, Some(&space.id), mpp);
            let written = labels[at].as_deref().unwrap_or_default();
            assert!(written.chars().count() >= 5, "{}: {written}", space.id);
            // A name without a second part ("Salon Terril", "Scène du village") is whole.
            let simple = !space.name.fr.contains(" – ") && !space.name.fr.contains(" (");
            assert!(
                !simple || written == space.name.fr,
                "{}: {written}",
                space.id
            );
        }
    }
    assert!(label_width_px("WW") > label_width_px("ii"));
    // Every kind drawn with a symbol is in the legend's list, and only those.
    for s in venue.spaces() {
        assert_eq!(
            s.kind.symbol().is_some(),
            MapKind::WITH_SYMBOL.contains(&s.kind),
            "{:?}",
            s.kind
        );
    }
    // The stands' and the pitch's names: inside their outlines, the side stands' upright.
    for mpp in scales {
        for level in venue.levels() {
            let written =
                venue.outline_labels(level.id, |o| o.name.as_ref().map(|n| n.fr.clone()), mpp);
            for (at, text, upright) in &written {
                let outline = venue
                    .outlines_on(level.id)
                    .find(|o| Bounds::of(&o.polygon).unwrap().centre() == *at)
                    .unwrap();
                let b = Bounds::of(&outline.polygon).unwrap();
                let mut label = label_box(text, *at, mpp);
                if *upright {
                    let [w, h] = [label.width(), label.height()];
                    label = Bounds {
                        min: [at[0] - h / 2.0, at[1] - w / 2.0],
                        max: [at[0] + h / 2.0, at[1] + w / 2.0],
                    };
                }
                assert!(b.holds(&label), "{text} at {mpp} m/px");
            }
        }
    }
    let at_phone = venue.outline_labels(2, |o| o.name.as_ref().map(|n| n.fr.clone()), 0.2);
    assert!(at_phone
        .iter()
        .any(|(_, t, up)| t == "Tribune Henri Trannin" && *up));
}

#[test]
fn zooming_keeps_the_pointer_still_and_stays_within_limits() {
    let bounds = Bounds {
        min: [0.0, 0.0],
        max: [200.0, 100.0],
    };
    let aspect = 2.0;
    let view = View::whole(&bounds);
    // The map point under the pointer (at a quarter across, half down) stays under it.
    let pointer = [0.25, 0.5];
    let before = view.map_point(&bounds, aspect, pointer);
    let zoomed = view.zoomed(View::STEP, Some(before), &bounds);
    let after = zoomed.map_point(&bounds, aspect, pointer);
    assert!(close(before[0], after[0]) && close(before[1], after[1]));
    assert!(close(zoomed.zoom, 1.5));
    // Limits.
    let mut v = view;
    for _ in 0..20 {
        v = v.zoomed(View::STEP, None, &bounds);
    }
    assert_eq!(v.zoom, View::MAX_ZOOM);
    for _ in 0..20 {
        v = v.zoomed(1.0 / View::STEP, None, &bounds);
    }
    assert_eq!(v.zoom, View::MIN_ZOOM);
    // Panning by a fifth of the screen, and never off the map.
    let z = view.zoomed(2.0, None, &bounds);
    let moved = z.panned_by_screen([0.2, 0.0], &bounds, aspect);
    let [_, _, w, _] = z.view_box(&bounds, aspect);
    assert!(close(moved.centre[0] - z.centre[0], 0.2 * w));
    let far = z.panned([10_000.0, -10_000.0], &bounds);
    assert_eq!(far.centre, [200.0, 0.0]);
    let nan = z.panned([f64::NAN, 0.0], &bounds);
    assert_eq!(nan.centre, [100.0, z.centre[1]]);
}

#[test]
fn broken_venues_are_explained_with_their_paths() {
    let good: serde_json::Value = serde_json::from_str(VENUE).unwrap();
    type Edit = fn(&mut serde_json::Value);
    let cases: Vec<(Edit, &str, &str)> = vec![
        (
            |v| v["edges"][0]["to"] = "ailleurs".into(),
            "edges[0].to",
            "point de passage « ailleurs » introuvable",
        ),
        (
            |v| v["spaces"][0]["polygon"] = serde_json::json!([[0, 0], [1, 1]]),
            "spaces[0].polygon",
            "au moins trois points",
        ),
        (
            |v| v["edges"][0]["length"] = (-3.0).into(),
            "edges[0].length",
            "n'est pas une longueur positive",
        ),
        (
            |v| v["spaces"][1]["level"] = 7.into(),
            "spaces[1].level",
            "niveau « 7 » introuvable",
        ),
        (
            |v| {
                // Cut the corridor of level 3 off the other levels.
                let edges = v["edges"].as_array_mut().unwrap();
                edges.retain(|e| {
                    let (a, b) = (e["from"].as_str().unwrap(), e["to"].as_str().unwrap());
                    a.starts_with("c3_") == b.starts_with("c3_")
                });
            },
            "spaces[",
            "aucun chemin du graphe de marche ne relie cet espace à « entree-principale »",
        ),
        (
            |v| {
                for s in v["spaces"].as_array_mut().unwrap() {
                    if s["kind"] == "entrance" {
                        s["kind"] = "other".into();
                    }
                }
            },
            "spaces",
            "aucun espace de type « entrance »",
        ),
        (
            |v| v["spaces"][2]["id"] = v["spaces"][1]["id"].clone(),
            "spaces[2].id",
            "déjà utilisé par spaces[1]",
        ),
        (
            |v| v["format_version"] = 2.into(),
            "format_version",
            "version de format 2",
        ),
    ];
    for (edit, path, message) in cases {
        let mut v = good.clone();
        edit(&mut v);
        let failure = load_venue(&v.to_string()).expect_err(path);
        let found = failure
            .problems
            .iter()
            .any(|p| p.path.starts_with(path) && p.what(Lang::Fr).contains(message));
        assert!(found, "{path}: {:?}", failure.messages(Lang::Fr));
    }
    let cut = &VENUE[..VENUE.len() / 2];
    assert!(load_venue(cut).is_err());
}
