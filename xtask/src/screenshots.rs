//! `cargo xtask screenshots`: the README's pictures (docs/*.png), taken from the built site in
//! headless Chromium at 390 and 1280 px, light and dark, so they always show the page as built.

use std::process::Command;

use crate::root;
use crate::tools::{self, run};

pub fn screenshots() -> Result<(), String> {
    crate::build::build()?;
    let browser = tools::ensure_browser()?;
    tools::ensure_e2e_packages()?;
    let server = crate::serve::serve_in_background(&root().join("dist"), true)?;
    run(Command::new("node")
        .arg("tests/e2e/screenshots.mjs")
        .env("BASE_URL", format!("http://{}/", server.address))
        .env("CHROMIUM", &browser.chromium)
        .env("OUT_DIR", root().join("docs"))
        .current_dir(root()))
}
