//! Stage 3, the loader: every page loses Trunk's preload hints and inline module loader, gains the
//! Content-Security-Policy `<meta>`, and loads our loader file at the end of `<body>` instead:
//! `boot-<hash>.js` on the full page, `embed-boot-<hash>.js` on the embed views.
//!
//! Measured (toolchain.md): with the preloads in `<head>`, Lighthouse's simulated LCP was 2.6× the
//! static copy's; without them it matched. A file, unlike inline script, also works under a
//! Content-Security-Policy without 'unsafe-inline'.

use lol_html::element;
use lol_html::html_content::ContentType;

use crate::minify;
use crate::pipeline::dist::Dist;
use crate::scripts;
use crate::site;
use crate::util;

/// Writes the loaders and points the pages at them; returns their names (page, embeds).
pub fn write(dist: &Dist) -> Result<(Option<String>, Option<String>), String> {
    let (glue, wasm) = (format!("./{}", dist.glue), format!("./{}", dist.wasm));
    let text = format!(
        "./{}",
        dist.page_text
            .as_deref()
            .ok_or("the prerender wrote no page text")?
    );
    let files = scripts::LoaderFiles {
        glue: &glue,
        wasm: &wasm,
        text: &text,
    };
    let page = write_loader(dist, "boot", &scripts::page_loader(&files)?)?;
    finish_page(dist, site::INDEX, &page)?;
    // The Chinese edition: the same loader beside the English one (the service worker it
    // registers must sit at the root), reading the Chinese page text.
    if let Some(chinese_text) = &dist.chinese_page_text {
        let text = format!("./{chinese_text}");
        let files = scripts::LoaderFiles {
            text: &text,
            ..files
        };
        let loader = write_loader(dist, "zh-boot", &scripts::page_loader(&files)?)?;
        let index = site::chinese_index();
        let html = util::read_text(&dist.dir, &index)?;
        let finished = rewrite(&html, Some(&format!("../{loader}")))
            .map_err(|error| format!("{index}: {error}"))?;
        util::write(&dist.dir, &index, finished)?;
        let views = dist.chinese_embeds()?;
        if !views.is_empty() {
            let loader = write_loader(dist, "zh-embed-boot", &scripts::embed_loader(&files)?)?;
            for view in views {
                let html = util::read_text(&dist.dir, &view)?;
                let finished = rewrite(&html, Some(&format!("../{loader}")))
                    .map_err(|error| format!("{view}: {error}"))?;
                util::write(&dist.dir, &view, finished)?;
            }
        }
    }
    if dist.embeds.is_empty() {
        return Ok((Some(page), None));
    }
    let embed = write_loader(dist, "embed-boot", &scripts::embed_loader(&files)?)?;
    for view in &dist.embeds {
        finish_page(dist, view, &embed)?;
    }
    Ok((Some(page), Some(embed)))
}

/// Minified: the loader is on every page's first screen (`minify`).
fn write_loader(dist: &Dist, prefix: &str, script: &str) -> Result<String, String> {
    let script = minify::module(script).map_err(|error| format!("{prefix} loader: {error}"))?;
    let name = util::hashed_name(prefix, script.as_bytes(), "js");
    util::write(&dist.dir, &name, script)?;
    Ok(name)
}

fn finish_page(dist: &Dist, page: &str, loader: &str) -> Result<(), String> {
    let html = util::read_text(&dist.dir, page)?;
    let finished = with_loader(&html, loader).map_err(|error| format!("{page}: {error}"))?;
    util::write(&dist.dir, page, finished)
}

/// The page with Trunk's loader swapped for `loader`.
pub fn with_loader(html: &str, loader: &str) -> Result<String, String> {
    rewrite(html, Some(loader))
}

/// The page without Trunk's loader and preloads, under the policy, loading `loader` if any.
fn rewrite(html: &str, loader: Option<&str>) -> Result<String, String> {
    let mut trunk_loaders = 0;
    let mut charsets = 0;
    let tag = loader
        .map(|loader| {
            let path = if loader.starts_with("../") {
                loader.to_owned()
            } else {
                format!("./{loader}")
            };
            format!("<script type=\"module\" src=\"{path}\"></script>\n")
        })
        .unwrap_or_default();
    let csp = format!("\n  {}", site::csp_meta());
    let out = util::rewrite_html(
        html,
        vec![
            element!("link[rel=modulepreload], link[rel=preload]", |link| {
                link.remove();
                Ok(())
            }),
            element!("script[type=module]:not([src])", |script| {
                trunk_loaders += 1;
                script.remove();
                Ok(())
            }),
            element!("meta[charset]", |meta| {
                charsets += 1;
                meta.after(&csp, ContentType::Html);
                Ok(())
            }),
            element!("body", |body| {
                body.append(&tag, ContentType::Html);
                Ok(())
            }),
        ],
    )?;
    if trunk_loaders == 0 {
        return Err("Trunk's inline module loader was not found".into());
    }
    if charsets != 1 {
        return Err("the page should have one <meta charset>".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunks_loader_and_preloads_give_way_to_ours_under_the_policy() {
        let trunk = "<!doctype html>\n<html><head>\n  <meta charset=\"utf-8\">\n  <link rel=\"modulepreload\" href=\"./g-0123456789abcdef.js\" crossorigin=\"anonymous\">\n  <link rel=\"preload\" href=\"./g-0123456789abcdef_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\n  <link rel=\"stylesheet\" href=\"./main-0123456789abcdef.css\">\n  <script type=\"application/ld+json\">{\"a\":\"</p>\"}</script>\n</head>\n<body><p>text</p>\n<script type=\"module\">\nimport init from './g-0123456789abcdef.js';\nawait init({ module_or_path: './g-0123456789abcdef_bg.wasm' });\n</script></body></html>";
        let html = with_loader(trunk, "boot-fedcba9876543210.js").unwrap();
        assert!(!html.contains("preload"));
        assert!(!html.contains("import init"));
        assert!(html.contains("main-0123456789abcdef.css"));
        assert!(html.contains("application/ld+json"), "data blocks stay");
        assert!(html.contains(&format!("<meta charset=\"utf-8\">\n  {}", site::csp_meta())));
        assert!(html.ends_with(
            "<script type=\"module\" src=\"./boot-fedcba9876543210.js\"></script>\n</body></html>"
        ));
        assert!(with_loader("<html><body></body></html>", "b.js").is_err());
    }
}
