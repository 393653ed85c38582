//! `cargo xtask bench`: figures, never assertions. Sizes of what a first visit downloads, the
//! domain's load time on the host, then search latency and first render in headless Chromium
//! with a programme of about 1,500 sessions.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use nec_compagnon::domain::load_programme;
use serde_json::Value;

use crate::{release_build, repo_root, run, say, tools, Failure, Outcome};

/// Copies of the NEC 2022 programme laid side by side: each copy gets its own spaces, so the
/// result is valid and as dense as a large conference.
const COPIES: usize = 12;

fn big_programme() -> Result<String, Failure> {
    let path = repo_root().join("public/programme.json");
    let text =
        fs::read_to_string(&path).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    let mut value: Value = serde_json::from_str(&text).map_err(|e| Failure(e.to_string()))?;
    let spaces = value["spaces"].as_array().cloned().unwrap_or_default();
    let sessions = value["sessions"].as_array().cloned().unwrap_or_default();
    let (mut all_spaces, mut all_sessions) = (Vec::new(), Vec::new());
    for copy in 0..COPIES {
        let suffix = |id: &Value| Value::from(format!("{}-{copy}", id.as_str().unwrap_or("")));
        for space in &spaces {
            let mut space = space.clone();
            space["id"] = suffix(&space["id"]);
            space["name"] = Value::from(format!(
                "{} {}",
                space["name"].as_str().unwrap_or(""),
                copy + 1
            ));
            all_spaces.push(space);
        }
        for session in &sessions {
            let mut session = session.clone();
            session["id"] = suffix(&session["id"]);
            session["space"] = suffix(&session["space"]);
            if let Some(previous) = session.get_mut("previous") {
                if previous.get("space").is_some() {
                    previous["space"] = suffix(&previous["space"]);
                }
            }
            all_sessions.push(session);
        }
    }
    value["spaces"] = Value::Array(all_spaces);
    value["sessions"] = Value::Array(all_sessions);
    Ok(value.to_string())
}

fn figure(name: &str, value: impl std::fmt::Display, unit: &str) {
    println!("bench: {name:<44} {value:>10} {unit}");
}

pub fn bench() -> Outcome {
    tools::for_test()?;
    release_build()?;
    say("sizes, host load time, and a programme of about 1,500 sessions");
    let text = big_programme()?;
    let out = repo_root().join("target/e2e-imports");
    fs::create_dir_all(&out).map_err(|e| Failure(e.to_string()))?;
    fs::write(out.join("bench-1500.json"), &text).map_err(|e| Failure(e.to_string()))?;

    let clock = Instant::now();
    let programme = load_programme(&text).map_err(|f| {
        Failure(format!(
            "the bench programme is invalid: {:?}",
            f.problems.first()
        ))
    })?;
    let elapsed = clock.elapsed();
    figure(
        "sessions in the bench programme",
        programme.sessions().len(),
        "",
    );
    figure(
        "host: load and check 1,500 sessions",
        format!("{:.1}", elapsed.as_secs_f64() * 1000.0),
        "ms",
    );
    figure("bench programme JSON", text.len() / 1024, "KiB");

    let lighthouse = tools::lighthouse()?;
    say("browser figures with playwright-core and Lighthouse in Chromium");
    run(Command::new("node")
        .arg(Path::new("tests/e2e/bench.mjs"))
        .env("CHROMIUM", tools::CHROMIUM)
        .env("LIGHTHOUSE", lighthouse))
}
