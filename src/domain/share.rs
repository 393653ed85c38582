//! Sharing an agenda without an account: the kept sessions' ids in one short text for a link
//! or a QR code, with a checksum so that a link cut short or changed by hand is refused with a
//! reason instead of showing a wrong agenda.
//!
//! Format 2 (made now): `2.` + the length L of each session's mark (one digit, 4 to 9) + a
//! checksum (4 characters) + one mark of L characters per session. The `.` after the format's
//! number is what an older copy of the app reads as "made by a newer version" (`decode_ids`). A mark is the start of a
//! hash of the session's stable id, in base 32 (`A`–`Z`, `2`–`7`): the receiver finds the
//! session by hashing its programme's ids. L is the shortest at which no two sessions of the
//! sender's programme share a mark. Ten sessions take about 50 characters, all of them in a
//! QR code's alphanumeric mode (5.5 bits a character, against 8): the code is a small square.
//! A mark the receiver's programme does not have (a session removed since), or has twice, is
//! counted, not named.
//!
//! Format 1 (still read, for links already given): `1.` + checksum (8 hex digits, FNV-1a 32
//! of the rest) + `.` + the ids joined by `~`, each with `%`, `~` and `.` percent-encoded.

use crate::domain::Programme;

/// Why a share code was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadCode {
    /// Empty, or not of this shape at all.
    NotACode,
    /// Made by a newer version of the app.
    UnknownVersion(String),
    /// The checksum does not match: cut short, or changed.
    Damaged,
    /// Longer than any agenda's code (`MAX_CODE_LEN`): not read at all.
    TooLong,
}

/// What a share code carries: ids (format 1) or marks (format 2), read against a programme
/// by `resolve`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Code {
    Ids(Vec<String>),
    Marks(Vec<String>),
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// FNV-1a 64 of a text, then mixed (MurmurHash3's finaliser): FNV alone barely moves its
/// top bits when the last character changes, and a mark is made of the top bits.
fn hash64(text: &str) -> u64 {
    let mut h = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The first `len` base-32 characters of a text's hash, 12 at most (its 64 bits hold no more:
/// a longer mark, which no code has, names no session).
fn mark(text: &str, len: usize) -> String {
    let hash = hash64(text);
    (0..len.min(12))
        .map(|k| char::from(BASE32[((hash >> (59 - 5 * k)) & 31) as usize]))
        .collect()
}

/// The shortest mark length at which no two of these ids share a mark.
fn mark_len<'a>(ids: impl Iterator<Item = &'a str> + Clone) -> usize {
    (4..=9)
        .find(|&len| {
            let mut marks: Vec<String> = ids.clone().map(|id| mark(id, len)).collect();
            let all = marks.len();
            marks.sort_unstable();
            marks.dedup();
            marks.len() == all
        })
        .unwrap_or(9)
}

/// The share code of the kept sessions this programme has (format 2), in the programme's
/// order. Sessions of another programme are left out: the receiver opens this one.
pub fn encode_for<'a>(programme: &Programme, kept: impl IntoIterator<Item = &'a str>) -> String {
    let ids = programme.sessions().iter().map(|s| s.data.id.as_str());
    let len = mark_len(ids);
    let mut positions: Vec<usize> = kept
        .into_iter()
        .filter_map(|id| programme.position(id))
        .collect();
    positions.sort_unstable();
    positions.dedup();
    let body: String = positions
        .iter()
        .map(|&i| mark(&programme.sessions()[i].data.id, len))
        .collect();
    format!("2.{len}{}{body}", mark(&format!("{len}{body}"), 4))
}

/// The longest code read: 32,000 characters, about 400 sessions with NEC's long ids (a QR code
/// holds under 3,000).
pub const MAX_CODE_LEN: usize = 32_000;

