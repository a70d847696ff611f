//! `cargo xtask screenshots`: the README's pictures (docs/*.png), taken from the built site in
//! headless Chromium at 390 and 1280 px, light and dark, so they always show the page as built.

use std::process::Command;

use crate::pipeline::{self, Options};
use crate::site;
use crate::tools;
use crate::util::server::Server;
use crate::util::{root, run};

pub fn screenshots() -> Result<(), String> {
    let dist = pipeline::run(&Options::site())?;
    let browser = tools::ensure_browser()?;
    tools::ensure_e2e_packages()?;
    let server = Server::start(&dist.dir, 0, true)?;
    run(Command::new("node")
        .arg("tests/e2e/screenshots.mjs")
        .env("BASE_URL", server.url())
        .env("CHROMIUM", &browser.chromium)
        .env("CHROMIUM_FLAGS", site::chromium_flags_env())
        .env("OUT_DIR", root().join("docs"))
        .current_dir(root()))
}
