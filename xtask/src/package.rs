//! `cargo xtask package`: the site an organiser uploads, built for their programme (a programme
//! file, or a c3voc schedule converted first), their map and the path it is served under, with
//! what nginx, Apache, Netlify and GitHub Pages each need: a folder, and a .zip of it.
//!
//! The programme is built in, not copied over a build: the service worker's list of files and
//! their hashes, and the page's first view, are written at build time from it. So trunk builds
//! a copy of index.html whose `public` is the package's own (the repository's static files, its
//! data files replaced by the ones given), and the repository's `public/` is never touched.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde_json::Value;

use crate::{fail, normal_base, release_build_of, repo_root, run, say, tools, Failure, Outcome};

/// What the person asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// A programme file (docs/programme-format.md) or a c3voc schedule.json.
    pub programme: PathBuf,
    /// The venue map the programme names in `event.venue.map`, if it names one.
    pub venue: Option<PathBuf>,
    /// The path the site is served under: `/`, `/nec-lyon/`.
    pub base: String,
    /// Where the package's folder and zip are written.
    pub out: PathBuf,
    /// The data commands' messages in English (`--en`) rather than French.
    pub english: bool,
}

const USAGE: &str =
    "usage: cargo xtask package --programme FILE [--venue FILE] [--base /PATH/] [--out DIR] [--en]";

/// `cargo xtask package ARGS`.
pub fn command(args: &[&str]) -> Outcome {
    let request = parse(args, crate::base_path)?;
    tools::for_serve()?;
    make(&request).map(|_| ())
}

/// The request in `args`; the base path is `--base`, else `default_base` (NEC_BASE_PATH, `/`).
fn parse(
    args: &[&str],
    default_base: impl FnOnce() -> Result<String, Failure>,
) -> Result<Request, Failure> {
    let (mut programme, mut venue, mut base, mut out, mut english) =
        (None, None, None, None, false);
    let mut args = args.iter();
    while let Some(&arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (arg, None),
        };
        if name == "--en" && inline.is_none() {
            english = true;
            continue;
        }
        let slot = match name {
            "--programme" => &mut programme,
            "--venue" => &mut venue,
            "--base" => &mut base,
            "--out" => &mut out,
            _ => return Err(Failure(format!("unknown argument {arg:?}\n{USAGE}"))),
        };
        let value = match inline {
            Some(value) => value,
            None => args
                .next()
                .copied()
                .ok_or_else(|| Failure(format!("{name} needs a value\n{USAGE}")))?,
        };
        *slot = Some(value.to_owned());
    }
    let programme = programme.ok_or_else(|| {
        Failure(format!(
            "which programme? Name its file with --programme\n{USAGE}"
        ))
    })?;
    let base = match base {
        Some(given) => normal_base(&given)
            .map_err(|_| Failure(format!("--base {given:?}: write the path the site will be served under, such as /nec-lyon/ (letters, digits, -, _, . and ~ between slashes), or / for the root of a site")))?,
        None => default_base()?,
    };
    let absolute =
        |path: String| std::path::absolute(&path).map_err(|e| Failure(format!("{path}: {e}")));
    Ok(Request {
        programme: absolute(programme)?,
        venue: venue.map(absolute).transpose()?,
        base,
        out: match out {
            Some(out) => absolute(out)?,
            None => repo_root().join("target").join("package"),
        },
        english,
    })
}

/// Where `cargo xtask test` makes the package that tests/e2e/nginx.test.mjs puts online
/// (`NEC_PACKAGE_DIR`), from the repository's root.
pub fn e2e_out() -> PathBuf {
    repo_root().join("target").join("package-e2e")
}

/// The site folder of the package `for_e2e(base)` makes.
pub fn e2e_site(base: &str) -> PathBuf {
    let programme = repo_root().join("public").join("programme.json");
    let id = std::fs::read_to_string(programme)
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|json| json.pointer("/event/id")?.as_str().map(str::to_owned));
    e2e_out()
        .join(package_name(id.as_deref(), base))
        .join("site")
}

/// The package of NEC 2022's programme and map (public/), served under `base`, made as a person
/// makes one, in `e2e_out()`: for the end-to-end test on a real nginx. Its folder.
pub fn for_e2e(base: &str) -> Result<PathBuf, Failure> {
    let public = repo_root().join("public");
    make(&Request {
        programme: public.join("programme.json"),
        venue: Some(public.join("venue.json")),
        base: base.to_owned(),
        out: e2e_out(),
        english: false,
    })
}

