//! The widgets' explanatory sentences: hints, caveats and lists, kept with the rest of the prose.

pub const OWN_WORKLOAD: &str = "Your own workload: adjust any field below, or pick a preset.";

pub const CACHE_HINT: &str =
    "Repeated context, such as a system prompt or a long document sent again, that the vendor bills at its cheaper cached price.";

pub const REASONING_HINT: &str = "The hidden chain of thought. You never see it, but every vendor here bills it at the output price, and models differ in how much of it they write for the same task.";

pub const CLAIM_CAVEAT: &str = "Caveat: R1 and o1 write different numbers of reasoning tokens for the same task, so the saving on a real task differs from the per-token one. Set the reasoning tokens above to test that.";

pub const GPU_PRICE_HINT: &str = "DeepSeek's own figure assumes a rental price of two dollars an hour. Change it to see how the headline moves; the reported figures below it do not.";

pub const LOG_SCALE_NOTE: &str =
    "Log scale: each gridline is ten times the one before, so the bars compare orders of magnitude, not lengths.";

/// What DeepSeek-V3's final-run figure leaves out (the V3 report and later analyses).
pub const TRAINING_EXCLUDES: [&str; 5] = [
    "prior research and ablation experiments on architectures, algorithms and data",
    "buying and owning the GPUs: the figure prices rented hours, not hardware",
    "staff salaries",
    "collecting and cleaning the training data",
    "electricity, failed runs and experiments that never shipped",
];

/// The box that takes an island's place if its code panics (see `isolation.rs`).
pub const FAILED_HEADING: &str = "This part of the page stopped working.";
pub const FAILED_TEXT: &str = "An error in our code stopped it. The rest of the page still works, and reloading usually brings it back.";
pub const RELOAD_LINK: &str = "Reload the page";
