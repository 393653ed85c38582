//! WebKit, the engine of every browser on an iPhone: Debian's WebKitGTK with its WebDriver and
//! a virtual display, and the journey in `tests/webkit/` that drives them.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::tools::is_root;
use crate::{fail, repo_root, run, say, Outcome};

/// `WebKitWebDriver`, MiniBrowser (in libwebkit2gtk-4.1-0, which the driver depends on) and
/// `Xvfb`: MiniBrowser draws into a window, so it needs a display even unseen.
const APT_PACKAGES: &[&str] = &["webkit2gtk-driver", "xvfb"];

/// Where `program` is on PATH, or in /usr/bin when PATH is short.
fn found(program: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .chain([PathBuf::from("/usr/bin")])
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// WebKitGTK's MiniBrowser, the browser the driver starts: in `webkit2gtk-4.1/` under the
/// multiarch library folder (`/usr/lib/x86_64-linux-gnu/…` on a PC).
fn minibrowser() -> Option<PathBuf> {
    let lib = Path::new("/usr/lib");
    let beside = |dir: &Path| dir.join("webkit2gtk-4.1").join("MiniBrowser");
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(lib)
        .into_iter()
        .flatten()
        .filter_map(|entry| entry.ok())
        .map(|entry| beside(&entry.path()))
        .chain([beside(lib)])
        .filter(|candidate| candidate.is_file())
        .collect();
    candidates.sort();
    candidates.into_iter().next()
}

/// Debian's WebKitGTK, its WebDriver and Xvfb, installed with apt-get if one is missing.
pub fn install() -> Outcome {
    if found("WebKitWebDriver").is_some() && found("Xvfb").is_some() && minibrowser().is_some() {
        say("WebKitGTK (WebKitWebDriver, MiniBrowser) and Xvfb: present");
        return Ok(());
    }
    let command = format!(
        "apt-get update && apt-get install -y {}",
        APT_PACKAGES.join(" ")
    );
    if !is_root() {
        return fail(format!(
            "the WebKit tests need WebKitGTK's WebDriver and Xvfb from Debian. Run as root:\n    sudo sh -c '{command}'\nthen run `cargo xtask test` again."
        ));
    }
    say("installing WebKitGTK's WebDriver and MiniBrowser (webkit2gtk-driver) and a virtual display (xvfb) with apt-get (a minute or two)");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "--no-install-recommends"])
        .args(APT_PACKAGES)
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    if minibrowser().is_none() {
        return fail("webkit2gtk-driver is installed but no MiniBrowser was found in /usr/lib/*/webkit2gtk-4.1/");
    }
    Ok(())
}

/// A command of `tests/webkit/` with the paths of WebKit's tools; a missing one is empty, and
/// the test then says which it is.
fn node_with_tools() -> Command {
    let path = |p: Option<PathBuf>| p.map(PathBuf::into_os_string).unwrap_or_default();
    let mut command = Command::new("node");
    command
        .env("NEC_DIST", repo_root().join("dist"))
        .env("WEBKIT_DRIVER", path(found("WebKitWebDriver")))
        .env("MINIBROWSER", path(minibrowser()))
        .env("XVFB", path(found("Xvfb")));
    command
}

/// The journeys of `tests/webkit/` against the release build in `dist/`. Each test file starts
/// its own Xvfb, WebKitWebDriver and static server, and stops them.
pub fn command() -> Command {
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("tests/webkit"))
        .expect("tests/webkit")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("tests/webkit/{name}"))
        .collect();
    files.sort();
    let mut command = node_with_tools();
    command
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .args(files);
    command
}

/// wasm-bindgen-test's component tests (`tests/web.rs`) in WebKit: the runner drives
/// WebKitWebDriver as Safari's driver, on a display `tests/webkit/wasm.mjs` starts and stops.
pub fn wasm_command() -> Command {
    let mut command = node_with_tools();
    command.arg("tests/webkit/wasm.mjs");
    command
}
