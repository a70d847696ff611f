//! The widgets' explanatory sentences: hints, caveats and lists, kept with the rest of the prose.

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

/// What each widget says, in one line, when it cannot be interactive: without JavaScript, and when
/// its WebAssembly could not start. Its static result stays.
pub struct StaticNote {
    pub no_script: &'static str,
    pub failed: &'static str,
}

pub const COST_STATIC: StaticNote = StaticNote {
    no_script: "Without JavaScript the calculator shows its default workload: a million tokens in and a million out, at prices in the week of the article.",
    failed: "The calculator could not start in this browser, so it shows its default workload: a million tokens in and a million out, in the week of the article.",
};
pub const TRAINING_STATIC: StaticNote = StaticNote {
    no_script: "Without JavaScript the panel stays at DeepSeek's own rental price of two dollars an hour.",
    failed: "The panel could not start in this browser, so it stays at DeepSeek's own rental price of two dollars an hour.",
};
pub const BENCHMARK_STATIC: StaticNote = StaticNote {
    no_script: "Without JavaScript the chart shows R1 against o1-1217; the table under it has every model.",
    failed: "The chart could not start in this browser, so it shows R1 against o1-1217; the table under it has every model.",
};
pub const TIMELINE_STATIC: StaticNote = StaticNote {
    no_script: "Without JavaScript the timeline is this dated list, each event with its source.",
    failed: "The timeline could not start in this browser, so it is shown as this dated list, each event with its source.",
};

pub const PRICES_STATIC: StaticNote = StaticNote {
    no_script: "Without JavaScript the chart shows the prices on the last day checked; the table under it has every price.",
    failed: "The chart could not start in this browser, so it shows the prices on the last day checked; the table under it has every price.",
};

/// Shown on a widget while its WebAssembly starts (the loader writes it into the status line).
pub const STARTING: &str = "Starting… what you do now is kept";

/// The box that takes an island's place if its code panics (see `isolation.rs`).
pub const FAILED_HEADING: &str = "This part of the page stopped working.";
pub const FAILED_TEXT: &str = "An error in our code stopped it. The rest of the page still works, and reloading usually brings it back.";
pub const RELOAD_LINK: &str = "Reload the page";
/// A source card whose words and sources could not be had (the page text file missing or broken).
pub const CARD_LABEL_MISSING: &str = "Source not loaded";
pub const CARD_TEXT_MISSING: &str = "This card's description and sources could not be loaded. Reloading the page usually brings them back.";
