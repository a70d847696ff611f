//! The single-file edition `r1-explainer-offline.html`, made from the finished index.html: one
//! HTML file with the CSS, JavaScript and WebAssembly inside, that opens from disk with no server.

use std::cell::Cell;

use lol_html::element;
use lol_html::html_content::ContentType;

use crate::pipeline::dist::Dist;
use crate::scripts;
use crate::site;
use crate::util;

/// Writes the single file and returns its size in bytes.
pub fn write(dist: &Dist) -> Result<u64, String> {
    let index = util::read_text(&dist.dir, site::INDEX)?;
    let text = dist
        .page_text
        .as_deref()
        .ok_or("the build wrote no page text")?;
    let html = single_file_html(&index, &dist.glue, &dist.wasm, text, |name| {
        util::read(&dist.dir, name)
    })?;
    util::write(&dist.dir, site::SINGLE_FILE, &html)?;
    Ok(html.len() as u64)
}

/// Writes the Chinese edition's single file from `zh/index.html` (whose links to the shared
/// files go one folder up, so they are read from there), and returns its size.
pub fn write_chinese(dist: &Dist) -> Result<Option<u64>, String> {
    let Some(text) = dist.chinese_page_text.as_deref() else {
        return Ok(None);
    };
    let folder = dist.dir.join(site::EDITION_FOLDERS[0]);
    let index = util::read_text(&dist.dir, &site::chinese_index())?;
    let text = text.rsplit('/').next().unwrap_or(text);
    let (glue, wasm) = (format!("../{}", dist.glue), format!("../{}", dist.wasm));
    let html = single_file_html(&index, &glue, &wasm, text, |name| util::read(&folder, name))?;
    util::write(&dist.dir, site::CHINESE_SINGLE_FILE, &html)?;
    Ok(Some(html.len() as u64))
}

/// Completes a footer's download link with the single file's size, in the page's own words: the
/// link carries them as `data-size-text` ("Download for offline ({} KB)", src/components/page.rs).
pub fn note_download_size(dist: &Dist, page: &str, bytes: u64) -> Result<(), String> {
    let html = util::read_text(&dist.dir, page)?;
    let kilobytes = ((bytes + 500) / 1000).to_string();
    let mut found = false;
    let html = util::rewrite_html(
        &html,
        vec![element!(DOWNLOAD_LINK, |link| {
            let template = util::attribute(link, "data-size-text")
                .ok_or("the download link has no data-size-text")?;
            found = true;
            let text = template
                .replace("{0}", &kilobytes)
                .replace("{}", &kilobytes);
            link.set_inner_content(&text, ContentType::Text);
            Ok(())
        })],
    )?;
    if !found {
        return Err(format!(
            "{page} has no download link (src/components/page.rs)"
        ));
    }
    util::write(&dist.dir, page, html)
}

/// The download link in the page footer (src/components/page.rs), completed with the size, in a
/// paragraph the single file leaves out (it is the download).
const DOWNLOAD_PARAGRAPH: &str = "p.offline-download";
const DOWNLOAD_LINK: &str = "p.offline-download a[download]";
const EDITION_LINK: &str = "a.edition-link";

/// A URL that names another file of the site (and would be a failed request from disk).
fn is_relative(url: &str) -> bool {
    !(url.is_empty()
        || url.starts_with('#')
        || url.starts_with("data:")
        || url.starts_with("https:")
        || url.starts_with("http:")
        || url.starts_with("mailto:"))
}

fn file_name(url: &str) -> &str {
    url.trim_start_matches("./")
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
}

