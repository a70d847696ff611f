//! Installs the tools a build or test needs when they are missing, and only then: each check is a
//! version probe, so a second run with everything installed installs nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::util::{output_of, root, run};

pub const TRUNK_VERSION: &str = "0.21.14";
pub const BINARYEN_VERSION: &str = "132.0.0";
pub const CARGO_DENY_VERSION: &str = "0.20.2";

pub fn cargo_bin_dir() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"))
        .join("bin")
}

/// PATH with the project's tool folders first, so Trunk finds our wasm-opt and wasm-bindgen.
pub fn tool_path() -> String {
    let mut parts = vec![wasm_opt_dir(), cargo_bin_dir()];
    if let Some(path) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(parts)
        .map(|joined| joined.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn tool(name: &str) -> Command {
    let mut command = Command::new(name);
    command.env("PATH", tool_path());
    command
}

pub fn ensure_wasm_target() -> Result<(), String> {
    let installed = output_of(Command::new("rustup").args(["target", "list", "--installed"]))
        .unwrap_or_default();
    if installed
        .lines()
        .any(|line| line.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    println!("xtask: installing the wasm32-unknown-unknown target (rustup, a few seconds)");
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

pub fn ensure_trunk() -> Result<(), String> {
    let version = output_of(tool("trunk").arg("--version")).unwrap_or_default();
    if version == format!("trunk {TRUNK_VERSION}") {
        return Ok(());
    }
    println!("xtask: installing trunk {TRUNK_VERSION} (cargo install, about 7 minutes on 2 cores; found: {})", if version.is_empty() { "none" } else { &version });
    run(Command::new("cargo").args(["install", "--locked", "trunk", "--version", TRUNK_VERSION]))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn locked_wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == r#"name = "wasm-bindgen""# {
            if let Some(version) = lines
                .next()
                .and_then(|next| next.strip_prefix("version = \""))
            {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry; run `cargo generate-lockfile`".into())
}

pub fn ensure_wasm_bindgen() -> Result<(), String> {
    let wanted = locked_wasm_bindgen_version()?;
    let found = output_of(tool("wasm-bindgen").arg("--version")).unwrap_or_default();
    let runner = output_of(tool("wasm-bindgen-test-runner").arg("--version")).unwrap_or_default();
    if found == format!("wasm-bindgen {wanted}") && runner.ends_with(&wanted) {
        return Ok(());
    }
    println!("xtask: installing wasm-bindgen-cli {wanted} to match Cargo.lock (cargo install, about 2 minutes; found: {})", if found.is_empty() { "none" } else { &found });
    // Not `--locked`: one of its locked dependency versions is no longer in the registry.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

/// Project-local folder holding binaryen's wasm-opt (the npm build; Debian's is too old).
pub fn wasm_opt_dir() -> PathBuf {
    root().join(".tools/binaryen/node_modules/.bin")
}

pub fn ensure_wasm_opt() -> Result<(), String> {
    let found = output_of(Command::new(wasm_opt_dir().join("wasm-opt")).arg("--version"))
        .unwrap_or_default();
    let major = BINARYEN_VERSION.split('.').next().unwrap_or_default();
    if found.contains(&format!("version {major}")) {
        return Ok(());
    }
    require_command("npm", "apt-get install -y nodejs npm")?;
    println!("xtask: installing wasm-opt (npm binaryen@{BINARYEN_VERSION}) into .tools/binaryen");
    let prefix = root().join(".tools/binaryen");
    std::fs::create_dir_all(&prefix)
        .map_err(|error| format!("cannot create {}: {error}", prefix.display()))?;
    run(Command::new("npm")
        .args([
            "install",
            "--no-audit",
            "--no-fund",
            "--save-exact",
            "--prefix",
        ])
        .arg(&prefix)
        .arg(format!("binaryen@{BINARYEN_VERSION}")))
}

fn require_command(name: &str, install: &str) -> Result<(), String> {
    if Command::new(name)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
    {
        Ok(())
    } else {
        Err(format!(
            "`{name}` is missing. Install it with: sudo {install}"
        ))
    }
}

fn is_root() -> bool {
    output_of(Command::new("id").arg("-u")).as_deref() == Some("0")
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// A Chromium to run headless outside the test tiers (the build's preview image): `CHROMIUM` if
/// set, else Debian's `/usr/bin/chromium`, else a `chromium` on PATH. Never installs one: a build
/// without a browser still builds (see `og_image.rs`).
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM").filter(|path| !path.is_empty()) {
        let path = PathBuf::from(path);
        return path.is_file().then_some(path);
    }
    let debian = PathBuf::from("/usr/bin/chromium");
    if debian.is_file() {
        return Some(debian);
    }
    find_on_path("chromium")
}

/// Debian's Chromium and ChromeDriver (the only browser that installs here; test tools' own
/// browser downloads fail offline).
pub struct Browser {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

pub fn ensure_browser() -> Result<Browser, String> {
    let found = || {
        Some(Browser {
            chromium: find_on_path("chromium")?,
            chromedriver: find_on_path("chromedriver")?,
        })
    };
    if let Some(browser) = found() {
        return Ok(browser);
    }
    const INSTALL: &str = "apt-get update && apt-get install -y chromium chromium-driver";
    if !is_root() {
        return Err(format!(
            "Chromium and ChromeDriver are needed for the browser tests and are not installed.\n\
             Run:  sudo sh -c '{INSTALL}'\nthen run `cargo xtask test` again."
        ));
    }
    println!("xtask: installing Debian's chromium and chromium-driver (apt-get, a minute or two)");
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    found()
        .ok_or_else(|| "apt-get finished but chromium or chromedriver is still not on PATH".into())
}

/// The end-to-end suite's npm packages, exactly as pinned in tests/e2e/package-lock.json.
pub fn ensure_e2e_packages() -> Result<(), String> {
    ensure_npm_packages("tests/e2e")
}

/// The bench's npm packages (lighthouse 12.2.3, playwright-core), pinned in tests/bench.
pub fn ensure_bench_packages() -> Result<(), String> {
    ensure_npm_packages("tests/bench")
}

fn ensure_npm_packages(folder: &str) -> Result<(), String> {
    let dir = root().join(folder);
    let lock = dir.join("package-lock.json");
    let stamp = dir.join("node_modules/.package-lock.json");
    if is_newer_or_same(&stamp, &lock) {
        return Ok(());
    }
    require_command("npm", "apt-get install -y nodejs npm")?;
    println!(
        "xtask: installing the npm packages of {folder} (npm ci, exact versions from its lockfile)"
    );
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir))
}

fn is_newer_or_same(candidate: &Path, reference: &Path) -> bool {
    let modified = |path: &Path| {
        std::fs::metadata(path)
            .and_then(|meta| meta.modified())
            .ok()
    };
    matches!((modified(candidate), modified(reference)), (Some(a), Some(b)) if a >= b)
}

/// cargo-deny, for the licence, ban and source checks of `deny.toml`.
pub fn ensure_cargo_deny() -> Result<(), String> {
    let version = output_of(tool("cargo-deny").arg("--version")).unwrap_or_default();
    if version == format!("cargo-deny {CARGO_DENY_VERSION}") {
        return Ok(());
    }
    println!("xtask: installing cargo-deny {CARGO_DENY_VERSION} (cargo install, about 5 minutes; found: {})", if version.is_empty() { "none" } else { &version });
    run(Command::new("cargo").args([
        "install",
        "--locked",
        "cargo-deny",
        "--version",
        CARGO_DENY_VERSION,
    ]))
}
