//! The explainer's prose, kept apart from code: six sections of blocks written in the template
//! markup of `model::template` (`{fact_id}`, `{fact_id:date}`, `[text](url)`, `*emphasis*`).

pub mod embeds;
pub mod sections;
pub mod widgets;

/// A figure or table placed in the flow of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// API prices per 1M tokens (input / cached input / output) on the article's date.
    PriceTable,
    /// The R1 paper's benchmark table against o1-1217 and peers.
    BenchmarkTable,
    /// The benchmark chart (an island): grouped bars with a choice of models and order.
    BenchmarkChart,
    /// o3's scores as announced on 2024-12-20.
    O3AnnouncedTable,
    /// The dated list of timeline events (the no-JS form of the timeline).
    TimelineList,
    /// The cost-comparison widget (an island, hydrated in the browser).
    CostWidget,
    /// The interactive timeline (an island); its prerendered list is also the no-JS form.
    Timeline,
    /// A table of sourced facts: label, value, date, source.
    FactTable {
        caption: &'static str,
        facts: &'static [&'static str],
    },
}

/// One block of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph(&'static str),
    /// A sub-heading inside a section.
    Subheading(&'static str),
    /// An exact quotation, by id in `data::quotes`.
    Quote(&'static str),
    /// A claim of the article checked against the sources: what it said, and what the sources show
    /// (in template markup).
    ClaimCheck {
        claim: &'static str,
        finding: &'static str,
    },
    Figure(Figure),
    /// A bulleted list, each item in template markup.
    List(&'static [&'static str]),
}

/// One of the six sections, in page order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Stable anchor id (`#emergence`); never change one that has shipped.
    pub id: &'static str,
    pub title: &'static str,
    /// One sentence for the table of contents.
    pub summary: &'static str,
    pub blocks: &'static [Block],
}

/// The page's title and standfirst.
pub const TITLE: &str = "DeepSeek-R1 and the race for cheaper reasoning";
pub const STANDFIRST: &str = "A Chinese lab released an open reasoning model that rivalled OpenAI's o1 at a small fraction of the price. What it was, what it really cost, how America reacted and what came next, with a source behind every number.";
