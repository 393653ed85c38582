//! The grid view: one column per space, one row per time boundary of the day, each session a
//! cell spanning the rows it covers. A real table, so screen readers can move by row and
//! column.

use crate::domain::Programme;

/// A cell of the grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Empty,
    /// Covered by a session that started in an earlier row.
    Covered,
    /// Sessions starting here (more than one only when a space is double-booked), spanning
    /// `rows` rows.
    Start {
        sessions: Vec<usize>,
        rows: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    /// Space ids, in the programme's order, only those used on that day.
    pub spaces: Vec<String>,
    /// Row boundaries, minutes since midnight of the day (a session past midnight goes beyond
    /// 1440). Row `i` runs from `times[i]` to `times[i + 1]`.
    pub times: Vec<i64>,
    /// `times.len() - 1` rows of `spaces.len()` cells.
    pub rows: Vec<Vec<Cell>>,
}

/// Lays out the sessions at `positions` (all starting on `day`).
pub fn grid(programme: &Programme, day: jiff::civil::Date, positions: &[usize]) -> Grid {
    let minutes = |instant: jiff::Timestamp| {
        let (date, time) = programme.local(instant);
        // Civil days are 24 hours long. Not `date - day` nor `since`: they build a jiff Span
        // through an `expect`, code that formats jiff's errors for a failure that cannot happen.
        let days = date.duration_since(day).as_secs() / 86_400;
        days * 1440 + time.hour() as i64 * 60 + time.minute() as i64
    };
    let spans: Vec<(usize, i64, i64)> = positions
        .iter()
        .map(|&i| {
            let s = &programme.sessions()[i];
            (
                i,
                minutes(s.start),
                minutes(s.end).max(minutes(s.start) + 1),
            )
        })
        .collect();
    let mut times: Vec<i64> = spans.iter().flat_map(|(_, a, b)| [*a, *b]).collect();
    times.sort_unstable();
    times.dedup();
    let spaces: Vec<String> = programme
        .spaces()
        .iter()
        .filter(|space| {
            positions
                .iter()
                .any(|&i| programme.sessions()[i].data.space == space.id)
        })
        .map(|space| space.id.clone())
        .collect();
    let row_count = times.len().saturating_sub(1);
    let mut rows = vec![vec![Cell::Empty; spaces.len()]; row_count];
    let row_of = |t: i64| times.binary_search(&t).unwrap_or_else(|i| i);
    for (column, space) in spaces.iter().enumerate() {
        let mut here: Vec<&(usize, i64, i64)> = spans
            .iter()
            .filter(|(i, ..)| &programme.sessions()[*i].data.space == space)
            .collect();
        here.sort_by_key(|(i, start, end)| (*start, *end, *i));
        // The row where the cell covering each row starts.
        let mut owner: Vec<Option<usize>> = vec![None; row_count];
        for &&(i, start, end) in &here {
            let (first, last) = (row_of(start), row_of(end));
            match owner[first] {
                // Double-booked: join the session already there.
                Some(row) => {
                    let before = match &rows[row][column] {
                        Cell::Start { rows: span, .. } => *span,
                        _ => 0,
                    };
                    let reach = (last - row).max(before);
                    for r in row + before..row + reach {
                        owner[r] = Some(row);
                        rows[r][column] = Cell::Covered;
                    }
                    if let Cell::Start {
                        sessions,
                        rows: span,
                    } = &mut rows[row][column]
                    {
                        sessions.push(i);
                        *span = reach;
                    }
                }
                None => {
                    rows[first][column] = Cell::Start {
                        sessions: vec![i],
                        rows: last - first,
                    };
                    for r in first..last {
                        owner[r] = Some(first);
                        if r > first {
                            rows[r][column] = Cell::Covered;
                        }
                    }
                }
            }
        }
    }
    Grid {
        spaces,
        times,
        rows,
    }
}
