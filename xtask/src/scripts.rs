//! The JavaScript the build writes, assembled from the files in `assets/` (each piece written once)
//! with this build's names filled into their `__PLACEHOLDER__`s: the page's and the embeds' loaders,
//! the single-file edition's script, and the service worker.
//!
//! A piece's opening comment is for the reader of `assets/`, and is left out of the loaders it is
//! joined into: the reader of the page downloads only code and the comments inside it.

/// Keeps what a reader does in a widget before its wasm is live, and applies it once it is; first
/// in every loader, so it listens from the moment the page is interactive.
pub const EARLY_INPUT: &str = include_str!("../../assets/early-input.js");
/// `startIslands()`, one wasm instance per island (`__GLUE__`, `__WASM__`, `__TEXT__`).
pub const ISLANDS: &str = include_str!("../../assets/scripts/islands.js");
/// The reload link of an island's error box, and `couldNotStart(what)`.
pub const FAILURE: &str = include_str!("../../assets/scripts/failure.js");
/// The note shown while the page is the copy saved on this device.
pub const OFFLINE_NOTE: &str = include_str!("../../assets/scripts/offline-note.js");
/// The share, cite and download tools, part of every loader rather than a file of their own: with
/// a separate deferred script, the page's load now and then never completed in headless Chromium
/// (its `--screenshot`, and `page.goto` in the bench), and one request fewer is better anyway. The
/// loader is a module, so the tools start once the document is parsed.
pub const SHARE: &str = include_str!("../../assets/share.js");
/// When the full page starts the wasm, and the service worker's registration.
pub const PAGE: &str = include_str!("../../assets/scripts/page.js");
/// The embed view's side: height, theme, and the start near the viewport.
pub const EMBED_VIEW: &str = include_str!("../../assets/embed/view.js");
/// The single-file edition's start (`__INIT__`).
pub const SINGLE_FILE: &str = include_str!("../../assets/scripts/single-file.js");
/// `sw.js` (`__VERSION__`, `__PAGES__`, `__ASSETS__`).
pub const SERVICE_WORKER: &str = include_str!("../../assets/scripts/service-worker.js");

/// `template` with each placeholder replaced. Fails on a placeholder the template lacks, so a
/// renamed one in a file cannot silently leave `__NAME__` in the output.
pub fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut out = template.to_owned();
    for (placeholder, value) in values {
        if !out.contains(placeholder) {
            return Err(format!("a script template has no {placeholder}"));
        }
        out = out.replace(placeholder, value);
    }
    Ok(out)
}

/// A piece without its opening comment (the lines before its first line of code).
pub fn piece(source: &str) -> &str {
    let mut rest = source;
    while rest.starts_with("//") || rest.starts_with('\n') {
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    rest
}

/// The page's loader (`boot-<hash>.js`) for this build's glue and wasm (as the page names them,
/// e.g. `./r1-explainer-<hash>.js`).
pub fn page_loader(files: &LoaderFiles) -> Result<String, String> {
    loader(files, &[OFFLINE_NOTE, SHARE, PAGE])
}

/// The embed views' loader (`embed-boot-<hash>.js`).
pub fn embed_loader(files: &LoaderFiles) -> Result<String, String> {
    loader(files, &[SHARE, EMBED_VIEW])
}

/// The files a loader starts, as the page names them (`./r1-explainer-<hash>.js`).
pub struct LoaderFiles<'a> {
    pub glue: &'a str,
    pub wasm: &'a str,
    /// The page text (`page-text-<hash>.json`).
    pub text: &'a str,
}

/// Every loader: input kept from the start, the islands, what a failure does, then `rest`.
fn loader(files: &LoaderFiles, rest: &[&str]) -> Result<String, String> {
    let islands = fill(
        ISLANDS,
        &[
            ("__GLUE__", files.glue),
            ("__WASM__", files.wasm),
            ("__TEXT__", files.text),
        ],
    )?;
    let pieces: Vec<&str> = [EARLY_INPUT, &islands, FAILURE]
        .into_iter()
        .chain(rest.iter().copied())
        .map(piece)
        .collect();
    Ok(pieces.join("\n"))
}

/// The single file's one inline module: the glue (its exports removed, `init` its init function),
/// the share tools, then in a block of their own the offline note, the failure handling and the
/// start.
pub fn single_file(glue: &str, init: &str) -> Result<String, String> {
    let start = fill(SINGLE_FILE, &[("__INIT__", init)])?;
    Ok(format!(
        "{glue}\n{}\n{{\n{}\n{}\n{}}}\n",
        piece(SHARE),
        piece(OFFLINE_NOTE),
        piece(FAILURE),
        piece(&start)
    ))
}