/// Makes the package; its folder (`<out>/<name>/`, beside `<out>/<name>.zip`).
pub fn make(request: &Request) -> Result<PathBuf, Failure> {
    let started = Instant::now();
    let base = request.base.as_str();
    let work = WORK.iter().fold(repo_root(), |path, part| path.join(part));
    fresh_dir(&work)?;

    // 1. The programme, checked by the organisers' own command (converted first if need be).
    let programme = checked_programme(request, &work)?;
    let json: Value = serde_json::from_str(read_text(&programme)?.trim_start_matches('\u{feff}'))
        .map_err(|e| Failure(format!("{}: {e}", programme.display())))?;
    let event_id = json.pointer("/event/id").and_then(Value::as_str);
    let map = json.pointer("/event/venue/map").and_then(Value::as_str);

    // 2. The map, where the programme says it is, checked against the programme.
    let venue = match (venue_place(map, base).map_err(Failure)?, &request.venue) {
        (None, None) => {
            say("no venue map: the app will have none");
            None
        }
        (Some(place), Some(file)) => {
            say(&format!(
                "checking the venue map {} against the programme (cargo nec-data check-venue)",
                file.display()
            ));
            nec_data(request, "check-venue", &[file, &programme])
                .map_err(|_| Failure(format!("the venue map {} is not valid (see above): correct it, then run this command again", file.display())))?;
            Some((place, file.clone()))
        }
        (Some(_), None) => {
            return Err(Failure(format!(
                "the programme names a venue map (event.venue.map: {:?}): give its file with \
                 --venue FILE, or take \"map\" out of the programme for an app without a map",
                map.unwrap_or_default()
            )))
        }
        (None, Some(file)) => {
            return Err(Failure(format!(
                "a venue map was given ({}) but the programme names none: add \"map\": \
                 \"venue.json\" to event.venue in the programme (docs/programme-format.md), or \
                 leave out --venue",
                file.display()
            )))
        }
    };

    // 3. The site's own public/: the repository's static files, with this programme and map.
    let name = package_name(event_id, base);
    let folder = request.out.join(&name);
    let site = folder.join("site");
    say(&format!(
        "the package {name}: a site served under {base}, in {}",
        folder.display()
    ));
    let public = work.join("public");
    copy_static_files(&repo_root().join("public"), &public)?;
    copy(&programme, &public.join("programme.json"))?;
    if let Some((place, file)) = &venue {
        copy(file, &public.join(place))?;
    }
    let page = package_page(&read_text(&repo_root().join("index.html"))?).map_err(Failure)?;
    let page_path = work.join("index.html");
    write(&page_path, &page)?;

    // 4. The build, into the package's site/.
    remove_if_there(&folder)?;
    remove_if_there(&request.out.join(format!("{name}.zip")))?;
    release_build_of(&page_path, &site, base)?;

    // 5. What each host needs.
    say("writing what each host needs: nginx (nginx/), Apache (site/.htaccess), Netlify (site/_redirects, site/_headers), GitHub Pages (site/404.html, site/.nojekyll)");
    let hashed = named_after_content(&site)?;
    fs::create_dir_all(folder.join("nginx")).map_err(|e| io(&folder, e))?;
    write(
        &folder.join("nginx").join(format!("{name}.conf")),
        &nginx_conf(base, &name),
    )?;
    write(&site.join(".htaccess"), &htaccess(base))?;
    write(&site.join("_redirects"), &netlify_redirects(base))?;
    write(&site.join("_headers"), &netlify_headers(base, &hashed))?;
    copy(&site.join("index.html"), &site.join("404.html"))?;
    write(&site.join(".nojekyll"), "")?;
    write(&folder.join("LISEZMOI.txt"), &readme(&name, base))?;

    // 6. Compressed copies, then the zip (node's zlib: see xtask/hosts/pack.mjs).
    say("compressing the files named after their content, for hosts that send them as they are (.gz, .br)");
    pack(&["compress".as_ref(), site.as_os_str()])?;
    let zip = request.out.join(format!("{name}.zip"));
    say(&format!("zipping the package into {}", zip.display()));
    pack(&["zip".as_ref(), folder.as_os_str(), zip.as_os_str()])?;
    fs::remove_dir_all(&work).map_err(|e| io(&work, e))?;

    let (files, bytes) = size_of(&site)?;
    say(&format!(
        "package ready in {:.0?}: {} (site/: {files} files, {} KiB) and {} ({} KiB). Upload the contents of site/ to {base}; LISEZMOI.txt says how for each host",
        started.elapsed(),
        folder.display(),
        bytes / 1024,
        zip.display(),
        fs::metadata(&zip).map_err(|e| io(&zip, e))?.len() / 1024,
    ));
    Ok(folder)
}

/// What kind of file a programme was given as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The app's own format (docs/programme-format.md), or a file nec-publish will say is wrong.
    Programme,
    /// A c3voc schedule.json (frab, pretalx): `{"schedule": {"conference": …}}`.
    C3voc,
}

fn kind_of(text: &str) -> Kind {
    let text = text.trim_start_matches('\u{feff}');
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(root))
            if root.get("schedule").is_some_and(Value::is_object)
                && !root.contains_key("format_version") =>
        {
            Kind::C3voc
        }
        _ => Kind::Programme,
    }
}

