//! Where the app and its files are: the path the build serves it under (`BASE`), the programme
//! file (the build's default, or a same-origin `?programme=` path given in the page's URL) and
//! its venue map. Anything that could reach another origin is refused.

/// The path the app is served under, set at build time with `NEC_BASE_PATH` (`/nec-lyon/`), `/`
/// by default. It starts and ends with `/`: `cargo xtask` checks the setting before it builds.
pub const BASE: &str = match option_env!("NEC_BASE_PATH") {
    Some(base) => base,
    None => "/",
};

// `cargo xtask` writes NEC_BASE_PATH as `/…/`; a build given another value by hand stops here.
const _: () = assert!(
    !BASE.is_empty() && BASE.as_bytes()[0] == b'/' && BASE.as_bytes()[BASE.len() - 1] == b'/',
    "NEC_BASE_PATH must start and end with / (e.g. /nec-lyon/): cargo xtask writes it so"
);

/// The programme file this build reads when the URL names none, relative to `BASE` unless it
/// starts with `/`. Set `NEC_PROGRAMME_URL` at build time to change it (see the README).
pub const DEFAULT_PROGRAMME_URL: &str = match option_env!("NEC_PROGRAMME_URL") {
    Some(url) => url,
    None => "programme.json",
};

/// The router's base: `BASE` without its last `/` (empty at the root of a site).
pub fn router_base() -> &'static str {
    without_last_slash(BASE)
}

fn without_last_slash(base: &str) -> &str {
    base.strip_suffix('/').unwrap_or(base)
}

/// One of the app's addresses written from its root (`/session/s-12`), under `BASE`
/// (`/nec-lyon/session/s-12`).
pub fn based(path: &str) -> String {
    based_on(BASE, path)
}

fn based_on(base: &str, path: &str) -> String {
    format!("{}{path}", without_last_slash(base))
}

/// Why a `?programme=` value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefusedSource(pub String);

/// A same-origin path as the app fetches it: as written when it starts with `/`, else under
/// `base`.
fn on_this_site(base: &str, path: &str) -> String {
    if path.starts_with('/') {
        path.to_owned()
    } else {
        format!("{base}{path}")
    }
}

/// The URL to fetch: `requested` when it is a same-origin path, else the default.
pub fn programme_url(requested: Option<&str>) -> Result<String, RefusedSource> {
    programme_url_under(BASE, requested)
}

fn programme_url_under(base: &str, requested: Option<&str>) -> Result<String, RefusedSource> {
    match requested.map(str::trim) {
        None | Some("") => Ok(on_this_site(base, DEFAULT_PROGRAMME_URL)),
        Some(path) if is_same_origin_path(path) => Ok(on_this_site(base, path)),
        Some(blob) if is_preview(blob) => Ok(blob.to_owned()),
        Some(other) => Err(RefusedSource(other.to_owned())),
    }
}

/// The venue map a programme names (`event.venue.map`), when it is a same-origin path: as
/// written when it starts with `/`, else under `BASE` (`venue.json` follows the app wherever it
/// is served).
pub fn venue_url(map: Option<&str>) -> Option<String> {
    venue_url_under(BASE, map)
}

/// Whether a programme has a map the app can read: without one there is no map tab, no map link
/// and no walk between rooms.
pub fn has_map(map: Option<&str>) -> bool {
    venue_url(map).is_some()
}

fn venue_url_under(base: &str, map: Option<&str>) -> Option<String> {
    let path = map?.trim();
    (!path.is_empty() && is_same_origin_path(path)).then(|| on_this_site(base, path))
}

/// The app's own parameters of an address: the programme file read (`programme`) and the moment
/// `maintenant` names. Every link from one page to another keeps them, so a reload, a link
/// passed on or a page opened in a new tab shows the same programme at the same time.
pub const KEPT: [&str; 2] = ["programme", "maintenant"];

/// The app's own parameters an address holds, read by `get` (the router's query, or the
/// browser's address outside the router).
pub fn kept(get: impl Fn(&str) -> Option<String>) -> Vec<(&'static str, String)> {
    KEPT.into_iter()
        .filter_map(|name| get(name).map(|value| (name, value)))
        .collect()
}

