//! The copy-paste embed snippet and the oEmbed document for a view, built the same way on the page
//! (with the page's real address) and at build time (with the configured public URL).

/// The address the site is published at, with its final `/`, as the build hands it to the
/// prerender (`PUBLIC_URL`); `None` for a site of relative addresses. xtask's `site::public_url`
/// is the one rule that reads and checks the reader's setting: this only takes what it was given,
/// so the page, its share tools, the oEmbed files and the preview image agree. (Never set in the
/// browser, where this is always `None`.)
pub fn public_url() -> Option<String> {
    std::env::var("PUBLIC_URL")
        .ok()
        .filter(|url| url.ends_with('/'))
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe plus the host script. `base` is the folder the site is served from (ending in `/`),
/// `fragment` the view's state (`#in=…` or empty).
pub fn snippet(base: &str, key: &str, fragment: &str, title: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"clipboard-write\" data-r1-embed width=\"100%\" height=\"{height}\" style=\"border:0;width:100%;max-width:100%\"></iframe>\n<script src=\"{}\" async></script>",
        attribute(&format!("{base}embed-{key}.html{fragment}")),
        attribute(title),
        attribute(&format!("{base}embed.js")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_has_title_lazy_loading_clipboard_and_the_host_script() {
        let html = snippet(
            "https://example.org/r1/",
            "cost",
            "#in=5",
            "Costs \"now\"",
            1400,
        );
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/r1/embed-cost.html#in=5\" title=\"Costs &quot;now&quot;\" loading=\"lazy\" allow=\"clipboard-write\" data-r1-embed width=\"100%\" height=\"1400\" style=\"border:0;width:100%;max-width:100%\"></iframe>\n<script src=\"https://example.org/r1/embed.js\" async></script>"
        );
    }
}
