//! The copy-paste embed snippet and the oEmbed document for a view, built the same way on the page
//! (with the page's real address) and at build time (with the configured public URL).

/// Escapes text for an HTML attribute value in double quotes.
pub fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Escapes text for a JSON string (without the quotes).
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
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

/// A static oEmbed 1.0 "rich" response for a view.
pub fn oembed_json(base: &str, key: &str, title: &str, height: u32) -> String {
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"provider_name\":\"r1-explainer\",\"provider_url\":\"{}\",\"title\":\"{}\",\"html\":\"{}\",\"width\":720,\"height\":{height}}}\n",
        json_string(base),
        json_string(title),
        json_string(&snippet(base, key, "", title, height))
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

    #[test]
    fn oembed_is_valid_json_with_the_snippet() {
        let json = oembed_json("https://example.org/", "timeline", "Dates", 900);
        assert!(json.starts_with("{\"version\":\"1.0\",\"type\":\"rich\""));
        assert!(json.contains("\\\"https://example.org/embed-timeline.html\\\""));
        assert!(json.contains("\"height\":900"));
        assert_eq!(json.matches('{').count(), json.matches('}').count());
    }
}
