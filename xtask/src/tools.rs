//! Installing what the project needs, each tool pinned and checked by version first, so that a
//! second run installs nothing and takes a moment.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::{fail, repo_root, run, say, Failure, Outcome};

pub const TRUNK_VERSION: &str = "0.21.14";
/// The release build's compiler: a dated nightly, for two unstable options that make the WASM
/// about 18 % smaller (README, Performance). Everything else builds with stable.
pub const SIZE_TOOLCHAIN: &str = "nightly-2026-05-20";
/// What the release build does without SIZE_TOOLCHAIN, as the warnings say it.
pub const STABLE_INSTEAD: &str =
    "the release build uses stable Rust: the same app, with a WASM about 18 % larger";
pub const GECKODRIVER_VERSION: &str = "0.37.1";
const APT_PACKAGES: &[&str] = &["chromium", "chromium-driver", "firefox-esr"];

/// `$CARGO_HOME/bin`, where `cargo install` puts binaries.
pub fn cargo_bin() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

pub fn node_bin() -> PathBuf {
    repo_root().join("node_modules").join(".bin")
}

/// PATH with the npm tools first (binaryen's wasm-opt, never Debian's) and cargo's binaries.
pub fn tool_path() -> std::ffi::OsString {
    let mut paths = vec![node_bin(), cargo_bin()];
    if let Some(old) = env::var_os("PATH") {
        paths.extend(env::split_paths(&old));
    }
    env::join_paths(paths).expect("PATH entries are valid")
}

/// First line of `program --version`, if it runs.
fn version_of(program: &Path) -> Option<String> {
    let out = Command::new(program)
        .arg("--version")
        .env("PATH", tool_path())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_owned()
    })
}

fn installed(binary: &str, expected: &str) -> bool {
    let program = cargo_bin().join(binary);
    let program = if program.exists() {
        program
    } else {
        PathBuf::from(binary)
    };
    version_of(&program).is_some_and(|v| v.split_whitespace().any(|word| word == expected))
}

/// The `wasm-bindgen` version Cargo.lock resolved: the CLI must be exactly this one.
pub fn wasm_bindgen_version() -> String {
    let lock = std::fs::read_to_string(repo_root().join("Cargo.lock")).expect("Cargo.lock");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return v.trim_end_matches('"').to_owned();
            }
        }
    }
    panic!("Cargo.lock has no wasm-bindgen package")
}

pub fn wasm_target() -> Outcome {
    let out = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    match out {
        Ok(out) if String::from_utf8_lossy(&out.stdout).contains("wasm32-unknown-unknown") => {
            say("wasm32-unknown-unknown target: present");
            Ok(())
        }
        Ok(_) => {
            say("installing the wasm32-unknown-unknown target (about 30 s)");
            run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
        }
        Err(e) => fail(format!("rustup is needed to add the WASM target: {e}")),
    }
}

/// Whether `rustup` has SIZE_TOOLCHAIN with its standard library's sources (rust-src).
fn size_toolchain_present() -> bool {
    Command::new("rustup")
        .args([
            "component",
            "list",
            "--installed",
            "--toolchain",
            SIZE_TOOLCHAIN,
        ])
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|o| {
            o.status.success() && String::from_utf8_lossy(&o.stdout).contains("rust-src")
        })
}

/// Installs SIZE_TOOLCHAIN (minimal profile and rust-src) if missing. When it cannot be had, a
/// local run gets Ok(false), and the release build uses stable, which makes the same app, only
/// larger; a CI run fails (`without_size_toolchain`).
pub fn size_toolchain() -> Result<bool, Failure> {
    // Asked by the tools check and again by the build: said and installed once per run.
    static KNOWN: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    if let Some(&known) = KNOWN.get() {
        return Ok(known);
    }
    let known = install_size_toolchain()?;
    Ok(*KNOWN.get_or_init(|| known))
}

