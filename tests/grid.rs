//! Host tests of the grid view's layout.
#![cfg(not(target_arch = "wasm32"))]

use nec_compagnon::domain::grid::{grid, Cell};
use nec_compagnon::domain::load_programme;
use serde_json::{json, Value};

fn sample() -> Value {
    serde_json::from_str(include_str!("fixtures/sample.json")).unwrap()
}

/// The grid of the first day as text: one line per row, "start-end|cell|cell".
fn layout(value: &Value) -> Vec<String> {
    let p = load_programme(&value.to_string()).unwrap();
    let day = p.days()[0];
    let positions: Vec<usize> = (0..p.sessions().len())
        .filter(|&i| p.local(p.sessions()[i].start).0 == day)
        .collect();
    let g = grid(&p, day, &positions);
    let hhmm = |m: i64| format!("{:02}{:02}", m / 60, m % 60);
    g.rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Cell::Empty => ".".into(),
                    Cell::Covered => "|".into(),
                    Cell::Start { sessions, rows } => {
                        let ids: Vec<_> = sessions
                            .iter()
                            .map(|&i| p.sessions()[i].data.id.as_str())
                            .collect();
                        format!("{}x{rows}", ids.join("+"))
                    }
                })
                .collect();
            format!(
                "{}-{} {}",
                hhmm(g.times[r]),
                hhmm(g.times[r + 1]),
                cells.join(" ")
            )
        })
        .collect()
}

#[test]
fn sessions_span_the_rows_they_cover() {
    // Day 1 of the sample: opening 09:30–10:30 in the hall, workshop 11:00–12:30 and the
    // experience report 17:00–18:00 in salon 2.
    assert_eq!(
        layout(&sample()),
        [
            "0930-1030 ouverturex1 .",
            "1030-1100 . .",
            "1100-1230 . atelier-mediation-qpvx1",
            "1230-1700 . .",
            "1700-1800 . rex-centres-sociauxx1",
        ]
    );
}

#[test]
fn a_long_session_covers_several_rows() {
    let mut v = sample();
    v["sessions"][0]["end"] = json!("2022-09-28T12:30:00+02:00");
    assert_eq!(
        layout(&v)[..3],
        [
            "0930-1100 ouverturex2 .",
            "1100-1230 | atelier-mediation-qpvx1",
            "1230-1700 . ."
        ]
    );
}

#[test]
fn a_double_booked_space_shares_one_cell() {
    let mut v = sample();
    v["sessions"][1]["space"] = json!("grand-salon");
    v["sessions"][1]["start"] = json!("2022-09-28T10:00:00+02:00");
    assert_eq!(
        layout(&v),
        [
            "0930-1000 ouverture+atelier-mediation-qpvx3 .",
            "1000-1030 | .",
            "1030-1230 | .",
            "1230-1700 . .",
            "1700-1800 . rex-centres-sociauxx1",
        ]
    );
}

#[test]
fn a_session_past_midnight_ends_the_next_day() {
    let mut v = sample();
    v["sessions"][2]["start"] = json!("2022-09-28T23:30:00+02:00");
    v["sessions"][2]["end"] = json!("2022-09-29T00:30:00+02:00");
    assert_eq!(
        layout(&v).last().unwrap(),
        "2330-2430 . rex-centres-sociauxx1"
    );
}
