//! The service worker `sw.js` (assets/scripts/service-worker.js), filled in with a precache list
//! and a cache version made from the files actually in the folder: there is no list to keep.

use std::path::Path;

use crate::pipeline::dist::Dist;
use crate::scripts;
use crate::site;
use crate::util::{self, integrity};

pub struct Summary {
    pub files: usize,
    pub bytes: u64,
    pub version: String,
}

/// Every file the service worker stores, relative to the folder with `/`, sorted: the folder as
/// built, never a hand-kept list. Leaves out the worker itself, `_headers`, the single-file
/// download, the social preview image (nobody needs a link-preview card offline, and it would add
/// ~100 KB to every reader's cache) and hidden files.
pub fn precache_list(dist: &Dist) -> Result<Vec<String>, String> {
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
            } else {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut names = Vec::new();
    walk(&dist.dir, "", &mut names)?;
    names.retain(|name| {
        ![
            site::SERVICE_WORKER,
            site::HEADERS,
            site::SINGLE_FILE,
            site::CHINESE_SINGLE_FILE,
        ]
        .contains(&name.as_str())
            && !dist.og_images.contains(name)
    });
    names.sort();
    Ok(names)
}

/// The cache version: a hash of the list and of every listed file's bytes, so any change to any
/// file (or a file added or removed) gives the worker a new cache and a new `sw.js`.
pub fn cache_version(dir: &Path, names: &[String]) -> Result<String, String> {
    let mut all = Vec::new();
    for name in names {
        let bytes = util::read(dir, name)?;
        all.extend_from_slice(name.as_bytes());
        all.push(0);
        all.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        all.extend_from_slice(&bytes);
    }
    Ok(format!("{:016x}", util::fnv1a(&all)))
}

fn json(text: &str) -> String {
    serde_json::to_string(text).expect("a string always serialises")
}

/// Writes `sw.js` from the files now in the folder.
pub fn write(dist: &Dist) -> Result<Summary, String> {
    let names = precache_list(dist)?;
    let version = cache_version(&dist.dir, &names)?;
    let hashed: Vec<&String> = names.iter().filter(|name| site::is_hashed(name)).collect();
    let mut pages = Vec::new();
    let mut assets = Vec::new();
    let mut bytes = 0u64;
    for name in &names {
        let content = util::read(&dist.dir, name)?;
        bytes += content.len() as u64;
        if name.ends_with(".html") {
            // A page is checked by the build-specific names it references rather than by its
            // bytes, so a host that injects a snippet into HTML does not disable offline use.
            let text = String::from_utf8_lossy(&content);
            let needs: Vec<String> = hashed
                .iter()
                .filter(|asset| text.contains(asset.as_str()))
                .map(|asset| json(asset))
                .collect();
            pages.push(format!("  [{}, [{}]],", json(name), needs.join(", ")));
        } else {
            assets.push(format!(
                "  [{}, {}, {}],",
                json(name),
                json(&integrity(&content)),
                site::is_hashed(name)
            ));
        }
    }
    let worker = scripts::service_worker(&version, &pages.join("\n"), &assets.join("\n"))?;
    util::write(&dist.dir, site::SERVICE_WORKER, worker)?;
    Ok(Summary {
        files: names.len(),
        bytes,
        version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn temp_dist(tag: &str, files: &[(&str, &str)]) -> Dist {
        let dir = std::env::temp_dir().join(format!("r1-offline-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (name, content) in files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, content).unwrap();
        }
        Dist {
            dir,
            og_images: files
                .iter()
                .map(|(name, _)| *name)
                .filter(|name| site::is_og_image(name))
                .map(str::to_owned)
                .collect(),
            ..Dist::default()
        }
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
                (site::SINGLE_FILE, "big"),
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
        std::fs::remove_dir_all(&dist.dir).unwrap();
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
        let version = || cache_version(&dist.dir, &precache_list(&dist).unwrap()).unwrap();
        let first = version();
        assert_eq!(first.len(), 16);
        assert_eq!(version(), first, "the same files give the same version");
        std::fs::write(dist.dir.join("sw.js"), "anything").unwrap();
        std::fs::write(dist.dir.join("_headers"), "anything").unwrap();
        assert_eq!(
            version(),
            first,
            "the worker and _headers are not part of it"
        );
        std::fs::write(
            dist.dir.join("main-0123456789abcdef.css"),
            "body{color:red}",
        )
        .unwrap();
        let changed = version();
        assert_ne!(changed, first, "a changed file changes the version");
        std::fs::write(dist.dir.join("favicon.svg"), "<svg/>").unwrap();
        assert_ne!(version(), changed, "an added file changes the version");
        std::fs::remove_dir_all(&dist.dir).unwrap();
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
        let summary = write(&dist).unwrap();
        let worker = std::fs::read_to_string(dist.dir.join("sw.js")).unwrap();
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
        std::fs::remove_dir_all(&dist.dir).unwrap();
    }

    #[test]
    fn integrity_is_sha384_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
