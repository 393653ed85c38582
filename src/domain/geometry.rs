//! Plane geometry for the venue map, in the map's own metres (x to the east, y to the south,
//! as SVG draws them): which space a point falls in, bounds, and the view box at any zoom.

/// A point in metres.
pub type Point = [f64; 2];

/// Whether `point` is inside `polygon` (even-odd rule; a point on an edge may go either way).
pub fn contains(polygon: &[Point], point: Point) -> bool {
    let [x, y] = point;
    let mut inside = false;
    let mut j = polygon.len().wrapping_sub(1);
    for i in 0..polygon.len() {
        let ([xi, yi], [xj, yj]) = (polygon[i], polygon[j]);
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// The smallest upright rectangle holding some points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min: Point,
    pub max: Point,
}

impl Bounds {
    /// The bounds of `points`, or `None` when there are none.
    pub fn of<'a>(points: impl IntoIterator<Item = &'a Point>) -> Option<Bounds> {
        points.into_iter().fold(None, |bounds, &[x, y]| {
            Some(match bounds {
                None => Bounds {
                    min: [x, y],
                    max: [x, y],
                },
                Some(Bounds { min, max }) => Bounds {
                    min: [min[0].min(x), min[1].min(y)],
                    max: [max[0].max(x), max[1].max(y)],
                },
            })
        })
    }

    pub fn width(&self) -> f64 {
        self.max[0] - self.min[0]
    }

    pub fn height(&self) -> f64 {
        self.max[1] - self.min[1]
    }

    pub fn centre(&self) -> Point {
        [
            (self.min[0] + self.max[0]) / 2.0,
            (self.min[1] + self.max[1]) / 2.0,
        ]
    }

    /// The same bounds with `margin` metres added on every side.
    pub fn grown(&self, margin: f64) -> Bounds {
        Bounds {
            min: [self.min[0] - margin, self.min[1] - margin],
            max: [self.max[0] + margin, self.max[1] + margin],
        }
    }

    /// The smallest bounds holding both.
    pub fn union(&self, other: &Bounds) -> Bounds {
        Bounds {
            min: [self.min[0].min(other.min[0]), self.min[1].min(other.min[1])],
            max: [self.max[0].max(other.max[0]), self.max[1].max(other.max[1])],
        }
    }

    /// Whether `other` lies wholly inside (edges included).
    pub fn holds(&self, other: &Bounds) -> bool {
        (0..2).all(|a| other.min[a] >= self.min[a] && other.max[a] <= self.max[a])
    }

    /// Whether the two share more than an edge.
    pub fn overlaps(&self, other: &Bounds) -> bool {
        (0..2).all(|a| self.min[a] < other.max[a] && other.min[a] < self.max[a])
    }

    /// The bounds of a view box `[x, y, width, height]`.
    pub fn of_box([x, y, w, h]: [f64; 4]) -> Bounds {
        Bounds {
            min: [x, y],
            max: [x + w, y + h],
        }
    }
}

/// What part of the map is on screen: a centre and a zoom (1 shows the whole map).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub centre: Point,
    pub zoom: f64,
}

impl View {
    pub const MIN_ZOOM: f64 = 1.0;
    pub const MAX_ZOOM: f64 = 10.0;
    /// One press of + or −.
    pub const STEP: f64 = 1.5;

    /// The whole map.
    pub fn whole(bounds: &Bounds) -> View {
        View {
            centre: bounds.centre(),
            zoom: 1.0,
        }
    }

