//! `cargo xtask test`: every check in order, stopping at the first failure, then one line
//! `N passed, N failed` that counts every test run by every runner.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::tools::{self, CHROMEDRIVER};
use crate::{fail, release_build, repo_root, say, Failure, Outcome};

#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    /// Reads the closing lines of cargo's test harness, wasm-bindgen-test and node's runner.
    fn read(&mut self, line: &str) {
        let line = line.trim();
        if let Some(rest) = line
            .strip_prefix("test result: ok. ")
            .or_else(|| line.strip_prefix("test result: FAILED. "))
        {
            let mut words = rest.split([' ', ';']).filter(|w| !w.is_empty());
            while let Some(word) = words.next() {
                match (word.parse::<u64>(), words.clone().next()) {
                    (Ok(n), Some("passed")) => self.passed += n,
                    (Ok(n), Some("failed")) => self.failed += n,
                    _ => {}
                }
            }
        } else if let Some(n) = line.strip_prefix("ℹ pass ") {
            self.passed += n.parse::<u64>().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("ℹ fail ") {
            self.failed += n.parse::<u64>().unwrap_or(0);
        }
    }
}

/// One step of the run, named for the person reading the output.
struct Step {
    name: &'static str,
    kind: &'static str,
    command: fn() -> Command,
    counts: bool,
}

fn cargo(args: &[&str]) -> Command {
    let mut command = Command::new("cargo");
    command.args(args);
    command
}

fn wasm_tests(driver_var: &str, driver: String) -> Command {
    let mut command = cargo(&[
        "test",
        "--package",
        "nec-compagnon",
        "--target",
        "wasm32-unknown-unknown",
        "--test",
        "web",
    ]);
    command
        .env_remove("CHROMEDRIVER")
        .env_remove("GECKODRIVER")
        .env_remove("SAFARIDRIVER")
        .env(driver_var, driver);
    command
}

const STEPS: &[Step] = &[
    Step {
        name: "formatting (cargo fmt --check)",
        kind: "lint",
        command: || cargo(&["fmt", "--all", "--", "--check"]),
        counts: false,
    },
    Step {
        name: "clippy for the host, -D warnings",
        kind: "lint",
        command: || {
            cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
        },
        counts: false,
    },
    Step {
        name: "clippy for wasm32, -D warnings",
        kind: "lint",
        command: || {
            cargo(&[
                "clippy",
                "--package",
                "nec-compagnon",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
        },
        counts: false,
    },
    Step {
        name: "host tests (domain, loader, layout rules, xtask)",
        kind: "host",
        command: || cargo(&["test", "--workspace"]),
        counts: true,
    },
    Step {
        name: "wasm-bindgen-test in headless Chromium",
        kind: "chromium",
        command: || wasm_tests("CHROMEDRIVER", CHROMEDRIVER.to_owned()),
        counts: true,
    },
    Step {
        name: "wasm-bindgen-test in headless Firefox",
        kind: "firefox",
        command: || {
            wasm_tests(
                "GECKODRIVER",
                tools::geckodriver_path().to_string_lossy().into_owned(),
            )
        },
        counts: true,
    },
    Step {
        name: "end-to-end tests in Chromium (playwright-core) against the release build",
        kind: "e2e",
        command: e2e,
        counts: true,
    },
];

fn e2e() -> Command {
    let mut files: Vec<String> = std::fs::read_dir(repo_root().join("tests/e2e"))
        .expect("tests/e2e")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("tests/e2e/{name}"))
        .collect();
    files.sort();
    let mut command = Command::new("node");
    command
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .args(files)
        .env("CHROMIUM", tools::CHROMIUM)
        .env("NEC_DIST", repo_root().join("dist"));
    command
}

const KINDS: &[&str] = &["lint", "host", "chromium", "firefox", "e2e"];

pub fn all(only: Option<&str>) -> Outcome {
    if let Some(kind) = only {
        if !KINDS.contains(&kind) {
            return fail(format!(
                "unknown test kind {kind:?}: one of {}",
                KINDS.join(", ")
            ));
        }
    }
    let started = Instant::now();
    say("checking the tools the tests need");
    tools::for_test()?;

    let steps: Vec<&Step> = STEPS
        .iter()
        .filter(|s| only.is_none_or(|k| k == s.kind))
        .collect();
    let mut tally = Tally::default();
    let total = steps.len() + usize::from(only.is_none_or(|k| k == "e2e"));
    let mut number = 0;
    let result = (|| {
        for step in steps {
            if step.kind == "e2e" {
                number += 1;
                say(&format!(
                    "[{number}/{total}] release build for the end-to-end tests"
                ));
                release_build()
                    .map_err(|Failure(m)| Failure(format!("step \"release build\" failed: {m}")))?;
            }
            number += 1;
            say(&format!("[{number}/{total}] {}", step.name));
            let clock = Instant::now();
            run_step(step, &mut tally)?;
            say(&format!(
                "[{number}/{total}] {} — ok in {:.0?}",
                step.name,
                clock.elapsed()
            ));
        }
        Ok(())
    })();
    println!();
    match &result {
        Ok(()) => say(&format!("all steps passed in {:.0?}", started.elapsed())),
        Err(Failure(message)) => eprintln!("error: {message}"),
    }
    println!("{} passed, {} failed", tally.passed, tally.failed);
    // The message is already printed: the count line stays the last line.
    result.map_err(|_| Failure(String::new()))
}

fn run_step(step: &Step, tally: &mut Tally) -> Outcome {
    let mut command = (step.command)();
    command
        .current_dir(repo_root())
        .env("PATH", tools::tool_path())
        .stdout(Stdio::piped());
    let mut child = command
        .spawn()
        .map_err(|e| Failure(format!("step \"{}\" could not start: {e}", step.name)))?;
    let stdout = child.stdout.take().expect("piped stdout");
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        println!("{line}");
        if step.counts {
            tally.read(&line);
        }
    }
    let status = child
        .wait()
        .map_err(|e| Failure(format!("step \"{}\": {e}", step.name)))?;
    if status.success() {
        Ok(())
    } else {
        fail(format!("step \"{}\" failed ({status})", step.name))
    }
}

#[cfg(test)]
mod tests {
    use super::Tally;

    #[test]
    fn counts_every_runner_closing_line() {
        let mut tally = Tally::default();
        for line in [
            "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s",
            "test result: FAILED. 3 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out",
            "test result: ok. 0 passed; 0 failed; 0 ignored",
            "ℹ pass 5",
            "ℹ fail 1",
            "ℹ tests 6",
            "test the_loader ... ok",
        ] {
            tally.read(line);
        }
        assert_eq!((tally.passed, tally.failed), (20, 3));
    }
}
