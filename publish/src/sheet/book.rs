//! The first sheet of an `.ods` or `.xlsx` file (or `.xls`) as rows of text, as a CSV file
//! would give them: dates as `2022-09-28`, times as `09:30`, numbers as written. The command
//! line only (calamine is not built for the browser).

use std::io::Cursor;

use calamine::{open_workbook_auto_from_rs, Data, Reader};

use super::{said, LoadFailure, Place, Row};

pub(crate) fn rows(bytes: &[u8]) -> Result<Vec<Row>, LoadFailure> {
    let unreadable = |detail: String| -> LoadFailure {
        said(Place::File, |w, _| (w.unreadable_book)(&detail)).into()
    };
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| unreadable(e.to_string()))?;
    let range = match book.worksheet_range_at(0) {
        Some(Ok(range)) => range,
        Some(Err(e)) => return Err(unreadable(e.to_string())),
        None => return Ok(Vec::new()),
    };
    // The range starts at its first filled cell: rows and columns before it are empty.
    let (top, left) = range.start().unwrap_or((0, 0));
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, cells)| Row {
            number: top as usize + i + 1,
            cells: std::iter::repeat_n(String::new(), left as usize)
                .chain(cells.iter().map(text))
                .collect(),
        })
        .collect())
}

/// A cell as text, as a CSV file would hold it.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) => text.trim().to_owned(),
        Data::Int(n) => n.to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        Data::Float(x) => x.to_string(),
        Data::Bool(yes) => if *yes { "oui" } else { "non" }.to_owned(),
        Data::DateTime(value) => {
            let serial = value.as_f64();
            let (year, month, day, hour, minute, _, _) = value.to_ymd_hms_milli();
            if serial < 1.0 {
                format!("{hour:02}:{minute:02}")
            } else if serial.fract() == 0.0 {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}")
            }
        }
        Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
    }
}
