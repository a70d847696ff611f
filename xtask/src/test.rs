//! `cargo xtask test`: every test tier, in order of cost, each reported with its counts.
//!
//! 1. xtask: the build tooling's own tests (each stage, the shared rules, the assembled scripts
//!    parsed, no import cycle in xtask/src or src/), and every JavaScript file of assets/ parsed
//!    by `node --check`;
//! 2. native: unit tests of the model, data and content, and property tests of the parsers that
//!    read untrusted input (tests/hostile.rs);
//! 3. render: the components through Yew's server renderer;
//! 4. wasm: wasm-bindgen-test in headless Chromium, hydrating prerendered islands;
//! 5. end-to-end: the built dist/ served on loopback and driven in headless Chromium.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::pipeline::{self, Dist, Options};
use crate::site;
use crate::toolchain::Toolchain;
use crate::tools::{self, Browser};
use crate::util::server::Server;
use crate::util::{self, describe, root};

struct Tier {
    name: &'static str,
    passed: u64,
    failed: u64,
}

/// Known advisories (RustSec). The database is a git repository on GitHub, which the project's
/// machines cannot reach (they see only the package registries): the check runs wherever a copy
/// can be fetched or is already there, fails on any advisory, and otherwise says plainly that it
/// did not run, never that it passed.
fn check_advisories() -> Result<(), String> {
    let deny = || {
        let mut command = Command::new("cargo");
        command
            .arg("deny")
            .env("PATH", tools::tool_path())
            .current_dir(root());
        command
    };
    // A failed fetch leaves any earlier copy in place; its message is not ours to repeat.
    let _ = deny()
        .args(["fetch", "db"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    let databases = tools::cargo_bin_dir().with_file_name("advisory-dbs");
    let fetched = std::fs::read_dir(&databases).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|entry| entry.path().join("crates").is_dir())
    });
    if !fetched {
        println!(
            "xtask: advisories NOT checked: the RustSec database (github.com/rustsec/advisory-db) cannot be fetched from this machine and no copy is in {}; run `cargo deny check advisories` where GitHub is reachable",
            databases.display()
        );
        return Ok(());
    }
    util::run(deny().args(["--workspace", "--offline", "check", "advisories"]))
}

pub fn test_all() -> Result<(), String> {
    tools::ensure_wasm_target()?;
    let browser = tools::ensure_browser()?;
    let mut tiers = Vec::new();

    // Dependency hygiene first: licences allow-listed, no banned or unknown sources (deny.toml).
    // cargo deny reads `cargo metadata` offline, which needs every crate of every target in the
    // local cache: on a fresh machine only xtask's own are there until this fetch.
    tools::ensure_cargo_deny()?;
    util::run(Command::new("cargo").arg("fetch").current_dir(root()))?;
    util::run(
        Command::new("cargo")
            .args([
                "deny",
                "--workspace",
                "--offline",
                "check",
                "licenses",
                "bans",
                "sources",
            ])
            .env("PATH", tools::tool_path())
            .current_dir(root()),
    )?;
    check_advisories()?;

    let mut xtask = counted(
        "xtask",
        Command::new("cargo").args(["test", "--package", "xtask"]),
    )?;
    let (parsed, broken) = check_scripts()?;
    xtask.passed += parsed;
    tiers.push(xtask);
    if broken > 0 {
        return Err(format!("{broken} of assets/'s scripts do not parse"));
    }
    tiers.push(counted(
        "native",
        Command::new("cargo").args([
            "test",
            "--package",
            "r1-explainer",
            "--features",
            "ssr",
            "--lib",
            "--bins",
            // Property tests of every parser that reads untrusted input.
            "--test",
            "hostile",
        ]),
    )?);
    tiers.push(counted(
        "render",
        Command::new("cargo").args([
            "test",
            "--features",
            "ssr",
            "--test",
            "render",
            // Its own process: it sets PUBLIC_URL, which the render tests' threads would share.
            "--test",
            "public_url",
        ]),
    )?);

    tools::ensure_wasm_bindgen()?;
    tiers.push(counted(
        "wasm",
        Command::new("cargo")
            .args([
                "test",
                "--target",
                "wasm32-unknown-unknown",
                "--features",
                "ssr,hydration",
                "--test",
                "hydrate",
            ])
            .env("CHROMEDRIVER", &browser.chromedriver)
            .env("PATH", tools::tool_path()),
    )?);

    let dist = pipeline::run(&Options::site())?;
    let size = check_wasm_size(&dist)?;
    tiers.push(end_to_end(
        &browser,
        &dist.dir,
        &[],
        dist.toolchain.as_ref(),
    )?);
    // Every machine can build the stable fallback: it is built too, and smoke-tested (the page,
    // a widget, and panic isolation with the stable build's panic hook). Where no nightly could
    // be had, the site above was that build already.
    let mut stable_size = String::from("stable fallback: the site above was built with stable");
    if dist
        .toolchain
        .as_ref()
        .is_some_and(|toolchain| toolchain.is_nightly())
    {
        let stable = pipeline::run(&Options::stable_fallback())?;
        stable_size = check_wasm_size(&stable)?;
        let mut smoke = end_to_end(
            &browser,
            &stable.dir,
            &STABLE_SMOKE.map(str::to_owned),
            stable.toolchain.as_ref(),
        )?;
        smoke.name = "stable smoke";
        tiers.push(smoke);
    }

    println!("\ntier          passed  failed");
    for tier in &tiers {
        println!("{:<12} {:>7} {:>7}", tier.name, tier.passed, tier.failed);
    }
    let passed: u64 = tiers.iter().map(|tier| tier.passed).sum();
    let failed: u64 = tiers.iter().map(|tier| tier.failed).sum();
    println!("{size}");
    println!("{stable_size}");
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        return Err(format!("{failed} tests failed"));
    }
    Ok(())
}

