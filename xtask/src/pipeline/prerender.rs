//! Stage 2, the prerender: the native `prerender` binary (src/bin/prerender.rs) renders the page
//! with Yew's server renderer into index.html, and writes the embed views and their oEmbed files.

use std::process::Command;

use crate::pipeline::dist::{Dist, Options};
use crate::site;
use crate::util::{self, run};

/// Runs the prerender; returns the embed views written and the hashed names of the two page texts
/// (English, then Chinese).
pub fn render(dist: &Dist, options: &Options) -> Result<(Vec<String>, String, String), String> {
    let mut command = Command::new("cargo");
    command
        .args([
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
        ])
        .arg(dist.dir.join(site::INDEX))
        .arg(dist.dir.join(site::PAGE_TEXT))
        .current_dir(util::root());
    // The one reading of PUBLIC_URL (`site::public_url`) is handed on, so the page's links, the
    // oEmbed files and the preview image's address agree.
    match &options.public_url {
        Some(url) => command.env("PUBLIC_URL", url),
        None => command.env_remove("PUBLIC_URL"),
    };
    run(&mut command)?;
    // The page text (src/model/page_text.rs) under a name that changes with its content, so it
    // can be cached for good like the wasm it goes with.
    let text = util::read(&dist.dir, site::PAGE_TEXT)?;
    let hashed = util::hashed_name(site::PAGE_TEXT_PREFIX, &text, "json");
    std::fs::rename(dist.dir.join(site::PAGE_TEXT), dist.dir.join(&hashed))
        .map_err(|error| format!("cannot name the page text {hashed}: {error}"))?;
    // The Chinese edition's, in its folder, named the same way.
    let folder = dist.dir.join(site::EDITION_FOLDERS[0]);
    let chinese = util::read(&folder, site::PAGE_TEXT)?;
    let chinese_name = util::hashed_name(site::PAGE_TEXT_PREFIX, &chinese, "json");
    std::fs::rename(folder.join(site::PAGE_TEXT), folder.join(&chinese_name))
        .map_err(|error| format!("cannot name the Chinese page text {chinese_name}: {error}"))?;
    let chinese = format!("{}/{chinese_name}", site::EDITION_FOLDERS[0]);
    let embeds = util::file_names(&dist.dir)?
        .into_iter()
        .filter(|name| site::is_embed_page(name))
        .collect();
    Ok((embeds, hashed, chinese))
}
