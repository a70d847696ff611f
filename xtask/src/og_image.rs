//! The social preview image (Open Graph and Twitter card): at the end of `cargo xtask build`,
//! headless Chromium photographs the first 1200×630 of the finished page, served from dist/ on
//! loopback, into `dist/og-image-<hash>.png`, and every page that has Open Graph tags gets
//! `og:image`/`twitter:image` pointing at it. The picture is the real page as built, so it can
//! never go stale the way a committed screenshot does. Without a browser the build still succeeds,
//! says what to install, and leaves the image tags out (a card without a picture beats a broken one).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::build::fnv1a;

/// The size Open Graph consumers (Facebook, LinkedIn, Slack) and `summary_large_image` cards crop to.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// `og-image-<16 hex digits>.png`: content-hashed, so hosts may cache it forever (`_headers`).
pub const PREFIX: &str = "og-image-";
const ALT: &str = "The explainer's first screen: title, standfirst and contents";
/// Chromium normally finishes in under a second; a hung browser must not hang the build.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts before the build goes on without a preview.
const ATTEMPTS: usize = 3;

/// Whether a file in dist/ is the preview image (the service worker leaves it out: nobody needs a
/// social card offline, and it would add ~100 KB to every reader's cache).
pub fn is_og_image(name: &str) -> bool {
    name.starts_with(PREFIX) && name.ends_with(".png")
}

/// Makes the image and adds the tags. Returns whether it did (false: no browser, or it failed, and
/// the build goes on without an image).
pub fn write_og_image(dist: &Path) -> Result<bool, String> {
    let Some(chromium) = crate::tools::find_chromium() else {
        println!(
            "xtask: no Chromium found, so the site is built without a preview image (og:image).\n\
             xtask: to get one, install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set\n\
             xtask: CHROMIUM=/path/to/chromium-or-chrome, then build again."
        );
        return Ok(false);
    };
    let png = match screenshot(&chromium, dist) {
        Ok(png) => png,
        Err(error) => {
            println!(
                "xtask: warning: the preview image could not be made ({error}); the site is built without og:image."
            );
            return Ok(false);
        }
    };
    for entry in std::fs::read_dir(dist)
        .map_err(|error| error.to_string())?
        .flatten()
    {
        if entry.file_name().to_str().is_some_and(is_og_image) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let name = format!("{PREFIX}{:016x}.png", fnv1a(&png));
    std::fs::write(dist.join(&name), &png)
        .map_err(|error| format!("cannot write dist/{name}: {error}"))?;
    let url = image_url(&public_base(), &name);
    let mut pages = 0;
    for entry in std::fs::read_dir(dist)
        .map_err(|error| error.to_string())?
        .flatten()
    {
        let path = entry.path();
        // The single file is rewritten from index.html afterwards, without the image (offline.rs).
        if path.extension().is_none_or(|ext| ext != "html")
            || path
                .file_name()
                .is_some_and(|name| name == crate::offline::SINGLE_FILE)
        {
            continue;
        }
        let html = std::fs::read_to_string(&path).map_err(|error| error.to_string())?;
        if let Some(tagged) = with_image_tags(&html, &url) {
            std::fs::write(&path, tagged).map_err(|error| error.to_string())?;
            pages += 1;
        }
    }
    println!(
        "xtask: preview image {name} ({} bytes, {WIDTH}×{HEIGHT}, from the built page) linked from {pages} pages",
        png.len()
    );
    Ok(true)
}

/// PUBLIC_URL as the prerender reads it (with a final `/`), or "" when unknown.
fn public_base() -> String {
    match std::env::var("PUBLIC_URL") {
        Ok(url) if url.ends_with('/') => url,
        Ok(url) if !url.is_empty() => format!("{url}/"),
        _ => String::new(),
    }
}

/// Absolute when the public address is known (Open Graph asks for absolute URLs, and most
/// crawlers ignore relative ones); otherwise relative to the page, which still works from any
/// folder of any host for the crawlers that resolve it.
pub fn image_url(base: &str, name: &str) -> String {
    if base.starts_with("https://") || base.starts_with("http://") {
        format!("{base}{name}")
    } else {
        name.to_owned()
    }
}

/// The page with the image tags added after its `og:description`, or `None` for a page without
/// Open Graph tags or with an image already named.
pub fn with_image_tags(html: &str, url: &str) -> Option<String> {
    if html.contains("property=\"og:image\"") {
        return None;
    }
    let anchor = html.find("<meta property=\"og:description\"")?;
    let end = html[anchor..].find('>')? + anchor + 1;
    let url = attribute(url);
    let tags = format!(
        "\n  <meta property=\"og:image\" content=\"{url}\">\
         \n  <meta property=\"og:image:type\" content=\"image/png\">\
         \n  <meta property=\"og:image:width\" content=\"{WIDTH}\">\
         \n  <meta property=\"og:image:height\" content=\"{HEIGHT}\">\
         \n  <meta property=\"og:image:alt\" content=\"{ALT}\">\
         \n  <meta name=\"twitter:image\" content=\"{url}\">\
         \n  <meta name=\"twitter:image:alt\" content=\"{ALT}\">"
    );
    let mut out = html.to_owned();
    out.insert_str(end, &tags);
    Some(out)
}

fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// Width and height from a PNG's IHDR chunk, or `None` if the bytes are not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let number =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((number(16), number(20)))
}

