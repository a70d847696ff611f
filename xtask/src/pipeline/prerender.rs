//! Stage 2, the prerender: the native `prerender` binary (src/bin/prerender.rs) renders the page
//! with Yew's server renderer into index.html, and writes the embed views and their oEmbed files.

use std::process::Command;

use crate::pipeline::dist::{Dist, Options};
use crate::site;
use crate::util::{self, run};

/// Runs the prerender and returns the embed views it wrote.
pub fn render(dist: &Dist, options: &Options) -> Result<Vec<String>, String> {
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
        .current_dir(util::root());
    // The one reading of PUBLIC_URL (`site::public_url`) is handed on, so the page's links, the
    // oEmbed files and the preview image's address agree.
    match &options.public_url {
        Some(url) => command.env("PUBLIC_URL", url),
        None => command.env_remove("PUBLIC_URL"),
    };
    run(&mut command)?;
    Ok(util::file_names(&dist.dir)?
        .into_iter()
        .filter(|name| site::is_embed_page(name))
        .collect())
}