fn install_size_toolchain() -> Result<bool, Failure> {
    let present = size_toolchain_present();
    if present {
        say(&format!(
            "{SIZE_TOOLCHAIN} with rust-src (release build): present"
        ));
    }
    if !present && !add_size_toolchain() {
        fall_back(&format!("{SIZE_TOOLCHAIN} could not be installed"))?;
        return Ok(false);
    }
    // `-Zbuild-std` compiles the standard library's own dependencies (libc, hashbrown…), which
    // trunk's offline build must find in cargo's cache too.
    if !fetch_crates(true) {
        fall_back(&format!(
            "the crates of {SIZE_TOOLCHAIN}'s standard library could not be fetched"
        ))?;
        return Ok(false);
    }
    Ok(true)
}

/// Whether this run is CI's, from its environment (`var`): `NEC_CI` when it is set (`.ci/run`
/// sets 1; 0 makes a run on a CI machine a local one), else `CI`, which most CI services set
/// (`true`). Empty, `0`, `false` and `no` mean no.
pub fn is_ci(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    let yes = |value: std::ffi::OsString| {
        let value = value.to_string_lossy().trim().to_ascii_lowercase();
        !matches!(value.as_str(), "" | "0" | "false" | "no")
    };
    match var("NEC_CI") {
        Some(value) => yes(value),
        None => var("CI").is_some_and(yes),
    }
}

/// What the run does when the release build cannot have SIZE_TOOLCHAIN (`why`): in CI it
/// fails, because its end-to-end tests would test another build than the one shipped; a local
/// run goes on with stable, and the warning returned says so.
pub fn without_size_toolchain(ci: bool, why: &str) -> Result<String, Failure> {
    if ci {
        Err(Failure(format!(
            "{why}. In CI the release build must be made with {SIZE_TOOLCHAIN}: with stable, the \
             end-to-end tests would test another build than the one shipped. (A local run falls \
             back to stable, with a warning; NEC_CI=0 makes this run a local one.)"
        )))
    } else {
        Ok(format!(
            "{why}, so {STABLE_INSTEAD}. The end-to-end tests and figures of this run are of that \
             build, not of the one shipped."
        ))
    }
}

/// The warning of a fall back to stable in this run, if there was one.
static FELL_BACK: std::sync::OnceLock<String> = std::sync::OnceLock::new();

/// Falls back to stable for the release build, if this run may (`without_size_toolchain`):
/// said loudly now, on the error stream, and again at the end of `cargo xtask test`.
pub fn fall_back(why: &str) -> Outcome {
    let warning = without_size_toolchain(is_ci(|name| env::var_os(name)), why)?;
    let rule = "!".repeat(72);
    eprintln!("\n{rule}\nwarning: {warning}\n{rule}\n");
    let _ = FELL_BACK.set(warning);
    Ok(())
}

/// The warning `fall_back` gave in this run, to repeat it at the end.
pub fn fell_back() -> Option<&'static str> {
    FELL_BACK.get().map(String::as_str)
}

/// The crates of the WASM build (the app's, or with `std` those of SIZE_TOOLCHAIN's standard
/// library too) in cargo's cache: trunk builds offline, and cargo fetches only what a build
/// needs, so a machine that never built the WASM lacks them. Found offline in a moment, else
/// downloaded once (seconds). Whether they are there.
fn fetch_crates(std: bool) -> bool {
    let fetch = |offline: bool| {
        let mut command = Command::new("cargo");
        command
            .args(["fetch", "--target", "wasm32-unknown-unknown"])
            .current_dir(repo_root())
            .env("PATH", tool_path());
        if std {
            command
                .env("RUSTUP_TOOLCHAIN", SIZE_TOOLCHAIN)
                .env("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort");
        }
        if offline {
            command
                .arg("--offline")
                .stdout(Stdio::null())
                .stderr(Stdio::null());
        }
        command.status().is_ok_and(|s| s.success())
    };
    let what = if std {
        format!("the crates of {SIZE_TOOLCHAIN}'s standard library (release build)")
    } else {
        "the crates of the WASM build".to_owned()
    };
    if fetch(true) {
        say(&format!("{what}: present"));
        return true;
    }
    say(&format!("fetching {what} (cargo fetch, seconds)"));
    fetch(false)
}