/// `sw.js`: the cache version and the precache lists, as JavaScript array rows.
pub fn service_worker(version: &str, pages: &str, assets: &str) -> Result<String, String> {
    fill(
        SERVICE_WORKER,
        &[
            ("__VERSION__", version),
            ("__PAGES__", pages),
            ("__ASSETS__", assets),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: LoaderFiles = LoaderFiles {
        glue: "./r1-explainer-0123456789abcdef.js",
        wasm: "./r1-explainer-0123456789abcdef_bg.wasm",
        text: "./page-text-0123456789abcdef.json",
    };

    #[test]
    fn the_page_loader_starts_the_named_wasm_after_load() {
        let script = page_loader(&FILES).unwrap();
        assert!(
            script.starts_with(piece(EARLY_INPUT)),
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
        assert!(script.contains("glue.mount(keys, await pageText)"));
        assert!(script.contains("new URL('./page-text-0123456789abcdef.json', import.meta.url)"));
        assert!(script.contains("closest('a[data-reload]')"));
        assert!(script.contains("addEventListener('load', afterLoad"));
        assert!(
            script.contains(piece(SHARE)),
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
        assert!(
            !script.contains("__GLUE__")
                && !script.contains("__WASM__")
                && !script.contains("__TEXT__")
        );
        assert!(!script.contains("islands.js:"), "no file's opening comment");
    }

    #[test]
    fn the_embed_loader_starts_near_the_viewport_and_talks_to_the_host() {
        let script = embed_loader(&FILES).unwrap();
        assert!(script.starts_with(piece(EARLY_INPUT)));
        assert!(script.contains(
            "const glueUrl = new URL('./r1-explainer-0123456789abcdef.js', import.meta.url)"
        ));
        assert!(script.contains("function startIslands()"));
        assert!(script.contains("startIslands().catch(couldNotStart('view'))"));
        assert!(script.contains("new IntersectionObserver"));
        assert!(script.contains("type: 'r1-explainer:resize'"));
        assert!(script.contains("sentinel: 'amp', type: 'embed-size'"));
        assert!(!script.contains("serviceWorker"));
    }

    #[test]
    fn the_single_file_script_starts_the_inlined_glue_without_a_worker() {
        let script = single_file("async function __wbg_init() {}\n", "__wbg_init").unwrap();
        assert!(script.contains("__wbg_init({ module_or_path: bytes })"));
        assert!(script.contains("closest('a[data-reload]')"));
        assert!(!script.contains("serviceWorker"));
        assert!(!script.contains("__INIT__"));
    }

    #[test]
    fn a_piece_loses_its_opening_comment_only() {
        assert_eq!(
            piece("// a.js: what it is\n// more\n\nconst a = 1; // kept\n// kept\n"),
            "const a = 1; // kept\n// kept\n"
        );
        assert_eq!(piece("code();\n"), "code();\n");
    }

    #[test]
    fn a_missing_placeholder_is_an_error() {
        assert!(fill("no placeholder", &[("__X__", "y")]).is_err());
        assert_eq!(fill("a __X__ b", &[("__X__", "y")]).unwrap(), "a y b");
    }

    /// The assembled scripts parse, so a piece that declares a name another piece declares too
    /// (one module scope) fails here rather than in a browser. Needs node, as the test tiers do.
    #[test]
    fn the_assembled_scripts_parse() {
        if std::process::Command::new("node")
            .arg("--version")
            .output()
            .is_err()
        {
            eprintln!("node is not installed: the assembled scripts were not parsed");
            return;
        }
        let dir = std::env::temp_dir().join(format!("r1-scripts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let glue = "let wasm;\nasync function __wbg_init() {}\nfunction mount(keys) {}\n";
        for (name, script) in [
            ("page.mjs", page_loader(&FILES).unwrap()),
            ("embed.mjs", embed_loader(&FILES).unwrap()),
            ("single.mjs", single_file(glue, "__wbg_init").unwrap()),
            ("sw.js", service_worker("0", "", "").unwrap()),
        ] {
            let path = dir.join(name);
            std::fs::write(&path, script).unwrap();
            let output = std::process::Command::new("node")
                .arg("--check")
                .arg(&path)
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