fn mime(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// Whether a `<meta>` is one of the preview image's (`og:image…`, `twitter:image…`).
fn is_image_meta(meta: &lol_html::html_content::Element<'_, '_>) -> bool {
    let key = util::attribute(meta, "property")
        .or_else(|| util::attribute(meta, "name"))
        .unwrap_or_default();
    key.starts_with("og:image") || key.starts_with("twitter:image")
}

/// Builds the single file from the finished index.html: stylesheets inlined, the favicon as a
/// data: URL, other links to site files (manifest, oEmbed) dropped, the classic scripts, the
/// loader and the glue inlined with the wasm as base64, and the download link removed. Fails if
/// any reference to another file of the site is left, because from disk it would be a failed
/// request.
pub fn single_file_html(
    index: &str,
    glue: &str,
    wasm: &str,
    page_text: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let text = |name: &str| {
        String::from_utf8(read(name)?).map_err(|_| format!("dist/{name} is not UTF-8"))
    };
    // The social preview image is for crawlers reading the published page; from disk a relative
    // address names nothing, so its tags go (an absolute one, to the public copy, may stay).
    let mut image = String::new();
    util::rewrite_html(
        index,
        vec![element!("meta[property=\"og:image\"]", |meta| {
            image = util::attribute(meta, "content").unwrap_or_default();
            Ok(())
        })],
    )?;
    let drop_image_tags = is_relative(&image);
    let (glue_code, init) = inline_glue(&text(glue)?)?;
    // JSON as a data block: `</` written `<\/` (the same string to JSON), so no text in it can
    // close the element.
    let page_text = text(page_text)?
        .replace("</", "<\\/")
        .replace("<!--", "<\\u0021--");
    let inline_loader = format!(
        "<script type=\"application/json\" id=\"r1-page-text\">{page_text}</script>\n<script type=\"application/octet-stream\" id=\"r1-wasm\">{}</script>\n<script type=\"module\">\n{}</script>",
        util::base64(&read(wasm)?),
        scripts::single_file(&glue_code, &init)?
    );
    let loaders = Cell::new(0);

    let html = util::rewrite_html(
        index,
        vec![
            // The site's policy forbids inline script and style, which is all this edition has;
            // opened from disk there is no other origin to guard against, so the policy goes.
            element!("meta[http-equiv=\"Content-Security-Policy\"]", |meta| {
                meta.remove();
                Ok(())
            }),
            element!("link[href]", |link| {
                let href = util::attribute(link, "href").unwrap_or_default();
                if !is_relative(&href) {
                    return Ok(());
                }
                let name = file_name(&href);
                let rel = util::attribute(link, "rel")
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let replacement = match rel.as_str() {
                    "stylesheet" => {
                        let css = text(name)?;
                        if css.contains("</style") || css.contains("url(") {
                            return Err(format!(
                                "dist/{name} has `</style` or `url(`; it cannot be inlined"
                            )
                            .into());
                        }
                        format!("<style>{}</style>", css.trim_end())
                    }
                    "icon" => format!(
                        r#"<link rel="icon" href="data:{};base64,{}">"#,
                        mime(name),
                        util::base64(&read(name)?)
                    ),
                    // The manifest and the oEmbed discovery links name files that are not here.
                    _ => String::new(),
                };
                link.replace(&replacement, ContentType::Html);
                Ok(())
            }),
            element!("meta", |meta| {
                if drop_image_tags && is_image_meta(meta) {
                    meta.remove();
                }
                Ok(())
            }),
            element!("script[src]", |script| {
                let src = util::attribute(script, "src").unwrap_or_default();
                let is_module = util::attribute(script, "type").as_deref() == Some("module");
                if !is_module && is_relative(&src) {
                    // Classic scripts (theme.js) are inlined as they are.
                    let code = text(file_name(&src))?;
                    if code.contains("</script") {
                        return Err(format!(
                            "dist/{src} contains `</script`; it cannot be inlined"
                        )
                        .into());
                    }
                    script.replace(
                        &format!("<script>{}</script>", code.trim_end()),
                        ContentType::Html,
                    );
                } else {
                    // The loader: the wasm data block and one inline module in its place.
                    loaders.set(loaders.get() + 1);
                    script.replace(&inline_loader, ContentType::Html);
                }
                Ok(())
            }),
            // The download link: the reader already has the file.
            element!(DOWNLOAD_PARAGRAPH, |paragraph| {
                paragraph.remove();
                Ok(())
            }),
            // The other edition is a page of the site, not of this file.
            element!(EDITION_LINK, |link| {
                link.remove();
                Ok(())
            }),
        ],
    )?;
    if loaders.get() != 1 {
        return Err(format!(
            "index.html should load exactly one script (the loader), found {}",
            loaders.get()
        ));
    }

    let left = std::cell::RefCell::new(Vec::new());
    util::rewrite_html(
        &html,
        vec![
            element!("img[src], source[src], script[src]", |element| {
                left.borrow_mut()
                    .push((element.tag_name(), util::attribute(element, "src")));
                Ok(())
            }),
            element!("link[href]", |link| {
                left.borrow_mut()
                    .push((link.tag_name(), util::attribute(link, "href")));
                Ok(())
            }),
            // Of <meta>s only the image tags name files; the others hold text.
            element!("meta[content]", |meta| {
                let key =
                    util::attribute(meta, "property").or_else(|| util::attribute(meta, "name"));
                if matches!(key.as_deref(), Some("og:image" | "twitter:image")) {
                    left.borrow_mut()
                        .push((meta.tag_name(), util::attribute(meta, "content")));
                }
                Ok(())
            }),
        ],
    )?;
    if let Some((tag, url)) = left
        .into_inner()
        .into_iter()
        .find_map(|(tag, url)| url.filter(|url| is_relative(url)).map(|url| (tag, url)))
    {
        return Err(format!(
            "the single-file edition still loads `{url}` from a <{tag}>"
        ));
    }
    Ok(html)
}

/// wasm-bindgen's glue made fit to share one inline module with the loader: its closing
/// `export { …, X as default };` is removed, and X (the init function) returned; exported
/// functions lose their `export`. Anything else the inlining cannot keep (imports, other
/// exports, a `</script`) stops the build rather than break the file. (A line-by-line edit of
/// wasm-bindgen's output, which has this one shape; the build fails if it ever changes.)
pub fn inline_glue(glue: &str) -> Result<(String, String), String> {
    let mut init = None;
    let mut kept = String::with_capacity(glue.len());
    for line in glue.lines() {
        let trimmed = line.trim_start();
        if let Some(list) = trimmed
            .strip_prefix("export {")
            .and_then(|rest| rest.trim_end().strip_suffix("};"))
        {
            init = list
                .split(',')
                .find_map(|item| item.trim().strip_suffix(" as default"))
                .map(|name| name.trim().to_owned());
            continue;
        }
        if let Some(name) = trimmed
            .strip_prefix("export default ")
            .and_then(|rest| rest.trim_end().strip_suffix(';'))
        {
            init = Some(name.trim().to_owned());
            continue;
        }
        // The wasm's exported functions (`mount`) stay, as plain functions of the one module.
        if let Some(function) = trimmed.strip_prefix("export function ") {
            kept += &line[..line.len() - trimmed.len()];
            kept += "function ";
            kept += function;
            kept.push('\n');
            continue;
        }
        if trimmed.starts_with("export ") || trimmed.starts_with("import ") {
            return Err(format!(
                "the JS glue has `{}`, which the single-file edition cannot inline",
                trimmed.chars().take(60).collect::<String>()
            ));
        }
        kept += line;
        kept.push('\n');
    }
    if kept.contains("</script") || kept.contains("<!--") {
        return Err("the JS glue contains `</script` or `<!--`; it cannot be inlined".into());
    }
    let init = init.ok_or("the JS glue has no default export (its init function)")?;
    Ok((kept, init))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_loses_its_export_and_names_its_init() {
        let glue = "let wasm;\nasync function __wbg_init(x) {}\nfunction initSync() {}\n\nexport { initSync, __wbg_init as default };\n";
        let (kept, init) = inline_glue(glue).unwrap();
        assert_eq!(init, "__wbg_init");
        assert!(!kept.contains("export"));
        assert!(kept.contains("async function __wbg_init"));
        assert!(inline_glue("import x from './y.js';\nexport default x;\n").is_err());
        assert!(inline_glue("export class A {}\nexport default A;\n").is_err());
        let (kept, _) =
            inline_glue("export function mount(keys) {}\nexport { mount, i as default };\n")
                .unwrap();
        assert_eq!(kept, "function mount(keys) {}\n");
    }

    #[test]
    fn the_single_file_inlines_everything_and_references_no_other_file() {
        let index = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
  <meta property="og:title" content="T">
  <meta property="og:description" content="D">
  <meta property="og:image" content="og-image-0123456789abcdef.png">
  <meta property="og:image:width" content="1200">
  <meta name="twitter:image" content="og-image-0123456789abcdef.png">
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
  <link rel="manifest" href="manifest.webmanifest">
  <link rel="alternate" type="application/json+oembed" href="oembed-cost.json">
  <link rel="stylesheet" href="./main-0123456789abcdef.css" integrity="sha384-x"/>
  <script src="theme.js"></script>
</head>
<body><div id="app"><footer><p class="offline-download"><a href="r1-explainer-offline.html" download="r1-explainer-offline.html">Download for offline</a></p><p>kept</p></footer></div>
<script type="module" src="./boot-fedcba9876543210.js"></script>
</body>
</html>"#;
        let read = |name: &str| -> Result<Vec<u8>, String> {
            Ok(match name {
                "favicon.svg" => b"<svg/>".to_vec(),
                "theme.js" => b"document.documentElement.dataset.js = '';\n".to_vec(),
                "main-0123456789abcdef.css" => b"body { color: red; }\n".to_vec(),
                "glue-0123456789abcdef.js" => {
                    b"async function __wbg_init() {}\nexport { __wbg_init as default };\n".to_vec()
                }
                "glue-0123456789abcdef_bg.wasm" => vec![0, 0x61, 0x73, 0x6d],
                "page-text-0123456789abcdef.json" => {
                    br#"{"terms":{"a":"x </script> <!-- y"}}"#.to_vec()
                }
                other => return Err(format!("unexpected read of {other}")),
            })
        };
        let (glue, wasm) = ("glue-0123456789abcdef.js", "glue-0123456789abcdef_bg.wasm");
        let text = "page-text-0123456789abcdef.json";
        let html = single_file_html(index, glue, wasm, text, read).unwrap();
        assert!(html.contains(r#"<script type="application/json" id="r1-page-text">{"terms":{"a":"x <\/script> <\u0021-- y"}}</script>"#));
        assert!(html.contains("<style>body { color: red; }</style>"));
        assert!(html.contains(r#"<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+">"#));
        assert!(html.contains("<script>document.documentElement.dataset.js = '';</script>"));
        assert!(!html.contains("http-equiv"), "no policy");
        assert!(!html.contains("manifest.webmanifest"));
        assert!(!html.contains("oembed-cost.json"));
        assert!(
            !html.contains("og-image-"),
            "the relative preview image is dropped"
        );
        assert!(!html.contains("og:image:width"));
        assert!(html.contains(r#"<meta property="og:description" content="D">"#));
        // An absolute preview (PUBLIC_URL) names the public copy, not a file beside this one.
        let absolute = index.replace(
            "content=\"og-image-0123456789abcdef.png\"",
            "content=\"https://example.org/r1/og-image-0123456789abcdef.png\"",
        );
        let kept = single_file_html(&absolute, glue, wasm, text, read).unwrap();
        assert!(kept.contains(r#"<meta property="og:image" content="https://example.org/r1/og-image-0123456789abcdef.png">"#));
        assert!(kept.contains(r#"<meta property="og:image:width" content="1200">"#));
        assert!(!html.contains("offline-download"));
        assert!(html.contains("<p>kept</p>"));
        assert!(html
            .contains(r#"<script type="application/octet-stream" id="r1-wasm">AGFzbQ==</script>"#));
        assert!(html.contains("__wbg_init({ module_or_path: bytes })"));
        assert!(!html.contains("serviceWorker"));
        assert!(!html.contains("src=\""));
        let broken = index.replace("</body>", "<img src=\"chart.png\"></body>");
        assert!(single_file_html(&broken, glue, wasm, text, read).is_err());
        let two = index.replace(
            "</body>",
            "<script type=\"module\" src=\"./x.js\"></script></body>",
        );
        assert!(single_file_html(&two, glue, wasm, text, read).is_err());
    }
}
