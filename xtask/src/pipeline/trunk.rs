//! Stage 1, Trunk: installs what the browser build needs, then has Trunk compile the wasm (release,
//! `wasm-opt -Oz`) and copy the stylesheets and scripts into the folder, offline. The stylesheets
//! are then minified and renamed by their new content (`minify_stylesheets`).

use std::path::Path;
use std::process::Command;

use lol_html::element;

use crate::minify;
use crate::pipeline::dist::{Dist, Options};
use crate::site;
use crate::toolchain::Toolchain;
use crate::tools;
use crate::util::{self, run};

/// The features index.html builds with; another set (a bench variant) gets a copy of index.html.
const SITE_FEATURES: &str = "hydration";

/// What the wasm reads, at compile time, for the islands a size probe builds (src/island.rs).
const ISLANDS_VARIABLE: &str = "R1_ISLANDS";

pub fn build(options: &Options) -> Result<Dist, String> {
    tools::ensure_wasm_target()?;
    tools::ensure_trunk()?;
    tools::ensure_wasm_bindgen()?;
    tools::ensure_wasm_opt()?;

    let toolchain = Toolchain::choose(options.toolchain);
    let root = util::root();
    // Trunk runs cargo offline; fetch first so a fresh clone has every crate in the cache (for the
    // nightly build, the standard library's own dependencies too).
    let mut fetch = Command::new("cargo");
    fetch.args(["fetch", "--target", "wasm32-unknown-unknown"]);
    toolchain.apply(&mut fetch);
    run(fetch.current_dir(&root))?;
    let source = root.join("index.html");
    let page = if options.features == SITE_FEATURES {
        source.clone()
    } else {
        let html = std::fs::read_to_string(&source).map_err(|e| e.to_string())?;
        let mut found = false;
        let variant = util::rewrite_html(
            &html,
            vec![element!("link[data-trunk][rel=rust]", |link| {
                found = link.get_attribute("data-cargo-features").as_deref() == Some(SITE_FEATURES);
                link.set_attribute("data-cargo-features", &options.features)?;
                Ok(())
            })],
        )?;
        if !found {
            return Err(format!(
                "index.html's Rust <link> no longer has data-cargo-features=\"{SITE_FEATURES}\"; update xtask/src/pipeline/trunk.rs"
            ));
        }
        let copy = root.join(format!("index-{}.html", options.features.replace(',', "-")));
        std::fs::write(&copy, variant).map_err(|e| e.to_string())?;
        copy
    };
    let mut trunk = Command::new("trunk");
    trunk
        .args(["build", "--release", "--offline", "--dist"])
        .arg(&options.dir)
        .arg(&page)
        .env("PATH", tools::tool_path())
        .current_dir(&root);
    toolchain.apply(&mut trunk);
    match &options.islands {
        Some(keys) => trunk.env(ISLANDS_VARIABLE, keys),
        None => trunk.env_remove(ISLANDS_VARIABLE),
    };
    let built = run(&mut trunk);
    if page != source {
        let _ = std::fs::remove_file(&page);
    }
    built?;
    minify_stylesheets(&options.dir)?;
    // Trunk's own loader names the glue and the wasm too, but in JavaScript; their file names say
    // the same (wasm-bindgen writes `<name>_bg.wasm` beside `<name>.js`).
    Ok(Dist {
        toolchain: Some(toolchain),
        ..Dist::of_folder(&options.dir)?
    })
}

/// Trunk copies the stylesheets as written, comments and all (its own minification would also
/// rewrite the page and the JS glue, which later stages read). They block the first paint, so
/// each is minified, written under the hash of what it now holds, and linked with its new
/// integrity.
fn minify_stylesheets(dir: &Path) -> Result<(), String> {
    let html = util::read_text(dir, site::INDEX)?;
    let mut failure = None;
    let finished = util::rewrite_html(
        &html,
        vec![element!("link[rel=stylesheet][href]", |link| {
            let href = link.get_attribute("href").unwrap_or_default();
            match minify_stylesheet(dir, href.trim_start_matches("./")) {
                Ok((name, integrity)) => {
                    link.set_attribute("href", &format!("./{name}"))?;
                    link.set_attribute("integrity", &integrity)?;
                }
                Err(error) => failure = Some(error),
            }
            Ok(())
        })],
    )?;
    if let Some(error) = failure {
        return Err(error);
    }
    util::write(dir, site::INDEX, finished)
}

/// The minified copy of `name` (Trunk's `<stem>-<hash>.css`): its new name and integrity.
fn minify_stylesheet(dir: &Path, name: &str) -> Result<(String, String), String> {
    let stem = name
        .strip_suffix(".css")
        .and_then(|name| name.rsplit_once('-'))
        .map(|(stem, _)| stem)
        .ok_or_else(|| format!("{name}: not a stylesheet Trunk named <stem>-<hash>.css"))?;
    let css = minify::stylesheet(&util::read_text(dir, name)?)
        .map_err(|error| format!("{name}: {error}"))?;
    let minified = util::hashed_name(stem, css.as_bytes(), "css");
    util::write(dir, &minified, &css)?;
    if minified != name {
        std::fs::remove_file(dir.join(name)).map_err(|error| format!("{name}: {error}"))?;
    }
    Ok((minified, util::integrity(css.as_bytes())))
}
