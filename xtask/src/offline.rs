//! Offline support written at build time into dist/: the service worker `sw.js` with a precache
//! list and cache version generated from the files actually in dist/, the web app manifest and its
//! PNG icons, and the single-file edition `r1-explainer-offline.html` that opens from disk.

use std::path::Path;

use base64::Engine as _;
use sha2::{Digest, Sha384};

use crate::build::fnv1a;

/// The single-file edition. Not precached: it repeats every other file, and it is a download.
pub const SINGLE_FILE: &str = "r1-explainer-offline.html";
pub const MANIFEST: &str = "manifest.webmanifest";
const SERVICE_WORKER: &str = "sw.js";
/// Written after this step by `build::write_headers`; host configuration, never fetched by a page.
const HEADERS: &str = "_headers";

/// The icon's blue (assets/favicon.svg) and the page background, which the manifest and the
/// `theme-color` tags in index.html share.
const ICON_BLUE: [u8; 3] = [0x1d, 0x4e, 0xd8];
const BACKGROUND: &str = "#ffffff";

/// Shared by the page's loader (`build::boot_script`) and the single-file edition. The service
/// worker marks a page it had to serve from its cache with `<html data-offline>`; the browser's
/// online/offline events cover the rest. The note is `position: fixed`, so it never moves the text.
pub const OFFLINE_NOTE_SCRIPT: &str = r#"const offlineNote = document.getElementById('offline-note');
function showOfflineState() {
  if (offlineNote) offlineNote.hidden = navigator.onLine && !document.documentElement.hasAttribute('data-offline');
}
addEventListener('online', () => {
  document.documentElement.removeAttribute('data-offline');
  showOfflineState();
});
addEventListener('offline', showOfflineState);
showOfflineState();
"#;

/// Writes every offline file into `dist/`. Runs after the prerender and `finish_html`; also run
/// alone by `cargo xtask offline-files --dir D` on an already built folder, so it is idempotent.
pub fn write_offline_files(dist: &Path) -> Result<(), String> {
    write_icons(dist)?;
    write_manifest(dist)?;
    let single = write_single_file(dist)?;
    note_download_size(dist, single)?;
    // Last: its list and version cover everything above, including the patched index.html.
    let worker = write_service_worker(dist)?;
    println!(
        "xtask: offline files: {SINGLE_FILE} {single} bytes; service worker precaches {} files, {} bytes (version {})",
        worker.files, worker.bytes, worker.version
    );
    Ok(())
}

fn read(dist: &Path, name: &str) -> Result<Vec<u8>, String> {
    std::fs::read(dist.join(name)).map_err(|error| format!("cannot read dist/{name}: {error}"))
}

fn read_text(dist: &Path, name: &str) -> Result<String, String> {
    String::from_utf8(read(dist, name)?).map_err(|_| format!("dist/{name} is not UTF-8"))
}

fn write(dist: &Path, name: &str, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(dist.join(name), bytes)
        .map_err(|error| format!("cannot write dist/{name}: {error}"))
}

// ---------------------------------------------------------------------------------------------
// Service worker

/// Whether a file name carries Trunk's or our content hash (`name-<hex>.ext`, `name-<hex>_bg.wasm`),
/// so the file never changes under its name. Trunk prints its 64-bit hash without leading zeros
/// (usually 13 to 16 digits), unlike our 16-digit `boot-…`/`embed-boot-…` names.
pub fn is_content_hashed(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    let stem = file
        .split('.')
        .next()
        .unwrap_or(file)
        .trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|byte| byte.is_ascii_hexdigit())
    })
}

/// Every file of dist/ the service worker stores, relative to dist/ with `/`, sorted: the folder
/// as built, never a hand-kept list. Leaves out the worker itself, `_headers`, the single-file
/// download, the social preview image (for link previews, never shown by a page) and hidden files.
pub fn precache_list(dist: &Path) -> Result<Vec<String>, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
        let entries = std::fs::read_dir(dir)
            .map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
        for entry in entries.flatten() {
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if name.starts_with('.') {
                continue;
            }
            let path = format!("{prefix}{name}");
            if entry.path().is_dir() {
                walk(&entry.path(), &format!("{path}/"), out)?;
            } else if ![SERVICE_WORKER, HEADERS, SINGLE_FILE].contains(&path.as_str())
                && !crate::og_image::is_og_image(&path)
            {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut names = Vec::new();
    walk(dist, "", &mut names)?;
    names.sort();
    Ok(names)
}

/// The cache version: a hash of the list and of every listed file's bytes, so any change to any
/// file (or a file added or removed) gives the worker a new cache and a new `sw.js`.
pub fn cache_version(dist: &Path, names: &[String]) -> Result<String, String> {
    let mut all = Vec::new();
    for name in names {
        let bytes = read(dist, name)?;
        all.extend_from_slice(name.as_bytes());
        all.push(0);
        all.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        all.extend_from_slice(&bytes);
    }
    Ok(format!("{:016x}", fnv1a(&all)))
}

/// Subresource integrity, as Trunk writes it for the stylesheets.
fn integrity(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes))
    )
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for ch in text.chars() {
        match ch {
            '"' => out += "\\\"",
            '\\' => out += "\\\\",
            '\n' => out += "\\n",
            ch if (ch as u32) < 0x20 => out += &format!("\\u{:04x}", ch as u32),
            ch => out.push(ch),
        }
    }
    out.push('"');
    out
}