    /// The SVG view box `[x, y, width, height]` for a screen `aspect` (width / height): at
    /// zoom 1 the whole of `bounds` fits; at zoom z, a z-th of it in each direction.
    pub fn view_box(&self, bounds: &Bounds, aspect: f64) -> [f64; 4] {
        let aspect = if aspect.is_finite() && aspect > 0.0 {
            aspect
        } else {
            1.0
        };
        // The box of zoom 1: the bounds, widened or heightened to the screen's shape.
        let (mut w, mut h) = (bounds.width().max(1.0), bounds.height().max(1.0));
        if w / h < aspect {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        let (w, h) = (w / self.zoom, h / self.zoom);
        [self.centre[0] - w / 2.0, self.centre[1] - h / 2.0, w, h]
    }

    /// Zoomed by `factor`, keeping the map point `around` at the same place on screen (the
    /// pointer, or the centre when `None`); the zoom stays between MIN_ZOOM and MAX_ZOOM.
    pub fn zoomed(self, factor: f64, around: Option<Point>, bounds: &Bounds) -> View {
        let zoom = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let around = around.unwrap_or(self.centre);
        let kept = self.zoom / zoom;
        View {
            centre: [
                around[0] + (self.centre[0] - around[0]) * kept,
                around[1] + (self.centre[1] - around[1]) * kept,
            ],
            zoom,
        }
        .clamped(bounds)
    }

    /// Moved by `[dx, dy]` metres, never so far that the map leaves the screen.
    pub fn panned(self, by: Point, bounds: &Bounds) -> View {
        View {
            centre: [self.centre[0] + by[0], self.centre[1] + by[1]],
            zoom: self.zoom,
        }
        .clamped(bounds)
    }

    /// Moved by a fraction of what is on screen (arrow keys move a fifth).
    pub fn panned_by_screen(self, fraction: Point, bounds: &Bounds, aspect: f64) -> View {
        let [_, _, w, h] = self.view_box(bounds, aspect);
        self.panned([fraction[0] * w, fraction[1] * h], bounds)
    }

    /// The map point under a screen position given as fractions of the map's width and height.
    pub fn map_point(&self, bounds: &Bounds, aspect: f64, screen: Point) -> Point {
        let [x, y, w, h] = self.view_box(bounds, aspect);
        [x + screen[0] * w, y + screen[1] * h]
    }

    /// The same zoom, moved so that the screen shows as much of the map as it can: on each
    /// axis where the view box is smaller than the map it is moved inside the map, where it is
    /// larger it is centred on it. Whatever the view box held and the map holds stays on screen;
    /// a level's view on a tall phone then shows the stands around it, not empty ground.
    /// `margin` metres around the map count as map (so that its outer lines show whole).
    pub fn kept_on_map(self, bounds: &Bounds, aspect: f64, margin: f64) -> View {
        self.kept_over(bounds, bounds, aspect, margin)
    }

    /// The same as `kept_on_map` for a part of the map, `area` (what one level draws), the
    /// view box still being that of the whole map's `bounds`.
    pub fn kept_over(self, area: &Bounds, bounds: &Bounds, aspect: f64, margin: f64) -> View {
        let [x, y, w, h] = self.view_box(bounds, aspect);
        if ![x, y, w, h].iter().all(|v| v.is_finite()) {
            return self;
        }
        let axis = |start: f64, size: f64, lo: f64, hi: f64| {
            let (lo, hi) = (lo - margin, hi + margin);
            if size >= hi - lo {
                (lo + hi) / 2.0
            } else {
                start.clamp(lo, hi - size) + size / 2.0
            }
        };
        View {
            centre: [
                axis(x, w, area.min[0], area.max[0]),
                axis(y, h, area.min[1], area.max[1]),
            ],
            zoom: self.zoom,
        }
    }

    /// The view that frames `focus` (a room, a route's part on a level): centred on it, zoomed
    /// so that it takes `share` of the screen's width or height, whichever limits (less only
    /// when the zoom reaches its limit), then moved towards `area` (what the level draws) so
    /// that no more than a quarter of the screen, on each side, shows nothing of it; `focus`
    /// always stays wholly on screen. The view box is that of the whole map's `bounds`.
    pub fn framing(
        focus: &Bounds,
        share: f64,
        area: &Bounds,
        bounds: &Bounds,
        aspect: f64,
    ) -> View {
        let [_, _, w1, h1] = View::whole(bounds).view_box(bounds, aspect);
        let (fw, fh) = (focus.width().max(1.0), focus.height().max(1.0));
        let zoom = (share * w1 / fw).min(share * h1 / fh);
        let view = View {
            centre: focus.centre(),
            zoom,
        }
        .clamped(bounds);
        let [x, y, w, h] = view.view_box(bounds, aspect);
        if ![x, y, w, h].iter().all(|v| v.is_finite()) {
            return view;
        }
        let axis = |a: usize, start: f64, size: f64| {
            let slack = size / 4.0;
            let lo = (area.min[a] - slack).min(focus.min[a]);
            let hi = (area.max[a] + slack).max(focus.max[a]);
            if size >= hi - lo {
                (lo + hi) / 2.0
            } else {
                start.clamp(lo, hi - size) + size / 2.0
            }
        };
        View {
            centre: [axis(0, x, w), axis(1, y, h)],
            zoom: view.zoom,
        }
    }

    /// How much of the screen `focus` takes: the larger of its share of the view box's width
    /// and of its height.
    pub fn share_of(&self, focus: &Bounds, bounds: &Bounds, aspect: f64) -> f64 {
        let [_, _, w, h] = self.view_box(bounds, aspect);
        (focus.width() / w).max(focus.height() / h)
    }

    /// Centred on `point` at least at `zoom`.
    pub fn centred_on(self, point: Point, zoom: f64, bounds: &Bounds) -> View {
        View {
            centre: point,
            zoom: self.zoom.max(zoom),
        }
        .clamped(bounds)
    }

    /// The centre kept inside the bounds, the zoom inside its limits.
    fn clamped(self, bounds: &Bounds) -> View {
        let zoom = if self.zoom.is_finite() {
            self.zoom.clamp(Self::MIN_ZOOM, Self::MAX_ZOOM)
        } else {
            1.0
        };
        let ok = |v: f64, lo: f64, hi: f64, fallback: f64| {
            if v.is_finite() {
                v.clamp(lo, hi)
            } else {
                fallback
            }
        };
        let c = bounds.centre();
        View {
            centre: [
                ok(self.centre[0], bounds.min[0], bounds.max[0], c[0]),
                ok(self.centre[1], bounds.min[1], bounds.max[1], c[1]),
            ],
            zoom,
        }
    }
}
