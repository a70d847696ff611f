//! The values the build stages pass along: the `Options` of one build, and the `Dist` it has made
//! so far, which carries every generated file's name forward so no stage has to look for it again.

use std::path::{Path, PathBuf};

use crate::site;
use crate::toolchain::{Toolchain, Wanted};
use crate::util;

/// What to build, and how far.
pub struct Options {
    /// The folder the site is written to (`dist/`; the bench builds variants beside it).
    pub dir: PathBuf,
    /// The cargo features of the browser build: `hydration` for the site, others for the bench's
    /// variants.
    pub features: String,
    /// The address the site is published at (`site::public_url`), or `None` for relative addresses.
    pub public_url: Option<String>,
    /// The last stage to run: a bench variant stops after Trunk, or after the loader.
    pub last: Stage,
    /// The toolchain the wasm is compiled with: the nightly size build where one can be had.
    pub toolchain: Wanted,
    /// The islands the wasm can start (keys, comma-separated), or `None` for all of them: the
    /// bench's size probe builds the wasm with one left out (`Island::built_in` in src/island.rs).
    pub islands: Option<String>,
}

impl Options {
    /// The site as it ships: every stage, into `dist/`.
    pub fn site() -> Options {
        Options {
            dir: util::root().join("dist"),
            features: "hydration".into(),
            public_url: site::public_url(),
            last: Stage::Headers,
            toolchain: Wanted::SmallestAvailable,
            islands: None,
        }
    }

    /// The stable fallback, beside the site: what every machine can build, and what the test
    /// tier smoke-tests and `cargo xtask size --stable` measures.
    pub fn stable_fallback() -> Options {
        Options {
            dir: util::root().join("target/dist-stable"),
            toolchain: Wanted::Stable,
            ..Options::site()
        }
    }
}

/// The stages, in the order `pipeline::run` runs them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Stage {
    Trunk,
    Prerender,
    Loader,
    Embeds,
    OgImage,
    Offline,
    Headers,
}

/// The built folder and the names of what is in it. Names are relative to `dir`, as a page
/// references them without its `./`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Dist {
    pub dir: PathBuf,
    /// wasm-bindgen's JS glue and the wasm, as Trunk named them (`r1-explainer-<hash>.js`,
    /// `r1-explainer-<hash>_bg.wasm`).
    pub glue: String,
    pub wasm: String,
    /// The full page's loader (`boot-<hash>.js`), once the loader stage has written it.
    pub page_loader: Option<String>,
    /// The embed views' loader (`embed-boot-<hash>.js`).
    pub embed_loader: Option<String>,
    /// The embed views the prerender wrote (`embed-<view>.html`), sorted.
    pub embeds: Vec<String>,
    /// The social preview images, one per edition that got one (none without a browser).
    pub og_images: Vec<String>,
    /// The text the islands read instead of carrying it (`page-text-<hash>.json`), once the
    /// prerender has written it.
    pub page_text: Option<String>,
    /// The Chinese edition's page text (`zh/page-text-<hash>.json`).
    pub chinese_page_text: Option<String>,
    /// The toolchain the wasm was compiled with (`None` for a folder read back from disk).
    pub toolchain: Option<Toolchain>,
}

impl Dist {
    /// Every page of the site: the full page, then the embed views.
    pub fn pages(&self) -> Vec<String> {
        std::iter::once(site::INDEX.to_owned())
            .chain(self.embeds.iter().cloned())
            .collect()
    }

    /// The `Dist` of a folder built earlier (`cargo xtask offline-files --dir D`), read from its
    /// file names: wasm-bindgen writes `<name>_bg.wasm` beside `<name>.js`.
    pub fn of_folder(dir: &Path) -> Result<Dist, String> {
        let names = util::file_names(dir)?;
        let wasms: Vec<&String> = names
            .iter()
            .filter(|name| name.ends_with("_bg.wasm"))
            .collect();
        let [wasm] = wasms.as_slice() else {
            return Err(format!(
                "{} should hold exactly one *_bg.wasm, not {}",
                dir.display(),
                wasms.len()
            ));
        };
        let glue = format!("{}.js", wasm.trim_end_matches("_bg.wasm"));
        if !names.contains(&glue) {
            return Err(format!("{} has {wasm} but no {glue}", dir.display()));
        }
        let find = |prefix: &str| {
            names
                .iter()
                .find(|name| {
                    name.strip_prefix(prefix)
                        .is_some_and(|rest| rest.ends_with(".js"))
                        && site::is_hashed(name)
                })
                .cloned()
        };
        Ok(Dist {
            dir: dir.to_path_buf(),
            glue,
            wasm: (*wasm).clone(),
            page_loader: find("boot-"),
            embed_loader: find("embed-boot-"),
            embeds: names
                .iter()
                .filter(|name| site::is_embed_page(name))
                .cloned()
                .collect(),
            og_images: names
                .iter()
                .filter(|name| site::is_og_image(name))
                .cloned()
                .collect(),
            page_text: names.iter().find(|name| site::is_page_text(name)).cloned(),
            chinese_page_text: util::file_names(&dir.join(site::EDITION_FOLDERS[0]))
                .unwrap_or_default()
                .into_iter()
                .find(|name| site::is_page_text(name))
                .map(|name| format!("{}/{name}", site::EDITION_FOLDERS[0])),
            toolchain: None,
        })
    }
}

impl Dist {
    /// The Chinese edition's embed views (`zh/embed-<view>.html`), sorted.
    pub fn chinese_embeds(&self) -> Result<Vec<String>, String> {
        let folder = site::EDITION_FOLDERS[0];
        if !self.dir.join(folder).is_dir() {
            return Ok(Vec::new());
        }
        Ok(util::file_names(&self.dir.join(folder))?
            .into_iter()
            .filter(|name| site::is_embed_page(name))
            .map(|name| format!("{folder}/{name}"))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_folder_is_read_back_from_its_names() {
        let dir = std::env::temp_dir().join(format!("r1-dist-of-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "index.html",
            "embed-cost.html",
            "embed-boot-169c8c6c7f010db3.js",
            "boot-52de704740c80588.js",
            "r1-explainer-d81b5a8661b6b.js",
            "r1-explainer-d81b5a8661b6b_bg.wasm",
            "og-image-0123456789abcdef.png",
            "embed.js",
        ] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let dist = Dist::of_folder(&dir).unwrap();
        assert_eq!(dist.glue, "r1-explainer-d81b5a8661b6b.js");
        assert_eq!(dist.wasm, "r1-explainer-d81b5a8661b6b_bg.wasm");
        assert_eq!(
            dist.page_loader.as_deref(),
            Some("boot-52de704740c80588.js")
        );
        assert_eq!(
            dist.embed_loader.as_deref(),
            Some("embed-boot-169c8c6c7f010db3.js")
        );
        assert_eq!(dist.pages(), ["index.html", "embed-cost.html"]);
        assert_eq!(dist.og_images, ["og-image-0123456789abcdef.png"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
