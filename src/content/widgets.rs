//! The widgets' words, kept with the rest of the prose: each widget's entry (`Island::widget`: its
//! embed view and static note), and the hints, caveats and lists their views show.

use crate::island::Island;

pub const OWN_WORKLOAD: &str = "Your own workload: adjust any field, or pick a preset.";

pub const CACHE_HINT: &str =
    "Repeated context, such as a system prompt or a long document sent again, that the vendor bills at its cheaper cached price.";

pub const REASONING_HINT: &str =
    "The hidden working before the answer, billed at the output price.";

pub const CLAIM_CAVEAT: &str = "On a real task the saving also depends on how much hidden working each model writes; this calculator sets the same reasoning tokens for every model.";

pub const GPU_PRICE_HINT: &str = "DeepSeek's own figures assume two dollars an hour. The figures other people gave do not move with it.";

pub const LOG_SCALE_NOTE: &str =
    "Log scale: each gridline is ten times the one before, so the bars compare orders of magnitude, not lengths.";

/// The training chart's bar labels, short enough for a phone (the table and the cards carry each
/// figure's full label).
pub fn training_bar_label(fact_id: &str) -> Option<&'static str> {
    match fact_id {
        "v3_gpu_hours" => Some("DeepSeek-V3's final training run"),
        "r1_rl_gpu_hours" => Some("R1's own training on top of V3"),
        "amodei_frontier_run" => Some("A frontier run in 2024 (Amodei)"),
        "semianalysis_capex" => Some("DeepSeek's servers (SemiAnalysis)"),
        _ => None,
    }
}

/// What DeepSeek-V3's final-run figure leaves out (the V3 report and later analyses).
pub const TRAINING_EXCLUDES: [&str; 5] = [
    "prior research and ablation experiments on architectures, algorithms and data",
    "buying and owning the GPUs: the figure prices rented hours, not hardware",
    "staff salaries",
    "collecting and cleaning the training data",
    "electricity, failed runs and experiments that never shipped",
];

/// What the page says about one widget, beyond its own component: its embed view and the line
/// that says why it is static. Two references, handed out by value: the islands read only the
/// embed view (their Embed button), and so the notes, which only the prerender writes, are not
/// linked into the wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widget {
    pub embed: &'static EmbedSpec,
    pub note: &'static StaticNote,
}

/// What an embed view says about itself: a widget's, or the whole explainer's
/// (`content/embeds.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedSpec {
    pub title: &'static str,
    pub source_line: &'static str,
    /// The section of the full page the view belongs to, and its title.
    pub anchor: &'static str,
    pub section_title: &'static str,
    /// Height (px) the iframe starts at before the embed reports its own.
    pub default_height: u32,
}

/// What a widget says, in one line, when it cannot be interactive: without JavaScript, and when
/// its WebAssembly could not start. Its static result stays.
#[derive(Debug, PartialEq, Eq)]
pub struct StaticNote {
    pub no_script: &'static str,
    pub failed: &'static str,
}

impl Island {
    /// The island's widget: one entry per widget island, the table a new widget adds its words to
    /// (the compiler asks for an entry for every new island). The source cards are an island but
    /// no widget: they have no view, note or tools of their own.
    pub const fn widget(self) -> Option<Widget> {
        match self {
            Island::CostWidget => Some(Widget {
                embed: &EmbedSpec {
                    title: "What does a task cost on DeepSeek-R1, o1 and their peers?",
                    source_line: "Prices from OpenAI's and DeepSeek's published price lists.",
                    anchor: "price",
                    section_title: "Cost calculator",
                    default_height: 1100,
                },
                note: &StaticNote {
                    no_script: "Without JavaScript the calculator shows its default workload: a million tokens in and a million out, at prices in the week of the article.",
                    failed: "The calculator could not start in this browser, so it shows its default workload: a million tokens in and a million out, in the week of the article.",
                },
            }),
            Island::Training => Some(Widget {
                embed: &EmbedSpec {
                    title: "What did it cost to train DeepSeek's models?",
                    source_line: "Training figures from the DeepSeek-V3 technical report and the R1 paper in Nature; other figures as their authors gave them.",
                    anchor: "training-bill",
                    section_title: "Training cost",
                    default_height: 700,
                },
                note: &StaticNote {
                    no_script: "Without JavaScript the panel stays at DeepSeek's own rental price of two dollars an hour.",
                    failed: "The panel could not start in this browser, so it stays at DeepSeek's own rental price of two dollars an hour.",
                },
            }),
            Island::Timeline => Some(Widget {
                embed: &EmbedSpec {
                    title: "From o1 to R1 to o3: the race in dates",
                    source_line: "Dates from the companies' announcements, arXiv, Nature and market reports.",
                    anchor: "future",
                    section_title: "Timeline",
                    default_height: 900,
                },
                note: &StaticNote {
                    no_script: "Without JavaScript the timeline is this dated list, each event with its source.",
                    failed: "The timeline could not start in this browser, so it is shown as this dated list, each event with its source.",
                },
            }),
            Island::PriceChart => Some(Widget {
                embed: &EmbedSpec {
                    title: "The price of reasoning: OpenAI and DeepSeek, September 2024 to today",
                    source_line: "Prices from OpenAI's and DeepSeek's published price lists and launch posts, with a few from secondary price tables (marked in each card).",
                    anchor: "after-r1",
                    section_title: "Price of reasoning",
                    default_height: 900,
                },
                note: &StaticNote {
                    no_script: "Without JavaScript the chart shows the prices on the last day checked; the table under it has every price.",
                    failed: "The chart could not start in this browser, so it shows the prices on the last day checked; the table under it has every price.",
                },
            }),
            Island::BenchmarkChart => Some(Widget {
                embed: &EmbedSpec {
                    title: "DeepSeek-R1 against o1 on the R1 paper's benchmarks",
                    source_line: "Scores from the DeepSeek-R1 paper; o1's as reported by OpenAI.",
                    anchor: "benchmarks",
                    section_title: "Benchmark scores",
                    default_height: 700,
                },
                note: &StaticNote {
                    no_script: "Without JavaScript the chart shows R1 against o1-1217; the table under it has every model.",
                    failed: "The chart could not start in this browser, so it shows R1 against o1-1217; the table under it has every model.",
                },
            }),
            Island::SourceCards => None,
        }
    }
}

/// Shown on a widget while its WebAssembly starts (the loader writes it into the status line).
pub const STARTING: &str = "Starting… what you do now is kept";

/// The box that takes an island's place if its code panics (see `isolation.rs`).
pub const FAILED_HEADING: &str = "This part of the page stopped working.";
pub const FAILED_TEXT: &str = "An error in our code stopped it. The rest of the page still works, and reloading usually brings it back.";
pub const RELOAD_LINK: &str = "Reload the page";
/// A source card whose words and sources could not be had (the page text file missing or broken).
pub const CARD_LABEL_MISSING: &str = "Source not loaded";
pub const CARD_TEXT_MISSING: &str = "This card's description and sources could not be loaded. Reloading the page usually brings them back.";
