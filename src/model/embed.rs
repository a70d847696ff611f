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

/// What the reader's copy of the snippet came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CopyStatus {
    #[default]
    NotTried,
    Copied,
    Failed,
}

/// An "Embed" button's panel: the snippet shown (built when it opens, from the page's address and
/// state at that moment), and whether copying it worked.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedPanel {
    pub snippet: Option<String>,
    pub copy: CopyStatus,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedAction {
    /// The panel opens with this snippet.
    Open(String),
    Close,
    /// The clipboard answered: `true` when the snippet is on it.
    CopyFinished(bool),
}

impl EmbedPanel {
    pub fn is_open(&self) -> bool {
        self.snippet.is_some()
    }

    /// Opening or closing starts the copy over, so an old "Copied" never describes a new snippet;
    /// a clipboard answer that comes after the panel closed is dropped.
    pub fn apply(self, action: EmbedAction) -> Self {
        match action {
            EmbedAction::Open(snippet) => Self {
                snippet: Some(snippet),
                copy: CopyStatus::NotTried,
            },
            EmbedAction::Close => Self::default(),
            EmbedAction::CopyFinished(_) if !self.is_open() => self,
            EmbedAction::CopyFinished(ok) => Self {
                copy: if ok {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                },
                ..self
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panel_opens_copies_and_closes_and_a_late_copy_answer_is_dropped() {
        let open = EmbedPanel::default().apply(EmbedAction::Open("<iframe>".into()));
        assert!(open.is_open());
        assert_eq!(open.copy, CopyStatus::NotTried);
        let copied = open.clone().apply(EmbedAction::CopyFinished(true));
        assert_eq!(copied.copy, CopyStatus::Copied);
        assert_eq!(
            open.clone().apply(EmbedAction::CopyFinished(false)).copy,
            CopyStatus::Failed
        );
        // Reopened, the old result no longer applies.
        let reopened = copied
            .apply(EmbedAction::Close)
            .apply(EmbedAction::Open("<iframe 2>".into()));
        assert_eq!(reopened.copy, CopyStatus::NotTried);
        assert_eq!(reopened.snippet.as_deref(), Some("<iframe 2>"));
        let closed = reopened.apply(EmbedAction::Close);
        assert_eq!(closed, EmbedPanel::default());
        assert_eq!(
            closed.clone().apply(EmbedAction::CopyFinished(true)),
            closed
        );
    }

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
