//! Where the programme file comes from: the build's default, or a same-origin `?programme=`
//! path given in the page's URL. Anything that could reach another origin is refused.

/// The programme file this build reads when the URL names none. Set `NEC_PROGRAMME_URL` at
/// build time to change it (see the README).
pub const DEFAULT_PROGRAMME_URL: &str = match option_env!("NEC_PROGRAMME_URL") {
    Some(url) => url,
    None => "/programme.json",
};

/// Why a `?programme=` value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedSource(pub String);

/// The URL to fetch: `requested` when it is a same-origin path, else the default.
pub fn programme_url(requested: Option<&str>) -> Result<String, RefusedSource> {
    match requested.map(str::trim) {
        None | Some("") => Ok(DEFAULT_PROGRAMME_URL.to_owned()),
        Some(path) if is_same_origin_path(path) => Ok(if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("/{path}")
        }),
        Some(other) => Err(RefusedSource(other.to_owned())),
    }
}

/// The venue map a programme names (`event.venue.map`), when it is a same-origin path.
pub fn venue_url(map: Option<&str>) -> Option<String> {
    let path = map?.trim();
    (!path.is_empty() && is_same_origin_path(path)).then(|| {
        if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("/{path}")
        }
    })
}

/// A path on this site: no scheme, no host (`//x`), no backslash tricks, no parent steps.
fn is_same_origin_path(path: &str) -> bool {
    !path.starts_with("//")
        && !path.contains(':')
        && !path.contains('\\')
        && !path.split('/').any(|part| part == "..")
        && path.len() <= 512
        && path.chars().all(|c| !c.is_control() && !c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_venue_map_is_read_from_this_site_only() {
        let cases = [
            (None, None),
            (Some(""), None),
            (Some("/venue.json"), Some("/venue.json")),
            (Some("plans/lens.json"), Some("/plans/lens.json")),
            (Some("https://example.org/venue.json"), None),
            (Some("//example.org/venue.json"), None),
            (Some("/../venue.json"), None),
        ];
        for (map, expected) in cases {
            assert_eq!(venue_url(map).as_deref(), expected, "{map:?}");
        }
    }

    #[test]
    fn same_origin_paths_only() {
        let cases = [
            (None, Ok("/programme.json")),
            (Some(""), Ok("/programme.json")),
            (Some("/locales/drome.json"), Ok("/locales/drome.json")),
            (Some("demo/camp2019.json"), Ok("/demo/camp2019.json")),
            (Some("https://evil.example/p.json"), Err(())),
            (Some("//evil.example/p.json"), Err(())),
            (Some("javascript:alert(1)"), Err(())),
            (Some("/\\evil.example"), Err(())),
            (Some("/../etc/passwd"), Err(())),
            (Some("/a b.json"), Err(())),
        ];
        for (requested, expected) in cases {
            let got = programme_url(requested).map_err(|_| ());
            assert_eq!(got.as_deref(), expected.as_deref(), "{requested:?}");
        }
    }
}