/// The sizes the tests hold the wasm to, brotli-compressed, one per toolchain: each was set 5%
/// above the size measured then (143.6 KiB nightly, 172.0 KiB stable, on 2 December 2026); the
/// Chinese edition's code took the nightly build to 149.6 and this round's cuts back to 146.4, then
/// short import names to 145.2 (3 December), so growth beyond the ceiling fails the tests and has
/// to be argued for.
/// design.md's budget is 90 KiB (`site::WASM_BUDGET`); the nightly size build is the one that
/// ships wherever a nightly can be had, the stable one is the fallback.
pub const NIGHTLY_WASM_CEILING: usize = 151 * 1024;
pub const STABLE_WASM_CEILING: usize = 181 * 1024;

/// The end-to-end files the stable fallback runs: the page, one widget, and a panic in each island.
const STABLE_SMOKE: [&str; 3] = [
    "tests/e2e/page.test.mjs",
    "tests/e2e/cost.test.mjs",
    "tests/e2e/panic.test.mjs",
];

fn check_wasm_size(dist: &Dist) -> Result<String, String> {
    let bytes = util::read(&dist.dir, &dist.wasm)?;
    let brotli = util::compressed_sizes(&bytes).brotli;
    let (build, ceiling) = match &dist.toolchain {
        Some(toolchain) if toolchain.is_nightly() => ("nightly size build", NIGHTLY_WASM_CEILING),
        _ => ("stable build", STABLE_WASM_CEILING),
    };
    let report = format!(
        "size budget: the {build}'s wasm is {:.1} KiB brotli ({:.1} KiB raw); allowed {:.1} KiB (design budget {:.1} KiB)",
        brotli as f64 / 1024.0,
        bytes.len() as f64 / 1024.0,
        ceiling as f64 / 1024.0,
        site::WASM_BUDGET as f64 / 1024.0
    );
    if brotli > ceiling {
        return Err(format!("{report}: over the allowed size"));
    }
    println!("xtask: {report}");
    Ok(report)
}

/// Runs one tier, streaming its output and counting the results it reports (cargo's
/// `test result:` lines, node's TAP `# pass` / `# fail`).
fn counted(name: &'static str, command: &mut Command) -> Result<Tier, String> {
    println!("\nxtask: tier `{name}`: $ {}", describe(command));
    let mut child = command
        .current_dir(root())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| format!("could not start `{}`: {error}", describe(command)))?;
    let mut tier = Tier {
        name,
        passed: 0,
        failed: 0,
    };
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            if let Some(rest) = line.strip_prefix("test result: ") {
                tier.passed += number_before(rest, " passed");
                tier.failed += number_before(rest, " failed");
            } else if let Some(count) = line.strip_prefix("# pass ") {
                tier.passed += count.trim().parse::<u64>().unwrap_or(0);
            } else if let Some(count) = line.strip_prefix("# fail ") {
                tier.failed += count.trim().parse::<u64>().unwrap_or(0);
            }
        }
    }
    let status = child.wait().map_err(|error| error.to_string())?;
    if !status.success() {
        return Err(format!(
            "tier `{name}` failed ({status}): {} passed, {} failed",
            tier.passed,
            tier.failed.max(1)
        ));
    }
    if tier.passed == 0 {
        return Err(format!("tier `{name}` ran no test"));
    }
    Ok(tier)
}

