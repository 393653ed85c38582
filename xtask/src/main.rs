//! Developer tasks: `cargo xtask serve`, `cargo xtask test`, and their helpers. Only the
//! standard library and serde_json, so that it compiles in seconds on a fresh machine. The
//! organisers' data commands are the `nec-publish` crate's (`cargo nec-data`).

mod bench;
mod package;
mod test;
mod tools;
mod webkit;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// A step that failed, with what to tell the person.
pub struct Failure(pub String);
pub type Outcome = Result<(), Failure>;

pub fn fail(message: impl Into<String>) -> Outcome {
    Err(Failure(message.into()))
}

/// Progress, printed so that a person knows what is happening.
pub fn say(message: &str) {
    println!("==> {message}");
}

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

/// Runs a command in the repository with the tools on PATH; a non-zero exit is a failure.
pub fn run(command: &mut Command) -> Outcome {
    let shown = format!("{command:?}").replace('"', "");
    let status = command
        .current_dir(repo_root())
        .env("PATH", tools::tool_path())
        .status()
        .map_err(|e| Failure(format!("could not start {shown}: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        fail(format!("{shown} exited with {status}"))
    }
}

const USAGE: &str = "\
usage: cargo xtask <task>

  serve [--release]   install what is missing, build, serve on http://127.0.0.1:8080
  test [KIND]         install what is missing and run every test; KIND runs one kind:
                      lint, host, chromium, firefox, e2e, webkit
  build               release build into dist/ (wasm-opt on)
  setup               install everything `serve` and `test` need, then stop
  bench               figures, never assertions: sizes, host load time, search latency
                      and first render in Chromium with about 1,500 sessions
  package --programme FILE [--venue FILE] [--base /PATH/] [--out DIR] [--en]
                      the site to put online: the programme (or a c3voc schedule) checked
                      and built in, with what nginx, Apache, Netlify and GitHub Pages need,
                      in target/package/NAME/ and NAME.zip
  screenshots         release build, then PNGs of every page at 390 and 1280 px, light and
                      dark, in target/screenshots/

The organisers' data commands (check-data, check-venue, import-c3voc) are
`cargo nec-data`: run it alone for their usage.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["serve"] => serve(false),
        ["serve", "--release"] => serve(true),
        ["test"] => test::all(None),
        ["test", kind] => test::all(Some(kind)),
        ["build"] => tools::for_serve().and_then(|()| release_build()),
        ["setup"] => tools::for_test(),
        ["bench"] => bench::bench(),
        ["package", rest @ ..] => package::command(rest),
        ["screenshots"] => tools::for_test()
            .and_then(|()| release_build())
            .and_then(|()| {
                say("screenshots with playwright-core in Chromium");
                run(Command::new("node")
                    .arg("tests/e2e/screenshots.mjs")
                    .env("CHROMIUM", tools::CHROMIUM))
            }),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            if !message.is_empty() {
                eprintln!("error: {message}");
            }
            ExitCode::FAILURE
        }
    }
}

fn serve(release: bool) -> Outcome {
    tools::for_serve()?;
    let base = base_path()?;
    let mut command = trunk_command();
    command
        .args(["serve", "--offline", "--public-url", &base])
        .env("NEC_BASE_PATH", &base)
        .env("NEC_PUBLIER_DIR", build_publier(&base, release)?);
    let build = if release {
        command.arg("--release");
        format!("release build, {}", release_words(for_size(&mut command)?))
    } else {
        "debug build".to_owned()
    };
    say(&format!(
        "building ({build}) and serving on http://127.0.0.1:8080{base} (Ctrl+C to stop)"
    ));
    run(&mut command)
}

/// How a release build is made, as `say` tells it.
fn release_words(nightly: bool) -> String {
    if nightly {
        format!(
            "wasm-opt -Oz, {}: std rebuilt for size, panics abort at once",
            tools::SIZE_TOOLCHAIN
        )
    } else {
        "wasm-opt -Oz".to_owned()
    }
}

/// trunk, installed by `tools::trunk`. Its `--no-color` flag reads NO_COLOR and accepts only
/// `true` or `false`: the `NO_COLOR=1` many people (and `cargo xtask test`) set would stop it
/// with "invalid value '1'", so the variable is translated.
fn trunk_command() -> Command {
    let mut command = Command::new(tools::cargo_bin().join("trunk"));
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        command.env("NO_COLOR", "true");
    }
    command
}

/// The path the app is served under: `NEC_BASE_PATH` (`/nec-lyon/`, or `nec-lyon` which means
/// the same), `/` when unset. Refused when it holds anything but letters, digits, `-`, `_`, `.`,
/// `~` and `/` between its parts.
pub fn base_path() -> Result<String, Failure> {
    normal_base(&std::env::var("NEC_BASE_PATH").unwrap_or_default())
}

fn normal_base(given: &str) -> Result<String, Failure> {
    let parts: Vec<&str> = given.split('/').filter(|p| !p.is_empty()).collect();
    let fine = |p: &&str| {
        *p != "."
            && *p != ".."
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~'))
    };
    if !parts.iter().all(fine) {
        return Err(Failure(format!(
            "NEC_BASE_PATH={given:?}: write the path the app will be served under, such as \
             /nec-lyon/ (letters, digits, -, _, . and ~ between slashes)"
        )));
    }
    Ok(if parts.is_empty() {
        "/".to_owned()
    } else {
        format!("/{}/", parts.join("/"))
    })
}

/// The release build into dist/, under `NEC_BASE_PATH` (the root of a site by default).
pub fn release_build() -> Outcome {
    release_build_into(&repo_root().join("dist"), &base_path()?)
}

