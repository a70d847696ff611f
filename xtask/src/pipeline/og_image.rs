//! Stage 5, the social preview image (Open Graph and Twitter card): headless Chromium photographs
//! the first 1200×630 of the finished page, served from a copy of the folder on loopback, into
//! `og-image-<hash>.png`, and every page that has Open Graph tags gets `og:image`/`twitter:image`
//! pointing at it. The picture is the real page as built, so it can never go stale the way a
//! committed screenshot does. Without a browser the build still succeeds, says what to install, and
//! leaves the image tags out (a card without a picture beats a broken one).
//!
//! It runs before the offline stage: the tags it adds change the pages, and the service worker and
//! the single-file edition are made from the pages as they finally are.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lol_html::element;
use lol_html::html_content::ContentType;

use crate::pipeline::dist::{Dist, Options};
use crate::site;
use crate::tools;
use crate::util::server::Server;
use crate::util::{self, describe, escape_attribute};

/// The size Open Graph consumers (Facebook, LinkedIn, Slack) and `summary_large_image` cards crop to.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Each edition's picture: its own first screen, described in its own language.
struct Edition {
    /// The edition's page, photographed; its folder is where its pages live.
    index: String,
    alt: &'static str,
}

fn editions() -> [Edition; 2] {
    [
        Edition {
            index: site::INDEX.to_owned(),
            alt: "The explainer's first screen: its title, standfirst and key figures",
        },
        Edition {
            index: site::chinese_index(),
            alt: "本解读的首屏：标题、导语和几项关键数字",
        },
    ]
}
/// Chromium normally finishes in under a second; a hung browser must not hang the build.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts before the build goes on without a preview.
const ATTEMPTS: usize = 3;

/// Makes the image and adds the tags; returns its name, or `None` (no browser, or it failed, and
/// the build goes on without an image).
pub fn write(dist: &Dist, options: &Options) -> Result<Vec<String>, String> {
    let Some(chromium) = tools::find_chromium() else {
        println!(
            "xtask: no Chromium found, so the site is built without a preview image (og:image).\n\
             xtask: to get one, install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set\n\
             xtask: CHROMIUM=/path/to/chromium-or-chrome, then build again."
        );
        return Ok(Vec::new());
    };
    let mut names = Vec::new();
    for edition in &editions() {
        if !dist.dir.join(&edition.index).is_file() {
            continue;
        }
        let png = match screenshot(&chromium, &dist.dir, &edition.index) {
            Ok(png) => png,
            Err(error) => {
                println!(
                    "xtask: warning: the preview image of {} could not be made ({error}); its pages are built without og:image.",
                    edition.index
                );
                continue;
            }
        };
        // Both pictures sit at the top of the site, beside the shared files.
        let name = util::hashed_name(site::OG_IMAGE_PREFIX.trim_end_matches('-'), &png, "png");
        util::write(&dist.dir, &name, &png)?;
        let folder = edition.index.rsplit_once('/').map(|(folder, _)| folder);
        let pages: Vec<String> = match folder {
            None => dist.pages(),
            Some(_) => std::iter::once(edition.index.to_owned())
                .chain(dist.chinese_embeds()?)
                .collect(),
        };
        let url = image_url(options.public_url.as_deref(), &name, folder.is_some());
        let mut tagged_pages = 0;
        for page in pages {
            let html = util::read_text(&dist.dir, &page)?;
            if let Some(tagged) = with_image_tags(&html, &url, edition.alt)? {
                util::write(&dist.dir, &page, tagged)?;
                tagged_pages += 1;
            }
        }
        println!(
            "xtask: preview image {name} ({} bytes, {WIDTH}×{HEIGHT}, from {}) linked from {tagged_pages} pages",
            png.len(),
            edition.index
        );
        names.push(name);
    }
    Ok(names)
}

/// Absolute when the public address is known (Open Graph asks for absolute URLs, and most
/// crawlers ignore relative ones); otherwise relative to the page (one folder up from an
/// edition's folder), which still works from any folder of any host for the crawlers that
/// resolve it.
pub fn image_url(public_url: Option<&str>, name: &str, in_edition_folder: bool) -> String {
    match public_url {
        Some(base) => format!("{base}{name}"),
        None if in_edition_folder => format!("../{name}"),
        None => name.to_owned(),
    }
}