pub struct WorkerSummary {
    pub files: usize,
    pub bytes: u64,
    pub version: String,
}

/// Writes `dist/sw.js` from the files now in dist/.
pub fn write_service_worker(dist: &Path) -> Result<WorkerSummary, String> {
    let names = precache_list(dist)?;
    let version = cache_version(dist, &names)?;
    let hashed: Vec<&String> = names
        .iter()
        .filter(|name| is_content_hashed(name))
        .collect();
    let mut pages = Vec::new();
    let mut assets = Vec::new();
    let mut bytes = 0u64;
    for name in &names {
        let content = read(dist, name)?;
        bytes += content.len() as u64;
        if name.ends_with(".html") {
            // A page is checked by the build-specific names it references rather than by its
            // bytes, so a host that injects a snippet into HTML does not disable offline use.
            let text = String::from_utf8_lossy(&content);
            let needs: Vec<String> = hashed
                .iter()
                .filter(|asset| text.contains(asset.as_str()))
                .map(|asset| json_string(asset))
                .collect();
            pages.push(format!(
                "  [{}, [{}]],",
                json_string(name),
                needs.join(", ")
            ));
        } else {
            assets.push(format!(
                "  [{}, {}, {}],",
                json_string(name),
                json_string(&integrity(&content)),
                is_content_hashed(name)
            ));
        }
    }
    let worker = SERVICE_WORKER_TEMPLATE
        .replace("__VERSION__", &version)
        .replace("__PAGES__", &pages.join("\n"))
        .replace("__ASSETS__", &assets.join("\n"));
    write(dist, SERVICE_WORKER, worker)?;
    Ok(WorkerSummary {
        files: names.len(),
        bytes,
        version,
    })
}

const SERVICE_WORKER_TEMPLATE: &str = r#"// sw.js: generated by `cargo xtask build` (xtask/src/offline.rs) from the files in this folder;
// edits here are overwritten. It keeps the explainer working offline after one visit without ever
// mixing two builds: pages and other unhashed files come from the network first, so a new deploy
// is seen at once, and from this build's own cache only when the network fails; content-hashed
// files, whose names change with their bytes, come from the cache first.
'use strict';

const VERSION = '__VERSION__';
// [page, the hashed files of this build it references (checked before it is stored)]
const PAGES = [
__PAGES__
];
// [file, its integrity (the browser refuses other bytes), whether its name carries a content hash]
const ASSETS = [
__ASSETS__
];

