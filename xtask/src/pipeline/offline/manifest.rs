//! `manifest.webmanifest`, so readers can install the explainer: its name and description are read
//! from index.html's own head, so there is one copy of each.

use lol_html::{element, text};
use serde::Serialize;

use crate::pipeline::dist::Dist;
use crate::pipeline::offline::icons;
use crate::site;
use crate::util;

/// The page background, which the `theme-color` tags in index.html share.
const BACKGROUND: &str = "#ffffff";

#[derive(Serialize)]
struct Manifest {
    id: &'static str,
    name: String,
    short_name: &'static str,
    description: String,
    lang: &'static str,
    start_url: &'static str,
    scope: &'static str,
    display: &'static str,
    background_color: &'static str,
    theme_color: &'static str,
    icons: Vec<Icon>,
}

#[derive(Serialize)]
struct Icon {
    src: String,
    sizes: String,
    #[serde(rename = "type")]
    mime: &'static str,
}

pub fn write(dist: &Dist) -> Result<(), String> {
    let html = util::read_text(&dist.dir, site::INDEX)?;
    let json = manifest(&html)?;
    util::write(&dist.dir, site::MANIFEST, json)
}

/// The manifest for a page, as JSON.
pub fn manifest(html: &str) -> Result<String, String> {
    let mut title = String::new();
    let mut description = None;
    util::rewrite_html(
        html,
        vec![
            text!("head > title", |chunk| {
                title.push_str(chunk.as_str());
                Ok(())
            }),
            element!("meta[name=description]", |meta| {
                description = util::attribute(meta, "content");
                Ok(())
            }),
        ],
    )?;
    if title.is_empty() {
        return Err(format!("{} has no <title>", site::INDEX));
    }
    let description =
        description.ok_or_else(|| format!("{} has no description <meta>", site::INDEX))?;
    let mut icons: Vec<Icon> = icons::SIZES
        .iter()
        .map(|size| Icon {
            src: icons::name(*size),
            sizes: format!("{size}x{size}"),
            mime: "image/png",
        })
        .collect();
    icons.push(Icon {
        src: "favicon.svg".into(),
        sizes: "any".into(),
        mime: "image/svg+xml",
    });
    let manifest = Manifest {
        id: "./",
        // A title's text is not parsed for tags, but its entities are decoded as everywhere else.
        name: html_escape::decode_html_entities(&title).into_owned(),
        short_name: "R1 explainer",
        description,
        lang: "en",
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: BACKGROUND,
        theme_color: BACKGROUND,
        icons,
    };
    serde_json::to_string_pretty(&manifest)
        .map(|json| json + "\n")
        .map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_takes_the_pages_name_and_description() {
        let html = r#"<html><head><title>R1 &amp; o1</title><meta name="description" content="What &quot;cheap&quot; means"></head><body><title>not this</title></body></html>"#;
        let json: serde_json::Value = serde_json::from_str(&manifest(html).unwrap()).unwrap();
        assert_eq!(json["name"], "R1 & o1");
        assert_eq!(json["description"], r#"What "cheap" means"#);
        assert_eq!(json["start_url"], "./");
        assert_eq!(json["icons"][0]["src"], "icon-192.png");
        assert_eq!(json["icons"][2]["type"], "image/svg+xml");
        assert!(manifest("<html><head></head></html>").is_err());
    }
}