/// The page with the image tags added after its `og:description`, or `None` for a page without
/// Open Graph tags or with an image already named.
pub fn with_image_tags(html: &str, url: &str, alt: &str) -> Result<Option<String>, String> {
    let url = escape_attribute(url);
    let alt = escape_attribute(alt);
    let tags = format!(
        "\n  <meta property=\"og:image\" content=\"{url}\">\
         \n  <meta property=\"og:image:type\" content=\"image/png\">\
         \n  <meta property=\"og:image:width\" content=\"{WIDTH}\">\
         \n  <meta property=\"og:image:height\" content=\"{HEIGHT}\">\
         \n  <meta property=\"og:image:alt\" content=\"{alt}\">\
         \n  <meta name=\"twitter:image\" content=\"{url}\">\
         \n  <meta name=\"twitter:image:alt\" content=\"{alt}\">"
    );
    let (mut named, mut described) = (false, false);
    let tagged = util::rewrite_html(
        html,
        vec![
            element!("meta[property=\"og:image\"]", |_| {
                named = true;
                Ok(())
            }),
            element!("meta[property=\"og:description\"]", |meta| {
                described = true;
                meta.after(&tags, ContentType::Html);
                Ok(())
            }),
        ],
    )?;
    Ok((described && !named).then_some(tagged))
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

/// The command line: the site's Chromium flags, a throwaway profile, no scrollbar in the picture,
/// the window exactly the image's size.
pub fn chromium_args(profile: &Path, output: &Path, url: &str) -> Vec<String> {
    let mut args = vec!["--headless".to_owned()];
    args.extend(site::CHROMIUM_FLAGS.iter().map(|flag| (*flag).to_owned()));
    args.push("--hide-scrollbars".into());
    // Light, as most readers and every link preview see it, whatever the build machine prefers.
    args.push("--blink-settings=preferredColorScheme=1".into());
    args.push(format!("--window-size={WIDTH},{HEIGHT}"));
    args.push(format!("--user-data-dir={}", profile.display()));
    args.push(format!("--screenshot={}", output.display()));
    args.push(url.to_owned());
    args
}

/// Serves a copy of the folder on loopback (with the site's Content-Security-Policy, as a host
/// would) and has Chromium photograph one edition's page (`index`). The page asks for nothing beyond its own
/// files.
///
/// The copy's page has its scripts removed: the prerendered page is the page, the controls the
/// scripts reveal mean nothing in a picture, and with them headless Chromium's `--screenshot` now
/// and then never returned (about one run in three; never without them in the runs tried).
fn screenshot(chromium: &Path, dir: &Path, index: &str) -> Result<Vec<u8>, String> {
    let work = std::env::temp_dir().join(format!("r1-og-image-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|error| error.to_string())?;
    let site_copy = work.join("site");
    util::copy_dir(dir, &site_copy)?;
    let page = util::read_text(&site_copy, index)?;
    util::write(&site_copy, index, util::strip_scripts(&page)?)?;
    let server = Server::start(&site_copy, 0, true)?;
    let output: PathBuf = work.join("og.png");
    // The folder's address, not its index.html: the page's canonical form, as a host serves it.
    let path = index.trim_end_matches(site::INDEX);
    let args = chromium_args(
        &work.join("profile"),
        &output,
        &format!("{}{path}", server.url()),
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
    drop(server);
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
    println!("xtask: $ {}", describe(command));
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
            image_url(
                Some("https://example.org/r1/"),
                "og-image-00000000deadbeef.png",
                true
            ),
            "https://example.org/r1/og-image-00000000deadbeef.png"
        );
        assert_eq!(image_url(None, "og-image-1.png", false), "og-image-1.png");
        // From zh/, the picture at the top of the site is one folder up.
        assert_eq!(image_url(None, "og-image-1.png", true), "../og-image-1.png");
        // Not a web address (a typo, a path): relative is the safe reading.
        assert_eq!(
            image_url(
                site::public_url_from("example.org/").as_deref(),
                "og-image-1.png",
                false
            ),
            "og-image-1.png"
        );
    }

    #[test]
    fn tags_go_after_the_description_once_and_only_on_pages_with_open_graph() {
        let page = "<head>\n  <meta property=\"og:title\" content=\"T\">\n  <meta property=\"og:description\" content=\"D\">\n  <meta name=\"twitter:card\" content=\"summary_large_image\">\n</head>";
        let tagged = with_image_tags(page, "https://x.org/a?b=1&c=\"2\"", "首屏 \"A\"")
            .unwrap()
            .unwrap();
        let after = tagged.find("og:description").unwrap();
        let image = tagged.find("<meta property=\"og:image\"").unwrap();
        assert!(image > after && image < tagged.find("twitter:card").unwrap());
        assert!(tagged.contains("content=\"https://x.org/a?b=1&amp;c=&quot;2&quot;\""));
        assert!(tagged.contains("<meta property=\"og:image:width\" content=\"1200\">"));
        assert!(tagged.contains("<meta property=\"og:image:height\" content=\"630\">"));
        assert!(tagged.contains(
            "<meta name=\"twitter:image\" content=\"https://x.org/a?b=1&amp;c=&quot;2&quot;\">"
        ));
        assert!(tagged.contains("<meta property=\"og:image:alt\" content=\"首屏 &quot;A&quot;\">"));
        assert_eq!(
            with_image_tags(&tagged, "y.png", "B").unwrap(),
            None,
            "never twice"
        );
        assert_eq!(
            with_image_tags("<head></head>", "y.png", "B").unwrap(),
            None
        );
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
}
