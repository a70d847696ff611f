//! The explainer's prose, kept apart from code: six sections of blocks written in the template
//! markup of `model::template` (`{fact_id}`, `{fact_id:date}`, `[text](url)`, `*emphasis*`, and
//! `[text](#term-id)` for a glossary term), the opening, and the glossary.

pub mod embeds;
pub mod glossary;
pub mod sections;
pub mod widgets;
#[cfg(not(target_arch = "wasm32"))]
pub mod zh;

use crate::island::Island;

/// A figure or table placed in the flow of a section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// API prices per 1M tokens (input / cached input / output) on the article's date.
    PriceTable,
    /// The R1 paper's benchmark table against o1-1217 and peers.
    BenchmarkTable,
    /// o3's scores as announced on 2024-12-20.
    O3AnnouncedTable,
    /// The dated list of timeline events (the no-JS form of the timeline).
    TimelineList,
    /// A widget (an island, hydrated in the browser), with its status line, static note and
    /// tools (`components::share_tools::widget_figure`).
    Widget(Island),
    /// A few timeline events as a compact dated list, each opening its fact's card.
    EventList {
        caption: &'static str,
        /// Event keys from `data::events`, in the list's order.
        events: &'static [&'static str],
    },
    /// A static bar chart of scores on one scale (0–100), each bar a sourced fact.
    ScoreChart {
        caption: &'static str,
        /// Short bar label and the fact it shows.
        bars: &'static [(&'static str, &'static str)],
    },
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
    /// A sub-heading inside a section, with a stable anchor (the opening's key figures link to
    /// some of them).
    Subheading {
        id: &'static str,
        text: &'static str,
    },
    /// An exact quotation, by id in `data::quotes`.
    Quote(&'static str),
    /// A claim of the article checked against the sources: what it said, and what the sources show
    /// (in template markup).
    ClaimCheck {
        claim: &'static str,
        finding: &'static str,
    },
    Figure(Figure),
    /// Detail kept out of the flow: a closed disclosure ("Details: …") holding a figure, under the
    /// figure or paragraph it backs up.
    Details {
        summary: &'static str,
        figure: Figure,
    },
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

/// The page's title.
pub const TITLE: &str = "DeepSeek-R1 and the race for cheaper reasoning";

/// The plain-text summary of the page, for search results and link previews (no markup there).
pub const STANDFIRST: &str = "A Chinese lab released an open reasoning model that rivalled OpenAI's o1 at a small fraction of the price. What it was, what it really cost, how America reacted and what came next, with a source behind every number.";

/// The kicker above the title: what the page is (the date it carries is the data check's).
pub const KICKER: &str = "Explainer with sources \u{b7} data checked";

/// The lede: the story in three sentences, with its numbers (template markup).
pub const LEDE: &str =
    "On {r1_release:date} DeepSeek, a young Chinese lab, released R1: a model that \
    works through a problem step by step before it answers, as OpenAI's o1 does. It came close to \
    o1 on hard maths and coding tests, anyone could download it, and at list prices o1 cost \
    {r1_vs_o1_multiple} as much per token. A week later Nvidia lost {nvidia_value_lost} of market value in a single day.";

/// One number of the first screen: a sourced figure, a line saying what it is, and a link to the
/// part of the page that explains it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyFigure {
    pub fact: &'static str,
    /// What the number is (template markup).
    pub text: &'static str,
    /// An anchor on this page and the words of the link to it.
    pub href: &'static str,
    pub link: &'static str,
}

pub const KEY_FIGURES: [KeyFigure; 4] = [
    KeyFigure {
        fact: "r1_vs_o1_multiple",
        text: "o1's price against R1's, per token, at list prices when R1 launched",
        href: "#price",
        link: "The price gap",
    },
    KeyFigure {
        fact: "v3_final_run_cost",
        text: "the famous training bill: one final run of the model R1 was built on, not R1",
        href: "#training-bill",
        link: "What it covers",
    },
    KeyFigure {
        fact: "nvidia_value_lost",
        text: "wiped off Nvidia's market value in one day, the week after R1: a record",
        href: "#market",
        link: "The market's verdict",
    },
    KeyFigure {
        fact: "o1_to_r1_days",
        text: "from o1's arrival in ChatGPT to R1's release",
        href: "#widget-timeline",
        link: "The timeline",
    },
];

/// How to read the page: the article it follows, and what its figures and terms open.
pub const ABOUT: &str = "This page follows, section by section, a news article written a week \
    after R1's launch, \u{201c}The Emergence of a New Challenger: DeepSeek-R1 and the AI Race\u{201d}. \
    We call it *the article*, quote its claims, and check each one in place against the sources. \
    Each figure carries a numbered link to its source, and a term with a dotted underline, such \
    as [token](#term-token), leads to its definition.";

/// How the figures and terms open, where scripts run (shown only then: without them a figure's
/// citation is its way to the source).
pub const ABOUT_SCRIPTED: &str = "With JavaScript, every figure in bold also opens a card with \
    its source, the day it applies to, how sure it is and its caveat, and a term opens its \
    definition in place.";
