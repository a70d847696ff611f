//! Which Rust toolchain compiles the wasm, and with what: a pinned nightly with the size settings
//! of Yew's own size CI wherever one can be had, the stable toolchain otherwise (or when asked).
//!
//! Nightly rebuilds the standard library for size (`-Zbuild-std`, `optimize_for_size`) and
//! aborts on panic without formatting a message (`-Cpanic=immediate-abort`), which takes the
//! panic machinery and most of `core::fmt` out of the wasm. A panic then traps its instance with
//! no message: the loader (assets/scripts/islands.js) sees the trap and shows that island's error
//! box. Stable keeps the panic hook of src/isolation.rs, which does the same with a message.

use std::path::PathBuf;
use std::process::Command;

use crate::util::{output_of, root};

/// The one nightly the size build uses, so that a build is reproducible: a dated toolchain that
/// rustup installs where it can reach its server. Without the server, a machine's own `nightly`
/// is used, and the build prints which one it was.
pub const PINNED_NIGHTLY: &str = "nightly-2026-05-20";

/// What `-Zbuild-std` rebuilds, and with which of the standard library's features.
const BUILD_STD: &str = "std,panic_abort";
const BUILD_STD_FEATURES: &str = "optimize_for_size";

/// The flags of the size build, for the wasm target only (build scripts and proc macros keep the
/// defaults). `fmt-debug=none` makes `{:?}` print nothing, which the wasm never shows a reader;
/// `location-detail=none` drops the file names and lines a panic would have printed;
/// `r1_size_build` tells the crate that no panic hook can run (src/isolation.rs installs none).
const SIZE_FLAGS: [&str; 6] = [
    "-Zunstable-options",
    "-Cpanic=immediate-abort",
    "-Zfmt-debug=none",
    "-Zlocation-detail=none",
    "--cfg",
    "r1_size_build",
];

/// Which toolchain the caller asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// The pinned nightly, or the machine's, or stable if neither can build wasm.
    SmallestAvailable,
    /// Stable, whatever else is installed: the fallback every machine has, which the test tier
    /// builds and smoke-tests too.
    Stable,
}

/// The toolchain a build runs with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Toolchain {
    /// A nightly by its rustup name, with the version it printed.
    Nightly { name: String, version: String },
    /// rustup's default toolchain (stable), with why no nightly was used.
    Stable { why: String },
}

impl Toolchain {
    /// Finds (and where rustup can, installs) the toolchain `wanted`, and prints the one line
    /// that says which it is.
    pub fn choose(wanted: Wanted) -> Toolchain {
        let chosen = match wanted {
            Wanted::Stable => Toolchain::Stable {
                why: "the stable build was asked for".into(),
            },
            Wanted::SmallestAvailable => nightly().unwrap_or_else(|why| Toolchain::Stable { why }),
        };
        println!("xtask: {}", chosen.describe());
        chosen
    }

    pub fn is_nightly(&self) -> bool {
        matches!(self, Toolchain::Nightly { .. })
    }

    /// The line a build prints (and the bench records).
    pub fn describe(&self) -> String {
        match self {
            Toolchain::Nightly { name, version } => format!(
                "wasm toolchain: {name} ({version}), size build (-Zbuild-std, optimize_for_size, panic=immediate-abort)"
            ),
            Toolchain::Stable { why } => {
                format!("wasm toolchain: stable, without the nightly size settings ({why})")
            }
        }
    }

    /// Where cargo builds: each toolchain keeps its own target folder, so building one does not
    /// throw away the other's cache.
    pub fn target_dir(&self) -> PathBuf {
        match self {
            Toolchain::Nightly { .. } => root().join("target").join("wasm-nightly"),
            Toolchain::Stable { .. } => root().join("target"),
        }
    }

    /// Sets up `command` (Trunk, or a cargo run before it) to build with this toolchain.
    pub fn apply(&self, command: &mut Command) {
        command.env("CARGO_TARGET_DIR", self.target_dir());
        if let Toolchain::Nightly { name, .. } = self {
            command
                .env("RUSTUP_TOOLCHAIN", name)
                .env("CARGO_UNSTABLE_BUILD_STD", BUILD_STD)
                .env("CARGO_UNSTABLE_BUILD_STD_FEATURES", BUILD_STD_FEATURES)
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
                    SIZE_FLAGS.join(" "),
                );
        } else {
            command.env_remove("RUSTUP_TOOLCHAIN");
        }
    }
}

