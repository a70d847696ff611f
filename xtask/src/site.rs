//! The facts of the built site that more than one part of xtask needs: its Content-Security-Policy,
//! which file names carry a content hash, its public address, the names of the files the build
//! generates, the Chromium flags every headless run uses, and the size budgets.

/// The Content-Security-Policy the site is built for: no inline script or style, no other origin.
/// `'wasm-unsafe-eval'` lets the page compile its own WebAssembly; embeds may be framed anywhere.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

/// The policy as a `<meta>` can carry it: browsers ignore (and warn about) `frame-ancestors` there,
/// so that directive is left to the HTTP header.
pub fn csp_meta() -> String {
    let policy: Vec<&str> = CONTENT_SECURITY_POLICY
        .split("; ")
        .filter(|directive| !directive.starts_with("frame-ancestors"))
        .collect();
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy.join("; ")
    )
}

/// Whether a file name (or a path ending in one) carries a content hash, so it never changes under
/// its name and may be cached forever: `name-<hash>.ext` or wasm-bindgen's `name-<hash>_bg.wasm`.
///
/// How long a host may keep `name` (a file at the top of the site), as `_headers` says and the
/// published-mode server answers: pages and the service worker revalidated on every visit (so a
/// deploy is seen at once), hashed files for good, the rest an hour.
pub fn cache_control(name: &str) -> &'static str {
    if name.ends_with(".html") || name == SERVICE_WORKER {
        "no-cache"
    } else if is_hashed(name) {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=3600"
    }
}

/// The page text the islands read (src/model/page_text.rs): the prerender writes `PAGE_TEXT`, the
/// build renames it `page-text-<hash>.json`.
pub const PAGE_TEXT: &str = "page-text.json";
pub const PAGE_TEXT_PREFIX: &str = "page-text";

pub fn is_page_text(name: &str) -> bool {
    name.starts_with("page-text-") && name.ends_with(".json") && is_hashed(name)
}

/// One rule for `_headers` and `sw.js`. Trunk names files with its 64-bit hash in lowercase hex
/// without leading zeros (`{:x}`), and xtask with 16 digits (`{:016x}`). Fewer than 10 digits would
/// take six leading zero digits (one Trunk hash in 16.7 million), and such a file is only revalidated
/// rather than kept; a shorter minimum would start to read names like `icon-512.png` as hashed, and
/// those would then be cached for a year under a name that a new build reuses.
pub fn is_hashed(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    let stem = file
        .split('.')
        .next()
        .unwrap_or(file)
        .trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (10..=16).contains(&hash.len())
            && hash
                .bytes()
                .all(|byte| byte.is_ascii_digit() || (b'a'..=b'f').contains(&byte))
    })
}

/// The address the site is published at, from `PUBLIC_URL`, with a final `/`; `None` when it is
/// unset or not an http(s) address (a typo or a path is read as unknown, and every address the
/// build writes then stays relative, which works from any folder of any host). The build hands the
/// prerender this value, never the raw variable, so the page, the oEmbed files and the preview
/// image agree on it.
pub fn public_url() -> Option<String> {
    public_url_from(&std::env::var("PUBLIC_URL").unwrap_or_default())
}

pub fn public_url_from(raw: &str) -> Option<String> {
    let url = raw.trim();
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return None;
    }
    Some(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    })
}

/// The flags of every headless Chromium the project starts (the preview image, the end-to-end
/// tests, the bench, and the wasm tier's, through `webdriver.json`, which a test below keeps equal
/// to these): they let it run as root in a sandbox-less container whose only network is loopback,
/// without reaching out on its own. xtask hands them to the node scripts as `CHROMIUM_FLAGS`
/// (`cargo xtask chromium-flags` prints them).
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
];

/// `CHROMIUM_FLAGS` as the node scripts read it: space-separated (no flag has a space).
pub fn chromium_flags_env() -> String {
    CHROMIUM_FLAGS.join(" ")
}

/// Where each edition sits, read from the very file the page reads (src/model/edition_files.rs:
/// it imports nothing, so it compiles here as it stands), so the build writes the files the page
/// links to.
#[path = "../../src/model/edition_files.rs"]
mod edition_files;
use edition_files::{CHINESE, ENGLISH};

/// The full page, which the prerender fills and every other page is made from.
pub const INDEX: &str = "index.html";
/// The folders of the other editions: each holds its own `index.html` and shares every other
/// file with the English page one folder up.
pub const EDITION_FOLDERS: [&str; 1] = [CHINESE.folder];
/// The single-file edition. Not precached: it repeats every other file, and it is a download.
pub const SINGLE_FILE: &str = ENGLISH.single_file;
/// The Chinese edition's single file (src/components/page.rs links it from `zh/`).
pub const CHINESE_SINGLE_FILE: &str = CHINESE.single_file;

