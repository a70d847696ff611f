//! Small helpers every part of xtask shares: where the workspace is, running a command, reading
//! and writing files with messages that name them, copying a folder, a content hash, compressed
//! sizes, and rewriting HTML through a real parser (lol_html).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine as _;
use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, ElementContentHandlers, RewriteStrSettings, Selector};

pub mod server;

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits inside the workspace")
        .to_path_buf()
}

/// Runs a command, echoing it, and turns a failure into a message naming the command.
pub fn run(command: &mut Command) -> Result<(), String> {
    println!("xtask: $ {}", describe(command));
    let status = command
        .status()
        .map_err(|error| format!("could not start `{}`: {error}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

pub fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The trimmed stdout of a command, or `None` if it cannot run or fails.
pub fn output_of(command: &mut Command) -> Option<String> {
    let output = command.stderr(Stdio::null()).output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

pub fn read(dir: &Path, name: &str) -> Result<Vec<u8>, String> {
    std::fs::read(dir.join(name))
        .map_err(|error| format!("cannot read {}: {error}", dir.join(name).display()))
}

pub fn read_text(dir: &Path, name: &str) -> Result<String, String> {
    String::from_utf8(read(dir, name)?)
        .map_err(|_| format!("{} is not UTF-8", dir.join(name).display()))
}

pub fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(dir.join(name), bytes)
        .map_err(|error| format!("cannot write {}: {error}", dir.join(name).display()))
}

/// The names of the files (not folders) directly in `dir`, sorted, so output never depends on
/// the order the file system lists them in.
pub fn file_names(dir: &Path) -> Result<Vec<String>, String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|error| format!("cannot list {}: {error}", dir.display()))?
        .flatten()
        .filter(|entry| entry.path().is_file())
        .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
        .collect();
    names.sort();
    Ok(names)
}

/// Makes `to` a copy of `from` (replacing whatever was there).
pub fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(from)
        .map_err(|e| e.to_string())?
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// A content hash for cache-busting file names (not for security): 64-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `<prefix>-<16 hex digits of the content's hash>.<extension>`, a name `site::is_hashed` accepts.
pub fn hashed_name(prefix: &str, bytes: &[u8], extension: &str) -> String {
    format!("{prefix}-{:016x}.{extension}", fnv1a(bytes))
}

pub fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Subresource integrity, as Trunk writes it for the stylesheets.
pub fn integrity(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha384};
    format!("sha384-{}", base64(&Sha384::digest(bytes)))
}

/// Raw, gzip -9 and brotli (quality 11) sizes in bytes.
#[derive(Clone, Copy, Default)]
pub struct Sizes {
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn compressed_sizes(bytes: &[u8]) -> Sizes {
    Sizes {
        raw: bytes.len(),
        gzip: gzip(bytes).len(),
        brotli: brotli(bytes).len(),
    }
}

/// `bytes` gzip-compressed at level 9.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = gzip.write_all(bytes);
    gzip.finish().unwrap_or_default()
}

/// `bytes` brotli-compressed at quality 11, the setting the sizes are reported at.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// One element handler of `rewrite_html`: a CSS selector and what to do with each element it matches.
pub type Handler<'h> = (
    std::borrow::Cow<'static, Selector>,
    ElementContentHandlers<'h>,
);

/// `html` passed through lol_html with `handlers`: everything they do not touch comes out byte for
/// byte as it went in, and a script's or a comment's text is never mistaken for markup.
pub fn rewrite_html(html: &str, handlers: Vec<Handler<'_>>) -> Result<String, String> {
    // ESI tags are a CDN feature that has no place in these pages: read as plain HTML.
    let settings = handlers.into_iter().fold(
        RewriteStrSettings::new().with_enable_esi_tags(false),
        RewriteStrSettings::append_element_content_handler,
    );
    rewrite_str(html, settings).map_err(|error| format!("cannot rewrite the HTML: {error}"))
}

/// An attribute of an element, with its entities decoded (`&amp;` → `&`), as a browser reads it.
pub fn attribute(element: &lol_html::html_content::Element<'_, '_>, name: &str) -> Option<String> {
    element
        .get_attribute(name)
        .map(|value| html_escape::decode_html_entities(&value).into_owned())
}

/// Text made safe inside a double-quoted attribute value.
pub fn escape_attribute(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text).into_owned()
}

/// A page with every `<script>` removed, inline or not: the static copy the bench measures and the
/// preview image photographs.
pub fn strip_scripts(html: &str) -> Result<String, String> {
    rewrite_html(
        html,
        vec![element!("script", |script| {
            script.remove();
            Ok(())
        })],
    )
}

/// Inserts `content` (HTML) right after every element `selector` matches.
pub fn insert_after(html: &str, selector: &str, content: &str) -> Result<String, String> {
    let mut found = false;
    let out = rewrite_html(
        html,
        vec![element!(selector, |element| {
            found = true;
            element.after(content, ContentType::Html);
            Ok(())
        })],
    )?;
    if found {
        Ok(out)
    } else {
        Err(format!("the page has no `{selector}`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_every_script_and_nothing_else() {
        let html = r#"<head><script type="module" src="a.js"></script></head><body><p>x</p><script>if (a < b) document.write("</p>")</script><!-- <script> --></body>"#;
        assert_eq!(
            strip_scripts(html).unwrap(),
            "<head></head><body><p>x</p><!-- <script> --></body>"
        );
    }

    #[test]
    fn compression_shrinks_repetitive_text() {
        let sizes = compressed_sizes("abc".repeat(1000).as_bytes());
        assert_eq!(sizes.raw, 3000);
        assert!(sizes.gzip < 100 && sizes.brotli < 100);
    }

    #[test]
    fn attributes_are_decoded_and_escaped() {
        let mut seen = None;
        rewrite_html(
            r#"<meta content="R1 &amp; o1 &quot;compared&quot; &#39;here&#39;">"#,
            vec![element!("meta", |meta| {
                seen = attribute(meta, "content");
                Ok(())
            })],
        )
        .unwrap();
        assert_eq!(seen.as_deref(), Some(r#"R1 & o1 "compared" 'here'"#));
        assert_eq!(
            escape_attribute(r#"https://x.org/a?b=1&c="2""#),
            "https://x.org/a?b=1&amp;c=&quot;2&quot;"
        );
    }

    #[test]
    fn hashed_names_carry_sixteen_hex_digits() {
        let name = hashed_name("boot", b"x", "js");
        assert_eq!(name.len(), "boot-".len() + 16 + ".js".len());
        assert!(crate::site::is_hashed(&name));
    }
}
