//! Offline support written at build time: the service worker with its generated precache list,
//! the web app manifest and icons, and the single-file edition (to be built; see issue 6).

use std::path::Path;

/// Writes every offline file into `dist/`. Runs after the prerender and `finish_html`.
pub fn write_offline_files(_dist: &Path) -> Result<(), String> {
    Ok(())
}