/// The pinned nightly, installed if rustup can, else the machine's `nightly`; each needs the
/// standard library's source and the wasm target, which rustup adds where it can.
fn nightly() -> Result<Toolchain, String> {
    if let Some(found) = ready(PINNED_NIGHTLY) {
        return Ok(found);
    }
    let installed = Command::new("rustup")
        .args([
            "toolchain",
            "install",
            PINNED_NIGHTLY,
            "--profile",
            "minimal",
        ])
        .args([
            "--component",
            "rust-src",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .output()
        .is_ok_and(|output| output.status.success());
    if installed {
        if let Some(found) = ready(PINNED_NIGHTLY) {
            return Ok(found);
        }
    }
    ready("nightly").ok_or_else(|| {
        format!("{PINNED_NIGHTLY} could not be installed and no nightly with rust-src and the wasm target is on this machine")
    })
}

/// `name` as a toolchain that can build the size build, completing it where rustup can.
fn ready(name: &str) -> Option<Toolchain> {
    let version = output_of(Command::new("rustc").arg(format!("+{name}")).arg("-V"))?;
    let listed = |what: &str| {
        output_of(Command::new("rustup").args([what, "list", "--installed", "--toolchain", name]))
            .unwrap_or_default()
    };
    if !listed("component")
        .lines()
        .any(|line| line.starts_with("rust-src"))
    {
        let _ = Command::new("rustup")
            .args(["component", "add", "rust-src", "--toolchain", name])
            .output();
    }
    if !listed("target")
        .lines()
        .any(|line| line.trim() == "wasm32-unknown-unknown")
    {
        let _ = Command::new("rustup")
            .args([
                "target",
                "add",
                "wasm32-unknown-unknown",
                "--toolchain",
                name,
            ])
            .output();
    }
    let complete = listed("component")
        .lines()
        .any(|line| line.starts_with("rust-src"))
        && listed("target")
            .lines()
            .any(|line| line.trim() == "wasm32-unknown-unknown");
    complete.then(|| Toolchain::Nightly {
        name: name.to_owned(),
        version: version.trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_toolchain_builds_in_its_own_folder_and_says_which_it_is() {
        let nightly = Toolchain::Nightly {
            name: PINNED_NIGHTLY.into(),
            version: "rustc 1.97.0-nightly".into(),
        };
        let stable = Toolchain::Stable {
            why: "the stable build was asked for".into(),
        };
        assert_ne!(nightly.target_dir(), stable.target_dir());
        assert!(nightly.describe().contains(PINNED_NIGHTLY));
        assert!(stable.describe().contains("stable"));
        assert!(stable.describe().contains("asked for"));
    }

    #[test]
    fn only_the_nightly_build_gets_the_size_settings() {
        let envs = |toolchain: &Toolchain| -> Vec<(String, Option<String>)> {
            let mut command = Command::new("true");
            toolchain.apply(&mut command);
            command
                .get_envs()
                .map(|(key, value)| {
                    (
                        key.to_string_lossy().into_owned(),
                        value.map(|value| value.to_string_lossy().into_owned()),
                    )
                })
                .collect()
        };
        let nightly = envs(&Toolchain::Nightly {
            name: PINNED_NIGHTLY.into(),
            version: String::new(),
        });
        let flags = nightly
            .iter()
            .find(|(key, _)| key == "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS")
            .and_then(|(_, value)| value.clone())
            .unwrap_or_default();
        assert!(flags.contains("-Cpanic=immediate-abort"), "{flags}");
        assert!(nightly
            .iter()
            .any(|(key, value)| key == "RUSTUP_TOOLCHAIN"
                && value.as_deref() == Some(PINNED_NIGHTLY)));
        let stable = envs(&Toolchain::Stable { why: String::new() });
        assert!(!stable
            .iter()
            .any(|(key, value)| key.starts_with("CARGO_UNSTABLE") && value.is_some()));
        assert!(stable
            .iter()
            .any(|(key, value)| key == "RUSTUP_TOOLCHAIN" && value.is_none()));
    }
}
