//! A CSV file's bytes as rows of text: its encoding, its separator, and each row's number as a
//! spreadsheet that opens the file shows it.

use encoding_rs::{Encoding, WINDOWS_1252};
use nec_compagnon::domain::problem::{Problem, ProblemKind};

use super::{said, Place, Row};
use crate::sheet::LoadFailure;

/// The rows of a CSV file, empty ones included (the importer skips them).
pub(crate) fn csv_rows(bytes: &[u8], warnings: &mut Vec<Problem>) -> Result<Vec<Row>, LoadFailure> {
    let text = decode(bytes, warnings);
    if text.trim().is_empty() {
        return Err(Problem::new("", ProblemKind::Empty).into());
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(&text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // A line break inside a quoted cell starts no row of the spreadsheet.
    let mut breaks_in_cells = 0;
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(1, |p| p.line() as usize);
                let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
                rows.push(Row {
                    number: line.saturating_sub(breaks_in_cells).max(1),
                    cells,
                });
                breaks_in_cells += record
                    .iter()
                    .map(|c| c.matches('\n').count())
                    .sum::<usize>();
            }
            Err(error) => {
                let line = error.position().map_or(1, |p| p.line() as usize);
                let detail = error.to_string();
                let row = line.saturating_sub(breaks_in_cells).max(1);
                return Err(said(Place::Row(row), |w, _| (w.unreadable)(&detail)).into());
            }
        }
    }
    Ok(rows)
}

/// The text of the file: after a byte order mark, in its encoding (UTF-8 or UTF-16); else
/// UTF-8 when it is; else Windows-1252, which any byte is, with a warning that says how to
/// save as UTF-8.
fn decode(bytes: &[u8], warnings: &mut Vec<Problem>) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return text.into_owned();
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => {
            warnings.push(said(Place::File, |w, _| w.windows_1252.to_owned()));
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            text.into_owned()
        }
    }
}

/// The separator: the one of `;`, tab and `,` that the first row (outside quotes) holds most
/// often, `;` first on a tie (French spreadsheets write it); `,` when there is none.
fn separator(text: &str) -> u8 {
    let mut counts = [(b';', 0), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    for c in text.bytes() {
        match c {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some((_, n)) = counts.iter_mut().find(|(s, _)| *s == c) {
                    *n += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(s, _)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators() {
        let cases = [
            ("jour;début;fin", b';'),
            ("day,start,end", b','),
            ("day\tstart\tend", b'\t'),
            ("\"a;b\",c,d", b','),
            ("a;b,c", b';'),
            ("title", b','),
        ];
        for (text, expected) in cases {
            assert_eq!(separator(text) as char, expected as char, "{text}");
        }
    }
}