/// The app's crates for the WASM build (see `fetch_crates`).
fn wasm_crates() -> Outcome {
    if fetch_crates(false) {
        Ok(())
    } else {
        fail("the crates of the WASM build could not be fetched: is crates.io reachable?")
    }
}

/// Installs SIZE_TOOLCHAIN; false if it cannot be had.
fn add_size_toolchain() -> bool {
    say(&format!(
        "installing Rust {SIZE_TOOLCHAIN} with rust-src for the release build (a download of about 15 s, 670 MB on disk)"
    ));
    let installed = run(Command::new("rustup").args([
        "toolchain",
        "install",
        SIZE_TOOLCHAIN,
        "--profile",
        "minimal",
        "--component",
        "rust-src",
        "--no-self-update",
    ]));
    installed.is_ok() && size_toolchain_present()
}

fn cargo_install(binary: &str, version: &str, install: &[&str], minutes: u32) -> Outcome {
    if installed(binary, version) {
        say(&format!("{binary} {version}: present"));
        return Ok(());
    }
    say(&format!(
        "installing {binary} {version} with cargo (about {minutes} min on 2 cores)"
    ));
    run(Command::new("cargo")
        .arg("install")
        .args(install)
        .arg("--force"))
}

pub fn trunk() -> Outcome {
    // --locked: trunk's own lockfile builds with this rustc; 0.22 would need a newer one.
    cargo_install(
        "trunk",
        TRUNK_VERSION,
        &["--locked", &format!("trunk@{TRUNK_VERSION}")],
        5,
    )
}

pub fn wasm_bindgen_cli() -> Outcome {
    // No --locked: its lockfile pins a crate version the registry mirror does not serve.
    let version = wasm_bindgen_version();
    cargo_install(
        "wasm-bindgen",
        &version,
        &[&format!("wasm-bindgen-cli@{version}")],
        2,
    )
}

pub fn geckodriver() -> Outcome {
    cargo_install(
        "geckodriver",
        GECKODRIVER_VERSION,
        &[&format!("geckodriver@{GECKODRIVER_VERSION}")],
        2,
    )
}

/// npm tools from package-lock.json: binaryen's wasm-opt and playwright-core.
pub fn node_tools() -> Outcome {
    let root = repo_root();
    let marker = root.join("node_modules").join(".package-lock.json");
    let lock = root.join("package-lock.json");
    let fresh = match (marker.metadata(), lock.metadata()) {
        (Ok(m), Ok(l)) => m.modified().ok() >= l.modified().ok(),
        _ => false,
    };
    if fresh && node_bin().join("wasm-opt").exists() {
        say("npm tools (binaryen wasm-opt, playwright-core): present");
        return Ok(());
    }
    say("installing the npm tools from package-lock.json (binaryen 132, playwright-core; under a minute)");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&root))
}

/// Lighthouse, pinned, for `cargo xtask bench` only (176 MB: kept out of the test tools), in
/// target/bench-tools. Returns the path of its command.
pub const LIGHTHOUSE_VERSION: &str = "13.5.0";

pub fn lighthouse() -> Result<PathBuf, Failure> {
    let prefix = repo_root().join("target").join("bench-tools");
    let bin = prefix.join("node_modules").join(".bin").join("lighthouse");
    let package = prefix
        .join("node_modules")
        .join("lighthouse")
        .join("package.json");
    let installed = std::fs::read_to_string(&package)
        .is_ok_and(|text| text.contains(&format!("\"version\": \"{LIGHTHOUSE_VERSION}\"")));
    if installed && bin.exists() {
        say(&format!("lighthouse {LIGHTHOUSE_VERSION}: present"));
        return Ok(bin);
    }
    say(&format!(
        "installing lighthouse {LIGHTHOUSE_VERSION} in target/bench-tools (npm, about 20 s, 176 MB)"
    ));
    std::fs::create_dir_all(&prefix).map_err(|e| Failure(e.to_string()))?;
    run(Command::new("npm")
        .args([
            "install",
            "--no-audit",
            "--no-fund",
            "--no-save",
            "--prefix",
        ])
        .arg(&prefix)
        .arg(format!("lighthouse@{LIGHTHOUSE_VERSION}")))?;
    Ok(bin)
}