/// The Chinese edition's page (`zh/index.html`).
pub fn chinese_index() -> String {
    format!("{}/{INDEX}", CHINESE.folder)
}
pub const MANIFEST: &str = "manifest.webmanifest";
pub const SERVICE_WORKER: &str = "sw.js";
/// Host configuration (Netlify, Cloudflare Pages), never fetched by a page.
pub const HEADERS: &str = "_headers";
/// Copied from assets/embed/ beside the embed views: the host page's script and the view's theme.
pub const EMBED_HOST_SCRIPT: &str = "embed.js";
pub const EMBED_THEME_SCRIPT: &str = "embed-theme.js";

/// `og-image-<16 hex digits>.png`: content-hashed, so hosts may cache it forever (`_headers`).
pub const OG_IMAGE_PREFIX: &str = "og-image-";

/// Whether a file is the social preview image (for link previews, never shown by a page).
pub fn is_og_image(name: &str) -> bool {
    name.starts_with(OG_IMAGE_PREFIX) && name.ends_with(".png")
}

/// Whether a file of dist/ is an embed view (`embed-<view>.html`).
pub fn is_embed_page(name: &str) -> bool {
    name.starts_with("embed-") && name.ends_with(".html")
}

/// design.md's budgets, brotli: the wasm, and everything a first load fetches.
pub const WASM_BUDGET: usize = 90 * 1024;
pub const FIRST_LOAD_BUDGET: usize = 150 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_trunk_and_xtask_content_hashes() {
        for hashed in [
            "r1-explainer-2f764725c26bf61e_bg.wasm",
            "main-64ca7262ccf259f6.css",
            "boot-52de704740c80588.js",
            "r1-explainer-d81b5a8661b6b.js",
            "r1-explainer-d81b5a8661b6b_bg.wasm",
            "timeline-1aa4cb84500ea3e.css",
            "embed-boot-169c8c6c7f010db3.js",
            "og-image-0123456789abcdef.png",
            "snippets/x-0123456789abcdef.js",
        ] {
            assert!(is_hashed(hashed), "{hashed}");
        }
        for unhashed in [
            "index.html",
            "favicon.svg",
            "r1-explainer.js",
            "embed-cost.html",
            "icon-512.png",
            "manifest.webmanifest",
            "r1-explainer-offline.html",
            "main-DEADBEEF00.css",
            "x-0123456789abcdef0.js",
        ] {
            assert!(!is_hashed(unhashed), "{unhashed}");
        }
    }

    #[test]
    fn the_page_text_is_known_by_its_hashed_name_only() {
        assert!(is_page_text("page-text-f7d67b9ad19969fb.json"));
        assert!(is_hashed("page-text-f7d67b9ad19969fb.json"));
        assert!(!is_page_text(PAGE_TEXT), "the prerender's unhashed name");
        assert!(!is_page_text("oembed-cost.json"));
    }

    /// What `webdriver.json` at the workspace's root must hold: the Chromium that
    /// wasm-bindgen-test-runner starts for the wasm tier, headless and with `CHROMIUM_FLAGS`. The
    /// runner reads that file, not xtask, so this test keeps it equal to the flags.
    fn webdriver_json() -> String {
        let args: Vec<&str> = std::iter::once("--headless=new")
            .chain(CHROMIUM_FLAGS.iter().copied())
            .collect();
        let json = serde_json::json!({ "goog:chromeOptions": { "args": args } });
        format!("{}\n", serde_json::to_string_pretty(&json).unwrap())
    }

    #[test]
    fn webdriver_json_runs_the_wasm_tier_with_the_site_flags() {
        let path = crate::util::root().join("webdriver.json");
        let file = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            file == webdriver_json(),
            "{} must hold CHROMIUM_FLAGS (xtask/src/site.rs); write it as:\n{}",
            path.display(),
            webdriver_json()
        );
        assert!(file.contains("--disable-quic"));
    }

    #[test]
    fn the_meta_policy_leaves_frame_ancestors_to_the_header() {
        let meta = csp_meta();
        assert!(meta.starts_with("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"));
        assert!(meta.ends_with("form-action 'none'\">"));
        assert!(!meta.contains("frame-ancestors"));
    }

    #[test]
    fn the_public_address_is_an_http_address_with_a_final_slash_or_unknown() {
        assert_eq!(
            public_url_from("https://example.org/r1").as_deref(),
            Some("https://example.org/r1/")
        );
        assert_eq!(
            public_url_from(" http://x.org/ ").as_deref(),
            Some("http://x.org/")
        );
        assert_eq!(public_url_from(""), None);
        assert_eq!(public_url_from("example.org/"), None);
    }

    #[test]
    fn only_the_hashed_preview_counts_as_the_preview() {
        assert!(is_og_image("og-image-0123456789abcdef.png"));
        assert!(!is_og_image("icon-192.png"));
        assert!(!is_og_image("og-image-notes.txt"));
    }
}
