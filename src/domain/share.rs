//! Sharing an agenda without an account: the kept sessions' ids in one short text for a link
//! or a QR code, with a checksum so that a link cut short or changed by hand is refused with a
//! reason instead of showing a wrong agenda.
//!
//! Format 1: `1.` + checksum (8 hex digits, FNV-1a 32 of the rest) + `.` + the ids joined by
//! `~`, each with `%`, `~` and `.` percent-encoded. Ids are the programme's stable ids, so a
//! session the receiver's programme no longer has is still named.

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

/// The ids a share code carries, or why it cannot be read.
pub fn decode(code: &str) -> Result<Vec<String>, BadCode> {
    if code.len() > MAX_CODE_LEN {
        return Err(BadCode::TooLong);
    }
    let code = code.trim();
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
/// `Programme::sessions()`) and the ids it no longer has, listed rather than dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub found: Vec<usize>,
    pub missing: Vec<String>,
}

pub fn resolve(programme: &Programme, ids: &[String]) -> Shared {
    let mut shared = Shared {
        found: Vec::new(),
        missing: Vec::new(),
    };
    for id in ids {
        match programme.position(id) {
            Some(i) => shared.found.push(i),
            None => shared.missing.push(id.clone()),
        }
    }
    shared.found.sort_unstable();
    shared
}