/// The programme file to build in, checked: the one given, or its conversion in `work`.
fn checked_programme(request: &Request, work: &Path) -> Result<PathBuf, Failure> {
    let given = &request.programme;
    let bytes = fs::read(given).map_err(|e| io(given, e))?;
    match kind_of(&String::from_utf8_lossy(&bytes)) {
        Kind::Programme => {
            say(&format!(
                "checking the programme {} (cargo nec-data check-data)",
                given.display()
            ));
            nec_data(request, "check-data", &[given]).map_err(|_| Failure(format!("the programme {} is not valid (see above): correct it, then run this command again", given.display())))?;
            Ok(given.clone())
        }
        Kind::C3voc => {
            let converted = work.join("programme.json");
            say(&format!(
                "{} is a c3voc schedule: converting and checking it (cargo nec-data import-c3voc)",
                given.display()
            ));
            nec_data(request, "import-c3voc", &[given, &converted]).map_err(|_| {
                Failure(format!(
                    "the schedule {} could not be converted into a valid programme (see above)",
                    given.display()
                ))
            })?;
            Ok(converted)
        }
    }
}

/// Runs one of the organisers' data commands (`cargo nec-data`, the nec-publish crate).
fn nec_data(request: &Request, what: &str, files: &[&Path]) -> Outcome {
    let mut command = Command::new("cargo");
    command
        .args(["run", "--quiet", "--package", "nec-publish", "--", what])
        .args(files);
    if request.english {
        command.arg("--en");
    }
    run(&mut command)
}

/// Runs xtask/hosts/pack.mjs with node.
fn pack(args: &[&std::ffi::OsStr]) -> Outcome {
    run(Command::new("node")
        .arg(repo_root().join("xtask").join("hosts").join("pack.mjs"))
        .args(args))
}

/// The package's name: the event's id, then the path it is served under
/// (`nec2022-nec-lyon`), so that two packages of one programme for two places differ.
fn package_name(event_id: Option<&str>, base: &str) -> String {
    let clean = |text: &str| {
        let mapped: String = text
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .take(60)
            .collect();
        mapped.trim_matches(['-', '.']).to_owned()
    };
    let event = match event_id.map(clean) {
        Some(id) if !id.is_empty() => id,
        _ => "nec-compagnon".to_owned(),
    };
    let place = clean(&base.trim_matches('/').replace('/', "-"));
    if place.is_empty() || place == event {
        event
    } else {
        format!("{event}-{place}")
    }
}

/// Where the venue map goes in the site, from the programme's `event.venue.map` (relative to
/// the base, or an absolute path under it). None when the programme names no map.
fn venue_place(map: Option<&str>, base: &str) -> Result<Option<String>, String> {
    let Some(map) = map.map(str::trim).filter(|m| !m.is_empty()) else {
        return Ok(None);
    };
    let place = if map.starts_with('/') {
        map.strip_prefix(base).ok_or_else(|| {
            format!(
                "the programme names its venue map at {map:?} (event.venue.map), outside {base}, \
                 where the site is: write it relative to the site, such as \"venue.json\""
            )
        })?
    } else {
        map
    };
    let safe = place.split('/').all(|part| {
        !part.is_empty()
            && part != "."
            && part != ".."
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~'))
    });
    if safe {
        Ok(Some(place.to_owned()))
    } else {
        Err(format!(
            "event.venue.map {map:?}: a file of the site, such as \"venue.json\" or \"plans/venue.json\""
        ))
    }
}

/// Where the package's copy of index.html and its public/ are written for trunk: two folders
/// down from the repository, which the copy's links climb back (trunk reads a link's path
/// relative to the page, even one that starts with /).
const WORK: [&str; 2] = ["target", "package-work"];
const WORK_TO_REPO: &str = "../../";

/// index.html as trunk reads it for the package, from WORK: the same page, its trunk links
/// pointing back at the repository's files, except `public`, which is the package's own there.
fn package_page(page: &str) -> Result<String, String> {
    let mut out = String::with_capacity(page.len() + 100);
    let mut rest = page;
    let mut public_seen = false;
    while let Some(start) = rest.find("<link data-trunk") {
        let end = start
            + rest[start..]
                .find('>')
                .ok_or("index.html: a trunk link never ends")?;
        out.push_str(&rest[..start]);
        let tag = &rest[start..end];
        let href = tag
            .split_once("href=\"")
            .and_then(|(_, after)| after.split_once('"'))
            .map(|(href, _)| href);
        let new_tag = match href {
            Some("public") => {
                public_seen = true;
                tag.to_owned()
            }
            Some(href) => tag.replacen(
                &format!("href=\"{href}\""),
                &format!("href=\"{WORK_TO_REPO}{}\"", href.trim_start_matches('/')),
                1,
            ),
            // The Rust crate is the one beside index.html when no href names it.
            None if tag.contains("rel=\"rust\"") => tag.replacen(
                "<link data-trunk",
                &format!("<link data-trunk href=\"{WORK_TO_REPO}Cargo.toml\""),
                1,
            ),
            None => tag.to_owned(),
        };
        out.push_str(&new_tag);
        rest = &rest[end..];
    }
    out.push_str(rest);
    if public_seen {
        Ok(out)
    } else {
        Err("index.html no longer copies public/ with <link data-trunk rel=\"copy-dir\" href=\"public\">: update xtask/src/package.rs".to_owned())
    }
}