/// The release build into `dist`, for an app served under `base` (`/`, `/nec-lyon/`): trunk
/// writes its own addresses under it, the WASM is compiled with it (`source::BASE`) and
/// xtask/pwa/postbuild.mjs writes the page's, the manifest's and the worker's.
pub fn release_build_into(dist: &Path, base: &str) -> Outcome {
    release_build_of(&repo_root().join("index.html"), dist, base)
}

/// The same, from `page` instead of index.html (`cargo xtask package`: a copy that reads the
/// package's own public/). The organisers' page, publier.html, is built first and put beside
/// the app (`build_publier`).
pub fn release_build_of(page: &Path, dist: &Path, base: &str) -> Outcome {
    if base != "/" {
        say(&format!("the app will be served under {base}"));
    }
    let publier = build_publier(base, true)?;
    trunk_release("the app", page, None, Some(&publier), dist, base)
}

/// `trunk build --release` of `page` into `dist` under `base`, with the pinned nightly when it
/// is there (see `for_size`), else stable. `publier`: the organisers' page's build, which the
/// app's post-build hook copies beside it.
fn trunk_release(
    what: &str,
    page: &Path,
    config: Option<&Path>,
    publier: Option<&Path>,
    dist: &Path,
    base: &str,
) -> Outcome {
    let trunk = || {
        let mut command = trunk_command();
        if let Some(config) = config {
            command.arg("--config").arg(config);
        }
        if let Some(publier) = publier {
            command.env("NEC_PUBLIER_DIR", publier);
        }
        command
            .arg("build")
            .arg(page)
            .args(["--release", "--offline", "--dist"])
            .arg(dist)
            .args(["--public-url", base])
            .env("NEC_BASE_PATH", base);
        command
    };
    let mut command = trunk();
    let nightly = for_size(&mut command)?;
    say(&format!(
        "release build of {what}: trunk build --release ({})",
        release_words(nightly)
    ));
    let built = run(&mut command);
    if let (Err(Failure(error)), true) = (&built, nightly) {
        // The pinned nightly can break on a machine (a crate of std's it cannot find, a
        // component missing): the same app builds with stable, only larger; but not in CI,
        // whose end-to-end tests must test the build that ships.
        tools::fall_back(&format!(
            "the release build with {} failed ({error})",
            tools::SIZE_TOOLCHAIN
        ))?;
        return run(&mut trunk());
    }
    built
}

/// The organisers' page (publier/): a WASM of its own, built into target/publier-dist. The
/// app's post-build hook (xtask/pwa/postbuild.mjs) then copies it beside the app as
/// `publier.html` with its script, WASM and stylesheet, after writing the service worker's
/// list: attendees never download the page's files.
fn build_publier(base: &str, release: bool) -> Result<PathBuf, Failure> {
    let root = repo_root();
    // One folder per profile: a `serve` (debug) beside a `package` (release) never mixes them.
    let staging = root.join("target").join(if release {
        "publier-dist"
    } else {
        "publier-dist-debug"
    });
    let page = root.join("publier").join("index.html");
    let config = root.join("publier").join("Trunk.toml");
    if release {
        trunk_release(
            "the organisers' page (publier.html)",
            &page,
            Some(&config),
            None,
            &staging,
            base,
        )?;
    } else {
        say("debug build of the organisers' page (publier.html)");
        run(trunk_command()
            .arg("--config")
            .arg(&config)
            .arg("build")
            .arg(&page)
            .args(["--offline", "--dist"])
            .arg(&staging)
            .args(["--public-url", base])
            .env("NEC_BASE_PATH", base))?;
    }
    Ok(staging)
}

/// Makes trunk's cargo build the WASM with SIZE_TOOLCHAIN, when it is there: the standard
/// library is compiled with the app (`build-std`, optimised for size) and a panic stops the
/// program without formatting a message (`panic=immediate-abort`): 18 % less WASM. Debug builds
/// and every test but the end-to-end ones use stable. Returns whether it applies.
/// `NEC_RELEASE_STABLE=1` builds with stable instead: a release build whose panics print their
/// message, to find one, or to compare sizes.
fn for_size(trunk: &mut Command) -> Result<bool, Failure> {
    if std::env::var_os("NEC_RELEASE_STABLE").is_some_and(|v| v == "1") {
        say("NEC_RELEASE_STABLE=1: the release build uses stable Rust (panic messages kept, WASM about 18 % larger)");
        return Ok(false);
    }
    if !tools::size_toolchain()? {
        return Ok(false);
    }
    trunk
        .env("RUSTUP_TOOLCHAIN", tools::SIZE_TOOLCHAIN)
        .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort")
        .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", "optimize_for_size")
        // SIZE_TOOLCHAIN's cargo adds these to .cargo/config.toml's rustflags for this target
        // (rustc sees erase_components twice, harmlessly): named here too in case a cargo
        // replaces them instead.
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "--cfg erase_components -Zunstable-options -Cpanic=immediate-abort",
        );
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::normal_base;

    #[test]
    fn a_base_path_is_written_one_way() {
        for (given, base) in [
            ("", "/"),
            ("/", "/"),
            ("nec-lyon", "/nec-lyon/"),
            ("/nec-lyon", "/nec-lyon/"),
            ("/nec-lyon/", "/nec-lyon/"),
            ("//asso/nec_2026//", "/asso/nec_2026/"),
        ] {
            assert_eq!(normal_base(given).ok().as_deref(), Some(base), "{given}");
        }
        for given in ["/../x/", "/a b/", "/é/", "/a?b/", "https://example.org/"] {
            assert!(normal_base(given).is_err(), "{given}");
        }
    }
}
