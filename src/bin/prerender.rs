//! Native prerender: fills the `<div id="app">` of Trunk's `dist/index.html` with the rendered page,
//! so every section is in the HTML before any script runs, and writes one `embed-<view>.html` per
//! embeddable view from the same shell.
//!
//! Usage: `prerender <dist/index.html> <page text>` (rewrites the page in place, writes the embed
//! pages beside it, and the islands' page text as JSON where the build asks).

// The Chinese edition is written natively only; the wasm test tier compiles this file too.
#![cfg_attr(target_arch = "wasm32", allow(unused_imports, dead_code))]

use std::path::Path;
use std::process::ExitCode;

use r1_explainer::content::embeds::EmbedView;
use r1_explainer::model::embed::{attribute, snippet};
use r1_explainer::model::locale::{self, Locale};

const APP_ROOT: &str = r#"<div id="app"></div>"#;

fn main() -> ExitCode {
    let (Some(path), Some(text)) = (std::env::args().nth(1), std::env::args().nth(2)) else {
        eprintln!("usage: prerender <path to dist/index.html> <path of the page text to write>");
        return ExitCode::FAILURE;
    };
    match prerender(Path::new(&path), Path::new(&text)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(index: &Path, page_text: &Path) -> Result<(), String> {
    let shell = std::fs::read_to_string(index)
        .map_err(|error| format!("cannot read {}: {error}", index.display()))?;
    if shell.matches(APP_ROOT).count() != 1 {
        return Err(format!(
            "{} must contain exactly one empty {APP_ROOT}",
            index.display()
        ));
    }
    // oEmbed consumers need absolute addresses: set PUBLIC_URL (e.g. https://example.org/r1/) when
    // building for a known host; without it the documents use addresses relative to the site.
    let base = r1_explainer::model::embed::public_url().unwrap_or_default();
    let body = r1_explainer::render_page();
    let page = shell.replacen(APP_ROOT, &format!(r#"<div id="app">{body}</div>"#), 1);
    write(
        index,
        &with_alternates(
            &with_oembed_link(
                &with_canonical(&with_json_ld(&page), &base),
                &base,
                EmbedView::Explainer.key(),
                "The whole explainer",
            ),
            &base,
        ),
    )?;
    write_chinese_edition(index, &shell, &base, page_text)?;
    println!(
        "prerender: wrote {} bytes of page into {}",
        body.len(),
        index.display()
    );

    let folder = index.parent().ok_or("index.html has no folder")?;
    for (view, spec) in EmbedView::all() {
        let body = r1_explainer::render_embed(view);
        let page = shell
            .replacen(APP_ROOT, &format!(r#"<div id="app">{body}</div>"#), 1)
            .replacen("<body>", r#"<body class="embed">"#, 1)
            .replacen("<title>", &format!("<title>{} · ", spec.title), 1);
        write(
            &folder.join(format!("embed-{}.html", view.key())),
            &with_oembed_link(&page, &base, view.key(), spec.title),
        )?;
        write(
            &folder.join(format!("oembed-{}.json", view.key())),
            &oembed_json(&base, view.key(), spec.title, spec.default_height),
        )?;
    }
    println!("prerender: wrote {} embed views", EmbedView::all().count());
    // What the islands show but do not carry (src/model/page_text.rs); the build gives it a
    // hashed name and hands that to the loader.
    let text =
        serde_json::to_string(&r1_explainer::page_text()).map_err(|error| error.to_string())?;
    write(page_text, &text)?;
    Ok(())
}

/// The Chinese edition, `zh/index.html`: the same components rendered in Chinese, in the same
/// shell with its head in Chinese and its links to the shared files one folder up, and the page
/// text its islands read (with their words: `model::locale`) beside it.
#[cfg(target_arch = "wasm32")]
fn write_chinese_edition(_: &Path, _: &str, _: &str, _: &Path) -> Result<(), String> {
    // Only ever run natively; compiled for the wasm target by the wasm test tier alone.
    Ok(())
}

#[cfg(not(target_arch = "wasm32"))]
fn write_chinese_edition(
    index: &Path,
    shell: &str,
    base: &str,
    english_text: &Path,
) -> Result<(), String> {
    let translations = r1_explainer::content::zh::translations()?;
    let _ = locale::take_misses();
    let (body, head, mut text) = locale::render_in(Locale::Zh, Some(translations), || {
        (
            r1_explainer::render_page(),
            with_json_ld(shell),
            r1_explainer::page_text(),
        )
    });
    // The islands' words come with their page text (src/model/page_text.rs).
    text.words = r1_explainer::content::zh::edition()?.islands.clone();
    let misses = locale::take_misses();
    if !misses.is_empty() {
        // The parity test fails on these; the build says so too, and still writes the page.
        eprintln!(
            "prerender: {} English strings have no Chinese yet, first: {:?}",
            misses.len(),
            &misses[..misses.len().min(5)]
        );
    }
    let page = in_chinese(
        head.replacen(APP_ROOT, &format!(r#"<div id="app">{body}</div>"#), 1),
        translations,
    );
    let page = with_alternates(
        &with_canonical(&page, &format!("{base}{}", Locale::Zh.folder())),
        base,
    );
    let folder = index
        .parent()
        .ok_or("index.html has no folder")?
        .join(Locale::Zh.files().folder);
    std::fs::create_dir_all(&folder)
        .map_err(|error| format!("cannot make {}: {error}", folder.display()))?;
    let whole = locale::render_in(Locale::Zh, Some(translations), || {
        EmbedView::Explainer
            .spec()
            .map_or("", |spec| locale::tr(spec.title))
    });
    let link_base = if base.is_empty() {
        String::new()
    } else {
        format!("{base}{}", Locale::Zh.folder())
    };
    write(
        &folder.join("index.html"),
        &with_oembed_link(&page, &link_base, EmbedView::Explainer.key(), whole),
    )?;
    let name = english_text
        .file_name()
        .ok_or("the page text needs a file name")?;
    let text = serde_json::to_string(&text).map_err(|error| error.to_string())?;
    write(&folder.join(name), &text)?;
    // The embed views in Chinese, for a Chinese blog: zh/embed-<view>.html and their oEmbed files.
    let zh_base = format!("{base}{}", Locale::Zh.folder());
    // A page's discovery link is read from the page: relative to its own folder when the public
    // address is not known.
    let link_base = if base.is_empty() {
        String::new()
    } else {
        zh_base.clone()
    };
    for (view, spec) in EmbedView::all() {
        let (body, title) = locale::render_in(Locale::Zh, Some(translations), || {
            (r1_explainer::render_embed(view), locale::tr(spec.title))
        });
        let page = shell
            .replacen(APP_ROOT, &format!(r#"<div id="app">{body}</div>"#), 1)
            .replacen("<body>", r#"<body class="embed">"#, 1);
        let page =
            in_chinese(page, translations).replacen("<title>", &format!("<title>{title} · "), 1);
        write(
            &folder.join(format!("embed-{}.html", view.key())),
            &with_oembed_link(&page, &link_base, view.key(), title),
        )?;
        write(
            &folder.join(format!("oembed-{}.json", view.key())),
            &oembed_json(&zh_base, view.key(), title, spec.default_height),
        )?;
    }
    println!(
        "prerender: wrote the Chinese edition ({} bytes of page, {} of page text, {} embed views)",
        body.len(),
        text.len(),
        EmbedView::all().count()
    );
    Ok(())
}

/// A page of the shell in the Chinese edition's folder: its language, its head's words, and its
/// links to the shared files one folder up.
#[cfg(not(target_arch = "wasm32"))]
fn in_chinese(
    mut page: String,
    translations: &'static r1_explainer::model::locale::Translations,
) -> String {
    let meta = |key: &str| {
        locale::render_in(Locale::Zh, Some(translations), || {
            locale::lookup(&format!("page_meta::{key}")).unwrap_or_default()
        })
    };
    page = page.replacen(r#"<html lang="en">"#, r#"<html lang="zh-CN">"#, 1);
    page = replace_between(&page, "<title>", "</title>", meta("title"));
    for (attribute, key) in [
        (r#"name="description""#, "description"),
        (r#"property="og:title""#, "og:title"),
        (r#"property="og:description""#, "og:description"),
        (r#"name="twitter:title""#, "twitter:title"),
        (r#"name="twitter:description""#, "twitter:description"),
    ] {
        page = replace_between(&page, &format!(r#"{attribute} content=""#), "\"", meta(key));
    }
    // In the head only: the body's own links (`./#anchor`) stay in the edition.
    let split = page.find("</head>").unwrap_or(0);
    let (mut head, body) = (page[..split].to_owned(), &page[split..]);
    for (from, to) in [
        (r#"href="./"#, r#"href="../"#),
        (r#"src="theme.js""#, r#"src="../theme.js""#),
        (r#"href="favicon.svg""#, r#"href="../favicon.svg""#),
        (
            r#"href="manifest.webmanifest""#,
            r#"href="../manifest.webmanifest""#,
        ),
    ] {
        head = head.replace(from, to);
    }
    head + body
}

/// `page` with the text between the first `start` and the `end` after it replaced.
fn replace_between(page: &str, start: &str, end: &str, value: &str) -> String {
    let Some(open) = page.find(start).map(|at| at + start.len()) else {
        return page.to_owned();
    };
    let Some(close) = page[open..].find(end).map(|at| open + at) else {
        return page.to_owned();
    };
    format!("{}{}{}", &page[..open], attribute(value), &page[close..])
}

/// Links each edition to the other (`hreflang`) for search engines. Like the canonical link, an
/// alternate counts only with an absolute address (Google ignores relative ones and Lighthouse's
/// hreflang audit fails them), so they are written only when the public address is known; readers
/// always have the visible language link.
fn with_alternates(page: &str, base: &str) -> String {
    if !is_absolute(base) {
        return page.to_owned();
    }
    let links: String = Locale::ALL
        .into_iter()
        .map(|edition| {
            format!(
                "  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                edition.lang(),
                attribute(&format!("{base}{}", edition.folder()))
            )
        })
        .collect();
    page.replacen("</head>", &format!("{links}</head>"), 1)
}

/// Whether the public address is known: a relative base names nothing outside this copy.
fn is_absolute(base: &str) -> bool {
    base.starts_with("https://") || base.starts_with("http://")
}

/// Adds a schema.org `Article` (JSON-LD) with the data version date to the page's head. It is data,
/// not script: browsers never run it, so the Content-Security-Policy has nothing to block.
fn with_json_ld(page: &str) -> String {
    use r1_explainer::content::{STANDFIRST, TITLE};
    use r1_explainer::data::DATA_VERSION;
    use r1_explainer::model::locale::{current, tr};
    use r1_explainer::model::template::{parse, Segment};
    let description: String = parse(tr(STANDFIRST))
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) | Segment::Emphasis(text) | Segment::Link { text, .. } => {
                text.to_owned()
            }
            Segment::FactValue(id) => r1_explainer::data::fact(id)
                .map(|fact| fact.display())
                .unwrap_or_default(),
            Segment::FactDate(id) => r1_explainer::data::fact(id)
                .map(|fact| fact.date.long())
                .unwrap_or_default(),
        })
        .collect();
    let json = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": tr(TITLE),
        "description": description,
        "inLanguage": current().lang(),
        "dateModified": DATA_VERSION.to_string(),
        "version": DATA_VERSION.to_string(),
        "about": ["DeepSeek-R1", "OpenAI o1", "OpenAI o3"],
        "isAccessibleForFree": true,
    })
    .to_string()
    // `</` inside a script block would end it early.
    .replace("</", "<\\/");
    page.replacen(
        "</head>",
        &format!("  <script type=\"application/ld+json\">{json}</script>\n</head>"),
        1,
    )
}

/// A canonical link must be absolute to count, so it is written only when the public address is
/// known (PUBLIC_URL); a relative one would fail search engines' and Lighthouse's checks.
fn with_canonical(page: &str, base: &str) -> String {
    if is_absolute(base) {
        page.replacen(
            "</head>",
            &format!(
                "  <link rel=\"canonical\" href=\"{}\">\n</head>",
                attribute(base)
            ),
            1,
        )
    } else {
        page.to_owned()
    }
}

/// Adds the oEmbed discovery tag to a page's head.
fn with_oembed_link(page: &str, base: &str, key: &str, title: &str) -> String {
    let link = format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}" title="{}">"#,
        attribute(&format!("{base}oembed-{key}.json")),
        attribute(title)
    );
    page.replacen("</head>", &format!("  {link}\n</head>"), 1)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// A static oEmbed 1.0 "rich" response for a view.
fn oembed_json(base: &str, key: &str, title: &str, height: u32) -> String {
    let json = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "r1-explainer",
        "provider_url": base,
        "title": title,
        "html": snippet(base, key, "", title, height),
        "width": 720,
        "height": height,
    });
    format!("{json}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oembed_is_json_with_the_snippet() {
        let json: serde_json::Value = serde_json::from_str(&oembed_json(
            "https://example.org/",
            "timeline",
            "Dates \"1\"",
            900,
        ))
        .unwrap();
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["title"], "Dates \"1\"");
        assert_eq!(json["height"], 900);
        assert!(json["html"]
            .as_str()
            .unwrap()
            .contains("src=\"https://example.org/embed-timeline.html\""));
    }

    #[test]
    fn editions_name_each_other_for_search_engines_only_at_an_absolute_address() {
        let head = "<head></head>";
        assert_eq!(with_alternates(head, ""), head);
        assert_eq!(with_alternates(head, "./"), head);
        let linked = with_alternates(head, "https://example.org/r1/");
        assert!(linked.contains(r#"hreflang="en" href="https://example.org/r1/""#));
        assert!(linked.contains(r#"hreflang="zh-CN" href="https://example.org/r1/zh/""#));
    }
}