/// What `cargo xtask serve` needs.
pub fn for_serve() -> Outcome {
    first_run_warning();
    wasm_target()?;
    wasm_crates()?;
    size_toolchain()?;
    trunk()?;
    wasm_bindgen_cli()?;
    node_tools()
}

/// What `cargo xtask test` needs on top.
pub fn for_test() -> Outcome {
    for_serve()?;
    browsers()?;
    crate::package::nginx()?;
    crate::webkit::install()?;
    geckodriver()
}

fn first_run_warning() {
    let missing =
        !installed("trunk", TRUNK_VERSION) || !installed("wasm-bindgen", &wasm_bindgen_version());
    if missing {
        say("first run on this machine: the tools below are built from source, which takes about 10 minutes (later runs skip this)");
    }
}

pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Debian's Chromium, ChromeDriver and Firefox ESR (the browsers' own downloads fail here).
pub fn browsers() -> Outcome {
    let have = |p: &str| Path::new(p).exists();
    if have(CHROMIUM)
        && have(CHROMEDRIVER)
        && (have("/usr/bin/firefox-esr") || have("/usr/bin/firefox"))
    {
        say("Chromium, ChromeDriver and Firefox ESR: present");
        return Ok(());
    }
    let command = format!(
        "apt-get update && apt-get install -y {}",
        APT_PACKAGES.join(" ")
    );
    if !is_root() {
        return fail(format!(
            "the browser tests need Chromium, ChromeDriver and Firefox ESR from Debian. Run as root:\n    sudo sh -c '{command}'\nthen run `cargo xtask test` again."
        ));
    }
    say("installing Chromium, ChromeDriver and Firefox ESR with apt-get (a few minutes)");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends"])
        .args(APT_PACKAGES)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

pub fn geckodriver_path() -> PathBuf {
    let local = cargo_bin().join("geckodriver");
    if local.exists() {
        local
    } else {
        PathBuf::from("geckodriver")
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    use super::{is_ci, without_size_toolchain};

    fn env_of<'a>(vars: &'a [(&str, &str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn ci_is_recognised_by_nec_ci_first_then_ci() {
        let cases: &[(&[(&str, &str)], bool)] = &[
            (&[], false),
            (&[("NEC_CI", "1")], true),
            (&[("CI", "true")], true),
            (&[("CI", "1")], true),
            (&[("CI", "True")], true),
            (&[("CI", "")], false),
            (&[("CI", "false")], false),
            (&[("CI", "0")], false),
            (&[("NEC_CI", "0")], false),
            // NEC_CI decides when set: a CI machine's run made local, or the other way.
            (&[("NEC_CI", "0"), ("CI", "true")], false),
            (&[("NEC_CI", "no"), ("CI", "true")], false),
            (&[("NEC_CI", "1"), ("CI", "false")], true),
            (&[("GITHUB_ACTIONS", "true")], false),
        ];
        for (vars, expected) in cases {
            assert_eq!(is_ci(env_of(vars)), *expected, "{vars:?}");
        }
    }

    #[test]
    fn without_the_nightly_ci_fails_and_a_local_run_falls_back_saying_so() {
        let why = "nightly-2026-05-20 could not be installed";
        let Err(failure) = without_size_toolchain(true, why) else {
            panic!("CI must fail without the pinned nightly");
        };
        assert!(failure.0.starts_with(why), "{}", failure.0);
        assert!(failure.0.contains("another build than the one shipped"));
        let warning = without_size_toolchain(false, why).unwrap_or_else(|f| panic!("{}", f.0));
        assert!(warning.starts_with(why), "{warning}");
        assert!(warning.contains("stable Rust"), "{warning}");
    }
}
