//! Stage 1, Trunk: installs what the browser build needs, then has Trunk compile the wasm (release,
//! `wasm-opt -Oz`) and copy the stylesheets and scripts into the folder, offline.

use std::process::Command;

use lol_html::element;

use crate::pipeline::dist::{Dist, Options};
use crate::toolchain::Toolchain;
use crate::tools;
use crate::util::{self, run};

/// The features index.html builds with; another set (a bench variant) gets a copy of index.html.
const SITE_FEATURES: &str = "hydration";

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
    let built = run(&mut trunk);
    if page != source {
        let _ = std::fs::remove_file(&page);
    }
    built?;
    // Trunk's own loader names the glue and the wasm too, but in JavaScript; their file names say
    // the same (wasm-bindgen writes `<name>_bg.wasm` beside `<name>.js`).
    Ok(Dist {
        toolchain: Some(toolchain),
        ..Dist::of_folder(&options.dir)?
    })
}
