//! The embeddable views: one per widget (its words are the widget's entry in
//! `content/widgets.rs`, `Island::widget`) and the whole explainer, whose words are here.

use crate::content::widgets::EmbedSpec;
use crate::island::Island;

/// Which part of the explainer an embed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedView {
    /// One widget alone (`embed-<island key>.html`).
    Widget(Island),
    /// The whole explainer (`embed-explainer.html`).
    Explainer,
}

impl EmbedView {
    /// Every view, each with its words, in the order the prerender writes them: each widget's in
    /// the islands' order, then the whole explainer's. An island that is no widget (the source
    /// cards) has no view.
    pub fn all() -> impl Iterator<Item = (EmbedView, &'static EmbedSpec)> {
        Island::ALL
            .into_iter()
            .filter_map(|island| Some((EmbedView::Widget(island), island.widget()?.embed)))
            .chain(std::iter::once((EmbedView::Explainer, &EXPLAINER)))
    }

    /// File `embed-<key>.html`, oEmbed `oembed-<key>.json`: a widget's view is named by its island.
    pub const fn key(self) -> &'static str {
        match self {
            EmbedView::Widget(island) => island.key(),
            EmbedView::Explainer => "explainer",
        }
    }

    /// The view's title and source line; `None` for an island that is no widget.
    pub const fn spec(self) -> Option<&'static EmbedSpec> {
        match self {
            EmbedView::Widget(island) => match island.widget() {
                Some(widget) => Some(widget.embed),
                None => None,
            },
            EmbedView::Explainer => Some(&EXPLAINER),
        }
    }
}

/// The whole explainer's view.
const EXPLAINER: EmbedSpec = EmbedSpec {
    title: "DeepSeek-R1 and the January 2025 AI race, explained with sources",
    source_line: "Every figure links to its source.",
    anchor: "emergence",
    section_title: "The explainer",
    default_height: 2000,
};
