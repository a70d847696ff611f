//! Finishes the embed views the prerender wrote (`embed-<view>.html`): their loader starts the
//! wasm only near the viewport and talks to the host page; the theme is applied before first
//! paint; and the host script `embed.js` is copied beside them.

use std::path::Path;

use crate::build::finish_html_with;
use crate::root;

const VIEW_SCRIPT: &str = include_str!("../../assets/embed/view.js");

/// The embed view's loader: defines `start` (the wasm) and hands it to the view script, which
/// calls it when the embed scrolls near the viewport.
pub fn embed_boot_script(glue: &str, wasm: &str) -> String {
    let islands = crate::build::islands_script(glue, wasm);
    let share = crate::build::SHARE_SCRIPT;
    format!(
        r#"{islands}
{share}
function start() {{
  startIslands().catch((error) => {{
    document.documentElement.dataset.wasm = 'failed';
    console.warn('r1-explainer: the interactive parts could not start; the view stays readable.', error);
  }});
}}

{VIEW_SCRIPT}"#
    )
}

pub fn finish_embeds(dist: &Path) -> Result<(), String> {
    let mut pages: Vec<_> = std::fs::read_dir(dist)
        .map_err(|error| error.to_string())?
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("embed-") && name.ends_with(".html"))
        })
        .collect();
    pages.sort();
    for page in &pages {
        finish_html_with(page, embed_boot_script, "embed-boot")?;
        let html = std::fs::read_to_string(page).map_err(|error| error.to_string())?;
        // Before the stylesheets, so the chosen theme is in place for the first paint.
        let html = html.replacen(
            "<meta charset=\"utf-8\">",
            "<meta charset=\"utf-8\">\n  <script src=\"./embed-theme.js\"></script>",
            1,
        );
        std::fs::write(page, html).map_err(|error| error.to_string())?;
    }
    for (source, target) in [
        ("assets/embed/host.js", "embed.js"),
        ("assets/embed/theme.js", "embed-theme.js"),
    ] {
        std::fs::copy(root().join(source), dist.join(target))
            .map_err(|error| format!("cannot copy {source}: {error}"))?;
    }
    println!(
        "xtask: finished {} embed views and wrote embed.js",
        pages.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_loader_defers_start_to_the_view_script() {
        let script = embed_boot_script(
            "./glue-0123456789abcdef.js",
            "./glue-0123456789abcdef_bg.wasm",
        );
        assert!(script.starts_with(crate::build::EARLY_INPUT_SCRIPT));
        assert!(script
            .contains("const glueUrl = new URL('./glue-0123456789abcdef.js', import.meta.url)"));
        assert!(script.contains("function startIslands()"));
        assert!(script.contains("function start()"));
        assert!(script.contains("new IntersectionObserver"));
        assert!(script.contains("type: 'r1-explainer:resize'"));
        assert!(script.contains("sentinel: 'amp', type: 'embed-size'"));
    }
}