/// The command line: the container flags the test tiers use, a throwaway profile, no scrollbar in
/// the picture, the window exactly the image's size.
pub fn chromium_args(profile: &Path, output: &Path, url: &str) -> Vec<String> {
    let mut args: Vec<String> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        // Light, as most readers and every link preview see it, whatever the build machine prefers.
        "--blink-settings=preferredColorScheme=1",
    ]
    .map(str::to_owned)
    .to_vec();
    args.push(format!("--window-size={WIDTH},{HEIGHT}"));
    args.push(format!("--user-data-dir={}", profile.display()));
    args.push(format!("--screenshot={}", output.display()));
    args.push(url.to_owned());
    args
}

/// Serves a copy of dist/ on loopback (with the site's Content-Security-Policy, as a host would)
/// and has Chromium photograph its index page. The page asks for nothing beyond its own files.
///
/// The copy's page has its scripts removed: the prerendered page is the page, the controls the
/// scripts reveal mean nothing in a picture, and with them headless Chromium's `--screenshot` now
/// and then never returned (about one run in three; never without them in the runs tried).
fn screenshot(chromium: &Path, dist: &Path) -> Result<Vec<u8>, String> {
    let work = std::env::temp_dir().join(format!("r1-og-image-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|error| error.to_string())?;
    let site = work.join("site");
    crate::bench::copy_dir(dist, &site)?;
    let page = std::fs::read_to_string(site.join("index.html")).map_err(|e| e.to_string())?;
    std::fs::write(site.join("index.html"), crate::bench::strip_scripts(&page))
        .map_err(|e| e.to_string())?;
    let server = crate::serve::serve_in_background(&site, true)?;
    let address = server.address;
    let output: PathBuf = work.join("og.png");
    let args = chromium_args(
        &work.join("profile"),
        &output,
        &format!("http://{address}/"),
    );
    let mut attempt = 1;
    let ran = loop {
        let _ = std::fs::remove_dir_all(work.join("profile"));
        match run_with_timeout(Command::new(chromium).args(&args)) {
            Err(error) if attempt < ATTEMPTS => {
                println!(
                    "xtask: preview image, attempt {attempt} of {ATTEMPTS}: {error}; trying again"
                );
                attempt += 1;
            }
            other => break other,
        }
    };
    let result = ran.and_then(|()| {
        let png = std::fs::read(&output)
            .map_err(|error| format!("Chromium wrote no screenshot: {error}"))?;
        match png_size(&png) {
            Some((WIDTH, HEIGHT)) => Ok(png),
            Some((w, h)) => Err(format!("the screenshot is {w}×{h}, not {WIDTH}×{HEIGHT}")),
            None => Err("the screenshot is not a PNG".into()),
        }
    });
    let _ = std::fs::remove_dir_all(&work);
    result
}

fn run_with_timeout(command: &mut Command) -> Result<(), String> {
    println!("xtask: $ {}", crate::tools::describe(command));
    // Chromium's stderr is noise in a container (no D-Bus); its failure shows as a missing file.
    let mut child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|error| format!("could not start Chromium: {error}"))?;
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().map_err(|error| error.to_string())? {
            return if status.success() {
                Ok(())
            } else {
                Err(format!("Chromium failed ({status})"))
            };
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("Chromium took over {} s", TIMEOUT.as_secs()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_size_of_a_png_and_refuses_other_bytes() {
        let mut png = Vec::new();
        let mut encoder = png::Encoder::new(&mut png, 1200, 630);
        encoder.set_color(png::ColorType::Rgb);
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&vec![255; 1200 * 630 * 3]).unwrap();
        writer.finish().unwrap();
        assert_eq!(png_size(&png), Some((1200, 630)));
        assert_eq!(png_size(b"GIF89a not a png at all, long enough"), None);
        assert_eq!(png_size(&png[..10]), None);
    }

    #[test]
    fn the_image_address_is_absolute_only_when_the_public_address_is_known() {
        assert_eq!(
            image_url("https://example.org/r1/", "og-image-00000000deadbeef.png"),
            "https://example.org/r1/og-image-00000000deadbeef.png"
        );
        assert_eq!(image_url("", "og-image-1.png"), "og-image-1.png");
        // Not a web address (a typo, a path): relative is the safe reading.
        assert_eq!(
            image_url("example.org/", "og-image-1.png"),
            "og-image-1.png"
        );
    }

    #[test]
    fn tags_go_after_the_description_once_and_only_on_pages_with_open_graph() {
        let page = "<head>\n  <meta property=\"og:title\" content=\"T\">\n  <meta property=\"og:description\" content=\"D\">\n  <meta name=\"twitter:card\" content=\"summary_large_image\">\n</head>";
        let tagged = with_image_tags(page, "https://x.org/a?b=1&c=\"2\"").unwrap();
        let after = tagged.find("og:description").unwrap();
        let image = tagged.find("<meta property=\"og:image\"").unwrap();
        assert!(image > after && image < tagged.find("twitter:card").unwrap());
        assert!(tagged.contains("content=\"https://x.org/a?b=1&amp;c=&quot;2&quot;\""));
        assert!(tagged.contains("<meta property=\"og:image:width\" content=\"1200\">"));
        assert!(tagged.contains("<meta property=\"og:image:height\" content=\"630\">"));
        assert!(tagged.contains(
            "<meta name=\"twitter:image\" content=\"https://x.org/a?b=1&amp;c=&quot;2&quot;\">"
        ));
        assert_eq!(with_image_tags(&tagged, "y.png"), None, "never twice");
        assert_eq!(with_image_tags("<head></head>", "y.png"), None);
    }

    #[test]
    fn chromium_is_asked_for_exactly_the_image_size_in_a_fresh_profile() {
        let args = chromium_args(
            Path::new("/tmp/p"),
            Path::new("/tmp/o.png"),
            "http://127.0.0.1:1/",
        );
        for flag in [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--blink-settings=preferredColorScheme=1",
            "--window-size=1200,630",
            "--user-data-dir=/tmp/p",
            "--screenshot=/tmp/o.png",
        ] {
            assert!(args.iter().any(|arg| arg == flag), "{flag} missing");
        }
        assert_eq!(args.last().unwrap(), "http://127.0.0.1:1/");
    }

    #[test]
    fn only_the_hashed_preview_counts_as_the_preview() {
        assert!(is_og_image("og-image-0123456789abcdef.png"));
        assert!(!is_og_image("icon-192.png"));
        assert!(!is_og_image("og-image-notes.txt"));
    }
}
