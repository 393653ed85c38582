//! `cargo xtask test`: every check in order, stopping at the first failure, then one line
//! `N passed, N failed` that counts every test run by every runner.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::tools::{self, CHROMEDRIVER};
use crate::{fail, package, release_build_into, repo_root, say, webkit, Failure, Outcome};

/// What the runners said they ran: cargo's harness and wasm-bindgen-test ("test result:"
/// lines) and node's runner (its spec reporter's closing "ℹ" lines).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    passed: u64,
    failed: u64,
    /// Ignored by cargo's harness, skipped by node's: no test here may be (ARCHITECTURE.md).
    skipped: u64,
    /// Node's tests that never finished (a file that crashed, a timeout).
    cancelled: u64,
    /// Node's tests marked to do.
    todo: u64,
}

impl Tally {
    /// Reads one line of output; colours, if a runner wrote them anyway, are taken off first.
    fn read(&mut self, line: &str) {
        let line = plain(line);
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
                    (Ok(n), Some("ignored")) => self.skipped += n,
                    _ => {}
                }
            }
        } else if let Some(rest) = line.strip_prefix("ℹ ") {
            let mut words = rest.split_whitespace();
            let (Some(name), Some(n), None) = (words.next(), words.next(), words.next()) else {
                return;
            };
            let Ok(n) = n.parse::<u64>() else { return };
            match name {
                "pass" => self.passed += n,
                "fail" => self.failed += n,
                "skipped" => self.skipped += n,
                "cancelled" => self.cancelled += n,
                "todo" => self.todo += n,
                _ => {}
            }
        }
    }

    fn total(&self) -> u64 {
        self.passed + self.failed + self.skipped + self.cancelled + self.todo
    }

    fn add(&mut self, other: Tally) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
        self.cancelled += other.cancelled;
        self.todo += other.todo;
    }

    /// Whether a step that exited with success really ran its tests: it found at least one
    /// (a cargo test binary of none is fine, a whole step of none is not), and none failed,
    /// was skipped, cancelled or left to do.
    fn verdict(&self, step: &str) -> Outcome {
        if self.total() == 0 {
            return fail(format!(
                "step \"{step}\" ran no test at all: its runner found none, or its output could not be read"
            ));
        }
        let unfinished: Vec<String> = [
            (self.failed, "failed"),
            (self.skipped, "skipped or ignored"),
            (self.cancelled, "cancelled"),
            (self.todo, "marked todo"),
        ]
        .into_iter()
        .filter(|&(n, _)| n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        if unfinished.is_empty() {
            Ok(())
        } else {
            fail(format!(
                "step \"{step}\": {} (every test must run and pass)",
                unfinished.join(", ")
            ))
        }
    }

    /// The last line of the run: "N passed, N failed", then any test that did not run.
    fn summary(&self) -> String {
        let mut line = format!("{} passed, {} failed", self.passed, self.failed);
        for (n, what) in [
            (self.skipped, "skipped"),
            (self.cancelled, "cancelled"),
            (self.todo, "todo"),
        ] {
            if n > 0 {
                line.push_str(&format!(", {n} {what}"));
            }
        }
        line
    }
}

/// `line` without its ANSI escape sequences (colours, bold: `ESC [ … letter`).
fn plain(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains('\u{1b}') {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
        } else if chars.clone().next() == Some('[') {
            // A control sequence ends with a byte in @…~.
            for c in chars.by_ref().skip(1) {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        } else {
            chars.next();
        }
    }
    out.into()
}

/// Every runner writes plain text, so that the counts can be read: no colour, whatever the
/// person's or the CI's settings (node honours NO_COLOR only when FORCE_COLOR is unset).
fn without_colour(command: &mut Command) -> &mut Command {
    command
        .env_remove("FORCE_COLOR")
        .env("NO_COLOR", "1")
        .env("NODE_DISABLE_COLORS", "1")
        .env("CARGO_TERM_COLOR", "never")
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
    // The tests are of the app at the root of a site, whatever the shell says.
    command.args(args).env_remove("NEC_BASE_PATH");
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
        "--test",
        "no_panic",
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
                // The organisers' page, with the importers it runs in the browser.
                "--package",
                "nec-publier",
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
    Step {
        name: "a journey in WebKit (WebKitGTK under Xvfb) against the release build",
        kind: "webkit",
        command: webkit::command,
        counts: true,
    },
    Step {
        name: "wasm-bindgen-test in WebKit (WebKitGTK under Xvfb)",
        kind: "webkit",
        command: webkit::wasm_command,
        counts: true,
    },
];

