//! Stage 4, the embed views (`embed-<view>.html`, written by the prerender, their loader by the
//! loader stage): the theme the host asked for is applied before the first paint, and the host
//! page's script `embed.js` is copied beside them.

use crate::pipeline::dist::Dist;
use crate::site;
use crate::util;

pub fn finish(dist: &Dist) -> Result<(), String> {
    for view in &dist.embeds {
        let html = util::read_text(&dist.dir, view)?;
        // Right after the charset, before the stylesheets, so the theme is in place for the first
        // paint.
        let html = util::insert_after(
            &html,
            "meta[charset]",
            &format!(
                "\n  <script src=\"./{}\"></script>",
                site::EMBED_THEME_SCRIPT
            ),
        )
        .map_err(|error| format!("{view}: {error}"))?;
        util::write(&dist.dir, view, html)?;
    }
    for (source, target) in [
        ("assets/embed/host.js", site::EMBED_HOST_SCRIPT),
        ("assets/embed/theme.js", site::EMBED_THEME_SCRIPT),
    ] {
        std::fs::copy(util::root().join(source), dist.dir.join(target))
            .map_err(|error| format!("cannot copy {source}: {error}"))?;
    }
    println!(
        "xtask: finished {} embed views and wrote {}",
        dist.embeds.len(),
        site::EMBED_HOST_SCRIPT
    );
    Ok(())
}