/// `target` (a path, maybe with a query and a fragment) with each of `kept` (name, value) added
/// to its query, unless the target names that parameter already. Values are percent-encoded.
pub fn keeping(target: &str, kept: &[(&str, &str)]) -> String {
    let (before_fragment, fragment) = match target.split_once('#') {
        Some((before, after)) => (before, Some(after)),
        None => (target, None),
    };
    let (path, query) = match before_fragment.split_once('?') {
        Some((path, query)) => (path, query),
        None => (before_fragment, ""),
    };
    let named = |name: &str| {
        query
            .split('&')
            .any(|pair| pair.split('=').next() == Some(name))
    };
    let mut parts: Vec<String> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(str::to_owned)
        .collect();
    for (name, value) in kept {
        if !named(name) {
            parts.push(format!("{name}={}", crate::domain::query::encode(value)));
        }
    }
    let mut out = path.to_owned();
    if !parts.is_empty() {
        out.push('?');
        out.push_str(&parts.join("&"));
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// A programme held in memory by the organisers' page (publier.html) for its preview: a
/// `blob:` address, which a browser lets only pages of the origin that made it read. Its
/// agenda is kept apart from the person's own (`edge::storage`).
pub fn is_preview(address: &str) -> bool {
    address.starts_with("blob:")
        && address.len() <= 512
        && address
            .chars()
            .all(|c| !c.is_control() && !c.is_whitespace())
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
            (Some("venue.json"), Some("/venue.json")),
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
    fn under_a_sub_path_the_apps_addresses_and_files_follow_it() {
        let base = "/nec-lyon/";
        assert_eq!(based_on(base, "/session/s-12"), "/nec-lyon/session/s-12");
        assert_eq!(based_on("/", "/session/s-12"), "/session/s-12");
        assert_eq!(without_last_slash(base), "/nec-lyon");
        assert_eq!(without_last_slash("/"), "");
        assert_eq!(
            programme_url_under(base, None).as_deref(),
            Ok("/nec-lyon/programme.json")
        );
        assert_eq!(
            programme_url_under(base, Some("locales/drome.json")).as_deref(),
            Ok("/nec-lyon/locales/drome.json")
        );
        assert_eq!(
            programme_url_under(base, Some("/autre/programme.json")).as_deref(),
            Ok("/autre/programme.json")
        );
        assert!(programme_url_under(base, Some("https://example.org/p.json")).is_err());
        assert_eq!(
            venue_url_under(base, Some("venue.json")).as_deref(),
            Some("/nec-lyon/venue.json")
        );
        assert_eq!(
            venue_url_under(base, Some("/venue.json")).as_deref(),
            Some("/venue.json")
        );
        assert_eq!(venue_url_under(base, Some("//example.org/v.json")), None);
    }

    #[test]
    fn links_keep_the_apps_own_parameters() {
        let drome = [("programme", "/locales/drome.json")];
        let both = [("programme", "/p.json"), ("maintenant", "2022-09-28T10:15")];
        type Kept<'a> = &'a [(&'a str, &'a str)];
        let cases: [(&str, Kept, &str); 9] = [
            ("/agenda", &[], "/agenda"),
            (
                "/agenda",
                &drome,
                "/agenda?programme=%2Flocales%2Fdrome.json",
            ),
            (
                "/session/s-12",
                &both,
                "/session/s-12?programme=%2Fp.json&maintenant=2022-09-28T10%3A15",
            ),
            (
                "/plan?espace=artois",
                &drome,
                "/plan?espace=artois&programme=%2Flocales%2Fdrome.json",
            ),
            (
                "/plan?programme=%2Fother.json",
                &drome,
                "/plan?programme=%2Fother.json",
            ),
            (
                "/agenda/partage#abc",
                &drome,
                "/agenda/partage?programme=%2Flocales%2Fdrome.json#abc",
            ),
            (
                "/agenda/partage?x=1#a?b",
                &drome,
                "/agenda/partage?x=1&programme=%2Flocales%2Fdrome.json#a?b",
            ),
            // A value holding '&', '+' or '#' stays one value.
            (
                "/",
                &[("programme", "/a&b+c#d.json")],
                "/?programme=%2Fa%26b%2Bc%23d.json",
            ),
            // A parameter whose name only starts like a kept one does not count as it.
            (
                "/programme?programmes=1",
                &drome,
                "/programme?programmes=1&programme=%2Flocales%2Fdrome.json",
            ),
        ];
        for (target, kept, expected) in cases {
            assert_eq!(keeping(target, kept), expected, "{target} {kept:?}");
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
            // The organisers' page's preview: a file in memory, readable by this origin only.
            (
                Some("blob:https://nec.example/5b1e-44"),
                Ok("blob:https://nec.example/5b1e-44"),
            ),
            (Some("blob:https://nec.example/a b"), Err(())),
            (Some("blobs:x"), Err(())),
        ];
        for (requested, expected) in cases {
            let got = programme_url(requested).map_err(|_| ());
            assert_eq!(got.as_deref(), expected.as_deref(), "{requested:?}");
        }
    }
}
