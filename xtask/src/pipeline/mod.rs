//! `cargo xtask build`, top to bottom: the stages that turn the sources into the finished `dist/`,
//! in the order they run. Each stage is a module of its own that takes the `Dist` made so far and
//! adds to it; stages never call each other, and what they share lives in `site` and `util`.

mod dist;
mod embeds;
mod headers;
mod imports;
mod loader;
mod offline;
mod og_image;
mod prerender;
mod trunk;

use std::time::Instant;

pub use dist::{Dist, Options, Stage};
/// For the bench's size probe, whose wasm-only builds stop after Trunk: the shipped wasm has
/// short import names.
pub use imports::shorten as shorten_imports;

/// Builds the site as `options` ask and returns what is in it.
pub fn run(options: &Options) -> Result<Dist, String> {
    let started = Instant::now();
    // The browser build: Trunk compiles the wasm and copies the stylesheets and scripts.
    let mut dist = trunk::build(options)?;
    // The wasm's import names shortened in it and in its glue, before anything reads either. Only
    // where our loader replaces Trunk's: Trunk's own page pins the glue by its integrity hash, so
    // the client-only baseline, kept exactly as Trunk writes it, would refuse a rewritten glue.
    if options.last >= Stage::Loader {
        imports::shorten(&dist)?;
    }
    if options.last >= Stage::Prerender {
        // The native prerender fills index.html and writes the embed views and oEmbed files.
        let (embeds, text, chinese_text) = prerender::render(&dist, options)?;
        (dist.embeds, dist.page_text, dist.chinese_page_text) =
            (embeds, Some(text), Some(chinese_text));
    }
    if options.last >= Stage::Loader {
        // Trunk's preloads and inline loader out, our loader files in at the end of <body>.
        (dist.page_loader, dist.embed_loader) = loader::write(&dist)?;
    }
    if options.last >= Stage::Embeds {
        // Embed views: their theme before the first paint, and the host page's script.
        embeds::finish(&dist)?;
    }
    if options.last >= Stage::OgImage {
        // A picture of the finished page for link previews, before the files made from the pages.
        dist.og_images = og_image::write(&dist, options)?;
    }
    if options.last >= Stage::Offline {
        // Icons, manifest, the single-file edition, then the service worker over all of it.
        offline::write(&dist)?;
    }
    if options.last >= Stage::Headers {
        // Last: `_headers` names every file, with the caching its name allows.
        headers::write(&dist)?;
    }
    println!(
        "xtask: built {} in {:.1} s",
        dist.dir.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(dist)
}

/// Rewrites the offline files of a folder built earlier from the files now in it (the end-to-end
/// update test edits a copy of dist/ and calls this through `cargo xtask offline-files`).
pub fn rewrite_offline_files(dir: &std::path::Path) -> Result<(), String> {
    offline::write(&Dist::of_folder(dir)?)
}
