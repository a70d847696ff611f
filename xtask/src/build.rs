//! `cargo xtask build`: Trunk builds the wasm and assets offline, the native prerender fills the
//! page, and a finishing pass moves the loader out of the critical path.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crate::root;
use crate::tools::{self, run};

pub fn build() -> Result<(), String> {
    let started = Instant::now();
    tools::ensure_wasm_target()?;
    tools::ensure_trunk()?;
    tools::ensure_wasm_bindgen()?;
    tools::ensure_wasm_opt()?;

    // Trunk runs cargo offline; fetch first so a fresh clone has every crate in the cache.
    run(Command::new("cargo").arg("fetch").current_dir(root()))?;
    run(Command::new("trunk")
        .args(["build", "--release", "--offline"])
        .env("PATH", tools::tool_path())
        .current_dir(root()))?;

    let index = root().join("dist/index.html");
    run(Command::new("cargo")
        .args([
            "run",
            "--quiet",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
        ])
        .arg(&index)
        .current_dir(root()))?;
    finish_html(&index)?;
    crate::embed::finish_embeds(&root().join("dist"))?;
    crate::offline::write_offline_files(&root().join("dist"))?;
    write_headers(&root().join("dist"))?;
    // Last, so the preview is a picture of the finished site; the tags it adds change the pages,
    // so the files generated from them (service worker, single file, headers) are written again.
    if crate::og_image::write_og_image(&root().join("dist"))? {
        crate::offline::write_offline_files(&root().join("dist"))?;
        write_headers(&root().join("dist"))?;
    }
    println!(
        "xtask: built dist/ in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Removes Trunk's preload hints and moves its inline module loader into a file loaded at the end
/// of `<body>`. Measured (toolchain.md): with the preloads in `<head>`, Lighthouse's simulated LCP
/// was 2.6× the static copy's; without them it matched. A file, unlike inline script, also works
/// under a Content-Security-Policy without 'unsafe-inline'.
pub fn finish_html(index: &Path) -> Result<(), String> {
    finish_html_with(index, boot_script, "boot")
}

/// The Content-Security-Policy the site is built for: no inline script or style, no other origin.
/// `'wasm-unsafe-eval'` lets the page compile its own WebAssembly; embeds may be framed anywhere.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

/// How the policy's `<meta>` tag starts (the single-file edition removes it).
pub const CSP_META_START: &str = "<meta http-equiv=\"Content-Security-Policy\"";

/// The policy as a `<meta>` can carry it: browsers ignore (and warn about) `frame-ancestors` there,
/// so that directive is left to the HTTP header.
pub fn csp_meta() -> String {
    let policy: Vec<&str> = CONTENT_SECURITY_POLICY
        .split("; ")
        .filter(|directive| !directive.starts_with("frame-ancestors"))
        .collect();
    format!("{CSP_META_START} content=\"{}\">", policy.join("; "))
}

/// `finish_html` with a given loader, written to `<prefix>-<hash>.js`.
pub fn finish_html_with(
    index: &Path,
    loader: fn(&str, &str) -> String,
    prefix: &str,
) -> Result<(), String> {
    let dist = index.parent().ok_or("index.html has no folder")?;
    let mut html = std::fs::read_to_string(index)
        .map_err(|error| format!("cannot read {}: {error}", index.display()))?;

    while let Some(start) = find_tag(&html, "<link rel=\"modulepreload\"")
        .or_else(|| find_tag(&html, "<link rel=\"preload\""))
    {
        let end = html[start..].find('>').ok_or("unterminated <link>")? + start + 1;
        html.replace_range(start..end, "");
    }

    let open = "<script type=\"module\">";
    let start = html
        .find(open)
        .ok_or("Trunk's inline module loader was not found in dist/index.html")?;
    let body_start = start + open.len();
    let body_end = html[body_start..]
        .find("</script>")
        .ok_or("unterminated loader <script>")?
        + body_start;
    let trunk_loader = html[body_start..body_end].to_owned();
    html.replace_range(start..body_end + "</script>".len(), "");

    let glue = quoted_after(&trunk_loader, "from '").ok_or("no JS glue named in Trunk's loader")?;
    let wasm = quoted_after(&trunk_loader, "module_or_path: '")
        .ok_or("no wasm named in Trunk's loader")?;
    let loader = loader(&glue, &wasm);
    let file_name = format!("{prefix}-{:016x}.js", fnv1a(loader.as_bytes()));
    std::fs::write(dist.join(&file_name), loader)
        .map_err(|error| format!("cannot write {file_name}: {error}"))?;
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    if !html.contains(CSP_META_START) {
        let charset = "<meta charset=\"utf-8\">";
        let at = html.find(charset).ok_or("the page has no <meta charset>")? + charset.len();
        html.insert_str(at, &format!("\n  {}", csp_meta()));
    }
    let close = html
        .rfind("</body>")
        .ok_or("dist/index.html has no </body>")?;
    html.insert_str(close, &format!("{tag}\n"));

    std::fs::write(index, html)
        .map_err(|error| format!("cannot write {}: {error}", index.display()))
}

/// The text between `prefix` and the next single quote.
fn quoted_after(text: &str, prefix: &str) -> Option<String> {
    let start = text.find(prefix)? + prefix.len();
    let end = text[start..].find('\'')? + start;
    Some(text[start..end].to_owned())
}

/// Our loader. The wasm starts only when a reader is about to use it: when a widget comes within
/// a screen of the viewport, when the pointer or focus reaches a figure (its source card) or a
/// widget, or at once when the address carries a widget's state (`#…=…`), since the prerendered
/// widgets show the default view. A reader of the first screens thus downloads, compiles and runs
/// none of it, and nothing competes with the text for the network or the main thread. A click on
/// a figure before the wasm is up is replayed once it is. A failure leaves the static page as it
/// is and marks `<html data-wasm="failed">` so the page can say the widgets are static.
///
/// It also shows the offline note (`offline::OFFLINE_NOTE_SCRIPT`) and, once the page has loaded
/// and the main thread is idle, registers the service worker `sw.js` (offline.rs), which
/// precaches the site in the background for offline use. Where service workers are missing or
/// refused (old browsers, some private modes) the site works as before, only without offline use.
pub fn boot_script(glue: &str, wasm: &str) -> String {
    let offline_note = crate::offline::OFFLINE_NOTE_SCRIPT;
    let islands = islands_script(glue, wasm);
    format!(
        r#"{islands}
{offline_note}
{SHARE_SCRIPT}
function registerServiceWorker() {{
  try {{
    if ('serviceWorker' in navigator) {{
      navigator.serviceWorker.register(new URL('./sw.js', import.meta.url).href).catch(() => {{}});
    }}
  }} catch {{
    // No service worker here: the page works online as it is.
  }}
}}

let started = false;
let pendingFigure = null;

function start() {{
  if (started) return;
  started = true;
  performance.mark?.('r1:islands-start');
  startIslands().then(() => {{
    pendingFigure?.click();
  }}).catch((error) => {{
    document.documentElement.dataset.wasm = 'failed';
    console.warn('r1-explainer: the interactive parts could not start; the page stays readable.', error);
  }});
}}

const WANTED = 'button.fact, [data-island]';

function startWhenWanted() {{
  const widgets = [...document.querySelectorAll('[data-island]')].filter((slot) => slot.dataset.island !== 'cards');
  if (location.hash.includes('=') || widgets.length === 0 || !('IntersectionObserver' in window)) {{
    start();
    return;
  }}
  const observer = new IntersectionObserver((entries) => {{
    if (entries.some((entry) => entry.isIntersecting)) {{
      observer.disconnect();
      start();
    }}
  }}, {{ rootMargin: '100% 0px' }});
  for (const widget of widgets) observer.observe(widget);
  for (const type of ['pointerover', 'focusin', 'touchstart']) {{
    document.addEventListener(type, (event) => {{
      if (event.target instanceof Element && event.target.closest(WANTED)) start();
    }}, {{ passive: true, capture: true }});
  }}
  document.addEventListener('click', (event) => {{
    const figure = event.target instanceof Element ? event.target.closest('button.fact') : null;
    if (figure && document.body.dataset.hydrated !== 'true') pendingFigure = figure;
  }}, {{ capture: true }});
  addEventListener('hashchange', () => {{
    if (location.hash.includes('=')) start();
  }});
}}

function afterLoad() {{
  startWhenWanted();
  // The offline copy is made in the background, when nothing else is going on: a few seconds
  // after the load, then at an idle moment. (A reload in the very moment the worker was being
  // registered and installing now and then never finished loading in headless Chromium; a reader
  // who reloads at once is better served by a plain page load anyway.)
  setTimeout(() => {{
    if ('requestIdleCallback' in window) requestIdleCallback(registerServiceWorker, {{ timeout: 3000 }});
    else registerServiceWorker();
  }}, 4000);
}}

if (document.readyState === 'complete') afterLoad();
else addEventListener('load', afterLoad, {{ once: true }});
"#
    )
}

/// The share, cite and download tools (assets/share.js), part of every loader rather than a file
/// of their own: with a separate deferred script, the page's load now and then never completed in
/// headless Chromium (its `--screenshot`, and `page.goto` in the bench), and one request fewer is
/// better anyway. The loader is a module, so the tools start once the document is parsed.
pub const SHARE_SCRIPT: &str = include_str!("../../assets/share.js");

/// Keeps what a reader does in a widget before its wasm is live, and applies it once it is
/// (assets/early-input.js); part of every loader, ahead of the code that starts the islands.
pub const EARLY_INPUT_SCRIPT: &str = include_str!("../../assets/early-input.js");

/// The part of every loader (page and embeds) that starts the islands: `startIslands()`.
///
/// The wasm is built with `panic = "abort"`, so a panic traps the whole instance it happens in.
/// Each island therefore gets an instance of its own: the module is fetched and compiled once,
/// and the glue is imported once per island under a different `#fragment`, which gives each
/// import its own copy of the glue's state without a second download (fragments never reach the
/// server, the HTTP cache or the service worker). A panicking island shows its error box
/// (src/isolation.rs) and the others carry on. A page with no island slots (the bench's
/// client-only baseline draws the page itself) gets one instance for everything.
///
/// The error box's reload link repeats the page's own address, which would only scroll; the click
/// is turned into a real reload here, in JavaScript that no wasm trap can stop.
pub fn islands_script(glue: &str, wasm: &str) -> String {
    format!(
        r#"{EARLY_INPUT_SCRIPT}
const glueUrl = new URL('{glue}', import.meta.url).href;
const wasmUrl = new URL('{wasm}', import.meta.url);

document.addEventListener('click', (event) => {{
  const link = event.target instanceof Element ? event.target.closest('a[data-reload]') : null;
  if (link) {{
    event.preventDefault();
    location.reload();
  }}
}});

async function compileWasm() {{
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`failed to fetch the wasm: HTTP ${{response.status}}`);
  if (response.headers.get('Content-Type') === 'application/wasm') {{
    return WebAssembly.compileStreaming(response);
  }}
  return WebAssembly.compile(await response.arrayBuffer());
}}

async function startInstance(tag, keys) {{
  const glue = await import(tag ? `${{glueUrl}}#${{tag}}` : glueUrl);
  await glue.default({{ module_or_path: await compiled }});
  glue.mount(keys);
}}

let compiled;

async function startIslands() {{
  const keys = [...document.querySelectorAll('[data-island]')].map((slot) => slot.dataset.island);
  earlyInput.starting(keys);
  compiled = compileWasm();
  try {{
    await compiled;
  }} catch (error) {{
    keys.forEach((key) => earlyInput.failed(key));
    throw error;
  }}
  if (keys.length === 0) {{
    await startInstance('', '');
    return;
  }}
  // The source cards serve figures anywhere on the page, so they always start, last.
  if (!keys.includes('cards')) keys.push('cards');
  else keys.push(keys.splice(keys.indexOf('cards'), 1)[0]);
  let failures = 0;
  for (const key of keys) {{
    try {{
      await startInstance(key, key);
      // Live: what the reader did meanwhile is applied, in order, before the next island starts.
      await earlyInput.live(key);
    }} catch (error) {{
      // A trap while mounting: the island's own error box is up; the next island still starts.
      failures += 1;
      earlyInput.failed(key);
      console.error(`r1-explainer: the ${{key}} island could not start.`, error);
    }}
    // One island per task, so input is handled between them on slow phones.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }}
  if (failures === keys.length) throw new Error('no island started');
  // Lets tests and the bench know the islands are live.
  document.body.dataset.hydrated = 'true';
}}
"#
    )
}

fn find_tag(html: &str, prefix: &str) -> Option<usize> {
    html.find(prefix)
}

/// A content hash for cache-busting file names (not for security).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether a file name carries a content hash (`name-0123456789abcdef.ext` or `…_bg.wasm`), so it
/// can be cached forever: a new build gives it a new name.
pub fn is_hashed(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end_matches("_bg");
    // Trunk writes 64-bit hashes in hex without leading zeros: 10 to 16 digits.
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (10..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// `dist/_headers` (Netlify and Cloudflare Pages syntax): hashed assets immutable for a year,
/// pages revalidated on every visit, so a deploy is seen at once and assets never go stale.
pub fn write_headers(dist: &Path) -> Result<(), String> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|error| error.to_string())?
        .flatten()
        .filter(|entry| entry.path().is_file())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .collect();
    names.sort();
    let mut out = format!("# Generated by `cargo xtask build` from the files in dist/.\n/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  Content-Security-Policy: {CONTENT_SECURITY_POLICY}\n\n/\n  Cache-Control: no-cache\n\n");
    for name in &names {
        // Pages and the service worker are checked with the server on every visit.
        let rule = if name.ends_with(".html") || name == "sw.js" {
            "Cache-Control: no-cache"
        } else if is_hashed(name) {
            "Cache-Control: public, max-age=31536000, immutable"
        } else if name == "_headers" {
            continue;
        } else {
            "Cache-Control: public, max-age=3600"
        };
        out += &format!("/{name}\n  {rule}\n");
        if name.ends_with(".wasm") {
            out += "  Content-Type: application/wasm\n";
        }
        out += "\n";
    }
    std::fs::write(dist.join("_headers"), out)
        .map_err(|error| format!("cannot write _headers: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_starts_the_named_wasm_after_load() {
        let trunk = "import init, * as bindings from './r1-explainer-0123456789abcdef.js';\nconst wasm = await init({ module_or_path: './r1-explainer-0123456789abcdef_bg.wasm' });";
        let glue = quoted_after(trunk, "from '").unwrap();
        let wasm = quoted_after(trunk, "module_or_path: '").unwrap();
        assert_eq!(glue, "./r1-explainer-0123456789abcdef.js");
        let script = boot_script(&glue, &wasm);
        assert!(
            script.starts_with(EARLY_INPUT_SCRIPT),
            "early input is kept from the start"
        );
        assert!(script.contains(
            "const glueUrl = new URL('./r1-explainer-0123456789abcdef.js', import.meta.url).href;"
        ));
        assert!(script.contains("await earlyInput.live(key)"));
        assert!(
            script.contains("new URL('./r1-explainer-0123456789abcdef_bg.wasm', import.meta.url)")
        );
        // One instance per island: the glue imported under each island's own fragment.
        assert!(script.contains("import(tag ? `${glueUrl}#${tag}` : glueUrl)"));
        assert!(script.contains("glue.mount(keys)"));
        assert!(script.contains("closest('a[data-reload]')"));
        assert!(script.contains("addEventListener('load', afterLoad"));
        assert!(
            script.contains(SHARE_SCRIPT),
            "the share tools ride with the loader"
        );
        assert!(script.contains("requestIdleCallback(registerServiceWorker"));
        // Started by a widget near the viewport, a reach for a figure, or a link with state.
        assert!(script.contains("new IntersectionObserver"));
        assert!(script.contains("location.hash.includes('=')"));
        assert!(script.contains("if ('serviceWorker' in navigator)"));
        assert!(script.contains("new URL('./sw.js', import.meta.url)"));
        assert!(
            script.contains(".catch(() => {})"),
            "a refused registration is ignored"
        );
        assert!(script.contains("document.getElementById('offline-note')"));
        assert!(script.contains("addEventListener('offline', showOfflineState)"));
    }

    #[test]
    fn recognises_hashed_asset_names() {
        assert!(is_hashed("r1-explainer-2f764725c26bf61e_bg.wasm"));
        assert!(is_hashed("main-64ca7262ccf259f6.css"));
        assert!(is_hashed("boot-52de704740c80588.js"));
        assert!(is_hashed("r1-explainer-d81b5a8661b6b.js"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("favicon.svg"));
        assert!(!is_hashed("r1-explainer.js"));
    }

    #[test]
    fn headers_make_hashed_files_immutable_and_pages_revalidate() {
        let dir = std::env::temp_dir().join(format!("r1-headers-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "index.html",
            "main-64ca7262ccf259f6.css",
            "x-0123456789abcdef_bg.wasm",
            "favicon.svg",
        ] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        write_headers(&dir).unwrap();
        let headers = std::fs::read_to_string(dir.join("_headers")).unwrap();
        assert!(headers.contains("/index.html\n  Cache-Control: no-cache\n"));
        assert!(headers.contains(
            "/main-64ca7262ccf259f6.css\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
        assert!(headers.contains("/x-0123456789abcdef_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n  Content-Type: application/wasm\n"));
        assert!(headers.contains("/favicon.svg\n  Cache-Control: public, max-age=3600\n"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
