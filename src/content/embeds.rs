//! The embeddable views: their keys, titles and source lines.

/// Which part of the explainer an embed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedView {
    Cost,
    Training,
    Timeline,
    Prices,
    Benchmarks,
    Explainer,
}

impl EmbedView {
    /// The view's key, title and source line. Widgets name their view, never a position in
    /// `EMBED_VIEWS`.
    pub fn spec(self) -> &'static EmbedSpec {
        EMBED_VIEWS
            .iter()
            .find(|spec| spec.view == self)
            .unwrap_or(&EMBED_VIEWS[0])
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedSpec {
    pub view: EmbedView,
    /// File `embed-<key>.html`, oEmbed `oembed-<key>.json`.
    pub key: &'static str,
    pub title: &'static str,
    pub source_line: &'static str,
    /// The section of the full page the view belongs to, and its title.
    pub anchor: &'static str,
    pub section_title: &'static str,
    /// Height (px) the iframe starts at before the embed reports its own.
    pub default_height: u32,
}

pub const EMBED_VIEWS: [EmbedSpec; 6] = [
    EmbedSpec {
        view: EmbedView::Cost,
        key: "cost",
        title: "What does a task cost on DeepSeek-R1, o1 and their peers?",
        source_line: "Prices from OpenAI's and DeepSeek's published price lists.",
        anchor: "price",
        section_title: "Cost calculator",
        default_height: 1100,
    },
    EmbedSpec {
        view: EmbedView::Training,
        key: "training",
        title: "What did it cost to train DeepSeek's models?",
        source_line: "Training figures from the DeepSeek-V3 technical report and the R1 paper in Nature; other figures as their authors gave them.",
        anchor: "training-bill",
        section_title: "Training cost",
        default_height: 700,
    },
    EmbedSpec {
        view: EmbedView::Timeline,
        key: "timeline",
        title: "From o1 to R1 to o3: the race in dates",
        source_line: "Dates from the companies' announcements, arXiv, Nature and market reports.",
        anchor: "future",
        section_title: "Timeline",
        default_height: 900,
    },
    EmbedSpec {
        view: EmbedView::Prices,
        key: "prices",
        title: "The price of reasoning: OpenAI and DeepSeek, September 2024 to today",
        source_line: "Prices from OpenAI's and DeepSeek's published price lists and launch posts, with a few from secondary price tables (marked in each card).",
        anchor: "after-r1",
        section_title: "Price of reasoning",
        default_height: 900,
    },
    EmbedSpec {
        view: EmbedView::Benchmarks,
        key: "benchmarks",
        title: "DeepSeek-R1 against o1 on the R1 paper's benchmarks",
        source_line: "Scores from the DeepSeek-R1 paper; o1's as reported by OpenAI.",
        anchor: "benchmarks",
        section_title: "Benchmark scores",
        default_height: 700,
    },
    EmbedSpec {
        view: EmbedView::Explainer,
        key: "explainer",
        title: "DeepSeek-R1 and the January 2025 AI race, explained with sources",
        source_line: "Every figure links to its source.",
        anchor: "emergence",
        section_title: "The explainer",
        default_height: 2000,
    },
];
