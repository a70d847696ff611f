//! Stage 6, offline use: the app icons and the web app manifest, the single-file edition (with its
//! size noted on the page's download link), and last the service worker `sw.js`, whose precache
//! list and version cover everything above, the patched index.html included.

mod icons;
mod manifest;
mod single_file;
mod worker;

use crate::pipeline::dist::Dist;
use crate::site;

/// Writes every offline file into the folder. Idempotent: `cargo xtask offline-files` runs it
/// again on a folder built earlier.
pub fn write(dist: &Dist) -> Result<(), String> {
    icons::write(dist)?;
    manifest::write(dist)?;
    let single = single_file::write(dist)?;
    single_file::note_download_size(dist, site::INDEX, single)?;
    if let Some(chinese) = single_file::write_chinese(dist)? {
        single_file::note_download_size(dist, &site::chinese_index(), chinese)?;
    }
    let worker = worker::write(dist)?;
    println!(
        "xtask: offline files: {} {single} bytes; service worker precaches {} files, {} bytes (version {})",
        site::SINGLE_FILE,
        worker.files,
        worker.bytes,
        worker.version
    );
    Ok(())
}
