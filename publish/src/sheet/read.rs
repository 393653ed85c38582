//! A CSV file's bytes as rows of text: its encoding, its separator, and each row's number as a
//! spreadsheet that opens the file shows it.

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
///
/// encoding_rs's own decoders would do it in one call, but any of them brings every code
/// page's tables into a browser page's WASM (157 KB, 128 KB gzip, measured): this takes its
/// Latin-1 decoder, the 32 bytes where Windows-1252 differs, and std's UTF-16, and a test
/// checks every byte against encoding_rs's `WINDOWS_1252`, `UTF_16LE` and `UTF_16BE`.
fn decode(bytes: &[u8], warnings: &mut Vec<Problem>) -> String {
    match bytes {
        [0xef, 0xbb, 0xbf, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xff, 0xfe, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xfe, 0xff, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                warnings.push(said(Place::File, |w, _| w.windows_1252.to_owned()));
                windows_1252(bytes)
            }
        },
    }
}

/// Windows-1252 for bytes 0x80 to 0x9F, where it differs from Latin-1: what Excel writes for
/// €, ’, œ, … (the WHATWG's table: the five bytes it leaves undefined are C1 controls).
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn windows_1252(bytes: &[u8]) -> String {
    encoding_rs::mem::decode_latin1(bytes)
        .chars()
        .map(|c| match c {
            '\u{80}'..='\u{9f}' => WINDOWS_1252_HIGH[c as usize - 0x80],
            c => c,
        })
        .collect()
}

/// UTF-16 in the byte order `unit` reads; what does not decode becomes U+FFFD.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let pairs = bytes.chunks_exact(2);
    let odd = !pairs.remainder().is_empty();
    let mut text: String = char::decode_utf16(pairs.map(|p| unit([p[0], p[1]])))
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if odd {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
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
    fn windows_1252_and_utf16_read_as_encoding_rs_reads_them() {
        let every_byte: Vec<u8> = (0..=255).collect();
        let (expected, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&every_byte);
        assert_eq!(windows_1252(&every_byte), expected);
        let texts = [
            "jour;début;fin\n28/09/2022;9h30;10h30;Cœur d’été… 20 €",
            "𝄞 emoji 🎉 et « guillemets »",
            "",
        ];
        for text in texts {
            for (encoding, unit, swap) in [
                (
                    encoding_rs::UTF_16LE,
                    u16::from_le_bytes as fn([u8; 2]) -> u16,
                    false,
                ),
                (encoding_rs::UTF_16BE, u16::from_be_bytes, true),
            ] {
                let mut bytes: Vec<u8> = text
                    .encode_utf16()
                    .flat_map(|u| {
                        if swap {
                            u.to_be_bytes()
                        } else {
                            u.to_le_bytes()
                        }
                    })
                    .collect();
                let (expected, _) = encoding.decode_without_bom_handling(&bytes);
                assert_eq!(utf16(&bytes, unit), expected);
                // A lone surrogate, then an odd last byte, as a damaged file has them.
                let surrogate = if swap { [0xd8, 0x00] } else { [0x00, 0xd8] };
                let letter = if swap { [0x00, 0x41] } else { [0x41, 0x00] };
                bytes.extend(surrogate.into_iter().chain(letter));
                let (expected, _) = encoding.decode_without_bom_handling(&bytes);
                assert_eq!(utf16(&bytes, unit), expected, "{encoding:?}");
                bytes.push(0x41);
                let (expected, _) = encoding.decode_without_bom_handling(&bytes);
                assert_eq!(utf16(&bytes, unit), expected, "{encoding:?}");
            }
        }
    }

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
