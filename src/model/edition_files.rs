//! Where each edition sits in the built site: its folder and its single-file download. The page
//! (`model::locale::Locale::files`) and the build (xtask/src/site.rs compiles this very file as a
//! module of its own) both read it, so they cannot disagree; for that it imports nothing.

/// One edition's place in the built site.
pub struct EditionFiles {
    /// Its folder under the site's root, without a slash; empty for the root.
    pub folder: &'static str,
    /// Its single-file download (everything in one HTML file that opens from disk), at the root.
    pub single_file: &'static str,
}

/// The English edition, at the root.
pub const ENGLISH: EditionFiles = EditionFiles {
    folder: "",
    single_file: "r1-explainer-offline.html",
};

/// The Simplified Chinese edition.
pub const CHINESE: EditionFiles = EditionFiles {
    folder: "zh",
    single_file: "r1-explainer-offline-zh.html",
};