fn checksum(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5_u32, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

fn escape(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        match c {
            '%' => out.push_str("%25"),
            '~' => out.push_str("%7E"),
            '.' => out.push_str("%2E"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let code = rest.get(at + 1..at + 3)?;
        out.push(match code {
            "25" => '%',
            "7E" => '~',
            "2E" => '.',
            _ => return None,
        });
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    Some(out)
}

/// The share code of some session ids (in the order given, duplicates removed).
pub fn encode<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let mut seen = Vec::new();
    for id in ids {
        if !id.is_empty() && !seen.contains(&id) {
            seen.push(id);
        }
    }
    let body = seen.into_iter().map(escape).collect::<Vec<_>>().join("~");
    format!("1.{:08x}.{body}", checksum(&body))
}

/// What a share code carries, or why it cannot be read.
pub fn decode(code: &str) -> Result<Code, BadCode> {
    if code.len() > MAX_CODE_LEN {
        return Err(BadCode::TooLong);
    }
    let code = code.trim();
    if let Some(rest) = code.strip_prefix("2.") {
        return decode_marks(rest).map(Code::Marks);
    }
    decode_ids(code).map(Code::Ids)
}

/// Format 2, after its `2.`: the length, the checksum, the marks. Read in either case (a
/// link retyped, or changed by an app).
fn decode_marks(rest: &str) -> Result<Vec<String>, BadCode> {
    let rest = rest.to_ascii_uppercase();
    let len = match rest.as_bytes().first() {
        Some(d @ b'4'..=b'9') => usize::from(d - b'0'),
        _ => return Err(BadCode::Damaged),
    };
    let (sum, body) = rest[1..].split_at_checked(4).ok_or(BadCode::Damaged)?;
    if !body.bytes().all(|b| BASE32.contains(&b))
        || body.len() % len != 0
        || sum != mark(&format!("{len}{body}"), 4)
    {
        return Err(BadCode::Damaged);
    }
    Ok(body
        .as_bytes()
        .chunks(len)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect())
}

/// Format 1: the ids.
fn decode_ids(code: &str) -> Result<Vec<String>, BadCode> {
    let (version, rest) = code.split_once('.').ok_or(BadCode::NotACode)?;
    if version != "1" {
        return if !version.is_empty() && version.chars().all(|c| c.is_ascii_digit()) {
            Err(BadCode::UnknownVersion(version.to_owned()))
        } else {
            Err(BadCode::NotACode)
        };
    }
    let (sum, body) = rest.split_once('.').ok_or(BadCode::Damaged)?;
    // Exactly eight digits: "0" added in front would read as the same number.
    if sum.len() != 8 {
        return Err(BadCode::Damaged);
    }
    let sum = u32::from_str_radix(sum, 16).map_err(|_| BadCode::Damaged)?;
    if sum != checksum(body) {
        return Err(BadCode::Damaged);
    }
    if body.is_empty() {
        return Ok(Vec::new());
    }
    body.split('~')
        .map(|id| {
            unescape(id)
                .filter(|id| !id.is_empty())
                .ok_or(BadCode::Damaged)
        })
        .collect()
}

/// A shared agenda read against this programme: the sessions it has (positions in
/// `Programme::sessions()`), the ids it no longer has, listed rather than dropped (format 1),
/// and how many marks name none of its sessions, or more than one (format 2).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shared {
    pub found: Vec<usize>,
    pub missing: Vec<String>,
    pub unnamed: usize,
}

pub fn resolve(programme: &Programme, code: &Code) -> Shared {
    let mut shared = Shared::default();
    match code {
        Code::Ids(ids) => {
            for id in ids {
                match programme.position(id) {
                    Some(i) => shared.found.push(i),
                    None => shared.missing.push(id.clone()),
                }
            }
        }
        Code::Marks(marks) => {
            let Some(len) = marks.first().map(String::len) else {
                return shared;
            };
            let mut mine: Vec<(String, usize)> = programme
                .sessions()
                .iter()
                .enumerate()
                .map(|(i, s)| (mark(&s.data.id, len), i))
                .collect();
            mine.sort_unstable();
            for m in marks {
                let from = mine.partition_point(|(x, _)| x < m);
                match &mine[from..] {
                    // One session, and one only: a mark two sessions share is not guessed.
                    [(a, i), rest @ ..] if a == m && rest.first().is_none_or(|(b, _)| b != m) => {
                        shared.found.push(*i);
                    }
                    _ => shared.unnamed += 1,
                }
            }
        }
    }
    shared.found.sort_unstable();
    shared.found.dedup();
    shared
}