/// "ok. 12 passed; 0 failed; …" → 12 for " passed".
fn number_before(text: &str, label: &str) -> u64 {
    text.find(label)
        .and_then(|end| text[..end].rsplit([' ', '.']).next()?.parse().ok())
        .unwrap_or(0)
}

/// The end-to-end tier: `dir` served on loopback under the site's Content-Security-Policy, and
/// node's test runner over `files` (all of tests/e2e/ when empty), one file at a time.
///
/// `toolchain`, when known, tells the tests which wasm they drive (`WASM_TOOLCHAIN`): only a
/// stable build's panics carry a message.
fn end_to_end(
    browser: &Browser,
    dir: &Path,
    files: &[String],
    toolchain: Option<&Toolchain>,
) -> Result<Tier, String> {
    tools::ensure_e2e_packages()?;
    let server = Server::start(dir, 0, true)?;
    let mut command = Command::new("node");
    command.args(["--test", "--test-concurrency=1", "--test-reporter=tap"]);
    if files.is_empty() {
        command.arg("tests/e2e/");
    } else {
        command.args(files);
    }
    if let Some(toolchain) = toolchain {
        let kind = if toolchain.is_nightly() {
            "nightly"
        } else {
            "stable"
        };
        command.env("WASM_TOOLCHAIN", kind);
    }
    let tier = counted(
        "end-to-end",
        command
            .env("BASE_URL", server.url())
            .env("CHROMIUM", &browser.chromium)
            .env("CHROMIUM_FLAGS", site::chromium_flags_env())
            .env("DIST_DIR", dir)
            // Tests that must stop or start their own server (offline, update, embed origins).
            .env(
                "XTASK_BIN",
                std::env::current_exe().map_err(|error| error.to_string())?,
            ),
    );
    drop(server);
    tier
}

/// `cargo xtask e2e [FILE...]`: the end-to-end tier alone, against dist/ as it is now.
pub fn end_to_end_only(files: &[String]) -> Result<(), String> {
    let browser = tools::ensure_browser()?;
    let tier = end_to_end(&browser, &root().join("dist"), files, None)?;
    println!("{} passed, {} failed", tier.passed, tier.failed);
    Ok(())
}

/// Every JavaScript file of assets/ (served as is, or a piece of a generated script) parsed by
/// `node --check`, one test each, so a syntax error fails here rather than in a reader's browser
/// (xtask's own tests also parse the scripts assembled from them). Returns (parsed, broken).
fn check_scripts() -> Result<(u64, u64), String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
        for entry in std::fs::read_dir(dir)
            .map_err(|error| format!("cannot list {}: {error}", dir.display()))?
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else if path.extension().is_some_and(|ext| ext == "js") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(&root().join("assets"), &mut files)?;
    files.sort();
    println!(
        "\nxtask: tier `xtask`: node --check, {} files of assets/",
        files.len()
    );
    let (mut parsed, mut broken) = (0, 0);
    for file in &files {
        let shown = file.strip_prefix(root()).unwrap_or(file).display();
        let output = Command::new("node")
            .arg("--check")
            .arg(file)
            .output()
            .map_err(|error| format!("could not start `node --check`: {error}"))?;
        if output.status.success() {
            println!("ok {shown}");
            parsed += 1;
        } else {
            println!(
                "not ok {shown}\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
            broken += 1;
        }
    }
    Ok((parsed, broken))
}

#[cfg(test)]
mod tests {
    use super::number_before;

    #[test]
    fn reads_counts_from_cargo_result_lines() {
        let line =
            "ok. 12 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s";
        assert_eq!(number_before(line, " passed"), 12);
        assert_eq!(number_before(line, " failed"), 3);
        assert_eq!(number_before("nothing", " passed"), 0);
    }
}