/// Whether trunk named this file after its content (`nec-compagnon-<16 hex>.js`, `…_bg.wasm`,
/// `.css`): its bytes never change, so hosts may keep it a year.
fn is_named_after_content(file: &str) -> bool {
    let stem = [".js", "_bg.wasm", ".css"]
        .iter()
        .find_map(|end| file.strip_suffix(end));
    stem.and_then(|stem| stem.rsplit_once('-'))
        .is_some_and(|(name, hash)| {
            !name.is_empty()
                && hash.len() == 16
                && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
}

/// The files of the site's top folder named after their content, in name order.
fn named_after_content(site: &Path) -> Result<Vec<String>, Failure> {
    let mut names: Vec<String> = fs::read_dir(site)
        .map_err(|e| io(site, e))?
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| is_named_after_content(name))
        .collect();
    names.sort();
    Ok(names)
}

/// How the site's files end (`nothing.js`): a missing one is a 404, where any other address
/// that is not a file is a page of the app, whose ids may hold dots (`/session/s.2022_REX-1`,
/// docs/programme-format.md). In nginx's and Apache's regular expressions.
const FILE_ENDINGS: &str =
    "js|wasm|css|json|webmanifest|html|png|svg|ico|txt|xml|map|gz|br|jpg|jpeg|webp|woff|woff2|csv";

/// nginx's server block (xtask/hosts/nginx.conf), for the site served under `base`.
fn nginx_conf(base: &str, name: &str) -> String {
    let (root, root_hint, redirect) = if base == "/" {
        (
            format!("/var/www/{name}"),
            format!("the folder `root` names below (/var/www/{name})"),
            String::new(),
        )
    } else {
        let without = base.trim_end_matches('/');
        (
            "/var/www".to_owned(),
            format!("/var/www{base} (the folder of {base} inside the `root` below)"),
            format!(
                "    # {without} without its last slash: the same place.\n    location = {without} {{\n        return 301 {base}$is_args$args;\n    }}\n"
            ),
        )
    };
    include_str!("../hosts/nginx.conf")
        .replace("@REDIRECT@", &redirect)
        .replace("@ROOT_HINT@", &root_hint)
        .replace("@ROOT@", &root)
        .replace("@FILE_ENDINGS@", FILE_ENDINGS)
        .replace("@BASE@", base)
}

/// Apache's .htaccess (xtask/hosts/htaccess), in the site's folder.
fn htaccess(base: &str) -> String {
    include_str!("../hosts/htaccess")
        .replace("@FILE_ENDINGS@", FILE_ENDINGS)
        .replace("@BASE@", base)
}

/// Netlify's `_redirects`: every page of the app is the app (a 200, not a redirect). Netlify
/// applies it only where no file is (its "shadowing"), so files stay files.
fn netlify_redirects(base: &str) -> String {
    format!(
        "# NEC Compagnon for Netlify, served under {base} (written by `cargo xtask package`).\n\
         # Every page of the app (such as {base}session/ouverture) is the app, which shows it.\n\
         {base}*  {base}index.html  200\n"
    )
}

/// Netlify's `_headers`: the worker never cached, the files named after their content (given by
/// name: Netlify's paths take a * only at their end) kept a year, and the two types browsers
/// insist on. Netlify compresses by itself.
fn netlify_headers(base: &str, hashed: &[String]) -> String {
    let mut text = format!(
        "# NEC Compagnon for Netlify, served under {base} (written by `cargo xtask package`).\n\
         # The service worker: never kept by a cache, so that a new version reaches everyone.\n\
         {base}sw.js\n  Cache-Control: no-cache, no-store, must-revalidate\n\
         # Files named after their content never change: kept a year.\n"
    );
    for file in hashed {
        text.push_str(&format!(
            "{base}{file}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
        if file.ends_with(".wasm") {
            text.push_str("  Content-Type: application/wasm\n");
        }
    }
    text.push_str(&format!(
        "{base}manifest.webmanifest\n  Content-Type: application/manifest+json\n"
    ));
    text
}

/// LISEZMOI.txt: what the package holds and how to put it online, French then English.
fn readme(name: &str, base: &str) -> String {
    let netlify_fr = if base == "/" {
        "déposez le dossier site/ sur app.netlify.com/drop (ou publiez-le) : _redirects et _headers y sont déjà.".to_owned()
    } else {
        format!("publiez un dossier qui contient site/ renommé en {inner}, avec _redirects et _headers sortis de site/ et posés à côté.", inner = base.trim_matches('/'))
    };
    let netlify_en = if base == "/" {
        "drop the site/ folder on app.netlify.com/drop (or publish it): _redirects and _headers are already in it.".to_owned()
    } else {
        format!("publish a folder that holds site/ renamed {inner}, with _redirects and _headers moved out of site/ beside it.", inner = base.trim_matches('/'))
    };
    format!(
        "NEC Compagnon : {name}, pour un site servi sous {base}\n\
         \n\
         site/          l'application, le programme et le plan : à déposer tel quel sous {base}\n\
         nginx/         un bloc server pour nginx (il dit où mettre site/)\n\
         \n\
         - nginx : copiez site/ à sa place et nginx/{name}.conf dans /etc/nginx/sites-enabled/,\n\
         \x20 changez listen, server_name et root, puis nginx -t && systemctl reload nginx.\n\
         - Apache : déposez le contenu de site/ sous {base}, y compris le fichier caché\n\
         \x20 .htaccess, qui fait le reste (AllowOverride All).\n\
         - Netlify : {netlify_fr}\n\
         - GitHub Pages : publiez le contenu de site/ (404.html et .nojekyll y sont). Pour un site\n\
         \x20 de projet, {base} doit être /NOM-DU-DÉPÔT/.\n\
         \n\
         NEC Compagnon: {name}, for a site served under {base}\n\
         \n\
         site/          the app, the programme and the map: upload it as it is under {base}\n\
         nginx/         a server block for nginx (it says where site/ goes)\n\
         \n\
         - nginx: copy site/ to its place and nginx/{name}.conf into /etc/nginx/sites-enabled/,\n\
         \x20 change listen, server_name and root, then nginx -t && systemctl reload nginx.\n\
         - Apache: upload the contents of site/ under {base}, the hidden file .htaccess\n\
         \x20 included, which does the rest (AllowOverride All).\n\
         - Netlify: {netlify_en}\n\
         - GitHub Pages: publish the contents of site/ (404.html and .nojekyll are in it). For a\n\
         \x20 project site, {base} must be /REPOSITORY-NAME/.\n"
    )
}

/// Debian's nginx and its brotli_static module, for the end-to-end test on a real server
/// (tests/e2e/nginx.test.mjs runs it on 127.0.0.1 with its own configuration).
pub fn nginx() -> Outcome {
    const NGINX: &str = "/usr/sbin/nginx";
    const BROTLI: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";
    const PACKAGES: &[&str] = &["nginx", "libnginx-mod-http-brotli-static"];
    if Path::new(NGINX).exists() && Path::new(BROTLI).exists() {
        say("nginx and its brotli_static module: present");
        return Ok(());
    }
    let command = format!(
        "apt-get update && apt-get install -y --no-install-recommends {}",
        PACKAGES.join(" ")
    );
    if !tools::is_root() {
        return fail(format!(
            "the test on a real server needs Debian's nginx. Run as root:\n    sudo sh -c '{command}'\nthen run `cargo xtask test` again."
        ));
    }
    say("installing nginx and its brotli_static module with apt-get (seconds; the tests run it on 127.0.0.1 with a configuration of their own)");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends"])
        .args(PACKAGES)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn io(path: &Path, error: std::io::Error) -> Failure {
    Failure(format!("{}: {error}", path.display()))
}

fn read_text(path: &Path) -> Result<String, Failure> {
    fs::read_to_string(path).map_err(|e| io(path, e))
}

fn write(path: &Path, text: &str) -> Outcome {
    fs::write(path, text).map_err(|e| io(path, e))
}

fn copy(from: &Path, to: &Path) -> Outcome {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
    }
    fs::copy(from, to).map(|_| ()).map_err(|e| io(from, e))
}

fn remove_if_there(path: &Path) -> Outcome {
    let removed = if path.is_dir() {
        fs::remove_dir_all(path)
    } else if path.exists() {
        fs::remove_file(path)
    } else {
        Ok(())
    };
    removed.map_err(|e| io(path, e))
}

fn fresh_dir(path: &Path) -> Outcome {
    remove_if_there(path)?;
    fs::create_dir_all(path).map_err(|e| io(path, e))
}

/// The repository's static files (icons, manifest, screenshots) without its data files (every
/// .json: NEC 2022's programme and map, programmes imported for a demonstration): only the
/// data given goes into a package.
fn copy_static_files(from: &Path, to: &Path) -> Outcome {
    fs::create_dir_all(to).map_err(|e| io(to, e))?;
    for entry in fs::read_dir(from).map_err(|e| io(from, e))? {
        let entry = entry.map_err(|e| io(from, e))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_static_files(&source, &target)?;
        } else if source.extension().is_none_or(|e| e != "json") {
            copy(&source, &target)?;
        }
    }
    Ok(())
}

/// The number of files under `dir` and their bytes.
fn size_of(dir: &Path) -> Result<(u64, u64), Failure> {
    let mut total = (0, 0);
    for entry in fs::read_dir(dir).map_err(|e| io(dir, e))? {
        let path = entry.map_err(|e| io(dir, e))?.path();
        let (files, bytes) = if path.is_dir() {
            size_of(&path)?
        } else {
            (1, fs::metadata(&path).map_err(|e| io(&path, e))?.len())
        };
        total = (total.0 + files, total.1 + bytes);
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn parsed(args: &[&str]) -> Result<Request, String> {
        parse(args, || Ok("/from-env/".to_owned())).map_err(|f| f.0)
    }

    #[test]
    fn the_arguments_name_the_programme_map_base_and_folder() {
        let request = parsed(&[
            "--programme",
            "/data/prog.json",
            "--venue=/data/venue.json",
            "--base",
            "nec-lyon",
            "--out",
            "/tmp/out",
            "--en",
        ])
        .unwrap();
        assert_eq!(
            request,
            Request {
                programme: PathBuf::from("/data/prog.json"),
                venue: Some(PathBuf::from("/data/venue.json")),
                base: "/nec-lyon/".to_owned(),
                out: PathBuf::from("/tmp/out"),
                english: true,
            }
        );
        // Without --base, the build's setting; without --out, target/package; relative paths
        // are the person's, made absolute before the commands run in the repository.
        let request = parsed(&["--programme", "prog.json"]).unwrap();
        assert_eq!(request.base, "/from-env/");
        assert!(request.out.ends_with("target/package"));
        assert!(request.programme.is_absolute() && request.programme.ends_with("prog.json"));
        assert_eq!(request.venue, None);
        for (args, expected) in [
            (&[][..], "--programme"),
            (&["--venue", "v.json"][..], "--programme"),
            (&["--programme"][..], "--programme needs a value"),
            (
                &["--programme", "p.json", "--colour"][..],
                "unknown argument \"--colour\"",
            ),
            (
                &["--programme", "p.json", "--base", "/a b/"][..],
                "--base \"/a b/\"",
            ),
        ] {
            let message = parsed(args).expect_err(&format!("{args:?}"));
            assert!(message.contains(expected), "{args:?}: {message}");
        }
    }

    #[test]
    fn a_c3voc_schedule_is_told_from_a_programme() {
        for (text, kind) in [
            (
                r#"{"schedule": {"version": "1", "conference": {}}}"#,
                Kind::C3voc,
            ),
            (
                "\u{feff}{\"$schema\": \"x\", \"schedule\": {}}",
                Kind::C3voc,
            ),
            (
                r#"{"format_version": 1, "event": {}, "sessions": []}"#,
                Kind::Programme,
            ),
            // A programme that happens to have a "schedule" field is still a programme.
            (r#"{"format_version": 1, "schedule": {}}"#, Kind::Programme),
            (r#"{"schedule": "demain"}"#, Kind::Programme),
            // Not JSON at all: check-data says what is wrong with it.
            ("<html>", Kind::Programme),
            ("", Kind::Programme),
        ] {
            assert_eq!(kind_of(text), kind, "{text}");
        }
        let fixtures = repo_root().join("tests/fixtures");
        for file in ["c3voc/frab-camp2019.json", "c3voc/pretalx-democon.json"] {
            let text = std::fs::read_to_string(fixtures.join(file)).unwrap();
            assert_eq!(kind_of(&text), Kind::C3voc, "{file}");
        }
        let text = std::fs::read_to_string(repo_root().join("public/programme.json")).unwrap();
        assert_eq!(kind_of(&text), Kind::Programme);
    }

    #[test]
    fn a_package_is_named_after_its_event_and_place() {
        for (id, base, name) in [
            (Some("nec2022"), "/", "nec2022"),
            (Some("nec2022"), "/nec-lyon/", "nec2022-nec-lyon"),
            (Some("nec2022"), "/asso/nec_2026/", "nec2022-asso-nec_2026"),
            (Some("nec-lyon"), "/nec-lyon/", "nec-lyon"),
            (Some("NEC Drôme 2026"), "/", "nec-dr-me-2026"),
            (Some("../x"), "/", "x"),
            (Some("///"), "/~x/", "nec-compagnon-x"),
            (None, "/", "nec-compagnon"),
            (Some(""), "/lyon/", "nec-compagnon-lyon"),
        ] {
            assert_eq!(package_name(id, base), name, "{id:?} {base}");
        }
        assert_eq!(package_name(Some(&"a".repeat(100)), "/").len(), 60);
    }

    #[test]
    fn the_map_goes_where_the_programme_names_it() {
        let check = |map: Option<&str>, base: &str, expected: Result<Option<&str>, &str>| {
            let got = venue_place(map, base);
            match (&got, expected) {
                (Ok(place), Ok(want)) => assert_eq!(place.as_deref(), want, "{map:?}"),
                (Err(message), Err(part)) => assert!(message.contains(part), "{message}"),
                _ => panic!("{map:?} under {base}: {got:?}"),
            }
        };
        check(None, "/", Ok(None));
        check(Some(" "), "/", Ok(None));
        check(Some("venue.json"), "/nec-lyon/", Ok(Some("venue.json")));
        check(Some("plans/lieu.json"), "/", Ok(Some("plans/lieu.json")));
        check(Some("/venue.json"), "/", Ok(Some("venue.json")));
        check(
            Some("/nec-lyon/venue.json"),
            "/nec-lyon/",
            Ok(Some("venue.json")),
        );
        check(Some("/venue.json"), "/nec-lyon/", Err("outside /nec-lyon/"));
        check(Some("../venue.json"), "/", Err("a file of the site"));
        check(Some("plans/"), "/", Err("a file of the site"));
        check(Some("venue.json?v=2"), "/", Err("a file of the site"));
    }

    #[test]
    fn the_build_page_reads_the_package_public_and_the_repository_rest() {
        let page = r#"<head>
    <link data-trunk rel="inline" href="style/main.css">
    <link data-trunk rel="copy-dir" href="public" data-target-path=".">
    <link data-trunk rel="rust" data-bin="nec-compagnon"
      data-wasm-opt="z">
  </head><body><p>href="style/main.css"</p></body>"#;
        assert_eq!(
            package_page(page).unwrap(),
            r#"<head>
    <link data-trunk rel="inline" href="../../style/main.css">
    <link data-trunk rel="copy-dir" href="public" data-target-path=".">
    <link data-trunk href="../../Cargo.toml" rel="rust" data-bin="nec-compagnon"
      data-wasm-opt="z">
  </head><body><p>href="style/main.css"</p></body>"#
        );
        assert_eq!(WORK.len(), WORK_TO_REPO.matches("../").count());
        // The repository's own page keeps its shape: one copy of public/, one crate.
        let real = std::fs::read_to_string(repo_root().join("index.html")).unwrap();
        let built = package_page(&real).unwrap();
        assert_eq!(built.matches("href=\"public\"").count(), 1);
        assert_eq!(built.matches("href=\"../../Cargo.toml\"").count(), 1);
        let message = package_page("<head></head>").unwrap_err();
        assert!(message.contains("no longer copies public/"), "{message}");
    }

    #[test]
    fn a_missing_file_is_told_from_a_page_of_the_app() {
        let endings: Vec<&str> = FILE_ENDINGS.split('|').collect();
        let is_file = |address: &str| {
            let last = address.rsplit('/').next().unwrap_or_default();
            last.rsplit_once('.')
                .is_some_and(|(_, ending)| endings.contains(&ending))
        };
        // Every file a build has, and the host files, end as files do.
        let built = [
            "index.html",
            "sw.js",
            "programme.json",
            "venue.json",
            "publier.html",
            "modele-programme.csv",
            "icon.svg",
        ];
        let more = [
            "manifest.webmanifest",
            "icons/icon-192.png",
            "a-0123456789abcdef_bg.wasm",
        ];
        for file in built.iter().chain(&more) {
            assert!(is_file(file), "{file}");
        }
        // Pages, whatever their ids (letters, digits, -, _ and . inside).
        for page in [
            "",
            "programme",
            "session/s.2022_REX-1",
            "intervenant/jean.dupont",
        ] {
            assert!(!is_file(page), "{page}");
        }
        assert!(endings
            .iter()
            .all(|e| e.chars().all(|c| c.is_ascii_alphanumeric())));
    }

    #[test]
    fn files_named_after_their_content_are_told_apart() {
        for (file, named) in [
            ("nec-compagnon-ef1cf70350768fa7.js", true),
            ("nec-compagnon-ef1cf70350768fa7_bg.wasm", true),
            ("main-0123456789abcdef.css", true),
            ("nec-compagnon-ef1cf70350768fa7.js.gz", false),
            ("nec-compagnon-EF1CF70350768FA7.js", false),
            ("nec-compagnon-ef1cf70350768fa.js", false),
            ("-ef1cf70350768fa7.js", false),
            ("nec-compagnon-ef1cf70350768fa7.wasm", false),
            ("sw.js", false),
            ("programme.json", false),
        ] {
            assert_eq!(is_named_after_content(file), named, "{file}");
        }
    }

    /// Each host's text says each rule, for the root of a site and for a sub-path.
    fn check_host_text(text: &str, rules: &[&str], never: &[&str]) {
        for rule in rules {
            assert!(text.contains(rule), "missing {rule:?} in:\n{text}");
        }
        for word in never {
            assert!(!text.contains(word), "{word:?} in:\n{text}");
        }
    }

    #[test]
    fn nginx_serves_the_app_under_its_path() {
        let text = nginx_conf("/nec-lyon/", "nec2022-nec-lyon");
        check_host_text(
            &text,
            &[
                "location ^~ /nec-lyon/ {",
                "location = /nec-lyon/sw.js {\n            add_header Cache-Control \"no-cache, no-store, must-revalidate\" always;",
                "location ~ \"-[0-9a-f]{16}_bg\\.wasm$\" {\n            types { }\n            default_type application/wasm;\n            add_header Cache-Control \"public, max-age=31536000, immutable\" always;",
                "location ~ \"-[0-9a-f]{16}\\.(?:js|css)$\" {\n            add_header Cache-Control \"public, max-age=31536000, immutable\" always;",
                "default_type application/manifest+json;",
                "add_header Cache-Control \"no-cache\" always;\n        # The app's pages",
                "try_files $uri /nec-lyon/index.html;\n",
                "location ~ \\.(?:js|wasm|css|json|webmanifest|html|png|svg|ico|txt|xml|map|gz|br|jpg|jpeg|webp|woff|woff2|csv)$ {\n            add_header Cache-Control \"no-cache\" always;\n        }",
                "location = /nec-lyon {\n        return 301 /nec-lyon/$is_args$args;",
                "gzip on;",
                "gzip_static on;",
                "# brotli_static on;",
                "application/wasm application/manifest+json",
                "root /var/www;",
                "Copy the package's site/ folder to /var/www/nec-lyon/",
                "listen 80;",
            ],
            &["@"],
        );
        // Braces balance: nginx -t is the real test (tests/e2e/nginx.test.mjs).
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with('#'))
            .collect();
        assert_eq!(code.matches('{').count(), code.matches('}').count());
        let text = nginx_conf("/", "nec2022");
        check_host_text(
            &text,
            &[
                "location ^~ / {",
                "location = /sw.js {",
                "try_files $uri /index.html;",
                "root /var/www/nec2022;",
            ],
            &["@", "return 301", "location = /\n"],
        );
    }

    #[test]
    fn apache_serves_the_app_under_its_path() {
        let text = htaccess("/asso/nec_2026/");
        check_host_text(
            &text,
            &[
                "AddType application/wasm .wasm",
                "AddType application/manifest+json .webmanifest",
                "Options -MultiViews",
                "RewriteEngine On",
                "RewriteBase /asso/nec_2026/",
                "RewriteCond %{REQUEST_FILENAME} !-f\n    RewriteCond %{REQUEST_URI} !\\.(?:js|wasm|css|json|webmanifest|html|png|svg|ico|txt|xml|map|gz|br|jpg|jpeg|webp|woff|woff2|csv)$\n    RewriteRule ^ index.html [L]",
                "Header set Cache-Control \"no-cache\"",
                "<FilesMatch \"-[0-9a-f]{16}(_bg\\.wasm|\\.js|\\.css)$\">\n        Header set Cache-Control \"public, max-age=31536000, immutable\"",
                "<Files \"sw.js\">\n        Header set Cache-Control \"no-cache, no-store, must-revalidate\"",
                "AddOutputFilterByType DEFLATE text/html",
                "BROTLI_COMPRESS",
                "application/wasm application/manifest+json",
            ],
            &["@"],
        );
        assert_eq!(
            text.matches("<IfModule").count(),
            text.matches("</IfModule>").count()
        );
        check_host_text(&htaccess("/"), &["RewriteBase /\n"], &["@"]);
    }

    #[test]
    fn netlify_serves_the_app_under_its_path() {
        check_host_text(
            &netlify_redirects("/nec-lyon/"),
            &["\n/nec-lyon/*  /nec-lyon/index.html  200\n"],
            &[],
        );
        check_host_text(&netlify_redirects("/"), &["\n/*  /index.html  200\n"], &[]);
        let hashed = [
            "nec-compagnon-ef1cf70350768fa7.js".to_owned(),
            "nec-compagnon-ef1cf70350768fa7_bg.wasm".to_owned(),
        ];
        let text = netlify_headers("/nec-lyon/", &hashed);
        check_host_text(
            &text,
            &[
                "\n/nec-lyon/sw.js\n  Cache-Control: no-cache, no-store, must-revalidate\n",
                "\n/nec-lyon/nec-compagnon-ef1cf70350768fa7.js\n  Cache-Control: public, max-age=31536000, immutable\n/",
                "\n/nec-lyon/nec-compagnon-ef1cf70350768fa7_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n  Content-Type: application/wasm\n",
                "\n/nec-lyon/manifest.webmanifest\n  Content-Type: application/manifest+json\n",
            ],
            // One rule per path: Netlify joins the values of several matching rules.
            &["/*", "*."],
        );
        // Every line is a comment, a path, or an indented header.
        for line in text.lines() {
            assert!(
                line.starts_with('#') || line.starts_with('/') || line.starts_with("  "),
                "{line}"
            );
        }
    }

    #[test]
    fn the_readme_says_where_the_site_goes_in_both_languages() {
        let text = readme("nec2022-nec-lyon", "/nec-lyon/");
        check_host_text(
            &text,
            &[
                "NEC Compagnon : nec2022-nec-lyon, pour un site servi sous /nec-lyon/",
                "NEC Compagnon: nec2022-nec-lyon, for a site served under /nec-lyon/",
                "nginx/nec2022-nec-lyon.conf",
                "site/ renommé en nec-lyon",
                "site/ renamed nec-lyon",
                "le fichier caché\n  .htaccess",
                "the hidden file .htaccess",
            ],
            &[],
        );
        check_host_text(
            &readme("nec2022", "/"),
            &["app.netlify.com/drop"],
            &["renamed"],
        );
    }
}