/// The kinds whose steps run against the release builds (made once, before the first).
const RELEASE_KINDS: &[&str] = &["e2e", "webkit"];

/// The path the end-to-end tests serve the second build under: the site of the package made
/// for it (`package::for_e2e`), which tests/e2e/subpath.test.mjs serves with node and
/// tests/e2e/nginx.test.mjs with nginx.
pub const SUB_PATH: &str = "/nec-lyon/";
fn sub_path_dist() -> std::path::PathBuf {
    package::e2e_site(SUB_PATH)
}

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
        .env("NEC_DIST", repo_root().join("dist"))
        .env("NEC_DIST_SUB_PATH", sub_path_dist())
        .env("NEC_SUB_PATH", SUB_PATH)
        .env("NEC_PACKAGE_DIR", package::e2e_out());
    command
}

const KINDS: &[&str] = &["lint", "host", "chromium", "firefox", "e2e", "webkit"];

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
    let releases = steps.iter().any(|s| RELEASE_KINDS.contains(&s.kind));
    // The end-to-end step also puts a package online (tests/e2e/nginx.test.mjs).
    let packaged = steps.iter().any(|s| s.kind == "e2e");
    let total = steps.len() + usize::from(releases) + usize::from(packaged);
    let mut number = 0;
    let mut built = false;
    let result = (|| {
        for step in steps {
            if RELEASE_KINDS.contains(&step.kind) && !built {
                built = true;
                number += 1;
                say(&format!(
                    "[{number}/{total}] release build for the end-to-end tests"
                ));
                release_build_into(&repo_root().join("dist"), "/")
                    .map_err(|Failure(m)| Failure(format!("step \"release build\" failed: {m}")))?;
            }
            if step.kind == "e2e" {
                number += 1;
                say(&format!(
                    "[{number}/{total}] cargo xtask package under {SUB_PATH}, for the tests under a sub-path and on nginx"
                ));
                package::for_e2e(SUB_PATH).map_err(|Failure(m)| {
                    Failure(format!("step \"package under {SUB_PATH}\" failed: {m}"))
                })?;
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
    if let Some(warning) = tools::fell_back() {
        eprintln!("warning: {warning}");
    }
    println!("{}", tally.summary());
    // The message is already printed: the count line stays the last line.
    result.map_err(|_| Failure(String::new()))
}

fn run_step(step: &Step, tally: &mut Tally) -> Outcome {
    let mut command = (step.command)();
    without_colour(&mut command)
        .current_dir(repo_root())
        .env("PATH", tools::tool_path())
        .stdout(Stdio::piped());
    let mut child = command
        .spawn()
        .map_err(|e| Failure(format!("step \"{}\" could not start: {e}", step.name)))?;
    let stdout = child.stdout.take().expect("piped stdout");
    let mut counted = Tally::default();
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        println!("{line}");
        if step.counts {
            counted.read(&line);
        }
    }
    tally.add(counted);
    let status = child
        .wait()
        .map_err(|e| Failure(format!("step \"{}\": {e}", step.name)))?;
    if !status.success() {
        return fail(format!("step \"{}\" failed ({status})", step.name));
    }
    if step.counts {
        counted.verdict(step.name)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::process::Command;

    use super::{plain, run_step, without_colour, Step, Tally, STEPS};
    use crate::Failure;

    fn tally(lines: &[&str]) -> Tally {
        let mut tally = Tally::default();
        for line in lines {
            tally.read(line);
        }
        tally
    }

    #[test]
    fn counts_every_runner_closing_line() {
        let counted = tally(&[
            "test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s",
            "test result: FAILED. 3 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out",
            "test result: ok. 0 passed; 0 failed; 0 ignored",
            "ℹ tests 10",
            "ℹ suites 0",
            "ℹ pass 5",
            "ℹ fail 1",
            "ℹ cancelled 2",
            "ℹ skipped 1",
            "ℹ todo 1",
            "ℹ duration_ms 1234.5",
            "test the_loader ... ok",
            // A test's own output that happens to look alike is not a count.
            "ℹ pass the salt",
        ]);
        assert_eq!(
            counted,
            Tally {
                passed: 20,
                failed: 3,
                skipped: 2,
                cancelled: 2,
                todo: 1,
            }
        );
        assert_eq!(
            counted.summary(),
            "20 passed, 3 failed, 2 skipped, 2 cancelled, 1 todo"
        );
        assert_eq!(
            tally(&["ℹ pass 4", "ℹ fail 0", "ℹ skipped 0"]).summary(),
            "4 passed, 0 failed"
        );
    }

    #[test]
    fn coloured_output_is_counted_the_same() {
        let counted = tally(&[
            // libtest with --color always; node's spec reporter with FORCE_COLOR.
            "test result: \u{1b}[32mok\u{1b}[0m. 7 passed; 0 failed; 0 ignored; 0 measured",
            "\u{1b}[34mℹ pass 5\u{1b}[39m",
            "\u{1b}[34mℹ skipped 1\u{1b}[39m",
            "\u{1b}[1;31mℹ fail 2\u{1b}[0m",
        ]);
        assert_eq!(
            (counted.passed, counted.failed, counted.skipped),
            (12, 2, 1)
        );
        assert_eq!(plain("\u{1b}[2m  - waiting\u{1b}[22m"), "  - waiting");
        assert_eq!(plain("sans couleur"), "sans couleur");
    }

    #[test]
    fn a_step_passes_only_when_it_ran_tests_and_all_passed() {
        let verdict = |lines: &[&str]| tally(lines).verdict("e2e").map_err(|f| f.0);
        assert_eq!(verdict(&["ℹ pass 3", "ℹ fail 0"]), Ok(()));
        // Binaries of no test are fine in a step that ran some.
        assert_eq!(
            verdict(&[
                "test result: ok. 0 passed; 0 failed; 0 ignored",
                "test result: ok. 4 passed; 0 failed; 0 ignored",
            ]),
            Ok(())
        );
        let refused: &[(&[&str], &str)] = &[
            (&[], "ran no test at all"),
            (&["ℹ tests 0", "ℹ pass 0", "ℹ fail 0"], "ran no test at all"),
            (
                &["test result: ok. 0 passed; 0 failed; 0 ignored"],
                "ran no test at all",
            ),
            (&["ℹ pass 3", "ℹ skipped 1"], "1 skipped or ignored"),
            (&["ℹ pass 3", "ℹ cancelled 2"], "2 cancelled"),
            (&["ℹ pass 3", "ℹ todo 1"], "1 marked todo"),
            (
                &["test result: ok. 3 passed; 0 failed; 1 ignored"],
                "1 skipped or ignored",
            ),
            (&["ℹ pass 3", "ℹ fail 1"], "1 failed"),
        ];
        for (lines, expected) in refused {
            let message = verdict(lines).expect_err(&format!("{lines:?} must fail"));
            assert!(message.contains(expected), "{lines:?}: {message}");
        }
    }

    /// A step whose runner exits with success still fails when its counts say so.
    #[test]
    fn a_runner_that_succeeds_with_skipped_or_no_tests_fails_its_step() {
        fn printing(text: &str) -> Command {
            let mut command = Command::new("sh");
            command.args(["-c", &format!("printf '{text}'")]);
            command
        }
        type Case = (fn() -> Command, Result<Tally, &'static str>);
        let steps: &[Case] = &[
            (
                || printing("ℹ pass 2\\nℹ fail 0\\n"),
                Ok(Tally {
                    passed: 2,
                    ..Tally::default()
                }),
            ),
            (|| printing("ℹ pass 2\\nℹ skipped 1\\n"), Err("1 skipped")),
            (|| printing("ℹ tests 0\\nℹ pass 0\\n"), Err("ran no test")),
            (
                || printing("\\033[32mℹ pass 1\\033[0m\\n\\033[33mℹ todo 1\\033[0m\\n"),
                Err("1 marked todo"),
            ),
        ];
        for (command, expected) in steps {
            let step = Step {
                name: "printf",
                kind: "e2e",
                command: *command,
                counts: true,
            };
            let mut tally = Tally::default();
            match (run_step(&step, &mut tally), expected) {
                (Ok(()), Ok(counted)) => assert_eq!(tally, *counted),
                (Err(Failure(message)), Err(part)) => assert!(message.contains(part), "{message}"),
                (got, _) => panic!("{expected:?}: {:?}", got.map_err(|f| f.0)),
            }
        }
    }

    #[test]
    fn every_step_runs_without_colour() {
        for step in STEPS {
            let mut command = (step.command)();
            without_colour(&mut command);
            let envs: Vec<_> = command.get_envs().collect();
            let value = |name: &str| {
                envs.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.map(|v| v.to_string_lossy().into_owned()))
            };
            assert_eq!(value("NO_COLOR"), Some(Some("1".into())), "{}", step.name);
            assert_eq!(value("FORCE_COLOR"), Some(None), "{}: removed", step.name);
            assert_eq!(value("CARGO_TERM_COLOR"), Some(Some("never".into())));
        }
    }
}
