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
    let loader = html[body_start..body_end].trim().to_owned();
    html.replace_range(start..body_end + "</script>".len(), "");

    let file_name = format!("boot-{:016x}.js", fnv1a(loader.as_bytes()));
    std::fs::write(dist.join(&file_name), format!("{loader}\n"))
        .map_err(|error| format!("cannot write {file_name}: {error}"))?;
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let close = html
        .rfind("</body>")
        .ok_or("dist/index.html has no </body>")?;
    html.insert_str(close, &format!("{tag}\n"));

    std::fs::write(index, html)
        .map_err(|error| format!("cannot write {}: {error}", index.display()))
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
