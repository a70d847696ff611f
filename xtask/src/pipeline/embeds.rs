//! Stage 4, the embed views (`embed-<view>.html`, written by the prerender, their loader by the
//! loader stage): the theme the host asked for is applied before the first paint, and the host
//! page's script `embed.js` is copied beside them.

use crate::pipeline::dist::Dist;
use crate::site;
use crate::util;

pub fn finish(dist: &Dist) -> Result<(), String> {
    let chinese = dist.chinese_embeds()?;
    for view in dist.embeds.iter().chain(&chinese) {
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
    // Beside each edition's views: a snippet names the host script by the page's own folder.
    let folders = std::iter::once(String::new()).chain(
        site::EDITION_FOLDERS
            .iter()
            .filter(|folder| dist.dir.join(folder).is_dir())
            .map(|folder| format!("{folder}/")),
    );
    for folder in folders {
        for (source, target) in [
            ("assets/embed/host.js", site::EMBED_HOST_SCRIPT),
            ("assets/embed/theme.js", site::EMBED_THEME_SCRIPT),
        ] {
            std::fs::copy(
                util::root().join(source),
                dist.dir.join(&folder).join(target),
            )
            .map_err(|error| format!("cannot copy {source} to {folder}: {error}"))?;
        }
    }
    println!(
        "xtask: finished {} embed views and wrote {}",
        dist.embeds.len(),
        site::EMBED_HOST_SCRIPT
    );
    Ok(())
}