const SCOPE = new URL(self.registration.scope);
// Copies of the explainer in different folders of one origin keep to their own caches.
const PREFIX = `r1-explainer ${SCOPE.pathname} `;
const CACHE = PREFIX + VERSION;
const STORED = new Set([...PAGES.map(([name]) => name), ...ASSETS.map(([name]) => name)]);
const HASHED = new Set(ASSETS.filter(([, , hashed]) => hashed).map(([name]) => name));
const at = (name) => new URL(name, SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

// All or nothing: a failed install leaves the previous worker and its cache in charge.
async function precache() {
  const existed = await caches.has(CACHE);
  const cache = await caches.open(CACHE);
  try {
    const pages = await Promise.all(PAGES.map(async ([name, needs]) => {
      const response = await fetch(at(name), { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
      const text = await response.text();
      // A deploy uploaded file by file can pair this worker with another build's page.
      const missing = needs.filter((need) => !text.includes(need));
      if (missing.length > 0) throw new Error(`${name} is from another build (no ${missing.join(', ')})`);
      // A fresh response: a redirected one (hosts that drop `.html`) cannot answer a navigation.
      return [name, new Response(text, { headers: response.headers })];
    }));
    await cache.addAll(ASSETS.map(([name, integrity, hashed]) =>
      new Request(at(name), { integrity, cache: hashed ? 'default' : 'no-cache' })));
    await Promise.all(pages.map(([name, response]) => cache.put(at(name), response)));
  } catch (error) {
    if (!existed) await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  let name;
  try {
    name = decodeURIComponent(url.pathname.slice(SCOPE.pathname.length));
  } catch {
    return;
  }
  if (name === '' || name.endsWith('/')) name += 'index.html';
  else if (!STORED.has(name) && STORED.has(`${name}.html`)) name += '.html';
  // Anything else (the single-file download, a 404) goes to the network as if there were no worker.
  if (!STORED.has(name)) return;
  event.respondWith(HASHED.has(name) ? cacheFirst(request, name) : networkFirst(request, name));
});

async function saved(name) {
  const cache = await caches.open(CACHE);
  return cache.match(at(name));
}

async function cacheFirst(request, name) {
  return (await saved(name)) ?? fetch(request);
}

async function networkFirst(request, name) {
  try {
    // Revalidated, never a stale HTTP-cached copy: while online the page is always the deployed one.
    return await fetch(request, { cache: 'no-cache' });
  } catch (error) {
    const copy = await saved(name);
    if (!copy) throw error;
    if (request.mode !== 'navigate') return copy;
    // Tells the page it is the copy saved on this device (the loader shows the offline note).
    const html = (await copy.text()).replace('<html', '<html data-offline="saved-copy"');
    return new Response(html, { headers: copy.headers });
  }
}
"#;

// ---------------------------------------------------------------------------------------------
// Manifest and icons

const ICON_SIZES: [u32; 2] = [192, 512];

fn icon_name(size: u32) -> String {
    format!("icon-{size}.png")
}

/// The text between the first `open` and the next `close` after it.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = html.find(open)? + open.len();
    let end = html[start..].find(close)? + start;
    Some(&html[start..end])
}

fn decode_entities(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// `manifest.webmanifest`: name and description from index.html's own head, so there is one copy.
pub fn write_manifest(dist: &Path) -> Result<(), String> {
    let html = read_text(dist, "index.html")?;
    let title = between(&html, "<title>", "</title>").ok_or("index.html has no <title>")?;
    let description = between(&html, "<meta name=\"description\" content=\"", "\"")
        .ok_or("index.html has no description <meta>")?;
    let mut icons: Vec<String> = ICON_SIZES
        .iter()
        .map(|size| {
            format!(
                r#"    {{ "src": "{}", "sizes": "{size}x{size}", "type": "image/png" }}"#,
                icon_name(*size)
            )
        })
        .collect();
    icons.push(r#"    { "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml" }"#.into());
    let manifest = format!(
        "{{\n  \"id\": \"./\",\n  \"name\": {},\n  \"short_name\": \"R1 explainer\",\n  \"description\": {},\n  \"lang\": \"en\",\n  \"start_url\": \"./\",\n  \"scope\": \"./\",\n  \"display\": \"standalone\",\n  \"background_color\": \"{BACKGROUND}\",\n  \"theme_color\": \"{BACKGROUND}\",\n  \"icons\": [\n{}\n  ]\n}}\n",
        json_string(&decode_entities(title)),
        json_string(&decode_entities(description)),
        icons.join(",\n")
    );
    write(dist, MANIFEST, manifest)
}

fn write_icons(dist: &Path) -> Result<(), String> {
    for size in ICON_SIZES {
        write(dist, &icon_name(size), icon_png(size)?)?;
    }
    Ok(())
}

/// Whether a point of the 64-unit design (assets/favicon.svg's viewBox) is inside "R1": the
/// favicon's bold sans letters drawn as rectangles, discs and thick strokes, since xtask has no
/// font renderer.
fn in_letters(x: f64, y: f64) -> bool {
    // Distance from (x, y) to the segment (ax, ay)–(bx, by).
    fn to_segment(x: f64, y: f64, (ax, ay): (f64, f64), (bx, by): (f64, f64)) -> f64 {
        let (dx, dy) = (bx - ax, by - ay);
        let t = (((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
        ((x - ax - t * dx).powi(2) + (y - ay - t * dy).powi(2)).sqrt()
    }
    let within =
        |x0: f64, x1: f64, y0: f64, y1: f64| (x0..=x1).contains(&x) && (y0..=y1).contains(&y);
    let disc = |cx: f64, cy: f64, r: f64| (x - cx).powi(2) + (y - cy).powi(2) <= r * r;
    let (top, base) = (22.0, 42.0);
    // R: stem, bowl (a D shape with a hole) and leg.
    let stem = within(16.0, 21.0, top, base);
    let bowl_outer = within(16.0, 26.5, top, 35.5) || (x >= 26.5 && disc(26.5, 28.75, 6.75));
    let bowl_hole = within(21.0, 26.5, 26.75, 30.75) || (x >= 26.5 && disc(26.5, 28.75, 2.0));
    let leg = y <= base && to_segment(x, y, (24.5, 34.0), (31.0, base)) <= 2.7;
    // 1: stem and flag.
    let one = within(41.5, 46.5, top, base)
        || (y >= top && to_segment(x, y, (42.5, 23.5), (36.5, 27.5)) <= 2.2);
    stem || (bowl_outer && !bowl_hole) || leg || one
}

fn in_rounded_square(x: f64, y: f64) -> bool {
    let (radius, half) = (12.0, 32.0);
    let dx = ((x - half).abs() - (half - radius)).max(0.0);
    let dy = ((y - half).abs() - (half - radius)).max(0.0);
    (0.0..=64.0).contains(&x) && (0.0..=64.0).contains(&y) && dx * dx + dy * dy <= radius * radius
}

/// The favicon's design as an RGBA PNG of `size`×`size`, anti-aliased by 4×4 supersampling.
pub fn icon_png(size: u32) -> Result<Vec<u8>, String> {
    const GRID: u32 = 4;
    let scale = 64.0 / f64::from(size);
    let mut pixels = Vec::with_capacity((size * size * 4) as usize);
    for py in 0..size {
        for px in 0..size {
            let (mut square, mut letters) = (0u32, 0u32);
            for sy in 0..GRID {
                for sx in 0..GRID {
                    let x = (f64::from(px) + (f64::from(sx) + 0.5) / f64::from(GRID)) * scale;
                    let y = (f64::from(py) + (f64::from(sy) + 0.5) / f64::from(GRID)) * scale;
                    if in_rounded_square(x, y) {
                        square += 1;
                        letters += u32::from(in_letters(x, y));
                    }
                }
            }
            if square == 0 {
                pixels.extend_from_slice(&[0, 0, 0, 0]);
                continue;
            }
            let blue = square - letters;
            for channel in ICON_BLUE {
                pixels.push(
                    ((u32::from(channel) * blue + 255 * letters + square / 2) / square) as u8,
                );
            }
            pixels.push(((255 * square + GRID * GRID / 2) / (GRID * GRID)) as u8);
        }
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, size, size);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
    writer
        .write_image_data(&pixels)
        .map_err(|error| error.to_string())?;
    writer.finish().map_err(|error| error.to_string())?;
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Single-file edition

/// The download link's text in the page footer (src/components/page.rs), completed with the size.
const DOWNLOAD_TEXT: &str = ">Download for offline";
/// The footer paragraph holding that link: dropped from the single file, which is the download.
const DOWNLOAD_MARKER: &str = "class=\"offline-download\"";

/// Writes `dist/r1-explainer-offline.html` and returns its size in bytes.
pub fn write_single_file(dist: &Path) -> Result<u64, String> {
    let html = single_file_html(&read_text(dist, "index.html")?, |name| read(dist, name))?;
    write(dist, SINGLE_FILE, &html)?;
    Ok(html.len() as u64)
}

/// The attributes of one tag's text (`<link rel="x" href="y"/>`), in order.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut rest = inner
        .split_once(char::is_whitespace)
        .map_or("", |(_, rest)| rest);
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return out;
        }
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let value = if let Some(after) = rest.trim_start().strip_prefix('=') {
            let after = after.trim_start();
            match after.chars().next() {
                Some(quote @ ('"' | '\'')) => {
                    let end = after[1..].find(quote).map_or(after.len(), |end| end + 1);
                    rest = after.get(end + 1..).unwrap_or("");
                    after[1..end].to_owned()
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    rest = &after[end..];
                    after[..end].to_owned()
                }
            }
        } else {
            String::new()
        };
        out.push((name, value));
    }
}

fn attribute<'a>(attributes: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attributes
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

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

/// Every `<tag …>` opening tag of `name` in `html`, as (start, end) byte ranges.
fn tags(html: &str, name: &str) -> Vec<(usize, usize)> {
    let open = format!("<{name}");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = html[from..].find(&open) {
        let start = from + found;
        let after = html[start + open.len()..].chars().next();
        let Some(end) = html[start..].find('>').map(|end| start + end + 1) else {
            break;
        };
        if after.is_some_and(|c| c.is_whitespace() || c == '>' || c == '/') {
            out.push((start, end));
        }
        from = end;
    }
    out
}

/// The page's loader names the glue and the wasm (see `build::boot_script`).
fn loader_names(loader: &str) -> Result<(String, String), String> {
    let quoted = |prefix: &str| {
        let start = loader.find(prefix)? + prefix.len();
        let end = loader[start..].find('\'')? + start;
        Some(file_name(&loader[start..end]).to_owned())
    };
    Ok((
        quoted("const glueUrl = new URL('").ok_or("the loader imports no JS glue")?,
        quoted("const wasmUrl = new URL('").ok_or("the loader names no wasm")?,
    ))
}

/// wasm-bindgen's glue made fit to share one inline module with the loader: its closing
/// `export { …, X as default };` is removed, and X (the init function) returned; exported
/// functions lose their `export`. Anything else the
/// inlining cannot keep (imports, other exports, a `</script`) stops the build rather than break
/// the file.
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

/// The loader of the single file: the glue, then (in a block, so no name can clash with the
/// glue's) the offline note and the wasm decoded from the page itself. Same timing as the page's
/// loader; no service worker.
fn single_file_script(glue: &str, init: &str) -> String {
    let share = crate::build::SHARE_SCRIPT;
    format!(
        r#"{glue}
{share}
{{
{OFFLINE_NOTE_SCRIPT}
  function start() {{
    const data = document.getElementById('r1-wasm');
    const text = data.textContent.trim();
    data.remove();
    const bytes = typeof Uint8Array.fromBase64 === 'function'
      ? Uint8Array.fromBase64(text)
      : Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
    // One instance for every island here: the glue is inlined, so it cannot be imported once per
    // island as the site's loader does, and a panic stops all the widgets of this edition (the
    // text stays).
    {init}({{ module_or_path: bytes }}).then(() => mount('')).catch((error) => {{
      document.documentElement.dataset.wasm = 'failed';
      console.warn('r1-explainer: the interactive parts could not start; the page stays readable.', error);
    }});
  }}

  function afterPaint() {{
    requestAnimationFrame(() => setTimeout(start, 0));
  }}

  // The error box's reload link repeats this address, which alone would only scroll.
  document.addEventListener('click', (event) => {{
    const link = event.target instanceof Element ? event.target.closest('a[data-reload]') : null;
    if (link) {{
      event.preventDefault();
      location.reload();
    }}
  }});

  if (document.readyState === 'complete') afterPaint();
  else addEventListener('load', afterPaint, {{ once: true }});
}}
"#
    )
}

/// Builds the single file from the finished index.html: stylesheets inlined, the favicon as a
/// data: URL, other links to site files (manifest, oEmbed) dropped, the loader and glue inlined
/// with the wasm as base64, and the download link removed. Fails if any reference to another file
/// of the site is left, because from disk it would be a failed request.
pub fn single_file_html(
    index: &str,
    read: impl Fn(&str) -> Result<Vec<u8>, String>,
) -> Result<String, String> {
    let text = |name: &str| {
        String::from_utf8(read(name)?).map_err(|_| format!("dist/{name} is not UTF-8"))
    };
    let base64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    let mut html = index.to_owned();

    // The site's policy forbids inline script and style, which is all this edition has; opened
    // from disk there is no other origin to guard against, so the policy is dropped here.
    if let Some(start) = html.find(crate::build::CSP_META_START) {
        let end = html[start..]
            .find('>')
            .map_or(html.len(), |end| start + end + 1);
        html.replace_range(start..end, "");
    }

    // <link>s, last first so earlier ranges stay valid.
    for (start, end) in tags(&html, "link").into_iter().rev() {
        let attrs = attributes(&html[start..end]);
        let href = attribute(&attrs, "href").unwrap_or_default().to_owned();
        if !is_relative(&href) {
            continue;
        }
        let rel = attribute(&attrs, "rel")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let name = file_name(&href);
        let replacement = match rel.as_str() {
            "stylesheet" => {
                let css = text(name)?;
                if css.contains("</style") || css.contains("url(") {
                    return Err(format!(
                        "dist/{name} has `</style` or `url(`; it cannot be inlined"
                    ));
                }
                format!("<style>{}</style>", css.trim_end())
            }
            "icon" => format!(
                r#"<link rel="icon" href="data:{};base64,{}">"#,
                mime(name),
                base64(&read(name)?)
            ),
            _ => String::new(),
        };
        html.replace_range(start..end, &replacement);
    }

    // The social preview image is for crawlers reading the published page; from disk a relative
    // address names nothing, so its tags go (an absolute one, to the public copy, may stay).
    for (start, end) in tags(&html, "meta").into_iter().rev() {
        let attrs = attributes(&html[start..end]);
        let key = attribute(&attrs, "property")
            .or_else(|| attribute(&attrs, "name"))
            .unwrap_or_default();
        let is_image_tag = key.starts_with("og:image") || key.starts_with("twitter:image");
        if is_image_tag && is_relative(&image_address(&html)) {
            let end = if html[end..].starts_with('\n') {
                end + 1
            } else {
                end
            };
            html.replace_range(start..end, "");
        }
    }

    // Classic scripts (theme.js) are inlined as they are; last first so ranges stay valid.
    for (start, end) in tags(&html, "script").into_iter().rev() {
        let attrs = attributes(&html[start..end]);
        let is_module = attribute(&attrs, "type") == Some("module");
        let Some(src) = attribute(&attrs, "src").map(str::to_owned) else {
            continue;
        };
        if is_module || !is_relative(&src) || !html[end..].starts_with("</script>") {
            continue;
        }
        let code = text(file_name(&src))?;
        if code.contains("</script") {
            return Err(format!(
                "dist/{src} contains `</script`; it cannot be inlined"
            ));
        }
        html.replace_range(
            start..end + "</script>".len(),
            &format!("<script>{}</script>", code.trim_end()),
        );
    }

    // The loader <script src> becomes the wasm data block and one inline module.
    let scripts: Vec<(usize, usize, String)> = tags(&html, "script")
        .into_iter()
        .filter_map(|(start, end)| {
            let attrs = attributes(&html[start..end]);
            attribute(&attrs, "src").map(|src| (start, end, src.to_owned()))
        })
        .collect();
    let [(start, end, src)] = scripts.as_slice() else {
        return Err(format!(
            "index.html should load exactly one script (the loader), found {}",
            scripts.len()
        ));
    };
    let close = "</script>";
    if !html[*end..].starts_with(close) {
        return Err("the loader's <script> is not empty".into());
    }
    let (glue_name, wasm_name) = loader_names(&text(file_name(src))?)?;
    let (glue, init) = inline_glue(&text(&glue_name)?)?;
    let inline = format!(
        "<script type=\"application/octet-stream\" id=\"r1-wasm\">{}</script>\n<script type=\"module\">\n{}</script>",
        base64(&read(&wasm_name)?),
        single_file_script(&glue, &init)
    );
    html.replace_range(*start..end + close.len(), &inline);

    // The download link: the reader already has the file.
    if let Some(marker) = html.find(DOWNLOAD_MARKER) {
        let start = html[..marker]
            .rfind("<p")
            .ok_or("the download marker is not on a <p>")?;
        let end = html[marker..]
            .find("</p>")
            .ok_or("unterminated download <p>")?
            + marker
            + 4;
        html.replace_range(start..end, "");
    }

    for (tag, attribute_name) in [
        ("img", "src"),
        ("source", "src"),
        ("link", "href"),
        ("script", "src"),
        ("meta", "content"),
    ] {
        for (start, end) in tags(&html, tag) {
            let attrs = attributes(&html[start..end]);
            // Of <meta>s only the image tags name files; the others hold text.
            let names_a_file = tag != "meta"
                || [attribute(&attrs, "property"), attribute(&attrs, "name")]
                    .into_iter()
                    .flatten()
                    .any(|key| key == "og:image" || key == "twitter:image");
            if let Some(url) =
                attribute(&attrs, attribute_name).filter(|url| names_a_file && is_relative(url))
            {
                return Err(format!(
                    "the single-file edition still loads `{url}` from a <{tag}>"
                ));
            }
        }
    }
    Ok(html)
}

/// The page's `og:image` address, or "" if it has none.
fn image_address(html: &str) -> String {
    tags(html, "meta")
        .into_iter()
        .map(|(start, end)| attributes(&html[start..end]))
        .find(|attrs| attribute(attrs, "property") == Some("og:image"))
        .and_then(|attrs| attribute(&attrs, "content").map(str::to_owned))
        .unwrap_or_default()
}

/// Completes the footer's download link with the single file's size: "Download for offline (612 KB)".
fn note_download_size(dist: &Path, bytes: u64) -> Result<(), String> {
    let mut html = read_text(dist, "index.html")?;
    let Some(start) = html.find(DOWNLOAD_TEXT) else {
        return Err(
            "index.html has no \"Download for offline\" link (src/components/page.rs)".into(),
        );
    };
    let end = html[start..]
        .find("</a>")
        .ok_or("unterminated download link")?
        + start;
    let size = format!("{DOWNLOAD_TEXT} ({} KB)", (bytes + 500) / 1000);
    html.replace_range(start..end, &size);
    write(dist, "index.html", html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dist(tag: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("r1-offline-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (name, content) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, content).unwrap();
        }
        dir
    }

    const INDEX: &str = r#"<!doctype html><html lang="en"><head><title>T</title><link rel="stylesheet" href="./main-0123456789abcdef.css"/></head><body><script type="module" src="./boot-fedcba9876543210.js"></script></body></html>"#;

    #[test]
    fn the_precache_list_is_the_folder_without_the_worker_headers_download_or_preview() {
        let dist = temp_dist(
            "list",
            &[
                ("index.html", INDEX),
                ("main-0123456789abcdef.css", "body{}"),
                ("r1-explainer-d81b5a8661b6b.js", "glue"),
                ("r1-explainer-d81b5a8661b6b_bg.wasm", "wasm"),
                ("boot-fedcba9876543210.js", "boot"),
                ("favicon.svg", "<svg/>"),
                ("embed-cost.html", "<html></html>"),
                ("oembed-cost.json", "{}"),
                ("snippets/x/inline0.js", "x"),
                ("sw.js", "old worker"),
                ("_headers", "/*"),
                (SINGLE_FILE, "big"),
                (".DS_Store", "junk"),
                ("og-image-0123456789abcdef.png", "png"),
            ],
        );
        let list = precache_list(&dist).unwrap();
        assert_eq!(
            list,
            [
                "boot-fedcba9876543210.js",
                "embed-cost.html",
                "favicon.svg",
                "index.html",
                "main-0123456789abcdef.css",
                "oembed-cost.json",
                "r1-explainer-d81b5a8661b6b.js",
                "r1-explainer-d81b5a8661b6b_bg.wasm",
                "snippets/x/inline0.js",
            ]
        );
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn the_version_changes_with_any_file_and_not_with_the_excluded_ones() {
        let dist = temp_dist(
            "version",
            &[
                ("index.html", INDEX),
                ("main-0123456789abcdef.css", "body{}"),
            ],
        );
        let version = || cache_version(&dist, &precache_list(&dist).unwrap()).unwrap();
        let first = version();
        assert_eq!(first.len(), 16);
        assert_eq!(version(), first, "the same files give the same version");
        std::fs::write(dist.join("sw.js"), "anything").unwrap();
        std::fs::write(dist.join("_headers"), "anything").unwrap();
        assert_eq!(
            version(),
            first,
            "the worker and _headers are not part of it"
        );
        std::fs::write(dist.join("main-0123456789abcdef.css"), "body{color:red}").unwrap();
        let changed = version();
        assert_ne!(changed, first, "a changed file changes the version");
        std::fs::write(dist.join("favicon.svg"), "<svg/>").unwrap();
        assert_ne!(version(), changed, "an added file changes the version");
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn the_worker_lists_pages_with_their_hashed_references_and_assets_with_integrity() {
        let dist = temp_dist(
            "worker",
            &[
                ("index.html", INDEX),
                ("main-0123456789abcdef.css", "body{}"),
                ("boot-fedcba9876543210.js", "boot"),
                ("favicon.svg", "<svg/>"),
            ],
        );
        let summary = write_service_worker(&dist).unwrap();
        let worker = std::fs::read_to_string(dist.join("sw.js")).unwrap();
        assert_eq!(summary.files, 4);
        assert_eq!(summary.bytes, (INDEX.len() + 6 + 4 + 6) as u64);
        assert!(worker.contains(&format!("const VERSION = '{}';", summary.version)));
        assert!(worker.contains(
            r#"  ["index.html", ["boot-fedcba9876543210.js", "main-0123456789abcdef.css"]],"#
        ));
        assert!(worker.contains(&format!(
            r#"  ["main-0123456789abcdef.css", "{}", true],"#,
            integrity(b"body{}")
        )));
        assert!(worker.contains(r#"  ["favicon.svg", "sha384-"#));
        assert!(worker.contains(r#"", false],"#));
        assert!(!worker.contains(r#"["sw.js""#));
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn recognises_trunk_and_xtask_content_hashes() {
        assert!(is_content_hashed("r1-explainer-d81b5a8661b6b.js"));
        assert!(is_content_hashed("r1-explainer-d81b5a8661b6b_bg.wasm"));
        assert!(is_content_hashed("timeline-1aa4cb84500ea3e.css"));
        assert!(is_content_hashed("embed-boot-169c8c6c7f010db3.js"));
        assert!(!is_content_hashed("embed-cost.html"));
        assert!(!is_content_hashed("icon-512.png"));
        assert!(!is_content_hashed("manifest.webmanifest"));
        assert!(!is_content_hashed("r1-explainer-offline.html"));
    }

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
    fn the_loader_names_the_glue_and_wasm_the_single_file_inlines() {
        let loader = crate::build::boot_script(
            "./r1-explainer-d81b5a8661b6b.js",
            "./r1-explainer-d81b5a8661b6b_bg.wasm",
        );
        assert_eq!(
            loader_names(&loader).unwrap(),
            (
                "r1-explainer-d81b5a8661b6b.js".to_owned(),
                "r1-explainer-d81b5a8661b6b_bg.wasm".to_owned()
            )
        );
    }

    #[test]
    fn the_single_file_inlines_everything_and_references_no_other_file() {
        let index = r#"<!doctype html>
<html lang="en">
<head>
  <meta property="og:title" content="T">
  <meta property="og:description" content="D">
  <meta property="og:image" content="og-image-0123456789abcdef.png">
  <meta property="og:image:width" content="1200">
  <meta name="twitter:image" content="og-image-0123456789abcdef.png">
  <link rel="icon" href="favicon.svg" type="image/svg+xml">
  <link rel="manifest" href="manifest.webmanifest">
  <link rel="alternate" type="application/json+oembed" href="oembed-cost.json">
  <link rel="stylesheet" href="./main-0123456789abcdef.css" integrity="sha384-x"/>
</head>
<body><div id="app"><footer><p class="offline-download"><a href="r1-explainer-offline.html" download="r1-explainer-offline.html">Download for offline</a></p><p>kept</p></footer></div>
<script type="module" src="./boot-fedcba9876543210.js"></script>
</body>
</html>"#;
        let loader = crate::build::boot_script(
            "./glue-0123456789abcdef.js",
            "./glue-0123456789abcdef_bg.wasm",
        );
        let read = |name: &str| -> Result<Vec<u8>, String> {
            Ok(match name {
                "favicon.svg" => b"<svg/>".to_vec(),
                "main-0123456789abcdef.css" => b"body { color: red; }\n".to_vec(),
                "boot-fedcba9876543210.js" => loader.clone().into_bytes(),
                "glue-0123456789abcdef.js" => {
                    b"async function __wbg_init() {}\nexport { __wbg_init as default };\n".to_vec()
                }
                "glue-0123456789abcdef_bg.wasm" => vec![0, 0x61, 0x73, 0x6d],
                other => return Err(format!("unexpected read of {other}")),
            })
        };
        let html = single_file_html(index, read).unwrap();
        assert!(html.contains("<style>body { color: red; }</style>"));
        assert!(html.contains(r#"<link rel="icon" href="data:image/svg+xml;base64,PHN2Zy8+">"#));
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
        let kept = single_file_html(&absolute, read).unwrap();
        assert!(kept.contains(r#"<meta property="og:image" content="https://example.org/r1/og-image-0123456789abcdef.png">"#));
        assert!(!html.contains("offline-download"));
        assert!(html.contains("<p>kept</p>"));
        assert!(html
            .contains(r#"<script type="application/octet-stream" id="r1-wasm">AGFzbQ==</script>"#));
        assert!(html.contains("__wbg_init({ module_or_path: bytes })"));
        assert!(!html.contains("serviceWorker"));
        assert!(!html.contains("src=\""));
        let broken = index.replace("</body>", "<img src=\"chart.png\"></body>");
        assert!(single_file_html(&broken, read).is_err());
    }

    #[test]
    fn icons_are_pngs_of_the_right_size_with_transparent_corners_and_white_letters() {
        let png = icon_png(192).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(png));
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((info.width, info.height), (192, 192));
        let at = |x: usize, y: usize| &pixels[(y * 192 + x) * 4..(y * 192 + x) * 4 + 4];
        assert_eq!(at(0, 0)[3], 0, "the corner is outside the rounded square");
        assert_eq!(at(96, 10), [0x1d, 0x4e, 0xd8, 255], "blue square");
        assert_eq!(at(55, 96), [255, 255, 255, 255], "the R's stem");
    }
}
